import type { SiteCatalog } from '../en/site-type.js';

/** Russian: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} и {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} и {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Перейти к содержанию',
  'site.footer': '{siteName}: открытые письма, подписанные и проверенные. Адреса электронной почты подписавших никогда не публикуются.',
  'site.languages': 'Языки',
  'site.backToLetter': 'Назад к письму',
  'site.backToStart': 'Назад на главную страницу',
  'site.choose': 'Выберите…',
  'site.optional': '(необязательно)',

  'home.title': 'Открытые письма',
  'home.intro':
    'Коллективные письма, подписанные парламентариями, организациями и частными лицами. Каждая подпись подтверждается по электронной почте; принадлежность к организациям и учреждениям проверяется там, где это возможно.',
  'home.to': 'Адресат: {addressee}',
  'home.none': 'Пока не опубликовано ни одного письма.',

  'status.open': 'Открыто для подписания',
  'status.closed': 'Сбор подписей завершён',
  'status.closedOn': 'Сбор подписей завершён {date}',
  'status.draft': 'Черновик',

  // review: legislator rendered as парламентарий (covers MPs, senators, deputies of any country); kind.choice follows the label Я подписываю как
  'kind.plural': '{kind, select, legislator {Парламентарии} organization {Организации} other {Частные лица}}',
  'kind.singular': '{kind, select, legislator {Парламентарий} organization {Организация} other {Частное лицо}}',
  'kind.choice': '{kind, select, legislator {парламентарий} organization {организация} other {частное лицо}}',

  'summary.legislators':
    '{legislators, plural, one {# парламентарий} few {# парламентария} many {# парламентариев} other {# парламентария}} из {countries, plural, one {# страны} few {# стран} many {# стран} other {# страны}}',
  'summary.organizations': '{n, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}',
  'summary.individuals': '{n, plural, one {# частное лицо} few {# частных лица} many {# частных лиц} other {# частного лица}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: after из the counted noun is genitive (из 1 парламентария, из 3/5 парламентариев), hence these forms
  'goal.progress':
    '{current, number} из {kind, select, legislator {{goal, plural, one {# парламентария} few {# парламентариев} many {# парламентариев} other {# парламентария}}} organization {{goal, plural, one {# организации} few {# организаций} many {# организаций} other {# организации}}} individual {{goal, plural, one {# частного лица} few {# частных лиц} many {# частных лиц} other {# частного лица}}} other {{goal, plural, one {# подписи} few {# подписей} many {# подписей} other {# подписи}}}}',
  'summary.none': 'Подписей пока нет',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Подписей пока нет} one {<strong>#</strong> подпись} few {<strong>#</strong> подписи} many {<strong>#</strong> подписей} other {<strong>#</strong> подписи}}',

  'letter.to': 'Кому: {addressee}',
  'letter.published': 'Опубликовано {date}',
  'letter.publishedUntil': 'Опубликовано {date} · подписи принимаются до {until}',
  'letter.outdated': 'Этот перевод соответствует версии {basedOn} текста, которая с тех пор изменилась (текущая версия — {current}); определяющим является текст оригинала.',
  // review: assumes {language} is a masculine adjective language name (немецкий), as Intl.DisplayNames gives for Russian
  'letter.untranslated': 'Это письмо не переведено на {language}: его текст показан на языке оригинала.',
  'letter.downloadPdf': 'Скачать в формате PDF',
  'letter.downloadCsv': 'Список подписавших в формате CSV',
  'letter.textLanguages': 'Текст на других языках',

  'signatories.heading': 'Подписавшие',
  'signatories.founding': 'Первые подписавшие',
  'signatories.others': 'Подписавшие',
  'signatories.pages': 'Страницы списка подписавших',
  'signatories.previous': 'Предыдущая страница',
  'signatories.next': 'Следующая страница',
  'signatories.page': 'Страница {page, number} из {pages, number}',
  'signatories.identification': 'Должности и принадлежность к организациям указаны исключительно для идентификации.',
  'signatories.unlisted': 'Учтены, но по собственной просьбе не указаны в списке: {n, number}.',
  'signatories.withheldUntil':
    'Имена будут опубликованы одновременно {date}; до тех пор подписи только подсчитываются (ожидают публикации: {n, plural, one {# имя} few {# имени} many {# имён} other {# имени}}).',
  'signatories.withheldThreshold':
    'Чтобы никто не оказался единственным видимым подписавшим из своей страны, имена из каждой страны публикуются после того, как {k, plural, one {письмо подпишет # человек} few {письмо подпишут # человека} many {письмо подпишут # человек} other {письмо подпишут # человека}} из этой страны. Уже учтены, но ещё не опубликованы: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Новые подписи добавляются в этот список группами, {unit, select, second {{n, plural, =1 {раз в секунду} one {раз в # секунду} few {раз в # секунды} many {раз в # секунд} other {раз в # секунды}}} minute {{n, plural, =1 {раз в минуту} one {раз в # минуту} few {раз в # минуты} many {раз в # минут} other {раз в # минуты}}} other {{n, plural, =1 {раз в час} one {раз в # час} few {раз в # часа} many {раз в # часов} other {раз в # часа}}}}, чтобы по списку нельзя было определить, когда кто-либо подписал письмо.',
  'signatories.history': '<history>С момента первого подписания текст изменился: см. историю изменений.</history>',
  'signatories.earlierVersion': '(подписана версия {version})',
  'signatories.verified': '✓ проверено',
  'signatories.verifiedDomain': '✓ проверено: пишет с домена @{domain}',
  'signatories.verifiedHow': '{how, select, domain {проверено: пишет с почтового домена учреждения} invited {проверено: по приглашению организаторов} other {проверено: одобрено организаторами}}',

  // review: ledger = журнал; the head is rendered as the last entry / the state of the ledger signed by the site
  'ledger.note':
    'Каждая подпись, добавленная в этот список или удалённая из него, записывается в журнал, защищённый от незаметных изменений: {n, plural, one {# запись} few {# записи} many {# записей} other {# записи}}, последняя — <code>{head}</code>; это состояние журнала сайт <checkpoint>подписал</checkpoint> своим <key>опубликованным ключом</key>.',
  'ledger.witnessed':
    '{count, plural, one {# независимый свидетель проверил, что журнал только пополнялся, и заверил} few {# независимых свидетеля проверили, что журнал только пополнялся, и заверили} many {# независимых свидетелей проверили, что журнал только пополнялся, и заверили} other {# независимого свидетеля проверили, что журнал только пополнялся, и заверили}} его {size, plural, =1 {первую запись} one {первые # запись} few {первые # записи} many {первые # записей} other {первые # записи}} (последний раз — {date}).',
  'ledger.unwitnessed': 'Пока ни один независимый свидетель не заверил журнал.',
  'ledger.check': '<ledger>Ознакомьтесь с журналом</ledger> или проверьте его самостоятельно с помощью <verifier>программы проверки</verifier>:',
  'ledger.short': 'Каждая подпись, добавленная в этот список или удалённая из него, записывается в журнал, защищённый от незаметных изменений: <verify>проверьте этот список</verify>.',

  // The pictures of the signatures (letters/pictures.ts): headings, and the words that say what each shows.
  'pictures.timelineHeading': 'Динамика подписей',
  'pictures.timelineAlt':
    'График динамики подписей: всего {total, plural, one {# подпись} few {# подписи} many {# подписей} other {# подписи}} с {from} по {to}; больше всего подписей — {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'География подписавших',
  'pictures.mapAlt':
    'Карта мира: подписавшие из {countries, plural, one {# страны} few {# стран} many {# стран} other {# страны}}, парламентарии — из {legislatorCountries, plural, one {# страны} few {# стран} many {# стран} other {# страны}}.',
  'pictures.legendLegislators': 'Парламентарии',
  'pictures.legendSignatories': 'Другие подписавшие',
  'pictures.byCountry': 'Подписавшие по странам',
  'pictures.countryLine':
    '{country}: {n, plural, one {# подписавший} few {# подписавших} many {# подписавших} other {# подписавшего}}{legislators, plural, =0 {} one {, из них # парламентарий} few {, из них # парламентария} many {, из них # парламентариев} other {, из них # парламентария}}',

  'verify.title': 'Проверка списка подписавших: {title}',
  'verify.heading': 'Проверьте список подписавших',

  'sign.heading': 'Подписать это письмо',
  'sign.honeypot': 'Оставьте это поле пустым',
  'sign.warningHeading': 'Прежде чем мы отправим подтверждение',
  'sign.otherAddress': '<other>Укажите другой адрес</other>: измените его ниже, затем подпишите. Пока ничего не отправлено.',
  'sign.countedOnly': 'Подписать без указания моего имени в списке (подпись только учитывается в общем числе)',
  'sign.countedOnlyHint': '— подтверждение всё равно будет отправлено на этот адрес',
  'sign.continue': 'Продолжить с этим адресом',
  'sign.as': 'Я подписываю как',
  'sign.name': 'Имя',
  'sign.nameHint': '(для организации — имя её представителя)',
  'sign.email': 'Электронная почта',
  'sign.emailHint': '(никогда не публикуется; сюда придёт ссылка для подтверждения)',
  'sign.country': 'Страна',
  'sign.title': 'Должность',
  'sign.titleHint': '(например, член парламента, сенатор)',
  'sign.parliament': 'Парламент',
  'sign.party': 'Партия',
  'sign.organization': 'Организация',
  'sign.role': 'Ваша роль в организации',
  'sign.website': 'Сайт',
  'sign.websiteHint': '(если ваш адрес электронной почты находится на домене этого сайта, подпись отмечается как проверенная)',
  'sign.display': 'Показывать в публичном списке',
  'sign.displayChoice': '{display, select, full {моё полное имя} initials {только мои инициалы} other {ничего: учитывать мою подпись, но не указывать меня в списке}}',
  'sign.submit': 'Подписать',
  // review: {state} is a country name in the nominative, hence государства {state}
  'sign.risky':
    '{jurisdiction, select, none {Ваш почтовый провайдер, {provider}, входит в число тех, о которых предупреждают организаторы этого письма: власти государства, которого касается письмо, могут иметь возможность читать вашу почту.} other {Ваш почтовый провайдер, {provider}, подчиняется законам государства {state}, власти которого могут читать вашу почту. {chosen, select, yes {Это письмо касается государства {state}.} other {Если это письмо касается государства {state}, отправленное нами подтверждение сообщит его властям, что вы подписали письмо.}}}}',
  'sign.riskyChoices': 'Вы можете указать другой адрес, подписать письмо без указания имени в списке (подпись только учитывается в общем числе) или всё же продолжить.',
  'sign.fieldName':
    '{field, select, name {Имя} email {Электронная почта} country {Страна} kind {Я подписываю как} title {Должность} parliament {Парламент} party {Партия} organization {Организация} role {Ваша роль в организации} website {Сайт} display {Показывать в публичном списке} other {Это поле}}',
  'sign.error':
    '{reason, select, required {{field}: это поле обязательно.} requiredForKind {{field}: это поле обязательно, если вы подписываете как {kind, select, legislator {парламентарий} organization {организация} other {частное лицо}}.} tooLong {{field}: слишком длинное значение.} kindNotAccepted {Это письмо не принимает подписи от {kind, select, legislator {парламентариев} organization {организаций} other {частных лиц}}.} email {{field}: на этот адрес электронной почты невозможно отправить сообщение.} website {{field}: это не веб-адрес (например, https://example.org).} noLink {{field}: веб-адреса здесь не принимаются.} noLetter {{field}: здесь должна быть хотя бы одна буква или цифра.} choose {{field}: пожалуйста, выберите один из вариантов.} other {{field}: недопустимое значение; пожалуйста, проверьте введённые данные.}}',
  'sign.errorsHeading':
    '{n, plural, =1 {В заполненной форме есть ошибка} one {В заполненной форме # ошибка} few {В заполненной форме # ошибки} many {В заполненной форме # ошибок} other {В заполненной форме # ошибки}}',

  'check.title': 'Проверьте электронную почту',
  'check.sent': 'Мы отправили сообщение на указанный вами адрес. Ваша подпись будет учтена после того, как вы откроете ссылку в нём и подтвердите подпись.',
  'check.nothing': 'Ничего не пришло? Проверьте папку «Спам» или подпишите письмо ещё раз, чтобы сообщение было отправлено повторно.',

  'shown.list': 'В публичном списке',
  'shown.notListed': '<strong>Не указано в списке</strong>: подпись учитывается, но имя не называется',
  'shown.kind': 'Вы подписываете как',
  'shown.country': 'Страна',
  'shown.display': 'Отображается',
  'shown.displayChoice': '{display, select, full {ваше полное имя} initials {только ваши инициалы} other {не указано в списке: подпись учитывается, но имя не называется}}',

  'confirm.title': 'Подтвердите свою подпись',
  'confirm.closedHeading': 'Сбор подписей под этим письмом завершён',
  'confirm.closed': 'Сбор подписей под письмом <letter>{title}</letter> завершился {date}, до вашего подтверждения, поэтому ваша подпись не была добавлена.',
  'confirm.alreadyHeading': 'Этот адрес уже использован для подписи',
  'confirm.already':
    'Подпись с этого адреса под письмом <letter>{title}</letter> уже подтверждена с другими данными, и они остаются в силе. Эта ссылка не может их изменить: чтобы подписать иначе, отзовите ту подпись (по ссылке из сообщения о ней) и подпишите снова.',
  'confirm.withdrawnHeading': 'Эта подпись была отозвана',
  'confirm.withdrawn': 'Подпишите письмо <letter>{title}</letter> ещё раз, чтобы вернуть подпись.',
  'confirm.doneHeading': 'Ваша подпись подтверждена',
  'confirm.heading': 'Подтвердите свою подпись',
  'confirm.doneIntro': 'Под письмом <letter>{title}</letter> она выглядит так:',
  'confirm.intro': 'После подтверждения под письмом <letter>{title}</letter> будет опубликовано следующее:',
  'confirm.careful': 'Если это не те данные, которые вы указали, не подтверждайте: без нажатия этой кнопки ничего не публикуется.',
  'confirm.submit': 'Подтвердить мою подпись',

  'confirmed.title': 'Подпись подтверждена',
  'confirmed.heading': 'Спасибо: ваша подпись подтверждена',
  'confirmed.withheld':
    'Теперь она учитывается. Ваше имя появится в списке, когда письмо подпишет достаточно людей из вашей страны, или в день официальной публикации письма: до тех пор никто не оказывается единственным видимым подписавшим из своей страны.',
  'confirmed.published': 'Теперь она учитывается и отображается под письмом так, как вы выбрали.',
  'confirmed.receipt': 'Ваша квитанция: запись <strong>{position, number}</strong> в журнале письма, хеш <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Ваша квитанция: запись <strong>{position, number}</strong> в журнале письма, хеш <code>{hash}</code>; она входит в подписанное этим сайтом состояние журнала из {size, plural, one {# записи} few {# записей} many {# записей} other {# записи}}.',
  'confirmed.keep': 'Сохраните её: с ней любой может проверить, что ваша подпись была записана, что с тех пор никто не переписал список и остаётесь ли вы в нём.',
  'confirmed.check': 'Чтобы проверить её (<how>как это сделать</how>):',
  'confirmed.batched':
    'Она появится под письмом вместе со следующей группой подписей. Новые подписи публикуются вместе, по нескольку за раз, чтобы никто, наблюдающий за списком, не мог определить, когда вы подписали.',
  'confirmed.batchedReceipt': 'После этого ваша квитанция из журнала письма будет доступна на странице, которая открывается по ссылке для отзыва подписи (в полученном вами сообщении).',
  'confirmed.held': 'Она появится под письмом после проверки организаторами; тогда же она будет записана в журнал письма.',
  'confirmed.see': 'Посмотреть письмо и список подписавших',

  'withdraw.title': 'Отозвать подпись',
  'withdraw.doneHeading': 'Ваша подпись отозвана',
  'withdraw.heading': 'Отозвать подпись',
  'withdraw.from': 'Письмо <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'После отзыва подпись будет удалена из публичного списка, из подсчётов и из всех загружаемых файлов.',
  'withdraw.submit': 'Отозвать мою подпись',
  'withdraw.storedHeading': 'Какие данные о вас мы храним',
  'withdraw.name': 'Имя',
  'withdraw.titleField': 'Должность',
  'withdraw.parliament': 'Парламент',
  'withdraw.party': 'Партия',
  'withdraw.organization': 'Организация',
  'withdraw.website': 'Сайт',
  'withdraw.country': 'Страна',
  'withdraw.email': 'Электронная почта',
  'withdraw.emailStored': '{email} (в зашифрованном виде; никогда не публикуется)',
  'withdraw.erased': 'удалено',
  'withdraw.shownAs': 'Отображается как',
  'withdraw.signed': 'Подписано',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; подтверждено {confirmed}',
  'withdraw.publicList': 'Публичный список',
  'withdraw.publication':
    '{state, select, held {не в списке: ожидает проверки организаторами} batched {подтверждено; будет добавлено в список со следующей группой подписей (они публикуются вместе, чтобы никто не мог определить, когда вы подписали)} published {в списке} other {учтено; ваше имя появится в списке, когда письмо подпишет достаточно людей из вашей страны, или в день официальной публикации письма}}',
  'withdraw.receipt': 'Квитанция из журнала',
  'withdraw.receiptText': 'запись {position, number}, хеш <code>{hash}</code>. Чтобы в любой момент проверить, что вы всё ещё в списке (а если нет — кто вас удалил):',
  'withdraw.invitation': 'Приглашение',
  'withdraw.invitationText':
    '{accepted, select, yes {{date} организаторы отправили приглашение на адрес {email} (хранится в зашифрованном виде) со следующими данными: {details}; вы подписали письмо по этому приглашению.} other {{date} организаторы отправили приглашение на адрес {email} (хранится в зашифрованном виде) со следующими данными: {details}.}} Отзыв или удаление подписи прекращает действие приглашения и удаляет также эти данные.',
  'withdraw.network': 'Сетевой адрес',
  'withdraw.networkFingerprint': 'не хранится; хранится только его хеш с секретным ключом, чтобы выявлять массовые поддельные подписи',
  'withdraw.networkNone': 'не хранится',
  'withdraw.eraseText': 'Вы можете удалить все эти данные прямо сейчас: подпись исчезнет из списка и подсчётов, и никаких сведений о вас не останется.',
  'withdraw.erase': 'Удалить все данные обо мне',

  'withdrawn.title': 'Подпись отозвана',
  'withdrawn.heading': 'Ваша подпись отозвана',
  'withdrawn.effect': 'Она больше не отображается под письмом и не учитывается.',
  'withdrawn.proof':
    'Журнал письма фиксирует отзыв вместе с доказательством, созданным на основе вашей ссылки для отзыва, которой нет ни у кого другого: с вашей квитанцией и этой ссылкой программа проверки покажет, что отзыв был сделан вами (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), а отзыв, записанный кем-либо другим, — нет.',

  'erased.title': 'Удалено',
  'erased.heading': 'Удалено',
  'erased.text': 'Ваша подпись и все связанные с ней данные удалены.',

  'reconsent.title': 'Письмо изменилось',
  'reconsent.doneHeading': 'Вы подтвердили согласие с текущим текстом',
  'reconsent.heading': 'Письмо, которое вы подписали, изменилось',
  'reconsent.versions': '<letter>{title}</letter>: вы подписали версию {signed, number}; текущая версия текста — {current, number}.',
  'reconsent.version': 'Версия {version, number}',
  'reconsent.editorial': 'Версия {version, number} (редакционная правка)',
  'reconsent.submit': 'Я подписываю новый текст',
  'reconsent.otherwise': 'Если вы этого не сделаете, ваша подпись останется в списке как поставленная под версией {signed, number}.',
  'reconsented.title': 'Спасибо',
  'reconsented.heading': 'Спасибо: вы подписали версию {version, number}',
  'reconsented.receipt': 'Ваша новая квитанция: запись <strong>{position, number}</strong> в журнале письма, хеш <code>{hash}</code>.',
  'reconsented.check': 'Чтобы проверить её:',

  'diff.field': '{field, select, title {Заголовок} addressee {Адресат} summary {Краткое содержание} body {Текст} language {Язык} other {{field}}}',

  'embed.signatories': '{n, plural, one {подписавший} few {подписавших} many {подписавших} other {подписавшего}}',
  'embed.readAndSign': 'Прочитать и подписать',
  'embed.read': 'Прочитать письмо',

  'invitation.founding': 'Первый этап: по приглашениям',
  'invitation.badge': 'Приглашение к подписанию',
  'invitation.usedHeading': 'Это приглашение уже использовано',
  'invitation.used':
    'По нему уже подписано это письмо, а приглашение действует только для одной подписи: поставленная по нему подпись остаётся такой, какой была дана. С этой ссылкой больше ничего сделать нельзя.',
  'invitation.signAs': 'Подписать как {name}',
  'invitation.hint':
    'Организаторы отправили приглашение на этот адрес; подпись здесь не требует дополнительного подтверждения и будет отмечена как проверенная. Исправьте неверные данные, если они есть.',
  'invitation.submit': 'Подписать письмо',
  'invitation.closedOn': 'Сбор подписей под этим письмом завершился {date}; новые подписи не принимаются.',
  'invitation.notOpen': 'Подписи под этим письмом сейчас не принимаются.',

  'error.heading':
    '{status, number} · {status, select, 400 {Неверный запрос} 403 {Доступ запрещён} 404 {Не найдено} 405 {Действие не разрешено} 409 {Конфликт} 410 {Удалено} 413 {Слишком большой объём} 415 {Неподдерживаемый тип} 429 {Слишком много запросов} 503 {Сервис недоступен} other {Ошибка}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Такого письма нет, или оно не опубликовано.} NOT_FOUND {По этому адресу ничего нет.} TOKEN_UNKNOWN {Эта ссылка недействительна. Убедитесь, что она скопирована из сообщения полностью.} TOKEN_EXPIRED {Срок действия этой ссылки истёк. Подпишите письмо ещё раз, чтобы получить новую.} LETTER_CLOSED {Сбор подписей под этим письмом завершён; новые подписи не принимаются.} ALREADY_SIGNED {С этого адреса уже подписано это письмо — с другими данными, которые остаются в силе. Чтобы изменить их, отзовите ту подпись и подпишите снова.} SIGNATURE_WITHDRAWN {Эта подпись была отозвана; подпишите письмо ещё раз, чтобы вернуть её.} SIGNATURE_NOT_ACTIVE {Эта подпись неактивна; вместо этого подпишите письмо заново.} RATE_LIMITED {Слишком много попыток отсюда: пожалуйста, немного подождите и попробуйте снова.} CROSS_ORIGIN {Эта форма была отправлена с другого сайта, поэтому она отклонена. Откройте страницу заново и отправьте форму с неё.} DATABASE_UNAVAILABLE {Сервис сейчас недоступен; пожалуйста, повторите попытку чуть позже.} INTERNAL_ERROR {На нашей стороне произошла ошибка; она зарегистрирована.} other {Не удалось выполнить запрос ({code}).}}',

  'mail.footerSigner':
    'Отправлено сайтом {siteName}, поскольку этот адрес был указан при подписании открытого письма. Ваш адрес электронной почты никогда не публикуется. Если это были не вы, проигнорируйте это сообщение или отзовите подпись по ссылке выше.',
  'mail.footerSigned': 'Отправлено сайтом {siteName}, поскольку этот адрес был указан при подписании открытого письма. Ваш адрес электронной почты никогда не публикуется.',
  'mail.footerReconsent': 'Отправлено сайтом {siteName}, поскольку вы подписали это письмо. Ваш адрес электронной почты никогда не публикуется.',
  'mail.orOpen': 'Или откройте эту ссылку:',
  'mail.readLetter': 'Прочитать письмо',
  'mail.theLetter': 'Письмо: {url}',

  'mail.confirm.subject': 'Подтвердите свою подпись: {title}',
  'mail.confirm.thanks': 'Спасибо, что подписали письмо <strong>{title}</strong> (адресат: {addressee}).',
  'mail.confirm.counts': 'Ваша подпись будет учтена после того, как вы подтвердите, что этот адрес принадлежит вам. После подтверждения будет опубликовано следующее:',
  'mail.confirm.careful': 'Если это не те данные, которые вы указали, не подтверждайте: без перехода по этой ссылке ничего не публикуется.',
  'mail.confirm.button': 'Подтвердить мою подпись',
  'mail.confirm.valid': 'Ссылка действительна 7 дней.',
  'mail.confirm.openToConfirm': 'Чтобы подтвердить, откройте эту ссылку (действительна 7 дней):',
  'mail.confirm.changedMind': 'Передумали? <withdraw>Отзовите свою подпись</withdraw> — сейчас или позже.',
  'mail.confirm.changedMindText': 'Передумали? Отзовите свою подпись — сейчас или позже:',

  'mail.already.subject': 'Вы уже подписали: {title}',
  'mail.already.again': 'Кто-то — вероятно, вы — снова попытался подписать письмо <strong>{title}</strong> с этого адреса.',
  'mail.already.stands': 'Вы уже подписали его, и ваша подпись остаётся в силе; ничего не изменилось.',
  'mail.already.withdraw': 'Чтобы забрать свою подпись, <withdraw>отзовите её</withdraw>.',
  'mail.already.withdrawText': 'Чтобы отозвать подпись, откройте:',

  'mail.reconsent.subject': 'Подписанное вами письмо изменилось: {title}',
  'mail.reconsent.changed': 'Организаторы письма <strong>{title}</strong> изменили его текст после того, как вы подписали версию {from, number}: теперь это версия {to, number}.',
  'mail.reconsent.shown': 'Пока вы не подтвердите согласие с новым текстом, ваша подпись отображается как поставленная под прежним текстом.',
  'mail.reconsent.see': '<versions>Посмотрите, что именно изменилось</versions>.',
  'mail.reconsent.seeText': 'Посмотрите, что именно изменилось:',
  'mail.reconsent.button': 'Просмотреть и подписать новый текст',
  'mail.reconsent.withdraw': 'Если вы больше не поддерживаете письмо, <withdraw>отзовите свою подпись</withdraw>.',
  'mail.reconsent.withdrawText': 'Если вы больше не поддерживаете письмо, отзовите свою подпись:',

  'mail.invitation.subject': 'Приглашение подписать письмо: {title}',
  // review: gender-neutral greeting chosen instead of Уважаемый/Уважаемая, since the gender of {name} is unknown
  'mail.invitation.dear': 'Здравствуйте, {name}!',
  'mail.invitation.invited':
    '{founding, select, yes {Приглашаем вас подписать открытое письмо <strong>{title}</strong> (адресат: {addressee}) в числе первых подписавших, до того как оно станет доступно для всех.} other {Приглашаем вас подписать открытое письмо <strong>{title}</strong> (адресат: {addressee}).}}',
  'mail.invitation.button': 'Прочитать письмо и подписать',
  'mail.invitation.personal': 'Ссылка предназначена лично для вас и действительна 30 дней. Подпись по ней не требует дополнительного подтверждения и будет отмечена как проверенная.',

  'mail.delivery.to': 'Адресат: {name}',
  'mail.delivery.attached': 'Письмо и полный список подписавших его ({summary}) приложены в формате PDF и опубликованы по адресу {url}.',

  'pdf.signatories': 'Подписавшие',
  'pdf.legend':
    '✓ проверено: подписавший написал с почтового домена учреждения (с пометкой «пишет с домена @domain»), был приглашён организаторами или одобрен ими. Каждая подпись подтверждена подписавшим по электронной почте. Должности и принадлежность к организациям указаны исключительно для идентификации.',
  'pdf.unlisted':
    '{n, plural, one {Ещё # подписавший учтён, но по собственной просьбе не назван.} few {Ещё # подписавших учтены, но по собственной просьбе не названы.} many {Ещё # подписавших учтены, но по собственной просьбе не названы.} other {Ещё # подписавшего учтены, но по собственной просьбе не названы.}}',
  'pdf.withheld':
    '{n, plural, one {Ещё # подписавший учтён, но в целях безопасности его имя пока не опубликовано} few {Ещё # подписавших учтены, но в целях безопасности их имена пока не опубликованы} many {Ещё # подписавших учтены, но в целях безопасности их имена пока не опубликованы} other {Ещё # подписавшего учтены, но в целях безопасности их имена пока не опубликованы}} (имена из каждой страны публикуются, когда письмо подпишет достаточно людей из неё, а все имена — в день официальной публикации письма).',
  'pdf.version': '{url} · версия текста {version, number} · создано {date}',
  'pdf.ledger':
    'Журнал подписей: {n, plural, one {# запись} few {# записи} many {# записей} other {# записи}}, последняя запись <code>{head}</code>, корень дерева Merkle <code>{root}</code>, подписано ключом экземпляра <code>{key}</code>.',
  'pdf.witnessed':
    '{count, plural, one {# свидетель заверил} few {# свидетеля заверили} many {# свидетелей заверили} other {# свидетеля заверили}} его {size, plural, =1 {первую запись} one {первые # запись} few {первые # записи} many {первые # записей} other {первые # записи}}.',
  'pdf.check': 'Любой может проверить, что с тех пор список изменялся только в результате событий, записанных в журнал:',
  'pdf.page': '{title} · страница {page} из {pages}',
  'pdf.translationOf': 'Перевод ({language}); язык оригинала: {original}. Определяющим является текст оригинала.',
  'pdf.original': 'Оригинал',
  'pdf.translation': 'Перевод',
  // Issue 20: the workspace's pages.
  'home.organizers': 'Организуете письмо?',
  'home.signIn': 'Войдите в своё рабочее пространство',
  // review: {organizers} (a list of names) is put in parentheses after организаторы письма, so that the verb пригласили agrees whatever the names are
  'mail.footer.invitation':
    'Вы получили это сообщение, потому что {named, select, yes {организаторы письма «{title}» ({organizers})} other {организаторы письма «{title}»}} пригласили этот адрес подписать письмо через сайт {siteName}. Пока вы сами не подпишете, ничего не будет подписано; ваш адрес электронной почты никогда не публикуется.',
  'mail.footer.delivery':
    'Вы получили это сообщение, потому что этот адрес принадлежит одному из адресатов открытого письма «{title}», которое {named, select, yes {его организаторы ({organizers})} other {его организаторы}} отправили через сайт {siteName} от имени подписавших. На публичной странице письма адресаты перечислены по именам, но их адреса никогда не указываются.',
  'mail.rejected.subject': 'Ваша подпись не принята: {title}',
  'mail.rejected.decided': 'Организаторы письма <strong>{title}</strong> рассмотрели вашу подпись ({name}) и не приняли её.',
  'mail.rejected.effect': 'Она не отображается под письмом и не учитывается.',
  'mail.rejected.data': 'Какие данные о вашей подписи хранятся и как их удалить: <withdraw>страница вашей подписи</withdraw>.',
  'mail.rejected.dataText': 'Какие данные о вашей подписи хранятся и как их удалить:',
  'mail.invitation.from': '{named, select, yes {Приглашение отправили организаторы письма ({organizers}).} other {Приглашение отправили организаторы письма.}}',
  'mail.delivery.from':
    '{named, select, yes {Это письмо направляют вам его организаторы ({organizers}) от имени подписавших.} other {Это письмо направляют вам его организаторы от имени подписавших.}}',

  // Issue 20: the workspace's pages.
  // review: =1 gives “одного раза” for once; the other forms are genitive after не чаще (2 раз, 5 раз, 21 раза)
  'sign.news': 'Присылать мне новости об этом письме (не чаще {n, plural, =1 {одного раза} one {# раза} few {# раз} many {# раз} other {# раза}} в месяц)',
  'sign.newsHint': 'Необязательно. В каждом сообщении есть ссылка, чтобы отказаться от них; ваша подпись сохранится.',
  'mail.update.subject': 'Новости письма «{title}»: {update}',
  'mail.update.news': 'Новости от организаторов письма <strong>{title}</strong>, которое вы подписали:',
  'mail.update.unsubscribe':
    'Вы получаете не более {n, plural, =1 {одного такого сообщения} one {# такого сообщения} few {# таких сообщений} many {# таких сообщений} other {# такого сообщения}} в месяц. <unsubscribe>Отпишитесь</unsubscribe> одним щелчком; ваша подпись сохранится.',
  'mail.update.unsubscribeText':
    'Вы получаете не более {n, plural, =1 {одного такого сообщения} one {# такого сообщения} few {# таких сообщений} many {# таких сообщений} other {# такого сообщения}} в месяц. Чтобы отписаться (ваша подпись сохранится), откройте:',
  'mail.footer.update':
    'Вы получили это сообщение, потому что, подписывая письмо «{title}» через сайт {siteName}, попросили присылать вам новости о нём. Ваш адрес электронной почты никогда не публикуется.',
  'unsubscribe.title': 'Новости об этом письме',
  'unsubscribe.heading': 'Отказаться от новостей об этом письме?',
  'unsubscribe.doneHeading': 'Новостей об этом письме больше не будет',
  'unsubscribe.about': 'Организаторы письма <letter>{title}</letter> присылают новости о нём тем подписавшим, кто об этом попросил.',
  'unsubscribe.effect': 'Вы больше не будете их получать. Ваша подпись остаётся под письмом без изменений.',
  'unsubscribe.done': 'Вы больше не будете получать новости о письме <letter>{title}</letter>. Ваша подпись остаётся под письмом без изменений.',
  'unsubscribe.submit': 'Отписаться',
  'updates.heading': 'Новости от организаторов',
  'updates.sent': 'Отправлено {date}',
  'withdraw.news': 'Новости о письме',
  'withdraw.newsState': '{news, select, yes {вы их запросили: они приходят на ваш адрес, пока вы не отпишетесь или не отзовёте подпись} other {нет}}',
  'addressees.heading': 'Адресаты',
  'addressees.intro':
    'Письмо отправлено каждому из этих адресатов по электронной почте. Здесь указаны их имена, но никогда не их адреса; адресат, не ответивший в течение {days, plural, one {# дня} few {# дней} many {# дней} other {# дня}} после отправки, отмечается как «нет ответа».',
  'addressees.ungrouped': 'Другие адресаты',
  // review: the English {group}: {counts} would be identical, so a dash is used instead of the colon (as in ws.section.pageTitle)
  'addressees.summary': '{hasGroup, select, yes {{group} — {counts}} other {{counts}}}',
  // review: label: count form (ответили: 3), as in ws.delivery.count, so that no verb agrees with the number; за N дней in the accusative
  'addressees.count':
    '{state, select, replied {ответили: {n, number}} bounced {не доставлено: {n, number}} noReply {нет ответа за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}: {n, number}} sent {отправлено: {n, number}} awaiting {ожидается ответ: {n, number}} other {отправляется: {n, number}}}',
  'addressees.col.name': 'Имя',
  'addressees.col.state': 'Состояние',
  'addressees.state':
    '{state, select, replied {<reply>Ответ получен {date}</reply>} bounced {Не доставлено} noReply {Нет ответа за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}}} sent {Отправлено {date}} other {Отправляется}}',
  'replies.heading': 'Ответы',
  'replies.received': 'Получен {date}',
  'replies.mark': '{mark, select, dkim {Проверено по DKIM для домена {domain}} organizer {Внесён организаторами} other {Получен по электронной почте, не проверен}}',
  'replies.documents': '{n, plural, one {# документ} few {# документа} many {# документов} other {# документа}}',
  'replies.read': 'Прочитать ответ',
  // review: {addressee} after a colon, so that it need not be declined (Ответ от would need the genitive)
  'reply.title': 'Ответ: {addressee} · {title}',
  'reply.heading': 'Ответ: {addressee}',
  'reply.inAnswer': 'В ответ на открытое письмо <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Сообщение подписано почтовыми серверами домена {domain} (DKIM), и этот домен совпадает с доменом электронного адреса этого адресата: сообщение пришло из его почтовой системы без изменений.} organizer {Организаторы получили этот ответ не по электронной почте через этот сайт, а иначе (например, обычной почтой) и внесли его в том виде, в каком он написан.} other {Сообщение пришло по электронной почте без действительной подписи домена адресата: проверить, кто его отправил, невозможно.}}',
  'reply.documents': 'Документы',
  'reply.document': 'Документ {position, number}: {type}, {size}',
  'reply.ledger': 'Этот ответ записан в публичный журнал письма, защищённый от незаметных изменений, вместе с хешами (SHA-256) его текста и документов: <verify>как проверить журнал</verify>.',
  'pdf.replies': 'Ответы',
  'pdf.replyUrl': 'Онлайн: {url}',
} satisfies SiteCatalog;
