import type { WorkspaceCatalog } from '../en/site-type.js';

/** Ukrainian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles as generic masculine nouns (власник, редактор, модератор, спостерігач), used in the nominative throughout
  'ws.role': '{role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}',
  'ws.kind': '{kind, select, legislator {парламентар} organization {організація} individual {приватна особа} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {очікує підтвердження} confirmed {підтверджено} withdrawn {відкликано} fraudulent {шахрайський} other {{status}}}',
  // review: shadow (the signer saw success, but the signature is never shown or counted) rendered as тіньове відхилення
  'ws.moderation': '{state, select, none {немає} pending {очікує рішення} approved {оприлюднено} rejected {відхилено} shadow {приховано} other {{state}}}',
  'ws.verification': '{by, select, domain {за доменом} invited {за запрошенням} approved {схвалено} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {за доменом} invited {за запрошенням} approved {схвалено} other {{by}}}: {domain}',
  // review: shadow is now Hide in English: rendered Приховати, where the older strings (ws.moderation) still say тіньово відхилено
  'ws.decision': '{decision, select, approve {Оприлюднити} reject {Відхилити (підписанта буде повідомлено)} shadow {Приховати (підписантові не надійде повідомлення)} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, one {# парламентар} few {# парламентарі} many {# парламентарів} other {# парламентаря}} з {countries, plural, one {# країни} few {# країн} many {# країн} other {# країни}}',
  'ws.stats.organizations': '{count, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}',
  'ws.stats.individuals': '{count, plural, one {# приватна особа} few {# приватні особи} many {# приватних осіб} other {# приватної особи}}',
  'ws.stats.none': 'Підписів поки немає',

  'ws.backToLetters': '← Ваші листи',
  'ws.signedInAs': 'Ви ввійшли як {email}.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Заголовок} addressee {Адресат} summary {Стислий виклад} language {Мова} body {Текст} slug {Адреса} closesAt {Час закриття} email {Електронна пошта} role {Роль} label {Назва} origins {Сайти} goal {Цільова кількість підписів} signerKinds {Хто може підписати} moderatedKinds {Затримуються для модерації} group {Група} csv {Список} name {Ім’я} kind {Тип} country {Країна} parliament {Парламент} party {Партія} organization {Організація} website {Вебсайт} recipientId {Від кого} receivedOn {Дата відповіді} text {Текст відповіді} file {Документи} replyWaitDays {Днів до позначки «немає відповіді»} other {Це поле}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: це поле обов’язкове.} tooLong {{field}: занадто довге значення.} email {{field}: це не адреса електронної пошти.} website {{field}: це не вебадреса.} noLink {{field}: вебадреси тут не приймаються.} noLetter {{field}: тут має бути щонайменше одна літера або цифра.} choose {{field}: будь ласка, виберіть один із варіантів.} languageTag {{field}: це не код мови (наприклад, en, fr або zh-Hant).} future {{field}: цей час має бути в майбутньому.} ownLanguage {{field}: це мова оригіналу листа; редагуйте сам лист.} date {{field}: це не дата.} notFuture {{field}: ця дата не може бути в майбутньому.} unknownAddressee {{field}: будь ласка, виберіть одного з адресатів листа.} tooMany {{field}: до однієї відповіді можна додати не більше п’яти документів.} days {{field}: тут потрібне ціле число днів від 1 до 365.} other {{field}: неприпустиме значення; будь ласка, перевірте введені дані.}}} KIND_NOT_ACCEPTED {Цей лист не приймає підписів від учасників цього типу.} DUPLICATE {Ця адреса вже трапляється вище в цьому списку.} INVALID_CSV {{reason, select, columns {Невідомі стовпці: {columns}. У першому рядку вказують назви стовпців, серед таких: {expected}.} tooMany {Максимальна кількість запрошених за один раз: {max, number}.} other {Не вдалося прочитати список як CSV.}}} NOT_TAKING_SIGNATURES {Запрошення можна надсилати, лише поки лист відкрито для запрошених або для всіх.} LETTER_CLOSED {Лист закрито, тому затримані підписи до нього вже не буде додано.} ALREADY_PUBLISHED {Відкрити лист лише для запрошених можна тільки з чернетки.} NO_RECIPIENTS {Додайте адресатів, перш ніж надсилати лист.} NOT_PUBLISHED {Лист ще не оприлюднено: спершу оприлюдніть його.} SLUG_TAKEN {Ця адреса вже зайнята іншим листом.} SLUG_FROZEN {Адресу оприлюдненого листа змінити не можна.} CLOSING_TIME_PASSED {Перш ніж відкрити лист, укажіть час закриття в майбутньому.} LAST_OWNER {Лист повинен мати щонайменше одного власника: спершу призначте власником когось іншого.} ORGANIZER_NOT_FOUND {Серед організаторів цього листа немає нікого з такою адресою.} SIGNATURE_NOT_FOUND {Цього підпису більше немає.} UNSUPPORTED_FILE {{field}: кожен документ має бути файлом PDF або зображенням (PNG, JPEG, GIF чи WebP).} FILE_TOO_LARGE {{field}: розмір кожного документа — не більше 10 МБ.} REPLY_NOT_QUEUED {Цю відповідь уже оприлюднено або відхилено.} other {Не вдалося виконати дію ({code}).}}',

  'ws.letters.title': 'Ваші листи',
  'ws.letters.intro': 'Ви ввійшли як {email}. Повний API з усіма діями щодо ваших листів описано тут: <docs>/docs</docs>.',
  'ws.letters.new': 'Новий лист',
  'ws.letters.account': 'Ваші сеанси та API-токени',
  'ws.letters.meta': '{summary} · версія {version, number} · /{slug}',
  'ws.letters.none': 'Ви ще не організовуєте жодного листа.',

  'ws.new.title': 'Новий лист',
  'ws.new.save': 'Зберегти чернетку',

  'ws.field.title': 'Заголовок',
  'ws.field.addressee': 'Адресат',
  'ws.field.summary': 'Стислий виклад',
  'ws.field.summaryHint': '(одне-два речення для попереднього перегляду; необов’язково)',
  'ws.field.language': 'Мова',
  'ws.field.languageHint': '(наприклад, en, fr, zh-Hant)',
  'ws.field.body': 'Текст',
  'ws.field.bodyHint': '(Markdown: *курсив*, **жирний шрифт**, списки, [посилання](https://…))',

  'ws.workspace.pageTitle': 'Керування листом: {title}',
  'ws.workspace.notPublic': 'ще не оприлюднено',
  'ws.workspace.publicPage': 'публічна сторінка',
  'ws.workspace.publish': 'Оприлюднити',
  'ws.workspace.founding': 'Відкрити лише для запрошених',
  'ws.workspace.openToAll': 'Відкрити для всіх',
  'ws.workspace.close': 'Завершити збір підписів',
  'ws.workspace.reopen': 'Відновити збір підписів',
  'ws.workspace.export': '{addresses, select, yes {Експортувати всі підписи (CSV, з адресами)} other {Експортувати всі підписи (CSV)}}',
  'ws.workspace.text': 'Текст',
  'ws.workspace.editorial': 'Редакційне виправлення (друкарські помилки): підписантів не просять повторно надати згоду',
  'ws.workspace.preview': 'Попередній перегляд',
  'ws.workspace.save': 'Зберегти',

  'ws.queue.heading': 'Черга модерації ({count, number})',
  'ws.queue.sharedMail': '(загальнодоступний поштовий сервіс: адресу там може мати будь-хто)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {підписи парламентарів під цим листом модеруються} organization {підписи організацій під цим листом модеруються} individual {підписи приватних осіб під цим листом модеруються} other {{kind}: під цим листом модерується}}',
  'ws.queue.lookalike': '{same, select, yes {Те саме ім’я, що й в опублікованому підписі: {name}} other {Схоже на опубліковане ім’я: {name}}}',
  'ws.queue.empty': 'Немає нічого, що очікує на рішення.',

  'ws.col.name': 'Ім’я',
  'ws.col.affiliation': 'Посада та організація',
  'ws.col.websiteDomain': 'Домен вебсайту',
  'ws.col.mailDomain': 'Поштовий домен',
  'ws.col.email': 'Електронна пошта',
  'ws.col.verified': 'Перевірено',
  'ws.col.heldBecause': 'Причина затримки',
  'ws.col.decision': 'Рішення',
  'ws.col.kind': 'Тип',
  'ws.col.country': 'Країна',
  'ws.col.status': 'Статус',
  'ws.col.moderation': 'Модерація',
  'ws.col.role': 'Роль',
  'ws.col.since': 'Від',
  'ws.col.browser': 'Браузер',
  'ws.col.lastSeen': 'Остання активність',
  'ws.col.action': 'Дія',
  'ws.col.label': 'Назва',
  'ws.col.created': 'Створено',
  'ws.col.lastUsed': 'Востаннє використано',

  'ws.invite.heading': 'Запросити підписантів',
  'ws.invite.result': 'Запрошено: {invited, number}; уже були запрошені раніше: {already, number}.',
  'ws.invite.lineError': 'Рядок {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV із рядком заголовків:',
  'ws.invite.send': 'Надіслати запрошення',

  'ws.team.heading': 'Організатори',
  'ws.team.yourRole': 'Ваша роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}.',
  'ws.team.email': 'Електронна пошта',
  'ws.team.role': 'Роль',
  'ws.team.set': 'Додати або змінити',
  'ws.team.remove': 'Вилучити',

  'ws.signatures.heading': 'Підписи',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Власники листа приховують адреси підписантів від співорганізаторів: ви бачите лише домен кожної адреси.} other {Власники листа приховують адреси підписантів від співорганізаторів.}}',
  'ws.addresses.audited': 'Кожен перегляд адрес підписантів — тут, через API чи в експортованому файлі — записується до журналу аудиту листа.',
  'ws.addresses.toggle': 'Співорганізатори (редактори, модератори, спостерігачі) бачать адреси підписантів; інакше модератори бачать лише домен',
  'ws.address.hidden': 'приховано',
  'ws.address.hiddenDomain': 'приховано (…@{domain})',

  'ws.filter.status': 'Статус',
  'ws.filter.all': 'усі',
  'ws.filter.search': 'Пошук',
  'ws.filter.submit': 'Фільтрувати',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Ціль',
  'ws.goal.intro':
    'Кількість підписів, яку прагнуть зібрати, — усіх типів або одного типу («100 парламентарів»): на сторінці листа видно, скільки вже зібрано, а власники й редактори листа отримають повідомлення електронною поштою, щойно ціль буде досягнуто.',
  'ws.goal.count': 'Цільова кількість підписів',
  'ws.goal.kind': 'Враховуються',
  'ws.goal.any': 'усі підписи',
  'ws.goal.save': 'Зберегти ціль',
  'ws.goal.reached': 'Досягнуто {date}.',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Віджет підписання для сайтів-партнерів',
  'ws.widget.intro':
    'Сайти-партнери можуть показувати форму підписання цього листа на своїх сторінках. Перелічіть сайти, яким це дозволено, по одному в рядку, а потім видайте кожному партнерові власний код: ви бачитимете, скільки людей підписали через кожного з них, але не дізнаєтеся, хто саме.',
  'ws.widget.origins': 'Сайти, на яких може відображатися віджет (наприклад, https://partner.example)',
  'ws.widget.saveOrigins': 'Зберегти список сайтів',
  'ws.widget.partner': 'Партнер',
  'ws.widget.signatures': 'Підписи',
  'ws.widget.snippet': 'Код для вставлення на сторінку партнера',
  'ws.widget.none': 'Партнерів поки немає.',
  'ws.widget.addPartner': 'Додати партнера',

  'ws.note.draftSaved': 'Чернетку збережено',
  'ws.note.saved': 'Збережено',
  'ws.note.status':
    '{status, select, draft {Лист є чернеткою} founding {Лист відкрито лише для запрошених} open {Лист відкрито: підписати може будь-хто} closed {Лист закрито: підписати його більше не можна} other {Статус листа: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {Підпис оприлюднено} reject {Підпис відхилено; підписанта повідомлено} shadow {Підпис приховано; підписанта не повідомлено} other {Рішення записано}}',
  'ws.note.addressesShown': 'Тепер співорганізатори бачать адреси підписантів',
  'ws.note.addressesHidden': 'Співорганізатори більше не бачать адрес підписантів',
  'ws.note.removed': '{email} вилучено',
  'ws.note.goalSaved': 'Ціль збережено',
  'ws.note.widgetSaved': 'Список сайтів, на яких може відображатися віджет, збережено',
  'ws.note.partnerAdded': 'Партнера додано',
  'ws.note.roleSet': '{email} тепер має роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}',

  'ws.account.title': 'Ваш обліковий запис',
  'ws.account.sessions': 'Сеанси',
  'ws.account.thisOne': '(поточний)',
  'ws.account.end': 'Завершити',
  'ws.account.tokens': 'API-токени',
  'ws.account.newToken': 'Ваш новий токен (показується лише зараз): <code>{token}</code>',
  'ws.account.revoke': 'Відкликати',
  'ws.account.label': 'Назва',
  'ws.account.labelPlaceholder': 'ноутбук, скрипт імпорту…',
  'ws.account.create': 'Створити токен',

  'ws.login.title': 'Вхід',
  'ws.login.intro': 'Організатори входять за посиланням, надісланим електронною поштою: немає пароля, який можна викрасти чи забути.',
  'ws.login.email': 'Ваша електронна пошта',
  'ws.login.send': 'Надіслати мені посилання для входу',
  'ws.loginSent.title': 'Перевірте електронну пошту',
  'ws.loginSent.body':
    'Якщо ця адреса належить організаторові, посилання для входу вже надіслано. Воно спрацює лише один раз і лише протягом {minutes, plural, one {# хвилини} few {# хвилин} many {# хвилин} other {# хвилини}}.',
  'ws.loginConfirm.title': 'Вхід до Undersigned',
  'ws.loginConfirm.button': 'Увійти',

  'ws.versions.pageTitle': 'Історія: {title}',
  'ws.versions.title': 'Історія листа «{title}»',
  'ws.versions.intro':
    'Усі версії тексту від часу першого підписання. Редакційні виправлення (друкарські помилки) не потребують нової згоди підписантів; у разі інших змін усіх, хто підписав лист раніше, просять надати згоду повторно.',
  'ws.versions.version': 'Версія {version, number}',
  'ws.versions.editorial': 'редакційна',
  'ws.versions.first': 'Початковий текст.',
  'ws.versions.back': 'Назад до листа',
  // review: {language} is a language name in the nominative, so it is put after мова: rather than declined
  'ws.versions.translationHistory': 'Історія перекладу (мова: {language})',
  'ws.versions.revision': 'Редакція {revision, number}, переклад версії {version, number}',
  'ws.versions.current': 'чинна',
  'ws.versions.revisionOutdated': 'Ця редакція відповідає попередній версії тексту.',
  'ws.versions.firstTranslation': 'Перший переклад.',
  'ws.diff.field': '{field, select, title {Заголовок} addressee {Адресат} summary {Стислий виклад} body {Текст} other {{field}}}',

  'ws.mail.hello': 'Добрий день!',
  'ws.mail.helloName': 'Добрий день, {name}!',
  'ws.mail.signIn': 'Увійти',
  'ws.mail.login.subject': 'Ваше посилання для входу в Undersigned',
  'ws.mail.login.title': 'Вхід',
  'ws.mail.login.asked': 'Хтось (імовірно, ви) надіслав запит на вхід до Undersigned з адресою {email}.',
  'ws.mail.login.openLink': 'Або відкрийте це посилання: <link>{url}</link>',
  'ws.mail.login.once':
    'Воно спрацює лише один раз і лише протягом {minutes, plural, one {# хвилини} few {# хвилин} many {# хвилин} other {# хвилини}}. Якщо ви не надсилали такого запиту, просто проігноруйте це повідомлення.',
  'ws.mail.login.textLink': 'Увійти (посилання спрацює лише один раз і лише протягом {minutes, plural, one {# хвилини} few {# хвилин} many {# хвилин} other {# хвилини}}):',
  'ws.mail.login.ignore': 'Якщо ви не надсилали такого запиту, просто проігноруйте це повідомлення.',
  'ws.mail.added.subject': 'Тепер ви — {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}} листа: {title}',
  'ws.mail.added.body':
    'Тепер ви — <strong>{role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}</strong> відкритого листа <strong>{title}</strong> у сервісі Undersigned.',
  'ws.mail.added.bodyText': 'Тепер ви — {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}} відкритого листа «{title}» у сервісі Undersigned.',
  'ws.mail.added.link':
    'Посилання спрацює лише один раз і лише протягом {minutes, plural, one {# хвилини} few {# хвилин} many {# хвилин} other {# хвилини}}; пізніше запросіть нове на сторінці входу. Робочий простір листа: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Увійти (посилання спрацює лише один раз і лише протягом {minutes, plural, one {# хвилини} few {# хвилин} many {# хвилин} other {# хвилини}}; пізніше запросіть нове на сторінці входу):',
  'ws.mail.added.workspace': 'Робочий простір листа: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Ціль досягнуто: {title}',
  // review: the verb is inside each plural branch (підписав/підписала/підписали) for agreement; for any kind: він зібрав # підписів
  'ws.mail.goal.body':
    'Лист <letter>{title}</letter> досяг своєї цілі: {kind, select, legislator {{goal, plural, one {його підписав # парламентар} few {його підписали # парламентарі} many {його підписали # парламентарів} other {його підписали # парламентаря}}} organization {{goal, plural, one {його підписала # організація} few {його підписали # організації} many {його підписали # організацій} other {його підписали # організації}}} individual {{goal, plural, one {його підписала # приватна особа} few {його підписали # приватні особи} many {його підписали # приватних осіб} other {його підписали # приватної особи}}} other {{goal, plural, one {він зібрав # підпис} few {він зібрав # підписи} many {він зібрав # підписів} other {він зібрав # підпису}}}}.',
  'ws.mail.goal.bodyText':
    'Лист «{title}» досяг своєї цілі: {kind, select, legislator {{goal, plural, one {його підписав # парламентар} few {його підписали # парламентарі} many {його підписали # парламентарів} other {його підписали # парламентаря}}} organization {{goal, plural, one {його підписала # організація} few {його підписали # організації} many {його підписали # організацій} other {його підписали # організації}}} individual {{goal, plural, one {його підписала # приватна особа} few {його підписали # приватні особи} many {його підписали # приватних осіб} other {його підписали # приватної особи}}} other {{goal, plural, one {він зібрав # підпис} few {він зібрав # підписи} many {він зібрав # підписів} other {він зібрав # підпису}}}}.',
  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Налаштування збережено',
  'ws.note.translationSaved': 'Переклад збережено',
  'ws.note.recipientsAdded': '{count, plural, one {Додано # адресата} few {Додано # адресати} many {Додано # адресатів} other {Додано # адресата}}',
  'ws.note.deliveryQueued': '{count, plural, one {Лист надсилається # адресатові} few {Лист надсилається # адресатам} many {Лист надсилається # адресатам} other {Лист надсилається # адресатам}}',
  'ws.note.invalidated':
    '{count, plural, one {# підпис позначено як шахрайський} few {# підписи позначено як шахрайські} many {# підписів позначено як шахрайські} other {# підпису позначено як шахрайські}}',
  'ws.diff.added': 'додано:',
  'ws.diff.removed': 'вилучено:',
  'ws.diff.formatted': 'змінено форматування:',
  'ws.diff.unchanged': '{count, plural, one {… # абзац без змін …} few {… # абзаци без змін …} many {… # абзаців без змін …} other {… # абзацу без змін …}}',
  'ws.diff.sameReading': 'Змінилася лише розмітка джерела: текст читається так само.',
  'ws.section':
    '{section, select, text {Текст} settings {Налаштування} translations {Переклади} signatures {Підписи} invite {Запрошення} delivery {Доставка} replies {Відповіді} updates {Новини} team {Команда} share {Поділитися} audit {Журнал аудиту} other {{section}}}',
  // review: the English {section}: {title} would be identical, so a dash is used instead of the colon
  'ws.section.pageTitle': '{section} — {title}',
  'ws.nav.label': 'Робочий простір',
  'ws.workspace.history': 'Історія тексту',
  'ws.workspace.previewHeading': 'Попередній перегляд: лист таким, яким його побачать читачі (ще не збережено)',
  'ws.header.label': 'Ваш обліковий запис',
  'ws.header.letters': 'Ваші листи',
  'ws.header.account': 'Обліковий запис',
  'ws.header.signOut': 'Вийти',
  'ws.login.signedOut': 'Ви вийшли з облікового запису.',
  'ws.addresses.heading': 'Адреси підписантів',
  'ws.confirm.cancel': 'Скасувати',
  'ws.confirm.heading':
    '{step, select, publish {Оприлюднити лист?} openToAll {Відкрити лист для всіх?} founding {Відкрити лист лише для запрошених?} close {Завершити збір підписів?} reopen {Відновити збір підписів?} other {Продовжити?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Лист стане публічним за адресою {url}: будь-хто зможе його прочитати й підписати.\nКожен підпис враховується лише після підтвердження електронною поштою; імена з’являються в публічному списку.\nТекст і далі можна буде виправляти; у разі суттєвої зміни всіх підписантів попросять повторно надати згоду.} openToAll {Лист стане публічним за адресою {url}: прочитати й підписати його зможе будь-хто, а не лише запрошені.\nЗапрошені, які вже підписали, залишаться на початку списку.} founding {Підписати зможуть лише люди, яких ви запросите; лист залишиться прихованим від публіки.\nПізніше ви відкриєте його для всіх кнопкою «Оприлюднити».} close {Підписати лист більше не можна буде; лист і його список підписантів залишаться публічними за адресою {url}.\nПізніше збір підписів можна буде відновити.} reopen {Збір підписів знову відкриється за адресою {url}.} other {Цю дію не можна скасувати.}}',
  'ws.confirm.button':
    '{step, select, publish {Оприлюднити зараз} openToAll {Відкрити для всіх зараз} founding {Відкрити для запрошених} close {Завершити збір підписів} reopen {Відновити зараз} other {Продовжити}}',
  'ws.share.embedHeading': 'Лічильник для інших сайтів',
  'ws.share.embedIntro': 'Невеликий блок із кількістю підписів і посиланням на лист, який інші сайти можуть вставити до себе.',
  // review: {who} (a name or address) after a colon, so that it need not be declined
  'ws.team.removeHeading': 'Вилучити з організаторів листа: {who}?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}) більше не зможе відкривати цей робочий простір і виконувати дії з листом.\nУсе, що було зроблено, залишиться в журналі аудиту.\nПізніше цю людину можна буде додати знову.',
  'ws.team.removeButton': 'Вилучити',
  'ws.settings.heading': 'Підписання',
  'ws.settings.closesAt': 'Час закриття (UTC)',
  'ws.settings.closesAtHint':
    'Дату й час зазначають в UTC (всесвітньому координованому часі), а не за вашим місцевим часом. У цей момент збір підписів припиниться. Залиште поле порожнім, якщо час закриття не потрібен.',
  'ws.settings.signerKinds': 'Хто може підписати (щонайменше один варіант)',
  'ws.settings.moderatedKinds': 'Затримуються для модерації',
  'ws.settings.moderatedHint': 'Підписи цих типів чекають на схвалення організатора, перш ніж їх буде показано чи враховано.',
  'ws.settings.save': 'Зберегти налаштування',
  'ws.translations.intro':
    'Лист іншими мовами. Підписанти погоджуються з текстом оригіналу; переклад відповідає одній його версії й позначається як застарілий, щойно в оригіналу з’являється новіша версія.',
  'ws.translations.none': 'Перекладів поки немає.',
  'ws.translations.col.language': 'Мова',
  'ws.translations.col.title': 'Заголовок',
  // review: column header rendered Версія оригіналу (the cells say версія N)
  'ws.translations.col.follows': 'Версія оригіналу',
  'ws.translations.col.state': 'Стан',
  'ws.translations.col.links': 'Посилання',
  'ws.translations.follows': 'версія {version, number}',
  'ws.translations.outdated': 'застарів: чинна версія листа — {version, number}',
  'ws.translations.upToDate': 'актуальний',
  'ws.translations.edit': 'редагувати',
  'ws.translations.read': 'публічний текст',
  'ws.translations.formHeading': 'Додати або оновити переклад',
  'ws.translations.formIntro':
    'Якщо для мови вже є переклад, збереження замінить його (попередні тексти залишаться в публічній історії). Збережений переклад відповідатиме чинній версії — {version, number}.',
  'ws.translations.language': 'Мова',
  'ws.translations.chooseLanguage': 'Виберіть мову',
  'ws.translations.addresseeHint': '(необов’язково; якщо порожньо — як в оригіналі)',
  'ws.translations.previewHeading': 'Попередній перегляд: переклад таким, яким його побачать читачі (ще не збережено)',
  'ws.translations.save': 'Зберегти переклад',
  'ws.account.publicName': 'Ваше публічне ім’я або організація',
  'ws.account.publicNameLabel': 'Ім’я або організація',
  'ws.account.publicNameHint':
    'Так власників листа називають у запрошеннях до підписання та в листі, надісланому адресатам. Якщо ім’я не вказано, там ідеться про «організаторів» листа; підписанти й адресати ніколи не бачать вашої адреси електронної пошти.',
  'ws.account.saveName': 'Зберегти ім’я',
  'ws.mail.footer.login':
    'Ви отримали це повідомлення, бо ви (або хтось, хто ввів цю адресу) надіслали з нею запит на вхід до Undersigned. Якщо це були не ви, проігноруйте це повідомлення: без посилання ніхто не ввійде.',
  // review: {by} (a name) in parentheses after власник листа, so that the verb додав needs no gender
  'ws.mail.footer.added':
    'Ви отримали це повідомлення, бо {known, select, yes {власник листа ({by})} other {один із власників листа}} додав цю адресу до організаторів листа «{title}» у сервісі Undersigned.',
  'ws.mail.footer.goal': 'Ви отримали це повідомлення, бо організовуєте лист «{title}» у сервісі Undersigned як його власник або редактор.',
  'ws.delivery.intro': 'Люди чи органи, яким адресовано лист. Кожен отримає його електронною поштою своєю мовою, з доданим PDF-файлом із текстом і списком підписантів.',
  'ws.delivery.addressees': 'Адресати ({count, number})',
  'ws.delivery.none': 'Адресатів поки немає: додайте їх нижче — по одному або списком.',
  'ws.delivery.col.group': 'Група',
  'ws.delivery.col.language': 'Мова',
  'ws.delivery.col.state': 'Доставка',
  'ws.delivery.state': '{state, select, queued {У черзі} sent {Надіслано} failed {Помилка} other {Не надіслано}}',
  'ws.delivery.failed':
    'Помилка: {why, select, refused {поштовий сервер адресата відхилив повідомлення.} unreachable {не вдалося з’єднатися з поштовим сервером адресата.} other {повідомлення не вдалося надіслати.}}',
  'ws.delivery.count': '{state, select, sent {надіслано: {count, number}} queued {у черзі: {count, number}} failed {помилок: {count, number}} other {не надіслано: {count, number}}}',
  'ws.delivery.progressHeading': 'Останнє надсилання',
  'ws.delivery.progress': 'Надіслано: {sent, number} з {total, number}; очікують надсилання: {queued, number}; не вдалося надіслати: {failed, number}.',
  'ws.delivery.notPublic': 'Лист надсилається адресатам після оприлюднення: спершу оприлюдніть його. Адресатів можна додати вже зараз.',
  'ws.delivery.readOnly': 'Додавати адресатів і надсилати лист можуть лише власники та редактори листа.',
  'ws.delivery.previewLink': 'Переглянути повідомлення й надіслати',
  'ws.delivery.addHeading': 'Додати адресата',
  'ws.delivery.name': 'Ім’я',
  'ws.delivery.email': 'Електронна пошта',
  'ws.delivery.language': 'Мова',
  'ws.delivery.group': 'Група (необов’язково, наприклад регіон)',
  'ws.delivery.add': 'Додати адресата',
  'ws.delivery.importHeading': 'Додати кількох адресатів списком',
  // review: the column name language is kept in English, as it is written in the CSV
  'ws.delivery.csvLabel': 'Вставте CSV: по одному адресату в рядку, під першим рядком із назвами стовпців (language — код мови, наприклад en або fr; якщо порожньо — мова самого листа):',
  'ws.delivery.import': 'Додати цих адресатів',
  'ws.delivery.importResult':
    '{added, plural, one {Додано # адресата} few {Додано # адресати} many {Додано # адресатів} other {Додано # адресата}}; {already, plural, =0 {раніше доданих не було} one {# уже був у списку} few {# уже були в списку} many {# уже були в списку} other {# уже були в списку}}. Наведені нижче рядки не прийнято:',
  'ws.delivery.lineError': 'Рядок {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Повідомлення перед надсиланням',
  'ws.delivery.previewIntro': 'Кожен адресат отримає повідомлення своєю мовою (див. нижче) зі звертанням на ім’я та доданим PDF-файлом. Нічого не буде надіслано, доки ви не підтвердите.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# адресат} few {# адресати} many {# адресатів} other {# адресата}}',
  'ws.delivery.previewAs': 'Так повідомлення отримає {name}.',
  'ws.delivery.noTranslation': 'Лист не має перекладу цією мовою: текст буде надіслано мовою оригіналу ({language}).',
  'ws.delivery.subject': 'Тема',
  'ws.delivery.textBody': 'Повідомлення',
  'ws.delivery.htmlBody': 'Переглянути повідомлення так, як його покажуть поштові програми',
  'ws.delivery.pdf': 'Доданий PDF ({language})',
  'ws.delivery.previewNone': 'Адресатів поки немає: спершу додайте їх.',
  'ws.delivery.previewDraft': 'Повідомлення можна буде переглянути після оприлюднення листа: спершу оприлюдніть його.',
  'ws.delivery.send': '{count, plural, one {Надіслати # адресатові} few {Надіслати # адресатам} many {Надіслати # адресатам} other {Надіслати # адресатам}}',
  'ws.delivery.back': 'Назад до адресатів',
  'ws.delivery.confirmHeading': '{count, plural, one {Надіслати лист # адресатові?} few {Надіслати лист # адресатам?} many {Надіслати лист # адресатам?} other {Надіслати лист # адресатам?}}',
  // review: {names} is a list (possibly ending in ще N адресатів), so the verb is singular only for exactly one (=1), plural otherwise; {language} is the language’s own name, hence (мова: {language})
  'ws.delivery.confirmLanguage':
    '{names} {count, plural, =1 {отримає} one {отримають} few {отримають} many {отримають} other {отримають}} текст разом із доданим PDF-файлом листа тією ж мовою (мова: {language}).',
  'ws.delivery.andMore': '{count, plural, one {ще # адресат} few {ще # адресати} many {ще # адресатів} other {ще # адресата}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {# з них уже отримав лист і отримає його знову.} few {# з них уже отримали лист і отримають його знову.} many {# з них уже отримали лист і отримають його знову.} other {# з них уже отримали лист і отримають його знову.}}',
  'ws.delivery.confirmRecall': 'Надіслане повідомлення не можна відкликати.',
  'ws.delivery.confirmPublic': 'Після цього на публічній сторінці листа буде зазначено кожного адресата — на ім’я та з датою доставки, але без адреси.',
  'ws.delivery.confirmButton': '{count, plural, one {Надіслати зараз # адресатові} few {Надіслати зараз # адресатам} many {Надіслати зараз # адресатам} other {Надіслати зараз # адресатам}}',
  'ws.queue.intro':
    'Ці підписи чекають на рішення, перш ніж їх буде показано чи враховано. «Оприлюднити» додає підпис до списку; «Відхилити» не допускає його до списку й повідомляє підписанта; «Приховати» не допускає його до списку, нічого не повідомляючи підписантові.',
  'ws.queue.readOnly': 'Рішення щодо затриманих підписів ухвалюють лише власники та модератори листа.',
  'ws.held.claims': 'Представляється як',
  // review: rendered Надіслано з (a label before the mail domain), avoiding a gendered писав/писала
  'ws.held.wroteFrom': 'Надіслано з',
  'ws.held.website': 'Вебсайт',
  'ws.held.noWebsite': 'не вказано',
  'ws.held.verification': 'Перевірено',
  'ws.held.verifiedBy': '{by, select, domain {Так: за поштовим доменом {domain}} invited {Так: підписано за запрошенням} approved {Так: схвалено модератором} other {Так: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Ні: поштовий домен не належить зазначеному парламенту} organization {{website, select, no {Ні: вебсайт не вказано, тож поштовий домен нема з чим порівняти} other {{shared, select, yes {Ні: адресу в загальнодоступному поштовому сервісі може мати будь-хто} other {Ні: поштовий домен не збігається з доменом вебсайту}}}}} individual {Ні: приватних осіб перевіряють лише через запрошення} other {Ні}}',
  'ws.held.why': 'Причина затримки',
  'ws.held.similar': 'Схожі імена в списку',
  'ws.held.noSimilar': 'немає',
  'ws.held.signed': 'Підписано',
  'ws.held.network': 'Мережевий відбиток',
  'ws.decide.label': 'Рішення щодо підпису: {name}',
  'ws.decide.publish': 'Оприлюднити',
  'ws.decide.reject': 'Відхилити (підписанта буде повідомлено)',
  'ws.decide.hide': 'Приховати',
  'ws.decide.hideHint': '(підписантові не надійде повідомлення; застосовуйте в разі зловживань. Як і за будь-якого вилучення, публічний журнал зафіксує це, якщо підпис був у списку)',
  'ws.decide.heading': '{decision, select, reject {Відхилити підпис: {who}?} shadow {Приховати підпис: {who}?} other {Рішення щодо підпису: {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}): підпису не буде в списку листа й у жодних підрахунках{listed, select, yes {; зараз його буде вилучено зі списку} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} отримає повідомлення про те, що організатори листа не прийняли підпис.} other {{who}: повідомлення надіслати неможливо — адреса більше не зберігається.}}} shadow {{who} не отримає повідомлення: для підписанта підпис і далі виглядає прийнятим. Застосовуйте це в разі зловживань, коли повідомлення лише спонукало б до нової спроби.} other {}}\n{listed, select, yes {Публічний журнал зафіксує вилучення, як і будь-яке вилучення.} other {Підпису ніколи не було в публічному списку, тож публічний журнал нічого про нього не фіксує.}}',
  'ws.decide.button': '{decision, select, reject {Відхилити й повідомити підписанта} shadow {Приховати, не повідомляючи підписанта} other {Ухвалити рішення}}',
  'ws.invalidate.heading': 'Позначити хвилю підписів як шахрайські',
  'ws.invalidate.intro':
    'Для хвилі фальшивих підписів: укажіть поштовий домен, проміжок часу, мережевий відбиток або кілька критеріїв (підпис має відповідати всім указаним). Спершу ви побачите, скільки підписів відповідає; нічого не зміниться, доки ви не підтвердите.',
  'ws.invalidate.domain': 'Поштовий домен (наприклад, example.org)',
  'ws.invalidate.window': 'Підписано в цей проміжок часу (UTC)',
  'ws.invalidate.from': 'Від',
  'ws.invalidate.to': 'До (не включно)',
  'ws.invalidate.network': 'Мережевий відбиток (як його показано в затриманому підписі)',
  'ws.invalidate.preview': 'Попередній перегляд',
  'ws.invalidate.result':
    '{result, select, none {Укажіть поштовий домен, проміжок часу або мережевий відбиток: без жодного з них нічого не знайдеться.} nothing {Жоден підпис не відповідає цим критеріям: нічого не змінено.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {Поштовий домен: це не доменне ім’я (наприклад, example.org).} from {Від: це не дата й час.} to {До: це не дата й час.} ipHash {Мережевий відбиток: це не відбиток (від 8 до 32 літер, цифр, знаків - або _).} other {Не вдалося прочитати критерії; будь ласка, перевірте їх.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, one {Позначити # підпис як шахрайський?} few {Позначити # підписи як шахрайські?} many {Позначити # підписів як шахрайські?} other {Позначити # підпису як шахрайські?}}',
  'ws.invalidate.matching': 'Підписи, що відповідають: {criteria}.',
  'ws.invalidate.byDomain': 'поштовий домен {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {підписано з {from} до {to}} from {підписано починаючи з {from}} other {підписано до {to}}}',
  'ws.invalidate.byNetwork': 'мережевий відбиток {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, =1 {Його буде позначено як шахрайський: якийсь час він зберігатиметься для розслідування, а потім буде видалений; відновити його не можна.} one {Їх буде позначено як шахрайські: якийсь час вони зберігатимуться для розслідування, а потім будуть видалені; відновити їх не можна.} few {Їх буде позначено як шахрайські: якийсь час вони зберігатимуться для розслідування, а потім будуть видалені; відновити їх не можна.} many {Їх буде позначено як шахрайські: якийсь час вони зберігатимуться для розслідування, а потім будуть видалені; відновити їх не можна.} other {Їх буде позначено як шахрайські: якийсь час вони зберігатимуться для розслідування, а потім будуть видалені; відновити їх не можна.}}\nТі, що є в публічному списку, одразу зникнуть із нього, і підрахунки зменшаться.\nПублічний журнал зафіксує кожне вилучення зі списку, як і будь-яке вилучення.\nПідписантів не буде повідомлено.',
  'ws.invalidate.button':
    '{count, plural, one {Позначити # підпис як шахрайський} few {Позначити # підписи як шахрайські} many {Позначити # підписів як шахрайські} other {Позначити # підпису як шахрайські}}',
  // review: each entry is {who}: followed by the action as a noun (створення чернетки, оприлюднення підпису — {signer}…), so that no verb needs the gender of {who} and no name needs declining; {language} after мова: as in ws.versions.translationHistory
  // review: added branches: record = внести (відповідь), set aside / dismiss = відхилити (відповідь), update = новина as in ws.updates.*; {language} after мова: as in the existing translation branch
  'ws.audit.did':
    '{kind, select, create {{who}: створення чернетки листа} edit {{editorial, select, yes {{who}: виправлення тексту (редакційне виправлення: нікого не просять повторно надати згоду)} other {{who}: редагування тексту}}} publish {{who}: оприлюднення листа} close {{who}: завершення збору підписів} founding {{who}: відкриття першого етапу для запрошених} approve {{who}: оприлюднення підпису — {signer}} reject {{who}: відхилення підпису — {signer}} shadow {{who}: приховування підпису — {signer}} moderate {{who}: рішення щодо підпису — {signer}} invalidate {{counted, select, yes {{who}: позначення {count, plural, one {# підпису як шахрайського} few {# підписів як шахрайських} many {# підписів як шахрайських} other {# підпису як шахрайських}}} other {{who}: позначення підписів як шахрайських}}} invalidatePreview {{counted, select, yes {{who}: пошук підписів, щоб позначити їх як шахрайські (знайдено: {count, plural, one {#} few {#} many {#} other {#}})} other {{who}: пошук підписів, щоб позначити їх як шахрайські}}} invite {{counted, select, yes {{who}: запрошення до підписання — {count, plural, one {# особа} few {# особи} many {# осіб} other {# особи}}} other {{who}: запрошення до підписання}}} addOrganizer {{who}: додавання співорганізатора — {member}, роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {співорганізатор}}} setRole {{who}: зміна ролі — {member}, нова роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {співорганізатор}}} removeOrganizer {{who}: вилучення з організаторів — {member}} goal {{goalSet, select, yes {{who}: встановлення цілі — {goalKind, select, legislator {{goal, plural, one {# парламентар} few {# парламентарі} many {# парламентарів} other {# парламентаря}}} organization {{goal, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}} individual {{goal, plural, one {# приватна особа} few {# приватні особи} many {# приватних осіб} other {# приватної особи}}} other {{goal, plural, one {# підпис} few {# підписи} many {# підписів} other {# підпису}}}}} no {{who}: вилучення цілі} other {{who}: зміна цілі}}} settings {{who}: зміна налаштувань листа} translation {{who}: збереження перекладу (мова: {language})} recipients {{counted, select, yes {{who}: додавання адресатів ({count, plural, one {# адресат} few {# адресати} many {# адресатів} other {# адресата}})} other {{who}: додавання адресатів}}} deliver {{counted, select, yes {{who}: надсилання листа {count, plural, one {# адресатові} few {# адресатам} many {# адресатам} other {# адресатам}}} other {{who}: надсилання листа адресатам}}} widget {{who}: зміна списку сайтів, на яких може відображатися віджет підписання} partner {{who}: додавання партнера для віджета підписання} addressesShown {{who}: співорганізаторам відкрито доступ до адрес підписантів} addressesHidden {{who}: співорганізаторам закрито доступ до адрес підписантів} readAddresses {{source, select, page {{who}: перегляд адрес {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}} у робочому просторі} other {{who}: перегляд адрес {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}} через API}}} readDomains {{source, select, page {{who}: перегляд доменів адрес {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}} у робочому просторі} other {{who}: перегляд доменів адрес {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}} через API}}} export {{domainsOnly, select, yes {{who}: експорт підписів у CSV із доменами адрес {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}}} other {{who}: експорт підписів у CSV з адресами {count, plural, one {# підписанта} few {# підписантів} many {# підписантів} other {# підписанта}}}}} recordReply {{who}: внесення відповіді адресата, отриманої звичайною поштою чи особисто, та її оприлюднення} publishReply {{who}: оприлюднення відповіді адресата, що надійшла електронною поштою} dismissReply {{who}: відхилення відповіді, що надійшла електронною поштою} writeUpdate {{who}: написання новини для підписантів} updateTranslation {{who}: збереження перекладу новини (мова: {language})} sendUpdate {{counted, select, yes {{who}: надсилання новини {count, plural, one {# підписантові} few {# підписантам} many {# підписантам} other {# підписантам}}} other {{who}: надсилання новини підписантам}}} other {{who}: запит — {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who}: спроба створити чернетку листа} edit {{who}: спроба змінити текст} publish {{who}: спроба оприлюднити лист} close {{who}: спроба завершити збір підписів} founding {{who}: спроба відкрити перший етап} approve {{who}: спроба оприлюднити підпис — {signer}} reject {{who}: спроба відхилити підпис — {signer}} shadow {{who}: спроба приховати підпис — {signer}} moderate {{who}: спроба ухвалити рішення щодо підпису — {signer}} invalidate {{who}: спроба позначити підписи як шахрайські} invalidatePreview {{who}: спроба знайти підписи, щоб позначити їх як шахрайські} invite {{who}: спроба запросити до підписання} addOrganizer {{who}: спроба додати співорганізатора — {member}, роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {співорганізатор}}} setRole {{who}: спроба змінити роль — {member}, нова роль: {role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {співорганізатор}}} removeOrganizer {{who}: спроба вилучити з організаторів — {member}} goal {{who}: спроба змінити ціль} settings {{who}: спроба змінити налаштування листа} translation {{who}: спроба зберегти переклад (мова: {language})} recipients {{who}: спроба додати адресатів} deliver {{who}: спроба надіслати лист адресатам} widget {{who}: спроба змінити список сайтів, на яких може відображатися віджет підписання} partner {{who}: спроба додати партнера для віджета підписання} addressesShown {{who}: спроба відкрити співорганізаторам доступ до адрес підписантів} addressesHidden {{who}: спроба закрити співорганізаторам доступ до адрес підписантів} readAddresses {{who}: спроба переглянути адреси підписантів} readDomains {{who}: спроба переглянути домени адрес підписантів} export {{who}: спроба експортувати підписи} recordReply {{who}: спроба внести відповідь адресата} publishReply {{who}: спроба оприлюднити відповідь адресата} dismissReply {{who}: спроба відхилити відповідь, що надійшла електронною поштою} writeUpdate {{who}: спроба написати новину для підписантів} updateTranslation {{who}: спроба зберегти переклад новини (мова: {language})} sendUpdate {{who}: спроба надіслати новину підписантам} other {{who}: спроба виконати запит — {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (відмовлено), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Створено чернетку} edit {Змінено текст} publish {Лист оприлюднено} close {Збір підписів завершено} founding {Відкрито перший етап} approve {Підпис оприлюднено} reject {Підпис відхилено} shadow {Підпис приховано} moderate {Рішення щодо підпису} invalidate {Підписи позначено як шахрайські} invalidatePreview {Пошук шахрайських підписів} invite {Запрошення до підписання} addOrganizer {Додано співорганізатора} setRole {Змінено роль} removeOrganizer {Вилучено співорганізатора} goal {Змінено ціль} settings {Змінено налаштування} translation {Збережено переклад} recipients {Додано адресатів} deliver {Лист надіслано адресатам} widget {Змінено сайти віджета} partner {Додано партнера віджета} addressesShown {Адреси відкрито співорганізаторам} addressesHidden {Адреси приховано від співорганізаторів} readAddresses {Перегляд адрес} readDomains {Перегляд доменів адрес} export {Експорт підписів} recordReply {Відповідь внесено} publishReply {Відповідь оприлюднено} dismissReply {Відповідь відхилено} writeUpdate {Новину написано} updateTranslation {Новину перекладено} sendUpdate {Новину надіслано} other {Інший запит}}',
  'ws.audit.result': '{refused, select, yes {відмовлено ({status})} other {виконано}}',
  'ws.audit.operatorWho': 'Оператор сайту (командний рядок)',
  'ws.audit.formerOrganizer': 'Колишній організатор',
  'ws.audit.erasedSigner': 'підписант (дані видалено)',
  'ws.audit.someSigner': 'підписант',
  'ws.audit.someOrganizer': 'співорганізатор',
  'ws.audit.someLanguage': 'інша мова',
  'ws.audit.intro':
    'Усі дії організаторів листа, від найновіших до найдавніших, з іменами в їхньому теперішньому вигляді: підписант, який видалив свої дані, показаний як «підписант (дані видалено)». Час зазначено в UTC.',
  'ws.audit.filterPerson': 'Хто',
  'ws.audit.filterKind': 'Дія',
  'ws.audit.everyone': 'усі',
  'ws.audit.everything': 'усі дії',
  'ws.audit.filterSubmit': 'Показати',
  'ws.audit.empty': '{filtered, select, yes {Жоден запис не відповідає цим фільтрам.} other {Поки що нічого не записано.}}',
  'ws.audit.pages': 'Сторінки журналу аудиту',
  'ws.audit.older': 'Давніші записи',
  'ws.audit.newest': 'Назад до найновіших',
  'ws.audit.export': 'Експортувати в CSV',
  'ws.audit.exportHint': '(записи, відібрані цими фільтрами, з усіх сторінок)',

  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {Новину оприлюднено на сторінці листа; ніхто з підписантів не просив надсилати новини, тому нічого не розсилається} one {Новина надсилається # підписантові; її оприлюднено на сторінці листа} few {Новина надсилається # підписантам; її оприлюднено на сторінці листа} many {Новина надсилається # підписантам; її оприлюднено на сторінці листа} other {Новина надсилається # підписантам; її оприлюднено на сторінці листа}}',
  'ws.updates.intro':
    '{count, plural, =0 {Поки ніхто з підписантів не попросив надсилати новини.} one {# підписант під час підписання попросив надсилати новини й досі є в списку розсилки.} few {# підписанти під час підписання попросили надсилати новини й досі є в списку розсилки.} many {# підписантів під час підписання попросили надсилати новини й досі є в списку розсилки.} other {# підписанта під час підписання попросили надсилати новини й досі є в списку розсилки.}} Кожен отримує новину тією мовою, якою підписав лист, не частіше ніж {perMonth, plural, =1 {один раз} one {# раз} few {# рази} many {# разів} other {# раза}} на місяць, із посиланням для відписки. Надіслана новина також з’являється на сторінці листа.',
  'ws.updates.none': 'Новин поки немає.',
  'ws.updates.col.title': 'Заголовок',
  'ws.updates.col.languages': 'Мови',
  'ws.updates.col.state': 'Стан',
  'ws.updates.col.links': 'Посилання',
  'ws.updates.draft': 'Чернетка, не надіслана',
  'ws.updates.sentOn': 'Надіслано {date}',
  'ws.updates.onPage': 'На сторінці листа',
  'ws.updates.translate': 'Переклади',
  'ws.updates.send': 'Надіслати',
  'ws.updates.formHeading': 'Написати новину',
  'ws.updates.formIntro': 'Напишіть її мовою листа ({language}); переклади можна додати після збереження. Нічого не буде надіслано, доки ви не підтвердите.',
  'ws.updates.previewHeading': 'Попередній перегляд: новина такою, якою її прочитають підписанти (ще не збережено)',
  'ws.updates.save': 'Зберегти чернетку',
  'ws.updates.translationsHeading': 'Переклади новини «{title}»',
  'ws.updates.translationsIntro': 'Кожен підписант отримує новину тією мовою, якою підписав лист; якщо перекладу цією мовою немає, він отримає оригінал ({language}).',
  'ws.updates.saveTranslation': 'Зберегти переклад',
  'ws.updates.sendTo':
    '{count, plural, =0 {Оприлюднити (розсилати нікому)} one {Надіслати # підписантові} few {Надіслати # підписантам} many {Надіслати # підписантам} other {Надіслати # підписантам}}',
  'ws.updates.readOnly': 'Писати й надсилати новини можуть редактори та власники.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {Оприлюднити «{title}»?} one {Надіслати «{title}» # підписантові?} few {Надіслати «{title}» # підписантам?} many {Надіслати «{title}» # підписантам?} other {Надіслати «{title}» # підписантам?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Зараз її не може отримати жоден підписант, який просив надсилати новини.} one {Її буде надіслано електронною поштою # підписантові, який під час підписання попросив надсилати новини й досі є в списку розсилки.} few {Її буде надіслано електронною поштою # підписантам, які під час підписання попросили надсилати новини й досі є в списку розсилки.} many {Її буде надіслано електронною поштою # підписантам, які під час підписання попросили надсилати новини й досі є в списку розсилки.} other {Її буде надіслано електронною поштою # підписантам, які під час підписання попросили надсилати новини й досі є в списку розсилки.}} Ніхто не отримує більше ніж {perMonth, plural, =1 {одну новину} one {# новину} few {# новини} many {# новин} other {# новини}} на місяць.',
  'ws.updates.confirmLanguages': 'Їхніми мовами: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {оригінал} other {переклад}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# підписант уже отримав {perMonth, plural, =1 {одну новину} one {# новину} few {# новини} many {# новин} other {# новини}} за останні 30 днів і цієї не отримає.} few {# підписанти вже отримали {perMonth, plural, =1 {одну новину} one {# новину} few {# новини} many {# новин} other {# новини}} за останні 30 днів і цієї не отримають.} many {# підписантів уже отримали {perMonth, plural, =1 {одну новину} one {# новину} few {# новини} many {# новин} other {# новини}} за останні 30 днів і цієї не отримають.} other {# підписанта вже отримали {perMonth, plural, =1 {одну новину} one {# новину} few {# новини} many {# новин} other {# новини}} за останні 30 днів і цієї не отримають.}}',
  'ws.updates.confirmPublic': 'Вона з’явиться на публічній сторінці листа з датою надсилання.',
  'ws.updates.confirmFinal': 'Надіслані повідомлення не можна відкликати, а надіслану новину — змінити.',
  'ws.updates.confirmButton': '{count, plural, =0 {Оприлюднити зараз} one {Надіслати # підписантові} few {Надіслати # підписантам} many {Надіслати # підписантам} other {Надіслати # підписантам}}',
  'ws.account.digest': 'Щоденне зведення',
  'ws.account.digestLabel': 'Надсилати мені щоденне зведення, коли з моїми листами щось відбувається',
  'ws.account.digestHint':
    'Не більше одного повідомлення на день і лише в ті дні, коли з одним із листів, які ви організовуєте, щось відбулося: надійшла відповідь електронною поштою, досягнуто ціль, перевірка на хвилі підписів відсіяла нові підписи.',
  'ws.account.saveDigest': 'Зберегти',
  // review: =1 for the single letter named by its title: Ukrainian one also covers 21, 31…, which take the count form
  'ws.mail.digest.subject':
    '{count, plural, =1 {Ваше щоденне зведення: {title}} one {Ваше щоденне зведення: події в # листі} few {Ваше щоденне зведення: події в # листах} many {Ваше щоденне зведення: події в # листах} other {Ваше щоденне зведення: події в # листа}}',
  'ws.mail.digest.title': 'Ваше щоденне зведення',
  'ws.mail.digest.intro': 'Ось що відбулося з листами, які ви організовуєте, від {since}.',
  'ws.mail.digest.replies':
    '{count, plural, =1 {Електронною поштою надійшла # відповідь; вона чекає на ваше рішення: <link>оприлюдніть або відхиліть її</link>.} one {Електронною поштою надійшла # відповідь; вони чекають на ваше рішення: <link>оприлюдніть або відхиліть їх</link>.} few {Електронною поштою надійшли # відповіді; вони чекають на ваше рішення: <link>оприлюдніть або відхиліть їх</link>.} many {Електронною поштою надійшло # відповідей; вони чекають на ваше рішення: <link>оприлюдніть або відхиліть їх</link>.} other {Електронною поштою надійшло # відповіді; вони чекають на ваше рішення: <link>оприлюдніть або відхиліть їх</link>.}}',
  'ws.mail.digest.goal':
    'Лист досяг своєї цілі: {kind, select, legislator {{goal, plural, one {# парламентар} few {# парламентарі} many {# парламентарів} other {# парламентаря}}} organization {{goal, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}} individual {{goal, plural, one {# приватна особа} few {# приватні особи} many {# приватних осіб} other {# приватної особи}}} other {{goal, plural, one {# підпис} few {# підписи} many {# підписів} other {# підпису}}}}. <link>Переглянути підписи</link>.',
  // review: flood check rendered перевірка на хвилі підписів (as хвиля підписів in ws.invalidate.*); =1 keeps його for exactly one, one (21, 31…) says їх
  'ws.mail.digest.flooded':
    '{count, plural, =1 {Перевірка на хвилі підписів (забагато підписів з однієї мережі за день) відсіяла # новий підпис як шахрайський: його не показують і не враховують. <link>Перегляньте підписи</link>.} one {Перевірка на хвилі підписів (забагато підписів з однієї мережі за день) відсіяла # новий підпис як шахрайський: їх не показують і не враховують. <link>Перегляньте підписи</link>.} few {Перевірка на хвилі підписів (забагато підписів з однієї мережі за день) відсіяла # нові підписи як шахрайські: їх не показують і не враховують. <link>Перегляньте підписи</link>.} many {Перевірка на хвилі підписів (забагато підписів з однієї мережі за день) відсіяла # нових підписів як шахрайські: їх не показують і не враховують. <link>Перегляньте підписи</link>.} other {Перевірка на хвилі підписів (забагато підписів з однієї мережі за день) відсіяла # нового підпису як шахрайські: їх не показують і не враховують. <link>Перегляньте підписи</link>.}}',
  'ws.mail.digest.stop': 'Щоб відмовитися від зведення, зніміть відповідну позначку на сторінці свого облікового запису: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Щоб відмовитися від зведення, зніміть відповідну позначку на сторінці свого облікового запису:',
  'ws.mail.footer.digest':
    'Ви отримали це повідомлення, бо попросили надсилати щоденне зведення про те, що відбувається з листами, які ви організовуєте в сервісі Undersigned; воно надходить лише в ті дні, коли щось відбулося. Щоб відмовитися від нього, зніміть позначку на сторінці свого облікового запису.',
  'ws.note.replyRecorded': 'Відповідь внесено й оприлюднено поруч із листом',
  'ws.note.replyPublished': 'Відповідь оприлюднено поруч із листом і записано до його журналу',
  'ws.note.replyDismissed': 'Відповідь відхилено: її не буде показано',
  'ws.note.replyWaitSaved': 'Збережено: час очікування до позначки «немає відповіді»',
  'ws.replies.introInbound':
    'Відповіді на повідомлення, яким лист було надіслано адресатам, надходять сюди автоматично; кожна чекає, доки редактор або власник оприлюднить чи відхилить її. Відповіді, отримані інакше (звичайною поштою, особисто), вносять нижче.',
  'ws.replies.introByHand': 'Цей сайт не приймає пошти: внесіть тут вручну відповіді, які адресати надіслали вам (звичайною поштою, електронною поштою, особисто).',
  'ws.replies.waitingHeading': 'Чекають на ваше рішення ({count, number})',
  'ws.replies.noneWaiting': 'Жодна відповідь не чекає на рішення.',
  'ws.replies.readOnly': 'Оприлюднювати або відхиляти відповіді можуть лише власники та редактори листа.',
  'ws.replies.verified': 'Перевірено за DKIM для домену {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Не перевірено: надіслано з домену {domain}; перевірте відповідь, перш ніж оприлюднювати.} other {Не перевірено: домен відправника невідомий; перевірте відповідь, перш ніж оприлюднювати.}}',
  'ws.replies.received': 'Отримано',
  'ws.replies.subject': 'Тема',
  'ws.replies.noSubject': '(без теми)',
  'ws.replies.readAll': 'Прочитати відповідь повністю ({count, plural, one {# символ} few {# символи} many {# символів} other {# символу}})',
  'ws.replies.document': 'Документ {position, number}: {type}, {kb, number} КБ',
  'ws.replies.publish': 'Оприлюднити',
  'ws.replies.dismiss': 'Відхилити',
  'ws.replies.recordHeading': 'Внести відповідь',
  'ws.replies.recordIntro':
    'Відповідь, яку адресат надіслав вам інакше (звичайною поштою, на вашу власну поштову скриньку, особисто): її текст у тому вигляді, у якому його написано, і скан або файл відповіді, якщо він у вас є.',
  'ws.replies.from': 'Від кого',
  'ws.replies.chooseAddressee': 'Виберіть адресата',
  'ws.replies.dated': 'Дата відповіді',
  'ws.replies.text': 'Текст відповіді',
  'ws.replies.textHint': '(як написано; звичайний текст)',
  'ws.replies.files': 'Документи',
  'ws.replies.filesHint': '(необов’язково: PDF або зображення, не більше {max, plural, one {# файлу} few {# файлів} many {# файлів} other {# файлу}}, до 10 МБ кожен)',
  'ws.replies.recordPublic': 'Внесену відповідь одразу оприлюднюють: поруч із листом, у його публічному журналі та в наступному PDF. Скасувати це не можна.',
  'ws.replies.record': 'Внести й оприлюднити відповідь',
  'ws.replies.noAddressees': 'Лист ще не має адресатів: спершу додайте їх.',
  'ws.replies.publishedHeading': 'Оприлюднені ({count, number})',
  'ws.replies.nonePublished': 'Ще не оприлюднено жодної відповіді.',
  'ws.replies.byHand': 'Внесено організатором',
  'ws.replies.byMailUnverified': 'Надійшла електронною поштою, не перевірена за DKIM',
  'ws.replies.publishedOn': 'від {received}, оприлюднено {published}',
  // review: =1 keeps її for exactly one; one (21, 31…) says їх
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Жодну відповідь не відхилено.} =1 {# відповідь відхилено (спам, автоматичні відповіді): її не показують.} one {# відповідь відхилено (спам, автоматичні відповіді): їх не показують.} few {# відповіді відхилено (спам, автоматичні відповіді): їх не показують.} many {# відповідей відхилено (спам, автоматичні відповіді): їх не показують.} other {# відповіді відхилено (спам, автоматичні відповіді): їх не показують.}}',
  'ws.replies.publishHeading': 'Оприлюднити відповідь: {who}?',
  'ws.replies.confirmVerified': 'Відповідь перевірено за DKIM для домену {domain}: її підписав поштовий сервер цього домену.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Відповідь не перевірено: її надіслано з домену {domain}, і ніщо не доводить, що вона надійшла від адресата. Перевірте її, перш ніж оприлюднювати.} other {Відповідь не перевірено: ніщо не доводить, що вона надійшла від адресата. Перевірте її, перш ніж оприлюднювати.}}',
  // review: =1 is the English one (with its document); Ukrainian one (21, 31…) names the number
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Відповідь з’явиться поруч із листом, на його публічній сторінці, і її зможе прочитати будь-хто.} =1 {Відповідь з’явиться поруч із листом, на його публічній сторінці, разом із доданим документом, і її зможе прочитати будь-хто.} one {Відповідь з’явиться поруч із листом, на його публічній сторінці, разом із # доданим документом, і її зможе прочитати будь-хто.} few {Відповідь з’явиться поруч із листом, на його публічній сторінці, разом із # доданими документами, і її зможе прочитати будь-хто.} many {Відповідь з’явиться поруч із листом, на його публічній сторінці, разом із # доданими документами, і її зможе прочитати будь-хто.} other {Відповідь з’явиться поруч із листом, на його публічній сторінці, разом із # доданого документа, і її зможе прочитати будь-хто.}}\nЇї буде записано до публічного журналу листа, і вона з’явиться в наступному PDF листа.\nСкасувати це не можна: оприлюднена відповідь залишається оприлюдненою.',
  'ws.replies.publishButton': 'Оприлюднити відповідь',
  'ws.replies.dismissHeading': 'Відхилити відповідь: {who}?',
  'ws.replies.dismissConsequences':
    'Її ніколи не буде показано: ні поруч із листом, ні в його журналі, ні в його PDF.\nЗастосовуйте це для спаму, автоматичної відповіді або повідомлення, яке не є відповіддю на лист.\nОприлюднити її пізніше буде неможливо.',
  'ws.replies.dismissButton': 'Відхилити відповідь',
  'ws.replyWait.heading': 'Відповіді',
  'ws.replyWait.intro':
    'На сторінці листа для кожного адресата зазначено, чи він відповів. Адресата, який не відповів протягом зазначеної тут кількості днів після отримання листа, позначають як «немає відповіді».',
  'ws.replyWait.label': 'Через скільки днів без відповіді позначати адресата як «немає відповіді»',
  'ws.replyWait.save': 'Зберегти',
} satisfies WorkspaceCatalog;
