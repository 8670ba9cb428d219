import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "member_activity" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alumnus_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "alumni" ADD COLUMN "birth_year" numeric;
  ALTER TABLE "roster" ADD COLUMN "invited_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_activity_id" integer;
  ALTER TABLE "member_activity" ADD CONSTRAINT "member_activity_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "member_activity_alumnus_idx" ON "member_activity" USING btree ("alumnus_id");
  CREATE INDEX "member_activity_month_idx" ON "member_activity" USING btree ("month");
  CREATE INDEX "member_activity_updated_at_idx" ON "member_activity" USING btree ("updated_at");
  CREATE INDEX "member_activity_created_at_idx" ON "member_activity" USING btree ("created_at");
  CREATE UNIQUE INDEX "alumnus_month_idx" ON "member_activity" USING btree ("alumnus_id","month");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_activity_fk" FOREIGN KEY ("member_activity_id") REFERENCES "public"."member_activity"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_member_activity_id_idx" ON "payload_locked_documents_rels" USING btree ("member_activity_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "member_activity" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "member_activity" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_activity_fk";
  
  DROP INDEX "payload_locked_documents_rels_member_activity_id_idx";
  ALTER TABLE "alumni" DROP COLUMN "birth_year";
  ALTER TABLE "roster" DROP COLUMN "invited_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_activity_id";`)
}
