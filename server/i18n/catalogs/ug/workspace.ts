import type { WorkspaceCatalog } from '../en/site-type.js';

/** Uyghur: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role terms: owner ئىگە, editor مۇھەررىر, moderator تەكشۈرگۈچى (one who reviews/moderates), viewer كۆرگۈچى
  'ws.role': '{role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {{role}}}',
  // review: legislator rendered as پارلامېنت ئەزاسى (member of parliament), the general term
  'ws.kind': '{kind, select, legislator {پارلامېنت ئەزاسى} organization {تەشكىلات} individual {شەخس} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {كۈتۈۋاتقان} confirmed {جەزملەشتۈرۈلگەن} withdrawn {قايتۇرۇۋېلىنغان} fraudulent {ساختا} other {{status}}}',
  // review: shadow (hidden from the public list without telling the signer) rendered as يوشۇرۇن چەكلەنگەن
  'ws.moderation': '{state, select, none {يوق} pending {كۈتۈۋاتقان} approved {ئېلان قىلىنغان} rejected {رەت قىلىنغان} shadow {يوشۇرۇلغان} other {{state}}}',
  // review: internet domain rendered as the loanword دومېن
  'ws.verification': '{by, select, domain {دومېن} invited {تەكلىپ قىلىنغان} approved {تەستىقلانغان} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {دومېن} invited {تەكلىپ قىلىنغان} approved {تەستىقلانغان} other {{by}}}: {domain}',
  // review: Hide rendered as يوشۇرۇش (to hide), as in ws.address.hidden; the older يوشۇرۇن چەكلەش (shadow) stays in ws.moderation
  'ws.decision': '{decision, select, approve {ئېلان قىلىش} reject {رەت قىلىش (ئىمزا قويغۇچىغا خەۋەر قىلىنىدۇ)} shadow {يوشۇرۇش (ئىمزا قويغۇچىغا ئېلخەت ئەۋەتىلمەيدۇ)} other {{decision}}}',

  // Uyghur nouns stay singular after a numeral, so one and other read the same.
  'ws.stats.legislators': '{countries, plural, one {# دۆلەتتىن} other {# دۆلەتتىن}} {count, plural, one {# پارلامېنت ئەزاسى} other {# پارلامېنت ئەزاسى}}',
  'ws.stats.organizations': '{count, plural, one {# تەشكىلات} other {# تەشكىلات}}',
  'ws.stats.individuals': '{count, plural, one {# شەخس} other {# شەخس}}',
  'ws.stats.none': 'تېخى ئىمزا يوق',

  // review: the back arrow is mirrored (→) for a right-to-left interface
  'ws.backToLetters': '→ خەتلىرىڭىز',
  'ws.signedInAs': '{email} سالاھىيىتىدە كىردىڭىز.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  // review: slug (the letter’s web address, /slug) rendered as ئادرېس, as in SLUG_TAKEN; closesAt rendered as تاقىلىش ۋاقتى; label (an API token’s label) as خەتكۈچ, as in ws.account.label
  'ws.fieldName':
    '{field, select, title {ماۋزۇ} addressee {خەت يوللانغان تەرەپ} summary {قىسقىچە مەزمۇن} language {تىل} body {تېكىست} slug {ئادرېس} closesAt {تاقىلىش ۋاقتى} email {ئېلخەت} role {رول} label {خەتكۈچ} origins {تور بېكەتلەر} goal {نىشان قىلىنغان ئىمزا سانى} signerKinds {كىملەر ئىمزا قويالايدۇ} moderatedKinds {تەكشۈرۈش ئۈچۈن توختىتىلىدىغانلار} group {گۇرۇپپا} csv {تىزىملىك} name {ئىسىم} kind {تۈرى} country {دۆلەت} parliament {پارلامېنت} party {پارتىيە} organization {تەشكىلات} website {تور بېكەت} recipientId {ئەۋەتكۈچى} receivedOn {چېسلا} text {جاۋاب} file {ھۆججەتلەر} replyWaitDays {«جاۋاب يوق» دېيىلىشتىن بۇرۇنقى كۈن سانى} other {بۇ تۈر}}',
  // review: CSV column rendered as ئىستون; founding round as قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچى (as in ws.note.status); held signatures as توختىتىلغان ئىمزالار (as in ws.col.heldBecause)
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: بۇ تۈرنى تولدۇرۇش زۆرۈر.} tooLong {{field}: بەك ئۇزۇن.} email {{field}: بۇ ئېلخەت ئادرېسى ئەمەس.} website {{field}: بۇ تور ئادرېسى ئەمەس.} noLink {{field}: بۇ يەردە تور ئادرېسى قوبۇل قىلىنمايدۇ.} noLetter {{field}: بۇنىڭدا كەم دېگەندە بىر ھەرپ ياكى رەقەم بولۇشى كېرەك.} choose {{field}: تاللانمىلارنىڭ بىرىنى تاللاڭ.} languageTag {{field}: بۇ تىل كودى ئەمەس (مەسىلەن: ug، en ياكى zh-Hant).} future {{field}: بۇ كەلگۈسىدىكى بىر ۋاقىت بولۇشى كېرەك.} ownLanguage {{field}: بۇ خەتنىڭ ئۆز تىلى؛ ئۇنىڭ ئورنىغا خەتنىڭ ئۆزىنى تەھرىرلەڭ.} date {{field}: بۇ چېسلا ئەمەس.} notFuture {{field}: بۇ كەلگۈسىدىكى ۋاقىت بولسا بولمايدۇ.} unknownAddressee {{field}: خەتنىڭ قوبۇل قىلغۇچىلىرىنىڭ بىرىنى تاللاڭ.} tooMany {{field}: بىر جاۋابقا ئەڭ كۆپ بولغاندا بەش ھۆججەت قوشۇشقا بولىدۇ.} days {{field}: بۇ 1 دىن 365 كىچە بولغان پۈتۈن كۈن سانى بولۇشى كېرەك.} other {{field}: بۇ ئىناۋەتسىز؛ يازغانلىرىڭىزنى تەكشۈرۈپ بېقىڭ.}}} KIND_NOT_ACCEPTED {بۇ خەت بۇ تۈردىكى كىشىلەرنىڭ ئىمزاسىنى قوبۇل قىلمايدۇ.} DUPLICATE {ئوخشاش ئادرېس بۇ تىزىملىكنىڭ ئالدىنقى قىسمىدا ئاللىقاچان بار.} INVALID_CSV {{reason, select, columns {نامەلۇم ئىستونلار: {columns}. بىرىنچى قۇر ئىستونلارنىڭ نامىنى بېرىدۇ؛ ئىشلىتىشكە بولىدىغانلىرى: {expected}.} tooMany {بىر قېتىمدا ئەڭ كۆپ بولغاندا {max, number} كىشىنى تەكلىپ قىلغىلى بولىدۇ.} other {تىزىملىكنى CSV سۈپىتىدە ئوقۇغىلى بولمىدى.}}} NOT_TAKING_SIGNATURES {تەكلىپنامىلەر پەقەت خەت قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىدا ياكى ئوچۇق ھالەتتە بولغاندىلا ئەۋەتىلىدۇ.} LETTER_CLOSED {بۇ خەت تاقالدى، شۇڭا ئۇنىڭ توختىتىلغان ئىمزالىرى قوشۇلمايدۇ.} ALREADY_PUBLISHED {پەقەت ئارگىناللا قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىنى باشلىيالايدۇ.} NO_RECIPIENTS {خەتنى ئەۋەتىشتىن بۇرۇن قوبۇل قىلغۇچىلارنى قوشۇڭ.} NOT_PUBLISHED {بۇ خەت تېخى ئاشكارىلانمىدى: ئاۋۋال ئۇنى ئېلان قىلىڭ.} SLUG_TAKEN {باشقا بىر خەت بۇ ئادرېسنى ئاللىقاچان ئىشلىتىۋاتىدۇ.} SLUG_FROZEN {ئېلان قىلىنغان خەتنىڭ ئادرېسىنى ئۆزگەرتكىلى بولمايدۇ.} CLOSING_TIME_PASSED {خەتنى ئېچىشتىن بۇرۇن كەلگۈسىدىكى بىر تاقىلىش ۋاقتىنى بەلگىلەڭ.} LAST_OWNER {ھەر بىر خەتنىڭ كەم دېگەندە بىر ئىگىسى بولۇشى كېرەك: ئاۋۋال باشقا بىرىنى ئىگە قىلىڭ.} ORGANIZER_NOT_FOUND {بۇ خەتنىڭ تەشكىللىگۈچىلىرى ئارىسىدا بۇ ئادرېسلىق ھېچكىم يوق.} SIGNATURE_NOT_FOUND {بۇ ئىمزا ئەمدى مەۋجۇت ئەمەس.} UNSUPPORTED_FILE {{field}: ھەر بىر ھۆججەت PDF ياكى رەسىم (PNG، JPEG، GIF ياكى WebP) بولۇشى كېرەك.} FILE_TOO_LARGE {{field}: ھەر بىر ھۆججەت ئەڭ چوڭ بولغاندا 10 MB بولالايدۇ.} REPLY_NOT_QUEUED {بۇ جاۋاب ئاللىقاچان ئېلان قىلىنغان ياكى چەتكە قويۇلغان.} other {بۇنى ئورۇنداشقا بولمىدى ({code}).}}',

  'ws.letters.title': 'خەتلىرىڭىز',
  'ws.letters.intro': '{email} سالاھىيىتىدە كىردىڭىز. خەتلىرىڭىزگە ئائىت بارلىق مەشغۇلاتلارنى ئۆز ئىچىگە ئالغان تولۇق API نىڭ چۈشەندۈرۈشى <docs>/docs</docs> دا.',
  'ws.letters.new': 'يېڭى خەت',
  // review: sessions rendered as كىرگەن ئۈسكۈنىلەر (signed-in devices); token as the loanword توكېن
  'ws.letters.account': 'كىرگەن ئۈسكۈنىلىرىڭىز ۋە API توكېنلىرىڭىز',
  'ws.letters.meta': '{summary} · {version, number}-نەشرى · /{slug}',
  'ws.letters.none': 'سىز تېخى ھېچقانداق خەت تەشكىللىمىدىڭىز.',

  'ws.new.title': 'يېڭى خەت',
  // review: draft rendered as ئارگىنال (as in mail clients)
  'ws.new.save': 'ئارگىنالنى ساقلاش',

  'ws.field.title': 'ماۋزۇ',
  'ws.field.addressee': 'خەت يوللانغان تەرەپ',
  'ws.field.summary': 'قىسقىچە مەزمۇن',
  'ws.field.summaryHint': '(ئالدىن كۆرۈش ئۈچۈن بىر-ئىككى جۈملە؛ ئىختىيارىي)',
  'ws.field.language': 'تىل',
  'ws.field.languageHint': '(مەسىلەن: ug، en، zh-Hant)',
  'ws.field.body': 'تېكىست',
  'ws.field.bodyHint': '(Markdown: *تەكىتلەش*، **قويۇق**، تىزىملىك، [ئۇلىنىش](https://…))',

  'ws.workspace.pageTitle': 'تەشكىللەش: {title}',
  'ws.workspace.notPublic': 'تېخى ئاشكارىلانمىغان',
  'ws.workspace.publicPage': 'ئاممىۋى بەت',
  'ws.workspace.publish': 'ئېلان قىلىش',
  'ws.workspace.founding': 'پەقەت تەكلىپ قىلىنغانلارغىلا ئېچىش',
  'ws.workspace.openToAll': 'ھەممەيلەنگە ئېچىش',
  'ws.workspace.close': 'تاقاش',
  'ws.workspace.reopen': 'قايتا ئېچىش',
  'ws.workspace.export': '{addresses, select, yes {بارلىق ئىمزالارنى چىقىرىش (CSV، ئادرېسلار بىلەن)} other {بارلىق ئىمزالارنى چىقىرىش (CSV)}}',
  'ws.workspace.text': 'تېكىست',
  'ws.workspace.editorial': 'تەھرىرلىك تۈزىتىش (ئىملا خاتالىقى): ئىمزا قويغۇچىلاردىن قايتا ماقۇللۇق سورالمايدۇ',
  'ws.workspace.preview': 'ئالدىن كۆرۈش',
  'ws.workspace.save': 'ساقلاش',

  'ws.queue.heading': 'تەكشۈرۈش ئۆچىرىتى ({count, number})',
  'ws.queue.sharedMail': '(ئورتاق ئېلخەت مۇلازىمىتى: ئۇنىڭدا ھەر قانداق كىشىنىڭ ئادرېسى بولۇشى مۇمكىن)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {بۇ خەتتە پارلامېنت ئەزالىرى تەكشۈرۈلىدۇ} organization {بۇ خەتتە تەشكىلاتلار تەكشۈرۈلىدۇ} individual {بۇ خەتتە شەخسلەر تەكشۈرۈلىدۇ} other {{kind}: بۇ خەتتە تەكشۈرۈلىدۇ}}',
  // review: written by the maintainer, not a translator
  'ws.queue.lookalike': '{same, select, yes {ئېلان قىلىنغان ئىمزا بىلەن ئوخشاش ئىسىم: {name}} other {ئېلان قىلىنغان ئىسىمغا ئوخشايدۇ: {name}}}',
  'ws.queue.empty': 'قارار كۈتۈۋاتقان ھېچنەرسە يوق.',

  'ws.col.name': 'ئىسىم',
  'ws.col.affiliation': 'تەۋە ئورنى',
  'ws.col.websiteDomain': 'تور بېكەت دومېنى',
  'ws.col.mailDomain': 'ئېلخەت دومېنى',
  'ws.col.email': 'ئېلخەت',
  'ws.col.verified': 'دەلىللەنگەن',
  'ws.col.heldBecause': 'توختىتىلىش سەۋەبى',
  'ws.col.decision': 'قارار',
  'ws.col.kind': 'تۈرى',
  'ws.col.country': 'دۆلەت',
  'ws.col.status': 'ھالىتى',
  'ws.col.moderation': 'تەكشۈرۈش',
  'ws.col.role': 'رولى',
  'ws.col.since': 'باشلانغان ۋاقتى',
  'ws.col.browser': 'توركۆرگۈ',
  'ws.col.lastSeen': 'ئاخىرقى قېتىم كۆرۈلگەن',
  'ws.col.action': 'مەشغۇلات',
  'ws.col.label': 'خەتكۈچ',
  'ws.col.created': 'قۇرۇلغان ۋاقتى',
  'ws.col.lastUsed': 'ئاخىرقى قېتىم ئىشلىتىلگەن',

  'ws.invite.heading': 'ئىمزا قويغۇچىلارنى تەكلىپ قىلىش',
  'ws.invite.result': '{invited, number} كىشى تەكلىپ قىلىندى؛ {already, number} كىشى ئىلگىرى تەكلىپ قىلىنغان.',
  'ws.invite.lineError': '{line, number}-قۇر: {reason}',
  'ws.invite.csvLabel': 'ماۋزۇ قۇرى بار CSV:',
  'ws.invite.send': 'تەكلىپنامىلەرنى ئەۋەتىش',

  'ws.team.heading': 'تەشكىللىگۈچىلەر',
  'ws.team.yourRole': 'رولىڭىز: {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {{role}}}.',
  'ws.team.email': 'ئېلخەت',
  'ws.team.role': 'رول',
  'ws.team.set': 'قوشۇش ياكى ئۆزگەرتىش',
  'ws.team.remove': 'چىقىرىۋېتىش',

  'ws.signatures.heading': 'ئىمزالار',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {خەت ئىگىلىرى ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى ھەمكار تەشكىللىگۈچىلەردىن يوشۇرىدۇ: سىز ھەر بىر ئادرېسنىڭ دومېنىنىلا كۆرەلەيسىز.} other {خەت ئىگىلىرى ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى ھەمكار تەشكىللىگۈچىلەردىن يوشۇرىدۇ.}}',
  'ws.addresses.audited': 'ئىمزا قويغۇچىلارنىڭ ئادرېسلىرى ھەر قېتىم كۆرۈلگەندە (بۇ يەردە، API ئارقىلىق ياكى چىقىرىلغاندا) خەتنىڭ تەپتىش خاتىرىسىگە يېزىلىدۇ.',
  'ws.addresses.toggle': 'ھەمكار تەشكىللىگۈچىلەر (مۇھەررىرلەر، تەكشۈرگۈچىلەر، كۆرگۈچىلەر) ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرەلەيدۇ؛ بولمىسا، تەكشۈرگۈچىلەر پەقەت دومېننىلا كۆرىدۇ',
  'ws.address.hidden': 'يوشۇرۇلغان',
  'ws.address.hiddenDomain': 'يوشۇرۇلغان (…@{domain})',

  'ws.filter.status': 'ھالىتى',
  'ws.filter.all': 'ھەممىسى',
  'ws.filter.search': 'ئىزدەش',
  'ws.filter.submit': 'سۈزۈش',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  // review: goal rendered as نىشان (target), as in نىشانغا يەتتى (reached the goal)
  'ws.goal.heading': 'نىشان',
  // review: intro phrased “the number of signatures you want to collect; all kinds or only one kind will do”; owners and editors “are sent an email”; please check it reads naturally
  'ws.goal.intro':
    'توپلىماقچى بولغان ئىمزا سانى، ھەممە تۈردىكى ئىمزا ياكى بىرلا تۈردىكى ئىمزا بولسا بولىدۇ («100 پارلامېنت ئەزاسى»): خەتنىڭ بېتىدە قانچىلىك ئىلگىرىلىگەنلىكى كۆرسىتىلىدۇ، نىشانغا يەتكەندە خەتنىڭ ئىگىلىرى ۋە مۇھەررىرلىرىگە ئېلخەت ئەۋەتىلىدۇ.',
  'ws.goal.count': 'نىشان قىلىنغان ئىمزا سانى',
  'ws.goal.kind': 'قايسى ئىمزالار ھېسابلىنىدۇ',
  'ws.goal.any': 'بارلىق ئىمزالار',
  'ws.goal.save': 'نىشاننى ساقلاش',
  'ws.goal.reached': 'نىشانغا يەتكەن ۋاقتى: {date}',

  // The sign widget partner sites embed (workspace).
  // review: widget rendered as ئىمزا قويۇش جەدۋىلى (the signing form), since the widget is the embedded sign form; partner as ھەمكار
  'ws.widget.heading': 'ھەمكار تور بېكەتلەر ئۈچۈن ئىمزا قويۇش جەدۋىلى',
  'ws.widget.intro':
    'ھەمكار تور بېكەتلەر بۇ خەتنىڭ ئىمزا قويۇش جەدۋىلىنى ئۆز بەتلىرىدە كۆرسىتەلەيدۇ. ئۇنى كۆرسىتىشكە رۇخسەت قىلىنغان تور بېكەتلەرنى ھەر قۇرغا بىردىن يېزىڭ، ئاندىن ھەر بىر ھەمكارغا ئۆزىگە خاس بىر كود بېرىڭ: ھەر بىر ھەمكار ئارقىلىق قانچە كىشىنىڭ ئىمزا قويغانلىقىنى كۆرەلەيسىز، ئەمما ئۇلارنىڭ كىملىكى توغرۇلۇق ھېچنەرسە كۆرەلمەيسىز.',
  'ws.widget.origins': 'جەدۋەلنى كۆرسىتىشكە رۇخسەت قىلىنغان تور بېكەتلەر (مەسىلەن: https://partner.example)',
  'ws.widget.saveOrigins': 'تور بېكەتلەرنى ساقلاش',
  'ws.widget.partner': 'ھەمكار',
  'ws.widget.signatures': 'ئىمزالار',
  'ws.widget.snippet': 'ھەمكارنىڭ بېتىگە چاپلايدىغان كود',
  'ws.widget.none': 'تېخى ھەمكار يوق.',
  'ws.widget.addPartner': 'ھەمكار قوشۇش',

  'ws.note.draftSaved': 'ئارگىنال ساقلاندى',
  'ws.note.saved': 'ساقلاندى',
  'ws.note.status':
    '{status, select, draft {خەت ئارگىنال ھالىتىدە} founding {خەت پەقەت تەكلىپ قىلىنغانلارغىلا ئوچۇق} open {خەت ئوچۇق: ھەر قانداق كىشى ئىمزا قويالايدۇ} closed {خەت تاقالدى: ھېچكىم ئىمزا قويالمايدۇ} other {خەتنىڭ ھالىتى: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {ئىمزا ئېلان قىلىندى} reject {ئىمزا رەت قىلىندى؛ ئىمزا قويغۇچىغا خەۋەر قىلىنىدۇ} shadow {ئىمزا يوشۇرۇلدى؛ ئىمزا قويغۇچىغا خەۋەر قىلىنمايدۇ} other {قارار خاتىرىلەندى}}',
  'ws.note.addressesShown': 'ھەمكار تەشكىللىگۈچىلەر ئەمدى ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرەلەيدۇ',
  'ws.note.addressesHidden': 'ھەمكار تەشكىللىگۈچىلەر ئەمدى ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرەلمەيدۇ',
  'ws.note.removed': '{email} چىقىرىۋېتىلدى',
  'ws.note.goalSaved': 'نىشان ساقلاندى',
  'ws.note.widgetSaved': 'جەدۋەلنى كۆرسىتىشكە رۇخسەت قىلىنغان تور بېكەتلەر ساقلاندى',
  'ws.note.partnerAdded': 'ھەمكار قوشۇلدى',
  'ws.note.roleSet': '{email} ئەمدى {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {{role}}} بولدى',

  'ws.account.title': 'ھېساباتىڭىز',
  'ws.account.sessions': 'كىرگەن ئۈسكۈنىلەر',
  'ws.account.thisOne': '(مۇشۇ ئۈسكۈنە)',
  'ws.account.end': 'ئاخىرلاشتۇرۇش',
  'ws.account.tokens': 'API توكېنلىرى',
  'ws.account.newToken': 'يېڭى توكېنىڭىز (پەقەت ھازىرلا كۆرسىتىلىدۇ): <code>{token}</code>',
  'ws.account.revoke': 'بىكار قىلىش',
  'ws.account.label': 'خەتكۈچ',
  'ws.account.labelPlaceholder': 'نوتبۇك كومپيۇتېر، ئەكىرىش سكرىپتى…',
  'ws.account.create': 'توكېن قۇرۇش',

  'ws.login.title': 'كىرىش',
  'ws.login.intro': 'تەشكىللىگۈچىلەر ئېلخەت ئارقىلىق ئەۋەتىلگەن ئۇلىنىش بىلەن كىرىدۇ: ئوغرىلىنىدىغان ياكى ئۇنتۇلىدىغان پارول يوق.',
  'ws.login.email': 'ئېلخەت ئادرېسىڭىز',
  'ws.login.send': 'ماڭا كىرىش ئۇلىنىشى ئەۋەتىڭ',
  'ws.loginSent.title': 'ئېلخېتىڭىزنى تەكشۈرۈڭ',
  'ws.loginSent.body': 'ئەگەر بۇ ئادرېس بىرەر تەشكىللىگۈچىگە تەۋە بولسا، كىرىش ئۇلىنىشى ئەۋەتىلدى. ئۇ {minutes, plural, one {# مىنۇت} other {# مىنۇت}} ئىچىدە پەقەت بىر قېتىملا ئىشلەيدۇ.',
  'ws.loginConfirm.title': 'Undersigned سۇپىسىغا كىرىش',
  'ws.loginConfirm.button': 'كىرىش',

  'ws.versions.pageTitle': 'تارىخ: {title}',
  'ws.versions.title': '«{title}» تېكىستىنىڭ تارىخى',
  'ws.versions.intro':
    'تېكىستكە تۇنجى قېتىم ئىمزا قويۇلغاندىن بۇيانقى ھەر بىر نەشرى. تەھرىرلىك تۈزىتىشلەر (ئىملا خاتالىقلىرى) ئۈچۈن ئىمزا قويغۇچىلارنىڭ قايتا ماقۇللۇقى تەلەپ قىلىنمايدۇ؛ باشقا ئۆزگەرتىشلەردە ئىلگىرى ئىمزا قويغان ھەر بىر كىشىدىن قايتا ماقۇللۇق سورىلىدۇ.',
  'ws.versions.version': '{version, number}-نەشرى',
  'ws.versions.editorial': 'تەھرىرلىك تۈزىتىش',
  'ws.versions.first': 'دەسلەپكى تېكىست.',
  'ws.versions.back': 'خەتكە قايتىش',
  'ws.versions.translationHistory': 'تەرجىمە تارىخى: {language}',
  'ws.versions.revision': '{revision, number}-تۈزىتىش، {version, number}-نەشرنىڭ تەرجىمىسى',
  'ws.versions.current': 'ھازىرقى',
  'ws.versions.revisionOutdated': 'بۇ تۈزىتىش تېكىستنىڭ ئىلگىرىكى بىر نەشرىگە ئاساسلانغان.',
  'ws.versions.firstTranslation': 'تۇنجى تەرجىمە.',
  'ws.diff.field': '{field, select, title {ماۋزۇ} addressee {خەت يوللانغان تەرەپ} summary {قىسقىچە مەزمۇن} body {تېكىست} other {{field}}}',

  'ws.mail.hello': 'ياخشىمۇسىز،',
  'ws.mail.helloName': 'ھۆرمەتلىك {name}،',
  'ws.mail.signIn': 'كىرىش',
  'ws.mail.login.subject': 'Undersigned سۇپىسىغا كىرىش ئۇلىنىشىڭىز',
  'ws.mail.login.title': 'كىرىش',
  'ws.mail.login.asked': 'بىرەيلەن (بەلكىم سىز) Undersigned سۇپىسىغا {email} سالاھىيىتىدە كىرىشنى تەلەپ قىلدى.',
  'ws.mail.login.openLink': 'ياكى بۇ ئۇلىنىشنى ئېچىڭ: <link>{url}</link>',
  'ws.mail.login.once': 'ئۇ {minutes, plural, one {# مىنۇت} other {# مىنۇت}} ئىچىدە پەقەت بىر قېتىملا ئىشلەيدۇ. ئەگەر بۇنى سىز تەلەپ قىلمىغان بولسىڭىز، بۇ ئۇچۇرنى نەزەردىن ساقىت قىلىڭ.',
  'ws.mail.login.textLink': 'كىرىش (ئۇلىنىش {minutes, plural, one {# مىنۇت} other {# مىنۇت}} ئىچىدە پەقەت بىر قېتىملا ئىشلەيدۇ):',
  'ws.mail.login.ignore': 'ئەگەر بۇنى سىز تەلەپ قىلمىغان بولسىڭىز، بۇ ئۇچۇرنى نەزەردىن ساقىت قىلىڭ.',
  'ws.mail.added.subject': 'سىز ئەمدى مۇنۇ خەتنىڭ {role, select, owner {ئىگىسى} editor {مۇھەررىرى} moderator {تەكشۈرگۈچىسى} viewer {كۆرگۈچىسى} other {{role}}} بولدىڭىز: {title}',
  'ws.mail.added.body':
    'سىز ئەمدى Undersigned سۇپىسىدىكى <strong>{title}</strong> ناملىق ئوچۇق خەتنىڭ <strong>{role, select, owner {ئىگىسى} editor {مۇھەررىرى} moderator {تەكشۈرگۈچىسى} viewer {كۆرگۈچىسى} other {{role}}}</strong> بولدىڭىز.',
  'ws.mail.added.bodyText':
    'سىز ئەمدى Undersigned سۇپىسىدىكى «{title}» ناملىق ئوچۇق خەتنىڭ {role, select, owner {ئىگىسى} editor {مۇھەررىرى} moderator {تەكشۈرگۈچىسى} viewer {كۆرگۈچىسى} other {{role}}} بولدىڭىز.',
  'ws.mail.added.link':
    'ئۇلىنىش {minutes, plural, one {# مىنۇت} other {# مىنۇت}} ئىچىدە پەقەت بىر قېتىملا ئىشلەيدۇ؛ ئۇنىڭدىن كېيىن، كىرىش بېتىدە يېڭى ئۇلىنىش تەلەپ قىلىڭ. خەتنىڭ خىزمەت بوشلۇقى: <workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'كىرىش (ئۇلىنىش {minutes, plural, one {# مىنۇت} other {# مىنۇت}} ئىچىدە پەقەت بىر قېتىملا ئىشلەيدۇ؛ ئۇنىڭدىن كېيىن، كىرىش بېتىدە يېڭى ئۇلىنىش تەلەپ قىلىڭ):',
  'ws.mail.added.workspace': 'خەتنىڭ خىزمەت بوشلۇقى: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'نىشانغا يەتتى: {title}',
  'ws.mail.goal.body':
    '<letter>{title}</letter> ناملىق ئوچۇق خەت نىشانىغا يەتتى: {kind, select, legislator {{goal, plural, one {ئۇنىڭغا # پارلامېنت ئەزاسى ئىمزا قويدى} other {ئۇنىڭغا # پارلامېنت ئەزاسى ئىمزا قويدى}}} organization {{goal, plural, one {ئۇنىڭغا # تەشكىلات ئىمزا قويدى} other {ئۇنىڭغا # تەشكىلات ئىمزا قويدى}}} individual {{goal, plural, one {ئۇنىڭغا # شەخس ئىمزا قويدى} other {ئۇنىڭغا # شەخس ئىمزا قويدى}}} other {{goal, plural, one {ئۇنىڭغا # ئىمزا قويۇلدى} other {ئۇنىڭغا # ئىمزا قويۇلدى}}}}.',
  'ws.mail.goal.bodyText':
    '«{title}» ناملىق ئوچۇق خەت نىشانىغا يەتتى: {kind, select, legislator {{goal, plural, one {ئۇنىڭغا # پارلامېنت ئەزاسى ئىمزا قويدى} other {ئۇنىڭغا # پارلامېنت ئەزاسى ئىمزا قويدى}}} organization {{goal, plural, one {ئۇنىڭغا # تەشكىلات ئىمزا قويدى} other {ئۇنىڭغا # تەشكىلات ئىمزا قويدى}}} individual {{goal, plural, one {ئۇنىڭغا # شەخس ئىمزا قويدى} other {ئۇنىڭغا # شەخس ئىمزا قويدى}}} other {{goal, plural, one {ئۇنىڭغا # ئىمزا قويۇلدى} other {ئۇنىڭغا # ئىمزا قويۇلدى}}}}.',

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'تەڭشەكلەر ساقلاندى',
  'ws.note.translationSaved': 'تەرجىمە ساقلاندى',
  'ws.note.recipientsAdded': '{count, plural, one {# قوبۇل قىلغۇچى قوشۇلدى} other {# قوبۇل قىلغۇچى قوشۇلدى}}',
  'ws.note.deliveryQueued': '{count, plural, one {خەت # قوبۇل قىلغۇچىغا ئەۋەتىلىۋاتىدۇ} other {خەت # قوبۇل قىلغۇچىغا ئەۋەتىلىۋاتىدۇ}}',
  'ws.note.invalidated': '{count, plural, one {# ئىمزاغا ساختا دەپ بەلگە قويۇلدى} other {# ئىمزاغا ساختا دەپ بەلگە قويۇلدى}}',
  'ws.diff.added': 'قوشۇلغان:',
  'ws.diff.removed': 'ئۆچۈرۈلگەن:',
  'ws.diff.formatted': 'فورماتى ئۆزگەرگەن:',
  'ws.diff.unchanged': '{count, plural, one {… ئۆزگەرمىگەن # ئابزاس …} other {… ئۆزگەرمىگەن # ئابزاس …}}',
  // review: markup rendered as فورمات بەلگىلىرى (formatting marks)
  'ws.diff.sameReading': 'پەقەت مەنبە تېكىستتىكى فورمات بەلگىلىرىلا ئۆزگەردى: ئوقۇغاندا تېكىست ئوخشاش.',
  // review: team rendered as تەشكىللىگۈچىلەر (organizers), as in ws.team.heading; invite as تەكلىپنامىلەر, as in ws.invite.send
  'ws.section':
    '{section, select, text {تېكىست} settings {تەڭشەكلەر} translations {تەرجىمىلەر} signatures {ئىمزالار} invite {تەكلىپنامىلەر} delivery {يەتكۈزۈش} replies {جاۋابلار} updates {خەۋەرلەر} team {تەشكىللىگۈچىلەر} share {ھەمبەھىرلەش} audit {تەپتىش خاتىرىسى} other {{section}}}',
  // review: the English form with the title in Uyghur quotation marks «», as in ws.versions.title; the bare “{section}: {title}” would be identical to English
  'ws.section.pageTitle': '{section}: «{title}»',
  'ws.nav.label': 'خىزمەت بوشلۇقى',
  'ws.workspace.history': 'تېكىستنىڭ تارىخى',
  'ws.workspace.previewHeading': 'ئالدىن كۆرۈش: ئوقۇرمەنلەر كۆرىدىغان خەت (تېخى ساقلانمىدى)',
  'ws.header.label': 'ھېساباتىڭىز',
  'ws.header.letters': 'خەتلىرىڭىز',
  'ws.header.account': 'ھېسابات',
  'ws.header.signOut': 'چىقىش',
  'ws.login.signedOut': 'ھېساباتىڭىزدىن چىقتىڭىز.',
  'ws.addresses.heading': 'ئىمزا قويغۇچىلارنىڭ ئادرېسلىرى',
  'ws.confirm.cancel': 'بىكار قىلىش',
  'ws.confirm.heading':
    '{step, select, publish {خەتنى ئېلان قىلامسىز؟} openToAll {خەتنى ھەممەيلەنگە ئاچامسىز؟} founding {خەتنى پەقەت تەكلىپ قىلىنغانلارغىلا ئاچامسىز؟} close {خەتنى تاقامسىز؟} reopen {خەتنى قايتا ئاچامسىز؟} other {داۋاملاشتۇرامسىز؟}}',
  'ws.confirm.consequences':
    '{step, select, publish {خەت {url} ئادرېسىدا ئاشكارا بولىدۇ: ھەر قانداق كىشى ئۇنى ئوقۇپ ئىمزا قويالايدۇ.\nھەر بىر ئىمزا ھېسابقا ئېلىنىشتىن بۇرۇن ئېلخەت ئارقىلىق جەزملەشتۈرۈلىدۇ؛ ئىسىملار ئاشكارا تىزىملىكتە كۆرۈنىدۇ.\nتېكىستنى يەنىلا تۈزىتەلەيسىز؛ مەزمۇنغا چېتىلىدىغان ئۆزگەرتىش بولسا، ھەر بىر ئىمزا قويغۇچىدىن قايتا ماقۇللۇق سورىلىدۇ.} openToAll {خەت {url} ئادرېسىدا ئاشكارا بولىدۇ: پەقەت تەكلىپ قىلىنغانلارلا ئەمەس، ھەر قانداق كىشى ئۇنى ئوقۇپ ئىمزا قويالايدۇ.\nئىمزا قويغان تەكلىپ قىلىنغانلار تىزىملىكتە قالىدۇ ۋە ئەڭ ئالدىدا تۇرىدۇ.} founding {پەقەت سىز تەكلىپ قىلغان كىشىلەرلا ئىمزا قويالايدۇ؛ خەت ئاممىغا يوشۇرۇن تۇرىدۇ.\nكېيىن ئۇنى «ئېلان قىلىش» ئارقىلىق ھەممەيلەنگە ئاچىسىز.} close {ئەمدى ھېچكىم ئىمزا قويالمايدۇ؛ خەت ۋە ئۇنىڭ تىزىملىكى {url} ئادرېسىدا ئاشكارا تۇرىدۇ.\nكېيىن ئۇنى قايتا ئاچالايسىز.} reopen {ئىمزا قويۇش {url} ئادرېسىدا قايتا ئېچىلىدۇ.} other {بۇنى ئەسلىگە قايتۇرغىلى بولمايدۇ.}}',
  'ws.confirm.button':
    '{step, select, publish {ھازىرلا ئېلان قىلىش} openToAll {ھازىرلا ھەممەيلەنگە ئېچىش} founding {تەكلىپ قىلىنغانلارغا ئېچىش} close {خەتنى تاقاش} reopen {ھازىرلا قايتا ئېچىش} other {داۋاملاشتۇرۇش}}',
  // review: counter rendered as ئىمزا سانى كۆرسەتكۈچ (signature-count display)
  'ws.share.embedHeading': 'باشقا تور بېكەتلەر ئۈچۈن ئىمزا سانى كۆرسەتكۈچ',
  'ws.share.embedIntro': 'ئىمزا سانى ۋە خەتنىڭ ئۇلىنىشى بار كىچىك رامكا، باشقا تور بېكەتلەر ئۇنى ئۆز بەتلىرىگە چاپلىيالايدۇ.',
  'ws.team.removeHeading': '{who}نى خەتنىڭ تەشكىللىگۈچىلىرى ئارىسىدىن چىقىرىۋېتەمسىز؟',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {{role}}}) ئەمدى بۇ خىزمەت بوشلۇقىنى ئاچالمايدۇ ۋە خەتكە ئائىت ھېچقانداق مەشغۇلات قىلالمايدۇ.\nئۇنىڭ قىلغانلىرى تەپتىش خاتىرىسىدە قالىدۇ.\nكېيىن ئۇنى قايتا قوشالايسىز.',
  'ws.team.removeButton': 'چىقىرىۋېتىش',
  'ws.settings.heading': 'ئىمزا قويۇش',
  'ws.settings.closesAt': 'تاقىلىش ۋاقتى (UTC)',
  'ws.settings.closesAtHint':
    'چېسلا ۋە ۋاقىت يەرلىك ۋاقتىڭىز بويىچە ئەمەس، UTC (دۇنياۋى ماسلاشتۇرۇلغان ۋاقىت) بويىچە. ئىمزا قويۇش شۇ ۋاقىتتا توختايدۇ. تاقىلىش ۋاقتى بەلگىلىمەسلىك ئۈچۈن بوش قالدۇرۇڭ.',
  'ws.settings.signerKinds': 'كىملەر ئىمزا قويالايدۇ (كەم دېگەندە بىرى)',
  'ws.settings.moderatedKinds': 'تەكشۈرۈش ئۈچۈن توختىتىلىدىغانلار',
  'ws.settings.moderatedHint': 'بۇ تۈرلەردىكى ئىمزالار كۆرسىتىلىش ياكى ھېسابقا ئېلىنىشتىن بۇرۇن بىر تەشكىللىگۈچىنىڭ تەستىقىنى كۈتىدۇ.',
  'ws.settings.save': 'تەڭشەكلەرنى ساقلاش',
  // review: outdated rendered as كونىراپ قالغان, as in ws.translations.outdated
  'ws.translations.intro':
    'خەتنىڭ باشقا تىللاردىكى نۇسخىلىرى. ئىمزا قويغۇچىلار ئەسلى تېكىستكە ماقۇللۇق بېرىدۇ؛ ھەر بىر تەرجىمە ئۇنىڭ بىر نەشرىگە ئاساسلىنىدۇ، ئەسلى تېكىستنىڭ يېڭى نەشرى بولغاندا ئۇ «كونىراپ قالغان» دەپ بەلگىلىنىدۇ.',
  'ws.translations.none': 'تېخى تەرجىمە يوق.',
  'ws.translations.col.language': 'تىل',
  'ws.translations.col.title': 'ماۋزۇ',
  'ws.translations.col.follows': 'ئاساسلانغان نەشرى',
  'ws.translations.col.state': 'ھالىتى',
  'ws.translations.col.links': 'ئۇلىنىشلار',
  'ws.translations.follows': '{version, number}-نەشرى',
  'ws.translations.outdated': 'كونىراپ قالغان: خەت ھازىر {version, number}-نەشرى',
  'ws.translations.upToDate': 'ئەڭ يېڭى',
  'ws.translations.edit': 'تەھرىرلەش',
  'ws.translations.read': 'ئاممىۋى تېكىست',
  'ws.translations.formHeading': 'تەرجىمە قوشۇش ياكى يېڭىلاش',
  'ws.translations.formIntro':
    'تەرجىمىسى بار تىلنى ساقلىسىڭىز، يېڭىسى ئۇنىڭ ئورنىنى ئالىدۇ (ئىلگىرىكى تېكىستلەر ئاممىۋى تارىختا قالىدۇ). ساقلانغان تەرجىمە ھازىرقى نەشرى، يەنى {version, number}-نەشرىگە ئاساسلىنىدۇ.',
  'ws.translations.language': 'تىل',
  'ws.translations.chooseLanguage': 'تىل تاللاڭ',
  'ws.translations.addresseeHint': '(ئىختىيارىي؛ بوش قالدۇرۇلسا: ئەسلى نۇسخىدىكىسى)',
  'ws.translations.previewHeading': 'ئالدىن كۆرۈش: ئوقۇرمەنلەر كۆرىدىغان تەرجىمە (تېخى ساقلانمىدى)',
  'ws.translations.save': 'تەرجىمىنى ساقلاش',
  'ws.account.publicName': 'ئاشكارا ئىسمىڭىز ياكى تەشكىلاتىڭىز',
  'ws.account.publicNameLabel': 'ئىسىم ياكى تەشكىلات',
  'ws.account.publicNameHint':
    'ئىمزا قويۇش تەكلىپنامىلىرى ۋە يەتكۈزۈلگەن خەت خەتنىڭ ئىگىلىرىنى مۇشۇ نام بىلەن ئاتايدۇ. بۇ بولمىسا، ئۇلاردا خەتنىڭ «تەشكىللىگۈچىلىرى» دېيىلىدۇ؛ ئىمزا قويغۇچىلار ۋە قوبۇل قىلغۇچىلار ئېلخەت ئادرېسىڭىزنى ھەرگىز كۆرمەيدۇ.',
  'ws.account.saveName': 'ئىسىمنى ساقلاش',
  'ws.mail.footer.login':
    'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى سىز ياكى بۇ ئادرېسنى كىرگۈزگەن بىرەرسى ئۇنىڭ بىلەن Undersigned سۇپىسىغا كىرىشنى تەلەپ قىلدى. ئەگەر بۇ سىز بولمىسىڭىز، بۇ ئۇچۇرنى نەزەردىن ساقىت قىلىڭ: ئۇلىنىشسىز ھېچكىم كىرەلمەيدۇ.',
  'ws.mail.footer.added':
    'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى {known, select, yes {{by}} other {خەتنىڭ بىر ئىگىسى}} بۇ ئادرېسنى Undersigned سۇپىسىدىكى «{title}» ناملىق خەتنىڭ تەشكىللىگۈچىلىرى قاتارىغا قوشتى.',
  'ws.mail.footer.goal': 'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى سىز Undersigned سۇپىسىدىكى «{title}» ناملىق خەتنى ئۇنىڭ ئىگىسى ياكى مۇھەررىرى سۈپىتىدە تەشكىللەۋاتىسىز.',
  // review: addressee rendered as قوبۇل قىلغۇچى, as in letter.to (the public side); the letter’s field stays خەت يوللانغان تەرەپ
  'ws.delivery.intro':
    'خەت يوللانغان كىشىلەر ياكى ئورگانلار. ھەر بىرى ئۇنى ئۆز تىلىدا ئېلخەت ئارقىلىق تاپشۇرۇۋالىدۇ، تېكىست ۋە ئۇنىڭ ئىمزا قويغۇچىلىرىنى ئۆز ئىچىگە ئالغان PDF ھۆججىتى قوشۇپ ئەۋەتىلىدۇ.',
  'ws.delivery.addressees': 'قوبۇل قىلغۇچىلار ({count, number})',
  'ws.delivery.none': 'تېخى قوبۇل قىلغۇچى يوق: ئۇلارنى تۆۋەندە بىر-بىرلەپ ياكى تىزىملىك بويىچە قوشۇڭ.',
  'ws.delivery.col.group': 'گۇرۇپپا',
  'ws.delivery.col.language': 'تىل',
  'ws.delivery.col.state': 'يەتكۈزۈش',
  'ws.delivery.state': '{state, select, queued {ئۆچىرەتتە} sent {ئەۋەتىلدى} failed {مەغلۇپ بولدى} other {ئەۋەتىلمىدى}}',
  'ws.delivery.failed':
    'مەغلۇپ بولدى: {why, select, refused {ئۇلارنىڭ ئېلخەت مۇلازىمېتىرى ئۇچۇرنى رەت قىلدى.} unreachable {ئۇلارنىڭ ئېلخەت مۇلازىمېتىرىغا ئۇلانغىلى بولمىدى.} other {ئۇچۇرنى ئەۋەتكىلى بولمىدى.}}',
  'ws.delivery.count': '{state, select, sent {{count, number} ئەۋەتىلدى} queued {{count, number} ئۆچىرەتتە} failed {{count, number} مەغلۇپ بولدى} other {{count, number} ئەۋەتىلمىدى}}',
  'ws.delivery.progressHeading': 'ئاخىرقى قېتىملىق يەتكۈزۈش',
  'ws.delivery.progress': 'جەمئىي {total, number} ئۇچۇردىن {sent, number} ئەۋەتىلدى، {queued, number} ئەۋەتىلىشنى كۈتۈۋاتىدۇ، {failed, number} مەغلۇپ بولدى.',
  'ws.delivery.notPublic': 'خەت ئاشكارا بولغاندىن كېيىن يەتكۈزۈلىدۇ: ئاۋۋال ئۇنى ئېلان قىلىڭ. قوبۇل قىلغۇچىلىرىنى ھازىرلا قوشالايسىز.',
  'ws.delivery.readOnly': 'پەقەت خەتنىڭ ئىگىلىرى ۋە مۇھەررىرلىرىلا قوبۇل قىلغۇچى قوشالايدۇ ۋە خەتنى ئەۋەتەلەيدۇ.',
  'ws.delivery.previewLink': 'ئۇچۇرلارنى ئالدىن كۆرۈپ، ئاندىن ئەۋەتىش',
  'ws.delivery.addHeading': 'قوبۇل قىلغۇچى قوشۇش',
  'ws.delivery.name': 'ئىسىم',
  'ws.delivery.email': 'ئېلخەت',
  'ws.delivery.language': 'تىل',
  'ws.delivery.group': 'گۇرۇپپا (ئىختىيارىي، مەسىلەن: رايون)',
  'ws.delivery.add': 'قوبۇل قىلغۇچىنى قوشۇش',
  'ws.delivery.importHeading': 'تىزىملىكتىن كۆپلەپ قوشۇش',
  'ws.delivery.csvLabel': 'CSV نى چاپلاڭ: ھەر قۇرغا بىر قوبۇل قىلغۇچى، بىرىنچى قۇر ئىستونلارنىڭ نامىنى بېرىدۇ (تىل: مەسىلەن en ياكى fr دېگەندەك كود؛ بوش قالدۇرۇلسا: خەتنىڭ ئۆز تىلى):',
  'ws.delivery.import': 'بۇ قوبۇل قىلغۇچىلارنى قوشۇش',
  'ws.delivery.importResult':
    '{added, plural, one {# قوبۇل قىلغۇچى قوشۇلدى} other {# قوبۇل قىلغۇچى قوشۇلدى}}؛ {already, plural, =0 {ھېچقايسىسى ئىلگىرى قوشۇلمىغان} one {# قوبۇل قىلغۇچى ئىلگىرى قوشۇلغان} other {# قوبۇل قىلغۇچى ئىلگىرى قوشۇلغان}}. تۆۋەندىكى قۇرلار قوبۇل قىلىنمىدى:',
  'ws.delivery.lineError': '{line, number}-قۇر: {reason}',
  'ws.delivery.previewTitle': 'ئەۋەتىشتىن بۇرۇنقى ئۇچۇرلار',
  'ws.delivery.previewIntro':
    'ھەر بىر قوبۇل قىلغۇچى تۆۋەندىكى ئۆز تىلىدىكى ئۇچۇرنى تاپشۇرۇۋالىدۇ، ئۇچۇر ئۇنىڭ ئۆز ئىسمى بىلەن باشلىنىدۇ، PDF قوشۇپ ئەۋەتىلىدۇ. سىز جەزملەشتۈرمىگۈچە ھېچنەرسە ئەۋەتىلمەيدۇ.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# قوبۇل قىلغۇچى} other {# قوبۇل قىلغۇچى}}',
  'ws.delivery.previewAs': '{name} تاپشۇرۇۋالىدىغان شەكىلدە كۆرسىتىلدى.',
  // review: {language} is a language name ending in -چە (ئىنگلىزچە), which reads as an adverb: “is sent in English”
  'ws.delivery.noTranslation': 'خەتنىڭ بۇ تىلدىكى تەرجىمىسى يوق: تېكىست {language} ئەۋەتىلىدۇ.',
  'ws.delivery.subject': 'تېما',
  'ws.delivery.textBody': 'ئۇچۇرنىڭ مەزمۇنى',
  'ws.delivery.htmlBody': 'ئۇچۇرنىڭ ئېلخەت پروگراممىلىرىدا كۆرۈنىدىغان شەكلىنى كۆرۈش',
  'ws.delivery.pdf': 'قوشۇپ ئەۋەتىلگەن PDF ({language})',
  'ws.delivery.previewNone': 'تېخى قوبۇل قىلغۇچى يوق: ئاۋۋال ئۇلارنى قوشۇڭ.',
  'ws.delivery.previewDraft': 'ئۇچۇرلار خەت ئاشكارا بولغاندىن كېيىن كۆرسىتىلىدۇ: ئاۋۋال ئۇنى ئېلان قىلىڭ.',
  'ws.delivery.send': '{count, plural, one {# قوبۇل قىلغۇچىغا ئەۋەتىش} other {# قوبۇل قىلغۇچىغا ئەۋەتىش}}',
  'ws.delivery.back': 'قوبۇل قىلغۇچىلارغا قايتىش',
  'ws.delivery.confirmHeading': '{count, plural, one {خەتنى # قوبۇل قىلغۇچىغا ئەۋەتەمسىز؟} other {خەتنى # قوبۇل قىلغۇچىغا ئەۋەتەمسىز؟}}',
  // review: {language} (ئىنگلىزچە, …) used as an adverb and as an adjective: “receives the text in English, with the signed English PDF attached”
  'ws.delivery.confirmLanguage': '{names} تېكىستنى {language} {count, plural, one {تاپشۇرۇۋالىدۇ} other {تاپشۇرۇۋالىدۇ}}، ئۇنىڭ {language} PDF ھۆججىتى قوشۇپ ئەۋەتىلىدۇ.',
  'ws.delivery.andMore': '{count, plural, one {يەنە # كىشى} other {يەنە # كىشى}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {ئۇلارنىڭ ئىچىدىكى # كىشى ئۇنى ئاللىقاچان تاپشۇرۇۋالغان، يەنە بىر قېتىم تاپشۇرۇۋالىدۇ.} other {ئۇلارنىڭ ئىچىدىكى # كىشى ئۇنى ئاللىقاچان تاپشۇرۇۋالغان، يەنە بىر قېتىم تاپشۇرۇۋالىدۇ.}}',
  'ws.delivery.confirmRecall': 'ئەۋەتىلگەن ئۇچۇرنى قايتۇرۇۋالغىلى بولمايدۇ.',
  'ws.delivery.confirmPublic': 'ئاندىن خەتنىڭ ئاممىۋى بېتىدە ھەر بىر قوبۇل قىلغۇچىنىڭ ئىسمى ۋە خەتنىڭ ئۇنىڭغا قاچان يەتكەنلىكى كۆرسىتىلىدۇ، ئادرېسى ھەرگىز كۆرسىتىلمەيدۇ.',
  'ws.delivery.confirmButton': '{count, plural, one {ھازىرلا # قوبۇل قىلغۇچىغا ئەۋەتىش} other {ھازىرلا # قوبۇل قىلغۇچىغا ئەۋەتىش}}',
  'ws.queue.intro':
    'بۇ ئىمزالار كۆرسىتىلىش ياكى ھېسابقا ئېلىنىشتىن بۇرۇن قارار كۈتۈۋاتىدۇ. «ئېلان قىلىش» ئىمزانى تىزىملىككە قوشىدۇ؛ «رەت قىلىش» ئۇنى تىزىملىككە كىرگۈزمەيدۇ ۋە ئىمزا قويغۇچىغا خەۋەر قىلىدۇ؛ «يوشۇرۇش» ئۇنى ئىمزا قويغۇچىغا ھېچنېمە دېمەي تىزىملىككە كىرگۈزمەيدۇ.',
  'ws.queue.readOnly': 'توختىتىلغان ئىمزالار ھەققىدە پەقەت خەتنىڭ ئىگىلىرى ۋە تەكشۈرگۈچىلىرىلا قارار چىقىرالايدۇ.',
  // review: Claims to be rendered as “the capacity they state”
  'ws.held.claims': 'ئۆزى ئېيتقان سالاھىيىتى',
  'ws.held.wroteFrom': 'يازغان ئادرېسى',
  'ws.held.website': 'تور بېكەت',
  'ws.held.noWebsite': 'بېرىلمىگەن',
  'ws.held.verification': 'دەلىللەنگەن',
  'ws.held.verifiedBy': '{by, select, domain {ھەئە: ئېلخەت دومېنى ({domain}) ئارقىلىق} invited {ھەئە: تەكلىپ ئارقىلىق ئىمزا قويغان} approved {ھەئە: بىر تەكشۈرگۈچى تەستىقلىغان} other {ھەئە: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {ياق: ئېلخەت دومېنى ئاتالغان پارلامېنتنىڭ دومېنلىرىدىن ئەمەس} organization {{website, select, no {ياق: ئېلخەت دومېنى بىلەن سېلىشتۇرىدىغان تور بېكەت بېرىلمىگەن} other {{shared, select, yes {ياق: ئورتاق ئېلخەت مۇلازىمىتىدە ھەر قانداق كىشىنىڭ ئادرېسى بولۇشى مۇمكىن} other {ياق: ئېلخەت دومېنى تور بېكەتنىڭ دومېنى ئەمەس}}}}} individual {ياق: شەخسلەر پەقەت تەكلىپ ئارقىلىقلا دەلىللىنىدۇ} other {ياق}}',
  'ws.held.why': 'توختىتىلىش سەۋەبى',
  'ws.held.similar': 'تىزىملىكتىكى ئوخشاپ كېتىدىغان ئىسىملار',
  'ws.held.noSimilar': 'يوق',
  'ws.held.signed': 'ئىمزا قويغان ۋاقتى',
  // review: network fingerprint rendered as تور بارماق ئىزى (network fingerprint); withdraw.networkFingerprint explains it as a keyed hash
  'ws.held.network': 'تور بارماق ئىزى',
  'ws.decide.label': '{name} ھەققىدىكى قارار',
  'ws.decide.publish': 'ئېلان قىلىش',
  'ws.decide.reject': 'رەت قىلىش (ئىمزا قويغۇچىغا خەۋەر قىلىنىدۇ)',
  'ws.decide.hide': 'يوشۇرۇش',
  // review: abuse rendered as سۇيىئىستېمال (misuse)
  'ws.decide.hideHint':
    '(ئىمزا قويغۇچىغا ئېلخەت ئەۋەتىلمەيدۇ؛ سۇيىئىستېمال ئەھۋالىدا ئىشلىتىڭ. باشقا ھەر قانداق چىقىرىۋېتىشتىكىگە ئوخشاش، ئىمزا تىزىملىكتە بولغان بولسا، ئاشكارا خاتىرە دەپتىرى ئۇنى خاتىرىلەيدۇ)',
  'ws.decide.heading': '{decision, select, reject {{who}نىڭ ئىمزاسىنى رەت قىلامسىز؟} shadow {{who}نىڭ ئىمزاسىنى يوشۇرامسىز؟} other {{who}نىڭ ئىمزاسى ھەققىدە قارار چىقىرامسىز؟}}',
  // review: {who} is kept as the subject of passive verbs (خەۋەردار قىلىنىدۇ) to avoid a dative suffix on the name
  'ws.decide.consequences':
    '{who} ({claim}) خەتنىڭ تىزىملىكىگە كىرگۈزۈلمەيدۇ ۋە ھېچقانداق سانغا قوشۇلمايدۇ{listed, select, yes {: ئىمزا ھازىرلا تىزىملىكتىن چىقىدۇ} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} خەتنىڭ تەشكىللىگۈچىلىرىنىڭ ئىمزانى قوبۇل قىلمىغانلىقى ھەققىدە ئېلخەت ئارقىلىق خەۋەردار قىلىنىدۇ.} other {{who} ئېلخەت ئارقىلىق خەۋەردار قىلىنالمايدۇ: ئادرېسى ئەمدى ساقلانمايدۇ.}}} shadow {{who} ئېلخەت ئارقىلىق خەۋەردار قىلىنمايدۇ: ئۇنىڭغا نىسبەتەن ئىمزا يەنىلا قوبۇل قىلىنغاندەك كۆرۈنىدۇ. بۇنى سۇيىئىستېمال ئەھۋالىدا ئىشلىتىڭ، چۈنكى ئىمزا قويغۇچىغا خەۋەر قىلىش ئۇنى پەقەت قايتا سىناشقا ئۈندەيدۇ.} other {}}\n{listed, select, yes {باشقا ھەر قانداق چىقىرىۋېتىشتىكىگە ئوخشاش، ئاشكارا خاتىرە دەپتىرى بۇ چىقىرىۋېتىشنى خاتىرىلەيدۇ.} other {ئۇ ئاشكارا تىزىملىكتە ھەرگىز بولمىغان، شۇڭا ئاشكارا خاتىرە دەپتىرى ئۇ ھەقتە ھېچنەرسە خاتىرىلىمەيدۇ.}}',
  'ws.decide.button': '{decision, select, reject {رەت قىلىپ، ئىمزا قويغۇچىغا خەۋەر قىلىش} shadow {ئىمزا قويغۇچىغا خەۋەر قىلماي يوشۇرۇش} other {قارار چىقىرىش}}',
  // review: flood rendered as توپ-توپلاپ كەلگەن ئىمزالار, as in withdraw.networkFingerprint
  'ws.invalidate.heading': 'توپ-توپلاپ كەلگەن ئىمزالارغا ساختا دەپ بەلگە قويۇش',
  'ws.invalidate.intro':
    'توپ-توپلاپ كەلگەن ساختا ئىمزالار ئۈچۈن: بىر ئېلخەت دومېنى، بىر ۋاقىت ئارىلىقى، بىر تور بارماق ئىزى ياكى بۇلارنىڭ بىر قانچىسىنى بېرىڭ (ئىمزا سىز بەرگەنلەرنىڭ ھەممىسىگە ماس كېلىشى كېرەك). ئاۋۋال قانچە ئىمزانىڭ ماس كېلىدىغانلىقىنى كۆرىسىز؛ سىز جەزملەشتۈرمىگۈچە ھېچنەرسە ئۆزگەرمەيدۇ.',
  'ws.invalidate.domain': 'ئېلخەت دومېنى (مەسىلەن: example.org)',
  'ws.invalidate.window': 'مۇشۇ ۋاقىت ئارىلىقىدا ئىمزا قويغانلار (UTC)',
  'ws.invalidate.from': 'باشلىنىش',
  'ws.invalidate.to': 'ئاخىرلىشىش (ئۇ ۋاقىت ئۆز ئىچىگە ئېلىنمايدۇ)',
  'ws.invalidate.network': 'تور بارماق ئىزى (توختىتىلغان ئىمزادا كۆرسىتىلگەندەك)',
  'ws.invalidate.preview': 'ئالدىن كۆرۈش',
  'ws.invalidate.result':
    '{result, select, none {ئېلخەت دومېنى، ۋاقىت ئارىلىقى ياكى تور بارماق ئىزى بېرىڭ: ئۇلار بولمىسا، ھېچنەرسە ماس كەلمەيدۇ.} nothing {بۇ شەرتلەرگە ماس كېلىدىغان ئىمزا يوق: ھېچنەرسە ئۆزگەرتىلمىدى.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {ئېلخەت دومېنى: بۇ دومېن نامى ئەمەس (مەسىلەن: example.org).} from {باشلىنىش: بۇ چېسلا ۋە ۋاقىت ئەمەس.} to {ئاخىرلىشىش: بۇ چېسلا ۋە ۋاقىت ئەمەس.} ipHash {تور بارماق ئىزى: بۇ تور بارماق ئىزى ئەمەس (8 دىن 32 گىچە ھەرپ، رەقەم، - ياكى _).} other {شەرتلەرنى ئوقۇغىلى بولمىدى؛ ئۇلارنى تەكشۈرۈپ بېقىڭ.}}',
  'ws.invalidate.confirmHeading': '{count, plural, one {# ئىمزاغا ساختا دەپ بەلگە قويامسىز؟} other {# ئىمزاغا ساختا دەپ بەلگە قويامسىز؟}}',
  'ws.invalidate.matching': 'ماس كېلىدىغان ئىمزالار: {criteria}.',
  'ws.invalidate.byDomain': 'ئېلخەت دومېنى {domain}',
  // review: ۋاقتىدىن (from the time) follows the dates so that no case suffix is attached to a formatted date
  'ws.invalidate.byTime': '{bounds, select, both {{from} – {to} ئارىلىقىدا ئىمزا قويغان} from {{from} ۋاقتىدىن باشلاپ ئىمزا قويغان} other {{to} ۋاقتىدىن بۇرۇن ئىمزا قويغان}}',
  'ws.invalidate.byNetwork': 'تور بارماق ئىزى {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {ئۇنىڭغا ساختا دەپ بەلگە قويۇلىدۇ: تەكشۈرۈش ئۈچۈن بىر مەزگىل ساقلىنىپ، ئاندىن ئۆچۈرۈلىدۇ؛ ئۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.} other {ئۇلارغا ساختا دەپ بەلگە قويۇلىدۇ: تەكشۈرۈش ئۈچۈن بىر مەزگىل ساقلىنىپ، ئاندىن ئۆچۈرۈلىدۇ؛ ئۇلارنى ئەسلىگە كەلتۈرگىلى بولمايدۇ.}}\nئاشكارا تىزىملىكتىكىلىرى ئۇنىڭدىن دەرھال چىقىدۇ، سانلارمۇ ئازىيىدۇ.\nباشقا ھەر قانداق چىقىرىۋېتىشتىكىگە ئوخشاش، ئاشكارا خاتىرە دەپتىرى تىزىملىكتىن ھەر بىر چىقىرىۋېتىشنى خاتىرىلەيدۇ.\nئىمزا قويغۇچىلارغا ئېلخەت ئەۋەتىلمەيدۇ.',
  'ws.invalidate.button': '{count, plural, one {# ئىمزاغا ساختا دەپ بەلگە قويۇش} other {# ئىمزاغا ساختا دەپ بەلگە قويۇش}}',
  // review: the genitive نىڭ and accusative نى, which have no vowel-harmony variants, are attached directly to {signer} and {member}, as sign.risky does; “drafted” follows ws.new.save (ئارگىنال)
  'ws.audit.did':
    '{kind, select, create {{who} خەتنىڭ ئارگىنالىنى قۇردى} edit {{editorial, select, yes {{who} تېكىستنى تۈزەتتى (تەھرىرلىك تۈزىتىش: ھېچكىمدىن قايتا ماقۇللۇق سورالمايدۇ)} other {{who} تېكىستنى تەھرىرلىدى}}} publish {{who} خەتنى ئېلان قىلدى} close {{who} خەتنى تاقىدى} founding {{who} قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىنى تەكلىپ قىلىنغانلارغا ئاچتى} approve {{who} {signer}نىڭ ئىمزاسىنى ئېلان قىلدى} reject {{who} {signer}نىڭ ئىمزاسىنى رەت قىلدى} shadow {{who} {signer}نىڭ ئىمزاسىنى يوشۇردى} moderate {{who} {signer}نىڭ ئىمزاسى ھەققىدە قارار چىقاردى} invalidate {{counted, select, yes {{who} {count, plural, one {# ئىمزاغا} other {# ئىمزاغا}} ساختا دەپ بەلگە قويدى} other {{who} ئىمزالارغا ساختا دەپ بەلگە قويدى}}} invalidatePreview {{counted, select, yes {{who} ساختا دەپ بەلگە قويۇش ئۈچۈن ئىمزا ئىزدىدى ({count, plural, one {# ئىمزا ماس كەلدى} other {# ئىمزا ماس كەلدى}})} other {{who} ساختا دەپ بەلگە قويۇش ئۈچۈن ئىمزا ئىزدىدى}}} invite {{counted, select, yes {{who} {count, plural, one {# ئىمزا قويغۇچىنى} other {# ئىمزا قويغۇچىنى}} تەكلىپ قىلدى} other {{who} ئىمزا قويغۇچىلارنى تەكلىپ قىلدى}}} addOrganizer {{who} {member}نى {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {ھەمكار تەشكىللىگۈچى}} سۈپىتىدە قوشتى} setRole {{who} {member}نى {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {ھەمكار تەشكىللىگۈچى}} قىلدى} removeOrganizer {{who} {member}نى تەشكىللىگۈچىلەر ئارىسىدىن چىقىرىۋەتتى} goal {{goalSet, select, yes {{who} نىشاننى {goalKind, select, legislator {{goal, plural, one {# پارلامېنت ئەزاسى} other {# پارلامېنت ئەزاسى}}} organization {{goal, plural, one {# تەشكىلات} other {# تەشكىلات}}} individual {{goal, plural, one {# شەخس} other {# شەخس}}} other {{goal, plural, one {# ئىمزا} other {# ئىمزا}}}} قىلىپ بەلگىلىدى} no {{who} نىشاننى ئەمەلدىن قالدۇردى} other {{who} نىشاننى ئۆزگەرتتى}}} settings {{who} خەتنىڭ تەڭشەكلىرىنى ئۆزگەرتتى} translation {{who} {language} تەرجىمىسىنى ساقلىدى} recipients {{counted, select, yes {{who} {count, plural, one {# قوبۇل قىلغۇچى} other {# قوبۇل قىلغۇچى}} قوشتى} other {{who} قوبۇل قىلغۇچى قوشتى}}} deliver {{counted, select, yes {{who} خەتنى {count, plural, one {# قوبۇل قىلغۇچىغا} other {# قوبۇل قىلغۇچىغا}} ئەۋەتتى} other {{who} خەتنى قوبۇل قىلغۇچىلىرىغا ئەۋەتتى}}} widget {{who} ئىمزا قويۇش جەدۋىلىنى كۆرسىتىشكە رۇخسەت قىلىنغان تور بېكەتلەرنى ئۆزگەرتتى} partner {{who} ئىمزا قويۇش جەدۋىلى ئۈچۈن ھەمكار قوشتى} addressesShown {{who} ھەمكار تەشكىللىگۈچىلەرنىڭ ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرۈشىگە رۇخسەت قىلدى} addressesHidden {{who} ھەمكار تەشكىللىگۈچىلەرنىڭ ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرۈشىنى توختاتتى} readAddresses {{source, select, page {{who} خىزمەت بوشلۇقىدا {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېسلىرىنى كۆردى} other {{who} API ئارقىلىق {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېسلىرىنى كۆردى}}} readDomains {{source, select, page {{who} خىزمەت بوشلۇقىدا {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېس دومېنلىرىنى كۆردى} other {{who} API ئارقىلىق {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېس دومېنلىرىنى كۆردى}}} export {{domainsOnly, select, yes {{who} ئىمزالارنى {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېس دومېنلىرى بىلەن بىللە CSV شەكلىدە چىقاردى} other {{who} ئىمزالارنى {count, plural, one {# ئىمزا قويغۇچىنىڭ} other {# ئىمزا قويغۇچىنىڭ}} ئادرېسلىرى بىلەن بىللە CSV شەكلىدە چىقاردى}}} recordReply {{who} قوبۇل قىلغۇچىنىڭ پوچتا ئارقىلىق ياكى قولمۇ-قول تاپشۇرۇلغان جاۋابىنى خاتىرىلەپ، ئېلان قىلدى} publishReply {{who} قوبۇل قىلغۇچىنىڭ ئېلخەت ئارقىلىق كەلگەن جاۋابىنى ئېلان قىلدى} dismissReply {{who} ئېلخەت ئارقىلىق كەلگەن بىر جاۋابنى چەتكە قويدى} writeUpdate {{who} ئىمزا قويغۇچىلار ئۈچۈن خەۋەر يازدى} updateTranslation {{who} خەۋەرنىڭ {language} تەرجىمىسىنى ساقلىدى} sendUpdate {{counted, select, yes {{who} {count, plural, one {# ئىمزا قويغۇچىغا} other {# ئىمزا قويغۇچىغا}} خەۋەر ئەۋەتتى} other {{who} ئىمزا قويغۇچىلارغا خەۋەر ئەۋەتتى}}} other {{who} بىر تەلەپ قىلدى: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} خەتنىڭ ئارگىنالىنى قۇرماقچى بولدى} edit {{who} تېكىستنى تەھرىرلىمەكچى بولدى} publish {{who} خەتنى ئېلان قىلماقچى بولدى} close {{who} خەتنى تاقىماقچى بولدى} founding {{who} قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىنى باشلىماقچى بولدى} approve {{who} {signer}نىڭ ئىمزاسىنى ئېلان قىلماقچى بولدى} reject {{who} {signer}نىڭ ئىمزاسىنى رەت قىلماقچى بولدى} shadow {{who} {signer}نىڭ ئىمزاسىنى يوشۇرماقچى بولدى} moderate {{who} {signer}نىڭ ئىمزاسى ھەققىدە قارار چىقارماقچى بولدى} invalidate {{who} ئىمزالارغا ساختا دەپ بەلگە قويماقچى بولدى} invalidatePreview {{who} ساختا دەپ بەلگە قويۇش ئۈچۈن ئىمزا ئىزدىمەكچى بولدى} invite {{who} ئىمزا قويغۇچىلارنى تەكلىپ قىلماقچى بولدى} addOrganizer {{who} {member}نى {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {ھەمكار تەشكىللىگۈچى}} سۈپىتىدە قوشماقچى بولدى} setRole {{who} {member}نى {role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {ھەمكار تەشكىللىگۈچى}} قىلماقچى بولدى} removeOrganizer {{who} {member}نى تەشكىللىگۈچىلەر ئارىسىدىن چىقىرىۋەتمەكچى بولدى} goal {{who} نىشاننى ئۆزگەرتمەكچى بولدى} settings {{who} خەتنىڭ تەڭشەكلىرىنى ئۆزگەرتمەكچى بولدى} translation {{who} {language} تەرجىمىسىنى ساقلىماقچى بولدى} recipients {{who} قوبۇل قىلغۇچى قوشماقچى بولدى} deliver {{who} خەتنى قوبۇل قىلغۇچىلىرىغا ئەۋەتمەكچى بولدى} widget {{who} ئىمزا قويۇش جەدۋىلىنى كۆرسىتىشكە رۇخسەت قىلىنغان تور بېكەتلەرنى ئۆزگەرتمەكچى بولدى} partner {{who} ئىمزا قويۇش جەدۋىلى ئۈچۈن ھەمكار قوشماقچى بولدى} addressesShown {{who} ھەمكار تەشكىللىگۈچىلەرنىڭ ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرۈشىگە رۇخسەت قىلماقچى بولدى} addressesHidden {{who} ھەمكار تەشكىللىگۈچىلەرنىڭ ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى كۆرۈشىنى توختاتماقچى بولدى} readAddresses {{who} ئىمزا قويغۇچىلارنىڭ ئادرېسلىرىنى ئوقۇماقچى بولدى} readDomains {{who} ئىمزا قويغۇچىلارنىڭ ئادرېس دومېنلىرىنى ئوقۇماقچى بولدى} export {{who} ئىمزالارنى چىقارماقچى بولدى} recordReply {{who} قوبۇل قىلغۇچىنىڭ جاۋابىنى خاتىرىلىمەكچى بولدى} publishReply {{who} قوبۇل قىلغۇچىنىڭ جاۋابىنى ئېلان قىلماقچى بولدى} dismissReply {{who} ئېلخەت ئارقىلىق كەلگەن بىر جاۋابنى چەتكە قويماقچى بولدى} writeUpdate {{who} ئىمزا قويغۇچىلار ئۈچۈن خەۋەر يازماقچى بولدى} updateTranslation {{who} خەۋەرنىڭ {language} تەرجىمىسىنى ساقلىماقچى بولدى} sendUpdate {{who} ئىمزا قويغۇچىلارغا خەۋەر ئەۋەتمەكچى بولدى} other {{who} بىر تەلەپ قىلماقچى بولدى: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (رەت قىلىندى)، {when}} other {{sentence}، {when}}}',
  'ws.audit.kind':
    '{kind, select, create {خەت ئارگىنالى قۇرۇلدى} edit {تېكىست تەھرىرلەندى} publish {خەت ئېلان قىلىندى} close {خەت تاقالدى} founding {قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچى ئېچىلدى} approve {ئىمزا ئېلان قىلىندى} reject {ئىمزا رەت قىلىندى} shadow {ئىمزا يوشۇرۇلدى} moderate {ئىمزا ھەققىدە قارار چىقىرىلدى} invalidate {ئىمزالارغا ساختا دەپ بەلگە قويۇلدى} invalidatePreview {ساختا ئىمزالارنى ئىزدەش} invite {ئىمزا قويغۇچىلار تەكلىپ قىلىندى} addOrganizer {ھەمكار تەشكىللىگۈچى قوشۇلدى} setRole {رول ئۆزگەرتىلدى} removeOrganizer {ھەمكار تەشكىللىگۈچى چىقىرىۋېتىلدى} goal {نىشان ئۆزگەرتىلدى} settings {تەڭشەكلەر ئۆزگەرتىلدى} translation {تەرجىمە ساقلاندى} recipients {قوبۇل قىلغۇچىلار قوشۇلدى} deliver {خەت قوبۇل قىلغۇچىلىرىغا ئەۋەتىلدى} widget {ئىمزا قويۇش جەدۋىلىنىڭ تور بېكەتلىرى ئۆزگەرتىلدى} partner {ئىمزا قويۇش جەدۋىلىگە ھەمكار قوشۇلدى} addressesShown {ئادرېسلار ھەمكار تەشكىللىگۈچىلەرگە كۆرسىتىلدى} addressesHidden {ئادرېسلار ھەمكار تەشكىللىگۈچىلەردىن يوشۇرۇلدى} readAddresses {ئادرېسلار ئوقۇلدى} readDomains {ئادرېس دومېنلىرى ئوقۇلدى} export {ئىمزالار چىقىرىلدى} recordReply {جاۋاب خاتىرىلەندى} publishReply {جاۋاب ئېلان قىلىندى} dismissReply {جاۋاب چەتكە قويۇلدى} writeUpdate {خەۋەر يېزىلدى} updateTranslation {خەۋەر تەرجىمە قىلىندى} sendUpdate {خەۋەر ئەۋەتىلدى} other {باشقا تەلەپ}}',
  'ws.audit.result': '{refused, select, yes {رەت قىلىندى ({status})} other {ئورۇندالدى}}',
  // review: operator rendered as سۇپا باشقۇرغۇچىسى (platform administrator), as the earlier ws.audit.operator did; command line as بۇيرۇق قۇرى
  'ws.audit.operatorWho': 'بۇيرۇق قۇرىدىكى سۇپا باشقۇرغۇچىسى',
  'ws.audit.formerOrganizer': 'ئىلگىرىكى بىر تەشكىللىگۈچى',
  'ws.audit.erasedSigner': 'ئۇچۇرى ئۆچۈرۈلگەن بىر ئىمزا قويغۇچى',
  'ws.audit.someSigner': 'بىر ئىمزا قويغۇچى',
  'ws.audit.someOrganizer': 'بىر ھەمكار تەشكىللىگۈچى',
  'ws.audit.someLanguage': 'باشقا بىر تىل',
  'ws.audit.intro':
    'خەت تەشكىللىگۈچىلىرىنىڭ بارلىق مەشغۇلاتلىرى، ئەڭ يېڭىسى ئالدىدا، ئىسىملار ھازىرقى ھالىتى بويىچە: ئۇچۇرلىرىنى ئۆچۈرگەن ئىمزا قويغۇچى «ئۇچۇرى ئۆچۈرۈلگەن بىر ئىمزا قويغۇچى» دەپ كۆرسىتىلىدۇ. ۋاقىتلار UTC بويىچە.',
  'ws.audit.filterPerson': 'كىم',
  'ws.audit.filterKind': 'مەشغۇلات',
  'ws.audit.everyone': 'ھەممەيلەن',
  'ws.audit.everything': 'بارلىق مەشغۇلاتلار',
  'ws.audit.filterSubmit': 'كۆرسىتىش',
  'ws.audit.empty': '{filtered, select, yes {بۇ سۈزگۈچلەرگە ماس كېلىدىغان خاتىرە يوق.} other {تېخى ھېچنەرسە خاتىرىلەنمىدى.}}',
  'ws.audit.pages': 'تەپتىش خاتىرىسىنىڭ بەتلىرى',
  'ws.audit.older': 'كونىراق خاتىرىلەر',
  'ws.audit.newest': 'ئەڭ يېڭىلىرىغا قايتىش',
  'ws.audit.export': 'CSV شەكلىدە چىقىرىش',
  'ws.audit.exportHint': '(بۇ سۈزگۈچلەر كۆرسەتكەن خاتىرىلەر، ھەممە بەتلىرى بىلەن)',
  // review: update rendered as خەۋەر (a piece of news) throughout, and the section updates {News} as خەۋەرلەر, so the organizers' and the signers' sides use one word
  'ws.note.updateSent':
    '{count, plural, =0 {خەۋەر خەتنىڭ بېتىدە؛ ھېچقانداق ئىمزا قويغۇچى خەۋەر سورىمىغان، شۇڭا ئېلخەت ئەۋەتىلمەيدۇ} one {خەۋەر # ئىمزا قويغۇچىغا ئەۋەتىلىۋاتىدۇ، خەتنىڭ بېتىدىمۇ بار} other {خەۋەر # ئىمزا قويغۇچىغا ئەۋەتىلىۋاتىدۇ، خەتنىڭ بېتىدىمۇ بار}}',
  // review: still on the list rendered as خەۋەر تىزىملىكىدە (on the news list), so it is not read as the public list of signatures
  'ws.updates.intro':
    '{count, plural, =0 {تېخى ھېچقانداق ئىمزا قويغۇچى خەۋەر سورىمىدى.} one {# ئىمزا قويغۇچى ئىمزا قويغاندا خەۋەر سورىغان ۋە ھازىرمۇ خەۋەر تىزىملىكىدە.} other {# ئىمزا قويغۇچى ئىمزا قويغاندا خەۋەر سورىغان ۋە ھازىرمۇ خەۋەر تىزىملىكىدە.}} ھەر بىرى خەۋەرنى ئۆزى ئىمزا قويغان تىلدا، ئايدا ئەڭ كۆپ بولغاندا {perMonth, plural, one {بىر قېتىم} other {# قېتىم}}، مۇشتەرىلىكتىن چېكىنىش ئۇلانمىسى بىلەن بىللە تاپشۇرۇۋالىدۇ. ئەۋەتىلگەن خەۋەر خەتنىڭ بېتىدىمۇ كۆرۈنىدۇ.',
  'ws.updates.none': 'تېخى خەۋەر يوق.',
  'ws.updates.col.title': 'ماۋزۇ',
  'ws.updates.col.languages': 'تىللار',
  'ws.updates.col.state': 'ھالىتى',
  'ws.updates.col.links': 'ئۇلىنىشلار',
  // review: draft rendered as ئارگىنال, as in ws.new.save
  'ws.updates.draft': 'ئارگىنال، ئەۋەتىلمىگەن',
  'ws.updates.sentOn': 'ئەۋەتىلگەن ۋاقتى: {date}',
  'ws.updates.onPage': 'خەتنىڭ بېتىدە',
  'ws.updates.translate': 'تەرجىمىلەر',
  'ws.updates.send': 'ئەۋەتىش',
  'ws.updates.formHeading': 'خەۋەر يېزىش',
  'ws.updates.formIntro': 'ئۇنى خەتنىڭ تىلىدا ({language}) يېزىڭ؛ ساقلىغاندىن كېيىن تەرجىمىلىرىنى قوشۇڭ. سىز جەزملەشتۈرمىگۈچە ھېچنەرسە ئەۋەتىلمەيدۇ.',
  'ws.updates.previewHeading': 'ئالدىن كۆرۈش: ئىمزا قويغۇچىلار ئوقۇيدىغان خەۋەر (تېخى ساقلانمىدى)',
  'ws.updates.save': 'ئارگىنالنى ساقلاش',
  'ws.updates.translationsHeading': '«{title}» خەۋىرىنىڭ تەرجىمىلىرى',
  'ws.updates.translationsIntro': 'ھەر بىر ئىمزا قويغۇچى خەۋەرنى ئۆزى ئىمزا قويغان تىلدا تاپشۇرۇۋالىدۇ؛ ئۇ تىلدا تەرجىمىسى بولمىسا، ئەسلى نۇسخىسىنى ({language}) تاپشۇرۇۋالىدۇ.',
  'ws.updates.saveTranslation': 'تەرجىمىنى ساقلاش',
  'ws.updates.sendTo': '{count, plural, =0 {ئېلان قىلىش (ئېلخەت ئەۋەتىلىدىغان ئىمزا قويغۇچى يوق)} one {# ئىمزا قويغۇچىغا ئەۋەتىش} other {# ئىمزا قويغۇچىغا ئەۋەتىش}}',
  'ws.updates.readOnly': 'پەقەت مۇھەررىرلەر ۋە ئىگىلەرلا خەۋەر يازالايدۇ ۋە ئەۋەتەلەيدۇ.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {«{title}» ناملىق خەۋەرنى ئېلان قىلامسىز؟} one {«{title}» ناملىق خەۋەرنى # ئىمزا قويغۇچىغا ئەۋەتەمسىز؟} other {«{title}» ناملىق خەۋەرنى # ئىمزا قويغۇچىغا ئەۋەتەمسىز؟}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {خەۋەر سورىغان ئىمزا قويغۇچىلارنىڭ ھېچقايسىسى ھازىر ئۇنى تاپشۇرۇۋالالمايدۇ.} one {ئۇ ئىمزا قويغاندا خەۋەر سورىغان ۋە ھازىرمۇ خەۋەر تىزىملىكىدە بولغان # ئىمزا قويغۇچىغا ئېلخەت ئارقىلىق ئەۋەتىلىدۇ.} other {ئۇ ئىمزا قويغاندا خەۋەر سورىغان ۋە ھازىرمۇ خەۋەر تىزىملىكىدە بولغان # ئىمزا قويغۇچىغا ئېلخەت ئارقىلىق ئەۋەتىلىدۇ.}} ھېچكىم ئايدا {perMonth, plural, one {بىر خەۋەردىن} other {# خەۋەردىن}} ئارتۇق تاپشۇرۇۋالمايدۇ.',
  'ws.updates.confirmLanguages': 'ئۇلارنىڭ تىللىرىدا: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {ئەسلى نۇسخا} other {تەرجىمە}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# ئىمزا قويغۇچى ئاخىرقى 30 كۈندە {perMonth, plural, one {بىر خەۋەر} other {# خەۋەر}} تاپشۇرۇۋالغان، شۇڭا بۇنى تاپشۇرۇۋالمايدۇ.} other {# ئىمزا قويغۇچى ئاخىرقى 30 كۈندە {perMonth, plural, one {بىر خەۋەر} other {# خەۋەر}} تاپشۇرۇۋالغان، شۇڭا بۇنى تاپشۇرۇۋالمايدۇ.}}',
  'ws.updates.confirmPublic': 'ئۇ خەتنىڭ ئاممىۋى بېتىدە ئەۋەتىلگەن كۈنى بىلەن بىللە كۆرۈنىدۇ.',
  'ws.updates.confirmFinal': 'ئەۋەتىلگەن ئېلخەتنى قايتۇرۇۋالغىلى بولمايدۇ، ئەۋەتىلگەن خەۋەرنىمۇ ئۆزگەرتكىلى بولمايدۇ.',
  'ws.updates.confirmButton': '{count, plural, =0 {ھازىرلا ئېلان قىلىش} one {# ئىمزا قويغۇچىغا ئەۋەتىش} other {# ئىمزا قويغۇچىغا ئەۋەتىش}}',

  // --- digest ---
  'ws.account.digest': 'كۈندىلىك خۇلاسە',
  'ws.account.digestLabel': 'خەتلىرىمدە بىرەر ئىش يۈز بەرگەندە ماڭا كۈندىلىك خۇلاسە ئەۋەتىلسۇن',
  'ws.account.digestHint':
    'كۈنىگە ئەڭ كۆپ بولغاندا بىر ئېلخەت، ئۇ ھەم پەقەت سىز تەشكىللىگەن بىرەر خەتتە ئىش يۈز بەرگەن كۈنلەردىلا ئەۋەتىلىدۇ: ئېلخەت ئارقىلىق كەلگەن جاۋاب، نىشانغا يېتىش، توپ-توپلاپ كېلىش تەكشۈرۈشى توسۇپ قالغان يېڭى ئىمزالار.',
  'ws.account.saveDigest': 'ساقلاش',
  'ws.mail.digest.subject': '{count, plural, one {كۈندىلىك خۇلاسىڭىز: {title}} other {كۈندىلىك خۇلاسىڭىز: # خەت ھەققىدە خەۋەر}}',
  'ws.mail.digest.title': 'كۈندىلىك خۇلاسىڭىز',
  // review: {since} is a formatted date and time; the ablative is written apart (دىن بۇيان), as after a numeral
  'ws.mail.digest.intro': 'تۆۋەندە {since} دىن بۇيان سىز تەشكىللىگەن خەتلەردە يۈز بەرگەن ئىشلار بار.',
  'ws.mail.digest.replies':
    '{count, plural, one {ئېلخەت ئارقىلىق # جاۋاب كېلىپ، سىزنى كۈتۈۋاتىدۇ: <link>ئۇنى ئېلان قىلىڭ ياكى چەتكە قويۇڭ</link>.} other {ئېلخەت ئارقىلىق # جاۋاب كېلىپ، سىزنى كۈتۈۋاتىدۇ: <link>ئۇلارنى ئېلان قىلىڭ ياكى چەتكە قويۇڭ</link>.}}',
  'ws.mail.digest.goal':
    'ئۇ نىشانىغا يەتتى: {kind, select, legislator {{goal, plural, one {# پارلامېنت ئەزاسى} other {# پارلامېنت ئەزاسى}}} organization {{goal, plural, one {# تەشكىلات} other {# تەشكىلات}}} individual {{goal, plural, one {# شەخس} other {# شەخس}}} other {{goal, plural, one {# ئىمزا} other {# ئىمزا}}}}. <link>ئىمزالارنى كۆرۈڭ</link>.',
  // review: flood check rendered توپ-توپلاپ كېلىش تەكشۈرۈشى, after ws.invalidate.heading; network = تور
  'ws.mail.digest.flooded':
    '{count, plural, one {توپ-توپلاپ كېلىش تەكشۈرۈشى # يېڭى ئىمزانى ساختا دەپ توسۇپ قالدى (بىر كۈندە بىرلا توردىن بەك كۆپ كەلگەن): ئۇ كۆرسىتىلمەيدۇ ۋە سانالمايدۇ. <link>ئىمزالارنى تەكشۈرۈڭ</link>.} other {توپ-توپلاپ كېلىش تەكشۈرۈشى # يېڭى ئىمزانى ساختا دەپ توسۇپ قالدى (بىر كۈندە بىرلا توردىن بەك كۆپ كەلگەن): ئۇلار كۆرسىتىلمەيدۇ ۋە سانالمايدۇ. <link>ئىمزالارنى تەكشۈرۈڭ</link>.}}',
  'ws.mail.digest.stop': 'خۇلاسىنى توختىتىش ئۈچۈن، ھېسابات بېتىڭىزدىكى ئۇنىڭ كاتەكچىسىدىكى بەلگىنى ئېلىۋېتىڭ: <link>{url}</link>',
  'ws.mail.digest.stopText': 'خۇلاسىنى توختىتىش ئۈچۈن، ھېسابات بېتىڭىزدىكى ئۇنىڭ كاتەكچىسىدىكى بەلگىنى ئېلىۋېتىڭ:',
  'ws.mail.footer.digest':
    'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى سىز Undersigned سۇپىسىدا تەشكىللىگەن خەتلەردە يۈز بەرگەن ئىشلارنىڭ كۈندىلىك خۇلاسىسىنى تەلەپ قىلغان؛ ئۇ پەقەت بىرەر ئىش يۈز بەرگەن كۈنلەردىلا كېلىدۇ. ئۇنى توختىتىش ئۈچۈن، ھېسابات بېتىڭىزدىكى كاتەكچىدىكى بەلگىنى ئېلىۋېتىڭ.',

  // --- replies-workspace ---
  'ws.note.replyRecorded': 'جاۋاب خاتىرىلىنىپ، خەتنىڭ يېنىدا ئېلان قىلىندى',
  'ws.note.replyPublished': 'جاۋاب خەتنىڭ يېنىدا ۋە ئۇنىڭ خاتىرە دەپتىرىدە ئېلان قىلىندى',
  'ws.note.replyDismissed': 'جاۋاب چەتكە قويۇلدى: ئۇ كۆرسىتىلمەيدۇ',
  'ws.note.replyWaitSaved': 'ساقلاندى: «جاۋاب يوق» دېيىلىشتىن بۇرۇنقى كۈتۈش ۋاقتى',
  'ws.replies.introInbound':
    'يەتكۈزۈلگەن خەتنىڭ ئېلخېتىگە بېرىلگەن جاۋابلار بۇ يەرگە ئۆزلۈكىدىن كېلىدۇ؛ ھەر بىرى بىرەر مۇھەررىر ياكى ئىگىنىڭ ئۇنى ئېلان قىلىشىنى ياكى چەتكە قويۇشىنى كۈتىدۇ. باشقا يوللار بىلەن (پوچتا ئارقىلىق، قولمۇ-قول) تاپشۇرۇۋېلىنغان جاۋابلار تۆۋەندە خاتىرىلىنىدۇ.',
  // review: “by hand” (delivered in person) rendered قولمۇ-قول; “record … by hand” (manually) rendered قولدا
  'ws.replies.introByHand': 'بۇ تور بېكەت ئېلخەت قوبۇل قىلمايدۇ: قوبۇل قىلغۇچىلار سىزگە ئەۋەتكەن جاۋابلارنى (پوچتا ئارقىلىق، ئېلخەت ئارقىلىق، قولمۇ-قول) بۇ يەردە قولدا خاتىرىلەڭ.',
  'ws.replies.waitingHeading': 'سىزنى كۈتۈۋاتقانلار ({count, number})',
  'ws.replies.noneWaiting': 'قارار كۈتۈۋاتقان جاۋاب يوق.',
  'ws.replies.readOnly': 'پەقەت خەتنىڭ ئىگىلىرى ۋە مۇھەررىرلىرىلا جاۋابلارنى ئېلان قىلالايدۇ ياكى چەتكە قويالايدۇ.',
  'ws.replies.verified': '{domain} ئۈچۈن DKIM ئارقىلىق دەلىللەنگەن',
  'ws.replies.unverified':
    '{known, select, yes {دەلىللەنمىگەن: {domain} دومېنىدىن ئەۋەتىلگەن؛ ئېلان قىلىشتىن بۇرۇن تەكشۈرۈڭ.} other {دەلىللەنمىگەن: ئەۋەتكۈچىنىڭ دومېنى نامەلۇم؛ ئېلان قىلىشتىن بۇرۇن تەكشۈرۈڭ.}}',
  'ws.replies.received': 'تاپشۇرۇۋېلىنغان ۋاقتى',
  'ws.replies.subject': 'تېما',
  'ws.replies.noSubject': '(تېمىسى يوق)',
  'ws.replies.readAll': 'پۈتۈن جاۋابنى ئوقۇش ({count, plural, one {# ھەرپ} other {# ھەرپ}})',
  'ws.replies.document': '{position, number}-ھۆججەت: {type}، {kb, number} KB',
  'ws.replies.publish': 'ئېلان قىلىش',
  // review: dismiss / set aside a reply rendered چەتكە قويۇش throughout the replies section, the digest and the audit log
  'ws.replies.dismiss': 'چەتكە قويۇش',
  'ws.replies.recordHeading': 'جاۋاب خاتىرىلەش',
  'ws.replies.recordIntro':
    'بىرەر قوبۇل قىلغۇچى سىزگە باشقا يول بىلەن (پوچتا ئارقىلىق، ئۆزىڭىزنىڭ ئېلخەت ساندۇقىغا، قولمۇ-قول) ئەۋەتكەن جاۋاب: ئۇنىڭ يېزىلغان پېتى تېكىستى، شۇنداقلا بولسا، ئۇنىڭ سكانېرلانغان نۇسخىسى ياكى ھۆججىتى.',
  'ws.replies.from': 'ئەۋەتكۈچى',
  'ws.replies.chooseAddressee': 'قوبۇل قىلغۇچىنى تاللاڭ',
  'ws.replies.dated': 'چېسلاسى',
  'ws.replies.text': 'جاۋاب',
  'ws.replies.textHint': '(يېزىلغان پېتى؛ ساپ تېكىست)',
  'ws.replies.files': 'ھۆججەتلەر',
  'ws.replies.filesHint': '(ئىختىيارىي: PDF ياكى رەسىم، ئەڭ كۆپ بولغاندا {max, plural, one {# ھۆججەت} other {# ھۆججەت}}، ھەر بىرى ئەڭ چوڭ بولغاندا 10 MB)',
  'ws.replies.recordPublic': 'ئۇنى خاتىرىلىسىڭىز، ئۇ دەرھال ئېلان قىلىنىدۇ: خەتنىڭ يېنىدا، ئۇنىڭ ئاشكارا خاتىرە دەپتىرىدە ۋە كېيىنكى PDF ھۆججىتىدە. بۇنى ئەمەلدىن قالدۇرغىلى بولمايدۇ.',
  'ws.replies.record': 'جاۋابنى خاتىرىلەپ ئېلان قىلىش',
  'ws.replies.noAddressees': 'خەتنىڭ تېخى قوبۇل قىلغۇچىسى يوق: ئاۋۋال ئۇلارنى قوشۇڭ.',
  'ws.replies.publishedHeading': 'ئېلان قىلىنغانلار ({count, number})',
  'ws.replies.nonePublished': 'تېخى ھېچقانداق جاۋاب ئېلان قىلىنمىدى.',
  'ws.replies.byHand': 'بىر تەشكىللىگۈچى خاتىرىلىگەن',
  'ws.replies.byMailUnverified': 'ئېلخەت ئارقىلىق كەلگەن، DKIM ئارقىلىق دەلىللەنمىگەن',
  'ws.replies.publishedOn': 'چېسلاسى: {received}، ئېلان قىلىنغان ۋاقتى: {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {ھېچقانداق جاۋاب چەتكە قويۇلمىدى.} one {# جاۋاب چەتكە قويۇلدى (ئەخلەت ئېلخەت، ئاپتوماتىك جاۋاب): ئۇ كۆرسىتىلمەيدۇ.} other {# جاۋاب چەتكە قويۇلدى (ئەخلەت ئېلخەت، ئاپتوماتىك جاۋابلار): ئۇلار كۆرسىتىلمەيدۇ.}}',
  'ws.replies.publishHeading': '{who}نىڭ جاۋابى ئېلان قىلىنسۇنمۇ؟',
  'ws.replies.confirmVerified': 'ئۇ {domain} ئۈچۈن DKIM ئارقىلىق دەلىللەنگەن: شۇ دومېننىڭ ئېلخەت مۇلازىمېتىرى ئۇنىڭغا ئىمزا قويغان.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {ئۇ دەلىللەنمىگەن: ئۇ {domain} دومېنىدىن ئەۋەتىلگەن، ئەمما ئۇنىڭ قوبۇل قىلغۇچىدىن كەلگەنلىكىنى ھېچنەرسە ئىسپاتلىمايدۇ. ئېلان قىلىشتىن بۇرۇن تەكشۈرۈڭ.} other {ئۇ دەلىللەنمىگەن: ئۇنىڭ قوبۇل قىلغۇچىدىن كەلگەنلىكىنى ھېچنەرسە ئىسپاتلىمايدۇ. ئېلان قىلىشتىن بۇرۇن تەكشۈرۈڭ.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {ئۇ خەتنىڭ يېنىدا، ئۇنىڭ ئاشكارا بېتىدە ھەممە ئادەم ئوقۇيالايدىغان ھالدا ئېلان قىلىنىدۇ.} one {ئۇ ھۆججىتى بىلەن بىللە خەتنىڭ يېنىدا، ئۇنىڭ ئاشكارا بېتىدە ھەممە ئادەم ئوقۇيالايدىغان ھالدا ئېلان قىلىنىدۇ.} other {ئۇ # ھۆججىتى بىلەن بىللە خەتنىڭ يېنىدا، ئۇنىڭ ئاشكارا بېتىدە ھەممە ئادەم ئوقۇيالايدىغان ھالدا ئېلان قىلىنىدۇ.}}\nئۇ خەتنىڭ ئاشكارا خاتىرە دەپتىرىگە يېزىلىدۇ ۋە خەتنىڭ كېيىنكى PDF ھۆججىتىدە كۆرۈنىدۇ.\nبۇنى ئەمەلدىن قالدۇرغىلى بولمايدۇ: ئېلان قىلىنغان جاۋاب ئېلان قىلىنغان پېتى قالىدۇ.',
  'ws.replies.publishButton': 'جاۋابنى ئېلان قىلىش',
  'ws.replies.dismissHeading': '{who}نىڭ جاۋابى چەتكە قويۇلسۇنمۇ؟',
  'ws.replies.dismissConsequences':
    'ئۇ ھەرگىز كۆرسىتىلمەيدۇ: خەتنىڭ يېنىدىمۇ، خاتىرە دەپتىرىدىمۇ، PDF ھۆججىتىدىمۇ.\nبۇنى ئەخلەت ئېلخەت، ئاپتوماتىك جاۋاب ياكى خەتكە جاۋاب بولمىغان ئۇچۇرلار ئۈچۈن ئىشلىتىڭ.\nئۇنى كېيىن ئېلان قىلغىلى بولمايدۇ.',
  'ws.replies.dismissButton': 'چەتكە قويۇش',
  'ws.replyWait.heading': 'جاۋابلار',
  'ws.replyWait.intro':
    'خەتنىڭ بېتىدە ھەر بىر قوبۇل قىلغۇچىنىڭ جاۋاب بەرگەن-بەرمىگەنلىكى كۆرسىتىلىدۇ. خەت ئۇنىڭغا يەتكەندىن كېيىن مۇشۇنچە كۈن ئىچىدە جاۋاب بەرمىگەن قوبۇل قىلغۇچى «جاۋاب يوق» دەپ كۆرسىتىلىدۇ.',
  'ws.replyWait.label': 'قوبۇل قىلغۇچى مۇشۇنچە كۈندىن كېيىن «جاۋاب يوق» دەپ ھېسابلانسۇن',
  'ws.replyWait.save': 'ساقلاش',
} satisfies WorkspaceCatalog;
