CREATE TABLE "ledger_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"letter_id" uuid NOT NULL,
	"ref" uuid NOT NULL,
	"event" text NOT NULL,
	"day" text NOT NULL,
	"content" text,
	"content_hash" text,
	"position" integer,
	"prev_hash" text,
	"hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_event_check" CHECK ("ledger_entries"."event" in ('confirmed', 'approved', 'reconsented', 'withdrawn', 'rejected'))
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_position_idx" ON "ledger_entries" USING btree ("letter_id","position");--> statement-breakpoint
CREATE INDEX "ledger_entries_ref_idx" ON "ledger_entries" USING btree ("letter_id","ref","seq");--> statement-breakpoint
CREATE INDEX "ledger_entries_unchained_idx" ON "ledger_entries" USING btree ("letter_id","seq") WHERE "ledger_entries"."position" is null;