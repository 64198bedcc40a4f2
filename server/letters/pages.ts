import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryName, countryOptions } from '../countries.js';
import { errors } from '../http/schemas.js';
import { listPublic } from '../signatures/service.js';
import { SlugParams } from './schemas.js';
import { listVersions, readLetter } from './service.js';

/** Signatories shown on the page itself; the rest are a click away in the JSON and CSV. */
const ON_PAGE = 500;

const KIND_HEADINGS = { legislator: 'Legislators', organization: 'Organizations', individual: 'Individuals' } as const;
const VERIFIED_HOW = {
  domain: 'verified: writes from the institution\'s email domain',
  invited: 'verified: invited by the organizers',
  approved: 'verified: approved by the organizers',
} as const;

export interface SignFormState {
  values: Record<string, string>;
  error?: { field?: string; message: string };
}

/** The letter page: the text, who signed, and the sign form (with the last attempt, if any). */
export async function renderLetterPage(app: FastifyInstance, reply: FastifyReply, slug: string, form?: SignFormState) {
  const letter = await readLetter({ db: app.db }, slug);
  const { items } = await listPublic(app.db, slug, { limit: ON_PAGE });
  // A signature given to an earlier text is marked when a change of substance came after it.
  const versions = letter.version > 1 ? await listVersions(app.db, slug) : [];
  const lastSubstantive = Math.max(1, ...versions.filter((v) => !v.editorial).map((v) => v.version));
  const people = items.map((s) => ({
    ...s,
    countryName: countryName(s.country, letter.language),
    verifiedHow: s.verifiedBy ? VERIFIED_HOW[s.verifiedBy] : null,
    earlierVersion: s.version < lastSubstantive ? s.version : null,
  }));
  const byKind = (list: typeof people, counts?: Record<string, number>) =>
    (['legislator', 'organization', 'individual'] as const)
      .map((kind) => ({
        kind,
        heading: KIND_HEADINGS[kind],
        people: list.filter((s) => s.kind === kind),
        count: counts ? counts[kind] : list.filter((s) => s.kind === kind).length,
      }))
      .filter((g) => g.people.length > 0 || (g.count ?? 0) > 0);
  const founding = people.filter((s) => s.founding);
  const foundingKinds = new Set(founding.map((s) => s.kind));
  const others = people.filter((s) => !s.founding);
  const tiers = [
    ...(founding.length ? [{ heading: 'Founding signatories', groups: byKind(founding) }] : []),
    {
      heading: founding.length ? 'Signatories' : null,
      // Per-kind counts include anonymous signers; founding ones are shown in their own tier.
      groups: byKind(others, founding.length ? undefined : letter.stats.byKind).filter(
        (g) => g.people.length > 0 || !foundingKinds.has(g.kind),
      ),
    },
  ];
  const values = form?.values ?? {};
  return reply.view('pages/letter', {
    title: letter.title,
    description: letter.summary ?? letter.stats.summary,
    lang: letter.language,
    canonicalUrl: `${app.config.publicUrl}/letters/${letter.slug}`,
    letter,
    tiers,
    hasSignatories: letter.stats.total > 0,
    unlisted: letter.stats.total - items.length,
    hasHistory: letter.version > 1,
    form: {
      open: letter.status === 'open',
      action: `/letters/${letter.slug}/sign`,
      values,
      error: form?.error,
      kinds: letter.signerKinds.map((kind) => ({
        kind,
        label: { legislator: 'a legislator', organization: 'an organization', individual: 'an individual' }[kind],
        checked: (values.kind ?? letter.signerKinds[0]) === kind,
      })),
      countries: countryOptions(letter.language).map((c) => ({ ...c, selected: c.code === values.country })),
      displays: [
        { value: 'full', label: 'my full name' },
        { value: 'initials', label: 'my initials only' },
        { value: 'anonymous', label: 'nothing: count me, but do not list me' },
      ].map((d) => ({ ...d, selected: (values.display ?? 'full') === d.value })),
    },
  });
}

/** The public letter page: complete without JavaScript. */
const letterPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/letters/:slug',
    {
      schema: {
        tags: ['pages'],
        summary: 'The letter as a web page, with its signatories and the sign form',
        params: SlugParams,
        response: { 200: Type.String({ description: 'text/html' }), ...errors(400, 404) },
      },
    },
    async (req, reply) => renderLetterPage(app, reply, req.params.slug),
  );

  app.get(
    '/letters/:slug/versions',
    {
      schema: {
        tags: ['pages'],
        summary: 'The history of the letter\'s text, with each change shown',
        params: SlugParams,
        response: { 200: Type.String({ description: 'text/html' }), ...errors(400, 404) },
      },
    },
    async (req, reply) => {
      const letter = await readLetter({ db: app.db }, req.params.slug);
      const versions = await listVersions(app.db, req.params.slug);
      return reply.view('pages/versions', { title: `History: ${letter.title}`, lang: letter.language, letter, versions: versions.reverse() });
    },
  );
};

export default letterPages;
