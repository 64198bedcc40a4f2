ALTER TABLE "audit_log" ADD COLUMN "kind" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "facts" jsonb;--> statement-breakpoint
-- Entries written before kinds existed: their kind read from the route (or the read's account of itself).
UPDATE "audit_log" SET "kind" = CASE
  WHEN "action" ~ '^POST /api/v1/signatures/:id/(approve|reject|shadow)$' THEN substring("action" from '[a-z]+$')
  WHEN "action" = 'POST /organize/letters/:slug/moderate' THEN 'moderate'
  WHEN "action" IN ('POST /api/v1/letters', 'POST /organize/new') THEN 'create'
  WHEN "action" IN ('PATCH /api/v1/letters/:slug', 'POST /organize/letters/:slug/edit') THEN 'edit'
  WHEN "action" ~ '^POST /(api/v1|organize)/letters/:slug/(publish|close|founding)$' THEN substring("action" from '[a-z]+$')
  WHEN "action" ~ '^POST .*/(invitations|invite)$' THEN 'invite'
  WHEN "action" ~ '^POST .*/organizers/remove$' THEN 'removeOrganizer'
  WHEN "action" ~ '^POST .*/goal$' THEN 'goal'
  WHEN "action" ~ '^POST .*/translations$' THEN 'translation'
  WHEN "action" ~ '^POST .*/recipients$' THEN 'recipients'
  WHEN "action" ~ '^POST .*/deliver$' THEN 'deliver'
  WHEN "action" ~ '^(PUT|POST) .*/widget$' THEN 'widget'
  WHEN "action" ~ '^POST .*/partners$' THEN 'partner'
  WHEN "action" ~ '^GET .*/signatures/all$' THEN 'readAddresses'
  WHEN "action" ~ '^GET .*/export\.csv$' THEN 'export'
  WHEN "action" ~ '^(operator: )?read address' AND "detail" ~ '(^|: )CSV export: ' THEN 'export'
  WHEN "action" ~ '^(operator: )?read addresses$' THEN 'readAddresses'
  WHEN "action" ~ '^(operator: )?read address domains$' THEN 'readDomains'
  ELSE 'other' END
WHERE "kind" IS NULL;--> statement-breakpoint
UPDATE "audit_log" SET "facts" = jsonb_build_object(
  'count', (substring("detail" from ': ([0-9]+)(;|$)'))::integer,
  'domainsOnly', "action" ~ 'domains$',
  'source', CASE WHEN "kind" = 'export' THEN 'export' WHEN "detail" ~ '(^|: )workspace page' THEN 'page' ELSE 'api' END)
WHERE "facts" IS NULL AND "action" ~ '^(operator: )?read address' AND "detail" ~ ': [0-9]+(;|$)';
