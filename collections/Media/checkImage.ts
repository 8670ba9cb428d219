import { readFile } from 'node:fs/promises'

import { type CollectionBeforeOperationHook, ValidationError } from 'payload'

import { inspectPhoto, type PhotoProblem } from '@/account/photoRules'
import { UPLOAD_LIMITS } from '@/security/uploadLimits'

const MESSAGES: Record<PhotoProblem, string> = {
  empty: 'The file is empty.',
  tooLarge: `The file is larger than ${UPLOAD_LIMITS.maxBytes / 1024 / 1024} MB.`,
  notImage: 'The file is not a JPEG, PNG, WebP or AVIF image.',
  tooManyPixels: `The image has more than ${UPLOAD_LIMITS.maxPixels / 1_000_000} million pixels.`,
}

/**
 * Editorial images are judged by their bytes before Payload stores or resizes anything: a real
 * JPEG, PNG, WebP or AVIF within the pixel limit, whatever its name or claimed type says. An SVG
 * (which can carry script) is never an accepted format. Payload's own type detection runs after.
 */
export const checkImage: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const file = req.file
  if ((operation !== 'create' && operation !== 'update') || !file) return args
  const data = file.tempFilePath ? await readFile(file.tempFilePath) : file.data
  const result = await inspectPhoto(data, UPLOAD_LIMITS)
  if (!result.ok) {
    throw new ValidationError({ collection: 'media', errors: [{ path: 'file', message: MESSAGES[result.problem] }], req })
  }
  return args
}
