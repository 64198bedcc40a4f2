CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"title" text,
	"parliament" text,
	"party" text,
	"organization" text,
	"role" text,
	"website" text,
	"country" text,
	"email_sealed" text NOT NULL,
	"email_index" text NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"accepted_at" timestamp with time zone,
	"signature_id" uuid,
	CONSTRAINT "invitations_token_hash_unique" UNIQUE("token_hash"),
	CONSTRAINT "invitations_kind_check" CHECK ("invitations"."kind" in ('legislator', 'organization', 'individual'))
);
--> statement-breakpoint
ALTER TABLE "letters" DROP CONSTRAINT "letters_status_check";--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "moderated_kinds" text[] DEFAULT '{legislator,organization}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "website" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "verification" text;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "moderation" text DEFAULT 'none' NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "moderated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "moderated_by" uuid;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "founding" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_invited_by_organizers_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_letter_email_idx" ON "invitations" USING btree ("letter_id","email_index");--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_moderated_by_organizers_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_status_check" CHECK ("letters"."status" in ('draft', 'founding', 'open', 'closed'));--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_verification_check" CHECK ("signatures"."verification" in ('domain', 'invited', 'approved'));--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_moderation_check" CHECK ("signatures"."moderation" in ('none', 'pending', 'approved', 'rejected', 'shadow'));