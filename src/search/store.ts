import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'

import type { DirectoryEntry } from './profileIndex'

/** Anything that runs SQL: the adapter's drizzle instance or a transaction of it. */
export type SqlRunner = { execute: (query: SQL) => Promise<unknown> }

/** Writes one alumnus's directory row, replacing what was there. */
export const saveDirectoryEntry = async (db: SqlRunner, entry: DirectoryEntry): Promise<void> => {
  await db.execute(sql`
    INSERT INTO alumni_directory (id, listed, kana, search_text, tags, location, joined_year, created_at)
    VALUES (${entry.id}, ${entry.listed}, ${entry.kana}, ${entry.text}, ${entry.tags}, ${entry.location}, ${entry.joinedYear}, ${entry.createdAt})
    ON CONFLICT (id) DO UPDATE SET listed = excluded.listed, kana = excluded.kana, search_text = excluded.search_text,
      tags = excluded.tags, location = excluded.location, joined_year = excluded.joined_year, created_at = excluded.created_at`)
}
