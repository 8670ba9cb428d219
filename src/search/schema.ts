import type { PostgresAdapterArgs } from '@payloadcms/db-postgres'
import { type SQL, sql } from '@payloadcms/db-postgres/drizzle'
import { boolean, index, integer, type PgColumn, pgTable, timestamp, varchar } from '@payloadcms/db-postgres/drizzle/pg-core'

type PostgresSchemaHook = NonNullable<PostgresAdapterArgs['afterSchemaInit']>[number]

export const DIRECTORY_TABLE = 'alumni_directory'

/**
 * Every unigram and bigram of the normalised text (bigrams from even and from odd positions),
 * plus the filter tags, plus each line's first character and first two characters as
 * line-start tags (`s:林`, `s:小林`: TAG.lineStart), as one text array. The GIN index is built
 * on exactly this expression and queries must repeat it (`gramsOf(sql\`search_text\`, sql\`tags\`)`)
 * to use the index. Bigrams across a line break contain "\n", which no query does; a trailing
 * single character is a unigram anyway. Containment on a GIN-indexed array is exact: nothing is
 * rechecked per row.
 *
 * The line-start tags give the top relevance tier ("a line starts with the query") straight
 * from the index (src/search/directorySql.ts). They are computed here, at write time, rather
 * than stored in `tags`, so the table's rows, which a common character's search reads by the
 * thousand, stay as narrow as before.
 */
export const gramsOf = (text: SQL | PgColumn, tags: SQL | PgColumn): SQL =>
  sql`(string_to_array(${text}, NULL)
    || string_to_array(regexp_replace(${text}, '(..)', '\\1 ', 'g'), ' ')
    || string_to_array(regexp_replace(substr(${text}, 2), '(..)', '\\1 ', 'g'), ' ')
    || string_to_array(${tags}, ' ')
    || string_to_array(regexp_replace(${text}, '(?:^|\\n)([^\\n])([^\\n]?)[^\\n]*', 's:\\1 s:\\1\\2 ', 'g'), ' '))`

export const GRAMS_SQL = gramsOf(sql`search_text`, sql`tags`)

/**
 * The member directory's own table (docs/search.md): one narrow row per alumnus with what the
 * directory searches, filters and sorts on, kept by the alumni save hook. Narrow on purpose: an
 * alumni row carries the password hash and the whole profile, so a search touching thousands of
 * rows reads a few megabytes here instead of a few hundred there. Added to the schema Payload
 * builds from the config, so a pushed schema and the migrated one are the same.
 */
export const directoryTable: PostgresSchemaHook = ({ extendTable, schema }) => {
  const alumni = schema.tables.alumni
  // In `public`, like every Payload table here (the adapter has no schemaName).
  const table = pgTable(
    DIRECTORY_TABLE,
    {
      id: integer('id')
        .primaryKey()
        .references(() => alumni.id, { onDelete: 'cascade' }),
      listed: boolean('listed').notNull(),
      kana: varchar('kana').notNull(),
      searchText: varchar('search_text').notNull(),
      tags: varchar('tags').notNull(),
      location: varchar('location').notNull(),
      joinedYear: integer('joined_year'),
      createdAt: timestamp('created_at', { precision: 3, withTimezone: true, mode: 'string' }).notNull(),
    },
    (t) => [
      // Partial, like the others: every directory query asks for listed members only, so the
      // unlisted never cost a heap visit (for a common character that was one match in nine).
      index('alumni_directory_grams_idx').using('gin', gramsOf(t.searchText, t.tags)).where(sql`listed`),
      // Listed members in 50-on order, newest first, and by join year: the unfiltered
      // directory reads its page and its count from these alone.
      index('alumni_directory_kana_idx').on(t.kana, t.id).where(sql`listed`),
      index('alumni_directory_created_at_idx').on(t.createdAt, t.id).where(sql`listed`),
      index('alumni_directory_joined_year_idx').on(t.joinedYear).where(sql`listed`),
    ],
  )
  // Payload's own index on `alumni_texts` leads with `order`: reading one profile's skills and
  // departments would otherwise scan every alumnus's texts.
  extendTable({
    table: schema.tables.alumni_texts,
    extraConfig: (texts) => ({
      alumni_texts_parent_path_idx: index('alumni_texts_parent_path_idx').on(texts.parent, texts.path),
    }),
  })
  return { ...schema, tables: { ...schema.tables, [DIRECTORY_TABLE]: table } }
}
