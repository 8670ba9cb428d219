/**
 * Limits for every uploaded image, whichever collection it goes to (docs/security.md#uploads).
 * Kept free of sharp so the browser-side forms can import them.
 */
export const UPLOAD_LIMITS = {
  /** Width × height sharp may decode: a decompression bomb is small on disk and huge in memory. */
  maxPixels: 40_000_000,
  /** Bytes of one uploaded file (Payload's multipart limit; larger requests get a 413). */
  maxBytes: 20 * 1024 * 1024,
} as const

/** What every sharp instance that reads an upload is constructed with (Payload's `constructorOptions`). */
export const SHARP_UPLOAD_OPTIONS = { limitInputPixels: UPLOAD_LIMITS.maxPixels } as const
