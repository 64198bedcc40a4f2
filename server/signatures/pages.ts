import { diffLabels, showVersions } from '../letters/version-diff.js';
import { readerLanguages } from '../plugins/i18n.js';
import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { TOKEN_PURPOSES } from '../db/schema.js';
import { AppError } from '../errors.js';
import { ButtonForm, defineForm, type FormError, formErrors, formGuards, formPage, HONEYPOT, publicFormGuards } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { letterPage, type SignFormState } from '../letters/letter-page.js';
import { WidgetQuery, widgetPage } from '../widget/pages.js';
import { SlugParams } from '../letters/schemas.js';
import { listVersions } from '../letters/service.js';
import { SignBody, TokenParams } from './schemas.js';
import { signatureDeps } from './deps.js';
import * as signatures from './service.js';
import { domainOf } from './service.js';
import { publishedAs } from './visibility.js';
import { countryName } from '../countries.js';

const Html = Type.String({ description: 'text/html' });
// The sign service checks the signer's details (as it does for the API), in the words signers see.
// The mailbox warning's controls: the domain of the address warned about (choosing applies to
// that address only) and the choice to be counted but not listed.
const SignForm = defineForm(SignBody, ['kind', 'name', 'email', 'country', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'display', 'language', 'news'], {
  schemaCheck: false,
  controls: ['acknowledgedMailbox', 'countedOnly'],
});

// Pages behind mailed links: never cached, and their address (which holds the token) is never
// sent on to another page as a Referer.
function privatePage(reply: FastifyReply) {
  reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
}

const PAGE_TITLES = { confirm: 'confirm.title', withdraw: 'withdraw.title', reconsent: 'reconsent.title' } as const;

