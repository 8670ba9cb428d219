import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { routing } from './routing'

/** One file per area of the site, merged: each file holds its own top-level namespaces. */
const FILES = ['common', 'account', 'directory', 'profile', 'search', 'preview', 'companies', 'announcements', 'events', 'collaboration'] as const

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  const parts = await Promise.all(FILES.map((file) => import(`./messages/${locale}/${file}.json`)))
  return {
    locale,
    messages: Object.assign({}, ...parts.map((part) => part.default)),
    // Dates render in Japan time unless an event says otherwise.
    timeZone: 'Asia/Tokyo',
  }
})
