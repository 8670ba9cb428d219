import type NextLink from 'next/link'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'

import { IntentLink } from './IntentLink'
import { getPathname, type Href } from './paths'
import type { Locale } from './routing'

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale }

/**
 * A link to a page of the site in the page's language, resolved on the server. next-intl's own
 * Link is a client component that needs the locale in a client provider, which would put
 * next-intl's runtime on every page (its weight: docs/performance.md). Prefetches when
 * the reader is about to follow it (IntentLink).
 */
export async function LocalizedLink({ href, locale, ...rest }: Props) {
  const target = locale ?? ((await getLocale()) as Locale)
  return <IntentLink href={getPathname({ href, locale: target })} {...rest} />
}
