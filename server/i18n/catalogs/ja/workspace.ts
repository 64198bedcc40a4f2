import type { WorkspaceCatalog } from '../en/site-type.js';

/** Japanese: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}',
  'ws.kind': '{kind, select, legislator {議員} organization {団体} individual {個人} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {確認待ち} confirmed {確認済み} withdrawn {撤回済み} fraudulent {不正} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered サイレント非表示
  'ws.moderation': '{state, select, none {なし} pending {審査待ち} approved {承認済み} rejected {却下} shadow {サイレント非表示} other {{state}}}',
  'ws.verification': '{by, select, domain {ドメイン} invited {招待} approved {承認} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {ドメイン} invited {招待} approved {承認} other {{by}}}：{domain}',
  // review: "shadow" decision rendered サイレント非表示, as in ws.moderation
  'ws.decision': '{decision, select, approve {承認} reject {却下} shadow {サイレント非表示} other {{decision}}}',

  // Counts of signatures, joined as a list.
  'ws.stats.legislators': '{countries, plural, other {#か国}}の{count, plural, other {議員#名}}',
  'ws.stats.organizations': '{count, plural, other {#団体}}',
  'ws.stats.individuals': '{count, plural, other {個人#名}}',
  'ws.stats.none': 'まだ署名はありません',

  'ws.backToLetters': '← あなたの公開書簡',
  'ws.signedInAs': '{email} としてログインしています。',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {タイトル} addressee {宛先} summary {概要} language {言語} body {本文} slug {ページのアドレス} closesAt {締切日時} email {メールアドレス} role {役割} label {ラベル} origins {サイト} goal {目標署名数} csv {リスト} name {氏名} kind {種別} country {国} parliament {議会} party {政党} organization {団体} website {ウェブサイト} other {この項目}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}：入力必須です。} tooLong {{field}：長すぎます。} email {{field}：メールアドレスではありません。} website {{field}：ウェブアドレスではありません。} noLink {{field}：ウェブアドレスは入力できません。} noLetter {{field}：文字または数字を1つ以上含めてください。} choose {{field}：選択肢のいずれかを選んでください。} languageTag {{field}：言語コード（例：en、fr、zh-Hant）ではありません。} future {{field}：未来の日時を指定してください。} ownLanguage {{field}：書簡の原文の言語です。書簡そのものを編集してください。} other {{field}：入力内容が正しくありません。ご確認ください。}}} KIND_NOT_ACCEPTED {この書簡はこの種別の署名を受け付けていません。} DUPLICATE {同じアドレスがこのリストの前の行にもあります。} INVALID_CSV {{reason, select, columns {不明な列：{columns}。1行目には列名を書きます。使える列名：{expected}。} tooMany {一度に招待できるのは {max, number} 人までです。} other {リストを CSV として読み込めませんでした。}}} NOT_TAKING_SIGNATURES {招待状を送れるのは、書簡が招待者のみに開放されているか、署名受付中の間だけです。} LETTER_CLOSED {この書簡は締め切られたため、保留中の署名は加えられません。} ALREADY_PUBLISHED {招待者のみへの開放は、下書きの書簡からしか始められません。} NOT_PUBLISHED {この書簡はまだ公開されていません。先に公開してください。} SLUG_TAKEN {このアドレスはすでに別の書簡で使われています。} SLUG_FROZEN {公開済みの書簡のアドレスは変更できません。} CLOSING_TIME_PASSED {書簡を開放する前に、未来の締切日時を設定してください。} LAST_OWNER {書簡には少なくとも1人のオーナーが必要です。先に別の人をオーナーにしてください。} ORGANIZER_NOT_FOUND {このアドレスの主催者はこの書簡にいません。} SIGNATURE_NOT_FOUND {この署名はもう存在しません。} other {この操作を実行できませんでした（{code}）。}}',

  // The dashboard (/organize).
  'ws.letters.title': 'あなたの公開書簡',
  'ws.letters.intro': '{email} としてログインしています。公開書簡に対するすべての操作を含む API の詳細は <docs>/docs</docs> に記載されています。',
  'ws.letters.new': '新しい公開書簡',
  'ws.letters.account': 'セッションと API トークン',
  'ws.letters.meta': '{summary} · 第{version, number}版 · /{slug}',
  'ws.letters.none': '主催している公開書簡はまだありません。',

  'ws.new.title': '新しい公開書簡',
  'ws.new.save': '下書きを保存',

  'ws.field.title': 'タイトル',
  'ws.field.addressee': '宛先',
  'ws.field.summary': '概要',
  'ws.field.summaryHint': '（プレビュー用の1～2文。任意）',
  'ws.field.language': '言語',
  'ws.field.languageHint': '（例：en、fr、zh-Hant）',
  'ws.field.body': '本文',
  'ws.field.bodyHint': '（Markdown：*強調*、**太字**、箇条書き、[リンク](https://…)）',

  // A letter's workspace.
  'ws.workspace.pageTitle': '管理：{title}',
  'ws.workspace.notPublic': '未公開',
  'ws.workspace.publicPage': '公開ページ',
  'ws.workspace.publish': '公開する',
  'ws.workspace.founding': '招待者のみに開放',
  'ws.workspace.openToAll': 'すべての人に開放',
  'ws.workspace.close': '締め切る',
  'ws.workspace.reopen': '再開する',
  'ws.workspace.export': '{addresses, select, yes {すべての署名をエクスポート（CSV、メールアドレス付き）} other {すべての署名をエクスポート（CSV）}}',
  'ws.workspace.text': '本文',
  'ws.workspace.editorial': '編集上の修正（誤字脱字）：署名者に改めて同意を求めません',
  'ws.workspace.preview': 'プレビュー',
  'ws.workspace.save': '保存',

  'ws.queue.heading': '審査待ち（{count, number}）',
  'ws.queue.sharedMail': '（共有のメールアドレス：誰でも使える可能性があります）',
  'ws.queue.kindModerated': '{kind, select, legislator {議員の署名は審査対象} organization {団体の署名は審査対象} individual {個人の署名は審査対象} other {{kind}：審査対象}}',
  'ws.queue.lookalike': '{same, select, yes {掲載済みの署名と同じ名前：{name}} other {掲載済みの名前に似ています：{name}}}',
  'ws.queue.empty': '判断を待っているものはありません。',

  'ws.col.name': '氏名',
  'ws.col.affiliation': '所属',
  'ws.col.websiteDomain': 'ウェブサイトのドメイン',
  'ws.col.mailDomain': 'メールのドメイン',
  'ws.col.email': 'メールアドレス',
  'ws.col.verified': '認証',
  'ws.col.heldBecause': '保留の理由',
  'ws.col.decision': '判断',
  'ws.col.kind': '種別',
  'ws.col.country': '国',
  'ws.col.status': '状態',
  'ws.col.moderation': '審査',
  'ws.col.role': '役割',
  'ws.col.since': '開始日',
  'ws.col.when': '日時',
  'ws.col.who': '実行者',
  'ws.col.what': '内容',
  // review: "On" = the object an audit entry concerns (e.g. a signature); rendered 対象
  'ws.col.on': '対象',
  'ws.col.detail': '詳細',
  'ws.col.result': '結果',
  'ws.col.browser': 'ブラウザ',
  'ws.col.lastSeen': '最終アクセス',
  'ws.col.action': '操作',
  'ws.col.label': 'ラベル',
  'ws.col.created': '作成日',
  'ws.col.lastUsed': '最終使用',

  'ws.invite.heading': '署名者を招待',
  'ws.invite.result': '{invited, number}名を招待しました。{already, number}名は招待済みです。',
  'ws.invite.lineError': '{line, number}行目：{reason}',
  'ws.invite.csvLabel': 'ヘッダー行付きの CSV：',
  'ws.invite.send': '招待を送信',

  'ws.team.heading': '主催者',
  'ws.team.yourRole': 'あなたの役割：{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}。',
  'ws.team.email': 'メールアドレス',
  'ws.team.role': '役割',
  'ws.team.set': '追加または変更',
  'ws.team.remove': '削除',

  'ws.signatures.heading': '署名',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {この書簡のオーナーは、署名者のメールアドレスを共同主催者に開示していません。各アドレスのドメインのみ表示されます。} other {この書簡のオーナーは、署名者のメールアドレスを共同主催者に開示していません。}}',
  'ws.addresses.audited': '署名者のメールアドレスの閲覧は、この画面でも API でもエクスポートでも、すべてこの書簡の監査ログに記録されます。',
  'ws.addresses.toggle': '共同主催者（編集者、審査担当者、閲覧者）に署名者のメールアドレスを表示する（表示しない場合、審査担当者にはドメインのみ表示されます）',
  'ws.address.hidden': '非表示',
  'ws.address.hiddenDomain': '非表示（…@{domain}）',

  'ws.filter.status': '状態',
  'ws.filter.all': 'すべて',
  'ws.filter.search': '検索',
  'ws.filter.submit': '絞り込む',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': '目標',
  'ws.goal.intro':
    '目標とする署名数です。すべての種別の合計でも、特定の種別のみ（「議員100名」など）でも設定できます。書簡のページに達成状況が表示され、目標に達するとオーナーと編集者にメールでお知らせします。',
  'ws.goal.count': '目標署名数',
  'ws.goal.kind': '集計対象',
  'ws.goal.any': 'すべての署名',
  'ws.goal.save': '目標を保存',
  'ws.goal.reached': '{date}に達成しました。',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'パートナーサイト向け署名ウィジェット',
  'ws.widget.intro':
    'パートナーサイトは、この書簡の署名フォームを自身のページに表示できます。表示を許可するサイトを1行に1つずつ入力し、各パートナーに固有のコードを割り当ててください。パートナーごとの署名数は確認できますが、誰が署名したかは一切わかりません。',
  'ws.widget.origins': 'ウィジェットを表示できるサイト（例：https://partner.example）',
  'ws.widget.saveOrigins': 'サイトを保存',
  'ws.widget.partner': 'パートナー',
  // review: column of per-partner counts; rendered 署名数 (number of signatures) rather than 署名
  'ws.widget.signatures': '署名数',
  'ws.widget.snippet': 'パートナーのページに貼り付けるコード',
  'ws.widget.none': 'パートナーはまだ登録されていません。',
  'ws.widget.addPartner': 'パートナーを追加',

  'ws.audit.heading': '監査ログ',
  // review: "operator" = the party running this Undersigned instance; rendered 運営者
  'ws.audit.operator': '運営者',
  'ws.audit.readAddresses': 'メールアドレスを閲覧',
  'ws.audit.readDomains': 'アドレスのドメインを閲覧',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {運営者：アドレスのドメインを閲覧} other {運営者：メールアドレスを閲覧}}',

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': '下書きを保存しました',
  'ws.note.saved': '保存しました',
  'ws.note.status':
    '{status, select, draft {書簡は下書きになりました} founding {書簡は招待者のみに開放されました} open {書簡は署名受付中になりました} closed {書簡は締め切られました} other {書簡の状態：{status}}}',
  'ws.note.moderated': '{decision, select, approve {署名：承認} reject {署名：却下} shadow {署名：サイレント非表示} other {署名：{decision}}}',
  'ws.note.addressesShown': '共同主催者に署名者のメールアドレスが表示されるようになりました',
  'ws.note.addressesHidden': '共同主催者に署名者のメールアドレスが表示されなくなりました',
  'ws.note.removed': '{email} を削除しました',
  'ws.note.goalSaved': '目標を保存しました',
  'ws.note.widgetSaved': 'ウィジェットを表示できるサイトを保存しました',
  'ws.note.partnerAdded': 'パートナーを追加しました',
  'ws.note.roleSet': '{email} は{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}になりました',

  // The account page.
  'ws.account.title': 'アカウント',
  'ws.account.sessions': 'セッション',
  'ws.account.thisOne': '（このセッション）',
  'ws.account.end': '終了',
  'ws.account.tokens': 'API トークン',
  'ws.account.newToken': '新しいトークン（表示されるのは今回のみです）：<code>{token}</code>',
  'ws.account.revoke': '失効させる',
  'ws.account.label': 'ラベル',
  'ws.account.labelPlaceholder': 'ノートPC、インポート用スクリプト…',
  'ws.account.create': 'トークンを作成',

  // Sign-in.
  'ws.login.title': 'ログイン',
  'ws.login.intro': '主催者はメールで届くリンクからログインします。盗まれたり忘れたりするパスワードはありません。',
  'ws.login.email': 'メールアドレス',
  'ws.login.send': 'ログインリンクを送信',
  'ws.loginSent.title': 'メールをご確認ください',
  'ws.loginSent.body': 'このアドレスが主催者のものであれば、ログインリンクをお送りしました。リンクは1回限り、{minutes, plural, other {#分}}以内に有効です。',
  'ws.loginConfirm.title': 'Undersigned にログイン',
  'ws.loginConfirm.button': 'ログイン',

  // The history of a letter's text.
  'ws.versions.pageTitle': '履歴：{title}',
  'ws.versions.title': '「{title}」の履歴',
  'ws.versions.intro': '最初に署名されて以降の本文のすべての版です。編集上の修正（誤字脱字）には署名者の新たな同意は必要ありません。それ以外の変更では、それまでの署名者全員に改めて同意を求めます。',
  'ws.versions.version': '第{version, number}版',
  'ws.versions.editorial': '編集上の修正',
  'ws.versions.first': '最初の本文です。',
  'ws.versions.back': '書簡に戻る',
  'ws.versions.translationHistory': '{language}訳の履歴',
  'ws.versions.revision': '改訂{revision, number}（第{version, number}版の翻訳）',
  'ws.versions.current': '現行',
  'ws.versions.revisionOutdated': 'この改訂は、本文の以前の版に基づいています。',
  'ws.versions.firstTranslation': '最初の翻訳です。',
  'ws.diff.field': '{field, select, title {タイトル} addressee {宛先} summary {概要} body {本文} other {{field}}}',

  // Mail to organizers.
  // review: neutral mail greeting; a Japanese reader may prefer no greeting line at all
  'ws.mail.hello': 'こんにちは。',
  'ws.mail.helloName': '{name} 様',
  'ws.mail.signIn': 'ログイン',
  'ws.mail.footer': 'このメールは、Undersigned から公開書簡の主催者にお送りしています。',
  'ws.mail.login.subject': 'Undersigned のログインリンク',
  'ws.mail.login.title': 'ログイン',
  'ws.mail.login.asked': 'どなたか（おそらくご本人）が、{email} として Undersigned へのログインを要求しました。',
  'ws.mail.login.openLink': 'または、次のリンクを開いてください：<link>{url}</link>',
  'ws.mail.login.once': 'リンクは1回限り、{minutes, plural, other {#分}}以内に有効です。お心当たりがない場合は、このメールを無視してください。',
  'ws.mail.login.textLink': 'ログイン（リンクは1回限り、{minutes, plural, other {#分}}以内に有効です）：',
  'ws.mail.login.ignore': 'お心当たりがない場合は、このメールを無視してください。',
  'ws.mail.added.subject': '公開書簡の{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}になりました：{title}',
  'ws.mail.added.body':
    'あなたは Undersigned の公開書簡<strong>{title}</strong>の<strong>{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}</strong>になりました。',
  'ws.mail.added.bodyText': 'あなたは Undersigned の公開書簡「{title}」の{role, select, owner {オーナー} editor {編集者} moderator {審査担当者} viewer {閲覧者} other {{role}}}になりました。',
  'ws.mail.added.link':
    'リンクは1回限り、{minutes, plural, other {#分}}以内に有効です。期限が過ぎた場合は、ログインページから新しいリンクを請求してください。書簡のワークスペース：<workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'ログイン（リンクは1回限り、{minutes, plural, other {#分}}以内に有効です。期限が過ぎた場合は、ログインページから新しいリンクを請求してください）：',
  'ws.mail.added.workspace': '書簡のワークスペース：{url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': '目標を達成しました：{title}',
  // review: for every kind: 署名が#筆に達しました (the signatures reached N); for one kind: 議員#名が署名しました
  'ws.mail.goal.body':
    '公開書簡<letter>{title}</letter>が目標を達成しました。{kind, select, legislator {議員{goal, plural, other {#名}}が署名しました} organization {{goal, plural, other {#団体}}が署名しました} individual {個人{goal, plural, other {#名}}が署名しました} other {署名が{goal, plural, other {#筆}}に達しました}}。',
  'ws.mail.goal.bodyText':
    '公開書簡「{title}」が目標を達成しました。{kind, select, legislator {議員{goal, plural, other {#名}}が署名しました} organization {{goal, plural, other {#団体}}が署名しました} individual {個人{goal, plural, other {#名}}が署名しました} other {署名が{goal, plural, other {#筆}}に達しました}}。',
} satisfies WorkspaceCatalog;
