import formbody from '@fastify/formbody';
import type { FastifyPluginAsync } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isEmailAddress } from '../email.js';
import { ButtonForm, defineForm, formGuards, formPage, publicFormGuards } from '../http/forms.js';
import { errors } from '../http/schemas.js';
import { listOrganizerLetters } from '../letters/service.js';
import { statsSummary } from './view.js';
import { sessionCookieName } from '../plugins/auth.js';
import { TokenParams } from '../signatures/schemas.js';
import { CreateTokenBody, DigestBody, IdParams, LoginBody } from './schemas.js';
import { digestWanted, setDigest } from './digest.js';
import { consumeLogin, createToken, LOGIN_TTL_MS, listSessions, listTokens, requestLogin, revokeSession, revokeToken, SESSION_TTL_MS } from './sessions.js';

const tags = ['sign-in'];
const security = [{ bearer: [] }];
const Html = Type.String({ description: 'text/html' });
const LoginForm = defineForm(LoginBody, ['email']);
const Session = Type.Object({
  id: Type.String(),
  userAgent: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  expiresAt: Type.String({ format: 'date-time' }),
  current: Type.Boolean(),
});
// --- digest ---
const Me = Type.Object({ email: Type.String(), name: Type.Union([Type.String(), Type.Null()]), digest: Type.Boolean() });
const ApiToken = Type.Object({
  id: Type.String(),
  label: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});

