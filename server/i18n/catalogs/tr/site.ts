import type { SiteCatalog } from '../en/site-type.js';

/** Turkish: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} ve {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} ve {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'İçeriğe geç',
  'site.footer': '{siteName}: imzalanmış ve doğrulanmış açık mektuplar. İmzacıların e-posta adresleri asla yayımlanmaz.',
  'site.languages': 'Diller',
  'site.backToLetter': 'Mektuba dön',
  'site.backToStart': 'Ana sayfaya dön',
  'site.choose': 'Seçin…',
  'site.optional': '(isteğe bağlı)',

  'home.title': 'Açık mektuplar',
  'home.intro': 'Parlamenterler, kuruluşlar ve bireyler tarafından imzalanan ortak mektuplar. Her imza e-postayla onaylanır; kurumsal bağlantılar mümkün olan durumlarda doğrulanır.',
  'home.to': 'Muhatap: {addressee}',
  'home.none': 'Henüz yayımlanmış bir mektup yok.',

  'status.open': 'İmzaya açık',
  'status.closed': 'İmzaya kapalı',
  'status.closedOn': 'Kapanış tarihi: {date}',
  'status.draft': 'Taslak',

  // review: legislator rendered as parlamenter (covers MPs and senators); kind.choice is used with olarak and under the label Şu sıfatla imzalıyorum
  'kind.plural': '{kind, select, legislator {Parlamenterler} organization {Kuruluşlar} other {Bireyler}}',
  'kind.singular': '{kind, select, legislator {Parlamenter} organization {Kuruluş} other {Birey}}',
  'kind.choice': '{kind, select, legislator {parlamenter} organization {kuruluş} other {birey}}',

  'summary.legislators': '{countries, plural, one {# ülkeden} other {# ülkeden}} {legislators, plural, one {# parlamenter} other {# parlamenter}}',
  'summary.organizations': '{n, plural, one {# kuruluş} other {# kuruluş}}',
  'summary.individuals': '{n, plural, one {# birey} other {# birey}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: rendered as 37 / 100 parlamenter: the natural 100 parlamenterden 37’si would need a suffix on {current} that cannot follow vowel harmony
  'goal.progress':
    '{current, number} / {kind, select, legislator {{goal, plural, one {# parlamenter} other {# parlamenter}}} organization {{goal, plural, one {# kuruluş} other {# kuruluş}}} individual {{goal, plural, one {# birey} other {# birey}}} other {{goal, plural, one {# imza} other {# imza}}}}',
  'summary.none': 'Henüz imza yok',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Henüz imza yok} one {<strong>#</strong> imza} other {<strong>#</strong> imza}}',

  'letter.to': 'Muhatap: {addressee}',
  'letter.published': 'Yayımlanma tarihi: {date}',
  'letter.publishedUntil': 'Yayımlanma tarihi: {date} · son imza tarihi: {until}',
  'letter.outdated': 'Bu çeviri, metnin {basedOn} numaralı sürümüne dayanmaktadır; metin o zamandan beri değişmiştir (güncel sürüm: {current}). Esas olan özgün metindir.',
  'letter.untranslated': 'Bu mektup şu dile çevrilmemiştir: {language}. Metin özgün dilinde gösterilmektedir.',
  'letter.downloadPdf': 'PDF olarak indir',
  'letter.downloadCsv': 'İmzacı listesi (CSV)',
  'letter.textLanguages': 'Metnin diğer dillerdeki hâli',

  'signatories.heading': 'İmzacılar',
  'signatories.founding': 'Kurucu imzacılar',
  'signatories.others': 'İmzacılar',
  'signatories.pages': 'İmzacı sayfaları',
  'signatories.previous': 'Önceki sayfa',
  'signatories.next': 'Sonraki sayfa',
  'signatories.page': 'Sayfa {page, number} / {pages, number}',
  'signatories.identification': 'Unvanlar ve kurumsal bağlantılar yalnızca tanıtım amacıyla belirtilmiştir.',
  'signatories.unlisted': 'Talepleri üzerine sayılan ancak listelenmeyenler: {n, number}.',
  'signatories.withheldUntil': 'İsimler {date} tarihinde topluca yayımlanacaktır; o zamana kadar imzacılar yalnızca sayılmaktadır (yayımlanmayı bekleyen {n, plural, one {# isim} other {# isim}}).',
  'signatories.withheldThreshold':
    'Hiç kimsenin ülkesinden görünen tek imzacı olmaması için, bir ülkeden gelen isimler o ülkeden {k, plural, one {# kişi} other {# kişi}} imzaladığında yayımlanır. Şu ana kadar sayılan, isimleri henüz yayımlanmamış imzacılar: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Yeni imzalar bu listeye topluca, {unit, select, second {{n, plural, one {her saniye} other {her # saniyede bir}}} minute {{n, plural, one {her dakika} other {her # dakikada bir}}} other {{n, plural, one {her saat} other {her # saatte bir}}}} eklenir; böylece liste kimin ne zaman imzaladığını göstermez.',
  'signatories.history': '<history>Bu metin ilk imzalandığından beri değişti: değişiklik geçmişine bakın.</history>',
  'signatories.earlierVersion': '(imzalanan sürüm: {version})',
  'signatories.verified': '✓ doğrulanmış',
  'signatories.verifiedDomain': '✓ doğrulanmış: @{domain} adresinden yazıyor',
  'signatories.verifiedHow':
    '{how, select, domain {doğrulanmış: kurumun e-posta alan adından yazıyor} invited {doğrulanmış: düzenleyiciler tarafından davet edildi} other {doğrulanmış: düzenleyiciler tarafından onaylandı}}',

  // review: ledger = kayıt defteri, entry = kayıt, head = defter başı (signed tree head), hash = özet değeri, witness = tanık; check the technical vocabulary
  'ledger.note':
    'Bu listeye eklenen veya listeden çıkan her imza, kurcalandığında iz bırakan bir kayıt defterine işlenir: {n, plural, one {# kayıt} other {# kayıt}}, son kayıt <code>{head}</code>; bu sitenin <key>yayımlanmış anahtarıyla</key> <checkpoint>imzaladığı</checkpoint> bir defter başı altında.',
  'ledger.witnessed':
    '{count, plural, one {# bağımsız tanık} other {# bağımsız tanık}}, defterin yalnızca büyüdüğünü doğruladı ve ilk {size, plural, one {# kaydını} other {# kaydını}} birlikte imzaladı (son olarak {date} tarihinde).',
  'ledger.unwitnessed': 'Henüz hiçbir bağımsız tanık defteri birlikte imzalamadı.',
  'ledger.check': '<ledger>Kayıt defterini okuyun</ledger> ya da <verifier>doğrulayıcı</verifier> aracıyla kendiniz kontrol edin:',
  'ledger.short': 'Bu listeye eklenen veya listeden çıkan her imza, kurcalandığında iz bırakan bir kayıt defterine işlenir: <verify>bu listeyi doğrulayın</verify>.',

  // İmzaları gösteren görseller (letters/pictures.ts): başlıklar ve her birinin neyi gösterdiğini anlatan metinler.
  'pictures.timelineHeading': 'İmzaların zaman içindeki seyri',
  'pictures.timelineAlt':
    'İmzaların zaman içindeki seyrini gösteren grafik: {from} ile {to} arasında toplam {total, plural, one {# imza} other {# imza}}; en çok imza {peakDay} tarihinde atıldı ({peak, number}).',
  'pictures.mapHeading': 'İmzacıların bulunduğu ülkeler',
  'pictures.mapAlt': 'Dünya haritası: imzacılar {countries, plural, one {# ülkeden} other {# ülkeden}}, parlamenterler ise {legislatorCountries, plural, one {# ülkeden} other {# ülkeden}} geliyor.',
  'pictures.legendLegislators': 'Parlamenterler',
  'pictures.legendSignatories': 'Diğer imzacılar',
  'pictures.byCountry': 'Ülkelere göre imzacılar',
  'pictures.countryLine': '{country}: {n, plural, one {# imzacı} other {# imzacı}}{legislators, plural, =0 {} one {, aralarında # parlamenter} other {, aralarında # parlamenter}}',

  'verify.title': 'İmzacıları doğrulama: {title}',
  'verify.heading': 'İmzacı listesini doğrulama',

  'sign.heading': 'Bu mektubu imzalayın',
  'sign.honeypot': 'Bu alanı boş bırakın',
  'sign.warningHeading': 'Onay e-postanızı göndermeden önce',
  'sign.otherAddress': '<other>Başka bir adres kullanın</other>: aşağıda değiştirin, ardından imzalayın. Henüz hiçbir şey gönderilmedi.',
  'sign.countedOnly': 'Adım listelenmeden imzala (yalnızca sayılsın)',
  'sign.countedOnlyHint': '— onay e-postası yine de bu adrese gönderilir',
  'sign.continue': 'Bu adresle devam et',
  'sign.as': 'Şu sıfatla imzalıyorum',
  'sign.name': 'Ad soyad',
  'sign.nameHint': '(kuruluşlar için: temsilcisinin adı)',
  'sign.email': 'E-posta',
  'sign.emailHint': '(asla yayımlanmaz; onay bağlantınız bu adrese gönderilir)',
  'sign.country': 'Ülke',
  'sign.title': 'Unvan',
  'sign.titleHint': '(ör. Milletvekili, Senatör)',
  'sign.parliament': 'Parlamento',
  'sign.party': 'Parti',
  'sign.organization': 'Kuruluş',
  'sign.role': 'Kuruluştaki göreviniz',
  'sign.website': 'Web sitesi',
  'sign.websiteHint': '(bu alan adındaki bir e-posta adresi, imzanızı doğrulanmış olarak işaretler)',
  'sign.display': 'Kamuya açık listede gösterilecek',
  'sign.displayChoice': '{display, select, full {tam adım} initials {yalnızca adımın baş harfleri} other {hiçbir şey: sayılayım ama listelenmeyeyim}}',
  'sign.submit': 'İmzala',
  'sign.risky':
    '{jurisdiction, select, none {E-posta sağlayıcınız {provider}, bu mektubun düzenleyicilerinin uyardığı sağlayıcılardan biridir: bu mektubun ilgili olduğu bir devletin makamları e-postalarınızı okuyabilir.} other {E-posta sağlayıcınız {provider}, makamları e-postalarınızı okuyabilen şu devletin yasalarına tabidir: {state}. {chosen, select, yes {Bu mektup {state} ile ilgilidir.} other {Bu mektup {state} ile ilgiliyse, göndereceğimiz onay e-postası o devletin makamlarına bu mektubu imzaladığınızı bildirmiş olur.}}}}',
  'sign.riskyChoices': 'Başka bir adres kullanabilir, adınız listelenmeden (yalnızca sayılarak) imzalayabilir ya da yine de devam edebilirsiniz.',
  'sign.fieldName':
    '{field, select, name {Ad soyad} email {E-posta} country {Ülke} kind {İmza sıfatı} title {Unvan} parliament {Parlamento} party {Parti} organization {Kuruluş} role {Kuruluştaki göreviniz} website {Web sitesi} display {Kamuya açık listede gösterilecek} other {Bu alan}}',
  'sign.error':
    '{reason, select, required {{field}: bu alan zorunludur.} requiredForKind {{field}: {kind, select, legislator {parlamenter} organization {kuruluş} other {birey}} olarak imzalarken bu alan zorunludur.} tooLong {{field}: bu alan çok uzun.} kindNotAccepted {Bu mektup {kind, select, legislator {parlamenterlerin} organization {kuruluşların} other {bireylerin}} imzasına açık değildir.} email {{field}: bu, yazabileceğimiz bir e-posta adresi değil.} website {{field}: bu bir web adresi değil (ör. https://example.org).} noLink {{field}: burada web adresi kabul edilmez.} noLetter {{field}: en az bir harf veya rakam içermelidir.} choose {{field}: lütfen seçeneklerden birini seçin.} other {{field}: geçersiz; lütfen yazdıklarınızı kontrol edin.}}',
  'sign.errorsHeading': '{n, plural, one {Yazdıklarınızda bir sorun var} other {Yazdıklarınızda # sorun var}}',

  'check.title': 'E-postanızı kontrol edin',
  'check.sent': 'Verdiğiniz adrese bir e-posta gönderdik. İmzanız, e-postadaki bağlantıyı açıp onayladığınızda sayılır.',
  'check.nothing': 'E-posta gelmedi mi? İstenmeyen e-posta (spam) klasörüne bakın ya da yeniden gönderilmesi için tekrar imzalayın.',

  'shown.list': 'Kamuya açık listede',
  'shown.notListed': '<strong>Listelenmiyor</strong>: sayılıyor ama adı belirtilmiyor',
  'shown.kind': 'İmza sıfatı',
  'shown.country': 'Ülke',
  'shown.display': 'Gösterilen',
  'shown.displayChoice': '{display, select, full {tam adınız} initials {yalnızca adınızın baş harfleri} other {listelenmiyor: sayılıyor ama adı belirtilmiyor}}',

  'confirm.title': 'İmzanızı onaylayın',
  'confirm.closedHeading': 'Bu mektup imzaya kapandı',
  'confirm.closed': '<letter>{title}</letter> başlıklı mektup, onayınızdan önce, {date} tarihinde imzaya kapandı; bu nedenle imzanız eklenmedi.',
  'confirm.alreadyHeading': 'Bu adresle zaten imza atılmış',
  'confirm.already':
    'Bu adresten <letter>{title}</letter> başlıklı mektup için atılan bir imza farklı bilgilerle onaylanmıştır ve o bilgiler geçerliliğini korur. Bu bağlantı onları değiştiremez: farklı şekilde imzalamak için o imzayı (e-postasındaki bağlantıyla) geri çekin ve yeniden imzalayın.',
  'confirm.withdrawnHeading': 'Bu imza geri çekildi',
  'confirm.withdrawn': 'İmzanızı yeniden eklemek için <letter>{title}</letter> başlıklı mektubu tekrar imzalayın.',
  'confirm.doneHeading': 'İmzanız onaylandı',
  'confirm.heading': 'İmzanızı onaylayın',
  'confirm.doneIntro': '<letter>{title}</letter> başlıklı mektupta imzanız şöyle görünüyor:',
  'confirm.intro': 'Onayladığınızda <letter>{title}</letter> başlıklı mektupta şu bilgiler yayımlanır:',
  'confirm.careful': 'Bunlar verdiğiniz bilgiler değilse onaylamayın: bu düğmeye basılmadan hiçbir şey yayımlanmaz.',
  'confirm.submit': 'İmzamı onaylıyorum',

  'confirmed.title': 'İmza onaylandı',
  'confirmed.heading': 'Teşekkür ederiz: imzanız onaylandı',
  'confirmed.withheld':
    'İmzanız artık sayılıyor. Adınız, ülkenizden yeterli sayıda kişi imzaladığında ya da mektup kamuoyuna duyurulduğunda listelenecektir; o zamana kadar hiç kimse bir ülkeden görünen tek imzacı olmaz.',
  'confirmed.published': 'İmzanız artık sayılıyor ve mektupta seçtiğiniz şekilde görünüyor.',
  'confirmed.receipt': 'Makbuzunuz: mektubun kayıt defterindeki <strong>{position, number}</strong> numaralı kayıt, özet değeri (hash) <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Makbuzunuz: mektubun kayıt defterindeki <strong>{position, number}</strong> numaralı kayıt, özet değeri (hash) <code>{hash}</code>; bu sitenin imzaladığı {size, plural, one {# kayıtlık} other {# kayıtlık}} defter başına dâhildir.',
  'confirmed.keep': 'Bunu saklayın: bununla herkes imzanızın kaydedildiğini, o zamandan beri kimsenin listeyi yeniden yazmadığını ve hâlâ listede olup olmadığınızı kontrol edebilir.',
  'confirmed.check': 'Kontrol etmek için (<how>nasıl?</how>):',
  'confirmed.batched':
    'İmzanız, bir sonraki imza grubuyla birlikte mektupta görünecektir. Yeni imzalar birkaçı bir arada, topluca yayımlanır; böylece listeyi izleyen hiç kimse ne zaman imzaladığınızı anlayamaz.',
  'confirmed.batchedReceipt': 'Mektubun kayıt defterinden alacağınız makbuz, o zaman geri çekme bağlantınızın (aldığınız e-postadaki) açtığı sayfada yer alacaktır.',
  'confirmed.held': 'İmzanız, düzenleyiciler kontrol ettikten sonra mektupta görünecek ve o zaman mektubun kayıt defterine işlenecektir.',
  'confirmed.see': 'Mektubu ve imzacılarını görün',

  'withdraw.title': 'İmzanızı geri çekin',
  'withdraw.doneHeading': 'İmzanız geri çekildi',
  'withdraw.heading': 'İmzanızı geri çekin',
  'withdraw.from': 'Mektup: <letter>{title}</letter> · İmzacı: <strong>{name}</strong>.',
  'withdraw.effect': 'Geri çekildiğinde imza kamuya açık listeden, sayımlardan ve tüm indirilebilir dosyalardan kaldırılır.',
  'withdraw.submit': 'İmzamı geri çek',
  'withdraw.storedHeading': 'Hakkınızda sakladığımız bilgiler',
  'withdraw.name': 'Ad soyad',
  'withdraw.titleField': 'Unvan',
  'withdraw.parliament': 'Parlamento',
  'withdraw.party': 'Parti',
  'withdraw.organization': 'Kuruluş',
  'withdraw.website': 'Web sitesi',
  'withdraw.country': 'Ülke',
  'withdraw.email': 'E-posta',
  'withdraw.emailStored': '{email} (şifreli; asla yayımlanmaz)',
  'withdraw.erased': 'silindi',
  'withdraw.shownAs': 'Gösterim biçimi',
  'withdraw.signed': 'İmza tarihi',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; onay: {confirmed}',
  'withdraw.publicList': 'Kamuya açık liste',
  'withdraw.publication':
    '{state, select, held {listede değil: düzenleyicilerin kontrolünü bekliyor} batched {onaylandı; bir sonraki imza grubuyla listeye eklenecek (imzalar topluca yayımlanır, böylece kimse ne zaman imzaladığınızı anlayamaz)} published {listede} other {sayılıyor; adınız, ülkenizden yeterli sayıda kişi imzaladığında ya da mektup kamuoyuna duyurulduğunda listelenecek}}',
  'withdraw.receipt': 'Kayıt defteri makbuzu',
  'withdraw.receiptText': '{position, number} numaralı kayıt, özet değeri <code>{hash}</code>. Hâlâ listede olduğunuzu (değilseniz sizi kimin çıkardığını) istediğiniz zaman kontrol etmek için:',
  'withdraw.invitation': 'Davet',
  'withdraw.invitationText':
    '{accepted, select, yes {düzenleyiciler {date} tarihinde {email} (şifreli) adresini davet etti ve siz bu davet aracılığıyla şu bilgilerle imzaladınız: {details}.} other {düzenleyiciler {date} tarihinde {email} (şifreli) adresini şu bilgilerle davet etti: {details}.}} İmzayı geri çekmek ya da silmek daveti sona erdirir ve bu bilgileri de siler.',
  'withdraw.network': 'Ağ adresi',
  'withdraw.networkFingerprint': 'saklanmaz; sahte imza akınlarını tespit etmek için yalnızca anahtarlı bir özet değeri tutulur',
  'withdraw.networkNone': 'saklanmaz',
  'withdraw.eraseText': 'Bunların tümünü şimdi silebilirsiniz: imza listeden ve sayımlardan kaybolur, hakkınızda hiçbir bilgi saklanmaz.',
  'withdraw.erase': 'Hakkımdaki her şeyi sil',

  'withdrawn.title': 'İmza geri çekildi',
  'withdrawn.heading': 'İmzanız geri çekildi',
  'withdrawn.effect': 'İmzanız artık mektupta görünmüyor ve sayıma dâhil edilmiyor.',
  'withdrawn.proof':
    'Mektubun kayıt defteri, geri çekme işlemini, sizden başka kimsenin sahip olmadığı geri çekme bağlantınızdan üretilen bir kanıtla kaydeder: makbuzunuz ve bu bağlantıyla doğrulayıcı, geri çekme işleminin size ait olduğunu (<code>--receipt POSITION:HASH --token YOUR_LINK</code>) ve başka birinin kaydettiği bir geri çekme işleminin size ait olmadığını gösterir.',

  'erased.title': 'Silindi',
  'erased.heading': 'Silindi',
  'erased.text': 'İmzanız ve onunla birlikte saklanan her şey silindi.',

  'reconsent.title': 'Mektup değişti',
  'reconsent.doneHeading': 'Güncel metne onay verdiniz',
  'reconsent.heading': 'İmzaladığınız mektup değişti',
  'reconsent.versions': '<letter>{title}</letter>: {signed, number} numaralı sürümü imzaladınız; metin şu anda {current, number} numaralı sürümde.',
  'reconsent.version': 'Sürüm {version, number}',
  'reconsent.editorial': 'Sürüm {version, number} (redaksiyon düzeltmesi)',
  'reconsent.submit': 'Yeni metni imzalıyorum',
  'reconsent.otherwise': 'İmzalamazsanız, imzanız listede {signed, number} numaralı sürüme verilmiş olarak kalır.',
  'reconsented.title': 'Teşekkür ederiz',
  'reconsented.heading': 'Teşekkür ederiz: {version, number} numaralı sürümü imzaladınız',
  'reconsented.receipt': 'Yeni makbuzunuz: mektubun kayıt defterindeki <strong>{position, number}</strong> numaralı kayıt, özet değeri <code>{hash}</code>.',
  'reconsented.check': 'Kontrol etmek için:',

  'diff.field': '{field, select, title {Başlık} addressee {Muhatap} summary {Özet} body {Metin} language {Dil} other {{field}}}',

  'embed.signatories': '{n, plural, one {imzacı} other {imzacı}}',
  'embed.readAndSign': 'Okuyun ve imzalayın',
  'embed.read': 'Mektubu okuyun',

  'invitation.founding': 'Kuruluş aşaması: davetle',
  'invitation.badge': 'İmza daveti',
  'invitation.usedHeading': 'Bu davet zaten kullanıldı',
  'invitation.used':
    'Bu davet, bu mektubu imzalamak için kullanıldı ve bir davetle yalnızca bir kez imza atılabilir: bu davetle atılan imza verildiği şekliyle geçerlidir. Bu bağlantıyla yapılabilecek başka bir işlem yoktur.',
  'invitation.signAs': '{name} olarak imzala',
  'invitation.hint': 'Düzenleyiciler bu adresi davet etti; burada imzalamak ek bir onay gerektirmez ve imzanız doğrulanmış olarak işaretlenir. Yanlış olan bilgileri düzeltin.',
  'invitation.submit': 'Mektubu imzala',
  'invitation.closedOn': 'Bu mektup {date} tarihinde imzaya kapandı ve artık imza kabul etmiyor.',
  'invitation.notOpen': 'Bu mektup imzaya açık değil.',

  'error.heading':
    '{status, number} · {status, select, 400 {Hatalı istek} 403 {Erişim engellendi} 404 {Bulunamadı} 405 {İzin verilmiyor} 409 {Çakışma} 410 {Artık mevcut değil} 413 {Çok büyük} 415 {Desteklenmeyen tür} 429 {Çok fazla istek} 503 {Hizmet kullanılamıyor} other {Hata}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Böyle bir mektup yok ya da kamuya açık değil.} NOT_FOUND {Bu adreste hiçbir şey yok.} TOKEN_UNKNOWN {Bu bağlantı geçerli değil. E-postadan eksiksiz kopyalandığını kontrol edin.} TOKEN_EXPIRED {Bu bağlantının süresi doldu. Yeni bir bağlantı almak için mektubu yeniden imzalayın.} LETTER_CLOSED {Bu mektup imzaya kapandı ve artık imza kabul etmiyor.} ALREADY_SIGNED {Bu adresle bu mektup farklı bilgilerle zaten imzalanmış ve bu bilgiler geçerliliğini koruyor. Değiştirmek için o imzayı geri çekin ve yeniden imzalayın.} SIGNATURE_WITHDRAWN {Bu imza geri çekildi; yeniden eklemek için mektubu tekrar imzalayın.} SIGNATURE_NOT_ACTIVE {Bu imza etkin değil; bunun yerine mektubu yeniden imzalayın.} RATE_LIMITED {Buradan çok fazla deneme yapıldı: lütfen biraz bekleyip yeniden deneyin.} CROSS_ORIGIN {Bu form başka bir siteden gönderildiği için reddedildi. Sayfayı yeniden açın ve formu oradan gönderin.} DATABASE_UNAVAILABLE {Hizmet şu anda kullanılamıyor; lütfen kısa bir süre sonra yeniden deneyin.} INTERNAL_ERROR {Bizim tarafımızda bir sorun oluştu; kayda alındı.} other {İstek tamamlanamadı ({code}).}}',

  'mail.footerSigner':
    'Bu e-posta, bu adres bir açık mektubu imzalamak için verildiğinden {siteName} tarafından gönderilmiştir. E-posta adresiniz asla yayımlanmaz. Bu kişi siz değilseniz bu e-postayı dikkate almayın ya da yukarıdaki bağlantıyla imzayı geri çekin.',
  'mail.footerSigned': 'Bu e-posta, bu adres bir açık mektubu imzalamak için verildiğinden {siteName} tarafından gönderilmiştir. E-posta adresiniz asla yayımlanmaz.',
  'mail.footerReconsent': 'Bu e-posta, bu mektubu imzaladığınız için {siteName} tarafından gönderilmiştir. E-posta adresiniz asla yayımlanmaz.',
  'mail.orOpen': 'Ya da bu bağlantıyı açın:',
  'mail.readLetter': 'Mektubu okuyun',
  'mail.theLetter': 'Mektup: {url}',

  'mail.confirm.subject': 'İmzanızı onaylayın: {title}',
  'mail.confirm.thanks': '<strong>{title}</strong> başlıklı mektubu (muhatap: {addressee}) imzaladığınız için teşekkür ederiz.',
  'mail.confirm.counts': 'İmzanız, bu adresin size ait olduğunu onayladığınızda sayılır. Onayladığınızda şu bilgiler yayımlanır:',
  'mail.confirm.careful': 'Bunlar verdiğiniz bilgiler değilse onaylamayın: bu bağlantı açılmadan hiçbir şey yayımlanmaz.',
  'mail.confirm.button': 'İmzamı onaylıyorum',
  'mail.confirm.valid': 'Bağlantı 7 gün geçerlidir.',
  'mail.confirm.openToConfirm': 'Onaylamak için bu bağlantıyı açın (7 gün geçerlidir):',
  'mail.confirm.changedMind': 'Fikrinizi mi değiştirdiniz? İmzanızı şimdi ya da daha sonra <withdraw>geri çekebilirsiniz</withdraw>.',
  'mail.confirm.changedMindText': 'Fikrinizi mi değiştirdiniz? İmzanızı şimdi ya da daha sonra geri çekebilirsiniz:',

  'mail.already.subject': 'Bu mektubu zaten imzaladınız: {title}',
  'mail.already.again': 'Biri, muhtemelen siz, bu adresle <strong>{title}</strong> başlıklı mektubu yeniden imzalamaya çalıştı.',
  'mail.already.stands': 'Mektubu zaten imzalamıştınız ve imzanız geçerliliğini koruyor; hiçbir şey değişmedi.',
  'mail.already.withdraw': 'İmzanızı geri almak için: <withdraw>imzanızı geri çekin</withdraw>.',
  'mail.already.withdrawText': 'İmzanızı geri almak için şu bağlantıyı açın:',

  'mail.reconsent.subject': 'İmzaladığınız mektup değişti: {title}',
  'mail.reconsent.changed':
    '<strong>{title}</strong> başlıklı mektubun düzenleyicileri, {from, number} numaralı sürümü imzalamanızdan bu yana metni değiştirdi: metin şu anda {to, number} numaralı sürümde.',
  'mail.reconsent.shown': 'Yeni metne onay verene kadar imzanız önceki metne verilmiş olarak gösterilir.',
  'mail.reconsent.see': '<versions>Tam olarak neyin değiştiğini görün</versions>.',
  'mail.reconsent.seeText': 'Tam olarak neyin değiştiğini görün:',
  'mail.reconsent.button': 'Yeni metni inceleyin ve imzalayın',
  'mail.reconsent.withdraw': 'Mektubu artık desteklemiyorsanız <withdraw>imzanızı geri çekin</withdraw>.',
  'mail.reconsent.withdrawText': 'Mektubu artık desteklemiyorsanız imzanızı geri çekin:',

  'mail.invitation.subject': 'İmza daveti: {title}',
  'mail.invitation.dear': 'Sayın {name},',
  'mail.invitation.invited':
    '{founding, select, yes {<strong>{title}</strong> başlıklı açık mektubu (muhatap: {addressee}), kamuoyunun imzasına açılmadan önce kurucu imzacılarından biri olarak imzalamaya davet ediliyorsunuz.} other {<strong>{title}</strong> başlıklı açık mektubu (muhatap: {addressee}) imzalamaya davet ediliyorsunuz.}}',
  'mail.invitation.button': 'Mektubu okuyun ve imzalayın',
  'mail.invitation.personal': 'Bu bağlantı size özeldir ve 30 gün geçerlidir. Bu bağlantı üzerinden imzalamak ek bir onay gerektirmez ve imzanız doğrulanmış olarak işaretlenir.',

  'mail.delivery.to': 'Sayın {name},',
  'mail.delivery.attached': 'Mektup ve imzacılarının tam listesi ({summary}) PDF olarak ektedir; ayrıca {url} adresinde yayımlanmıştır.',

  'pdf.signatories': 'İmzacılar',
  'pdf.legend':
    '✓ doğrulanmış: imzacı kurumun e-posta alan adından yazdı (bu durumda belirtilir: “@domain adresinden yazıyor”), düzenleyiciler tarafından davet edildi ya da onlar tarafından onaylandı. Her imza, imzacısı tarafından e-postayla onaylanmıştır. Unvanlar ve kurumsal bağlantılar yalnızca tanıtım amacıyla belirtilmiştir.',
  'pdf.unlisted':
    '{n, plural, one {# imzacı daha sayılmıştır, ancak kendi talebi üzerine adı belirtilmemiştir.} other {# imzacı daha sayılmıştır, ancak kendi talepleri üzerine adları belirtilmemiştir.}}',
  'pdf.withheld':
    '{n, plural, one {Güvenliği için adı henüz yayımlanmayan # imzacı daha sayılmıştır} other {Güvenlikleri için adları henüz yayımlanmayan # imzacı daha sayılmıştır}} (mektup, bir ülkeden yeterli sayıda kişi imzaladığında o ülkeden gelen isimleri, kamuoyuna duyurulduğunda ise tüm isimleri yayımlar).',
  'pdf.version': '{url} · metnin {version, number} numaralı sürümü · oluşturulma tarihi: {date}',
  'pdf.ledger':
    'İmzacı kayıt defteri: {n, plural, one {# kayıt} other {# kayıt}}, defter başı <code>{head}</code>, Merkle kökü <code>{root}</code>; bu kurulumun anahtarıyla imzalanmıştır: <code>{key}</code>.',
  'pdf.witnessed': '{count, plural, one {# tanık} other {# tanık}} defterin ilk {size, plural, one {# kaydını} other {# kaydını}} birlikte imzaladı.',
  'pdf.check': 'Listenin o zamandan beri yalnızca kayda geçmiş olaylarla değiştiğini herkes kontrol edebilir:',
  'pdf.page': '{title} · sayfa {page} / {pages}',
  'pdf.translationOf': 'Çeviri ({language}); özgün metnin dili: {original}. Esas olan özgün metindir.',
  'pdf.original': 'Özgün metin',
  'pdf.translation': 'Çeviri',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Bir mektup mu düzenliyorsunuz?',
  'home.signIn': 'Çalışma alanınızda oturum açın',
  'mail.footer.invitation':
    'Bu e-postayı, {named, select, yes {{organizers}} other {“{title}” mektubunun düzenleyicileri}} bu adresi {siteName} aracılığıyla mektubu imzalamaya davet ettiği için aldınız. Siz imzalamadıkça hiçbir şey imzalanmaz; e-posta adresiniz asla yayımlanmaz.',
  'mail.footer.delivery':
    'Bu e-postayı, bu adres {named, select, yes {{organizers}} other {“{title}” mektubunun düzenleyicileri}} tarafından imzacıları adına {siteName} aracılığıyla gönderilen “{title}” açık mektubunun muhataplarından biri olduğu için aldınız. Mektubun herkese açık sayfası muhatapları adresleriyle değil, adlarıyla listeler.',
  'mail.rejected.subject': 'İmzanız kabul edilmedi: {title}',
  'mail.rejected.decided': '<strong>{title}</strong> mektubunun düzenleyicileri {name} adıyla attığınız imzayı inceledi ve kabul etmedi.',
  'mail.rejected.effect': 'İmzanız mektubun listesinde gösterilmez ve sayılmaz.',
  'mail.rejected.data': 'İmzanız hakkında saklanan bilgiler ve bunları nasıl sileceğiniz: <withdraw>imzanızın sayfası</withdraw>.',
  'mail.rejected.dataText': 'İmzanız hakkında saklanan bilgiler ve bunları nasıl sileceğiniz:',
  'mail.invitation.from': '{named, select, yes {Davet {organizers} tarafından gönderildi.} other {Davet mektubun düzenleyicileri tarafından gönderildi.}}',
  'mail.delivery.from':
    '{named, select, yes {Bu mektup size imzacıları adına {organizers} tarafından gönderilmiştir.} other {Bu mektup size imzacıları adına düzenleyicileri tarafından gönderilmiştir.}}',
  'sign.news': 'Bu mektupla ilgili haberleri bana gönderin (ayda en fazla {n, plural, one {bir kez} other {# kez}})',
  'sign.newsHint': 'İsteğe bağlı. Her iletide bunları durdurmak için bir bağlantı bulunur; imzanız yerinde kalır.',
  'mail.update.subject': '“{title}” mektubundan haberler: {update}',
  'mail.update.news': 'İmzaladığınız <strong>{title}</strong> mektubunun düzenleyicilerinden haberler:',
  'mail.update.unsubscribe':
    'Ayda en fazla {n, plural, one {bu türden bir ileti} other {bu türden # ileti}} alırsınız. Tek tıklamayla <unsubscribe>abonelikten çıkın</unsubscribe>; imzanız yerinde kalır.',
  'mail.update.unsubscribeText': 'Ayda en fazla {n, plural, one {bu türden bir ileti} other {bu türden # ileti}} alırsınız. Abonelikten çıkmak için (imzanız yerinde kalır) şunu açın:',
  'mail.footer.update': 'Bu e-postayı, “{title}” mektubunu {siteName} aracılığıyla imzalarken mektupla ilgili haber almak istediğiniz için aldınız. E-posta adresiniz asla yayımlanmaz.',
  'unsubscribe.title': 'Bu mektupla ilgili haberler',
  'unsubscribe.heading': 'Bu mektupla ilgili haberler durdurulsun mu?',
  'unsubscribe.doneHeading': 'Bu mektuptan artık haber gelmeyecek',
  'unsubscribe.about': '<letter>{title}</letter> mektubunun düzenleyicileri, isteyen imzacılarına mektupla ilgili haberler gönderir.',
  'unsubscribe.effect': 'Artık bunlardan hiçbirini almayacaksınız. İmzanız mektupta olduğu gibi kalır.',
  'unsubscribe.done': '<letter>{title}</letter> mektubuyla ilgili artık haber almayacaksınız. İmzanız mektupta olduğu gibi kalır.',
  'unsubscribe.submit': 'Abonelikten çık',
  'updates.heading': 'Düzenleyicilerden haberler',
  'updates.sent': 'Gönderilme tarihi: {date}',
  'withdraw.news': 'Mektupla ilgili haberler',
  'withdraw.newsState': '{news, select, yes {istediniz: abonelikten çıkana ya da imzanızı geri çekene kadar adresinize gelir} other {yok}}',
  'addressees.heading': 'Muhataplar',
  'addressees.intro':
    'Mektup bu muhatapların her birine e-postayla gönderildi. Burada adları verilir, adresleri asla verilmez; mektup gönderildikten sonra {days, plural, one {# gün} other {# gün}} içinde yanıt vermeyen muhatap “yanıt yok” olarak gösterilir.',
  'addressees.ungrouped': 'Diğer muhataplar',
  // review: the English {group}: {counts} would be identical, so a dash is used instead of the colon (as in ws.section.pageTitle)
  'addressees.summary': '{hasGroup, select, yes {{group} — {counts}} other {{counts}}}',
  // review: label: count form (yanıt veren: 3), so that no suffix attaches to the number
  'addressees.count':
    '{state, select, replied {yanıt veren: {n, number}} bounced {e-postası geri dönen: {n, number}} noReply {{days, plural, one {# gün} other {# gün}} içinde yanıt vermeyen: {n, number}} sent {gönderilen: {n, number}} awaiting {yanıtı beklenen: {n, number}} other {gönderilmekte olan: {n, number}}}',
  'addressees.col.name': 'Ad',
  'addressees.col.state': 'Durum',
  'addressees.state':
    '{state, select, replied {<reply>{date} tarihinde yanıt verdi</reply>} bounced {E-posta geri döndü} noReply {{days, plural, one {# gün} other {# gün}} içinde yanıt gelmedi} sent {{date} tarihinde gönderildi} other {Gönderiliyor}}',
  'replies.heading': 'Yanıtlar',
  'replies.received': 'Alınma tarihi: {date}',
  'replies.mark': '{mark, select, dkim {{domain} için DKIM ile doğrulandı} organizer {Düzenleyiciler tarafından kayda geçirildi} other {E-postayla alındı, doğrulanmadı}}',
  'replies.documents': '{n, plural, one {# belge} other {# belge}}',
  'replies.read': 'Yanıtı okuyun',
  'reply.title': 'Yanıt: {addressee} · {title}',
  // review: {addressee} is a name as given: “{addressee} tarafından gönderilen yanıt” so that no suffix attaches to it; the title uses “Yanıt: {addressee}”
  'reply.heading': '{addressee} tarafından gönderilen yanıt',
  'reply.inAnswer': '<letter>{title}</letter> başlıklı açık mektuba yanıt olarak',
  'reply.markExplained':
    '{mark, select, dkim {İleti {domain} alan adının e-posta sunucuları tarafından imzalandı (DKIM) ve bu alan adı muhatabın adresiyle eşleşiyor: ileti, muhatabın e-posta sisteminden değiştirilmeden geldi.} organizer {Düzenleyiciler bu yanıtı bu siteye e-postayla değil, başka bir yoldan (örneğin posta yoluyla) aldı ve yazıldığı haliyle kayda geçirdi.} other {İleti, muhatabın alan adının geçerli bir imzası olmadan e-postayla geldi: kimin gönderdiği doğrulanamadı.}}',
  'reply.documents': 'Belgeler',
  'reply.document': 'Belge {position, number}: {type}, {size}',
  'reply.ledger':
    'Bu yanıt, metninin ve belgelerinin özet değerleriyle (SHA-256) birlikte mektubun herkese açık, kurcalandığında iz bırakan kayıt defterine işlenmiştir: <verify>kayıt defteri nasıl kontrol edilir</verify>.',
  'pdf.replies': 'Yanıtlar',
  'pdf.replyUrl': 'Çevrimiçi: {url}',
} satisfies SiteCatalog;
