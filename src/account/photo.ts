import { randomUUID } from 'node:crypto'

import type { Payload, TypedUser } from 'payload'

import { isValidationError } from '@/security/payloadErrors'

import { isApprovedAlumnus } from '@/access'
import type { AlumniPhoto } from '@/payload-types'
import { type FieldError, fieldError } from '@/text/rules'

import { inspectPhoto, PHOTO_LIMITS } from './photoRules'

/**
 * A member's own profile photo: upload (replacing the old one) and removal. Files go through
 * the `alumni-photos` collection with the person's own access rights, so its rules hold — the
 * owner is forced to the uploader, the bytes are checked and normalized (collections/
 * AlumniPhotos/hooks/checkPhoto.ts), and sharp renders the collection's sizes.
 */

export type PhotoView = { id: number; url: string }

export type PhotoOutcome = { ok: true; photo: PhotoView | null } | { ok: false; error: FieldError }

export type UploadedFile = { data: Buffer; name: string }

/** The URL to show: the 480 px square if it was rendered, else the stored original. */
export const photoView = (photo: AlumniPhoto | number | null | undefined): PhotoView | null => {
  if (!photo || typeof photo === 'number') return null
  const url = photo.sizes?.profile?.url || photo.url
  return url ? { id: photo.id, url } : null
}

const PROBLEM_ERRORS = {
  empty: fieldError('photoMissing'),
  tooLarge: fieldError('photoTooLarge', { max: PHOTO_LIMITS.maxBytes / 1024 / 1024 }),
  notImage: fieldError('photoNotImage'),
  tooManyPixels: fieldError('photoTooManyPixels', { max: PHOTO_LIMITS.maxPixels / 1_000_000 }),
}

/** Deletes the person's photos other than `keep` — the replaced one, and any left over by an interrupted upload. */
const deleteOwnPhotos = (payload: Payload, user: TypedUser, keep?: number) =>
  payload.delete({
    collection: 'alumni-photos',
    where: { and: [{ owner: { equals: user.id } }, ...(keep ? [{ id: { not_equals: keep } }] : [])] },
    overrideAccess: false,
    user,
  })

export const uploadPhoto = async (payload: Payload, user: TypedUser | null, file: UploadedFile | null): Promise<PhotoOutcome> => {
  if (!user || !isApprovedAlumnus(user)) return { ok: false, error: fieldError('notAllowed') }
  if (!file || file.data.length === 0) return { ok: false, error: PROBLEM_ERRORS.empty }
  const inspected = await inspectPhoto(file.data)
  if (!inspected.ok) return { ok: false, error: PROBLEM_ERRORS[inspected.problem] }

  let created: AlumniPhoto
  try {
    created = await payload.create({
      collection: 'alumni-photos',
      data: { owner: user.id },
      // A random name: the original one may say more than the person meant to share.
      file: { data: file.data, mimetype: inspected.mimetype, name: `${randomUUID()}.${inspected.ext}`, size: file.data.length },
      overrideAccess: false,
      user,
    })
  } catch (error) {
    // The collection's own check decodes the whole image; a broken file fails there.
    if (isValidationError(error)) return { ok: false, error: PROBLEM_ERRORS.notImage }
    payload.logger.error({ err: error, msg: 'storing a profile photo failed' })
    return { ok: false, error: fieldError('saveFailed') }
  }
  try {
    await payload.update({ collection: 'alumni', id: user.id, data: { photo: created.id }, overrideAccess: false, user, depth: 0 })
  } catch (error) {
    await payload.delete({ collection: 'alumni-photos', id: created.id, overrideAccess: false, user }).catch(() => undefined)
    payload.logger.error({ err: error, msg: 'linking a profile photo failed' })
    return { ok: false, error: fieldError('saveFailed') }
  }
  await deleteOwnPhotos(payload, user, created.id)
  return { ok: true, photo: photoView(created) }
}

export const removePhoto = async (payload: Payload, user: TypedUser | null): Promise<PhotoOutcome> => {
  if (!user || !isApprovedAlumnus(user)) return { ok: false, error: fieldError('notAllowed') }
  await payload.update({ collection: 'alumni', id: user.id, data: { photo: null }, overrideAccess: false, user, depth: 0 })
  await deleteOwnPhotos(payload, user)
  return { ok: true, photo: null }
}
