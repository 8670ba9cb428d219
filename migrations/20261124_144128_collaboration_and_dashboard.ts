import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_opportunities_kind" AS ENUM('companyOrders', 'alumnusOffers', 'alumnusOrders', 'role', 'jointDevelopment', 'investment');
  CREATE TYPE "public"."enum_opportunities_industry" AS ENUM('it', 'advertising', 'consulting', 'finance', 'manufacturing', 'retail', 'healthcare', 'education', 'public', 'other');
  CREATE TYPE "public"."enum_opportunities_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_opportunities_outcome" AS ENUM('matched', 'notMatched');
  CREATE TYPE "public"."enum_update_reactions_kind" AS ENUM('like', 'congrats', 'insightful');
  CREATE TYPE "public"."enum_update_reports_reason" AS ENUM('spam', 'offensive', 'privacy', 'other');
  CREATE TYPE "public"."enum_update_reports_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_forms_confirmation_type" AS ENUM('message', 'redirect');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'weeklyDigest' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'weeklyDigest' BEFORE 'schedulePublish';
  CREATE TABLE "member_activity" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alumnus_id" integer NOT NULL,
  	"month" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_opportunities_kind" NOT NULL,
  	"industry" "enum_opportunities_industry",
  	"description" varchar NOT NULL,
  	"deadline" timestamp(3) with time zone,
  	"contact" varchar NOT NULL,
  	"status" "enum_opportunities_status" DEFAULT 'open' NOT NULL,
  	"outcome" "enum_opportunities_outcome",
  	"closed_at" timestamp(3) with time zone,
  	"hidden" boolean DEFAULT false,
  	"alumnus_id" integer,
  	"posted_by_staff_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opportunity_interests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"opportunity_id" integer NOT NULL,
  	"alumnus_id" integer NOT NULL,
  	"poster_alumnus_id" integer,
  	"message" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "member_updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"body" varchar NOT NULL,
  	"link" varchar,
  	"image_id" integer,
  	"hidden" boolean DEFAULT false,
  	"author_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "update_images" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"owner_id" integer,
  	"hidden" boolean DEFAULT false,
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
  	"sizes_feed_url" varchar,
  	"sizes_feed_width" numeric,
  	"sizes_feed_height" numeric,
  	"sizes_feed_mime_type" varchar,
  	"sizes_feed_filesize" numeric,
  	"sizes_feed_filename" varchar
  );
  
  CREATE TABLE "update_reactions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"update_id" integer NOT NULL,
  	"alumnus_id" integer NOT NULL,
  	"kind" "enum_update_reactions_kind" DEFAULT 'like' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "update_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"update_id" integer NOT NULL,
  	"reporter_id" integer NOT NULL,
  	"reason" "enum_update_reports_reason" NOT NULL,
  	"note" varchar,
  	"status" "enum_update_reports_status" DEFAULT 'open' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "forms_blocks_checkbox" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"width" numeric,
  	"required" boolean,
  	"default_value" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_checkbox_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_email" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_email_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select_options" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select_options_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_select" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"width" numeric,
  	"placeholder" varchar,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_select_locales" (
  	"label" varchar,
  	"default_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_text_locales" (
  	"label" varchar,
  	"default_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_blocks_textarea" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"width" numeric,
  	"required" boolean,
  	"block_name" varchar
  );
  
  CREATE TABLE "forms_blocks_textarea_locales" (
  	"label" varchar,
  	"default_value" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email_to" varchar,
  	"cc" varchar,
  	"bcc" varchar,
  	"reply_to" varchar,
  	"email_from" varchar
  );
  
  CREATE TABLE "forms_emails_locales" (
  	"subject" varchar DEFAULT 'You''ve received a new message.' NOT NULL,
  	"message" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"title" varchar NOT NULL,
  	"confirmation_type" "enum_forms_confirmation_type" DEFAULT 'message',
  	"redirect_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "forms_locales" (
  	"submit_button_label" varchar,
  	"confirmation_message" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "form_submissions_submission_data" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"field" varchar NOT NULL,
  	"value" varchar NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_id" integer NOT NULL,
  	"submitted_by_id" integer,
  	"submitted_by_staff_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "alumni" ADD COLUMN "birth_year" numeric;
  ALTER TABLE "roster" ADD COLUMN "invited_at" timestamp(3) with time zone;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_activity_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opportunity_interests_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "member_updates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "update_images_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "update_reactions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "update_reports_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "form_submissions_id" integer;
  ALTER TABLE "member_activity" ADD CONSTRAINT "member_activity_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_posted_by_staff_id_users_id_fk" FOREIGN KEY ("posted_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunity_interests" ADD CONSTRAINT "opportunity_interests_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunity_interests" ADD CONSTRAINT "opportunity_interests_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunity_interests" ADD CONSTRAINT "opportunity_interests_poster_alumnus_id_alumni_id_fk" FOREIGN KEY ("poster_alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_updates" ADD CONSTRAINT "member_updates_image_id_update_images_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."update_images"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "member_updates" ADD CONSTRAINT "member_updates_author_id_alumni_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_images" ADD CONSTRAINT "update_images_owner_id_alumni_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_reactions" ADD CONSTRAINT "update_reactions_update_id_member_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."member_updates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_reactions" ADD CONSTRAINT "update_reactions_alumnus_id_alumni_id_fk" FOREIGN KEY ("alumnus_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_reports" ADD CONSTRAINT "update_reports_update_id_member_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."member_updates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_reports" ADD CONSTRAINT "update_reports_reporter_id_alumni_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "forms_blocks_checkbox" ADD CONSTRAINT "forms_blocks_checkbox_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_checkbox_locales" ADD CONSTRAINT "forms_blocks_checkbox_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_checkbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_email" ADD CONSTRAINT "forms_blocks_email_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_email_locales" ADD CONSTRAINT "forms_blocks_email_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_email"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_options" ADD CONSTRAINT "forms_blocks_select_options_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_options_locales" ADD CONSTRAINT "forms_blocks_select_options_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select_options"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select" ADD CONSTRAINT "forms_blocks_select_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_select_locales" ADD CONSTRAINT "forms_blocks_select_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_select"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_text" ADD CONSTRAINT "forms_blocks_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_text_locales" ADD CONSTRAINT "forms_blocks_text_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_text"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_textarea" ADD CONSTRAINT "forms_blocks_textarea_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_blocks_textarea_locales" ADD CONSTRAINT "forms_blocks_textarea_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_blocks_textarea"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_emails" ADD CONSTRAINT "forms_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_emails_locales" ADD CONSTRAINT "forms_emails_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms_emails"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "forms_locales" ADD CONSTRAINT "forms_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions_submission_data" ADD CONSTRAINT "form_submissions_submission_data_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_form_id_forms_id_fk" FOREIGN KEY ("form_id") REFERENCES "public"."forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_submitted_by_id_alumni_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."alumni"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_submitted_by_staff_id_users_id_fk" FOREIGN KEY ("submitted_by_staff_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "member_activity_alumnus_idx" ON "member_activity" USING btree ("alumnus_id");
  CREATE INDEX "member_activity_month_idx" ON "member_activity" USING btree ("month");
  CREATE INDEX "member_activity_updated_at_idx" ON "member_activity" USING btree ("updated_at");
  CREATE INDEX "member_activity_created_at_idx" ON "member_activity" USING btree ("created_at");
  CREATE UNIQUE INDEX "alumnus_month_idx" ON "member_activity" USING btree ("alumnus_id","month");
  CREATE INDEX "opportunities_kind_idx" ON "opportunities" USING btree ("kind");
  CREATE INDEX "opportunities_industry_idx" ON "opportunities" USING btree ("industry");
  CREATE INDEX "opportunities_status_idx" ON "opportunities" USING btree ("status");
  CREATE INDEX "opportunities_hidden_idx" ON "opportunities" USING btree ("hidden");
  CREATE INDEX "opportunities_alumnus_idx" ON "opportunities" USING btree ("alumnus_id");
  CREATE INDEX "opportunities_posted_by_staff_idx" ON "opportunities" USING btree ("posted_by_staff_id");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "status_deadline_idx" ON "opportunities" USING btree ("status","deadline");
  CREATE INDEX "opportunity_interests_opportunity_idx" ON "opportunity_interests" USING btree ("opportunity_id");
  CREATE INDEX "opportunity_interests_alumnus_idx" ON "opportunity_interests" USING btree ("alumnus_id");
  CREATE INDEX "opportunity_interests_poster_alumnus_idx" ON "opportunity_interests" USING btree ("poster_alumnus_id");
  CREATE INDEX "opportunity_interests_updated_at_idx" ON "opportunity_interests" USING btree ("updated_at");
  CREATE INDEX "opportunity_interests_created_at_idx" ON "opportunity_interests" USING btree ("created_at");
  CREATE UNIQUE INDEX "opportunity_alumnus_idx" ON "opportunity_interests" USING btree ("opportunity_id","alumnus_id");
  CREATE INDEX "member_updates_image_idx" ON "member_updates" USING btree ("image_id");
  CREATE INDEX "member_updates_hidden_idx" ON "member_updates" USING btree ("hidden");
  CREATE INDEX "member_updates_author_idx" ON "member_updates" USING btree ("author_id");
  CREATE INDEX "member_updates_updated_at_idx" ON "member_updates" USING btree ("updated_at");
  CREATE INDEX "member_updates_created_at_idx" ON "member_updates" USING btree ("created_at");
  CREATE INDEX "hidden_createdAt_idx" ON "member_updates" USING btree ("hidden","created_at");
  CREATE INDEX "update_images_owner_idx" ON "update_images" USING btree ("owner_id");
  CREATE INDEX "update_images_updated_at_idx" ON "update_images" USING btree ("updated_at");
  CREATE INDEX "update_images_created_at_idx" ON "update_images" USING btree ("created_at");
  CREATE UNIQUE INDEX "update_images_filename_idx" ON "update_images" USING btree ("filename");
  CREATE INDEX "update_images_sizes_feed_sizes_feed_filename_idx" ON "update_images" USING btree ("sizes_feed_filename");
  CREATE INDEX "update_reactions_update_idx" ON "update_reactions" USING btree ("update_id");
  CREATE INDEX "update_reactions_alumnus_idx" ON "update_reactions" USING btree ("alumnus_id");
  CREATE INDEX "update_reactions_updated_at_idx" ON "update_reactions" USING btree ("updated_at");
  CREATE INDEX "update_reactions_created_at_idx" ON "update_reactions" USING btree ("created_at");
  CREATE UNIQUE INDEX "update_alumnus_idx" ON "update_reactions" USING btree ("update_id","alumnus_id");
  CREATE INDEX "update_reports_update_idx" ON "update_reports" USING btree ("update_id");
  CREATE INDEX "update_reports_reporter_idx" ON "update_reports" USING btree ("reporter_id");
  CREATE INDEX "update_reports_status_idx" ON "update_reports" USING btree ("status");
  CREATE INDEX "update_reports_updated_at_idx" ON "update_reports" USING btree ("updated_at");
  CREATE INDEX "update_reports_created_at_idx" ON "update_reports" USING btree ("created_at");
  CREATE UNIQUE INDEX "update_reporter_idx" ON "update_reports" USING btree ("update_id","reporter_id");
  CREATE INDEX "forms_blocks_checkbox_order_idx" ON "forms_blocks_checkbox" USING btree ("_order");
  CREATE INDEX "forms_blocks_checkbox_parent_id_idx" ON "forms_blocks_checkbox" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_checkbox_path_idx" ON "forms_blocks_checkbox" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_blocks_checkbox_locales_locale_parent_id_unique" ON "forms_blocks_checkbox_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_blocks_email_order_idx" ON "forms_blocks_email" USING btree ("_order");
  CREATE INDEX "forms_blocks_email_parent_id_idx" ON "forms_blocks_email" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_email_path_idx" ON "forms_blocks_email" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_blocks_email_locales_locale_parent_id_unique" ON "forms_blocks_email_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_blocks_select_options_order_idx" ON "forms_blocks_select_options" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_options_parent_id_idx" ON "forms_blocks_select_options" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "forms_blocks_select_options_locales_locale_parent_id_unique" ON "forms_blocks_select_options_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_blocks_select_order_idx" ON "forms_blocks_select" USING btree ("_order");
  CREATE INDEX "forms_blocks_select_parent_id_idx" ON "forms_blocks_select" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_select_path_idx" ON "forms_blocks_select" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_blocks_select_locales_locale_parent_id_unique" ON "forms_blocks_select_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_blocks_text_order_idx" ON "forms_blocks_text" USING btree ("_order");
  CREATE INDEX "forms_blocks_text_parent_id_idx" ON "forms_blocks_text" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_text_path_idx" ON "forms_blocks_text" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_blocks_text_locales_locale_parent_id_unique" ON "forms_blocks_text_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_blocks_textarea_order_idx" ON "forms_blocks_textarea" USING btree ("_order");
  CREATE INDEX "forms_blocks_textarea_parent_id_idx" ON "forms_blocks_textarea" USING btree ("_parent_id");
  CREATE INDEX "forms_blocks_textarea_path_idx" ON "forms_blocks_textarea" USING btree ("_path");
  CREATE UNIQUE INDEX "forms_blocks_textarea_locales_locale_parent_id_unique" ON "forms_blocks_textarea_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "forms_emails_order_idx" ON "forms_emails" USING btree ("_order");
  CREATE INDEX "forms_emails_parent_id_idx" ON "forms_emails" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "forms_emails_locales_locale_parent_id_unique" ON "forms_emails_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "forms_key_idx" ON "forms" USING btree ("key");
  CREATE INDEX "forms_updated_at_idx" ON "forms" USING btree ("updated_at");
  CREATE INDEX "forms_created_at_idx" ON "forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "forms_locales_locale_parent_id_unique" ON "forms_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "form_submissions_submission_data_order_idx" ON "form_submissions_submission_data" USING btree ("_order");
  CREATE INDEX "form_submissions_submission_data_parent_id_idx" ON "form_submissions_submission_data" USING btree ("_parent_id");
  CREATE INDEX "form_submissions_form_idx" ON "form_submissions" USING btree ("form_id");
  CREATE INDEX "form_submissions_submitted_by_idx" ON "form_submissions" USING btree ("submitted_by_id");
  CREATE INDEX "form_submissions_submitted_by_staff_idx" ON "form_submissions" USING btree ("submitted_by_staff_id");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_activity_fk" FOREIGN KEY ("member_activity_id") REFERENCES "public"."member_activity"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunity_interests_fk" FOREIGN KEY ("opportunity_interests_id") REFERENCES "public"."opportunity_interests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_member_updates_fk" FOREIGN KEY ("member_updates_id") REFERENCES "public"."member_updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_update_images_fk" FOREIGN KEY ("update_images_id") REFERENCES "public"."update_images"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_update_reactions_fk" FOREIGN KEY ("update_reactions_id") REFERENCES "public"."update_reactions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_update_reports_fk" FOREIGN KEY ("update_reports_id") REFERENCES "public"."update_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_forms_fk" FOREIGN KEY ("forms_id") REFERENCES "public"."forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_member_activity_id_idx" ON "payload_locked_documents_rels" USING btree ("member_activity_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_opportunity_interests_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunity_interests_id");
  CREATE INDEX "payload_locked_documents_rels_member_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("member_updates_id");
  CREATE INDEX "payload_locked_documents_rels_update_images_id_idx" ON "payload_locked_documents_rels" USING btree ("update_images_id");
  CREATE INDEX "payload_locked_documents_rels_update_reactions_id_idx" ON "payload_locked_documents_rels" USING btree ("update_reactions_id");
  CREATE INDEX "payload_locked_documents_rels_update_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("update_reports_id");
  CREATE INDEX "payload_locked_documents_rels_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("forms_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "member_activity" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunity_interests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "member_updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "update_images" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "update_reactions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "update_reports" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_checkbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_checkbox_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_email" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_email_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select_options" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select_options_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_select_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_text_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_textarea" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_blocks_textarea_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_emails" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_emails_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "forms_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions_submission_data" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "form_submissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "member_activity" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "opportunity_interests" CASCADE;
  DROP TABLE "member_updates" CASCADE;
  DROP TABLE "update_images" CASCADE;
  DROP TABLE "update_reactions" CASCADE;
  DROP TABLE "update_reports" CASCADE;
  DROP TABLE "forms_blocks_checkbox" CASCADE;
  DROP TABLE "forms_blocks_checkbox_locales" CASCADE;
  DROP TABLE "forms_blocks_email" CASCADE;
  DROP TABLE "forms_blocks_email_locales" CASCADE;
  DROP TABLE "forms_blocks_select_options" CASCADE;
  DROP TABLE "forms_blocks_select_options_locales" CASCADE;
  DROP TABLE "forms_blocks_select" CASCADE;
  DROP TABLE "forms_blocks_select_locales" CASCADE;
  DROP TABLE "forms_blocks_text" CASCADE;
  DROP TABLE "forms_blocks_text_locales" CASCADE;
  DROP TABLE "forms_blocks_textarea" CASCADE;
  DROP TABLE "forms_blocks_textarea_locales" CASCADE;
  DROP TABLE "forms_emails" CASCADE;
  DROP TABLE "forms_emails_locales" CASCADE;
  DROP TABLE "forms" CASCADE;
  DROP TABLE "forms_locales" CASCADE;
  DROP TABLE "form_submissions_submission_data" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_activity_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opportunities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opportunity_interests_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_member_updates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_update_images_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_update_reactions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_update_reports_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_form_submissions_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'eventPromotionEmail', 'eventReminders', 'sendAnnouncementMail', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'eventPromotionEmail', 'eventReminders', 'sendAnnouncementMail', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_member_activity_id_idx";
  DROP INDEX "payload_locked_documents_rels_opportunities_id_idx";
  DROP INDEX "payload_locked_documents_rels_opportunity_interests_id_idx";
  DROP INDEX "payload_locked_documents_rels_member_updates_id_idx";
  DROP INDEX "payload_locked_documents_rels_update_images_id_idx";
  DROP INDEX "payload_locked_documents_rels_update_reactions_id_idx";
  DROP INDEX "payload_locked_documents_rels_update_reports_id_idx";
  DROP INDEX "payload_locked_documents_rels_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_form_submissions_id_idx";
  ALTER TABLE "alumni" DROP COLUMN "birth_year";
  ALTER TABLE "roster" DROP COLUMN "invited_at";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_activity_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opportunity_interests_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "member_updates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "update_images_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "update_reactions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "update_reports_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "form_submissions_id";
  DROP TYPE "public"."enum_opportunities_kind";
  DROP TYPE "public"."enum_opportunities_industry";
  DROP TYPE "public"."enum_opportunities_status";
  DROP TYPE "public"."enum_opportunities_outcome";
  DROP TYPE "public"."enum_update_reactions_kind";
  DROP TYPE "public"."enum_update_reports_reason";
  DROP TYPE "public"."enum_update_reports_status";
  DROP TYPE "public"."enum_forms_confirmation_type";`)
}
