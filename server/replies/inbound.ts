import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { dkimVerify } from 'mailauth';
import { type ParsedMail, simpleParser } from 'mailparser';
import { getDomain } from 'tldts';
import type { Db } from '../db/client.js';
import { deliveries } from '../db/schema.js';
import { type ApplyEffects, outcome } from '../effects.js';
import { suppressMailbox } from '../mail/suppressions.js';
import type { TokenHasher } from '../tokens.js';
import { deliveryByReplyToken, receiveReply } from './service.js';

/** A DNS lookup as `dns.promises.resolve` does it; tests answer with their own keys. */
export type Resolver = (name: string, rrtype: string) => Promise<unknown>;

/** Whom a message to the listener is for: a delivery's reply address, or a mailbox's bounce address. */
export type InboundTarget = { kind: 'reply'; token: string } | { kind: 'bounce'; mailboxKey: string };

const ADDRESS = /^(reply|bounce)\+([0-9a-f]{32})@([^@\s]+)$/i;

/** The target an envelope recipient names, when it is one of ours; null: this listener takes no mail for it. */
export function targetOf(address: string, domain: string): InboundTarget | null {
  const m = ADDRESS.exec(address.trim());
  if (!m || m[3]!.toLowerCase() !== domain) return null;
  const key = m[2]!.toLowerCase();
  return m[1]!.toLowerCase() === 'reply' ? { kind: 'reply', token: key } : { kind: 'bounce', mailboxKey: key };
}

/** What a message is, as its structure and headers say (RFC 3464 reports, RFC 5965 feedback, RFC 3834 automatic answers). */
export type Classified = { kind: 'refused'; status: string } | { kind: 'complaint' } | { kind: 'report' } | { kind: 'automatic' } | { kind: 'answer' };

export function classify(parsed: ParsedMail): Classified {
  const type = parsed.headers.get('content-type') as { value?: string; params?: Record<string, string> } | undefined;
  const reportType = type?.value === 'multipart/report' ? type.params?.['report-type']?.toLowerCase() : undefined;
  if (reportType === 'feedback-report') return { kind: 'complaint' };
  if (reportType === 'delivery-status') {
    // The per-recipient fields: a permanent failure ends deliveries to the mailbox; a delay or a success does not.
    const text = parsed.text ?? '';
    const action = /^Action:\s*([a-z]+)/im.exec(text)?.[1]?.toLowerCase();
    const status = /^Status:\s*(\d\.\d{1,3}\.\d{1,3})/im.exec(text)?.[1];
    return action === 'failed' && status?.startsWith('5.') ? { kind: 'refused', status } : { kind: 'report' };
  }
  const auto = String(parsed.headers.get('auto-submitted') ?? 'no').toLowerCase();
  if (auto !== 'no' || parsed.headers.has('x-autoreply') || /auto[-_]?reply/i.test(String(parsed.headers.get('precedence') ?? ''))) return { kind: 'automatic' };
  return { kind: 'answer' };
}

/** A domain's organizational domain (the registrable one): moi.gov.example and mail.moi.gov.example share it. */
const organizational = (domain: string) => getDomain(domain.toLowerCase()) ?? domain.toLowerCase();

/**
 * The domain a message is DKIM-verified for, on behalf of an addressee: a signature that passes,
 * covers the From header, aligns with the From domain (as DMARC requires), and belongs to the
 * addressee's own domain (relaxed alignment: the same organizational domain). Anything less: null.
 */
export async function dkimVerifiedFor(raw: Buffer, addresseeEmail: string, resolver: Resolver | undefined, now: Date): Promise<string | null> {
  const addresseeDomain = addresseeEmail.split('@').pop()!.toLowerCase();
  const result = await dkimVerify(raw, { ...(resolver ? { resolver: resolver as never } : {}), curTime: now });
  for (const r of result.results) {
    const domain = r.signingDomain?.toLowerCase();
    if (r.status?.result !== 'pass' || !domain || !r.status.aligned) continue;
    if (organizational(domain) === organizational(addresseeDomain)) return domain;
  }
  return null;
}

export interface InboundDeps {
  db: Db;
  tokens: TokenHasher;
  mailboxKey: (address: string) => string;
  applyEffects: ApplyEffects;
  resolver: Resolver | undefined;
  now: () => Date;
  log: FastifyBaseLogger;
}

/** Whether the listener takes mail for this recipient: our domain, and for a reply address, a delivery it names. */
export async function accepts(deps: InboundDeps, address: string, domain: string): Promise<boolean> {
  const target = targetOf(address, domain);
  if (!target) return false;
  if (target.kind === 'bounce') return true;
  return (await deliveryByReplyToken(deps.db, deps.tokens.candidates('reply', target.token))) !== null;
}

/**
 * One message the listener received, for each of its recipients of ours: a bounce or a complaint
 * marks the mailbox (and a delivery's bounce marks the delivery); an answer to a delivery is
 * queued for the letter's organizers, with its DKIM verdict. Automatic answers are dropped.
 */
export async function handleInbound(deps: InboundDeps, raw: Buffer, recipientsOf: string[], domain: string): Promise<void> {
  const parsed = await simpleParser(raw);
  const what = classify(parsed);
  for (const address of recipientsOf) {
    const target = targetOf(address, domain);
    if (!target) continue;
    if (target.kind === 'bounce') {
      if (what.kind === 'refused') await suppressMailbox(deps.db, target.mailboxKey, 'bounced', what.status);
      if (what.kind === 'complaint') await suppressMailbox(deps.db, target.mailboxKey, 'complained', null);
      deps.log.info({ inbound: what.kind }, 'inbound: a message to a bounce address');
      continue;
    }
    const delivery = await deliveryByReplyToken(deps.db, deps.tokens.candidates('reply', target.token));
    if (!delivery) continue;
    if (what.kind === 'refused' || what.kind === 'complaint') {
      const key = deps.mailboxKey(delivery.addresseeEmail);
      // The mailbox and the delivery are marked together or not at all (the sender retries on our 451).
      await deps.db.transaction(async (tx) => {
        await suppressMailbox(tx, key, what.kind === 'refused' ? 'bounced' : 'complained', what.kind === 'refused' ? what.status : null);
        if (what.kind === 'refused') {
          await tx
            .update(deliveries)
            .set({ status: 'bounced', error: `delivery status notification: ${what.status}` })
            .where(eq(deliveries.id, delivery.deliveryId));
        }
      });
      if (what.kind === 'refused') await deps.applyEffects(outcome(undefined, { refresh: [delivery.slug] }));
    } else if (what.kind === 'answer') {
      const now = deps.now();
      const fromDomain = parsed.from?.value[0]?.address?.split('@').pop()?.toLowerCase() ?? null;
      const dkimDomain = await dkimVerifiedFor(raw, delivery.addresseeEmail, deps.resolver, now);
      const files = parsed.attachments.filter((a) => a.contentDisposition !== 'inline' || a.contentType === 'application/pdf').map((a) => ({ content: a.content }));
      const { id, dropped } = await receiveReply(deps.db, delivery, {
        subject: parsed.subject ?? null,
        text: parsed.text ?? '',
        receivedAt: now,
        dkimDomain,
        senderDomain: fromDomain,
        files,
      });
      deps.log.info({ replyId: id, dkimVerified: dkimDomain !== null, dropped }, 'inbound: a reply queued for the organizers');
    }
  }
}
