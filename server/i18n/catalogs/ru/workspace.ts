import type { WorkspaceCatalog } from '../en/site-type.js';

/** Russian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}',
  'ws.kind': '{kind, select, legislator {парламентарий} organization {организация} individual {частное лицо} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {ожидает подтверждения} confirmed {подтверждена} withdrawn {отозвана} fraudulent {поддельная} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered скрыта без уведомления
  'ws.moderation': '{state, select, none {нет} pending {ожидает проверки} approved {одобрена} rejected {отклонена} shadow {скрыта без уведомления} other {{state}}}',
  'ws.verification': '{by, select, domain {по домену} invited {по приглашению} approved {одобрено} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {по домену} invited {по приглашению} approved {одобрено} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {одобрить} reject {отклонить} shadow {скрыть без уведомления} other {{decision}}}',

  // Counts of signatures, joined as a list.
  'ws.stats.legislators':
    '{count, plural, one {# парламентарий} few {# парламентария} many {# парламентариев} other {# парламентария}} из {countries, plural, one {# страны} few {# стран} many {# стран} other {# страны}}',
  'ws.stats.organizations': '{count, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}',
  'ws.stats.individuals': '{count, plural, one {# частное лицо} few {# частных лица} many {# частных лиц} other {# частного лица}}',
  'ws.stats.none': 'Подписей пока нет',

  'ws.backToLetters': '← Ваши письма',
  'ws.signedInAs': 'Вы вошли как {email}.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Заголовок} addressee {Адресат} summary {Краткое содержание} language {Язык} body {Текст} slug {Адрес} closesAt {Время закрытия} email {Электронная почта} role {Роль} label {Метка} origins {Сайты} goal {Целевое число подписей} csv {Список} name {Имя} kind {Тип} country {Страна} parliament {Парламент} party {Партия} organization {Организация} website {Сайт} other {Это поле}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: это поле обязательно.} tooLong {{field}: слишком длинное значение.} email {{field}: это не адрес электронной почты.} website {{field}: это не веб-адрес.} noLink {{field}: веб-адреса здесь не принимаются.} noLetter {{field}: здесь должна быть хотя бы одна буква или цифра.} choose {{field}: пожалуйста, выберите один из вариантов.} languageTag {{field}: это не код языка (например, en, fr или zh-Hant).} future {{field}: это время должно быть в будущем.} ownLanguage {{field}: это исходный язык письма; отредактируйте само письмо.} other {{field}: недопустимое значение; пожалуйста, проверьте введённые данные.}}} KIND_NOT_ACCEPTED {Это письмо не принимает подписи от участников этого типа.} DUPLICATE {Этот адрес уже встречается выше в списке.} INVALID_CSV {{reason, select, columns {Неизвестные столбцы: {columns}. В первой строке указываются названия столбцов из следующих: {expected}.} tooMany {Максимальное число приглашённых за один раз: {max, number}.} other {Не удалось прочитать список как CSV.}}} NOT_TAKING_SIGNATURES {Приглашения можно отправлять, только пока письмо открыто для приглашённых или для всех.} LETTER_CLOSED {Письмо закрыто, поэтому задержанные подписи к нему уже не добавятся.} ALREADY_PUBLISHED {Открыть письмо только для приглашённых можно лишь из черновика.} NOT_PUBLISHED {Письмо ещё не опубликовано: сначала опубликуйте его.} SLUG_TAKEN {Этот адрес уже занят другим письмом.} SLUG_FROZEN {Адрес опубликованного письма изменить нельзя.} CLOSING_TIME_PASSED {Прежде чем открыть письмо, укажите время закрытия в будущем.} LAST_OWNER {У письма должен быть хотя бы один владелец: сначала назначьте владельцем кого-то другого.} ORGANIZER_NOT_FOUND {Среди организаторов этого письма нет никого с таким адресом.} SIGNATURE_NOT_FOUND {Этой подписи больше нет.} other {Не удалось выполнить действие ({code}).}}',

  // The dashboard (/organize).
  'ws.letters.title': 'Ваши письма',
  'ws.letters.intro': 'Вы вошли как {email}. Полный API со всеми действиями над вашими письмами описан на странице <docs>/docs</docs>.',
  'ws.letters.new': 'Новое письмо',
  'ws.letters.account': 'Ваши сеансы и API-токены',
  'ws.letters.meta': '{summary} · версия {version, number} · /{slug}',
  'ws.letters.none': 'Вы пока не организуете ни одного письма.',

  'ws.new.title': 'Новое письмо',
  'ws.new.save': 'Сохранить черновик',

  'ws.field.title': 'Заголовок',
  'ws.field.addressee': 'Адресат',
  'ws.field.summary': 'Краткое содержание',
  'ws.field.summaryHint': '(одно-два предложения для предпросмотра; необязательно)',
  'ws.field.language': 'Язык',
  'ws.field.languageHint': '(например, en, fr, zh-Hant)',
  'ws.field.body': 'Текст',
  'ws.field.bodyHint': '(Markdown: *курсив*, **полужирный**, списки, [ссылки](https://…))',

  // A letter's workspace.
  'ws.workspace.pageTitle': 'Управление: {title}',
  'ws.workspace.notPublic': 'ещё не опубликовано',
  'ws.workspace.publicPage': 'публичная страница',
  'ws.workspace.publish': 'Опубликовать',
  'ws.workspace.founding': 'Открыть только для приглашённых',
  'ws.workspace.openToAll': 'Открыть для всех',
  'ws.workspace.close': 'Завершить сбор подписей',
  'ws.workspace.reopen': 'Возобновить сбор подписей',
  'ws.workspace.export': '{addresses, select, yes {Экспортировать все подписи (CSV, с адресами)} other {Экспортировать все подписи (CSV)}}',
  'ws.workspace.text': 'Текст',
  'ws.workspace.editorial': 'Редакционная правка (опечатки): повторного согласия подписавших не требуется',
  'ws.workspace.preview': 'Предпросмотр',
  'ws.workspace.save': 'Сохранить',

  'ws.queue.heading': 'Очередь модерации ({count, number})',
  'ws.queue.sharedMail': '(общий адрес: доступ к нему может быть у кого угодно)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {подписи парламентариев проходят модерацию} organization {подписи организаций проходят модерацию} individual {подписи частных лиц проходят модерацию} other {{kind}: подписи проходят модерацию}}',
  'ws.queue.lookalike': '{same, select, yes {То же имя, что у опубликованной подписи: {name}} other {Похоже на опубликованное имя: {name}}}',
  'ws.queue.empty': 'Решения ничего не ожидает.',

  'ws.col.name': 'Имя',
  'ws.col.affiliation': 'Принадлежность',
  'ws.col.websiteDomain': 'Домен сайта',
  'ws.col.mailDomain': 'Почтовый домен',
  'ws.col.email': 'Электронная почта',
  'ws.col.verified': 'Проверка',
  'ws.col.heldBecause': 'Причина задержки',
  'ws.col.decision': 'Решение',
  'ws.col.kind': 'Тип',
  'ws.col.country': 'Страна',
  'ws.col.status': 'Статус',
  'ws.col.moderation': 'Модерация',
  'ws.col.role': 'Роль',
  'ws.col.since': 'С какого времени',
  'ws.col.when': 'Когда',
  'ws.col.who': 'Кто',
  'ws.col.what': 'Что',
  // review: "On" = the object an audit entry concerns (e.g. a signature); rendered Объект
  'ws.col.on': 'Объект',
  'ws.col.detail': 'Подробности',
  'ws.col.result': 'Результат',
  'ws.col.browser': 'Браузер',
  'ws.col.lastSeen': 'Последняя активность',
  'ws.col.action': 'Действие',
  'ws.col.label': 'Метка',
  'ws.col.created': 'Создан',
  'ws.col.lastUsed': 'Последнее использование',

  'ws.invite.heading': 'Пригласить к подписанию',
  'ws.invite.result': 'Приглашено: {invited, number}; уже были приглашены: {already, number}.',
  'ws.invite.lineError': 'Строка {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV со строкой заголовков:',
  'ws.invite.send': 'Отправить приглашения',

  'ws.team.heading': 'Организаторы',
  'ws.team.yourRole': 'Ваша роль: {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}.',
  'ws.team.email': 'Электронная почта',
  'ws.team.role': 'Роль',
  'ws.team.set': 'Добавить или изменить',
  'ws.team.remove': 'Удалить',

  'ws.signatures.heading': 'Подписи',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Владельцы письма скрывают адреса подписавших от соорганизаторов: вы видите только домен каждого адреса.} other {Владельцы письма скрывают адреса подписавших от соорганизаторов.}}',
  'ws.addresses.audited': 'Каждый просмотр адресов подписавших — здесь, через API или при экспорте — записывается в журнал аудита письма.',
  'ws.addresses.toggle': 'Соорганизаторы (редакторы, модераторы, наблюдатели) видят адреса подписавших; в противном случае модераторы видят только домен',
  'ws.address.hidden': 'скрыт',
  'ws.address.hiddenDomain': 'скрыт (…@{domain})',

  'ws.filter.status': 'Статус',
  'ws.filter.all': 'все',
  'ws.filter.search': 'Поиск',
  'ws.filter.submit': 'Отфильтровать',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Цель',
  'ws.goal.intro':
    'Число подписей, которое вы хотите собрать, — всех типов или одного типа («100 парламентариев»): на странице письма будет видно, насколько вы к нему приблизились, а владельцы и редакторы письма получат уведомление по электронной почте, когда цель будет достигнута.',
  'ws.goal.count': 'Целевое число подписей',
  // review: label of the select whose options are все подписи and the kinds (Парламентарии, Организации, Частные лица)
  'ws.goal.kind': 'Какие подписи учитывать',
  'ws.goal.any': 'все подписи',
  'ws.goal.save': 'Сохранить цель',
  'ws.goal.reached': 'Цель достигнута {date}',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Виджет подписи для сайтов-партнёров',
  'ws.widget.intro':
    'Сайты-партнёры могут показывать форму подписи под этим письмом на своих страницах. Перечислите сайты, которым это разрешено, по одному в строке, а затем выдайте каждому партнёру собственный код: вы увидите, сколько человек подписали через каждого из них, но не узнаете, кто именно.',
  'ws.widget.origins': 'Сайты, на которых может отображаться виджет (например, https://partner.example)',
  'ws.widget.saveOrigins': 'Сохранить список сайтов',
  'ws.widget.partner': 'Партнёр',
  'ws.widget.signatures': 'Подписи',
  'ws.widget.snippet': 'Код для вставки на страницу партнёра',
  'ws.widget.none': 'Партнёров пока нет.',
  'ws.widget.addPartner': 'Добавить партнёра',

  'ws.audit.heading': 'Журнал аудита',
  // review: "operator" = the party running this Undersigned instance; rendered оператор сайта
  'ws.audit.operator': 'оператор сайта',
  'ws.audit.readAddresses': 'просмотр адресов',
  'ws.audit.readDomains': 'просмотр доменов адресов',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {оператор сайта: просмотр доменов адресов} other {оператор сайта: просмотр адресов}}',

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': 'Черновик сохранён',
  'ws.note.saved': 'Сохранено',
  'ws.note.status':
    '{status, select, draft {Письмо переведено в черновики} founding {Письмо открыто только для приглашённых} open {Письмо открыто для подписания} closed {Сбор подписей под письмом завершён} other {Статус письма: {status}}}',
  'ws.note.moderated': '{decision, select, approve {Подпись одобрена} reject {Подпись отклонена} shadow {Подпись скрыта без уведомления} other {Подпись: {decision}}}',
  'ws.note.addressesShown': 'Теперь соорганизаторы видят адреса подписавших',
  'ws.note.addressesHidden': 'Соорганизаторы больше не видят адреса подписавших',
  'ws.note.removed': 'Удалено: {email}',
  'ws.note.goalSaved': 'Цель сохранена',
  'ws.note.widgetSaved': 'Список сайтов, на которых может отображаться виджет, сохранён',
  'ws.note.partnerAdded': 'Партнёр добавлен',
  'ws.note.roleSet': '{email}: роль «{role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}»',

  // The account page.
  'ws.account.title': 'Ваша учётная запись',
  'ws.account.sessions': 'Сеансы',
  'ws.account.thisOne': '(текущий)',
  'ws.account.end': 'Завершить',
  'ws.account.tokens': 'API-токены',
  'ws.account.newToken': 'Ваш новый токен (показывается только сейчас): <code>{token}</code>',
  'ws.account.revoke': 'Отозвать',
  'ws.account.label': 'Метка',
  'ws.account.labelPlaceholder': 'ноутбук, скрипт импорта…',
  'ws.account.create': 'Создать токен',

  // Sign-in.
  'ws.login.title': 'Вход',
  'ws.login.intro': 'Организаторы входят по ссылке, присланной по электронной почте: нет пароля, который можно украсть или забыть.',
  'ws.login.email': 'Ваш адрес электронной почты',
  'ws.login.send': 'Прислать ссылку для входа',
  'ws.loginSent.title': 'Проверьте электронную почту',
  'ws.loginSent.body':
    'Если этот адрес принадлежит организатору, ссылка для входа уже отправлена. Она действует один раз в течение {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}.',
  'ws.loginConfirm.title': 'Вход в Undersigned',
  'ws.loginConfirm.button': 'Войти',

  // The history of a letter's text.
  'ws.versions.pageTitle': 'История: {title}',
  'ws.versions.title': 'История письма «{title}»',
  'ws.versions.intro':
    'Все версии текста с момента первого подписания. Редакционные правки (опечатки) не требуют нового согласия подписавших; при других изменениях всех, кто подписал раньше, просят заново подтвердить согласие.',
  'ws.versions.version': 'Версия {version, number}',
  'ws.versions.editorial': 'редакционная правка',
  'ws.versions.first': 'Первоначальный текст.',
  'ws.versions.back': 'Назад к письму',
  // review: assumes {language} is a masculine adjective language name (немецкий), as in site.ts letter.untranslated
  'ws.versions.translationHistory': 'История перевода на {language}',
  'ws.versions.revision': 'Редакция {revision, number}, перевод версии {version, number}',
  'ws.versions.current': 'текущая',
  'ws.versions.revisionOutdated': 'Эта редакция переводит более раннюю версию текста.',
  'ws.versions.firstTranslation': 'Первоначальный перевод.',
  'ws.diff.field': '{field, select, title {Заголовок} addressee {Адресат} summary {Краткое содержание} body {Текст} other {{field}}}',

  // Mail to organizers.
  'ws.mail.hello': 'Здравствуйте!',
  'ws.mail.helloName': 'Здравствуйте, {name}!',
  'ws.mail.signIn': 'Войти',
  'ws.mail.footer': 'Отправлено сайтом Undersigned организатору открытых писем.',
  'ws.mail.login.subject': 'Ваша ссылка для входа в Undersigned',
  'ws.mail.login.title': 'Вход',
  'ws.mail.login.asked': 'Кто-то — вероятно, вы — запросил вход в Undersigned под адресом {email}.',
  'ws.mail.login.openLink': 'Или откройте эту ссылку: <link>{url}</link>',
  'ws.mail.login.once': 'Она действует один раз в течение {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}. Если вы не запрашивали вход, проигнорируйте это сообщение.',
  'ws.mail.login.textLink': 'Войти (ссылка действует один раз в течение {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}):',
  'ws.mail.login.ignore': 'Если вы не запрашивали вход, проигнорируйте это сообщение.',
  'ws.mail.added.subject': 'Теперь вы {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}} письма: {title}',
  'ws.mail.added.body':
    'Теперь вы <strong>{role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}</strong> открытого письма <strong>{title}</strong> на сайте Undersigned.',
  'ws.mail.added.bodyText': 'Теперь вы {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}} открытого письма «{title}» на сайте Undersigned.',
  'ws.mail.added.link':
    'Ссылка действует один раз в течение {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}; позже запросите новую на странице входа. Рабочее пространство письма: <workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'Войти (ссылка действует один раз в течение {minutes, plural, one {# минуты} few {# минут} many {# минут} other {# минуты}}; позже запросите новую на странице входа):',
  'ws.mail.added.workspace': 'Рабочее пространство письма: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Цель достигнута: {title}',
  // review: the verb agrees with the count and the noun’s gender (подписал 21 парламентарий, подписала 1 организация, подписало 1 частное лицо, подписали 5 …); for every kind: под ним стоят # подписей
  'ws.mail.goal.body':
    'Письмо <letter>{title}</letter> достигло своей цели: {kind, select, legislator {{goal, plural, one {его подписал # парламентарий} few {его подписали # парламентария} many {его подписали # парламентариев} other {его подписали # парламентария}}} organization {{goal, plural, one {его подписала # организация} few {его подписали # организации} many {его подписали # организаций} other {его подписали # организации}}} individual {{goal, plural, one {его подписало # частное лицо} few {его подписали # частных лица} many {его подписали # частных лиц} other {его подписали # частного лица}}} other {{goal, plural, one {под ним стоит # подпись} few {под ним стоят # подписи} many {под ним стоят # подписей} other {под ним стоят # подписи}}}}.',
  'ws.mail.goal.bodyText':
    'Письмо «{title}» достигло своей цели: {kind, select, legislator {{goal, plural, one {его подписал # парламентарий} few {его подписали # парламентария} many {его подписали # парламентариев} other {его подписали # парламентария}}} organization {{goal, plural, one {его подписала # организация} few {его подписали # организации} many {его подписали # организаций} other {его подписали # организации}}} individual {{goal, plural, one {его подписало # частное лицо} few {его подписали # частных лица} many {его подписали # частных лиц} other {его подписали # частного лица}}} other {{goal, plural, one {под ним стоит # подпись} few {под ним стоят # подписи} many {под ним стоят # подписей} other {под ним стоят # подписи}}}}.',
} satisfies WorkspaceCatalog;
