CREATE TABLE "letter_partners" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"letter_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "letters" ADD COLUMN "widget_origins" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "partner_id" uuid;--> statement-breakpoint
ALTER TABLE "letter_partners" ADD CONSTRAINT "letter_partners_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "letter_partners_code" ON "letter_partners" USING btree ("letter_id","code");--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_partner_id_letter_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."letter_partners"("id") ON DELETE set null ON UPDATE no action;