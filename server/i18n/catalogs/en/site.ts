/**
 * English, the source catalog of the public pages, the signers' mail and the PDF: ICU
 * MessageFormat, plural and select by CLDR's rules. Markup: <strong>, <em>, <code>, <bdi>; any
 * other tag is a link whose address the template passes under the tag's name. Every catalog has
 * exactly these keys (server/i18n/catalogs/index.ts); `# review` comments mark what a native
 * speaker should check.
 */
export default {
  // Joining lists where ICU has no patterns for the language (formatList in messages.ts).
  'list.two': '{first} and {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} and {second}',
  'list.count': '({count, number})',
  // Between the parts of one line: a signatory's name, title, parliament.
  'list.separator': ', ',

  'site.skip': 'Skip to content',
  'site.footer': '{siteName}: open letters, signed and verified. Signers’ email addresses are never published.',
  'site.languages': 'Languages',
  'site.backToLetter': 'Back to the letter',
  'site.backToStart': 'Back to the start page',
  'site.choose': 'Choose…',
  'site.optional': '(optional)',

  'home.title': 'Open letters',
  'home.organizers': 'Organizing a letter?',
  'home.signIn': 'Sign in to your workspace',
  'home.intro': 'Joint letters signed by legislators, organizations and individuals. Every signature is confirmed by email; affiliations are verified where they can be.',
  'home.to': 'To {addressee}',
  'home.none': 'No letters have been published yet.',

  'status.open': 'Open for signatures',
  'status.closed': 'Closed',
  'status.closedOn': 'Closed on {date}',
  'status.draft': 'Draft',

  'kind.plural': '{kind, select, legislator {Legislators} organization {Organizations} other {Individuals}}',
  'kind.singular': '{kind, select, legislator {Legislator} organization {Organization} other {Individual}}',
  'kind.choice': '{kind, select, legislator {a legislator} organization {an organization} other {an individual}}',

  'summary.legislators': '{legislators, plural, one {# legislator} other {# legislators}} from {countries, plural, one {# country} other {# countries}}',
  'summary.organizations': '{n, plural, one {# organization} other {# organizations}}',
  'summary.individuals': '{n, plural, one {# individual} other {# individuals}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  'goal.progress':
    '{current, number} of {kind, select, legislator {{goal, plural, one {# legislator} other {# legislators}}} organization {{goal, plural, one {# organization} other {# organizations}}} individual {{goal, plural, one {# individual} other {# individuals}}} other {{goal, plural, one {# signature} other {# signatures}}}}',
  'summary.none': 'No signatures yet',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {No signatures yet} one {<strong>#</strong> signature} other {<strong>#</strong> signatures}}',

  'letter.to': 'To: {addressee}',
  'letter.published': 'Published {date}',
  'letter.publishedUntil': 'Published {date} · signatures until {until}',
  'letter.outdated': 'This translation follows version {basedOn} of the text, which has changed since (it is now at version {current}); the original is authoritative.',
  'letter.untranslated': 'This letter has not been translated into {language}: its text is shown in the original.',
  'letter.downloadPdf': 'Download as PDF',
  'letter.downloadCsv': 'Signatories as CSV',
  'letter.textLanguages': 'The text in other languages',

  'signatories.heading': 'Signatories',
  'signatories.founding': 'Founding signatories',
  'signatories.others': 'Signatories',
  'signatories.pages': 'Signatory pages',
  'signatories.previous': 'Previous page',
  'signatories.next': 'Next page',
  'signatories.page': 'Page {page, number} of {pages, number}',
  'signatories.identification': 'Titles and affiliations are given for identification only.',
  'signatories.unlisted': 'Counted but not listed, at their request: {n, number}.',
  'signatories.withheldUntil': 'Names are published together on {date}; until then the signatories are counted ({n, plural, one {# name} other {# names}} to come).',
  'signatories.withheldThreshold':
    'So that nobody is the only visible signatory from their country, names from a country are published once {k, plural, one {# person} other {# people}} from it have signed. Counted so far, names not yet published: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'New signatures join this list together, {unit, select, second {every {n, plural, one {second} other {# seconds}}} minute {every {n, plural, one {minute} other {# minutes}}} other {every {n, plural, one {hour} other {# hours}}}}, so that the list does not show when anyone signed.',
  'signatories.history': '<history>This text has changed since it was first signed: see its history.</history>',
  'signatories.earlierVersion': '(signed version {version})',
  'signatories.verified': '✓ verified',
  'signatories.verifiedDomain': '✓ verified: writes from @{domain}',
  'signatories.verifiedHow': '{how, select, domain {verified: writes from the institution’s email domain} invited {verified: invited by the organizers} other {verified: approved by the organizers}}',

  'ledger.note':
    'Every signature that joins or leaves this list is recorded in a tamper-evident ledger: {n, plural, one {# entry} other {# entries}}, ending in <code>{head}</code>, under a head this site has <checkpoint>signed</checkpoint> with its <key>published key</key>.',
  'ledger.witnessed':
    '{count, plural, one {# independent witness} other {# independent witnesses}} checked that it only grew, and cosigned its first {size, plural, one {# entry} other {# entries}} (last on {date}).',
  'ledger.unwitnessed': 'No independent witness has cosigned it yet.',
  'ledger.check': '<ledger>Read the ledger</ledger>, or check it yourself with the <verifier>verifier</verifier>:',
  'ledger.short': 'Every signature that joins or leaves this list is recorded in a tamper-evident ledger: <verify>verify this list</verify>.',

  // The pictures of the signatures (letters/pictures.ts): headings, and the words that say what each shows.
  'pictures.timelineHeading': 'Signatures over time',
  'pictures.timelineAlt': 'A chart of the signatures over time: {total, plural, one {# signature} other {# signatures}} from {from} to {to}, the most on {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Where the signatories are',
  'pictures.mapAlt': 'A world map: signatories in {countries, plural, one {# country} other {# countries}}, legislators in {legislatorCountries, plural, one {# country} other {# countries}}.',
  'pictures.legendLegislators': 'Legislators',
  'pictures.legendSignatories': 'Other signatories',
  'pictures.byCountry': 'Signatories by country',
  'pictures.countryLine': '{country}: {n, plural, one {# signatory} other {# signatories}}{legislators, plural, =0 {} one {, of whom # legislator} other {, of whom # legislators}}',

  'verify.title': 'Verify the signatories: {title}',
  'verify.heading': 'Verify the list of signatories',

  'sign.heading': 'Sign this letter',
  'sign.honeypot': 'Leave this empty',
  'sign.warningHeading': 'Before we send your confirmation',
  'sign.otherAddress': '<other>Use another address</other>: change it below, then sign. Nothing has been sent yet.',
  'sign.countedOnly': 'Sign without my name being listed (counted only)',
  'sign.countedOnlyHint': '— the confirmation still goes to this address',
  'sign.continue': 'Continue with this address',
  'sign.as': 'I sign as',
  'sign.name': 'Name',
  'sign.nameHint': '(for an organization: its representative)',
  'sign.email': 'Email',
  'sign.emailHint': '(never published; your confirmation link goes here)',
  'sign.country': 'Country',
  'sign.title': 'Title',
  'sign.titleHint': '(e.g. Member of Parliament, Senator)',
  'sign.parliament': 'Parliament',
  'sign.party': 'Party',
  'sign.organization': 'Organization',
  'sign.role': 'Your role in it',
  'sign.website': 'Website',
  'sign.websiteHint': '(your address at its domain marks the signature verified)',
  'sign.display': 'Show on the public list',
  'sign.displayChoice': '{display, select, full {my full name} initials {my initials only} other {nothing: count me, but do not list me}}',
  'sign.submit': 'Sign',
  'sign.risky':
    '{jurisdiction, select, none {Your mail provider, {provider}, is one this letter’s organizers warn about: the authorities of a state this letter concerns may be able to read your mail.} other {Your mail provider, {provider}, is subject to the laws of {state}, whose authorities can read your mail. {chosen, select, yes {This letter concerns {state}.} other {If this letter concerns {state}, the confirmation we send would tell them that you signed it.}}}}',
  'sign.riskyChoices': 'You may use another address, or sign without your name being listed (counted only), or continue anyway.',
  'sign.fieldName':
    '{field, select, name {Name} email {Email} country {Country} kind {I sign as} title {Title} parliament {Parliament} party {Party} organization {Organization} role {Your role in it} website {Website} display {Show on the public list} other {This field}}',
  'sign.error':
    '{reason, select, required {{field}: this is required.} requiredForKind {{field}: this is required when signing as {kind, select, legislator {a legislator} organization {an organization} other {an individual}}.} tooLong {{field}: this is too long.} kindNotAccepted {This letter is not signed by {kind, select, legislator {legislators} organization {organizations} other {individuals}}.} email {{field}: this is not an email address we can write to.} website {{field}: this is not a web address (such as https://example.org).} noLink {{field}: web addresses are not accepted here.} noLetter {{field}: this needs at least one letter or digit.} choose {{field}: please choose one of the options.} other {{field}: this is not valid; please check what you wrote.}}',
  'sign.errorsHeading': '{n, plural, one {There is a problem with what you wrote} other {There are # problems with what you wrote}}',

  'check.title': 'Check your email',
  'check.sent': 'We have sent a message to the address you gave. Your signature counts once you open the link in it and confirm.',
  'check.nothing': 'Nothing there? Look in the spam folder, or sign again to have it sent once more.',

  'shown.list': 'On the public list',
  'shown.notListed': '<strong>Not listed</strong>: counted, but not named',
  'shown.kind': 'Signing as',
  'shown.country': 'Country',
  'shown.display': 'Shown',
  'shown.displayChoice': '{display, select, full {your full name} initials {your initials only} other {not listed: counted, but not named}}',

  'confirm.title': 'Confirm your signature',
  'confirm.closedHeading': 'This letter has closed',
  'confirm.closed': '<letter>{title}</letter> closed on {date}, before your confirmation, so your signature was not added.',
  'confirm.alreadyHeading': 'This address has already signed',
  'confirm.already':
    'A signature from this address on <letter>{title}</letter> was confirmed with other details, and those stand. This link cannot change them: to sign differently, withdraw that signature (with the link in its mail) and sign again.',
  'confirm.withdrawnHeading': 'This signature was withdrawn',
  'confirm.withdrawn': 'Sign <letter>{title}</letter> again to add it back.',
  'confirm.doneHeading': 'Your signature is confirmed',
  'confirm.heading': 'Confirm your signature',
  'confirm.doneIntro': 'On <letter>{title}</letter>, it reads:',
  'confirm.intro': 'On <letter>{title}</letter>, confirming publishes this:',
  'confirm.careful': 'If this is not what you gave, do not confirm: nothing is published without this button.',
  'confirm.submit': 'Confirm my signature',

  'confirmed.title': 'Signature confirmed',
  'confirmed.heading': 'Thank you: your signature is confirmed',
  'confirmed.withheld':
    'It now counts. Your name will be listed once enough signatories from your country have signed, or at the letter’s launch: until then, nobody is the only visible signatory from a country.',
  'confirmed.published': 'It now counts and appears on the letter as you chose.',
  'confirmed.receipt': 'Your receipt: entry <strong>{position, number}</strong> of the letter’s ledger, hash <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Your receipt: entry <strong>{position, number}</strong> of the letter’s ledger, hash <code>{hash}</code>, in the head of {size, plural, one {# entry} other {# entries}} this site signed.',
  'confirmed.keep': 'Keep it: with it, anyone can check that your signature was recorded, that nobody rewrote the list since, and whether you are still on it.',
  'confirmed.check': 'To check it (<how>how</how>):',
  'confirmed.batched':
    'It will appear on the letter with the next batch of signatures. New signatures are published together, a few at a time, so that nobody watching the list can tell when you signed.',
  'confirmed.batchedReceipt': 'Your receipt from the letter’s ledger will then be on the page that your withdrawal link (in the email you received) opens.',
  'confirmed.held': 'It will appear on the letter once the organizers have checked it; the letter’s ledger records it then.',
  'confirmed.see': 'See the letter and its signatories',

  'withdraw.title': 'Withdraw your signature',
  'withdraw.doneHeading': 'Your signature is withdrawn',
  'withdraw.heading': 'Withdraw your signature',
  'withdraw.from': 'From <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Once withdrawn, it is removed from the public list, the counts and every download.',
  'withdraw.submit': 'Withdraw my signature',
  'withdraw.storedHeading': 'What we store about you',
  'withdraw.name': 'Name',
  'withdraw.titleField': 'Title',
  'withdraw.parliament': 'Parliament',
  'withdraw.party': 'Party',
  'withdraw.organization': 'Organization',
  'withdraw.website': 'Website',
  'withdraw.country': 'Country',
  'withdraw.email': 'Email',
  'withdraw.emailStored': '{email} (encrypted; never published)',
  'withdraw.erased': 'erased',
  'withdraw.shownAs': 'Shown as',
  'withdraw.signed': 'Signed',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; confirmed {confirmed}',
  'withdraw.publicList': 'Public list',
  'withdraw.publication':
    '{state, select, held {not on the list: it waits for the organizers to check it} batched {confirmed; it joins the list with the next batch of signatures (published together, so nobody can tell when you signed)} published {on the list} other {counted; your name is listed once enough signatories from your country have signed, or at the letter’s launch}}',
  'withdraw.receipt': 'Ledger receipt',
  'withdraw.receiptText': 'entry {position, number}, hash <code>{hash}</code>. To check at any time that you are still on the list (and, if not, who removed you):',
  'withdraw.invitation': 'Invitation',
  'withdraw.invitationText':
    '{accepted, select, yes {the organizers invited {email} (encrypted) on {date}, and you signed through it, with: {details}.} other {the organizers invited {email} (encrypted) on {date}, with: {details}.}} Withdrawing or erasing ends the invitation and erases this too.',
  'withdraw.network': 'Network address',
  'withdraw.networkFingerprint': 'not stored; only a keyed hash of it, to detect floods of fake signatures',
  'withdraw.networkNone': 'not stored',
  'withdraw.eraseText': 'You can erase all of it, now: the signature disappears from the list and the counts, and nothing about you is kept.',
  'withdraw.erase': 'Erase everything about me',

  'withdrawn.title': 'Signature withdrawn',
  'withdrawn.heading': 'Your signature is withdrawn',
  'withdrawn.effect': 'It no longer appears on the letter or counts towards it.',
  'withdrawn.proof':
    'The letter’s ledger records the withdrawal with a proof made from your withdrawal link, which nobody else holds: with your receipt and that link, the verifier shows the withdrawal was yours (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), and that a withdrawal anyone else recorded was not.',

  'erased.title': 'Erased',
  'erased.heading': 'Erased',
  'erased.text': 'Your signature and everything stored with it are gone.',

  'reconsent.title': 'The letter has changed',
  'reconsent.doneHeading': 'You have consented to the current text',
  'reconsent.heading': 'The letter you signed has changed',
  'reconsent.versions': '<letter>{title}</letter>: you signed version {signed, number}; the text is now version {current, number}.',
  'reconsent.version': 'Version {version, number}',
  'reconsent.editorial': 'Version {version, number} (editorial correction)',
  'reconsent.submit': 'I sign the new text',
  'reconsent.otherwise': 'If you do not, your signature stays on the list as given to version {signed, number}.',
  'reconsented.title': 'Thank you',
  'reconsented.heading': 'Thank you: you have signed version {version, number}',
  'reconsented.receipt': 'Your new receipt: entry <strong>{position, number}</strong> of the letter’s ledger, hash <code>{hash}</code>.',
  'reconsented.check': 'To check it:',

  'diff.field': '{field, select, title {Title} addressee {Addressed to} summary {Summary} body {Text} language {Language} other {{field}}}',

  'embed.signatories': '{n, plural, one {signatory} other {signatories}}',
  'embed.readAndSign': 'Read and sign',
  'embed.read': 'Read the letter',

  'invitation.founding': 'Founding round: by invitation',
  'invitation.badge': 'Invitation to sign',
  'invitation.usedHeading': 'This invitation has already been used',
  'invitation.used': 'It was used to sign this letter, and an invitation signs once: the signature made with it stands as it was given. Nothing more can be done with this link.',
  'invitation.signAs': 'Sign as {name}',
  'invitation.hint': 'The organizers invited this address; signing here needs no further confirmation, and your signature is marked as verified. Correct anything that is wrong.',
  'invitation.submit': 'Sign the letter',
  'invitation.closedOn': 'This letter closed on {date} and takes no more signatures.',
  'invitation.notOpen': 'This letter is not taking signatures.',

  'error.heading':
    '{status, number} · {status, select, 400 {Bad request} 403 {Forbidden} 404 {Not found} 405 {Not allowed} 409 {Conflict} 410 {Gone} 413 {Too large} 415 {Unsupported type} 429 {Too many requests} 503 {Unavailable} other {Error}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {There is no such letter, or it is not public.} NOT_FOUND {There is nothing at this address.} TOKEN_UNKNOWN {This link is not valid. Check that it was copied whole from the email.} TOKEN_EXPIRED {This link has expired. Sign the letter again to get a new one.} LETTER_CLOSED {This letter is closed and takes no more signatures.} ALREADY_SIGNED {This address has already signed this letter, with other details, which stand. To change them, withdraw that signature and sign again.} SIGNATURE_WITHDRAWN {This signature was withdrawn; sign the letter again to add it back.} SIGNATURE_NOT_ACTIVE {This signature is not active; sign the letter again instead.} RATE_LIMITED {Too many attempts from here: please wait a little and try again.} CROSS_ORIGIN {This form was sent from another site, so it was refused. Open the page again and send it from there.} DATABASE_UNAVAILABLE {The service is not available right now; please try again shortly.} INTERNAL_ERROR {Something went wrong on our side; it has been logged.} other {The request could not be completed ({code}).}}',

  'mail.footerSigner':
    'Sent by {siteName} because this address was given to sign an open letter. Your email address is never published. If it was not you, ignore this message, or withdraw the signature with the link above.',
  'mail.footerSigned': 'Sent by {siteName} because this address was given to sign an open letter. Your email address is never published.',
  'mail.footerReconsent': 'Sent by {siteName} because you signed this letter. Your email address is never published.',
  // Why the reader got the mail, by its kind; {organizers}: the owners' public names, {named}: whether any set one.
  'mail.footer.invitation':
    'You received this because {named, select, yes {{organizers}} other {the organizers of “{title}”}} invited this address to sign the letter, through {siteName}. Nothing is signed unless you sign; your email address is never published.',
  'mail.footer.delivery':
    'You received this because this address is one of the addressees of the open letter “{title}”, sent through {siteName} by {named, select, yes {{organizers}} other {the organizers of “{title}”}} on behalf of its signatories. Its public page lists the addressees by name, never by address.',
  'mail.orOpen': 'Or open this link:',
  'mail.readLetter': 'Read the letter',
  'mail.theLetter': 'The letter: {url}',

  'mail.confirm.subject': 'Confirm your signature: {title}',
  'mail.confirm.thanks': 'Thank you for signing <strong>{title}</strong>, addressed to {addressee}.',
  'mail.confirm.counts': 'Your signature counts once you confirm that this address is yours. Confirming publishes this:',
  'mail.confirm.careful': 'If this is not what you gave, do not confirm: nothing is published without this link.',
  'mail.confirm.button': 'Confirm my signature',
  'mail.confirm.valid': 'It is valid for 7 days.',
  'mail.confirm.openToConfirm': 'To confirm, open this link (valid for 7 days):',
  'mail.confirm.changedMind': 'Changed your mind? <withdraw>Withdraw your signature</withdraw>, now or later.',
  'mail.confirm.changedMindText': 'Changed your mind? Withdraw your signature, now or later:',

  'mail.already.subject': 'You have already signed: {title}',
  'mail.already.again': 'Someone, probably you, tried to sign <strong>{title}</strong> again with this address.',
  'mail.already.stands': 'You have already signed it, and your signature stands; nothing has changed.',
  'mail.already.withdraw': 'To take your signature back: <withdraw>withdraw it</withdraw>.',
  'mail.already.withdrawText': 'To take your signature back, open:',

  'mail.reconsent.subject': 'The letter you signed has changed: {title}',
  'mail.reconsent.changed': 'The organizers of <strong>{title}</strong> have changed its text since you signed version {from, number}: it is now version {to, number}.',
  'mail.reconsent.shown': 'Your signature is shown as given to the earlier text until you consent to the new one.',
  'mail.reconsent.see': '<versions>See exactly what changed</versions>.',
  'mail.reconsent.seeText': 'See exactly what changed:',
  'mail.reconsent.button': 'Review and sign the new text',
  'mail.reconsent.withdraw': 'If you no longer support the letter, <withdraw>withdraw your signature</withdraw>.',
  'mail.reconsent.withdrawText': 'If you no longer support the letter, withdraw your signature:',

  // A moderator rejected the signature (a hidden one is never told).
  'mail.rejected.subject': 'Your signature was not accepted: {title}',
  'mail.rejected.decided': 'The organizers of <strong>{title}</strong> reviewed your signature, as {name}, and did not accept it.',
  'mail.rejected.effect': 'It is not shown on the letter’s list and is not counted.',
  'mail.rejected.data': 'What is stored about your signature, and how to erase it: <withdraw>your signature’s page</withdraw>.',
  'mail.rejected.dataText': 'What is stored about your signature, and how to erase it:',

  'mail.invitation.subject': 'Invitation to sign: {title}',
  'mail.invitation.dear': 'Dear {name},',
  'mail.invitation.invited':
    '{founding, select, yes {You are invited to sign <strong>{title}</strong>, an open letter addressed to {addressee}, as one of its founding signatories before it opens to the public.} other {You are invited to sign <strong>{title}</strong>, an open letter addressed to {addressee}.}}',
  'mail.invitation.button': 'Read the letter and sign',
  'mail.invitation.from': '{named, select, yes {The invitation is from {organizers}.} other {The invitation is from the organizers of the letter.}}',
  'mail.invitation.personal': 'The link is personal to you and valid for 30 days. Signing through it needs no further confirmation, and your signature is marked as verified.',

  'mail.delivery.to': 'To {name},',
  'mail.delivery.from':
    '{named, select, yes {This letter is sent to you by {organizers}, on behalf of its signatories.} other {This letter is sent to you by its organizers, on behalf of its signatories.}}',
  'mail.delivery.attached': 'The letter and the full list of its signatories ({summary}) are attached as a PDF, and published at {url}.',

  // News of the letter for the signers who asked for it (updates/): the sign form's box, the mail, its unsubscribe page, the letter page's section.
  'sign.news': 'Send me news of this letter (at most {n, plural, one {once} other {# times}} a month)',
  'sign.newsHint': 'Optional. Each message has a link to stop them; your signature stays.',
  'mail.update.subject': 'News of “{title}”: {update}',
  'mail.update.news': 'News from the organizers of <strong>{title}</strong>, which you signed:',
  'mail.update.unsubscribe': 'You get at most {n, plural, one {one such message} other {# such messages}} a month. <unsubscribe>Unsubscribe</unsubscribe> in one click; your signature stays.',
  'mail.update.unsubscribeText': 'You get at most {n, plural, one {one such message} other {# such messages}} a month. To unsubscribe (your signature stays), open:',
  'mail.footer.update': 'You received this because you asked for news of “{title}” when you signed it, through {siteName}. Your email address is never published.',
  'unsubscribe.title': 'News of this letter',
  'unsubscribe.heading': 'Stop the news of this letter?',
  'unsubscribe.doneHeading': 'No more news of this letter',
  'unsubscribe.about': 'The organizers of <letter>{title}</letter> send its signers who asked for it news of the letter.',
  'unsubscribe.effect': 'You will receive no more of it. Your signature stays on the letter as it is.',
  'unsubscribe.done': 'You will receive no more news of <letter>{title}</letter>. Your signature stays on the letter as it is.',
  'unsubscribe.submit': 'Unsubscribe',
  'updates.heading': 'News from the organizers',
  'updates.sent': 'Sent {date}',
  'withdraw.news': 'News of the letter',
  'withdraw.newsState': '{news, select, yes {you asked for it: it comes to your address until you unsubscribe or withdraw} other {none}}',

  'pdf.signatories': 'Signatories',
  'pdf.legend':
    '✓ verified: the signer wrote from the institution’s email domain (named: “writes from @domain”), was invited by the organizers, or was approved by them. Every signature was confirmed by its signer by email. Titles and affiliations are for identification only.',
  'pdf.unlisted': '{n, plural, one {# further signatory is counted but, at their request, not named.} other {# further signatories are counted but, at their request, not named.}}',
  'pdf.withheld':
    '{n, plural, one {# more is counted whose name is not yet published, for their safety} other {# more are counted whose names are not yet published, for their safety}} (the letter publishes a country’s names once enough people from it have signed, or all names at its launch).',
  'pdf.version': '{url} · version {version, number} of the text · generated {date}',
  'pdf.ledger': 'Signatory ledger: {n, plural, one {# entry} other {# entries}}, head <code>{head}</code>, Merkle root <code>{root}</code>, signed with the instance’s key <code>{key}</code>.',
  'pdf.witnessed': '{count, plural, one {# witness} other {# witnesses}} cosigned its first {size, plural, one {# entry} other {# entries}}.',
  'pdf.check': 'Anyone can check that the list has changed only by recorded events since:',
  'pdf.page': '{title} · page {page} of {pages}',
  'pdf.translationOf': 'Translation ({language}) of the original in {original}; the original is authoritative.',
  'pdf.original': 'Original',
  'pdf.translation': 'Translation',

  // --- replies-public ---
  // The letter page's addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Addressees',
  'addressees.intro':
    'The letter was sent to each of these addressees by email. They are named here, never their addresses; one who has not answered within {days, plural, one {# day} other {# days}} of being sent it is shown as “no reply”.',
  'addressees.ungrouped': 'Other addressees',
  'addressees.summary': '{hasGroup, select, yes {{group}: {counts}} other {{counts}}}',
  // One state's count in a group's summary (awaiting: sent or being sent, in the PDF).
  'addressees.count':
    '{state, select, replied {{n, number} replied} bounced {{n, number} bounced} noReply {{n, number} no reply after {days, plural, one {# day} other {# days}}} sent {{n, number} sent} awaiting {{n, number} awaiting a reply} other {{n, number} being sent}}',
  'addressees.col.name': 'Name',
  'addressees.col.state': 'State',
  'addressees.state':
    '{state, select, replied {<reply>Replied on {date}</reply>} bounced {Bounced} noReply {No reply after {days, plural, one {# day} other {# days}}} sent {Sent on {date}} other {Being sent}}',
  // The addressees' published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Replies',
  'replies.received': 'Received {date}',
  'replies.mark': '{mark, select, dkim {DKIM-verified for {domain}} organizer {Recorded by the organizers} other {Received by email, not verified}}',
  'replies.documents': '{n, plural, one {# document} other {# documents}}',
  'replies.read': 'Read the reply',
  'reply.title': 'Reply from {addressee} · {title}',
  'reply.heading': 'Reply from {addressee}',
  'reply.inAnswer': 'To the open letter <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {The message was signed by the mail servers of {domain} (DKIM), and that domain matches the addressee’s address: it came from their mail system, unaltered.} organizer {The organizers received this reply otherwise than by email to this site (by post, for instance) and recorded it as written.} other {The message came by email without a valid signature of the addressee’s domain: who sent it could not be verified.}}',
  'reply.documents': 'Documents',
  'reply.document': 'Document {position, number}: {type}, {size}',
  'reply.ledger': 'This reply is recorded in the letter’s public, tamper-evident ledger, with the fingerprints (SHA-256) of its text and its documents: <verify>how to check the ledger</verify>.',
  'pdf.replies': 'Replies',
  'pdf.replyUrl': 'Online: {url}',
} as const;
