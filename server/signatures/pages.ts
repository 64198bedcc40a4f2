import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { ButtonForm, formBody, formErrors, formGuards, formPage, HONEYPOT, publicFormGuards, typedValues } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { letterPage } from '../letters/letter-page.js';
import { negotiator } from '../letters/pages.js';
import { SlugParams } from '../letters/schemas.js';
import { listVersions } from '../letters/service.js';
import { SignBody, TokenParams } from './schemas.js';
import { signatureDeps } from './deps.js';
import * as signatures from './service.js';
import { publishedAs } from './visibility.js';
import { receiptFor } from '../ledger/service.js';

const Html = Type.String({ description: 'text/html' });
const FORM_FIELDS = ['kind', 'name', 'email', 'country', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'display'] as const;
const KINDS = ['legislator', 'organization', 'individual'] as const;
const DISPLAYS = ['full', 'initials', 'anonymous'] as const;

// Pages behind mailed links: never cached, and their address (which holds the token) is never
// sent on to another page as a Referer.
function privatePage(reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
}

const PAGE_TITLES = { confirm: 'Confirm your signature', withdraw: 'Withdraw your signature', reconsent: 'The letter has changed' };

/** The sign form's post, and the pages behind the links mailed to signers. */
const signaturePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  const deps = () => signatureDeps(app);

  const guards = formGuards(app);

  app.post(
    '/letters/:slug/sign',
    {
      schema: { tags: ['pages'], summary: 'The sign form', params: SlugParams, body: formBody(SignBody, FORM_FIELDS), response: { 200: Html, ...formPageErrors(400), ...errors(403, 404, 409, 429) } },
      preHandler: [...publicFormGuards(app), app.limits.signPerIp, app.limits.signPerLetter],
      // A mistake (a field too long, a line break in a name, a missing title) comes back on the
      // letter page's form, with what was typed; a closed letter or a refused post does not.
      ...formErrors(async (req, reply, error) => {
        if (error.statusCode !== 400) throw new AppError(error.statusCode, error.code, error.message, error.field);
        const values = typedValues(req.body, FORM_FIELDS);
        const deps = { db: app.db, cache: app.publicCache, view: app.view, publicUrl: app.config.publicUrl };
        const form = { values, error: { field: error.field, message: error.message } };
        const { html } = await letterPage(deps, (req.params as { slug: string }).slug, { negotiate: negotiator(req), form });
        return reply.type('text/html; charset=utf-8').send(html);
      }),
    },
    async (req, reply) => {
      const values = Object.fromEntries(FORM_FIELDS.map((f) => [f, (req.body[f] ?? '').trim()])) as Record<(typeof FORM_FIELDS)[number], string>;
      // A bot that filled the hidden field is told what a person is told, and nothing is written.
      if (req.body[HONEYPOT]) return reply.view('pages/check-email', { title: 'Check your email', slug: req.params.slug });
      const kind = values.kind as (typeof KINDS)[number];
      if (!KINDS.includes(kind)) throw new AppError(400, 'VALIDATION_FAILED', 'kind: choose who is signing', 'kind');
      const display = DISPLAYS.includes(values.display as 'full') ? (values.display as 'full') : 'full';
      await signatures.sign(deps(), req.params.slug, { ...values, kind, display }, { ip: req.ip });
      app.outbox.wake();
      return reply.view('pages/check-email', { title: 'Check your email', slug: req.params.slug });
    },
  );

  for (const purpose of ['confirm', 'withdraw', 'reconsent'] as const) {
    app.get(
      `/${purpose}/:token`,
      {
        schema: { tags: ['pages'], summary: `The page behind a ${purpose} link: shows a button, changes nothing`, params: TokenParams, response: { 200: Html, ...errors(400, 404, 410, 429) } },
        preHandler: app.limits.tokenPerIp,
      },
      async (req, reply) => {
        privatePage(reply);
        // A confirm link's page shows what that link would publish, or why it no longer can.
        const confirmation = purpose === 'confirm' ? await signatures.inspectConfirmation(deps(), req.params.token) : null;
        const { signature, letter } = confirmation ?? (await signatures.inspectToken(deps(), purpose, req.params.token));
        const done = {
          confirm: confirmation?.outcome === 'confirmed',
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
          eraseAction: `/erase/${req.params.token}`,
          stored: purpose === 'withdraw' ? await signatures.storedData(deps(), req.params.token) : null,
          changes: versions.filter((v) => v.version > signature.letterVersion),
          outcome: confirmation?.outcome,
          shown: confirmation ? publishedAs(confirmation.submission) : null,
          closedOn: confirmation?.closedOn,
          csrfToken: await formPage(reply),
        });
      },
    );
  }

  const tokenPost = (summary: string, codes: number[]) => ({
    schema: { tags: ['pages'], summary, params: TokenParams, body: ButtonForm, response: { 200: Html, ...errors(400, 403, 404, 429, ...codes) } },
    preHandler: [...guards, app.limits.tokenPerIp],
  });

  app.post('/confirm/:token', tokenPost("Confirm, from the page's button", [409, 410]), async (req, reply) => {
    privatePage(reply);
    const result = await signatures.confirm(deps(), req.params.token);
    await app.signaturesChanged(result.letterId, result.letter);
    const receipt = await receiptFor(app.db, result.letterId, result.signatureId);
    return reply.view('pages/confirmed', { title: 'Signature confirmed', slug: result.letter, receipt });
  });

  app.post('/reconsent/:token', tokenPost("Consent to the new text, from the page's button", [409, 410]), async (req, reply) => {
    privatePage(reply);
    const result = await signatures.reconsent(deps(), req.params.token);
    await app.signaturesChanged(result.letterId, result.letter);
    const receipt = await receiptFor(app.db, result.letterId, result.signatureId);
    return reply.view('pages/reconsented', { title: 'Thank you', slug: result.letter, version: result.version, receipt });
  });

  app.post('/withdraw/:token', tokenPost("Withdraw, from the page's button", []), async (req, reply) => {
    privatePage(reply);
    const result = await signatures.withdraw(deps(), req.params.token);
    await app.signaturesChanged(result.letterId, result.letter);
    return reply.view('pages/withdrawn', { title: 'Signature withdrawn', slug: result.letter });
  });

  app.post('/erase/:token', tokenPost('Erase everything stored about the signer, from the withdrawal page', []), async (req, reply) => {
    privatePage(reply);
    const result = await signatures.erase(deps(), req.params.token);
    await app.signaturesChanged(result.letterId, result.letter);
    return reply.view('pages/erased', { title: 'Erased', slug: result.letter });
  });
};

export default signaturePages;
