import { UPLOAD_LIMITS } from '@/security/uploadLimits'

/**
 * What a profile photo may weigh. Apart from the checks (photoRules.ts, which need sharp) so the
 * browser-side form can say "too large" before uploading.
 */
export const PHOTO_LIMITS = {
  /** Bytes of the uploaded file. */
  maxBytes: 5 * 1024 * 1024,
  /** Width × height: a decompression bomb is small on disk and huge in memory. */
  maxPixels: UPLOAD_LIMITS.maxPixels,
  /** The stored original is scaled down to fit this; the collection's sizes come from it. */
  maxEdge: 2048,
} as const

/** The image types accepted, as the file picker's `accept`. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
