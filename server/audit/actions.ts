import { MODERATION_DECISIONS, ORGANIZER_ROLES, SIGNER_KINDS } from '../db/schema.js';
import { LANGUAGE_TAG } from '../http/schemas.js';

/**
 * What each entry of the audit log did, by kind: the API's routes and the workspace's forms of
 * one action are one kind, so they read as the same sentence (audit/sentences.ts). `moderate` is
 * a decision of the workspace recorded before its decision was (it is not known); `other` is any
 * route not named here, said by its route.
 */
export const AUDIT_KINDS = [
  'create',
  'edit',
  'publish',
  'close',
  'founding',
  'approve',
  'reject',
  'shadow',
  'moderate',
  'invalidate',
  'invalidatePreview',
  'invite',
  'addOrganizer',
  'setRole',
  'removeOrganizer',
  'goal',
  'settings',
  'translation',
  'recipients',
  'deliver',
  'widget',
  'partner',
  'addressesShown',
  'addressesHidden',
  'readAddresses',
  'readDomains',
  'export',
  // --- replies-workspace ---
  'recordReply',
  'publishReply',
  'dismissReply',
  'writeUpdate',
  'updateTranslation',
  'sendUpdate',
  'other',
] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

/**
 * An action's identifiers and choices, as taken from the request (never free text, never a
 * signer's address): a co-organizer's address is an organizer's, and organizers act in public.
 */
export interface AuditFacts {
  decision?: string;
  /** A co-organizer's address (lower-cased), for the team's actions. */
  email?: string;
  role?: string;
  /** A translation's language tag. */
  language?: string;
  /** How many: signatures invalidated (or matched, in a preview), invitations, addressees, deliveries, addresses read. */
  count?: number;
  /** The goal set (null: cleared), and the kind it counts. */
  goal?: number | null;
  goalKind?: string | null;
  editorial?: boolean;
  /** A read of addresses: the workspace's page, the API's list or an export; only domains or not. */
  source?: 'page' | 'api' | 'export';
  domainsOnly?: boolean;
}

/** What the audit hook sees of a request once it is answered. */
export interface AnsweredRequest {
  method: string;
  /** The route's pattern, e.g. "/api/v1/signatures/:id/approve". */
  route: string;
  params: Record<string, unknown>;
  body: unknown;
  status: number;
  /** The answer's JSON, when it was JSON (parsed lazily: only counts are read from it). */
  answer: () => Record<string, unknown> | null;
  /** Where a redirect went, if it did. */
  location: string | undefined;
  /** Whether the co-organizer named by the body organized the letter before the request (team routes only). */
  wasOrganizer?: boolean;
  /** How many the route did, when its answer is a page that says so (request.auditCount). */
  count?: number;
}

/** How an entry is recorded: its kind, the signature it acted on, its facts; null: not recorded (a preview that changed nothing). */
export interface AuditDescription {
  kind: AuditKind;
  target?: string;
  /** The letter, when the route does not name it (a new letter's slug, from the answer). */
  slug?: string;
  facts: AuditFacts;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,189}$/;
const LANGUAGE = new RegExp(LANGUAGE_TAG);
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
/** One of `choices`, or nothing: a refused request's body may hold anything. */
const choice = <T extends string>(value: unknown, choices: readonly T[]): T | undefined => choices.find((c) => c === value);
const uuid = (value: unknown) => {
  const s = str(value);
  return s && UUID.test(s) ? s.toLowerCase() : undefined;
};
const email = (value: unknown) => {
  const s = str(value)?.trim().toLowerCase();
  return s && s.length <= 254 && EMAIL.test(s) ? s : undefined;
};
const language = (value: unknown) => {
  const s = str(value);
  return s && s.length <= 35 && LANGUAGE.test(s) ? s : undefined;
};
/** A form's checkbox or button, or JSON's boolean. */
const ticked = (value: unknown) => value === true || (typeof value === 'string' && value !== '' && value !== '0' && value !== 'false');
const count = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : typeof value === 'string' && /^[0-9]{1,9}$/.test(value) ? Number(value) : undefined);
/** The `count` a redirect's note carries (workspace.ts afterChange). */
const locationCount = (location: string | undefined) => (location ? count(new URL(location, 'http://x').searchParams.get('count') ?? undefined) : undefined);

