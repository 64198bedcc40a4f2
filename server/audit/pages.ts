import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { stringify } from 'csv-stringify/sync';
import { Type } from 'typebox';
import { Choice, errors } from '../http/schemas.js';
import { formulaSafe } from '../letters/dossier.js';
import { SlugParams } from '../letters/schemas.js';
import { NoteQuery, sectionPath, workspaceKit } from '../organizers/workspace.js';
import { AUDIT_KINDS, type AuditKind } from './actions.js';
import { actorName, auditSentence } from './sentences.js';
import { type AuditQuery, auditPage } from './service.js';

const Html = Type.String({ description: 'text/html' });
const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];

/** Entries per page; the CSV has every entry the filters match, up to its own bound. */
const PAGE_SIZE = 50;
const CSV_MAX = 50_000;
const CSV_COLUMNS = ['when', 'who', 'action', 'target', 'sentence', 'result'] as const;

// The filters, as the form sends them: an empty choice is no filter; an unknown one is refused as the API refuses it.
const AuditFilters = {
  who: Type.Optional(Type.Union([Type.Literal(''), Type.Literal('operator'), Type.String({ format: 'uuid' })], { description: "an organizer's id, or operator" })),
  kind: Type.Optional(Choice(['', ...AUDIT_KINDS] as const)),
};
type Filters = { who?: string; kind?: '' | AuditKind };

const filterQuery = (f: Filters): AuditQuery => ({ organizer: f.who || undefined, kind: f.kind || undefined });
/** The filters as a query string (empty ones left out), for the links of the page. */
const filterSearch = (f: Filters, extra: Record<string, string> = {}) => {
  const search = new URLSearchParams(Object.entries({ who: f.who ?? '', kind: f.kind ?? '', ...extra }).filter(([, v]) => v !== ''));
  return search.size ? `?${search}` : '';
};

/** The workspace's audit log (owners only): sentences, filtered by person and action, in pages; the same as CSV. */
const auditPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const kit = workspaceKit(app);

  const show = kit.section('audit', 'ws-audit', async (req: FastifyRequest, slug: string) => {
    const query = req.query as Filters & { before?: string };
    const code = req.ui.code;
    const now = app.clock.now();
    const { entries, older, people, kinds } = await auditPage(app.db, req.organizer!.id, slug, { ...filterQuery(query), before: query.before, limit: PAGE_SIZE });
    const filtered = Boolean(query.who || query.kind);
    const base = sectionPath(slug, 'audit');
    return {
      entries: entries.map((e) => ({ sentence: auditSentence(code, e, now).html, refused: e.status >= 400 })),
      filtered,
      people: [
        { value: '', label: req.t('ws.audit.everyone'), selected: !query.who },
        ...people
          .map((p) => ({
            value: p.id,
            label: p.id === 'operator' ? req.t('ws.audit.operatorWho') : actorName(code, { organizerId: p.id, organizer: p.email, organizerName: p.name, action: '' }),
            selected: query.who === p.id,
          }))
          .sort((a, b) => a.label.localeCompare(b.label, code)),
      ],
      kinds: [{ value: '', label: req.t('ws.audit.everything'), selected: !query.kind }, ...kinds.map((k) => ({ value: k, label: req.t('ws.audit.kind', { kind: k }), selected: query.kind === k }))],
      // Older entries, and the way back to the newest once paged.
      pager: older || query.before ? { older: older ? `${base}${filterSearch(query, { before: older })}` : null, newest: query.before ? `${base}${filterSearch(query)}` : null } : null,
      csvHref: `/organize/letters/${slug}/audit.csv${filterSearch(query)}`,
    };
  });

  app.get(
    sectionPath(':slug', 'audit'),
    {
      schema: {
        tags: pageTags,
        summary: "The letter's audit log as sentences, filtered by person and action, in pages (owners)",
        params: SlugParams,
        querystring: Type.Object({ ...AuditFilters, before: Type.Optional(Type.String({ maxLength: 200 })), ...NoteQuery }),
        response: { 200: Html, 303: Redirect, ...errors(400, 403, 404) },
      },
      ...kit.page,
    },
    async (req, reply) => (req.organizer ? show(req, reply, req.params.slug) : kit.toLogin(reply)),
  );

  app.get(
    '/organize/letters/:slug/audit.csv',
    {
      schema: {
        tags: pageTags,
        summary: "The letter's audit log as CSV, with the page's filters: when (ISO), who, action, target, sentence, result (owners)",
        params: SlugParams,
        querystring: Type.Object(AuditFilters),
        response: { 200: Type.String({ description: 'text/csv' }), ...errors(400, 401, 403, 404) },
      },
      onRequest: kit.signedIn,
    },
    async (req, reply) => {
      const code = req.ui.code;
      const now = app.clock.now();
      const { entries } = await auditPage(app.db, req.organizer!.id, req.params.slug, { ...filterQuery(req.query), limit: CSV_MAX });
      const rows = entries.map((e) => {
        const s = auditSentence(code, e, now);
        return [e.at, s.who, s.kindLabel, s.target, s.text, s.result].map(formulaSafe);
      });
      reply.header('Cache-Control', 'private, no-store');
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${req.params.slug}-audit-log.csv"`)
        .send(stringify([[...CSV_COLUMNS], ...rows], { bom: true, record_delimiter: 'windows' }));
    },
  );
};

export default auditPages;
