import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "interviews_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "interviews_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "interviews_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_interviews_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_interviews_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_interviews_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "events_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "events_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_events_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "announcements_locales" ADD COLUMN "meta_image_id" integer;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "_announcements_v_locales" ADD COLUMN "version_meta_image_id" integer;
  ALTER TABLE "interviews_locales" ADD CONSTRAINT "interviews_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_locales" ADD CONSTRAINT "_interviews_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "announcements_locales" ADD CONSTRAINT "announcements_locales_meta_image_id_media_id_fk" FOREIGN KEY ("meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_locales" ADD CONSTRAINT "_announcements_v_locales_version_meta_image_id_media_id_fk" FOREIGN KEY ("version_meta_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "interviews_meta_meta_image_idx" ON "interviews_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_interviews_v_version_meta_version_meta_image_idx" ON "_interviews_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "events_meta_meta_image_idx" ON "events_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_events_v_version_meta_version_meta_image_idx" ON "_events_v_locales" USING btree ("version_meta_image_id","_locale");
  CREATE INDEX "announcements_meta_meta_image_idx" ON "announcements_locales" USING btree ("meta_image_id","_locale");
  CREATE INDEX "_announcements_v_version_meta_version_meta_image_idx" ON "_announcements_v_locales" USING btree ("version_meta_image_id","_locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "interviews_locales" DROP CONSTRAINT "interviews_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_interviews_v_locales" DROP CONSTRAINT "_interviews_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "events_locales" DROP CONSTRAINT "events_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_events_v_locales" DROP CONSTRAINT "_events_v_locales_version_meta_image_id_media_id_fk";
  
  ALTER TABLE "announcements_locales" DROP CONSTRAINT "announcements_locales_meta_image_id_media_id_fk";
  
  ALTER TABLE "_announcements_v_locales" DROP CONSTRAINT "_announcements_v_locales_version_meta_image_id_media_id_fk";
  
  DROP INDEX "interviews_meta_meta_image_idx";
  DROP INDEX "_interviews_v_version_meta_version_meta_image_idx";
  DROP INDEX "events_meta_meta_image_idx";
  DROP INDEX "_events_v_version_meta_version_meta_image_idx";
  DROP INDEX "announcements_meta_meta_image_idx";
  DROP INDEX "_announcements_v_version_meta_version_meta_image_idx";
  ALTER TABLE "interviews_locales" DROP COLUMN "meta_title";
  ALTER TABLE "interviews_locales" DROP COLUMN "meta_description";
  ALTER TABLE "interviews_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_interviews_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_interviews_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_interviews_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "events_locales" DROP COLUMN "meta_title";
  ALTER TABLE "events_locales" DROP COLUMN "meta_description";
  ALTER TABLE "events_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_events_v_locales" DROP COLUMN "version_meta_image_id";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_title";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_description";
  ALTER TABLE "announcements_locales" DROP COLUMN "meta_image_id";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "_announcements_v_locales" DROP COLUMN "version_meta_image_id";`)
}
