import { eq } from 'drizzle-orm';
import { invitations, letters } from '../db/schema.js';
import type { Composer, Composers } from '../outbox/messages.js';
import type { ComposerDeps } from '../signatures/mail.js';
import { MAIL_INVITATION } from './mail-kinds.js';
import { issueInvitationToken } from './service.js';
import { interfaceLocale } from '../i18n/locales.js';
import { text } from '../i18n/messages.js';
import { uiContext } from '../plugins/i18n.js';
import { organizersNamed } from '../organizers/profile.js';

/** The invitation mail, with a personal link minted at send time. */
export function invitationComposers(deps: ComposerDeps): Pick<Composers, typeof MAIL_INVITATION> {
  const send: Composer<typeof MAIL_INVITATION> = async ({ invitationId = '' }) => {
    const [row] = await deps.db.select({ invitation: invitations, letter: letters }).from(invitations).innerJoin(letters, eq(letters.id, invitations.letterId)).where(eq(invitations.id, invitationId));
    if (!row || row.invitation.acceptedAt || row.invitation.emailSealed === '') return null;
    const token = await issueInvitationToken(deps, invitationId);
    // In the letter's language: the organizers wrote to this person in it.
    const ui = uiContext(interfaceLocale(row.letter.language, []));
    const data = {
      ...ui,
      footer: 'mail.footer.invitation',
      // Who invites: the owners by their public names ("the organizers of" the letter when none set one).
      organizers: await organizersNamed(deps.db, row.letter.id, ui.ui),
      letter: row.letter,
      invitation: row.invitation,
      founding: row.letter.status === 'founding',
      inviteUrl: `${deps.publicUrl}/invitations/${token}`,
    };
    return {
      to: deps.sealer.open(row.invitation.emailSealed),
      subject: text(ui.ui, 'mail.invitation.subject', { title: row.letter.title.replace(/\s+/g, ' ').trim().slice(0, 150) }),
      ...deps.render('invitation', data),
      links: { invitation: data.inviteUrl },
    };
  };
  return { [MAIL_INVITATION]: send };
}
