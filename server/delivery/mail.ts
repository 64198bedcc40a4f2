import { eq } from 'drizzle-orm';
import { deliveries, letters, recipients } from '../db/schema.js';
import { type DocumentDeps, type LetterDocument, letterDocument } from '../letters/document.js';
import type { Composer, Composers } from '../outbox/messages.js';
import type { ComposerDeps } from '../signatures/mail.js';
import { MAIL_DELIVERY } from './mail-kinds.js';
import { interfaceLocale } from '../i18n/locales.js';
import { summaryIn } from '../letters/stats.js';
import { organizersNamed } from '../organizers/profile.js';
import { uiContext } from '../plugins/i18n.js';
import { type ApplyEffects, outcome } from '../effects.js';
import type { TokenHasher } from '../tokens.js';

export type DeliveryMessageDeps = DocumentDeps & Pick<ComposerDeps, 'render' | 'publicUrl'>;

export interface DeliveryComposerDeps extends DeliveryMessageDeps {
  /** The signed PDF of the letter in a document's language (see letterPdf). */
  pdfOf: (doc: LetterDocument) => Promise<Buffer>;
  /** Acts on a delivery's outcome once written: the letter page lists what was delivered. */
  applyEffects: ApplyEffects;
  tokens: TokenHasher;
  /** INBOUND_MAIL_DOMAIN: each delivery asks for replies at its own reply+TOKEN@ it; null: no reply address. */
  replyDomain: string | null;
}

/** The message one addressee receives, as sent and as the workspace previews it; the PDF aside. */
export interface DeliveryMessage {
  subject: string;
  html: string;
  text: string;
  /** The letter as the message has it: the text in the addressee's language, or the original when it has no translation. */
  doc: LetterDocument;
  /** The attached PDF's file name. */
  filename: string;
}

/**
 * The letter to one addressee, wholly in their language: the text (its translation, or the
 * original) and every word around it, greeting them by name and naming the letter's owners (see
 * organizersNamed). The delivery composer sends it; the workspace's preview shows it.
 */
export async function deliveryMessage(deps: DeliveryMessageDeps, letter: { id: string; slug: string }, recipient: { name: string; language: string }): Promise<DeliveryMessage> {
  const locale = interfaceLocale(recipient.language, []);
  const doc = await letterDocument(deps, letter.slug, { requested: recipient.language, accepted: [], ui: locale.code });
  const organizers = await organizersNamed(deps.db, letter.id, locale.code);
  const url = `${deps.publicUrl}/letters/${letter.slug}`;
  const rendered = deps.render('delivery', {
    ...uiContext(locale),
    summary: summaryIn(locale.code, doc.letter.stats),
    recipient,
    // The letter as the recipient reads it: in their language, addressed as that text addresses it.
    letter: { ...doc.letter, language: doc.text.language, title: doc.text.title, addressee: doc.text.addressee },
    addressee: doc.text.addressee,
    text: doc.text,
    url,
    organizers,
    footer: 'mail.footer.delivery',
  });
  return { subject: doc.text.title.replace(/\s+/g, ' ').slice(0, 200), ...rendered, doc, filename: `${letter.slug}-${doc.text.language}.pdf` };
}

/** The letter to one addressee, with the signed PDF in their language attached; the delivery row records the outcome. */
export function deliveryComposers(deps: DeliveryComposerDeps): Pick<Composers, typeof MAIL_DELIVERY> {
  const send: Composer<typeof MAIL_DELIVERY> = async ({ deliveryId = '' }) => {
    const [row] = await deps.db
      .select({ delivery: deliveries, recipient: recipients, letter: { id: letters.id, slug: letters.slug } })
      .from(deliveries)
      .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
      .innerJoin(letters, eq(letters.id, deliveries.letterId))
      .where(eq(deliveries.id, deliveryId));
    if (row?.delivery.status !== 'queued') return null;
    const { doc, filename, ...message } = await deliveryMessage(deps, row.letter, row.recipient);
    const pdf = await deps.pdfOf(doc);
    const mark = (set: Partial<typeof deliveries.$inferInsert>) => async () => {
      await deps.db.update(deliveries).set(set).where(eq(deliveries.id, deliveryId));
      await deps.applyEffects(outcome(undefined, { refresh: [row.letter.slug] }));
    };
    // The reply address names this delivery (and so the addressee) by a token only its mailbox
    // gets; a new one each attempt, the hash of the last one sent kept.
    const reply = deps.replyDomain ? deps.tokens.issueForAddress('reply') : null;
    if (reply) await deps.db.update(deliveries).set({ replyTokenHash: reply.hash }).where(eq(deliveries.id, deliveryId));
    return {
      to: row.recipient.email,
      ...message,
      ...(reply ? { replyTo: `reply+${reply.token}@${deps.replyDomain}` } : {}),
      attachments: [{ filename, content: pdf, contentType: 'application/pdf' }],
      onSent: mark({ status: 'sent', sentAt: deps.now(), error: null }),
      // Refused by the addressee's server (a 5xx, or an address that refused before): a bounce.
      onGaveUp: async (error, refused) => mark({ status: refused ? 'bounced' : 'failed', error })(),
    };
  };
  return { [MAIL_DELIVERY]: send };
}
