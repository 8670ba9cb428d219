'use server'

import { payloadClient } from '@/data/payload'
import { registerAlumnus } from '@/membership/register'
import {
  echoValues,
  type FieldErrors,
  parseRegistration,
  REGISTRATION_FIELDS,
  type RegistrationField,
} from '@/membership/registrationForm'

export type JoinState =
  | { status: 'idle' }
  | { status: 'invalid' | 'failed'; errors: FieldErrors<RegistrationField>; values: Partial<Record<RegistrationField, string>> }
  | { status: 'sent'; email: string }

/**
 * `/join`'s form. Answers the same for a new and an already registered address (see
 * registerAlumnus), so the page never tells whether an address has an account.
 */
export async function joinAction(_previous: JoinState, formData: FormData): Promise<JoinState> {
  const input = Object.fromEntries(REGISTRATION_FIELDS.map((field) => [field, formData.get(field) ?? undefined]))
  const parsed = parseRegistration(input)
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: echoValues(input) }
  try {
    await registerAlumnus(await payloadClient(), parsed.data)
  } catch (error) {
    const payload = await payloadClient()
    payload.logger.error({ err: error, msg: 'registration failed' })
    return { status: 'failed', errors: {}, values: echoValues(input) }
  }
  return { status: 'sent', email: parsed.data.email }
}
