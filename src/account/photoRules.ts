import sharp, { type Metadata } from 'sharp'

import { PHOTO_LIMITS } from './photoLimits'

/**
 * What a profile photo may be, decided from the bytes (never the file name or the type the
 * browser claims). One module, used by the profile form for a friendly message and by the
 * `alumni-photos` collection for every upload path (REST, GraphQL, admin).
 */

export { PHOTO_LIMITS }

/** sharp's format name → what is stored. AVIF is reported by sharp as `heif` with AV1 compression. */
const FORMATS = {
  jpeg: { mimetype: 'image/jpeg', ext: 'jpg' },
  png: { mimetype: 'image/png', ext: 'png' },
  webp: { mimetype: 'image/webp', ext: 'webp' },
  avif: { mimetype: 'image/avif', ext: 'avif' },
} as const

export type PhotoFormat = keyof typeof FORMATS
export type PhotoProblem = 'empty' | 'tooLarge' | 'notImage' | 'tooManyPixels'

export type InspectedPhoto =
  | { ok: true; format: PhotoFormat; mimetype: string; ext: string; width: number; height: number }
  | { ok: false; problem: PhotoProblem }

const formatOf = (meta: Metadata): PhotoFormat | null => {
  if (meta.format === 'heif') return meta.compression === 'av1' ? 'avif' : null
  return meta.format in FORMATS ? (meta.format as PhotoFormat) : null
}

export type ImageLimits = { maxBytes: number; maxPixels: number }

/**
 * Reads only the image header: cheap enough to run before anything is stored. Also the check
 * for editorial media, with their own byte limit (collections/Media).
 */
export const inspectPhoto = async (data: Buffer, limits: ImageLimits = PHOTO_LIMITS): Promise<InspectedPhoto> => {
  if (data.length === 0) return { ok: false, problem: 'empty' }
  if (data.length > limits.maxBytes) return { ok: false, problem: 'tooLarge' }
  let meta: Metadata
  try {
    // Only the header is read here; without lifting sharp's own limit a bomb would read as "not an image".
    meta = await sharp(data, { limitInputPixels: false }).metadata()
  } catch {
    return { ok: false, problem: 'notImage' }
  }
  const format = formatOf(meta)
  if (!format || !meta.width || !meta.height) return { ok: false, problem: 'notImage' }
  if (meta.width * meta.height > limits.maxPixels) return { ok: false, problem: 'tooManyPixels' }
  return { ok: true, format, ...FORMATS[format], width: meta.width, height: meta.height }
}

export type NormalizedPhoto =
  | { ok: true; data: Buffer; mimetype: string; ext: string }
  | { ok: false; problem: PhotoProblem }

/**
 * The photo as it is stored: turned upright, scaled to fit `maxEdge`, re-encoded in its own
 * format. Re-encoding drops EXIF and other metadata — a phone photo's GPS position must not
 * reach every member who sees the picture — and fully decodes the image, so a file with a
 * valid header and broken data is refused here rather than failing later in Payload's resize.
 */
export const normalizePhoto = async (data: Buffer): Promise<NormalizedPhoto> => {
  const inspected = await inspectPhoto(data)
  if (!inspected.ok) return inspected
  const image = sharp(data, { limitInputPixels: PHOTO_LIMITS.maxPixels, failOn: 'error' })
    .rotate()
    .resize({ width: PHOTO_LIMITS.maxEdge, height: PHOTO_LIMITS.maxEdge, fit: 'inside', withoutEnlargement: true })
  const encoded = {
    jpeg: () => image.jpeg({ quality: 86, mozjpeg: true }),
    png: () => image.png({ compressionLevel: 9 }),
    webp: () => image.webp({ quality: 86 }),
    avif: () => image.avif({ quality: 60 }),
  }[inspected.format]()
  try {
    return { ok: true, data: await encoded.toBuffer(), mimetype: inspected.mimetype, ext: inspected.ext }
  } catch {
    return { ok: false, problem: 'notImage' }
  }
}
