/**
 * The demo content (`npm run seed`, src/seed) is what the README and the product brief promise,
 * and seeding again changes nothing: at least 4 published Q&A interviews (one also in English),
 * 3 companies with logos, 6 events (public and members-only, past and upcoming, one full),
 * 6 announcements (public and members-only, one future-dated, one draft), 40 alumni in every
 * status, and an admin and an editor who can sign in with the README's demo logins.
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
    const { alumniByStatus: _, ...expected } = seedModule.SEED_COUNTS
    expect(first.counts).toEqual(expected)
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

  it('has 6 events: public and members-only, past and upcoming, one full', async () => {
    const events = await all<{ id: number; audience: string; startsAt: string; capacity?: number | null }>('events')
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

  it('has 40 alumni across every status', async () => {
    const alumni = await all<{ status: string }>('alumni')
    expect(alumni).toHaveLength(40)
    expect(new Set(alumni.map((a) => a.status))).toEqual(new Set(ALUMNI_STATUSES.map((s) => s.value)))
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
