CREATE TABLE "mail_suppressions" (
	"mailbox_key" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"detail" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_suppressions_reason_check" CHECK ("mail_suppressions"."reason" in ('bounced', 'complained'))
);
--> statement-breakpoint
CREATE TABLE "replies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"recipient_id" uuid,
	"addressee" text NOT NULL,
	"delivery_id" uuid,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"received_on" text NOT NULL,
	"dkim_domain" text,
	"sender_domain" text,
	"recorded_by" uuid,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "replies_status_check" CHECK ("replies"."status" in ('queued', 'published', 'dismissed')),
	CONSTRAINT "replies_source_check" CHECK ("replies"."source" in ('organizer', 'email'))
);
--> statement-breakpoint
CREATE TABLE "reply_attachments" (
	"reply_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	CONSTRAINT "reply_attachments_reply_id_position_pk" PRIMARY KEY("reply_id","position")
);
--> statement-breakpoint
ALTER TABLE "deliveries" DROP CONSTRAINT "deliveries_status_check";--> statement-breakpoint
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_event_check";--> statement-breakpoint
ALTER TABLE "deliveries" ADD COLUMN "reply_token_hash" text;--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "reply_wait_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "organizers" ADD COLUMN "digest" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organizers" ADD COLUMN "digest_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_recipient_id_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."recipients"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_recorded_by_organizers_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "replies" ADD CONSTRAINT "replies_published_by_organizers_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."organizers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reply_attachments" ADD CONSTRAINT "reply_attachments_reply_id_replies_id_fk" FOREIGN KEY ("reply_id") REFERENCES "public"."replies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "replies_letter_idx" ON "replies" USING btree ("letter_id","status","received_on");--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_reply_token_hash_unique" UNIQUE("reply_token_hash");--> statement-breakpoint
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_status_check" CHECK ("deliveries"."status" in ('queued', 'sent', 'failed', 'bounced'));--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_event_check" CHECK ("ledger_entries"."event" in ('confirmed', 'approved', 'reconsented', 'withdrawn', 'rejected', 'replied'));--> statement-breakpoint
ALTER TABLE "letters" ADD CONSTRAINT "letters_reply_wait_check" CHECK ("letters"."reply_wait_days" between 1 and 365);