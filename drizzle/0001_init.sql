CREATE TYPE "public"."award_level" AS ENUM('nasional', 'provinsi', 'kabupaten');--> statement-breakpoint
CREATE TYPE "public"."innovation_stage" AS ENUM('inisiatif', 'uji_coba', 'penerapan');--> statement-breakpoint
CREATE TYPE "public"."innovation_status" AS ENUM('draft', 'pending', 'published', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."regency_kind" AS ENUM('kabupaten', 'kota');--> statement-breakpoint
CREATE TABLE "awards" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "awards_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"title_key" text NOT NULL,
	"level" "award_level" NOT NULL,
	"organizer" text,
	"year" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "awards_year_range" CHECK ("awards"."year" is null or "awards"."year" between 1945 and 2100)
);
--> statement-breakpoint
CREATE TABLE "innovation_awards" (
	"innovation_id" integer NOT NULL,
	"award_id" integer NOT NULL,
	CONSTRAINT "innovation_awards_innovation_id_award_id_pk" PRIMARY KEY("innovation_id","award_id")
);
--> statement-breakpoint
CREATE TABLE "conversation_states" (
	"key" text PRIMARY KEY NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "innovations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "innovations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"expansion" text,
	"description" text DEFAULT '' NOT NULL,
	"problem" text,
	"impact" text,
	"agency" text NOT NULL,
	"regency_code" text,
	"province_code" text NOT NULL,
	"innovator" text,
	"year" integer,
	"theme" text,
	"is_digital" boolean,
	"stage" "innovation_stage",
	"source" text,
	"status" "innovation_status" DEFAULT 'published' NOT NULL,
	"natural_key" text NOT NULL,
	"submitted_by" bigint,
	"rejection_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "innovations_year_range" CHECK ("innovations"."year" is null or "innovations"."year" between 1945 and 2100),
	CONSTRAINT "innovations_name_length" CHECK (char_length("innovations"."name") between 1 and 200),
	CONSTRAINT "innovations_agency_length" CHECK (char_length("innovations"."agency") between 1 and 200),
	CONSTRAINT "innovations_description_length" CHECK (char_length("innovations"."description") <= 4000)
);
--> statement-breakpoint
CREATE TABLE "provinces" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "provinces_code_format" CHECK ("provinces"."code" ~ '^[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "regencies" (
	"code" text PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"kind" "regency_kind" NOT NULL,
	"name" text NOT NULL,
	"official_name" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "regencies_code_format" CHECK ("regencies"."code" ~ '^[0-9]{2}\.[0-9]{2}$')
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"chat_type" text NOT NULL,
	"everything" boolean DEFAULT false NOT NULL,
	"province_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"regency_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "telegram_users" (
	"id" bigint PRIMARY KEY NOT NULL,
	"first_name" text DEFAULT '' NOT NULL,
	"username" text,
	"language_code" text,
	"is_admin" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "innovation_awards" ADD CONSTRAINT "innovation_awards_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovation_awards" ADD CONSTRAINT "innovation_awards_award_id_awards_id_fk" FOREIGN KEY ("award_id") REFERENCES "public"."awards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_regency_code_regencies_code_fk" FOREIGN KEY ("regency_code") REFERENCES "public"."regencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_submitted_by_telegram_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."telegram_users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regencies" ADD CONSTRAINT "regencies_province_code_provinces_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."provinces"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "awards_title_key_idx" ON "awards" USING btree ("title_key");--> statement-breakpoint
CREATE INDEX "innovation_awards_award_idx" ON "innovation_awards" USING btree ("award_id");--> statement-breakpoint
CREATE INDEX "conversation_states_updated_idx" ON "conversation_states" USING btree ("updated_at");--> statement-breakpoint
CREATE UNIQUE INDEX "innovations_natural_key_idx" ON "innovations" USING btree ("natural_key");--> statement-breakpoint
CREATE INDEX "innovations_status_idx" ON "innovations" USING btree ("status");--> statement-breakpoint
CREATE INDEX "innovations_name_trgm_idx" ON "innovations" USING gin (lower("name") gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "innovations_province_idx" ON "innovations" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "innovations_regency_idx" ON "innovations" USING btree ("regency_code");--> statement-breakpoint
CREATE INDEX "innovations_submitted_by_idx" ON "innovations" USING btree ("submitted_by") WHERE "innovations"."submitted_by" is not null;--> statement-breakpoint
CREATE INDEX "regencies_province_idx" ON "regencies" USING btree ("province_code");