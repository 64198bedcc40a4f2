import accepts from '@fastify/accepts';
import i18n from './plugins/i18n.js';
import secureJson from 'secure-json-parse';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Database } from './db/client.js';
import { AppError, DATABASE_RETRY_AFTER_SECONDS, databaseUnavailable, sendError, toErrorBody } from './errors.js';
import { deliveryComposers } from './delivery/mail.js';
import { emailFormat } from './email.js';
import deliveryRoutes from './delivery/routes.js';
import { updateComposers } from './updates/mail.js';
import updateRoutes from './updates/routes.js';
import inbound, { type InboundOptions } from './plugins/inbound.js';
import replyRoutes from './replies/routes.js';
import replyPages from './replies/pages.js';
import unsubscribePages from './updates/unsubscribe.js';
import health from './health.js';
import { logSerializers } from './logging.js';
import { invitationComposers } from './invitations/mail.js';
import invitationPages from './invitations/pages.js';
import invitationRoutes from './invitations/routes.js';
import type { LetterDocument } from './letters/document.js';
import { letterPdf } from './letters/dossier.js';
import letterExports from './letters/exports.js';
import letterPages from './letters/pages.js';
import letterRoutes from './letters/routes.js';
import maintenance, { type MaintenanceOptions } from './plugins/maintenance.js';
import effects from './plugins/effects.js';
import ledger, { type LedgerOptions } from './plugins/ledger.js';
import witness, { type WitnessOptions } from './plugins/witness.js';
import publisher, { type PublisherOptions } from './plugins/publisher.js';
import ledgerRoutes from './ledger/routes.js';
import mailer from './plugins/mailer.js';
import rateLimits, { type RateLimitOptions } from './plugins/rate-limit.js';
import security from './plugins/security.js';
import openapi from './plugins/openapi.js';
import pdf from './plugins/pdf.js';
import publicCache from './plugins/public-cache.js';
import outbox, { type OutboxPluginOptions } from './plugins/outbox.js';
import { signatureComposers } from './signatures/mail.js';
import signaturePages from './signatures/pages.js';
import signatureRoutes from './signatures/routes.js';
import audit from './plugins/audit.js';
import auth from './plugins/auth.js';
import authRoutes from './organizers/auth-routes.js';
import widgetPages from './widget/pages.js';
import widgetRoutes from './widget/routes.js';
import organizerPages from './organizers/pages.js';
import organizerRoutes from './organizers/routes.js';
import { loginComposer } from './organizers/sessions.js';
import { digestComposer } from './organizers/digest.js';
import clockPlugin from './plugins/clock.js';
import configPlugin from './plugins/config.js';
import dbPlugin from './plugins/db.js';
import httpCaching from './plugins/http-caching.js';
import legislatures from './plugins/legislatures.js';
import views from './plugins/views.js';

export interface BuildOptions {
  /** An already opened database (tests share one per file); otherwise opened from config. */
  database?: Database;
  /** Where the embedded database lives, when not $DATA_DIR/pglite ('memory://' in tests). */
  pgliteDir?: string;
  migrate?: boolean;
  logger?: boolean;
  /** Where log lines go instead of stdout (tests read them). */
  logStream?: NodeJS.WritableStream;
  outbox?: OutboxPluginOptions;
  rateLimits?: RateLimitOptions;
  maintenance?: MaintenanceOptions;
  ledger?: LedgerOptions;
  witness?: WitnessOptions;
  publisher?: PublisherOptions;
  /** The inbound SMTP listener's DNS (tests answer DKIM lookups themselves). */
  inbound?: InboundOptions;
  /** The time the app's rules read (default: the machine's); tests pass one they can set. */
  clock?: Clock;
}

const BODY_LIMIT = 256 * 1024;

/**
 * A hop count becomes proxy-addr's test "the n nearest addresses are proxies": the client is the
 * address the farthest of them saw. (Fastify itself now trusts no hop when given a number.)
 */
