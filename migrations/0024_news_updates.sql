CREATE TABLE "letter_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"organizer_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"translations" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "update_mails" (
	"update_id" uuid NOT NULL,
	"signature_id" uuid NOT NULL,
	"queued_at" timestamp with time zone NOT NULL,
	CONSTRAINT "update_mails_update_id_signature_id_pk" PRIMARY KEY("update_id","signature_id")
);
--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "news_consent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "letter_updates" ADD CONSTRAINT "letter_updates_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letter_updates" ADD CONSTRAINT "letter_updates_organizer_id_organizers_id_fk" FOREIGN KEY ("organizer_id") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_mails" ADD CONSTRAINT "update_mails_update_id_letter_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."letter_updates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "update_mails" ADD CONSTRAINT "update_mails_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "letter_updates_letter_idx" ON "letter_updates" USING btree ("letter_id","created_at");--> statement-breakpoint
CREATE INDEX "update_mails_signature_idx" ON "update_mails" USING btree ("signature_id","queued_at");