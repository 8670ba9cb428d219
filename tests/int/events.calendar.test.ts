/**
 * Calendars. Files are written with ical-generator and read here with ical.js:
 * - `/events/[slug]/calendar.ics` is valid iCalendar with the event at the right instant in its
 *   own zone (a VTIMEZONE included), a stable UID and the page URL; a members-only event is a
 *   404 for visitors and pending accounts and a file for members; the online link is in it only
 *   for confirmed attendees.
 * - `/calendar/<token>.ics` lists the owner's confirmed events, needs no session, and answers
 *   404 for an unknown, malformed, rotated-away or revoked token, or an account no longer
 *   approved. The token is readable by its owner and staff only, and not writable via the API.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Event, User } from '../../payload-types'
import { GET as eventIcs } from '../../src/app/(frontend)/[locale]/events/[slug]/calendar.ics/route'
import { GET as feedIcs } from '../../src/app/calendar/[token]/route'
import { calendarFeedPath, setCalendarToken } from '../../src/events/calendarToken'
import { register } from '../../src/events/rsvp'
import { type Account, createAlumnus, createContent, createStaff, visitor } from '../helpers/fixtures'
import { parseCalendar } from '../helpers/ical'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let staff: Account<User>

beforeAll(async () => {
  payload = await getTestPayload()
  staff = await createStaff(payload, 'editor')
})

const tokenOf = async (who: { email: string; password: string }) =>
  (await payload.login({ collection: 'alumni', data: { email: who.email, password: who.password } })).token!

const getEventIcs = async (slug: string, { token, locale = 'ja' }: { token?: string; locale?: string } = {}) =>
  eventIcs(new Request(`http://localhost:3000/events/${slug}/calendar.ics`, { headers: token ? { Authorization: `JWT ${token}` } : {} }), {
    params: Promise.resolve({ locale, slug }),
  })

const getFeed = (file: string) => feedIcs(new Request(`http://localhost:3000/calendar/${file}`), { params: Promise.resolve({ token: file }) })

describe('/events/[slug]/calendar.ics', () => {
  it('is valid iCalendar with the event at the right instant in its own zone', async () => {
    const event = await createContent(payload, 'events', 'public', {
      title: '関西アルムナイ交流会, 第2回; 大阪',
      startsAt: '2027-03-05T09:30:00.000Z',
      endsAt: '2027-03-05T12:00:00.000Z',
      venue: { name: 'Co-Lab なかのしま', address: '大阪府大阪市北区中之島7-3-1' },
    })
    const res = await getEventIcs(event.slug)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const text = await res.text()
    // Lines end in CRLF and none is longer than 75 octets (RFC 5545 3.1).
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/)
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    expect(text).toContain('DTSTART;TZID=Asia/Tokyo:20270305T183000')

    const { events, zones, component } = parseCalendar(text)
    expect(component.getFirstPropertyValue('version')).toBe('2.0')
    expect(component.getFirstPropertyValue('prodid')).toBeTruthy()
    expect(zones).toEqual(['Asia/Tokyo'])
    expect(events).toHaveLength(1)
    const [parsed] = events
    expect(parsed.summary).toBe(event.title)
    expect(parsed.start.toISOString()).toBe('2027-03-05T09:30:00.000Z')
    expect(parsed.end.toISOString()).toBe('2027-03-05T12:00:00.000Z')
    expect(parsed.zone).toBe('Asia/Tokyo')
    expect(parsed.location).toBe('Co-Lab なかのしま, 大阪府大阪市北区中之島7-3-1')
    expect(parsed.url).toMatch(new RegExp(`/events/${event.slug}$`))
    expect(parsed.uid).toMatch(new RegExp(`^event-${event.id}@`))
    // The same UID on every download, so calendars update instead of duplicating.
    expect(parseCalendar(await (await getEventIcs(event.slug)).text()).events[0].uid).toBe(parsed.uid)
    // Visitors never get the online link.
    expect(text).not.toContain(event.onlineUrl!)
  })

  it('keeps an event in another zone at its instant, in that zone', async () => {
    const event = await createContent(payload, 'events', 'public', {
      startsAt: '2027-07-10T14:00:00.000Z',
      startsAt_tz: 'America/New_York',
      endsAt: '2027-07-10T15:30:00.000Z',
      endsAt_tz: 'America/New_York',
    })
    const text = await (await getEventIcs(event.slug, { locale: 'en' })).text()
    expect(text).toContain('DTSTART;TZID=America/New_York:20270710T100000')
    const { events, zones } = parseCalendar(text)
    expect(zones).toEqual(['America/New_York'])
    expect(events[0].start.toISOString()).toBe('2027-07-10T14:00:00.000Z')
    expect(events[0].url).toMatch(new RegExp(`/en/events/${event.slug}$`))
  })

  it('a members-only event is a 404 for visitors and pending accounts, a file for members', async () => {
    const event = await createContent(payload, 'events', 'members')
    const pending = await createAlumnus(payload, { status: 'pending' })
    const member = await createAlumnus(payload)
    const visitorRes = await getEventIcs(event.slug)
    expect(visitorRes.status).toBe(404)
    expect(await visitorRes.text()).not.toContain(event.title)
    expect((await getEventIcs(event.slug, { token: await tokenOf(pending) })).status).toBe(404)
    const res = await getEventIcs(event.slug, { token: await tokenOf(member) })
    expect(res.status).toBe(200)
    const { events } = parseCalendar(await res.text())
    expect(events[0].summary).toBe(event.title)
    expect(events[0].url).toMatch(new RegExp(`/members/events/${event.slug}$`))
    // Not confirmed: no link.
    expect(events[0].description).not.toContain(event.onlineUrl!)
  })

  it('includes the online link for a confirmed attendee; drafts are a 404', async () => {
    const event = await createContent(payload, 'events', 'public', { capacity: 5 })
    const member = await createAlumnus(payload)
    await register(payload, member.user, event.id)
    const { events } = parseCalendar(await (await getEventIcs(event.slug, { token: await tokenOf(member) })).text())
    expect(events[0].description).toContain(event.onlineUrl!)
    const draft = await createContent(payload, 'events', 'draft')
    expect((await getEventIcs(draft.slug, { token: await tokenOf(member) })).status).toBe(404)
  })
})

describe('/calendar/<token>.ics', () => {
  let member: Account<import('../../payload-types').Alumnus>
  let confirmed: Event
  let waiting: Event
  let membersOnly: Event

  beforeAll(async () => {
    member = await createAlumnus(payload)
    confirmed = await createContent(payload, 'events', 'public', { capacity: 5 })
    membersOnly = await createContent(payload, 'events', 'members', { capacity: 5 })
    waiting = await createContent(payload, 'events', 'public', { capacity: 1 })
    const someone = await createAlumnus(payload)
    await register(payload, someone.user, waiting.id)
    for (const event of [confirmed, membersOnly, waiting]) await register(payload, member.user, event.id)
  })

  it("lists the owner's confirmed events, with online links, and needs no session", async () => {
    const token = await setCalendarToken(payload, member.user, 'rotate')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const res = await getFeed(`${token}.ics`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('private, no-store')
    const { events } = parseCalendar(await res.text())
    expect(events.map((e) => e.summary).sort()).toEqual([confirmed.title, membersOnly.title].sort())
    expect(events.find((e) => e.summary === confirmed.title)!.description).toContain(confirmed.onlineUrl!)
    expect(calendarFeedPath(token!)).toBe(`/calendar/${token}.ics`)
  })

  it('answers 404 for unknown, malformed, replaced and revoked tokens', async () => {
    const old = await setCalendarToken(payload, member.user, 'rotate')
    const current = await setCalendarToken(payload, member.user, 'rotate')
    expect(current).not.toBe(old)
    expect((await getFeed(`${old}.ics`)).status).toBe(404)
    expect((await getFeed(`${current}.ics`)).status).toBe(200)
    expect((await getFeed(`${'A'.repeat(43)}.ics`)).status).toBe(404)
    expect((await getFeed(`x'; drop table alumni;--.ics`)).status).toBe(404)
    expect((await getFeed(`${current}`)).status).toBe(404)
    await setCalendarToken(payload, member.user, 'revoke')
    expect((await getFeed(`${current}.ics`)).status).toBe(404)
  })

  it('stops working when the account is no longer approved', async () => {
    const leaving = await createAlumnus(payload)
    const token = await setCalendarToken(payload, leaving.user, 'rotate')
    expect((await getFeed(`${token}.ics`)).status).toBe(200)
    await payload.update({ collection: 'alumni', id: leaving.doc.id, data: { status: 'suspended' } })
    expect((await getFeed(`${token}.ics`)).status).toBe(404)
  })

  it('the token is read by its owner and staff only, and cannot be set through the API', async () => {
    const owner = await createAlumnus(payload)
    const other = await createAlumnus(payload)
    const token = await setCalendarToken(payload, owner.user, 'rotate')
    expect((await owner.api.get(`/alumni/${owner.doc.id}`)).body.calendarToken).toBe(token)
    expect((await staff.api.get(`/alumni/${owner.doc.id}`)).body.calendarToken).toBe(token)
    const seen = await other.api.get(`/alumni/${owner.doc.id}`)
    expect(seen.body.calendarToken).toBeUndefined()
    expect(JSON.stringify(seen.body)).not.toContain(token)
    const gql = await other.api.graphql(`{ Alumnus(id: ${owner.doc.id}) { calendarToken } }`)
    expect(JSON.stringify(gql)).not.toContain(token)
    const visitorRead = await visitor().api.get(`/alumni/${owner.doc.id}`)
    expect(JSON.stringify(visitorRead.body)).not.toContain(token)

    // Choosing one's own (guessable) token is not possible.
    await owner.api.patch(`/alumni/${owner.doc.id}`, { calendarToken: 'my-easy-token' })
    const stored = await payload.findByID({ collection: 'alumni', id: owner.doc.id })
    expect(stored.calendarToken).toBe(token)
  })
})
