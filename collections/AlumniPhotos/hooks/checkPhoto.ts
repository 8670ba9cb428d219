import { readFile } from 'node:fs/promises'

import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { normalizePhoto, PHOTO_LIMITS, type PhotoProblem } from '@/account/photoRules'

const MESSAGES: Record<PhotoProblem, string> = {
  empty: 'The file is empty.',
  tooLarge: `The file is larger than ${PHOTO_LIMITS.maxBytes / 1024 / 1024} MB.`,
  notImage: 'The file is not a JPEG, PNG, WebP or AVIF image.',
  tooManyPixels: `The image has more than ${PHOTO_LIMITS.maxPixels / 1_000_000} million pixels.`,
}

/**
 * Every file that reaches `alumni-photos` — from the profile page, REST, GraphQL or the admin —
 * is checked by its bytes and stored normalized (upright, at most 2048 px, metadata removed):
 * see src/account/photoRules.ts. Runs before Payload reads the file for its own checks and sizes.
 */
export const checkPhoto: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const data = file.tempFilePath ? await readFile(file.tempFilePath) : file.data
  const result = await normalizePhoto(data)
  if (!result.ok) {
    throw new ValidationError({ collection: 'alumni-photos', errors: [{ path: 'file', message: MESSAGES[result.problem] }], req })
  }
  const name = file.name.replace(/\.[^.]*$/, '') || 'photo'
  req.file = { name: `${name}.${result.ext}`, data: result.data, mimetype: result.mimetype, size: result.data.length }
  return args
}
