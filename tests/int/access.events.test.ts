/**
 * Who may see what — events and registrations (docs/access.md, docs/events.md):
 * - An event's online link (`onlineUrl`) is returned only to staff and to approved alumni with a
 *   confirmed registration for that very event: not to visitors, not to waitlisted, cancelled or
 *   unregistered alumni, not to a pending alumnus even if registered.
 * - An alumnus reads only their own registrations, visitors none; nobody but staff creates or
 *   changes them (a waitlisted alumnus cannot confirm themselves).
 * - One registration per person per event: a duplicate is rejected with an error, not stored.
 * Each rule is checked through the Local API (overrideAccess: false), REST and GraphQL.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event, Registration, User } from '../../payload-types'
import {
  type Account,
  createAlumnus,
  createContent,
  createRegistration,
  createStaff,
  type Viewer,
  visitor,
} from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let event: Event
let otherEvent: Event
let editor: Account<User>
const alumni = {} as Record<'confirmed' | 'waitlisted' | 'cancelled' | 'unregistered' | 'pendingConfirmed', Account<Alumnus>>
const registrations = {} as Record<'confirmed' | 'waitlisted' | 'cancelled' | 'pendingConfirmed' | 'otherEvent', Registration>

beforeAll(async () => {
  payload = await getTestPayload()
  event = await createContent(payload, 'events', 'public')
  otherEvent = await createContent(payload, 'events', 'public')
  editor = await createStaff(payload, 'editor')
  alumni.confirmed = await createAlumnus(payload, { status: 'approved' })
  alumni.waitlisted = await createAlumnus(payload, { status: 'approved' })
  alumni.cancelled = await createAlumnus(payload, { status: 'approved' })
  alumni.unregistered = await createAlumnus(payload, { status: 'approved' })
  alumni.pendingConfirmed = await createAlumnus(payload, { status: 'pending' })
  registrations.confirmed = await createRegistration(payload, event, alumni.confirmed.doc, 'confirmed')
  registrations.waitlisted = await createRegistration(payload, event, alumni.waitlisted.doc, 'waitlisted')
  registrations.cancelled = await createRegistration(payload, event, alumni.cancelled.doc, 'cancelled')
  registrations.pendingConfirmed = await createRegistration(payload, event, alumni.pendingConfirmed.doc, 'confirmed')
  // The confirmed alumnus is only waitlisted for the other event.
  registrations.otherEvent = await createRegistration(payload, otherEvent, alumni.confirmed.doc, 'waitlisted')
})

describe('events.onlineUrl', () => {
  const cases: [string, () => Viewer, boolean][] = [
    ['staff', () => editor, true],
    ['an approved alumnus with a confirmed registration', () => alumni.confirmed, true],
    ['a visitor', visitor, false],
    ['a waitlisted alumnus', () => alumni.waitlisted, false],
    ['an alumnus whose registration was cancelled', () => alumni.cancelled, false],
    ['an approved alumnus who did not register', () => alumni.unregistered, false],
    ['a pending alumnus with a confirmed registration', () => alumni.pendingConfirmed, false],
  ]

  describe.each(cases)('read by %s', (_name, who, seesLink) => {
    const expected = () => (seesLink ? event.onlineUrl : undefined)

    it(`REST: ${seesLink ? 'includes' : 'leaves out'} the link in GET /api/events/:id and in the list`, async () => {
      const one = await who().api.get(`/events/${event.id}`)
      expect(one.status).toBe(200)
      expect(one.body.title).toBe(event.title)
      expect(one.body.onlineUrl).toBe(expected())
      const list = await who().api.get('/events', { where: { id: { equals: event.id } } })
      expect(list.body.docs![0].onlineUrl).toBe(expected())
      if (!seesLink) expect(JSON.stringify([one.body, list.body])).not.toContain(event.onlineUrl)
    })

    it(`GraphQL: Event and Events ${seesLink ? 'include' : 'leave out'} the link`, async () => {
      const res = await who().api.graphql(
        `{ one: Event(id: ${event.id}) { title onlineUrl }
           list: Events(where: { id: { equals: ${event.id} } }) { docs { onlineUrl } } }`,
      )
      expect(res.errors).toBeUndefined()
      expect((res.data!.one as { onlineUrl: string | null }).onlineUrl ?? undefined).toBe(expected())
      expect((res.data!.list as { docs: { onlineUrl: string | null }[] }).docs[0].onlineUrl ?? undefined).toBe(expected())
    })

    it(`Local API: ${seesLink ? 'includes' : 'leaves out'} the link in find and findByID`, async () => {
      const local = { overrideAccess: false as const, user: who().user }
      const one = await payload.findByID({ collection: 'events', id: event.id, ...local })
      expect(one.onlineUrl).toBe(expected())
      const { docs } = await payload.find({ collection: 'events', where: { id: { equals: event.id } }, ...local })
      expect(docs[0].onlineUrl).toBe(expected())
    })
  })

  it("a confirmed registration for one event does not reveal another event's link", async () => {
    const rest = await alumni.confirmed.api.get(`/events/${otherEvent.id}`)
    expect(rest.status).toBe(200)
    expect(rest.body.onlineUrl).toBeUndefined()
    const list = await alumni.confirmed.api.get('/events', { where: { id: { in: [event.id, otherEvent.id] } } })
    const links = Object.fromEntries(list.body.docs!.map((doc) => [doc.id, doc.onlineUrl]))
    expect(links).toEqual({ [event.id]: event.onlineUrl, [otherEvent.id]: undefined })
    const gql = await alumni.confirmed.api.graphql(`{ Event(id: ${otherEvent.id}) { onlineUrl } }`)
    expect(gql.data!.Event).toEqual({ onlineUrl: null })
  })
})

describe('registrations', () => {
  const ourEvents = () => ({ event: { in: [event.id, otherEvent.id] } })
  const idsOf = (docs: { id: unknown }[]) => docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)
  const sortedIds = (...regs: Registration[]) => regs.map((reg) => reg.id).sort((a, b) => a - b)

  it('an alumnus lists only their own registrations (REST, GraphQL, Local API)', async () => {
    const self = alumni.confirmed
    const own = sortedIds(registrations.confirmed, registrations.otherEvent)

    const rest = await self.api.get('/registrations', { where: ourEvents() })
    expect(rest.status).toBe(200)
    expect(idsOf(rest.body.docs!)).toEqual(own)

    const gql = await self.api.graphql(
      `{ Registrations(where: { event: { in: [${event.id}, ${otherEvent.id}] } }) { docs { id } } }`,
    )
    expect(gql.errors).toBeUndefined()
    expect(idsOf((gql.data!.Registrations as { docs: { id: number }[] }).docs)).toEqual(own)

    const local = await payload.find({
      collection: 'registrations',
      where: ourEvents(),
      overrideAccess: false,
      user: self.user,
    })
    expect(idsOf(local.docs)).toEqual(own)
  })

  it("an alumnus cannot read someone else's registration by id (REST, GraphQL, Local API)", async () => {
    const self = alumni.waitlisted
    const theirs = registrations.confirmed
    const rest = await self.api.get(`/registrations/${theirs.id}`)
    expect(rest.status).toBeOneOf([403, 404])
    const gql = await self.api.graphql(`{ Registration(id: ${theirs.id}) { id status } }`)
    expect(gql.data?.Registration ?? null).toBeNull()
    await expect(
      payload.findByID({ collection: 'registrations', id: theirs.id, overrideAccess: false, user: self.user }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
  })

  it('visitors read no registrations (REST, GraphQL, Local API)', async () => {
    const rest = await visitor().api.get('/registrations', { where: ourEvents() })
    expect(rest.status).toBe(403)
    const one = await visitor().api.get(`/registrations/${registrations.confirmed.id}`)
    expect(one.status).toBeOneOf([403, 404])
    const gql = await visitor().api.graphql('{ Registrations { docs { id } } }')
    expect(gql.data?.Registrations ?? null).toBeNull()
    await expect(
      payload.find({ collection: 'registrations', where: ourEvents(), overrideAccess: false, user: null }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('staff read every registration', async () => {
    const rest = await editor.api.get('/registrations', { where: ourEvents() })
    expect(idsOf(rest.body.docs!)).toEqual(sortedIds(...Object.values(registrations)))
  })

  it('a waitlisted alumnus cannot confirm their own registration (REST, GraphQL, Local API)', async () => {
    const self = alumni.waitlisted
    const own = registrations.waitlisted
    const rest = await self.api.patch(`/registrations/${own.id}`, { status: 'confirmed' })
    expect(rest.status).toBeOneOf([403, 404])
    const gql = await self.api.graphql(
      `mutation { updateRegistration(id: ${own.id}, data: { status: confirmed }) { status } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    await expect(
      payload.update({
        collection: 'registrations',
        id: own.id,
        data: { status: 'confirmed' },
        overrideAccess: false,
        user: self.user,
      }),
    ).rejects.toMatchObject({ status: expect.toBeOneOf([403, 404]) })
    expect((await payload.findByID({ collection: 'registrations', id: own.id })).status).toBe('waitlisted')
  })

  it('an alumnus cannot create a registration through the API (staff place people)', async () => {
    const self = alumni.unregistered
    const rest = await self.api.post('/registrations', { event: event.id, alumnus: self.doc.id, status: 'confirmed' })
    expect(rest.status).toBe(403)
    const gql = await self.api.graphql(
      `mutation { createRegistration(data: { event: ${event.id}, alumnus: ${self.doc.id}, status: confirmed }) { id } }`,
    )
    expect(gql.errors?.length).toBeGreaterThan(0)
    const { totalDocs } = await payload.count({
      collection: 'registrations',
      where: { alumnus: { equals: self.doc.id } },
    })
    expect(totalDocs).toBe(0)
  })
})

describe('one registration per person per event', () => {
  const countFor = async (eventId: number, alumnusId: number) =>
    (
      await payload.count({
        collection: 'registrations',
        where: { and: [{ event: { equals: eventId } }, { alumnus: { equals: alumnusId } }] },
      })
    ).totalDocs

  it('the Local API rejects a duplicate (event, alumnus) with an error', async () => {
    await expect(
      createRegistration(payload, event, alumni.confirmed.doc, 'waitlisted'),
    ).rejects.toThrow()
    expect(await countFor(event.id, alumni.confirmed.doc.id)).toBe(1)
  })

  it('REST rejects a duplicate with a 400 and a message, and stores no second row', async () => {
    const res = await editor.api.post('/registrations', {
      event: event.id,
      alumnus: alumni.waitlisted.doc.id,
      status: 'confirmed',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0]?.message).toBeTruthy()
    expect(await countFor(event.id, alumni.waitlisted.doc.id)).toBe(1)
  })

  it('GraphQL rejects a duplicate with an error, and stores no second row', async () => {
    const res = await editor.api.graphql(
      `mutation { createRegistration(data: { event: ${event.id}, alumnus: ${alumni.cancelled.doc.id}, status: confirmed }) { id } }`,
    )
    expect(res.errors?.length).toBeGreaterThan(0)
    expect(await countFor(event.id, alumni.cancelled.doc.id)).toBe(1)
  })

  it('moving a registration onto an existing (event, alumnus) pair is rejected and changes nothing', async () => {
    const res = await editor.api.patch(`/registrations/${registrations.otherEvent.id}`, { event: event.id })
    expect(res.status).toBe(400)
    const stored = await payload.findByID({ collection: 'registrations', id: registrations.otherEvent.id, depth: 0 })
    expect(stored.event).toBe(otherEvent.id)
  })
})
