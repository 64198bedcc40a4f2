import type { SiteCatalog } from '../en/site-type.js';

/** Japanese: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first}、{second}',
  'list.start': '{first}、{second}',
  'list.middle': '{first}、{second}',
  'list.end': '{first}、{second}',
  'list.count': '（{count, number}）',
  'list.separator': '、',

  'site.skip': '本文へ移動',
  'site.footer': '{siteName}：署名され、検証された公開書簡。署名者のメールアドレスが公開されることはありません。',
  'site.languages': '言語',
  'site.backToLetter': '書簡に戻る',
  'site.backToStart': 'トップページに戻る',
  'site.choose': '選択してください…',
  'site.optional': '（任意）',

  'home.title': '公開書簡',
  'home.intro': '議員、団体、個人が署名した共同書簡です。すべての署名はメールで確認されており、所属は可能な限り検証されています。',
  'home.to': '{addressee}宛',
  'home.none': '公開された書簡はまだありません。',

  'status.open': '署名受付中',
  'status.closed': '受付終了',
  'status.closedOn': '{date}に受付終了',
  'status.draft': '下書き',

  // review: legislator = 議員 (general term for a member of any parliament/assembly); individual = 個人; Japanese needs no case or number distinctions, so the three keys coincide
  'kind.plural': '{kind, select, legislator {議員} organization {団体} other {個人}}',
  'kind.singular': '{kind, select, legislator {議員} organization {団体} other {個人}}',
  'kind.choice': '{kind, select, legislator {議員} organization {団体} other {個人}}',

  'summary.legislators': '{countries, plural, other {#か国}}の議員{legislators, plural, other {#名}}',
  'summary.organizations': '{n, plural, other {#団体}}',
  'summary.individuals': '{n, plural, other {個人#名}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: word order reversed to the natural 議員100名中37名 (goal first, then {current}); 筆 as the counter for signatures, as in summary.total
  'goal.progress':
    '{kind, select, legislator {議員{goal, plural, other {#名}}中{current, number}名} organization {{goal, plural, other {#団体}}中{current, number}団体} individual {個人{goal, plural, other {#名}}中{current, number}名} other {署名{goal, plural, other {#筆}}中{current, number}筆}}',
  'summary.none': '署名はまだありません',
  // The first screen's count: the number stands out.
  // review: 筆 is the usual counter for signatures in a Japanese 署名活動, but organizations sign too; alternatives: 署名数 <strong>#</strong>, or <strong>#</strong>件の署名
  'summary.total': '{n, plural, =0 {署名はまだありません} other {<strong>#</strong>筆の署名}}',

  'letter.to': '宛先：{addressee}',
  'letter.published': '{date}公開',
  'letter.publishedUntil': '{date}公開 · 署名受付は{until}まで',
  'letter.outdated': 'この翻訳は本文の第{basedOn}版に基づいていますが、その後本文は改訂されています（現在は第{current}版）。原文が正本です。',
  'letter.untranslated': 'この書簡は{language}に翻訳されていないため、原文で表示しています。',
  'letter.downloadPdf': 'PDFでダウンロード',
  'letter.downloadCsv': '署名者一覧（CSV）',
  'letter.textLanguages': '他の言語の本文',

  'signatories.heading': '署名者',
  // review: founding signatories rendered as 呼びかけ人 (the usual term for the initial signers of a Japanese appeal); 発起署名者 would be more literal
  'signatories.founding': '呼びかけ人',
  'signatories.others': '署名者',
  'signatories.pages': '署名者一覧のページ',
  'signatories.previous': '前のページ',
  'signatories.next': '次のページ',
  'signatories.page': '{pages, number}ページ中{page, number}ページ目',
  'signatories.identification': '肩書きおよび所属は、識別のためにのみ記載しています。',
  'signatories.unlisted': '本人の希望により、一覧には掲載せず人数にのみ含めている署名者：{n, number}名。',
  'signatories.withheldUntil': '氏名は{date}に一斉に公開されます。それまでは署名者の人数のみを表示しています（公開予定：{n, plural, other {#名}}）。',
  'signatories.withheldThreshold':
    'ある国の署名者が一人だけ目立つことのないよう、各国の氏名は、その国から{k, plural, other {#名}}が署名した時点で公開されます。集計済みで氏名が未公開の署名者：{countries}。',
  'signatories.withheldCountry': '{country}（{n, number}）',
  'signatories.batch':
    '新しい署名は{unit, select, second {{n, plural, other {#秒}}ごと} minute {{n, plural, other {#分}}ごと} other {{n, plural, other {#時間}}ごと}}にまとめて一覧に追加されます。そのため、一覧から各署名者の署名時刻はわかりません。',
  'signatories.history': '<history>この本文は最初の署名以降に変更されています。変更履歴をご覧ください。</history>',
  'signatories.earlierVersion': '（第{version}版に署名）',
  'signatories.verified': '✓ 確認済み',
  'signatories.verifiedDomain': '✓ 確認済み：@{domain} から送信',
  'signatories.verifiedHow': '{how, select, domain {確認済み：所属機関のメールドメインから送信} invited {確認済み：主催者による招待} other {確認済み：主催者による承認}}',

  'ledger.note':
    'この一覧に加わった署名、一覧から外れた署名はすべて、改ざんを検知できる台帳に記録されています。台帳は{n, plural, other {#件}}の記録からなり、最新の記録は<code>{head}</code>です。本サイトはこの時点の台帳に、<key>公開済みの鍵</key>で<checkpoint>署名</checkpoint>しています。',
  // review: witness rendered as 証人 (independent party that cosigns the log); 立会人 is an alternative
  'ledger.witnessed': '独立した証人{count, plural, other {#者}}が、台帳が追記されただけで書き換えられていないことを確認し、最初の{size, plural, other {#件}}の記録に連署しました（最終：{date}）。',
  'ledger.unwitnessed': '独立した証人による連署はまだありません。',
  'ledger.check': '<ledger>台帳を読む</ledger>か、<verifier>検証ツール</verifier>を使ってご自身で確認できます：',
  'ledger.short': 'この一覧に加わった署名、一覧から外れた署名はすべて、改ざんを検知できる台帳に記録されています。<verify>この一覧を検証する</verify>。',

  // 署名の図（letters/pictures.ts）：見出しと、各図の内容を説明する文言。
  'pictures.timelineHeading': '署名数の推移',
  'pictures.timelineAlt': '署名数の推移を示すグラフ：{from}から{to}までに{total, plural, other {#筆}}の署名があり、最も多かったのは{peakDay}（{peak, number}筆）です。',
  'pictures.mapHeading': '署名者の分布',
  'pictures.mapAlt': '世界地図：署名者は{countries, plural, other {#か国}}、議員は{legislatorCountries, plural, other {#か国}}にわたります。',
  'pictures.legendLegislators': '議員',
  'pictures.legendSignatories': 'その他の署名者',
  'pictures.byCountry': '国別の署名者',
  'pictures.countryLine': '{country}：署名者{n, plural, other {#名}}{legislators, plural, =0 {} other {（うち議員#名）}}',

  'verify.title': '署名者の検証：{title}',
  'verify.heading': '署名者一覧の検証',

  'delivered.heading': '送付済み',
  'delivered.line': '{date}（{language}、第{version, number}版）',

  'sign.heading': 'この書簡に署名する',
  'sign.honeypot': 'この欄は空欄のままにしてください',
  'sign.warningHeading': '確認メールを送信する前に',
  'sign.otherAddress': '<other>別のアドレスを使う</other>：下で変更してから署名してください。まだ何も送信されていません。',
  'sign.countedOnly': '氏名を一覧に掲載せずに署名する（人数にのみ含める）',
  'sign.countedOnlyHint': '— 確認メールはこのアドレスに送信されます',
  'sign.continue': 'このアドレスで続ける',
  // review: "I sign as" rendered as a label, 署名者の区分 (signer category), followed by the choices 議員 / 団体 / 個人
  'sign.as': '署名者の区分',
  'sign.name': '氏名',
  'sign.nameHint': '（団体の場合は代表者）',
  'sign.email': 'メールアドレス',
  'sign.emailHint': '（公開されません。確認リンクはこのアドレスに送信されます）',
  'sign.country': '国',
  'sign.title': '肩書き',
  'sign.titleHint': '（例：国会議員、上院議員）',
  'sign.parliament': '議会',
  'sign.party': '政党',
  'sign.organization': '団体',
  'sign.role': '団体における役職',
  'sign.website': 'ウェブサイト',
  'sign.websiteHint': '（このドメインのメールアドレスで署名すると、署名は「確認済み」と表示されます）',
  'sign.display': '公開一覧での表示',
  'sign.displayChoice': '{display, select, full {氏名を表示する} initials {イニシャルのみ表示する} other {表示しない：人数には含めるが、一覧には掲載しない}}',
  'sign.submit': '署名する',
  'sign.risky':
    '{jurisdiction, select, none {ご利用のメールサービス（{provider}）は、この書簡の主催者が注意を呼びかけているものです。この書簡が関係する国の当局が、あなたのメールを読める可能性があります。} other {ご利用のメールサービス（{provider}）は{state}の法律の適用を受けており、同国の当局はあなたのメールを読むことができます。{chosen, select, yes {この書簡は{state}に関するものです。} other {この書簡が{state}に関するものである場合、当サイトが送信する確認メールによって、あなたが署名したことが同国の当局に知られることになります。}}}}',
  'sign.riskyChoices': '別のアドレスを使う、氏名を一覧に掲載せずに署名する（人数にのみ含める）、またはこのまま続ける、のいずれかを選べます。',
  'sign.fieldName':
    '{field, select, name {氏名} email {メールアドレス} country {国} kind {署名者の区分} title {肩書き} parliament {議会} party {政党} organization {団体} role {団体における役職} website {ウェブサイト} display {公開一覧での表示} other {この項目}}',
  'sign.error':
    '{reason, select, required {{field}：入力必須です。} requiredForKind {{field}：{kind, select, legislator {議員} organization {団体} other {個人}}として署名する場合は入力必須です。} tooLong {{field}：長すぎます。} kindNotAccepted {この書簡は{kind, select, legislator {議員} organization {団体} other {個人}}による署名を受け付けていません。} email {{field}：送信可能なメールアドレスではありません。} website {{field}：ウェブアドレス（例：https://example.org）ではありません。} noLink {{field}：ウェブアドレスは入力できません。} noLetter {{field}：文字または数字を1つ以上含めてください。} choose {{field}：選択肢のいずれかを選んでください。} other {{field}：入力内容が正しくありません。ご確認ください。}}',
  'sign.errorsHeading': '{n, plural, other {入力内容に#件の問題があります}}',

  'check.title': 'メールをご確認ください',
  'check.sent': 'ご入力のアドレスにメッセージを送信しました。メール内のリンクを開いて確認すると、署名が有効になります。',
  'check.nothing': 'メールが届かない場合は、迷惑メールフォルダをご確認いただくか、もう一度署名して再送信してください。',

  'shown.list': '公開一覧での表示',
  'shown.notListed': '<strong>非掲載</strong>：人数には含めるが、氏名は掲載しない',
  'shown.kind': '署名者の区分',
  'shown.country': '国',
  'shown.display': '表示',
  'shown.displayChoice': '{display, select, full {氏名} initials {イニシャルのみ} other {非掲載：人数には含めるが、氏名は掲載しない}}',

  'confirm.title': '署名の確認',
  'confirm.closedHeading': 'この書簡の署名受付は終了しました',
  'confirm.closed': '<letter>{title}</letter>は確認前の{date}に署名受付を終了したため、あなたの署名は追加されませんでした。',
  'confirm.alreadyHeading': 'このアドレスはすでに署名しています',
  'confirm.already':
    'このアドレスによる<letter>{title}</letter>への署名は、別の内容ですでに確認されており、その内容が有効です。このリンクでは変更できません。別の内容で署名するには、その署名を（そのメールにあるリンクから）取り消したうえで、改めて署名してください。',
  'confirm.withdrawnHeading': 'この署名は取り消されています',
  'confirm.withdrawn': '署名を再び追加するには、<letter>{title}</letter>にもう一度署名してください。',
  'confirm.doneHeading': '署名が確認されました',
  'confirm.heading': '署名の確認',
  'confirm.doneIntro': '<letter>{title}</letter>での表示内容：',
  'confirm.intro': '確認すると、<letter>{title}</letter>に次の内容が公開されます：',
  'confirm.careful': 'ご入力の内容と異なる場合は、確認しないでください。このボタンを押さない限り、何も公開されません。',
  'confirm.submit': '署名を確認する',

  'confirmed.title': '署名が確認されました',
  'confirmed.heading': 'ありがとうございます。署名が確認されました',
  'confirmed.withheld':
    '署名は集計に含まれました。あなたの国の署名者が一定数に達した時点、または書簡の正式公開時に、氏名が一覧に掲載されます。それまでは、ある国の署名者が一人だけ表示されることはありません。',
  'confirmed.published': '署名は集計に含まれ、ご選択どおりに書簡に表示されています。',
  'confirmed.receipt': '受領証：書簡の台帳の記録番号<strong>{position, number}</strong>、ハッシュ<code>{hash}</code>。',
  'confirmed.receiptSigned':
    '受領証：書簡の台帳の記録番号<strong>{position, number}</strong>、ハッシュ<code>{hash}</code>。本サイトが署名した台帳（{size, plural, other {#件}}の記録）に含まれています。',
  'confirmed.keep': 'この受領証を保管してください。これがあれば誰でも、あなたの署名が記録されたこと、その後一覧が書き換えられていないこと、そしてあなたが今も一覧に載っているかどうかを確認できます。',
  'confirmed.check': '確認するには（<how>方法</how>）：',
  'confirmed.batched': '署名は次回の一括公開の際に書簡に表示されます。新しい署名は数件ずつまとめて公開されるため、一覧を見ている人があなたの署名時刻を知ることはできません。',
  'confirmed.batchedReceipt': 'その後、書簡の台帳の受領証は、（受信したメールにある）取り消し用リンクから開くページに表示されます。',
  'confirmed.held': '署名は主催者による確認の後に書簡に表示され、その時点で書簡の台帳に記録されます。',
  'confirmed.see': '書簡と署名者を見る',

  'withdraw.title': '署名の取り消し',
  'withdraw.doneHeading': '署名は取り消されました',
  'withdraw.heading': '署名の取り消し',
  'withdraw.from': '<letter>{title}</letter>への署名：<strong>{name}</strong>。',
  'withdraw.effect': '取り消すと、署名は公開一覧、集計、およびすべてのダウンロードから削除されます。',
  'withdraw.submit': '署名を取り消す',
  'withdraw.storedHeading': '当サイトが保存しているあなたの情報',
  'withdraw.name': '氏名',
  'withdraw.titleField': '肩書き',
  'withdraw.parliament': '議会',
  'withdraw.party': '政党',
  'withdraw.organization': '団体',
  'withdraw.website': 'ウェブサイト',
  'withdraw.country': '国',
  'withdraw.email': 'メールアドレス',
  'withdraw.emailStored': '{email}（暗号化済み、公開されません）',
  'withdraw.erased': '消去済み',
  'withdraw.shownAs': '表示',
  'withdraw.signed': '署名日時',
  // same as English: the value is only the formatted date placeholder
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}（確認：{confirmed}）',
  'withdraw.publicList': '公開一覧',
  'withdraw.publication':
    '{state, select, held {一覧には未掲載：主催者による確認を待っています} batched {確認済み：次回の一括公開の際に一覧に追加されます（まとめて公開されるため、署名時刻は誰にもわかりません）} published {一覧に掲載済み} other {集計に含まれています。あなたの国の署名者が一定数に達した時点、または書簡の正式公開時に、氏名が掲載されます}}',
  'withdraw.receipt': '台帳の受領証',
  'withdraw.receiptText': '記録番号{position, number}、ハッシュ<code>{hash}</code>。あなたが今も一覧に載っているか（載っていない場合は誰が削除したか）をいつでも確認するには：',
  'withdraw.invitation': '招待',
  'withdraw.invitationText':
    '{accepted, select, yes {主催者は{date}に{email}（暗号化済み）を招待し、あなたはその招待から署名しました。招待時の内容：{details}。} other {主催者は{date}に{email}（暗号化済み）を招待しました。招待時の内容：{details}。}}署名を取り消すか消去すると、招待は終了し、この情報も消去されます。',
  'withdraw.network': 'ネットワークアドレス',
  'withdraw.networkFingerprint': '保存していません。偽の署名の大量送信を検知するため、その鍵付きハッシュのみを保存しています',
  'withdraw.networkNone': '保存していません',
  'withdraw.eraseText': 'これらをすべて今すぐ消去できます。署名は一覧と集計から消え、あなたに関する情報は一切残りません。',
  'withdraw.erase': '自分に関する情報をすべて消去する',

  'withdrawn.title': '署名は取り消されました',
  'withdrawn.heading': '署名は取り消されました',
  'withdrawn.effect': '署名は書簡に表示されなくなり、集計にも含まれません。',
  'withdrawn.proof':
    '書簡の台帳には、あなただけが持つ取り消し用リンクから作成された証明とともに、この取り消しが記録されています。受領証とそのリンクがあれば、検証ツールで、この取り消しがあなた自身によるものであること（<code>--receipt POSITION:HASH --token YOUR_LINK</code>）、また他人が記録した取り消しはあなたによるものではないことを示せます。',

  'erased.title': '消去しました',
  'erased.heading': '消去しました',
  'erased.text': 'あなたの署名と、それとともに保存されていたすべての情報は削除されました。',

  'reconsent.title': '書簡が変更されました',
  'reconsent.doneHeading': '現在の本文に同意しました',
  'reconsent.heading': 'あなたが署名した書簡が変更されました',
  'reconsent.versions': '<letter>{title}</letter>：あなたが署名したのは第{signed, number}版で、現在の本文は第{current, number}版です。',
  'reconsent.version': '第{version, number}版',
  'reconsent.editorial': '第{version, number}版（字句の修正）',
  'reconsent.submit': '新しい本文に署名する',
  'reconsent.otherwise': '署名しない場合、あなたの署名は第{signed, number}版への署名として一覧に残ります。',
  'reconsented.title': 'ありがとうございます',
  'reconsented.heading': 'ありがとうございます。第{version, number}版に署名しました',
  'reconsented.receipt': '新しい受領証：書簡の台帳の記録番号<strong>{position, number}</strong>、ハッシュ<code>{hash}</code>。',
  'reconsented.check': '確認するには：',

  'diff.field': '{field, select, title {表題} addressee {宛先} summary {概要} body {本文} language {言語} other {{field}}}',

  // review: shown after the number in the embed widget (e.g. 120 名が署名)
  'embed.signatories': '{n, plural, other {名が署名}}',
  'embed.readAndSign': '書簡を読んで署名する',
  'embed.read': '書簡を読む',

  'invitation.founding': '呼びかけ人の署名期間：招待制',
  'invitation.badge': '署名へのご招待',
  'invitation.usedHeading': 'この招待はすでに使用されています',
  'invitation.used': 'この招待はすでにこの書簡への署名に使用されました。招待による署名は一度限りで、その際の署名内容がそのまま有効です。このリンクでこれ以上の操作はできません。',
  'invitation.signAs': '{name}として署名する',
  'invitation.hint': '主催者がこのアドレスを招待しました。ここで署名する場合、追加の確認は不要で、署名は「確認済み」と表示されます。誤りがあれば修正してください。',
  'invitation.submit': '書簡に署名する',
  'invitation.closedOn': 'この書簡は{date}に署名受付を終了しており、これ以上の署名は受け付けていません。',
  'invitation.notOpen': 'この書簡は現在、署名を受け付けていません。',

  'error.heading':
    '{status, number} · {status, select, 400 {不正なリクエスト} 403 {アクセスが禁止されています} 404 {見つかりません} 405 {許可されていない操作です} 409 {競合} 410 {削除されました} 413 {サイズが大きすぎます} 415 {サポートされていない形式です} 429 {リクエストが多すぎます} 503 {サービスを利用できません} other {エラー}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {該当する書簡は存在しないか、公開されていません。} NOT_FOUND {このアドレスには何もありません。} TOKEN_UNKNOWN {このリンクは無効です。メールから省略なくコピーされているかご確認ください。} TOKEN_EXPIRED {このリンクは有効期限が切れています。新しいリンクを受け取るには、もう一度書簡に署名してください。} LETTER_CLOSED {この書簡は署名受付を終了しており、これ以上の署名は受け付けていません。} ALREADY_SIGNED {このアドレスは別の内容ですでにこの書簡に署名しており、その内容が有効です。変更するには、その署名を取り消してから改めて署名してください。} SIGNATURE_WITHDRAWN {この署名は取り消されています。再び追加するには、もう一度書簡に署名してください。} SIGNATURE_NOT_ACTIVE {この署名は有効ではありません。改めて書簡に署名してください。} RATE_LIMITED {この接続元からの試行が多すぎます。しばらく待ってから再度お試しください。} CROSS_ORIGIN {このフォームは別のサイトから送信されたため、受け付けられませんでした。ページを開き直して、そこから送信してください。} DATABASE_UNAVAILABLE {現在サービスをご利用いただけません。しばらくしてから再度お試しください。} INTERNAL_ERROR {当サイト側で問題が発生しました。この問題は記録されています。} other {リクエストを完了できませんでした（{code}）。}}',

  'mail.footerSigner':
    'このメールは、公開書簡への署名のためにこのアドレスが入力されたため、{siteName}から送信されました。あなたのメールアドレスが公開されることはありません。お心当たりのない場合は、このメールを無視するか、上記のリンクから署名を取り消してください。',
  'mail.footerSigned': 'このメールは、公開書簡への署名のためにこのアドレスが入力されたため、{siteName}から送信されました。あなたのメールアドレスが公開されることはありません。',
  'mail.footerReconsent': 'このメールは、あなたがこの書簡に署名したため、{siteName}から送信されました。あなたのメールアドレスが公開されることはありません。',
  'mail.orOpen': 'または、次のリンクを開いてください：',
  'mail.readLetter': '書簡を読む',
  'mail.theLetter': '書簡：{url}',

  'mail.confirm.subject': '署名のご確認：{title}',
  'mail.confirm.thanks': '{addressee}宛ての<strong>{title}</strong>にご署名いただき、ありがとうございます。',
  'mail.confirm.counts': 'このアドレスがご本人のものであることを確認すると、署名が有効になります。確認すると、次の内容が公開されます：',
  'mail.confirm.careful': 'ご入力の内容と異なる場合は、確認しないでください。このリンクから確認しない限り、何も公開されません。',
  'mail.confirm.button': '署名を確認する',
  'mail.confirm.valid': 'リンクの有効期間は7日間です。',
  'mail.confirm.openToConfirm': '確認するには、次のリンクを開いてください（有効期間7日間）：',
  'mail.confirm.changedMind': 'お考えが変わった場合は、今すぐでも後からでも<withdraw>署名を取り消す</withdraw>ことができます。',
  'mail.confirm.changedMindText': 'お考えが変わった場合は、今すぐでも後からでも、次のリンクから署名を取り消すことができます：',

  'mail.already.subject': 'すでに署名済みです：{title}',
  'mail.already.again': 'どなたか（おそらくご本人）が、このアドレスで<strong>{title}</strong>に再度署名しようとしました。',
  'mail.already.stands': 'あなたはすでにこの書簡に署名しており、その署名は有効です。変更は一切ありません。',
  'mail.already.withdraw': '署名を撤回するには：<withdraw>署名を取り消す</withdraw>。',
  'mail.already.withdrawText': '署名を撤回するには、次のリンクを開いてください：',

  'mail.reconsent.subject': 'あなたが署名した書簡が変更されました：{title}',
  'mail.reconsent.changed': '<strong>{title}</strong>の主催者は、あなたが第{from, number}版に署名した後、本文を変更しました。現在は第{to, number}版です。',
  'mail.reconsent.shown': '新しい本文に同意されるまで、あなたの署名は以前の本文への署名として表示されます。',
  'mail.reconsent.see': '<versions>変更箇所を正確に確認する</versions>。',
  'mail.reconsent.seeText': '変更箇所を正確に確認する：',
  'mail.reconsent.button': '新しい本文を確認して署名する',
  'mail.reconsent.withdraw': 'この書簡をもう支持しない場合は、<withdraw>署名を取り消して</withdraw>ください。',
  'mail.reconsent.withdrawText': 'この書簡をもう支持しない場合は、次のリンクから署名を取り消してください：',

  'mail.invitation.subject': '署名へのご招待：{title}',
  'mail.invitation.dear': '{name}様',
  'mail.invitation.invited':
    '{founding, select, yes {{addressee}宛ての公開書簡<strong>{title}</strong>に、一般公開に先立ち、呼びかけ人のお一人としてご署名いただきたく、ご案内申し上げます。} other {{addressee}宛ての公開書簡<strong>{title}</strong>へのご署名をお願いしたく、ご案内申し上げます。}}',
  'mail.invitation.button': '書簡を読んで署名する',
  'mail.invitation.personal': 'このリンクはあなた専用で、30日間有効です。このリンクから署名する場合、追加の確認は不要で、署名は「確認済み」と表示されます。',

  'mail.delivery.to': '{name}様',
  'mail.delivery.attached': '書簡と署名者の全一覧（{summary}）をPDFで添付いたします。また、{url}でも公開しています。',

  'pdf.signatories': '署名者',
  'pdf.legend':
    '✓ 確認済み：署名者が所属機関のメールドメインから送信した（「@domain から送信」と表記）、主催者から招待された、または主催者に承認されたことを示します。すべての署名は、署名者本人によりメールで確認されています。肩書きおよび所属は識別のためにのみ記載しています。',
  'pdf.unlisted': '{n, plural, other {このほか#名の署名者が集計に含まれていますが、本人の希望により氏名は掲載していません。}}',
  'pdf.withheld':
    '{n, plural, other {このほか#名が集計に含まれていますが、安全のため氏名はまだ公開していません}}（この書簡では、ある国の署名者が一定数に達した時点でその国の氏名を公開し、正式公開時にはすべての氏名を公開します）。',
  'pdf.version': '{url} · 本文第{version, number}版 · {date}作成',
  'pdf.ledger': '署名者台帳：{n, plural, other {#件}}の記録、ヘッド<code>{head}</code>、マークルルート<code>{root}</code>。本インスタンスの鍵<code>{key}</code>で署名。',
  'pdf.witnessed': '証人{count, plural, other {#者}}が最初の{size, plural, other {#件}}の記録に連署しました。',
  'pdf.check': 'それ以降、一覧が記録されたイベントによってのみ変更されてきたことは、誰でも確認できます：',
  'pdf.page': '{title} · {pages}ページ中{page}ページ',
  'pdf.translationOf': '原文（{original}）の翻訳（{language}）です。原文が正本です。',
  'pdf.original': '原文',
  'pdf.translation': '翻訳',

  // Issue 20: the workspace's pages.
  'home.organizers': '公開書簡を主催する方へ',
  'home.signIn': 'ワークスペースにログイン',
  'mail.footer.invitation':
    'このメールは、{named, select, yes {{organizers}} other {「{title}」の主催者}}が{siteName}を通じて、このアドレスを書簡への署名に招待したため送信されました。あなたご自身が署名しない限り、何も署名されません。あなたのメールアドレスが公開されることはありません。',
  'mail.footer.delivery':
    'このメールは、このアドレスが公開書簡「{title}」の宛先の一つであるため送信されました。この書簡は、{named, select, yes {{organizers}} other {「{title}」の主催者}}が署名者に代わって{siteName}を通じて送付したものです。書簡の公開ページには宛先が名前で掲載されますが、アドレスが掲載されることはありません。',
  'mail.rejected.subject': 'あなたの署名は受け付けられませんでした：{title}',
  'mail.rejected.decided': '<strong>{title}</strong>の主催者は、{name}としてのあなたの署名を審査し、受け付けないことにしました。',
  'mail.rejected.effect': 'この署名は書簡の署名者一覧に表示されず、集計にも含まれません。',
  'mail.rejected.data': 'あなたの署名について保存されている情報と、その消去方法：<withdraw>あなたの署名のページ</withdraw>。',
  'mail.rejected.dataText': 'あなたの署名について保存されている情報と、その消去方法：',
  'mail.invitation.from': '{named, select, yes {この招待は{organizers}からのものです。} other {この招待は書簡の主催者からのものです。}}',
  'mail.delivery.from': '{named, select, yes {この書簡は、{organizers}が署名者に代わってお送りするものです。} other {この書簡は、主催者が署名者に代わってお送りするものです。}}',
  'sign.news': 'この書簡に関するお知らせを受け取る（月に最大{n, plural, other {#回}}）',
  'sign.newsHint': '任意です。各メールには配信停止用のリンクがあり、停止しても署名はそのまま残ります。',
  'mail.update.subject': '「{title}」に関するお知らせ：{update}',
  'mail.update.news': 'あなたが署名した<strong>{title}</strong>の主催者からのお知らせです：',
  'mail.update.unsubscribe': 'このようなメールが届くのは月に最大{n, plural, other {#通}}までです。ワンクリックで<unsubscribe>配信を停止</unsubscribe>できます。署名はそのまま残ります。',
  'mail.update.unsubscribeText': 'このようなメールが届くのは月に最大{n, plural, other {#通}}までです。配信を停止するには（署名はそのまま残ります）、次のリンクを開いてください：',
  'mail.footer.update': 'このメールは、あなたが{siteName}で「{title}」に署名した際にお知らせの受け取りを希望したため送信されました。あなたのメールアドレスが公開されることはありません。',
  'unsubscribe.title': 'この書簡に関するお知らせ',
  'unsubscribe.heading': 'この書簡に関するお知らせの配信を停止しますか？',
  'unsubscribe.doneHeading': 'この書簡に関するお知らせの配信を停止しました',
  'unsubscribe.about': '<letter>{title}</letter>の主催者は、希望した署名者に書簡に関するお知らせを送っています。',
  'unsubscribe.effect': '今後、お知らせは届かなくなります。書簡上のあなたの署名はそのまま残ります。',
  'unsubscribe.done': '<letter>{title}</letter>に関するお知らせは今後届きません。書簡上のあなたの署名はそのまま残ります。',
  'unsubscribe.submit': '配信を停止する',
  'updates.heading': '主催者からのお知らせ',
  'updates.sent': '{date}送信',
  'withdraw.news': '書簡に関するお知らせ',
  'withdraw.newsState': '{news, select, yes {受け取りを希望済み：配信を停止するか署名を取り消すまで、あなたのアドレスに届きます} other {なし}}',
} satisfies SiteCatalog;
