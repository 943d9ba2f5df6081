CREATE TABLE "news_articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "news_articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"admin_id" bigint NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"editing" jsonb,
	"text" text DEFAULT '' NOT NULL,
	"title" text,
	"dated" text,
	"url" text,
	"drafts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "news_articles_status" CHECK ("news_articles"."status" in ('waiting', 'reviewing', 'saved', 'announced', 'closed')),
	CONSTRAINT "news_articles_text_length" CHECK (char_length("news_articles"."text") <= 100000)
);
--> statement-breakpoint
CREATE INDEX "news_articles_open_idx" ON "news_articles" USING btree ("admin_id") WHERE "news_articles"."status" in ('waiting', 'reviewing', 'saved');