import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TypedUser } from 'payload'

import { isAlumnus } from '@/access'
import { payloadErrorStatus } from '@/security/payloadErrors'
import { type ErrorKey, type FieldError, type FieldErrors, fieldError } from '@/text/rules'


/**
 * "Delete my account": after the person proves it is them by typing their password again,
 * everything personal is erased in one transaction and a record without personal data (former
 * id, when, by whom) is kept. See docs/profile-and-privacy.md.
 */

export type DeleteState = { status: 'idle' | 'invalid' | 'failed'; errors: FieldErrors; formError?: FieldError }

export type DeleteOutcome = { ok: true } | { ok: false; state: DeleteState }

const invalid = (field: string, key: ErrorKey): DeleteOutcome => ({
  ok: false,
  state: { status: 'invalid', errors: { [field]: fieldError(key) } },
})
const failed = (key: ErrorKey): DeleteOutcome => ({ ok: false, state: { status: 'failed', errors: {}, formError: fieldError(key) } })

/**
 * Checks the password with Payload's own login (its hashing, and its lockout after repeated
 * failures — so this form cannot be used to guess a password either).
 */
const checkPassword = async (payload: Payload, email: string, password: string): Promise<DeleteOutcome | null> => {
  try {
    await payload.login({ collection: 'alumni', data: { email, password } })
    return null
  } catch (error) {
    if (payloadErrorStatus(error) !== 401) throw error
    // A wrong password and a locked account share the status; the account itself tells them apart.
    const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: email } }, limit: 1, depth: 0, showHiddenFields: true })
    const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
    return invalid('password', lockUntil && new Date(lockUntil) > new Date() ? 'locked' : 'wrongPassword')
  }
}

export const deleteAccount = async (payload: Payload, user: TypedUser | null, password: string): Promise<DeleteOutcome> => {
  if (!user || !isAlumnus(user)) return failed('notAllowed')
  if (!password) return invalid('password', 'required')
  try {
    const wrong = await checkPassword(payload, user.email, password)
    if (wrong) return wrong
  } catch (error) {
    payload.logger.error({ err: error, msg: 'checking the password before an account deletion failed' })
    return failed('deleteFailed')
  }

  // Deleting an alumnus is staff-only; once the password is proven it runs with access
  // overridden, for this one account. The collection's delete hooks erase what the person left
  // and keep the record of the deletion (collections/Alumni/hooks/erase.ts).
  const req = await createLocalReq({ user }, payload)
  const ownTransaction = await initTransaction(req)
  try {
    await payload.delete({ collection: 'alumni', id: user.id, overrideAccess: true, req })
    if (ownTransaction) await commitTransaction(req)
    return { ok: true }
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ err: error, msg: 'deleting an account failed' })
    return failed('deleteFailed')
  }
}
