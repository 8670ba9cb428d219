import { redirectTo } from '@/security/redirects'

import { getPathname, type Href } from './paths'
import { type Locale, localizedPath } from './routing'

export { LocalizedLink as Link } from './LocalizedLink'
export { getPathname, type Href } from './paths'

/** A redirect to a site path in a locale; the localized path is what src/security/redirects.ts checks. */
export const redirect = ({ href, locale }: { href: Href; locale: Locale }): never =>
  redirectTo(getPathname({ href, locale }), localizedPath('/', locale))
