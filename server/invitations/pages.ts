import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryOptions } from '../countries.js';
import { defineForm, type FormError, formErrors, formGuards, formPage } from '../http/forms.js';
import { displayOptions, signFormErrors } from '../letters/letter-page.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { TokenParams } from '../signatures/schemas.js';
import { AcceptBody } from './schemas.js';
import { acceptInvitation, resolveInvitation } from './service.js';
import { effectiveStatus } from '../letters/service.js';
import { directionOf } from '../i18n/locales.js';
import { UPDATES_PER_MONTH } from '../updates/schemas.js';

const Html = Type.String({ description: 'text/html' });
// The token is the page's address; the service checks the details, as it does for the API.
const AcceptForm = defineForm(AcceptBody, ['name', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'country', 'display', 'news'], { schemaCheck: false });

/** The page behind an invitation link: the letter, and a form already filled in by the organizers. */
const invitationPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  const deps = () => ({ db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now, publishBatchSeconds: app.config.publishBatchSeconds });

  async function show(req: FastifyRequest, reply: FastifyReply, token: string, values?: Record<string, string>, error?: FormError) {
    const { invitation, letter } = await resolveInvitation(deps(), token);
    // At first, the form holds what the organizers entered for the invitee.
    const v: Record<string, string> = values ?? AcceptForm.typed(invitation);
    return {
      title: letter.title,
      textDir: directionOf(letter.language),
      letter,
      invitation,
      accepted: Boolean(invitation.acceptedAt),
      // As the public sees it: past its closing time, an open letter is closed.
      open: ['open', 'founding'].includes(effectiveStatus(letter, app.clock.now())),
      closedOn: letter.closedAt ?? letter.closesAt,
      founding: letter.status === 'founding',
      action: `/invitations/${token}`,
      values: v,
      // Every mistake at once, as the sign form says them (signFormErrors).
      form: signFormErrors(req.ui.code, error ? [{ field: error.field, reason: error.reason ?? 'invalid' }, ...(error.also ?? [])] : [], invitation.kind),
      csrfToken: await formPage(reply),
      countries: countryOptions(req.ui.code).map((c) => ({ ...c, selected: c.code === v.country })),
      displays: displayOptions(v.display),
      newsPerMonth: UPDATES_PER_MONTH,
    };
  }

  app.get(
    '/invitations/:token',
    {
      schema: { tags: ['pages'], summary: 'An invitation: the letter and a prefilled form', params: TokenParams, response: { 200: Html, ...errors(400, 404, 410, 429) } },
      preHandler: app.limits.tokenPerIp,
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      return reply.view('pages/invitation', await show(req, reply, req.params.token));
    },
  );

  app.post(
    '/invitations/:token',
    {
      schema: {
        tags: ['pages'],
        summary: 'Sign through an invitation',
        params: TokenParams,
        body: AcceptForm.body,
        response: { 200: Html, ...formPageErrors(400, 409), ...errors(403, 404, 410, 429) },
      },
      preHandler: [...formGuards(app), app.limits.tokenPerIp],
      // A mistake (a field over its limit, a name with a line break) comes back on the form, with what was typed.
      ...formErrors(async (req, reply, error) => {
        reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
        const token = (req.params as { token: string }).token;
        // Used already (by another tab, or another click): the page says so, and signs nothing.
        if (error.code === 'INVITATION_USED') return reply.view('pages/invitation', await show(req, reply, token));
        const values = Object.fromEntries(Object.entries(AcceptForm.typed(req.body)).map(([k, v]) => [k, v.trim()]));
        return reply.view('pages/invitation', await show(req, reply, token, values, error));
      }),
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      const { letter, receipt, publication } = await app.applyEffects(acceptInvitation(deps(), { ...AcceptForm.parse(req.body), token: req.params.token }));
      return reply.view('pages/confirmed', { title: req.t('confirmed.title'), slug: letter, receipt, publication: { [publication ?? 'held']: true } });
    },
  );
};

export default invitationPages;
