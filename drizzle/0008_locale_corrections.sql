CREATE TABLE "corrections" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "corrections_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"innovation_id" integer NOT NULL,
	"proposed_by" bigint NOT NULL,
	"text" text NOT NULL,
	"done_by" bigint,
	"done_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "corrections_text_length" CHECK (char_length("corrections"."text") between 5 and 1000)
);
--> statement-breakpoint
ALTER TABLE "telegram_users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "corrections" ADD CONSTRAINT "corrections_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "corrections_open_idx" ON "corrections" USING btree ("created_at") WHERE "corrections"."done_at" is null;--> statement-breakpoint
ALTER TABLE "telegram_users" ADD CONSTRAINT "telegram_users_locale" CHECK ("telegram_users"."locale" in ('id', 'en'));