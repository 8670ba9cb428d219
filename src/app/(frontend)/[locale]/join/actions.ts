'use server'

import { payloadClient } from '@/data/payload'
import { isLocale } from '@/i18n/routing'
import { registerAlumnus } from '@/join/register'
import { limitForm } from '@/security/formLimits'
import { echoValues, parseRegistration, REGISTRATION_FIELDS, type RegistrationField } from '@/join/form'
import type { FieldErrors } from '@/text/rules'

export type JoinState =
  | { status: 'idle' }
  | { status: 'invalid' | 'failed'; errors: FieldErrors<RegistrationField>; values: Partial<Record<RegistrationField, string>> }
  | { status: 'limited'; errors: FieldErrors<RegistrationField>; values: Partial<Record<RegistrationField, string>>; retryAfter: number }
  | { status: 'sent'; email: string }

/**
 * `/join`'s form. Answers the same for a new and an already registered address (see
 * registerAlumnus), so the page never tells whether an address has an account.
 */
export async function joinAction(_previous: JoinState, formData: FormData): Promise<JoinState> {
  const input = Object.fromEntries(REGISTRATION_FIELDS.map((field) => [field, formData.get(field) ?? undefined]))
  const parsed = parseRegistration(input)
  if (!parsed.ok) return { status: 'invalid', errors: parsed.errors, values: echoValues(input) }
  const limit = await limitForm('register', parsed.data.email)
  if (!limit.ok) return { status: 'limited', errors: {}, values: echoValues(input), retryAfter: limit.retryAfter }
  try {
    // The page's language becomes the language of the member's mail.
    const locale = String(formData.get('locale') ?? '')
    await registerAlumnus(await payloadClient(), parsed.data, isLocale(locale) ? locale : undefined)
  } catch (error) {
    const payload = await payloadClient()
    payload.logger.error({ err: error, msg: 'registration failed' })
    return { status: 'failed', errors: {}, values: echoValues(input) }
  }
  return { status: 'sent', email: parsed.data.email }
}
