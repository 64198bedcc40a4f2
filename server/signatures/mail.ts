import { eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { letters, signatures } from '../db/schema.js';
import type { OutgoingMail } from '../mail/mailer.js';
import type { MailRenderer } from '../mail/templates.js';
import type { Composer, Composers } from '../outbox/messages.js';
import type { Sealer } from '../sealer.js';
import type { TokenHasher } from '../tokens.js';
import { MAIL_ALREADY_SIGNED, MAIL_CONFIRM, MAIL_RECONSENT, MAIL_REJECTED } from './mail-kinds.js';
import { issueTokens, openSubmission, sealSubmission, submissionOf } from './service.js';
import { publishedAs } from './visibility.js';
import { interfaceLocale } from '../i18n/locales.js';
import { text } from '../i18n/messages.js';
import { uiContext } from '../plugins/i18n.js';

export interface ComposerDeps {
  db: Db;
  sealer: Sealer;
  tokens: TokenHasher;
  /** The app's clock: the links minted expire by it. */
  now: () => Date;
  render: MailRenderer;
  publicUrl: string;
}

/** The language a signer signed in (the interface's then), for every mail about that signature. */
const languageOf = (signature: { language?: string | null }) => uiContext(interfaceLocale(signature.language ?? undefined, []));
/** The pages behind a mailed link open in the signer's language (English needs no parameter). */
const inLanguage = (ui: { ui: string }) => (ui.ui === 'en' ? '' : `?lang=${encodeURIComponent(ui.ui)}`);

// A subject is one line whatever the title holds.
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 150);

async function load(db: Db, signatureId: string) {
  const [row] = await db.select({ signature: signatures, letter: letters }).from(signatures).innerJoin(letters, eq(letters.id, signatures.letterId)).where(eq(signatures.id, signatureId));
  return row ?? null;
}

/**
 * The messages a signature causes, composed at send time: the address is unsealed and the
 * links minted only now, so the outbox never holds either.
 */
export function signatureComposers(deps: ComposerDeps): Pick<Composers, typeof MAIL_CONFIRM | typeof MAIL_ALREADY_SIGNED | typeof MAIL_RECONSENT | typeof MAIL_REJECTED> {
  const confirm: Composer<typeof MAIL_CONFIRM> = async ({ signatureId = '', details = '' }) => {
    const row = await load(deps.db, signatureId);
    // Confirmed or withdrawn since it was queued: nothing left to ask.
    if (row?.signature.status !== 'pending' || row.signature.emailErasedAt) return null;
    // The details this message was queued for (a job from before they travelled with it: the row's).
    const sealed = details || sealSubmission(deps.sealer, submissionOf(deps.sealer, row.signature));
    const submission = openSubmission(deps.sealer, sealed);
    const links = await issueTokens(deps, signatureId, ['confirm', 'withdraw'], sealed);
    const ui = languageOf(row.signature);
    const data = {
      ...ui,
      footer: 'mail.footerSigner',
      letter: row.letter,
      signature: submission,
      shown: publishedAs(submission, ui.ui),
      letterUrl: `${deps.publicUrl}/letters/${row.letter.slug}`,
      confirmUrl: `${deps.publicUrl}/confirm/${links.confirm}${inLanguage(ui)}`,
      withdrawUrl: `${deps.publicUrl}/withdraw/${links.withdraw}${inLanguage(ui)}`,
    };
    // To the address as given in that submission.
    return {
      to: submission.email,
      subject: text(ui.ui, 'mail.confirm.subject', { title: oneLine(row.letter.title) }),
      ...deps.render('confirm', data),
      links: { confirm: data.confirmUrl, withdraw: data.withdrawUrl },
    };
  };

  const alreadySigned: Composer<typeof MAIL_ALREADY_SIGNED> = async ({ signatureId = '' }) => {
    const row = await load(deps.db, signatureId);
    if (row?.signature.status !== 'confirmed' || row.signature.emailErasedAt) return null;
    const links = await issueTokens(deps, signatureId, ['withdraw']);
    const ui = languageOf(row.signature);
    const data = {
      ...ui,
      footer: 'mail.footerSigned',
      letter: row.letter,
      signature: row.signature,
      letterUrl: `${deps.publicUrl}/letters/${row.letter.slug}`,
      withdrawUrl: `${deps.publicUrl}/withdraw/${links.withdraw}${inLanguage(ui)}`,
    };
    return message(row.signature.emailSealed, text(ui.ui, 'mail.already.subject', { title: oneLine(row.letter.title) }), 'already-signed', data, {
      withdraw: data.withdrawUrl,
    });
  };

  const reconsentMail: Composer<typeof MAIL_RECONSENT> = async ({ signatureId = '', version = '' }) => {
    const row = await load(deps.db, signatureId);
    // Withdrawn, or already consented to this text (or a later one) since it was queued.
    if (row?.signature.status !== 'confirmed' || row.signature.emailErasedAt || row.signature.letterVersion >= Number(version)) return null;
    const links = await issueTokens(deps, signatureId, ['reconsent', 'withdraw']);
    const ui = languageOf(row.signature);
    const data = {
      ...ui,
      footer: 'mail.footerReconsent',
      letter: row.letter,
      signature: row.signature,
      fromVersion: row.signature.letterVersion,
      letterUrl: `${deps.publicUrl}/letters/${row.letter.slug}`,
      versionsUrl: `${deps.publicUrl}/letters/${row.letter.slug}/versions`,
      reconsentUrl: `${deps.publicUrl}/reconsent/${links.reconsent}${inLanguage(ui)}`,
      withdrawUrl: `${deps.publicUrl}/withdraw/${links.withdraw}${inLanguage(ui)}`,
    };
    return message(row.signature.emailSealed, text(ui.ui, 'mail.reconsent.subject', { title: oneLine(row.letter.title) }), 'reconsent', data, {
      reconsent: data.reconsentUrl,
      withdraw: data.withdrawUrl,
    });
  };

  const rejectedMail: Composer<typeof MAIL_REJECTED> = async ({ signatureId = '' }) => {
    const row = await load(deps.db, signatureId);
    // Decided otherwise, withdrawn or erased since it was queued: nothing to tell.
    if (row?.signature.status !== 'confirmed' || row.signature.moderation !== 'rejected' || row.signature.emailErasedAt) return null;
    // Their link to what is stored about them, to withdraw or erase it.
    const links = await issueTokens(deps, signatureId, ['withdraw']);
    const ui = languageOf(row.signature);
    const data = {
      ...ui,
      footer: 'mail.footerSigned',
      letter: row.letter,
      signature: row.signature,
      letterUrl: `${deps.publicUrl}/letters/${row.letter.slug}`,
      withdrawUrl: `${deps.publicUrl}/withdraw/${links.withdraw}${inLanguage(ui)}`,
    };
    return message(row.signature.emailSealed, text(ui.ui, 'mail.rejected.subject', { title: oneLine(row.letter.title) }), 'rejected', data, { withdraw: data.withdrawUrl });
  };

  function message(sealedEmail: string, subject: string, template: string, data: Record<string, unknown>, links: Record<string, string>): OutgoingMail {
    return { to: deps.sealer.open(sealedEmail), subject, ...deps.render(template, data), links };
  }

  return { [MAIL_CONFIRM]: confirm, [MAIL_ALREADY_SIGNED]: alreadySigned, [MAIL_RECONSENT]: reconsentMail, [MAIL_REJECTED]: rejectedMail };
}
