import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

import { type Namespace, MESSAGES } from './messages'
import type { Locale } from './routing'

/**
 * Sends only the named message namespaces to the browser for the client components inside; the
 * site's root provider sends none. On a site page the page's language decides; a staff view in
 * the Payload admin names the admin's language (`locale`), as no page locale is set there.
 */
export async function ClientMessages({
  namespaces,
  locale,
  children,
}: {
  namespaces: Namespace[]
  locale?: Locale
  children: ReactNode
}) {
  const messages: Record<string, unknown> = locale ? MESSAGES[locale] : await getMessages()
  const picked = Object.fromEntries(namespaces.filter((ns) => ns in messages).map((ns) => [ns, messages[ns]]))
  return (
    <NextIntlClientProvider locale={locale} messages={picked} {...(locale ? { timeZone: 'Asia/Tokyo' } : {})}>
      {children}
    </NextIntlClientProvider>
  )
}
