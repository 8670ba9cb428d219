/**
 * Bulk writes of what the generated members did: event registrations and check-ins, the board's
 * opportunities and interests, feed updates and reactions, and the months each person was active
 * (`member_activity`, which the dashboard's monthly active members count). Rows of generated
 * members that the plan no longer has (a run on a later day moves the months) are removed, so
 * the tables always hold exactly the plan. See store.ts for why this is SQL.
 */
import { sql } from '@payloadcms/db-postgres/drizzle'

import { iso, monthKey } from './calendar'
import type { PlannedOpportunity, PlannedUpdate } from './board'
import type { Attendance } from './events'
import { column, type Db, query } from './store'

type Ids = Map<string, number>

const idOf = (ids: Ids, email: string): number => {
  const id = ids.get(email)
  if (id === undefined) throw new Error(`seed history: unknown member ${email}`)
  return id
}

/** Registrations of generated members on `events`, exactly as planned. */
export const saveAttendance = async (db: Db, ids: Ids, events: number[], rows: Attendance[]) => {
  const r = <V>(value: (row: Attendance) => V) => column(rows, value)
  await db.execute(sql`
    DELETE FROM registrations r WHERE r.event_id = ANY(${sql.param(events)}::int[]) AND r.alumnus_id = ANY(${sql.param([...ids.values()])}::int[])
      AND NOT EXISTS (SELECT 1 FROM unnest(${r((x) => x.event)}::int[], ${r((x) => idOf(ids, x.email))}::int[]) AS p(event_id, alumnus_id)
        WHERE p.event_id = r.event_id AND p.alumnus_id = r.alumnus_id)`)
  await db.execute(sql`
    INSERT INTO registrations (event_id, alumnus_id, status, registered_at, checked_in_at, created_at, updated_at)
    SELECT e, a, s, t, c, t, coalesce(c, t) FROM unnest(${r((x) => x.event)}::int[], ${r((x) => idOf(ids, x.email))}::int[],
      ${r((x) => x.status)}::enum_registrations_status[], ${r((x) => iso(x.registeredAt))}::timestamptz[],
      ${r((x) => (x.checkedInAt === null ? null : iso(x.checkedInAt)))}::timestamptz[]) AS p(e, a, s, t, c)
    ON CONFLICT (event_id, alumnus_id) DO UPDATE SET status = excluded.status, registered_at = excluded.registered_at,
      checked_in_at = excluded.checked_in_at, created_at = excluded.created_at, updated_at = excluded.updated_at`)
}

/** Ids by text of the rows whose unique text (title, body) is one of `texts`. */
const findByText = async (db: Db, table: 'opportunities' | 'member_updates', key: 'title' | 'body', texts: string[]) => {
  const found = await query<{ id: number; text: string }>(
    db,
    sql`SELECT id, ${sql.identifier(key)} AS text FROM ${sql.identifier(table)} WHERE ${sql.identifier(key)} = ANY(${sql.param(texts)}::text[])`,
  )
  return new Map(found.map((row) => [row.text, Number(row.id)]))
}

/** The planned opportunities and who was interested; `staff` posts the ones no member posted. */
export const saveOpportunities = async (db: Db, ids: Ids, staff: number | null, plan: PlannedOpportunity[]) => {
  const existing = await findByText(db, 'opportunities', 'title', plan.map((o) => o.title))
  const fresh = plan.filter((o) => !existing.has(o.title))
  if (fresh.length) {
    const inserted = await query<{ id: number; title: string }>(
      db,
      sql`INSERT INTO opportunities (title, kind, description, contact) SELECT * FROM unnest(${column(fresh, (o) => o.title)}::text[],
        ${column(fresh, (o) => o.kind)}::enum_opportunities_kind[], ${column(fresh, (o) => o.description)}::text[],
        ${column(fresh, (o) => o.contact)}::text[]) RETURNING id, title`,
    )
    for (const row of inserted) existing.set(row.title, Number(row.id))
  }
  const o = <V>(value: (item: PlannedOpportunity) => V) => column(plan, value)
  await db.execute(sql`
    UPDATE opportunities SET kind = p.kind, industry = p.industry, description = p.description, contact = p.contact,
      deadline = p.deadline, status = p.status, outcome = p.outcome, closed_at = p.closed_at, hidden = false,
      alumnus_id = p.alumnus_id, posted_by_staff_id = p.staff_id, created_at = p.created_at, updated_at = coalesce(p.closed_at, p.created_at)
    FROM unnest(${o((x) => existing.get(x.title)!)}::int[], ${o((x) => x.kind)}::enum_opportunities_kind[],
      ${o((x) => x.industry)}::enum_opportunities_industry[], ${o((x) => x.description)}::text[], ${o((x) => x.contact)}::text[],
      ${o((x) => (x.deadline === null ? null : iso(x.deadline)))}::timestamptz[], ${o((x) => (x.closedAt === null ? 'open' : 'closed'))}::enum_opportunities_status[],
      ${o((x) => x.outcome)}::enum_opportunities_outcome[], ${o((x) => (x.closedAt === null ? null : iso(x.closedAt)))}::timestamptz[],
      ${o((x) => (x.by ? idOf(ids, x.by) : null))}::int[], ${o((x) => (x.by ? null : staff))}::int[], ${o((x) => iso(x.createdAt))}::timestamptz[])
      AS p(id, kind, industry, description, contact, deadline, status, outcome, closed_at, alumnus_id, staff_id, created_at)
    WHERE opportunities.id = p.id`)

  const interests = plan.flatMap((x) =>
    x.interested.map((i) => ({ opportunity: existing.get(x.title)!, alumnus: idOf(ids, i.email), poster: x.by ? idOf(ids, x.by) : null, at: i.at })),
  )
  const n = <V>(value: (item: (typeof interests)[number]) => V) => column(interests, value)
  await db.execute(sql`
    DELETE FROM opportunity_interests i WHERE i.opportunity_id = ANY(${sql.param([...existing.values()])}::int[])
      AND NOT EXISTS (SELECT 1 FROM unnest(${n((x) => x.opportunity)}::int[], ${n((x) => x.alumnus)}::int[]) AS p(o, a)
        WHERE p.o = i.opportunity_id AND p.a = i.alumnus_id)`)
  await db.execute(sql`
    INSERT INTO opportunity_interests (opportunity_id, alumnus_id, poster_alumnus_id, created_at, updated_at)
    SELECT o, a, p, t, t FROM unnest(${n((x) => x.opportunity)}::int[], ${n((x) => x.alumnus)}::int[], ${n((x) => x.poster)}::int[],
      ${n((x) => iso(x.at))}::timestamptz[]) AS p(o, a, p, t)
    ON CONFLICT (opportunity_id, alumnus_id) DO UPDATE SET poster_alumnus_id = excluded.poster_alumnus_id,
      created_at = excluded.created_at, updated_at = excluded.updated_at`)
}

