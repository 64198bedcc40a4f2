CREATE TABLE "letter_translation_revisions" (
	"letter_id" uuid NOT NULL,
	"language" text NOT NULL,
	"revision" integer NOT NULL,
	"based_on_version" integer NOT NULL,
	"title" text NOT NULL,
	"addressee" text,
	"body" text NOT NULL,
	"body_html" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "letter_translation_revisions_letter_id_language_revision_pk" PRIMARY KEY("letter_id","language","revision"),
	CONSTRAINT "letter_translation_revisions_revision_check" CHECK ("letter_translation_revisions"."revision" >= 1 and "letter_translation_revisions"."based_on_version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "letter_translations" ADD COLUMN "addressee" text;--> statement-breakpoint
ALTER TABLE "letter_translations" ADD COLUMN "revision" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "signatures" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "letter_translation_revisions" ADD CONSTRAINT "letter_translation_revisions_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- The translations saved before revisions were kept become their first revision.
INSERT INTO "letter_translation_revisions" ("letter_id", "language", "revision", "based_on_version", "title", "addressee", "body", "body_html", "created_at")
  SELECT "letter_id", "language", 1, "version", "title", "addressee", "body", "body_html", "updated_at" FROM "letter_translations";
--> statement-breakpoint
-- A translation's history is public, like the ledger's (see 0009, 0019): a revision once saved is
-- what readers were shown. Nothing changes it; only the letter's own deletion removes it.
CREATE FUNCTION letter_translation_revisions_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND NOT EXISTS (SELECT 1 FROM letters WHERE id = OLD.letter_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'translation revisions are append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER letter_translation_revisions_append_only BEFORE UPDATE OR DELETE ON letter_translation_revisions
  FOR EACH ROW EXECUTE FUNCTION letter_translation_revisions_append_only();
