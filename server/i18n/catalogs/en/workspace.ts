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
  'ws.moderation': '{state, select, none {none} pending {pending} approved {approved} rejected {rejected} shadow {shadow} other {{state}}}',
  'ws.verification': '{by, select, domain {domain} invited {invited} approved {approved} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {domain} invited {invited} approved {approved} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {approve} reject {reject} shadow {shadow} other {{decision}}}',

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
    '{field, select, title {Title} addressee {Addressed to} summary {Summary} language {Language} body {Text} slug {Address} closesAt {Closing time} email {Email} role {Role} label {Label} origins {Sites} goal {Signatures to reach} csv {List} name {Name} kind {Kind} country {Country} parliament {Parliament} party {Party} organization {Organization} website {Website} other {This field}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: this is required.} tooLong {{field}: this is too long.} email {{field}: this is not an email address.} website {{field}: this is not a web address.} noLink {{field}: web addresses are not accepted here.} noLetter {{field}: this needs at least one letter or digit.} choose {{field}: please choose one of the options.} languageTag {{field}: this is not a language code (such as en, fr or zh-Hant).} future {{field}: this must be in the future.} ownLanguage {{field}: this is the letter’s own language; edit the letter instead.} other {{field}: this is not valid; please check what you wrote.}}} KIND_NOT_ACCEPTED {This letter is not signed by people of this kind.} DUPLICATE {The same address appears earlier in this list.} INVALID_CSV {{reason, select, columns {Unknown columns: {columns}. The first line names the columns, from: {expected}.} tooMany {At most {max, number} invitees at once.} other {The list could not be read as CSV.}}} NOT_TAKING_SIGNATURES {Invitations go out only while the letter is in its founding round or open.} LETTER_CLOSED {This letter is closed, so its held signatures stay out.} ALREADY_PUBLISHED {Only a draft can start a founding round.} NOT_PUBLISHED {This letter is not public yet: publish it first.} SLUG_TAKEN {Another letter already has this address.} SLUG_FROZEN {A published letter keeps its address.} CLOSING_TIME_PASSED {Set a closing time in the future before opening the letter.} LAST_OWNER {A letter needs at least one owner: make someone else owner first.} ORGANIZER_NOT_FOUND {No organizer of this letter has this address.} SIGNATURE_NOT_FOUND {This signature is no longer there.} other {This could not be done ({code}).}}',

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
  'ws.queue.sharedMail': '(shared mail: anyone may have it)',
  'ws.queue.kindModerated': '{kind, select, legislator {legislators are moderated} organization {organizations are moderated} individual {individuals are moderated} other {{kind}: moderated}}',
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
  'ws.col.when': 'When',
  'ws.col.who': 'Who',
  'ws.col.what': 'What',
  'ws.col.on': 'On',
  'ws.col.detail': 'Detail',
  'ws.col.result': 'Result',
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

  'ws.audit.heading': 'Audit log',
  'ws.audit.operator': 'operator',
  'ws.audit.readAddresses': 'read addresses',
  'ws.audit.readDomains': 'read address domains',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {operator: read address domains} other {operator: read addresses}}',

  // The notes a workspace shows after a form was sent (plain text: they travel in the address).
  'ws.note.draftSaved': 'Draft saved',
  'ws.note.saved': 'Saved',
  'ws.note.status': '{status, select, draft {Letter is now draft} founding {Letter is now founding} open {Letter is now open} closed {Letter is now closed} other {Letter is now {status}}}',
  'ws.note.moderated': '{decision, select, approve {Signature: approve} reject {Signature: reject} shadow {Signature: shadow} other {Signature: {decision}}}',
  'ws.note.addressesShown': 'Co-organizers now see signers’ addresses',
  'ws.note.addressesHidden': 'Co-organizers no longer see signers’ addresses',
  'ws.note.removed': 'Removed {email}',
  'ws.note.goalSaved': 'Goal saved',
  'ws.note.widgetSaved': 'The sites that may show the widget are saved',
  'ws.note.partnerAdded': 'Partner added',
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

  // Mail to organizers.
  'ws.mail.hello': 'Hello,',
  'ws.mail.helloName': 'Hello {name},',
  'ws.mail.signIn': 'Sign in',
  'ws.mail.footer': 'Sent by Undersigned to an organizer of open letters.',
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
} as const;
