import type { WorkspaceCatalog } from '../en/site-type.js';

/** Arabic: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role names: owner = مالك, editor = محرِّر, moderator = مشرف, viewer = مُشاهِد
  'ws.role': '{role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {{role}}}',
  'ws.kind': '{kind, select, legislator {برلماني} organization {منظمة} individual {فرد} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {قيد الانتظار} confirmed {مؤكَّد} withdrawn {مسحوب} fraudulent {مزوَّر} other {{status}}}',
  // review: shadow (accepted for the signer but kept off the public list) rendered as حجب خفي / محجوب خفيةً
  'ws.moderation': '{state, select, none {لا يوجد} pending {قيد المراجعة} approved {منشور} rejected {مرفوض} shadow {مخفي} other {{state}}}',
  'ws.verification': '{by, select, domain {النطاق} invited {بدعوة} approved {بموافقة} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {النطاق} invited {بدعوة} approved {بموافقة} other {{by}}}: {domain}',
  // review: shadow is now "Hide": إخفاء / أخفِ / مخفي; ws.moderation (not in this job) still says محجوب خفيةً
  'ws.decision': '{decision, select, approve {نشر} reject {رفض (يُبلَّغ الموقّع)} shadow {إخفاء (لا تُرسَل رسالة إلى الموقّع)} other {{decision}}}',

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
    '{field, select, title {العنوان} addressee {موجَّهة إلى} summary {الملخص} language {اللغة} body {النص} slug {الرابط} closesAt {موعد الإغلاق} email {البريد الإلكتروني} role {الدور} label {التسمية} origins {المواقع} goal {عدد التوقيعات المستهدف} signerKinds {من يحق له التوقيع} moderatedKinds {معلَّقة بانتظار الإشراف} group {المجموعة} csv {القائمة} name {الاسم} kind {الفئة} country {البلد} parliament {البرلمان} party {الحزب} organization {المنظمة} website {الموقع الإلكتروني} recipientId {المُرسِل} receivedOn {التاريخ} text {نص الردّ} file {الوثائق} replyWaitDays {عدد الأيام قبل «لا ردّ»} other {هذا الحقل}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: هذا الحقل مطلوب.} tooLong {{field}: النص طويل جدًا.} email {{field}: هذا ليس عنوان بريد إلكتروني.} website {{field}: هذا ليس عنوانًا على الويب.} noLink {{field}: لا تُقبل عناوين الويب هنا.} noLetter {{field}: يجب أن يحتوي على حرف أو رقم واحد على الأقل.} choose {{field}: يُرجى اختيار أحد الخيارات.} languageTag {{field}: هذا ليس رمز لغة (مثل en أو fr أو zh-Hant).} future {{field}: يجب أن يكون في المستقبل.} ownLanguage {{field}: هذه هي اللغة الأصلية للرسالة؛ عدِّل الرسالة نفسها بدلًا من ذلك.} date {{field}: هذا ليس تاريخًا.} notFuture {{field}: لا يمكن أن يكون في المستقبل.} unknownAddressee {{field}: يُرجى اختيار أحد مستلِمي الرسالة.} tooMany {{field}: خمس وثائق على الأكثر للردّ الواحد.} days {{field}: يجب أن يكون عددًا صحيحًا من الأيام، من 1 إلى 365.} other {{field}: القيمة غير صالحة؛ يُرجى مراجعة ما كتبته.}}} KIND_NOT_ACCEPTED {لا تقبل هذه الرسالة توقيعات من هذه الفئة.} DUPLICATE {العنوان البريدي نفسه وارد في سطر سابق من هذه القائمة.} INVALID_CSV {{reason, select, columns {أعمدة غير معروفة: {columns}. يحدّد السطر الأول أسماء الأعمدة، وتُختار من بين: {expected}.} tooMany {الحد الأقصى للمدعوّين في المرة الواحدة: {max, number}.} other {تعذّرت قراءة القائمة بصيغة CSV.}}} NOT_TAKING_SIGNATURES {لا تُرسَل الدعوات إلا حين تكون الرسالة في جولتها التأسيسية أو مفتوحة.} LETTER_CLOSED {هذه الرسالة مغلقة، لذا تبقى التوقيعات المعلَّقة خارجها.} ALREADY_PUBLISHED {لا تبدأ الجولة التأسيسية إلا من مسودة.} NO_RECIPIENTS {أضف المستلِمين قبل إرسال الرسالة.} NOT_PUBLISHED {هذه الرسالة غير منشورة بعد: انشرها أولًا.} SLUG_TAKEN {هذا الرابط مستخدم لرسالة أخرى.} SLUG_FROZEN {لا يتغيّر رابط الرسالة بعد نشرها.} CLOSING_TIME_PASSED {حدِّد موعد إغلاق في المستقبل قبل فتح الرسالة.} LAST_OWNER {يجب أن يكون للرسالة مالك واحد على الأقل: اجعل شخصًا آخر مالكًا أولًا.} ORGANIZER_NOT_FOUND {لا يوجد بين منظِّمي هذه الرسالة من يحمل هذا العنوان البريدي.} SIGNATURE_NOT_FOUND {لم يعد هذا التوقيع موجودًا.} UNSUPPORTED_FILE {{field}: يجب أن تكون كل وثيقة ملف PDF أو صورة (PNG أو JPEG أو GIF أو WebP).} FILE_TOO_LARGE {{field}: لا يتجاوز حجم كل وثيقة 10 ميغابايت.} REPLY_NOT_QUEUED {سبق أن نُشر هذا الردّ أو استُبعد.} other {تعذّر تنفيذ ذلك ({code}).}}',

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
  'ws.queue.sharedMail': '(مزوّد بريد مشترك: يمكن لأي شخص أن يملك عنوانًا لديه)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {توقيعات البرلمانيين خاضعة للإشراف في هذه الرسالة} organization {توقيعات المنظمات خاضعة للإشراف في هذه الرسالة} individual {توقيعات الأفراد خاضعة للإشراف في هذه الرسالة} other {{kind}: خاضع للإشراف في هذه الرسالة}}',
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

  'ws.note.draftSaved': 'حُفظت المسودة',
  'ws.note.saved': 'تم الحفظ',
  'ws.note.status':
    '{status, select, draft {الرسالة مسودة} founding {الرسالة مفتوحة للمدعوّين فقط} open {الرسالة مفتوحة: يمكن لأي شخص التوقيع عليها} closed {الرسالة مغلقة: لا يمكن لأحد التوقيع عليها} other {حالة الرسالة: {status}}}',
  'ws.note.moderated': '{decision, select, approve {نُشر التوقيع} reject {رُفض التوقيع؛ وأُبلغ الموقّع بذلك} shadow {أُخفي التوقيع؛ ولم يُبلَّغ الموقّع} other {سُجِّل القرار}}',
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

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'حُفظت الإعدادات',
  'ws.note.translationSaved': 'حُفظت الترجمة',
  // review: addressee rendered as مستلِم (recipient) throughout: it counts cleanly (مستلِمان، # مستلِمين، # مستلِمًا), which المرسَل إليه does not
  'ws.note.recipientsAdded': '{count, plural, zero {لم يُضَف أي مستلِم} one {أُضيف مستلِم واحد} two {أُضيف مستلِمان} few {أُضيف # مستلِمين} many {أُضيف # مستلِمًا} other {أُضيف # مستلِم}}',
  'ws.note.deliveryQueued':
    '{count, plural, zero {الرسالة في طريقها إلى # مستلِم} one {الرسالة في طريقها إلى مستلِم واحد} two {الرسالة في طريقها إلى مستلِمَين} few {الرسالة في طريقها إلى # مستلِمين} many {الرسالة في طريقها إلى # مستلِمًا} other {الرسالة في طريقها إلى # مستلِم}}',
  // review: mark as fraudulent rendered as وضع علامة «مزوَّر» على (put the mark "fraudulent" on), which needs no agreement with the count; مزوَّر as in ws.signatureStatus
  'ws.note.invalidated':
    '{count, plural, zero {وُضعت علامة «مزوَّر» على # توقيع} one {وُضعت علامة «مزوَّر» على توقيع واحد} two {وُضعت علامة «مزوَّر» على توقيعين} few {وُضعت علامة «مزوَّر» على # توقيعات} many {وُضعت علامة «مزوَّر» على # توقيعًا} other {وُضعت علامة «مزوَّر» على # توقيع}}',
  'ws.diff.added': 'أُضيف:',
  'ws.diff.removed': 'حُذف:',
  'ws.diff.formatted': 'تغيّر التنسيق:',
  'ws.diff.unchanged':
    '{count, plural, zero {… # فقرة دون تغيير …} one {… فقرة واحدة دون تغيير …} two {… فقرتان دون تغيير …} few {… # فقرات دون تغيير …} many {… # فقرةً دون تغيير …} other {… # فقرة دون تغيير …}}',
  'ws.diff.sameReading': 'لم يتغيّر إلا ترميز النص المصدري: يُقرأ النص كما كان.',
  'ws.section':
    '{section, select, text {النص} settings {الإعدادات} translations {الترجمات} signatures {التوقيعات} invite {الدعوات} delivery {التسليم} replies {الردود} updates {الأخبار} team {الفريق} share {المشاركة} audit {سجل التدقيق} other {{section}}}',
  // review: the English is placeholders only ({section}: {title}); the title is quoted «…» as in ws.versions.title so that the value differs from English
  'ws.section.pageTitle': '{section}: «{title}»',
  'ws.nav.label': 'مساحة العمل',
  'ws.workspace.history': 'سجل تعديلات النص',
  'ws.workspace.previewHeading': 'معاينة: الرسالة كما سيراها القرّاء (لم تُحفظ بعد)',
  'ws.header.label': 'حسابك',
  'ws.header.letters': 'رسائلك',
  'ws.header.account': 'الحساب',
  'ws.header.signOut': 'تسجيل الخروج',
  'ws.login.signedOut': 'تم تسجيل خروجك.',
  'ws.addresses.heading': 'عناوين الموقّعين',
  'ws.confirm.cancel': 'إلغاء',
  'ws.confirm.heading':
    '{step, select, publish {هل تريد نشر الرسالة؟} openToAll {هل تريد فتح الرسالة للجميع؟} founding {هل تريد فتح الرسالة للمدعوّين فقط؟} close {هل تريد إغلاق الرسالة؟} reopen {هل تريد إعادة فتح الرسالة؟} other {هل تريد المتابعة؟}}',
  'ws.confirm.consequences':
    '{step, select, publish {تصبح الرسالة علنية على {url}: يمكن لأي شخص قراءتها والتوقيع عليها.\nيُؤكَّد كل توقيع عبر البريد الإلكتروني قبل أن يُحتسب؛ وتظهر الأسماء في القائمة العامة.\nيظل بإمكانك تصحيح النص؛ أما أي تغيير جوهري فيطلب من كل الموقّعين الموافقة من جديد.} openToAll {تصبح الرسالة علنية على {url}: يمكن لأي شخص قراءتها والتوقيع عليها، لا المدعوّون فقط.\nيبقى المدعوّون الذين وقّعوا في القائمة، في مقدّمتها.} founding {لا يستطيع التوقيع إلا من تدعوهم؛ وتبقى الرسالة محجوبة عن العموم.\nيمكنك فتحها للجميع لاحقًا، بزر «انشر».} close {لا يعود بإمكان أحد التوقيع؛ وتبقى الرسالة وقائمتها علنيتين على {url}.\nيمكنك إعادة فتحها لاحقًا.} reopen {يُفتح باب التوقيع من جديد على {url}.} other {لا يمكن التراجع عن ذلك.}}',
  'ws.confirm.button': '{step, select, publish {انشر الآن} openToAll {افتحها للجميع الآن} founding {افتحها للمدعوّين} close {أغلق الرسالة} reopen {أعد فتحها الآن} other {تابع}}',
  'ws.share.embedHeading': 'عدّاد للمواقع الأخرى',
  'ws.share.embedIntro': 'مربع صغير يعرض عدد التوقيعات ورابطًا إلى الرسالة، تلصقه المواقع الأخرى في صفحاتها.',
  'ws.team.removeHeading': 'هل تريد إزالة {who} من منظِّمي الرسالة؟',
  'ws.team.removeConsequences':
    'لن يتمكن {who} ({role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {{role}}}) بعد الآن من فتح مساحة العمل هذه أو اتخاذ أي إجراء على الرسالة.\nيبقى ما قام به مسجَّلًا في سجل التدقيق.\nيمكنك إضافته مجددًا لاحقًا.',
  'ws.team.removeButton': 'أزل',
  'ws.settings.heading': 'التوقيع',
  'ws.settings.closesAt': 'موعد الإغلاق (UTC)',
  'ws.settings.closesAtHint': 'التاريخ والوقت بالتوقيت العالمي المنسَّق (UTC)، لا بتوقيتك المحلي. يتوقف التوقيع عندئذٍ. اتركه فارغًا إن لم يكن للرسالة موعد إغلاق.',
  'ws.settings.signerKinds': 'من يحق له التوقيع (فئة واحدة على الأقل)',
  'ws.settings.moderatedKinds': 'معلَّقة بانتظار الإشراف',
  'ws.settings.moderatedHint': 'تنتظر توقيعات هذه الفئات موافقة أحد المنظِّمين قبل أن تُعرض أو تُحتسب.',
  'ws.settings.save': 'احفظ الإعدادات',
  'ws.translations.intro': 'الرسالة بلغات أخرى. يوافق الموقّعون على النص الأصلي؛ وتتبع كل ترجمة إصدارًا واحدًا منه، وتُعدّ غير محدَّثة متى صدر للنص الأصلي إصدار أحدث.',
  'ws.translations.none': 'لا توجد ترجمة بعد.',
  'ws.translations.col.language': 'اللغة',
  'ws.translations.col.title': 'العنوان',
  'ws.translations.col.follows': 'تتبع',
  'ws.translations.col.state': 'الحالة',
  'ws.translations.col.links': 'الروابط',
  'ws.translations.follows': 'الإصدار {version, number}',
  'ws.translations.outdated': 'غير محدَّثة: الرسالة الآن في الإصدار {version, number}',
  'ws.translations.upToDate': 'محدَّثة',
  'ws.translations.edit': 'تعديل',
  'ws.translations.read': 'النص العام',
  'ws.translations.formHeading': 'أضف ترجمة أو حدّثها',
  'ws.translations.formIntro': 'إذا حفظت ترجمة للغة لها ترجمة من قبل، حلّت محلّها (وتبقى النصوص السابقة في سجل التعديلات العام). تتبع الترجمة المحفوظة الإصدار الحالي، وهو {version, number}.',
  'ws.translations.language': 'اللغة',
  'ws.translations.chooseLanguage': 'اختر لغة',
  'ws.translations.addresseeHint': '(اختياري؛ إن تُرك فارغًا، يُستخدم ما في النص الأصلي)',
  'ws.translations.previewHeading': 'معاينة: الترجمة كما سيراها القرّاء (لم تُحفظ بعد)',
  'ws.translations.save': 'احفظ الترجمة',
  'ws.account.publicName': 'اسمك العلني أو اسم منظمتك',
  'ws.account.publicNameLabel': 'الاسم أو المنظمة',
  'ws.account.publicNameHint': 'بهذا الاسم تذكر الدعوات إلى التوقيع والرسالة المسلَّمة مالكي الرسالة. وفي غيابه، تذكر «منظِّمي» الرسالة؛ ولا يرى الموقّعون والمستلِمون عنوان بريدك الإلكتروني أبدًا.',
  'ws.account.saveName': 'احفظ الاسم',
  'ws.mail.footer.login':
    'وصلتك هذه الرسالة الإلكترونية لأن طلبًا لتسجيل الدخول إلى Undersigned بهذا العنوان قُدِّم منك، أو من شخص كتب هذا العنوان. إن لم تكن أنت، فتجاهل هذه الرسالة: لا يسجّل أحد الدخول دون الرابط.',
  'ws.mail.footer.added': 'وصلتك هذه الرسالة الإلكترونية لأن {known, select, yes {{by}} other {أحد مالكي الرسالة}} أضاف هذا العنوان إلى منظِّمي «{title}» على Undersigned.',
  'ws.mail.footer.goal': 'وصلتك هذه الرسالة الإلكترونية لأنك تنظّم «{title}» على Undersigned، بصفتك أحد مالكيها أو محرِّريها.',
  'ws.delivery.intro': 'الأشخاص أو الجهات الموجَّهة إليهم الرسالة. يتلقّاها كل منهم بالبريد الإلكتروني بلغته، مرفقًا بها ملف PDF يضم النص والموقّعين عليه.',
  'ws.delivery.addressees': 'المستلِمون ({count, number})',
  'ws.delivery.none': 'لا يوجد مستلِمون بعد: أضفهم أدناه، واحدًا تلو الآخر أو في قائمة.',
  'ws.delivery.col.group': 'المجموعة',
  'ws.delivery.col.language': 'اللغة',
  'ws.delivery.col.state': 'التسليم',
  'ws.delivery.state': '{state, select, queued {في قائمة الانتظار} sent {أُرسلت} failed {فشل الإرسال} other {لم تُرسَل}}',
  'ws.delivery.failed': 'فشل الإرسال: {why, select, refused {رفض خادم البريد لدى المستلِم الرسالة.} unreachable {تعذّر الوصول إلى خادم البريد لدى المستلِم.} other {تعذّر إرسال الرسالة.}}',
  // review: written as label: number, as in ws.invite.result, to avoid agreement with the count
  'ws.delivery.count': '{state, select, sent {أُرسلت: {count, number}} queued {في قائمة الانتظار: {count, number}} failed {فشل إرسالها: {count, number}} other {لم تُرسَل: {count, number}}}',
  'ws.delivery.progressHeading': 'آخر عملية إرسال',
  'ws.delivery.progress': 'أُرسلت {sent, number} من أصل {total, number}، وتنتظر {queued, number} الإرسال، وفشل إرسال {failed, number}.',
  'ws.delivery.notPublic': 'تُسلَّم الرسالة بعد أن تصبح علنية: انشرها أولًا. ويمكنك إضافة مستلِميها الآن.',
  'ws.delivery.readOnly': 'إضافة المستلِمين وإرسال الرسالة مقصوران على مالكيها ومحرِّريها.',
  'ws.delivery.previewLink': 'عاين الرسائل الإلكترونية، ثم أرسلها',
  'ws.delivery.addHeading': 'أضف مستلِمًا',
  'ws.delivery.name': 'الاسم',
  'ws.delivery.email': 'البريد الإلكتروني',
  'ws.delivery.language': 'اللغة',
  'ws.delivery.group': 'المجموعة (اختياري، مثل منطقة)',
  'ws.delivery.add': 'أضف المستلِم',
  'ws.delivery.importHeading': 'أضف عدة مستلِمين من قائمة',
  // review: the column name language is kept in English: it is what the CSV header must say
  'ws.delivery.csvLabel': 'الصق بيانات CSV، مستلِمًا واحدًا في كل سطر، تحت سطر أول يحدّد أسماء الأعمدة (language: رمز لغة مثل en أو fr؛ إن تُرك فارغًا: لغة الرسالة نفسها):',
  'ws.delivery.import': 'أضف هؤلاء المستلِمين',
  'ws.delivery.importResult':
    '{added, plural, zero {لم يُضَف أي مستلِم} one {أُضيف مستلِم واحد} two {أُضيف مستلِمان} few {أُضيف # مستلِمين} many {أُضيف # مستلِمًا} other {أُضيف # مستلِم}}؛ {already, plural, =0 {ولم يكن أي منهم موجودًا من قبل} zero {ولم يكن أي منهم موجودًا من قبل} one {وكان واحد موجودًا من قبل} two {وكان اثنان موجودَين من قبل} few {وكان # موجودين من قبل} many {وكان # موجودين من قبل} other {وكان # موجودين من قبل}}. لم تُؤخذ الأسطر التالية:',
  'ws.delivery.lineError': 'السطر {line, number}: {reason}',
  'ws.delivery.previewTitle': 'الرسائل الإلكترونية، قبل الإرسال',
  'ws.delivery.previewIntro': 'يتلقّى كل مستلِم الرسالة الإلكترونية المعروضة أدناه بلغته، مع تحية باسمه، ومرفقًا بها ملف PDF. لا يُرسَل شيء حتى تؤكّد.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, zero {# مستلِم} one {مستلِم واحد} two {مستلِمان} few {# مستلِمين} many {# مستلِمًا} other {# مستلِم}}',
  'ws.delivery.previewAs': 'معروضة كما سيتلقّاها {name}.',
  'ws.delivery.noTranslation': 'ليس للرسالة ترجمة إلى هذه اللغة: يُرسَل النص باللغة {language}.',
  'ws.delivery.subject': 'الموضوع',
  'ws.delivery.textBody': 'نص الرسالة الإلكترونية',
  'ws.delivery.htmlBody': 'اعرض الرسالة الإلكترونية بالتنسيق الذي تظهر به في برامج البريد',
  'ws.delivery.pdf': 'ملف PDF المرفق ({language})',
  'ws.delivery.previewNone': 'لا يوجد مستلِمون بعد: أضفهم أولًا.',
  'ws.delivery.previewDraft': 'يمكن عرض الرسائل الإلكترونية بعد أن تصبح الرسالة علنية: انشرها أولًا.',
  'ws.delivery.send': '{count, plural, zero {أرسل إلى # مستلِم} one {أرسل إلى مستلِم واحد} two {أرسل إلى مستلِمَين} few {أرسل إلى # مستلِمين} many {أرسل إلى # مستلِمًا} other {أرسل إلى # مستلِم}}',
  'ws.delivery.back': 'العودة إلى المستلِمين',
  'ws.delivery.confirmHeading':
    '{count, plural, zero {هل تريد إرسال الرسالة إلى # مستلِم؟} one {هل تريد إرسال الرسالة إلى مستلِم واحد؟} two {هل تريد إرسال الرسالة إلى مستلِمَين؟} few {هل تريد إرسال الرسالة إلى # مستلِمين؟} many {هل تريد إرسال الرسالة إلى # مستلِمًا؟} other {هل تريد إرسال الرسالة إلى # مستلِم؟}}',
  // review: subject-first to keep {names} at the start; the verb agrees with the count (masculine by default, though some addressees are bodies)
  'ws.delivery.confirmLanguage':
    '{names} {count, plural, zero {يتلقّون} one {يتلقّى} two {يتلقّيان} few {يتلقّون} many {يتلقّون} other {يتلقّون}} النص باللغة {language}، مرفقًا به ملف PDF الخاص به باللغة {language}.',
  'ws.delivery.andMore': '{count, plural, zero {# مستلِم آخر} one {مستلِم آخر} two {مستلِمان آخران} few {# مستلِمين آخرين} many {# مستلِمًا آخر} other {# مستلِم آخر}}',
  'ws.delivery.confirmAgain':
    '{count, plural, zero {تلقّاها # منهم من قبل، ويتلقّونها مجددًا.} one {تلقّاها واحد منهم من قبل، ويتلقّاها مجددًا.} two {تلقّاها اثنان منهم من قبل، ويتلقّيانها مجددًا.} few {تلقّاها # منهم من قبل، ويتلقّونها مجددًا.} many {تلقّاها # منهم من قبل، ويتلقّونها مجددًا.} other {تلقّاها # منهم من قبل، ويتلقّونها مجددًا.}}',
  'ws.delivery.confirmRecall': 'لا يمكن استرجاع الرسالة الإلكترونية بعد إرسالها.',
  'ws.delivery.confirmPublic': 'تذكر الصفحة العامة للرسالة بعد ذلك كل مستلِم باسمه وموعد وصولها إليه، ولا تذكر عنوانه أبدًا.',
  'ws.delivery.confirmButton':
    '{count, plural, zero {أرسلها الآن إلى # مستلِم} one {أرسلها الآن إلى مستلِم واحد} two {أرسلها الآن إلى مستلِمَين} few {أرسلها الآن إلى # مستلِمين} many {أرسلها الآن إلى # مستلِمًا} other {أرسلها الآن إلى # مستلِم}}',
  'ws.queue.intro': 'تنتظر هذه التوقيعات قرارًا قبل أن تُعرض أو تُحتسب. «انشر» يضع التوقيع في القائمة؛ و«ارفض» يبقيه خارجها ويُبلغ الموقّع؛ و«أخفِ» يبقيه خارجها دون أي كلمة إلى الموقّع.',
  'ws.queue.readOnly': 'البتّ في التوقيعات المعلَّقة مقصور على مالكي الرسالة ومشرفيها.',
  'ws.held.claims': 'يقدّم نفسه بصفة',
  'ws.held.wroteFrom': 'راسل من',
  'ws.held.website': 'الموقع الإلكتروني',
  'ws.held.noWebsite': 'لم يُذكر',
  'ws.held.verification': 'موثَّق',
  'ws.held.verifiedBy': '{by, select, domain {نعم: بنطاق بريده، {domain}} invited {نعم: وقّع من خلال دعوة} approved {نعم: وافق عليه مشرف} other {نعم: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {لا: نطاق البريد ليس من نطاقات البرلمان المذكور} organization {{website, select, no {لا: لم يُذكر موقع إلكتروني يُقارَن به نطاق البريد} other {{shared, select, yes {لا: يمكن لأي شخص أن يملك عنوانًا لدى مزوّد بريد مشترك} other {لا: نطاق البريد ليس نطاق الموقع الإلكتروني}}}}} individual {لا: لا يُوثَّق الأفراد إلا من خلال دعوة} other {لا}}',
  'ws.held.why': 'سبب التعليق',
  'ws.held.similar': 'أسماء مشابهة في القائمة',
  'ws.held.noSimilar': 'لا يوجد',
  'ws.held.signed': 'تاريخ التوقيع',
  'ws.held.network': 'بصمة الشبكة',
  'ws.decide.label': 'القرار بشأن {name}',
  'ws.decide.publish': 'انشر',
  'ws.decide.reject': 'ارفض (يُبلَّغ الموقّع)',
  'ws.decide.hide': 'أخفِ',
  'ws.decide.hideHint': '(لا تُرسَل رسالة إلى الموقّع؛ يُستخدم في حالات الإساءة. وكما في كل إزالة، يسجّلها السجل العام إن كان التوقيع في القائمة)',
  'ws.decide.heading': '{decision, select, reject {هل تريد رفض توقيع {who}؟} shadow {هل تريد إخفاء توقيع {who}؟} other {هل تريد البتّ في توقيع {who}؟}}',
  // review: public ledger rendered as السجل العام (the ledger of ledger.note)
  'ws.decide.consequences':
    'يبقى توقيع {who} ({claim}) خارج قائمة الرسالة وخارج كل الأعداد{listed, select, yes {: إذ يغادر القائمة الآن} other {}}.\n{decision, select, reject {{mailable, select, yes {تُرسَل إلى {who} رسالة تُبلغه بأن منظِّمي الرسالة لم يقبلوا التوقيع.} other {لا يمكن مراسلة {who}: لم يعد العنوان محفوظًا.}}} shadow {لا تُرسَل إلى {who} أي رسالة: يبدو التوقيع في نظره مقبولًا. استخدم هذا في حالات الإساءة، حين لا يؤدي إبلاغ الموقّع إلا إلى محاولة أخرى.} other {}}\n{listed, select, yes {يسجّل السجل العام إزالةً، كما في كل إزالة.} other {لم يكن التوقيع قط في القائمة العامة، لذا لا يسجّل السجل العام عنه شيئًا.}}',
  'ws.decide.button': '{decision, select, reject {ارفض وأبلغ الموقّع} shadow {أخفِ دون إبلاغ الموقّع} other {قرِّر}}',
  'ws.invalidate.heading': 'وضع علامة «مزوَّر» على موجة من التوقيعات',
  'ws.invalidate.intro':
    'في حال موجة من التوقيعات المزيفة: حدِّد نطاق بريد، أو فترة زمنية، أو بصمة شبكة، أو عدة معايير منها (يجب أن يطابق التوقيع كل ما تحدّده). سترى أولًا عدد التوقيعات المطابقة؛ ولا يتغيّر شيء حتى تؤكّد.',
  'ws.invalidate.domain': 'نطاق البريد (مثل example.org)',
  'ws.invalidate.window': 'وُقِّعت خلال هذه الفترة (UTC)',
  'ws.invalidate.from': 'من',
  'ws.invalidate.to': 'حتى (غير مشمول)',
  'ws.invalidate.network': 'بصمة الشبكة (كما تظهر على توقيع معلَّق)',
  'ws.invalidate.preview': 'معاينة',
  'ws.invalidate.result': '{result, select, none {حدِّد نطاق بريد أو فترة زمنية أو بصمة شبكة: من دون أي منها، لا يطابق شيء.} nothing {لا يطابق أي توقيع هذه المعايير: لم يتغيّر شيء.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {نطاق البريد: هذا ليس اسم نطاق (مثل example.org).} from {من: هذا ليس تاريخًا ووقتًا.} to {حتى: هذا ليس تاريخًا ووقتًا.} ipHash {بصمة الشبكة: هذه ليست بصمة صالحة (من 8 إلى 32 حرفًا أو رقمًا أو - أو _).} other {تعذّرت قراءة المعايير؛ يُرجى مراجعتها.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, zero {هل تريد وضع علامة «مزوَّر» على # توقيع؟} one {هل تريد وضع علامة «مزوَّر» على توقيع واحد؟} two {هل تريد وضع علامة «مزوَّر» على توقيعين؟} few {هل تريد وضع علامة «مزوَّر» على # توقيعات؟} many {هل تريد وضع علامة «مزوَّر» على # توقيعًا؟} other {هل تريد وضع علامة «مزوَّر» على # توقيع؟}}',
  'ws.invalidate.matching': 'التوقيعات المطابقة: {criteria}.',
  'ws.invalidate.byDomain': 'نطاق البريد {domain}',
  // review: noun phrases (وقت التوقيع …) to sit in the list of criteria beside نطاق البريد and بصمة الشبكة
  'ws.invalidate.byTime': '{bounds, select, both {وقت التوقيع من {from} حتى {to}} from {وقت التوقيع منذ {from}} other {وقت التوقيع قبل {to}}}',
  'ws.invalidate.byNetwork': 'بصمة الشبكة {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, zero {تُعامَل التوقيعات على أنها مزوَّرة: يُحتفظ بها مدةً لأغراض التحقيق، ثم تُحذف؛ ولا يمكن استعادتها.} one {يُعامَل التوقيع على أنه مزوَّر: يُحتفظ به مدةً لأغراض التحقيق، ثم يُحذف؛ ولا يمكن استعادته.} two {يُعامَل التوقيعان على أنهما مزوَّران: يُحتفظ بهما مدةً لأغراض التحقيق، ثم يُحذفان؛ ولا يمكن استعادتهما.} few {تُعامَل التوقيعات على أنها مزوَّرة: يُحتفظ بها مدةً لأغراض التحقيق، ثم تُحذف؛ ولا يمكن استعادتها.} many {تُعامَل التوقيعات على أنها مزوَّرة: يُحتفظ بها مدةً لأغراض التحقيق، ثم تُحذف؛ ولا يمكن استعادتها.} other {تُعامَل التوقيعات على أنها مزوَّرة: يُحتفظ بها مدةً لأغراض التحقيق، ثم تُحذف؛ ولا يمكن استعادتها.}}\nيغادر ما كان منها في القائمة العامة القائمةَ فورًا، وتنخفض الأعداد.\nيسجّل السجل العام كل إزالة من القائمة، كما في كل إزالة.\nلا تُرسَل أي رسالة إلى الموقّعين.',
  'ws.invalidate.button':
    '{count, plural, zero {ضع علامة «مزوَّر» على # توقيع} one {ضع علامة «مزوَّر» على توقيع واحد} two {ضع علامة «مزوَّر» على توقيعين} few {ضع علامة «مزوَّر» على # توقيعات} many {ضع علامة «مزوَّر» على # توقيعًا} other {ضع علامة «مزوَّر» على # توقيع}}',
  // review: verb first (صاغ {who} …), masculine by default; counted nouns: accusative after a transitive verb (موقّعًا واحدًا), genitive after a preposition or in a construct (عناوين موقّع واحد)
  'ws.audit.did':
    '{kind, select, create {صاغ {who} مسودة الرسالة} edit {{editorial, select, yes {صحّح {who} النص (تصحيح تحريري: لا يُطلب من أحد الموافقة من جديد)} other {عدّل {who} النص}}} publish {نشر {who} الرسالة} close {أغلق {who} الرسالة} founding {فتح {who} الجولة التأسيسية للمدعوّين} approve {نشر {who} توقيع {signer}} reject {رفض {who} توقيع {signer}} shadow {أخفى {who} توقيع {signer}} moderate {بتّ {who} في توقيع {signer}} invalidate {{counted, select, yes {وضع {who} علامة «مزوَّر» على {count, plural, zero {# توقيع} one {توقيع واحد} two {توقيعين} few {# توقيعات} many {# توقيعًا} other {# توقيع}}} other {وضع {who} علامة «مزوَّر» على توقيعات}}} invalidatePreview {{counted, select, yes {بحث {who} عن توقيعات لوضع علامة «مزوَّر» عليها ({count, plural, zero {# نتيجة مطابقة} one {نتيجة مطابقة واحدة} two {نتيجتان مطابقتان} few {# نتائج مطابقة} many {# نتيجةً مطابقة} other {# نتيجة مطابقة}})} other {بحث {who} عن توقيعات لوضع علامة «مزوَّر» عليها}}} invite {{counted, select, yes {دعا {who} {count, plural, zero {# موقّع} one {موقّعًا واحدًا} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}}} other {دعا {who} موقّعين}}} addOrganizer {أضاف {who} {member} بصفة {role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {منظِّم مشارك}}} setRole {جعل {who} {member} {role, select, owner {مالكًا} editor {محرِّرًا} moderator {مشرفًا} viewer {مُشاهِدًا} other {منظِّمًا مشاركًا}}} removeOrganizer {أزال {who} {member} من المنظِّمين} goal {{goalSet, select, yes {حدّد {who} الهدف بـ{goalKind, select, legislator {{goal, plural, zero {# برلماني} one {برلماني واحد} two {برلمانيَّين} few {# برلمانيين} many {# برلمانيًا} other {# برلماني}}} organization {{goal, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتين} few {# منظمات} many {# منظمة} other {# منظمة}}} individual {{goal, plural, zero {# فرد} one {فرد واحد} two {فردين} few {# أفراد} many {# فردًا} other {# فرد}}} other {{goal, plural, zero {# توقيع} one {توقيع واحد} two {توقيعين} few {# توقيعات} many {# توقيعًا} other {# توقيع}}}}} no {ألغى {who} الهدف} other {غيّر {who} الهدف}}} settings {غيّر {who} إعدادات الرسالة} translation {حفظ {who} الترجمة إلى {language}} recipients {{counted, select, yes {أضاف {who} {count, plural, zero {# مستلِم} one {مستلِمًا واحدًا} two {مستلِمَين} few {# مستلِمين} many {# مستلِمًا} other {# مستلِم}}} other {أضاف {who} مستلِمين}}} deliver {{counted, select, yes {أرسل {who} الرسالة إلى {count, plural, zero {# مستلِم} one {مستلِم واحد} two {مستلِمَين} few {# مستلِمين} many {# مستلِمًا} other {# مستلِم}}} other {أرسل {who} الرسالة إلى مستلِميها}}} widget {غيّر {who} المواقع المسموح لها بعرض أداة التوقيع} partner {أضاف {who} شريكًا لأداة التوقيع} addressesShown {سمح {who} للمنظِّمين المشاركين برؤية عناوين الموقّعين} addressesHidden {منع {who} المنظِّمين المشاركين من رؤية عناوين الموقّعين} readAddresses {{source, select, page {عُرضت على {who} عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}} في مساحة العمل} other {عُرضت على {who} عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}} عبر الواجهة البرمجية}}} readDomains {{source, select, page {عُرضت على {who} نطاقات عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}} في مساحة العمل} other {عُرضت على {who} نطاقات عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}} عبر الواجهة البرمجية}}} export {{domainsOnly, select, yes {صدّر {who} التوقيعات بصيغة CSV، مع نطاقات عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}}} other {صدّر {who} التوقيعات بصيغة CSV، مع عناوين {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}}}}} recordReply {سجّل {who} ردًّا من أحد المستلِمين ورد بالبريد العادي أو باليد، ونشره} publishReply {نشر {who} ردًّا من أحد المستلِمين ورد بالبريد الإلكتروني} dismissReply {استبعد {who} ردًّا ورد بالبريد الإلكتروني} writeUpdate {كتب {who} تحديثًا للموقّعين} updateTranslation {حفظ {who} ترجمة التحديث إلى {language}} sendUpdate {{counted, select, yes {أرسل {who} تحديثًا إلى {count, plural, zero {# موقّع} one {موقّع واحد} two {موقّعَين} few {# موقّعين} many {# موقّعًا} other {# موقّع}}} other {أرسل {who} تحديثًا إلى الموقّعين}}} other {قدّم {who} طلبًا: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {حاول {who} صياغة مسودة رسالة} edit {حاول {who} تعديل النص} publish {حاول {who} نشر الرسالة} close {حاول {who} إغلاق الرسالة} founding {حاول {who} فتح الجولة التأسيسية} approve {حاول {who} نشر توقيع {signer}} reject {حاول {who} رفض توقيع {signer}} shadow {حاول {who} إخفاء توقيع {signer}} moderate {حاول {who} البتّ في توقيع {signer}} invalidate {حاول {who} وضع علامة «مزوَّر» على توقيعات} invalidatePreview {حاول {who} البحث عن توقيعات لوضع علامة «مزوَّر» عليها} invite {حاول {who} دعوة موقّعين} addOrganizer {حاول {who} إضافة {member} بصفة {role, select, owner {مالك} editor {محرِّر} moderator {مشرف} viewer {مُشاهِد} other {منظِّم مشارك}}} setRole {حاول {who} جعل {member} {role, select, owner {مالكًا} editor {محرِّرًا} moderator {مشرفًا} viewer {مُشاهِدًا} other {منظِّمًا مشاركًا}}} removeOrganizer {حاول {who} إزالة {member} من المنظِّمين} goal {حاول {who} تغيير الهدف} settings {حاول {who} تغيير إعدادات الرسالة} translation {حاول {who} حفظ الترجمة إلى {language}} recipients {حاول {who} إضافة مستلِمين} deliver {حاول {who} إرسال الرسالة إلى مستلِميها} widget {حاول {who} تغيير المواقع المسموح لها بعرض أداة التوقيع} partner {حاول {who} إضافة شريك لأداة التوقيع} addressesShown {حاول {who} السماح للمنظِّمين المشاركين برؤية عناوين الموقّعين} addressesHidden {حاول {who} منع المنظِّمين المشاركين من رؤية عناوين الموقّعين} readAddresses {حاول {who} الاطّلاع على عناوين الموقّعين} readDomains {حاول {who} الاطّلاع على نطاقات عناوين الموقّعين} export {حاول {who} تصدير التوقيعات} recordReply {حاول {who} تسجيل ردّ من أحد المستلِمين} publishReply {حاول {who} نشر ردّ من أحد المستلِمين} dismissReply {حاول {who} استبعاد ردّ ورد بالبريد الإلكتروني} writeUpdate {حاول {who} كتابة تحديث للموقّعين} updateTranslation {حاول {who} حفظ ترجمة تحديث إلى {language}} sendUpdate {حاول {who} إرسال تحديث إلى الموقّعين} other {حاول {who} تقديم طلب: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (رُفض)، {when}} other {{sentence}، {when}}}',
  // review: action names as verbal nouns (صياغة، تعديل، نشر …), the usual form for a filter list
  'ws.audit.kind':
    '{kind, select, create {صياغة مسودة الرسالة} edit {تعديل النص} publish {نشر الرسالة} close {إغلاق الرسالة} founding {فتح الجولة التأسيسية} approve {نشر توقيع} reject {رفض توقيع} shadow {إخفاء توقيع} moderate {البتّ في توقيع} invalidate {وضع علامة «مزوَّر» على توقيعات} invalidatePreview {البحث عن توقيعات مزوَّرة} invite {دعوة موقّعين} addOrganizer {إضافة منظِّم مشارك} setRole {تغيير دور} removeOrganizer {إزالة منظِّم مشارك} goal {تغيير الهدف} settings {تغيير الإعدادات} translation {حفظ ترجمة} recipients {إضافة مستلِمين} deliver {إرسال الرسالة إلى مستلِميها} widget {تغيير مواقع أداة التوقيع} partner {إضافة شريك لأداة التوقيع} addressesShown {إظهار العناوين للمنظِّمين المشاركين} addressesHidden {حجب العناوين عن المنظِّمين المشاركين} readAddresses {الاطّلاع على العناوين} readDomains {الاطّلاع على نطاقات العناوين} export {تصدير التوقيعات} recordReply {تسجيل ردّ} publishReply {نشر ردّ} dismissReply {استبعاد ردّ} writeUpdate {كتابة تحديث} updateTranslation {ترجمة تحديث} sendUpdate {إرسال تحديث} other {طلب آخر}}',
  'ws.audit.result': '{refused, select, yes {مرفوض ({status})} other {تم}}',
  'ws.audit.operatorWho': 'المشغّل عبر سطر الأوامر',
  'ws.audit.formerOrganizer': 'منظِّم سابق',
  'ws.audit.erasedSigner': 'موقّع حذف بياناته',
  'ws.audit.someSigner': 'موقّع',
  'ws.audit.someOrganizer': 'منظِّم مشارك',
  'ws.audit.someLanguage': 'لغة أخرى',
  'ws.audit.intro': 'كل إجراءات منظِّمي الرسالة، من الأحدث إلى الأقدم، بالأسماء كما هي الآن: يظهر الموقّع الذي حذف بياناته بوصفه «موقّع حذف بياناته». الأوقات بالتوقيت العالمي المنسَّق (UTC).',
  'ws.audit.filterPerson': 'مَن',
  'ws.audit.filterKind': 'الإجراء',
  'ws.audit.everyone': 'الجميع',
  'ws.audit.everything': 'كل الإجراءات',
  'ws.audit.filterSubmit': 'اعرض',
  'ws.audit.empty': '{filtered, select, yes {لا يوجد قيد يطابق عوامل التصفية هذه.} other {لم يُسجَّل شيء بعد.}}',
  'ws.audit.pages': 'صفحات سجل التدقيق',
  'ws.audit.older': 'القيود الأقدم',
  'ws.audit.newest': 'العودة إلى الأحدث',
  'ws.audit.export': 'صدِّر بصيغة CSV',
  'ws.audit.exportHint': '(القيود التي تعرضها عوامل التصفية هذه، بكل صفحاتها)',
  // review: update (an organizers' message to the signers who asked for news) rendered as تحديث throughout the workspace; the signers' side calls them أخبار (news), and the section updates {News} is الأخبار
  'ws.note.updateSent':
    '{count, plural, =0 {التحديث منشور على صفحة الرسالة؛ لم يطلب أي موقّع تلقّي الأخبار، فلا يُرسَل بالبريد إلى أحد} zero {التحديث منشور على صفحة الرسالة؛ لم يطلب أي موقّع تلقّي الأخبار، فلا يُرسَل بالبريد إلى أحد} one {التحديث في طريقه إلى موقّع واحد، وهو منشور على صفحة الرسالة} two {التحديث في طريقه إلى موقّعَين، وهو منشور على صفحة الرسالة} few {التحديث في طريقه إلى # موقّعين، وهو منشور على صفحة الرسالة} many {التحديث في طريقه إلى # موقّعًا، وهو منشور على صفحة الرسالة} other {التحديث في طريقه إلى # موقّع، وهو منشور على صفحة الرسالة}}',
  'ws.updates.intro':
    '{count, plural, =0 {لم يطلب أي موقّع تلقّي الأخبار بعد.} zero {لم يطلب أي موقّع تلقّي الأخبار بعد.} one {طلب موقّع واحد تلقّي الأخبار عند توقيعه، وما زال في القائمة.} two {طلب موقّعان تلقّي الأخبار عند توقيعهما، وما زالا في القائمة.} few {طلب # موقّعين تلقّي الأخبار عند توقيعهم، وما زالوا في القائمة.} many {طلب # موقّعًا تلقّي الأخبار عند توقيعهم، وما زالوا في القائمة.} other {طلب # موقّع تلقّي الأخبار عند توقيعهم، وما زالوا في القائمة.}} يتلقّى كل منهم التحديث باللغة التي وقّع بها، {perMonth, plural, zero {# مرة} one {مرة واحدة} two {مرتين} few {# مرات} many {# مرةً} other {# مرة}} في الشهر على الأكثر، مع رابط لإلغاء الاشتراك. ويظهر التحديث المرسَل أيضًا على صفحة الرسالة.',
  'ws.updates.none': 'لا توجد تحديثات بعد.',
  'ws.updates.col.title': 'العنوان',
  'ws.updates.col.languages': 'اللغات',
  'ws.updates.col.state': 'الحالة',
  'ws.updates.col.links': 'الروابط',
  'ws.updates.draft': 'مسوّدة، لم تُرسَل',
  'ws.updates.sentOn': 'أُرسل في {date}',
  'ws.updates.onPage': 'على صفحة الرسالة',
  'ws.updates.translate': 'الترجمات',
  'ws.updates.send': 'أرسل',
  'ws.updates.formHeading': 'اكتب تحديثًا',
  'ws.updates.formIntro': 'اكتبه بلغة الرسالة ({language})؛ وأضف الترجمات بعد حفظه. لا يُرسَل شيء قبل أن تؤكّد.',
  'ws.updates.previewHeading': 'معاينة: التحديث كما سيقرؤه الموقّعون (لم يُحفظ بعد)',
  'ws.updates.save': 'احفظ المسوّدة',
  'ws.updates.translationsHeading': 'ترجمات «{title}»',
  'ws.updates.translationsIntro': 'يتلقّى كل موقّع التحديث باللغة التي وقّع بها؛ وإن لم تكن له ترجمة إليها، يتلقّى النص الأصلي ({language}).',
  'ws.updates.saveTranslation': 'احفظ الترجمة',
  'ws.updates.sendTo':
    '{count, plural, =0 {انشره (لا يوجد موقّع يُرسَل إليه)} zero {انشره (لا يوجد موقّع يُرسَل إليه)} one {أرسل إلى موقّع واحد} two {أرسل إلى موقّعَين} few {أرسل إلى # موقّعين} many {أرسل إلى # موقّعًا} other {أرسل إلى # موقّع}}',
  'ws.updates.readOnly': 'كتابة التحديثات وإرسالها مقصوران على المحرِّرين والمالكين.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {هل تريد نشر «{title}»؟} zero {هل تريد نشر «{title}»؟} one {هل تريد إرسال «{title}» إلى موقّع واحد؟} two {هل تريد إرسال «{title}» إلى موقّعَين؟} few {هل تريد إرسال «{title}» إلى # موقّعين؟} many {هل تريد إرسال «{title}» إلى # موقّعًا؟} other {هل تريد إرسال «{title}» إلى # موقّع؟}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {لا يوجد الآن موقّع طلب تلقّي الأخبار ويمكنه أن يتلقّاه.} zero {لا يوجد الآن موقّع طلب تلقّي الأخبار ويمكنه أن يتلقّاه.} one {يُرسَل بالبريد الإلكتروني إلى الموقّع الوحيد الذي طلب تلقّي الأخبار عند توقيعه وما زال في القائمة.} two {يُرسَل بالبريد الإلكتروني إلى الموقّعَين اللذين طلبا تلقّي الأخبار عند توقيعهما وما زالا في القائمة.} few {يُرسَل بالبريد الإلكتروني إلى # موقّعين طلبوا تلقّي الأخبار عند توقيعهم وما زالوا في القائمة.} many {يُرسَل بالبريد الإلكتروني إلى # موقّعًا طلبوا تلقّي الأخبار عند توقيعهم وما زالوا في القائمة.} other {يُرسَل بالبريد الإلكتروني إلى # موقّع طلبوا تلقّي الأخبار عند توقيعهم وما زالوا في القائمة.}} لا يتلقّى أحد أكثر من {perMonth, plural, zero {# تحديث} one {تحديث واحد} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} في الشهر.',
  'ws.updates.confirmLanguages': 'بلغاتهم: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {النص الأصلي} other {ترجمة}}): {count, number}',
  // review: the inner {perMonth} is the object of تلقّى, hence the accusative تحديثًا / تحديثين; the English has no zero branch for count, Arabic needs one
  'ws.updates.confirmPaced':
    '{count, plural, zero {تلقّى # موقّع {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّون هذا التحديث.} one {تلقّى موقّع واحد {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّى هذا التحديث.} two {تلقّى موقّعان {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّيان هذا التحديث.} few {تلقّى # موقّعين {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّون هذا التحديث.} many {تلقّى # موقّعًا {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّون هذا التحديث.} other {تلقّى # موقّع {perMonth, plural, zero {# تحديث} one {تحديثًا} two {تحديثين} few {# تحديثات} many {# تحديثًا} other {# تحديث}} خلال الثلاثين يومًا الماضية، فلا يتلقّون هذا التحديث.}}',
  'ws.updates.confirmPublic': 'يظهر على الصفحة العامة للرسالة، مع تاريخ إرساله.',
  'ws.updates.confirmFinal': 'لا يمكن استرجاع الرسائل الإلكترونية بعد إرسالها، ولا يمكن تغيير التحديث بعد إرساله.',
  'ws.updates.confirmButton':
    '{count, plural, =0 {انشره الآن} zero {انشره الآن} one {أرسل إلى موقّع واحد} two {أرسل إلى موقّعَين} few {أرسل إلى # موقّعين} many {أرسل إلى # موقّعًا} other {أرسل إلى # موقّع}}',

  // --- digest ---
  'ws.account.digest': 'الملخّص اليومي',
  'ws.account.digestLabel': 'أرسل إليّ ملخّصًا يوميًا حين يحدث شيء في رسائلي',
  'ws.account.digestHint':
    'رسالة إلكترونية واحدة في اليوم على الأكثر، وفقط في الأيام التي يحدث فيها شيء في رسالة تنظّمها: ردّ ورد بالبريد الإلكتروني، أو بلوغ الهدف، أو توقيعات جديدة استبعدها فحص موجات التوقيعات.',
  'ws.account.saveDigest': 'احفظ',
  'ws.mail.digest.subject':
    '{count, plural, zero {ملخّصك اليومي: مستجدات في # رسالة} one {ملخّصك اليومي: {title}} two {ملخّصك اليومي: مستجدات في رسالتين} few {ملخّصك اليومي: مستجدات في # رسائل} many {ملخّصك اليومي: مستجدات في # رسالةً} other {ملخّصك اليومي: مستجدات في # رسالة}}',
  'ws.mail.digest.title': 'ملخّصك اليومي',
  'ws.mail.digest.intro': 'إليك ما حدث في الرسائل التي تنظّمها منذ {since}.',
  'ws.mail.digest.replies':
    '{count, plural, zero {ورد # ردّ بالبريد الإلكتروني وهي بانتظارك: <link>انشرها أو استبعدها</link>.} one {ورد ردّ واحد بالبريد الإلكتروني وهو بانتظارك: <link>انشره أو استبعده</link>.} two {ورد ردّان بالبريد الإلكتروني وهما بانتظارك: <link>انشرهما أو استبعدهما</link>.} few {وردت # ردود بالبريد الإلكتروني وهي بانتظارك: <link>انشرها أو استبعدها</link>.} many {ورد # ردًّا بالبريد الإلكتروني وهي بانتظارك: <link>انشرها أو استبعدها</link>.} other {ورد # ردّ بالبريد الإلكتروني وهي بانتظارك: <link>انشرها أو استبعدها</link>.}}',
  'ws.mail.digest.goal':
    'بلغت الرسالة هدفها: {kind, select, legislator {{goal, plural, zero {# برلماني} one {برلماني واحد} two {برلمانيان} few {# برلمانيين} many {# برلمانيًا} other {# برلماني}}} organization {{goal, plural, zero {# منظمة} one {منظمة واحدة} two {منظمتان} few {# منظمات} many {# منظمةً} other {# منظمة}}} individual {{goal, plural, zero {# فرد} one {فرد واحد} two {فردان} few {# أفراد} many {# فردًا} other {# فرد}}} other {{goal, plural, zero {# توقيع} one {توقيع واحد} two {توقيعان} few {# توقيعات} many {# توقيعًا} other {# توقيع}}}}. <link>اطّلع على التوقيعات</link>.',
  // review: flood check rendered فحص موجات التوقيعات, after ws.invalidate.heading (موجة من التوقيعات)
  'ws.mail.digest.flooded':
    '{count, plural, zero {استبعد فحص موجات التوقيعات # توقيع جديد بوصفها مزوَّرة (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا تُعرض ولا تُحتسب. <link>راجع التوقيعات</link>.} one {استبعد فحص موجات التوقيعات توقيعًا جديدًا واحدًا بوصفه مزوَّرًا (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا يُعرض ولا يُحتسب. <link>راجع التوقيعات</link>.} two {استبعد فحص موجات التوقيعات توقيعين جديدين بوصفهما مزوَّرين (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا يُعرضان ولا يُحتسبان. <link>راجع التوقيعات</link>.} few {استبعد فحص موجات التوقيعات # توقيعات جديدة بوصفها مزوَّرة (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا تُعرض ولا تُحتسب. <link>راجع التوقيعات</link>.} many {استبعد فحص موجات التوقيعات # توقيعًا جديدًا بوصفها مزوَّرة (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا تُعرض ولا تُحتسب. <link>راجع التوقيعات</link>.} other {استبعد فحص موجات التوقيعات # توقيع جديد بوصفها مزوَّرة (عدد كبير جدًا من شبكة واحدة في يوم واحد): لا تُعرض ولا تُحتسب. <link>راجع التوقيعات</link>.}}',
  'ws.mail.digest.stop': 'لإيقاف الملخّص، ألغِ تحديد خانته في صفحة حسابك: <link>{url}</link>',
  'ws.mail.digest.stopText': 'لإيقاف الملخّص، ألغِ تحديد خانته في صفحة حسابك:',
  'ws.mail.footer.digest':
    'وصلتك هذه الرسالة الإلكترونية لأنك طلبت ملخّصًا يوميًا لما يحدث في الرسائل التي تنظّمها على Undersigned؛ ولا يصل إلا في الأيام التي يحدث فيها شيء. لإيقافه، ألغِ تحديد الخانة في صفحة حسابك.',

  // --- replies-workspace ---
  'ws.note.replyRecorded': 'سُجِّل الردّ ونُشر إلى جانب الرسالة',
  'ws.note.replyPublished': 'نُشر الردّ إلى جانب الرسالة وفي سجلها',
  'ws.note.replyDismissed': 'استُبعد الردّ: لن يُعرض',
  'ws.note.replyWaitSaved': 'تم الحفظ: مدة الانتظار قبل «لا ردّ»',
  'ws.replies.introInbound':
    'تصل الردود على البريد الإلكتروني للرسالة المسلَّمة إلى هنا تلقائيًا؛ وينتظر كل ردّ أن ينشره محرِّر أو مالك أو يستبعده. أما الردود الواردة بطرق أخرى (بالبريد العادي، باليد) فتُسجَّل أدناه.',
  'ws.replies.introByHand': 'لا يستقبل هذا الموقع البريد: سجّل هنا يدويًا الردود التي أرسلها إليك المستلِمون (بالبريد العادي، بالبريد الإلكتروني، باليد).',
  'ws.replies.waitingHeading': 'بانتظارك ({count, number})',
  'ws.replies.noneWaiting': 'لا يوجد ردّ بانتظار قرار.',
  'ws.replies.readOnly': 'نشر الردود أو استبعادها مقصور على مالكي الرسالة ومحرِّريها.',
  'ws.replies.verified': 'موثَّق عبر DKIM للنطاق {domain}',
  'ws.replies.unverified': '{known, select, yes {غير موثَّق: أُرسل من {domain}؛ تحقّق منه قبل النشر.} other {غير موثَّق: نطاق المُرسِل غير معروف؛ تحقّق منه قبل النشر.}}',
  'ws.replies.received': 'تاريخ الورود',
  'ws.replies.subject': 'الموضوع',
  'ws.replies.noSubject': '(بلا موضوع)',
  'ws.replies.readAll': 'اقرأ الردّ كاملًا ({count, plural, zero {# حرف} one {حرف واحد} two {حرفان} few {# أحرف} many {# حرفًا} other {# حرف}})',
  'ws.replies.document': 'الوثيقة {position, number}: {type}، {kb, number} كيلوبايت',
  'ws.replies.publish': 'انشر',
  // review: dismiss / set aside a reply rendered استبعد (exclude), the same verb throughout the replies section and the audit log
  'ws.replies.dismiss': 'استبعد',
  'ws.replies.recordHeading': 'سجّل ردًّا',
  'ws.replies.recordIntro': 'ردّ أرسله إليك أحد المستلِمين بطريقة أخرى (بالبريد العادي، إلى صندوق بريدك الخاص، باليد): نصّه كما كُتب، ونسخة ممسوحة ضوئيًا منه أو ملفّه، إن كان لديك.',
  'ws.replies.from': 'المُرسِل',
  'ws.replies.chooseAddressee': 'اختر المستلِم',
  'ws.replies.dated': 'بتاريخ',
  'ws.replies.text': 'الردّ',
  'ws.replies.textHint': '(كما كُتب؛ نص عادي)',
  'ws.replies.files': 'الوثائق',
  'ws.replies.filesHint': '(اختياري: ملفات PDF أو صور، {max, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}} على الأكثر، بحجم 10 ميغابايت لكل منها)',
  'ws.replies.recordPublic': 'تسجيله يعني نشره فورًا: إلى جانب الرسالة، وفي سجلها العام، وفي ملف PDF التالي. ولا يمكن التراجع عن ذلك.',
  'ws.replies.record': 'سجّل الردّ وانشره',
  'ws.replies.noAddressees': 'لا مستلِمين للرسالة بعد: أضفهم أولًا.',
  'ws.replies.publishedHeading': 'المنشورة ({count, number})',
  'ws.replies.nonePublished': 'لم يُنشر أي ردّ بعد.',
  'ws.replies.byHand': 'سجّله أحد المنظِّمين',
  'ws.replies.byMailUnverified': 'ورد بالبريد الإلكتروني، غير موثَّق عبر DKIM',
  'ws.replies.publishedOn': 'بتاريخ {received}، نُشر في {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {لم يُستبعد أي ردّ.} zero {لم يُستبعد أي ردّ.} one {استُبعد ردّ واحد (رسائل مزعجة، ردود تلقائية): لا يُعرض.} two {استُبعد ردّان (رسائل مزعجة، ردود تلقائية): لا يُعرضان.} few {استُبعدت # ردود (رسائل مزعجة، ردود تلقائية): لا تُعرض.} many {استُبعد # ردًّا (رسائل مزعجة، ردود تلقائية): لا تُعرض.} other {استُبعد # ردّ (رسائل مزعجة، ردود تلقائية): لا تُعرض.}}',
  'ws.replies.publishHeading': 'أتنشر ردّ {who}؟',
  'ws.replies.confirmVerified': 'هذا الردّ موثَّق عبر DKIM للنطاق {domain}: فقد وقّعه خادم البريد التابع لهذا النطاق.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {هذا الردّ غير موثَّق: أُرسل من {domain}، ولا شيء يثبت أنه صادر عن المستلِم. تحقّق منه قبل النشر.} other {هذا الردّ غير موثَّق: لا شيء يثبت أنه صادر عن المستلِم. تحقّق منه قبل النشر.}}',
  // review: “with its # documents” rendered مع وثائقه الـ# (with its # documents)
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {يُنشر إلى جانب الرسالة، في صفحتها العامة، ليقرأه الجميع.} zero {يُنشر إلى جانب الرسالة، في صفحتها العامة، ليقرأه الجميع.} one {يُنشر إلى جانب الرسالة، في صفحتها العامة، مع وثيقته، ليقرأه الجميع.} two {يُنشر إلى جانب الرسالة، في صفحتها العامة، مع وثيقتيه، ليقرأه الجميع.} few {يُنشر إلى جانب الرسالة، في صفحتها العامة، مع وثائقه الـ#، ليقرأه الجميع.} many {يُنشر إلى جانب الرسالة، في صفحتها العامة، مع وثائقه الـ#، ليقرأه الجميع.} other {يُنشر إلى جانب الرسالة، في صفحتها العامة، مع وثائقه الـ#، ليقرأه الجميع.}}\nيُسجَّل في السجل العام للرسالة، ويظهر في ملف PDF التالي للرسالة.\nلا يمكن التراجع عن ذلك: الردّ المنشور يبقى منشورًا.',
  'ws.replies.publishButton': 'انشر الردّ',
  'ws.replies.dismissHeading': 'أتستبعد ردّ {who}؟',
  'ws.replies.dismissConsequences':
    'لا يُعرض أبدًا: لا إلى جانب الرسالة، ولا في سجلها، ولا في ملف PDF الخاص بها.\nاستخدم هذا للرسائل المزعجة، أو الردود التلقائية، أو أي رسالة ليست ردًّا على الرسالة المفتوحة.\nلا يمكن نشره لاحقًا.',
  'ws.replies.dismissButton': 'استبعده',
  'ws.replyWait.heading': 'الردود',
  'ws.replyWait.intro': 'تُظهر صفحة الرسالة، لكل مستلِم، ما إذا كان قد ردّ. ومن لم يردّ بعد مرور هذا العدد من الأيام على وصول الرسالة إليه يظهر بعبارة «لا ردّ».',
  'ws.replyWait.label': 'اعتبر المستلِم «لا ردّ» بعد هذا العدد من الأيام',
  'ws.replyWait.save': 'احفظ',
} satisfies WorkspaceCatalog;
