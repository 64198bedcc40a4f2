import type { SiteCatalog } from '../en/site-type.js';

/** Arabic: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} و{second}',
  'list.start': '{first}، {second}',
  'list.middle': '{first}، {second}',
  'list.end': '{first}، و{second}',
  'list.count': '({count, number})',
  'list.separator': '، ',

  'site.skip': 'الانتقال إلى المحتوى',
  'site.footer': '{siteName}: رسائل مفتوحة، موقَّعة وموثَّقة. لا تُنشر عناوين البريد الإلكتروني للموقِّعين أبدًا.',
  'site.languages': 'اللغات',
  'site.backToLetter': 'العودة إلى الرسالة',
  'site.backToStart': 'العودة إلى الصفحة الرئيسية',
  'site.choose': 'اختر…',
  'site.optional': '(اختياري)',

  'home.title': 'رسائل مفتوحة',
  'home.intro': 'رسائل مشتركة يوقّعها برلمانيون ومنظمات وأفراد. يُؤكَّد كل توقيع عبر البريد الإلكتروني، ويُتحقَّق من الانتماءات المؤسسية حيثما أمكن.',
  'home.to': 'إلى {addressee}',
  'home.none': 'لم تُنشر أي رسالة بعد.',

  'status.open': 'مفتوحة للتوقيع',
  'status.closed': 'مغلقة',
  'status.closedOn': 'أُغلقت في {date}',
  'status.draft': 'مسودة',

  // review: legislator rendered as برلماني (covers MPs and senators); kind.choice follows the label أوقّع بصفة (genitive, no article)
  'kind.plural': '{kind, select, legislator {البرلمانيون} organization {المنظمات} other {الأفراد}}',
  'kind.singular': '{kind, select, legislator {برلماني} organization {منظمة} other {فرد}}',
  'kind.choice': '{kind, select, legislator {برلماني} organization {منظمة} other {فرد}}',

  'summary.legislators':
    '{legislators, plural, zero {# برلماني} one {برلماني واحد} two {برلمانيان} few {# برلمانيين} many {# برلمانيًا} other {# برلماني}} من {countries, plural, zero {# دولة} one {دولة واحدة} two {دولتين} few {# دول} many {# دولة} other {# دولة}}',
  'summary.organizations': '{n, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}}',
  'summary.individuals': '{n, plural, zero {# فرد} one {فرد واحد} two {فردان} few {# أفراد} many {# فردًا} other {# فرد}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: من أصل + genitive; one/two written without the numeral (برلماني واحد, genitive dual برلمانيَّين), as in summary.*
  'goal.progress':
    '{current, number} من أصل {kind, select, legislator {{goal, plural, zero {# برلماني} one {برلماني واحد} two {برلمانيَّين} few {# برلمانيين} many {# برلمانيًا} other {# برلماني}}} organization {{goal, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتين} few {# منظمات} many {# منظمة} other {# منظمة}}} individual {{goal, plural, zero {# فرد} one {فرد واحد} two {فردين} few {# أفراد} many {# فردًا} other {# فرد}}} other {{goal, plural, zero {# توقيع} one {توقيع واحد} two {توقيعين} few {# توقيعات} many {# توقيعًا} other {# توقيع}}}}',
  'summary.none': 'لا توجد توقيعات بعد',
  // review: one/two keep the numeral (<strong>#</strong> توقيع, <strong>#</strong> توقيعان) so the count stands out; without it (توقيع واحد, توقيعان) would be more idiomatic
  // The first screen's count: the number stands out.
  'summary.total':
    '{n, plural, =0 {لا توجد توقيعات بعد} zero {لا توجد توقيعات بعد} one {<strong>#</strong> توقيع} two {<strong>#</strong> توقيعان} few {<strong>#</strong> توقيعات} many {<strong>#</strong> توقيعًا} other {<strong>#</strong> توقيع}}',

  'letter.to': 'إلى: {addressee}',
  'letter.published': 'نُشرت في {date}',
  'letter.publishedUntil': 'نُشرت في {date} · التوقيع متاح حتى {until}',
  'letter.outdated': 'تستند هذه الترجمة إلى الإصدار {basedOn} من النص، وقد تغيّر النص منذ ذلك الحين (وهو الآن في الإصدار {current})؛ والنص الأصلي هو المرجع المعتمد.',
  'letter.untranslated': 'لم تُترجم هذه الرسالة إلى {language}: يُعرض نصها بلغته الأصلية.',
  'letter.downloadPdf': 'تنزيل بصيغة PDF',
  'letter.downloadCsv': 'قائمة الموقّعين بصيغة CSV',
  'letter.textLanguages': 'النص بلغات أخرى',

  'signatories.heading': 'الموقّعون',
  'signatories.founding': 'الموقّعون المؤسِّسون',
  'signatories.others': 'الموقّعون',
  'signatories.pages': 'صفحات الموقّعين',
  'signatories.previous': 'الصفحة السابقة',
  'signatories.next': 'الصفحة التالية',
  'signatories.page': 'الصفحة {page, number} من {pages, number}',
  'signatories.identification': 'تُذكر المناصب والانتماءات لأغراض التعريف فقط.',
  'signatories.unlisted': 'محتسَبون دون إدراج أسمائهم، بناءً على طلبهم: {n, number}.',
  'signatories.withheldUntil':
    'تُنشر الأسماء معًا في {date}؛ وحتى ذلك الحين يُكتفى باحتساب الموقّعين ({n, plural, zero {# اسم} one {اسم واحد} two {اسمان} few {# أسماء} many {# اسمًا} other {# اسم}} في انتظار النشر).',
  'signatories.withheldThreshold':
    'حتى لا يكون أحد الموقّعَ الوحيد الظاهر من بلده، تُنشر أسماء الموقّعين من بلدٍ ما بعد أن يوقّع منه {k, plural, zero {# شخص} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}. المحتسَبون حتى الآن ممن لم تُنشر أسماؤهم بعد: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'تنضم التوقيعات الجديدة إلى هذه القائمة دفعةً واحدة، {unit, select, second {كل {n, plural, zero {# ثانية} one {ثانية} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}} minute {كل {n, plural, zero {# دقيقة} one {دقيقة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}} other {كل {n, plural, zero {# ساعة} one {ساعة} two {ساعتين} few {# ساعات} many {# ساعة} other {# ساعة}}}}، حتى لا تكشف القائمة وقت توقيع أي شخص.',
  'signatories.history': '<history>تغيّر هذا النص منذ أن وُقّع لأول مرة: اطّلع على سجل تعديلاته.</history>',
  'signatories.earlierVersion': '(وقّع على الإصدار {version})',
  'signatories.verified': '✓ موثَّق',
  'signatories.verifiedDomain': '✓ موثَّق: يراسل من @{domain}',
  'signatories.verifiedHow': '{how, select, domain {موثَّق: يراسل من نطاق البريد الإلكتروني للمؤسسة} invited {موثَّق: بدعوة من المنظِّمين} other {موثَّق: بموافقة المنظِّمين}}',

  // review: ledger = سجل, entry = قيد, head = رأس السجل (signed tree head), hash = بصمة, witness = شاهد; check the technical vocabulary
  'ledger.note':
    'يُسجَّل كل توقيع ينضم إلى هذه القائمة أو يغادرها في سجلٍّ يكشف أي تلاعب: {n, plural, zero {# قيد} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}}، آخرها <code>{head}</code>، ضمن رأس سجلٍّ <checkpoint>وقّعه</checkpoint> هذا الموقع بـ<key>مفتاحه المنشور</key>.',
  // review: verb agreement and the case of the counted nouns after أول
  'ledger.witnessed':
    'تحقّق {count, plural, zero {# شاهد مستقل} one {شاهد مستقل واحد} two {شاهدان مستقلان} few {# شهود مستقلين} many {# شاهدًا مستقلًا} other {# شاهد مستقل}} من أن السجل لم يتغيّر إلا بالإضافة إليه، وشارك في توقيع أول {size, plural, zero {# قيد} one {قيد} two {قيدين} few {# قيود} many {# قيدًا} other {# قيد}} فيه (آخرها في {date}).',
  'ledger.unwitnessed': 'لم يشارك أي شاهد مستقل في توقيعه بعد.',
  'ledger.check': '<ledger>اطّلع على السجل</ledger>، أو تحقّق منه بنفسك باستخدام <verifier>أداة التحقق</verifier>:',
  'ledger.short': 'يُسجَّل كل توقيع ينضم إلى هذه القائمة أو يغادرها في سجلٍّ يكشف أي تلاعب: <verify>تحقّق من هذه القائمة</verify>.',

  // صور التوقيعات (letters/pictures.ts): العناوين، والعبارات التي تصف ما تعرضه كل صورة.
  'pictures.timelineHeading': 'التوقيعات عبر الزمن',
  'pictures.timelineAlt':
    'رسم بياني للتوقيعات عبر الزمن: {total, plural, zero {# توقيع} one {توقيع واحد} two {توقيعان} few {# توقيعات} many {# توقيعًا} other {# توقيع}} من {from} إلى {to}، وبلغت ذروتها في {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'التوزّع الجغرافي للموقّعين',
  'pictures.mapAlt':
    'خريطة للعالم: الموقّعون من {countries, plural, zero {# دولة} one {دولة واحدة} two {دولتين} few {# دول} many {# دولة} other {# دولة}}، والبرلمانيون من {legislatorCountries, plural, zero {# دولة} one {دولة واحدة} two {دولتين} few {# دول} many {# دولة} other {# دولة}}.',
  'pictures.legendLegislators': 'البرلمانيون',
  'pictures.legendSignatories': 'موقّعون آخرون',
  'pictures.byCountry': 'الموقّعون حسب الدولة',
  'pictures.countryLine':
    '{country}: {n, plural, zero {# موقّع} one {موقّع واحد} two {موقّعان} few {# موقّعين} many {# موقّعًا} other {# موقّع}}{legislators, plural, =0 {} zero {} one {، منهم برلماني واحد} two {، منهم برلمانيان} few {، منهم # برلمانيين} many {، منهم # برلمانيًا} other {، منهم # برلماني}}',

  'verify.title': 'التحقق من الموقّعين: {title}',
  'verify.heading': 'التحقق من قائمة الموقّعين',

  'sign.heading': 'وقّع هذه الرسالة',
  'sign.honeypot': 'اترك هذا الحقل فارغًا',
  'sign.warningHeading': 'قبل أن نرسل إليك رسالة التأكيد',
  'sign.otherAddress': '<other>استخدم عنوانًا آخر</other>: غيّره أدناه ثم وقّع. لم يُرسَل أي شيء بعد.',
  'sign.countedOnly': 'التوقيع دون إدراج اسمي (احتساب فقط)',
  'sign.countedOnlyHint': '— ستُرسَل رسالة التأكيد مع ذلك إلى هذا العنوان',
  'sign.continue': 'المتابعة بهذا العنوان',
  'sign.as': 'أوقّع بصفة',
  'sign.name': 'الاسم',
  'sign.nameHint': '(للمنظمة: اسم ممثلها)',
  'sign.email': 'البريد الإلكتروني',
  'sign.emailHint': '(لا يُنشر أبدًا؛ يُرسَل إليه رابط التأكيد)',
  'sign.country': 'البلد',
  'sign.title': 'المنصب',
  'sign.titleHint': '(مثلًا: عضو في البرلمان، عضو في مجلس الشيوخ)',
  'sign.parliament': 'البرلمان',
  'sign.party': 'الحزب',
  'sign.organization': 'المنظمة',
  'sign.role': 'دورك فيها',
  'sign.website': 'الموقع الإلكتروني',
  'sign.websiteHint': '(إذا كان عنوان بريدك ضمن نطاقه، يُعدّ توقيعك موثَّقًا)',
  'sign.display': 'ما يُعرض في القائمة العامة',
  'sign.displayChoice': '{display, select, full {اسمي الكامل} initials {الأحرف الأولى من اسمي فقط} other {لا شيء: احتسبوا توقيعي دون إدراج اسمي}}',
  'sign.submit': 'وقّع',
  'sign.risky':
    '{jurisdiction, select, none {مزوّد بريدك الإلكتروني، {provider}، من المزوّدين الذين يحذّر منهم منظِّمو هذه الرسالة: فقد تتمكن سلطات دولةٍ تتناولها هذه الرسالة من قراءة بريدك.} other {مزوّد بريدك الإلكتروني، {provider}، يخضع لقوانين {state}، وتستطيع سلطاتها قراءة بريدك. {chosen, select, yes {هذه الرسالة تتناول {state}.} other {إذا كانت هذه الرسالة تتناول {state}، فإن رسالة التأكيد التي نرسلها ستُعلم سلطاتها بأنك وقّعتها.}}}}',
  'sign.riskyChoices': 'يمكنك استخدام عنوان آخر، أو التوقيع دون إدراج اسمك (احتساب فقط)، أو المتابعة على أي حال.',
  'sign.fieldName':
    '{field, select, name {الاسم} email {البريد الإلكتروني} country {البلد} kind {أوقّع بصفة} title {المنصب} parliament {البرلمان} party {الحزب} organization {المنظمة} role {دورك فيها} website {الموقع الإلكتروني} display {ما يُعرض في القائمة العامة} other {هذا الحقل}}',
  'sign.error':
    '{reason, select, required {{field}: هذا الحقل مطلوب.} requiredForKind {{field}: هذا الحقل مطلوب عند التوقيع بصفة {kind, select, legislator {برلماني} organization {منظمة} other {فرد}}.} tooLong {{field}: النص طويل جدًا.} kindNotAccepted {لا تقبل هذه الرسالة توقيعات {kind, select, legislator {البرلمانيين} organization {المنظمات} other {الأفراد}}.} email {{field}: هذا ليس عنوان بريد إلكتروني يمكننا المراسلة عليه.} website {{field}: هذا ليس عنوانًا على الويب (مثل https://example.org).} noLink {{field}: لا تُقبل عناوين الويب هنا.} noLetter {{field}: يجب أن يحتوي على حرف أو رقم واحد على الأقل.} choose {{field}: يُرجى اختيار أحد الخيارات.} other {{field}: القيمة غير صالحة؛ يُرجى مراجعة ما كتبته.}}',
  'sign.errorsHeading':
    '{n, plural, zero {لا توجد أخطاء فيما أدخلته} one {يوجد خطأ فيما أدخلته} two {يوجد خطآن فيما أدخلته} few {توجد # أخطاء فيما أدخلته} many {يوجد # خطأً فيما أدخلته} other {يوجد # خطأ فيما أدخلته}}',

  'check.title': 'تحقّق من بريدك الإلكتروني',
  'check.sent': 'أرسلنا رسالة إلى العنوان الذي قدّمته. يُحتسب توقيعك بعد أن تفتح الرابط الوارد فيها وتؤكّد.',
  'check.nothing': 'لم تصلك الرسالة؟ ابحث في مجلد الرسائل غير المرغوب فيها، أو وقّع مرة أخرى لإعادة إرسالها.',

  'shown.list': 'في القائمة العامة',
  'shown.notListed': '<strong>غير مُدرَج</strong>: محتسَب دون ذكر الاسم',
  'shown.kind': 'التوقيع بصفة',
  'shown.country': 'البلد',
  'shown.display': 'ما يُعرض',
  'shown.displayChoice': '{display, select, full {اسمك الكامل} initials {الأحرف الأولى من اسمك فقط} other {غير مُدرَج: محتسَب دون ذكر الاسم}}',

  'confirm.title': 'أكّد توقيعك',
  'confirm.closedHeading': 'أُغلقت هذه الرسالة',
  'confirm.closed': 'أُغلق باب التوقيع على <letter>{title}</letter> في {date}، قبل تأكيدك، لذا لم يُضَف توقيعك.',
  'confirm.alreadyHeading': 'سبق التوقيع من هذا العنوان',
  'confirm.already':
    'أُكِّد توقيعٌ من هذا العنوان على <letter>{title}</letter> ببيانات أخرى، وتبقى تلك البيانات سارية. لا يمكن لهذا الرابط تغييرها: للتوقيع ببيانات مختلفة، اسحب ذلك التوقيع (بالرابط الوارد في رسالته) ثم وقّع من جديد.',
  'confirm.withdrawnHeading': 'سُحب هذا التوقيع',
  'confirm.withdrawn': 'وقّع على <letter>{title}</letter> مرة أخرى لإعادة إضافته.',
  'confirm.doneHeading': 'تم تأكيد توقيعك',
  'confirm.heading': 'أكّد توقيعك',
  'confirm.doneIntro': 'يظهر توقيعك على <letter>{title}</letter> على النحو التالي:',
  'confirm.intro': 'بالتأكيد، يُنشر ما يلي على <letter>{title}</letter>:',
  'confirm.careful': 'إذا لم يكن هذا ما قدّمته، فلا تؤكّد: لا يُنشر شيء دون الضغط على هذا الزر.',
  'confirm.submit': 'أؤكّد توقيعي',

  'confirmed.title': 'تم تأكيد التوقيع',
  'confirmed.heading': 'شكرًا لك: تم تأكيد توقيعك',
  'confirmed.withheld': 'أصبح توقيعك محتسَبًا الآن. سيُدرج اسمك بعد أن يوقّع عدد كافٍ من الموقّعين من بلدك، أو عند إطلاق الرسالة: وحتى ذلك الحين، لا يكون أحد الموقّعَ الوحيد الظاهر من بلده.',
  'confirmed.published': 'أصبح توقيعك محتسَبًا الآن، ويظهر على الرسالة كما اخترت.',
  'confirmed.receipt': 'إيصالك: القيد <strong>{position, number}</strong> في سجل الرسالة، وبصمته <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'إيصالك: القيد <strong>{position, number}</strong> في سجل الرسالة، وبصمته <code>{hash}</code>، ضمن رأس السجل المؤلَّف من {size, plural, zero {# قيد} one {قيد واحد} two {قيدين} few {# قيود} many {# قيدًا} other {# قيد}} الذي وقّعه هذا الموقع.',
  'confirmed.keep': 'احتفظ به: فبه يستطيع أي شخص التحقق من أن توقيعك قد سُجِّل، وأن أحدًا لم يُعِد كتابة القائمة منذ ذلك الحين، وما إذا كنت لا تزال مدرجًا فيها.',
  'confirmed.check': 'للتحقق منه (<how>الطريقة</how>):',
  'confirmed.batched': 'سيظهر توقيعك على الرسالة مع الدفعة التالية من التوقيعات. تُنشر التوقيعات الجديدة معًا، على دفعات صغيرة، حتى لا يتمكن أي مراقب للقائمة من معرفة وقت توقيعك.',
  'confirmed.batchedReceipt': 'وسيكون إيصالك من سجل الرسالة حينها في الصفحة التي يفتحها رابط السحب (الوارد في الرسالة الإلكترونية التي تلقيتها).',
  'confirmed.held': 'سيظهر توقيعك على الرسالة بعد أن يراجعه المنظِّمون، ويُسجَّل حينها في سجل الرسالة.',
  'confirmed.see': 'الاطلاع على الرسالة والموقّعين عليها',

  'withdraw.title': 'سحب توقيعك',
  'withdraw.doneHeading': 'تم سحب توقيعك',
  'withdraw.heading': 'سحب توقيعك',
  'withdraw.from': 'من <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'بعد السحب، يُزال التوقيع من القائمة العامة ومن الأعداد ومن جميع الملفات القابلة للتنزيل.',
  'withdraw.submit': 'اسحب توقيعي',
  'withdraw.storedHeading': 'ما نحتفظ به من بيانات عنك',
  'withdraw.name': 'الاسم',
  'withdraw.titleField': 'المنصب',
  'withdraw.parliament': 'البرلمان',
  'withdraw.party': 'الحزب',
  'withdraw.organization': 'المنظمة',
  'withdraw.website': 'الموقع الإلكتروني',
  'withdraw.country': 'البلد',
  'withdraw.email': 'البريد الإلكتروني',
  'withdraw.emailStored': '{email} (مشفَّر؛ لا يُنشر أبدًا)',
  'withdraw.erased': 'محذوف',
  'withdraw.shownAs': 'يُعرض بصيغة',
  'withdraw.signed': 'تاريخ التوقيع',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}؛ أُكِّد في {confirmed}',
  'withdraw.publicList': 'القائمة العامة',
  'withdraw.publication':
    '{state, select, held {غير مُدرَج في القائمة: بانتظار مراجعة المنظِّمين} batched {مؤكَّد؛ ينضم إلى القائمة مع الدفعة التالية من التوقيعات (تُنشر معًا، حتى لا يعرف أحد وقت توقيعك)} published {مُدرَج في القائمة} other {محتسَب؛ يُدرج اسمك بعد أن يوقّع عدد كافٍ من الموقّعين من بلدك، أو عند إطلاق الرسالة}}',
  'withdraw.receipt': 'إيصال السجل',
  'withdraw.receiptText': 'القيد {position, number}، البصمة <code>{hash}</code>. للتحقق في أي وقت من أنك لا تزال مدرجًا في القائمة (وإن لم تكن كذلك، فمن أزالك):',
  'withdraw.invitation': 'الدعوة',
  'withdraw.invitationText':
    '{accepted, select, yes {دعا المنظِّمون {email} (مشفَّر) في {date}، ووقّعت من خلال هذه الدعوة، بالبيانات التالية: {details}.} other {دعا المنظِّمون {email} (مشفَّر) في {date}، بالبيانات التالية: {details}.}} يؤدي السحب أو الحذف إلى إنهاء الدعوة وحذف هذه البيانات أيضًا.',
  'withdraw.network': 'عنوان الشبكة',
  'withdraw.networkFingerprint': 'غير محفوظ؛ نحتفظ فقط ببصمة مشفَّرة بمفتاح، لكشف موجات التوقيعات المزيفة',
  'withdraw.networkNone': 'غير محفوظ',
  'withdraw.eraseText': 'يمكنك حذف كل ذلك الآن: يختفي التوقيع من القائمة ومن الأعداد، ولا نحتفظ بأي شيء عنك.',
  'withdraw.erase': 'احذف كل ما يخصّني',

  'withdrawn.title': 'سُحب التوقيع',
  'withdrawn.heading': 'تم سحب توقيعك',
  'withdrawn.effect': 'لم يعد يظهر على الرسالة ولا يُحتسب ضمن توقيعاتها.',
  'withdrawn.proof':
    'يسجّل سجل الرسالة السحب مع دليل مستخرج من رابط السحب الخاص بك، الذي لا يملكه أحد غيرك: بإيصالك وذلك الرابط، تُثبت أداة التحقق أن السحب صدر عنك (<code>--receipt POSITION:HASH --token YOUR_LINK</code>)، وأن أي سحب سجّله شخص آخر لم يصدر عنك.',

  'erased.title': 'تم الحذف',
  'erased.heading': 'تم الحذف',
  'erased.text': 'حُذف توقيعك وكل ما كان محفوظًا معه.',

  'reconsent.title': 'تغيّرت الرسالة',
  'reconsent.doneHeading': 'لقد وافقت على النص الحالي',
  'reconsent.heading': 'تغيّرت الرسالة التي وقّعتها',
  'reconsent.versions': '<letter>{title}</letter>: وقّعت على الإصدار {signed, number}؛ والنص الآن في الإصدار {current, number}.',
  'reconsent.version': 'الإصدار {version, number}',
  'reconsent.editorial': 'الإصدار {version, number} (تصحيح تحريري)',
  'reconsent.submit': 'أوقّع على النص الجديد',
  'reconsent.otherwise': 'إن لم تفعل، يبقى توقيعك في القائمة على أنه توقيع على الإصدار {signed, number}.',
  'reconsented.title': 'شكرًا لك',
  'reconsented.heading': 'شكرًا لك: لقد وقّعت على الإصدار {version, number}',
  'reconsented.receipt': 'إيصالك الجديد: القيد <strong>{position, number}</strong> في سجل الرسالة، وبصمته <code>{hash}</code>.',
  'reconsented.check': 'للتحقق منه:',

  'diff.field': '{field, select, title {العنوان} addressee {موجَّهة إلى} summary {الملخص} body {النص} language {اللغة} other {{field}}}',

  // review: the noun after a number shown by the embed (3 to 10 genitive plural, 11 to 99 accusative singular)
  'embed.signatories': '{n, plural, zero {موقّع} one {موقّع} two {موقّعان} few {موقّعين} many {موقّعًا} other {موقّع}}',
  'embed.readAndSign': 'اقرأ ووقّع',
  'embed.read': 'اقرأ الرسالة',

  'invitation.founding': 'الجولة التأسيسية: بالدعوة',
  'invitation.badge': 'دعوة إلى التوقيع',
  'invitation.usedHeading': 'استُخدمت هذه الدعوة من قبل',
  'invitation.used': 'استُخدمت هذه الدعوة للتوقيع على هذه الرسالة، ولا تُستخدم الدعوة للتوقيع إلا مرة واحدة: يبقى التوقيع الذي تم بها كما قُدِّم. لا يمكن القيام بأي شيء آخر بهذا الرابط.',
  'invitation.signAs': 'التوقيع باسم {name}',
  'invitation.hint': 'دعا المنظِّمون هذا العنوان؛ لا يحتاج التوقيع هنا إلى أي تأكيد إضافي، ويُعدّ توقيعك موثَّقًا. صحّح أي بيانات غير صحيحة.',
  'invitation.submit': 'وقّع الرسالة',
  'invitation.closedOn': 'أُغلقت هذه الرسالة في {date} ولم تعد تقبل توقيعات.',
  'invitation.notOpen': 'لا تقبل هذه الرسالة توقيعات.',

  'error.heading':
    '{status, number} · {status, select, 400 {طلب غير صالح} 403 {الوصول ممنوع} 404 {غير موجود} 405 {غير مسموح} 409 {تعارض} 410 {لم يعد متاحًا} 413 {كبير جدًا} 415 {نوع غير مدعوم} 429 {طلبات كثيرة جدًا} 503 {الخدمة غير متاحة} other {خطأ}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {لا توجد رسالة كهذه، أو أنها غير منشورة للعموم.} NOT_FOUND {لا يوجد شيء على هذا العنوان.} TOKEN_UNKNOWN {هذا الرابط غير صالح. تأكّد من أنه نُسخ كاملًا من الرسالة الإلكترونية.} TOKEN_EXPIRED {انتهت صلاحية هذا الرابط. وقّع الرسالة مرة أخرى للحصول على رابط جديد.} LETTER_CLOSED {هذه الرسالة مغلقة ولم تعد تقبل توقيعات.} ALREADY_SIGNED {سبق التوقيع على هذه الرسالة من هذا العنوان، ببيانات أخرى تبقى سارية. لتغييرها، اسحب ذلك التوقيع ثم وقّع من جديد.} SIGNATURE_WITHDRAWN {سُحب هذا التوقيع؛ وقّع الرسالة مرة أخرى لإعادة إضافته.} SIGNATURE_NOT_ACTIVE {هذا التوقيع غير نشط؛ وقّع الرسالة مرة أخرى بدلًا من ذلك.} RATE_LIMITED {محاولات كثيرة جدًا من هذا المصدر: يُرجى الانتظار قليلًا ثم المحاولة مجددًا.} CROSS_ORIGIN {أُرسل هذا النموذج من موقع آخر، فرُفض. افتح الصفحة من جديد وأرسله منها.} DATABASE_UNAVAILABLE {الخدمة غير متاحة حاليًا؛ يُرجى المحاولة مجددًا بعد قليل.} INTERNAL_ERROR {حدث خطأ من جهتنا، وقد سُجِّل.} other {تعذّر إتمام الطلب ({code}).}}',

  'mail.footerSigner':
    'أُرسلت هذه الرسالة الإلكترونية من {siteName} لأن هذا العنوان قُدِّم للتوقيع على رسالة مفتوحة. لا يُنشر عنوان بريدك الإلكتروني أبدًا. إن لم تكن أنت من فعل ذلك، فتجاهل هذه الرسالة، أو اسحب التوقيع بالرابط أعلاه.',
  'mail.footerSigned': 'أُرسلت هذه الرسالة الإلكترونية من {siteName} لأن هذا العنوان قُدِّم للتوقيع على رسالة مفتوحة. لا يُنشر عنوان بريدك الإلكتروني أبدًا.',
  'mail.footerReconsent': 'أُرسلت هذه الرسالة الإلكترونية من {siteName} لأنك وقّعت على هذه الرسالة المفتوحة. لا يُنشر عنوان بريدك الإلكتروني أبدًا.',
  'mail.orOpen': 'أو افتح هذا الرابط:',
  'mail.readLetter': 'اقرأ الرسالة',
  'mail.theLetter': 'الرسالة: {url}',

  'mail.confirm.subject': 'أكّد توقيعك: {title}',
  'mail.confirm.thanks': 'شكرًا لتوقيعك على <strong>{title}</strong>، الموجَّهة إلى {addressee}.',
  'mail.confirm.counts': 'يُحتسب توقيعك بعد أن تؤكّد أن هذا العنوان يخصّك. بالتأكيد، يُنشر ما يلي:',
  'mail.confirm.careful': 'إذا لم يكن هذا ما قدّمته، فلا تؤكّد: لا يُنشر شيء دون هذا الرابط.',
  'mail.confirm.button': 'أؤكّد توقيعي',
  'mail.confirm.valid': 'الرابط صالح لمدة 7 أيام.',
  'mail.confirm.openToConfirm': 'للتأكيد، افتح هذا الرابط (صالح لمدة 7 أيام):',
  'mail.confirm.changedMind': 'غيّرت رأيك؟ <withdraw>اسحب توقيعك</withdraw>، الآن أو لاحقًا.',
  'mail.confirm.changedMindText': 'غيّرت رأيك؟ اسحب توقيعك، الآن أو لاحقًا:',

  'mail.already.subject': 'سبق أن وقّعت: {title}',
  'mail.already.again': 'حاول شخص ما، ربما أنت، التوقيع مرة أخرى على <strong>{title}</strong> بهذا العنوان.',
  'mail.already.stands': 'لقد وقّعت عليها من قبل، وتوقيعك قائم؛ لم يتغيّر شيء.',
  'mail.already.withdraw': 'لاسترداد توقيعك: <withdraw>اسحبه</withdraw>.',
  'mail.already.withdrawText': 'لاسترداد توقيعك، افتح:',

  'mail.reconsent.subject': 'تغيّرت الرسالة التي وقّعتها: {title}',
  'mail.reconsent.changed': 'غيّر منظِّمو <strong>{title}</strong> نصّها منذ أن وقّعت على الإصدار {from, number}: وهي الآن في الإصدار {to, number}.',
  'mail.reconsent.shown': 'يُعرض توقيعك على أنه توقيع على النص السابق إلى أن توافق على النص الجديد.',
  'mail.reconsent.see': '<versions>اطّلع على التغييرات بالتفصيل</versions>.',
  'mail.reconsent.seeText': 'اطّلع على التغييرات بالتفصيل:',
  'mail.reconsent.button': 'راجع النص الجديد ووقّع عليه',
  'mail.reconsent.withdraw': 'إن لم تعد تؤيد الرسالة، <withdraw>اسحب توقيعك</withdraw>.',
  'mail.reconsent.withdrawText': 'إن لم تعد تؤيد الرسالة، اسحب توقيعك:',

  'mail.invitation.subject': 'دعوة إلى التوقيع: {title}',
  // review: formal gender-neutral salutation with the name
  'mail.invitation.dear': 'حضرة {name}،',
  'mail.invitation.invited':
    '{founding, select, yes {ندعوك إلى التوقيع على <strong>{title}</strong>، وهي رسالة مفتوحة موجَّهة إلى {addressee}، بصفتك أحد الموقّعين المؤسِّسين قبل فتحها للعموم.} other {ندعوك إلى التوقيع على <strong>{title}</strong>، وهي رسالة مفتوحة موجَّهة إلى {addressee}.}}',
  'mail.invitation.button': 'اقرأ الرسالة ووقّع عليها',
  'mail.invitation.personal': 'هذا الرابط خاص بك وصالح لمدة 30 يومًا. لا يحتاج التوقيع من خلاله إلى أي تأكيد إضافي، ويُعدّ توقيعك موثَّقًا.',

  'mail.delivery.to': 'إلى {name}،',
  'mail.delivery.attached': 'مرفق بصيغة PDF نص الرسالة والقائمة الكاملة بالموقّعين عليها ({summary})، وهي منشورة على {url}.',

  'pdf.signatories': 'الموقّعون',
  'pdf.legend':
    '✓ موثَّق: راسل الموقّع من نطاق البريد الإلكتروني للمؤسسة (ويُذكر ذلك: «يراسل من @domain»)، أو دعاه المنظِّمون، أو وافقوا عليه. أكّد كل موقّع توقيعه عبر البريد الإلكتروني. تُذكر المناصب والانتماءات لأغراض التعريف فقط.',
  'pdf.unlisted':
    '{n, plural, zero {# موقّع آخر محتسَب دون ذكر اسمه، بناءً على طلبه.} one {يُحتسب موقّع آخر دون ذكر اسمه، بناءً على طلبه.} two {يُحتسب موقّعان آخران دون ذكر اسميهما، بناءً على طلبهما.} few {يُحتسب # موقّعين آخرين دون ذكر أسمائهم، بناءً على طلبهم.} many {يُحتسب # موقّعًا آخر دون ذكر أسمائهم، بناءً على طلبهم.} other {يُحتسب # موقّع آخر دون ذكر أسمائهم، بناءً على طلبهم.}}',
  'pdf.withheld':
    '{n, plural, zero {# موقّع آخر محتسَب لم يُنشر اسمه بعد، حفاظًا على سلامته} one {يُحتسب موقّع آخر لم يُنشر اسمه بعد، حفاظًا على سلامته} two {يُحتسب موقّعان آخران لم يُنشر اسماهما بعد، حفاظًا على سلامتهما} few {يُحتسب # موقّعين آخرين لم تُنشر أسماؤهم بعد، حفاظًا على سلامتهم} many {يُحتسب # موقّعًا آخر لم تُنشر أسماؤهم بعد، حفاظًا على سلامتهم} other {يُحتسب # موقّع آخر لم تُنشر أسماؤهم بعد، حفاظًا على سلامتهم}} (تنشر الرسالة أسماء الموقّعين من بلدٍ ما بعد أن يوقّع منه عدد كافٍ من الأشخاص، أو جميع الأسماء عند إطلاقها).',
  'pdf.version': '{url} · الإصدار {version, number} من النص · أُنشئ في {date}',
  'pdf.ledger':
    'سجل الموقّعين: {n, plural, zero {# قيد} one {قيد واحد} two {قيدان} few {# قيود} many {# قيدًا} other {# قيد}}، رأس السجل <code>{head}</code>، جذر Merkle <code>{root}</code>، موقَّع بمفتاح هذا الموقع <code>{key}</code>.',
  'pdf.witnessed':
    'شارك {count, plural, zero {# شاهد} one {شاهد واحد} two {شاهدان} few {# شهود} many {# شاهدًا} other {# شاهد}} في توقيع أول {size, plural, zero {# قيد} one {قيد} two {قيدين} few {# قيود} many {# قيدًا} other {# قيد}} فيه.',
  'pdf.check': 'يمكن لأي شخص التحقق من أن القائمة لم تتغيّر منذ ذلك الحين إلا بأحداث مسجَّلة:',
  'pdf.page': '{title} · الصفحة {page} من {pages}',
  'pdf.translationOf': 'ترجمة ({language}) للنص الأصلي باللغة {original}؛ والنص الأصلي هو المرجع المعتمد.',
  'pdf.original': 'النص الأصلي',
  'pdf.translation': 'الترجمة',

  // Issue 20: the workspace's pages.
  'home.organizers': 'هل تنظّم رسالة؟',
  'home.signIn': 'سجّل الدخول إلى مساحة عملك',
  // review: reworded as "this address received an invitation from …" so no verb has to agree with {organizers}, which may be one name or several
  'mail.footer.invitation':
    'وصلتك هذه الرسالة الإلكترونية لأن هذا العنوان تلقّى دعوة إلى التوقيع على الرسالة من {named, select, yes {{organizers}} other {منظِّمي «{title}»}}، عبر {siteName}. لا يُوقَّع أي شيء ما لم توقّع بنفسك؛ ولا يُنشر عنوان بريدك الإلكتروني أبدًا.',
  // review: addressee rendered as مستلِم (recipient), as in the workspace, because المرسَل إليه does not take numbers
  'mail.footer.delivery':
    'وصلتك هذه الرسالة الإلكترونية لأن هذا العنوان يعود إلى أحد مستلِمي الرسالة المفتوحة «{title}»، التي أرسلها {named, select, yes {{organizers}} other {منظِّمو «{title}»}} عبر {siteName} نيابةً عن الموقّعين عليها. تذكر صفحتها العامة المستلِمين بأسمائهم، ولا تذكر عناوينهم أبدًا.',
  'mail.rejected.subject': 'لم يُقبل توقيعك: {title}',
  'mail.rejected.decided': 'راجع منظِّمو <strong>{title}</strong> توقيعك، الذي قدّمته باسم {name}، ولم يقبلوه.',
  'mail.rejected.effect': 'لا يظهر توقيعك في قائمة الرسالة ولا يُحتسب.',
  'mail.rejected.data': 'ما نحتفظ به من بيانات عن توقيعك، وكيف تحذفها: <withdraw>صفحة توقيعك</withdraw>.',
  'mail.rejected.dataText': 'ما نحتفظ به من بيانات عن توقيعك، وكيف تحذفها:',
  'mail.invitation.from': '{named, select, yes {الدعوة مرسَلة من {organizers}.} other {الدعوة مرسَلة من منظِّمي الرسالة.}}',
  'mail.delivery.from': '{named, select, yes {يرسل إليك {organizers} هذه الرسالة نيابةً عن الموقّعين عليها.} other {يرسل إليك منظِّموها هذه الرسالة نيابةً عن الموقّعين عليها.}}',
  'sign.news': 'أرسلوا إليّ أخبار هذه الرسالة ({n, plural, zero {# مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرةً} other {# مرة}} في الشهر على الأكثر)',
  'sign.newsHint': 'اختياري. في كل رسالة إلكترونية رابط لإيقافها؛ ويبقى توقيعك.',
  'mail.update.subject': 'أخبار «{title}»: {update}',
  'mail.update.news': 'أخبار من منظِّمي <strong>{title}</strong>، الرسالة التي وقّعت عليها:',
  // review: such messages rendered as رسالة … من هذا النوع (a message of this kind); رسالة here is the email, the letter itself being named in the subject and first line
  'mail.update.unsubscribe':
    'لا يصلك في الشهر أكثر من {n, plural, zero {# رسالة} one {رسالة واحدة} two {رسالتين} few {# رسائل} many {# رسالةً} other {# رسالة}} من هذا النوع. <unsubscribe>ألغِ الاشتراك</unsubscribe> بنقرة واحدة؛ ويبقى توقيعك.',
  'mail.update.unsubscribeText':
    'لا يصلك في الشهر أكثر من {n, plural, zero {# رسالة} one {رسالة واحدة} two {رسالتين} few {# رسائل} many {# رسالةً} other {# رسالة}} من هذا النوع. لإلغاء الاشتراك (ويبقى توقيعك)، افتح:',
  'mail.footer.update': 'وصلتك هذه الرسالة الإلكترونية لأنك طلبت تلقّي أخبار «{title}» عندما وقّعت عليها، عبر {siteName}. لا يُنشر عنوان بريدك الإلكتروني أبدًا.',
  'unsubscribe.title': 'أخبار هذه الرسالة',
  'unsubscribe.heading': 'هل تريد إيقاف أخبار هذه الرسالة؟',
  'unsubscribe.doneHeading': 'لن تصلك بعد الآن أخبار هذه الرسالة',
  'unsubscribe.about': 'يرسل منظِّمو <letter>{title}</letter> أخبار الرسالة إلى الموقّعين عليها الذين طلبوها.',
  'unsubscribe.effect': 'لن يصلك منها شيء بعد الآن. ويبقى توقيعك على الرسالة كما هو.',
  'unsubscribe.done': 'لن تصلك بعد الآن أخبار <letter>{title}</letter>. ويبقى توقيعك على الرسالة كما هو.',
  'unsubscribe.submit': 'ألغِ الاشتراك',
  'updates.heading': 'أخبار من المنظِّمين',
  'updates.sent': 'أُرسل في {date}',
  'withdraw.news': 'أخبار الرسالة',
  // review: none rendered as لا شيء (nothing), as the value next to the label أخبار الرسالة in the stored-data table
  'withdraw.newsState': '{news, select, yes {طلبتها: تصل إلى عنوانك إلى أن تلغي الاشتراك أو تسحب توقيعك} other {لا شيء}}',

  // --- replies-public ---
  'addressees.heading': 'المستلِمون',
  'addressees.intro':
    'أُرسلت الرسالة إلى كل واحد من هؤلاء المستلِمين بالبريد الإلكتروني. تُذكر هنا أسماؤهم، ولا تُذكر عناوينهم أبدًا؛ ومن لم يردّ منهم خلال {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}} من إرسالها إليه يظهر بعبارة «لا ردّ».',
  'addressees.ungrouped': 'مستلِمون آخرون',
  // review: the English “{group}: {counts}” would be identical to English; a dash (—) separates the group from its counts instead
  'addressees.summary': '{hasGroup, select, yes {{group} — {counts}} other {{counts}}}',
  // review: each state as “label: number”, as in ws.delivery.count; bounced = ارتدّت رسائلهم (their messages came back)
  'addressees.count':
    '{state, select, replied {ردّوا: {n, number}} bounced {ارتدّت رسائلهم: {n, number}} noReply {لا ردّ بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}: {n, number}} sent {أُرسلت إليهم: {n, number}} awaiting {بانتظار الرد: {n, number}} other {قيد الإرسال: {n, number}}}',
  'addressees.col.name': 'الاسم',
  'addressees.col.state': 'الحالة',
  'addressees.state':
    '{state, select, replied {<reply>ردّ في {date}</reply>} bounced {ارتدّت الرسالة} noReply {لا ردّ بعد {days, plural, zero {# يوم} one {يوم واحد} two {يومين} few {# أيام} many {# يومًا} other {# يوم}}} sent {أُرسلت في {date}} other {قيد الإرسال}}',
  'replies.heading': 'الردود',
  'replies.received': 'ورد في {date}',
  'replies.mark': '{mark, select, dkim {موثَّق عبر DKIM للنطاق {domain}} organizer {سجّله المنظِّمون} other {ورد بالبريد الإلكتروني، غير موثَّق}}',
  'replies.documents': '{n, plural, zero {# وثيقة} one {وثيقة واحدة} two {وثيقتان} few {# وثائق} many {# وثيقةً} other {# وثيقة}}',
  'replies.read': 'اقرأ الردّ',
  'reply.title': 'ردّ من {addressee} · {title}',
  'reply.heading': 'ردّ من {addressee}',
  'reply.inAnswer': 'ردًّا على الرسالة المفتوحة <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {وقّعت خوادم البريد التابعة للنطاق {domain} هذه الرسالة الإلكترونية (DKIM)، وهذا النطاق يطابق عنوان المستلِم: فقد صدرت عن نظام بريده، دون أي تعديل.} organizer {تلقّى المنظِّمون هذا الردّ بطريقة غير البريد الإلكتروني المرسَل إلى هذا الموقع (بالبريد العادي مثلًا)، وسجّلوه كما كُتب.} other {وردت هذه الرسالة بالبريد الإلكتروني دون توقيع صالح من نطاق المستلِم: تعذّر التحقق ممّن أرسلها.}}',
  'reply.documents': 'الوثائق',
  'reply.document': 'الوثيقة {position, number}: {type}، {size}',
  'reply.ledger': 'هذا الردّ مسجَّل في السجل العام للرسالة، الذي يكشف أي تلاعب، مع بصمات (SHA-256) نصّه ووثائقه: <verify>كيف تتحقّق من السجل</verify>.',
  'pdf.replies': 'الردود',
  'pdf.replyUrl': 'على الإنترنت: {url}',
} satisfies SiteCatalog;
