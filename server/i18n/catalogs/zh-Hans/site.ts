import type { SiteCatalog } from '../en/site-type.js';

/** Simplified Chinese: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first}和{second}',
  'list.start': '{first}、{second}',
  'list.middle': '{first}、{second}',
  'list.end': '{first}和{second}',
  'list.count': '（{count, number}）',
  'list.separator': '、',

  'site.skip': '跳至正文',
  'site.footer': '{siteName}：经签署与核实的公开信。签署人的电子邮箱地址绝不公开。',
  'site.languages': '语言',
  'site.backToLetter': '返回公开信',
  'site.backToStart': '返回首页',
  'site.choose': '请选择…',
  'site.optional': '（选填）',

  'home.title': '公开信',
  'home.intro': '由议员、组织和个人联合签署的公开信。每个签名均经电子邮件确认；签署人的所属机构在条件允许时予以核实。',
  'home.to': '致{addressee}',
  'home.none': '尚未发布任何公开信。',

  'status.open': '开放签署中',
  'status.closed': '已截止',
  'status.closedOn': '已于{date}截止',
  'status.draft': '草稿',

  // review: legislator = 议员 (member of any parliament or legislature); individual = 个人; kind.choice is a radio option under the label 我的签署身份
  'kind.plural': '{kind, select, legislator {议员} organization {组织} other {个人}}',
  'kind.singular': '{kind, select, legislator {议员} organization {组织} other {个人}}',
  'kind.choice': '{kind, select, legislator {议员} organization {组织} other {个人}}',

  // review: countries rendered as 国家和地区 (the usual Chinese phrase, since the list includes territories such as Hong Kong and Taiwan); form labels use 国家或地区
  'summary.legislators': '来自 {countries, plural, other {# 个国家和地区}}的 {legislators, plural, other {# 位议员}}',
  'summary.organizations': '{n, plural, other {# 个组织}}',
  'summary.individuals': '{n, plural, other {# 位个人签署人}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: rendered as “已有 37 位议员签署，目标 100 位” (so far / goal) rather than a literal “37 of 100”
  'goal.progress':
    '{kind, select, legislator {已有 {current, number} 位议员签署，目标 {goal, plural, other {# 位}}} organization {已有 {current, number} 个组织签署，目标 {goal, plural, other {# 个}}} individual {已有 {current, number} 位个人签署，目标 {goal, plural, other {# 位}}} other {已有 {current, number} 个签名，目标 {goal, plural, other {# 个}}}}',
  'summary.none': '尚无签名',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {尚无签名} other {<strong>#</strong> 个签名}}',

  'letter.to': '致：{addressee}',
  'letter.published': '发布于{date}',
  'letter.publishedUntil': '发布于{date} · 签署截止于{until}',
  'letter.outdated': '本译文依据的是原文第 {basedOn} 版，原文此后已有修改（现为第 {current} 版）；以原文为准。',
  'letter.untranslated': '本公开信尚无{language}译本，以下显示原文。',
  'letter.downloadPdf': '下载 PDF',
  'letter.downloadCsv': '签署人名单（CSV）',
  'letter.textLanguages': '其他语言版本',

  'signatories.heading': '签署人',
  'signatories.founding': '首批签署人',
  'signatories.others': '签署人',
  'signatories.pages': '签署人名单分页',
  'signatories.previous': '上一页',
  'signatories.next': '下一页',
  'signatories.page': '第 {page, number} 页，共 {pages, number} 页',
  'signatories.identification': '所列职衔和所属机构仅供识别身份之用。',
  'signatories.unlisted': '应本人要求只计入人数、不列出姓名的签署人：{n, number} 位。',
  'signatories.withheldUntil': '所有姓名将于{date}统一公布；在此之前只统计签署人数（尚有 {n, plural, other {# 个姓名}}待公布）。',
  'signatories.withheldThreshold':
    '为避免任何人成为其所在国家唯一公开可见的签署人，某一国家的签署人达到 {k, plural, other {# 人}}后，才会公布该国签署人的姓名。目前已计入人数但尚未公布姓名的：{countries}。',
  'signatories.withheldCountry': '{country}（{n, number}）',
  'signatories.batch':
    '新签名{unit, select, second {每{n, plural, =1 {秒} other { # 秒}}} minute {每{n, plural, =1 {分钟} other { # 分钟}}} other {每{n, plural, =1 {小时} other { # 小时}}}}统一加入名单一次，因此名单不会显示任何人的签署时间。',
  'signatories.history': '<history>此文本自首次签署以来已有修改：查看修改历史。</history>',
  'signatories.earlierVersion': '（签署的是第 {version} 版）',
  'signatories.verified': '✓ 已核实',
  'signatories.verifiedDomain': '✓ 已核实：使用 @{domain} 邮箱',
  'signatories.verifiedHow': '{how, select, domain {已核实：使用所属机构的邮箱域名} invited {已核实：由发起人邀请} other {已核实：经发起人审核批准}}',

  // review: ledger = 账本, entry = 记录, head = 末端 (signed tree head), hash = 哈希值, witness = 见证方, cosign = 共同签署; check the technical vocabulary
  'ledger.note':
    '加入或退出本名单的每个签名都记录在一份防篡改账本中：共 {n, plural, other {# 条记录}}，末端为 <code>{head}</code>；本站已用其<key>公布的密钥</key>对这一状态进行了<checkpoint>签名</checkpoint>。',
  'ledger.witnessed': '{count, plural, other {# 个独立见证方}}已核查该账本只增不改，并共同签署了其前 {size, plural, other {# 条记录}}（最近一次于{date}）。',
  'ledger.unwitnessed': '尚无独立见证方共同签署该账本。',
  'ledger.check': '<ledger>查看账本</ledger>，或使用<verifier>验证工具</verifier>自行核查：',
  'ledger.short': '加入或退出本名单的每个签名都记录在一份防篡改账本中：<verify>验证本名单</verify>。',

  // The pictures of the signatures (letters/pictures.ts): headings, and the words that say what each shows.
  'pictures.timelineHeading': '签名趋势',
  'pictures.timelineAlt': '签名趋势图：从{from}到{to}共 {total, plural, other {# 个签名}}，其中{peakDay}签名最多（{peak, number} 个）。',
  'pictures.mapHeading': '签署人分布',
  'pictures.mapAlt': '世界地图：签署人来自 {countries, plural, other {# 个国家和地区}}，其中议员来自 {legislatorCountries, plural, other {# 个国家和地区}}。',
  'pictures.legendLegislators': '议员',
  'pictures.legendSignatories': '其他签署人',
  'pictures.byCountry': '各国家和地区的签署人',
  'pictures.countryLine': '{country}：{n, plural, other {# 位签署人}}{legislators, plural, =0 {} other {，其中 # 位议员}}',

  'verify.title': '验证签署人：{title}',
  'verify.heading': '验证签署人名单',

  'delivered.heading': '已递交',
  'delivered.line': '{date}（{language}，第 {version, number} 版）',

  'sign.heading': '签署本公开信',
  'sign.honeypot': '此项请留空',
  'sign.warningHeading': '在我们发送确认邮件之前',
  'sign.otherAddress': '<other>使用其他地址</other>：请在下方修改后再签署。目前尚未发送任何邮件。',
  'sign.countedOnly': '签署但不公开我的姓名（仅计入人数）',
  'sign.countedOnlyHint': '——确认邮件仍会发送到此地址',
  'sign.continue': '继续使用此地址',
  'sign.as': '我的签署身份',
  'sign.name': '姓名',
  'sign.nameHint': '（如为组织，请填写其代表人）',
  'sign.email': '电子邮箱',
  'sign.emailHint': '（绝不公开；确认链接将发送至此）',
  'sign.country': '国家或地区',
  'sign.title': '职衔',
  'sign.titleHint': '（例如：国会议员、参议员）',
  'sign.parliament': '议会',
  'sign.party': '政党',
  'sign.organization': '组织',
  'sign.role': '您在该组织中的职务',
  'sign.website': '网站',
  'sign.websiteHint': '（如您的邮箱属于该网站的域名，签名将标记为已核实）',
  'sign.display': '在公开名单上显示',
  'sign.displayChoice': '{display, select, full {我的全名} initials {仅显示我的姓名缩写} other {不显示：计入人数，但不列出}}',
  'sign.submit': '签署',
  'sign.risky':
    '{jurisdiction, select, none {您的邮件服务商 {provider} 是本公开信发起人提醒注意的服务商之一：本信所涉国家的当局或许能够读取您的邮件。} other {您的邮件服务商 {provider} 受{state}法律管辖，该国当局可以读取您的邮件。{chosen, select, yes {本信涉及{state}。} other {如果本信涉及{state}，我们发送的确认邮件会让该国当局得知您签署了本信。}}}}',
  'sign.riskyChoices': '您可以改用其他地址，或签署但不公开姓名（仅计入人数），或仍然继续。',
  'sign.fieldName':
    '{field, select, name {姓名} email {电子邮箱} country {国家或地区} kind {我的签署身份} title {职衔} parliament {议会} party {政党} organization {组织} role {您在该组织中的职务} website {网站} display {在公开名单上显示} other {此项}}',
  'sign.error':
    '{reason, select, required {{field}：此项为必填。} requiredForKind {{field}：以{kind, select, legislator {议员} organization {组织} other {个人}}身份签署时，此项为必填。} tooLong {{field}：内容过长。} kindNotAccepted {本公开信不接受{kind, select, legislator {议员} organization {组织} other {个人}}签署。} email {{field}：这不是我们能够发送邮件的电子邮箱地址。} website {{field}：这不是网址（例如 https://example.org）。} noLink {{field}：此处不接受网址。} noLetter {{field}：须至少包含一个文字、字母或数字。} choose {{field}：请从选项中选择一项。} other {{field}：内容无效，请检查您填写的内容。}}',
  'sign.errorsHeading': '{n, plural, other {您填写的内容有 # 处问题}}',

  'check.title': '请查收电子邮件',
  'check.sent': '我们已向您提供的地址发送了一封邮件。您打开其中的链接并确认后，您的签名才会计入。',
  // review: spam folder = 垃圾邮件文件夹
  'check.nothing': '没有收到？请查看垃圾邮件文件夹，或重新签署以再次发送。',

  'shown.list': '在公开名单上',
  'shown.notListed': '<strong>不列出</strong>：计入人数，但不显示姓名',
  'shown.kind': '签署身份',
  'shown.country': '国家或地区',
  'shown.display': '显示方式',
  'shown.displayChoice': '{display, select, full {您的全名} initials {仅显示您的姓名缩写} other {不列出：计入人数，但不显示姓名}}',

  'confirm.title': '确认您的签名',
  'confirm.closedHeading': '本公开信已截止签署',
  'confirm.closed': '<letter>《{title}》</letter>已于{date}截止签署，早于您的确认，因此您的签名未被加入。',
  'confirm.alreadyHeading': '此地址已签署过',
  'confirm.already': '此地址对<letter>《{title}》</letter>的签名已以其他信息确认，该签名仍然有效。此链接无法更改这些信息：如需以不同信息签署，请先撤回该签名（使用相关邮件中的链接），然后重新签署。',
  'confirm.withdrawnHeading': '此签名已撤回',
  'confirm.withdrawn': '重新签署<letter>《{title}》</letter>即可恢复签名。',
  'confirm.doneHeading': '您的签名已确认',
  'confirm.heading': '确认您的签名',
  'confirm.doneIntro': '在<letter>《{title}》</letter>上，您的签名显示为：',
  'confirm.intro': '在<letter>《{title}》</letter>上，确认后将公布以下内容：',
  'confirm.careful': '如与您所填写的不符，请勿确认：不按此按钮，任何内容都不会公布。',
  'confirm.submit': '确认我的签名',

  'confirmed.title': '签名已确认',
  'confirmed.heading': '谢谢您：您的签名已确认',
  'confirmed.withheld': '您的签名现已计入。当来自您所在国家的签署人达到足够数量时，或在本公开信正式发布时，您的姓名将被列出：在此之前，任何人都不会成为其所在国家唯一公开可见的签署人。',
  'confirmed.published': '您的签名现已计入，并按您的选择显示在公开信上。',
  'confirmed.receipt': '您的回执：本公开信账本中的第 <strong>{position, number}</strong> 条记录，哈希值 <code>{hash}</code>。',
  'confirmed.receiptSigned':
    '您的回执：本公开信账本中的第 <strong>{position, number}</strong> 条记录，哈希值 <code>{hash}</code>，已包含在本站签名的账本状态中（共 {size, plural, other {# 条记录}}）。',
  'confirmed.keep': '请妥善保存：凭此回执，任何人都可以核查您的签名已被记录、此后无人改写过名单，以及您是否仍在名单上。',
  'confirmed.check': '核查方法（<how>说明</how>）：',
  'confirmed.batched': '您的签名将随下一批签名一同出现在公开信上。新签名每次数个、统一公布，这样关注名单的人无法得知您的签署时间。',
  'confirmed.batchedReceipt': '届时，您在本公开信账本中的回执将显示在您的撤回链接（见您收到的邮件）所打开的页面上。',
  'confirmed.held': '发起人审核后，您的签名将出现在公开信上，届时本公开信的账本也将记录该签名。',
  'confirmed.see': '查看公开信及其签署人',

  'withdraw.title': '撤回您的签名',
  'withdraw.doneHeading': '您的签名已撤回',
  'withdraw.heading': '撤回您的签名',
  'withdraw.from': '<letter>《{title}》</letter>上的签名：<strong>{name}</strong>。',
  'withdraw.effect': '撤回后，该签名将从公开名单、统计人数及所有下载文件中删除。',
  'withdraw.submit': '撤回我的签名',
  'withdraw.storedHeading': '我们存储的关于您的信息',
  'withdraw.name': '姓名',
  'withdraw.titleField': '职衔',
  'withdraw.parliament': '议会',
  'withdraw.party': '政党',
  'withdraw.organization': '组织',
  'withdraw.website': '网站',
  'withdraw.country': '国家或地区',
  'withdraw.email': '电子邮箱',
  'withdraw.emailStored': '{email}（已加密；绝不公开）',
  'withdraw.erased': '已删除',
  'withdraw.shownAs': '显示为',
  'withdraw.signed': '签署时间',
  // same as English: only the placeholder (the date and time of signing)
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}；确认于{confirmed}',
  'withdraw.publicList': '公开名单',
  'withdraw.publication':
    '{state, select, held {未列入名单：等待发起人审核} batched {已确认；将随下一批签名加入名单（统一公布，因此无人能得知您的签署时间）} published {已列入名单} other {已计入人数；当来自您所在国家的签署人达到足够数量时，或在本公开信正式发布时，您的姓名将被列出}}',
  'withdraw.receipt': '账本回执',
  'withdraw.receiptText': '第 {position, number} 条记录，哈希值 <code>{hash}</code>。如需随时核查您是否仍在名单上（如已不在，是谁移除了您）：',
  'withdraw.invitation': '邀请',
  'withdraw.invitationText':
    '{accepted, select, yes {发起人于{date}邀请了 {email}（已加密），您通过该邀请签署，所附信息为：{details}。} other {发起人于{date}邀请了 {email}（已加密），所附信息为：{details}。}}撤回或删除签名将终止该邀请，并一并删除这些信息。',
  'withdraw.network': '网络地址',
  // review: "keyed hash" = 带密钥的哈希值
  'withdraw.networkFingerprint': '未存储；仅保留其带密钥的哈希值，用于识别大量虚假签名',
  'withdraw.networkNone': '未存储',
  'withdraw.eraseText': '您可以立即删除上述全部信息：签名将从名单和统计人数中消失，不会保留任何关于您的信息。',
  'withdraw.erase': '删除关于我的全部信息',

  'withdrawn.title': '签名已撤回',
  'withdrawn.heading': '您的签名已撤回',
  'withdrawn.effect': '该签名不再显示在公开信上，也不再计入人数。',
  'withdrawn.proof':
    '本公开信的账本记录了此次撤回，并附有一份由您的撤回链接生成的证明，而该链接只有您持有：凭您的回执和该链接，验证工具可以证明此次撤回出自您本人（<code>--receipt POSITION:HASH --token YOUR_LINK</code>），也能证明他人记录的撤回并非出自您。',

  'erased.title': '已删除',
  'erased.heading': '已删除',
  'erased.text': '您的签名及与其一同存储的所有信息均已删除。',

  'reconsent.title': '公开信已修改',
  'reconsent.doneHeading': '您已同意现行文本',
  'reconsent.heading': '您签署的公开信已修改',
  'reconsent.versions': '<letter>《{title}》</letter>：您签署的是第 {signed, number} 版；现行文本为第 {current, number} 版。',
  'reconsent.version': '第 {version, number} 版',
  'reconsent.editorial': '第 {version, number} 版（文字修订）',
  'reconsent.submit': '我签署新文本',
  'reconsent.otherwise': '如您不签署，您的签名将作为对第 {signed, number} 版的签名继续保留在名单上。',
  'reconsented.title': '谢谢您',
  'reconsented.heading': '谢谢您：您已签署第 {version, number} 版',
  'reconsented.receipt': '您的新回执：本公开信账本中的第 <strong>{position, number}</strong> 条记录，哈希值 <code>{hash}</code>。',
  'reconsented.check': '核查方法：',

  'diff.field': '{field, select, title {标题} addressee {收信方} summary {摘要} body {正文} language {语言} other {{field}}}',

  'embed.signatories': '{n, plural, other {签署人}}',
  'embed.readAndSign': '阅读并签署',
  'embed.read': '阅读公开信',

  'invitation.founding': '首批签署：仅限受邀者',
  'invitation.badge': '签署邀请',
  'invitation.usedHeading': '此邀请已被使用',
  'invitation.used': '此邀请已用于签署本公开信，而每份邀请只能签署一次：通过它所作的签名保持原样有效。此链接无法再进行任何操作。',
  'invitation.signAs': '以{name}的身份签署',
  'invitation.hint': '此地址由发起人邀请；在此签署无需进一步确认，您的签名将标记为已核实。如有错误信息，请予以更正。',
  'invitation.submit': '签署公开信',
  'invitation.closedOn': '本公开信已于{date}截止，不再接受签名。',
  'invitation.notOpen': '本公开信目前不接受签名。',

  // review: HTTP status names, following common Chinese renderings
  'error.heading':
    '{status, number} · {status, select, 400 {请求有误} 403 {禁止访问} 404 {未找到} 405 {不允许的方法} 409 {冲突} 410 {已不存在} 413 {内容过大} 415 {不支持的类型} 429 {请求过多} 503 {服务不可用} other {错误}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {不存在该公开信，或该公开信尚未公开。} NOT_FOUND {此地址下没有任何内容。} TOKEN_UNKNOWN {此链接无效。请检查是否从邮件中完整复制了链接。} TOKEN_EXPIRED {此链接已过期。请重新签署本公开信以获取新链接。} LETTER_CLOSED {本公开信已截止，不再接受签名。} ALREADY_SIGNED {此地址已以其他信息签署过本公开信，该签名仍然有效。如需更改，请先撤回该签名，然后重新签署。} SIGNATURE_WITHDRAWN {此签名已撤回；重新签署本公开信即可恢复。} SIGNATURE_NOT_ACTIVE {此签名当前无效；请改为重新签署本公开信。} RATE_LIMITED {来自此处的尝试次数过多：请稍候再试。} CROSS_ORIGIN {此表单是从其他网站提交的，因此已被拒绝。请重新打开本页面并从这里提交。} DATABASE_UNAVAILABLE {服务暂时不可用；请稍后再试。} INTERNAL_ERROR {我们这边出现了问题；该错误已被记录。} other {无法完成请求（{code}）。}}',

  'mail.footerSigner': '此邮件由 {siteName} 发送，因为有人使用此地址签署了一封公开信。您的电子邮箱地址绝不会公开。如果并非您本人操作，请忽略此邮件，或使用上方链接撤回该签名。',
  'mail.footerSigned': '此邮件由 {siteName} 发送，因为有人使用此地址签署了一封公开信。您的电子邮箱地址绝不会公开。',
  'mail.footerReconsent': '此邮件由 {siteName} 发送，因为您签署了这封公开信。您的电子邮箱地址绝不会公开。',
  'mail.orOpen': '或打开此链接：',
  'mail.readLetter': '阅读公开信',
  'mail.theLetter': '公开信：{url}',

  'mail.confirm.subject': '请确认您的签名：{title}',
  'mail.confirm.thanks': '感谢您签署致{addressee}的<strong>《{title}》</strong>。',
  'mail.confirm.counts': '确认此地址属于您后，您的签名才会计入。确认后将公布以下内容：',
  'mail.confirm.careful': '如与您所填写的不符，请勿确认：不打开此链接，任何内容都不会公布。',
  'mail.confirm.button': '确认我的签名',
  'mail.confirm.valid': '此链接 7 天内有效。',
  'mail.confirm.openToConfirm': '如需确认，请打开此链接（7 天内有效）：',
  'mail.confirm.changedMind': '改变主意了？您现在或以后都可以<withdraw>撤回签名</withdraw>。',
  'mail.confirm.changedMindText': '改变主意了？您现在或以后都可以撤回签名：',

  'mail.already.subject': '您已签署过：{title}',
  'mail.already.again': '有人（可能是您本人）尝试使用此地址再次签署<strong>《{title}》</strong>。',
  'mail.already.stands': '您已签署过该公开信，您的签名仍然有效；没有任何更改。',
  'mail.already.withdraw': '如需收回您的签名，请<withdraw>撤回签名</withdraw>。',
  'mail.already.withdrawText': '如需收回您的签名，请打开：',

  'mail.reconsent.subject': '您签署的公开信已修改：{title}',
  'mail.reconsent.changed': '<strong>《{title}》</strong>的发起人在您签署第 {from, number} 版之后修改了文本：现为第 {to, number} 版。',
  'mail.reconsent.shown': '在您同意新文本之前，您的签名将显示为对先前文本的签名。',
  'mail.reconsent.see': '<versions>查看具体修改内容</versions>。',
  'mail.reconsent.seeText': '查看具体修改内容：',
  'mail.reconsent.button': '查看并签署新文本',
  'mail.reconsent.withdraw': '如果您不再支持这封公开信，请<withdraw>撤回您的签名</withdraw>。',
  'mail.reconsent.withdrawText': '如果您不再支持这封公开信，请撤回您的签名：',

  'mail.invitation.subject': '签署邀请：{title}',
  'mail.invitation.dear': '尊敬的{name}：',
  'mail.invitation.invited':
    '{founding, select, yes {诚邀您作为首批签署人之一，在公开征集签名之前签署致{addressee}的公开信<strong>《{title}》</strong>。} other {诚邀您签署致{addressee}的公开信<strong>《{title}》</strong>。}}',
  'mail.invitation.button': '阅读并签署公开信',
  'mail.invitation.personal': '此链接仅供您本人使用，30 天内有效。通过此链接签署无需进一步确认，您的签名将标记为已核实。',

  'mail.delivery.to': '致{name}：',
  'mail.delivery.attached': '本公开信及其签署人完整名单（{summary}）已作为 PDF 附件附上，并发布于 {url}。',

  'pdf.signatories': '签署人',
  'pdf.legend': '✓ 已核实：签署人使用所属机构的邮箱域名发信（标注为“使用 @域名 邮箱”），或由发起人邀请，或经发起人审核批准。每个签名均已由签署人通过电子邮件确认。所列职衔和所属机构仅供识别身份之用。',
  'pdf.unlisted': '{n, plural, other {另有 # 位签署人已计入人数，但应其本人要求未列出姓名。}}',
  'pdf.withheld': '{n, plural, other {另有 # 位签署人已计入人数，但为保障其安全，姓名尚未公布}}（某一国家的签署人达到足够数量时，本公开信即公布该国签署人的姓名；正式发布时公布全部姓名）。',
  'pdf.version': '{url} · 文本第 {version, number} 版 · 生成于{date}',
  'pdf.ledger': '签署人账本：共 {n, plural, other {# 条记录}}，末端 <code>{head}</code>，默克尔树根 <code>{root}</code>，已用本实例的密钥 <code>{key}</code> 签名。',
  'pdf.witnessed': '{count, plural, other {# 个见证方}}共同签署了其前 {size, plural, other {# 条记录}}。',
  'pdf.check': '任何人都可以核查此后名单的变化均来自已记录的事件：',
  'pdf.page': '{title} · 第 {page} 页，共 {pages} 页',
  'pdf.translationOf': '本文为{original}原文的译本（{language}）；以原文为准。',
  'pdf.original': '原文',
  'pdf.translation': '译文',

  // Issue 20: the workspace's pages.
  'home.organizers': '要发起一封公开信吗？',
  'home.signIn': '登录您的工作区',
  'mail.footer.invitation':
    '您收到此邮件，是因为{named, select, yes {{organizers}} other {《{title}》的发起人}}通过 {siteName} 邀请此地址签署这封公开信。除非您本人签署，否则不会有任何签名；您的电子邮箱地址绝不会公开。',
  'mail.footer.delivery':
    '您收到此邮件，是因为此地址是公开信《{title}》的收信方之一；这封信由{named, select, yes {{organizers}} other {《{title}》的发起人}}代表全体签署人通过 {siteName} 发送。该信的公开页面只列出收信方的名称，绝不列出其地址。',
  'mail.rejected.subject': '您的签名未被接受：{title}',
  'mail.rejected.decided': '<strong>《{title}》</strong>的发起人审核了您以“{name}”名义所作的签名，决定不予接受。',
  'mail.rejected.effect': '该签名不会显示在公开信的名单上，也不计入人数。',
  'mail.rejected.data': '关于您的签名存储了哪些信息，以及如何删除这些信息：<withdraw>您的签名页面</withdraw>。',
  'mail.rejected.dataText': '关于您的签名存储了哪些信息，以及如何删除这些信息：',
  'mail.invitation.from': '{named, select, yes {此邀请来自{organizers}。} other {此邀请来自本公开信的发起人。}}',
  'mail.delivery.from': '{named, select, yes {本信由{organizers}代表全体签署人发送给您。} other {本信由其发起人代表全体签署人发送给您。}}',
} satisfies SiteCatalog;
