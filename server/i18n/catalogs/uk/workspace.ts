import type { WorkspaceCatalog } from '../en/site-type.js';

/** Ukrainian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles as generic masculine nouns (власник, редактор, модератор, спостерігач), used in the nominative throughout
  'ws.role': '{role, select, owner {власник} editor {редактор} moderator {модератор} viewer {спостерігач} other {{role}}}',
  'ws.kind': '{kind, select, legislator {парламентар} organization {організація} individual {приватна особа} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {очікує підтвердження} confirmed {підтверджено} withdrawn {відкликано} fraudulent {шахрайський} other {{status}}}',
  // review: shadow (the signer saw success, but the signature is never shown or counted) rendered as тіньове відхилення
  'ws.moderation': '{state, select, none {немає} pending {очікує рішення} approved {схвалено} rejected {відхилено} shadow {тіньово відхилено} other {{state}}}',
  'ws.verification': '{by, select, domain {за доменом} invited {за запрошенням} approved {схвалено} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {за доменом} invited {за запрошенням} approved {схвалено} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {схвалити} reject {відхилити} shadow {тіньово відхилити} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, one {# парламентар} few {# парламентарі} many {# парламентарів} other {# парламентаря}} з {countries, plural, one {# країни} few {# країн} many {# країн} other {# країни}}',
  'ws.stats.organizations': '{count, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}',
  'ws.stats.individuals': '{count, plural, one {# приватна особа} few {# приватні особи} many {# приватних осіб} other {# приватної особи}}',
  'ws.stats.none': 'Підписів поки немає',

  'ws.backToLetters': '← Ваші листи',
  'ws.signedInAs': 'Ви ввійшли як {email}.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Заголовок} addressee {Адресат} summary {Стислий виклад} language {Мова} body {Текст} slug {Адреса} closesAt {Час закриття} email {Електронна пошта} role {Роль} label {Назва} origins {Сайти} goal {Цільова кількість підписів} csv {Список} name {Ім’я} kind {Тип} country {Країна} parliament {Парламент} party {Партія} organization {Організація} website {Вебсайт} other {Це поле}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: це поле обов’язкове.} tooLong {{field}: занадто довге значення.} email {{field}: це не адреса електронної пошти.} website {{field}: це не вебадреса.} noLink {{field}: вебадреси тут не приймаються.} noLetter {{field}: тут має бути щонайменше одна літера або цифра.} choose {{field}: будь ласка, виберіть один із варіантів.} languageTag {{field}: це не код мови (наприклад, en, fr або zh-Hant).} future {{field}: цей час має бути в майбутньому.} ownLanguage {{field}: це мова оригіналу листа; редагуйте сам лист.} other {{field}: неприпустиме значення; будь ласка, перевірте введені дані.}}} KIND_NOT_ACCEPTED {Цей лист не приймає підписів від учасників цього типу.} DUPLICATE {Ця адреса вже трапляється вище в цьому списку.} INVALID_CSV {{reason, select, columns {Невідомі стовпці: {columns}. У першому рядку вказують назви стовпців, серед таких: {expected}.} tooMany {Максимальна кількість запрошених за один раз: {max, number}.} other {Не вдалося прочитати список як CSV.}}} NOT_TAKING_SIGNATURES {Запрошення можна надсилати, лише поки лист відкрито для запрошених або для всіх.} LETTER_CLOSED {Лист закрито, тому затримані підписи до нього вже не буде додано.} ALREADY_PUBLISHED {Відкрити лист лише для запрошених можна тільки з чернетки.} NOT_PUBLISHED {Лист ще не оприлюднено: спершу оприлюдніть його.} SLUG_TAKEN {Ця адреса вже зайнята іншим листом.} SLUG_FROZEN {Адресу оприлюдненого листа змінити не можна.} CLOSING_TIME_PASSED {Перш ніж відкрити лист, укажіть час закриття в майбутньому.} LAST_OWNER {Лист повинен мати щонайменше одного власника: спершу призначте власником когось іншого.} ORGANIZER_NOT_FOUND {Серед організаторів цього листа немає нікого з такою адресою.} SIGNATURE_NOT_FOUND {Цього підпису більше немає.} other {Не вдалося виконати дію ({code}).}}',

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
  'ws.queue.sharedMail': '(загальнодоступна пошта: така адреса може бути в будь-кого)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {підписи парламентарів модеруються} organization {підписи організацій модеруються} individual {підписи приватних осіб модеруються} other {{kind}: модерується}}',
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
  'ws.col.when': 'Коли',
  'ws.col.who': 'Хто',
  'ws.col.what': 'Що',
  // review: audit log column for the target of an action, rendered as Об’єкт
  'ws.col.on': 'Об’єкт',
  'ws.col.detail': 'Подробиці',
  'ws.col.result': 'Результат',
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

  'ws.audit.heading': 'Журнал аудиту',
  // review: operator = the operator of the service (instance), not an organizer
  'ws.audit.operator': 'оператор сервісу',
  'ws.audit.readAddresses': 'перегляд адрес',
  'ws.audit.readDomains': 'перегляд доменів адрес',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {оператор сервісу: перегляд доменів адрес} other {оператор сервісу: перегляд адрес}}',

  'ws.note.draftSaved': 'Чернетку збережено',
  'ws.note.saved': 'Збережено',
  'ws.note.status':
    '{status, select, draft {Лист тепер є чернеткою} founding {Лист тепер відкрито лише для запрошених} open {Лист тепер відкрито для підписання} closed {Збір підписів під листом завершено} other {Статус листа тепер: {status}}}',
  'ws.note.moderated': '{decision, select, approve {Підпис схвалено} reject {Підпис відхилено} shadow {Підпис тіньово відхилено} other {Підпис: {decision}}}',
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
  'ws.mail.footer': 'Це повідомлення надіслав сервіс Undersigned організаторові відкритих листів.',
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
} satisfies WorkspaceCatalog;
