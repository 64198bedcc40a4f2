-- Address fingerprints are now keyed per letter (server/sealer.ts, network-fingerprint/v2). The old
-- ones, under one key for every letter, linked a signer across letters; they cannot be recomputed
-- (no address is kept), so they go. Sealed submissions that still carry one drop it when opened.
UPDATE "signatures" SET "ip_hash" = NULL WHERE "ip_hash" IS NOT NULL;
