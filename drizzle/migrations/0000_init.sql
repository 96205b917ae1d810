CREATE TABLE "rate_counters" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"blocked_until" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"role" text NOT NULL,
	"unit_id" uuid,
	"disabled" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK (role in ('UNIT', 'LEADER', 'INSPECTOR', 'ADMIN')),
	CONSTRAINT "users_unit_role_check" CHECK ("users"."role" <> 'UNIT' or "users"."unit_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "unit_tier_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"unit_id" uuid NOT NULL,
	"from_tier" text,
	"to_tier" text NOT NULL,
	"reason" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_tier_changes_to_check" CHECK (to_tier in ('ADVANCED', 'AVERAGE', 'LAGGING'))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"tier" text DEFAULT 'AVERAGE' NOT NULL,
	"branch_form" text,
	"parent_id" uuid,
	"path" text NOT NULL,
	"baseline_tier" text DEFAULT 'AVERAGE' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_kind_check" CHECK (kind in ('COUNTY_COMMITTEE', 'TOWN_COMMITTEE', 'DEPARTMENT', 'VILLAGE', 'COMMUNITY', 'ENTERPRISE', 'AGENCY', 'INSTITUTION', 'SOCIAL_ORG')),
	CONSTRAINT "units_tier_check" CHECK (tier in ('ADVANCED', 'AVERAGE', 'LAGGING')),
	CONSTRAINT "units_baseline_tier_check" CHECK (baseline_tier in ('ADVANCED', 'AVERAGE', 'LAGGING')),
	CONSTRAINT "units_branch_form_check" CHECK (branch_form is null or branch_form in ('REGIONAL', 'INDUSTRY', 'MOBILE', 'FUNCTIONAL', 'ONLINE', 'JOINT')),
	CONSTRAINT "units_name_check" CHECK (length("units"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "brand_co_units" (
	"brand_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	CONSTRAINT "brand_co_units_brand_id_unit_id_pk" PRIMARY KEY("brand_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "brand_five_haves" (
	"brand_id" uuid NOT NULL,
	"item" text NOT NULL,
	"met" boolean DEFAULT false NOT NULL,
	"evidence" text,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_five_haves_brand_id_item_pk" PRIMARY KEY("brand_id","item"),
	CONSTRAINT "brand_five_haves_item_check" CHECK (item in ('NAME', 'LOGO', 'CONCEPT', 'CARRIER', 'INFLUENCE'))
);
--> statement-breakpoint
CREATE TABLE "brand_level_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brand_id" uuid NOT NULL,
	"from_level" text,
	"to_level" text NOT NULL,
	"evidence" text NOT NULL,
	"issuer" text,
	"recognized_on" date,
	"actor_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_level_changes_to_check" CHECK (to_level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL')),
	CONSTRAINT "brand_level_changes_from_check" CHECK (from_level is null or from_level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'))
);
--> statement-breakpoint
CREATE TABLE "brand_stage_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brand_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_stage_changes_to_check" CHECK (to_stage in ('DECLARED', 'CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED', 'WITHDRAWN')),
	CONSTRAINT "brand_stage_changes_from_check" CHECK (from_stage is null or from_stage in ('DECLARED', 'CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED', 'WITHDRAWN'))
);
--> statement-breakpoint
CREATE TABLE "brands" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slogan" text,
	"summary" text NOT NULL,
	"category" text NOT NULL,
	"stage" text DEFAULT 'DECLARED' NOT NULL,
	"level" text,
	"unit_id" uuid NOT NULL,
	"cover_attachment_id" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brands_category_check" CHECK (category in ('SERVICE', 'WORK_METHOD', 'PROGRAM', 'OTHER')),
	CONSTRAINT "brands_stage_check" CHECK (stage in ('DECLARED', 'CULTIVATING', 'BUILDING', 'ACCEPTANCE', 'NAMED', 'PROMOTED', 'WITHDRAWN')),
	CONSTRAINT "brands_level_check" CHECK (level is null or level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL')),
	CONSTRAINT "brands_name_check" CHECK (length("brands"."name") between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "milestone_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"milestone_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"reported_by" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestone_reports_status_check" CHECK (status in ('PENDING', 'IN_PROGRESS', 'DONE'))
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"brand_id" uuid NOT NULL,
	"title" text NOT NULL,
	"deliverable" text,
	"due_date" date NOT NULL,
	"weight" double precision NOT NULL,
	"status" text DEFAULT 'PENDING' NOT NULL,
	"note" text,
	"done_at" timestamp (3) with time zone,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "milestones_status_check" CHECK (status in ('PENDING', 'IN_PROGRESS', 'DONE')),
	CONSTRAINT "milestones_weight_check" CHECK ("milestones"."weight" > 0 and "milestones"."weight" <= 100),
	CONSTRAINT "milestones_done_check" CHECK (("milestones"."status" = 'DONE') = ("milestones"."done_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"decision" text NOT NULL,
	"comment" text,
	"reviewer_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_reviews_decision_check" CHECK (decision in ('APPROVE', 'RETURN')),
	CONSTRAINT "plan_reviews_return_reason_check" CHECK ("plan_reviews"."decision" <> 'RETURN' or length(trim("plan_reviews"."comment")) > 0)
);
--> statement-breakpoint
CREATE TABLE "plan_revisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"revision" integer NOT NULL,
	"snapshot" jsonb NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_revisions_plan_revision_key" UNIQUE("plan_id","revision")
);
--> statement-breakpoint
CREATE TABLE "plan_supports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"mode" text NOT NULL,
	"detail" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "plan_supports_mode_check" CHECK (mode in ('LEADER_LIAISON', 'POLICY_SUPPORT', 'DEPARTMENT_AID'))
);
--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brand_id" uuid NOT NULL,
	"status" text DEFAULT 'DRAFT' NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"goals" text NOT NULL,
	"concept" text,
	"identity" text,
	"working_method" text,
	"measures" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"responsible_unit_id" uuid,
	"responsible_person" jsonb NOT NULL,
	"liaison_leader" jsonb,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_brand_key" UNIQUE("brand_id"),
	CONSTRAINT "plans_id_brand_key" UNIQUE("id","brand_id"),
	CONSTRAINT "plans_status_check" CHECK (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
	CONSTRAINT "plans_dates_check" CHECK ("plans"."end_date" >= "plans"."start_date")
);
--> statement-breakpoint
CREATE TABLE "attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entries" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"actor_id" uuid,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"data" jsonb,
	"ip" text,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "timeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"brand_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"summary" text NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"actor_id" uuid,
	"data" jsonb,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeline_events_kind_check" CHECK (kind in ('BRAND_CREATED', 'BRAND_UPDATED', 'STAGE_CHANGED', 'LEVEL_PROMOTED', 'FIVE_HAVE_UPDATED', 'PLAN_SAVED', 'PLAN_SUBMITTED', 'PLAN_APPROVED', 'PLAN_RETURNED', 'MILESTONE_REPORTED'))
);
--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_tier_changes" ADD CONSTRAINT "unit_tier_changes_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_tier_changes" ADD CONSTRAINT "unit_tier_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_co_units" ADD CONSTRAINT "brand_co_units_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_co_units" ADD CONSTRAINT "brand_co_units_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_five_haves" ADD CONSTRAINT "brand_five_haves_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_five_haves" ADD CONSTRAINT "brand_five_haves_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD CONSTRAINT "brand_level_changes_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_level_changes" ADD CONSTRAINT "brand_level_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_stage_changes" ADD CONSTRAINT "brand_stage_changes_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_stage_changes" ADD CONSTRAINT "brand_stage_changes_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_cover_attachment_id_attachments_id_fk" FOREIGN KEY ("cover_attachment_id") REFERENCES "public"."attachments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brands" ADD CONSTRAINT "brands_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reports" ADD CONSTRAINT "milestone_reports_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_reports" ADD CONSTRAINT "milestone_reports_reported_by_users_id_fk" FOREIGN KEY ("reported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_plan_brand_fk" FOREIGN KEY ("plan_id","brand_id") REFERENCES "public"."plans"("id","brand_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_reviews" ADD CONSTRAINT "plan_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_revisions" ADD CONSTRAINT "plan_revisions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_supports" ADD CONSTRAINT "plan_supports_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_responsible_unit_id_units_id_fk" FOREIGN KEY ("responsible_unit_id") REFERENCES "public"."units"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rate_counters_window_idx" ON "rate_counters" USING btree ("window_start");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree (lower("username"));--> statement-breakpoint
CREATE INDEX "users_unit_idx" ON "users" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "unit_tier_changes_unit_idx" ON "unit_tier_changes" USING btree ("unit_id","changed_at");--> statement-breakpoint
CREATE INDEX "units_parent_idx" ON "units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "units_path_idx" ON "units" USING btree ("path" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "units_kind_idx" ON "units" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "units_tier_idx" ON "units" USING btree ("tier");--> statement-breakpoint
CREATE INDEX "units_name_idx" ON "units" USING btree ("name");--> statement-breakpoint
CREATE INDEX "brand_co_units_unit_idx" ON "brand_co_units" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "brand_level_changes_brand_idx" ON "brand_level_changes" USING btree ("brand_id","at");--> statement-breakpoint
CREATE INDEX "brand_stage_changes_brand_idx" ON "brand_stage_changes" USING btree ("brand_id","at");--> statement-breakpoint
CREATE INDEX "brands_unit_idx" ON "brands" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "brands_stage_idx" ON "brands" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "brands_level_idx" ON "brands" USING btree ("level");--> statement-breakpoint
CREATE INDEX "brands_category_idx" ON "brands" USING btree ("category");--> statement-breakpoint
CREATE INDEX "brands_updated_idx" ON "brands" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "brands_name_idx" ON "brands" USING btree ("name");--> statement-breakpoint
CREATE INDEX "milestone_reports_milestone_idx" ON "milestone_reports" USING btree ("milestone_id","at");--> statement-breakpoint
CREATE INDEX "milestones_plan_idx" ON "milestones" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "milestones_brand_idx" ON "milestones" USING btree ("brand_id");--> statement-breakpoint
CREATE INDEX "milestones_due_idx" ON "milestones" USING btree ("due_date","status");--> statement-breakpoint
CREATE INDEX "plan_reviews_plan_idx" ON "plan_reviews" USING btree ("plan_id","created_at");--> statement-breakpoint
CREATE INDEX "plan_supports_plan_idx" ON "plan_supports" USING btree ("plan_id","position");--> statement-breakpoint
CREATE INDEX "plans_status_idx" ON "plans" USING btree ("status");--> statement-breakpoint
CREATE INDEX "attachments_owner_idx" ON "attachments" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "audit_entries_entity_idx" ON "audit_entries" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at");--> statement-breakpoint
CREATE INDEX "timeline_events_brand_idx" ON "timeline_events" USING btree ("brand_id","at","id");