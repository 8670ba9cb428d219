import { localizedPath, type Locale } from '@/i18n/routing'

/** Where to go after signing in when `?next=` is missing or unsafe. */
export const DEFAULT_NEXT = '/members'

const BASE = 'http://enishi.invalid'

/**
 * `?next=` as a same-site path, or null. Only a path that starts with exactly one `/` is
 * accepted: `//evil.example` (protocol-relative), `/\evil.example` (browsers read `\` as `/`),
 * `https:…`, `javascript:…` and anything with control characters are refused, so a crafted
 * sign-in link can never send the person to another site.
 */
export const safeNextPath = (raw: unknown): string | null => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return null
  // Control characters and whitespace: browsers strip some of them, which could turn a
  // harmless-looking value into `//host`.
  if (/[\u0000-\u0020\u007f]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw, BASE)
  } catch {
    return null
  }
  if (url.origin !== BASE) return null
  return `${url.pathname}${url.search}${url.hash}`
}

const isAdminPath = (path: string) => /^\/(admin|api)(\/|\?|#|$)/.test(path)

/**
 * Where a successful sign-in goes: the safe `next` path in the sign-in page's language, or
 * the members home. Staff go to `next` when there is one, else to the admin panel; the admin
 * panel is never a destination for alumni, who cannot use it.
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
  const safe = safeNextPath(next)
  if (safe && isAdminPath(safe)) return collection === 'users' ? safe : localizedPath(DEFAULT_NEXT, locale)
  if (collection === 'users' && !safe) return '/admin'
  return localizedPath(safe ?? DEFAULT_NEXT, locale)
}
