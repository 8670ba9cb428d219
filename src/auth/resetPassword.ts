import type { Payload } from 'payload'

import { afterAnswer } from '@/lib/afterAnswer'

/**
 * The account a password-reset token belongs to while it is valid, for checking the new
 * password against the address (and for showing the form at all). Same lookup as Payload's
 * resetPassword: token equal, expiry in the future.
 */
export const findResetRecipient = async (payload: Payload, token: string): Promise<{ id: number; email: string } | null> => {
  if (!/^[a-f0-9]{20,128}$/i.test(token)) return null
  const { docs } = await payload.find({
    collection: 'alumni',
    where: {
      resetPasswordToken: { equals: token },
      resetPasswordExpiration: { greater_than: new Date().toISOString() },
    },
    limit: 1,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
    select: { email: true },
  })
  return docs[0] ? { id: docs[0].id, email: docs[0].email } : null
}

/**
 * Payload's forgot-password work for `email` (look the account up, store a token, mail the
 * `/reset-password` link), done after the answer, so that no answer waits on whether the
 * address has an account (src/security/enumeration.ts). Failures are logged.
 */
export const requestPasswordReset = (payload: Payload, collection: string, email: string): void =>
  afterAnswer(() =>
    payload
      .forgotPassword({ collection: collection as 'alumni' | 'users', data: { email } })
      .catch((err: unknown) => payload.logger.error({ err, msg: 'password reset mail failed' })),
  )
