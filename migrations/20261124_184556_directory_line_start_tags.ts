import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
// The generator writes the regexp's `\1`, `\2` and `\n` as they are, which a tagged template
// cannot carry (`\1` is an invalid escape, `\n` a line break): doubled, the SQL gets them as written.
// Up: each line's first one and two characters join the directory's n-gram index as line-start
// tags (src/search/schema.ts), so the top relevance tier is one index lookup.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "alumni_directory_grams_idx";
  CREATE INDEX "alumni_directory_grams_idx" ON "alumni_directory" USING gin ((string_to_array("search_text", NULL)
      || string_to_array(regexp_replace("search_text", '(..)', '\\1 ', 'g'), ' ')
      || string_to_array(regexp_replace(substr("search_text", 2), '(..)', '\\1 ', 'g'), ' ')
      || string_to_array("tags", ' ')
      || string_to_array(regexp_replace("search_text", '(?:^|\\n)([^\\n])([^\\n]?)[^\\n]*', 's:\\1 s:\\1\\2 ', 'g'), ' '))) WHERE listed;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "alumni_directory_grams_idx";
  CREATE INDEX "alumni_directory_grams_idx" ON "alumni_directory" USING gin ((string_to_array("search_text", NULL)
      || string_to_array(regexp_replace("search_text", '(..)', '\\1 ', 'g'), ' ')
      || string_to_array(regexp_replace(substr("search_text", 2), '(..)', '\\1 ', 'g'), ' ')
      || string_to_array("tags", ' '))) WHERE listed;`)
}
