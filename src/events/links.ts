import type { Event } from '@/payload-types'

/**
 * Where an event's page lives. Public events are cached public pages at /events/[slug];
 * members-only ones are rendered per viewer in the members area, so their title never reaches a
 * cached page, the sitemap or a visitor.
 */
export const eventPath = (event: Pick<Event, 'slug' | 'audience'>): string =>
  event.audience === 'members' ? `/members/events/${event.slug}` : `/events/${event.slug}`

/** The event's own .ics file (for members-only events it answers members only). */
export const eventCalendarPath = (event: Pick<Event, 'slug'>): string => `/events/${event.slug}/calendar.ics`

const googleTime = (value: string) => new Date(value).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** "Add to Google Calendar": Google's documented render URL, times in UTC, the event's zone named. */
export const googleCalendarUrl = (event: {
  title: string
  startsAt: string
  endsAt: string
  startsAt_tz?: string | null
  details?: string
  location?: string
}): string => {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title,
    dates: `${googleTime(event.startsAt)}/${googleTime(event.endsAt)}`,
    ctz: event.startsAt_tz || 'Asia/Tokyo',
  })
  if (event.details) params.set('details', event.details)
  if (event.location) params.set('location', event.location)
  return `https://calendar.google.com/calendar/render?${params.toString()}`
}
