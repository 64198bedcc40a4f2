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
  /**
   * Where answers and bounces go, with an inbound domain (server/inbound): a delivery asks for
   * replies at its own reply+TOKEN@ address. Without one, every message's bounces go to the
   * mailbox's own bounce+KEY@ address (see Mailer.send).
   */
  replyTo?: string;
  /** Called once the message has been handed to the mail server (delivery records). */
  onSent?: () => Promise<void>;
  /**
   * Called when the outbox gives the message up for good; `refused`: the mailbox refused it (an
   * SMTP refusal, or a refusal before, remembered), rather than a failure on our side.
   */
  onGaveUp?: (error: string, refused: boolean) => Promise<void>;
}

export interface Mailer {
  readonly kind: 'smtp' | 'file';
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** An SMTP refusal worth retrying (4xx, or no answer at all) versus a permanent one. */
export function isPermanentFailure(err: unknown): boolean {
  return refusalOf(err)?.mailboxRefused ?? false;
}

export interface Refusal {
  /** The reply code and, when given, the enhanced status (RFC 3463): "550 5.1.1". Never the server's free text, which may quote the address. */
  status: string;
  /** The mailbox does not exist, moved, or its address is malformed: nothing more should go to it. */
  mailboxRefused: boolean;
}

/**
 * What an SMTP server's refusal says, parsed: its reply code, its enhanced status, and whether
 * it refuses the mailbox itself (550, 551, 553, or any 5.1.x) rather than this one message.
 */
export function refusalOf(err: unknown): Refusal | null {
  const { responseCode: code, response } = (err ?? {}) as { responseCode?: number; response?: string };
  if (typeof code !== 'number' || code < 500 || code > 599) return null;
  const enhanced = typeof response === 'string' ? /\b(5\.\d{1,3}\.\d{1,3})\b/.exec(response)?.[1] : undefined;
  const mailboxRefused = code === 550 || code === 551 || code === 553 || (enhanced?.startsWith('5.1.') ?? false);
  return { status: enhanced ? `${code} ${enhanced}` : String(code), mailboxRefused };
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
  /** With an inbound domain: the envelope sender for mail to an address, where its bounces come back (VERP). */
  bounceAddress?: (to: string) => string;
}): Mailer {
  const { smtpUrl, from, dataDir, log, logLinks, bounceAddress } = options;
  // A delivery's bounces come back to its own reply address, every other message's to its mailbox's bounce address.
  const message = (mail: OutgoingMail) => ({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    attachments: mail.attachments,
    headers: mail.headers,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(bounceAddress ? { envelope: { from: mail.replyTo ?? bounceAddress(mail.to), to: mail.to } } : {}),
  });
  if (smtpUrl) {
    const transport = nodemailer.createTransport(smtpOptions(smtpUrl));
    return {
      kind: 'smtp',
      async send(mail) {
        await transport.sendMail(message(mail));
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
      const info = await transport.sendMail(message(mail));
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
