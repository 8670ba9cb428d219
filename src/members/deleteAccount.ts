import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type TypedUser } from 'payload'

import { isAlumnus } from '@/access'
import { loginErrorStatus } from '@/auth/loginErrors'

import { type FieldError, type FieldErrors, fieldError } from './formState'

/**
 * "Delete my account": after the person proves it is them by typing their password again,
 * everything personal is erased — their registrations, their photos (rows and files) and the
 * alumni document itself, with its sessions — in one transaction, and a record without personal
 * data (former id, when, by whom) is kept. See docs/profile-and-privacy.md.
 */

export type DeleteState = { status: 'idle' | 'invalid' | 'failed'; errors: FieldErrors; formError?: FieldError }

export type DeleteOutcome = { ok: true } | { ok: false; state: DeleteState }

const invalid = (field: string, key: string): DeleteOutcome => ({
  ok: false,
  state: { status: 'invalid', errors: { [field]: fieldError(key) } },
})
const failed = (key: string): DeleteOutcome => ({ ok: false, state: { status: 'failed', errors: {}, formError: fieldError(key) } })

/**
 * Checks the password with Payload's own login (its hashing, and its lockout after repeated
 * failures — so this form cannot be used to guess a password either).
 */
const checkPassword = async (payload: Payload, email: string, password: string): Promise<DeleteOutcome | null> => {
  try {
    await payload.login({ collection: 'alumni', data: { email, password } })
    return null
  } catch (error) {
    if (loginErrorStatus(error) !== 401) throw error
    // A wrong password and a locked account share the status; the account itself tells them apart.
    const { docs } = await payload.find({ collection: 'alumni', where: { email: { equals: email } }, limit: 1, depth: 0, showHiddenFields: true })
    const lockUntil = (docs[0] as { lockUntil?: string | null } | undefined)?.lockUntil
    return invalid('password', lockUntil && new Date(lockUntil) > new Date() ? 'locked' : 'wrongPassword')
  }
}

/** Bulk deletes report per-document failures instead of throwing; a partial erase must roll back. */
const all = async (result: Promise<{ errors: unknown[] }>) => {
  const { errors } = await result
  if (errors.length) throw new Error(`could not delete ${errors.length} document(s)`)
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

  // Staff-only operations (deleting an alumnus, registrations; writing the deletion record) run
  // with access overridden, limited to this person's own documents, once the password is proven.
  const req = await createLocalReq({ user }, payload)
  const ownTransaction = await initTransaction(req)
  const asSystem = { overrideAccess: true, req } as const
  try {
    await all(payload.delete({ collection: 'registrations', where: { alumnus: { equals: user.id } }, ...asSystem }))
    // What they said and did on the feed and the board goes with them (their posts' reactions,
    // reports, interests and images with the posts, through those collections' delete hooks).
    await all(payload.delete({ collection: 'update-reactions', where: { alumnus: { equals: user.id } }, ...asSystem }))
    await all(payload.delete({ collection: 'update-reports', where: { reporter: { equals: user.id } }, ...asSystem }))
    await all(payload.delete({ collection: 'opportunity-interests', where: { alumnus: { equals: user.id } }, ...asSystem }))
    await all(payload.delete({ collection: 'member-updates', where: { author: { equals: user.id } }, ...asSystem }))
    await all(payload.delete({ collection: 'opportunities', where: { alumnus: { equals: user.id } }, ...asSystem }))
    await all(payload.delete({ collection: 'update-images', where: { owner: { equals: user.id } }, ...asSystem }))
    // Photos before the account: deleting the account would clear their owner and hide them.
    await all(payload.delete({ collection: 'alumni-photos', where: { owner: { equals: user.id } }, ...asSystem }))
    await payload.delete({ collection: 'alumni', id: user.id, ...asSystem })
    await payload.create({
      collection: 'account-deletions',
      data: { formerId: user.id, deletedAt: new Date().toISOString(), initiatedBy: 'member' },
      ...asSystem,
    })
    if (ownTransaction) await commitTransaction(req)
    return { ok: true }
  } catch (error) {
    await killTransaction(req)
    payload.logger.error({ err: error, msg: 'deleting an account failed' })
    return failed('deleteFailed')
  }
}