/** Moves the named demo opportunities' posting dates into the past (found by title). */
export const backdateOpportunities = async (db: Db, dates: { title: string; at: number }[]) => {
  await db.execute(sql`
    UPDATE opportunities SET created_at = d.at FROM unnest(${column(dates, (d) => d.title)}::text[],
      ${column(dates, (d) => iso(d.at))}::timestamptz[]) AS d(title, at)
    WHERE opportunities.title = d.title`)
}

/** The planned feed updates and their reactions. */
export const saveUpdates = async (db: Db, ids: Ids, plan: PlannedUpdate[]) => {
  const existing = await findByText(db, 'member_updates', 'body', plan.map((u) => u.body))
  const fresh = plan.filter((u) => !existing.has(u.body))
  if (fresh.length) {
    const inserted = await query<{ id: number; body: string }>(
      db,
      sql`INSERT INTO member_updates (body, author_id) SELECT * FROM unnest(${column(fresh, (u) => u.body)}::text[],
        ${column(fresh, (u) => idOf(ids, u.by))}::int[]) RETURNING id, body`,
    )
    for (const row of inserted) existing.set(row.body, Number(row.id))
  }
  const u = <V>(value: (item: PlannedUpdate) => V) => column(plan, value)
  await db.execute(sql`
    UPDATE member_updates SET author_id = p.author_id, link = NULL, hidden = false, created_at = p.created_at, updated_at = p.created_at
    FROM unnest(${u((x) => existing.get(x.body)!)}::int[], ${u((x) => idOf(ids, x.by))}::int[], ${u((x) => iso(x.createdAt))}::timestamptz[])
      AS p(id, author_id, created_at)
    WHERE member_updates.id = p.id`)

  const reactions = plan.flatMap((x) => x.reactions.map((r) => ({ update: existing.get(x.body)!, alumnus: idOf(ids, r.email), kind: r.kind, at: r.at })))
  const r = <V>(value: (item: (typeof reactions)[number]) => V) => column(reactions, value)
  await db.execute(sql`
    DELETE FROM update_reactions x WHERE x.update_id = ANY(${sql.param([...existing.values()])}::int[])
      AND NOT EXISTS (SELECT 1 FROM unnest(${r((x) => x.update)}::int[], ${r((x) => x.alumnus)}::int[]) AS p(u, a)
        WHERE p.u = x.update_id AND p.a = x.alumnus_id)`)
  await db.execute(sql`
    INSERT INTO update_reactions (update_id, alumnus_id, kind, created_at, updated_at)
    SELECT u, a, k, t, t FROM unnest(${r((x) => x.update)}::int[], ${r((x) => x.alumnus)}::int[],
      ${r((x) => x.kind)}::enum_update_reactions_kind[], ${r((x) => iso(x.at))}::timestamptz[]) AS p(u, a, k, t)
    ON CONFLICT (update_id, alumnus_id) DO UPDATE SET kind = excluded.kind, created_at = excluded.created_at, updated_at = excluded.updated_at`)
}

/** One `member_activity` row per generated member and month they were active (moments → Tokyo months). */
export const saveActivity = async (db: Db, ids: Ids, moments: { email: string; at: number }[]): Promise<number> => {
  const unique = [...new Map(moments.map((m) => [`${m.email} ${monthKey(m.at)}`, { alumnus: idOf(ids, m.email), month: monthKey(m.at), at: m.at }])).values()]
  const a = <V>(value: (item: (typeof unique)[number]) => V) => column(unique, value)
  await db.execute(sql`
    DELETE FROM member_activity m WHERE m.alumnus_id = ANY(${sql.param([...ids.values()])}::int[])
      AND NOT EXISTS (SELECT 1 FROM unnest(${a((x) => x.alumnus)}::int[], ${a((x) => x.month)}::text[]) AS p(a, m)
        WHERE p.a = m.alumnus_id AND p.m = m.month)`)
  await db.execute(sql`
    INSERT INTO member_activity (alumnus_id, month, created_at, updated_at)
    SELECT a, m, t, t FROM unnest(${a((x) => x.alumnus)}::int[], ${a((x) => x.month)}::text[], ${a((x) => iso(x.at))}::timestamptz[]) AS p(a, m, t)
    ON CONFLICT (alumnus_id, month) DO UPDATE SET created_at = excluded.created_at, updated_at = excluded.updated_at`)
  return unique.length
}
