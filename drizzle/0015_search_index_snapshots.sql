CREATE TABLE "search_index_snapshots" (
	"name" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Stored uncompressed: a restart reads the snapshot a few megabytes at a time with substring(), which on a
-- compressed value would decompress it from the start for every part.
ALTER TABLE "search_index_snapshots" ALTER COLUMN "data" SET STORAGE EXTERNAL;
