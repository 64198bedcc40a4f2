import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { deliveries, letters, recipients } from '../db/schema.js';
import { letterDocument } from '../letters/document.js';
import { pdfOf } from '../letters/exports.js';
import type { Composer, Composers } from '../outbox/messages.js';
import { MAIL_DELIVERY } from './mail-kinds.js';

/**
 * The letter to one addressee: its text in their language in the message, the signed PDF in
 * their language attached; the delivery row records the outcome.
 */
export function deliveryComposers(app: FastifyInstance): Pick<Composers, typeof MAIL_DELIVERY> {
  const send: Composer<typeof MAIL_DELIVERY> = async ({ deliveryId = '' }) => {
    const [row] = await app.db
      .select({ delivery: deliveries, recipient: recipients, slug: letters.slug })
      .from(deliveries)
      .innerJoin(recipients, eq(recipients.id, deliveries.recipientId))
      .innerJoin(letters, eq(letters.id, deliveries.letterId))
      .where(eq(deliveries.id, deliveryId));
    if (row?.delivery.status !== 'queued') return null;
    const doc = await letterDocument({ db: app.db, cache: app.publicCache, now: app.clock.now }, row.slug, { requested: row.recipient.language, negotiate: () => false });
    const pdf = await pdfOf(app, doc);
    const url = `${app.config.publicUrl}/letters/${row.slug}`;
    const mark = (set: Partial<typeof deliveries.$inferInsert>) => async () => {
      await app.db.update(deliveries).set(set).where(eq(deliveries.id, deliveryId));
      await app.letterChanged(row.slug);
    };
    return {
      to: row.recipient.email,
      subject: doc.text.title.replace(/\s+/g, ' ').slice(0, 200),
      ...app.renderMail('delivery', {
        recipient: row.recipient,
        letter: { ...doc.letter, language: doc.text.language, title: doc.text.title },
        text: doc.text,
        url,
        footer: "Sent by Undersigned on behalf of the letter's organizers and signatories.",
      }),
      attachments: [{ filename: `${row.slug}-${doc.text.language}.pdf`, content: pdf, contentType: 'application/pdf' }],
      onSent: mark({ status: 'sent', sentAt: app.clock.now(), error: null }),
      onGaveUp: async (error) => mark({ status: 'failed', error })(),
    };
  };
  return { [MAIL_DELIVERY]: send };
}
