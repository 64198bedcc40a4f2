import type { SiteCatalog } from '../en/site-type.js';

/** Uyghur: the public pages, the signers' mail and the PDF. */
export default {
  // review: list patterns written from memory of CLDR ug (start/middle with ، and the pair/end with ۋە); please confirm
  'list.two': '{first} ۋە {second}',
  'list.start': '{first}، {second}',
  'list.middle': '{first}، {second}',
  'list.end': '{first} ۋە {second}',
  // same as English: only a number in brackets
  'list.count': '({count, number})',
  // Uyghur comma between the parts of one line
  'list.separator': '، ',

  'site.skip': 'مەزمۇنغا ئۆتۈش',
  'site.footer': '{siteName}: ئىمزا قويۇلغان ۋە دەلىللەنگەن ئوچۇق خەتلەر. ئىمزا قويغۇچىلارنىڭ ئېلخەت ئادرېسى ھەرگىز ئاشكارىلانمايدۇ.',
  'site.languages': 'تىللار',
  'site.backToLetter': 'خەتكە قايتىش',
  'site.backToStart': 'باش بەتكە قايتىش',
  'site.choose': 'تاللاڭ…',
  'site.optional': '(ئىختىيارىي)',

  'home.title': 'ئوچۇق خەتلەر',
  'home.intro':
    'پارلامېنت ئەزالىرى، تەشكىلاتلار ۋە شەخسلەر ئىمزا قويغان بىرلەشمە خەتلەر. ھەر بىر ئىمزا ئېلخەت ئارقىلىق جەزملەشتۈرۈلىدۇ؛ ئىمزا قويغۇچىلارنىڭ ئورگان تەۋەلىكى ئىمكان بار يەردە دەلىللىنىدۇ.',
  // review: “To {addressee}” rendered as “recipient: …” to avoid a case suffix on the placeholder
  'home.to': 'قوبۇل قىلغۇچى: {addressee}',
  'home.none': 'تېخى ھېچقانداق خەت ئېلان قىلىنمىدى.',

  'status.open': 'ئىمزا قويۇشقا ئوچۇق',
  'status.closed': 'تاقالدى',
  'status.closedOn': 'تاقالغان ۋاقتى: {date}',
  'status.draft': 'لايىھە',

  // review: legislator rendered as پارلامېنت ئەزاسى (member of parliament, the general term); kind.choice follows the legend ئىمزا قويۇش سالاھىيىتى (signing capacity)
  'kind.plural': '{kind, select, legislator {پارلامېنت ئەزالىرى} organization {تەشكىلاتلار} other {شەخسلەر}}',
  'kind.singular': '{kind, select, legislator {پارلامېنت ئەزاسى} organization {تەشكىلات} other {شەخس}}',
  'kind.choice': '{kind, select, legislator {پارلامېنت ئەزاسى} organization {تەشكىلات} other {شەخس}}',

  'summary.legislators': '{countries, plural, one {# دۆلەتتىن} other {# دۆلەتتىن}} كەلگەن {legislators, plural, one {# پارلامېنت ئەزاسى} other {# پارلامېنت ئەزاسى}}',
  'summary.organizations': '{n, plural, one {# تەشكىلات} other {# تەشكىلات}}',
  'summary.individuals': '{n, plural, one {# شەخس} other {# شەخس}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: written as “37 (goal: 100 members of parliament)”, like signatories.page, to avoid an ablative suffix on the counted noun; nouns stay singular after a number
  'goal.progress':
    '{current, number} (نىشان: {kind, select, legislator {{goal, plural, one {# پارلامېنت ئەزاسى} other {# پارلامېنت ئەزاسى}}} organization {{goal, plural, one {# تەشكىلات} other {# تەشكىلات}}} individual {{goal, plural, one {# شەخس} other {# شەخس}}} other {{goal, plural, one {# ئىمزا} other {# ئىمزا}}}})',
  'summary.none': 'تېخى ئىمزا يوق',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {تېخى ئىمزا يوق} one {<strong>#</strong> ئىمزا} other {<strong>#</strong> ئىمزا}}',

  'letter.to': 'قوبۇل قىلغۇچى: {addressee}',
  'letter.published': 'ئېلان قىلىنغان ۋاقتى: {date}',
  'letter.publishedUntil': 'ئېلان قىلىنغان ۋاقتى: {date} · ئىمزا قويۇش مۆھلىتى: {until}',
  'letter.outdated': 'بۇ تەرجىمە تېكىستنىڭ {basedOn}-نەشرىگە ئاساسلانغان، تېكىست شۇنىڭدىن كېيىن ئۆزگەرتىلگەن (ھازىر {current}-نەشرى)؛ ئەسلى نۇسخىسى ئۆلچەم قىلىنىدۇ.',
  'letter.untranslated': 'بۇ خەتنىڭ {language} تەرجىمىسى يوق: تېكىستى ئەسلى تىلىدا كۆرسىتىلدى.',
  'letter.downloadPdf': 'PDF شەكلىدە چۈشۈرۈش',
  'letter.downloadCsv': 'ئىمزا قويغۇچىلار تىزىملىكى (CSV)',
  'letter.textLanguages': 'تېكىستنىڭ باشقا تىللاردىكى نۇسخىلىرى',

  'signatories.heading': 'ئىمزا قويغۇچىلار',
  // review: founding signatories rendered as دەسلەپكى ئىمزا قويغۇچىلار (initial signatories, invited before the letter opens)
  'signatories.founding': 'دەسلەپكى ئىمزا قويغۇچىلار',
  'signatories.others': 'ئىمزا قويغۇچىلار',
  'signatories.pages': 'ئىمزا قويغۇچىلار بەتلىرى',
  'signatories.previous': 'ئالدىنقى بەت',
  'signatories.next': 'كېيىنكى بەت',
  'signatories.page': '{page, number}-بەت (جەمئىي {pages, number} بەت)',
  'signatories.identification': 'ئۇنۋان ۋە تەۋەلىكلەر پەقەت كىملىكنى بىلدۈرۈش ئۈچۈنلا بېرىلدى.',
  'signatories.unlisted': 'ئۆز تەلىپى بويىچە سانغا قوشۇلغان، ئەمما تىزىملىككە كىرگۈزۈلمىگەنلەر: {n, number}.',
  'signatories.withheldUntil':
    'ئىسىملارنىڭ ھەممىسى {date} بىراقلا ئېلان قىلىنىدۇ؛ ئۇنىڭغىچە ئىمزا قويغۇچىلار پەقەت سانغا قوشۇلىدۇ ({n, plural, one {# ئىسىم} other {# ئىسىم}} ئېلان قىلىنىشنى كۈتمەكتە).',
  'signatories.withheldThreshold':
    'ھېچكىم ئۆز دۆلىتىدىن كۆرۈنىدىغان بىردىنبىر ئىمزا قويغۇچى بولۇپ قالماسلىقى ئۈچۈن، بىر دۆلەتتىن {k, plural, one {# كىشى} other {# كىشى}} ئىمزا قويغاندىن كېيىن، شۇ دۆلەتتىكىلەرنىڭ ئىسىملىرى ئېلان قىلىنىدۇ. ھازىرغىچە سانغا قوشۇلغان، ئەمما ئىسىملىرى تېخى ئېلان قىلىنمىغانلار: {countries}.',
  // same as English: a name and a number in brackets
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'يېڭى ئىمزالار بۇ تىزىملىككە {unit, select, second {{n, plural, one {ھەر سېكۇنتتا} other {ھەر # سېكۇنتتا}}} minute {{n, plural, one {ھەر مىنۇتتا} other {ھەر # مىنۇتتا}}} other {{n, plural, one {ھەر سائەتتە} other {ھەر # سائەتتە}}}} بىر قېتىم، تۈركۈم بويىچە بىرلىكتە قوشۇلىدۇ؛ شۇنىڭ بىلەن تىزىملىكتىن ھېچكىمنىڭ قاچان ئىمزا قويغانلىقى بىلىنمەيدۇ.',
  'signatories.history': '<history>بۇ تېكىست تۇنجى قېتىم ئىمزا قويۇلغاندىن بۇيان ئۆزگەرتىلدى: ئۆزگىرىش تارىخىنى كۆرۈڭ.</history>',
  'signatories.earlierVersion': '({version}-نەشرىگە ئىمزا قويغان)',
  'signatories.verified': '✓ دەلىللەنگەن',
  'signatories.verifiedDomain': '✓ دەلىللەنگەن: @{domain} ئادرېسىدىن يازغان',
  'signatories.verifiedHow':
    '{how, select, domain {دەلىللەنگەن: ئورگاننىڭ ئېلخەت دائىرە نامىدىن يازغان} invited {دەلىللەنگەن: تەشكىللىگۈچىلەر تەكلىپ قىلغان} other {دەلىللەنگەن: تەشكىللىگۈچىلەر تەستىقلىغان}}',

  // review: ledger = خاتىرە دەپتىرى, entry = تۈر, hash = ھەش قىممىتى, signed head = دەپتەرنىڭ ئىمزالانغان ھالىتى, witness = گۇۋاھچى, cosign = بىرلىكتە ئىمزا قويماق; check the technical vocabulary
  'ledger.note':
    'بۇ تىزىملىككە قوشۇلغان ياكى ئۇنىڭدىن چىقىپ كەتكەن ھەر بىر ئىمزا ئۆزگەرتىلسە بىلىنىپ قالىدىغان خاتىرە دەپتىرىگە يېزىلىدۇ: {n, plural, one {# تۈر} other {# تۈر}}، ئەڭ ئاخىرقىسى <code>{head}</code>؛ بۇ تور بېكەت دەپتەرنىڭ بۇ ھالىتىنى ئۆزىنىڭ <key>ئاشكارا ئاچقۇچى</key> بىلەن <checkpoint>ئىمزالىغان</checkpoint>.',
  'ledger.witnessed':
    '{count, plural, one {# مۇستەقىل گۇۋاھچى} other {# مۇستەقىل گۇۋاھچى}} دەپتەرگە پەقەت يېڭى تۈرلەرلا قوشۇلغانلىقىنى تەكشۈرۈپ، ئۇنىڭ دەسلەپكى {size, plural, one {# تۈرىگە} other {# تۈرىگە}} بىرلىكتە ئىمزا قويدى (ئەڭ ئاخىرقى قېتىم: {date}).',
  'ledger.unwitnessed': 'تېخى ھېچقانداق مۇستەقىل گۇۋاھچى ئۇنىڭغا بىرلىكتە ئىمزا قويمىدى.',
  'ledger.check': '<ledger>خاتىرە دەپتىرىنى ئوقۇڭ</ledger>، ياكى <verifier>دەلىللەش قورالى</verifier> ئارقىلىق ئۆزىڭىز تەكشۈرۈڭ:',
  'ledger.short': 'بۇ تىزىملىككە قوشۇلغان ياكى ئۇنىڭدىن چىقىپ كەتكەن ھەر بىر ئىمزا ئۆزگەرتىلسە بىلىنىپ قالىدىغان خاتىرە دەپتىرىگە يېزىلىدۇ: <verify>بۇ تىزىملىكنى دەلىللەڭ</verify>.',

  // The pictures of the signatures (letters/pictures.ts): headings, and the words that say what each shows.
  'pictures.timelineHeading': 'ۋاقىت بويىچە ئىمزالار',
  // review: chart = دىئاگرامما; the span is written “{from} – {to} ئارىلىقىدا” and the busiest day after a colon, to avoid case suffixes on the formatted dates (8-مارت، 2025); check it reads naturally
  'pictures.timelineAlt':
    'ئىمزالارنىڭ ۋاقىت بويىچە دىئاگراممىسى: {from} – {to} ئارىلىقىدا {total, plural, one {# ئىمزا} other {# ئىمزا}} قويۇلغان؛ ئەڭ كۆپ ئىمزا قويۇلغان كۈن: {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'ئىمزا قويغۇچىلارنىڭ جۇغراپىيىلىك تارقىلىشى',
  'pictures.mapAlt':
    'دۇنيا خەرىتىسى: ئىمزا قويغۇچىلار {countries, plural, one {# دۆلەتتىن} other {# دۆلەتتىن}}، پارلامېنت ئەزالىرى {legislatorCountries, plural, one {# دۆلەتتىن} other {# دۆلەتتىن}} كەلگەن.',
  'pictures.legendLegislators': 'پارلامېنت ئەزالىرى',
  'pictures.legendSignatories': 'باشقا ئىمزا قويغۇچىلار',
  'pictures.byCountry': 'دۆلەتلەر بويىچە ئىمزا قويغۇچىلار',
  'pictures.countryLine':
    '{country}: {n, plural, one {# ئىمزا قويغۇچى} other {# ئىمزا قويغۇچى}}{legislators, plural, =0 {} one {، ئۇلارنىڭ ئىچىدە # پارلامېنت ئەزاسى} other {، ئۇلارنىڭ ئىچىدە # پارلامېنت ئەزاسى}}',

  'verify.title': 'ئىمزا قويغۇچىلارنى دەلىللەش: {title}',
  'verify.heading': 'ئىمزا قويغۇچىلار تىزىملىكىنى دەلىللەش',

  'sign.heading': 'بۇ خەتكە ئىمزا قويۇش',
  'sign.honeypot': 'بۇنى بوش قالدۇرۇڭ',
  'sign.warningHeading': 'جەزملەشتۈرۈش ئېلخېتىنى ئەۋەتىشتىن بۇرۇن',
  'sign.otherAddress': '<other>باشقا ئادرېس ئىشلىتىش</other>: ئۇنى تۆۋەندە ئۆزگەرتىپ، ئاندىن ئىمزا قويۇڭ. تېخى ھېچنەرسە ئەۋەتىلمىدى.',
  'sign.countedOnly': 'ئىسمىمنى تىزىملىككە كىرگۈزمەي ئىمزا قويۇش (پەقەت سانغا قوشۇلىدۇ)',
  'sign.countedOnlyHint': '— جەزملەشتۈرۈش ئېلخېتى يەنىلا بۇ ئادرېسقا ئەۋەتىلىدۇ',
  'sign.continue': 'مۇشۇ ئادرېس بىلەن داۋاملاشتۇرۇش',
  'sign.as': 'ئىمزا قويۇش سالاھىيىتى',
  'sign.name': 'ئىسىم',
  'sign.nameHint': '(تەشكىلات بولسا: ئۇنىڭ ۋەكىلى)',
  'sign.email': 'ئېلخەت',
  'sign.emailHint': '(ھەرگىز ئاشكارىلانمايدۇ؛ جەزملەشتۈرۈش ئۇلانمىسى مۇشۇ ئادرېسقا ئەۋەتىلىدۇ)',
  'sign.country': 'دۆلەت',
  'sign.title': 'ئۇنۋان',
  'sign.titleHint': '(مەسىلەن: پارلامېنت ئەزاسى، سېناتور)',
  'sign.parliament': 'پارلامېنت',
  'sign.party': 'پارتىيە',
  'sign.organization': 'تەشكىلات',
  'sign.role': 'ئۇنىڭدىكى ۋەزىپىڭىز',
  'sign.website': 'تور بېكەت',
  'sign.websiteHint': '(شۇ دائىرە نامىدىكى ئادرېسىڭىز ئىمزانى دەلىللەنگەن دەپ بەلگىلەيدۇ)',
  'sign.display': 'ئاشكارا تىزىملىكتە كۆرسىتىش',
  'sign.displayChoice': '{display, select, full {تولۇق ئىسمىم} initials {پەقەت ئىسمىمنىڭ باش ھەرپلىرى} other {ھېچنەرسە: سانغا قوشۇلسۇن، ئەمما تىزىملىككە كىرگۈزۈلمىسۇن}}',
  'sign.submit': 'ئىمزا قويۇش',
  // review: the genitive نىڭ is attached directly to {state} (it has no vowel-harmony variants); other cases are avoided with بىلەن
  'sign.risky':
    '{jurisdiction, select, none {ئېلخەت مۇلازىمىتىڭىز ({provider}) بۇ خەتنىڭ تەشكىللىگۈچىلىرى ئاگاھلاندۇرغان مۇلازىمەتلەرنىڭ بىرى: بۇ خەت مۇناسىۋەتلىك بولغان بىرەر دۆلەتنىڭ دائىرىلىرى ئېلخەتلىرىڭىزنى ئوقۇيالىشى مۇمكىن.} other {ئېلخەت مۇلازىمىتىڭىز ({provider}) {state}نىڭ قانۇنلىرىغا بويسۇنىدۇ، بۇ دۆلەتنىڭ دائىرىلىرى ئېلخەتلىرىڭىزنى ئوقۇيالايدۇ. {chosen, select, yes {بۇ خەت {state} بىلەن مۇناسىۋەتلىك.} other {ئەگەر بۇ خەت {state} بىلەن مۇناسىۋەتلىك بولسا، بىز ئەۋەتىدىغان جەزملەشتۈرۈش ئېلخېتى ئۇلارغا سىزنىڭ بۇ خەتكە ئىمزا قويغانلىقىڭىزنى بىلدۈرۈپ قويىدۇ.}}}}',
  'sign.riskyChoices': 'باشقا ئادرېس ئىشلىتەلەيسىز، ياكى ئىسمىڭىزنى تىزىملىككە كىرگۈزمەي ئىمزا قويالايسىز (پەقەت سانغا قوشۇلىدۇ)، ياكى شۇنداقتىمۇ داۋاملاشتۇرالايسىز.',
  'sign.fieldName':
    '{field, select, name {ئىسىم} email {ئېلخەت} country {دۆلەت} kind {ئىمزا قويۇش سالاھىيىتى} title {ئۇنۋان} parliament {پارلامېنت} party {پارتىيە} organization {تەشكىلات} role {ئۇنىڭدىكى ۋەزىپىڭىز} website {تور بېكەت} display {ئاشكارا تىزىملىكتە كۆرسىتىش} other {بۇ تۈر}}',
  'sign.error':
    '{reason, select, required {{field}: بۇ تۈرنى تولدۇرۇش زۆرۈر.} requiredForKind {{field}: {kind, select, legislator {پارلامېنت ئەزاسى} organization {تەشكىلات} other {شەخس}} سۈپىتىدە ئىمزا قويغاندا بۇ تۈرنى تولدۇرۇش زۆرۈر.} tooLong {{field}: بەك ئۇزۇن.} kindNotAccepted {بۇ خەت {kind, select, legislator {پارلامېنت ئەزالىرىنىڭ} organization {تەشكىلاتلارنىڭ} other {شەخسلەرنىڭ}} ئىمزاسىنى قوبۇل قىلمايدۇ.} email {{field}: بۇ بىز خەت ئەۋەتەلەيدىغان ئېلخەت ئادرېسى ئەمەس.} website {{field}: بۇ تور ئادرېسى ئەمەس (مەسىلەن: https://example.org).} noLink {{field}: بۇ يەردە تور ئادرېسى قوبۇل قىلىنمايدۇ.} noLetter {{field}: بۇنىڭدا كەم دېگەندە بىر ھەرپ ياكى رەقەم بولۇشى كېرەك.} choose {{field}: تاللانمىلارنىڭ بىرىنى تاللاڭ.} other {{field}: بۇ ئىناۋەتسىز؛ يازغانلىرىڭىزنى تەكشۈرۈپ بېقىڭ.}}',
  // review: “problem” rendered as مەسىلە (issue) rather than خاتالىق (error), for a gentler heading; please confirm
  'sign.errorsHeading': '{n, plural, one {يازغانلىرىڭىزدا بىر مەسىلە بار} other {يازغانلىرىڭىزدا # مەسىلە بار}}',

  'check.title': 'ئېلخەت ساندۇقىڭىزنى تەكشۈرۈڭ',
  'check.sent': 'سىز بەرگەن ئادرېسقا بىر ئۇچۇر ئەۋەتتۇق. ئۇنىڭدىكى ئۇلانمىنى ئېچىپ جەزملەشتۈرگەندىن كېيىن، ئىمزايىڭىز ھېسابقا ئېلىنىدۇ.',
  'check.nothing': 'ئۇچۇر كەلمىدىمۇ؟ ئەخلەت خەت قىسقۇچىنى تەكشۈرۈڭ، ياكى ئۇنى قايتا ئەۋەتتۈرۈش ئۈچۈن قايتا ئىمزا قويۇڭ.',

  'shown.list': 'ئاشكارا تىزىملىكتە',
  'shown.notListed': '<strong>تىزىملىككە كىرگۈزۈلمىگەن</strong>: سانغا قوشۇلغان، ئەمما ئىسمى كۆرسىتىلمىگەن',
  'shown.kind': 'ئىمزا قويۇش سالاھىيىتى',
  'shown.country': 'دۆلەت',
  'shown.display': 'كۆرسىتىلىشى',
  'shown.displayChoice': '{display, select, full {تولۇق ئىسمىڭىز} initials {پەقەت ئىسمىڭىزنىڭ باش ھەرپلىرى} other {تىزىملىككە كىرگۈزۈلمەيدۇ: سانغا قوشۇلىدۇ، ئەمما ئىسمىڭىز كۆرسىتىلمەيدۇ}}',

  'confirm.title': 'ئىمزايىڭىزنى جەزملەشتۈرۈڭ',
  'confirm.closedHeading': 'بۇ خەت تاقالدى',
  'confirm.closed': '<letter>{title}</letter> سىز جەزملەشتۈرۈشتىن بۇرۇن، {date} تاقالدى، شۇڭا ئىمزايىڭىز قوشۇلمىدى.',
  'confirm.alreadyHeading': 'بۇ ئادرېس ئاللىقاچان ئىمزا قويغان',
  'confirm.already':
    'بۇ ئادرېستىن <letter>{title}</letter> ناملىق خەتكە قويۇلغان ئىمزا باشقا ئۇچۇرلار بىلەن جەزملەشتۈرۈلگەن، ۋە ئۇلار كۈچكە ئىگە. بۇ ئۇلانما ئۇلارنى ئۆزگەرتەلمەيدۇ: باشقىچە ئىمزا قويماقچى بولسىڭىز، ئۇ ئىمزانى (ئۇنىڭ ئېلخېتىدىكى ئۇلانما ئارقىلىق) قايتۇرۇۋېلىپ، قايتا ئىمزا قويۇڭ.',
  'confirm.withdrawnHeading': 'بۇ ئىمزا قايتۇرۇۋېلىنغان',
  'confirm.withdrawn': 'ئۇنى قايتا قوشۇش ئۈچۈن <letter>{title}</letter> ناملىق خەتكە قايتا ئىمزا قويۇڭ.',
  'confirm.doneHeading': 'ئىمزايىڭىز جەزملەشتۈرۈلدى',
  'confirm.heading': 'ئىمزايىڭىزنى جەزملەشتۈرۈڭ',
  'confirm.doneIntro': '<letter>{title}</letter> ناملىق خەتتە ئۇ مۇنداق كۆرسىتىلىدۇ:',
  'confirm.intro': 'جەزملەشتۈرسىڭىز، <letter>{title}</letter> ناملىق خەتتە تۆۋەندىكىلەر ئېلان قىلىنىدۇ:',
  'confirm.careful': 'ئەگەر بۇ سىز بەرگەن ئۇچۇر بولمىسا، جەزملەشتۈرمەڭ: بۇ كۇنۇپكىنى باسمىغۇچە ھېچنەرسە ئېلان قىلىنمايدۇ.',
  'confirm.submit': 'ئىمزايىمنى جەزملەشتۈرۈش',

  'confirmed.title': 'ئىمزا جەزملەشتۈرۈلدى',
  'confirmed.heading': 'رەھمەت: ئىمزايىڭىز جەزملەشتۈرۈلدى',
  'confirmed.withheld':
    'ئۇ ھازىر ھېسابقا ئېلىندى. دۆلىتىڭىزدىن يېتەرلىك ئىمزا قويغۇچى ئىمزا قويغاندا ياكى خەت رەسمىي ئېلان قىلىنغاندا، ئىسمىڭىز تىزىملىككە كىرگۈزۈلىدۇ: ئۇنىڭغىچە ھېچكىم ئۆز دۆلىتىدىن كۆرۈنىدىغان بىردىنبىر ئىمزا قويغۇچى بولۇپ قالمايدۇ.',
  'confirmed.published': 'ئۇ ھازىر ھېسابقا ئېلىندى ۋە خەتتە سىز تاللىغاندەك كۆرسىتىلىدۇ.',
  'confirmed.receipt': 'تالونىڭىز: خەتنىڭ خاتىرە دەپتىرىدىكى <strong>{position, number}</strong>-تۈر، ھەش قىممىتى <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'تالونىڭىز: خەتنىڭ خاتىرە دەپتىرىدىكى <strong>{position, number}</strong>-تۈر، ھەش قىممىتى <code>{hash}</code>؛ ئۇ بۇ تور بېكەت ئىمزالىغان، {size, plural, one {# تۈرنى} other {# تۈرنى}} ئۆز ئىچىگە ئالغان دەپتەر ھالىتىدە بار.',
  'confirmed.keep':
    'ئۇنى ساقلاپ قويۇڭ: ئۇنىڭ ئارقىلىق ھەر قانداق كىشى ئىمزايىڭىزنىڭ خاتىرىلەنگەنلىكىنى، شۇنىڭدىن بۇيان ھېچكىمنىڭ تىزىملىكنى قايتا يازمىغانلىقىنى ۋە سىزنىڭ يەنىلا تىزىملىكتە بار-يوقلۇقىڭىزنى تەكشۈرەلەيدۇ.',
  'confirmed.check': 'ئۇنى تەكشۈرۈش ئۈچۈن (<how>قانداق قىلىش</how>):',
  'confirmed.batched':
    'ئۇ كېيىنكى تۈركۈم ئىمزالار بىلەن بىللە خەتتە كۆرۈنىدۇ. يېڭى ئىمزالار بىر قانچىدىن بىرلىكتە ئېلان قىلىنىدۇ، شۇنداق بولغاچقا تىزىملىكنى كۆزىتىۋاتقان ھېچكىم سىزنىڭ قاچان ئىمزا قويغانلىقىڭىزنى بىلەلمەيدۇ.',
  'confirmed.batchedReceipt': 'ئۇ چاغدا خەتنىڭ خاتىرە دەپتىرىدىكى تالونىڭىز قايتۇرۇۋېلىش ئۇلانمىڭىز (تاپشۇرۇۋالغان ئېلخېتىڭىزدىكى) ئاچىدىغان بەتتە بولىدۇ.',
  'confirmed.held': 'تەشكىللىگۈچىلەر ئۇنى تەكشۈرگەندىن كېيىن، ئۇ خەتتە كۆرۈنىدۇ؛ خەتنىڭ خاتىرە دەپتىرى ئۇنى شۇ چاغدا خاتىرىلەيدۇ.',
  'confirmed.see': 'خەت ۋە ئۇنىڭ ئىمزا قويغۇچىلىرىنى كۆرۈش',

  'withdraw.title': 'ئىمزايىڭىزنى قايتۇرۇۋېلىش',
  'withdraw.doneHeading': 'ئىمزايىڭىز قايتۇرۇۋېلىندى',
  'withdraw.heading': 'ئىمزايىڭىزنى قايتۇرۇۋېلىش',
  'withdraw.from': '<letter>{title}</letter> ناملىق خەتتىن: <strong>{name}</strong>.',
  'withdraw.effect': 'قايتۇرۇۋېلىنغاندىن كېيىن، ئۇ ئاشكارا تىزىملىكتىن، سانلاردىن ۋە بارلىق چۈشۈرۈلىدىغان ھۆججەتلەردىن ئۆچۈرۈلىدۇ.',
  'withdraw.submit': 'ئىمزايىمنى قايتۇرۇۋېلىش',
  'withdraw.storedHeading': 'سىز ھەققىدە ساقلىغان ئۇچۇرلىرىمىز',
  'withdraw.name': 'ئىسىم',
  'withdraw.titleField': 'ئۇنۋان',
  'withdraw.parliament': 'پارلامېنت',
  'withdraw.party': 'پارتىيە',
  'withdraw.organization': 'تەشكىلات',
  'withdraw.website': 'تور بېكەت',
  'withdraw.country': 'دۆلەت',
  'withdraw.email': 'ئېلخەت',
  'withdraw.emailStored': '{email} (شىفىرلانغان؛ ھەرگىز ئاشكارىلانمايدۇ)',
  'withdraw.erased': 'ئۆچۈرۈلدى',
  'withdraw.shownAs': 'كۆرسىتىلىش شەكلى',
  'withdraw.signed': 'ئىمزا قويغان ۋاقتى',
  // same as English: only the date
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}؛ جەزملەشتۈرۈلگەن ۋاقتى: {confirmed}',
  'withdraw.publicList': 'ئاشكارا تىزىملىك',
  'withdraw.publication':
    '{state, select, held {تىزىملىكتە يوق: تەشكىللىگۈچىلەرنىڭ تەكشۈرۈشىنى كۈتمەكتە} batched {جەزملەشتۈرۈلدى؛ ئۇ كېيىنكى تۈركۈم ئىمزالار بىلەن بىللە تىزىملىككە قوشۇلىدۇ (ئىمزالار بىرلىكتە ئېلان قىلىنىدۇ، شۇڭا ھېچكىم سىزنىڭ قاچان ئىمزا قويغانلىقىڭىزنى بىلەلمەيدۇ)} published {تىزىملىكتە بار} other {ھېسابقا ئېلىندى؛ دۆلىتىڭىزدىن يېتەرلىك ئىمزا قويغۇچى ئىمزا قويغاندا ياكى خەت رەسمىي ئېلان قىلىنغاندا، ئىسمىڭىز تىزىملىككە كىرگۈزۈلىدۇ}}',
  'withdraw.receipt': 'خاتىرە دەپتىرى تالونى',
  'withdraw.receiptText':
    '{position, number}-تۈر، ھەش قىممىتى <code>{hash}</code>. ئۆزىڭىزنىڭ يەنىلا تىزىملىكتە بار-يوقلۇقىنى (يوق بولسا، سىزنى كىمنىڭ ئۆچۈرگەنلىكىنى) خالىغان ۋاقىتتا تەكشۈرۈش ئۈچۈن:',
  'withdraw.invitation': 'تەكلىپ',
  'withdraw.invitationText':
    '{accepted, select, yes {تەشكىللىگۈچىلەر {email} (شىفىرلانغان) ئادرېسىنى تەكلىپ قىلغان (ۋاقتى: {date})، سىز بۇ تەكلىپ ئارقىلىق ئىمزا قويغان، ئۇچۇرلار: {details}.} other {تەشكىللىگۈچىلەر {email} (شىفىرلانغان) ئادرېسىنى تەكلىپ قىلغان (ۋاقتى: {date})، ئۇچۇرلار: {details}.}} قايتۇرۇۋېلىش ياكى ئۆچۈرۈش تەكلىپنى ئاخىرلاشتۇرىدۇ ۋە بۇنىمۇ ئۆچۈرىدۇ.',
  'withdraw.network': 'تور ئادرېسى',
  'withdraw.networkFingerprint': 'ساقلانمايدۇ؛ ساختا ئىمزالارنىڭ توپ-توپلاپ كېلىشىنى بايقاش ئۈچۈن، ئۇنىڭ ئاچقۇچلۇق ھەش قىممىتىلا ساقلىنىدۇ',
  'withdraw.networkNone': 'ساقلانمايدۇ',
  'withdraw.eraseText': 'بۇلارنىڭ ھەممىسىنى ھازىرلا ئۆچۈرەلەيسىز: ئىمزا تىزىملىك ۋە سانلاردىن يوقىلىدۇ، سىز ھەققىدە ھېچنەرسە ساقلانمايدۇ.',
  'withdraw.erase': 'مەن ھەققىدىكى ھەممە ئۇچۇرنى ئۆچۈرۈش',

  'withdrawn.title': 'ئىمزا قايتۇرۇۋېلىندى',
  'withdrawn.heading': 'ئىمزايىڭىز قايتۇرۇۋېلىندى',
  'withdrawn.effect': 'ئۇ ئەمدى خەتتە كۆرۈنمەيدۇ ۋە ھېسابقا ئېلىنمايدۇ.',
  'withdrawn.proof':
    'خەتنىڭ خاتىرە دەپتىرى بۇ قايتۇرۇۋېلىشنى قايتۇرۇۋېلىش ئۇلانمىڭىزدىن ھاسىل قىلىنغان بىر ئىسپات بىلەن خاتىرىلەيدۇ، بۇ ئۇلانما باشقا ھېچكىمدە يوق: تالونىڭىز ۋە شۇ ئۇلانما ئارقىلىق، دەلىللەش قورالى قايتۇرۇۋېلىشنىڭ سىز تەرىپىدىن قىلىنغانلىقىنى (<code>--receipt POSITION:HASH --token YOUR_LINK</code>)، شۇنداقلا باشقا بىرى خاتىرىلىگەن قايتۇرۇۋېلىشنىڭ سىزنىڭ ئەمەسلىكىنى كۆرسىتىپ بېرەلەيدۇ.',

  'erased.title': 'ئۆچۈرۈلدى',
  'erased.heading': 'ئۆچۈرۈلدى',
  'erased.text': 'ئىمزايىڭىز ۋە ئۇنىڭ بىلەن بىللە ساقلانغان ھەممە ئۇچۇر ئۆچۈرۈلدى.',

  'reconsent.title': 'خەت ئۆزگەرتىلدى',
  'reconsent.doneHeading': 'سىز ھازىرقى تېكىستكە قوشۇلدىڭىز',
  'reconsent.heading': 'سىز ئىمزا قويغان خەت ئۆزگەرتىلدى',
  'reconsent.versions': '<letter>{title}</letter>: سىز {signed, number}-نەشرىگە ئىمزا قويغان؛ تېكىست ھازىر {current, number}-نەشرى.',
  'reconsent.version': '{version, number}-نەشرى',
  'reconsent.editorial': '{version, number}-نەشرى (تەھرىرلىك تۈزىتىش)',
  'reconsent.submit': 'يېڭى تېكىستكە ئىمزا قويىمەن',
  'reconsent.otherwise': 'ئەگەر ئىمزا قويمىسىڭىز، ئىمزايىڭىز {signed, number}-نەشرىگە قويۇلغان ئىمزا سۈپىتىدە تىزىملىكتە قالىدۇ.',
  'reconsented.title': 'رەھمەت',
  'reconsented.heading': 'رەھمەت: سىز {version, number}-نەشرىگە ئىمزا قويدىڭىز',
  'reconsented.receipt': 'يېڭى تالونىڭىز: خەتنىڭ خاتىرە دەپتىرىدىكى <strong>{position, number}</strong>-تۈر، ھەش قىممىتى <code>{hash}</code>.',
  'reconsented.check': 'ئۇنى تەكشۈرۈش ئۈچۈن:',

  'diff.field': '{field, select, title {ماۋزۇ} addressee {قوبۇل قىلغۇچى} summary {قىسقىچە مەزمۇنى} body {تېكىست} language {تىل} other {{field}}}',

  'embed.signatories': '{n, plural, one {ئىمزا قويغۇچى} other {ئىمزا قويغۇچى}}',
  'embed.readAndSign': 'ئوقۇش ۋە ئىمزا قويۇش',
  'embed.read': 'خەتنى ئوقۇش',

  'invitation.founding': 'دەسلەپكى باسقۇچ: تەكلىپ بىلەن',
  'invitation.badge': 'ئىمزا قويۇش تەكلىپى',
  'invitation.usedHeading': 'بۇ تەكلىپ ئاللىقاچان ئىشلىتىلگەن',
  'invitation.used':
    'ئۇ بۇ خەتكە ئىمزا قويۇش ئۈچۈن ئىشلىتىلگەن، بىر تەكلىپ بىلەن پەقەت بىر قېتىملا ئىمزا قويغىلى بولىدۇ: ئۇنىڭ بىلەن قويۇلغان ئىمزا بېرىلگەن پېتى كۈچكە ئىگە. بۇ ئۇلانما بىلەن باشقا ھېچ ئىش قىلغىلى بولمايدۇ.',
  'invitation.signAs': '{name} سۈپىتىدە ئىمزا قويۇش',
  'invitation.hint': 'تەشكىللىگۈچىلەر بۇ ئادرېسنى تەكلىپ قىلغان؛ بۇ يەردە ئىمزا قويۇش قوشۇمچە جەزملەشتۈرۈشنى تەلەپ قىلمايدۇ، ئىمزايىڭىزغا دەلىللەنگەن دەپ بەلگە قويۇلىدۇ. خاتا يەرلىرى بولسا تۈزىتىڭ.',
  'invitation.submit': 'خەتكە ئىمزا قويۇش',
  'invitation.closedOn': 'بۇ خەت {date} تاقالغان، ئەمدى ئىمزا قوبۇل قىلمايدۇ.',
  'invitation.notOpen': 'بۇ خەت ھازىر ئىمزا قوبۇل قىلمايدۇ.',

  'error.heading':
    '{status, number} · {status, select, 400 {ناتوغرا تەلەپ} 403 {چەكلەنگەن} 404 {تېپىلمىدى} 405 {رۇخسەت قىلىنمايدۇ} 409 {توقۇنۇش} 410 {ئەمەلدىن قالدى} 413 {بەك چوڭ} 415 {قوللىمايدىغان تۈر} 429 {تەلەپ بەك كۆپ} 503 {ئىشلەتكىلى بولمايدۇ} other {خاتالىق}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {بۇنداق خەت يوق، ياكى ئۇ ئاشكارا ئەمەس.} NOT_FOUND {بۇ ئادرېستا ھېچنەرسە يوق.} TOKEN_UNKNOWN {بۇ ئۇلانما ئىناۋەتسىز. ئۇنىڭ ئېلخەتتىن تولۇق كۆچۈرۈلگەن-كۆچۈرۈلمىگەنلىكىنى تەكشۈرۈڭ.} TOKEN_EXPIRED {بۇ ئۇلانمىنىڭ ۋاقتى ئۆتۈپ كەتتى. يېڭى ئۇلانما ئېلىش ئۈچۈن خەتكە قايتا ئىمزا قويۇڭ.} LETTER_CLOSED {بۇ خەت تاقالغان، ئەمدى ئىمزا قوبۇل قىلمايدۇ.} ALREADY_SIGNED {بۇ ئادرېس بۇ خەتكە باشقا ئۇچۇرلار بىلەن ئاللىقاچان ئىمزا قويغان، ۋە ئۇلار كۈچكە ئىگە. ئۇلارنى ئۆزگەرتىش ئۈچۈن، ئۇ ئىمزانى قايتۇرۇۋېلىپ، قايتا ئىمزا قويۇڭ.} SIGNATURE_WITHDRAWN {بۇ ئىمزا قايتۇرۇۋېلىنغان؛ ئۇنى قايتا قوشۇش ئۈچۈن خەتكە قايتا ئىمزا قويۇڭ.} SIGNATURE_NOT_ACTIVE {بۇ ئىمزا كۈچتە ئەمەس؛ ئۇنىڭ ئورنىغا خەتكە قايتا ئىمزا قويۇڭ.} RATE_LIMITED {بۇ يەردىن سىناش قېتىم سانى بەك كۆپ بولۇپ كەتتى: سەل كۈتۈپ، قايتا سىناڭ.} CROSS_ORIGIN {بۇ جەدۋەل باشقا بىر تور بېكەتتىن ئەۋەتىلگەنلىكى ئۈچۈن رەت قىلىندى. بەتنى قايتا ئېچىپ، ئۇ يەردىن ئەۋەتىڭ.} DATABASE_UNAVAILABLE {مۇلازىمەت ھازىر ئىشلىمەيۋاتىدۇ؛ سەل تۇرۇپ قايتا سىناڭ.} INTERNAL_ERROR {بىز تەرەپتە خاتالىق كۆرۈلدى؛ ئۇ خاتىرىلەندى.} other {تەلەپنى ئورۇندىغىلى بولمىدى ({code}).}}',

  'mail.footerSigner':
    'بۇ ئۇچۇرنى {siteName} ئەۋەتتى، چۈنكى بۇ ئادرېس بىر ئوچۇق خەتكە ئىمزا قويۇش ئۈچۈن بېرىلگەن. ئېلخەت ئادرېسىڭىز ھەرگىز ئاشكارىلانمايدۇ. ئەگەر بۇ سىز بولمىسىڭىز، بۇ ئۇچۇرغا پەرۋا قىلماڭ، ياكى يۇقىرىدىكى ئۇلانما ئارقىلىق ئىمزانى قايتۇرۇۋېلىڭ.',
  'mail.footerSigned': 'بۇ ئۇچۇرنى {siteName} ئەۋەتتى، چۈنكى بۇ ئادرېس بىر ئوچۇق خەتكە ئىمزا قويۇش ئۈچۈن بېرىلگەن. ئېلخەت ئادرېسىڭىز ھەرگىز ئاشكارىلانمايدۇ.',
  'mail.footerReconsent': 'بۇ ئۇچۇرنى {siteName} ئەۋەتتى، چۈنكى سىز بۇ خەتكە ئىمزا قويغان. ئېلخەت ئادرېسىڭىز ھەرگىز ئاشكارىلانمايدۇ.',
  'mail.orOpen': 'ياكى بۇ ئۇلانمىنى ئېچىڭ:',
  'mail.readLetter': 'خەتنى ئوقۇش',
  'mail.theLetter': 'خەت: {url}',

  'mail.confirm.subject': 'ئىمزايىڭىزنى جەزملەشتۈرۈڭ: {title}',
  'mail.confirm.thanks': 'قوبۇل قىلغۇچىسى {addressee} بولغان <strong>{title}</strong> ناملىق خەتكە ئىمزا قويغىنىڭىزغا رەھمەت.',
  'mail.confirm.counts': 'بۇ ئادرېسنىڭ سىزنىڭ ئىكەنلىكىنى جەزملەشتۈرگەندىن كېيىن، ئىمزايىڭىز ھېسابقا ئېلىنىدۇ. جەزملەشتۈرسىڭىز، تۆۋەندىكىلەر ئېلان قىلىنىدۇ:',
  'mail.confirm.careful': 'ئەگەر بۇ سىز بەرگەن ئۇچۇر بولمىسا، جەزملەشتۈرمەڭ: بۇ ئۇلانمىنى ئاچمىغۇچە ھېچنەرسە ئېلان قىلىنمايدۇ.',
  'mail.confirm.button': 'ئىمزايىمنى جەزملەشتۈرۈش',
  'mail.confirm.valid': 'ئۇ 7 كۈن ئىناۋەتلىك.',
  'mail.confirm.openToConfirm': 'جەزملەشتۈرۈش ئۈچۈن بۇ ئۇلانمىنى ئېچىڭ (7 كۈن ئىناۋەتلىك):',
  'mail.confirm.changedMind': 'پىكرىڭىز ئۆزگەردىمۇ؟ ھازىر ياكى كېيىن <withdraw>ئىمزايىڭىزنى قايتۇرۇۋېلىڭ</withdraw>.',
  'mail.confirm.changedMindText': 'پىكرىڭىز ئۆزگەردىمۇ؟ ھازىر ياكى كېيىن ئىمزايىڭىزنى قايتۇرۇۋالالايسىز:',

  'mail.already.subject': 'سىز ئاللىقاچان ئىمزا قويغان: {title}',
  'mail.already.again': 'بىرەرسى، ئېھتىمال سىز، بۇ ئادرېس بىلەن <strong>{title}</strong> ناملىق خەتكە قايتا ئىمزا قويماقچى بولدى.',
  'mail.already.stands': 'سىز ئۇنىڭغا ئاللىقاچان ئىمزا قويغان، ئىمزايىڭىز كۈچكە ئىگە؛ ھېچنەرسە ئۆزگەرمىدى.',
  'mail.already.withdraw': 'ئىمزايىڭىزنى قايتۇرۇۋالماقچى بولسىڭىز: <withdraw>ئۇنى قايتۇرۇۋېلىڭ</withdraw>.',
  'mail.already.withdrawText': 'ئىمزايىڭىزنى قايتۇرۇۋالماقچى بولسىڭىز، بۇنى ئېچىڭ:',

  'mail.reconsent.subject': 'سىز ئىمزا قويغان خەت ئۆزگەرتىلدى: {title}',
  'mail.reconsent.changed': '<strong>{title}</strong> ناملىق خەتنىڭ تەشكىللىگۈچىلىرى، سىز {from, number}-نەشرىگە ئىمزا قويغاندىن بۇيان، ئۇنىڭ تېكىستىنى ئۆزگەرتتى: ئۇ ھازىر {to, number}-نەشرى.',
  'mail.reconsent.shown': 'سىز يېڭى تېكىستكە قوشۇلمىغۇچە، ئىمزايىڭىز ئىلگىرىكى تېكىستكە قويۇلغان ئىمزا سۈپىتىدە كۆرسىتىلىدۇ.',
  'mail.reconsent.see': '<versions>زادى نېمىلەرنىڭ ئۆزگەرگەنلىكىنى كۆرۈڭ</versions>.',
  'mail.reconsent.seeText': 'زادى نېمىلەرنىڭ ئۆزگەرگەنلىكىنى كۆرۈڭ:',
  'mail.reconsent.button': 'يېڭى تېكىستنى كۆرۈپ چىقىپ ئىمزا قويۇش',
  'mail.reconsent.withdraw': 'ئەگەر ئەمدى بۇ خەتنى قوللىمىسىڭىز، <withdraw>ئىمزايىڭىزنى قايتۇرۇۋېلىڭ</withdraw>.',
  'mail.reconsent.withdrawText': 'ئەگەر ئەمدى بۇ خەتنى قوللىمىسىڭىز، ئىمزايىڭىزنى قايتۇرۇۋېلىڭ:',

  'mail.invitation.subject': 'ئىمزا قويۇش تەكلىپى: {title}',
  'mail.invitation.dear': 'ھۆرمەتلىك {name}،',
  'mail.invitation.invited':
    '{founding, select, yes {سىز قوبۇل قىلغۇچىسى {addressee} بولغان <strong>{title}</strong> ناملىق ئوچۇق خەتكە، ئۇ ئاممىغا ئېچىلىشتىن بۇرۇن، دەسلەپكى ئىمزا قويغۇچىلارنىڭ بىرى سۈپىتىدە ئىمزا قويۇشقا تەكلىپ قىلىندىڭىز.} other {سىز قوبۇل قىلغۇچىسى {addressee} بولغان <strong>{title}</strong> ناملىق ئوچۇق خەتكە ئىمزا قويۇشقا تەكلىپ قىلىندىڭىز.}}',
  'mail.invitation.button': 'خەتنى ئوقۇپ ئىمزا قويۇش',
  'mail.invitation.personal': 'بۇ ئۇلانما پەقەت سىزگىلا خاس بولۇپ، 30 كۈن ئىناۋەتلىك. ئۇ ئارقىلىق ئىمزا قويۇش قوشۇمچە جەزملەشتۈرۈشنى تەلەپ قىلمايدۇ، ئىمزايىڭىزغا دەلىللەنگەن دەپ بەلگە قويۇلىدۇ.',

  'mail.delivery.to': 'ھۆرمەتلىك {name}،',
  'mail.delivery.attached': 'خەت ۋە ئۇنىڭ ئىمزا قويغۇچىلىرىنىڭ تولۇق تىزىملىكى ({summary}) PDF ھۆججىتى سۈپىتىدە قوشۇپ ئەۋەتىلدى، شۇنداقلا مۇنۇ ئادرېستا ئېلان قىلىندى: {url}',

  'pdf.signatories': 'ئىمزا قويغۇچىلار',
  'pdf.legend':
    '✓ دەلىللەنگەن: ئىمزا قويغۇچى ئورگاننىڭ ئېلخەت دائىرە نامىدىن يازغان («@domain ئادرېسىدىن يازغان» دەپ كۆرسىتىلگەن)، ياكى تەشكىللىگۈچىلەر تەرىپىدىن تەكلىپ قىلىنغان، ياكى ئۇلار تەرىپىدىن تەستىقلانغان. ھەر بىر ئىمزانى ئىمزا قويغۇچى ئۆزى ئېلخەت ئارقىلىق جەزملەشتۈرگەن. ئۇنۋان ۋە تەۋەلىكلەر پەقەت كىملىكنى بىلدۈرۈش ئۈچۈنلا بېرىلدى.',
  'pdf.unlisted':
    '{n, plural, one {يەنە # ئىمزا قويغۇچى سانغا قوشۇلغان، ئەمما ئۆز تەلىپى بويىچە ئىسمى كۆرسىتىلمىگەن.} other {يەنە # ئىمزا قويغۇچى سانغا قوشۇلغان، ئەمما ئۆز تەلىپى بويىچە ئىسمى كۆرسىتىلمىگەن.}}',
  'pdf.withheld':
    '{n, plural, one {بىخەتەرلىكى ئۈچۈن ئىسمى تېخى ئېلان قىلىنمىغان يەنە # كىشى سانغا قوشۇلغان} other {بىخەتەرلىكى ئۈچۈن ئىسمى تېخى ئېلان قىلىنمىغان يەنە # كىشى سانغا قوشۇلغان}} (خەت بىر دۆلەتتىن يېتەرلىك كىشى ئىمزا قويغاندا شۇ دۆلەتتىكىلەرنىڭ ئىسمىنى، رەسمىي ئېلان قىلىنغاندا بولسا بارلىق ئىسىملارنى ئېلان قىلىدۇ).',
  'pdf.version': '{url} · تېكىستنىڭ {version, number}-نەشرى · ھاسىل قىلىنغان ۋاقتى: {date}',
  // review: Merkle transliterated as مېركىل; “head” rendered as ئەڭ ئاخىرقى تۈر (last entry)
  'pdf.ledger':
    'ئىمزا قويغۇچىلار خاتىرە دەپتىرى: {n, plural, one {# تۈر} other {# تۈر}}، ئەڭ ئاخىرقى تۈر <code>{head}</code>، مېركىل يىلتىزى <code>{root}</code>، بۇ تور بېكەتنىڭ <code>{key}</code> ئاچقۇچى بىلەن ئىمزالانغان.',
  'pdf.witnessed': '{count, plural, one {# گۇۋاھچى} other {# گۇۋاھچى}} ئۇنىڭ دەسلەپكى {size, plural, one {# تۈرىگە} other {# تۈرىگە}} بىرلىكتە ئىمزا قويدى.',
  'pdf.check': 'ھەر قانداق كىشى تىزىملىكنىڭ شۇنىڭدىن بۇيان پەقەت خاتىرىلەنگەن ھادىسىلەر ئارقىلىقلا ئۆزگەرگەنلىكىنى تەكشۈرەلەيدۇ:',
  'pdf.page': '{title} · {page}-بەت (جەمئىي {pages} بەت)',
  'pdf.translationOf': '{original} ئەسلى نۇسخىسىنىڭ {language} تەرجىمىسى؛ ئەسلى نۇسخىسى ئۆلچەم قىلىنىدۇ.',
  'pdf.original': 'ئەسلى نۇسخا',
  'pdf.translation': 'تەرجىمە',

  // Issue 20: the workspace's pages.
  'home.organizers': 'خەت تەشكىللەۋاتامسىز؟',
  'home.signIn': 'خىزمەت بوشلۇقىڭىزغا كىرىش',
  'mail.footer.invitation':
    'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى {named, select, yes {{organizers}} other {«{title}» ناملىق خەتنىڭ تەشكىللىگۈچىلىرى}} {siteName} ئارقىلىق بۇ ئادرېسنى خەتكە ئىمزا قويۇشقا تەكلىپ قىلدى. سىز ئۆزىڭىز ئىمزا قويمىغۇچە ھېچنەرسىگە ئىمزا قويۇلمايدۇ؛ ئېلخەت ئادرېسىڭىز ھەرگىز ئاشكارىلانمايدۇ.',
  // review: the other branch says “its organizers” (ئۇنىڭ تەشكىللىگۈچىلىرى) instead of repeating the title, which the sentence already names
  'mail.footer.delivery':
    'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى بۇ ئادرېس «{title}» ناملىق ئوچۇق خەتنىڭ قوبۇل قىلغۇچىلىرىنىڭ بىرى؛ بۇ خەتنى {named, select, yes {{organizers}} other {ئۇنىڭ تەشكىللىگۈچىلىرى}} ئىمزا قويغۇچىلارنىڭ نامىدىن {siteName} ئارقىلىق ئەۋەتتى. خەتنىڭ ئاممىۋى بېتىدە قوبۇل قىلغۇچىلارنىڭ ئادرېسى ئەمەس، پەقەت ئىسمىلا كۆرسىتىلىدۇ.',
  'mail.rejected.subject': 'ئىمزايىڭىز قوبۇل قىلىنمىدى: {title}',
  'mail.rejected.decided': '<strong>{title}</strong> ناملىق خەتنىڭ تەشكىللىگۈچىلىرى سىزنىڭ {name} سۈپىتىدە قويغان ئىمزايىڭىزنى تەكشۈرۈپ، ئۇنى قوبۇل قىلمىدى.',
  'mail.rejected.effect': 'ئۇ خەتنىڭ تىزىملىكىدە كۆرسىتىلمەيدۇ ۋە ھېسابقا ئېلىنمايدۇ.',
  'mail.rejected.data': 'ئىمزايىڭىز ھەققىدە نېمىلەرنىڭ ساقلانغانلىقى ۋە ئۇلارنى قانداق ئۆچۈرۈش: <withdraw>ئىمزايىڭىزنىڭ بېتى</withdraw>.',
  'mail.rejected.dataText': 'ئىمزايىڭىز ھەققىدە نېمىلەرنىڭ ساقلانغانلىقى ۋە ئۇلارنى قانداق ئۆچۈرۈش:',
  'mail.invitation.from': '{named, select, yes {بۇ تەكلىپنى {organizers} ئەۋەتتى.} other {بۇ تەكلىپنى خەتنىڭ تەشكىللىگۈچىلىرى ئەۋەتتى.}}',
  'mail.delivery.from': '{named, select, yes {بۇ خەتنى سىزگە {organizers} ئىمزا قويغۇچىلارنىڭ نامىدىن ئەۋەتتى.} other {بۇ خەتنى سىزگە ئۇنىڭ تەشكىللىگۈچىلىرى ئىمزا قويغۇچىلارنىڭ نامىدىن ئەۋەتتى.}}',
  'sign.news': 'بۇ خەتنىڭ خەۋەرلىرىنى ماڭا ئەۋەتىپ تۇرۇڭ (ئايدا ئەڭ كۆپ بولغاندا {n, plural, one {بىر قېتىم} other {# قېتىم}})',
  'sign.newsHint': 'ئىختىيارىي. ھەر بىر ئۇچۇردا ئۇلارنى توختىتىش ئۇلانمىسى بار؛ ئىمزايىڭىز ساقلىنىپ قالىدۇ.',
  'mail.update.subject': '«{title}» ھەققىدە خەۋەر: {update}',
  'mail.update.news': 'سىز ئىمزا قويغان <strong>{title}</strong> ناملىق خەتنىڭ تەشكىللىگۈچىلىرىدىن خەۋەر:',
  'mail.update.unsubscribe':
    'سىز ئايدا ئەڭ كۆپ بولغاندا {n, plural, one {مۇشۇنداق بىر ئۇچۇر} other {مۇشۇنداق # ئۇچۇر}} تاپشۇرۇۋالىسىز. بىرلا چېكىش بىلەن <unsubscribe>مۇشتەرىلىكتىن چېكىنىڭ</unsubscribe>؛ ئىمزايىڭىز ساقلىنىپ قالىدۇ.',
  'mail.update.unsubscribeText':
    'سىز ئايدا ئەڭ كۆپ بولغاندا {n, plural, one {مۇشۇنداق بىر ئۇچۇر} other {مۇشۇنداق # ئۇچۇر}} تاپشۇرۇۋالىسىز. مۇشتەرىلىكتىن چېكىنىش ئۈچۈن (ئىمزايىڭىز ساقلىنىپ قالىدۇ)، بۇنى ئېچىڭ:',
  'mail.footer.update': 'بۇ ئۇچۇرنى تاپشۇرۇۋالدىڭىز، چۈنكى سىز {siteName} ئارقىلىق «{title}» ناملىق خەتكە ئىمزا قويغاندا ئۇنىڭ خەۋەرلىرىنى سورىغان. ئېلخەت ئادرېسىڭىز ھەرگىز ئاشكارىلانمايدۇ.',
  'unsubscribe.title': 'بۇ خەتنىڭ خەۋەرلىرى',
  'unsubscribe.heading': 'بۇ خەتنىڭ خەۋەرلىرىنى توختىتامسىز؟',
  'unsubscribe.doneHeading': 'بۇ خەتنىڭ خەۋەرلىرى ئەمدى ئەۋەتىلمەيدۇ',
  'unsubscribe.about': '<letter>{title}</letter> ناملىق خەتنىڭ تەشكىللىگۈچىلىرى خەۋەر سورىغان ئىمزا قويغۇچىلارغا خەت ھەققىدىكى خەۋەرلەرنى ئەۋەتىدۇ.',
  'unsubscribe.effect': 'سىز ئەمدى ئۇلارنى تاپشۇرۇۋالمايسىز. ئىمزايىڭىز خەتتە ئەينى ھالىتىدە ساقلىنىپ قالىدۇ.',
  'unsubscribe.done': 'سىز ئەمدى <letter>{title}</letter> ناملىق خەتنىڭ خەۋەرلىرىنى تاپشۇرۇۋالمايسىز. ئىمزايىڭىز خەتتە ئەينى ھالىتىدە ساقلىنىپ قالىدۇ.',
  // review: unsubscribe rendered as مۇشتەرىلىكتىن چېكىنىش (withdraw from the subscription)
  'unsubscribe.submit': 'مۇشتەرىلىكتىن چېكىنىش',
  'updates.heading': 'تەشكىللىگۈچىلەردىن خەۋەرلەر',
  'updates.sent': 'ئەۋەتىلگەن ۋاقتى: {date}',
  'withdraw.news': 'خەتنىڭ خەۋەرلىرى',
  'withdraw.newsState': '{news, select, yes {سىز سورىغان: مۇشتەرىلىكتىن چېكىنگۈچە ياكى ئىمزايىڭىزنى قايتۇرۇۋالغۇچە ئادرېسىڭىزغا ئەۋەتىلىدۇ} other {يوق}}',

  // --- replies-public ---
  'addressees.heading': 'قوبۇل قىلغۇچىلار',
  'addressees.intro':
    'خەت بۇ قوبۇل قىلغۇچىلارنىڭ ھەر بىرىگە ئېلخەت ئارقىلىق ئەۋەتىلدى. بۇ يەردە ئۇلارنىڭ ئىسمى كۆرسىتىلىدۇ، ئادرېسى ھەرگىز كۆرسىتىلمەيدۇ؛ خەت ئەۋەتىلگەندىن كېيىن {days, plural, one {# كۈن} other {# كۈن}} ئىچىدە جاۋاب بەرمىگەن قوبۇل قىلغۇچى «جاۋاب يوق» دەپ كۆرسىتىلىدۇ.',
  'addressees.ungrouped': 'باشقا قوبۇل قىلغۇچىلار',
  // review: the English “{group}: {counts}” would be identical to English; a dash (—) separates the group from its counts instead
  'addressees.summary': '{hasGroup, select, yes {{group} — {counts}} other {{counts}}}',
  // review: each state as “number + verb”, as in ws.delivery.count; noReply reads “N addressees did not reply within D days”, so that the two numbers do not stand side by side
  'addressees.count':
    '{state, select, replied {{n, number} جاۋاب بەردى} bounced {{n, number} ئېلخەت قايتىپ كەلدى} noReply {{n, number} قوبۇل قىلغۇچى {days, plural, one {# كۈن} other {# كۈن}} ئىچىدە جاۋاب بەرمىدى} sent {{n, number} ئەۋەتىلدى} awaiting {{n, number} جاۋاب كۈتۈۋاتىدۇ} other {{n, number} ئەۋەتىلىۋاتىدۇ}}',
  'addressees.col.name': 'ئىسىم',
  'addressees.col.state': 'ھالىتى',
  'addressees.state':
    '{state, select, replied {<reply>جاۋاب بەرگەن ۋاقتى: {date}</reply>} bounced {ئېلخەت قايتىپ كەلدى} noReply {{days, plural, one {# كۈندىن} other {# كۈندىن}} كېيىنمۇ جاۋاب يوق} sent {ئەۋەتىلگەن ۋاقتى: {date}} other {ئەۋەتىلىۋاتىدۇ}}',
  'replies.heading': 'جاۋابلار',
  'replies.received': 'تاپشۇرۇۋېلىنغان ۋاقتى: {date}',
  'replies.mark': '{mark, select, dkim {{domain} ئۈچۈن DKIM ئارقىلىق دەلىللەنگەن} organizer {تەشكىللىگۈچىلەر خاتىرىلىگەن} other {ئېلخەت ئارقىلىق كەلگەن، دەلىللەنمىگەن}}',
  'replies.documents': '{n, plural, one {# ھۆججەت} other {# ھۆججەت}}',
  'replies.read': 'جاۋابنى ئوقۇش',
  'reply.title': '{addressee}نىڭ جاۋابى · {title}',
  'reply.heading': '{addressee}نىڭ جاۋابى',
  'reply.inAnswer': '<letter>{title}</letter> ناملىق ئوچۇق خەتكە بېرىلگەن جاۋاب',
  'reply.markExplained':
    '{mark, select, dkim {بۇ ئۇچۇرغا {domain}نىڭ ئېلخەت مۇلازىمېتىرلىرى ئىمزا قويغان (DKIM)، بۇ دومېن قوبۇل قىلغۇچىنىڭ ئادرېسىغا ماس كېلىدۇ: ئۇچۇر ئۇلارنىڭ ئېلخەت سىستېمىسىدىن ئۆزگەرتىلمەي كەلگەن.} organizer {تەشكىللىگۈچىلەر بۇ جاۋابنى بۇ تور بېكەتكە ئېلخەت ئارقىلىق ئەمەس، باشقا يول بىلەن (مەسىلەن، پوچتا ئارقىلىق) تاپشۇرۇۋېلىپ، يېزىلغان پېتى خاتىرىلىگەن.} other {بۇ ئۇچۇر قوبۇل قىلغۇچىنىڭ دومېنىنىڭ ئىناۋەتلىك ئىمزاسى يوق ھالدا ئېلخەت ئارقىلىق كەلگەن: ئۇنى كىمنىڭ ئەۋەتكەنلىكىنى دەلىللىگىلى بولمىدى.}}',
  'reply.documents': 'ھۆججەتلەر',
  'reply.document': '{position, number}-ھۆججەت: {type}، {size}',
  'reply.ledger':
    'بۇ جاۋاب تېكىستى ۋە ھۆججەتلىرىنىڭ بارماق ئىزلىرى (SHA-256) بىلەن بىللە خەتنىڭ ئۆزگەرتىلسە بىلىنىپ قالىدىغان ئاشكارا خاتىرە دەپتىرىگە يېزىلغان: <verify>خاتىرە دەپتىرىنى قانداق تەكشۈرۈش</verify>.',
  'pdf.replies': 'جاۋابلار',
  'pdf.replyUrl': 'توردا: {url}',
} satisfies SiteCatalog;
