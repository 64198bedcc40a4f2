import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import fp from 'fastify-plugin';
import { SMTPServer } from 'smtp-server';
import { accepts, handleInbound, type InboundDeps, type Resolver } from '../replies/inbound.js';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from '../replies/service.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The inbound SMTP listener, when INBOUND_SMTP_PORT is set: the port it listens on (0 in tests picks one). */
    inbound: { port(): number } | null;
  }
}

export interface InboundOptions {
  /** DNS for DKIM keys (default: the system's); tests answer with keys they made. */
  resolver?: Resolver;
}

// Room for a reply's documents as base64 (4/3 of their size) and the text around them.
const MAX_MESSAGE_BYTES = Math.ceil(MAX_ATTACHMENT_BYTES * MAX_ATTACHMENTS * 1.4) + 1024 * 1024;
const MAX_RECIPIENTS = 10;

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The app's own SMTP listener, for organizers who point a mail domain at the instance: it takes
 * mail only for reply+TOKEN@ and bounce+KEY@ that domain (it relays nothing), and hands each
 * message to handleInbound, answering 250 once it is stored. Off unless INBOUND_SMTP_PORT is set.
 */
export default fp<InboundOptions>(
  async (app, { resolver }) => {
    const config = app.config.inbound;
    if (!config) {
      app.decorate('inbound', null);
      return;
    }
    const deps: InboundDeps = {
      db: app.db,
      tokens: app.tokens,
      mailboxKey: (address) => app.sealer.mailboxKey(address),
      applyEffects: app.applyEffects,
      resolver,
      now: app.clock.now,
      log: app.log,
    };
    const tls = config.tlsKeyPath && config.tlsCertPath ? { key: readFileSync(config.tlsKeyPath), cert: readFileSync(config.tlsCertPath) } : null;
    const server = new SMTPServer({
      name: config.domain,
      banner: 'Undersigned: replies to letters',
      size: MAX_MESSAGE_BYTES,
      authOptional: true,
      disabledCommands: tls ? ['AUTH'] : ['AUTH', 'STARTTLS'],
      ...(tls ?? {}),
      logger: false,
      maxClients: 50,
      socketTimeout: 60_000,
      onRcptTo(address, session, callback) {
        if (session.envelope.rcptTo.length >= MAX_RECIPIENTS) return callback(smtpError(452, 'Too many recipients'));
        accepts(deps, address.address, config.domain)
          .then((ok) => callback(ok ? undefined : smtpError(550, 'No such mailbox here')))
          .catch((err: unknown) => {
            app.log.warn({ err }, 'inbound: could not check a recipient');
            callback(smtpError(451, 'Try again later'));
          });
      },
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        let bytes = 0;
        // Past the limit the rest is read and dropped, not held: the answer is a 552 either way.
        stream.on('data', (chunk: Buffer) => {
          bytes += chunk.length;
          if (bytes <= MAX_MESSAGE_BYTES) chunks.push(chunk);
        });
        stream.on('end', () => {
          if ((stream as { sizeExceeded?: boolean }).sizeExceeded || bytes > MAX_MESSAGE_BYTES) return callback(smtpError(552, 'Message too large'));
          const raw = Buffer.concat(chunks);
          handleInbound(
            deps,
            raw,
            session.envelope.rcptTo.map((r) => r.address),
            config.domain,
          )
            .then(() => callback())
            .catch((err: unknown) => {
              app.log.error({ err }, 'inbound: could not store a message');
              callback(smtpError(451, 'Try again later'));
            });
        });
      },
    });
    server.on('error', (err) => app.log.warn({ err }, 'inbound: SMTP listener error'));
    app.decorate('inbound', { port: () => (server.server.address() as AddressInfo | null)?.port ?? 0 });
    app.addHook('onReady', async () => {
      await new Promise<void>((resolve, reject) => {
        server.server.once('error', reject);
        server.listen(config.port, config.host, () => {
          server.server.off('error', reject);
          resolve();
        });
      });
      app.log.info({ port: (server.server.address() as AddressInfo).port, domain: config.domain }, 'inbound SMTP listening');
    });
    app.addHook('preClose', async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });
  },
  { name: 'inbound', dependencies: ['config', 'db', 'effects', 'clock'] },
);
