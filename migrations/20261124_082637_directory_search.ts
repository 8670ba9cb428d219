import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { directoryEntry } from '../src/search/profileIndex'
import { saveDirectoryEntry } from '../src/search/store'

type Row = {
  id: number
  status: string
  hidden_from_directory: boolean | null
  created_at: string
  joined_year: string | null
  name: string | null
  name_kana: string | null
  name_romaji: string | null
  current_organization: string | null
  location: string | null
  industry: string | null
  skills: string[]
  departments: string[]
  open_to: string[]
}

/**
 * A directory row for every alumnus saved before the directory existed, computed by the same
 * function as the save hook (collections/Alumni/hooks/searchIndex.ts). Read with SQL, not the
 * Local API: this migration must keep working when the alumni config moves on.
 */
const fillDirectory = async (db: MigrateUpArgs['db']) => {
  const { rows } = await db.execute<Row>(sql`
    SELECT a.id, a.status::text AS status, a.hidden_from_directory, a.created_at, a.joined_year, a.name, a.name_kana,
      a.name_romaji, a.current_organization, a.location, a.industry::text AS industry,
      coalesce((SELECT json_agg(t.text ORDER BY t."order") FROM alumni_texts t WHERE t.parent_id = a.id AND t.path = 'skills'), '[]') AS skills,
      coalesce((SELECT json_agg(t.text ORDER BY t."order") FROM alumni_texts t WHERE t.parent_id = a.id AND t.path = 'departments'), '[]') AS departments,
      coalesce((SELECT json_agg(o.value::text ORDER BY o."order") FROM alumni_open_to o WHERE o.parent_id = a.id), '[]') AS open_to
    FROM alumni a`)
  for (const row of rows) {
    const entry = directoryEntry({
      id: row.id,
      status: row.status,
      hiddenFromDirectory: row.hidden_from_directory,
      createdAt: new Date(row.created_at).toISOString(),
      joinedYear: row.joined_year === null ? null : Number(row.joined_year),
      name: row.name,
      nameKana: row.name_kana,
      nameRomaji: row.name_romaji,
      currentOrganization: row.current_organization,
      location: row.location,
      industry: row.industry,
      skills: row.skills,
      departments: row.departments,
      openTo: row.open_to,
    })
    await saveDirectoryEntry(db, entry)
  }
}

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "alumni_directory" (
  	"id" integer PRIMARY KEY NOT NULL,
  	"listed" boolean NOT NULL,
  	"kana" varchar NOT NULL,
  	"search_text" varchar NOT NULL,
  	"tags" varchar NOT NULL,
  	"location" varchar NOT NULL,
  	"joined_year" integer,
  	"created_at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "alumni_directory" ADD CONSTRAINT "alumni_directory_id_alumni_id_fk" FOREIGN KEY ("id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "alumni_directory_grams_idx" ON "alumni_directory" USING gin ((string_to_array("search_text", NULL)
      || string_to_array(regexp_replace("search_text", '(..)', '\\1 ', 'g'), ' ')
      || string_to_array(regexp_replace(substr("search_text", 2), '(..)', '\\1 ', 'g'), ' ')
      || string_to_array("tags", ' ')));
  CREATE INDEX "alumni_directory_kana_idx" ON "alumni_directory" USING btree ("kana","id") WHERE listed;
  CREATE INDEX "alumni_directory_created_at_idx" ON "alumni_directory" USING btree ("created_at","id") WHERE listed;
  CREATE INDEX "alumni_directory_joined_year_idx" ON "alumni_directory" USING btree ("joined_year") WHERE listed;
  CREATE INDEX "alumni_texts_parent_path_idx" ON "alumni_texts" USING btree ("parent_id","path");`)
  await fillDirectory(db)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alumni_directory" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alumni_directory" CASCADE;
  DROP INDEX "alumni_texts_parent_path_idx";`)
}
