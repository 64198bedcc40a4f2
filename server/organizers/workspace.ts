import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { LETTER_STATUSES, MODERATION_DECISIONS, ORGANIZER_ROLES } from '../db/schema.js';
import { Choice } from '../http/schemas.js';
import { formErrors, formGuards, formPage } from '../http/forms.js';
import { CAN, reachLetter } from '../letters/access.js';
import * as letters from '../letters/service.js';
import { statsSummary } from './view.js';

/**
 * A letter's workspace is a set of pages, one per task, under one heading and one menu: the text,
 * its settings, translations, signatures (moderation), invitations, addressees and delivery, their replies, news
 * to the signers who asked for it, the team, sharing (embed, widget), and the audit log. Each
 * page's forms post to the same commands as the API.
 */
export const SECTIONS = ['text', 'settings', 'translations', 'signatures', 'invite', 'delivery', 'replies', 'updates', 'team', 'share', 'audit'] as const;
export type Section = (typeof SECTIONS)[number];

/** The page of a section: the text is the workspace's first page. */
export const sectionPath = (slug: string, section: Section) => (section === 'text' ? `/organize/letters/${slug}` : `/organize/letters/${slug}/${section}`);

/** Sections only owners see (the audit log names every organizer's every action). */
const OWNERS_ONLY: ReadonlySet<Section> = new Set(['audit']);

/** The notes a page shows after a change, each a message of the catalog (ws.note.*), with the values it names. */
export const NOTES = [
  'draftSaved',
  'saved',
  'status',
  'moderated',
  'addressesShown',
  'addressesHidden',
  'removed',
  'roleSet',
  'widgetSaved',
  'partnerAdded',
  'goalSaved',
  'settingsSaved',
  'translationSaved',
  'recipientsAdded',
  'deliveryQueued',
  'invalidated',
  'updateSent',
  'replyRecorded',
  'replyPublished',
  'replyDismissed',
  'replyWaitSaved',
] as const;
export interface WorkspaceNote extends Record<string, string> {
  done: (typeof NOTES)[number];
}
/** The note's query: by name, never as text (a crafted link cannot make the workspace say what it likes). */
export const NoteQuery = {
  done: Type.Optional(Choice(NOTES)),
  letterStatus: Type.Optional(Choice(LETTER_STATUSES)),
  decision: Type.Optional(Choice(MODERATION_DECISIONS)),
  role: Type.Optional(Choice(ORGANIZER_ROLES)),
  email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
  count: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$', maxLength: 9 })),
};

/** The note, said in the reader's language; none when a value it names is missing. */
function noteText(req: FastifyRequest, query: Partial<WorkspaceNote>): string | undefined {
  const { done, letterStatus, decision, role, email, count } = query;
  if (done === 'status') return letterStatus && req.t('ws.note.status', { status: letterStatus });
  if (done === 'moderated') return decision && req.t('ws.note.moderated', { decision });
  if (done === 'removed') return email && req.t('ws.note.removed', { email });
  if (done === 'roleSet') return email && role && req.t('ws.note.roleSet', { email, role });
  if (done === 'recipientsAdded' || done === 'deliveryQueued' || done === 'invalidated' || done === 'updateSent') return count && req.t(`ws.note.${done}`, { count: Number(count) });
  return done && req.t(`ws.note.${done}`);
}

/** Where a change lands: the section's page, with its note by name. */
export function afterChange(slug: string, section: Section, note?: WorkspaceNote): string {
  return `${sectionPath(slug, section)}${note ? `?${new URLSearchParams(note)}` : ''}`;
}

export interface WorkspacePageOptions {
  /** The page's own heading (the text page has none beyond the letter's title). */
  heading?: string;
}

/**
 * Renders one page of a letter's workspace: the letter's title, state and counts, the menu of
 * sections (the current one marked), the note of the last change, then the page's template with
 * its model. The letter is reached with the caller's role (a stranger gets 404, as in the API).
 */
