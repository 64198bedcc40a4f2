import fp from 'fastify-plugin';
import { createMailer, type Mailer } from '../mail/mailer.js';
import { createMailRenderer, type MailRenderer } from '../mail/templates.js';

declare module 'fastify' {
  interface FastifyInstance {
    mailer: Mailer;
    renderMail: MailRenderer;
  }
}

/** nodemailer over SMTP_URL, or .eml files in $DATA_DIR/mail; and the mail templates. */
export default fp(
  async (app) => {
    const mailer = createMailer({
      smtpUrl: app.config.smtpUrl,
      from: app.config.mailFrom,
      dataDir: app.config.dataDir,
      log: app.log,
      logLinks: app.config.nodeEnv === 'development',
      // With an inbound domain, bounces come back to the app (server/inbound), each naming its mailbox by key.
      ...(app.config.inbound ? { bounceAddress: (to: string) => `bounce+${app.sealer.mailboxKey(to)}@${app.config.inbound!.domain}` } : {}),
    });
    app.decorate('mailer', mailer);
    app.decorate('renderMail', createMailRenderer());
    app.addHook('onClose', async () => mailer.close());
  },
  { name: 'mailer', dependencies: ['config'] },
);
