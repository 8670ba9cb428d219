/**
 * The demo content (`npm run seed`, src/seed) is what the README promises, and seeding again
 * changes nothing: at least 4 published Q&A interviews (one also in English), 3 companies with
 * logos, 6 named events (public and members-only, past and upcoming, one full), 6 announcements
 * (public and members-only, one future-dated, one draft), 40 named alumni in every status, an
 * admin and an editor who sign in with the README's demo logins — and two years of generated
 * history (src/seed/history): at least 300 alumni registering month by month, so that every
 * chart of the network dashboard shows a shape, computed by the dashboard's own functions.
 * Members' photos stay members-only: visitors find no member's portrait in the public media.
 * It runs on a database of its own (the shared test database must not get demo content).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { ALUMNI_STATUSES } from '@/lib/options'
import type { SeedResult } from '@/seed'

import { createDatabase, dropDatabase } from '../helpers/database'

const serverUrl = inject('serverUrl')
const media = mkdtempSync(path.join(os.tmpdir(), 'enishi-seed-test-'))
let database: { name: string; url: string }
let payload: Payload
let seedModule: typeof import('@/seed')
let first: SeedResult
let second: SeedResult
let interviewIdsAfterFirst: number[]

const all = async <T>(collection: Parameters<Payload['find']>[0]['collection'], extra: object = {}) =>
  (await payload.find({ collection, limit: 0, pagination: false, depth: 0, overrideAccess: true, ...extra }))
    .docs as T[]

beforeAll(async () => {
  database = await createDatabase(serverUrl, 'enishi_seed')
  // The config reads these when imported, which happens only now (as in backup.test.ts).
  process.env.DATABASE_URL = database.url
  process.env.ENISHI_MEDIA_DIR = media
  payload = await (await import('../helpers/payload')).getTestPayload()
  const { migrations } = await import('../../migrations')
  await payload.db.migrate({ migrations: migrations as never })
  seedModule = await import('@/seed')
  first = await seedModule.seed(payload)
  interviewIdsAfterFirst = (await all<{ id: number }>('interviews', { sort: 'id' })).map((doc) => doc.id)
  second = await seedModule.seed(payload)
}, 400_000)

afterAll(async () => {
  const pool = (payload?.db as { pool?: { on: (event: 'error', listener: () => void) => void } } | undefined)?.pool
  pool?.on('error', () => {})
  await payload?.destroy()
  if (database) await dropDatabase(serverUrl, database.name).catch(() => {})
  rmSync(media, { recursive: true, force: true })
})

describe('the demo content', () => {
  it('is the same after seeding twice (idempotent)', async () => {
    const { users, alumni, companies, interviews, events, announcements, media, namedRegistrations } = seedModule.SEED_COUNTS
    expect(first.counts).toMatchObject({ users, alumni, companies, interviews, events, announcements, media })
    expect(first.counts.registrations).toBeGreaterThan(namedRegistrations)
    expect(second.counts).toEqual(first.counts)
    expect((await all<{ id: number }>('interviews', { sort: 'id' })).map((doc) => doc.id)).toEqual(
      interviewIdsAfterFirst,
    )
  })

  it('has at least 4 published Q&A interviews, one also in English', async () => {
    type Block = { blockType: string; speaker?: string }
    const interviews = await all<{ id: number; _status: string; body: Block[]; interviewees: { name: string }[] }>(
      'interviews',
    )
    expect(interviews.length).toBeGreaterThanOrEqual(4)
    for (const interview of interviews) {
      expect(interview._status).toBe('published')
      const names = interview.interviewees.map((person) => person.name)
      const answers = interview.body.filter((block) => block.blockType === 'answer')
      expect(interview.body.filter((block) => block.blockType === 'question').length).toBeGreaterThanOrEqual(5)
      expect(answers.length).toBeGreaterThanOrEqual(5)
      for (const answer of answers) expect(names).toContain(answer.speaker)
    }
    const english = await all<{ title?: string | null }>('interviews', { locale: 'en', fallbackLocale: false })
    expect(english.filter((doc) => doc.title).length).toBeGreaterThanOrEqual(1)
  })

  it('has 3 companies, each with a logo', async () => {
    const companies = await all<{ logo?: number | null }>('companies')
    expect(companies).toHaveLength(3)
    for (const company of companies) expect(company.logo).toEqual(expect.any(Number))
  })

  it('has 6 named events: public and members-only, past and upcoming, one full', async () => {
    const events = await all<{ id: number; audience: string; startsAt: string; capacity?: number | null }>('events', {
      where: { slug: { in: seedModule.ALL_SEED_SLUGS.events } },
    })
    const now = Date.now()
    expect(events).toHaveLength(6)
    expect(new Set(events.map((event) => event.audience))).toEqual(new Set(['public', 'members']))
    expect(events.some((event) => Date.parse(event.startsAt) < now)).toBe(true)
    expect(events.some((event) => Date.parse(event.startsAt) > now)).toBe(true)
    const confirmed = await all<{ event: number }>('registrations', { where: { status: { equals: 'confirmed' } } })
    const full = events.filter(
      (event) => event.capacity && confirmed.filter((r) => r.event === event.id).length === event.capacity,
    )
    expect(full.length).toBeGreaterThanOrEqual(1)
  })

  it('has 6 announcements: public and members-only, one future-dated, one draft', async () => {
    const announcements = await all<{ audience: string; _status: string; publishedAt?: string | null }>(
      'announcements',
      {
        draft: true,
      },
    )
    expect(announcements).toHaveLength(6)
    expect(new Set(announcements.map((doc) => doc.audience))).toEqual(new Set(['public', 'members']))
    expect(announcements.filter((doc) => doc._status === 'draft')).toHaveLength(1)
    const future = announcements.filter(
      (doc) => doc._status === 'published' && Date.parse(doc.publishedAt ?? '') > Date.now(),
    )
    expect(future).toHaveLength(1)
  })

  it('has 40 named alumni across every status', async () => {
    const { ALUMNI, alumnusEmail } = await import('@/seed/alumni')
    const alumni = await all<{ status: string }>('alumni', { where: { email: { in: ALUMNI.map(alumnusEmail) } } })
    expect(alumni).toHaveLength(40)
    expect(new Set(alumni.map((a) => a.status))).toEqual(new Set(ALUMNI_STATUSES.map((s) => s.value)))
  })

  it('has at least 300 alumni whose registrations spread over two years, growing', async () => {
    const alumni = await all<{ createdAt: string }>('alumni', { select: { createdAt: true } })
    expect(alumni.length).toBeGreaterThanOrEqual(300)
    const monthsAgo = alumni.map((a) => (Date.now() - Date.parse(a.createdAt)) / (30.44 * 24 * 60 * 60 * 1000))
    for (const ago of monthsAgo) expect(ago).toBeGreaterThanOrEqual(0)
    expect(Math.max(...monthsAgo)).toBeGreaterThan(22)
    expect(Math.max(...monthsAgo)).toBeLessThan(24.5)
    // Every quarter of the two years has registrations, and the second year has more than the first.
    for (let quarter = 0; quarter < 8; quarter++) {
      expect(monthsAgo.filter((ago) => ago >= quarter * 3 && ago < quarter * 3 + 3).length).toBeGreaterThan(15)
    }
    expect(monthsAgo.filter((ago) => ago < 12).length).toBeGreaterThan(monthsAgo.filter((ago) => ago >= 12).length)
  })

  it('gives every chart of the network dashboard a shape: none is only "<5"', async () => {
    const { networkDashboard } = await import('@/dashboard/metrics')
    const { months: _, ...charts } = await networkDashboard(payload)
    for (const [chart, rows] of Object.entries(charts)) {
      const cells = rows.flatMap(({ key: _key, label: _label, ...series }) => Object.values(series) as (number | null)[])
      const shown = cells.filter((count): count is number => count !== null && count > 0)
      const suppressed = cells.filter((count) => count === null)
      expect(shown.length, chart).toBeGreaterThan(0)
      // A few small groups at the edges (the earliest join years, one industry) are fine; most bars show a number.
      expect(suppressed.length, chart).toBeLessThanOrEqual(Math.ceil((shown.length + suppressed.length) / 3))
    }
    // Each series of the time charts has numbers, not only zeros and "<5".
    const series = { registrations: ['registered', 'approved'], events: ['confirmed', 'attended'], opportunities: ['posted', 'matched'], activeMembers: ['members'], repeatAttendance: ['members'] } as const
    for (const [chart, names] of Object.entries(series)) {
      for (const name of names) {
        const values = (charts[chart as keyof typeof charts] as Record<string, unknown>[]).map((row) => row[name])
        expect(values.filter((v) => typeof v === 'number' && v >= 5).length, `${chart}.${name}`).toBeGreaterThanOrEqual(3)
      }
    }
  })

  it("never puts a member's photo in the public media: REST and GraphQL as a visitor", async () => {
    const { ALUMNI, alumniImages, alumnusEmail } = await import('@/seed/alumni')
    const { INTERVIEWS } = await import('@/seed/interviews')
    const interviewees = INTERVIEWS.flatMap((i) => i.interviewees.filter((person) => person.alumnusEmail))
    const portraits = alumniImages().filter((image) => !interviewees.some((person) => person.photo === image.key))
    const names = ALUMNI.filter((a) => !interviewees.some((person) => person.alumnusEmail === alumnusEmail(a))).flatMap((a) => [
      `${a.family[0]} ${a.given[0]}`,
      `${a.given[2]} ${a.family[2]}`,
    ])
    expect(portraits.length).toBeGreaterThan(5)

    // Imported here: the client loads the config, which must read this file's DATABASE_URL.
    const { ApiClient } = await import('../helpers/api')
    const visitor = new ApiClient()
    const rest = await visitor.get('/media', { limit: 100, depth: 0 })
    expect(rest.status).toBe(200)
    const graphql = await visitor.graphql('{ allMedia(limit: 100) { docs { filename alt } } }')
    expect(graphql.errors).toBeUndefined()
    const gqlDocs = (graphql.data?.allMedia as { docs: { filename: string; alt: string }[] }).docs
    for (const docs of [rest.body.docs as unknown as { filename: string; alt: string }[], gqlDocs]) {
      expect(docs.length).toBeGreaterThan(10)
      const filenames = docs.map((doc) => doc.filename)
      for (const image of portraits) expect(filenames).not.toContain(image.filename)
      for (const doc of docs) for (const name of names) expect(doc.alt, doc.filename).not.toContain(name)
    }
    // The photos themselves are members-only.
    expect((await visitor.get('/alumni-photos', { limit: 100 })).body.docs ?? []).toHaveLength(0)
  })

  it('has an admin and an editor who sign in with the demo logins the README gives', async () => {
    const readme = readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8')
    for (const [role, login] of [
      ['admin', seedModule.DEMO_LOGINS.admin],
      ['editor', seedModule.DEMO_LOGINS.editor],
    ] as const) {
      const { user } = await payload.login({
        collection: 'users',
        data: { email: login.email, password: login.password },
      })
      expect(user).toMatchObject({ email: login.email, role })
      expect(readme).toContain(`| ${role} | \`/admin\` | \`${login.email}\` | \`${login.password}\` |`)
    }
  })
})
