import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_interviews_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interviews_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interviews_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_companies_industry" AS ENUM('it', 'advertising', 'consulting', 'finance', 'manufacturing', 'retail', 'healthcare', 'education', 'public', 'other');
  CREATE TYPE "public"."enum_events_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_events_startsat_tz" AS ENUM('Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Singapore');
  CREATE TYPE "public"."enum_events_endsat_tz" AS ENUM('Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Singapore');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__events_v_version_startsat_tz" AS ENUM('Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Singapore');
  CREATE TYPE "public"."enum__events_v_version_endsat_tz" AS ENUM('Asia/Tokyo', 'UTC', 'America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Singapore');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_announcements_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum_announcements_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_version_audience" AS ENUM('public', 'members');
  CREATE TYPE "public"."enum__announcements_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__announcements_v_published_locale" AS ENUM('ja', 'en');
  CREATE TYPE "public"."enum_alumni_open_to" AS ENUM('business', 'rejoining', 'fixedTerm', 'mentoring', 'investment');
  CREATE TYPE "public"."enum_alumni_status" AS ENUM('pending', 'approved', 'rejected', 'suspended');
  CREATE TYPE "public"."enum_alumni_industry" AS ENUM('it', 'advertising', 'consulting', 'finance', 'manufacturing', 'retail', 'healthcare', 'education', 'public', 'other');
  CREATE TYPE "public"."enum_registrations_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "interviews_interviewees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"is_alumni" boolean,
  	"alumnus_id" integer,
  	"photo_id" integer
  );
  
  CREATE TABLE "interviews_interviewees_locales" (
  	"name" varchar,
  	"organization" varchar,
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "interviews_blocks_question" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_answer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"speaker" varchar,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_paragraph" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_heading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"speaker" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"description" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "interviews" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"company_id" integer,
  	"interview_date" timestamp(3) with time zone,
  	"hero_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interviews_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "interviews_locales" (
  	"title" varchar,
  	"series" varchar,
  	"lead" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "interviews_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_interviews_v_version_interviewees" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"is_alumni" boolean,
  	"alumnus_id" integer,
  	"photo_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interviews_v_version_interviewees_locales" (
  	"name" varchar,
  	"organization" varchar,
  	"role" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_interviews_v_blocks_question" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_answer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"speaker" varchar,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_paragraph" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_heading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"speaker" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v_blocks_cta" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"url" varchar,
  	"description" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_interviews_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_company_id" integer,
  	"version_interview_date" timestamp(3) with time zone,
  	"version_hero_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interviews_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__interviews_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_interviews_v_locales" (
  	"version_title" varchar,
  	"version_series" varchar,
  	"version_lead" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_interviews_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "companies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar NOT NULL,
  	"logo_id" integer,
  	"industry" "enum_companies_industry",
  	"website" varchar,
  	"alumni_network_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "companies_locales" (
  	"name" varchar NOT NULL,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"audience" "enum_events_audience" DEFAULT 'public',
  	"hero_image_id" integer,
  	"starts_at" timestamp(3) with time zone,
  	"startsat_tz" "enum_events_startsat_tz" DEFAULT 'Asia/Tokyo',
  	"ends_at" timestamp(3) with time zone,
  	"endsat_tz" "enum_events_endsat_tz" DEFAULT 'Asia/Tokyo',
  	"online_url" varchar,
  	"capacity" numeric,
  	"registration_deadline" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"description" jsonb,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_audience" "enum__events_v_version_audience" DEFAULT 'public',
  	"version_hero_image_id" integer,
  	"version_starts_at" timestamp(3) with time zone,
  	"version_startsat_tz" "enum__events_v_version_startsat_tz" DEFAULT 'Asia/Tokyo',
  	"version_ends_at" timestamp(3) with time zone,
  	"version_endsat_tz" "enum__events_v_version_endsat_tz" DEFAULT 'Asia/Tokyo',
  	"version_online_url" varchar,
  	"version_capacity" numeric,
  	"version_registration_deadline" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_description" jsonb,
  	"version_venue_name" varchar,
  	"version_venue_address" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "announcements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"published_at" timestamp(3) with time zone,
  	"audience" "enum_announcements_audience" DEFAULT 'public',
  	"pinned" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_announcements_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "announcements_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_announcements_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_audience" "enum__announcements_v_version_audience" DEFAULT 'public',
  	"version_pinned" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__announcements_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__announcements_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_announcements_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
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
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_hero_url" varchar,
  	"sizes_hero_width" numeric,
  	"sizes_hero_height" numeric,
  	"sizes_hero_mime_type" varchar,
  	"sizes_hero_filesize" numeric,
  	"sizes_hero_filename" varchar,
  	"sizes_og_url" varchar,
  	"sizes_og_width" numeric,
  	"sizes_og_height" numeric,
  	"sizes_og_mime_type" varchar,
  	"sizes_og_filesize" numeric,
  	"sizes_og_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "alumni_open_to" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_alumni_open_to",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "alumni_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar NOT NULL,
  	"url" varchar NOT NULL
  );
  
  CREATE TABLE "alumni_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "alumni" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_alumni_status" DEFAULT 'pending' NOT NULL,
  	"hidden_from_directory" boolean DEFAULT false,
  	"name" varchar NOT NULL,
  	"name_kana" varchar NOT NULL,
  	"name_romaji" varchar,
  	"photo_id" integer,
  	"current_organization" varchar,
  	"title" varchar,
  	"industry" "enum_alumni_industry",
  	"location" varchar,
  	"career_since_leaving" varchar,
  	"bio" varchar,
  	"joined_year" numeric,
  	"left_year" numeric,
  	"verification_joined_year" numeric,
  	"verification_left_year" numeric,
  	"verification_last_department" varchar,
  	"verification_employee_number" varchar,
  	"verification_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "alumni_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "registrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" integer NOT NULL,
  	"alumnus_id" integer NOT NULL,
  	"status" "enum_registrations_status" DEFAULT 'confirmed' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"interviews_id" integer,
  	"companies_id" integer,
  	"events_id" integer,
  	"announcements_id" integer,
  	"media_id" integer,
  	"alumni_id" integer,
  	"registrations_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"alumni_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "interviews_interviewees" ADD CONSTRAINT "interviews_interviewees_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews_interviewees" ADD CONSTRAINT "interviews_interviewees_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews_interviewees" ADD CONSTRAINT "interviews_interviewees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_interviewees_locales" ADD CONSTRAINT "interviews_interviewees_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews_interviewees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_question" ADD CONSTRAINT "interviews_blocks_question_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_answer" ADD CONSTRAINT "interviews_blocks_answer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_paragraph" ADD CONSTRAINT "interviews_blocks_paragraph_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_heading" ADD CONSTRAINT "interviews_blocks_heading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_quote" ADD CONSTRAINT "interviews_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_image" ADD CONSTRAINT "interviews_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews_blocks_image" ADD CONSTRAINT "interviews_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_blocks_cta" ADD CONSTRAINT "interviews_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews" ADD CONSTRAINT "interviews_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews" ADD CONSTRAINT "interviews_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interviews_locales" ADD CONSTRAINT "interviews_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interviews_texts" ADD CONSTRAINT "interviews_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_version_interviewees" ADD CONSTRAINT "_interviews_v_version_interviewees_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_version_interviewees" ADD CONSTRAINT "_interviews_v_version_interviewees_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_version_interviewees" ADD CONSTRAINT "_interviews_v_version_interviewees_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_version_interviewees_locales" ADD CONSTRAINT "_interviews_v_version_interviewees_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v_version_interviewees"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_question" ADD CONSTRAINT "_interviews_v_blocks_question_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_answer" ADD CONSTRAINT "_interviews_v_blocks_answer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_paragraph" ADD CONSTRAINT "_interviews_v_blocks_paragraph_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_heading" ADD CONSTRAINT "_interviews_v_blocks_heading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_quote" ADD CONSTRAINT "_interviews_v_blocks_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_image" ADD CONSTRAINT "_interviews_v_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_image" ADD CONSTRAINT "_interviews_v_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_blocks_cta" ADD CONSTRAINT "_interviews_v_blocks_cta_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_parent_id_interviews_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interviews"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_version_company_id_companies_id_fk" FOREIGN KEY ("version_company_id") REFERENCES "public"."companies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v" ADD CONSTRAINT "_interviews_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interviews_v_locales" ADD CONSTRAINT "_interviews_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interviews_v_texts" ADD CONSTRAINT "_interviews_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interviews_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "companies" ADD CONSTRAINT "companies_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "companies_locales" ADD CONSTRAINT "companies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "announcements_locales" ADD CONSTRAINT "announcements_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_announcements_v" ADD CONSTRAINT "_announcements_v_parent_id_announcements_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."announcements"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_announcements_v_locales" ADD CONSTRAINT "_announcements_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_announcements_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alumni_open_to" ADD CONSTRAINT "alumni_open_to_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alumni_links" ADD CONSTRAINT "alumni_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alumni_sessions" ADD CONSTRAINT "alumni_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alumni" ADD CONSTRAINT "alumni_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alumni_texts" ADD CONSTRAINT "alumni_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "registrations" ADD CONSTRAINT "registrations_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interviews_fk" FOREIGN KEY ("interviews_id") REFERENCES "public"."interviews"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_companies_fk" FOREIGN KEY ("companies_id") REFERENCES "public"."companies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_announcements_fk" FOREIGN KEY ("announcements_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alumni_fk" FOREIGN KEY ("alumni_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_registrations_fk" FOREIGN KEY ("registrations_id") REFERENCES "public"."registrations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_alumni_fk" FOREIGN KEY ("alumni_id") REFERENCES "public"."alumni"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "interviews_interviewees_order_idx" ON "interviews_interviewees" USING btree ("_order");
  CREATE INDEX "interviews_interviewees_parent_id_idx" ON "interviews_interviewees" USING btree ("_parent_id");
  CREATE INDEX "interviews_interviewees_alumnus_idx" ON "interviews_interviewees" USING btree ("alumnus_id");
  CREATE INDEX "interviews_interviewees_photo_idx" ON "interviews_interviewees" USING btree ("photo_id");
  CREATE UNIQUE INDEX "interviews_interviewees_locales_locale_parent_id_unique" ON "interviews_interviewees_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "interviews_blocks_question_order_idx" ON "interviews_blocks_question" USING btree ("_order");
  CREATE INDEX "interviews_blocks_question_parent_id_idx" ON "interviews_blocks_question" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_question_path_idx" ON "interviews_blocks_question" USING btree ("_path");
  CREATE INDEX "interviews_blocks_question_locale_idx" ON "interviews_blocks_question" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_answer_order_idx" ON "interviews_blocks_answer" USING btree ("_order");
  CREATE INDEX "interviews_blocks_answer_parent_id_idx" ON "interviews_blocks_answer" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_answer_path_idx" ON "interviews_blocks_answer" USING btree ("_path");
  CREATE INDEX "interviews_blocks_answer_locale_idx" ON "interviews_blocks_answer" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_paragraph_order_idx" ON "interviews_blocks_paragraph" USING btree ("_order");
  CREATE INDEX "interviews_blocks_paragraph_parent_id_idx" ON "interviews_blocks_paragraph" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_paragraph_path_idx" ON "interviews_blocks_paragraph" USING btree ("_path");
  CREATE INDEX "interviews_blocks_paragraph_locale_idx" ON "interviews_blocks_paragraph" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_heading_order_idx" ON "interviews_blocks_heading" USING btree ("_order");
  CREATE INDEX "interviews_blocks_heading_parent_id_idx" ON "interviews_blocks_heading" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_heading_path_idx" ON "interviews_blocks_heading" USING btree ("_path");
  CREATE INDEX "interviews_blocks_heading_locale_idx" ON "interviews_blocks_heading" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_quote_order_idx" ON "interviews_blocks_quote" USING btree ("_order");
  CREATE INDEX "interviews_blocks_quote_parent_id_idx" ON "interviews_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_quote_path_idx" ON "interviews_blocks_quote" USING btree ("_path");
  CREATE INDEX "interviews_blocks_quote_locale_idx" ON "interviews_blocks_quote" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_image_order_idx" ON "interviews_blocks_image" USING btree ("_order");
  CREATE INDEX "interviews_blocks_image_parent_id_idx" ON "interviews_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_image_path_idx" ON "interviews_blocks_image" USING btree ("_path");
  CREATE INDEX "interviews_blocks_image_locale_idx" ON "interviews_blocks_image" USING btree ("_locale");
  CREATE INDEX "interviews_blocks_image_image_idx" ON "interviews_blocks_image" USING btree ("image_id");
  CREATE INDEX "interviews_blocks_cta_order_idx" ON "interviews_blocks_cta" USING btree ("_order");
  CREATE INDEX "interviews_blocks_cta_parent_id_idx" ON "interviews_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "interviews_blocks_cta_path_idx" ON "interviews_blocks_cta" USING btree ("_path");
  CREATE INDEX "interviews_blocks_cta_locale_idx" ON "interviews_blocks_cta" USING btree ("_locale");
  CREATE UNIQUE INDEX "interviews_slug_idx" ON "interviews" USING btree ("slug");
  CREATE INDEX "interviews_published_at_idx" ON "interviews" USING btree ("published_at");
  CREATE INDEX "interviews_company_idx" ON "interviews" USING btree ("company_id");
  CREATE INDEX "interviews_hero_image_idx" ON "interviews" USING btree ("hero_image_id");
  CREATE INDEX "interviews_updated_at_idx" ON "interviews" USING btree ("updated_at");
  CREATE INDEX "interviews_created_at_idx" ON "interviews" USING btree ("created_at");
  CREATE INDEX "interviews__status_idx" ON "interviews" USING btree ("_status");
  CREATE UNIQUE INDEX "interviews_locales_locale_parent_id_unique" ON "interviews_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "interviews_texts_order_parent" ON "interviews_texts" USING btree ("order","parent_id");
  CREATE INDEX "_interviews_v_version_interviewees_order_idx" ON "_interviews_v_version_interviewees" USING btree ("_order");
  CREATE INDEX "_interviews_v_version_interviewees_parent_id_idx" ON "_interviews_v_version_interviewees" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_version_interviewees_alumnus_idx" ON "_interviews_v_version_interviewees" USING btree ("alumnus_id");
  CREATE INDEX "_interviews_v_version_interviewees_photo_idx" ON "_interviews_v_version_interviewees" USING btree ("photo_id");
  CREATE UNIQUE INDEX "_interviews_v_version_interviewees_locales_locale_parent_id_" ON "_interviews_v_version_interviewees_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_interviews_v_blocks_question_order_idx" ON "_interviews_v_blocks_question" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_question_parent_id_idx" ON "_interviews_v_blocks_question" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_question_path_idx" ON "_interviews_v_blocks_question" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_question_locale_idx" ON "_interviews_v_blocks_question" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_answer_order_idx" ON "_interviews_v_blocks_answer" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_answer_parent_id_idx" ON "_interviews_v_blocks_answer" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_answer_path_idx" ON "_interviews_v_blocks_answer" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_answer_locale_idx" ON "_interviews_v_blocks_answer" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_paragraph_order_idx" ON "_interviews_v_blocks_paragraph" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_paragraph_parent_id_idx" ON "_interviews_v_blocks_paragraph" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_paragraph_path_idx" ON "_interviews_v_blocks_paragraph" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_paragraph_locale_idx" ON "_interviews_v_blocks_paragraph" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_heading_order_idx" ON "_interviews_v_blocks_heading" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_heading_parent_id_idx" ON "_interviews_v_blocks_heading" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_heading_path_idx" ON "_interviews_v_blocks_heading" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_heading_locale_idx" ON "_interviews_v_blocks_heading" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_quote_order_idx" ON "_interviews_v_blocks_quote" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_quote_parent_id_idx" ON "_interviews_v_blocks_quote" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_quote_path_idx" ON "_interviews_v_blocks_quote" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_quote_locale_idx" ON "_interviews_v_blocks_quote" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_image_order_idx" ON "_interviews_v_blocks_image" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_image_parent_id_idx" ON "_interviews_v_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_image_path_idx" ON "_interviews_v_blocks_image" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_image_locale_idx" ON "_interviews_v_blocks_image" USING btree ("_locale");
  CREATE INDEX "_interviews_v_blocks_image_image_idx" ON "_interviews_v_blocks_image" USING btree ("image_id");
  CREATE INDEX "_interviews_v_blocks_cta_order_idx" ON "_interviews_v_blocks_cta" USING btree ("_order");
  CREATE INDEX "_interviews_v_blocks_cta_parent_id_idx" ON "_interviews_v_blocks_cta" USING btree ("_parent_id");
  CREATE INDEX "_interviews_v_blocks_cta_path_idx" ON "_interviews_v_blocks_cta" USING btree ("_path");
  CREATE INDEX "_interviews_v_blocks_cta_locale_idx" ON "_interviews_v_blocks_cta" USING btree ("_locale");
  CREATE INDEX "_interviews_v_parent_idx" ON "_interviews_v" USING btree ("parent_id");
  CREATE INDEX "_interviews_v_version_version_slug_idx" ON "_interviews_v" USING btree ("version_slug");
  CREATE INDEX "_interviews_v_version_version_published_at_idx" ON "_interviews_v" USING btree ("version_published_at");
  CREATE INDEX "_interviews_v_version_version_company_idx" ON "_interviews_v" USING btree ("version_company_id");
  CREATE INDEX "_interviews_v_version_version_hero_image_idx" ON "_interviews_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_interviews_v_version_version_updated_at_idx" ON "_interviews_v" USING btree ("version_updated_at");
  CREATE INDEX "_interviews_v_version_version_created_at_idx" ON "_interviews_v" USING btree ("version_created_at");
  CREATE INDEX "_interviews_v_version_version__status_idx" ON "_interviews_v" USING btree ("version__status");
  CREATE INDEX "_interviews_v_created_at_idx" ON "_interviews_v" USING btree ("created_at");
  CREATE INDEX "_interviews_v_updated_at_idx" ON "_interviews_v" USING btree ("updated_at");
  CREATE INDEX "_interviews_v_snapshot_idx" ON "_interviews_v" USING btree ("snapshot");
  CREATE INDEX "_interviews_v_published_locale_idx" ON "_interviews_v" USING btree ("published_locale");
  CREATE INDEX "_interviews_v_latest_idx" ON "_interviews_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_interviews_v_locales_locale_parent_id_unique" ON "_interviews_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_interviews_v_texts_order_parent" ON "_interviews_v_texts" USING btree ("order","parent_id");
  CREATE UNIQUE INDEX "companies_slug_idx" ON "companies" USING btree ("slug");
  CREATE INDEX "companies_logo_idx" ON "companies" USING btree ("logo_id");
  CREATE INDEX "companies_updated_at_idx" ON "companies" USING btree ("updated_at");
  CREATE INDEX "companies_created_at_idx" ON "companies" USING btree ("created_at");
  CREATE UNIQUE INDEX "companies_locales_locale_parent_id_unique" ON "companies_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_published_at_idx" ON "events" USING btree ("published_at");
  CREATE INDEX "events_audience_idx" ON "events" USING btree ("audience");
  CREATE INDEX "events_hero_image_idx" ON "events" USING btree ("hero_image_id");
  CREATE INDEX "events_starts_at_idx" ON "events" USING btree ("starts_at");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_published_at_idx" ON "_events_v" USING btree ("version_published_at");
  CREATE INDEX "_events_v_version_version_audience_idx" ON "_events_v" USING btree ("version_audience");
  CREATE INDEX "_events_v_version_version_hero_image_idx" ON "_events_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_events_v_version_version_starts_at_idx" ON "_events_v" USING btree ("version_starts_at");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "announcements_slug_idx" ON "announcements" USING btree ("slug");
  CREATE INDEX "announcements_published_at_idx" ON "announcements" USING btree ("published_at");
  CREATE INDEX "announcements_audience_idx" ON "announcements" USING btree ("audience");
  CREATE INDEX "announcements_pinned_idx" ON "announcements" USING btree ("pinned");
  CREATE INDEX "announcements_updated_at_idx" ON "announcements" USING btree ("updated_at");
  CREATE INDEX "announcements_created_at_idx" ON "announcements" USING btree ("created_at");
  CREATE INDEX "announcements__status_idx" ON "announcements" USING btree ("_status");
  CREATE UNIQUE INDEX "announcements_locales_locale_parent_id_unique" ON "announcements_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_announcements_v_parent_idx" ON "_announcements_v" USING btree ("parent_id");
  CREATE INDEX "_announcements_v_version_version_slug_idx" ON "_announcements_v" USING btree ("version_slug");
  CREATE INDEX "_announcements_v_version_version_published_at_idx" ON "_announcements_v" USING btree ("version_published_at");
  CREATE INDEX "_announcements_v_version_version_audience_idx" ON "_announcements_v" USING btree ("version_audience");
  CREATE INDEX "_announcements_v_version_version_pinned_idx" ON "_announcements_v" USING btree ("version_pinned");
  CREATE INDEX "_announcements_v_version_version_updated_at_idx" ON "_announcements_v" USING btree ("version_updated_at");
  CREATE INDEX "_announcements_v_version_version_created_at_idx" ON "_announcements_v" USING btree ("version_created_at");
  CREATE INDEX "_announcements_v_version_version__status_idx" ON "_announcements_v" USING btree ("version__status");
  CREATE INDEX "_announcements_v_created_at_idx" ON "_announcements_v" USING btree ("created_at");
  CREATE INDEX "_announcements_v_updated_at_idx" ON "_announcements_v" USING btree ("updated_at");
  CREATE INDEX "_announcements_v_snapshot_idx" ON "_announcements_v" USING btree ("snapshot");
  CREATE INDEX "_announcements_v_published_locale_idx" ON "_announcements_v" USING btree ("published_locale");
  CREATE INDEX "_announcements_v_latest_idx" ON "_announcements_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_announcements_v_locales_locale_parent_id_unique" ON "_announcements_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_hero_sizes_hero_filename_idx" ON "media" USING btree ("sizes_hero_filename");
  CREATE INDEX "media_sizes_og_sizes_og_filename_idx" ON "media" USING btree ("sizes_og_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "alumni_open_to_order_idx" ON "alumni_open_to" USING btree ("order");
  CREATE INDEX "alumni_open_to_parent_idx" ON "alumni_open_to" USING btree ("parent_id");
  CREATE INDEX "alumni_links_order_idx" ON "alumni_links" USING btree ("_order");
  CREATE INDEX "alumni_links_parent_id_idx" ON "alumni_links" USING btree ("_parent_id");
  CREATE INDEX "alumni_sessions_order_idx" ON "alumni_sessions" USING btree ("_order");
  CREATE INDEX "alumni_sessions_parent_id_idx" ON "alumni_sessions" USING btree ("_parent_id");
  CREATE INDEX "alumni_status_idx" ON "alumni" USING btree ("status");
  CREATE INDEX "alumni_name_idx" ON "alumni" USING btree ("name");
  CREATE INDEX "alumni_photo_idx" ON "alumni" USING btree ("photo_id");
  CREATE INDEX "alumni_updated_at_idx" ON "alumni" USING btree ("updated_at");
  CREATE INDEX "alumni_created_at_idx" ON "alumni" USING btree ("created_at");
  CREATE UNIQUE INDEX "alumni_email_idx" ON "alumni" USING btree ("email");
  CREATE INDEX "alumni_texts_order_parent" ON "alumni_texts" USING btree ("order","parent_id");
  CREATE INDEX "registrations_event_idx" ON "registrations" USING btree ("event_id");
  CREATE INDEX "registrations_alumnus_idx" ON "registrations" USING btree ("alumnus_id");
  CREATE INDEX "registrations_status_idx" ON "registrations" USING btree ("status");
  CREATE INDEX "registrations_updated_at_idx" ON "registrations" USING btree ("updated_at");
  CREATE INDEX "registrations_created_at_idx" ON "registrations" USING btree ("created_at");
  CREATE UNIQUE INDEX "event_alumnus_idx" ON "registrations" USING btree ("event_id","alumnus_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_interviews_id_idx" ON "payload_locked_documents_rels" USING btree ("interviews_id");
  CREATE INDEX "payload_locked_documents_rels_companies_id_idx" ON "payload_locked_documents_rels" USING btree ("companies_id");
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");
  CREATE INDEX "payload_locked_documents_rels_announcements_id_idx" ON "payload_locked_documents_rels" USING btree ("announcements_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_alumni_id_idx" ON "payload_locked_documents_rels" USING btree ("alumni_id");
  CREATE INDEX "payload_locked_documents_rels_registrations_id_idx" ON "payload_locked_documents_rels" USING btree ("registrations_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_alumni_id_idx" ON "payload_preferences_rels" USING btree ("alumni_id");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "interviews_interviewees" CASCADE;
  DROP TABLE "interviews_interviewees_locales" CASCADE;
  DROP TABLE "interviews_blocks_question" CASCADE;
  DROP TABLE "interviews_blocks_answer" CASCADE;
  DROP TABLE "interviews_blocks_paragraph" CASCADE;
  DROP TABLE "interviews_blocks_heading" CASCADE;
  DROP TABLE "interviews_blocks_quote" CASCADE;
  DROP TABLE "interviews_blocks_image" CASCADE;
  DROP TABLE "interviews_blocks_cta" CASCADE;
  DROP TABLE "interviews" CASCADE;
  DROP TABLE "interviews_locales" CASCADE;
  DROP TABLE "interviews_texts" CASCADE;
  DROP TABLE "_interviews_v_version_interviewees" CASCADE;
  DROP TABLE "_interviews_v_version_interviewees_locales" CASCADE;
  DROP TABLE "_interviews_v_blocks_question" CASCADE;
  DROP TABLE "_interviews_v_blocks_answer" CASCADE;
  DROP TABLE "_interviews_v_blocks_paragraph" CASCADE;
  DROP TABLE "_interviews_v_blocks_heading" CASCADE;
  DROP TABLE "_interviews_v_blocks_quote" CASCADE;
  DROP TABLE "_interviews_v_blocks_image" CASCADE;
  DROP TABLE "_interviews_v_blocks_cta" CASCADE;
  DROP TABLE "_interviews_v" CASCADE;
  DROP TABLE "_interviews_v_locales" CASCADE;
  DROP TABLE "_interviews_v_texts" CASCADE;
  DROP TABLE "companies" CASCADE;
  DROP TABLE "companies_locales" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "announcements" CASCADE;
  DROP TABLE "announcements_locales" CASCADE;
  DROP TABLE "_announcements_v" CASCADE;
  DROP TABLE "_announcements_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "alumni_open_to" CASCADE;
  DROP TABLE "alumni_links" CASCADE;
  DROP TABLE "alumni_sessions" CASCADE;
  DROP TABLE "alumni" CASCADE;
  DROP TABLE "alumni_texts" CASCADE;
  DROP TABLE "registrations" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_interviews_status";
  DROP TYPE "public"."enum__interviews_v_version_status";
  DROP TYPE "public"."enum__interviews_v_published_locale";
  DROP TYPE "public"."enum_companies_industry";
  DROP TYPE "public"."enum_events_audience";
  DROP TYPE "public"."enum_events_startsat_tz";
  DROP TYPE "public"."enum_events_endsat_tz";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_audience";
  DROP TYPE "public"."enum__events_v_version_startsat_tz";
  DROP TYPE "public"."enum__events_v_version_endsat_tz";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";
  DROP TYPE "public"."enum_announcements_audience";
  DROP TYPE "public"."enum_announcements_status";
  DROP TYPE "public"."enum__announcements_v_version_audience";
  DROP TYPE "public"."enum__announcements_v_version_status";
  DROP TYPE "public"."enum__announcements_v_published_locale";
  DROP TYPE "public"."enum_alumni_open_to";
  DROP TYPE "public"."enum_alumni_status";
  DROP TYPE "public"."enum_alumni_industry";
  DROP TYPE "public"."enum_registrations_status";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
