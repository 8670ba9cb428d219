import { localizedPath, type Locale } from '@/i18n/routing'
import { sameSiteLocation, sameSitePath } from '@/security/redirects'

/** Where to go after signing in when `?next=` is missing or unsafe. */
export const DEFAULT_NEXT = '/members'

const isAdminPath = (path: string) => /^\/(admin|api)(\/|\?|#|$)/.test(path)

/**
 * Where a successful sign-in goes: the `next` path in the sign-in page's language, or the members
 * home. Staff go to `next` when there is one, else to the admin panel; the admin panel is never a
 * destination for alumni, who cannot use it. Whether `next` stays on the site is decided by
 * src/security/redirects.ts on the path this returns, after the language is applied: stripping
 * `/en` from `/en//evil.example` is what would make it leave.
 */
export const afterSignInPath = ({
  next,
  collection,
  locale,
}: {
  next: unknown
  collection: 'alumni' | 'users'
  locale: Locale
}): string => {
  const home = localizedPath(DEFAULT_NEXT, locale)
  const requested = sameSitePath(next)
  if (!requested) return collection === 'users' ? '/admin' : home
  // The admin panel and the API have no language: judged without one, never prefixed.
  const bare = localizedPath(requested, 'ja')
  if (isAdminPath(bare)) return collection === 'users' ? sameSiteLocation(bare, '/admin') : home
  return sameSiteLocation(localizedPath(requested, locale), home)
}
