import { NextIntlClientProvider } from 'next-intl'
import { getMessages } from 'next-intl/server'
import type { ReactNode } from 'react'

/**
 * The site's root provider sends no messages to the browser; the members' client forms get
 * their own namespaces plus the shared `memberForms` (labels, errors), and nothing more.
 */
export async function MemberFormMessages({ namespaces, children }: { namespaces: string[]; children: ReactNode }) {
  const messages = await getMessages()
  const picked = Object.fromEntries(['memberForms', ...namespaces].map((namespace) => [namespace, messages[namespace]]))
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>
}
