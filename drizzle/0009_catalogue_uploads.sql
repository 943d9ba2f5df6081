CREATE TYPE "public"."catalogue_upload_status" AS ENUM('checked', 'importing', 'imported', 'cancelled');--> statement-breakpoint
CREATE TABLE "catalogue_uploads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "catalogue_uploads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"admin_id" bigint NOT NULL,
	"chat_id" bigint NOT NULL,
	"file_id" text NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"skip_invalid" boolean DEFAULT false NOT NULL,
	"status" "catalogue_upload_status" DEFAULT 'checked' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "catalogue_uploads_format" CHECK ("catalogue_uploads"."format" in ('jsonl', 'csv', 'xlsx')),
	CONSTRAINT "catalogue_uploads_file_name_length" CHECK (char_length("catalogue_uploads"."file_name") <= 255),
	CONSTRAINT "catalogue_uploads_file_id_length" CHECK (char_length("catalogue_uploads"."file_id") <= 255)
);
--> statement-breakpoint
CREATE INDEX "catalogue_uploads_created_idx" ON "catalogue_uploads" USING btree ("created_at");