export function workspacePages(app: FastifyInstance) {
  return async function render(req: FastifyRequest, reply: FastifyReply, slug: string, section: Section, template: string, model: Record<string, unknown> = {}): Promise<FastifyReply> {
    const organizerId = req.organizer!.id;
    const [letter, { role }] = await Promise.all([letters.readLetter({ db: app.db, now: app.clock.now }, slug, organizerId), reachLetter(app.db, slug, { as: 'organizer', organizerId, can: 'read' })]);
    const owner = role === 'owner';
    const sectionName = (s: Section) => req.t('ws.section', { section: s });
    reply.header('Cache-Control', 'private, no-store');
    return reply.view(`pages/${template}`, {
      title: section === 'text' ? req.t('ws.workspace.pageTitle', { title: letter.title }) : req.t('ws.section.pageTitle', { section: sectionName(section), title: letter.title }),
      letter,
      role,
      owner,
      // What the role allows, so a page offers only what its reader may do (the commands check again).
      can: Object.fromEntries(Object.entries(CAN).map(([capability, roles]) => [capability, roles.includes(role!)])),
      statsSummary: statsSummary(req.ui.code, letter.stats),
      note: noteText(req, req.query as Partial<WorkspaceNote>),
      csrfToken: await formPage(reply),
      signedIn: req.organizer,
      section,
      sectionHeading: sectionName(section),
      sections: SECTIONS.filter((s) => owner || !OWNERS_ONLY.has(s)).map((s) => ({ href: sectionPath(slug, s), name: sectionName(s), current: s === section })),
      ...model,
    });
  };
}
export type RenderWorkspace = ReturnType<typeof workspacePages>;

/** A confirmation page's content: what will happen, in plain words, and the one button that does it. */
export interface Confirmation {
  heading: string;
  /** What will happen, one sentence each. */
  consequences: string[];
  /** Where the button posts, and the hidden fields it carries. */
  action: string;
  fields?: Array<{ name: string; value: string }>;
  button: string;
  /** A removal or rejection shows as one. */
  danger?: boolean;
  /** Where "Cancel" goes back to. */
  back: string;
}

/** Renders a confirmation page inside the workspace: no script, a form with one button, and a way back. */
export function confirmPage(render: RenderWorkspace, req: FastifyRequest, reply: FastifyReply, slug: string, section: Section, confirmation: Confirmation) {
  return render(req, reply, slug, section, 'ws-confirm', { confirmation });
}

/** A section's page: its own model (what the page shows) rendered in the shell, with anything extra (a form's mistake, a result). */
export type ShowSection = (req: FastifyRequest, reply: FastifyReply, slug: string, extra?: Record<string, unknown>) => Promise<FastifyReply>;

/**
 * What every workspace page's routes share: the shell, the guards of a form post (same origin,
 * CSRF, a well-formed body), the hooks of a page (someone not signed in goes to the sign-in
 * page) and of a post (a 401 otherwise), and a form's mistake shown on its section's page.
 */
export function workspaceKit(app: FastifyInstance) {
  const render = workspacePages(app);
  const section =
    (name: Section, template: string, model: (req: FastifyRequest, slug: string) => Promise<Record<string, unknown>> = async () => ({})): ShowSection =>
    async (req, reply, slug, extra = {}) =>
      render(req, reply, slug, name, template, { ...(await model(req, slug)), ...extra });
  return {
    render,
    section,
    guards: formGuards(app),
    /** A post's hooks: the organizers' rate limit, then a session or token (401 without). */
    signedIn: [app.limits.organizerPerIp, app.authenticate],
    /** A page's hooks: the organizers' rate limit, and who is signed in, if anyone. */
    page: { onRequest: [app.limits.organizerPerIp, app.identify] },
    toLogin: (reply: FastifyReply) => reply.code(303).redirect('/login'),
    /** A form's mistake shown beside that form (`form` names it in the template) with what was typed. */
    onForm: (form: string, show: ShowSection, typed: (body: unknown) => Record<string, unknown> = () => ({})) =>
      formErrors((req, reply, error) => show(req, reply, (req.params as { slug: string }).slug, { formError: { form, ...error }, ...typed(req.body) })),
  };
}
