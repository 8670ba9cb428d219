/** Generated people straight into the tables, as a bulk load: far quicker than the Local API. */
import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { sql } from '@payloadcms/db-postgres/drizzle'
import { randomBytes } from 'node:crypto'

import { directoryEntry } from '../../../src/search/profileIndex'
import type { BenchPerson } from '../people'

type Db = PostgresAdapter['drizzle']

/**
 * Inserts `batch` as alumni with the given ids: the row, skills and departments, open-to flags,
 * and the directory row the save hook would write, one statement per table.
 */
export const insertPeople = async (db: Db, batch: BenchPerson[], ids: number[]) => {
  const col = <T>(fn: (person: BenchPerson) => T) => sql.param(batch.map(fn))
  await db.execute(sql`
    INSERT INTO alumni (id, email, status, hidden_from_directory, name, name_kana, name_romaji, current_organization,
      title, industry, location, joined_year, left_year, created_at, updated_at, _verified, salt, hash)
    SELECT * FROM unnest(${sql.param(ids)}::int[], ${col((p) => p.email)}::text[], ${col((p) => p.status)}::enum_alumni_status[],
      ${col((p) => p.hiddenFromDirectory)}::bool[], ${col((p) => p.name)}::text[], ${col((p) => p.nameKana)}::text[],
      ${col((p) => p.nameRomaji)}::text[], ${col((p) => p.currentOrganization)}::text[], ${col((p) => p.title)}::text[],
      ${col((p) => p.industry)}::enum_alumni_industry[], ${col((p) => p.location)}::text[], ${col((p) => p.joinedYear)}::numeric[],
      ${col((p) => p.leftYear)}::numeric[], ${col((p) => p.createdAt)}::timestamptz[], ${col((p) => p.createdAt)}::timestamptz[],
      ${col(() => true)}::bool[],
      -- A password hash and salt of the real sizes, so rows are as wide as real ones.
      ${col(() => randomBytes(32).toString('hex'))}::text[], ${col(() => randomBytes(512).toString('hex'))}::text[])`)
  const texts = batch.flatMap((person, i) => [
    ...person.skills.map((text, order) => ({ parent: ids[i], path: 'skills', text, order: order + 1 })),
    ...person.departments.map((text, order) => ({ parent: ids[i], path: 'departments', text, order: order + 1 })),
  ])
  await db.execute(sql`
    INSERT INTO alumni_texts ("order", parent_id, path, text)
    SELECT * FROM unnest(${sql.param(texts.map((t) => t.order))}::int[], ${sql.param(texts.map((t) => t.parent))}::int[],
      ${sql.param(texts.map((t) => t.path))}::text[], ${sql.param(texts.map((t) => t.text))}::text[])`)
  const openTo = batch.flatMap((person, i) => person.openTo.map((value, order) => ({ parent: ids[i], value, order: order + 1 })))
  if (openTo.length) {
    await db.execute(sql`
      INSERT INTO alumni_open_to ("order", parent_id, value)
      SELECT * FROM unnest(${sql.param(openTo.map((o) => o.order))}::int[], ${sql.param(openTo.map((o) => o.parent))}::int[],
        ${sql.param(openTo.map((o) => o.value))}::enum_alumni_open_to[])`)
  }
  // Exactly what the save hook writes: the same function over the same fields.
  const entries = batch.map((person, i) => directoryEntry({ ...person, id: ids[i] }))
  const entry = <T>(fn: (e: (typeof entries)[number]) => T) => sql.param(entries.map(fn))
  await db.execute(sql`
    INSERT INTO alumni_directory (id, listed, kana, search_text, tags, location, joined_year, created_at)
    SELECT * FROM unnest(${entry((e) => e.id)}::int[], ${entry((e) => e.listed)}::bool[], ${entry((e) => e.kana)}::text[],
      ${entry((e) => e.text)}::text[], ${entry((e) => e.tags)}::text[], ${entry((e) => e.location)}::text[],
      ${entry((e) => e.joinedYear)}::int[], ${entry((e) => e.createdAt)}::timestamptz[])`)
}
