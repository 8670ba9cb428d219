import path from 'node:path'

/**
 * Where uploaded files live, for every upload collection: `ENISHI_MEDIA_DIR`, or `media/` in the
 * working directory (the project root for every npm script; Payload resolves a relative
 * `staticDir` against it). Each collection has its own sub-directory under that root. The
 * collections, the seed, backup and restore all read it from here.
 */
export const UPLOAD_COLLECTIONS = {
  media: { subdir: '', table: 'media' },
  'alumni-photos': { subdir: 'alumni', table: 'alumni_photos' },
  'update-images': { subdir: 'updates', table: 'update_images' },
} as const

export type UploadCollection = keyof typeof UPLOAD_COLLECTIONS

export const mediaRoot = (): string => process.env.ENISHI_MEDIA_DIR || 'media'

/** The collection's `staticDir` (relative when ENISHI_MEDIA_DIR is unset, as before). */
export const uploadDir = (collection: UploadCollection): string =>
  path.join(mediaRoot(), UPLOAD_COLLECTIONS[collection].subdir)
