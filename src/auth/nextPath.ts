import { routing, type Locale } from '@/i18n/routing'

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

/** The locale a path is in (`/en/…` → en) and the path without its prefix. */
export const splitLocale = (path: string): { locale: Locale | null; path: string } => {
  for (const locale of routing.locales) {
    if (locale === routing.defaultLocale) continue
    if (path === `/${locale}` || path.startsWith(`/${locale}/`) || path.startsWith(`/${locale}?`)) {
      return { locale, path: path.slice(locale.length + 1) || '/' }
    }
  }
  return { locale: null, path }
}
