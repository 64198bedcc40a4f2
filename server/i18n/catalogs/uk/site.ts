import type { SiteCatalog } from '../en/site-type.js';

/** Ukrainian: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} і {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} і {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Перейти до вмісту',
  'site.footer': '{siteName}: відкриті листи, підписані й перевірені. Адреси електронної пошти підписантів ніколи не оприлюднюються.',
  'site.languages': 'Мови',
  'site.backToLetter': 'Назад до листа',
  'site.backToStart': 'Назад на головну сторінку',
  'site.choose': 'Оберіть…',
  'site.optional': '(необов’язково)',

  'home.title': 'Відкриті листи',
  'home.intro':
    'Спільні листи, підписані парламентарями, організаціями та приватними особами. Кожен підпис підтверджується електронною поштою; належність до організацій і установ перевіряється там, де це можливо.',
  'home.to': 'Адресат: {addressee}',
  'home.none': 'Ще не оприлюднено жодного листа.',

  'status.open': 'Відкрито для підписання',
  'status.closed': 'Збір підписів завершено',
  'status.closedOn': 'Збір підписів завершено {date}',
  'status.draft': 'Чернетка',

  // review: legislator rendered as парламентар (covers MPs, senators, deputies of any country); kind.choice follows the label Я підписую як
  'kind.plural': '{kind, select, legislator {Парламентарі} organization {Організації} other {Приватні особи}}',
  'kind.singular': '{kind, select, legislator {Парламентар} organization {Організація} other {Приватна особа}}',
  'kind.choice': '{kind, select, legislator {парламентар} organization {організація} other {приватна особа}}',

  'summary.legislators':
    '{legislators, plural, one {# парламентар} few {# парламентарі} many {# парламентарів} other {# парламентаря}} з {countries, plural, one {# країни} few {# країн} many {# країн} other {# країни}}',
  'summary.organizations': '{n, plural, one {# організація} few {# організації} many {# організацій} other {# організації}}',
  'summary.individuals': '{n, plural, one {# приватна особа} few {# приватні особи} many {# приватних осіб} other {# приватної особи}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: з + genitive after the count (37 з 100 парламентарів); goal rendered as ціль rather than мета
  'goal.progress':
    '{current, number} з {kind, select, legislator {{goal, plural, one {# парламентаря} few {# парламентарів} many {# парламентарів} other {# парламентаря}}} organization {{goal, plural, one {# організації} few {# організацій} many {# організацій} other {# організації}}} individual {{goal, plural, one {# приватної особи} few {# приватних осіб} many {# приватних осіб} other {# приватної особи}}} other {{goal, plural, one {# підпису} few {# підписів} many {# підписів} other {# підпису}}}}',
  'summary.none': 'Підписів поки немає',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Підписів поки немає} one {<strong>#</strong> підпис} few {<strong>#</strong> підписи} many {<strong>#</strong> підписів} other {<strong>#</strong> підпису}}',

  'letter.to': 'Кому: {addressee}',
  'letter.published': 'Оприлюднено {date}',
  'letter.publishedUntil': 'Оприлюднено {date} · підписи приймаються до {until}',
  'letter.outdated': 'Цей переклад відповідає версії {basedOn} тексту, яка відтоді змінилася (чинна версія — {current}); визначальним є текст оригіналу.',
  // review: {language} is a language name in the nominative (українська), so it is put after мова: rather than declined
  'letter.untranslated': 'Цей лист не перекладено (мова: {language}): його текст показано мовою оригіналу.',
  'letter.downloadPdf': 'Завантажити у форматі PDF',
  'letter.downloadCsv': 'Список підписантів у форматі CSV',
  'letter.textLanguages': 'Текст іншими мовами',

  'signatories.heading': 'Підписанти',
  'signatories.founding': 'Перші підписанти',
  'signatories.others': 'Підписанти',
  'signatories.pages': 'Сторінки списку підписантів',
  'signatories.previous': 'Попередня сторінка',
  'signatories.next': 'Наступна сторінка',
  'signatories.page': 'Сторінка {page, number} з {pages, number}',
  'signatories.identification': 'Посади та належність до організацій зазначено лише для ідентифікації.',
  'signatories.unlisted': 'Враховано, але на власне прохання не внесено до списку: {n, number}.',
  'signatories.withheldUntil':
    'Імена буде оприлюднено одночасно {date}; доти підписи лише підраховуються (очікують оприлюднення: {n, plural, one {# ім’я} few {# імені} many {# імен} other {# імені}}).',
  'signatories.withheldThreshold':
    'Щоб ніхто не був єдиним видимим підписантом зі своєї країни, імена з кожної країни оприлюднюються після того, як {k, plural, one {лист підпише # особа} few {лист підпишуть # особи} many {лист підпишуть # осіб} other {лист підпишуть # особи}} з цієї країни. Уже враховано, але ще не оприлюднено: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Нові підписи додаються до цього списку групами, {unit, select, second {{n, plural, =1 {щосекунди} one {раз на # секунду} few {раз на # секунди} many {раз на # секунд} other {раз на # секунди}}} minute {{n, plural, =1 {щохвилини} one {раз на # хвилину} few {раз на # хвилини} many {раз на # хвилин} other {раз на # хвилини}}} other {{n, plural, =1 {щогодини} one {раз на # годину} few {раз на # години} many {раз на # годин} other {раз на # години}}}}, щоб зі списку не можна було визначити, коли хтось підписав лист.',
  'signatories.history': '<history>Відтоді як лист уперше підписали, його текст змінився: див. історію змін.</history>',
  'signatories.earlierVersion': '(підписано версію {version})',
  'signatories.verified': '✓ перевірено',
  'signatories.verifiedDomain': '✓ перевірено: пише з домену @{domain}',
  'signatories.verifiedHow': '{how, select, domain {перевірено: пише з поштового домену установи} invited {перевірено: за запрошенням організаторів} other {перевірено: схвалено організаторами}}',

  // review: ledger = журнал; the head is rendered as the last entry / the state of the ledger signed by the site
  'ledger.note':
    'Кожен підпис, що додається до цього списку або вилучається з нього, записується до журналу, захищеного від непомітних змін: {n, plural, one {# запис} few {# записи} many {# записів} other {# запису}}, останній — <code>{head}</code>; цей стан журналу сайт <checkpoint>підписав</checkpoint> своїм <key>оприлюдненим ключем</key>.',
  'ledger.witnessed':
    '{count, plural, one {# незалежний свідок перевірив, що журнал лише поповнювався, і засвідчив} few {# незалежні свідки перевірили, що журнал лише поповнювався, і засвідчили} many {# незалежних свідків перевірили, що журнал лише поповнювався, і засвідчили} other {# незалежного свідка перевірили, що журнал лише поповнювався, і засвідчили}} його {size, plural, =1 {перший запис} one {перші # запис} few {перші # записи} many {перші # записів} other {перші # запису}} (востаннє — {date}).',
  'ledger.unwitnessed': 'Поки що жоден незалежний свідок не засвідчив журнал.',
  'ledger.check': '<ledger>Перегляньте журнал</ledger> або перевірте його самостійно за допомогою <verifier>програми перевірки</verifier>:',
  'ledger.short': 'Кожен підпис, що додається до цього списку або вилучається з нього, записується до журналу, захищеного від непомітних змін: <verify>перевірте цей список</verify>.',

  // Зображення підписів (letters/pictures.ts): заголовки та тексти, що описують зміст кожного з них.
  'pictures.timelineHeading': 'Динаміка підписів',
  'pictures.timelineAlt': 'Діаграма підписів у часі: {total, plural, one {# підпис} few {# підписи} many {# підписів} other {# підпису}} з {from} по {to}, найбільше — {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Звідки підписанти',
  'pictures.mapAlt':
    'Карта світу: підписанти з {countries, plural, one {# країни} few {# країн} many {# країн} other {# країни}}, парламентарі з {legislatorCountries, plural, one {# країни} few {# країн} many {# країн} other {# країни}}.',
  'pictures.legendLegislators': 'Парламентарі',
  'pictures.legendSignatories': 'Інші підписанти',
  'pictures.byCountry': 'Підписанти за країнами',
  'pictures.countryLine':
    '{country}: {n, plural, one {# підписант} few {# підписанти} many {# підписантів} other {# підписанта}}{legislators, plural, =0 {} one {, з них # парламентар} few {, з них # парламентарі} many {, з них # парламентарів} other {, з них # парламентаря}}',

  'verify.title': 'Перевірка підписантів: {title}',
  'verify.heading': 'Перевірка списку підписантів',

  'sign.heading': 'Підписати цей лист',
  'sign.honeypot': 'Залиште це поле порожнім',
  'sign.warningHeading': 'Перш ніж ми надішлемо підтвердження',
  'sign.otherAddress': '<other>Вкажіть іншу адресу</other>: змініть її нижче, а потім підпишіть. Поки що нічого не надіслано.',
  'sign.countedOnly': 'Підписати без зазначення мого імені в списку (підпис лише враховується в загальній кількості)',
  'sign.countedOnlyHint': '— підтвердження однаково надійде на цю адресу',
  'sign.continue': 'Продовжити з цією адресою',
  'sign.as': 'Я підписую як',
  'sign.name': 'Ім’я',
  'sign.nameHint': '(для організації — ім’я її представника)',
  'sign.email': 'Електронна пошта',
  'sign.emailHint': '(ніколи не оприлюднюється; сюди надійде посилання для підтвердження)',
  'sign.country': 'Країна',
  'sign.title': 'Посада',
  'sign.titleHint': '(наприклад, член парламенту, сенатор)',
  'sign.parliament': 'Парламент',
  'sign.party': 'Партія',
  'sign.organization': 'Організація',
  'sign.role': 'Ваша роль в організації',
  'sign.website': 'Вебсайт',
  'sign.websiteHint': '(якщо ваша адреса електронної пошти належить до домену цього сайту, підпис позначається як перевірений)',
  'sign.display': 'Показувати в публічному списку',
  'sign.displayChoice': '{display, select, full {моє повне ім’я} initials {лише мої ініціали} other {нічого: враховувати мій підпис, але не вносити мене до списку}}',
  'sign.submit': 'Підписати',
  // review: {state} is a country name in the nominative, hence держави {state}
  'sign.risky':
    '{jurisdiction, select, none {Ваш поштовий провайдер, {provider}, належить до тих, щодо яких застерігають організатори цього листа: влада держави, якої стосується лист, може мати змогу читати вашу пошту.} other {Ваш поштовий провайдер, {provider}, підпадає під дію законів держави {state}, влада якої може читати вашу пошту. {chosen, select, yes {Цей лист стосується держави {state}.} other {Якщо цей лист стосується держави {state}, надіслане нами підтвердження повідомить її владі, що ви підписали лист.}}}}',
  'sign.riskyChoices': 'Ви можете вказати іншу адресу, підписати лист без зазначення імені в списку (підпис лише враховується в загальній кількості) або все ж продовжити.',
  'sign.fieldName':
    '{field, select, name {Ім’я} email {Електронна пошта} country {Країна} kind {Я підписую як} title {Посада} parliament {Парламент} party {Партія} organization {Організація} role {Ваша роль в організації} website {Вебсайт} display {Показувати в публічному списку} other {Це поле}}',
  'sign.error':
    '{reason, select, required {{field}: це поле обов’язкове.} requiredForKind {{field}: це поле обов’язкове, якщо ви підписуєте як {kind, select, legislator {парламентар} organization {організація} other {приватна особа}}.} tooLong {{field}: занадто довге значення.} kindNotAccepted {Цей лист не приймає підписів від {kind, select, legislator {парламентарів} organization {організацій} other {приватних осіб}}.} email {{field}: на цю адресу електронної пошти неможливо надіслати повідомлення.} website {{field}: це не вебадреса (наприклад, https://example.org).} noLink {{field}: вебадреси тут не приймаються.} noLetter {{field}: тут має бути щонайменше одна літера або цифра.} choose {{field}: будь ласка, виберіть один із варіантів.} other {{field}: неприпустиме значення; будь ласка, перевірте введені дані.}}',
  'sign.errorsHeading':
    '{n, plural, =1 {У введених даних є помилка} one {У введених даних є # помилка} few {У введених даних є # помилки} many {У введених даних є # помилок} other {У введених даних є # помилки}}',

  'check.title': 'Перевірте електронну пошту',
  'check.sent': 'Ми надіслали повідомлення на вказану вами адресу. Ваш підпис буде враховано, щойно ви відкриєте посилання в ньому й підтвердите підпис.',
  'check.nothing': 'Нічого не надійшло? Перевірте теку «Спам» або підпишіть лист ще раз, щоб повідомлення надіслали повторно.',

  'shown.list': 'У публічному списку',
  'shown.notListed': '<strong>Не внесено до списку</strong>: підпис враховується, але ім’я не зазначається',
  'shown.kind': 'Ви підписуєте як',
  'shown.country': 'Країна',
  'shown.display': 'Відображається',
  'shown.displayChoice': '{display, select, full {ваше повне ім’я} initials {лише ваші ініціали} other {не внесено до списку: підпис враховується, але ім’я не зазначається}}',

  'confirm.title': 'Підтвердьте свій підпис',
  'confirm.closedHeading': 'Збір підписів під цим листом завершено',
  'confirm.closed': 'Збір підписів під листом <letter>{title}</letter> завершився {date}, ще до вашого підтвердження, тому ваш підпис не додано.',
  'confirm.alreadyHeading': 'Цю адресу вже використано для підпису',
  'confirm.already':
    'Підпис із цієї адреси під листом <letter>{title}</letter> уже підтверджено з іншими даними, і вони залишаються чинними. Це посилання не може їх змінити: щоб підписати інакше, відкличте той підпис (за посиланням у повідомленні про нього) і підпишіть знову.',
  'confirm.withdrawnHeading': 'Цей підпис відкликано',
  'confirm.withdrawn': 'Підпишіть лист <letter>{title}</letter> ще раз, щоб повернути підпис.',
  'confirm.doneHeading': 'Ваш підпис підтверджено',
  'confirm.heading': 'Підтвердьте свій підпис',
  'confirm.doneIntro': 'Під листом <letter>{title}</letter> він має такий вигляд:',
  'confirm.intro': 'Після підтвердження під листом <letter>{title}</letter> буде оприлюднено таке:',
  'confirm.careful': 'Якщо це не ті дані, які ви вказали, не підтверджуйте: без натискання цієї кнопки нічого не оприлюднюється.',
  'confirm.submit': 'Підтвердити мій підпис',

  'confirmed.title': 'Підпис підтверджено',
  'confirmed.heading': 'Дякуємо: ваш підпис підтверджено',
  'confirmed.withheld':
    'Тепер його враховано. Ваше ім’я з’явиться в списку, коли лист підпише достатньо людей з вашої країни, або в день офіційного оприлюднення листа: доти ніхто не є єдиним видимим підписантом зі своєї країни.',
  'confirmed.published': 'Тепер його враховано, і він відображається під листом так, як ви обрали.',
  'confirmed.receipt': 'Ваша квитанція: запис <strong>{position, number}</strong> у журналі листа, хеш <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Ваша квитанція: запис <strong>{position, number}</strong> у журналі листа, хеш <code>{hash}</code>; він входить до підписаного цим сайтом стану журналу з {size, plural, one {# запису} few {# записів} many {# записів} other {# запису}}.',
  'confirmed.keep': 'Збережіть її: з нею будь-хто може перевірити, що ваш підпис було записано, що відтоді ніхто не переписав список і чи ви досі в ньому.',
  'confirmed.check': 'Щоб перевірити її (<how>як це зробити</how>):',
  'confirmed.batched':
    'Він з’явиться під листом разом із наступною групою підписів. Нові підписи оприлюднюються разом, по кілька за раз, щоб ніхто, хто стежить за списком, не міг визначити, коли ви підписали.',
  'confirmed.batchedReceipt': 'Після цього вашу квитанцію з журналу листа можна буде знайти на сторінці, яку відкриває посилання для відкликання підпису (в отриманому вами повідомленні).',
  'confirmed.held': 'Він з’явиться під листом після перевірки організаторами; тоді ж його буде записано до журналу листа.',
  'confirmed.see': 'Переглянути лист і список підписантів',

  'withdraw.title': 'Відкликати підпис',
  'withdraw.doneHeading': 'Ваш підпис відкликано',
  'withdraw.heading': 'Відкликати підпис',
  'withdraw.from': 'Лист <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Після відкликання підпис буде вилучено з публічного списку, з підрахунків і з усіх файлів для завантаження.',
  'withdraw.submit': 'Відкликати мій підпис',
  'withdraw.storedHeading': 'Які дані про вас ми зберігаємо',
  'withdraw.name': 'Ім’я',
  'withdraw.titleField': 'Посада',
  'withdraw.parliament': 'Парламент',
  'withdraw.party': 'Партія',
  'withdraw.organization': 'Організація',
  'withdraw.website': 'Вебсайт',
  'withdraw.country': 'Країна',
  'withdraw.email': 'Електронна пошта',
  'withdraw.emailStored': '{email} (у зашифрованому вигляді; ніколи не оприлюднюється)',
  'withdraw.erased': 'видалено',
  'withdraw.shownAs': 'Відображається як',
  'withdraw.signed': 'Підписано',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; підтверджено {confirmed}',
  'withdraw.publicList': 'Публічний список',
  'withdraw.publication':
    '{state, select, held {не в списку: очікує перевірки організаторами} batched {підтверджено; буде додано до списку з наступною групою підписів (їх оприлюднюють разом, щоб ніхто не міг визначити, коли ви підписали)} published {у списку} other {враховано; ваше ім’я з’явиться в списку, коли лист підпише достатньо людей з вашої країни, або в день офіційного оприлюднення листа}}',
  'withdraw.receipt': 'Квитанція з журналу',
  'withdraw.receiptText': 'запис {position, number}, хеш <code>{hash}</code>. Щоб будь-коли перевірити, що ви досі в списку (а якщо ні — хто вас вилучив):',
  'withdraw.invitation': 'Запрошення',
  'withdraw.invitationText':
    '{accepted, select, yes {{date} організатори надіслали запрошення на адресу {email} (зберігається в зашифрованому вигляді) з такими даними: {details}; ви підписали лист за цим запрошенням.} other {{date} організатори надіслали запрошення на адресу {email} (зберігається в зашифрованому вигляді) з такими даними: {details}.}} Відкликання або видалення підпису припиняє дію запрошення й також видаляє ці дані.',
  'withdraw.network': 'Мережева адреса',
  'withdraw.networkFingerprint': 'не зберігається; зберігається лише її хеш із секретним ключем, щоб виявляти масові фальшиві підписи',
  'withdraw.networkNone': 'не зберігається',
  'withdraw.eraseText': 'Ви можете видалити всі ці дані просто зараз: підпис зникне зі списку та підрахунків, і жодних відомостей про вас не залишиться.',
  'withdraw.erase': 'Видалити всі дані про мене',

  'withdrawn.title': 'Підпис відкликано',
  'withdrawn.heading': 'Ваш підпис відкликано',
  'withdrawn.effect': 'Він більше не відображається під листом і не враховується.',
  'withdrawn.proof':
    'Журнал листа фіксує відкликання разом із доказом, створеним на основі вашого посилання для відкликання, якого немає ні в кого іншого: з вашою квитанцією та цим посиланням програма перевірки покаже, що відкликання здійснили саме ви (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), а відкликання, записане кимось іншим, — ні.',

  'erased.title': 'Видалено',
  'erased.heading': 'Видалено',
  'erased.text': 'Ваш підпис і всі пов’язані з ним дані видалено.',

  'reconsent.title': 'Лист змінився',
  'reconsent.doneHeading': 'Ви погодилися з чинним текстом',
  'reconsent.heading': 'Лист, який ви підписали, змінився',
  'reconsent.versions': '<letter>{title}</letter>: ви підписали версію {signed, number}; чинна версія тексту — {current, number}.',
  'reconsent.version': 'Версія {version, number}',
  'reconsent.editorial': 'Версія {version, number} (редакційне виправлення)',
  'reconsent.submit': 'Я підписую новий текст',
  'reconsent.otherwise': 'Якщо ви цього не зробите, ваш підпис залишиться в списку як поставлений під версією {signed, number}.',
  'reconsented.title': 'Дякуємо',
  'reconsented.heading': 'Дякуємо: ви підписали версію {version, number}',
  'reconsented.receipt': 'Ваша нова квитанція: запис <strong>{position, number}</strong> у журналі листа, хеш <code>{hash}</code>.',
  'reconsented.check': 'Щоб перевірити її:',

  'diff.field': '{field, select, title {Заголовок} addressee {Адресат} summary {Стислий виклад} body {Текст} language {Мова} other {{field}}}',

  'embed.signatories': '{n, plural, one {підписант} few {підписанти} many {підписантів} other {підписанта}}',
  'embed.readAndSign': 'Прочитати й підписати',
  'embed.read': 'Прочитати лист',

  'invitation.founding': 'Перший етап: за запрошеннями',
  'invitation.badge': 'Запрошення до підписання',
  'invitation.usedHeading': 'Це запрошення вже використано',
  'invitation.used':
    'За ним уже підписано цей лист, а запрошення дійсне лише для одного підпису: поставлений за ним підпис залишається таким, яким його було надано. Із цим посиланням більше нічого зробити не можна.',
  'invitation.signAs': 'Підписати як {name}',
  'invitation.hint': 'Організатори надіслали запрошення на цю адресу; підпис тут не потребує додаткового підтвердження й буде позначений як перевірений. Виправте неправильні дані, якщо вони є.',
  'invitation.submit': 'Підписати лист',
  'invitation.closedOn': 'Збір підписів під цим листом завершився {date}; нові підписи не приймаються.',
  'invitation.notOpen': 'Підписи під цим листом зараз не приймаються.',

  'error.heading':
    '{status, number} · {status, select, 400 {Неправильний запит} 403 {Доступ заборонено} 404 {Не знайдено} 405 {Дію не дозволено} 409 {Конфлікт} 410 {Видалено} 413 {Завеликий обсяг} 415 {Непідтримуваний тип} 429 {Забагато запитів} 503 {Сервіс недоступний} other {Помилка}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Такого листа немає, або його не оприлюднено.} NOT_FOUND {За цією адресою нічого немає.} TOKEN_UNKNOWN {Це посилання недійсне. Переконайтеся, що його скопійовано з повідомлення повністю.} TOKEN_EXPIRED {Термін дії цього посилання минув. Підпишіть лист ще раз, щоб отримати нове.} LETTER_CLOSED {Збір підписів під цим листом завершено; нові підписи не приймаються.} ALREADY_SIGNED {З цієї адреси вже підписано цей лист — з іншими даними, які залишаються чинними. Щоб їх змінити, відкличте той підпис і підпишіть знову.} SIGNATURE_WITHDRAWN {Цей підпис відкликано; підпишіть лист ще раз, щоб повернути його.} SIGNATURE_NOT_ACTIVE {Цей підпис неактивний; натомість підпишіть лист знову.} RATE_LIMITED {Забагато спроб звідси: будь ласка, трохи зачекайте й спробуйте знову.} CROSS_ORIGIN {Цю форму надіслано з іншого сайту, тому її відхилено. Відкрийте сторінку знову й надішліть форму з неї.} DATABASE_UNAVAILABLE {Сервіс зараз недоступний; будь ласка, спробуйте трохи згодом.} INTERNAL_ERROR {На нашому боці сталася помилка; її зареєстровано.} other {Не вдалося виконати запит ({code}).}}',

  'mail.footerSigner':
    'Надіслано сайтом {siteName}, оскільки цю адресу було вказано під час підписання відкритого листа. Вашу адресу електронної пошти ніколи не оприлюднюють. Якщо це були не ви, проігноруйте це повідомлення або відкличте підпис за посиланням вище.',
  'mail.footerSigned': 'Надіслано сайтом {siteName}, оскільки цю адресу було вказано під час підписання відкритого листа. Вашу адресу електронної пошти ніколи не оприлюднюють.',
  'mail.footerReconsent': 'Надіслано сайтом {siteName}, оскільки ви підписали цей лист. Вашу адресу електронної пошти ніколи не оприлюднюють.',
  'mail.orOpen': 'Або відкрийте це посилання:',
  'mail.readLetter': 'Прочитати лист',
  'mail.theLetter': 'Лист: {url}',

  'mail.confirm.subject': 'Підтвердьте свій підпис: {title}',
  'mail.confirm.thanks': 'Дякуємо, що підписали лист <strong>{title}</strong> (адресат: {addressee}).',
  'mail.confirm.counts': 'Ваш підпис буде враховано після того, як ви підтвердите, що ця адреса належить вам. Після підтвердження буде оприлюднено таке:',
  'mail.confirm.careful': 'Якщо це не ті дані, які ви вказали, не підтверджуйте: без переходу за цим посиланням нічого не оприлюднюється.',
  'mail.confirm.button': 'Підтвердити мій підпис',
  'mail.confirm.valid': 'Посилання дійсне 7 днів.',
  'mail.confirm.openToConfirm': 'Щоб підтвердити, відкрийте це посилання (дійсне 7 днів):',
  'mail.confirm.changedMind': 'Передумали? <withdraw>Відкличте свій підпис</withdraw> — зараз або пізніше.',
  'mail.confirm.changedMindText': 'Передумали? Відкличте свій підпис — зараз або пізніше:',

  'mail.already.subject': 'Ви вже підписали: {title}',
  'mail.already.again': 'Хтось — імовірно, ви — знову спробував підписати лист <strong>{title}</strong> з цієї адреси.',
  'mail.already.stands': 'Ви вже підписали його, і ваш підпис залишається чинним; нічого не змінилося.',
  'mail.already.withdraw': 'Щоб забрати свій підпис, <withdraw>відкличте його</withdraw>.',
  'mail.already.withdrawText': 'Щоб відкликати підпис, відкрийте:',

  'mail.reconsent.subject': 'Підписаний вами лист змінився: {title}',
  'mail.reconsent.changed': 'Організатори листа <strong>{title}</strong> змінили його текст після того, як ви підписали версію {from, number}: тепер це версія {to, number}.',
  'mail.reconsent.shown': 'Доки ви не погодитеся з новим текстом, ваш підпис відображається як поставлений під попереднім текстом.',
  'mail.reconsent.see': '<versions>Перегляньте, що саме змінилося</versions>.',
  'mail.reconsent.seeText': 'Перегляньте, що саме змінилося:',
  'mail.reconsent.button': 'Переглянути й підписати новий текст',
  'mail.reconsent.withdraw': 'Якщо ви більше не підтримуєте лист, <withdraw>відкличте свій підпис</withdraw>.',
  'mail.reconsent.withdrawText': 'Якщо ви більше не підтримуєте лист, відкличте свій підпис:',

  'mail.invitation.subject': 'Запрошення підписати лист: {title}',
  // review: gender-neutral greeting chosen instead of Шановний/Шановна, since the gender of {name} is unknown
  'mail.invitation.dear': 'Добрий день, {name}!',
  'mail.invitation.invited':
    '{founding, select, yes {Запрошуємо вас підписати відкритий лист <strong>{title}</strong> (адресат: {addressee}) серед перших підписантів, ще до того, як його буде відкрито для всіх.} other {Запрошуємо вас підписати відкритий лист <strong>{title}</strong> (адресат: {addressee}).}}',
  'mail.invitation.button': 'Прочитати лист і підписати',
  'mail.invitation.personal': 'Посилання призначене особисто для вас і дійсне 30 днів. Підпис за ним не потребує додаткового підтвердження й буде позначений як перевірений.',

  'mail.delivery.to': 'Адресат: {name}',
  'mail.delivery.attached': 'Лист і повний список його підписантів ({summary}) додано у форматі PDF і оприлюднено за адресою {url}.',

  'pdf.signatories': 'Підписанти',
  'pdf.legend':
    '✓ перевірено: підписант написав з поштового домену установи (з позначкою «пише з домену @domain»), був запрошений організаторами або схвалений ними. Кожен підпис підтверджено підписантом електронною поштою. Посади та належність до організацій зазначено лише для ідентифікації.',
  'pdf.unlisted':
    '{n, plural, one {Ще # підписант урахований, але на власне прохання не названий.} few {Ще # підписанти враховані, але на власне прохання не названі.} many {Ще # підписантів враховано, але на власне прохання не названо.} other {Ще # підписанта враховано, але на власне прохання не названо.}}',
  'pdf.withheld':
    '{n, plural, one {Ще # підписант урахований, але з міркувань безпеки його ім’я поки не оприлюднено} few {Ще # підписанти враховані, але з міркувань безпеки їхні імена поки не оприлюднено} many {Ще # підписантів враховано, але з міркувань безпеки їхні імена поки не оприлюднено} other {Ще # підписанта враховано, але з міркувань безпеки їхні імена поки не оприлюднено}} (імена з кожної країни оприлюднюються, коли лист підпише достатньо людей з неї, а всі імена — в день офіційного оприлюднення листа).',
  'pdf.version': '{url} · версія тексту {version, number} · створено {date}',
  'pdf.ledger':
    'Журнал підписантів: {n, plural, one {# запис} few {# записи} many {# записів} other {# запису}}, останній запис <code>{head}</code>, корінь дерева Merkle <code>{root}</code>, підписано ключем екземпляра <code>{key}</code>.',
  'pdf.witnessed':
    '{count, plural, one {# свідок засвідчив} few {# свідки засвідчили} many {# свідків засвідчили} other {# свідка засвідчили}} його {size, plural, =1 {перший запис} one {перші # запис} few {перші # записи} many {перші # записів} other {перші # запису}}.',
  'pdf.check': 'Будь-хто може перевірити, що відтоді список змінювався лише внаслідок подій, записаних у журнал:',
  'pdf.page': '{title} · сторінка {page} з {pages}',
  'pdf.translationOf': 'Переклад ({language}); мова оригіналу: {original}. Визначальним є текст оригіналу.',
  'pdf.original': 'Оригінал',
  'pdf.translation': 'Переклад',
  // Issue 20: the workspace's pages.
  'home.organizers': 'Організовуєте лист?',
  'home.signIn': 'Увійдіть до свого робочого простору',
  // review: {organizers} (a list of names) is put in parentheses after організатори листа, so that the verb запросили agrees whatever the names are
  'mail.footer.invitation':
    'Ви отримали це повідомлення, бо {named, select, yes {організатори листа «{title}» ({organizers})} other {організатори листа «{title}»}} запросили цю адресу підписати лист через сайт {siteName}. Доки ви самі не підпишете, нічого не буде підписано; вашу адресу електронної пошти ніколи не оприлюднюють.',
  'mail.footer.delivery':
    'Ви отримали це повідомлення, бо ця адреса належить одному з адресатів відкритого листа «{title}», який {named, select, yes {його організатори ({organizers})} other {його організатори}} надіслали через сайт {siteName} від імені підписантів. На публічній сторінці листа адресатів названо на ім’я, але їхніх адрес ніколи не вказано.',
  'mail.rejected.subject': 'Ваш підпис не прийнято: {title}',
  'mail.rejected.decided': 'Організатори листа <strong>{title}</strong> розглянули ваш підпис ({name}) і не прийняли його.',
  'mail.rejected.effect': 'Він не відображається під листом і не враховується.',
  'mail.rejected.data': 'Які дані про ваш підпис зберігаються і як їх видалити: <withdraw>сторінка вашого підпису</withdraw>.',
  'mail.rejected.dataText': 'Які дані про ваш підпис зберігаються і як їх видалити:',
  'mail.invitation.from': '{named, select, yes {Запрошення надіслали організатори листа ({organizers}).} other {Запрошення надіслали організатори листа.}}',
  'mail.delivery.from':
    '{named, select, yes {Цей лист надсилають вам його організатори ({organizers}) від імені підписантів.} other {Цей лист надсилають вам його організатори від імені підписантів.}}',

  // Issue 20: the workspace's pages.
  'sign.news': 'Надсилати мені новини про цей лист (не частіше ніж {n, plural, =1 {один раз} one {# раз} few {# рази} many {# разів} other {# раза}} на місяць)',
  'sign.newsHint': 'Необов’язково. У кожному повідомленні є посилання, щоб відмовитися від них; ваш підпис залишиться.',
  'mail.update.subject': 'Новини листа «{title}»: {update}',
  'mail.update.news': 'Новини від організаторів листа <strong>{title}</strong>, який ви підписали:',
  'mail.update.unsubscribe':
    'Ви отримуєте не більше ніж {n, plural, =1 {одне таке повідомлення} one {# таке повідомлення} few {# такі повідомлення} many {# таких повідомлень} other {# такого повідомлення}} на місяць. <unsubscribe>Відпишіться</unsubscribe> одним клацанням; ваш підпис залишиться.',
  'mail.update.unsubscribeText':
    'Ви отримуєте не більше ніж {n, plural, =1 {одне таке повідомлення} one {# таке повідомлення} few {# такі повідомлення} many {# таких повідомлень} other {# такого повідомлення}} на місяць. Щоб відписатися (ваш підпис залишиться), відкрийте:',
  'mail.footer.update':
    'Ви отримали це повідомлення, бо, підписуючи лист «{title}» через сайт {siteName}, попросили надсилати вам новини про нього. Вашу адресу електронної пошти ніколи не оприлюднюють.',
  'unsubscribe.title': 'Новини про цей лист',
  'unsubscribe.heading': 'Відмовитися від новин про цей лист?',
  'unsubscribe.doneHeading': 'Новин про цей лист більше не буде',
  'unsubscribe.about': 'Організатори листа <letter>{title}</letter> надсилають новини про нього тим підписантам, які про це попросили.',
  'unsubscribe.effect': 'Ви більше не отримуватимете їх. Ваш підпис залишається під листом без змін.',
  'unsubscribe.done': 'Ви більше не отримуватимете новин про лист <letter>{title}</letter>. Ваш підпис залишається під листом без змін.',
  'unsubscribe.submit': 'Відписатися',
  'updates.heading': 'Новини від організаторів',
  'updates.sent': 'Надіслано {date}',
  'withdraw.news': 'Новини про лист',
  'withdraw.newsState': '{news, select, yes {ви їх замовили: вони надходять на вашу адресу, доки ви не відпишетеся або не відкличете підпис} other {немає}}',
  'addressees.heading': 'Адресати',
  'addressees.intro':
    'Лист надіслано кожному з цих адресатів електронною поштою. Тут наведено їхні імена, але ніколи не їхні адреси; адресата, який не відповів протягом {days, plural, one {# дня} few {# днів} many {# днів} other {# дня}} після надсилання, позначено як «немає відповіді».',
  'addressees.ungrouped': 'Інші адресати',
  // review: the English {group}: {counts} would be identical, so a dash is used instead of the colon (as in ws.section.pageTitle)
  'addressees.summary': '{hasGroup, select, yes {{group} — {counts}} other {{counts}}}',
  // review: label: count form (відповіли: 3), as in ws.delivery.count, so that no verb agrees with the number; за N днів in the accusative
  'addressees.count':
    '{state, select, replied {відповіли: {n, number}} bounced {не доставлено: {n, number}} noReply {немає відповіді за {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}: {n, number}} sent {надіслано: {n, number}} awaiting {очікують відповіді: {n, number}} other {надсилається: {n, number}}}',
  'addressees.col.name': 'Ім’я',
  'addressees.col.state': 'Стан',
  'addressees.state':
    '{state, select, replied {<reply>Відповідь отримано {date}</reply>} bounced {Не доставлено} noReply {Немає відповіді за {days, plural, one {# день} few {# дні} many {# днів} other {# дня}}} sent {Надіслано {date}} other {Надсилається}}',
  'replies.heading': 'Відповіді',
  'replies.received': 'Отримано {date}',
  'replies.mark': '{mark, select, dkim {Перевірено за DKIM для домену {domain}} organizer {Внесено організаторами} other {Отримано електронною поштою, не перевірено}}',
  'replies.documents': '{n, plural, one {# документ} few {# документи} many {# документів} other {# документа}}',
  'replies.read': 'Прочитати відповідь',
  // review: {addressee} after a colon, so that it need not be declined (Відповідь від would need the genitive)
  'reply.title': 'Відповідь: {addressee} · {title}',
  'reply.heading': 'Відповідь: {addressee}',
  'reply.inAnswer': 'У відповідь на відкритий лист <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Повідомлення підписали поштові сервери домену {domain} (DKIM), і цей домен збігається з доменом електронної адреси цього адресата: повідомлення надійшло з його поштової системи без змін.} organizer {Організатори отримали цю відповідь не електронною поштою через цей сайт, а інакше (наприклад, звичайною поштою) і внесли її в тому вигляді, у якому її написано.} other {Повідомлення надійшло електронною поштою без чинного підпису домену адресата: перевірити, хто його надіслав, неможливо.}}',
  'reply.documents': 'Документи',
  'reply.document': 'Документ {position, number}: {type}, {size}',
  'reply.ledger': 'Цю відповідь записано до публічного журналу листа, захищеного від непомітних змін, разом із хешами (SHA-256) її тексту та документів: <verify>як перевірити журнал</verify>.',
  'pdf.replies': 'Відповіді',
  'pdf.replyUrl': 'Онлайн: {url}',
} satisfies SiteCatalog;
