/**
 * Seats under load, on the real PostgreSQL: the RSVP module (src/events/rsvp.ts) runs each
 * register and cancel in a transaction that locks the event row, so
 * - 200 people registering at once for 50 seats gives exactly 50 confirmed and 150 waiting,
 *   with waiting positions 1..150, no gaps or duplicates, in order of registration;
 * - cancellations racing new registrations never overfill the event, and every freed seat goes
 *   to the earliest person still waiting (new registrants queue behind them).
 */
import type { Payload, TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Mailbox } from '../helpers/mailbox'
import { startMembershipPayload } from '../helpers/membership'

let payload: Payload
let mailbox: Mailbox
let rsvp: typeof import('../../src/events/rsvp')
let fixtures: typeof import('../helpers/fixtures')

beforeAll(async () => {
  ;({ payload, mailbox } = await startMembershipPayload())
  rsvp = await import('../../src/events/rsvp')
  fixtures = await import('../helpers/fixtures')
})

afterAll(async () => {
  await mailbox.close()
})

/**
 * `count` approved alumni as the users the RSVP module is called with. Written straight through
 * the database adapter: these people never sign in, so hashing 200 passwords would only slow
 * the test down.
 */
const approvedAlumni = async (count: number): Promise<TypedUser[]> => {
  const docs = await Promise.all(
    Array.from({ length: count }, () => {
      const id = fixtures.uniqueId()
      return payload.db.create({
        collection: 'alumni',
        data: { _verified: true, email: `load-${id}@alumni.test`, name: `Load ${id}`, nameKana: 'ろーど', status: 'approved' },
      })
    }),
  )
  return docs.map((doc) => ({ ...doc, collection: 'alumni' }) as TypedUser)
}

const registrationsOf = async (eventId: number) =>
  (
    await payload.find({
      collection: 'registrations',
      where: { event: { equals: eventId } },
      pagination: false,
      depth: 0,
      sort: 'registeredAt',
    })
  ).docs

const positionsOf = async (eventId: number) => {
  const req = { payload } as never
  const waiting = (await registrationsOf(eventId)).filter((r) => r.status === 'waitlisted')
  return Promise.all(waiting.map(async (r) => ({ id: r.id, alumnus: r.alumnus as number, at: r.registeredAt!, position: (await rsvp.waitlistPosition(req, r.id))! })))
}

describe('200 people registering at once for 50 seats', () => {
  it('confirms exactly 50 and queues 150 in order, positions 1..150', async () => {
    const event = await fixtures.createContent(payload, 'events', 'public', { capacity: 50 })
    let started = Date.now()
    const people = await approvedAlumni(200)
    console.info(`200 alumni created: ${Date.now() - started} ms`)

    started = Date.now()
    const results = await Promise.all(people.map((user) => rsvp.register(payload, user, event.id)))
    const elapsed = Date.now() - started
    console.info(`200 concurrent registrations for 50 seats: ${elapsed} ms`)

    expect(results.every((r) => r.ok)).toBe(true)
    const statuses = results.map((r) => (r.ok ? r.status : r.reason))
    expect(statuses.filter((s) => s === 'confirmed')).toHaveLength(50)
    expect(statuses.filter((s) => s === 'waitlisted')).toHaveLength(150)

    const stored = await registrationsOf(event.id)
    expect(stored).toHaveLength(200)
    expect(stored.filter((r) => r.status === 'confirmed')).toHaveLength(50)
    // Everyone confirmed registered before everyone waiting.
    const lastConfirmed = Math.max(...stored.filter((r) => r.status === 'confirmed').map((r) => Date.parse(r.registeredAt!)))
    const firstWaiting = Math.min(...stored.filter((r) => r.status === 'waitlisted').map((r) => Date.parse(r.registeredAt!)))
    expect(lastConfirmed).toBeLessThanOrEqual(firstWaiting)

    const positions = await positionsOf(event.id)
    expect(positions.map((p) => p.position).sort((a, b) => a - b)).toEqual(Array.from({ length: 150 }, (_, i) => i + 1))
    // Positions follow the order of registration.
    const byPosition = [...positions].sort((a, b) => a.position - b.position)
    for (let i = 1; i < byPosition.length; i++) expect(Date.parse(byPosition[i].at)).toBeGreaterThanOrEqual(Date.parse(byPosition[i - 1].at))
    // What each person was told matches what was stored.
    results.forEach((r, i) => {
      if (r.ok && r.status === 'waitlisted') expect(r.position).toBeGreaterThan(0)
      const own = stored.find((s) => s.alumnus === people[i].id)!
      expect(own.status).toBe(r.ok ? r.status : undefined)
    })
  }, 300_000)
})

