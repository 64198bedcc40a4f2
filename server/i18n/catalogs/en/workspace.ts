/**
 * English, the organizers' side: the dashboard, a letter's workspace, the account page, sign-in,
 * the history of a letter's text, and the mail organizers get. ICU MessageFormat; see site.ts for
 * the markup a message may hold. User-written values (names, titles, addresses) come in isolated
 * (`{{bdi …}}`); counts come as numbers, formatted by the interface language.
 */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}}',
  'ws.kind': '{kind, select, legislator {legislator} organization {organization} individual {individual} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {pending} confirmed {confirmed} withdrawn {withdrawn} fraudulent {fraudulent} other {{status}}}',
  'ws.moderation': '{state, select, none {none} pending {pending} approved {published} rejected {rejected} shadow {hidden} other {{state}}}',
  'ws.verification': '{by, select, domain {domain} invited {invited} approved {approved} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {domain} invited {invited} approved {approved} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Publish} reject {Reject (the signer is told)} shadow {Hide (the signer is not mailed)} other {{decision}}}',

  // Counts of signatures ("50 legislators from 20 countries, 40 organizations and 12 individuals"): the parts, joined as a list.
  'ws.stats.legislators': '{count, plural, one {# legislator} other {# legislators}} from {countries, plural, one {# country} other {# countries}}',
  'ws.stats.organizations': '{count, plural, one {# organization} other {# organizations}}',
  'ws.stats.individuals': '{count, plural, one {# individual} other {# individuals}}',
  'ws.stats.none': 'No signatures yet',

  // Shared bits of the organizers' pages.
  'ws.backToLetters': '← Your letters',
  'ws.signedInAs': 'Signed in as {email}.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Title} addressee {Addressed to} summary {Summary} language {Language} body {Text} slug {Address} closesAt {Closing time} email {Email} role {Role} label {Label} origins {Sites} goal {Signatures to reach} signerKinds {Who may sign} moderatedKinds {Held for moderation} group {Group} csv {List} name {Name} kind {Kind} country {Country} parliament {Parliament} party {Party} organization {Organization} website {Website} recipientId {From} receivedOn {Dated} text {The reply} file {Documents} replyWaitDays {Days before “no reply”} other {This field}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: this is required.} tooLong {{field}: this is too long.} email {{field}: this is not an email address.} website {{field}: this is not a web address.} noLink {{field}: web addresses are not accepted here.} noLetter {{field}: this needs at least one letter or digit.} choose {{field}: please choose one of the options.} languageTag {{field}: this is not a language code (such as en, fr or zh-Hant).} future {{field}: this must be in the future.} ownLanguage {{field}: this is the letter’s own language; edit the letter instead.} date {{field}: this is not a date.} notFuture {{field}: this cannot be in the future.} unknownAddressee {{field}: please choose one of the letter’s addressees.} tooMany {{field}: at most five documents to a reply.} days {{field}: this must be a whole number of days, from 1 to 365.} other {{field}: this is not valid; please check what you wrote.}}} KIND_NOT_ACCEPTED {This letter is not signed by people of this kind.} DUPLICATE {The same address appears earlier in this list.} INVALID_CSV {{reason, select, columns {Unknown columns: {columns}. The first line names the columns, from: {expected}.} tooMany {At most {max, number} invitees at once.} other {The list could not be read as CSV.}}} NOT_TAKING_SIGNATURES {Invitations go out only while the letter is in its founding round or open.} LETTER_CLOSED {This letter is closed, so its held signatures stay out.} ALREADY_PUBLISHED {Only a draft can start a founding round.} NO_RECIPIENTS {Add addressees before sending the letter.} NOT_PUBLISHED {This letter is not public yet: publish it first.} SLUG_TAKEN {Another letter already has this address.} SLUG_FROZEN {A published letter keeps its address.} CLOSING_TIME_PASSED {Set a closing time in the future before opening the letter.} LAST_OWNER {A letter needs at least one owner: make someone else owner first.} ORGANIZER_NOT_FOUND {No organizer of this letter has this address.} SIGNATURE_NOT_FOUND {This signature is no longer there.} UNSUPPORTED_FILE {{field}: each document must be a PDF or an image (PNG, JPEG, GIF or WebP).} FILE_TOO_LARGE {{field}: each document may be at most 10 MB.} REPLY_NOT_QUEUED {This reply was already published or set aside.} other {This could not be done ({code}).}}',

  // The dashboard (/organize).
  'ws.letters.title': 'Your letters',
  'ws.letters.intro': 'Signed in as {email}. The full API, with every action on your letters, is documented at <docs>/docs</docs>.',
  'ws.letters.new': 'New letter',
  'ws.letters.account': 'Your sessions and API tokens',
  'ws.letters.meta': '{summary} · version {version, number} · /{slug}',
  'ws.letters.none': 'You organize no letter yet.',

  // A new letter.
  'ws.new.title': 'New letter',
  'ws.new.save': 'Save the draft',

  // The letter's fields (new letter, workspace).
  'ws.field.title': 'Title',
  'ws.field.addressee': 'Addressed to',
  'ws.field.summary': 'Summary',
  'ws.field.summaryHint': '(one or two sentences for previews; optional)',
  'ws.field.language': 'Language',
  'ws.field.languageHint': '(e.g. en, fr, zh-Hant)',
  'ws.field.body': 'Text',
  'ws.field.bodyHint': '(Markdown: *emphasis*, **strong**, lists, [links](https://…))',

  // A letter's workspace.
  'ws.workspace.pageTitle': 'Organize: {title}',
  'ws.workspace.notPublic': 'not public yet',
  'ws.workspace.publicPage': 'public page',
  'ws.workspace.publish': 'Publish',
  'ws.workspace.founding': 'Open to invitees only',
  'ws.workspace.openToAll': 'Open to everyone',
  'ws.workspace.close': 'Close',
  'ws.workspace.reopen': 'Reopen',
  'ws.workspace.export': '{addresses, select, yes {Export every signature (CSV, with addresses)} other {Export every signature (CSV)}}',
  'ws.workspace.text': 'Text',
  'ws.workspace.editorial': 'An editorial correction (typos): signers are not asked to consent again',
  'ws.workspace.preview': 'Preview',
  'ws.workspace.save': 'Save',

  'ws.queue.heading': 'Moderation queue ({count, number})',
  'ws.queue.sharedMail': '(a shared mail provider: anyone may have an address there)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {legislators are moderated on this letter} organization {organizations are moderated on this letter} individual {individuals are moderated on this letter} other {{kind}: moderated on this letter}}',
  'ws.queue.lookalike': '{same, select, yes {The same name as a listed signature: {name}} other {Looks like a listed name: {name}}}',
  'ws.queue.empty': 'Nothing waits for a decision.',

  'ws.col.name': 'Name',
  'ws.col.affiliation': 'Affiliation',
  'ws.col.websiteDomain': 'Website’s domain',
  'ws.col.mailDomain': 'Mail domain',
  'ws.col.email': 'Email',
  'ws.col.verified': 'Verified',
  'ws.col.heldBecause': 'Held because',
  'ws.col.decision': 'Decision',
  'ws.col.kind': 'Kind',
  'ws.col.country': 'Country',
  'ws.col.status': 'Status',
  'ws.col.moderation': 'Moderation',
  'ws.col.role': 'Role',
  'ws.col.since': 'Since',
  'ws.col.browser': 'Browser',
  'ws.col.lastSeen': 'Last seen',
  'ws.col.action': 'Action',
  'ws.col.label': 'Label',
  'ws.col.created': 'Created',
  'ws.col.lastUsed': 'Last used',

  'ws.invite.heading': 'Invite signers',
  'ws.invite.result': 'Invited {invited, number}; already invited {already, number}.',
  'ws.invite.lineError': 'Line {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV with a header row:',
  'ws.invite.send': 'Send the invitations',

  'ws.team.heading': 'Organizers',
  'ws.team.yourRole': 'Your role: {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}}.',
  'ws.team.email': 'Email',
  'ws.team.role': 'Role',
  'ws.team.set': 'Add or change',
  'ws.team.remove': 'Remove',

  'ws.signatures.heading': 'Signatures',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {The letter’s owners keep signers’ addresses from co-organizers: you see each address’s domain.} other {The letter’s owners keep signers’ addresses from co-organizers.}}',
  'ws.addresses.audited': 'Each view of signers’ addresses, here, in the API or exported, is recorded in the letter’s audit log.',
  'ws.addresses.toggle': 'Co-organizers (editors, moderators, viewers) see signers’ addresses; otherwise moderators see only the domain',
  'ws.address.hidden': 'hidden',
  'ws.address.hiddenDomain': 'hidden (…@{domain})',

  'ws.filter.status': 'Status',
  'ws.filter.all': 'all',
  'ws.filter.search': 'Search',
  'ws.filter.submit': 'Filter',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Goal',
  'ws.goal.intro':
    'A number of signatures to aim for, of every kind or of one kind (“100 legislators”): the letter’s page shows how far it has come, and its owners and editors are mailed when it is reached.',
  'ws.goal.count': 'Signatures to reach',
  'ws.goal.kind': 'Counting',
  'ws.goal.any': 'every signature',
  'ws.goal.save': 'Save the goal',
  'ws.goal.reached': 'Reached on {date}.',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Sign widget for partner sites',
  'ws.widget.intro':
    'Partner sites can show this letter’s sign form on their own pages. List the sites that may show it, one per line, then give each partner its own code: you see how many signed through each, and nothing about who.',
  'ws.widget.origins': 'Sites that may show the widget (such as https://partner.example)',
  'ws.widget.saveOrigins': 'Save the sites',
  'ws.widget.partner': 'Partner',
  'ws.widget.signatures': 'Signatures',
  'ws.widget.snippet': 'To paste into the partner’s page',
  'ws.widget.none': 'No partner yet.',
  'ws.widget.addPartner': 'Add a partner',

  // The notes a workspace shows after a form was sent (plain text: they travel in the address).
  'ws.note.draftSaved': 'Draft saved',
  'ws.note.saved': 'Saved',
  'ws.note.status':
    '{status, select, draft {The letter is a draft} founding {The letter is open to invitees only} open {The letter is open: anyone can sign} closed {The letter is closed: no one can sign} other {The letter is {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {The signature is published} reject {The signature is rejected; the signer is told} shadow {The signature is hidden; the signer is not told} other {Decision recorded}}',
  'ws.note.addressesShown': 'Co-organizers now see signers’ addresses',
  'ws.note.addressesHidden': 'Co-organizers no longer see signers’ addresses',
  'ws.note.removed': 'Removed {email}',
  'ws.note.goalSaved': 'Goal saved',
  'ws.note.widgetSaved': 'The sites that may show the widget are saved',
  'ws.note.partnerAdded': 'Partner added',
  'ws.note.settingsSaved': 'Settings saved',
  'ws.note.translationSaved': 'Translation saved',
  'ws.note.recipientsAdded': '{count, plural, one {# addressee added} other {# addressees added}}',
  'ws.note.deliveryQueued': '{count, plural, one {The letter is on its way to # addressee} other {The letter is on its way to # addressees}}',
  'ws.note.invalidated': '{count, plural, one {# signature marked as fraudulent} other {# signatures marked as fraudulent}}',
  'ws.note.updateSent':
    '{count, plural, =0 {The update is on the letter’s page; no signer asked for news, so none is mailed} one {The update is on its way to # signer, and on the letter’s page} other {The update is on its way to # signers, and on the letter’s page}}',
  'ws.note.roleSet': '{email} is {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}}',

  // The account page.
  'ws.account.title': 'Your account',
  'ws.account.sessions': 'Sessions',
  'ws.account.thisOne': '(this one)',
  'ws.account.end': 'End',
  'ws.account.tokens': 'API tokens',
  'ws.account.newToken': 'Your new token (shown only now): <code>{token}</code>',
  'ws.account.revoke': 'Revoke',
  'ws.account.label': 'Label',
  'ws.account.labelPlaceholder': 'laptop, import script…',
  'ws.account.create': 'Create a token',

  // Sign-in.
  'ws.login.title': 'Sign in',
  'ws.login.intro': 'Organizers sign in with a link sent by email: no password to steal or forget.',
  'ws.login.email': 'Your email',
  'ws.login.send': 'Send me a sign-in link',
  'ws.loginSent.title': 'Check your email',
  'ws.loginSent.body': 'If this address belongs to an organizer, a sign-in link is on its way. It works once, within {minutes, plural, one {# minute} other {# minutes}}.',
  'ws.loginConfirm.title': 'Sign in to Undersigned',
  'ws.loginConfirm.button': 'Sign in',

  // The history of a letter's text.
  'ws.versions.pageTitle': 'History: {title}',
  'ws.versions.title': 'History of “{title}”',
  'ws.versions.intro': 'Every version of the text since it was first signed. Editorial corrections (typos) need no new consent from signers; other changes ask every earlier signer to consent again.',
  'ws.versions.version': 'Version {version, number}',
  'ws.versions.editorial': 'editorial',
  'ws.versions.first': 'The first text.',
  'ws.versions.back': 'Back to the letter',
  'ws.versions.translationHistory': 'History of the translation into {language}',
  'ws.versions.revision': 'Revision {revision, number}, translating version {version, number}',
  'ws.versions.current': 'current',
  'ws.versions.revisionOutdated': 'This revision follows an earlier version of the text.',
  'ws.versions.firstTranslation': 'The first translation.',
  'ws.diff.field': '{field, select, title {Title} addressee {Addressed to} summary {Summary} body {Text} other {{field}}}',
  'ws.diff.added': 'added:',
  'ws.diff.removed': 'removed:',
  'ws.diff.formatted': 'formatting changed:',
  'ws.diff.unchanged': '{count, plural, one {… # unchanged paragraph …} other {… # unchanged paragraphs …}}',
  'ws.diff.sameReading': 'Only the markup of the source changed: the text reads the same.',

  // Mail to organizers.
  'ws.mail.hello': 'Hello,',
  'ws.mail.helloName': 'Hello {name},',
  'ws.mail.signIn': 'Sign in',
  'ws.mail.login.subject': 'Your sign-in link for Undersigned',
  'ws.mail.login.title': 'Sign in',
  'ws.mail.login.asked': 'Someone, probably you, asked to sign in to Undersigned as {email}.',
  'ws.mail.login.openLink': 'Or open this link: <link>{url}</link>',
  'ws.mail.login.once': 'It works once, within {minutes, plural, one {# minute} other {# minutes}}. If you did not ask for it, ignore this message.',
  'ws.mail.login.textLink': 'Sign in (the link works once, within {minutes, plural, one {# minute} other {# minutes}}):',
  'ws.mail.login.ignore': 'If you did not ask for it, ignore this message.',
  'ws.mail.added.subject': 'You are now {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}} of: {title}',
  'ws.mail.added.body':
    'You are now <strong>{role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}}</strong> of the open letter <strong>{title}</strong> on Undersigned.',
  'ws.mail.added.bodyText': 'You are now {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}} of the open letter “{title}” on Undersigned.',
  'ws.mail.added.link':
    'The link works once, within {minutes, plural, one {# minute} other {# minutes}}; later, ask for a new one at the sign-in page. The letter’s workspace: <workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'Sign in (the link works once, within {minutes, plural, one {# minute} other {# minutes}}; later, ask for a new one at the sign-in page):',
  'ws.mail.added.workspace': 'The letter’s workspace: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Goal reached: {title}',
  'ws.mail.goal.body':
    '<letter>{title}</letter> has reached its goal: {kind, select, legislator {{goal, plural, one {# legislator} other {# legislators}}} organization {{goal, plural, one {# organization} other {# organizations}}} individual {{goal, plural, one {# individual} other {# individuals}}} other {{goal, plural, one {# signature} other {# signatures}}}} have signed it.',
  'ws.mail.goal.bodyText':
    '“{title}” has reached its goal: {kind, select, legislator {{goal, plural, one {# legislator} other {# legislators}}} organization {{goal, plural, one {# organization} other {# organizations}}} individual {{goal, plural, one {# individual} other {# individuals}}} other {{goal, plural, one {# signature} other {# signatures}}}} have signed it.',

  // The workspace's sections: one page each, under the letter's title, in a menu.
  'ws.section':
    '{section, select, text {Text} settings {Settings} translations {Translations} signatures {Signatures} invite {Invitations} delivery {Delivery} replies {Replies} updates {News} team {Team} share {Share} audit {Audit log} other {{section}}}',
  'ws.section.pageTitle': '{section}: {title}',
  'ws.nav.label': 'Workspace',
  'ws.workspace.history': 'History of the text',
  'ws.workspace.previewHeading': 'Preview: the letter as readers will see it (not saved yet)',
  // The header of every organizer's page.
  'ws.header.label': 'Your account',
  'ws.header.letters': 'Your letters',
  'ws.header.account': 'Account',
  'ws.header.signOut': 'Sign out',
  'ws.login.signedOut': 'You are signed out.',
  'ws.addresses.heading': 'Signers’ addresses',
  // Confirmation pages: what a public or destructive step will do, before it is done.
  'ws.confirm.cancel': 'Cancel',
  'ws.confirm.heading':
    '{step, select, publish {Publish the letter?} openToAll {Open the letter to everyone?} founding {Open the letter to invitees only?} close {Close the letter?} reopen {Reopen the letter?} other {Go on?}}',
  'ws.confirm.consequences':
    '{step, select, publish {The letter becomes public at {url}: anyone can read it and sign.\nEach signature is confirmed by email before it counts; names appear on the public list.\nYou can still correct the text; a change of substance asks every signer to consent again.} openToAll {The letter becomes public at {url}: anyone can read it and sign, not only invitees.\nThe invitees who signed stay on the list, first.} founding {Only the people you invite can sign; the letter stays hidden from the public.\nYou open it to everyone later, with Publish.} close {No one can sign any more; the letter and its list stay public at {url}.\nYou can reopen it later.} reopen {Signing opens again at {url}.} other {This cannot be undone.}}',
  'ws.confirm.button': '{step, select, publish {Publish now} openToAll {Open to everyone now} founding {Open to invitees} close {Close the letter} reopen {Reopen now} other {Go on}}',
  'ws.share.embedHeading': 'Counter for other sites',
  'ws.share.embedIntro': 'A small box with the count and a link to the letter, for other sites to paste.',
  'ws.team.removeHeading': 'Remove {who} from the letter’s organizers?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {{role}}}) can no longer open this workspace or act on the letter.\nWhat they did stays in the audit log.\nYou can add them again later.',
  'ws.team.removeButton': 'Remove',
  // The settings' signing form: closing time, who may sign, who is held for moderation.
  'ws.settings.heading': 'Signing',
  'ws.settings.closesAt': 'Closing time (UTC)',
  'ws.settings.closesAtHint': 'The date and time are in UTC (Coordinated Universal Time), not your local time. Signing stops then. Leave empty for no closing time.',
  'ws.settings.signerKinds': 'Who may sign (at least one)',
  'ws.settings.moderatedKinds': 'Held for moderation',
  'ws.settings.moderatedHint': 'Signatures of these kinds wait for an organizer’s approval before they are shown or counted.',
  'ws.settings.save': 'Save the settings',
  // settings:keys
  // The translations page: the letter in other languages, and the form to add or update one.
  'ws.translations.intro':
    'The letter in other languages. Signers consent to the original text; a translation follows one version of it, and is marked outdated once the original has a newer version.',
  'ws.translations.none': 'No translation yet.',
  'ws.translations.col.language': 'Language',
  'ws.translations.col.title': 'Title',
  'ws.translations.col.follows': 'Follows',
  'ws.translations.col.state': 'State',
  'ws.translations.col.links': 'Links',
  'ws.translations.follows': 'version {version, number}',
  'ws.translations.outdated': 'outdated: the letter is now at version {version, number}',
  'ws.translations.upToDate': 'up to date',
  'ws.translations.edit': 'edit',
  'ws.translations.read': 'public text',
  'ws.translations.formHeading': 'Add or update a translation',
  'ws.translations.formIntro':
    'Saving a language that already has a translation replaces it (earlier texts stay in the public history). The translation saved follows the current version, {version, number}.',
  'ws.translations.language': 'Language',
  'ws.translations.chooseLanguage': 'Choose a language',
  'ws.translations.addresseeHint': '(optional; empty: the original’s)',
  'ws.translations.previewHeading': 'Preview: the translation as readers will see it (not saved yet)',
  'ws.translations.save': 'Save the translation',
  // translations:keys
  // The account page: the organizer's public name, which their mail names them by.
  'ws.account.publicName': 'Your public name or organization',
  'ws.account.publicNameLabel': 'Name or organization',
  'ws.account.publicNameHint':
    'Invitations to sign and the delivered letter name the letter’s owners by it. Without one, they say “the organizers” of the letter; signers and addressees never see your email address.',
  'ws.account.saveName': 'Save the name',
  // Mail to organizers: why the reader got it, by its kind.
  'ws.mail.footer.login':
    'You received this because you, or someone who typed this address, asked to sign in to Undersigned with it. If it was not you, ignore this message: no one signs in without the link.',
  'ws.mail.footer.added': 'You received this because {known, select, yes {{by}} other {an owner of the letter}} added this address to the organizers of “{title}” on Undersigned.',
  'ws.mail.footer.goal': 'You received this because you organize “{title}” on Undersigned, as its owner or editor.',
  // The delivery section: the addressees, the preview of each language's message, sending, progress.
  'ws.delivery.intro': 'The people or bodies the letter is addressed to. Each receives it by email in their language, with a PDF of the text and its signatories attached.',
  'ws.delivery.addressees': 'Addressees ({count, number})',
  'ws.delivery.none': 'No addressees yet: add them below, one at a time or as a list.',
  'ws.delivery.col.group': 'Group',
  'ws.delivery.col.language': 'Language',
  'ws.delivery.col.state': 'Delivery',
  'ws.delivery.state': '{state, select, queued {Queued} sent {Sent} failed {Failed} other {Not sent}}',
  'ws.delivery.failed': 'Failed: {why, select, refused {their mail server refused the message.} unreachable {their mail server could not be reached.} other {the message could not be sent.}}',
  'ws.delivery.count': '{state, select, sent {{count, number} sent} queued {{count, number} queued} failed {{count, number} failed} other {{count, number} not sent}}',
  'ws.delivery.progressHeading': 'The last delivery',
  'ws.delivery.progress': '{sent, number} of {total, number} sent, {queued, number} waiting to be sent, {failed, number} failed.',
  'ws.delivery.notPublic': 'The letter is delivered once it is public: publish it first. You can add its addressees now.',
  'ws.delivery.readOnly': 'Only the letter’s owners and editors add addressees and send the letter.',
  'ws.delivery.previewLink': 'Preview the messages, then send',
  'ws.delivery.addHeading': 'Add an addressee',
  'ws.delivery.name': 'Name',
  'ws.delivery.email': 'Email',
  'ws.delivery.language': 'Language',
  'ws.delivery.group': 'Group (optional, such as a region)',
  'ws.delivery.add': 'Add the addressee',
  'ws.delivery.importHeading': 'Add many from a list',
  'ws.delivery.csvLabel': 'Paste CSV, one addressee a line, under a first line naming the columns (language: a code such as en or fr; empty: the letter’s own):',
  'ws.delivery.import': 'Add these addressees',
  'ws.delivery.importResult':
    '{added, plural, one {# addressee added} other {# addressees added}}; {already, plural, =0 {none was there already} one {# was there already} other {# were there already}}. The lines below were not taken:',
  'ws.delivery.lineError': 'Line {line, number}: {reason}',
  'ws.delivery.previewTitle': 'The messages, before sending',
  'ws.delivery.previewIntro': 'Each addressee receives the message of their language below, greeted by their own name, with the PDF attached. Nothing is sent until you confirm.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# addressee} other {# addressees}}',
  'ws.delivery.previewAs': 'Shown as {name} will receive it.',
  'ws.delivery.noTranslation': 'The letter has no translation into this language: the text goes out in {language}.',
  'ws.delivery.subject': 'Subject',
  'ws.delivery.textBody': 'The message',
  'ws.delivery.htmlBody': 'See the message as formatted for mail programs',
  'ws.delivery.pdf': 'The attached PDF ({language})',
  'ws.delivery.previewNone': 'No addressees yet: add them first.',
  'ws.delivery.previewDraft': 'The messages can be shown once the letter is public: publish it first.',
  'ws.delivery.send': '{count, plural, one {Send to # addressee} other {Send to # addressees}}',
  'ws.delivery.back': 'Back to the addressees',
  'ws.delivery.confirmHeading': '{count, plural, one {Send the letter to # addressee?} other {Send the letter to # addressees?}}',
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {receives} other {receive}} the text in {language}, with its PDF in {language} attached.',
  'ws.delivery.andMore': '{count, plural, one {# other} other {# others}}',
  'ws.delivery.confirmAgain': '{count, plural, one {# of them already received it, and receives it again.} other {# of them already received it, and receive it again.}}',
  'ws.delivery.confirmRecall': 'Once sent, a message cannot be recalled.',
  'ws.delivery.confirmPublic': 'The letter’s public page then lists each addressee by name and when it reached them, never their address.',
  'ws.delivery.confirmButton': '{count, plural, one {Send it now to # addressee} other {Send it now to # addressees}}',
  // delivery:keys
  // The news section: updates to the signers who asked for news when they signed, and on the letter's page.
  'ws.updates.intro':
    '{count, plural, =0 {No signer has asked for news yet.} one {# signer asked for news when signing and is still on the list.} other {# signers asked for news when signing and are still on the list.}} Each gets an update in the language they signed in, at most {perMonth, plural, one {once} other {# times}} a month, with a link to unsubscribe. A sent update also appears on the letter’s page.',
  'ws.updates.none': 'No update yet.',
  'ws.updates.col.title': 'Title',
  'ws.updates.col.languages': 'Languages',
  'ws.updates.col.state': 'State',
  'ws.updates.col.links': 'Links',
  'ws.updates.draft': 'Draft, not sent',
  'ws.updates.sentOn': 'Sent {date}',
  'ws.updates.onPage': 'On the letter’s page',
  'ws.updates.translate': 'Translations',
  'ws.updates.send': 'Send',
  'ws.updates.formHeading': 'Write an update',
  'ws.updates.formIntro': 'Write it in the letter’s language ({language}); add translations once it is saved. Nothing is sent before you confirm.',
  'ws.updates.previewHeading': 'Preview: the update as signers will read it (not saved yet)',
  'ws.updates.save': 'Save the draft',
  'ws.updates.translationsHeading': 'Translations of {title}',
  'ws.updates.translationsIntro': 'Each signer gets the update in the language they signed in; without a translation in it, they get the original ({language}).',
  'ws.updates.saveTranslation': 'Save the translation',
  'ws.updates.sendTo': '{count, plural, =0 {Publish it (no signer to mail)} one {Send to # signer} other {Send to # signers}}',
  'ws.updates.readOnly': 'Editors and owners write and send updates.',
  'ws.updates.confirmHeading': '{count, plural, =0 {Publish “{title}”?} one {Send “{title}” to # signer?} other {Send “{title}” to # signers?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {No signer who asked for news can get it now.} one {It goes by email to the # signer who asked for news when signing and is still on the list.} other {It goes by email to the # signers who asked for news when signing and are still on the list.}} No one gets more than {perMonth, plural, one {one update} other {# updates}} a month.',
  'ws.updates.confirmLanguages': 'In their languages: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {the original} other {translation}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# signer has had {perMonth, plural, one {an update} other {# updates}} in the last 30 days and does not get this one.} other {# signers have had {perMonth, plural, one {an update} other {# updates}} in the last 30 days and do not get this one.}}',
  'ws.updates.confirmPublic': 'It appears on the letter’s public page, with the day it was sent.',
  'ws.updates.confirmFinal': 'Mail cannot be recalled, and a sent update cannot be changed.',
  'ws.updates.confirmButton': '{count, plural, =0 {Publish now} one {Send to # signer} other {Send to # signers}}',
  // The moderation queue: each held signature a card, each decision its own button.
  'ws.queue.intro':
    'These signatures wait for a decision before they are shown or counted. Publish puts one on the list; Reject keeps it off and tells the signer; Hide keeps it off without a word to the signer.',
  'ws.queue.readOnly': 'Only the letter’s owners and moderators decide on held signatures.',
  'ws.held.claims': 'Claims to be',
  'ws.held.wroteFrom': 'Wrote from',
  'ws.held.website': 'Website',
  'ws.held.noWebsite': 'none given',
  'ws.held.verification': 'Verified',
  'ws.held.verifiedBy': '{by, select, domain {Yes: by its mail domain, {domain}} invited {Yes: signed through an invitation} approved {Yes: approved by a moderator} other {Yes: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {No: the mail domain is not one of the named parliament’s} organization {{website, select, no {No: no website was given to compare the mail domain with} other {{shared, select, yes {No: anyone may have an address at a shared mail provider} other {No: the mail domain is not the website’s}}}}} individual {No: individuals are verified only through an invitation} other {No}}',
  'ws.held.why': 'Held because',
  'ws.held.similar': 'Similar names on the list',
  'ws.held.noSimilar': 'none',
  'ws.held.signed': 'Signed',
  'ws.held.network': 'Network fingerprint',
  'ws.decide.label': 'Decision on {name}',
  'ws.decide.publish': 'Publish',
  'ws.decide.reject': 'Reject (the signer is told)',
  'ws.decide.hide': 'Hide',
  'ws.decide.hideHint': '(the signer is not mailed; use for abuse. As for every removal, the public ledger records it if the signature was on the list)',
  // The confirmation of a rejection or a hiding; {listed}: whether it is on the public list now, {mailable}: whether the signer can be mailed.
  'ws.decide.heading': '{decision, select, reject {Reject the signature of {who}?} shadow {Hide the signature of {who}?} other {Decide on the signature of {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}) stays off the letter’s list and out of every count{listed, select, yes {: the signature leaves the list now} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} is mailed that the letter’s organizers did not accept the signature.} other {{who} cannot be mailed: the address is no longer stored.}}} shadow {{who} is not mailed: to them, the signature still looks accepted. Use this for abuse, where telling the signer would only invite another try.} other {}}\n{listed, select, yes {The public ledger records a removal, as for every removal.} other {It was never on the public list, so the public ledger records nothing of it.}}',
  'ws.decide.button': '{decision, select, reject {Reject and tell the signer} shadow {Hide without telling the signer} other {Decide}}',
  // Bulk invalidation: a flood marked as fraudulent, after a preview of how many match.
  'ws.invalidate.heading': 'Mark a flood as fraudulent',
  'ws.invalidate.intro':
    'For a flood of fake signatures: give a mail domain, a time window, a network fingerprint, or several (a signature must match all you give). You first see how many signatures match; nothing changes until you confirm.',
  'ws.invalidate.domain': 'Mail domain (such as example.org)',
  'ws.invalidate.window': 'Signed in this window (UTC)',
  'ws.invalidate.from': 'From',
  'ws.invalidate.to': 'Until (not included)',
  'ws.invalidate.network': 'Network fingerprint (as shown on a held signature)',
  'ws.invalidate.preview': 'Preview',
  'ws.invalidate.result':
    '{result, select, none {Give a mail domain, a time window or a network fingerprint: without one, nothing is matched.} nothing {No signature matches these criteria: nothing was changed.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {Mail domain: this is not a domain name (such as example.org).} from {From: this is not a date and time.} to {Until: this is not a date and time.} ipHash {Network fingerprint: this is not one (8 to 32 letters, digits, - or _).} other {The criteria could not be read; please check them.}}',
  'ws.invalidate.confirmHeading': '{count, plural, one {Mark # signature as fraudulent?} other {Mark # signatures as fraudulent?}}',
  'ws.invalidate.matching': 'The signatures that match: {criteria}.',
  'ws.invalidate.byDomain': 'mail domain {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {signed from {from} until {to}} from {signed from {from}} other {signed before {to}}}',
  'ws.invalidate.byNetwork': 'network fingerprint {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {It is marked as fraudulent: kept for a while for investigation, then deleted; it cannot be restored.} other {They are marked as fraudulent: kept for a while for investigation, then deleted; they cannot be restored.}}\nThose on the public list leave it at once, and the counts drop.\nThe public ledger records each removal from the list, as for every removal.\nThe signers are not mailed.',
  'ws.invalidate.button': '{count, plural, one {Mark # signature as fraudulent} other {Mark # signatures as fraudulent}}',
  // moderation:keys
  // The audit log as sentences: each entry says who did what to whom, when; a refused attempt says so.
  'ws.audit.did':
    '{kind, select, create {{who} drafted the letter} edit {{editorial, select, yes {{who} corrected the text (an editorial change: no one is asked to consent again)} other {{who} edited the text}}} publish {{who} published the letter} close {{who} closed the letter} founding {{who} opened the founding round to invitees} approve {{who} published the signature of {signer}} reject {{who} rejected the signature of {signer}} shadow {{who} hid the signature of {signer}} moderate {{who} decided on the signature of {signer}} invalidate {{counted, select, yes {{who} marked {count, plural, one {# signature} other {# signatures}} as fraudulent} other {{who} marked signatures as fraudulent}}} invalidatePreview {{counted, select, yes {{who} looked for signatures to mark as fraudulent ({count, plural, one {# matched} other {# matched}})} other {{who} looked for signatures to mark as fraudulent}}} invite {{counted, select, yes {{who} invited {count, plural, one {# signer} other {# signers}}} other {{who} invited signers}}} addOrganizer {{who} added {member} as {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {co-organizer}}} setRole {{who} made {member} {role, select, owner {an owner} editor {an editor} moderator {a moderator} viewer {a viewer} other {a co-organizer}}} removeOrganizer {{who} removed {member} from the organizers} goal {{goalSet, select, yes {{who} set the goal to {goalKind, select, legislator {{goal, plural, one {# legislator} other {# legislators}}} organization {{goal, plural, one {# organization} other {# organizations}}} individual {{goal, plural, one {# individual} other {# individuals}}} other {{goal, plural, one {# signature} other {# signatures}}}}} no {{who} removed the goal} other {{who} changed the goal}}} settings {{who} changed the letter’s settings} translation {{who} saved the translation into {language}} recipients {{counted, select, yes {{who} added {count, plural, one {# addressee} other {# addressees}}} other {{who} added addressees}}} deliver {{counted, select, yes {{who} sent the letter to {count, plural, one {# addressee} other {# addressees}}} other {{who} sent the letter to its addressees}}} widget {{who} changed the sites that may show the sign widget} partner {{who} added a partner for the sign widget} addressesShown {{who} let co-organizers see signers’ addresses} addressesHidden {{who} stopped co-organizers from seeing signers’ addresses} readAddresses {{source, select, page {{who} was shown the addresses of {count, plural, one {# signer} other {# signers}} in the workspace} other {{who} was shown the addresses of {count, plural, one {# signer} other {# signers}} through the API}}} readDomains {{source, select, page {{who} was shown the address domains of {count, plural, one {# signer} other {# signers}} in the workspace} other {{who} was shown the address domains of {count, plural, one {# signer} other {# signers}} through the API}}} export {{domainsOnly, select, yes {{who} exported the signatures as CSV, with the address domains of {count, plural, one {# signer} other {# signers}}} other {{who} exported the signatures as CSV, with the addresses of {count, plural, one {# signer} other {# signers}}}}} recordReply {{who} recorded an addressee’s reply received by post or by hand, and published it} publishReply {{who} published an addressee’s reply that came by mail} dismissReply {{who} set aside a reply that came by mail} writeUpdate {{who} wrote an update for the signers} updateTranslation {{who} saved the update’s translation into {language}} sendUpdate {{counted, select, yes {{who} sent an update to {count, plural, one {# signer} other {# signers}}} other {{who} sent an update to the signers}}} other {{who} made a request: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} tried to draft a letter} edit {{who} tried to edit the text} publish {{who} tried to publish the letter} close {{who} tried to close the letter} founding {{who} tried to open the founding round} approve {{who} tried to publish the signature of {signer}} reject {{who} tried to reject the signature of {signer}} shadow {{who} tried to hide the signature of {signer}} moderate {{who} tried to decide on the signature of {signer}} invalidate {{who} tried to mark signatures as fraudulent} invalidatePreview {{who} tried to look for signatures to mark as fraudulent} invite {{who} tried to invite signers} addOrganizer {{who} tried to add {member} as {role, select, owner {owner} editor {editor} moderator {moderator} viewer {viewer} other {co-organizer}}} setRole {{who} tried to make {member} {role, select, owner {an owner} editor {an editor} moderator {a moderator} viewer {a viewer} other {a co-organizer}}} removeOrganizer {{who} tried to remove {member} from the organizers} goal {{who} tried to change the goal} settings {{who} tried to change the letter’s settings} translation {{who} tried to save the translation into {language}} recipients {{who} tried to add addressees} deliver {{who} tried to send the letter to its addressees} widget {{who} tried to change the sites that may show the sign widget} partner {{who} tried to add a partner for the sign widget} addressesShown {{who} tried to let co-organizers see signers’ addresses} addressesHidden {{who} tried to stop co-organizers from seeing signers’ addresses} readAddresses {{who} tried to read signers’ addresses} readDomains {{who} tried to read signers’ address domains} export {{who} tried to export the signatures} recordReply {{who} tried to record an addressee’s reply} publishReply {{who} tried to publish an addressee’s reply} dismissReply {{who} tried to set aside a reply that came by mail} writeUpdate {{who} tried to write an update for the signers} updateTranslation {{who} tried to save an update’s translation into {language}} sendUpdate {{who} tried to send an update to the signers} other {{who} tried a request: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (refused), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Letter drafted} edit {Text edited} publish {Letter published} close {Letter closed} founding {Founding round opened} approve {Signature published} reject {Signature rejected} shadow {Signature hidden} moderate {Signature decided} invalidate {Signatures marked as fraudulent} invalidatePreview {Search for fraudulent signatures} invite {Signers invited} addOrganizer {Co-organizer added} setRole {Role changed} removeOrganizer {Co-organizer removed} goal {Goal changed} settings {Settings changed} translation {Translation saved} recipients {Addressees added} deliver {Letter sent to its addressees} widget {Widget’s sites changed} partner {Widget partner added} addressesShown {Addresses shown to co-organizers} addressesHidden {Addresses hidden from co-organizers} readAddresses {Addresses read} readDomains {Address domains read} export {Signatures exported} recordReply {Reply recorded} publishReply {Reply published} dismissReply {Reply set aside} writeUpdate {Update written} updateTranslation {Update translated} sendUpdate {Update sent} other {Other request}}',
  'ws.audit.result': '{refused, select, yes {refused ({status})} other {done}}',
  'ws.audit.operatorWho': 'The operator at the command line',
  'ws.audit.formerOrganizer': 'A former organizer',
  'ws.audit.erasedSigner': 'an erased signer',
  'ws.audit.someSigner': 'a signer',
  'ws.audit.someOrganizer': 'a co-organizer',
  'ws.audit.someLanguage': 'another language',
  'ws.audit.intro': 'Every action of the letter’s organizers, newest first, with names as they are now: a signer who erased their data shows as “an erased signer”. Times are in UTC.',
  'ws.audit.filterPerson': 'Who',
  'ws.audit.filterKind': 'Action',
  'ws.audit.everyone': 'everyone',
  'ws.audit.everything': 'every action',
  'ws.audit.filterSubmit': 'Show',
  'ws.audit.empty': '{filtered, select, yes {No entry matches these filters.} other {Nothing is recorded yet.}}',
  'ws.audit.pages': 'Pages of the audit log',
  'ws.audit.older': 'Older entries',
  'ws.audit.newest': 'Back to the newest',
  'ws.audit.export': 'Export as CSV',
  'ws.audit.exportHint': '(the entries these filters show, every page of them)',
  // audit:keys
  // --- digest ---
  // The daily digest an organizer may ask for (account page), and its mail.
  'ws.account.digest': 'Daily digest',
  'ws.account.digestLabel': 'Send me a daily digest when something happens on my letters',
  'ws.account.digestHint':
    'At most one email a day, and only on days something happened on a letter you organize: a reply that arrived by email, the goal reached, new signatures the flood check kept out.',
  'ws.account.saveDigest': 'Save',
  'ws.mail.digest.subject': '{count, plural, one {Your daily digest: {title}} other {Your daily digest: news on # letters}}',
  'ws.mail.digest.title': 'Your daily digest',
  'ws.mail.digest.intro': 'Here is what happened on the letters you organize since {since}.',
  'ws.mail.digest.replies':
    '{count, plural, one {# reply arrived by email and waits for you: <link>publish or dismiss it</link>.} other {# replies arrived by email and wait for you: <link>publish or dismiss them</link>.}}',
  'ws.mail.digest.goal':
    'It reached its goal of {kind, select, legislator {{goal, plural, one {# legislator} other {# legislators}}} organization {{goal, plural, one {# organization} other {# organizations}}} individual {{goal, plural, one {# individual} other {# individuals}}} other {{goal, plural, one {# signature} other {# signatures}}}}. <link>See the signatures</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {# new signature was kept out as fraudulent by the flood check (too many from one network in a day): it is not shown or counted. <link>Review the signatures</link>.} other {# new signatures were kept out as fraudulent by the flood check (too many from one network in a day): they are not shown or counted. <link>Review the signatures</link>.}}',
  'ws.mail.digest.stop': 'To stop the digest, untick its box on your account page: <link>{url}</link>',
  'ws.mail.digest.stopText': 'To stop the digest, untick its box on your account page:',
  'ws.mail.footer.digest':
    'You received this because you asked for a daily digest of what happens on the letters you organize on Undersigned; it comes only on days something happened. To stop it, untick the box on your account page.',
  // --- replies-workspace ---
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  'ws.note.replyRecorded': 'The reply is recorded and published beside the letter',
  'ws.note.replyPublished': 'The reply is published beside the letter and on its ledger',
  'ws.note.replyDismissed': 'The reply is set aside: it will not be shown',
  'ws.note.replyWaitSaved': 'Saved: the wait before “no reply”',
  'ws.replies.introInbound':
    'Replies to the delivered letter’s email arrive here by themselves; each waits for an editor or owner to publish it or set it aside. Replies received otherwise (by post, by hand) are recorded below.',
  'ws.replies.introByHand': 'This site receives no mail: record here, by hand, the replies the addressees sent you (by post, by email, by hand).',
  'ws.replies.waitingHeading': 'Waiting for you ({count, number})',
  'ws.replies.noneWaiting': 'No reply waits for a decision.',
  'ws.replies.readOnly': 'Only the letter’s owners and editors publish replies or set them aside.',
  'ws.replies.verified': 'DKIM-verified for {domain}',
  'ws.replies.unverified': '{known, select, yes {Not verified: sent from {domain}; check it before publishing.} other {Not verified: the sender’s domain is unknown; check it before publishing.}}',
  'ws.replies.received': 'Received',
  'ws.replies.subject': 'Subject',
  'ws.replies.noSubject': '(no subject)',
  'ws.replies.readAll': 'Read the whole reply ({count, plural, one {# character} other {# characters}})',
  'ws.replies.document': 'Document {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Publish',
  'ws.replies.dismiss': 'Dismiss',
  'ws.replies.recordHeading': 'Record a reply',
  'ws.replies.recordIntro': 'A reply an addressee sent you otherwise (by post, to your own mailbox, by hand): its text as written, and a scan or the file of it, if you have one.',
  'ws.replies.from': 'From',
  'ws.replies.chooseAddressee': 'Choose the addressee',
  'ws.replies.dated': 'Dated',
  'ws.replies.text': 'The reply',
  'ws.replies.textHint': '(as written; plain text)',
  'ws.replies.files': 'Documents',
  'ws.replies.filesHint': '(optional: PDF or images, at most {max, plural, one {# file} other {# files}}, 10 MB each)',
  'ws.replies.recordPublic': 'Recording it publishes it at once: beside the letter, on its public ledger and in the next PDF. It cannot be undone.',
  'ws.replies.record': 'Record and publish the reply',
  'ws.replies.noAddressees': 'The letter has no addressees yet: add them first.',
  'ws.replies.publishedHeading': 'Published ({count, number})',
  'ws.replies.nonePublished': 'No reply is published yet.',
  'ws.replies.byHand': 'Recorded by an organizer',
  'ws.replies.byMailUnverified': 'Came by mail, not DKIM-verified',
  'ws.replies.publishedOn': 'dated {received}, published {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {No reply has been set aside.} one {# reply was set aside (spam, automatic answers): it is not shown.} other {# replies were set aside (spam, automatic answers): they are not shown.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  'ws.replies.publishHeading': 'Publish the reply of {who}?',
  'ws.replies.confirmVerified': 'It is DKIM-verified for {domain}: the mail server of that domain signed it.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {It is not verified: it was sent from {domain}, and nothing proves it came from the addressee. Check it before publishing.} other {It is not verified: nothing proves it came from the addressee. Check it before publishing.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {It goes beside the letter, on its public page, for anyone to read.} one {It goes beside the letter, on its public page, with its document, for anyone to read.} other {It goes beside the letter, on its public page, with its # documents, for anyone to read.}}\nIt is recorded on the letter’s public ledger, and appears in the next PDF of the letter.\nIt cannot be undone: a published reply stays published.',
  'ws.replies.publishButton': 'Publish the reply',
  'ws.replies.dismissHeading': 'Set aside the reply of {who}?',
  'ws.replies.dismissConsequences':
    'It is never shown: not beside the letter, not on its ledger, not in its PDF.\nUse this for spam, an automatic answer, or a message that is not a reply to the letter.\nIt cannot be published later.',
  'ws.replies.dismissButton': 'Set it aside',
  // The settings: how long an addressee's silence waits before it reads as "no reply".
  'ws.replyWait.heading': 'Replies',
  'ws.replyWait.intro': 'The letter’s page shows, for each addressee, whether they replied. One who has not answered this many days after the letter reached them is shown as “no reply”.',
  'ws.replyWait.label': 'Count an addressee as “no reply” after this many days',
  'ws.replyWait.save': 'Save',
} as const;