function trustProxyOption(trust: Config['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}

/** The whole application, ready to inject or listen; it never listens by itself. */
export async function buildApp(config: Config, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: config.logLevel,
            // No secret link, signer's address or query parameter in the logs (see logging.ts).
            serializers: logSerializers,
            ...(options.logStream ? { stream: options.logStream } : {}),
          },
    trustProxy: trustProxyOption(config.trustProxy),
    // A client that sends its request slowly is cut off (408) instead of holding a socket.
    requestTimeout: config.requestTimeoutMs,
    keepAliveTimeout: config.keepAliveTimeoutMs,
    http: {
      requestTimeout: config.requestTimeoutMs,
      headersTimeout: config.headersTimeoutMs,
      // Node enforces both timeouts on this tick (30 s by default): a tenth of the shorter keeps them on time.
      connectionsCheckingInterval: Math.max(100, Math.round(Math.min(config.headersTimeoutMs, config.requestTimeoutMs) / 10)),
    },
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    // Once ajv-formats is in, the one email rule replaces its own (server/email.ts).
    ajv: { customOptions: { allErrors: false }, onCreate: emailFormat },
  });

  if (config.trustProxy === true) {
    // Every hop believed: a client picks its own address, so rate limits and flood marking see what it forges.
    app.log.warn('TRUST_PROXY=true believes any X-Forwarded-For a client sends: set the number of proxies in front (TRUST_PROXY=1) or their addresses (docs/SECURITY.md)');
  }

  // JSON bodies: an empty body is no body (POST /publish from clients that always send the header).
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, raw, done) => {
    const text = (raw as string).trim();
    if (text === '') return done(null, undefined);
    try {
      done(null, secureJson.parse(text, null, { protoAction: 'error', constructorAction: 'error' }));
    } catch {
      done(new AppError(400, 'INVALID_JSON', 'The request body is not valid JSON'), undefined);
    }
  });

  app.setErrorHandler(async (error: FastifyError | AppError, request, reply) => {
    const body = toErrorBody(error);
    const unavailable = databaseUnavailable(error);
    if (unavailable) {
      // Expected while the database restarts: a warning, with the driver's words and code but
      // never the failed query's parameters (a signer's name and address are among them).
      reply.header('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
      request.log.warn({ database: unavailable }, 'database unavailable');
    } else if (body.statusCode >= 500) request.log.error({ err: error }, 'unhandled error');
    return sendError(request, reply, body);
  });
  app.setNotFoundHandler(async (request, reply) =>
    sendError(request, reply, {
      statusCode: 404,
      error: 'Not Found',
      code: 'ROUTE_NOT_FOUND',
      message: `No route ${request.method} ${request.url.split('?')[0]}`,
    }),
  );

  await app.register(clockPlugin, { clock: options.clock });
  await app.register(configPlugin, { config });
  await app.register(dbPlugin, { database: options.database, pgliteDir: options.pgliteDir, migrate: options.migrate });
  await app.register(views);
  await app.register(auth);
  await app.register(audit);
  await app.register(legislatures);
  await app.register(accepts);
  await app.register(i18n);
  await app.register(security);
  // After security: its cookie plugin writes Set-Cookie in an onSend hook that must run first.
  await app.register(httpCaching);
  await app.register(rateLimits, options.rateLimits ?? {});
  await app.register(mailer);
  await app.register(pdf);
  await app.register(publicCache);
  await app.register(ledger, options.ledger ?? {});
  await app.register(witness, options.witness ?? {});
  await app.register(outbox, options.outbox ?? {});
  await app.register(effects);
  await app.register(publisher, options.publisher ?? {});
  await app.register(inbound, options.inbound ?? {});
  await app.register(maintenance, options.maintenance ?? {});
  const composerDeps = { db: app.db, sealer: app.sealer, tokens: app.tokens, now: app.clock.now, render: app.renderMail, publicUrl: config.publicUrl };
  const letterPdfDeps = { db: app.db, cache: app.pdfCache, html: app.pdfHtml, pdf: app.pdf, publicUrl: config.publicUrl, logKey: () => app.ledger.keys.logKey() };
  const deliveryDeps = {
    ...composerDeps,
    cache: app.publicCache,
    pdfOf: (doc: LetterDocument) => letterPdf(letterPdfDeps, doc),
    applyEffects: app.applyEffects,
    replyDomain: config.inbound?.domain ?? null,
  };
  const composers = {
    ...signatureComposers(composerDeps),
    ...invitationComposers(composerDeps),
    ...loginComposer(composerDeps),
    ...deliveryComposers(deliveryDeps),
    ...updateComposers(composerDeps),
    ...digestComposer(composerDeps),
  };
  app.outbox.registerAll(composers);

  await app.register(openapi);
  await app.register(health);
  await app.register(letterRoutes);
  await app.register(letterPages);
  await app.register(letterExports);
  await app.register(signatureRoutes);
  await app.register(ledgerRoutes);
  await app.register(signaturePages);
  await app.register(invitationRoutes);
  await app.register(invitationPages);
  await app.register(organizerRoutes);
  await app.register(authRoutes);
  await app.register(organizerPages);
  await app.register(deliveryRoutes);
  await app.register(updateRoutes);
  await app.register(replyRoutes);
  await app.register(replyPages);
  await app.register(unsubscribePages);
  await app.register(widgetRoutes);
  await app.register(widgetPages);
  return app;
}
