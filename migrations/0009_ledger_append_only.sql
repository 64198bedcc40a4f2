-- The ledger is append-only. Chaining may fill position and hashes once; redaction may clear the
-- content of a signature that left the public list; nothing else may change or disappear. This
-- stops mistakes and casual edits; someone who can drop the trigger is caught by the chain itself.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'ledger entries cannot be deleted';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id OR NEW.seq IS DISTINCT FROM OLD.seq OR NEW.letter_id IS DISTINCT FROM OLD.letter_id
     OR NEW.ref IS DISTINCT FROM OLD.ref OR NEW.event IS DISTINCT FROM OLD.event OR NEW.day IS DISTINCT FROM OLD.day
     OR NEW.content_hash IS DISTINCT FROM OLD.content_hash OR NEW.created_at IS DISTINCT FROM OLD.created_at
     OR (NEW.content IS DISTINCT FROM OLD.content AND NEW.content IS NOT NULL)
     OR (OLD.position IS NOT NULL AND (NEW.position IS DISTINCT FROM OLD.position
         OR NEW.prev_hash IS DISTINCT FROM OLD.prev_hash OR NEW.hash IS DISTINCT FROM OLD.hash)) THEN
    RAISE EXCEPTION 'ledger entries are append-only';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_append_only BEFORE UPDATE OR DELETE ON ledger_entries
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();
