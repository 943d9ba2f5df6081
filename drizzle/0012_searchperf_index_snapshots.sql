CREATE TABLE "search_index_snapshots" (
	"name" text PRIMARY KEY NOT NULL,
	"data" "bytea" NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL
);
