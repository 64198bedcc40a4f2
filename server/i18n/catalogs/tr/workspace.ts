import type { WorkspaceCatalog } from '../en/site-type.js';

/** Turkish: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // Enumerations shown in tables and sentences.
  'ws.role': '{role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlamenter} organization {kuruluş} individual {birey} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {onay bekliyor} confirmed {onaylandı} withdrawn {geri çekildi} fraudulent {sahte} other {{status}}}',
  // review: "shadow" = accepted but silently kept off the public list (shadow-ban); rendered sessizce gizlendi
  'ws.moderation': '{state, select, none {yok} pending {inceleme bekliyor} approved {yayımlandı} rejected {reddedildi} shadow {gizlendi} other {{state}}}',
  'ws.verification': '{by, select, domain {alan adı} invited {davetli} approved {onaylı} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {alan adı} invited {davetli} approved {onaylı} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Yayımla} reject {Reddet (imzacıya bildirilir)} shadow {Gizle (imzacıya e-posta gönderilmez)} other {{decision}}}',

  // Counts of signatures, joined as a list.
  'ws.stats.legislators': '{countries, plural, one {# ülkeden} other {# ülkeden}} {count, plural, one {# parlamenter} other {# parlamenter}}',
  'ws.stats.organizations': '{count, plural, one {# kuruluş} other {# kuruluş}}',
  'ws.stats.individuals': '{count, plural, one {# birey} other {# birey}}',
  'ws.stats.none': 'Henüz imza yok',

  'ws.backToLetters': '← Mektuplarınız',
  'ws.signedInAs': '{email} olarak oturum açtınız.',

  // A form's mistake, beside the form: the field by its label, then what is wrong (the error's code and reason).
  'ws.fieldName':
    '{field, select, title {Başlık} addressee {Muhatap} summary {Özet} language {Dil} body {Metin} slug {Adres} closesAt {Kapanış zamanı} email {E-posta} role {Rol} label {Etiket} origins {Siteler} goal {Hedeflenen imza sayısı} signerKinds {Kimler imzalayabilir} moderatedKinds {Moderasyon için bekletilenler} group {Grup} csv {Liste} name {Ad} kind {Tür} country {Ülke} parliament {Parlamento} party {Parti} organization {Kuruluş} website {Web sitesi} recipientId {Gönderen} receivedOn {Yanıtın tarihi} text {Yanıt metni} file {Belgeler} replyWaitDays {“Yanıt yok” sayılmadan önceki gün sayısı} other {Bu alan}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: bu alan zorunludur.} tooLong {{field}: bu alan çok uzun.} email {{field}: bu bir e-posta adresi değil.} website {{field}: bu bir web adresi değil.} noLink {{field}: burada web adresi kabul edilmez.} noLetter {{field}: en az bir harf veya rakam içermelidir.} choose {{field}: lütfen seçeneklerden birini seçin.} languageTag {{field}: bu bir dil kodu değil (ör. en, fr veya zh-Hant).} future {{field}: ileri bir tarih olmalıdır.} ownLanguage {{field}: bu, mektubun kendi dili; bunun yerine mektubun kendisini düzenleyin.} date {{field}: bu bir tarih değil.} notFuture {{field}: ileri bir tarih olamaz.} unknownAddressee {{field}: lütfen mektubun muhataplarından birini seçin.} tooMany {{field}: bir yanıta en fazla beş belge eklenebilir.} days {{field}: 1 ile 365 arasında tam bir gün sayısı olmalıdır.} other {{field}: geçersiz; lütfen yazdıklarınızı kontrol edin.}}} KIND_NOT_ACCEPTED {Bu mektup bu türden kişilerin imzasına açık değildir.} DUPLICATE {Aynı adres bu listede daha önce geçiyor.} INVALID_CSV {{reason, select, columns {Bilinmeyen sütunlar: {columns}. İlk satır sütun adlarını belirtir; kullanılabilecek sütunlar: {expected}.} tooMany {Bir seferde en fazla {max, number} kişi davet edilebilir.} other {Liste CSV olarak okunamadı.}}} NOT_TAKING_SIGNATURES {Davetler yalnızca mektup davetlilere ya da herkese açıkken gönderilebilir.} LETTER_CLOSED {Bu mektup imzaya kapalı; bu nedenle bekletilen imzalar eklenmez.} ALREADY_PUBLISHED {Yalnızca taslak durumundaki bir mektup davetlilere açılabilir.} NO_RECIPIENTS {Mektubu göndermeden önce muhatap ekleyin.} NOT_PUBLISHED {Bu mektup henüz herkese açık değil: önce yayımlayın.} SLUG_TAKEN {Bu adres başka bir mektup tarafından kullanılıyor.} SLUG_FROZEN {Yayımlanmış bir mektubun adresi değiştirilemez.} CLOSING_TIME_PASSED {Mektubu açmadan önce ileri bir kapanış zamanı belirleyin.} LAST_OWNER {Bir mektubun en az bir sahibi olmalıdır: önce başka birini sahip yapın.} ORGANIZER_NOT_FOUND {Bu mektubun bu adrese sahip bir düzenleyicisi yok.} SIGNATURE_NOT_FOUND {Bu imza artık mevcut değil.} UNSUPPORTED_FILE {{field}: her belge bir PDF ya da görsel (PNG, JPEG, GIF veya WebP) olmalıdır.} FILE_TOO_LARGE {{field}: her belge en fazla 10 MB olabilir.} REPLY_NOT_QUEUED {Bu yanıt zaten yayımlandı ya da yok sayıldı.} other {Bu işlem yapılamadı ({code}).}}',

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
  'ws.queue.sharedMail': '(ortak bir e-posta sağlayıcısı: orada herkes adres edinebilir)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {bu mektupta parlamenterlerin imzaları moderasyondan geçer} organization {bu mektupta kuruluşların imzaları moderasyondan geçer} individual {bu mektupta bireylerin imzaları moderasyondan geçer} other {{kind}: bu mektupta moderasyondan geçer}}',
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

  // The notes a workspace shows after a form was sent (plain text).
  'ws.note.draftSaved': 'Taslak kaydedildi',
  'ws.note.saved': 'Kaydedildi',
  'ws.note.status':
    '{status, select, draft {Mektup taslak halinde} founding {Mektup yalnızca davetlilere açık} open {Mektup açık: herkes imzalayabilir} closed {Mektup kapalı: kimse imzalayamaz} other {Mektubun durumu: {status}}}',
  'ws.note.moderated': '{decision, select, approve {İmza yayımlandı} reject {İmza reddedildi; imzacıya bildirildi} shadow {İmza gizlendi; imzacıya bildirilmedi} other {Karar kaydedildi}}',
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

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Ayarlar kaydedildi',
  'ws.note.translationSaved': 'Çeviri kaydedildi',
  'ws.note.recipientsAdded': '{count, plural, one {# muhatap eklendi} other {# muhatap eklendi}}',
  'ws.note.deliveryQueued': '{count, plural, one {Mektup # muhataba gönderilmek üzere yola çıktı} other {Mektup # muhataba gönderilmek üzere yola çıktı}}',
  'ws.note.invalidated': '{count, plural, one {# imza sahte olarak işaretlendi} other {# imza sahte olarak işaretlendi}}',
  'ws.diff.added': 'eklendi:',
  'ws.diff.removed': 'kaldırıldı:',
  'ws.diff.formatted': 'biçimi değişti:',
  'ws.diff.unchanged': '{count, plural, one {… değişmeyen # paragraf …} other {… değişmeyen # paragraf …}}',
  'ws.diff.sameReading': 'Yalnızca kaynaktaki biçimlendirme değişti: metin aynı okunuyor.',
  'ws.section':
    '{section, select, text {Metin} settings {Ayarlar} translations {Çeviriler} signatures {İmzalar} invite {Davetler} delivery {Gönderim} replies {Yanıtlar} updates {Haberler} team {Ekip} share {Paylaş} audit {Denetim kaydı} other {{section}}}',
  // review: placeholders only: the English “{section}: {title}” fails the not-English test, so an en dash is used
  'ws.section.pageTitle': '{section} – {title}',
  'ws.nav.label': 'Çalışma alanı',
  'ws.workspace.history': 'Metnin geçmişi',
  'ws.workspace.previewHeading': 'Önizleme: mektup okurların göreceği haliyle (henüz kaydedilmedi)',
  'ws.header.label': 'Hesabınız',
  'ws.header.letters': 'Mektuplarınız',
  'ws.header.account': 'Hesap',
  'ws.header.signOut': 'Oturumu kapat',
  'ws.login.signedOut': 'Oturumunuz kapatıldı.',
  'ws.addresses.heading': 'İmzacıların adresleri',
  'ws.confirm.cancel': 'Vazgeç',
  'ws.confirm.heading':
    '{step, select, publish {Mektup yayımlansın mı?} openToAll {Mektup herkese açılsın mı?} founding {Mektup yalnızca davetlilere açılsın mı?} close {Mektup imzaya kapatılsın mı?} reopen {Mektup yeniden imzaya açılsın mı?} other {Devam edilsin mi?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Mektup {url} adresinde herkese açık hale gelir: herkes okuyabilir ve imzalayabilir.\nHer imza sayılmadan önce e-postayla onaylanır; adlar herkese açık listede görünür.\nMetni yine de düzeltebilirsiniz; esasa ilişkin bir değişiklikte her imzacıdan yeniden onay istenir.} openToAll {Mektup {url} adresinde herkese açık hale gelir: yalnızca davetliler değil, herkes okuyabilir ve imzalayabilir.\nİmzalamış davetliler listede, en başta kalır.} founding {Yalnızca davet ettiğiniz kişiler imzalayabilir; mektup kamuoyundan gizli kalır.\nMektubu daha sonra Yayımla ile herkese açarsınız.} close {Artık kimse imzalayamaz; mektup ve listesi {url} adresinde herkese açık kalır.\nMektubu daha sonra yeniden imzaya açabilirsiniz.} reopen {{url} adresinde imzalama yeniden başlar.} other {Bu işlem geri alınamaz.}}',
  'ws.confirm.button': '{step, select, publish {Şimdi yayımla} openToAll {Şimdi herkese aç} founding {Davetlilere aç} close {Mektubu imzaya kapat} reopen {Şimdi yeniden aç} other {Devam et}}',
  'ws.share.embedHeading': 'Diğer siteler için sayaç',
  'ws.share.embedIntro': 'Diğer sitelerin sayfalarına yapıştırabileceği, imza sayısını ve mektubun bağlantısını gösteren küçük bir kutu.',
  'ws.team.removeHeading': '{who}, mektubun düzenleyicilerinden çıkarılsın mı?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {{role}}}) artık bu çalışma alanını açamaz ve mektup üzerinde işlem yapamaz.\nYaptığı işlemler denetim kaydında kalır.\nDaha sonra yeniden ekleyebilirsiniz.',
  'ws.team.removeButton': 'Çıkar',
  'ws.settings.heading': 'İmzalama',
  'ws.settings.closesAt': 'Kapanış zamanı (UTC)',
  'ws.settings.closesAtHint': 'Tarih ve saat yerel saatinize göre değil, UTC’ye (Eş Güdümlü Evrensel Zaman) göredir. İmzalama o anda sona erer. Kapanış zamanı istemiyorsanız boş bırakın.',
  'ws.settings.signerKinds': 'Kimler imzalayabilir (en az biri)',
  'ws.settings.moderatedKinds': 'Moderasyon için bekletilenler',
  'ws.settings.moderatedHint': 'Bu türlerden imzalar, gösterilmeden ya da sayılmadan önce bir düzenleyicinin onayını bekler.',
  'ws.settings.save': 'Ayarları kaydet',
  'ws.translations.intro':
    'Mektubun diğer dillerdeki halleri. İmzacılar özgün metni onaylar; bir çeviri bu metnin bir sürümüne dayanır ve özgün metnin daha yeni bir sürümü olduğunda güncel değil olarak işaretlenir.',
  'ws.translations.none': 'Henüz çeviri yok.',
  'ws.translations.col.language': 'Dil',
  'ws.translations.col.title': 'Başlık',
  'ws.translations.col.follows': 'Dayandığı sürüm',
  'ws.translations.col.state': 'Durum',
  'ws.translations.col.links': 'Bağlantılar',
  'ws.translations.follows': 'sürüm {version, number}',
  'ws.translations.outdated': 'güncel değil: mektup artık {version, number} numaralı sürümde',
  'ws.translations.upToDate': 'güncel',
  'ws.translations.edit': 'düzenle',
  'ws.translations.read': 'herkese açık metin',
  'ws.translations.formHeading': 'Çeviri ekle ya da güncelle',
  'ws.translations.formIntro':
    'Zaten çevirisi olan bir dil için kaydetmek mevcut çevirinin yerini alır (önceki metinler herkese açık geçmişte kalır). Kaydedilen çeviri güncel sürüme, {version, number} numaralı sürüme dayanır.',
  'ws.translations.language': 'Dil',
  'ws.translations.chooseLanguage': 'Bir dil seçin',
  'ws.translations.addresseeHint': '(isteğe bağlı; boş bırakılırsa özgün metindeki muhatap)',
  'ws.translations.previewHeading': 'Önizleme: çeviri okurların göreceği haliyle (henüz kaydedilmedi)',
  'ws.translations.save': 'Çeviriyi kaydet',
  'ws.account.publicName': 'Herkese açık adınız ya da kuruluşunuz',
  'ws.account.publicNameLabel': 'Ad ya da kuruluş',
  'ws.account.publicNameHint':
    'İmza davetleri ve gönderilen mektup, mektubun sahiplerini bu adla anar. Bir ad yoksa mektubun “düzenleyicileri” denir; imzacılar ve muhataplar e-posta adresinizi asla görmez.',
  'ws.account.saveName': 'Adı kaydet',
  'ws.mail.footer.login':
    'Bu e-postayı, siz ya da bu adresi yazan biri bu adresle Undersigned’da oturum açmak istediği için aldınız. Bu kişi siz değilseniz bu e-postayı dikkate almayın: bağlantı olmadan kimse oturum açamaz.',
  'ws.mail.footer.added': 'Bu e-postayı, {known, select, yes {{by}} other {mektubun sahiplerinden biri}} bu adresi Undersigned’daki “{title}” mektubunun düzenleyicilerine eklediği için aldınız.',
  'ws.mail.footer.goal': 'Bu e-postayı, Undersigned’daki “{title}” mektubunu sahibi ya da editörü olarak düzenlediğiniz için aldınız.',
  'ws.delivery.intro': 'Mektubun muhatabı olan kişi ya da kurumlar. Her biri mektubu kendi dilinde, e-postayla ve metni ile imzacılarını içeren bir PDF ekiyle alır.',
  'ws.delivery.addressees': 'Muhataplar ({count, number})',
  'ws.delivery.none': 'Henüz muhatap yok: aşağıdan tek tek ya da liste halinde ekleyin.',
  'ws.delivery.col.group': 'Grup',
  'ws.delivery.col.language': 'Dil',
  'ws.delivery.col.state': 'Gönderim',
  'ws.delivery.state': '{state, select, queued {Sırada} sent {Gönderildi} failed {Başarısız} other {Gönderilmedi}}',
  'ws.delivery.failed': 'Başarısız: {why, select, refused {muhatabın e-posta sunucusu iletiyi reddetti.} unreachable {muhatabın e-posta sunucusuna ulaşılamadı.} other {ileti gönderilemedi.}}',
  'ws.delivery.count': '{state, select, sent {{count, number} gönderildi} queued {{count, number} sırada} failed {{count, number} başarısız} other {{count, number} gönderilmedi}}',
  'ws.delivery.progressHeading': 'Son gönderim',
  'ws.delivery.progress': '{total, number} iletiden {sent, number} tanesi gönderildi, {queued, number} tanesi gönderilmeyi bekliyor, {failed, number} tanesi başarısız oldu.',
  'ws.delivery.notPublic': 'Mektup herkese açık olduğunda gönderilir: önce yayımlayın. Muhataplarını şimdiden ekleyebilirsiniz.',
  'ws.delivery.readOnly': 'Muhatap ekleme ve mektubu gönderme işlemlerini yalnızca mektubun sahipleri ve editörleri yapar.',
  'ws.delivery.previewLink': 'İletileri önizleyin, ardından gönderin',
  'ws.delivery.addHeading': 'Muhatap ekle',
  'ws.delivery.name': 'Ad',
  'ws.delivery.email': 'E-posta',
  'ws.delivery.language': 'Dil',
  'ws.delivery.group': 'Grup (isteğe bağlı; ör. bir bölge)',
  'ws.delivery.add': 'Muhatabı ekle',
  'ws.delivery.importHeading': 'Bir listeden toplu ekle',
  'ws.delivery.csvLabel': 'CSV yapıştırın: sütunları adlandıran ilk satırın altında her satıra bir muhatap (dil: en ya da fr gibi bir kod; boş bırakılırsa mektubun kendi dili):',
  'ws.delivery.import': 'Bu muhatapları ekle',
  'ws.delivery.importResult':
    '{added, plural, one {# muhatap eklendi} other {# muhatap eklendi}}; {already, plural, =0 {hiçbiri zaten listede değildi} one {# tanesi zaten listedeydi} other {# tanesi zaten listedeydi}}. Aşağıdaki satırlar alınmadı:',
  'ws.delivery.lineError': 'Satır {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Gönderilmeden önce iletiler',
  'ws.delivery.previewIntro': 'Her muhatap aşağıdaki iletiyi kendi dilinde, kendi adıyla hitap edilerek ve PDF ekiyle alır. Siz onaylayana kadar hiçbir şey gönderilmez.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# muhatap} other {# muhatap}}',
  'ws.delivery.previewAs': '{name} adlı muhatabın alacağı haliyle gösteriliyor.',
  // review: {language} is the language’s own name (français, Deutsch), hence “{language} dilinde”
  'ws.delivery.noTranslation': 'Mektubun bu dile çevirisi yok: metin {language} dilinde gönderilir.',
  'ws.delivery.subject': 'Konu',
  'ws.delivery.textBody': 'İleti',
  'ws.delivery.htmlBody': 'İletiyi e-posta programlarında görüneceği biçimiyle görün',
  'ws.delivery.pdf': 'Ekteki PDF ({language})',
  'ws.delivery.previewNone': 'Henüz muhatap yok: önce muhatap ekleyin.',
  'ws.delivery.previewDraft': 'İletiler mektup herkese açık olduğunda gösterilebilir: önce yayımlayın.',
  'ws.delivery.send': '{count, plural, one {# muhataba gönder} other {# muhataba gönder}}',
  'ws.delivery.back': 'Muhataplara dön',
  'ws.delivery.confirmHeading': '{count, plural, one {Mektup # muhataba gönderilsin mi?} other {Mektup # muhataba gönderilsin mi?}}',
  // review: {names} is a list of addressees; Turkish keeps the verb singular after it (alır) in both branches
  'ws.delivery.confirmLanguage': '{names}, metni {language} dilinde ve ekinde {language} dilindeki PDF sürümüyle {count, plural, one {alır} other {alır}}.',
  'ws.delivery.andMore': '{count, plural, one {# muhatap daha} other {# muhatap daha}}',
  'ws.delivery.confirmAgain': '{count, plural, one {Bunlardan # tanesi mektubu zaten aldı ve yeniden alacak.} other {Bunlardan # tanesi mektubu zaten aldı ve yeniden alacak.}}',
  'ws.delivery.confirmRecall': 'Gönderilen bir ileti geri alınamaz.',
  'ws.delivery.confirmPublic': 'Ardından mektubun herkese açık sayfası her muhatabı adıyla ve mektubun ona ne zaman ulaştığıyla listeler, adresini asla göstermez.',
  'ws.delivery.confirmButton': '{count, plural, one {Şimdi # muhataba gönder} other {Şimdi # muhataba gönder}}',
  'ws.queue.intro':
    'Bu imzalar gösterilmeden ya da sayılmadan önce bir karar bekliyor. Yayımla imzayı listeye ekler; Reddet listenin dışında tutar ve imzacıya bildirir; Gizle imzacıya hiçbir şey söylemeden listenin dışında tutar.',
  'ws.queue.readOnly': 'Bekletilen imzalar hakkında yalnızca mektubun sahipleri ve moderatörleri karar verir.',
  'ws.held.claims': 'Beyan ettiği kimlik',
  'ws.held.wroteFrom': 'Yazdığı adres',
  'ws.held.website': 'Web sitesi',
  'ws.held.noWebsite': 'belirtilmedi',
  'ws.held.verification': 'Doğrulama',
  'ws.held.verifiedBy':
    '{by, select, domain {Evet: e-posta alan adıyla, {domain}} invited {Evet: bir davet üzerinden imzaladı} approved {Evet: bir moderatör tarafından onaylandı} other {Evet: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Hayır: e-posta alan adı belirtilen parlamentoya ait değil} organization {{website, select, no {Hayır: e-posta alan adıyla karşılaştırılacak bir web sitesi belirtilmedi} other {{shared, select, yes {Hayır: ortak bir e-posta sağlayıcısında herkes adres edinebilir} other {Hayır: e-posta alan adı web sitesinin alan adı değil}}}}} individual {Hayır: bireyler yalnızca bir davet üzerinden doğrulanır} other {Hayır}}',
  'ws.held.why': 'Bekletilme nedeni',
  'ws.held.similar': 'Listedeki benzer adlar',
  'ws.held.noSimilar': 'yok',
  'ws.held.signed': 'İmzalama zamanı',
  'ws.held.network': 'Ağ parmak izi',
  'ws.decide.label': '{name} hakkında karar',
  'ws.decide.publish': 'Yayımla',
  'ws.decide.reject': 'Reddet (imzacıya bildirilir)',
  'ws.decide.hide': 'Gizle',
  'ws.decide.hideHint': '(imzacıya e-posta gönderilmez; kötüye kullanım durumları içindir. Her kaldırmada olduğu gibi, imza listedeyse herkese açık kayıt defteri bunu kaydeder)',
  'ws.decide.heading':
    '{decision, select, reject {{who} adlı imzacının imzası reddedilsin mi?} shadow {{who} adlı imzacının imzası gizlensin mi?} other {{who} adlı imzacının imzası hakkında karar verilsin mi?}}',
  'ws.decide.consequences':
    '{who} ({claim}) mektubun listesinin ve tüm sayımların dışında kalır{listed, select, yes {: imza şimdi listeden çıkar} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} adlı imzacıya, mektubun düzenleyicilerinin imzayı kabul etmediği e-postayla bildirilir.} other {{who} adlı imzacıya e-posta gönderilemez: adres artık saklanmıyor.}}} shadow {{who} adlı imzacıya e-posta gönderilmez: ona göre imza hâlâ kabul edilmiş görünür. Bunu, imzacıya haber vermenin yalnızca yeni bir denemeye yol açacağı kötüye kullanım durumlarında kullanın.} other {}}\n{listed, select, yes {Her kaldırmada olduğu gibi, herkese açık kayıt defteri bir kaldırma kaydeder.} other {İmza hiç herkese açık listede olmadığı için herkese açık kayıt defteri bununla ilgili hiçbir şey kaydetmez.}}',
  'ws.decide.button': '{decision, select, reject {Reddet ve imzacıya bildir} shadow {İmzacıya bildirmeden gizle} other {Karar ver}}',
  // review: "flood" rendered as sahte imza akını (a rush of fake signatures)
  'ws.invalidate.heading': 'Bir sahte imza akınını işaretle',
  'ws.invalidate.intro':
    'Sahte imza akınlarına karşı: bir e-posta alan adı, bir zaman aralığı, bir ağ parmak izi ya da bunlardan birkaçını girin (bir imzanın girdiğiniz ölçütlerin tümüne uyması gerekir). Önce kaç imzanın eşleştiğini görürsünüz; siz onaylayana kadar hiçbir şey değişmez.',
  'ws.invalidate.domain': 'E-posta alan adı (ör. example.org)',
  'ws.invalidate.window': 'Bu zaman aralığında atılan imzalar (UTC)',
  'ws.invalidate.from': 'Başlangıç',
  'ws.invalidate.to': 'Bitiş (dahil değil)',
  'ws.invalidate.network': 'Ağ parmak izi (bekletilen bir imzada gösterildiği gibi)',
  'ws.invalidate.preview': 'Önizle',
  'ws.invalidate.result':
    '{result, select, none {Bir e-posta alan adı, bir zaman aralığı ya da bir ağ parmak izi girin: bunlardan biri olmadan hiçbir imza eşleşmez.} nothing {Bu ölçütlere uyan imza yok: hiçbir şey değiştirilmedi.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {E-posta alan adı: bu bir alan adı değil (ör. example.org).} from {Başlangıç: bu bir tarih ve saat değil.} to {Bitiş: bu bir tarih ve saat değil.} ipHash {Ağ parmak izi: bu bir ağ parmak izi değil (8 ila 32 harf, rakam, - ya da _).} other {Ölçütler okunamadı; lütfen kontrol edin.}}',
  'ws.invalidate.confirmHeading': '{count, plural, one {# imza sahte olarak işaretlensin mi?} other {# imza sahte olarak işaretlensin mi?}}',
  'ws.invalidate.matching': 'Eşleşen imzalar: {criteria}.',
  'ws.invalidate.byDomain': 'e-posta alan adı {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {{from} ile {to} arasında atılmış} from {{from} ve sonrasında atılmış} other {{to} öncesinde atılmış}}',
  'ws.invalidate.byNetwork': 'ağ parmak izi {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {İmza sahte olarak işaretlenir: inceleme için bir süre saklanır, ardından silinir; geri getirilemez.} other {İmzalar sahte olarak işaretlenir: inceleme için bir süre saklanır, ardından silinir; geri getirilemez.}}\nHerkese açık listede olanlar listeden hemen çıkar ve sayılar düşer.\nHer kaldırmada olduğu gibi, herkese açık kayıt defteri listeden yapılan her kaldırmayı kaydeder.\nİmzacılara e-posta gönderilmez.',
  'ws.invalidate.button': '{count, plural, one {# imzayı sahte olarak işaretle} other {# imzayı sahte olarak işaretle}}',
  // review: {who}, {signer} and {member} are names as given: the sentences use “{signer} adlı imzacının”, “{member} adlı kişiyi” so that no suffix attaches to a name; the language as “{language} çeviri” (Fransızca çeviri)
  // review: added branches: record = kayda geçirmek, set aside / dismiss = yok saymak, update = güncelleme as in ws.updates.*; {language} as in “güncellemenin Fransızca çevirisini”
  'ws.audit.did':
    '{kind, select, create {{who} mektubun taslağını oluşturdu} edit {{editorial, select, yes {{who} metni düzeltti (editoryal değişiklik: kimseden yeniden onay istenmez)} other {{who} metni düzenledi}}} publish {{who} mektubu yayımladı} close {{who} mektubu imzaya kapattı} founding {{who} kurucu imza turunu davetlilere açtı} approve {{who}, {signer} adlı imzacının imzasını yayımladı} reject {{who}, {signer} adlı imzacının imzasını reddetti} shadow {{who}, {signer} adlı imzacının imzasını gizledi} moderate {{who}, {signer} adlı imzacının imzası hakkında karar verdi} invalidate {{counted, select, yes {{who} {count, plural, one {# imzayı} other {# imzayı}} sahte olarak işaretledi} other {{who} imzaları sahte olarak işaretledi}}} invalidatePreview {{counted, select, yes {{who} sahte olarak işaretlenecek imzaları aradı ({count, plural, one {# eşleşme} other {# eşleşme}})} other {{who} sahte olarak işaretlenecek imzaları aradı}}} invite {{counted, select, yes {{who} {count, plural, one {# imzacıyı} other {# imzacıyı}} davet etti} other {{who} imzacıları davet etti}}} addOrganizer {{who}, {member} adlı kişiyi {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {ortak düzenleyici}} olarak ekledi} setRole {{who}, {member} adlı kişiyi {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {ortak düzenleyici}} yaptı} removeOrganizer {{who}, {member} adlı kişiyi düzenleyicilerden çıkardı} goal {{goalSet, select, yes {{who} hedefi {goalKind, select, legislator {{goal, plural, one {# parlamenter} other {# parlamenter}}} organization {{goal, plural, one {# kuruluş} other {# kuruluş}}} individual {{goal, plural, one {# birey} other {# birey}}} other {{goal, plural, one {# imza} other {# imza}}}} olarak belirledi} no {{who} hedefi kaldırdı} other {{who} hedefi değiştirdi}}} settings {{who} mektubun ayarlarını değiştirdi} translation {{who} {language} çeviriyi kaydetti} recipients {{counted, select, yes {{who} {count, plural, one {# muhatap} other {# muhatap}} ekledi} other {{who} muhatap ekledi}}} deliver {{counted, select, yes {{who} mektubu {count, plural, one {# muhataba} other {# muhataba}} gönderdi} other {{who} mektubu muhataplarına gönderdi}}} widget {{who} imza formunu gösterebilecek siteleri değiştirdi} partner {{who} imza formu için bir ortak ekledi} addressesShown {{who} ortak düzenleyicilerin imzacıların adreslerini görmesine izin verdi} addressesHidden {{who} imzacıların adreslerini ortak düzenleyicilerden gizledi} readAddresses {{source, select, page {{who} çalışma alanında {count, plural, one {# imzacının} other {# imzacının}} adreslerini görüntüledi} other {{who} API üzerinden {count, plural, one {# imzacının} other {# imzacının}} adreslerini görüntüledi}}} readDomains {{source, select, page {{who} çalışma alanında {count, plural, one {# imzacının} other {# imzacının}} adreslerinin alan adlarını görüntüledi} other {{who} API üzerinden {count, plural, one {# imzacının} other {# imzacının}} adreslerinin alan adlarını görüntüledi}}} export {{domainsOnly, select, yes {{who} imzaları {count, plural, one {# imzacının} other {# imzacının}} adreslerinin alan adlarıyla birlikte CSV olarak dışa aktardı} other {{who} imzaları {count, plural, one {# imzacının} other {# imzacının}} adresleriyle birlikte CSV olarak dışa aktardı}}} recordReply {{who} bir muhatabın posta yoluyla ya da elden gelen yanıtını kayda geçirdi ve yayımladı} publishReply {{who} bir muhatabın e-postayla gelen yanıtını yayımladı} dismissReply {{who} e-postayla gelen bir yanıtı yok saydı} writeUpdate {{who} imzacılar için bir güncelleme yazdı} updateTranslation {{who} güncellemenin {language} çevirisini kaydetti} sendUpdate {{counted, select, yes {{who} {count, plural, one {# imzacıya} other {# imzacıya}} bir güncelleme gönderdi} other {{who} imzacılara bir güncelleme gönderdi}}} other {{who} bir istekte bulundu: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} bir mektup taslağı oluşturmaya çalıştı} edit {{who} metni düzenlemeye çalıştı} publish {{who} mektubu yayımlamaya çalıştı} close {{who} mektubu imzaya kapatmaya çalıştı} founding {{who} kurucu imza turunu açmaya çalıştı} approve {{who}, {signer} adlı imzacının imzasını yayımlamaya çalıştı} reject {{who}, {signer} adlı imzacının imzasını reddetmeye çalıştı} shadow {{who}, {signer} adlı imzacının imzasını gizlemeye çalıştı} moderate {{who}, {signer} adlı imzacının imzası hakkında karar vermeye çalıştı} invalidate {{who} imzaları sahte olarak işaretlemeye çalıştı} invalidatePreview {{who} sahte olarak işaretlenecek imzaları aramaya çalıştı} invite {{who} imzacıları davet etmeye çalıştı} addOrganizer {{who}, {member} adlı kişiyi {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {ortak düzenleyici}} olarak eklemeye çalıştı} setRole {{who}, {member} adlı kişiyi {role, select, owner {sahip} editor {editör} moderator {moderatör} viewer {izleyici} other {ortak düzenleyici}} yapmaya çalıştı} removeOrganizer {{who}, {member} adlı kişiyi düzenleyicilerden çıkarmaya çalıştı} goal {{who} hedefi değiştirmeye çalıştı} settings {{who} mektubun ayarlarını değiştirmeye çalıştı} translation {{who} {language} çeviriyi kaydetmeye çalıştı} recipients {{who} muhatap eklemeye çalıştı} deliver {{who} mektubu muhataplarına göndermeye çalıştı} widget {{who} imza formunu gösterebilecek siteleri değiştirmeye çalıştı} partner {{who} imza formu için bir ortak eklemeye çalıştı} addressesShown {{who} ortak düzenleyicilerin imzacıların adreslerini görmesine izin vermeye çalıştı} addressesHidden {{who} imzacıların adreslerini ortak düzenleyicilerden gizlemeye çalıştı} readAddresses {{who} imzacıların adreslerini okumaya çalıştı} readDomains {{who} imzacıların adreslerinin alan adlarını okumaya çalıştı} export {{who} imzaları dışa aktarmaya çalıştı} recordReply {{who} bir muhatabın yanıtını kayda geçirmeye çalıştı} publishReply {{who} bir muhatabın yanıtını yayımlamaya çalıştı} dismissReply {{who} e-postayla gelen bir yanıtı yok saymaya çalıştı} writeUpdate {{who} imzacılar için bir güncelleme yazmaya çalıştı} updateTranslation {{who} bir güncellemenin {language} çevirisini kaydetmeye çalıştı} sendUpdate {{who} imzacılara bir güncelleme göndermeye çalıştı} other {{who} bir istekte bulunmaya çalıştı: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (reddedildi), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Mektup taslağı oluşturuldu} edit {Metin düzenlendi} publish {Mektup yayımlandı} close {Mektup imzaya kapatıldı} founding {Kurucu tur açıldı} approve {İmza yayımlandı} reject {İmza reddedildi} shadow {İmza gizlendi} moderate {İmza hakkında karar verildi} invalidate {İmzalar sahte olarak işaretlendi} invalidatePreview {Sahte imza araması} invite {İmzacılar davet edildi} addOrganizer {Ortak düzenleyici eklendi} setRole {Rol değiştirildi} removeOrganizer {Ortak düzenleyici çıkarıldı} goal {Hedef değiştirildi} settings {Ayarlar değiştirildi} translation {Çeviri kaydedildi} recipients {Muhataplar eklendi} deliver {Mektup muhataplarına gönderildi} widget {İmza formunun siteleri değiştirildi} partner {İmza formu ortağı eklendi} addressesShown {Adresler ortak düzenleyicilere gösterildi} addressesHidden {Adresler ortak düzenleyicilerden gizlendi} readAddresses {Adresler okundu} readDomains {Adreslerin alan adları okundu} export {İmzalar dışa aktarıldı} recordReply {Yanıt kayda geçirildi} publishReply {Yanıt yayımlandı} dismissReply {Yanıt yok sayıldı} writeUpdate {Güncelleme yazıldı} updateTranslation {Güncelleme çevrildi} sendUpdate {Güncelleme gönderildi} other {Diğer istek}}',
  'ws.audit.result': '{refused, select, yes {reddedildi ({status})} other {yapıldı}}',
  'ws.audit.operatorWho': 'Komut satırındaki site işletmecisi',
  'ws.audit.formerOrganizer': 'Eski bir düzenleyici',
  'ws.audit.erasedSigner': 'verileri silinmiş bir imzacı',
  'ws.audit.someSigner': 'bir imzacı',
  'ws.audit.someOrganizer': 'bir ortak düzenleyici',
  // review: fills {language} in “{who} {language} çeviriyi kaydetti”, hence the locative form
  'ws.audit.someLanguage': 'başka bir dildeki',
  'ws.audit.intro':
    'Mektubun düzenleyicilerinin tüm işlemleri, en yenisi en üstte, adlar şimdiki halleriyle: verilerini silmiş bir imzacı “verileri silinmiş bir imzacı” olarak görünür. Saatler UTC’dir.',
  'ws.audit.filterPerson': 'Kim',
  'ws.audit.filterKind': 'İşlem',
  'ws.audit.everyone': 'herkes',
  'ws.audit.everything': 'tüm işlemler',
  'ws.audit.filterSubmit': 'Göster',
  'ws.audit.empty': '{filtered, select, yes {Bu filtrelere uyan kayıt yok.} other {Henüz kaydedilmiş bir şey yok.}}',
  'ws.audit.pages': 'Denetim kaydının sayfaları',
  'ws.audit.older': 'Daha eski kayıtlar',
  'ws.audit.newest': 'En yenilere dön',
  'ws.audit.export': 'CSV olarak dışa aktar',
  'ws.audit.exportHint': '(bu filtrelerin gösterdiği kayıtların tüm sayfaları)',
  // review: update rendered as güncelleme on the organizers' side, news as haber(ler) on the signers' side and for the section (updates {Haberler}), as the English does
  'ws.note.updateSent':
    '{count, plural, =0 {Güncelleme mektubun sayfasında; hiçbir imzacı haber istemediği için e-postayla gönderilmedi} one {Güncelleme # imzacıya gönderiliyor ve mektubun sayfasında yer alıyor} other {Güncelleme # imzacıya gönderiliyor ve mektubun sayfasında yer alıyor}}',
  // review: still on the list rendered as hâlâ haber listesinde (still on the news list), so it is not read as the public list of signatures
  'ws.updates.intro':
    '{count, plural, =0 {Henüz hiçbir imzacı haber istemedi.} one {# imzacı imzalarken haber istedi ve hâlâ haber listesinde.} other {# imzacı imzalarken haber istedi ve hâlâ haber listesinde.}} Her biri güncellemeyi imzaladığı dilde, ayda en fazla {perMonth, plural, one {bir kez} other {# kez}}, abonelikten çıkma bağlantısıyla birlikte alır. Gönderilen bir güncelleme mektubun sayfasında da görünür.',
  'ws.updates.none': 'Henüz güncelleme yok.',
  'ws.updates.col.title': 'Başlık',
  'ws.updates.col.languages': 'Diller',
  'ws.updates.col.state': 'Durum',
  'ws.updates.col.links': 'Bağlantılar',
  'ws.updates.draft': 'Taslak, gönderilmedi',
  'ws.updates.sentOn': 'Gönderilme tarihi: {date}',
  'ws.updates.onPage': 'Mektubun sayfasında',
  'ws.updates.translate': 'Çeviriler',
  'ws.updates.send': 'Gönder',
  'ws.updates.formHeading': 'Güncelleme yaz',
  'ws.updates.formIntro': 'Güncellemeyi mektubun dilinde ({language}) yazın; kaydettikten sonra çevirilerini ekleyin. Siz onaylamadan hiçbir şey gönderilmez.',
  'ws.updates.previewHeading': 'Önizleme: güncelleme imzacıların okuyacağı haliyle (henüz kaydedilmedi)',
  'ws.updates.save': 'Taslağı kaydet',
  'ws.updates.translationsHeading': '“{title}” güncellemesinin çevirileri',
  'ws.updates.translationsIntro': 'Her imzacı güncellemeyi imzaladığı dilde alır; o dilde çevirisi yoksa özgün metni ({language}) alır.',
  'ws.updates.saveTranslation': 'Çeviriyi kaydet',
  'ws.updates.sendTo': '{count, plural, =0 {Yayımla (e-posta gönderilecek imzacı yok)} one {# imzacıya gönder} other {# imzacıya gönder}}',
  'ws.updates.readOnly': 'Güncellemeleri yalnızca editörler ve sahipler yazar ve gönderir.',
  'ws.updates.confirmHeading': '{count, plural, =0 {“{title}” yayımlansın mı?} one {“{title}” # imzacıya gönderilsin mi?} other {“{title}” # imzacıya gönderilsin mi?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Haber isteyen imzacılardan hiçbiri şu anda bunu alamaz.} one {İmzalarken haber isteyen ve hâlâ haber listesinde olan # imzacıya e-postayla gönderilir.} other {İmzalarken haber isteyen ve hâlâ haber listesinde olan # imzacıya e-postayla gönderilir.}} Hiç kimse ayda {perMonth, plural, one {bir güncellemeden} other {# güncellemeden}} fazlasını almaz.',
  'ws.updates.confirmLanguages': 'Kendi dillerinde: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {özgün metin} other {çeviri}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# imzacı son 30 günde {perMonth, plural, one {bir güncelleme} other {# güncelleme}} aldığı için bunu almayacak.} other {# imzacı son 30 günde {perMonth, plural, one {bir güncelleme} other {# güncelleme}} aldığı için bunu almayacak.}}',
  'ws.updates.confirmPublic': 'Güncelleme, gönderildiği günle birlikte mektubun herkese açık sayfasında görünür.',
  'ws.updates.confirmFinal': 'Gönderilen e-posta geri alınamaz, gönderilen bir güncelleme de değiştirilemez.',
  'ws.updates.confirmButton': '{count, plural, =0 {Şimdi yayımla} one {# imzacıya gönder} other {# imzacıya gönder}}',
  'ws.account.digest': 'Günlük özet',
  'ws.account.digestLabel': 'Mektuplarımda bir şey olduğunda bana günlük özet gönder',
  'ws.account.digestHint':
    'Günde en fazla bir e-posta ve yalnızca düzenlediğiniz bir mektupta bir şey olan günlerde: e-postayla gelen bir yanıt, ulaşılan hedef, imza akını denetiminin dışarıda tuttuğu yeni imzalar.',
  'ws.account.saveDigest': 'Kaydet',
  'ws.mail.digest.subject': '{count, plural, one {Günlük özetiniz: {title}} other {Günlük özetiniz: # mektupta yenilikler}}',
  'ws.mail.digest.title': 'Günlük özetiniz',
  'ws.mail.digest.intro': '{since} tarihinden bu yana düzenlediğiniz mektuplarda olanlar şöyle.',
  'ws.mail.digest.replies':
    '{count, plural, one {E-postayla # yanıt geldi ve kararınızı bekliyor: <link>yayımlayın ya da yok sayın</link>.} other {E-postayla # yanıt geldi ve kararınızı bekliyor: <link>yayımlayın ya da yok sayın</link>.}}',
  'ws.mail.digest.goal':
    'Mektup {kind, select, legislator {{goal, plural, one {# parlamenter} other {# parlamenter}}} organization {{goal, plural, one {# kuruluş} other {# kuruluş}}} individual {{goal, plural, one {# birey} other {# birey}}} other {{goal, plural, one {# imza} other {# imza}}}} hedefine ulaştı. <link>İmzaları görün</link>.',
  // review: flood check rendered imza akını denetimi (as sahte imza akını in ws.invalidate.*)
  'ws.mail.digest.flooded':
    '{count, plural, one {# yeni imza, imza akını denetimi tarafından sahte sayılarak dışarıda tutuldu (bir günde aynı ağdan çok fazla imza): gösterilmiyor ve sayılmıyor. <link>İmzaları inceleyin</link>.} other {# yeni imza, imza akını denetimi tarafından sahte sayılarak dışarıda tutuldu (bir günde aynı ağdan çok fazla imza): gösterilmiyor ve sayılmıyor. <link>İmzaları inceleyin</link>.}}',
  'ws.mail.digest.stop': 'Özeti durdurmak için hesap sayfanızdaki kutucuğun işaretini kaldırın: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Özeti durdurmak için hesap sayfanızdaki kutucuğun işaretini kaldırın:',
  'ws.mail.footer.digest':
    'Bu e-postayı, Undersigned’da düzenlediğiniz mektuplarda olanlarla ilgili günlük özet istediğiniz için aldınız; özet yalnızca bir şey olan günlerde gelir. Durdurmak için hesap sayfanızdaki kutucuğun işaretini kaldırın.',
  'ws.note.replyRecorded': 'Yanıt kayda geçirildi ve mektubun yanında yayımlandı',
  'ws.note.replyPublished': 'Yanıt mektubun yanında ve kayıt defterinde yayımlandı',
  'ws.note.replyDismissed': 'Yanıt yok sayıldı: gösterilmeyecek',
  'ws.note.replyWaitSaved': 'Kaydedildi: “yanıt yok” sayılmadan önceki bekleme süresi',
  'ws.replies.introInbound':
    'Gönderilen mektubun e-postasına verilen yanıtlar buraya kendiliğinden gelir; her biri, bir editörün ya da sahibin onu yayımlamasını veya yok saymasını bekler. Başka yollarla (posta yoluyla, elden) alınan yanıtlar aşağıda kayda geçirilir.',
  'ws.replies.introByHand': 'Bu site e-posta almıyor: muhatapların size gönderdiği yanıtları (posta yoluyla, e-postayla, elden) burada elle kayda geçirin.',
  'ws.replies.waitingHeading': 'Kararınızı bekleyenler ({count, number})',
  'ws.replies.noneWaiting': 'Karar bekleyen yanıt yok.',
  'ws.replies.readOnly': 'Yanıtları yalnızca mektubun sahipleri ve editörleri yayımlar ya da yok sayar.',
  'ws.replies.verified': '{domain} için DKIM ile doğrulandı',
  'ws.replies.unverified':
    '{known, select, yes {Doğrulanmadı: {domain} alan adından gönderildi; yayımlamadan önce kontrol edin.} other {Doğrulanmadı: gönderenin alan adı bilinmiyor; yayımlamadan önce kontrol edin.}}',
  'ws.replies.received': 'Alınma tarihi',
  'ws.replies.subject': 'Konu',
  'ws.replies.noSubject': '(konu yok)',
  'ws.replies.readAll': 'Yanıtın tamamını okuyun ({count, plural, one {# karakter} other {# karakter}})',
  'ws.replies.document': 'Belge {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Yayımla',
  'ws.replies.dismiss': 'Yok say',
  'ws.replies.recordHeading': 'Bir yanıtı kayda geçir',
  'ws.replies.recordIntro': 'Bir muhatabın size başka bir yoldan (posta yoluyla, kendi e-posta kutunuza, elden) gönderdiği yanıt: yazıldığı haliyle metni ve varsa taranmış kopyası ya da dosyası.',
  'ws.replies.from': 'Gönderen',
  'ws.replies.chooseAddressee': 'Muhatabı seçin',
  'ws.replies.dated': 'Yanıtın tarihi',
  'ws.replies.text': 'Yanıt metni',
  'ws.replies.textHint': '(yazıldığı haliyle; düz metin)',
  'ws.replies.files': 'Belgeler',
  'ws.replies.filesHint': '(isteğe bağlı: PDF ya da görseller, en fazla {max, plural, one {# dosya} other {# dosya}}, her biri en fazla 10 MB)',
  'ws.replies.recordPublic': 'Kayda geçirilen yanıt hemen yayımlanır: mektubun yanında, herkese açık kayıt defterinde ve bir sonraki PDF dosyasında. Bu geri alınamaz.',
  'ws.replies.record': 'Yanıtı kayda geçir ve yayımla',
  'ws.replies.noAddressees': 'Mektubun henüz muhatabı yok: önce muhatap ekleyin.',
  'ws.replies.publishedHeading': 'Yayımlananlar ({count, number})',
  'ws.replies.nonePublished': 'Henüz yayımlanmış yanıt yok.',
  'ws.replies.byHand': 'Bir düzenleyici tarafından kayda geçirildi',
  'ws.replies.byMailUnverified': 'E-postayla geldi, DKIM ile doğrulanmadı',
  'ws.replies.publishedOn': 'yanıt tarihi {received}, yayımlanma tarihi {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Yok sayılan yanıt yok.} one {# yanıt yok sayıldı (istenmeyen e-posta, otomatik yanıtlar): gösterilmiyor.} other {# yanıt yok sayıldı (istenmeyen e-posta, otomatik yanıtlar): gösterilmiyor.}}',
  'ws.replies.publishHeading': '{who} tarafından gönderilen yanıt yayımlansın mı?',
  'ws.replies.confirmVerified': '{domain} için DKIM ile doğrulandı: bu alan adının e-posta sunucusu yanıtı imzaladı.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Doğrulanmadı: {domain} alan adından gönderildi ve muhataptan geldiğini kanıtlayan hiçbir şey yok. Yayımlamadan önce kontrol edin.} other {Doğrulanmadı: muhataptan geldiğini kanıtlayan hiçbir şey yok. Yayımlamadan önce kontrol edin.}}',
  // review: PDF kept without a suffix (PDF dosyasında), as elsewhere in this catalog
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Yanıt mektubun yanında, herkese açık sayfasında yer alır ve herkes tarafından okunabilir.} one {Yanıt, belgesiyle birlikte mektubun yanında, herkese açık sayfasında yer alır ve herkes tarafından okunabilir.} other {Yanıt, # belgesiyle birlikte mektubun yanında, herkese açık sayfasında yer alır ve herkes tarafından okunabilir.}}\nMektubun herkese açık kayıt defterine işlenir ve mektubun bir sonraki PDF dosyasında yer alır.\nGeri alınamaz: yayımlanan bir yanıt yayımlanmış olarak kalır.',
  'ws.replies.publishButton': 'Yanıtı yayımla',
  'ws.replies.dismissHeading': '{who} tarafından gönderilen yanıt yok sayılsın mı?',
  'ws.replies.dismissConsequences':
    'Hiçbir zaman gösterilmez: ne mektubun yanında, ne kayıt defterinde, ne de PDF dosyasında.\nBunu istenmeyen e-posta, otomatik yanıt ya da mektuba yanıt olmayan bir ileti için kullanın.\nDaha sonra yayımlanamaz.',
  'ws.replies.dismissButton': 'Yok say',
  'ws.replyWait.heading': 'Yanıtlar',
  'ws.replyWait.intro':
    'Mektubun sayfası, her muhatap için yanıt verip vermediğini gösterir. Mektup kendisine ulaştıktan sonra bu kadar gün içinde yanıt vermeyen muhatap “yanıt yok” olarak gösterilir.',
  'ws.replyWait.label': 'Bir muhatap kaç gün sonra “yanıt yok” sayılsın',
  'ws.replyWait.save': 'Kaydet',
} satisfies WorkspaceCatalog;
