import type { IncomingAuthType } from 'payload'

import { resetPasswordEmail } from '@/email/templates/resetPassword'
import { verifyEmail } from '@/email/templates/verifyEmail'

type Recipient = { name?: string | null } | undefined

/**
 * Payload's own verification and forgot-password mails, pointing at the site's `/verify` and
 * `/reset-password` pages instead of the admin panel (alumni never use the admin).
 */
export const verifyEmailConfig: Exclude<IncomingAuthType['verify'], boolean | undefined> = {
  generateEmailSubject: ({ token, user }) => verifyEmail({ name: (user as Recipient)?.name, token: token ?? '' }).subject,
  generateEmailHTML: ({ token, user }) => verifyEmail({ name: (user as Recipient)?.name, token: token ?? '' }).html,
}

export const forgotPasswordConfig: IncomingAuthType['forgotPassword'] = {
  generateEmailSubject: (args) => resetPasswordEmail({ name: (args?.user as Recipient)?.name, token: args?.token ?? '' }).subject,
  generateEmailHTML: (args) => resetPasswordEmail({ name: (args?.user as Recipient)?.name, token: args?.token ?? '' }).html,
}
