ALTER TABLE "letters" ADD COLUMN "goal" integer;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "goal_kind" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "goal_reached_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_goal_check" CHECK ("letters"."goal" between 1 and 100000000);