/** The sign form's post, and the pages behind the links mailed to signers. */
const signaturePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  const deps = () => signatureDeps(app);

  const guards = formGuards(app);

  /**
   * Where a sign form is: the letter's page, or the widget partner sites frame. Both post the same
   * form to the same command; each shows its own answer (and the form again after a mistake).
   */
  const surfaces = [
    {
      path: '/letters/:slug/sign',
      summary: 'The sign form',
      form: async (req: FastifyRequest, reply: FastifyReply, slug: string, form: SignFormState) => {
        const pageDeps = { db: app.db, cache: app.publicCache, now: app.clock.now, view: app.view, publicUrl: app.config.publicUrl, publishBatchSeconds: app.config.publishBatchSeconds };
        const { html } = await letterPage(pageDeps, slug, { ...readerLanguages(req), form });
        return reply.type('text/html; charset=utf-8').send(html);
      },
      done: (req: FastifyRequest, reply: FastifyReply, slug: string) => reply.view('pages/check-email', { title: req.t('check.title'), slug }),
    },
    {
      path: '/letters/:slug/widget/sign',
      summary: "The sign widget's form (partner sites frame it)",
      form: (req: FastifyRequest, reply: FastifyReply, slug: string, form: SignFormState) => widgetPage(app, req, reply, slug, { form }),
      done: (req: FastifyRequest, reply: FastifyReply, slug: string) => widgetPage(app, req, reply, slug, { done: true }),
    },
  ];

  for (const surface of surfaces) {
    app.post(
      surface.path,
      {
        schema: {
          tags: ['pages'],
          summary: surface.summary,
          params: SlugParams,
          querystring: WidgetQuery,
          body: SignForm.body,
          response: { 200: Html, ...formPageErrors(400, 409), ...errors(403, 404, 429) },
        },
        preHandler: [...publicFormGuards(app), app.limits.signPerIp, app.limits.signPerLetter],
        // A mistake (a field too long, a line break in a name, a missing title) comes back on the
        // form, with what was typed, and so does the warning about a mailbox a state can read,
        // with its choices; a closed letter or a refused post does not.
        ...formErrors(async (req, reply, error) => {
          const risky = error.code === 'RISKY_MAILBOX';
          if (error.statusCode !== 400 && !risky) throw new AppError(error.statusCode, error.code, error.message, error.field);
          const values = SignForm.typed(req.body);
          const form = risky
            ? {
                values,
                warning: {
                  ...mailboxWarning(error.details, error.reason === 'chosen', req.ui.code),
                  mailbox: domainOf(values.email.trim()),
                  countedOnly: values.display === 'anonymous' || Boolean((req.body as { countedOnly?: string }).countedOnly),
                },
              }
            : { values, errors: [{ field: error.field, reason: error.reason ?? 'invalid' }, ...(error.also ?? [])] };
          return surface.form(req, reply, (req.params as { slug: string }).slug, form);
        }),
      },
      async (req, reply) => {
        // A bot that filled the hidden field is told what a person is told, and nothing is written.
        if (req.body[HONEYPOT]) return surface.done(req, reply, req.params.slug);
        const input = SignForm.parse(req.body);
        const { acknowledgedMailbox, countedOnly } = req.body;
        const choice = {
          // What the signer chose on the mailbox warning, for the address it warned about.
          acknowledgeRiskyMailbox: acknowledgedMailbox !== undefined && acknowledgedMailbox.toLowerCase() === domainOf(input.email.trim()),
          ...(countedOnly ? { display: 'anonymous' as const } : {}),
          // The partner whose widget it came through, named in the widget's address.
          ...(req.query.partner ? { partner: req.query.partner } : {}),
        };
        await app.applyEffects(signatures.sign(deps(), req.params.slug, { ...input, ...choice }, { ip: req.ip }));
        return surface.done(req, reply, req.params.slug);
      },
    );
  }

  for (const purpose of TOKEN_PURPOSES) {
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
          title: req.t(PAGE_TITLES[purpose]),
          letter,
          signature,
          done,
          // The answer pages stay in the language this page is in.
          action: `/${purpose}/${req.params.token}${langQuery(req)}`,
          eraseAction: `/erase/${req.params.token}${langQuery(req)}`,
          stored: purpose === 'withdraw' ? storedForPage(await signatures.storedData(deps(), req.params.token), req.ui.code) : null,
          // What changed since they signed, as readers see the text (formatted, changes only).
          changes: showVersions(
            versions,
            diffLabels((key) => req.t(key), req.ui),
          ).filter((v) => v.version > signature.letterVersion),
          outcome: confirmation?.outcome,
          shown: confirmation ? publishedAs(confirmation.submission, req.ui.code) : null,
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
    const { letter, receipt, publication } = await app.applyEffects(signatures.confirm(deps(), req.params.token));
    return reply.view('pages/confirmed', { title: req.t('confirmed.title'), slug: letter, receipt, publication: { [publication ?? 'held']: true } });
  });

  app.post('/reconsent/:token', tokenPost("Consent to the new text, from the page's button", [409, 410]), async (req, reply) => {
    privatePage(reply);
    const { letter, version, receipt } = await app.applyEffects(signatures.reconsent(deps(), req.params.token));
    return reply.view('pages/reconsented', { title: req.t('reconsented.title'), slug: letter, version, receipt });
  });

  app.post('/withdraw/:token', tokenPost("Withdraw, from the page's button", []), async (req, reply) => {
    privatePage(reply);
    const { letter } = await app.applyEffects(signatures.withdraw(deps(), req.params.token));
    return reply.view('pages/withdrawn', { title: req.t('withdrawn.title'), slug: letter });
  });

  app.post('/erase/:token', tokenPost('Erase everything stored about the signer, from the withdrawal page', []), async (req, reply) => {
    privatePage(reply);
    const { letter } = await app.applyEffects(signatures.erase(deps(), req.params.token));
    return reply.view('pages/erased', { title: req.t('erased.title'), slug: letter });
  });
};

/** ?lang= of the interface language, when the page was asked for in one. */
const langQuery = (req: FastifyRequest) => ((req.query as { lang?: string } | undefined)?.lang ? `?lang=${encodeURIComponent(req.ui.code)}` : '');

/** The mailbox warning's facts, for the catalog's sign.risky: the provider and the state that reads it. */
function mailboxWarning(details: FormError['details'], chosen: boolean, ui: string) {
  const jurisdiction = details?.jurisdiction ?? null;
  return {
    provider: details?.provider ?? '',
    jurisdiction: jurisdiction ?? 'none',
    state: jurisdiction ? countryName(jurisdiction, ui) : '',
    chosen: chosen ? ('yes' as const) : ('no' as const),
  };
}

/** The signer's stored data as their page shows it: the country named in their language, the invitation's details in one line. */
function storedForPage<T extends { country: string; invitation?: Record<string, unknown> | null }>(data: T, ui: string) {
  const inv = data.invitation as Record<string, string | null> | null | undefined;
  const details = inv
    ? [inv.name, inv.title, inv.parliament, inv.party, inv.organization, inv.role, inv.website].filter(Boolean).join(', ') + (inv.country ? ` (${countryName(inv.country, ui)})` : '')
    : null;
  return { ...data, countryName: countryName(data.country, ui), invitationDetails: details };
}

export default signaturePages;
