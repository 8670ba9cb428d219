import type { Payload, TypedUser, ValidationError } from 'payload'

import { isValidationError } from '@/security/payloadErrors'

import { isApprovedAlumnus } from '@/access'
import { type FieldErrors, fieldError } from '@/text/rules'

import type { FormState } from './formState'
import { parseProfile, profileValues, type ProfileValues, readProfileForm } from './profileInput'

/**
 * Saving the profile form. The document written is always the signed-in alumnus's own
 * (`user.id`, never an id from the request), only the profile fields are sent, and the write
 * goes through the Local API with the person's own access rights (`overrideAccess: false`), so
 * the collection's field rules still keep status, verification and review fields out of reach.
 */

export type ProfileState = FormState<ProfileValues>

/** Payload's own field paths → the form's field names. */
const FORM_FIELD: Record<string, string> = { 'contact.email': 'contactEmail', 'contact.phone': 'contactPhone' }

/** A validation error from Payload (should the form's checks ever be looser than the collection's) → field errors. */
const payloadFieldErrors = (error: ValidationError): FieldErrors =>
  Object.fromEntries(error.data.errors.map(({ path }) => [FORM_FIELD[path] ?? path, fieldError('invalidValue')]))

export const saveProfile = async (payload: Payload, user: TypedUser | null, form: FormData): Promise<ProfileState> => {
  const values = readProfileForm(form)
  if (!user || !isApprovedAlumnus(user)) {
    return { status: 'failed', values, errors: {}, formError: fieldError('notAllowed') }
  }
  const parsed = parseProfile(values)
  if (!parsed.ok) return { status: 'invalid', values, errors: parsed.errors }
  try {
    const doc = await payload.update({
      collection: 'alumni',
      id: user.id,
      data: parsed.data,
      overrideAccess: false,
      user,
      depth: 0,
    })
    return { status: 'saved', values: profileValues(doc), errors: {}, savedAt: doc.updatedAt }
  } catch (error) {
    if (isValidationError(error)) return { status: 'invalid', values, errors: payloadFieldErrors(error) }
    payload.logger.error({ err: error, msg: 'saving a profile failed' })
    return { status: 'failed', values, errors: {}, formError: fieldError('saveFailed') }
  }
}