/** Magic-link sign-in for organizers, their sessions and their API tokens. */
const authRoutes: FastifyPluginAsync = async (fastify) => {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  await app.register(formbody, { bodyLimit: 4 * 1024 });
  const deps = () => ({ db: app.db, tokens: app.tokens, now: app.clock.now });
  const cookie = sessionCookieName(app.config.publicUrl);
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: app.config.publicUrl.startsWith('https:') };
  const guard = { onRequest: [app.limits.organizerPerIp, app.authenticate] };

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags,
        summary: 'Mail a sign-in link (valid once, 15 minutes) if the address belongs to an organizer',
        body: LoginBody,
        response: { 202: Type.Object({ status: Type.Literal('sent_if_known') }), ...errors(400, 429) },
      },
      preHandler: app.limits.tokenPerIp,
    },
    async (req, reply) => {
      await app.applyEffects(requestLogin(deps(), req.body.email, req.ui.code));
      return reply.code(202).send({ status: 'sent_if_known' as const });
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: { tags, security, summary: 'Who you are signed in as, and whether you get the daily digest', response: { 200: Me, ...errors(401) } },
      ...guard,
    },
    async (req) => ({
      email: req.organizer!.email,
      name: req.organizer!.name,
      digest: await digestWanted(app.db, req.organizer!.id),
    }),
  );

  // --- digest ---
  app.patch(
    '/api/v1/auth/me',
    {
      schema: { tags, security, summary: 'Turn your daily digest on or off', body: DigestBody, response: { 200: Me, ...errors(400, 401) } },
      ...guard,
    },
    async (req) => ({
      email: req.organizer!.email,
      name: req.organizer!.name,
      digest: await setDigest(app.db, req.organizer!.id, req.body.digest),
    }),
  );

  app.post(
    '/api/v1/auth/logout',
    { schema: { tags, security, summary: 'End this browser session', response: { 200: Type.Object({ status: Type.Literal('signed_out') }), ...errors(401) } }, ...guard },
    async (req, reply) => {
      if (req.sessionId) await revokeSession(app.db, req.organizer!.id, req.sessionId);
      reply.clearCookie(cookie, { path: '/' });
      return { status: 'signed_out' as const };
    },
  );

  app.get(
    '/api/v1/auth/sessions',
    { schema: { tags, security, summary: 'Your open browser sessions', response: { 200: Type.Object({ items: Type.Array(Session) }), ...errors(401) } }, ...guard },
    async (req) => ({
      items: await listSessions(app.db, req.organizer!.id, req.sessionId, app.clock.now()),
    }),
  );

  app.post(
    '/api/v1/auth/sessions/:id/revoke',
    { schema: { tags, security, summary: 'End one of your sessions', params: IdParams, response: { 200: Type.Object({ revoked: Type.Literal(true) }), ...errors(400, 401, 404) } }, ...guard },
    async (req) => {
      await revokeSession(app.db, req.organizer!.id, req.params.id);
      return { revoked: true as const };
    },
  );

  app.get(
    '/api/v1/auth/tokens',
    { schema: { tags, security, summary: 'Your API tokens (never the tokens themselves)', response: { 200: Type.Object({ items: Type.Array(ApiToken) }), ...errors(401) } }, ...guard },
    async (req) => ({
      items: await listTokens(app.db, req.organizer!.id),
    }),
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags,
        security,
        summary: 'Create an API token; it is shown only in this answer',
        body: CreateTokenBody,
        response: { 201: Type.Object({ id: Type.String(), token: Type.String() }), ...errors(400, 401) },
      },
      ...guard,
    },
    async (req, reply) => reply.code(201).send(await createToken(deps(), req.organizer!.id, req.body?.label)),
  );

  app.post(
    '/api/v1/auth/tokens/:id/revoke',
    { schema: { tags, security, summary: 'Revoke one of your API tokens', params: IdParams, response: { 200: Type.Object({ revoked: Type.Literal(true) }), ...errors(400, 401, 404) } }, ...guard },
    async (req) => {
      await revokeToken(app.db, req.organizer!.id, req.params.id);
      return { revoked: true as const };
    },
  );

  // Pages: ask for a link, follow it (a button, since mail scanners follow links), land on the dashboard.
  // A public page like the letter's: the same for every reader, its form guarded by origin.
  app.get(
    '/login',
    { schema: { tags: ['pages'], summary: 'Sign in: ask for a link by email', querystring: Type.Object({ signedOut: Type.Optional(Type.Literal('1')) }), response: { 200: Html, ...errors(400) } } },
    async (req, reply) => reply.view('pages/login', { title: req.t('ws.login.title'), signedOut: req.query.signedOut === '1' }),
  );

  app.post(
    '/login',
    {
      schema: { tags: ['pages'], summary: 'Mail a sign-in link', body: LoginForm.body, response: { 200: Html, ...errors(400, 403, 429) } },
      preHandler: [...publicFormGuards(app), app.limits.tokenPerIp],
    },
    async (req, reply) => {
      // The same page follows whatever was typed; only an address is mailed.
      const email = LoginForm.typed(req.body).email.trim();
      if (isEmailAddress(email)) await app.applyEffects(requestLogin(deps(), email, req.ui.code));
      return reply.view('pages/login-sent', { title: req.t('ws.loginSent.title'), minutes: LOGIN_TTL_MS / 60_000 });
    },
  );

  app.get(
    '/login/:token',
    { schema: { tags: ['pages'], summary: 'The page behind a sign-in link: a button, nothing spent yet', params: TokenParams, response: { 200: Html, ...errors(400) } } },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      return reply.view('pages/login-confirm', { title: req.t('ws.login.title'), action: `/login/${req.params.token}`, csrfToken: await formPage(reply) });
    },
  );

  app.post(
    '/login/:token',
    {
      schema: { tags: ['pages'], summary: 'Spend a sign-in link and open a session', params: TokenParams, body: ButtonForm, response: { 303: Type.Null(), ...errors(400, 403, 404, 410, 429) } },
      preHandler: [...formGuards(app), app.limits.tokenPerIp],
    },
    async (req, reply) => {
      reply.header('Cache-Control', 'no-store').header('Referrer-Policy', 'no-referrer');
      const { token } = await consumeLogin(deps(), req.params.token, req.headers['user-agent']);
      reply.setCookie(cookie, token, { ...cookieOptions, maxAge: SESSION_TTL_MS / 1000 });
      return reply.code(303).redirect('/organize');
    },
  );

  // Sign out: a button in the header of every organizer's page (a POST, so a link cannot sign anyone out).
  app.post(
    '/logout',
    {
      schema: { tags: ['pages'], summary: 'End this browser session and go to the sign-in page', body: ButtonForm, response: { 303: Type.Null(), ...errors(400, 403) } },
      onRequest: app.identify,
      preHandler: formGuards(app),
    },
    async (req, reply) => {
      if (req.organizer && req.sessionId) await revokeSession(app.db, req.organizer.id, req.sessionId);
      reply.clearCookie(cookie, { path: '/' });
      return reply.code(303).redirect('/login?signedOut=1');
    },
  );

  app.get(
    '/organize',
    { schema: { tags: ['pages'], summary: "The organizer's dashboard: their letters and counts", response: { 200: Html, 303: Type.Null() } }, onRequest: app.identify },
    async (req, reply) => {
      if (!req.organizer) return reply.code(303).redirect('/login');
      reply.header('Cache-Control', 'private, no-store');
      const letters = await listOrganizerLetters({ db: app.db, now: app.clock.now }, req.organizer.id);
      return reply.view('pages/organize', {
        title: req.t('ws.letters.title'),
        organizer: req.organizer,
        signedIn: req.organizer,
        csrfToken: await formPage(reply),
        letters: letters.map((letter) => ({ ...letter, statsSummary: statsSummary(req.ui.code, letter.stats) })),
      });
    },
  );
};

export default authRoutes;
