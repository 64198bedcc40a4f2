import type { WorkspaceCatalog } from '../en/site-type.js';

/** Turkish: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlamenter} organization {kuruluş} individual {birey} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {onay bekliyor} confirmed {onaylandı} withdrawn {geri çekildi} fraudulent {sahte} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered sessizce gizlendi
  'ws.moderation': '{state, select, none {yok} pending {inceleme bekliyor} approved {kabul edildi} rejected {reddedildi} shadow {sessizce gizlendi} other {{state}}}',
  'ws.verification': '{by, select, domain {alan adı} invited {davetli} approved {onaylı} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {alan adı} invited {davetli} approved {onaylı} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {kabul et} reject {reddet} shadow {sessizce gizle} other {{decision}}}',

  // Counts of signatures, joined as a list.
  'ws.stats.legislators': '{countries, plural, one {# ülkeden} other {# ülkeden}} {count, plural, one {# parlamenter} other {# parlamenter}}',
  'ws.stats.organizations': '{count, plural, one {# kuruluş} other {# kuruluş}}',
  'ws.stats.individuals': '{count, plural, one {# birey} other {# birey}}',
  'ws.stats.none': 'Henüz imza yok',

  'ws.backToLetters': '← Mektuplarınız',
  'ws.signedInAs': '{email} olarak oturum açtınız.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Başlık} addressee {Muhatap} summary {Özet} language {Dil} body {Metin} slug {Adres} closesAt {Kapanış zamanı} email {E-posta} role {Rol} label {Etiket} origins {Siteler} goal {Hedeflenen imza sayısı} csv {Liste} name {Ad} kind {Tür} country {Ülke} parliament {Parlamento} party {Parti} organization {Kuruluş} website {Web sitesi} other {Bu alan}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: bu alan zorunludur.} tooLong {{field}: bu alan çok uzun.} email {{field}: bu bir e-posta adresi değil.} website {{field}: bu bir web adresi değil.} noLink {{field}: burada web adresi kabul edilmez.} noLetter {{field}: en az bir harf veya rakam içermelidir.} choose {{field}: lütfen seçeneklerden birini seçin.} languageTag {{field}: bu bir dil kodu değil (ör. en, fr veya zh-Hant).} future {{field}: ileri bir tarih olmalıdır.} ownLanguage {{field}: bu, mektubun kendi dili; bunun yerine mektubun kendisini düzenleyin.} other {{field}: geçersiz; lütfen yazdıklarınızı kontrol edin.}}} KIND_NOT_ACCEPTED {Bu mektup bu türden kişilerin imzasına açık değildir.} DUPLICATE {Aynı adres bu listede daha önce geçiyor.} INVALID_CSV {{reason, select, columns {Bilinmeyen sütunlar: {columns}. İlk satır sütun adlarını belirtir; kullanılabilecek sütunlar: {expected}.} tooMany {Bir seferde en fazla {max, number} kişi davet edilebilir.} other {Liste CSV olarak okunamadı.}}} NOT_TAKING_SIGNATURES {Davetler yalnızca mektup davetlilere ya da herkese açıkken gönderilebilir.} LETTER_CLOSED {Bu mektup imzaya kapalı; bu nedenle bekletilen imzalar eklenmez.} ALREADY_PUBLISHED {Yalnızca taslak durumundaki bir mektup davetlilere açılabilir.} NOT_PUBLISHED {Bu mektup henüz herkese açık değil: önce yayımlayın.} SLUG_TAKEN {Bu adres başka bir mektup tarafından kullanılıyor.} SLUG_FROZEN {Yayımlanmış bir mektubun adresi değiştirilemez.} CLOSING_TIME_PASSED {Mektubu açmadan önce ileri bir kapanış zamanı belirleyin.} LAST_OWNER {Bir mektubun en az bir sahibi olmalıdır: önce başka birini sahip yapın.} ORGANIZER_NOT_FOUND {Bu mektubun bu adrese sahip bir düzenleyicisi yok.} SIGNATURE_NOT_FOUND {Bu imza artık mevcut değil.} other {Bu işlem yapılamadı ({code}).}}',

  // The dashboard (/organize).
  'ws.letters.title': 'Mektuplarınız',
  'ws.letters.intro': '{email} olarak oturum açtınız. Mektuplarınızla ilgili tüm işlemleri kapsayan API’nin belgeleri şurada: <docs>/docs</docs>.',
  'ws.letters.new': 'Yeni mektup',
  'ws.letters.account': 'Oturumlarınız ve API belirteçleriniz',
  'ws.letters.meta': '{summary} · sürüm {version, number} · /{slug}',
  'ws.letters.none': 'Henüz düzenlediğiniz bir mektup yok.',

  'ws.new.title': 'Yeni mektup',
  'ws.new.save': 'Taslağı kaydet',

  'ws.field.title': 'Başlık',
  'ws.field.addressee': 'Muhatap',
  'ws.field.summary': 'Özet',
  'ws.field.summaryHint': '(önizlemeler için bir iki cümle; isteğe bağlı)',
  'ws.field.language': 'Dil',
  'ws.field.languageHint': '(ör. en, fr, zh-Hant)',
  'ws.field.body': 'Metin',
  'ws.field.bodyHint': '(Markdown: *vurgu*, **kalın**, listeler, [bağlantılar](https://…))',

  // A letter's workspace.
  'ws.workspace.pageTitle': 'Yönetim: {title}',
  'ws.workspace.notPublic': 'henüz herkese açık değil',
  'ws.workspace.publicPage': 'herkese açık sayfa',
  'ws.workspace.publish': 'Yayımla',
  'ws.workspace.founding': 'Yalnızca davetlilere aç',
  'ws.workspace.openToAll': 'Herkese aç',
  'ws.workspace.close': 'İmzaya kapat',
  'ws.workspace.reopen': 'Yeniden imzaya aç',
  'ws.workspace.export': '{addresses, select, yes {Tüm imzaları dışa aktar (CSV, adreslerle birlikte)} other {Tüm imzaları dışa aktar (CSV)}}',
  'ws.workspace.text': 'Metin',
  'ws.workspace.editorial': 'Editoryal düzeltme (yazım hataları): imzacılardan yeniden onay istenmez',
  'ws.workspace.preview': 'Önizleme',
  'ws.workspace.save': 'Kaydet',

  'ws.queue.heading': 'Moderasyon kuyruğu ({count, number})',
  'ws.queue.sharedMail': '(ortak e-posta: herkesin erişimi olabilir)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {parlamenterlerin imzaları moderasyondan geçer} organization {kuruluşların imzaları moderasyondan geçer} individual {bireylerin imzaları moderasyondan geçer} other {{kind}: moderasyondan geçer}}',
  'ws.queue.lookalike': '{same, select, yes {Yayımlanmış bir imzayla aynı ad: {name}} other {Yayımlanmış bir ada benziyor: {name}}}',
  'ws.queue.empty': 'Karar bekleyen bir şey yok.',

  'ws.col.name': 'Ad',
  'ws.col.affiliation': 'Kurumsal bağlantı',
  'ws.col.websiteDomain': 'Web sitesinin alan adı',
  'ws.col.mailDomain': 'E-posta alan adı',
  'ws.col.email': 'E-posta',
  'ws.col.verified': 'Doğrulama',
  'ws.col.heldBecause': 'Bekletilme nedeni',
  'ws.col.decision': 'Karar',
  'ws.col.kind': 'Tür',
  'ws.col.country': 'Ülke',
  'ws.col.status': 'Durum',
  'ws.col.moderation': 'Moderasyon',
  'ws.col.role': 'Rol',
  'ws.col.since': 'Başlangıç',
  'ws.col.when': 'Zaman',
  'ws.col.who': 'Kim',
  'ws.col.what': 'Ne',
  // review: "On" = the object an audit entry concerns (e.g. a signature); rendered Hedef
  'ws.col.on': 'Hedef',
  'ws.col.detail': 'Ayrıntı',
  'ws.col.result': 'Sonuç',
  'ws.col.browser': 'Tarayıcı',
  'ws.col.lastSeen': 'Son görülme',
  'ws.col.action': 'İşlem',
  'ws.col.label': 'Etiket',
  'ws.col.created': 'Oluşturulma',
  'ws.col.lastUsed': 'Son kullanım',

  'ws.invite.heading': 'İmzacı davet et',
  'ws.invite.result': '{invited, number} kişi davet edildi; {already, number} kişi zaten davetliydi.',
  'ws.invite.lineError': 'Satır {line, number}: {reason}',
  'ws.invite.csvLabel': 'Başlık satırı içeren CSV:',
  'ws.invite.send': 'Davetleri gönder',

  'ws.team.heading': 'Düzenleyiciler',
  'ws.team.yourRole': 'Rolünüz: {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}.',
  'ws.team.email': 'E-posta',
  'ws.team.role': 'Rol',
  'ws.team.set': 'Ekle veya değiştir',
  'ws.team.remove': 'Kaldır',

  'ws.signatures.heading': 'İmzalar',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Mektubun sahipleri imzacıların adreslerini diğer düzenleyicilerden gizliyor: her adresin yalnızca alan adını görürsünüz.} other {Mektubun sahipleri imzacıların adreslerini diğer düzenleyicilerden gizliyor.}}',
  'ws.addresses.audited': 'İmzacıların adresleri her görüntülendiğinde (burada, API üzerinden ya da dışa aktarılarak) bu, mektubun denetim kaydına işlenir.',
  'ws.addresses.toggle': 'Diğer düzenleyiciler (editörler, moderatörler, izleyiciler) imzacıların adreslerini görür; aksi takdirde moderatörler yalnızca alan adını görür',
  'ws.address.hidden': 'gizli',
  'ws.address.hiddenDomain': 'gizli (…@{domain})',

  'ws.filter.status': 'Durum',
  'ws.filter.all': 'tümü',
  'ws.filter.search': 'Ara',
  'ws.filter.submit': 'Filtrele',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Hedef',
  'ws.goal.intro':
    'Ulaşılmak istenen imza sayısı; tüm türlerden ya da tek bir türden (“100 parlamenter”): mektubun sayfası hedefe ne kadar yaklaşıldığını gösterir, hedefe ulaşıldığında mektubun sahiplerine ve editörlerine e-posta gönderilir.',
  'ws.goal.count': 'Hedeflenen imza sayısı',
  'ws.goal.kind': 'Sayılacak imzalar',
  'ws.goal.any': 'tüm imzalar',
  'ws.goal.save': 'Hedefi kaydet',
  'ws.goal.reached': 'Hedefe ulaşıldı: {date}.',

  // The sign widget partner sites embed (workspace).
  // review: "widget" rendered as gömülü imza formu (embedded sign form) rather than the loanword widget; partner rendered ortak throughout
  'ws.widget.heading': 'Ortak siteler için gömülü imza formu',
  'ws.widget.intro':
    'Ortak siteler, bu mektubun imza formunu kendi sayfalarında gösterebilir. Formu gösterebilecek siteleri her satıra bir site gelecek şekilde listeleyin, ardından her ortağa kendine ait bir kod verin: her ortak aracılığıyla kaç kişinin imzaladığını görürsünüz, ancak kimlerin imzaladığını göremezsiniz.',
  'ws.widget.origins': 'İmza formunu gösterebilecek siteler (örneğin https://partner.example)',
  'ws.widget.saveOrigins': 'Siteleri kaydet',
  'ws.widget.partner': 'Ortak',
  'ws.widget.signatures': 'İmza sayısı',
  'ws.widget.snippet': 'Ortağın sayfasına yapıştırılacak kod',
  'ws.widget.none': 'Henüz ortak yok.',
  'ws.widget.addPartner': 'Ortak ekle',

  'ws.audit.heading': 'Denetim kaydı',
  // review: "operator" = the party running this Undersigned instance; rendered site işletmecisi
  'ws.audit.operator': 'site işletmecisi',
  'ws.audit.readAddresses': 'adresleri görüntüledi',
  'ws.audit.readDomains': 'adreslerin alan adlarını görüntüledi',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {site işletmecisi: adreslerin alan adlarını görüntüledi} other {site işletmecisi: adresleri görüntüledi}}',

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': 'Taslak kaydedildi',
  'ws.note.saved': 'Kaydedildi',
  'ws.note.status':
    '{status, select, draft {Mektup artık taslak} founding {Mektup artık yalnızca davetlilere açık} open {Mektup artık imzaya açık} closed {Mektup artık imzaya kapalı} other {Mektubun durumu: {status}}}',
  'ws.note.moderated': '{decision, select, approve {İmza kabul edildi} reject {İmza reddedildi} shadow {İmza sessizce gizlendi} other {İmza: {decision}}}',
  'ws.note.addressesShown': 'Diğer düzenleyiciler artık imzacıların adreslerini görüyor',
  'ws.note.addressesHidden': 'Diğer düzenleyiciler artık imzacıların adreslerini görmüyor',
  'ws.note.removed': '{email} kaldırıldı',
  'ws.note.goalSaved': 'Hedef kaydedildi',
  'ws.note.widgetSaved': 'İmza formunu gösterebilecek siteler kaydedildi',
  'ws.note.partnerAdded': 'Ortak eklendi',
  'ws.note.roleSet': '{email} artık {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}',

  // The account page.
  'ws.account.title': 'Hesabınız',
  'ws.account.sessions': 'Oturumlar',
  'ws.account.thisOne': '(bu oturum)',
  'ws.account.end': 'Sonlandır',
  'ws.account.tokens': 'API belirteçleri',
  'ws.account.newToken': 'Yeni belirteciniz (yalnızca şimdi gösteriliyor): <code>{token}</code>',
  'ws.account.revoke': 'İptal et',
  'ws.account.label': 'Etiket',
  'ws.account.labelPlaceholder': 'dizüstü bilgisayar, içe aktarma betiği…',
  'ws.account.create': 'Belirteç oluştur',

  // Sign-in.
  'ws.login.title': 'Oturum aç',
  'ws.login.intro': 'Düzenleyiciler e-postayla gönderilen bir bağlantıyla oturum açar: çalınacak ya da unutulacak bir parola yoktur.',
  'ws.login.email': 'E-posta adresiniz',
  'ws.login.send': 'Bana oturum açma bağlantısı gönder',
  'ws.loginSent.title': 'E-postanızı kontrol edin',
  'ws.loginSent.body': 'Bu adres bir düzenleyiciye aitse oturum açma bağlantısı gönderildi. Bağlantı yalnızca bir kez ve {minutes, plural, one {# dakika} other {# dakika}} içinde kullanılabilir.',
  'ws.loginConfirm.title': 'Undersigned’da oturum açın',
  'ws.loginConfirm.button': 'Oturum aç',

  // The history of a letter's text.
  'ws.versions.pageTitle': 'Geçmiş: {title}',
  'ws.versions.title': '“{title}” metninin geçmişi',
  'ws.versions.intro':
    'Metnin ilk imzalandığı andan bu yana tüm sürümleri. Editoryal düzeltmeler (yazım hataları) imzacılardan yeni onay gerektirmez; diğer değişikliklerde daha önce imzalamış herkesten yeniden onay istenir.',
  'ws.versions.version': 'Sürüm {version, number}',
  'ws.versions.editorial': 'editoryal',
  'ws.versions.first': 'İlk metin.',
  'ws.versions.back': 'Mektuba dön',
  // review: assumes {language} is a bare language name (Fransızca), as Intl.DisplayNames gives
  'ws.versions.translationHistory': '{language} çevirinin geçmişi',
  'ws.versions.revision': 'Revizyon {revision, number}, {version, number} numaralı sürümün çevirisi',
  'ws.versions.current': 'güncel',
  'ws.versions.revisionOutdated': 'Bu revizyon, metnin daha eski bir sürümüne dayanıyor.',
  'ws.versions.firstTranslation': 'İlk çeviri.',
  'ws.diff.field': '{field, select, title {Başlık} addressee {Muhatap} summary {Özet} body {Metin} other {{field}}}',

  // Mail to organizers.
  'ws.mail.hello': 'Merhaba,',
  'ws.mail.helloName': 'Merhaba {name},',
  'ws.mail.signIn': 'Oturum aç',
  'ws.mail.footer': 'Bu e-posta, Undersigned tarafından bir açık mektup düzenleyicisine gönderilmiştir.',
  'ws.mail.login.subject': 'Undersigned oturum açma bağlantınız',
  'ws.mail.login.title': 'Oturum aç',
  'ws.mail.login.asked': 'Birisi (muhtemelen siz) Undersigned’da {email} olarak oturum açmak istedi.',
  'ws.mail.login.openLink': 'Ya da şu bağlantıyı açın: <link>{url}</link>',
  'ws.mail.login.once': 'Bağlantı yalnızca bir kez ve {minutes, plural, one {# dakika} other {# dakika}} içinde kullanılabilir. Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın.',
  'ws.mail.login.textLink': 'Oturum açın (bağlantı yalnızca bir kez ve {minutes, plural, one {# dakika} other {# dakika}} içinde kullanılabilir):',
  'ws.mail.login.ignore': 'Bu isteği siz yapmadıysanız bu e-postayı dikkate almayın.',
  'ws.mail.added.subject': '{title}: artık {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}} rolündesiniz',
  'ws.mail.added.body':
    'Undersigned’daki <strong>{title}</strong> açık mektubunda artık <strong>{role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}</strong> rolündesiniz.',
  'ws.mail.added.bodyText': 'Undersigned’daki “{title}” açık mektubunda artık {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}} rolündesiniz.',
  'ws.mail.added.link':
    'Bağlantı yalnızca bir kez ve {minutes, plural, one {# dakika} other {# dakika}} içinde kullanılabilir; daha sonra oturum açma sayfasından yeni bir bağlantı isteyin. Mektubun çalışma alanı: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Oturum açın (bağlantı yalnızca bir kez ve {minutes, plural, one {# dakika} other {# dakika}} içinde kullanılabilir; daha sonra oturum açma sayfasından yeni bir bağlantı isteyin):',
  'ws.mail.added.workspace': 'Mektubun çalışma alanı: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Hedefe ulaşıldı: {title}',
  // review: for every kind: # imza toplandı (N signatures were collected); for one kind: # parlamenter imzaladı
  'ws.mail.goal.body':
    '<letter>{title}</letter> açık mektubu hedefine ulaştı: {kind, select, legislator {{goal, plural, one {# parlamenter imzaladı} other {# parlamenter imzaladı}}} organization {{goal, plural, one {# kuruluş imzaladı} other {# kuruluş imzaladı}}} individual {{goal, plural, one {# birey imzaladı} other {# birey imzaladı}}} other {{goal, plural, one {# imza toplandı} other {# imza toplandı}}}}.',
  'ws.mail.goal.bodyText':
    '“{title}” açık mektubu hedefine ulaştı: {kind, select, legislator {{goal, plural, one {# parlamenter imzaladı} other {# parlamenter imzaladı}}} organization {{goal, plural, one {# kuruluş imzaladı} other {# kuruluş imzaladı}}} individual {{goal, plural, one {# birey imzaladı} other {# birey imzaladı}}} other {{goal, plural, one {# imza toplandı} other {# imza toplandı}}}}.',
} satisfies WorkspaceCatalog;
