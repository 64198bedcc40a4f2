CREATE TABLE "letter_translations" (
	"letter_id" uuid NOT NULL,
	"language" text NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"version" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_translations_letter_id_language_pk" PRIMARY KEY("letter_id","language")
);
--> statement-breakpoint
ALTER TABLE "letter_translations" ADD CONSTRAINT "letter_translations_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;