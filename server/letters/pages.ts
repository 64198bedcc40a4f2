import type { FastifyInstance, FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryName, countryOptions } from '../countries.js';
import { errors } from '../http/schemas.js';
import { listPublic } from '../signatures/service.js';
import { SlugParams } from './schemas.js';
import { readLetter } from './service.js';

/** Signatories shown on the page itself; the rest are a click away in the JSON and CSV. */
const ON_PAGE = 500;

const KIND_HEADINGS = { legislator: 'Legislators', organization: 'Organizations', individual: 'Individuals' } as const;

export interface SignFormState {
  values: Record<string, string>;
  error?: { field?: string; message: string };
}

/** The letter page: the text, who signed, and the sign form (with the last attempt, if any). */
export async function renderLetterPage(app: FastifyInstance, reply: FastifyReply, slug: string, form?: SignFormState) {
  const letter = await readLetter({ db: app.db }, slug);
  const { items } = await listPublic(app.db, slug, { limit: ON_PAGE });
  const groups = (['legislator', 'organization', 'individual'] as const)
    .map((kind) => ({
      kind,
      heading: KIND_HEADINGS[kind],
      count: letter.stats.byKind[kind],
      people: items
        .filter((s) => s.kind === kind)
        .map((s) => ({ ...s, countryName: countryName(s.country, letter.language) })),
    }))
    .filter((g) => g.count > 0);
  const values = form?.values ?? {};
  return reply.view('pages/letter', {
    title: letter.title,
    description: letter.summary ?? letter.stats.summary,
    lang: letter.language,
    canonicalUrl: `${app.config.publicUrl}/letters/${letter.slug}`,
    letter,
    groups,
    unlisted: letter.stats.total - items.length,
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
};

export default letterPages;
