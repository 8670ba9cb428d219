'use server'

import { payloadClient } from '@/data/payload'
import { limitForm } from '@/security/formLimits'
import { emailError, type FieldError } from '@/text/rules'

export type ForgotState =
  | { status: 'idle' }
  | { status: 'invalid'; email: string; error: FieldError }
  | { status: 'limited'; email: string; retryAfter: number }
  | { status: 'sent' }

/**
 * Payload's forgotPassword mails a `/reset-password?token=…` link (collections/Alumni
 * auth.forgotPassword). The answer is the same whether or not the address is registered,
 * and whether or not a mail actually went out.
 */
export async function forgotPasswordAction(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  const email = String(formData.get('email') ?? '').trim().toLowerCase()
  const error = emailError(email)
  if (error) return { status: 'invalid', email, error }
  const limit = await limitForm('passwordReset', email)
  if (!limit.ok) return { status: 'limited', email, retryAfter: limit.retryAfter }
  const payload = await payloadClient()
  try {
    await payload.forgotPassword({ collection: 'alumni', data: { email } })
  } catch (err) {
    payload.logger.error({ err, msg: 'forgot-password mail failed' })
  }
  return { status: 'sent' }
}
