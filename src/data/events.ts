import { createLocalReq, type TypedUser, type Where } from 'payload'

import { publishedFor } from '@/access'
import { waitlistPositions } from '@/events/rsvp'
import type { Locale } from '@/i18n/routing'
import { cachedPublic } from '@/cache/cached'
import { CACHE_TAGS } from '@/cache/tags'

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

/**
 * Seats left and whether the event is (also) online. Both are public facts; the registrations
 * and the link behind them are not, so they are read with access overridden and only the
 * numbers leave.
 */
const publicFacts = async (event: { id: number; capacity?: number | null }) => {
  const payload = await payloadClient()
  const [{ totalDocs: confirmed }, { totalDocs: online }] = await Promise.all([
    payload.count({
      collection: 'registrations',
      where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
      overrideAccess: true,
    }),
    payload.count({
      collection: 'events',
      where: { and: [{ id: { equals: event.id } }, { onlineUrl: { exists: true } }, { onlineUrl: { not_equals: '' } }] },
      overrideAccess: true,
    }),
  ])
  return { seatsLeft: event.capacity ? Math.max(event.capacity - confirmed, 0) : null, online: online > 0 }
}

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
    return { event, ...(await publicFacts(event)) }
  },
)

/**
 * Reads for one signed-in viewer (members-only events, the RSVP panel, calendars). Not cached:
 * what they return depends on who asks, and access control decides it.
 */
type ViewerArgs = { locale: Locale; user: TypedUser | null }

/** An event the viewer may read (members-only ones for members), with seats left. */
export const getEventFor = async ({ slug, locale, user }: ViewerArgs & { slug: string }) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    overrideAccess: false,
    user,
    where: { and: [publishedFor(user, { audience: true }), { slug: { equals: slug } }] },
    limit: 1,
    depth: 1,
  })
  const event = docs[0]
  if (!event) return null
  return { event, ...(await publicFacts(event)) }
}

/** Upcoming members-only events, soonest first. */
export const listMembersEvents = async ({ locale, user, limit = 6 }: ViewerArgs & { limit?: number }) => {
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    overrideAccess: false,
    user,
    where: {
      and: [publishedFor(user, { audience: true }), { audience: { equals: 'members' } }, { endsAt: { greater_than: new Date().toISOString() } }],
    },
    sort: 'startsAt',
    limit,
    depth: 0,
    select: LIST_FIELDS,
  })
  return docs
}

/** Events by id that the viewer may read (published, audience allowed), by start time. */
const readableEvents = async <S extends typeof LIST_FIELDS | undefined = undefined>(
  { locale, user }: ViewerArgs,
  ids: number[],
  select?: S,
) => {
  if (!ids.length) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    overrideAccess: false,
    user,
    where: { and: [publishedFor(user, { audience: true }), { id: { in: ids } }] },
    sort: 'startsAt',
    pagination: false,
    depth: 0,
    select,
  })
  return docs
}

/** The viewer's own registrations (confirmed or waiting) for events that have not ended, with their place if waiting. */
export const myUpcomingRegistrations = async ({ locale, user }: ViewerArgs) => {
  if (!user || user.collection !== 'alumni') return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'registrations',
    overrideAccess: false,
    user,
    where: {
      and: [
        { alumnus: { equals: user.id } },
        { status: { in: ['confirmed', 'waitlisted'] } },
        { 'event.endsAt': { greater_than: new Date().toISOString() } },
      ],
    },
    pagination: false,
    depth: 0,
    select: { event: true, status: true },
  })
  const waiting = docs.filter((doc) => doc.status === 'waitlisted').map((doc) => doc.id)
  const [events, positions] = await Promise.all([
    readableEvents({ locale, user }, docs.map((d) => d.event as number), LIST_FIELDS),
    // Every place on a waiting list in one query, however many events the member registered for.
    waiting.length ? waitlistPositions(await createLocalReq({ user }, payload), waiting) : new Map<number, number>(),
  ])
  const byEvent = new Map(docs.map((doc) => [doc.event as number, doc]))
  return events.map((event) => {
    const registration = byEvent.get(event.id)!
    return { event, registration, position: positions.get(registration.id) ?? null }
  })
}

/** The events a feed-token owner is confirmed for (read with their own access, online links included). */
export const confirmedEventsOf = async ({ locale, user }: ViewerArgs) => {
  if (!user) return []
  const payload = await payloadClient()
  const { docs } = await payload.find({
    collection: 'registrations',
    overrideAccess: false,
    user,
    where: { and: [{ alumnus: { equals: user.id } }, { status: { equals: 'confirmed' } }] },
    pagination: false,
    depth: 0,
    select: { event: true },
  })
  return readableEvents({ locale, user }, docs.map((d) => d.event as number))
}
