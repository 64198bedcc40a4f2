CREATE TABLE "ledger_cosignatures" (
	"letter_id" uuid NOT NULL,
	"tree_size" integer NOT NULL,
	"witness" text NOT NULL,
	"cosigned_at" timestamp with time zone NOT NULL,
	"line" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_cosignatures_letter_id_tree_size_witness_pk" PRIMARY KEY("letter_id","tree_size","witness")
);
--> statement-breakpoint
CREATE TABLE "ledger_heads" (
	"letter_id" uuid NOT NULL,
	"tree_size" integer NOT NULL,
	"root_hash" text NOT NULL,
	"chain_head" text NOT NULL,
	"frontier" text NOT NULL,
	"checkpoint" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ledger_heads_letter_id_tree_size_pk" PRIMARY KEY("letter_id","tree_size")
);
--> statement-breakpoint
CREATE TABLE "ledger_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"purpose" text NOT NULL,
	"name" text NOT NULL,
	"vkey" text NOT NULL,
	"sealed_seed" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"retired_at" timestamp with time zone,
	CONSTRAINT "ledger_keys_purpose_check" CHECK ("ledger_keys"."purpose" in ('log', 'witness'))
);
--> statement-breakpoint
CREATE TABLE "witness_peers" (
	"url" text PRIMARY KEY NOT NULL,
	"log_keys" jsonb NOT NULL,
	"witness_keys" jsonb NOT NULL,
	"fetched_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "witnessed_logs" (
	"origin" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"peer" text NOT NULL,
	"tree_size" integer NOT NULL,
	"root_hash" text NOT NULL,
	"checkpoint" text NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"evidence" jsonb
);
--> statement-breakpoint
ALTER TABLE "ledger_cosignatures" ADD CONSTRAINT "ledger_cosignatures_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_heads" ADD CONSTRAINT "ledger_heads_letter_id_letters_id_fk" FOREIGN KEY ("letter_id") REFERENCES "public"."letters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_keys_active_idx" ON "ledger_keys" USING btree ("purpose") WHERE "ledger_keys"."retired_at" is null;--> statement-breakpoint
-- Signed heads are append-only, like the entries they cover (see 0009): a head once signed is
-- what witnesses and receipts were shown.
CREATE FUNCTION ledger_heads_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'signed ledger heads are append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_heads_append_only BEFORE UPDATE OR DELETE ON ledger_heads
  FOR EACH ROW EXECUTE FUNCTION ledger_heads_append_only();
