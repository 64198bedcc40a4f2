import { and, eq } from 'drizzle-orm';
import { letters, letterTranslations, letterUpdates, signatures } from '../db/schema.js';
import { bestMatch, directionOf, interfaceLocale } from '../i18n/locales.js';
import { text } from '../i18n/messages.js';
import type { Composer, Composers } from '../outbox/messages.js';
import { uiContext } from '../plugins/i18n.js';
import type { ComposerDeps } from '../signatures/mail.js';
import { issueTokens } from '../signatures/service.js';
import { MAIL_UPDATE } from './mail-kinds.js';
import { UPDATES_PER_MONTH } from './schemas.js';
import { stillSubscribed } from './service.js';

// A subject is one line whatever the titles hold.
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 150);

/** The address a signer's unsubscribe link opens (and mail providers POST to, RFC 8058). */
export const unsubscribeUrl = (publicUrl: string, token: string) => `${publicUrl}/unsubscribe/${token}`;

/**
 * An update to one signer who asked for news: composed at send time, so a signer who has since
 * unsubscribed, withdrawn, been rejected or erased is sent nothing. The update in the language
 * they signed in (its translation, else the original, in the letter's language), every word
 * around it in their interface language, a link to stop them, and the RFC 8058 headers that let
 * their mail program do so in one click.
 */
export function updateComposers(deps: ComposerDeps): Pick<Composers, typeof MAIL_UPDATE> {
  const send: Composer<typeof MAIL_UPDATE> = async ({ updateId = '', signatureId = '' }) => {
    const [row] = await deps.db
      .select({ update: letterUpdates, signature: signatures, letter: { id: letters.id, slug: letters.slug, title: letters.title, language: letters.language } })
      .from(letterUpdates)
      .innerJoin(signatures, and(eq(signatures.id, signatureId), eq(signatures.letterId, letterUpdates.letterId)))
      .innerJoin(letters, eq(letters.id, letterUpdates.letterId))
      .where(eq(letterUpdates.id, updateId));
    if (!row || !stillSubscribed(row.signature)) return null;
    const { update, signature, letter } = row;
    const ui = uiContext(interfaceLocale(signature.language ?? undefined, []));
    // The update in the signer's language when it has it; the original otherwise.
    const language = (signature.language && bestMatch([signature.language], [letter.language, ...Object.keys(update.translations)])) || letter.language;
    const translated = language !== letter.language ? update.translations[language] : undefined;
    const shown = translated ?? { title: update.title, body: update.body, bodyHtml: update.bodyHtml };
    const textLanguage = translated ? language : letter.language;
    // The letter's title as the signer reads it, when it is translated into the update's language.
    const [letterText] =
      textLanguage === letter.language
        ? []
        : await deps.db
            .select({ title: letterTranslations.title })
            .from(letterTranslations)
            .where(and(eq(letterTranslations.letterId, letter.id), eq(letterTranslations.language, textLanguage)));
    const letterTitle = letterText?.title ?? letter.title;
    const links = await issueTokens(deps, signatureId, ['unsubscribe']);
    const oneClick = unsubscribeUrl(deps.publicUrl, links.unsubscribe!);
    const page = ui.ui === 'en' ? oneClick : `${oneClick}?lang=${encodeURIComponent(ui.ui)}`;
    const data = {
      ...ui,
      footer: 'mail.footer.update',
      letter: { ...letter, title: letterTitle },
      update: { ...shown, language: textLanguage, dir: directionOf(textLanguage) },
      perMonth: UPDATES_PER_MONTH,
      letterUrl: `${deps.publicUrl}/letters/${letter.slug}${textLanguage === letter.language ? '' : `?lang=${encodeURIComponent(textLanguage)}`}`,
      unsubscribeUrl: page,
    };
    return {
      to: deps.sealer.open(signature.emailSealed),
      subject: text(ui.ui, 'mail.update.subject', { title: oneLine(letterTitle), update: oneLine(shown.title) }),
      ...deps.render('update', data),
      headers: { 'List-Unsubscribe': `<${oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
      links: { unsubscribe: page },
    };
  };
  return { [MAIL_UPDATE]: send };
}
