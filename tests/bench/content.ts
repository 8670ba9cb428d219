/**
 * The benchmark's database, filled fast: the demo content (scripts/seed.ts) plus generated
 * alumni loaded in bulk SQL with their directory rows, and interviews, events and announcements
 * cloned from the demo ones through the Local API, several at a time, as the seed writes them
 * (no cache expiry, no mail).
 */

import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { DEMO_LOGINS } from '../../src/seed'
import { SEED_CONTEXT } from '../../src/seed/util'
import { progressBar } from './lib/report'
import { type BenchPerson, benchPeople } from './people'
import { insertPeople } from './lib/people'
import { startBenchPayload } from './lib/payload'

export type ContentCounts = { alumni: number; interviews: number; events: number; announcements: number }


/** Generated alumni with the directory row the save hook would write, 1,000 rows a statement. */
const loadAlumni = async (payload: Payload, count: number) => {
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const { rows } = await db.execute<{ max: number | null }>(sql`SELECT max(id) AS max FROM alumni`)
  let id = Number(rows[0]?.max ?? 0)
  const progress = progressBar('alumni', count)
  let done = 0
  let batch: BenchPerson[] = []
  const flush = async () => {
    const ids = batch.map(() => ++id)
    await insertPeople(db, batch, ids)
    done += batch.length
    progress(done)
    batch = []
  }
  // Its own seed, so the bench's people do not repeat the directory benchmark's.
  for (const person of benchPeople(count, 7)) {
    batch.push(person)
    if (batch.length === 1000) await flush()
  }
  if (batch.length) await flush()
  await db.execute(sql`SELECT setval('alumni_id_seq', ${id})`)
  await db.execute(sql`ANALYZE alumni, alumni_directory`)
}

/** A document's data without its ids (array and block rows get new ones). */
const withoutIds = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withoutIds)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !['id', 'createdAt', 'updatedAt'].includes(key))
        .map(([key, v]) => [key, withoutIds(v)]),
    )
  }
  return value
}

const DAY = 24 * 60 * 60 * 1000

/** `count` published copies of the collection's published demo documents, `parallel` at a time. */
const clone = async (
  payload: Payload,
  collection: 'interviews' | 'events' | 'announcements',
  count: number,
  change: (data: Record<string, unknown>, i: number) => Record<string, unknown>,
) => {
  const { docs } = await payload.find({
    collection,
    depth: 0,
    locale: 'ja',
    limit: 100,
    overrideAccess: true,
    where: { _status: { equals: 'published' } },
  })
  const sources = docs.map((doc) => withoutIds(doc) as Record<string, unknown>)
  const progress = progressBar(collection, count)
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < count) {
      const i = next++
      const source = sources[i % sources.length]
      await payload.create({
        collection,
        locale: 'ja',
        depth: 0,
        overrideAccess: true,
        context: SEED_CONTEXT,
        // Cloned from a stored document of the same collection: the shape is the collection's.
        data: { ...change(source, i), slug: `${String(source.slug)}-bench-${i}`, _status: 'published' } as never,
      })
      progress(++done)
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker))
}

/** Fills the database (already migrated and seeded with the demo content); returns a member's session token. */
export const fillDatabase = async (databaseUrl: string, counts: ContentCounts) => {
  const payload = await startBenchPayload(databaseUrl)
  try {
    await loadAlumni(payload, counts.alumni)
    const past = (i: number) => new Date(Date.now() - (30 + i) * DAY).toISOString()
    await clone(payload, 'interviews', counts.interviews, (data, i) => ({ ...data, title: `${String(data.title)}（${i + 1}）`, publishedAt: past(i) }))
    await clone(payload, 'events', counts.events, (data, i) => {
      // Half upcoming, half past, each two hours long.
      const startsAt = Date.now() + (i % 2 ? 1 : -1) * (7 + i) * DAY
      return {
        ...data,
        title: `${String(data.title)}（${i + 1}）`,
        startsAt: new Date(startsAt).toISOString(),
        endsAt: new Date(startsAt + 2 * 60 * 60 * 1000).toISOString(),
      }
    })
    await clone(payload, 'announcements', counts.announcements, (data, i) => ({
      ...data,
      title: `${String(data.title)}（${i + 1}）`,
      pinned: false,
      publishedAt: past(i),
    }))
    // Statistics as a live database has them (autovacuum would gather them within a minute or
    // two): planned on a bulk load's empty statistics, a list query joins every row before
    // sorting — the REST list ran at 9 requests/s instead of hundreds.
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`ANALYZE`)
    const { alumnus } = DEMO_LOGINS
    const { token } = await payload.login({ collection: 'alumni', data: { email: alumnus.email, password: alumnus.password } })
    if (!token) throw new Error('could not sign in the demo member')
    return token
  } finally {
    const pool = (payload.db as unknown as PostgresAdapter).pool
    pool.on('error', () => {})
    await Promise.race([pool.end().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000))])
  }
}
