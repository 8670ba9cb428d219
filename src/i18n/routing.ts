import { defineRouting } from 'next-intl/routing'

/**
 * Japanese at `/`, English under `/en/…`. No Accept-Language redirect: the URL alone decides
 * the language, so every URL has one cacheable rendering.
 */
export const routing = defineRouting({
  locales: ['ja', 'en'],
  defaultLocale: 'ja',
  localePrefix: 'as-needed',
  localeDetection: false,
  // The URL decides the language, so no cookie remembers it (docs/security.md#cookies).
  localeCookie: false,
  // No `Link: …; rel="alternate"` header built on every request: each page's metadata already
  // lists its hreflang alternates (src/seo/metadata.ts), and the proxy runs on every page view.
  alternateLinks: false,
})

export type Locale = (typeof routing.locales)[number]

export const isLocale = (value: string): value is Locale =>
  (routing.locales as readonly string[]).includes(value)

const LOCALE_PREFIX = new RegExp(`^/(?:${routing.locales.join('|')})(?=/|$)`)

/**
 * A site path in a locale: Japanese paths have no prefix, English ones `/en`.
 * Any locale prefix in `path` is dropped first, `/ja` included: inside the app a Japanese page's
 * path is the rewritten route `/ja/…` (src/i18n/rewrites.ts), which is what Next's `usePathname`
 * reports while prerendering a static page.
 * Plain string work, so server code outside Next (emails, feeds, tests) can use it too.
 */
export const localizedPath = (path: string, locale: Locale): string => {
  const bare = path.replace(LOCALE_PREFIX, '') || '/'
  if (locale === routing.defaultLocale) return bare
  return `/${locale}${bare === '/' ? '' : bare}`
}
