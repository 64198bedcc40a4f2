import fp from 'fastify-plugin';
import { and, eq } from 'drizzle-orm';
import { describe } from '../audit/actions.js';
import { record } from '../audit/service.js';
import { letterOrganizers, letters, organizers } from '../db/schema.js';

// Routes that read addresses: a refused attempt is recorded here, a read by its service.
const ADDRESS_ROUTES = /(\/signatures\/all|\/export\.csv)$/;
// The team's routes that add a co-organizer or change a role: which of the two is known only before.
const TEAM_ROUTES = /^\/(api\/v1|organize)\/letters\/:slug\/organizers$/;
// The answers whose counts an entry names are small; a bigger one is not read.
const ANSWER_READ_LIMIT = 64 * 1024;

declare module 'fastify' {
  interface FastifyRequest {
    /** Whether the co-organizer a team route names organized the letter before the request. */
    auditWasOrganizer?: boolean;
    /**
     * How many the request did, for its audit entry's sentence, set by a route whose answer is a
     * page (e.g. the invitations it sent): a JSON answer's count and a redirect's are read without it.
     */
    auditCount?: number;
  }
}

/**
 * The audit log: every request an organizer makes that changes something is recorded as it is
 * answered (who, the route, the letter, the target, the status), whichever route it was, and so
 * is a refused attempt to read signers' addresses. Each entry also has its kind and facts
 * (audit/actions.ts: the signature acted on, a decision, a co-organizer, a role, a language, a
 * count; identifiers and choices only, never free text or a signer's address), so that the API's
 * route and the workspace's form of one action read as the same sentence. Reads
 * of signers' addresses are recorded by the services that unseal them (signatureReader in
 * signatures/moderation.ts), with what was read, so the API, the pages and the CLI all are.
 */
export default fp(
  async (app) => {
    app.decorateRequest('auditWasOrganizer', undefined);
    app.decorateRequest('auditCount', undefined);

    // Adding a co-organizer and changing a role are one route: whether they were one already is asked before it acts.
    app.addHook('preHandler', async (request) => {
      if (!request.organizer || request.method !== 'POST' || !TEAM_ROUTES.test(request.routeOptions.url ?? '')) return;
      const slug = (request.params as { slug?: unknown }).slug;
      const email = (request.body as { email?: unknown } | undefined)?.email;
      if (typeof slug !== 'string' || typeof email !== 'string' || email.length > 254) return;
      const [row] = await app.db
        .select({ role: letterOrganizers.role })
        .from(letterOrganizers)
        .innerJoin(letters, eq(letters.id, letterOrganizers.letterId))
        .innerJoin(organizers, eq(organizers.id, letterOrganizers.organizerId))
        .where(and(eq(letters.slug, slug), eq(organizers.email, email.trim().toLowerCase())));
      request.auditWasOrganizer = row !== undefined;
    });

    // Before the answer leaves (onSend, not onResponse): whoever reads the log after an answer
    // finds the action there, and a process stopping in between cannot lose it.
    app.addHook('onSend', async (request, reply, payload) => {
      if (!request.organizer) return payload;
      const route = request.routeOptions.url ?? '';
      const read = request.method === 'GET' || request.method === 'HEAD';
      if (read && !(ADDRESS_ROUTES.test(route) && reply.statusCode >= 400)) return payload;
      const params = (request.params ?? {}) as Record<string, unknown>;
      const json = String(reply.getHeader('content-type') ?? '').startsWith('application/json');
      const description = describe({
        method: request.method,
        route,
        params,
        body: request.body,
        status: reply.statusCode,
        answer: () => {
          if (!json || typeof payload !== 'string' || payload.length > ANSWER_READ_LIMIT) return null;
          try {
            const parsed: unknown = JSON.parse(payload);
            return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
          } catch {
            return null;
          }
        },
        location: typeof reply.getHeader('location') === 'string' ? (reply.getHeader('location') as string) : undefined,
        wasOrganizer: request.auditWasOrganizer,
        count: request.auditCount,
      });
      // A preview that changed nothing (the text's, a removal's question) is not an action.
      if (!description) return payload;
      const slug = typeof params.slug === 'string' ? params.slug : description.slug;
      await record(app.db, {
        organizerId: request.organizer.id,
        slug,
        action: `${request.method} ${route}`,
        target: description.target ?? (typeof params.id === 'string' ? params.id : undefined),
        kind: description.kind,
        facts: description.facts,
        status: reply.statusCode,
      }).catch((err: unknown) => request.log.error({ err }, 'audit: could not record an organizer action'));
      return payload;
    });
  },
  { name: 'audit', dependencies: ['auth', 'db'] },
);
