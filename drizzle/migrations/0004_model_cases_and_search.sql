CREATE TABLE "model_case_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"reviewer_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "model_case_reviews_decision_check" CHECK ("model_case_reviews"."decision" in ('PUBLISH', 'RETURN')),
	CONSTRAINT "model_case_reviews_reason_check" CHECK ("model_case_reviews"."decision" <> 'RETURN' or length(trim("model_case_reviews"."comment")) > 0)
);
--> statement-breakpoint
CREATE TABLE "model_case_views" (
	"case_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"day" date NOT NULL,
	CONSTRAINT "model_case_views_case_id_client_key_day_pk" PRIMARY KEY("case_id","client_key","day")
);
--> statement-breakpoint
CREATE TABLE "model_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"background" text NOT NULL,
	"practice" text NOT NULL,
	"results" text NOT NULL,
	"lessons" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"level" text,
	"year" integer NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"featured" boolean DEFAULT false NOT NULL,
	"featured_at" timestamp (3) with time zone,
	"brand_id" uuid,
	"unit_id" uuid NOT NULL,
	"cover_attachment_id" uuid,
	"view_count" integer DEFAULT 0 NOT NULL,
	"published_at" timestamp (3) with time zone,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"search_title" text DEFAULT '' NOT NULL,
	"search_body" text DEFAULT '' NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_body), 'C')) STORED NOT NULL,
	CONSTRAINT "model_cases_status_check" CHECK (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED')),
	CONSTRAINT "model_cases_level_check" CHECK (level is null or level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL')),
	CONSTRAINT "model_cases_year_check" CHECK ("model_cases"."year" between 2000 and 2100),
	CONSTRAINT "model_cases_published_check" CHECK (("model_cases"."status" = 'PUBLISHED') = ("model_cases"."published_at" is not null)),
	CONSTRAINT "model_cases_featured_check" CHECK (not "model_cases"."featured" or "model_cases"."status" = 'PUBLISHED')
);
--> statement-breakpoint
ALTER TABLE "timeline_events" DROP CONSTRAINT "timeline_events_kind_check";--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD COLUMN "case_id" uuid;--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD COLUMN "document_attachment_id" uuid;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "search_title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "search_body" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "brands" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, search_title), 'A') || setweight(to_tsvector('simple'::regconfig, search_body), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "model_case_reviews" ADD CONSTRAINT "model_case_reviews_case_id_model_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."model_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_case_reviews" ADD CONSTRAINT "model_case_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_case_views" ADD CONSTRAINT "model_case_views_case_id_model_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."model_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_cases" ADD CONSTRAINT "model_cases_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_cases" ADD CONSTRAINT "model_cases_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_cases" ADD CONSTRAINT "model_cases_cover_attachment_id_attachments_id_fk" FOREIGN KEY ("cover_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "model_cases" ADD CONSTRAINT "model_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "model_case_reviews_case_idx" ON "model_case_reviews" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "model_cases_status_idx" ON "model_cases" USING btree ("status","published_at","id");--> statement-breakpoint
CREATE INDEX "model_cases_brand_idx" ON "model_cases" USING btree ("brand_id");--> statement-breakpoint
CREATE INDEX "model_cases_unit_idx" ON "model_cases" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "model_cases_level_idx" ON "model_cases" USING btree ("level");--> statement-breakpoint
CREATE INDEX "model_cases_year_idx" ON "model_cases" USING btree ("year");--> statement-breakpoint
CREATE INDEX "model_cases_featured_idx" ON "model_cases" USING btree ("featured","featured_at");--> statement-breakpoint
CREATE INDEX "model_cases_views_idx" ON "model_cases" USING btree ("view_count","id");--> statement-breakpoint
CREATE INDEX "model_cases_tags_idx" ON "model_cases" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "model_cases_search_idx" ON "model_cases" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD CONSTRAINT "brand_level_changes_case_id_model_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."model_cases"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD CONSTRAINT "brand_level_changes_document_attachment_id_attachments_id_fk" FOREIGN KEY ("document_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brands_search_idx" ON "brands" USING gin ("search_vector");--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_kind_check" CHECK (kind in ('BRAND_CREATED', 'BRAND_UPDATED', 'STAGE_CHANGED', 'LEVEL_PROMOTED', 'FIVE_HAVE_UPDATED', 'PLAN_SAVED', 'PLAN_SUBMITTED', 'PLAN_APPROVED', 'PLAN_RETURNED', 'MILESTONE_REPORTED', 'INSPECTION_RECORDED', 'RECTIFICATION_UPDATED', 'RECTIFICATION_VERIFIED', 'RECTIFICATION_REJECTED', 'CASE_SUBMITTED', 'CASE_PUBLISHED', 'CASE_RETURNED', 'CASE_FEATURED'));