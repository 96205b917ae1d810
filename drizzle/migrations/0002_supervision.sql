CREATE TABLE "attachment_blobs" (
	"attachment_id" uuid PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"title" text NOT NULL,
	"section" text,
	"max_score" double precision NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "checklist_items_max_check" CHECK ("checklist_items"."max_score" > 0 and "checklist_items"."max_score" <= 100)
);
--> statement-breakpoint
CREATE TABLE "checklist_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"retired_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_templates_name_check" CHECK (length("checklist_templates"."name") between 1 and 100)
);
--> statement-breakpoint
CREATE TABLE "findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inspection_id" uuid NOT NULL,
	"problem" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "inspection_attachments" (
	"inspection_id" uuid NOT NULL,
	"attachment_id" uuid NOT NULL,
	CONSTRAINT "inspection_attachments_inspection_id_attachment_id_pk" PRIMARY KEY("inspection_id","attachment_id")
);
--> statement-breakpoint
CREATE TABLE "inspection_items" (
	"inspection_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	"score" double precision NOT NULL,
	"note" text,
	CONSTRAINT "inspection_items_inspection_id_item_id_pk" PRIMARY KEY("inspection_id","item_id"),
	CONSTRAINT "inspection_items_score_check" CHECK ("inspection_items"."score" >= 0)
);
--> statement-breakpoint
CREATE TABLE "inspections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"brand_id" uuid,
	"unit_id" uuid NOT NULL,
	"inspector_id" uuid,
	"date" date NOT NULL,
	"template_id" uuid NOT NULL,
	"template_version" integer NOT NULL,
	"score" double precision NOT NULL,
	"max_score" double precision NOT NULL,
	"summary" text,
	"draw_item_id" uuid,
	"client_request_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inspections_client_request_key" UNIQUE("client_request_id"),
	CONSTRAINT "inspections_kind_check" CHECK (kind in ('REGULAR', 'SPOT', 'SELF')),
	CONSTRAINT "inspections_score_check" CHECK ("inspections"."score" >= 0 and "inspections"."score" <= "inspections"."max_score")
);
--> statement-breakpoint
CREATE TABLE "spot_check_draw_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"draw_id" uuid NOT NULL,
	"brand_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"weight" double precision NOT NULL,
	"reasons" text[] NOT NULL,
	"position" integer NOT NULL,
	"inspection_id" uuid,
	"done" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spot_check_draws" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seed" integer NOT NULL,
	"count" integer NOT NULL,
	"rule" text NOT NULL,
	"candidates" integer NOT NULL,
	"drawn_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rectification_id" uuid NOT NULL,
	"rating" text NOT NULL,
	"comment" text,
	"client_key" text NOT NULL,
	"day" date NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "public_reviews_once_a_day_key" UNIQUE("rectification_id","client_key","day"),
	CONSTRAINT "public_reviews_rating_check" CHECK (rating in ('SATISFIED', 'BASICALLY_SATISFIED', 'UNSATISFIED')),
	CONSTRAINT "public_reviews_comment_check" CHECK ("public_reviews"."comment" is null or length("public_reviews"."comment") <= 500)
);
--> statement-breakpoint
CREATE TABLE "rectification_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rectification_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"note" text,
	"attachment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"actor_id" uuid,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectification_events_to_check" CHECK (to_status in ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED'))
);
--> statement-breakpoint
CREATE TABLE "rectifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"finding_id" uuid,
	"inspection_id" uuid,
	"unit_id" uuid NOT NULL,
	"brand_id" uuid,
	"problem" text NOT NULL,
	"measure" text NOT NULL,
	"deadline" date NOT NULL,
	"responsible_person" jsonb NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'OPEN' NOT NULL,
	"done_at" timestamp (3) with time zone,
	"verified_at" timestamp (3) with time zone,
	"verified_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rectifications_finding_key" UNIQUE("finding_id"),
	CONSTRAINT "rectifications_status_check" CHECK (status in ('OPEN', 'IN_PROGRESS', 'DONE', 'VERIFIED')),
	CONSTRAINT "rectifications_verified_check" CHECK (("rectifications"."status" = 'VERIFIED') = ("rectifications"."verified_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "timeline_events" DROP CONSTRAINT "timeline_events_kind_check";--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "sha256" text NOT NULL;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "subject_kind" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD COLUMN "subject_id" uuid;--> statement-breakpoint
ALTER TABLE "attachment_blobs" ADD CONSTRAINT "attachment_blobs_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "findings" ADD CONSTRAINT "findings_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_attachments" ADD CONSTRAINT "inspection_attachments_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_attachments" ADD CONSTRAINT "inspection_attachments_attachment_id_attachments_id_fk" FOREIGN KEY ("attachment_id") REFERENCES "public"."attachments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspection_items" ADD CONSTRAINT "inspection_items_item_id_checklist_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."checklist_items"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "inspections" ADD CONSTRAINT "inspections_template_id_checklist_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."checklist_templates"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draw_items" ADD CONSTRAINT "spot_check_draw_items_draw_id_spot_check_draws_id_fk" FOREIGN KEY ("draw_id") REFERENCES "public"."spot_check_draws"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draw_items" ADD CONSTRAINT "spot_check_draw_items_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draw_items" ADD CONSTRAINT "spot_check_draw_items_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draw_items" ADD CONSTRAINT "spot_check_draw_items_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_check_draws" ADD CONSTRAINT "spot_check_draws_drawn_by_users_id_fk" FOREIGN KEY ("drawn_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_reviews" ADD CONSTRAINT "public_reviews_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_rectification_id_rectifications_id_fk" FOREIGN KEY ("rectification_id") REFERENCES "public"."rectifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectification_events" ADD CONSTRAINT "rectification_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_finding_id_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."findings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_inspection_id_inspections_id_fk" FOREIGN KEY ("inspection_id") REFERENCES "public"."inspections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_brand_id_brands_id_fk" FOREIGN KEY ("brand_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rectifications" ADD CONSTRAINT "rectifications_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_items_template_idx" ON "checklist_items" USING btree ("template_id","template_version","position");--> statement-breakpoint
CREATE INDEX "findings_inspection_idx" ON "findings" USING btree ("inspection_id","position");--> statement-breakpoint
CREATE INDEX "inspections_brand_idx" ON "inspections" USING btree ("brand_id","date");--> statement-breakpoint
CREATE INDEX "inspections_unit_idx" ON "inspections" USING btree ("unit_id","date");--> statement-breakpoint
CREATE INDEX "inspections_kind_date_idx" ON "inspections" USING btree ("kind","date");--> statement-breakpoint
CREATE INDEX "inspections_date_idx" ON "inspections" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "spot_check_draw_items_draw_idx" ON "spot_check_draw_items" USING btree ("draw_id","position");--> statement-breakpoint
CREATE INDEX "spot_check_draw_items_pending_idx" ON "spot_check_draw_items" USING btree ("done","brand_id");--> statement-breakpoint
CREATE INDEX "public_reviews_rectification_idx" ON "public_reviews" USING btree ("rectification_id","created_at");--> statement-breakpoint
CREATE INDEX "rectification_events_rectification_idx" ON "rectification_events" USING btree ("rectification_id","at");--> statement-breakpoint
CREATE INDEX "rectifications_unit_idx" ON "rectifications" USING btree ("unit_id","status");--> statement-breakpoint
CREATE INDEX "rectifications_brand_idx" ON "rectifications" USING btree ("brand_id","status");--> statement-breakpoint
CREATE INDEX "rectifications_status_deadline_idx" ON "rectifications" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "rectifications_public_idx" ON "rectifications" USING btree ("public","deadline","id");--> statement-breakpoint
CREATE INDEX "rectifications_inspection_idx" ON "rectifications" USING btree ("inspection_id");--> statement-breakpoint
CREATE INDEX "attachments_subject_idx" ON "attachments" USING btree ("subject_kind","subject_id");--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_subject_check" CHECK (subject_kind is null or subject_kind in ('MILESTONE', 'INSPECTION', 'RECTIFICATION', 'FIVE_HAVE', 'MODEL_CASE', 'BRAND'));--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_size_check" CHECK ("attachments"."size" >= 0);--> statement-breakpoint
ALTER TABLE "timeline_events" ADD CONSTRAINT "timeline_events_kind_check" CHECK (kind in ('BRAND_CREATED', 'BRAND_UPDATED', 'STAGE_CHANGED', 'LEVEL_PROMOTED', 'FIVE_HAVE_UPDATED', 'PLAN_SAVED', 'PLAN_SUBMITTED', 'PLAN_APPROVED', 'PLAN_RETURNED', 'MILESTONE_REPORTED', 'INSPECTION_RECORDED', 'RECTIFICATION_UPDATED', 'RECTIFICATION_VERIFIED', 'RECTIFICATION_REJECTED'));