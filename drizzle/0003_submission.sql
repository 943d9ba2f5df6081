CREATE TABLE "moderation_messages" (
	"innovation_id" integer NOT NULL,
	"chat_id" bigint NOT NULL,
	"message_id" integer NOT NULL,
	CONSTRAINT "moderation_messages_innovation_id_chat_id_message_id_pk" PRIMARY KEY("innovation_id","chat_id","message_id")
);
--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "moderated_by" bigint;--> statement-breakpoint
ALTER TABLE "innovations" ADD COLUMN "moderated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "moderation_messages" ADD CONSTRAINT "moderation_messages_innovation_id_innovations_id_fk" FOREIGN KEY ("innovation_id") REFERENCES "public"."innovations"("id") ON DELETE cascade ON UPDATE no action;