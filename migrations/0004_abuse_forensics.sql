ALTER TABLE "signatures" DROP CONSTRAINT "signatures_status_check";--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "email_domain_hash" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "ip_hash" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "email_erased_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "signatures_ip_idx" ON "signatures" USING btree ("letter_id","ip_hash");--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_status_check" CHECK ("signatures"."status" in ('pending', 'confirmed', 'withdrawn', 'fraudulent'));