import type { WorkspaceCatalog } from '../en/site-type.js';

/** Uyghur: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role terms: owner ئىگە, editor مۇھەررىر, moderator تەكشۈرگۈچى (one who reviews/moderates), viewer كۆرگۈچى
  'ws.role': '{role, select, owner {ئىگە} editor {مۇھەررىر} moderator {تەكشۈرگۈچى} viewer {كۆرگۈچى} other {{role}}}',
  // review: legislator rendered as پارلامېنت ئەزاسى (member of parliament), the general term
  'ws.kind': '{kind, select, legislator {پارلامېنت ئەزاسى} organization {تەشكىلات} individual {شەخس} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {كۈتۈۋاتقان} confirmed {جەزملەشتۈرۈلگەن} withdrawn {قايتۇرۇۋېلىنغان} fraudulent {ساختا} other {{status}}}',
  // review: shadow (hidden from the public list without telling the signer) rendered as يوشۇرۇن چەكلەنگەن
  'ws.moderation': '{state, select, none {يوق} pending {كۈتۈۋاتقان} approved {تەستىقلانغان} rejected {رەت قىلىنغان} shadow {يوشۇرۇن چەكلەنگەن} other {{state}}}',
  // review: internet domain rendered as the loanword دومېن
  'ws.verification': '{by, select, domain {دومېن} invited {تەكلىپ قىلىنغان} approved {تەستىقلانغان} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {دومېن} invited {تەكلىپ قىلىنغان} approved {تەستىقلانغان} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {تەستىقلاش} reject {رەت قىلىش} shadow {يوشۇرۇن چەكلەش} other {{decision}}}',

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
    '{field, select, title {ماۋزۇ} addressee {خەت يوللانغان تەرەپ} summary {قىسقىچە مەزمۇن} language {تىل} body {تېكىست} slug {ئادرېس} closesAt {تاقىلىش ۋاقتى} email {ئېلخەت} role {رول} label {خەتكۈچ} origins {تور بېكەتلەر} goal {نىشان قىلىنغان ئىمزا سانى} csv {تىزىملىك} name {ئىسىم} kind {تۈرى} country {دۆلەت} parliament {پارلامېنت} party {پارتىيە} organization {تەشكىلات} website {تور بېكەت} other {بۇ تۈر}}',
  // review: CSV column rendered as ئىستون; founding round as قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچى (as in ws.note.status); held signatures as توختىتىلغان ئىمزالار (as in ws.col.heldBecause)
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: بۇ تۈرنى تولدۇرۇش زۆرۈر.} tooLong {{field}: بەك ئۇزۇن.} email {{field}: بۇ ئېلخەت ئادرېسى ئەمەس.} website {{field}: بۇ تور ئادرېسى ئەمەس.} noLink {{field}: بۇ يەردە تور ئادرېسى قوبۇل قىلىنمايدۇ.} noLetter {{field}: بۇنىڭدا كەم دېگەندە بىر ھەرپ ياكى رەقەم بولۇشى كېرەك.} choose {{field}: تاللانمىلارنىڭ بىرىنى تاللاڭ.} languageTag {{field}: بۇ تىل كودى ئەمەس (مەسىلەن: ug، en ياكى zh-Hant).} future {{field}: بۇ كەلگۈسىدىكى بىر ۋاقىت بولۇشى كېرەك.} ownLanguage {{field}: بۇ خەتنىڭ ئۆز تىلى؛ ئۇنىڭ ئورنىغا خەتنىڭ ئۆزىنى تەھرىرلەڭ.} other {{field}: بۇ ئىناۋەتسىز؛ يازغانلىرىڭىزنى تەكشۈرۈپ بېقىڭ.}}} KIND_NOT_ACCEPTED {بۇ خەت بۇ تۈردىكى كىشىلەرنىڭ ئىمزاسىنى قوبۇل قىلمايدۇ.} DUPLICATE {ئوخشاش ئادرېس بۇ تىزىملىكنىڭ ئالدىنقى قىسمىدا ئاللىقاچان بار.} INVALID_CSV {{reason, select, columns {نامەلۇم ئىستونلار: {columns}. بىرىنچى قۇر ئىستونلارنىڭ نامىنى بېرىدۇ؛ ئىشلىتىشكە بولىدىغانلىرى: {expected}.} tooMany {بىر قېتىمدا ئەڭ كۆپ بولغاندا {max, number} كىشىنى تەكلىپ قىلغىلى بولىدۇ.} other {تىزىملىكنى CSV سۈپىتىدە ئوقۇغىلى بولمىدى.}}} NOT_TAKING_SIGNATURES {تەكلىپنامىلەر پەقەت خەت قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىدا ياكى ئوچۇق ھالەتتە بولغاندىلا ئەۋەتىلىدۇ.} LETTER_CLOSED {بۇ خەت تاقالدى، شۇڭا ئۇنىڭ توختىتىلغان ئىمزالىرى قوشۇلمايدۇ.} ALREADY_PUBLISHED {پەقەت ئارگىناللا قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىنى باشلىيالايدۇ.} NOT_PUBLISHED {بۇ خەت تېخى ئاشكارىلانمىدى: ئاۋۋال ئۇنى ئېلان قىلىڭ.} SLUG_TAKEN {باشقا بىر خەت بۇ ئادرېسنى ئاللىقاچان ئىشلىتىۋاتىدۇ.} SLUG_FROZEN {ئېلان قىلىنغان خەتنىڭ ئادرېسىنى ئۆزگەرتكىلى بولمايدۇ.} CLOSING_TIME_PASSED {خەتنى ئېچىشتىن بۇرۇن كەلگۈسىدىكى بىر تاقىلىش ۋاقتىنى بەلگىلەڭ.} LAST_OWNER {ھەر بىر خەتنىڭ كەم دېگەندە بىر ئىگىسى بولۇشى كېرەك: ئاۋۋال باشقا بىرىنى ئىگە قىلىڭ.} ORGANIZER_NOT_FOUND {بۇ خەتنىڭ تەشكىللىگۈچىلىرى ئارىسىدا بۇ ئادرېسلىق ھېچكىم يوق.} SIGNATURE_NOT_FOUND {بۇ ئىمزا ئەمدى مەۋجۇت ئەمەس.} other {بۇنى ئورۇنداشقا بولمىدى ({code}).}}',

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
  'ws.queue.sharedMail': '(ئورتاق ئېلخەت: ھەر قانداق كىشى ئىشلىتىشى مۇمكىن)',
  'ws.queue.kindModerated': '{kind, select, legislator {پارلامېنت ئەزالىرى تەكشۈرۈلىدۇ} organization {تەشكىلاتلار تەكشۈرۈلىدۇ} individual {شەخسلەر تەكشۈرۈلىدۇ} other {{kind}: تەكشۈرۈلىدۇ}}',
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
  'ws.col.when': 'ۋاقتى',
  'ws.col.who': 'كىم',
  'ws.col.what': 'نېمە',
  // review: On (the object an audit entry acts on) rendered as نىشان (target)
  'ws.col.on': 'نىشان',
  'ws.col.detail': 'تەپسىلاتى',
  'ws.col.result': 'نەتىجە',
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

  'ws.audit.heading': 'تەپتىش خاتىرىسى',
  // review: operator (whoever runs this instance of the platform) rendered as سۇپا باشقۇرغۇچىسى (platform administrator)
  'ws.audit.operator': 'سۇپا باشقۇرغۇچىسى',
  'ws.audit.readAddresses': 'ئادرېسلارنى ئوقۇدى',
  'ws.audit.readDomains': 'ئادرېس دومېنلىرىنى ئوقۇدى',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {سۇپا باشقۇرغۇچىسى: ئادرېس دومېنلىرىنى ئوقۇدى} other {سۇپا باشقۇرغۇچىسى: ئادرېسلارنى ئوقۇدى}}',

  'ws.note.draftSaved': 'ئارگىنال ساقلاندى',
  'ws.note.saved': 'ساقلاندى',
  'ws.note.status':
    '{status, select, draft {خەت ھازىر ئارگىنال ھالىتىدە} founding {خەت ھازىر قۇرغۇچى ئىمزا قويغۇچىلار باسقۇچىدا} open {خەت ھازىر ئوچۇق} closed {خەت ھازىر تاقالدى} other {خەتنىڭ ھازىرقى ھالىتى: {status}}}',
  'ws.note.moderated': '{decision, select, approve {ئىمزا: تەستىقلاندى} reject {ئىمزا: رەت قىلىندى} shadow {ئىمزا: يوشۇرۇن چەكلەندى} other {ئىمزا: {decision}}}',
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
  'ws.mail.footer': 'بۇ ئېلخەتنى Undersigned سۇپىسى ئوچۇق خەت تەشكىللىگۈچىسىگە ئەۋەتتى.',
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
} satisfies WorkspaceCatalog;
