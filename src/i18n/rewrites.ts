/**
 * The URL → locale mapping, done by Next's router instead of a proxy (middleware) on every
 * request: Japanese pages have no prefix (`/case-studies/x` is served by the `[locale]=ja` route),
 * English ones live under `/en`, and `/ja/…` redirects to the unprefixed URL. This is what
 * next-intl's middleware did with this routing (localePrefix `as-needed`, no detection, no cookie,
 * no alternate-links header); a rewrite costs the router a regular-expression match, the
 * middleware a whole extra handler per page view (docs/benchmarks.md#pages-and-baselines).
 *
 * Relative imports only: next.config.ts loads this file before the `@/` alias exists.
 */
import { routing } from './routing'

/** Paths that are not pages of a locale: Payload, Next's files, files with an extension. */
const NOT_PAGES = ['api(?:/|$)', 'admin(?:/|$)', '_next/', '_vercel', '.*\\..*']

/** `otherRoots`: more top-level paths that are not pages of a locale (a build's own routes). */
export const localeRewrites = (otherRoots: readonly string[] = []) => {
  const prefixed = [...routing.locales.map((locale) => `${locale}(?:/|$)`), ...NOT_PAGES, ...otherRoots].join('|')
  return [
    // A NUL byte names no page, and a cached route could not store its 404 (the page cache's file
    // names cannot hold one): such paths go to the uncached catch-all's 404 before any other rule.
    { source: '/:path((?!api/|admin/|_next/).*(?:%00|\\x00).*)', destination: `/${routing.defaultLocale}/not-found` },
    { source: '/', destination: `/${routing.defaultLocale}` },
    { source: `/:path((?!${prefixed}).+)`, destination: `/${routing.defaultLocale}/:path` },
    // An event's calendar file is a localized page despite its extension.
    { source: '/events/:slug/calendar.ics', destination: `/${routing.defaultLocale}/events/:slug/calendar.ics` },
  ]
}

export const localeRedirects = () => [
  { source: `/${routing.defaultLocale}`, destination: '/', permanent: false },
  { source: `/${routing.defaultLocale}/:path*`, destination: '/:path*', permanent: false },
]

