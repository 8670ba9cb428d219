import { redirect as nextRedirect } from 'next/navigation'

import { getPathname, type Href } from './paths'
import type { Locale } from './routing'

export { LocalizedLink as Link } from './LocalizedLink'
export { getPathname, type Href } from './paths'

/** next/navigation's redirect to a site path in a locale. */
export const redirect = ({ href, locale }: { href: Href; locale: Locale }): never => nextRedirect(getPathname({ href, locale }))
