/**
 * Event links and the registration window: where members-only and public events live, the
 * "Add to Google Calendar" URL (UTC times, the event's zone), and when registration is open.
 */
import { describe, expect, it } from 'vitest'

import { eventCalendarPath, eventPath, googleCalendarUrl } from '../../src/events/links'
import { registrationOpen } from '../../src/events/rsvp'

describe('eventPath', () => {
  it('puts members-only events in the members area', () => {
    expect(eventPath({ slug: 'pitch-night', audience: 'public' })).toBe('/events/pitch-night')
    expect(eventPath({ slug: 'homecoming', audience: 'members' })).toBe('/members/events/homecoming')
    expect(eventCalendarPath({ slug: 'homecoming' })).toBe('/events/homecoming/calendar.ics')
  })
})

describe('googleCalendarUrl', () => {
  it('uses Google’s template URL with UTC times and the event’s zone', () => {
    const url = new URL(
      googleCalendarUrl({
        title: '関西アルムナイ交流会 & 懇親会',
        startsAt: '2026-12-05T09:30:00.000Z',
        endsAt: '2026-12-05T12:00:00.000Z',
        startsAt_tz: 'Asia/Tokyo',
        location: '大阪府大阪市北区中之島7-3-1',
      }),
    )
    expect(url.origin + url.pathname).toBe('https://calendar.google.com/calendar/render')
    expect(url.searchParams.get('action')).toBe('TEMPLATE')
    expect(url.searchParams.get('text')).toBe('関西アルムナイ交流会 & 懇親会')
    expect(url.searchParams.get('dates')).toBe('20261205T093000Z/20261205T120000Z')
    expect(url.searchParams.get('ctz')).toBe('Asia/Tokyo')
    expect(url.searchParams.get('location')).toBe('大阪府大阪市北区中之島7-3-1')
  })
})

describe('registrationOpen', () => {
  const now = new Date('2026-12-01T00:00:00Z')
  it('is open until the deadline, and never after the start', () => {
    expect(registrationOpen({ startsAt: '2026-12-05T00:00:00Z', deadline: '2026-12-02T00:00:00Z' }, now)).toBe(true)
    expect(registrationOpen({ startsAt: '2026-12-05T00:00:00Z', deadline: '2026-11-30T23:59:59Z' }, now)).toBe(false)
    expect(registrationOpen({ startsAt: '2026-12-05T00:00:00Z', deadline: null }, now)).toBe(true)
    expect(registrationOpen({ startsAt: '2026-11-30T00:00:00Z', deadline: null }, now)).toBe(false)
    expect(registrationOpen({ startsAt: '2026-12-01T00:00:00Z', deadline: '2026-12-10T00:00:00Z' }, now)).toBe(false)
  })
})
