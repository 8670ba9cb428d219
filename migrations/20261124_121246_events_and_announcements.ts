import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_announcements_targeting_open_to" AS ENUM('business', 'rejoining', 'fixedTerm', 'mentoring', 'investment');
  CREATE TYPE "public"."enum_announcements_targeting_industries" AS ENUM('it', 'advertising', 'consulting', 'finance', 'manufacturing', 'retail', 'healthcare', 'education', 'public', 'other');
  CREATE TYPE "public"."enum__announcements_v_version_targeting_open_to" AS ENUM('business', 'rejoining', 'fixedTerm', 'mentoring', 'investment');
  CREATE TYPE "public"."enum__announcements_v_version_targeting_industries" AS ENUM('it', 'advertising', 'consulting', 'finance', 'manufacturing', 'retail', 'healthcare', 'education', 'public', 'other');
  CREATE TYPE "public"."enum_announcement_mailings_status" AS ENUM('queued', 'sending', 'sent', 'cancelled');
  CREATE TYPE "public"."enum_alumni_language" AS ENUM('ja', 'en');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eventPromotionEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'eventReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendAnnouncementMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eventPromotionEmail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'eventReminders' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendAnnouncementMail' BEFORE 'schedulePublish';
  CREATE TABLE "announcements_targeting_open_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_announcements_targeting_open_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "announcements_targeting_industries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_announcements_targeting_industries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_announcements_v_version_targeting_open_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__announcements_v_version_targeting_open_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_announcements_v_version_targeting_industries" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__announcements_v_version_targeting_industries",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "announcement_mailings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"announcement_id" integer,
  	"status" "enum_announcement_mailings_status" DEFAULT 'queued' NOT NULL,
  	"cursor" numeric DEFAULT 0,
  	"in_flight" numeric,
  	"sent_count" numeric DEFAULT 0,
  	"queued_at" timestamp(3) with time zone,
  	"finished_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "announcement_mailings_numbers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"number" numeric,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "announcements" ADD COLUMN "targeting_joined_from" numeric;
  ALTER TABLE "announcements" ADD COLUMN "targeting_joined_to" numeric;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_targeting_joined_from" numeric;
  ALTER TABLE "_announcements_v" ADD COLUMN "version_targeting_joined_to" numeric;
  ALTER TABLE "alumni" ADD COLUMN "language" "enum_alumni_language";
  ALTER TABLE "alumni" ADD COLUMN "calendar_token" varchar;
  ALTER TABLE "registrations" ADD COLUMN "registered_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "checked_in_at" timestamp(3) with time zone;
  ALTER TABLE "registrations" ADD COLUMN "reminder_sent_at" timestamp(3) with time zone;
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "announcement_mailings_id" integer;
  ALTER TABLE "announcements_targeting_open_to" ADD CONSTRAINT "announcements_targeting_open_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_targeting_industries" ADD CONSTRAINT "announcements_targeting_industries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_targeting_open_to" ADD CONSTRAINT "_announcements_v_version_targeting_open_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v_version_targeting_industries" ADD CONSTRAINT "_announcements_v_version_targeting_industries_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcement_mailings" ADD CONSTRAINT "announcement_mailings_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcement_mailings_numbers" ADD CONSTRAINT "announcement_mailings_numbers_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcement_mailings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "announcements_targeting_open_to_order_idx" ON "announcements_targeting_open_to" USING btree ("order");
  CREATE INDEX "announcements_targeting_open_to_parent_idx" ON "announcements_targeting_open_to" USING btree ("parent_id");
  CREATE INDEX "announcements_targeting_industries_order_idx" ON "announcements_targeting_industries" USING btree ("order");
  CREATE INDEX "announcements_targeting_industries_parent_idx" ON "announcements_targeting_industries" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_targeting_open_to_order_idx" ON "_announcements_v_version_targeting_open_to" USING btree ("order");
  CREATE INDEX "_announcements_v_version_targeting_open_to_parent_idx" ON "_announcements_v_version_targeting_open_to" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_targeting_industries_order_idx" ON "_announcements_v_version_targeting_industries" USING btree ("order");
  CREATE INDEX "_announcements_v_version_targeting_industries_parent_idx" ON "_announcements_v_version_targeting_industries" USING btree ("parent_id");
  CREATE UNIQUE INDEX "announcement_mailings_announcement_idx" ON "announcement_mailings" USING btree ("announcement_id");
  CREATE INDEX "announcement_mailings_updated_at_idx" ON "announcement_mailings" USING btree ("updated_at");
  CREATE INDEX "announcement_mailings_created_at_idx" ON "announcement_mailings" USING btree ("created_at");
  CREATE INDEX "announcement_mailings_numbers_order_parent_idx" ON "announcement_mailings_numbers" USING btree ("order","parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcement_mailings_fk" FOREIGN KEY ("announcement_mailings_id") REFERENCES "public"."announcement_mailings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "alumni_calendar_token_idx" ON "alumni" USING btree ("calendar_token");
  CREATE INDEX "event_status_registeredAt_idx" ON "registrations" USING btree ("event_id","status","registered_at");
  CREATE INDEX "payload_locked_documents_rels_announcement_mailings_id_idx" ON "payload_locked_documents_rels" USING btree ("announcement_mailings_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "announcements_targeting_open_to" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcements_targeting_industries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_version_targeting_open_to" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_announcements_v_version_targeting_industries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_mailings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "announcement_mailings_numbers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "announcements_targeting_open_to" CASCADE;
  DROP TABLE "announcements_targeting_industries" CASCADE;
  DROP TABLE "_announcements_v_version_targeting_open_to" CASCADE;
  DROP TABLE "_announcements_v_version_targeting_industries" CASCADE;
  DROP TABLE "announcement_mailings" CASCADE;
  DROP TABLE "announcement_mailings_numbers" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_announcement_mailings_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "alumni_calendar_token_idx";
  DROP INDEX "event_status_registeredAt_idx";
  DROP INDEX "payload_locked_documents_rels_announcement_mailings_id_idx";
  ALTER TABLE "announcements" DROP COLUMN "targeting_joined_from";
  ALTER TABLE "announcements" DROP COLUMN "targeting_joined_to";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_targeting_joined_from";
  ALTER TABLE "_announcements_v" DROP COLUMN "version_targeting_joined_to";
  ALTER TABLE "alumni" DROP COLUMN "language";
  ALTER TABLE "alumni" DROP COLUMN "calendar_token";
  ALTER TABLE "registrations" DROP COLUMN "registered_at";
  ALTER TABLE "registrations" DROP COLUMN "checked_in_at";
  ALTER TABLE "registrations" DROP COLUMN "reminder_sent_at";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "announcement_mailings_id";
  DROP TYPE "public"."enum_announcements_targeting_open_to";
  DROP TYPE "public"."enum_announcements_targeting_industries";
  DROP TYPE "public"."enum__announcements_v_version_targeting_open_to";
  DROP TYPE "public"."enum__announcements_v_version_targeting_industries";
  DROP TYPE "public"."enum_announcement_mailings_status";
  DROP TYPE "public"."enum_alumni_language";`)
}
