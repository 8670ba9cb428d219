/**
 * Bulk writes for the generated history: one statement per table through the adapter's drizzle
 * instance, instead of a Local API call per row (hundreds of people, registrations and posts
 * would take minutes; `npm run dev` seeds an empty database before it serves). The rows are the
 * ones the collections' hooks would write for these fields — the directory row comes from the
 * save hook's own function — and no hook runs, so no mail goes out. Every write is an upsert on
 * the row's natural key (email, event and person, month…), so seeding again changes nothing.
 */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload } from 'payload'

import { directoryEntry } from '../../search/profileIndex'
import { iso } from './calendar'
import type { HistoryPerson } from './people'

export type Db = PostgresAdapter['drizzle']

export const drizzleOf = (payload: Payload): Db => (payload.db as unknown as PostgresAdapter).drizzle

export const query = async <T>(db: Db, statement: SQL): Promise<T[]> => (await db.execute(statement)).rows as T[]

/** A column of values as one array parameter, for `unnest`. */
export const column = <T, V>(items: readonly T[], value: (item: T) => V) => sql.param(items.map(value))

/**
 * Upserts the generated people by email, with their skills, departments, open-to flags and
 * directory rows; they sign in with the demo password (the hash of `passwordFrom`'s account).
 * They have turned off announcement and event mail: publishing on the demo site mails the
 * named members only, not hundreds of invented addresses. The pending ones have not confirmed
 * their email address yet, so staff's approval queue (verified registrations) shows the named
 * pending members only. Returns ids by email.
 */
export const upsertPeople = async (db: Db, people: HistoryPerson[], passwordFrom: string): Promise<Map<string, number>> => {
  const c = <V>(value: (p: HistoryPerson) => V) => column(people, value)
  const ids = await query<{ id: number; email: string }>(
    db,
    sql`INSERT INTO alumni (email, status, hidden_from_directory, name, name_kana, name_romaji, current_organization, title,
          industry, location, career_since_leaving, joined_year, left_year, birth_year, verification_joined_year,
          verification_left_year, verification_last_department, verification_employee_number, created_at, updated_at,
          reviewed_at, privacy_consent_at, _verified, login_attempts, notifications_announcements, notifications_events,
          notifications_digest, salt, hash)
        SELECT p.*, 0, false, false, false, account.salt, account.hash
        FROM unnest(${c((p) => p.email)}::text[], ${c((p) => p.status)}::enum_alumni_status[], ${c((p) => p.hidden)}::bool[],
          ${c((p) => `${p.family[0]} ${p.given[0]}`)}::text[], ${c((p) => `${p.family[1]} ${p.given[1]}`)}::text[],
          ${c((p) => `${p.given[2]} ${p.family[2]}`)}::text[], ${c((p) => p.org)}::text[], ${c((p) => p.title)}::text[],
          ${c((p) => p.industry)}::enum_alumni_industry[], ${c((p) => p.location)}::text[], ${c((p) => p.career)}::text[],
          ${c((p) => p.joined)}::numeric[], ${c((p) => p.left)}::numeric[], ${c((p) => p.birthYear)}::numeric[],
          ${c((p) => p.joined)}::numeric[], ${c((p) => p.left)}::numeric[], ${c((p) => p.departments.at(-1))}::text[],
          ${c((p) => p.employeeNumber)}::text[], ${c((p) => iso(p.createdAt))}::timestamptz[],
          ${c((p) => iso(p.reviewedAt ?? p.createdAt))}::timestamptz[],
          ${c((p) => (p.reviewedAt === null ? null : iso(p.reviewedAt)))}::timestamptz[], ${c((p) => iso(p.createdAt))}::timestamptz[],
          ${c((p) => p.status !== 'pending')}::bool[]) AS p,
          (SELECT salt, hash FROM alumni WHERE email = ${passwordFrom}) AS account
        ON CONFLICT (email) DO UPDATE SET status = excluded.status, hidden_from_directory = excluded.hidden_from_directory,
          name = excluded.name, name_kana = excluded.name_kana, name_romaji = excluded.name_romaji,
          current_organization = excluded.current_organization, title = excluded.title, industry = excluded.industry,
          location = excluded.location, career_since_leaving = excluded.career_since_leaving, joined_year = excluded.joined_year,
          left_year = excluded.left_year, birth_year = excluded.birth_year, verification_joined_year = excluded.verification_joined_year,
          verification_left_year = excluded.verification_left_year, verification_last_department = excluded.verification_last_department,
          verification_employee_number = excluded.verification_employee_number, created_at = excluded.created_at,
          updated_at = excluded.updated_at, reviewed_at = excluded.reviewed_at, privacy_consent_at = excluded.privacy_consent_at,
          _verified = excluded._verified
        RETURNING id, email`,
  )
  const byEmail = new Map(ids.map((row) => [row.email, Number(row.id)]))
  const id = (p: HistoryPerson) => byEmail.get(p.email)!
  const all = sql.param(people.map(id))

  await db.execute(sql`DELETE FROM alumni_texts WHERE parent_id = ANY(${all}::int[])`)
  const texts = people.flatMap((p) => [
    ...p.skills.map((text, i) => ({ parent: id(p), path: 'skills', text, order: i + 1 })),
    ...p.departments.map((text, i) => ({ parent: id(p), path: 'departments', text, order: i + 1 })),
  ])
  await db.execute(sql`
    INSERT INTO alumni_texts ("order", parent_id, path, text)
    SELECT * FROM unnest(${column(texts, (t) => t.order)}::int[], ${column(texts, (t) => t.parent)}::int[],
      ${column(texts, (t) => t.path)}::text[], ${column(texts, (t) => t.text)}::text[])`)

  await db.execute(sql`DELETE FROM alumni_open_to WHERE parent_id = ANY(${all}::int[])`)
  const openTo = people.flatMap((p) => p.openTo.map((value, i) => ({ parent: id(p), value, order: i + 1 })))
  await db.execute(sql`
    INSERT INTO alumni_open_to ("order", parent_id, value)
    SELECT * FROM unnest(${column(openTo, (o) => o.order)}::int[], ${column(openTo, (o) => o.parent)}::int[],
      ${column(openTo, (o) => o.value)}::enum_alumni_open_to[])`)

  // Exactly what the save hook writes (collections/Alumni/hooks/searchIndex.ts): the same function over the same fields.
  const entries = people.map((p) =>
    directoryEntry({
      id: id(p),
      status: p.status,
      hiddenFromDirectory: p.hidden,
      createdAt: iso(p.createdAt),
      joinedYear: p.joined,
      name: `${p.family[0]} ${p.given[0]}`,
      nameKana: `${p.family[1]} ${p.given[1]}`,
      nameRomaji: `${p.given[2]} ${p.family[2]}`,
      currentOrganization: p.org,
      skills: p.skills,
      location: p.location,
      industry: p.industry,
      openTo: p.openTo,
      departments: p.departments,
    }),
  )
  await saveDirectory(db, entries)
  return byEmail
}

