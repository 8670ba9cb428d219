'use server'

import { payloadClient } from '@/data/payload'
import { requestPasswordReset } from '@/auth/resetPassword'
import { limitForm } from '@/security/formLimits'
import { emailError, type FieldError, MAX_EMAIL } from '@/text/rules'

export type ForgotState =
  | { status: 'idle' }
  | { status: 'invalid'; email: string; error: FieldError }
  | { status: 'limited'; email: string; retryAfter: number }
  | { status: 'sent' }

/**
 * Payload's forgotPassword mails a `/reset-password?token=…` link (collections/Alumni
 * auth.forgotPassword). The answer is the same, and as quick, whether or not the address is
 * registered: the mail is sent after it (requestPasswordReset).
 */
export async function forgotPasswordAction(_previous: ForgotState, formData: FormData): Promise<ForgotState> {
  // One character over the longest address stays too long; a form may carry megabytes.
  const email = String(formData.get('email') ?? '').slice(0, MAX_EMAIL + 1).trim().toLowerCase()
  const error = emailError(email)
  if (error) return { status: 'invalid', email, error }
  const limit = await limitForm('passwordReset', email)
  if (!limit.ok) return { status: 'limited', email, retryAfter: limit.retryAfter }
  requestPasswordReset(await payloadClient(), 'alumni', email)
  return { status: 'sent' }
}
