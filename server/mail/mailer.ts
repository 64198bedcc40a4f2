import { randomUUID } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Links the message carries, logged in development when mail goes to files instead of SMTP. */
  links?: Record<string, string>;
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
  /** Extra header fields (List-Unsubscribe and List-Unsubscribe-Post on news to signers). */
  headers?: Record<string, string>;
  /** Called once the message has been handed to the mail server (delivery records). */
  onSent?: () => Promise<void>;
  /** Called when the outbox gives the message up for good. */
  onGaveUp?: (error: string) => Promise<void>;
}

export interface Mailer {
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** An SMTP refusal worth retrying (4xx, or no answer at all) versus a permanent one. */
export function isPermanentFailure(err: unknown): boolean {
  const code = (err as { responseCode?: number }).responseCode;
  // 550/551/553: the mailbox does not exist or the address is malformed: retrying cannot help.
  return code === 550 || code === 551 || code === 553;
}

function smtpOptions(url: string) {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    auth: u.username ? { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } : undefined,
    pool: true,
    maxConnections: 3,
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  };
}

export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  dataDir: string;
  log: FastifyBaseLogger;
  /** Print each message's links (development only: a link in a log is a key in a log). */
  logLinks: boolean;
}): Mailer {
  const { smtpUrl, from, dataDir, log, logLinks } = options;
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpOptions(smtpUrl));
    return {
      kind: 'smtp',
      async send(mail) {
        await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers });
      },
      close: () => transport.close(),
    };
  }
  // No SMTP server: each message becomes an .eml file a person can open (and in development its
  // links are printed, for the one person running it on their own machine).
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const dir = join(dataDir, 'mail');
  return {
    kind: 'file',
    async send(mail) {
      const info = await transport.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, attachments: mail.attachments, headers: mail.headers });
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`);
      await writeFile(file, info.message as Buffer, { mode: 0o600 });
      // The subject can carry the letter's title, never a secret; the address stays in the file.
      log.info({ file }, `mail "${mail.subject}" written to ${file}`);
      if (logLinks) for (const [name, link] of Object.entries(mail.links ?? {})) log.info(`  ${name}: ${link}`);
    },
    close: () => transport.close(),
  };
}
