import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
// The generator writes the regexp back-reference as `\1`, which a tagged template cannot carry
// (an invalid escape): `\\1` puts the same `\1` into the SQL.

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "alumni_directory_grams_idx";
  CREATE INDEX "alumni_directory_grams_idx" ON "alumni_directory" USING gin ((string_to_array("search_text", NULL)
      || string_to_array(regexp_replace("search_text", '(..)', '\\1 ', 'g'), ' ')
      || string_to_array(regexp_replace(substr("search_text", 2), '(..)', '\\1 ', 'g'), ' ')
      || string_to_array("tags", ' '))) WHERE listed;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "alumni_directory_grams_idx";
  CREATE INDEX "alumni_directory_grams_idx" ON "alumni_directory" USING gin ((string_to_array("search_text", NULL)
      || string_to_array(regexp_replace("search_text", '(..)', '\\1 ', 'g'), ' ')
      || string_to_array(regexp_replace(substr("search_text", 2), '(..)', '\\1 ', 'g'), ' ')
      || string_to_array("tags", ' ')));`)
}
