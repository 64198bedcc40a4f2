import type { WorkspaceCatalog } from '../en/site-type.js';

/** Russian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}',
  'ws.kind': '{kind, select, legislator {парламентарий} organization {организация} individual {частное лицо} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {ожидает подтверждения} confirmed {подтверждена} withdrawn {отозвана} fraudulent {поддельная} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered скрыта без уведомления
  'ws.moderation': '{state, select, none {нет} pending {ожидает проверки} approved {опубликована} rejected {отклонена} shadow {скрыта} other {{state}}}',
  'ws.verification': '{by, select, domain {по домену} invited {по приглашению} approved {одобрено} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {по домену} invited {по приглашению} approved {одобрено} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Опубликовать} reject {Отклонить (подписавший получит уведомление)} shadow {Скрыть (без уведомления подписавшего)} other {{decision}}}',

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
    '{field, select, title {Заголовок} addressee {Адресат} summary {Краткое содержание} language {Язык} body {Текст} slug {Адрес} closesAt {Время закрытия} email {Электронная почта} role {Роль} label {Метка} origins {Сайты} goal {Целевое число подписей} signerKinds {Кто может подписать} moderatedKinds {Проходят модерацию} group {Группа} csv {Список} name {Имя} kind {Тип} country {Страна} parliament {Парламент} party {Партия} organization {Организация} website {Сайт} recipientId {От кого} receivedOn {Дата ответа} text {Текст ответа} file {Документы} replyWaitDays {Дней до отметки «нет ответа»} other {Это поле}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: это поле обязательно.} tooLong {{field}: слишком длинное значение.} email {{field}: это не адрес электронной почты.} website {{field}: это не веб-адрес.} noLink {{field}: веб-адреса здесь не принимаются.} noLetter {{field}: здесь должна быть хотя бы одна буква или цифра.} choose {{field}: пожалуйста, выберите один из вариантов.} languageTag {{field}: это не код языка (например, en, fr или zh-Hant).} future {{field}: это время должно быть в будущем.} ownLanguage {{field}: это исходный язык письма; отредактируйте само письмо.} date {{field}: это не дата.} notFuture {{field}: эта дата не может быть в будущем.} unknownAddressee {{field}: пожалуйста, выберите одного из адресатов письма.} tooMany {{field}: к одному ответу можно приложить не более пяти документов.} days {{field}: здесь нужно целое число дней от 1 до 365.} other {{field}: недопустимое значение; пожалуйста, проверьте введённые данные.}}} KIND_NOT_ACCEPTED {Это письмо не принимает подписи от участников этого типа.} DUPLICATE {Этот адрес уже встречается выше в списке.} INVALID_CSV {{reason, select, columns {Неизвестные столбцы: {columns}. В первой строке указываются названия столбцов из следующих: {expected}.} tooMany {Максимальное число приглашённых за один раз: {max, number}.} other {Не удалось прочитать список как CSV.}}} NOT_TAKING_SIGNATURES {Приглашения можно отправлять, только пока письмо открыто для приглашённых или для всех.} LETTER_CLOSED {Письмо закрыто, поэтому задержанные подписи к нему уже не добавятся.} ALREADY_PUBLISHED {Открыть письмо только для приглашённых можно лишь из черновика.} NO_RECIPIENTS {Добавьте адресатов, прежде чем отправлять письмо.} NOT_PUBLISHED {Письмо ещё не опубликовано: сначала опубликуйте его.} SLUG_TAKEN {Этот адрес уже занят другим письмом.} SLUG_FROZEN {Адрес опубликованного письма изменить нельзя.} CLOSING_TIME_PASSED {Прежде чем открыть письмо, укажите время закрытия в будущем.} LAST_OWNER {У письма должен быть хотя бы один владелец: сначала назначьте владельцем кого-то другого.} ORGANIZER_NOT_FOUND {Среди организаторов этого письма нет никого с таким адресом.} SIGNATURE_NOT_FOUND {Этой подписи больше нет.} UNSUPPORTED_FILE {{field}: каждый документ должен быть файлом PDF или изображением (PNG, JPEG, GIF или WebP).} FILE_TOO_LARGE {{field}: размер каждого документа — не более 10 МБ.} REPLY_NOT_QUEUED {Этот ответ уже опубликован или отклонён.} other {Не удалось выполнить действие ({code}).}}',

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
  'ws.queue.sharedMail': '(общедоступный почтовый сервис: адрес там может завести кто угодно)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {подписи парламентариев под этим письмом проходят модерацию} organization {подписи организаций под этим письмом проходят модерацию} individual {подписи частных лиц под этим письмом проходят модерацию} other {{kind}: подписи под этим письмом проходят модерацию}}',
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

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': 'Черновик сохранён',
  'ws.note.saved': 'Сохранено',
  'ws.note.status':
    '{status, select, draft {Письмо в статусе черновика} founding {Письмо открыто только для приглашённых} open {Письмо открыто: подписать его может любой} closed {Письмо закрыто: подписать его больше нельзя} other {Статус письма: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {Подпись опубликована} reject {Подпись отклонена; подписавший получит уведомление} shadow {Подпись скрыта; подписавший не получит уведомления} other {Решение записано}}',
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
  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Настройки сохранены',
  'ws.note.translationSaved': 'Перевод сохранён',
  'ws.note.recipientsAdded': '{count, plural, one {Добавлен # адресат} few {Добавлено # адресата} many {Добавлено # адресатов} other {Добавлено # адресата}}',
  'ws.note.deliveryQueued':
    '{count, plural, one {Письмо отправляется # адресату} few {Письмо отправляется # адресатам} many {Письмо отправляется # адресатам} other {Письмо отправляется # адресатам}}',
  'ws.note.invalidated':
    '{count, plural, one {# подпись помечена как поддельная} few {# подписи помечены как поддельные} many {# подписей помечены как поддельные} other {# подписи помечены как поддельные}}',
  'ws.diff.added': 'добавлено:',
  'ws.diff.removed': 'удалено:',
  'ws.diff.formatted': 'изменено оформление:',
  'ws.diff.unchanged': '{count, plural, one {… # абзац без изменений …} few {… # абзаца без изменений …} many {… # абзацев без изменений …} other {… # абзаца без изменений …}}',
  'ws.diff.sameReading': 'Изменилась только разметка исходного текста: читается он так же.',
  'ws.section':
    '{section, select, text {Текст} settings {Настройки} translations {Переводы} signatures {Подписи} invite {Приглашения} delivery {Доставка} replies {Ответы} updates {Новости} team {Команда} share {Поделиться} audit {Журнал аудита} other {{section}}}',
  // review: the English {section}: {title} would be identical, so a dash is used instead of the colon
  'ws.section.pageTitle': '{section} — {title}',
  'ws.nav.label': 'Рабочее пространство',
  'ws.workspace.history': 'История текста',
  'ws.workspace.previewHeading': 'Предпросмотр: письмо в том виде, в каком его увидят читатели (ещё не сохранено)',
  'ws.header.label': 'Ваша учётная запись',
  'ws.header.letters': 'Ваши письма',
  'ws.header.account': 'Учётная запись',
  'ws.header.signOut': 'Выйти',
  'ws.login.signedOut': 'Вы вышли из учётной записи.',
  'ws.addresses.heading': 'Адреса подписавших',
  'ws.confirm.cancel': 'Отмена',
  'ws.confirm.heading':
    '{step, select, publish {Опубликовать письмо?} openToAll {Открыть письмо для всех?} founding {Открыть письмо только для приглашённых?} close {Завершить сбор подписей?} reopen {Возобновить сбор подписей?} other {Продолжить?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Письмо станет публичным по адресу {url}: любой сможет прочитать и подписать его.\nКаждая подпись учитывается только после подтверждения по электронной почте; имена появляются в публичном списке.\nТекст по-прежнему можно будет исправлять; при существенном изменении всех подписавших попросят заново подтвердить согласие.} openToAll {Письмо станет публичным по адресу {url}: прочитать и подписать его сможет любой, а не только приглашённые.\nПриглашённые, которые уже подписали, останутся в начале списка.} founding {Подписать смогут только приглашённые вами люди; письмо останется скрытым от публики.\nПозже вы откроете его для всех кнопкой «Опубликовать».} close {Подписать письмо больше будет нельзя; письмо и список подписавших останутся публичными по адресу {url}.\nПозже сбор подписей можно будет возобновить.} reopen {Сбор подписей снова откроется по адресу {url}.} other {Это действие нельзя отменить.}}',
  'ws.confirm.button':
    '{step, select, publish {Опубликовать сейчас} openToAll {Открыть для всех сейчас} founding {Открыть для приглашённых} close {Завершить сбор подписей} reopen {Возобновить сейчас} other {Продолжить}}',
  'ws.share.embedHeading': 'Счётчик для других сайтов',
  'ws.share.embedIntro': 'Небольшой блок с числом подписей и ссылкой на письмо, который другие сайты могут вставить к себе.',
  // review: {who} (a name or address) after a colon, so that it need not be declined
  'ws.team.removeHeading': 'Удалить из организаторов письма: {who}?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {{role}}}) больше не сможет открывать это рабочее пространство и совершать действия с письмом.\nВсё, что было сделано, останется в журнале аудита.\nПозже вы сможете снова добавить этого человека.',
  'ws.team.removeButton': 'Удалить',
  'ws.settings.heading': 'Подписание',
  'ws.settings.closesAt': 'Время закрытия (UTC)',
  'ws.settings.closesAtHint':
    'Дата и время указываются в UTC (всемирном координированном времени), а не по вашему местному времени. В этот момент сбор подписей прекратится. Оставьте поле пустым, если время закрытия не нужно.',
  'ws.settings.signerKinds': 'Кто может подписать (хотя бы один вариант)',
  'ws.settings.moderatedKinds': 'Проходят модерацию',
  'ws.settings.moderatedHint': 'Подписи этих типов ожидают одобрения организатора, прежде чем появятся в списке или будут учтены.',
  'ws.settings.save': 'Сохранить настройки',
  'ws.translations.intro':
    'Письмо на других языках. Подписавшие соглашаются с текстом оригинала; перевод соответствует одной из его версий и помечается как устаревший, как только у оригинала появляется более новая версия.',
  'ws.translations.none': 'Переводов пока нет.',
  'ws.translations.col.language': 'Язык',
  'ws.translations.col.title': 'Заголовок',
  // review: column header rendered Версия оригинала (the cells say версия N)
  'ws.translations.col.follows': 'Версия оригинала',
  'ws.translations.col.state': 'Состояние',
  'ws.translations.col.links': 'Ссылки',
  'ws.translations.follows': 'версия {version, number}',
  'ws.translations.outdated': 'устарел: текущая версия письма — {version, number}',
  'ws.translations.upToDate': 'актуален',
  'ws.translations.edit': 'изменить',
  'ws.translations.read': 'публичный текст',
  'ws.translations.formHeading': 'Добавить или обновить перевод',
  'ws.translations.formIntro':
    'Если для языка уже есть перевод, сохранение заменит его (прежние тексты останутся в публичной истории). Сохранённый перевод будет соответствовать текущей версии — {version, number}.',
  'ws.translations.language': 'Язык',
  'ws.translations.chooseLanguage': 'Выберите язык',
  'ws.translations.addresseeHint': '(необязательно; если пусто — как в оригинале)',
  'ws.translations.previewHeading': 'Предпросмотр: перевод в том виде, в каком его увидят читатели (ещё не сохранён)',
  'ws.translations.save': 'Сохранить перевод',
  'ws.account.publicName': 'Ваше публичное имя или организация',
  'ws.account.publicNameLabel': 'Имя или организация',
  'ws.account.publicNameHint':
    'Так владельцы письма называются в приглашениях к подписанию и в письме, отправленном адресатам. Если имя не указано, там говорится об «организаторах» письма; подписавшие и адресаты никогда не видят ваш адрес электронной почты.',
  'ws.account.saveName': 'Сохранить имя',
  'ws.mail.footer.login':
    'Вы получили это сообщение, потому что вы (или кто-то, кто ввёл этот адрес) запросили вход в Undersigned с этим адресом. Если это были не вы, проигнорируйте это сообщение: без ссылки никто не сможет войти.',
  // review: {by} (a name) in parentheses after владелец письма, so that the verb добавил needs no gender
  'ws.mail.footer.added':
    'Вы получили это сообщение, потому что {known, select, yes {владелец письма ({by})} other {один из владельцев письма}} добавил этот адрес к организаторам письма «{title}» на сайте Undersigned.',
  'ws.mail.footer.goal': 'Вы получили это сообщение, потому что организуете письмо «{title}» на сайте Undersigned как его владелец или редактор.',
  'ws.delivery.intro': 'Люди или органы, которым адресовано письмо. Каждый получит его по электронной почте на своём языке, с приложенным PDF-файлом с текстом и списком подписавших.',
  'ws.delivery.addressees': 'Адресаты ({count, number})',
  'ws.delivery.none': 'Адресатов пока нет: добавьте их ниже — по одному или списком.',
  'ws.delivery.col.group': 'Группа',
  'ws.delivery.col.language': 'Язык',
  'ws.delivery.col.state': 'Доставка',
  'ws.delivery.state': '{state, select, queued {В очереди} sent {Отправлено} failed {Ошибка} other {Не отправлено}}',
  'ws.delivery.failed':
    'Ошибка: {why, select, refused {почтовый сервер адресата отклонил сообщение.} unreachable {не удалось связаться с почтовым сервером адресата.} other {сообщение не удалось отправить.}}',
  'ws.delivery.count': '{state, select, sent {отправлено: {count, number}} queued {в очереди: {count, number}} failed {ошибок: {count, number}} other {не отправлено: {count, number}}}',
  'ws.delivery.progressHeading': 'Последняя отправка',
  'ws.delivery.progress': 'Отправлено: {sent, number} из {total, number}; ожидают отправки: {queued, number}; не удалось отправить: {failed, number}.',
  'ws.delivery.notPublic': 'Письмо отправляется адресатам после публикации: сначала опубликуйте его. Адресатов можно добавить уже сейчас.',
  'ws.delivery.readOnly': 'Добавлять адресатов и отправлять письмо могут только владельцы и редакторы письма.',
  'ws.delivery.previewLink': 'Просмотреть сообщения и отправить',
  'ws.delivery.addHeading': 'Добавить адресата',
  'ws.delivery.name': 'Имя',
  'ws.delivery.email': 'Электронная почта',
  'ws.delivery.language': 'Язык',
  'ws.delivery.group': 'Группа (необязательно, например регион)',
  'ws.delivery.add': 'Добавить адресата',
  'ws.delivery.importHeading': 'Добавить нескольких адресатов списком',
  // review: the column name language is kept in English, as it is written in the CSV
  'ws.delivery.csvLabel': 'Вставьте CSV: по одному адресату в строке, под первой строкой с названиями столбцов (language — код языка, например en или fr; если пусто — язык самого письма):',
  'ws.delivery.import': 'Добавить этих адресатов',
  'ws.delivery.importResult':
    '{added, plural, one {Добавлен # адресат} few {Добавлено # адресата} many {Добавлено # адресатов} other {Добавлено # адресата}}; {already, plural, =0 {уже добавленных не было} one {# уже был в списке} few {# уже были в списке} many {# уже были в списке} other {# уже были в списке}}. Следующие строки не приняты:',
  'ws.delivery.lineError': 'Строка {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Сообщения перед отправкой',
  'ws.delivery.previewIntro': 'Каждый адресат получит сообщение на своём языке (см. ниже) с обращением по имени и приложенным PDF-файлом. Ничего не будет отправлено, пока вы не подтвердите.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# адресат} few {# адресата} many {# адресатов} other {# адресата}}',
  'ws.delivery.previewAs': 'Так сообщение получит {name}.',
  'ws.delivery.noTranslation': 'У письма нет перевода на этот язык: текст будет отправлен на языке оригинала ({language}).',
  'ws.delivery.subject': 'Тема',
  'ws.delivery.textBody': 'Сообщение',
  'ws.delivery.htmlBody': 'Посмотреть сообщение в том виде, в каком его покажут почтовые программы',
  'ws.delivery.pdf': 'Приложенный PDF ({language})',
  'ws.delivery.previewNone': 'Адресатов пока нет: сначала добавьте их.',
  'ws.delivery.previewDraft': 'Сообщения можно будет посмотреть после публикации письма: сначала опубликуйте его.',
  'ws.delivery.send': '{count, plural, one {Отправить # адресату} few {Отправить # адресатам} many {Отправить # адресатам} other {Отправить # адресатам}}',
  'ws.delivery.back': 'Назад к адресатам',
  'ws.delivery.confirmHeading': '{count, plural, one {Отправить письмо # адресату?} few {Отправить письмо # адресатам?} many {Отправить письмо # адресатам?} other {Отправить письмо # адресатам?}}',
  // review: {names} is a list (possibly ending in ещё N адресатов), so the verb is singular only for exactly one (=1), plural otherwise; {language} is the language’s own name, hence на языке {language}
  'ws.delivery.confirmLanguage':
    '{names} {count, plural, =1 {получит} one {получат} few {получат} many {получат} other {получат}} текст на языке {language} с приложенным PDF-файлом письма на том же языке.',
  'ws.delivery.andMore': '{count, plural, one {ещё # адресат} few {ещё # адресата} many {ещё # адресатов} other {ещё # адресата}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {# из них уже получил письмо и получит его снова.} few {# из них уже получили письмо и получат его снова.} many {# из них уже получили письмо и получат его снова.} other {# из них уже получили письмо и получат его снова.}}',
  'ws.delivery.confirmRecall': 'Отправленное сообщение нельзя отозвать.',
  'ws.delivery.confirmPublic': 'После этого на публичной странице письма будет указан каждый адресат — по имени и с датой доставки, но без адреса.',
  'ws.delivery.confirmButton': '{count, plural, one {Отправить сейчас # адресату} few {Отправить сейчас # адресатам} many {Отправить сейчас # адресатам} other {Отправить сейчас # адресатам}}',
  'ws.queue.intro':
    'Эти подписи ожидают решения, прежде чем появятся в списке или будут учтены. «Опубликовать» добавляет подпись в список; «Отклонить» не допускает её в список и уведомляет подписавшего; «Скрыть» не допускает её в список, ничего не сообщая подписавшему.',
  'ws.queue.readOnly': 'Решения по задержанным подписям принимают только владельцы и модераторы письма.',
  'ws.held.claims': 'Представляется как',
  // review: rendered Отправлено с (a label before the mail domain), avoiding a gendered писал(а)
  'ws.held.wroteFrom': 'Отправлено с',
  'ws.held.website': 'Сайт',
  'ws.held.noWebsite': 'не указан',
  'ws.held.verification': 'Проверена',
  'ws.held.verifiedBy': '{by, select, domain {Да: по почтовому домену {domain}} invited {Да: подписано по приглашению} approved {Да: одобрено модератором} other {Да: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Нет: почтовый домен не принадлежит указанному парламенту} organization {{website, select, no {Нет: сайт не указан, и почтовый домен не с чем сравнить} other {{shared, select, yes {Нет: адрес в общедоступном почтовом сервисе может завести кто угодно} other {Нет: почтовый домен не совпадает с доменом сайта}}}}} individual {Нет: частные лица проходят проверку только через приглашение} other {Нет}}',
  'ws.held.why': 'Причина задержки',
  'ws.held.similar': 'Похожие имена в списке',
  'ws.held.noSimilar': 'нет',
  'ws.held.signed': 'Подписано',
  'ws.held.network': 'Сетевой отпечаток',
  'ws.decide.label': 'Решение по подписи: {name}',
  'ws.decide.publish': 'Опубликовать',
  'ws.decide.reject': 'Отклонить (подписавший получит уведомление)',
  'ws.decide.hide': 'Скрыть',
  'ws.decide.hideHint': '(подписавший не получит уведомления; используйте при злоупотреблениях. Как и при любом удалении, публичный журнал зафиксирует это, если подпись была в списке)',
  'ws.decide.heading': '{decision, select, reject {Отклонить подпись: {who}?} shadow {Скрыть подпись: {who}?} other {Решение по подписи: {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}): подписи не будет в списке письма и ни в каких подсчётах{listed, select, yes {; сейчас она будет удалена из списка} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} получит уведомление о том, что организаторы письма не приняли подпись.} other {{who}: уведомление отправить невозможно — адрес больше не хранится.}}} shadow {{who} не получит уведомления: для подписавшего подпись по-прежнему выглядит принятой. Используйте это при злоупотреблениях, когда уведомление лишь побудило бы к новой попытке.} other {}}\n{listed, select, yes {Публичный журнал зафиксирует удаление, как и любое удаление.} other {Подписи никогда не было в публичном списке, поэтому в публичном журнале о ней ничего не записывается.}}',
  'ws.decide.button': '{decision, select, reject {Отклонить и уведомить подписавшего} shadow {Скрыть без уведомления подписавшего} other {Принять решение}}',
  'ws.invalidate.heading': 'Пометить волну подписей как поддельные',
  'ws.invalidate.intro':
    'Для волны поддельных подписей: укажите почтовый домен, промежуток времени, сетевой отпечаток или несколько критериев сразу (подпись должна соответствовать всем указанным). Сначала вы увидите, сколько подписей подходит; ничего не изменится, пока вы не подтвердите.',
  'ws.invalidate.domain': 'Почтовый домен (например, example.org)',
  'ws.invalidate.window': 'Подписаны в этот промежуток времени (UTC)',
  'ws.invalidate.from': 'С',
  'ws.invalidate.to': 'До (не включительно)',
  'ws.invalidate.network': 'Сетевой отпечаток (как он показан у задержанной подписи)',
  'ws.invalidate.preview': 'Предпросмотр',
  'ws.invalidate.result':
    '{result, select, none {Укажите почтовый домен, промежуток времени или сетевой отпечаток: без критериев ничего не найдётся.} nothing {Ни одна подпись не соответствует этим критериям: ничего не изменено.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {Почтовый домен: это не доменное имя (например, example.org).} from {С: это не дата и время.} to {До: это не дата и время.} ipHash {Сетевой отпечаток: это не отпечаток (от 8 до 32 букв, цифр, знаков - или _).} other {Не удалось прочитать критерии; пожалуйста, проверьте их.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, one {Пометить # подпись как поддельную?} few {Пометить # подписи как поддельные?} many {Пометить # подписей как поддельные?} other {Пометить # подписи как поддельные?}}',
  'ws.invalidate.matching': 'Подходящие подписи: {criteria}.',
  'ws.invalidate.byDomain': 'почтовый домен {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {подписаны с {from} до {to}} from {подписаны начиная с {from}} other {подписаны до {to}}}',
  'ws.invalidate.byNetwork': 'сетевой отпечаток {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, =1 {Она будет помечена как поддельная: некоторое время хранится для расследования, затем удаляется; восстановить её нельзя.} one {Они будут помечены как поддельные: некоторое время хранятся для расследования, затем удаляются; восстановить их нельзя.} few {Они будут помечены как поддельные: некоторое время хранятся для расследования, затем удаляются; восстановить их нельзя.} many {Они будут помечены как поддельные: некоторое время хранятся для расследования, затем удаляются; восстановить их нельзя.} other {Они будут помечены как поддельные: некоторое время хранятся для расследования, затем удаляются; восстановить их нельзя.}}\nТе, что есть в публичном списке, сразу исчезнут из него, и подсчёты уменьшатся.\nПубличный журнал зафиксирует каждое удаление из списка, как и любое удаление.\nПодписавшие не получат уведомлений.',
  'ws.invalidate.button':
    '{count, plural, one {Пометить # подпись как поддельную} few {Пометить # подписи как поддельные} many {Пометить # подписей как поддельные} other {Пометить # подписи как поддельные}}',
  // review: each entry is {who}: followed by the action as a noun (создание черновика, публикация подписи — {signer}…), so that no verb needs the gender of {who} and no name needs declining
  // review: added branches: record = внести (ответ), set aside / dismiss = отклонить (ответ), update = новость as in ws.updates.*
  'ws.audit.did':
    '{kind, select, create {{who}: создание черновика письма} edit {{editorial, select, yes {{who}: исправление текста (редакционная правка: повторного согласия ни от кого не требуется)} other {{who}: изменение текста}}} publish {{who}: публикация письма} close {{who}: завершение сбора подписей} founding {{who}: открытие первого этапа для приглашённых} approve {{who}: публикация подписи — {signer}} reject {{who}: отклонение подписи — {signer}} shadow {{who}: скрытие подписи — {signer}} moderate {{who}: решение по подписи — {signer}} invalidate {{counted, select, yes {{who}: пометка {count, plural, one {# подписи как поддельной} few {# подписей как поддельных} many {# подписей как поддельных} other {# подписи как поддельной}}} other {{who}: пометка подписей как поддельных}}} invalidatePreview {{counted, select, yes {{who}: поиск подписей, чтобы пометить их как поддельные (найдено: {count, plural, one {#} few {#} many {#} other {#}})} other {{who}: поиск подписей, чтобы пометить их как поддельные}}} invite {{counted, select, yes {{who}: приглашение к подписанию — {count, plural, one {# человек} few {# человека} many {# человек} other {# человека}}} other {{who}: приглашение к подписанию}}} addOrganizer {{who}: добавление соорганизатора — {member}, роль: {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {соорганизатор}}} setRole {{who}: смена роли — {member}, новая роль: {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {соорганизатор}}} removeOrganizer {{who}: исключение из организаторов — {member}} goal {{goalSet, select, yes {{who}: установка цели — {goalKind, select, legislator {{goal, plural, one {# парламентарий} few {# парламентария} many {# парламентариев} other {# парламентария}}} organization {{goal, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}} individual {{goal, plural, one {# частное лицо} few {# частных лица} many {# частных лиц} other {# частного лица}}} other {{goal, plural, one {# подпись} few {# подписи} many {# подписей} other {# подписи}}}}} no {{who}: удаление цели} other {{who}: изменение цели}}} settings {{who}: изменение настроек письма} translation {{who}: сохранение перевода на {language}} recipients {{counted, select, yes {{who}: добавление адресатов ({count, plural, one {# адресат} few {# адресата} many {# адресатов} other {# адресата}})} other {{who}: добавление адресатов}}} deliver {{counted, select, yes {{who}: отправка письма {count, plural, one {# адресату} few {# адресатам} many {# адресатам} other {# адресатам}}} other {{who}: отправка письма адресатам}}} widget {{who}: изменение списка сайтов, на которых может отображаться виджет подписи} partner {{who}: добавление партнёра для виджета подписи} addressesShown {{who}: соорганизаторам открыт доступ к адресам подписавших} addressesHidden {{who}: соорганизаторам закрыт доступ к адресам подписавших} readAddresses {{source, select, page {{who}: просмотр адресов {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}} в рабочем пространстве} other {{who}: просмотр адресов {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}} через API}}} readDomains {{source, select, page {{who}: просмотр доменов адресов {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}} в рабочем пространстве} other {{who}: просмотр доменов адресов {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}} через API}}} export {{domainsOnly, select, yes {{who}: экспорт подписей в CSV с доменами адресов {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}}} other {{who}: экспорт подписей в CSV с адресами {count, plural, one {# подписавшего} few {# подписавших} many {# подписавших} other {# подписавшего}}}}} recordReply {{who}: внесение ответа адресата, полученного обычной почтой или лично, и его публикация} publishReply {{who}: публикация ответа адресата, пришедшего по электронной почте} dismissReply {{who}: отклонение ответа, пришедшего по электронной почте} writeUpdate {{who}: написание новости для подписавших} updateTranslation {{who}: сохранение перевода новости на {language}} sendUpdate {{counted, select, yes {{who}: отправка новости {count, plural, one {# подписавшему} few {# подписавшим} many {# подписавшим} other {# подписавшим}}} other {{who}: отправка новости подписавшим}}} other {{who}: запрос — {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who}: попытка создать черновик письма} edit {{who}: попытка изменить текст} publish {{who}: попытка опубликовать письмо} close {{who}: попытка завершить сбор подписей} founding {{who}: попытка открыть первый этап} approve {{who}: попытка опубликовать подпись — {signer}} reject {{who}: попытка отклонить подпись — {signer}} shadow {{who}: попытка скрыть подпись — {signer}} moderate {{who}: попытка принять решение по подписи — {signer}} invalidate {{who}: попытка пометить подписи как поддельные} invalidatePreview {{who}: попытка найти подписи, чтобы пометить их как поддельные} invite {{who}: попытка пригласить к подписанию} addOrganizer {{who}: попытка добавить соорганизатора — {member}, роль: {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {соорганизатор}}} setRole {{who}: попытка сменить роль — {member}, новая роль: {role, select, owner {владелец} editor {редактор} moderator {модератор} viewer {наблюдатель} other {соорганизатор}}} removeOrganizer {{who}: попытка исключить из организаторов — {member}} goal {{who}: попытка изменить цель} settings {{who}: попытка изменить настройки письма} translation {{who}: попытка сохранить перевод на {language}} recipients {{who}: попытка добавить адресатов} deliver {{who}: попытка отправить письмо адресатам} widget {{who}: попытка изменить список сайтов, на которых может отображаться виджет подписи} partner {{who}: попытка добавить партнёра для виджета подписи} addressesShown {{who}: попытка открыть соорганизаторам доступ к адресам подписавших} addressesHidden {{who}: попытка закрыть соорганизаторам доступ к адресам подписавших} readAddresses {{who}: попытка просмотреть адреса подписавших} readDomains {{who}: попытка просмотреть домены адресов подписавших} export {{who}: попытка экспортировать подписи} recordReply {{who}: попытка внести ответ адресата} publishReply {{who}: попытка опубликовать ответ адресата} dismissReply {{who}: попытка отклонить ответ, пришедший по электронной почте} writeUpdate {{who}: попытка написать новость для подписавших} updateTranslation {{who}: попытка сохранить перевод новости на {language}} sendUpdate {{who}: попытка отправить новость подписавшим} other {{who}: попытка выполнить запрос — {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (отказано), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Создан черновик} edit {Изменён текст} publish {Письмо опубликовано} close {Сбор подписей завершён} founding {Открыт первый этап} approve {Подпись опубликована} reject {Подпись отклонена} shadow {Подпись скрыта} moderate {Решение по подписи} invalidate {Подписи помечены как поддельные} invalidatePreview {Поиск поддельных подписей} invite {Приглашения к подписанию} addOrganizer {Добавлен соорганизатор} setRole {Изменена роль} removeOrganizer {Удалён соорганизатор} goal {Изменена цель} settings {Изменены настройки} translation {Сохранён перевод} recipients {Добавлены адресаты} deliver {Письмо отправлено адресатам} widget {Изменены сайты виджета} partner {Добавлен партнёр виджета} addressesShown {Адреса открыты соорганизаторам} addressesHidden {Адреса скрыты от соорганизаторов} readAddresses {Просмотр адресов} readDomains {Просмотр доменов адресов} export {Экспорт подписей} recordReply {Ответ внесён} publishReply {Ответ опубликован} dismissReply {Ответ отклонён} writeUpdate {Новость написана} updateTranslation {Новость переведена} sendUpdate {Новость отправлена} other {Другой запрос}}',
  'ws.audit.result': '{refused, select, yes {отказано ({status})} other {выполнено}}',
  'ws.audit.operatorWho': 'Оператор сайта (командная строка)',
  'ws.audit.formerOrganizer': 'Бывший организатор',
  'ws.audit.erasedSigner': 'подписавший (данные удалены)',
  'ws.audit.someSigner': 'подписавший',
  'ws.audit.someOrganizer': 'соорганизатор',
  'ws.audit.someLanguage': 'другой язык',
  'ws.audit.intro':
    'Все действия организаторов письма, от новых к старым, с именами в их нынешнем виде: подписавший, удаливший свои данные, отображается как «подписавший (данные удалены)». Время указано в UTC.',
  'ws.audit.filterPerson': 'Кто',
  'ws.audit.filterKind': 'Действие',
  'ws.audit.everyone': 'все',
  'ws.audit.everything': 'все действия',
  'ws.audit.filterSubmit': 'Показать',
  'ws.audit.empty': '{filtered, select, yes {Нет записей, соответствующих этим фильтрам.} other {Пока ничего не записано.}}',
  'ws.audit.pages': 'Страницы журнала аудита',
  'ws.audit.older': 'Более ранние записи',
  'ws.audit.newest': 'Назад к последним записям',
  'ws.audit.export': 'Экспортировать в CSV',
  'ws.audit.exportHint': '(записи, отобранные этими фильтрами, со всех страниц)',

  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {Новость опубликована на странице письма; никто из подписавших не просил присылать новости, поэтому ничего не рассылается} one {Новость отправляется # подписавшему и опубликована на странице письма} few {Новость отправляется # подписавшим и опубликована на странице письма} many {Новость отправляется # подписавшим и опубликована на странице письма} other {Новость отправляется # подписавшим и опубликована на странице письма}}',
  'ws.updates.intro':
    '{count, plural, =0 {Пока никто из подписавших не попросил присылать новости.} one {# подписавший при подписании попросил присылать новости и остаётся в списке рассылки.} few {# подписавших при подписании попросили присылать новости и остаются в списке рассылки.} many {# подписавших при подписании попросили присылать новости и остаются в списке рассылки.} other {# подписавшего при подписании попросили присылать новости и остаются в списке рассылки.}} Каждый получает новость на том языке, на котором подписал письмо, не чаще {perMonth, plural, =1 {одного раза} one {# раза} few {# раз} many {# раз} other {# раза}} в месяц, со ссылкой для отказа от рассылки. Отправленная новость также появляется на странице письма.',
  'ws.updates.none': 'Новостей пока нет.',
  'ws.updates.col.title': 'Заголовок',
  'ws.updates.col.languages': 'Языки',
  'ws.updates.col.state': 'Состояние',
  'ws.updates.col.links': 'Ссылки',
  'ws.updates.draft': 'Черновик, не отправлен',
  'ws.updates.sentOn': 'Отправлено {date}',
  'ws.updates.onPage': 'На странице письма',
  'ws.updates.translate': 'Переводы',
  'ws.updates.send': 'Отправить',
  'ws.updates.formHeading': 'Написать новость',
  'ws.updates.formIntro': 'Напишите её на языке письма ({language}); переводы можно добавить после сохранения. Ничего не будет отправлено, пока вы не подтвердите.',
  'ws.updates.previewHeading': 'Предпросмотр: новость в том виде, в каком её прочтут подписавшие (ещё не сохранена)',
  'ws.updates.save': 'Сохранить черновик',
  'ws.updates.translationsHeading': 'Переводы новости «{title}»',
  'ws.updates.translationsIntro': 'Каждый подписавший получает новость на том языке, на котором подписал письмо; если перевода на этот язык нет, он получит оригинал ({language}).',
  'ws.updates.saveTranslation': 'Сохранить перевод',
  'ws.updates.sendTo':
    '{count, plural, =0 {Опубликовать (рассылать некому)} one {Отправить # подписавшему} few {Отправить # подписавшим} many {Отправить # подписавшим} other {Отправить # подписавшим}}',
  'ws.updates.readOnly': 'Писать и отправлять новости могут редакторы и владельцы.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {Опубликовать «{title}»?} one {Отправить «{title}» # подписавшему?} few {Отправить «{title}» # подписавшим?} many {Отправить «{title}» # подписавшим?} other {Отправить «{title}» # подписавшим?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Сейчас её не может получить никто из подписавших, попросивших присылать новости.} one {Она будет отправлена по электронной почте # подписавшему, который при подписании попросил присылать новости и остаётся в списке рассылки.} few {Она будет отправлена по электронной почте # подписавшим, которые при подписании попросили присылать новости и остаются в списке рассылки.} many {Она будет отправлена по электронной почте # подписавшим, которые при подписании попросили присылать новости и остаются в списке рассылки.} other {Она будет отправлена по электронной почте # подписавшим, которые при подписании попросили присылать новости и остаются в списке рассылки.}} Никто не получает больше {perMonth, plural, =1 {одной новости} one {# новости} few {# новостей} many {# новостей} other {# новости}} в месяц.',
  'ws.updates.confirmLanguages': 'На их языках: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {оригинал} other {перевод}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# подписавший уже получил {perMonth, plural, =1 {одну новость} one {# новость} few {# новости} many {# новостей} other {# новости}} за последние 30 дней и эту не получит.} few {# подписавших уже получили {perMonth, plural, =1 {одну новость} one {# новость} few {# новости} many {# новостей} other {# новости}} за последние 30 дней и эту не получат.} many {# подписавших уже получили {perMonth, plural, =1 {одну новость} one {# новость} few {# новости} many {# новостей} other {# новости}} за последние 30 дней и эту не получат.} other {# подписавшего уже получили {perMonth, plural, =1 {одну новость} one {# новость} few {# новости} many {# новостей} other {# новости}} за последние 30 дней и эту не получат.}}',
  'ws.updates.confirmPublic': 'Она появится на публичной странице письма с датой отправки.',
  'ws.updates.confirmFinal': 'Отправленные сообщения нельзя отозвать, а отправленную новость — изменить.',
  'ws.updates.confirmButton': '{count, plural, =0 {Опубликовать сейчас} one {Отправить # подписавшему} few {Отправить # подписавшим} many {Отправить # подписавшим} other {Отправить # подписавшим}}',
  'ws.account.digest': 'Ежедневная сводка',
  'ws.account.digestLabel': 'Присылать мне ежедневную сводку, когда с моими письмами что-то происходит',
  'ws.account.digestHint':
    'Не более одного сообщения в день и только в те дни, когда с одним из писем, которые вы организуете, что-то произошло: пришёл ответ по электронной почте, достигнута цель, проверка на волну подписей отсеяла новые подписи.',
  'ws.account.saveDigest': 'Сохранить',
  // review: =1 for the single letter named by its title: Russian one also covers 21, 31…, which take the count form
  'ws.mail.digest.subject':
    '{count, plural, =1 {Ваша ежедневная сводка: {title}} one {Ваша ежедневная сводка: события в # письме} few {Ваша ежедневная сводка: события в # письмах} many {Ваша ежедневная сводка: события в # письмах} other {Ваша ежедневная сводка: события в # письма}}',
  'ws.mail.digest.title': 'Ваша ежедневная сводка',
  'ws.mail.digest.intro': 'Вот что произошло с письмами, которые вы организуете, с {since}.',
  'ws.mail.digest.replies':
    '{count, plural, =1 {По электронной почте пришёл # ответ; он ждёт вашего решения: <link>опубликуйте или отклоните его</link>.} one {По электронной почте пришёл # ответ; они ждут вашего решения: <link>опубликуйте или отклоните их</link>.} few {По электронной почте пришли # ответа; они ждут вашего решения: <link>опубликуйте или отклоните их</link>.} many {По электронной почте пришло # ответов; они ждут вашего решения: <link>опубликуйте или отклоните их</link>.} other {По электронной почте пришло # ответа; они ждут вашего решения: <link>опубликуйте или отклоните их</link>.}}',
  'ws.mail.digest.goal':
    'Письмо достигло своей цели: {kind, select, legislator {{goal, plural, one {# парламентарий} few {# парламентария} many {# парламентариев} other {# парламентария}}} organization {{goal, plural, one {# организация} few {# организации} many {# организаций} other {# организации}}} individual {{goal, plural, one {# частное лицо} few {# частных лица} many {# частных лиц} other {# частного лица}}} other {{goal, plural, one {# подпись} few {# подписи} many {# подписей} other {# подписи}}}}. <link>Посмотреть подписи</link>.',
  // review: flood check rendered проверка на волну подписей (as волна подписей in ws.invalidate.*); =1 keeps она for exactly one, one (21, 31…) says они
  'ws.mail.digest.flooded':
    '{count, plural, =1 {Проверка на волну подписей (слишком много подписей из одной сети за день) отсеяла # новую подпись как поддельную: она не отображается и не учитывается. <link>Проверьте подписи</link>.} one {Проверка на волну подписей (слишком много подписей из одной сети за день) отсеяла # новую подпись как поддельную: они не отображаются и не учитываются. <link>Проверьте подписи</link>.} few {Проверка на волну подписей (слишком много подписей из одной сети за день) отсеяла # новые подписи как поддельные: они не отображаются и не учитываются. <link>Проверьте подписи</link>.} many {Проверка на волну подписей (слишком много подписей из одной сети за день) отсеяла # новых подписей как поддельные: они не отображаются и не учитываются. <link>Проверьте подписи</link>.} other {Проверка на волну подписей (слишком много подписей из одной сети за день) отсеяла # новой подписи как поддельные: они не отображаются и не учитываются. <link>Проверьте подписи</link>.}}',
  'ws.mail.digest.stop': 'Чтобы отказаться от сводки, снимите соответствующий флажок на странице своей учётной записи: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Чтобы отказаться от сводки, снимите соответствующий флажок на странице своей учётной записи:',
  'ws.mail.footer.digest':
    'Вы получили это сообщение, потому что запросили ежедневную сводку о том, что происходит с письмами, которые вы организуете на сайте Undersigned; она приходит только в те дни, когда что-то произошло. Чтобы отказаться от неё, снимите флажок на странице своей учётной записи.',
  'ws.note.replyRecorded': 'Ответ внесён и опубликован рядом с письмом',
  'ws.note.replyPublished': 'Ответ опубликован рядом с письмом и записан в его журнал',
  'ws.note.replyDismissed': 'Ответ отклонён: он не будет показан',
  'ws.note.replyWaitSaved': 'Сохранено: срок ожидания до отметки «нет ответа»',
  'ws.replies.introInbound':
    'Ответы на сообщение, которым письмо было отправлено адресатам, приходят сюда автоматически; каждый ждёт, пока редактор или владелец опубликует или отклонит его. Ответы, полученные иначе (обычной почтой, лично), вносятся ниже.',
  'ws.replies.introByHand': 'Этот сайт не принимает почту: внесите здесь вручную ответы, которые адресаты прислали вам (обычной почтой, по электронной почте, лично).',
  'ws.replies.waitingHeading': 'Ждут вашего решения ({count, number})',
  'ws.replies.noneWaiting': 'Решения не ждёт ни один ответ.',
  'ws.replies.readOnly': 'Публиковать или отклонять ответы могут только владельцы и редакторы письма.',
  'ws.replies.verified': 'Проверено по DKIM для домена {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Не проверено: отправлено с домена {domain}; проверьте ответ, прежде чем публиковать.} other {Не проверено: домен отправителя неизвестен; проверьте ответ, прежде чем публиковать.}}',
  'ws.replies.received': 'Получен',
  'ws.replies.subject': 'Тема',
  'ws.replies.noSubject': '(без темы)',
  'ws.replies.readAll': 'Прочитать ответ целиком ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}})',
  'ws.replies.document': 'Документ {position, number}: {type}, {kb, number} КБ',
  'ws.replies.publish': 'Опубликовать',
  'ws.replies.dismiss': 'Отклонить',
  'ws.replies.recordHeading': 'Внести ответ',
  'ws.replies.recordIntro':
    'Ответ, который адресат прислал вам иначе (обычной почтой, на ваш собственный почтовый ящик, лично): его текст в том виде, в каком он написан, и скан или файл ответа, если он у вас есть.',
  'ws.replies.from': 'От кого',
  'ws.replies.chooseAddressee': 'Выберите адресата',
  'ws.replies.dated': 'Дата ответа',
  'ws.replies.text': 'Текст ответа',
  'ws.replies.textHint': '(как написано; обычный текст)',
  'ws.replies.files': 'Документы',
  'ws.replies.filesHint': '(необязательно: PDF или изображения, не более {max, plural, one {# файла} few {# файлов} many {# файлов} other {# файла}}, до 10 МБ каждый)',
  'ws.replies.recordPublic': 'Внесённый ответ сразу публикуется: рядом с письмом, в его публичном журнале и в следующем PDF. Отменить это нельзя.',
  'ws.replies.record': 'Внести и опубликовать ответ',
  'ws.replies.noAddressees': 'У письма пока нет адресатов: сначала добавьте их.',
  'ws.replies.publishedHeading': 'Опубликованные ({count, number})',
  'ws.replies.nonePublished': 'Пока не опубликовано ни одного ответа.',
  'ws.replies.byHand': 'Внесён организатором',
  'ws.replies.byMailUnverified': 'Пришёл по электронной почте, не проверен по DKIM',
  'ws.replies.publishedOn': 'от {received}, опубликован {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Ни один ответ не отклонён.} one {# ответ отклонён (спам, автоматические ответы) и не показывается.} few {# ответа отклонены (спам, автоматические ответы) и не показываются.} many {# ответов отклонены (спам, автоматические ответы) и не показываются.} other {# ответа отклонены (спам, автоматические ответы) и не показываются.}}',
  'ws.replies.publishHeading': 'Опубликовать ответ: {who}?',
  'ws.replies.confirmVerified': 'Ответ проверен по DKIM для домена {domain}: его подписал почтовый сервер этого домена.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Ответ не проверен: он отправлен с домена {domain}, и ничто не доказывает, что он пришёл от адресата. Проверьте его, прежде чем публиковать.} other {Ответ не проверен: ничто не доказывает, что он пришёл от адресата. Проверьте его, прежде чем публиковать.}}',
  // review: =1 is the English one (with its document); Russian one (21, 31…) names the number
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Ответ появится рядом с письмом, на его публичной странице, и прочитать его сможет любой.} =1 {Ответ появится рядом с письмом, на его публичной странице, вместе с приложенным документом, и прочитать его сможет любой.} one {Ответ появится рядом с письмом, на его публичной странице, вместе с # приложенным документом, и прочитать его сможет любой.} few {Ответ появится рядом с письмом, на его публичной странице, вместе с # приложенными документами, и прочитать его сможет любой.} many {Ответ появится рядом с письмом, на его публичной странице, вместе с # приложенными документами, и прочитать его сможет любой.} other {Ответ появится рядом с письмом, на его публичной странице, вместе с # приложенного документа, и прочитать его сможет любой.}}\nОн будет записан в публичный журнал письма и появится в следующем PDF письма.\nОтменить это нельзя: опубликованный ответ остаётся опубликованным.',
  'ws.replies.publishButton': 'Опубликовать ответ',
  'ws.replies.dismissHeading': 'Отклонить ответ: {who}?',
  'ws.replies.dismissConsequences':
    'Он никогда не будет показан: ни рядом с письмом, ни в его журнале, ни в его PDF.\nИспользуйте это для спама, автоматического ответа или сообщения, которое не является ответом на письмо.\nОпубликовать его позже будет нельзя.',
  'ws.replies.dismissButton': 'Отклонить ответ',
  'ws.replyWait.heading': 'Ответы',
  'ws.replyWait.intro': 'На странице письма для каждого адресата указано, ответил ли он. Адресат, не ответивший за указанное здесь число дней после получения письма, отмечается как «нет ответа».',
  'ws.replyWait.label': 'Через сколько дней без ответа отмечать адресата как «нет ответа»',
  'ws.replyWait.save': 'Сохранить',
} satisfies WorkspaceCatalog;
