import { eq } from 'drizzle-orm';
import { deliveries, letters, recipients } from '../db/schema.js';
import { type DocumentDeps, type LetterDocument, letterDocument } from '../letters/document.js';
import type { Composer, Composers } from '../outbox/messages.js';
import type { ComposerDeps } from '../signatures/mail.js';
import { MAIL_DELIVERY } from './mail-kinds.js';
import { interfaceLocale } from '../i18n/locales.js';
import { summaryIn } from '../letters/stats.js';
import { uiContext } from '../plugins/i18n.js';
import { type ApplyEffects, outcome } from '../effects.js';

export interface DeliveryComposerDeps extends DocumentDeps, Pick<ComposerDeps, 'render' | 'publicUrl'> {
  /** The signed PDF of the letter in a document's language (see letterPdf). */
  pdfOf: (doc: LetterDocument) => Promise<Buffer>;
  /** Acts on a delivery's outcome once written: the letter page lists what was delivered. */
  applyEffects: ApplyEffects;
}

/**
 * The letter to one addressee: its text in their language in the message, the signed PDF in
 * their language attached; the delivery row records the outcome.
 */
export function deliveryComposers(deps: DeliveryComposerDeps): Pick<Composers, typeof MAIL_DELIVERY> {
  const send: Composer<typeof MAIL_DELIVERY> = async ({ deliveryId = '' }) => {
    const [row] = await deps.db
      .select({ delivery: deliveries, recipient: recipients, slug: letters.slug })
      .from(deliveries)
      .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
      .innerJoin(letters, eq(letters.id, deliveries.letterId))
      .where(eq(deliveries.id, deliveryId));
    if (row?.delivery.status !== 'queued') return null;
    // Wholly in the addressee's language: the text (its translation) and every word around it.
    const locale = interfaceLocale(row.recipient.language, []);
    const doc = await letterDocument(deps, row.slug, { requested: row.recipient.language, accepted: [], ui: locale.code });
    const pdf = await deps.pdfOf(doc);
    const url = `${deps.publicUrl}/letters/${row.slug}`;
    const mark = (set: Partial<typeof deliveries.$inferInsert>) => async () => {
      await deps.db.update(deliveries).set(set).where(eq(deliveries.id, deliveryId));
      await deps.applyEffects(outcome(undefined, { refresh: [row.slug] }));
    };
    return {
      to: row.recipient.email,
      subject: doc.text.title.replace(/\s+/g, ' ').slice(0, 200),
      ...deps.render('delivery', {
        ...uiContext(locale),
        summary: summaryIn(locale.code, doc.letter.stats),
        recipient: row.recipient,
        // The letter as the recipient reads it: in their language, addressed as that text addresses it.
        letter: { ...doc.letter, language: doc.text.language, title: doc.text.title, addressee: doc.text.addressee },
        addressee: doc.text.addressee,
        text: doc.text,
        url,
        footer: 'mail.footerDelivery',
      }),
      attachments: [{ filename: `${row.slug}-${doc.text.language}.pdf`, content: pdf, contentType: 'application/pdf' }],
      onSent: mark({ status: 'sent', sentAt: deps.now(), error: null }),
      onGaveUp: async (error) => mark({ status: 'failed', error })(),
    };
  };
  return { [MAIL_DELIVERY]: send };
}