/** Writes directory rows (table `alumni_directory`), replacing what was there. */
export const saveDirectory = async (db: Db, entries: ReturnType<typeof directoryEntry>[]) => {
  const e = <V>(value: (entry: (typeof entries)[number]) => V) => column(entries, value)
  await db.execute(sql`
    INSERT INTO alumni_directory (id, listed, kana, search_text, tags, location, joined_year, created_at)
    SELECT * FROM unnest(${e((x) => x.id)}::int[], ${e((x) => x.listed)}::bool[], ${e((x) => x.kana)}::text[],
      ${e((x) => x.text)}::text[], ${e((x) => x.tags)}::text[], ${e((x) => x.location)}::text[],
      ${e((x) => x.joinedYear)}::int[], ${e((x) => x.createdAt)}::timestamptz[])
    ON CONFLICT (id) DO UPDATE SET listed = excluded.listed, kana = excluded.kana, search_text = excluded.search_text,
      tags = excluded.tags, location = excluded.location, joined_year = excluded.joined_year, created_at = excluded.created_at`)
}

/** Moves the named demo members' registrations into the past (their profiles stay as the seed wrote them). */
export const backdateAccounts = async (db: Db, dates: { email: string; createdAt: number }[]) => {
  await db.execute(sql`
    WITH dated AS (
      UPDATE alumni SET created_at = d.created_at, privacy_consent_at = coalesce(alumni.privacy_consent_at, d.created_at)
      FROM unnest(${column(dates, (d) => d.email)}::text[], ${column(dates, (d) => iso(d.createdAt))}::timestamptz[]) AS d(email, created_at)
      WHERE alumni.email = d.email RETURNING alumni.id, alumni.created_at)
    UPDATE alumni_directory SET created_at = dated.created_at FROM dated WHERE alumni_directory.id = dated.id`)
}
