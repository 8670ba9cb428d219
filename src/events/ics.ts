import { TZDate } from '@date-fns/tz'
import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod } from 'ical-generator'

import type { Locale } from '@/i18n/routing'
import { absoluteUrl, siteUrl } from '@/lib/site'
import type { Event } from '@/payload-types'

import { eventPath } from './links'

export type CalendarEvent = Pick<
  Event,
  'id' | 'title' | 'slug' | 'audience' | 'summary' | 'startsAt' | 'startsAt_tz' | 'endsAt' | 'endsAt_tz' | 'venue' | 'onlineUrl' | 'updatedAt'
>

const host = () => new URL(siteUrl()).host

/**
 * An iCalendar (RFC 5545) file of events, built with ical-generator. Times are written in the
 * event's own zone (`DTSTART;TZID=Asia/Tokyo:…`) with a VTIMEZONE for it, so calendars show
 * the event at the right moment wherever the reader is and keep the organiser's zone. UIDs are
 * stable per event, so re-importing or a feed refresh updates instead of duplicating. The
 * online link is included only when the reader was allowed to read it (field access).
 */
export const eventsCalendar = (events: CalendarEvent[], locale: Locale, name?: string): string => {
  const calendar = ical({
    prodId: { company: 'Enishi', product: 'events', language: locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    ...(name ? { name } : {}),
  })
  // One VTIMEZONE per zone the events use.
  calendar.timezone({ name: null, generator: getVtimezoneComponent })
  for (const event of events) {
    const zone = event.startsAt_tz || 'Asia/Tokyo'
    // A TZID needs its VTIMEZONE (RFC 5545 3.2.19); for a zone without one, UTC times are exact too.
    const startZone = getVtimezoneComponent(zone) ? zone : 'UTC'
    const page = absoluteUrl(eventPath(event), locale)
    const place = [event.venue?.name, event.venue?.address].filter(Boolean).join(', ')
    calendar.createEvent({
      id: `event-${event.id}@${host()}`,
      start: new TZDate(event.startsAt, startZone),
      // One zone per VEVENT (ical-generator's `timezone`): the end is the same instant shown in the start's zone.
      end: new TZDate(event.endsAt, startZone),
      timezone: startZone === 'UTC' ? null : startZone,
      stamp: new Date(event.updatedAt),
      summary: event.title,
      description: [event.summary, event.onlineUrl, page].filter(Boolean).join('\n\n'),
      location: place || event.onlineUrl || null,
      url: page,
    })
  }
  return calendar.toString()
}

export const calendarResponse = (body: string, filename: string, cacheControl: string) =>
  new Response(body, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `inline; filename="${filename}"`,
      'Cache-Control': cacheControl,
    },
  })
