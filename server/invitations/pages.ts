import formbody from '@fastify/formbody';
import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { countryOptions } from '../countries.js';
import { formBody, formErrors, formGuards, formPage, typedValues } from '../http/forms.js';
import { errors, formPageErrors } from '../http/schemas.js';
import { TokenParams } from '../signatures/schemas.js';
import { AcceptBody } from './schemas.js';
import { acceptInvitation, resolveInvitation } from './service.js';
import { effectiveStatus } from '../letters/service.js';

const Html = Type.String({ description: 'text/html' });
const FIELDS = ['name', 'title', 'parliament', 'party', 'organization', 'role', 'website', 'country', 'display'] as const;
const InviteForm = formBody(AcceptBody, FIELDS);

/** The page behind an invitation link: the letter, and a form already filled in by the organizers. */
const invitationPages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  const deps = () => ({ db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now });

  async function show(reply: FastifyReply, token: string, values?: Record<string, string>, error?: { field?: string; message: string }) {
    const { invitation, letter } = await resolveInvitation(deps(), token);
    const v: Record<string, string> = values ?? (Object.fromEntries(FIELDS.map((f) => [f, (invitation as Record<string, unknown>)[f] ?? ''])) as Record<string, string>);
    return {
      title: `Invitation: ${letter.title}`,
      lang: letter.language,
      letter,
      invitation,
      accepted: Boolean(invitation.acceptedAt),
      // As the public sees it: past its closing time, an open letter is closed.
      open: ['open', 'founding'].includes(effectiveStatus(letter, app.clock.now())),
      closedOn: letter.closedAt ?? letter.closesAt,
      founding: letter.status === 'founding',
      action: `/invitations/${token}`,
      values: v,
      error,
      csrfToken: await formPage(reply),
      countries: countryOptions(letter.language).map((c) => ({ ...c, selected: c.code === v.country })),
      displays: [
        { value: 'full', label: 'my full name' },
        { value: 'initials', label: 'my initials only' },
        { value: 'anonymous', label: 'nothing: count me, but do not list me' },
      ].map((d) => ({ ...d, selected: (v.display || 'full') === d.value })),
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
      return reply.view('pages/invitation', await show(reply, req.params.token));
    },
  );

  app.post(
    '/invitations/:token',
    {
      schema: { tags: ['pages'], summary: 'Sign through an invitation', params: TokenParams, body: InviteForm, response: { 200: Html, ...formPageErrors(400, 409), ...errors(403, 404, 410, 429) } },
      preHandler: [...formGuards(app), app.limits.tokenPerIp],
      // A mistake (a field over its limit, a name with a line break) comes back on the form, with what was typed.
      ...formErrors(async (req, reply, error) => {
        reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
        const token = (req.params as { token: string }).token;
        // Used already (by another tab, or another click): the page says so, and signs nothing.
        if (error.code === 'INVITATION_USED') return reply.view('pages/invitation', await show(reply, token));
        const values = Object.fromEntries(Object.entries(typedValues(req.body, FIELDS)).map(([k, v]) => [k, v.trim()]));
        return reply.view('pages/invitation', await show(reply, token, values, error));
      }),
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      const values = Object.fromEntries(FIELDS.map((f) => [f, (req.body[f] ?? '').trim()])) as Record<(typeof FIELDS)[number], string>;
      const display = ['full', 'initials', 'anonymous'].includes(values.display ?? '') ? (values.display as 'full') : 'full';
      const { letter, receipt } = await app.applyEffects(acceptInvitation(deps(), { ...values, display, token: req.params.token }));
      return reply.view('pages/confirmed', { title: 'Signature recorded', slug: letter, receipt });
    },
  );
};

export default invitationPages;
