import { localizedPath, routing, type Locale } from '@/i18n/routing'

/** The public origin, for absolute URLs in feeds, sitemaps and metadata. */
export const siteUrl = (): string => (process.env.NEXT_PUBLIC_SERVER_URL || 'http://localhost:3000').replace(/\/$/, '')

/** Absolute URL of a site path in a locale: `/case-studies/x` → `https://…/en/case-studies/x`. */
export const absoluteUrl = (href: string, locale: Locale): string => `${siteUrl()}${localizedPath(href, locale)}`

/** The same page in every language, for hreflang alternates. */
export const languageAlternates = (href: string): Record<string, string> => ({
  ...Object.fromEntries(routing.locales.map((locale) => [locale, absoluteUrl(href, locale)])),
  'x-default': absoluteUrl(href, routing.defaultLocale),
})
