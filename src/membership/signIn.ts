import { AuthenticationError, LockedAuth, UnverifiedEmail, ValidationError } from 'payload'

/** The auth collections that can sign in on the site: alumni first, then staff. */
export const SIGN_IN_COLLECTIONS = ['alumni', 'users'] as const
export type SignInCollection = (typeof SIGN_IN_COLLECTIONS)[number]

export type SignInResult = { ok: true; collection: SignInCollection } | { ok: false; reason: 'invalid' | 'unverified' }

/**
 * `instanceof` only: class names are minified in the production build, so two different error
 * classes can share a name there.
 */
const is = (error: unknown, type: { prototype: Error }): boolean =>
  error instanceof (type as unknown as new () => Error)

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
      if (is(error, UnverifiedEmail)) return { ok: false, reason: 'unverified' }
      if (is(error, AuthenticationError) || is(error, LockedAuth) || is(error, ValidationError)) continue
      throw error
    }
  }
  return { ok: false, reason: 'invalid' }
}
