/**
 * The network dashboard (issue 8, item 4): every series counts what docs/dashboard.md says
 * against data seeded here, and groups of one to four people come out as `null` ("<5").
 * Integration files share one database, so counts other files may also add to (statuses,
 * industries, repeat attendance) are checked as differences before and after seeding; the
 * months, years, birth years and events used here belong to this file alone.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import type { Alumnus, Event, User } from '../../payload-types'
import { recordActivity, tokyoMonth } from '../../src/dashboard/activity'
import { rows } from '../../src/dashboard/db'
import { lastMonths, networkDashboard, type NetworkDashboard } from '../../src/dashboard/metrics'
import * as q from '../../src/dashboard/queries'
import { suppressCount } from '../../src/dashboard/suppress'
import { type Account, createAlumnus, createContent, createRegistration, createStaff, visitor } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/payload'

let payload: Payload
let editor: Account<User>
const now = new Date()
const months = lastMonths(now)
// Months of this file's registrations and activity (other files write only the current month).
const [busyMonth, quietMonth] = [months[8], months[6]]
const thisYear = Number(tokyoMonth(now).slice(0, 4))

const inMonth = (month: string, day = 15) => new Date(`${month}-${String(day).padStart(2, '0')}T03:00:00Z`).toISOString()
const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000).toISOString()
const asMap = (list: q.Count[]) => Object.fromEntries(list.map(({ key, count }) => [key, count]))
const delta = (after: Record<string, number>, before: Record<string, number>) =>
  Object.fromEntries(Object.keys(after).map((key) => [key, after[key] - (before[key] ?? 0)]).filter(([, n]) => n !== 0))

const rawCounts = async () => ({
  status: asMap(await q.membersByStatus(payload)),
  industry: asMap(await q.membersByIndustry(payload)),
  repeat: asMap(await q.repeatAttendance(payload)),
})

let before: Awaited<ReturnType<typeof rawCounts>>
let after: Awaited<ReturnType<typeof rawCounts>>
let dashboard: NetworkDashboard
let bigEvent: Event
let smallEvent: Event
let scheduledEvent: Event

const person = (data: Partial<Alumnus>) => createAlumnus(payload, data).then((a) => a.doc)

beforeAll(async () => {
  payload = await getTestPayload()
  editor = await createStaff(payload, 'editor')
  before = await rawCounts()

  // Seven approved education people who joined in 1966 and left in 1976, born 45 years ago,
  // registered in `busyMonth`; five of them approved that month.
  const approved: Alumnus[] = []
  for (let i = 0; i < 7; i++) {
    approved.push(
      await person({
        status: 'approved',
        industry: 'education',
        joinedYear: 1966,
        leftYear: 1976,
        birthYear: thisYear - 45,
        createdAt: inMonth(busyMonth, 2 + i),
        reviewedAt: i < 5 ? inMonth(busyMonth, 20) : inMonth(months[9], 3),
      }),
    )
  }
  // Three approved public-sector people from 1967–1978, born 62 years ago, registered in `quietMonth`.
  const few: Alumnus[] = []
  for (let i = 0; i < 3; i++) {
    few.push(
      await person({
        status: 'approved',
        industry: 'public',
        joinedYear: 1967,
        leftYear: 1978,
        birthYear: thisYear - 62,
        createdAt: inMonth(quietMonth),
        reviewedAt: inMonth(quietMonth, 20),
      }),
    )
  }
  // Pending and rejected registrations count as registrations, never in member breakdowns.
  for (let i = 0; i < 2; i++) await person({ status: 'pending', industry: 'education', birthYear: thisYear - 45, createdAt: inMonth(quietMonth) })
  await person({ status: 'rejected', createdAt: inMonth(quietMonth) })

  // Events that started seconds ago, so they are the most recent ones when the dashboard is read
  // below (other files create events that started a minute or more ago): seven confirmed at the
  // big one, six checked in; three at the small one, two of them checked in.
  bigEvent = await createContent(payload, 'events', 'public', { startsAt: minutesAgo(0.5), endsAt: minutesAgo(-60) })
  smallEvent = await createContent(payload, 'events', 'public', { startsAt: minutesAgo(0.4), endsAt: minutesAgo(-60) })
  const thirdEvent = await createContent(payload, 'events', 'public', { startsAt: minutesAgo(0.3), endsAt: minutesAgo(-60) })
  // Started, but scheduled to be published later: readers cannot see it, so neither does the dashboard.
  scheduledEvent = await createContent(payload, 'events', 'public', { startsAt: minutesAgo(0.2), endsAt: minutesAgo(-60), publishedAt: minutesAgo(-60 * 24) })
  const checkIn = (reg: { id: number }) =>
    payload.update({ collection: 'registrations', id: reg.id, data: { checkedInAt: new Date().toISOString() } })
  for (const [i, who] of approved.entries()) {
    const reg = await createRegistration(payload, bigEvent, who, 'confirmed')
    if (i < 6) await checkIn(reg)
  }
  // approved[0] and approved[1] attended the big and the small event; approved[0] a third one too.
  for (const who of [approved[0], approved[1], few[0]]) {
    const reg = await createRegistration(payload, smallEvent, who, 'confirmed')
    if (who !== few[0]) await checkIn(reg)
  }
  await checkIn(await createRegistration(payload, thirdEvent, approved[0], 'confirmed'))

  // Active: six people in `busyMonth`, three in `quietMonth` (twice each: still one per month).
  for (const who of approved.slice(0, 6)) await recordActivity(payload, who.id, new Date(inMonth(busyMonth)))
  for (const who of few) {
    await recordActivity(payload, who.id, new Date(inMonth(quietMonth, 3)))
    await recordActivity(payload, who.id, new Date(inMonth(quietMonth, 9)))
  }

  after = await rawCounts()
  dashboard = await networkDashboard(payload, { now, locale: 'en' })
})

describe('dashboard numbers', () => {
  it('registrations and approvals per month; a month with fewer than five shows as "<5" (null)', () => {
    const row = (month: string) => dashboard.registrations.find((r) => r.key === month)
    expect(dashboard.registrations.map((r) => r.key)).toEqual(months)
    expect(row(busyMonth)).toMatchObject({ registered: 7, approved: 5 })
    // Six registrations (three approved, two pending, one rejected), three approvals.
    expect(row(quietMonth)).toMatchObject({ registered: 6, approved: null })
    // Two of the seven were approved in the month after: suppressed.
    expect(row(months[9])).toMatchObject({ approved: null })
  })

  it('members by status count every account', () => {
    expect(delta(after.status, before.status)).toEqual({ approved: 10, pending: 2, rejected: 1 })
    for (const row of dashboard.status) expect(row.members).toBe(suppressCount(after.status[row.key]))
  })

  it('age bands of approved members with a birth year: 40s shown, a band of three suppressed', () => {
    expect(dashboard.ageBands.map((r) => r.key)).toEqual(['20s', '30s', '40s', '50s', '60s', '70s'])
    const band = Object.fromEntries(dashboard.ageBands.map((r) => [r.key, r.members]))
    expect(band).toEqual({ '20s': 0, '30s': 0, '40s': 7, '50s': 0, '60s': null, '70s': 0 })
  })

  it('industries of approved members; pending people are not counted', () => {
    expect(delta(after.industry, before.industry)).toEqual({ education: 7, public: 3 })
    const shown = Object.fromEntries(dashboard.industries.map((r) => [r.key, r.members]))
    expect(shown.education).toBe(suppressCount(after.industry.education))
    expect(shown.public).toBe(suppressCount(after.industry.public))
  })

  it('join and leave years of approved members, small years suppressed', () => {
    const year = (list: NetworkDashboard['joinYears'], key: string) => list.find((r) => r.key === key)?.members
    expect(year(dashboard.joinYears, '1966')).toBe(7)
    expect(year(dashboard.joinYears, '1967')).toBeNull()
    expect(year(dashboard.leaveYears, '1976')).toBe(7)
    expect(year(dashboard.leaveYears, '1978')).toBeNull()
  })

  it('attendance per recent event: confirmed and checked in, small counts suppressed', () => {
    const event = (id: number) => dashboard.events.find((r) => r.key === String(id))
    expect(event(scheduledEvent.id)).toBeUndefined()
    expect(event(bigEvent.id)).toMatchObject({ confirmed: 7, attended: 6, label: expect.stringContaining(bigEvent.title) })
    expect(event(smallEvent.id)).toMatchObject({ confirmed: null, attended: null })
    // Oldest first, like the other time axes.
    const order = dashboard.events.map((r) => r.key)
    expect(order.indexOf(String(bigEvent.id))).toBeLessThan(order.indexOf(String(smallEvent.id)))
  })

  it('repeat attendance: members by number of events attended', () => {
    // approved[2..5] attended once, approved[1] twice, approved[0] three times.
    expect(delta(after.repeat, before.repeat)).toEqual({ '1': 4, '2': 1, '3+': 1 })
    for (const row of dashboard.repeatAttendance) expect(row.members).toBe(suppressCount(after.repeat[row.key] ?? 0))
  })

  it('monthly active members: distinct people per month', () => {
    const month = (key: string) => dashboard.activeMembers.find((r) => r.key === key)?.members
    expect(month(busyMonth)).toBe(6)
    expect(month(quietMonth)).toBeNull()
  })

  it('signing in marks the month as active', async () => {
    const alumnus = await createAlumnus(payload) // signs in
    const [{ n }] = await rows<{ n: string }>(
      payload,
      sql`SELECT count(*) AS n FROM member_activity WHERE alumnus_id = ${alumnus.doc.id} AND month = ${tokyoMonth(new Date())}`,
    )
    expect(Number(n)).toBe(1)
  })

  it('posting on the feed or the board marks the month as active too', async () => {
    const alumnus = await createAlumnus(payload)
    const month = tokyoMonth(new Date())
    const active = async () =>
      Number((await rows<{ n: string }>(payload, sql`SELECT count(*) AS n FROM member_activity WHERE alumnus_id = ${alumnus.doc.id} AND month = ${month}`))[0].n)
    // Forget the sign-in; the post alone must count.
    await rows(payload, sql`DELETE FROM member_activity WHERE alumnus_id = ${alumnus.doc.id}`)
    expect(await active()).toBe(0)
    expect((await alumnus.api.post('/member-updates', { body: '新しい会社を始めました。' })).status).toBe(201)
    expect(await active()).toBe(1)
  })
})

describe('opportunities on the collaboration board', () => {
  // Posted through the Local API like any staff post, then dated into this file's own months.
  beforeAll(async () => {
    const post = async (month: string, outcome: 'matched' | 'notMatched' | null) => {
      const doc = await payload.create({
        collection: 'opportunities',
        user: editor.user,
        data: {
          title: `Dashboard opportunity ${month}`,
          kind: 'companyOrders',
          description: 'Work the company orders from alumni.',
          contact: 'network@example.test',
          status: outcome ? 'closed' : 'open',
          ...(outcome ? { outcome } : {}),
        },
      })
      await rows(payload, sql`UPDATE opportunities SET created_at = ${inMonth(month)} WHERE id = ${doc.id}`)
    }
    for (let i = 0; i < 6; i++) await post(busyMonth, i < 5 ? 'matched' : null)
    for (let i = 0; i < 3; i++) await post(quietMonth, i ? 'notMatched' : 'matched')
  })

  it('posted and matched per month of posting, small counts suppressed', async () => {
    const data = await networkDashboard(payload, { now })
    const month = (key: string) => data.opportunities.find((r) => r.key === key)
    expect(month(busyMonth)).toMatchObject({ posted: 6, matched: 5 })
    expect(month(quietMonth)).toMatchObject({ posted: null, matched: null })
  })
})

describe('who may read the dashboard', () => {
  it('staff get the numbers from GET /api/dashboard; visitors and alumni get a 403 and no numbers', async () => {
    const staff = await editor.api.get('/dashboard')
    expect(staff.status).toBe(200)
    expect(staff.body.months).toEqual(months)
    const approved = await createAlumnus(payload)
    const pending = await createAlumnus(payload, { status: 'pending' })
    for (const who of [visitor(), approved, pending]) {
      const res = await who.api.get('/dashboard')
      expect(res.status, who.name).toBe(403)
      expect(res.body.registrations, who.name).toBeUndefined()
    }
  })

  it('the activity record is not readable or writable by alumni through REST or GraphQL, nor writable by staff', async () => {
    const alumnus = await createAlumnus(payload)
    for (const who of [visitor(), alumnus]) {
      const list = await who.api.get('/member-activity')
      expect(list.status, who.name).toBe(403)
      const gql = await who.api.graphql('{ MemberActivities { docs { id month } } }')
      expect(gql.data?.MemberActivities ?? null, who.name).toBeNull()
      expect(gql.errors?.length, who.name).toBeGreaterThan(0)
    }
    const write = await editor.api.post('/member-activity', { alumnus: alumnus.doc.id, month: '2020-01' })
    expect(write.status).toBe(403)
    expect((await editor.api.get('/member-activity')).status).toBe(200)
    // The same GraphQL query works for staff, so the refusals above are about access.
    const staffGql = await editor.api.graphql('{ MemberActivities { docs { id month } } }')
    expect(staffGql.errors).toBeUndefined()
    expect(staffGql.data?.MemberActivities).toBeTruthy()
  })

  it('birth years are read only by their owner and staff', async () => {
    const owner = await createAlumnus(payload, { birthYear: 1980 })
    const other = await createAlumnus(payload)
    expect((await owner.api.get(`/alumni/${owner.doc.id}`)).body.birthYear).toBe(1980)
    expect((await editor.api.get(`/alumni/${owner.doc.id}`)).body.birthYear).toBe(1980)
    const seen = await other.api.get(`/alumni/${owner.doc.id}`)
    expect(seen.status).toBe(200)
    expect(seen.body.birthYear).toBeUndefined()
  })
})
