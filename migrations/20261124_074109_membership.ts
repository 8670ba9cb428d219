import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_alumni_contact_email_visibility" AS ENUM('members', 'staff');
  CREATE TYPE "public"."enum_alumni_contact_phone_visibility" AS ENUM('members', 'staff');
  CREATE TYPE "public"."enum_account_deletions_initiated_by" AS ENUM('member', 'staff');
  CREATE TABLE "alumni_photos" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_profile_url" varchar,
  	"sizes_profile_width" numeric,
  	"sizes_profile_height" numeric,
  	"sizes_profile_mime_type" varchar,
  	"sizes_profile_filesize" numeric,
  	"sizes_profile_filename" varchar
  );
  
  CREATE TABLE "roster" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar,
  	"employee_number" varchar NOT NULL,
  	"joined_year" numeric NOT NULL,
  	"left_year" numeric,
  	"department" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "account_deletions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"former_id" numeric NOT NULL,
  	"deleted_at" timestamp(3) with time zone NOT NULL,
  	"initiated_by" "enum_account_deletions_initiated_by" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "membership" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"auto_approve_roster_matches" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "alumni" DROP CONSTRAINT "alumni_photo_id_media_id_fk";
  -- Profile photos move from editorial media to members-only alumni-photos; old links are cleared.
  UPDATE "alumni" SET "photo_id" = NULL;
  
  ALTER TABLE "alumni" ADD COLUMN "review_message" varchar;
  ALTER TABLE "alumni" ADD COLUMN "reviewed_at" timestamp(3) with time zone;
  ALTER TABLE "alumni" ADD COLUMN "roster_match_id" integer;
  ALTER TABLE "alumni" ADD COLUMN "privacy_consent_at" timestamp(3) with time zone;
  ALTER TABLE "alumni" ADD COLUMN "contact_email" varchar;
  ALTER TABLE "alumni" ADD COLUMN "contact_email_visibility" "enum_alumni_contact_email_visibility";
  ALTER TABLE "alumni" ADD COLUMN "contact_phone" varchar;
  ALTER TABLE "alumni" ADD COLUMN "contact_phone_visibility" "enum_alumni_contact_phone_visibility";
  ALTER TABLE "alumni" ADD COLUMN "notifications_announcements" boolean DEFAULT true;
  ALTER TABLE "alumni" ADD COLUMN "notifications_events" boolean DEFAULT true;
  ALTER TABLE "alumni" ADD COLUMN "notifications_digest" boolean DEFAULT false;
  ALTER TABLE "alumni" ADD COLUMN "_verified" boolean;
  ALTER TABLE "alumni" ADD COLUMN "_verificationtoken" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "alumni_photos_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "roster_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "account_deletions_id" integer;
  ALTER TABLE "alumni_photos" ADD CONSTRAINT "alumni_photos_owner_id_alumni_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "alumni_photos_owner_idx" ON "alumni_photos" USING btree ("owner_id");
  CREATE INDEX "alumni_photos_updated_at_idx" ON "alumni_photos" USING btree ("updated_at");
  CREATE INDEX "alumni_photos_created_at_idx" ON "alumni_photos" USING btree ("created_at");
  CREATE UNIQUE INDEX "alumni_photos_filename_idx" ON "alumni_photos" USING btree ("filename");
  CREATE INDEX "alumni_photos_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "alumni_photos" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "alumni_photos_sizes_profile_sizes_profile_filename_idx" ON "alumni_photos" USING btree ("sizes_profile_filename");
  CREATE UNIQUE INDEX "roster_employee_number_idx" ON "roster" USING btree ("employee_number");
  CREATE INDEX "roster_updated_at_idx" ON "roster" USING btree ("updated_at");
  CREATE INDEX "roster_created_at_idx" ON "roster" USING btree ("created_at");
  CREATE INDEX "account_deletions_updated_at_idx" ON "account_deletions" USING btree ("updated_at");
  CREATE INDEX "account_deletions_created_at_idx" ON "account_deletions" USING btree ("created_at");
  ALTER TABLE "alumni" ADD CONSTRAINT "alumni_roster_match_id_roster_id_fk" FOREIGN KEY ("roster_match_id") REFERENCES "public"."roster"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alumni" ADD CONSTRAINT "alumni_photo_id_alumni_photos_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."alumni_photos"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alumni_photos_fk" FOREIGN KEY ("alumni_photos_id") REFERENCES "public"."alumni_photos"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_roster_fk" FOREIGN KEY ("roster_id") REFERENCES "public"."roster"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_account_deletions_fk" FOREIGN KEY ("account_deletions_id") REFERENCES "public"."account_deletions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "alumni_roster_match_idx" ON "alumni" USING btree ("roster_match_id");
  CREATE INDEX "payload_locked_documents_rels_alumni_photos_id_idx" ON "payload_locked_documents_rels" USING btree ("alumni_photos_id");
  CREATE INDEX "payload_locked_documents_rels_roster_id_idx" ON "payload_locked_documents_rels" USING btree ("roster_id");
  CREATE INDEX "payload_locked_documents_rels_account_deletions_id_idx" ON "payload_locked_documents_rels" USING btree ("account_deletions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "alumni_photos" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "roster" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "account_deletions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "membership" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "alumni_photos" CASCADE;
  DROP TABLE "roster" CASCADE;
  DROP TABLE "account_deletions" CASCADE;
  DROP TABLE "membership" CASCADE;
  ALTER TABLE "alumni" DROP CONSTRAINT "alumni_roster_match_id_roster_id_fk";
  
  ALTER TABLE "alumni" DROP CONSTRAINT "alumni_photo_id_alumni_photos_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_alumni_photos_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_roster_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_account_deletions_fk";
  
  DROP INDEX "alumni_roster_match_idx";
  DROP INDEX "payload_locked_documents_rels_alumni_photos_id_idx";
  DROP INDEX "payload_locked_documents_rels_roster_id_idx";
  DROP INDEX "payload_locked_documents_rels_account_deletions_id_idx";
  ALTER TABLE "alumni" ADD CONSTRAINT "alumni_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alumni" DROP COLUMN "review_message";
  ALTER TABLE "alumni" DROP COLUMN "reviewed_at";
  ALTER TABLE "alumni" DROP COLUMN "roster_match_id";
  ALTER TABLE "alumni" DROP COLUMN "privacy_consent_at";
  ALTER TABLE "alumni" DROP COLUMN "contact_email";
  ALTER TABLE "alumni" DROP COLUMN "contact_email_visibility";
  ALTER TABLE "alumni" DROP COLUMN "contact_phone";
  ALTER TABLE "alumni" DROP COLUMN "contact_phone_visibility";
  ALTER TABLE "alumni" DROP COLUMN "notifications_announcements";
  ALTER TABLE "alumni" DROP COLUMN "notifications_events";
  ALTER TABLE "alumni" DROP COLUMN "notifications_digest";
  ALTER TABLE "alumni" DROP COLUMN "_verified";
  ALTER TABLE "alumni" DROP COLUMN "_verificationtoken";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "alumni_photos_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "roster_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "account_deletions_id";
  DROP TYPE "public"."enum_alumni_contact_email_visibility";
  DROP TYPE "public"."enum_alumni_contact_phone_visibility";
  DROP TYPE "public"."enum_account_deletions_initiated_by";`)
}
