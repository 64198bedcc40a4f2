import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  /** The envelope sender (MAIL FROM), where bounces go. */
  mailFrom: string;
  subject: string;
  text: string;
  html: string;
  parsed: ParsedMail;
}

/**
 * A real SMTP server in the test process: every message the app sends arrives here, parsed.
 * `refuse(n)` makes it turn the next n deliveries away with a temporary error (451).
 */
export class TestSmtp {
  readonly messages: ReceivedMail[] = [];
  #refusals = 0;
  refused = 0;
  /** Mailboxes that do not exist here: RCPT TO gets a permanent 550 5.1.1. */
  readonly #unknown = new Set<string>();
  #server: SMTPServer;
  port = 0;

  constructor() {
    this.#server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      onMailFrom: (_address, _session, callback) => {
        if (this.#refusals > 0) {
          this.#refusals--;
          this.refused++;
          return callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        }
        callback();
      },
      onRcptTo: (address, _session, callback) => {
        if (this.#unknown.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error('5.1.1 <' + address.address + '>: Recipient address rejected: User unknown'), { responseCode: 550 }));
        }
        callback();
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            for (const rcpt of session.envelope.rcptTo) {
              this.messages.push({
                to: rcpt.address.toLowerCase(),
                mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
                subject: parsed.subject ?? '',
                text: parsed.text ?? '',
                html: typeof parsed.html === 'string' ? parsed.html : '',
                parsed,
              });
            }
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<this> {
    // A client killed mid-session (the crash test kills the server) resets its connection; that
    // is the client's failure to report, not this server's.
    this.#server.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'ECONNRESET') throw err;
    });
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.server.address() as { port: number }).port;
    return this;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  refuse(n: number) {
    this.#refusals = n;
  }

  /** From now on, refuses this mailbox for good (550 5.1.1 at RCPT TO), as a server without it does. */
  unknownMailbox(address: string) {
    this.#unknown.add(address.toLowerCase());
  }

  to(address: string) {
    return this.messages.filter((m) => m.to === address.toLowerCase());
  }

  /** Waits until `count` messages to the address have arrived (default 1) and returns them. */
  async waitFor(address: string, count = 1, timeoutMs = 15_000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.to(address).length < count) {
      if (Date.now() > deadline) {
        throw new Error(`expected ${count} message(s) to ${address}, got ${this.to(address).length} in ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    return this.to(address);
  }

  close() {
    return new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}

/** The token of a link of the given kind in a message's text part. */
export function tokenFrom(mail: ReceivedMail, kind: 'confirm' | 'withdraw'): string {
  const match = new RegExp(`/${kind}/([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${kind} link in: ${mail.text}`);
  return match[1];
}