describe('cancellations racing registrations', () => {
  it('never overfills, and every freed seat goes to the earliest person still waiting', async () => {
    const capacity = 20
    const event = await fixtures.createContent(payload, 'events', 'public', { capacity })
    const [confirmed, waiting, newcomers] = await Promise.all([approvedAlumni(20), approvedAlumni(30), approvedAlumni(15)])
    // A known starting point: 20 confirmed, then 30 waiting in this order.
    for (const user of [...confirmed, ...waiting]) await rsvp.register(payload, user, event.id)
    const initial = await registrationsOf(event.id)
    expect(initial.filter((r) => r.status === 'confirmed')).toHaveLength(20)
    const waitingOrder = initial.filter((r) => r.status === 'waitlisted').map((r) => r.alumnus as number)
    expect(waitingOrder).toEqual(waiting.map((u) => u.id))

    const leavingConfirmed = confirmed.slice(0, 10)
    const leavingWaiting = [waiting[0], waiting[3], waiting[7], waiting[12], waiting[20]]

    // Watch the seat count while everything runs.
    let running = true
    let highest = 0
    const watcher = (async () => {
      while (running) {
        const { totalDocs } = await payload.count({
          collection: 'registrations',
          where: { and: [{ event: { equals: event.id } }, { status: { equals: 'confirmed' } }] },
        })
        highest = Math.max(highest, totalDocs)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()

    const shuffled = [
      ...leavingConfirmed.map((user) => () => rsvp.cancel(payload, user, event.id)),
      ...leavingWaiting.map((user) => () => rsvp.cancel(payload, user, event.id)),
      ...newcomers.map((user) => () => rsvp.register(payload, user, event.id)),
    ].sort(() => Math.random() - 0.5)
    const results = await Promise.all(shuffled.map((run) => run()))
    running = false
    await watcher

    expect(results.every((r) => r.ok)).toBe(true)
    expect(highest).toBeLessThanOrEqual(capacity)

    const final = await registrationsOf(event.id)
    const confirmedNow = new Set(final.filter((r) => r.status === 'confirmed').map((r) => r.alumnus as number))
    expect(confirmedNow.size).toBe(capacity)

    // The ten freed seats went to the first ten of the waiting list who stayed, in order;
    // nobody who arrived later (a newcomer, or someone further back) jumped the queue.
    const stayedWaiting = waiting.filter((u) => !leavingWaiting.includes(u)).map((u) => u.id)
    const expected = new Set([...confirmed.slice(10).map((u) => u.id), ...stayedWaiting.slice(0, 10)])
    expect([...confirmedNow].sort()).toEqual([...expected].sort())
    for (const user of newcomers) expect(confirmedNow.has(user.id as number)).toBe(false)

    // Everyone left waiting keeps their turn: the rest of the old queue, then the newcomers.
    const positions = (await positionsOf(event.id)).sort((a, b) => a.position - b.position)
    expect(positions.map((p) => p.position)).toEqual(Array.from({ length: positions.length }, (_, i) => i + 1))
    expect(positions.slice(0, stayedWaiting.length - 10).map((p) => p.alumnus)).toEqual(stayedWaiting.slice(10))
    expect(new Set(positions.slice(stayedWaiting.length - 10).map((p) => p.alumnus))).toEqual(new Set(newcomers.map((u) => u.id)))

    // Each promoted person is told by e-mail; those still waiting are not. (Someone who left the
    // waiting list may have been promoted just before their cancellation ran, and told so.)
    const emailOf = (id: number | string) => [...waiting, ...newcomers].find((u) => u.id === id)!.email.toLowerCase()
    await Promise.all(stayedWaiting.slice(0, 10).map((id) => mailbox.waitFor((m) => m.to.includes(emailOf(id)), 20_000)))
    for (const { alumnus } of positions) expect(mailbox.to(emailOf(alumnus))).toHaveLength(0)
  }, 300_000)
})
