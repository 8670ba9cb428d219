import { localizedPath, type Locale } from './routing'

type QueryValue = string | number | boolean | null | undefined | readonly (string | number | boolean)[]
export type Href = string | { pathname: string; query?: Record<string, QueryValue>; hash?: string }

/**
 * A site path in a locale, from a path or a `{ pathname, query }` object. Written here instead
 * of next-intl's createNavigation: importing that on the server registers its client Link, and
 * every page would ship next-intl's runtime (docs/performance.md).
 */
export const getPathname = ({ href, locale }: { href: Href; locale: Locale }): string => {
  if (typeof href === 'string') {
    const at = href.search(/[?#]/)
    return at === -1 ? localizedPath(href, locale) : `${localizedPath(href.slice(0, at), locale)}${href.slice(at)}`
  }
  const query = new URLSearchParams()
  for (const [key, value] of Object.entries(href.query ?? {})) {
    if (value === null || value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) query.append(key, String(item))
  }
  const search = query.size ? `?${query}` : ''
  return `${localizedPath(href.pathname, locale)}${search}${href.hash ? `#${href.hash.replace(/^#/, '')}` : ''}`
}
