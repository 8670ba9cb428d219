'use server'

import { getViewer } from '@/auth/viewer'
import { payloadClient } from '@/data/payload'
import type { FormStatus } from '@/account/formState'
import { type PhotoView, removePhoto, uploadPhoto } from '@/account/photo'
import { type ProfileState, saveProfile } from '@/account/profile'
import type { FieldError } from '@/text/rules'

/** Thin wrappers: who is asking comes from the session cookie, never from the form. */

export async function saveProfileAction(_previous: ProfileState, form: FormData): Promise<ProfileState> {
  return saveProfile(await payloadClient(), await getViewer(), form)
}

export type PhotoState = { status: FormStatus; photo: PhotoView | null; error?: FieldError; done?: 'uploaded' | 'removed' }

export async function photoAction(previous: PhotoState, form: FormData): Promise<PhotoState> {
  const [payload, viewer] = await Promise.all([payloadClient(), getViewer()])
  const removing = form.get('intent') === 'remove'
  const file = form.get('photo')
  const outcome = removing
    ? await removePhoto(payload, viewer)
    : await uploadPhoto(payload, viewer, file instanceof File && file.size > 0 ? { data: Buffer.from(await file.arrayBuffer()), name: file.name } : null)
  return outcome.ok
    ? { status: 'saved', photo: outcome.photo, done: removing ? 'removed' : 'uploaded' }
    : { status: 'invalid', photo: previous.photo, error: outcome.error }
}
