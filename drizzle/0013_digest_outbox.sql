CREATE TABLE "digests" (
	"chat_id" bigint NOT NULL,
	"period" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"covers_from" timestamp with time zone NOT NULL,
	"covers_until" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"ambiguous_sends" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone,
	"parts_sent" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "digests_chat_id_period_pk" PRIMARY KEY("chat_id","period"),
	CONSTRAINT "digests_status" CHECK ("digests"."status" in ('pending', 'sending', 'sent', 'failed', 'ambiguous', 'skipped'))
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "delivery_mode_since" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE INDEX "digests_due_idx" ON "digests" USING btree ("next_attempt_at") WHERE "digests"."status" in ('pending', 'ambiguous');