CREATE TYPE "public"."announcement_stage" AS ENUM('provisional', 'final', 'withdrawn');--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "stage" "announcement_stage" DEFAULT 'final' NOT NULL;--> statement-breakpoint
ALTER TABLE "announcements" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "editing" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "edit_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "edit_next_attempt_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "edit_error" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "provisional" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "deliveries_revision_idx" ON "deliveries" USING btree ("announcement_id","revision") WHERE "deliveries"."status" = 'sent';