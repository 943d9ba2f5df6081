-- Queries behind old result buttons may be longer than the new limit; they are only kept for paging.
DELETE FROM "search_queries" WHERE char_length("query") NOT BETWEEN 1 AND 300;--> statement-breakpoint
ALTER TABLE "awards" ADD CONSTRAINT "awards_title_length" CHECK (char_length("awards"."title") between 1 and 500);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_expansion_length" CHECK (char_length("innovations"."expansion") <= 300);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_problem_length" CHECK (char_length("innovations"."problem") <= 1000);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_impact_length" CHECK (char_length("innovations"."impact") <= 1000);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_innovator_length" CHECK (char_length("innovations"."innovator") <= 200);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_source_length" CHECK (char_length("innovations"."source") <= 500);--> statement-breakpoint
ALTER TABLE "innovations" ADD CONSTRAINT "innovations_rejection_reason_length" CHECK (char_length("innovations"."rejection_reason") <= 300);--> statement-breakpoint
ALTER TABLE "search_queries" ADD CONSTRAINT "search_queries_query_length" CHECK (char_length("search_queries"."query") between 1 and 300);