ALTER TABLE "subscriptions" ADD COLUMN "award_levels" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "delivery_mode" text DEFAULT 'instant' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "time_zone" text;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "quiet_hours" text DEFAULT 'silent' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "message_thread_id" integer;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "managed_by" bigint;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "previous_filters" jsonb;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_delivery_mode" CHECK ("subscriptions"."delivery_mode" in ('instant', 'daily', 'weekly'));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_time_zone" CHECK ("subscriptions"."time_zone" is null or "subscriptions"."time_zone" in ('WIB', 'WITA', 'WIT'));--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_quiet_hours" CHECK ("subscriptions"."quiet_hours" in ('silent', 'hold'));