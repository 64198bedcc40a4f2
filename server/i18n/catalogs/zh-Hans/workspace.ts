import type { WorkspaceCatalog } from '../en/site-type.js';

/** Simplified Chinese: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}',
  'ws.kind': '{kind, select, legislator {议员} organization {组织} individual {个人} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {待确认} confirmed {已确认} withdrawn {已撤回} fraudulent {虚假} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered 静默隐藏
  'ws.moderation': '{state, select, none {无} pending {待审核} approved {已批准} rejected {已拒绝} shadow {静默隐藏} other {{state}}}',
  'ws.verification': '{by, select, domain {域名} invited {受邀} approved {已批准} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {域名} invited {受邀} approved {已批准} other {{by}}}：{domain}',
  // review: "shadow" decision rendered 静默隐藏 (hide without telling the signer)
  'ws.decision': '{decision, select, approve {批准} reject {拒绝} shadow {静默隐藏} other {{decision}}}',

  // Counts of signatures, joined as a list.
  'ws.stats.legislators': '{countries, plural, other {来自 # 个国家}}的{count, plural, other {# 名议员}}',
  'ws.stats.organizations': '{count, plural, other {# 个组织}}',
  'ws.stats.individuals': '{count, plural, other {# 位个人}}',
  'ws.stats.none': '尚无签名',

  'ws.backToLetters': '← 您的公开信',
  'ws.signedInAs': '已以 {email} 登录。',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  // review: title rendered 标题 (the letter’s title, ws.field.title) though for an invitee (CSV column) it is the signer’s 职衔; role rendered 角色 (ws.col.role); country 国家或地区 as in sign.country; slug rendered 网址
  'ws.fieldName':
    '{field, select, title {标题} addressee {收信方} summary {摘要} language {语言} body {正文} slug {网址} closesAt {截止时间} email {电子邮件} role {角色} label {标签} origins {可嵌入的网站} goal {目标签名数} csv {名单} name {姓名} kind {类别} country {国家或地区} parliament {议会} party {政党} organization {组织} website {网站} other {此项}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}：此项为必填。} tooLong {{field}：内容过长。} email {{field}：这不是电子邮件地址。} website {{field}：这不是网址。} noLink {{field}：此处不接受网址。} noLetter {{field}：须至少包含一个文字、字母或数字。} choose {{field}：请从选项中选择一项。} languageTag {{field}：这不是语言代码（例如 en、fr 或 zh-Hant）。} future {{field}：必须是将来的时间。} ownLanguage {{field}：这是公开信本身的语言；请直接编辑公开信。} other {{field}：内容无效，请检查您填写的内容。}}} KIND_NOT_ACCEPTED {本公开信不接受此类签署人签署。} DUPLICATE {同一地址已在此名单的前面出现过。} INVALID_CSV {{reason, select, columns {未知的列：{columns}。第一行为列名，可用的列名为：{expected}。} tooMany {每次最多邀请 {max, number} 人。} other {无法将此名单读取为 CSV。}}} NOT_TAKING_SIGNATURES {只有在公开信处于首批签署阶段或开放签署期间，才能发送邀请。} LETTER_CLOSED {本公开信已关闭，待审的签名不会加入。} ALREADY_PUBLISHED {只有草稿才能开始首批签署阶段。} NOT_PUBLISHED {本公开信尚未公开：请先发布。} SLUG_TAKEN {已有另一封公开信使用此网址。} SLUG_FROZEN {已发布的公开信不能更改网址。} CLOSING_TIME_PASSED {请先设置一个将来的截止时间，再开放本公开信。} LAST_OWNER {每封公开信至少需要一位所有者：请先将其他人设为所有者。} ORGANIZER_NOT_FOUND {本公开信的组织者中没有人使用此地址。} SIGNATURE_NOT_FOUND {此签名已不存在。} other {无法完成此操作（{code}）。}}',

  // The dashboard (/organize).
  'ws.letters.title': '您的公开信',
  'ws.letters.intro': '已以 {email} 登录。完整的 API（涵盖对您的公开信的一切操作）文档见 <docs>/docs</docs>。',
  'ws.letters.new': '新建公开信',
  'ws.letters.account': '您的会话与 API 令牌',
  'ws.letters.meta': '{summary} · 第 {version, number} 版 · /{slug}',
  'ws.letters.none': '您尚未发起任何公开信。',

  'ws.new.title': '新建公开信',
  'ws.new.save': '保存草稿',

  'ws.field.title': '标题',
  'ws.field.addressee': '收信方',
  'ws.field.summary': '摘要',
  'ws.field.summaryHint': '（用于预览的一两句话；可选）',
  'ws.field.language': '语言',
  'ws.field.languageHint': '（例如 en、fr、zh-Hant）',
  'ws.field.body': '正文',
  'ws.field.bodyHint': '（Markdown：*强调*、**加粗**、列表、[链接](https://…)）',

  // A letter's workspace.
  'ws.workspace.pageTitle': '管理：{title}',
  'ws.workspace.notPublic': '尚未公开',
  'ws.workspace.publicPage': '公开页面',
  'ws.workspace.publish': '发布',
  'ws.workspace.founding': '仅对受邀者开放',
  'ws.workspace.openToAll': '对所有人开放',
  'ws.workspace.close': '关闭',
  'ws.workspace.reopen': '重新开放',
  'ws.workspace.export': '{addresses, select, yes {导出全部签名（CSV，含电子邮件地址）} other {导出全部签名（CSV）}}',
  'ws.workspace.text': '正文',
  'ws.workspace.editorial': '编辑性更正（错别字）：无需签署人再次表示同意',
  'ws.workspace.preview': '预览',
  'ws.workspace.save': '保存',

  'ws.queue.heading': '审核队列（{count, number}）',
  'ws.queue.sharedMail': '（共用邮箱：任何人都可能使用）',
  'ws.queue.kindModerated': '{kind, select, legislator {议员的签名需经审核} organization {组织的签名需经审核} individual {个人的签名需经审核} other {{kind}：需经审核}}',
  'ws.queue.lookalike': '{same, select, yes {与已公布的签名同名：{name}} other {与已公布的名字相似：{name}}}',
  'ws.queue.empty': '目前没有待决定的事项。',

  'ws.col.name': '姓名',
  'ws.col.affiliation': '所属机构',
  'ws.col.websiteDomain': '网站域名',
  'ws.col.mailDomain': '邮箱域名',
  'ws.col.email': '电子邮件',
  'ws.col.verified': '验证',
  'ws.col.heldBecause': '待审原因',
  'ws.col.decision': '决定',
  'ws.col.kind': '类别',
  'ws.col.country': '国家',
  'ws.col.status': '状态',
  'ws.col.moderation': '审核',
  'ws.col.role': '角色',
  'ws.col.since': '起始时间',
  'ws.col.when': '时间',
  'ws.col.who': '操作者',
  'ws.col.what': '事项',
  // review: "On" = the object an audit entry concerns (e.g. a signature); rendered 对象
  'ws.col.on': '对象',
  'ws.col.detail': '详情',
  'ws.col.result': '结果',
  'ws.col.browser': '浏览器',
  'ws.col.lastSeen': '最近活动',
  'ws.col.action': '操作',
  'ws.col.label': '标签',
  'ws.col.created': '创建时间',
  'ws.col.lastUsed': '最近使用',

  'ws.invite.heading': '邀请签署人',
  'ws.invite.result': '已邀请 {invited, number} 人；{already, number} 人此前已受邀。',
  'ws.invite.lineError': '第 {line, number} 行：{reason}',
  'ws.invite.csvLabel': '带标题行的 CSV：',
  'ws.invite.send': '发送邀请',

  'ws.team.heading': '组织者',
  'ws.team.yourRole': '您的角色：{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}。',
  'ws.team.email': '电子邮件',
  'ws.team.role': '角色',
  'ws.team.set': '添加或更改',
  'ws.team.remove': '移除',

  'ws.signatures.heading': '签名',
  'ws.addresses.hidden': '{domainsOnly, select, yes {本信的所有者不向协同组织者显示签署人的电子邮件地址：您只能看到每个地址的域名。} other {本信的所有者不向协同组织者显示签署人的电子邮件地址。}}',
  'ws.addresses.audited': '每次查看签署人的电子邮件地址（无论是在此处、通过 API 还是导出），都会记入本信的审计日志。',
  'ws.addresses.toggle': '协同组织者（编辑、审核员、查看者）可以看到签署人的电子邮件地址；否则审核员只能看到域名',
  'ws.address.hidden': '已隐藏',
  'ws.address.hiddenDomain': '已隐藏（…@{domain}）',

  'ws.filter.status': '状态',
  'ws.filter.all': '全部',
  'ws.filter.search': '搜索',
  'ws.filter.submit': '筛选',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': '签名目标',
  'ws.goal.intro': '设定希望达到的签名数量，可以计入全部签名，也可以只计某一类签署人（如“100 位议员”）：公开信页面会显示目前的进度；达到目标时，本信的所有者和编辑会收到邮件通知。',
  'ws.goal.count': '目标签名数',
  'ws.goal.kind': '统计范围',
  'ws.goal.any': '全部签名',
  'ws.goal.save': '保存目标',
  'ws.goal.reached': '已于{date}达到目标。',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': '供合作网站嵌入的签署组件',
  'ws.widget.intro': '合作网站可以在自己的页面上显示本公开信的签署表单。请列出可以显示该表单的网站，每行一个，然后为每个合作方分配专属代码：您可以看到通过每个合作方签署的人数，但无从得知签署人是谁。',
  'ws.widget.origins': '可显示此组件的网站（例如 https://partner.example）',
  'ws.widget.saveOrigins': '保存网站列表',
  'ws.widget.partner': '合作方',
  'ws.widget.signatures': '签名数',
  'ws.widget.snippet': '供粘贴到合作方网页中的代码',
  'ws.widget.none': '尚无合作方。',
  'ws.widget.addPartner': '添加合作方',

  'ws.audit.heading': '审计日志',
  // review: "operator" = the party running this Undersigned instance; rendered 运营方
  'ws.audit.operator': '运营方',
  'ws.audit.readAddresses': '读取了电子邮件地址',
  'ws.audit.readDomains': '读取了地址域名',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {运营方：读取了地址域名} other {运营方：读取了电子邮件地址}}',

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': '草稿已保存',
  'ws.note.saved': '已保存',
  'ws.note.status': '{status, select, draft {公开信现为草稿} founding {公开信现仅对受邀者开放} open {公开信现已开放签署} closed {公开信现已关闭} other {公开信现为 {status}}}',
  'ws.note.moderated': '{decision, select, approve {签名：已批准} reject {签名：已拒绝} shadow {签名：已静默隐藏} other {签名：{decision}}}',
  'ws.note.addressesShown': '协同组织者现在可以看到签署人的电子邮件地址',
  'ws.note.addressesHidden': '协同组织者不再能看到签署人的电子邮件地址',
  'ws.note.removed': '已移除 {email}',
  'ws.note.goalSaved': '目标已保存',
  'ws.note.widgetSaved': '可显示签署组件的网站已保存',
  'ws.note.partnerAdded': '已添加合作方',
  'ws.note.roleSet': '{email} 现为{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}',

  // The account page.
  'ws.account.title': '您的账户',
  'ws.account.sessions': '会话',
  'ws.account.thisOne': '（当前会话）',
  'ws.account.end': '结束',
  'ws.account.tokens': 'API 令牌',
  'ws.account.newToken': '您的新令牌（仅此一次显示）：<code>{token}</code>',
  'ws.account.revoke': '撤销',
  'ws.account.label': '标签',
  'ws.account.labelPlaceholder': '笔记本电脑、导入脚本…',
  'ws.account.create': '创建令牌',

  // Sign-in.
  'ws.login.title': '登录',
  'ws.login.intro': '组织者通过电子邮件中的链接登录：没有可被窃取或遗忘的密码。',
  'ws.login.email': '您的电子邮件地址',
  'ws.login.send': '向我发送登录链接',
  'ws.loginSent.title': '请查收电子邮件',
  'ws.loginSent.body': '如果此地址属于某位组织者，登录链接已发出。该链接仅可使用一次，有效期为 {minutes, plural, other {# 分钟}}。',
  'ws.loginConfirm.title': '登录 Undersigned',
  'ws.loginConfirm.button': '登录',

  // The history of a letter's text.
  'ws.versions.pageTitle': '修订历史：{title}',
  'ws.versions.title': '“{title}”的修订历史',
  'ws.versions.intro': '自首次有人签署以来，文本的每一个版本。编辑性更正（错别字）无需签署人重新同意；其他修改则会请此前的每一位签署人再次表示同意。',
  'ws.versions.version': '第 {version, number} 版',
  'ws.versions.editorial': '编辑性更正',
  'ws.versions.first': '最初的文本。',
  'ws.versions.back': '返回公开信',
  'ws.versions.translationHistory': '{language}译本的修订历史',
  'ws.versions.revision': '第 {revision, number} 次修订，译自第 {version, number} 版',
  'ws.versions.current': '当前',
  'ws.versions.revisionOutdated': '此修订所依据的是较早版本的文本。',
  'ws.versions.firstTranslation': '最初的译文。',
  'ws.diff.field': '{field, select, title {标题} addressee {收信方} summary {摘要} body {正文} other {{field}}}',

  // Mail to organizers.
  'ws.mail.hello': '您好：',
  'ws.mail.helloName': '{name}，您好：',
  'ws.mail.signIn': '登录',
  'ws.mail.footer': '此邮件由 Undersigned 发送给公开信的组织者。',
  'ws.mail.login.subject': '您的 Undersigned 登录链接',
  'ws.mail.login.title': '登录',
  'ws.mail.login.asked': '有人（很可能是您本人）请求以 {email} 的身份登录 Undersigned。',
  'ws.mail.login.openLink': '或打开此链接：<link>{url}</link>',
  'ws.mail.login.once': '该链接仅可使用一次，有效期为 {minutes, plural, other {# 分钟}}。如果这不是您本人的请求，请忽略此邮件。',
  'ws.mail.login.textLink': '登录（该链接仅可使用一次，有效期为 {minutes, plural, other {# 分钟}}）：',
  'ws.mail.login.ignore': '如果这不是您本人的请求，请忽略此邮件。',
  'ws.mail.added.subject': '您现在是以下公开信的{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}：{title}',
  'ws.mail.added.body': '您现在是 Undersigned 上公开信<strong>{title}</strong>的<strong>{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}</strong>。',
  'ws.mail.added.bodyText': '您现在是 Undersigned 上公开信“{title}”的{role, select, owner {所有者} editor {编辑} moderator {审核员} viewer {查看者} other {{role}}}。',
  'ws.mail.added.link': '该链接仅可使用一次，有效期为 {minutes, plural, other {# 分钟}}；此后请在登录页面申请新的链接。本信的工作区：<workspace>{url}</workspace>',
  'ws.mail.added.textLink': '登录（该链接仅可使用一次，有效期为 {minutes, plural, other {# 分钟}}；此后请在登录页面申请新的链接）：',
  'ws.mail.added.workspace': '本信的工作区：{url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': '已达到签名目标：{title}',
  'ws.mail.goal.body':
    '公开信<letter>{title}</letter>已达到签名目标：{kind, select, legislator {{goal, plural, other {已有 # 位议员签署}}} organization {{goal, plural, other {已有 # 个组织签署}}} individual {{goal, plural, other {已有 # 位个人签署}}} other {{goal, plural, other {已征集到 # 个签名}}}}。',
  'ws.mail.goal.bodyText':
    '公开信“{title}”已达到签名目标：{kind, select, legislator {{goal, plural, other {已有 # 位议员签署}}} organization {{goal, plural, other {已有 # 个组织签署}}} individual {{goal, plural, other {已有 # 位个人签署}}} other {{goal, plural, other {已征集到 # 个签名}}}}。',
} satisfies WorkspaceCatalog;
