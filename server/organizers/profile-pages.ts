import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { defineForm, type FormError, formErrors, formGuards, formPage } from '../http/forms.js';
import { errors, formPageErrors, OneLine } from '../http/schemas.js';
import { PUBLIC_NAME_MAX, setPublicName } from './profile.js';
import { CreateTokenBody, DigestBody } from './schemas.js';
import { digestWanted, setDigest } from './digest.js';
import { listSessions, listTokens } from './sessions.js';

const Redirect = Type.Null({ description: 'see other' });
const pageTags = ['organizer pages'];
/** The organizer's public name: one line; empty clears it. */
const NameBody = Type.Object({ name: Type.Optional(OneLine(PUBLIC_NAME_MAX, { description: 'a person’s or an organization’s name; empty: none' })) }, { additionalProperties: false });
const NameForm = defineForm(NameBody, ['name']);
// The account page's token form, for the page shown again with the name's mistake.
const TOKEN_LIMITS = defineForm(CreateTokenBody, ['label']).limits;
// --- digest ---
// The daily digest: a checkbox, so left unticked it is false (and sends nothing the schema would require).
const DigestForm = defineForm(DigestBody, ['digest'], { schemaCheck: false });

/**
 * The organizer's own profile: the name the mail they send names them by (invitations and the
 * delivered letter name the letter's owners). The form is on the account page (/organize/account).
 */
const profilePages: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

  /** The account page again, with the name's mistake beside its form and what was typed. */
  async function accountWithError(req: FastifyRequest, reply: FastifyReply, nameError: FormError) {
    reply.header('Cache-Control', 'private, no-store');
    return reply.view('pages/account', {
      title: req.t('ws.account.title'),
      organizer: { ...req.organizer!, name: NameForm.typed(req.body).name },
      signedIn: req.organizer,
      sessions: await listSessions(app.db, req.organizer!.id, req.sessionId, app.clock.now()),
      tokens: await listTokens(app.db, req.organizer!.id),
      digest: await digestWanted(app.db, req.organizer!.id),
      limits: TOKEN_LIMITS,
      csrfToken: await formPage(reply),
      nameError,
    });
  }

  app.post(
    '/organize/account/name',
    {
      schema: {
        tags: pageTags,
        summary: 'Set your public name or organization, which invitations and delivered letters name you by',
        body: NameForm.body,
        response: { 303: Redirect, ...formPageErrors(400), ...errors(401, 403) },
      },
      onRequest: [app.limits.organizerPerIp, app.authenticate],
      preHandler: formGuards(app),
      ...formErrors(accountWithError),
    },
    async (req, reply) => {
      await setPublicName(app.db, req.organizer!.id, NameForm.parse(req.body).name);
      return reply.code(303).redirect('/organize/account');
    },
  );

  // --- digest ---
  app.post(
    '/organize/account/digest',
    {
      schema: {
        tags: pageTags,
        summary: 'Turn your daily digest of what happened on your letters on or off',
        body: DigestForm.body,
        response: { 303: Redirect, ...errors(400, 401, 403) },
      },
      onRequest: [app.limits.organizerPerIp, app.authenticate],
      preHandler: formGuards(app),
    },
    async (req, reply) => {
      await setDigest(app.db, req.organizer!.id, DigestForm.parse(req.body).digest ?? false);
      return reply.code(303).redirect('/organize/account#digest');
    },
  );
};

export default profilePages;
