CREATE TABLE "outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_status_check" CHECK ("outbox"."status" in ('pending', 'sent', 'failed', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "signature_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"signature_id" uuid NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"letter_version" integer NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"parliament" text,
	"party" text,
	"organization" text,
	"role" text,
	"country" text NOT NULL,
	"display" text DEFAULT 'full' NOT NULL,
	"email_sealed" text NOT NULL,
	"email_index" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"mail_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "signatures_kind_check" CHECK ("signatures"."kind" in ('legislator', 'organization', 'individual')),
	CONSTRAINT "signatures_status_check" CHECK ("signatures"."status" in ('pending', 'confirmed', 'withdrawn')),
	CONSTRAINT "signatures_display_check" CHECK ("signatures"."display" in ('full', 'initials', 'anonymous')),
	CONSTRAINT "signatures_country_check" CHECK ("signatures"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
ALTER TABLE "signature_tokens" ADD CONSTRAINT "signature_tokens_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox" USING btree ("next_attempt_at") WHERE "outbox"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "signature_tokens_signature_idx" ON "signature_tokens" USING btree ("signature_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signatures_letter_email_idx" ON "signatures" USING btree ("letter_id","email_index");--> statement-breakpoint
CREATE INDEX "signatures_public_idx" ON "signatures" USING btree ("letter_id","status","kind","country");