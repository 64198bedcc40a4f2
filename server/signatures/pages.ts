import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { requireSameOrigin } from '../http/same-origin.js';
import { errors } from '../http/schemas.js';
import { renderLetterPage } from '../letters/pages.js';
import { listVersions } from '../letters/service.js';
import { SlugParams } from '../letters/schemas.js';
import { TokenParams } from './schemas.js';
import * as signatures from './service.js';

const Html = Type.String({ description: 'text/html' });
const FORM_FIELDS = ['kind', 'name', 'email', 'country', 'title', 'parliament', 'party', 'organization', 'role', 'display'] as const;

const SignForm = Type.Object(
  Object.fromEntries(FORM_FIELDS.map((f) => [f, Type.Optional(Type.String({ maxLength: 400 }))])),
  { additionalProperties: false },
);

// Pages behind mailed links: never cached, and their address (which holds the token) is never
// sent on to another page as a Referer.
function privatePage(reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
}

/** The sign form's post, and the pages behind the confirmation and withdrawal links. */
const signaturePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const deps = () => ({ db: app.db, sealer: app.sealer, tokens: app.tokens, legislatures: app.legislatures });
  const sameOrigin = requireSameOrigin(app.config.publicUrl);

  app.post(
    '/letters/:slug/sign',
    {
      schema: { tags: ['pages'], summary: 'The sign form', params: SlugParams, body: SignForm, response: { 200: Html, 400: Html, ...errors(403, 404, 409) } },
      preHandler: sameOrigin,
    },
    async (req, reply) => {
      const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, (req.body[f] ?? '').trim()]));
      try {
        const kind = values.kind as 'legislator' | 'organization' | 'individual';
        if (!['legislator', 'organization', 'individual'].includes(kind)) {
          throw new AppError(400, 'VALIDATION_FAILED', 'kind: choose who is signing', 'kind');
        }
        const display = (['full', 'initials', 'anonymous'].includes(values.display ?? '') ? values.display : 'full') as 'full';
        await signatures.sign(deps(), req.params.slug, {
          ...values,
          kind,
          display,
          name: values.name ?? '',
          email: values.email ?? '',
          country: values.country ?? '',
        });
      } catch (err) {
        if (err instanceof AppError && err.statusCode === 400) {
          reply.code(400);
          return renderLetterPage(app, req, reply, req.params.slug, { form: { values, error: { field: err.field, message: err.message } } });
        }
        throw err;
      }
      app.outbox.wake();
      return reply.view('pages/check-email', { title: 'Check your email', slug: req.params.slug });
    },
  );

  const PAGE_TITLES = { confirm: 'Confirm your signature', withdraw: 'Withdraw your signature', reconsent: 'The letter has changed' };
  for (const purpose of ['confirm', 'withdraw', 'reconsent'] as const) {
    app.get(
      `/${purpose}/:token`,
      { schema: { tags: ['pages'], summary: `The page behind a ${purpose} link: shows a button, changes nothing`, params: TokenParams, response: { 200: Html, ...errors(400, 404, 410) } } },
      async (req, reply) => {
        privatePage(reply);
        const { signature, letter } = await signatures.inspectToken(deps(), purpose, req.params.token);
        const done = {
          confirm: signature.status === 'confirmed',
          withdraw: signature.status === 'withdrawn',
          reconsent: signature.letterVersion >= letter.version,
        }[purpose];
        const versions = purpose === 'reconsent' ? await listVersions(app.db, letter.slug).catch(() => []) : [];
        return reply.view(`pages/${purpose}`, {
          title: PAGE_TITLES[purpose],
          letter,
          signature,
          done,
          action: `/${purpose}/${req.params.token}`,
          changes: versions.filter((v) => v.version > signature.letterVersion),
        });
      },
    );
  }

  app.post(
    '/confirm/:token',
    { schema: { tags: ['pages'], summary: 'Confirm, from the page\'s button', params: TokenParams, response: { 200: Html, ...errors(400, 403, 404, 409, 410) } }, preHandler: sameOrigin },
    async (req, reply) => {
      privatePage(reply);
      const result = await signatures.confirm(deps(), req.params.token);
      return reply.view('pages/confirmed', { title: 'Signature confirmed', slug: result.letter });
    },
  );

  app.post(
    '/reconsent/:token',
    { schema: { tags: ['pages'], summary: 'Consent to the new text, from the page\'s button', params: TokenParams, response: { 200: Html, ...errors(400, 403, 404, 409, 410) } }, preHandler: sameOrigin },
    async (req, reply) => {
      privatePage(reply);
      const result = await signatures.reconsent(deps(), req.params.token);
      return reply.view('pages/reconsented', { title: 'Thank you', slug: result.letter, version: result.version });
    },
  );

  app.post(
    '/withdraw/:token',
    { schema: { tags: ['pages'], summary: 'Withdraw, from the page\'s button', params: TokenParams, response: { 200: Html, ...errors(400, 403, 404) } }, preHandler: sameOrigin },
    async (req, reply) => {
      privatePage(reply);
      const result = await signatures.withdraw(deps(), req.params.token);
      return reply.view('pages/withdrawn', { title: 'Signature withdrawn', slug: result.letter });
    },
  );
};

export default signaturePages;
