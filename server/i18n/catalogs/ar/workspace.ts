import type { WorkspaceCatalog } from '../en/site-type.js';

/** Arabic: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role names: owner = مالك, editor = محرِّر, moderator = مشرف, viewer = مُشاهِد
  'ws.role': '{role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {{role}}}',
  'ws.kind': '{kind, select, legislator {برلماني} organization {منظمة} individual {فرد} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {قيد الانتظار} confirmed {مؤكَّد} withdrawn {مسحوب} fraudulent {مزوَّر} other {{status}}}',
  // review: shadow (accepted for the signer but kept off the public list) rendered as حجب خفي / محجوب خفيةً
  'ws.moderation': '{state, select, none {لا يوجد} pending {قيد المراجعة} approved {مقبول} rejected {مرفوض} shadow {محجوب خفيةً} other {{state}}}',
  'ws.verification': '{by, select, domain {النطاق} invited {بدعوة} approved {بموافقة} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {النطاق} invited {بدعوة} approved {بموافقة} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {قبول} reject {رفض} shadow {حجب خفي} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, zero {# برلماني} one {برلماني واحد} two {برلمانيان} few {# برلمانيين} many {# برلمانيًا} other {# برلماني}} من {countries, plural, zero {# دولة} one {دولة واحدة} two {دولتين} few {# دول} many {# دولة} other {# دولة}}',
  'ws.stats.organizations': '{count, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمة} other {# منظمة}}',
  'ws.stats.individuals': '{count, plural, zero {# فرد} one {فرد واحد} two {فردان} few {# أفراد} many {# فردًا} other {# فرد}}',
  'ws.stats.none': 'لا توجد توقيعات بعد',

  // review: the back arrow is mirrored (→) for right-to-left reading
  'ws.backToLetters': '→ رسائلك',
  'ws.signedInAs': 'أنت مسجَّل الدخول بحساب {email}.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  // review: slug rendered as الرابط (the link), since العنوان already means the letter’s title here; check it reads naturally.
  'ws.fieldName':
    '{field, select, title {العنوان} addressee {موجَّهة إلى} summary {الملخص} language {اللغة} body {النص} slug {الرابط} closesAt {موعد الإغلاق} email {البريد الإلكتروني} role {الدور} label {التسمية} origins {المواقع} goal {عدد التوقيعات المستهدف} csv {القائمة} name {الاسم} kind {الفئة} country {البلد} parliament {البرلمان} party {الحزب} organization {المنظمة} website {الموقع الإلكتروني} other {هذا الحقل}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: هذا الحقل مطلوب.} tooLong {{field}: النص طويل جدًا.} email {{field}: هذا ليس عنوان بريد إلكتروني.} website {{field}: هذا ليس عنوانًا على الويب.} noLink {{field}: لا تُقبل عناوين الويب هنا.} noLetter {{field}: يجب أن يحتوي على حرف أو رقم واحد على الأقل.} choose {{field}: يُرجى اختيار أحد الخيارات.} languageTag {{field}: هذا ليس رمز لغة (مثل en أو fr أو zh-Hant).} future {{field}: يجب أن يكون في المستقبل.} ownLanguage {{field}: هذه هي اللغة الأصلية للرسالة؛ عدِّل الرسالة نفسها بدلًا من ذلك.} other {{field}: القيمة غير صالحة؛ يُرجى مراجعة ما كتبته.}}} KIND_NOT_ACCEPTED {لا تقبل هذه الرسالة توقيعات من هذه الفئة.} DUPLICATE {العنوان البريدي نفسه وارد في سطر سابق من هذه القائمة.} INVALID_CSV {{reason, select, columns {أعمدة غير معروفة: {columns}. يحدّد السطر الأول أسماء الأعمدة، وتُختار من بين: {expected}.} tooMany {الحد الأقصى للمدعوّين في المرة الواحدة: {max, number}.} other {تعذّرت قراءة القائمة بصيغة CSV.}}} NOT_TAKING_SIGNATURES {لا تُرسَل الدعوات إلا حين تكون الرسالة في جولتها التأسيسية أو مفتوحة.} LETTER_CLOSED {هذه الرسالة مغلقة، لذا تبقى التوقيعات المعلَّقة خارجها.} ALREADY_PUBLISHED {لا تبدأ الجولة التأسيسية إلا من مسودة.} NOT_PUBLISHED {هذه الرسالة غير منشورة بعد: انشرها أولًا.} SLUG_TAKEN {هذا الرابط مستخدم لرسالة أخرى.} SLUG_FROZEN {لا يتغيّر رابط الرسالة بعد نشرها.} CLOSING_TIME_PASSED {حدِّد موعد إغلاق في المستقبل قبل فتح الرسالة.} LAST_OWNER {يجب أن يكون للرسالة مالك واحد على الأقل: اجعل شخصًا آخر مالكًا أولًا.} ORGANIZER_NOT_FOUND {لا يوجد بين منظِّمي هذه الرسالة من يحمل هذا العنوان البريدي.} SIGNATURE_NOT_FOUND {لم يعد هذا التوقيع موجودًا.} other {تعذّر تنفيذ ذلك ({code}).}}',

  'ws.letters.title': 'رسائلك',
  'ws.letters.intro': 'أنت مسجَّل الدخول بحساب {email}. الواجهة البرمجية (API) الكاملة، بكل الإجراءات المتاحة على رسائلك، موثَّقة في <docs>/docs</docs>.',
  'ws.letters.new': 'رسالة جديدة',
  'ws.letters.account': 'جلساتك ورموز الواجهة البرمجية',
  'ws.letters.meta': '{summary} · الإصدار {version, number} · /{slug}',
  'ws.letters.none': 'لا تنظّم أي رسالة بعد.',

  'ws.new.title': 'رسالة جديدة',
  'ws.new.save': 'احفظ المسودة',

  'ws.field.title': 'العنوان',
  'ws.field.addressee': 'موجَّهة إلى',
  'ws.field.summary': 'الملخص',
  'ws.field.summaryHint': '(جملة أو جملتان للمعاينات؛ اختياري)',
  'ws.field.language': 'اللغة',
  'ws.field.languageHint': '(مثلًا: ar، en، zh-Hant)',
  'ws.field.body': 'النص',
  'ws.field.bodyHint': '(بصيغة Markdown: *إبراز*، **تشديد**، قوائم، [روابط](https://…))',

  'ws.workspace.pageTitle': 'إدارة الرسالة: {title}',
  'ws.workspace.notPublic': 'غير منشورة بعد',
  'ws.workspace.publicPage': 'الصفحة العامة',
  'ws.workspace.publish': 'انشر',
  'ws.workspace.founding': 'مفتوحة للمدعوّين فقط',
  'ws.workspace.openToAll': 'مفتوحة للجميع',
  'ws.workspace.close': 'أغلق',
  'ws.workspace.reopen': 'أعد الفتح',
  'ws.workspace.export': '{addresses, select, yes {صدِّر كل التوقيعات (CSV، مع العناوين)} other {صدِّر كل التوقيعات (CSV)}}',
  'ws.workspace.text': 'النص',
  'ws.workspace.editorial': 'تصحيح تحريري (أخطاء مطبعية): لا يُطلب من الموقّعين الموافقة من جديد',
  'ws.workspace.preview': 'معاينة',
  'ws.workspace.save': 'احفظ',

  'ws.queue.heading': 'قائمة انتظار الإشراف ({count, number})',
  'ws.queue.sharedMail': '(بريد مشترك: قد يكون متاحًا لأي شخص)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {توقيعات البرلمانيين خاضعة للإشراف} organization {توقيعات المنظمات خاضعة للإشراف} individual {توقيعات الأفراد خاضعة للإشراف} other {{kind}: خاضع للإشراف}}',
  'ws.queue.lookalike': '{same, select, yes {الاسم نفسه في توقيع منشور: {name}} other {يشبه اسمًا منشورًا: {name}}}',
  'ws.queue.empty': 'لا شيء بانتظار قرار.',

  'ws.col.name': 'الاسم',
  'ws.col.affiliation': 'الانتماء',
  'ws.col.websiteDomain': 'نطاق الموقع الإلكتروني',
  'ws.col.mailDomain': 'نطاق البريد',
  'ws.col.email': 'البريد الإلكتروني',
  'ws.col.verified': 'موثَّق',
  'ws.col.heldBecause': 'سبب التعليق',
  'ws.col.decision': 'القرار',
  'ws.col.kind': 'الفئة',
  'ws.col.country': 'البلد',
  'ws.col.status': 'الحالة',
  'ws.col.moderation': 'الإشراف',
  'ws.col.role': 'الدور',
  'ws.col.since': 'منذ',
  'ws.col.when': 'التوقيت',
  'ws.col.who': 'مَن',
  'ws.col.what': 'الحدث',
  // review: "On" = the object the audited action was performed on
  'ws.col.on': 'على',
  'ws.col.detail': 'التفاصيل',
  'ws.col.result': 'النتيجة',
  'ws.col.browser': 'المتصفح',
  'ws.col.lastSeen': 'آخر نشاط',
  'ws.col.action': 'الإجراء',
  'ws.col.label': 'التسمية',
  'ws.col.created': 'تاريخ الإنشاء',
  'ws.col.lastUsed': 'آخر استخدام',

  'ws.invite.heading': 'دعوة موقّعين',
  'ws.invite.result': 'دُعي: {invited, number}؛ سبقت دعوتهم: {already, number}.',
  'ws.invite.lineError': 'السطر {line, number}: {reason}',
  'ws.invite.csvLabel': 'ملف CSV يبدأ بسطر عناوين الأعمدة:',
  'ws.invite.send': 'أرسل الدعوات',

  'ws.team.heading': 'المنظِّمون',
  'ws.team.yourRole': 'دورك: {role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {{role}}}.',
  'ws.team.email': 'البريد الإلكتروني',
  'ws.team.role': 'الدور',
  'ws.team.set': 'أضف أو غيّر',
  'ws.team.remove': 'أزل',

  'ws.signatures.heading': 'التوقيعات',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {يحجب مالكو الرسالة عناوين الموقّعين عن المنظِّمين المشاركين: لا ترى من كل عنوان إلا نطاقه.} other {يحجب مالكو الرسالة عناوين الموقّعين عن المنظِّمين المشاركين.}}',
  'ws.addresses.audited': 'يُسجَّل كل اطّلاع على عناوين الموقّعين، هنا أو عبر الواجهة البرمجية أو بالتصدير، في سجل التدقيق الخاص بالرسالة.',
  'ws.addresses.toggle': 'يرى المنظِّمون المشاركون (المحرِّرون والمشرفون والمُشاهِدون) عناوين الموقّعين؛ وإلا فلا يرى المشرفون سوى النطاق',
  'ws.address.hidden': 'محجوب',
  'ws.address.hiddenDomain': 'محجوب (…@{domain})',

  'ws.filter.status': 'الحالة',
  'ws.filter.all': 'الكل',
  'ws.filter.search': 'بحث',
  'ws.filter.submit': 'تصفية',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'الهدف',
  'ws.goal.intro':
    'عدد من التوقيعات تسعى الرسالة إلى بلوغه، من كل الفئات أو من فئة واحدة («100 برلماني»): تعرض صفحة الرسالة مدى تقدّمها نحوه، ويتلقى مالكو الرسالة ومحرّروها إشعارًا بالبريد الإلكتروني عند بلوغه.',
  'ws.goal.count': 'عدد التوقيعات المستهدف',
  // review: Counting (label of the choice: every signature / a kind, shown with kind.plural) rendered as ما يُحتسب
  'ws.goal.kind': 'ما يُحتسب',
  'ws.goal.any': 'كل التوقيعات',
  'ws.goal.save': 'احفظ الهدف',
  'ws.goal.reached': 'تحقّق الهدف في {date}.',

  // The sign widget partner sites embed (workspace).
  // review: widget rendered as أداة التوقيع (the signing tool); an alternative is نموذج التوقيع المُضمَّن
  'ws.widget.heading': 'أداة التوقيع للمواقع الشريكة',
  'ws.widget.intro':
    'يمكن للمواقع الشريكة أن تعرض نموذج التوقيع على هذه الرسالة في صفحاتها الخاصة. اذكر المواقع المسموح لها بعرضه، موقعًا واحدًا في كل سطر، ثم امنح كل شريك رمزًا خاصًا به: سترى عدد من وقّعوا عن طريق كل شريك، من دون أي معلومة عن هويّاتهم.',
  'ws.widget.origins': 'المواقع المسموح لها بعرض الأداة (مثل https://partner.example)',
  'ws.widget.saveOrigins': 'احفظ المواقع',
  'ws.widget.partner': 'الشريك',
  'ws.widget.signatures': 'التوقيعات',
  'ws.widget.snippet': 'الشيفرة المراد لصقها في صفحة الشريك',
  'ws.widget.none': 'لا يوجد شريك بعد.',
  'ws.widget.addPartner': 'أضف شريكًا',

  'ws.audit.heading': 'سجل التدقيق',
  // review: operator = the party running this instance of the platform
  'ws.audit.operator': 'مشغِّل المنصة',
  'ws.audit.readAddresses': 'اطّلع على العناوين',
  'ws.audit.readDomains': 'اطّلع على نطاقات العناوين',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {مشغِّل المنصة: اطّلع على نطاقات العناوين} other {مشغِّل المنصة: اطّلع على العناوين}}',

  'ws.note.draftSaved': 'حُفظت المسودة',
  'ws.note.saved': 'تم الحفظ',
  'ws.note.status':
    '{status, select, draft {أصبحت الرسالة مسودة} founding {أصبحت الرسالة في الجولة التأسيسية} open {أصبحت الرسالة مفتوحة} closed {أصبحت الرسالة مغلقة} other {أصبحت حالة الرسالة: {status}}}',
  'ws.note.moderated': '{decision, select, approve {التوقيع: قبول} reject {التوقيع: رفض} shadow {التوقيع: حجب خفي} other {التوقيع: {decision}}}',
  'ws.note.addressesShown': 'أصبح المنظِّمون المشاركون يرون عناوين الموقّعين',
  'ws.note.addressesHidden': 'لم يعد المنظِّمون المشاركون يرون عناوين الموقّعين',
  'ws.note.removed': 'أُزيل {email}',
  'ws.note.goalSaved': 'حُفظ الهدف',
  'ws.note.widgetSaved': 'حُفظت المواقع المسموح لها بعرض الأداة',
  'ws.note.partnerAdded': 'أُضيف الشريك',
  'ws.note.roleSet': 'دور {email} الآن: {role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {{role}}}',

  'ws.account.title': 'حسابك',
  'ws.account.sessions': 'الجلسات',
  'ws.account.thisOne': '(هذه الجلسة)',
  'ws.account.end': 'إنهاء',
  'ws.account.tokens': 'رموز الواجهة البرمجية (API)',
  'ws.account.newToken': 'رمزك الجديد (يُعرض الآن فقط): <code>{token}</code>',
  'ws.account.revoke': 'إبطال',
  'ws.account.label': 'التسمية',
  'ws.account.labelPlaceholder': 'الحاسوب المحمول، برنامج الاستيراد…',
  'ws.account.create': 'أنشئ رمزًا',

  'ws.login.title': 'تسجيل الدخول',
  'ws.login.intro': 'يسجّل المنظِّمون دخولهم برابط يُرسَل بالبريد الإلكتروني: لا كلمة مرور يمكن أن تُسرق أو تُنسى.',
  'ws.login.email': 'بريدك الإلكتروني',
  'ws.login.send': 'أرسل إليّ رابط تسجيل الدخول',
  'ws.loginSent.title': 'تحقّق من بريدك الإلكتروني',
  'ws.loginSent.body':
    'إذا كان هذا العنوان يخصّ أحد المنظِّمين، فإن رابط تسجيل الدخول في طريقه إليه. يعمل الرابط مرة واحدة، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}.',
  'ws.loginConfirm.title': 'تسجيل الدخول إلى Undersigned',
  'ws.loginConfirm.button': 'سجّل الدخول',

  'ws.versions.pageTitle': 'سجل التعديلات: {title}',
  'ws.versions.title': 'سجل تعديلات «{title}»',
  'ws.versions.intro': 'كل إصدارات النص منذ أن وُقّع لأول مرة. لا تتطلب التصحيحات التحريرية (الأخطاء المطبعية) موافقة جديدة من الموقّعين؛ أما التغييرات الأخرى فتطلب من كل من وقّع سابقًا الموافقة من جديد.',
  'ws.versions.version': 'الإصدار {version, number}',
  'ws.versions.editorial': 'تحريري',
  'ws.versions.first': 'النص الأول.',
  'ws.versions.back': 'العودة إلى الرسالة',
  'ws.versions.translationHistory': 'سجل تعديلات الترجمة إلى {language}',
  'ws.versions.revision': 'المراجعة {revision, number}، ترجمةً للإصدار {version, number}',
  'ws.versions.current': 'الحالية',
  'ws.versions.revisionOutdated': 'تستند هذه المراجعة إلى إصدار سابق من النص.',
  'ws.versions.firstTranslation': 'الترجمة الأولى.',
  'ws.diff.field': '{field, select, title {العنوان} addressee {موجَّهة إلى} summary {الملخص} body {النص} other {{field}}}',

  'ws.mail.hello': 'مرحبًا،',
  'ws.mail.helloName': 'مرحبًا {name}،',
  'ws.mail.signIn': 'سجّل الدخول',
  'ws.mail.footer': 'أُرسلت هذه الرسالة من Undersigned إلى أحد منظِّمي الرسائل المفتوحة.',
  'ws.mail.login.subject': 'رابط تسجيل دخولك إلى Undersigned',
  'ws.mail.login.title': 'تسجيل الدخول',
  'ws.mail.login.asked': 'طلب شخص ما، ربما أنت، تسجيل الدخول إلى Undersigned بحساب {email}.',
  'ws.mail.login.openLink': 'أو افتح هذا الرابط: <link>{url}</link>',
  'ws.mail.login.once': 'يعمل الرابط مرة واحدة، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}. إن لم تطلبه، فتجاهل هذه الرسالة.',
  'ws.mail.login.textLink': 'سجّل الدخول (يعمل الرابط مرة واحدة، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}):',
  'ws.mail.login.ignore': 'إن لم تطلبه، فتجاهل هذه الرسالة.',
  // review: after أصبحت the role names take the accusative (مالكًا, محرِّرًا, مشرفًا, مُشاهِدًا)
  'ws.mail.added.subject': 'أصبحت {role, select, owner {مالكًا} editor {محرِّرًا} moderator {مشرفًا} viewer {مُشاهِدًا} other {{role}}} في: {title}',
  'ws.mail.added.body':
    'أصبحت <strong>{role, select, owner {مالكًا} editor {محرِّرًا} moderator {مشرفًا} viewer {مُشاهِدًا} other {{role}}}</strong> في الرسالة المفتوحة <strong>{title}</strong> على Undersigned.',
  'ws.mail.added.bodyText': 'أصبحت {role, select, owner {مالكًا} editor {محرِّرًا} moderator {مشرفًا} viewer {مُشاهِدًا} other {{role}}} في الرسالة المفتوحة «{title}» على Undersigned.',
  'ws.mail.added.link':
    'يعمل الرابط مرة واحدة، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}؛ وبعد ذلك، اطلب رابطًا جديدًا من صفحة تسجيل الدخول. مساحة عمل الرسالة: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'سجّل الدخول (يعمل الرابط مرة واحدة، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}؛ وبعد ذلك، اطلب رابطًا جديدًا من صفحة تسجيل الدخول):',
  'ws.mail.added.workspace': 'مساحة عمل الرسالة: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'تحقّق الهدف: {title}',
  // review: verb inside each branch for agreement (وقّعها / وقّعتها for organizations; for any kind: جمعت + accusative count); check the case of the counted nouns
  'ws.mail.goal.body':
    'بلغت الرسالة <letter>{title}</letter> هدفها: {kind, select, legislator {{goal, plural, zero {وقّعها # برلماني} one {وقّعها برلماني واحد} two {وقّعها برلمانيان} few {وقّعها # برلمانيين} many {وقّعها # برلمانيًا} other {وقّعها # برلماني}}} organization {{goal, plural, zero {وقّعتها # منظمة} one {وقّعتها منظمة واحدة} two {وقّعتها منظمتان} few {وقّعتها # منظمات} many {وقّعتها # منظمة} other {وقّعتها # منظمة}}} individual {{goal, plural, zero {وقّعها # فرد} one {وقّعها فرد واحد} two {وقّعها فردان} few {وقّعها # أفراد} many {وقّعها # فردًا} other {وقّعها # فرد}}} other {{goal, plural, zero {جمعت # توقيع} one {جمعت توقيعًا واحدًا} two {جمعت توقيعين} few {جمعت # توقيعات} many {جمعت # توقيعًا} other {جمعت # توقيع}}}}.',
  'ws.mail.goal.bodyText':
    'بلغت الرسالة «{title}» هدفها: {kind, select, legislator {{goal, plural, zero {وقّعها # برلماني} one {وقّعها برلماني واحد} two {وقّعها برلمانيان} few {وقّعها # برلمانيين} many {وقّعها # برلمانيًا} other {وقّعها # برلماني}}} organization {{goal, plural, zero {وقّعتها # منظمة} one {وقّعتها منظمة واحدة} two {وقّعتها منظمتان} few {وقّعتها # منظمات} many {وقّعتها # منظمة} other {وقّعتها # منظمة}}} individual {{goal, plural, zero {وقّعها # فرد} one {وقّعها فرد واحد} two {وقّعها فردان} few {وقّعها # أفراد} many {وقّعها # فردًا} other {وقّعها # فرد}}} other {{goal, plural, zero {جمعت # توقيع} one {جمعت توقيعًا واحدًا} two {جمعت توقيعين} few {جمعت # توقيعات} many {جمعت # توقيعًا} other {جمعت # توقيع}}}}.',
} satisfies WorkspaceCatalog;