/** Fields of a letter's settings (PATCH, and the workspace's settings form, which takes its fields from it). */
const SETTINGS_FIELDS = ['signerKinds', 'closesAt', 'moderatedKinds', 'publishBatchSeconds', 'nameThreshold', 'namesReleaseAt', 'riskyMailProviders', 'replyWaitDays'];
const TEXT_FIELDS = ['title', 'body', 'addressee', 'summary', 'language', 'slug'];

/** Facts with nothing undefined (JSON would drop them anyway; the row stays small). */
const defined = (facts: AuditFacts): AuditFacts => Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined)) as AuditFacts;

/** The goal as a form (a count as text, empty: none) or the API (`{count, kind}` or null) gives it. */
function goalFacts(value: unknown, kind?: unknown): AuditFacts {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { goal: null };
  if (typeof value === 'object' && value) {
    const g = value as { count?: unknown; kind?: unknown };
    return { goal: count(g.count), goalKind: choice(g.kind, SIGNER_KINDS) ?? null };
  }
  return { goal: count(typeof value === 'string' ? value.trim() : value), goalKind: choice(kind, SIGNER_KINDS) ?? null };
}

/** A PATCH of the letter (or the workspace's settings form): the text, its settings, the goal or who sees addresses, by what it holds. */
function letterChange(body: Record<string, unknown>, fallback: AuditKind): AuditDescription {
  const keys = Object.keys(body);
  if (keys.some((k) => TEXT_FIELDS.includes(k))) return { kind: 'edit', facts: { editorial: ticked(body.editorial) } };
  if (keys.some((k) => SETTINGS_FIELDS.includes(k))) return { kind: 'settings', facts: {} };
  if ('goal' in body) return { kind: 'goal', facts: goalFacts(body.goal) };
  if ('coOrganizersSeeAddresses' in body) return { kind: ticked(body.coOrganizersSeeAddresses) ? 'addressesShown' : 'addressesHidden', facts: {} };
  return { kind: fallback, facts: {} };
}

/**
 * What an organizer's request did, for its audit entry: the kind, the signature acted on and the
 * facts, from the route, its parameters, the body's identifiers and choices, and the answer's
 * counts. The same action through the API and through a page gives the same description.
 */
