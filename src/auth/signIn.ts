import { payloadErrorStatus } from '@/security/payloadErrors'

/** The auth collections that can sign in on the site: alumni first, then staff. */
export const SIGN_IN_COLLECTIONS = ['alumni', 'users'] as const
export type SignInCollection = (typeof SIGN_IN_COLLECTIONS)[number]

export type SignInResult = { ok: true; collection: SignInCollection } | { ok: false; reason: 'invalid' | 'unverified' }

/**
 * Tries `attempt` (a Payload login) for alumni, then for staff, and says how it went in terms
 * that reveal nothing about which addresses exist: an unknown address, a wrong password and a
 * locked account (Payload's `maxLoginAttempts`) are all `invalid`. `unverified` is only
 * reported after the right password, so it tells nothing to someone who does not know it.
 */
export const signIn = async (attempt: (collection: SignInCollection) => Promise<unknown>): Promise<SignInResult> => {
  for (const collection of SIGN_IN_COLLECTIONS) {
    try {
      await attempt(collection)
      return { ok: true, collection }
    } catch (error) {
      const status = payloadErrorStatus(error)
      if (status === 403) return { ok: false, reason: 'unverified' }
      if (status === 401 || status === 400) continue
      throw error
    }
  }
  return { ok: false, reason: 'invalid' }
}
