/**
 * RSVP rules through the API the event page uses (`/api/events/:id/rsvp`, REST in-process) and
 * the rules around it through REST, GraphQL and the Local API:
 * - only approved alumni register or cancel; visitors, pending, rejected and suspended accounts
 *   get a 403 and nothing is stored;
 * - a seat while there is one, then the waiting list with a position; registering twice changes
 *   nothing; re-registering after cancelling reuses the row and goes to the back of the queue;
 * - registration closes at the deadline and when the event starts; drafts and unknown ids 404;
 * - a cancellation moves the first person waiting up, who then reads the online link and gets
 *   an e-mail (and nobody else does); staff raising the capacity or cancelling someone in the
 *   admin moves people up too;
 * - nobody creates or changes a registration for someone else, or confirms themselves, through
 *   REST, GraphQL or the Local API.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event, User } from '../../payload-types'
import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let f: typeof import('../helpers/fixtures')
type Account<T> = import('../helpers/fixtures').Account<T>
let editor: Account<User>

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  f = await import('../helpers/fixtures')
  editor = await f.createStaff(payload, 'editor')
})

afterAll(async () => {
  await mailbox.close()
})

const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString()

const newEvent = (extra: Partial<Event> = {}, visibility: 'public' | 'members' | 'draft' = 'public') =>
  f.createContent(payload, 'events', visibility, extra)

const rowsOf = async (event: Event) =>
  (await payload.find({ collection: 'registrations', where: { event: { equals: event.id } }, depth: 0, pagination: false })).docs

const rowOf = async (event: Event, who: Account<Alumnus>) => (await rowsOf(event)).find((r) => r.alumnus === who.doc.id)

const rsvp = (who: { api: import('../helpers/api').ApiClient }, event: Pick<Event, 'id'>, method: 'get' | 'post' | 'delete') =>
  method === 'post' ? who.api.post(`/events/${event.id}/rsvp`, {}) : method === 'delete' ? who.api.delete(`/events/${event.id}/rsvp`) : who.api.get(`/events/${event.id}/rsvp`)

describe('who may register', () => {
  it('visitors, pending, rejected and suspended accounts get a 403 and nothing is stored', async () => {
    const event = await newEvent({ capacity: 10 })
    const refused = [
      f.visitor(),
      await f.createAlumnus(payload, { status: 'pending' }),
      await f.createAlumnus(payload, { status: 'rejected' }),
      await f.createAlumnus(payload, { status: 'suspended' }),
    ]
    for (const who of refused) {
      const res = await rsvp(who, event, 'post')
      expect(res.status, who.name).toBe(403)
      expect(res.body.errors?.[0]?.message).toMatch(/approved alumni/)
      expect((await rsvp(who, event, 'delete')).status, who.name).toBe(403)
    }
    expect(await rowsOf(event)).toHaveLength(0)
    // Their view of the panel says they cannot register.
    expect((await rsvp(f.visitor(), event, 'get')).body).toMatchObject({ signedIn: false, eligible: false, status: null })
    expect((await rsvp(refused[1], event, 'get')).body).toMatchObject({ signedIn: true, eligible: false, status: null })
  })

  it('staff cannot register either (they are not alumni)', async () => {
    const event = await newEvent({ capacity: 10 })
    expect((await rsvp(editor, event, 'post')).status).toBe(403)
  })

  it('an approved alumnus registers for a members-only event; a draft or unknown event is a 404', async () => {
    const member = await f.createAlumnus(payload)
    const membersOnly = await newEvent({ capacity: 5 }, 'members')
    const res = await rsvp(member, membersOnly, 'post')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ok: true, status: 'confirmed' })

    // A visitor cannot even learn that it exists.
    for (const method of ['get', 'post'] as const) {
      const seen = await rsvp(f.visitor(), membersOnly, method)
      expect(seen.status).toBeOneOf(method === 'get' ? [404] : [403])
      expect(JSON.stringify(seen.body)).not.toContain(membersOnly.title)
    }

    const draft = await newEvent({ capacity: 5 }, 'draft')
    expect((await rsvp(member, draft, 'post')).status).toBe(404)
    expect((await rsvp(member, { id: 99_999_999 }, 'post')).status).toBe(404)
    expect((await member.api.post('/events/abc/rsvp', {})).status).toBe(404)
    expect(await rowsOf(draft)).toHaveLength(0)
  })
})

describe('seats and the waiting list', () => {
  it('gives seats, then waiting places with positions; registering twice changes nothing', async () => {
    const event = await newEvent({ capacity: 2 })
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => f.createAlumnus(payload)))
    expect((await rsvp(a, event, 'post')).body).toMatchObject({ status: 'confirmed', position: null })
    expect((await rsvp(b, event, 'post')).body).toMatchObject({ status: 'confirmed' })
    expect((await rsvp(c, event, 'post')).body).toMatchObject({ status: 'waitlisted', position: 1 })
    expect((await rsvp(d, event, 'post')).body).toMatchObject({ status: 'waitlisted', position: 2 })
    // Again: the same answer, no second row (the unique index would refuse one anyway).
    expect((await rsvp(c, event, 'post')).body).toMatchObject({ status: 'waitlisted', position: 1 })
    expect(await rowsOf(event)).toHaveLength(4)

    const view = await rsvp(d, event, 'get')
    expect(view.status).toBe(200)
    expect(view.body).toMatchObject({ signedIn: true, eligible: true, status: 'waitlisted', position: 2, capacity: 2, seatsLeft: 0, waiting: 2, onlineUrl: null })
  })

  it('a cancellation moves the first person waiting up: they read the online link and get an e-mail', async () => {
    const event = await newEvent({ capacity: 1, title: '再入社ピッチナイト' })
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => f.createAlumnus(payload)))
    await rsvp(a, event, 'post')
    await rsvp(b, event, 'post')
    await rsvp(c, event, 'post')
    expect((await b.api.get(`/events/${event.id}`)).body.onlineUrl).toBeUndefined()

    const res = await rsvp(a, event, 'delete')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ ok: true, status: 'cancelled', promoted: [(await rowOf(event, b))!.id] })
    expect((await rowOf(event, b))!.status).toBe('confirmed')
    expect((await rowOf(event, c))!.status).toBe('waitlisted')
    expect((await rsvp(c, event, 'get')).body).toMatchObject({ position: 1 })

    // The field rule reads the new status: the link is theirs now, and no longer a's.
    expect((await b.api.get(`/events/${event.id}`)).body.onlineUrl).toBe(event.onlineUrl)
    expect((await rsvp(b, event, 'get')).body.onlineUrl).toBe(event.onlineUrl)
    expect((await a.api.get(`/events/${event.id}`)).body.onlineUrl).toBeUndefined()
    const gql = await b.api.graphql(`{ Event(id: ${event.id}) { onlineUrl } }`)
    expect(gql.data!.Event).toEqual({ onlineUrl: event.onlineUrl })

    const mail = await mailbox.waitFor((m) => m.to.includes(b.email.toLowerCase()) && m.subject.includes('再入社ピッチナイト'))
    expect(mail.subject).toBe(`【参加確定】再入社ピッチナイト / Your place is confirmed: ${event.title}`)
    expect(mail.text).toContain('参加が確定しました')
    expect(mail.text).toContain(`/events/${event.slug}`)
    expect(mail.text).toContain(`/en/events/${event.slug}`)
    expect(mail.text).toMatch(/JST|GMT\+9/)
    // The online link itself is not mailed; the page shows it to the confirmed person.
    expect(mail.text).not.toContain(event.onlineUrl!)
    expect(mailbox.to(a.email.toLowerCase())).toHaveLength(0)
    expect(mailbox.to(c.email.toLowerCase())).toHaveLength(0)
  })

  it('cancelling a waiting place moves nobody; cancelling twice is a 409', async () => {
    const event = await newEvent({ capacity: 1 })
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => f.createAlumnus(payload)))
    for (const who of [a, b, c]) await rsvp(who, event, 'post')
    expect((await rsvp(b, event, 'delete')).body).toMatchObject({ status: 'cancelled', promoted: [] })
    expect((await rsvp(c, event, 'get')).body).toMatchObject({ status: 'waitlisted', position: 1 })
    const again = await rsvp(b, event, 'delete')
    expect(again.status).toBe(409)
    expect(again.body.reason).toBe('notRegistered')
  })

  it('re-registering after cancelling reuses the row and joins the back of the queue', async () => {
    const event = await newEvent({ capacity: 1 })
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => f.createAlumnus(payload)))
    for (const who of [a, b, c]) await rsvp(who, event, 'post')
    const before = (await rowOf(event, b))!
    await rsvp(b, event, 'delete')
    const res = await rsvp(b, event, 'post')
    expect(res.body).toMatchObject({ status: 'waitlisted', position: 2 })
    const after = (await rowOf(event, b))!
    expect(after.id).toBe(before.id)
    expect(Date.parse(after.registeredAt!)).toBeGreaterThan(Date.parse(before.registeredAt!))
    expect(await rowsOf(event)).toHaveLength(3)
    // And with a free seat, re-registering confirms.
    const roomy = await newEvent({ capacity: 5 })
    await rsvp(a, roomy, 'post')
    await rsvp(a, roomy, 'delete')
    expect((await rsvp(a, roomy, 'post')).body).toMatchObject({ status: 'confirmed' })
  })

  it('an event without a capacity confirms everyone', async () => {
    const event = await newEvent({ capacity: null })
    const people = await Promise.all([0, 1, 2].map(() => f.createAlumnus(payload)))
    for (const who of people) expect((await rsvp(who, event, 'post')).body).toMatchObject({ status: 'confirmed' })
  })
})

describe('registration closes', () => {
  it('at the deadline: a 409 with a message, nothing stored; cancelling is still possible', async () => {
    const event = await newEvent({ capacity: 5, registrationDeadline: inHours(-1) })
    const member = await f.createAlumnus(payload)
    const res = await rsvp(member, event, 'post')
    expect(res.status).toBe(409)
    expect(res.body).toMatchObject({ reason: 'closed', errors: [{ message: 'Registration for this event is closed.' }] })
    expect(await rowsOf(event)).toHaveLength(0)
    expect((await rsvp(member, event, 'get')).body).toMatchObject({ open: false })

    // Someone registered before the deadline may still give their seat back.
    const early = await f.createAlumnus(payload)
    await f.createRegistration(payload, event, early.doc, 'confirmed')
    expect((await rsvp(early, event, 'delete')).status).toBe(200)
  })

  it('when the event has started, for registering and cancelling', async () => {
    const startsAt = inHours(-1)
    const event = await newEvent({ capacity: 5, startsAt, endsAt: inHours(1) })
    const member = await f.createAlumnus(payload)
    expect((await rsvp(member, event, 'post')).status).toBe(409)
    const there = await f.createAlumnus(payload)
    await f.createRegistration(payload, event, there.doc, 'confirmed')
    expect((await rsvp(there, event, 'delete')).status).toBe(409)
    expect((await rowOf(event, there))!.status).toBe('confirmed')
  })
})

describe('staff changes in the admin', () => {
  it('raising the capacity moves waiting people up in order, and the job runner mails them', async () => {
    const event = await newEvent({ capacity: 1 })
    const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(() => f.createAlumnus(payload)))
    for (const who of [a, b, c, d]) await rsvp(who, event, 'post')
    const res = await editor.api.patch(`/events/${event.id}`, { capacity: 3 })
    expect(res.status).toBe(200)
    expect((await rowOf(event, b))!.status).toBe('confirmed')
    expect((await rowOf(event, c))!.status).toBe('confirmed')
    expect((await rowOf(event, d))!.status).toBe('waitlisted')
    await payload.jobs.run({ silent: true, where: { taskSlug: { equals: 'eventPromotionEmail' } } })
    await mailbox.waitFor((m) => m.to.includes(b.email.toLowerCase()))
    await mailbox.waitFor((m) => m.to.includes(c.email.toLowerCase()))
    expect(mailbox.to(d.email.toLowerCase())).toHaveLength(0)
  })

  it('cancelling a confirmed person moves the first waiting person up', async () => {
    const event = await newEvent({ capacity: 1 })
    const [a, b] = await Promise.all([0, 1].map(() => f.createAlumnus(payload)))
    await rsvp(a, event, 'post')
    await rsvp(b, event, 'post')
    const own = (await rowOf(event, a))!
    expect((await editor.api.patch(`/registrations/${own.id}`, { status: 'cancelled' })).status).toBe(200)
    expect((await rowOf(event, b))!.status).toBe('confirmed')
  })

  it('check-in: staff set checkedInAt; an alumnus cannot', async () => {
    const event = await newEvent({ capacity: 5 })
    const a = await f.createAlumnus(payload)
    await rsvp(a, event, 'post')
    const own = (await rowOf(event, a))!
    expect((await a.api.patch(`/registrations/${own.id}`, { checkedInAt: new Date().toISOString() })).status).toBeOneOf([403, 404])
    expect((await rowOf(event, a))!.checkedInAt ?? null).toBeNull()
    const now = new Date().toISOString()
    expect((await editor.api.patch(`/registrations/${own.id}`, { checkedInAt: now })).status).toBe(200)
    expect((await rowOf(event, a))!.checkedInAt).toBe(now)
  })
})

describe('registrations cannot be written around the RSVP rules', () => {
  it("nobody creates a registration for someone else or changes theirs (REST, GraphQL, Local API)", async () => {
    const event = await newEvent({ capacity: 5 })
    const [me, other] = await Promise.all([0, 1].map(() => f.createAlumnus(payload)))
    await rsvp(other, event, 'post')
    const theirs = (await rowOf(event, other))!

    expect((await me.api.post('/registrations', { event: event.id, alumnus: other.doc.id, status: 'confirmed' })).status).toBe(403)
    const gql = await me.api.graphql(
      `mutation { createRegistration(data: { event: ${event.id}, alumnus: ${other.doc.id}, status: confirmed }) { id } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.create({ collection: 'registrations', data: { event: event.id, alumnus: other.doc.id, status: 'confirmed' }, overrideAccess: false, user: me.user }),
    ).rejects.toMatchObject({ status: 403 })

    expect((await me.api.patch(`/registrations/${theirs.id}`, { status: 'cancelled' })).status).toBeOneOf([403, 404])
    const gqlUpdate = await me.api.graphql(`mutation { updateRegistration(id: ${theirs.id}, data: { status: cancelled }) { id } }`)
    expect(gqlUpdate.errors?.length).toBeGreaterThan(0)
    expect((await me.api.delete(`/registrations/${theirs.id}`)).status).toBeOneOf([403, 404])
    expect((await rowOf(event, other))!.status).toBe('confirmed')
    expect(await rowOf(event, me)).toBeUndefined()
  })

  it('a waiting alumnus cannot confirm themselves, nor reset their place in the queue', async () => {
    const event = await newEvent({ capacity: 1 })
    const [a, b] = await Promise.all([0, 1].map(() => f.createAlumnus(payload)))
    await rsvp(a, event, 'post')
    await rsvp(b, event, 'post')
    const own = (await rowOf(event, b))!
    expect((await b.api.patch(`/registrations/${own.id}`, { status: 'confirmed' })).status).toBeOneOf([403, 404])
    expect((await b.api.patch(`/registrations/${own.id}`, { registeredAt: '2000-01-01T00:00:00.000Z' })).status).toBeOneOf([403, 404])
    const gql = await b.api.graphql(`mutation { updateRegistration(id: ${own.id}, data: { status: confirmed }) { status } }`)
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({ collection: 'registrations', id: own.id, data: { status: 'confirmed' }, overrideAccess: false, user: b.user }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    expect(await rowOf(event, b)).toMatchObject({ status: 'waitlisted', registeredAt: own.registeredAt })
    // The only way in is the RSVP endpoint, which keeps them waiting.
    expect((await rsvp(b, event, 'post')).body).toMatchObject({ status: 'waitlisted', position: 1 })
  })
})
