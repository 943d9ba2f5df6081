CREATE TYPE "public"."announcement_status" AS ENUM('draft', 'published');--> statement-breakpoint
CREATE TYPE "public"."delivery_status" AS ENUM('pending', 'sending', 'sent', 'failed', 'ambiguous', 'skipped');--> statement-breakpoint
CREATE TABLE "announcement_innovations" (
	"announcement_id" integer NOT NULL,
	"innovation_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "announcement_innovations_announcement_id_innovation_id_pk" PRIMARY KEY("announcement_id","innovation_id")
);
--> statement-breakpoint
CREATE TABLE "announcements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "announcements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text DEFAULT '' NOT NULL,
	"level" "award_level",
	"year" integer,
	"status" "announcement_status" DEFAULT 'draft' NOT NULL,
	"draft" jsonb,
	"award_id" integer,
	"created_by" bigint,
	"progress_chat_id" bigint,
	"progress_message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "announcements_title_length" CHECK (char_length("announcements"."title") <= 200),
	CONSTRAINT "announcements_year_range" CHECK ("announcements"."year" is null or "announcements"."year" between 1945 and 2100)
);
--> statement-breakpoint
CREATE TABLE "deliveries" (
	"announcement_id" integer NOT NULL,
	"chat_id" bigint NOT NULL,
	"status" "delivery_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"ambiguous_sends" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now(),
	"last_error" text,
	"telegram_message_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "deliveries_announcement_id_chat_id_pk" PRIMARY KEY("announcement_id","chat_id")
);
--> statement-breakpoint
CREATE TABLE "sender_state" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"paused_until" timestamp with time zone,
	"pause_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sender_state_single_row" CHECK ("sender_state"."id" = 1)
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "locale" text DEFAULT 'id' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "deactivated_reason" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "deactivated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "announcement_innovations" ADD CONSTRAINT "announcement_innovations_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcement_innovations" ADD CONSTRAINT "announcement_innovations_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "announcements" ADD CONSTRAINT "announcements_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_announcement_id_announcements_id_fk" FOREIGN KEY ("announcement_id") REFERENCES "public"."announcements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "announcements_draft_owner_idx" ON "announcements" USING btree ("created_by") WHERE "announcements"."status" = 'draft';--> statement-breakpoint
CREATE INDEX "announcements_unfinished_idx" ON "announcements" USING btree ("id") WHERE "announcements"."status" = 'published' and "announcements"."finished_at" is null;--> statement-breakpoint
CREATE INDEX "deliveries_due_idx" ON "deliveries" USING btree ("next_attempt_at") WHERE "deliveries"."status" in ('pending', 'ambiguous');--> statement-breakpoint
CREATE INDEX "deliveries_open_idx" ON "deliveries" USING btree ("announcement_id") WHERE "deliveries"."status" in ('pending', 'sending', 'ambiguous');