ALTER TABLE "signatures" ADD COLUMN "name_skeleton" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "moderation_reason" text;--> statement-breakpoint
CREATE INDEX "signatures_name_skeleton_idx" ON "signatures" USING btree ("letter_id","name_skeleton");