'use server'

import { payloadClient } from '@/data/payload'
import { isLocale, localizedPath } from '@/i18n/routing'
import { passwordError } from '@/join/form'
import { findResetRecipient } from '@/auth/resetPassword'
import { redirectTo } from '@/security/redirects'
import type { FieldError } from '@/text/rules'

export type ResetState =
  | { status: 'idle' }
  | { status: 'invalid'; errors: { password?: FieldError; confirm?: FieldError } }
  | { status: 'expired' }

/** Sets the new password with Payload's resetPassword (which also lifts a lock-out). */
export async function resetPasswordAction(_previous: ResetState, formData: FormData): Promise<ResetState> {
  const token = String(formData.get('token') ?? '')
  const password = String(formData.get('password') ?? '')
  const confirm = String(formData.get('confirm') ?? '')
  const locale = String(formData.get('locale') ?? '')
  const payload = await payloadClient()
  const recipient = await findResetRecipient(payload, token)
  if (!recipient) return { status: 'expired' }
  const errors = {
    password: passwordError(password, recipient.email),
    confirm: password && confirm !== password ? ({ key: 'passwordMismatch' } as const) : undefined,
  }
  if (errors.password || errors.confirm) return { status: 'invalid', errors }
  try {
    await payload.resetPassword({ collection: 'alumni', data: { token, password }, overrideAccess: true })
  } catch {
    return { status: 'expired' }
  }
  redirectTo(`${localizedPath('/login', isLocale(locale) ? locale : 'ja')}?notice=password-changed`, '/login')
}
