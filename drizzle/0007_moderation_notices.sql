CREATE TABLE "moderation_notices" (
	"innovation_id" integer NOT NULL,
	"admin_id" bigint NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	CONSTRAINT "moderation_notices_innovation_id_admin_id_pk" PRIMARY KEY("innovation_id","admin_id")
);
--> statement-breakpoint
ALTER TABLE "moderation_notices" ADD CONSTRAINT "moderation_notices_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "moderation_notices_due_idx" ON "moderation_notices" USING btree ("next_attempt_at");