ALTER TYPE "public"."award_level" ADD VALUE 'kota';--> statement-breakpoint
DROP INDEX "innovations_natural_key_idx";--> statement-breakpoint
ALTER TABLE "innovations" ALTER COLUMN "agency" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "rank" text;--> statement-breakpoint
ALTER TABLE "awards" ADD COLUMN "rank_position" integer;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "themes" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "tags" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "agency_key" text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Hand-written data migration (issue 11), before the new unique index and before "theme" is dropped.
-- 1. The natural key was "name|agency|region" (region suffixed "#id" once rejected); it becomes
--    "name|region" with the folded agency in agency_key, so a row without agency can meet a known one.
UPDATE "innovations" SET
  "agency_key" = split_part("natural_key", '|', 2),
  "natural_key" = split_part("natural_key", '|', 1) || '|' || split_part("natural_key", '|', 3);--> statement-breakpoint
-- 2. The twelve old themes become urusan of UU 23/2014 (src/domain/innovations/themes.ts); an old value
--    outside them is kept as the innovation's own tag.
CREATE FUNCTION pg_temp.urusan_of(old text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE old
    WHEN 'kesehatan' THEN 'kesehatan'
    WHEN 'pendidikan' THEN 'pendidikan'
    WHEN 'kependudukan' THEN 'adminduk'
    WHEN 'ekonomi' THEN 'koperasi-ukm'
    WHEN 'lingkungan' THEN 'lingkungan-hidup'
    WHEN 'kebencanaan' THEN 'kebencanaan'
    WHEN 'pertanian' THEN 'pertanian'
    WHEN 'pemberdayaan' THEN 'masyarakat-desa'
    WHEN 'sosial' THEN 'sosial'
    WHEN 'tata-kelola' THEN 'tata-kelola'
    WHEN 'perizinan' THEN 'penanaman-modal'
    WHEN 'infrastruktur' THEN 'pekerjaan-umum'
  END
$$;--> statement-breakpoint
UPDATE "innovations" SET "themes" = ARRAY[pg_temp.urusan_of("theme")] WHERE pg_temp.urusan_of("theme") IS NOT NULL;--> statement-breakpoint
UPDATE "innovations" SET "tags" = ARRAY["theme"] WHERE "theme" IS NOT NULL AND pg_temp.urusan_of("theme") IS NULL;--> statement-breakpoint
-- 3. Subscriptions filter on the same slugs; a slug no longer known is dropped from the filter.
UPDATE "subscriptions" SET "themes" = ARRAY(
  SELECT DISTINCT pg_temp.urusan_of(old) FROM unnest("themes") AS old WHERE pg_temp.urusan_of(old) IS NOT NULL
) WHERE "themes" <> '{}';--> statement-breakpoint
DROP FUNCTION pg_temp.urusan_of(text);--> statement-breakpoint
-- 4. Ranks of awards already stored, for the "Top N" titles (new awards are parsed on import).
UPDATE "awards" SET "rank" = 'top', "rank_position" = substring(lower("title") FROM 'top ?([0-9]{1,3})')::integer
  WHERE lower("title") ~ 'top ?[0-9]{1,3}';--> statement-breakpoint
CREATE UNIQUE INDEX "innovations_natural_key_agency_idx" ON "innovations" USING btree ("natural_key","agency_key");--> statement-breakpoint
ALTER TABLE "innovations" DROP COLUMN "theme";--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_rank_kind" CHECK ("awards"."rank" is null or "awards"."rank" in ('top', 'juara', 'harapan', 'finalis', 'nominasi', 'terpuji'));