import type { Where } from 'payload'

import { publishedFor } from '@/access'
import type { Locale } from '@/i18n/routing'
import { CACHE_TAGS } from '@/lib/cacheTags'

import { cachedPublic } from './cache'
import { payloadClient } from './payload'

const visible = (extra?: Where): Where => ({
  and: [publishedFor(null, { audience: true }), ...(extra ? [extra] : [])],
})

const LIST_FIELDS = {
  title: true,
  slug: true,
  summary: true,
  startsAt: true,
  startsAt_tz: true,
  endsAt: true,
  endsAt_tz: true,
  venue: true,
  audience: true,
  heroImage: true,
} as const

/** Public events, upcoming (soonest first) or past (latest first). */
export const listEvents = cachedPublic(
  'events:list',
  [CACHE_TAGS.events, CACHE_TAGS.media],
  async ({ locale, when, limit = 20 }: { locale: Locale; when: 'upcoming' | 'past'; limit?: number }) => {
    const payload = await payloadClient()
    const now = new Date().toISOString()
    const { docs } = await payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      where: visible(when === 'upcoming' ? { endsAt: { greater_than: now } } : { endsAt: { less_than_equal: now } }),
      sort: when === 'upcoming' ? 'startsAt' : '-startsAt',
      limit,
      depth: 1,
      select: LIST_FIELDS,
    })
    return docs
  },
)

export const getEvent = cachedPublic(
  'events:detail',
  [CACHE_TAGS.events, CACHE_TAGS.media],
  async ({ slug, locale }: { slug: string; locale: Locale }) => {
    const payload = await payloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      where: visible({ slug: { equals: slug } }),
      limit: 1,
      depth: 1,
    })
    const event = docs[0]
    if (!event) return null
    // Seats are a public number; the registrations behind it are not, so count them with
    // access overridden and return only the count.
    const { totalDocs: confirmed } = await payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
    })
    const seatsLeft = event.capacity ? Math.max(event.capacity - confirmed, 0) : null
    return { event, seatsLeft }
  },
)
