ALTER TABLE "letters" ADD COLUMN "publish_batch_seconds" integer;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "name_threshold" integer;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "names_release_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "published_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "named_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "signatures_awaiting_idx" ON "signatures" USING btree ("letter_id") WHERE "signatures"."status" = 'confirmed' and "signatures"."published_at" is null;--> statement-breakpoint
CREATE INDEX "signatures_withheld_idx" ON "signatures" USING btree ("letter_id","country") WHERE "signatures"."published_at" is not null and "signatures"."named_at" is null and "signatures"."display" <> 'anonymous';--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_publish_batch_check" CHECK ("letters"."publish_batch_seconds" between 0 and 86400);--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_name_threshold_check" CHECK ("letters"."name_threshold" between 2 and 1000);--> statement-breakpoint
-- Signatures public before batches existed were published when they were confirmed, and their
-- names with them (the ledger already recorded them so).
UPDATE "signatures" SET "published_at" = "confirmed_at",
  "named_at" = CASE WHEN "display" <> 'anonymous' THEN "confirmed_at" END
  WHERE "status" = 'confirmed' AND "moderation" IN ('none', 'approved') AND "confirmed_at" IS NOT NULL;
