DROP INDEX "timeline_events_brand_idx";--> statement-breakpoint
ALTER TABLE "timeline_events" ADD COLUMN "seq" bigint NOT NULL GENERATED ALWAYS AS IDENTITY (sequence name "timeline_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1);--> statement-breakpoint
CREATE UNIQUE INDEX "brands_live_name_key" ON "brands" USING btree (lower("name")) WHERE "brands"."stage" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "timeline_events_brand_idx" ON "timeline_events" USING btree ("brand_id","at","seq");