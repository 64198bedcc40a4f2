ALTER TABLE "audit_log" ADD COLUMN "detail" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "co_organizers_see_addresses" boolean DEFAULT false NOT NULL;