export function describeRequest(req: AnsweredRequest): AuditDescription | null {
  const { method, route, params, status } = req;
  const body = (req.body && typeof req.body === 'object' ? req.body : {}) as Record<string, unknown>;
  const answered = status < 400;
  // How many: the route's own word, else the JSON answer's field.
  const answerCount = (field: string) => (answered ? (req.count ?? count(req.answer()?.[field])) : undefined);
  const tail = route.split('/').at(-1) ?? '';

  if (method === 'GET' || method === 'HEAD') {
    // Only refused reads of addresses reach here (plugins/audit.ts); the served ones are recorded by their services.
    if (route.endsWith('/export.csv')) return { kind: 'export', facts: { source: 'export' } };
    if (route.endsWith('/signatures/all')) return { kind: 'readAddresses', facts: { source: route.startsWith('/api/') ? 'api' : 'page' } };
    return { kind: 'other', facts: {} };
  }

  // A moderation decision: by the route (API) or the form's choice (workspace); the signature by id either way.
  const decided = /^\/api\/v1\/signatures\/:id\/(approve|reject|shadow)$/.exec(route)?.[1];
  if (decided) return { kind: decided as AuditKind, target: uuid(params.id), facts: { decision: decided } };
  if (route === '/organize/letters/:slug/moderate') {
    const decision = choice(body.decision, MODERATION_DECISIONS);
    return { kind: decision ?? 'moderate', target: uuid(body.id), facts: { decision } };
  }

  if (method === 'POST' && (route === '/api/v1/letters' || route === '/organize/new')) {
    // The new letter's slug: from the answer (API) or where the form went (the workspace).
    const fromAnswer = answered ? str(req.answer()?.slug) : undefined;
    const fromLocation = req.location ? /^\/organize\/letters\/([^/?#]+)/.exec(req.location)?.[1] : undefined;
    const slug = [fromAnswer, fromLocation].find((s) => s && SLUG.test(s));
    return { kind: 'create', slug, facts: {} };
  }
  if (method === 'PATCH' && route === '/api/v1/letters/:slug') return letterChange(body, 'edit');
  if (route === '/organize/letters/:slug/edit') return ticked(body.preview) ? null : { kind: 'edit', facts: { editorial: ticked(body.editorial) } };
  if (route.endsWith('/settings') || route === '/organize/letters/:slug/reply-wait') return { kind: 'settings', facts: {} };

  // An addressee's reply: recorded (by post) through the API or the workspace, or one that came by mail published or set aside.
  if (method === 'POST' && /^\/(api\/v1|organize)\/letters\/:slug\/replies$/.test(route)) return { kind: 'recordReply', facts: {} };
  const replyDecision = /^\/(?:api\/v1|organize)\/letters\/:slug\/replies\/:id\/(publish|dismiss)$/.exec(route)?.[1];
  if (replyDecision) return { kind: replyDecision === 'publish' ? 'publishReply' : 'dismissReply', facts: {} };

  if (/^\/(api\/v1|organize)\/letters\/:slug\/(publish|close|founding)$/.test(route)) return { kind: tail as AuditKind, facts: {} };

  if (tail === 'invalidate') {
    const apply = ticked(body.apply);
    return { kind: apply ? 'invalidate' : 'invalidatePreview', facts: { count: apply ? (answerCount('invalidated') ?? locationCount(req.location)) : answerCount('matched') } };
  }
  if (tail === 'invitations' || tail === 'invite') return { kind: 'invite', facts: { count: answerCount('invited') ?? locationCount(req.location) } };

  if (route.endsWith('/organizers/remove')) return { kind: 'removeOrganizer', facts: { email: email(body.email) } };
  if (tail === 'organizers' && method === 'POST') {
    // The workspace's Remove button only asks first (a confirmation page): nothing changed.
    if (route.startsWith('/organize/') && ticked(body.remove)) return null;
    return { kind: req.wasOrganizer ? 'setRole' : 'addOrganizer', facts: { email: email(body.email), role: choice(body.role, ORGANIZER_ROLES) } };
  }

  if (tail === 'goal') return { kind: 'goal', facts: goalFacts(body.goal, body.goalKind) };
  if (tail === 'addresses') return { kind: ticked(body.coOrganizersSeeAddresses) ? 'addressesShown' : 'addressesHidden', facts: {} };
  // News to the signers: written, translated, sent (before the letter's translations, whose routes end the same way).
  if (method === 'POST' && /^\/(api\/v1|organize)\/letters\/:slug\/updates$/.test(route)) return { kind: 'writeUpdate', facts: {} };
  if (route.endsWith('/updates/:id/translations')) return { kind: 'updateTranslation', facts: { language: language(body.language) } };
  if (method === 'POST' && route.endsWith('/updates/:id/send')) return { kind: 'sendUpdate', facts: { count: answerCount('queued') ?? locationCount(req.location) } };
  if (tail === 'translations' || route.includes('/translations/')) {
    // The workspace's Preview button shows the translation unsaved: nothing changed.
    if (route.startsWith('/organize/') && ticked(body.preview)) return null;
    return { kind: 'translation', facts: { language: language(body.language) ?? language(params.language) } };
  }
  if (tail === 'recipients' || route.includes('/recipients/')) {
    return { kind: 'recipients', facts: { count: answerCount('added') ?? locationCount(req.location) } };
  }
  if (tail === 'deliver' || tail === 'delivery') return { kind: 'deliver', facts: { count: answerCount('queued') ?? locationCount(req.location) } };
  if (tail === 'widget') return { kind: 'widget', facts: {} };
  if (tail === 'partners') return { kind: 'partner', facts: {} };
  return { kind: 'other', facts: {} };
}

/** The description, its facts without the undefined. */
export function describe(req: AnsweredRequest): AuditDescription | null {
  const d = describeRequest(req);
  return d && { ...d, facts: defined(d.facts) };
}
