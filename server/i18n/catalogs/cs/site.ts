import type { SiteCatalog } from '../en/site-type.js';

/** Czech: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} a {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} a {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Přejít na obsah',
  'site.footer': '{siteName}: otevřené dopisy, podepsané a ověřené. E-mailové adresy signatářů se nikdy nezveřejňují.',
  'site.languages': 'Jazyky',
  'site.backToLetter': 'Zpět na dopis',
  'site.backToStart': 'Zpět na úvodní stránku',
  'site.choose': 'Vyberte…',
  'site.optional': '(nepovinné)',

  'home.title': 'Otevřené dopisy',
  'home.intro': 'Společné dopisy podepsané zákonodárci, organizacemi a jednotlivci. Každý podpis je potvrzen e-mailem; příslušnost k instituci je ověřována tam, kde je to možné.',
  'home.to': 'Adresát: {addressee}',
  'home.none': 'Zatím nebyly zveřejněny žádné dopisy.',

  'status.open': 'Otevřeno k podpisu',
  'status.closed': 'Uzavřeno',
  'status.closedOn': 'Uzavřeno {date}',
  'status.draft': 'Koncept',

  // review: legislator = zákonodárce (generic masculine); kind.choice follows the label Podepisuji jako (nominative)
  'kind.plural': '{kind, select, legislator {Zákonodárci} organization {Organizace} other {Jednotlivci}}',
  'kind.singular': '{kind, select, legislator {Zákonodárce} organization {Organizace} other {Jednotlivec}}',
  'kind.choice': '{kind, select, legislator {zákonodárce} organization {organizace} other {jednotlivec}}',

  'summary.legislators':
    '{legislators, plural, one {# zákonodárce} few {# zákonodárci} many {# zákonodárce} other {# zákonodárců}} z {countries, plural, one {# země} few {# zemí} many {# země} other {# zemí}}',
  'summary.organizations': '{n, plural, one {# organizace} few {# organizace} many {# organizace} other {# organizací}}',
  'summary.individuals': '{n, plural, one {# jednotlivec} few {# jednotlivci} many {# jednotlivce} other {# jednotlivců}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: z + genitive (37 z 100 zákonodárců); the preposition stays z even where ze would be said (ze 3, ze 4), since it depends on the number
  'goal.progress':
    '{current, number} z {kind, select, legislator {{goal, plural, one {# zákonodárce} few {# zákonodárců} many {# zákonodárce} other {# zákonodárců}}} organization {{goal, plural, one {# organizace} few {# organizací} many {# organizace} other {# organizací}}} individual {{goal, plural, one {# jednotlivce} few {# jednotlivců} many {# jednotlivce} other {# jednotlivců}}} other {{goal, plural, one {# podpisu} few {# podpisů} many {# podpisu} other {# podpisů}}}}',
  'summary.none': 'Zatím žádné podpisy',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Zatím žádné podpisy} one {<strong>#</strong> podpis} few {<strong>#</strong> podpisy} many {<strong>#</strong> podpisu} other {<strong>#</strong> podpisů}}',

  'letter.to': 'Adresát: {addressee}',
  'letter.published': 'Zveřejněno {date}',
  'letter.publishedUntil': 'Zveřejněno {date} · podpisy do {until}',
  'letter.outdated': 'Tento překlad vychází z verze {basedOn} textu, který se mezitím změnil (nyní je ve verzi {current}); závazné je znění originálu.',
  'letter.untranslated': 'Tento dopis nebyl přeložen do jazyka {language}: jeho text je zobrazen v originále.',
  'letter.downloadPdf': 'Stáhnout jako PDF',
  'letter.downloadCsv': 'Signatáři ve formátu CSV',
  'letter.textLanguages': 'Text v dalších jazycích',

  'signatories.heading': 'Signatáři',
  'signatories.founding': 'Zakládající signatáři',
  'signatories.others': 'Signatáři',
  'signatories.pages': 'Stránky signatářů',
  'signatories.previous': 'Předchozí stránka',
  'signatories.next': 'Další stránka',
  'signatories.page': 'Stránka {page, number} z {pages, number}',
  'signatories.identification': 'Tituly a příslušnost k institucím jsou uvedeny pouze pro účely identifikace.',
  'signatories.unlisted': 'Započítáni, ale na vlastní žádost neuvedeni: {n, number}.',
  'signatories.withheldUntil':
    'Jména budou zveřejněna společně {date}; do té doby se signatáři pouze započítávají (ke zveřejnění: {n, plural, one {# jméno} few {# jména} many {# jména} other {# jmen}}).',
  'signatories.withheldThreshold':
    'Aby nikdo nebyl jediným viditelným signatářem ze své země, jména z dané země se zveřejní, jakmile z ní {k, plural, one {podepíše # osoba} few {podepíší # osoby} many {podepíše # osoby} other {podepíše # osob}}. Dosud započítáno, jména zatím nezveřejněna: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Nové podpisy se do tohoto seznamu přidávají hromadně, {unit, select, second {{n, plural, one {každou sekundu} few {každé # sekundy} many {každých # sekundy} other {každých # sekund}}} minute {{n, plural, one {každou minutu} few {každé # minuty} many {každých # minuty} other {každých # minut}}} other {{n, plural, one {každou hodinu} few {každé # hodiny} many {každých # hodiny} other {každých # hodin}}}}, aby ze seznamu nebylo patrné, kdy kdo podepsal.',
  'signatories.history': '<history>Tento text se od prvních podpisů změnil: viz jeho historie.</history>',
  'signatories.earlierVersion': '(podepsána verze {version})',
  'signatories.verified': '✓ ověřeno',
  'signatories.verifiedDomain': '✓ ověřeno: píše z @{domain}',
  'signatories.verifiedHow': '{how, select, domain {ověřeno: píše z e-mailové domény instituce} invited {ověřeno: pozván(a) organizátory} other {ověřeno: schváleno organizátory}}',

  // review: ledger = kniha záznamů, head = koncový stav (signed tree head), witness = svědek, receipt = potvrzení; check the technical vocabulary
  'ledger.note':
    'Každý podpis, který do tohoto seznamu přibude nebo z něj odejde, se zaznamenává do knihy záznamů, v níž nelze nic nepozorovaně změnit: {n, plural, one {# záznam} few {# záznamy} many {# záznamu} other {# záznamů}}, končící <code>{head}</code>, s koncovým stavem, který tento web <checkpoint>podepsal</checkpoint> svým <key>zveřejněným klíčem</key>.',
  'ledger.witnessed':
    '{count, plural, one {# nezávislý svědek ověřil, že kniha pouze rostla, a spolupodepsal} few {# nezávislí svědci ověřili, že kniha pouze rostla, a spolupodepsali} many {# nezávislého svědka ověřilo, že kniha pouze rostla, a spolupodepsalo} other {# nezávislých svědků ověřilo, že kniha pouze rostla, a spolupodepsalo}} {size, plural, one {její první # záznam} few {její první # záznamy} many {jejích prvních # záznamu} other {jejích prvních # záznamů}} (naposledy {date}).',
  'ledger.unwitnessed': 'Zatím ji nespolupodepsal žádný nezávislý svědek.',
  'ledger.check': '<ledger>Prohlédněte si knihu záznamů</ledger>, nebo ji sami zkontrolujte pomocí <verifier>ověřovacího nástroje</verifier>:',
  'ledger.short': 'Každý podpis, který do tohoto seznamu přibude nebo z něj odejde, se zaznamenává do knihy záznamů, v níž nelze nic nepozorovaně změnit: <verify>ověřte si tento seznam</verify>.',

  // Obrázky podpisů (letters/pictures.ts): nadpisy a texty, které popisují, co každý z nich zobrazuje.
  'pictures.timelineHeading': 'Podpisy v průběhu času',
  'pictures.timelineAlt':
    'Graf podpisů v průběhu času: {total, plural, one {# podpis} few {# podpisy} many {# podpisu} other {# podpisů}} od {from} do {to}, nejvíce jich přibylo {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Odkud jsou signatáři',
  'pictures.mapAlt':
    'Mapa světa: signatáři z {countries, plural, one {# země} few {# zemí} many {# země} other {# zemí}}, zákonodárci z {legislatorCountries, plural, one {# země} few {# zemí} many {# země} other {# zemí}}.',
  'pictures.legendLegislators': 'Zákonodárci',
  'pictures.legendSignatories': 'Ostatní signatáři',
  'pictures.byCountry': 'Signatáři podle zemí',
  'pictures.countryLine':
    '{country}: {n, plural, one {# signatář} few {# signatáři} many {# signatáře} other {# signatářů}}{legislators, plural, =0 {} one {, z toho # zákonodárce} few {, z toho # zákonodárci} many {, z toho # zákonodárce} other {, z toho # zákonodárců}}',

  'verify.title': 'Ověření signatářů: {title}',
  'verify.heading': 'Ověření seznamu signatářů',

  'sign.heading': 'Podepsat tento dopis',
  'sign.honeypot': 'Toto pole nevyplňujte',
  'sign.warningHeading': 'Než vám pošleme potvrzení',
  'sign.otherAddress': '<other>Použijte jinou adresu</other>: změňte ji níže a poté podepište. Zatím nebylo nic odesláno.',
  'sign.countedOnly': 'Podepsat bez uvedení mého jména (pouze započítat)',
  'sign.countedOnlyHint': '— potvrzení bude přesto odesláno na tuto adresu',
  'sign.continue': 'Pokračovat s touto adresou',
  'sign.as': 'Podepisuji jako',
  'sign.name': 'Jméno',
  'sign.nameHint': '(u organizace: jméno jejího zástupce)',
  'sign.email': 'E-mail',
  'sign.emailHint': '(nikdy se nezveřejňuje; sem vám přijde odkaz k potvrzení)',
  'sign.country': 'Země',
  'sign.title': 'Funkce',
  'sign.titleHint': '(např. poslanec, senátorka)',
  'sign.parliament': 'Parlament',
  'sign.party': 'Strana',
  'sign.organization': 'Organizace',
  'sign.role': 'Vaše role v ní',
  'sign.website': 'Webové stránky',
  'sign.websiteHint': '(vaše adresa v její doméně označí podpis jako ověřený)',
  'sign.display': 'Zobrazit na veřejném seznamu',
  'sign.displayChoice': '{display, select, full {mé celé jméno} initials {pouze mé iniciály} other {nic: započítat, ale neuvádět}}',
  'sign.submit': 'Podepsat',
  'sign.risky':
    '{jurisdiction, select, none {Váš poskytovatel e-mailu, {provider}, patří k těm, před nimiž organizátoři tohoto dopisu varují: orgány státu, jehož se tento dopis týká, mohou mít možnost číst vaši poštu.} other {Váš poskytovatel e-mailu, {provider}, podléhá právu státu {state}, jehož orgány mohou číst vaši poštu. {chosen, select, yes {Tento dopis se týká státu {state}.} other {Pokud se tento dopis týká státu {state}, potvrzení, které vám pošleme, by mu prozradilo váš podpis.}}}}',
  'sign.riskyChoices': 'Můžete použít jinou adresu, podepsat bez uvedení svého jména (pouze započítat), nebo přesto pokračovat.',
  'sign.fieldName':
    '{field, select, name {Jméno} email {E-mail} country {Země} kind {Podepisuji jako} title {Funkce} parliament {Parlament} party {Strana} organization {Organizace} role {Vaše role v ní} website {Webové stránky} display {Zobrazit na veřejném seznamu} other {Toto pole}}',
  'sign.error':
    '{reason, select, required {{field}: toto pole je povinné.} requiredForKind {{field}: toto pole je povinné při podpisu jako {kind, select, legislator {zákonodárce} organization {organizace} other {jednotlivec}}.} tooLong {{field}: text je příliš dlouhý.} kindNotAccepted {Tento dopis nepodepisují {kind, select, legislator {zákonodárci} organization {organizace} other {jednotlivci}}.} email {{field}: na tuto e-mailovou adresu nemůžeme psát.} website {{field}: toto není webová adresa (například https://example.org).} noLink {{field}: webové adresy zde nejsou povoleny.} noLetter {{field}: musí obsahovat alespoň jedno písmeno nebo číslici.} choose {{field}: vyberte prosím jednu z možností.} other {{field}: údaj není platný; zkontrolujte prosím, co jste napsali.}}',
  'sign.errorsHeading':
    '{n, plural, one {Ve vyplněných údajích je jeden problém} few {Ve vyplněných údajích jsou # problémy} many {Ve vyplněných údajích je # problému} other {Ve vyplněných údajích je # problémů}}',

  'check.title': 'Zkontrolujte svůj e-mail',
  'check.sent': 'Na zadanou adresu jsme odeslali zprávu. Váš podpis se započítá, jakmile otevřete odkaz v ní a podpis potvrdíte.',
  'check.nothing': 'Nic nepřišlo? Podívejte se do složky nevyžádané pošty, nebo podepište znovu a zpráva vám bude odeslána ještě jednou.',

  'shown.list': 'Na veřejném seznamu',
  'shown.notListed': '<strong>Neuvedeno</strong>: započítáno, ale bez jména',
  'shown.kind': 'Podpis jako',
  'shown.country': 'Země',
  'shown.display': 'Zobrazeno',
  'shown.displayChoice': '{display, select, full {vaše celé jméno} initials {pouze vaše iniciály} other {neuvedeno: započítáno, ale bez jména}}',

  'confirm.title': 'Potvrďte svůj podpis',
  'confirm.closedHeading': 'Tento dopis byl uzavřen',
  'confirm.closed': 'Dopis <letter>{title}</letter> byl uzavřen {date}, ještě před vaším potvrzením, takže váš podpis nebyl přidán.',
  'confirm.alreadyHeading': 'Z této adresy již bylo podepsáno',
  'confirm.already':
    'Podpis dopisu <letter>{title}</letter> z této adresy již byl potvrzen s jinými údaji a ty zůstávají v platnosti. Tento odkaz je změnit nemůže: chcete-li podepsat jinak, odvolejte tento podpis (odkazem v jeho e-mailu) a podepište znovu.',
  'confirm.withdrawnHeading': 'Tento podpis byl odvolán',
  'confirm.withdrawn': 'Chcete-li jej obnovit, podepište dopis <letter>{title}</letter> znovu.',
  'confirm.doneHeading': 'Váš podpis je potvrzen',
  'confirm.heading': 'Potvrďte svůj podpis',
  'confirm.doneIntro': 'U dopisu <letter>{title}</letter> zní takto:',
  'confirm.intro': 'U dopisu <letter>{title}</letter> potvrzením zveřejníte toto:',
  'confirm.careful': 'Pokud to neodpovídá tomu, co jste zadali, nepotvrzujte: bez tohoto tlačítka se nic nezveřejní.',
  'confirm.submit': 'Potvrdit můj podpis',

  'confirmed.title': 'Podpis potvrzen',
  'confirmed.heading': 'Děkujeme: váš podpis je potvrzen',
  'confirmed.withheld':
    'Nyní se započítává. Vaše jméno bude uvedeno, jakmile podepíše dostatek signatářů z vaší země, nebo při oficiálním zveřejnění dopisu: do té doby není nikdo jediným viditelným signatářem ze své země.',
  'confirmed.published': 'Nyní se započítává a u dopisu se zobrazuje tak, jak jste zvolili.',
  'confirmed.receipt': 'Vaše potvrzení: záznam <strong>{position, number}</strong> v knize záznamů dopisu, hash <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Vaše potvrzení: záznam <strong>{position, number}</strong> v knize záznamů dopisu, hash <code>{hash}</code>, v koncovém stavu o {size, plural, one {# záznamu} few {# záznamech} many {# záznamu} other {# záznamech}}, který tento web podepsal.',
  'confirmed.keep': 'Uschovejte si je: díky němu může kdokoli ověřit, že byl váš podpis zaznamenán, že od té doby seznam nikdo nepřepsal a zda na něm stále jste.',
  'confirmed.check': 'Jak je ověřit (<how>postup</how>):',
  'confirmed.batched': 'U dopisu se objeví s další skupinou podpisů. Nové podpisy se zveřejňují společně, po několika najednou, aby nikdo, kdo seznam sleduje, nemohl poznat, kdy jste podepsali.',
  'confirmed.batchedReceipt': 'Vaše potvrzení z knihy záznamů dopisu pak najdete na stránce, kterou otevře váš odkaz k odvolání podpisu (v e-mailu, který jste obdrželi).',
  'confirmed.held': 'U dopisu se objeví, jakmile jej organizátoři zkontrolují; teprve potom jej zaznamená kniha záznamů dopisu.',
  'confirmed.see': 'Zobrazit dopis a jeho signatáře',

  'withdraw.title': 'Odvolat svůj podpis',
  'withdraw.doneHeading': 'Váš podpis je odvolán',
  'withdraw.heading': 'Odvolat svůj podpis',
  'withdraw.from': 'Z dopisu <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Po odvolání bude podpis odstraněn z veřejného seznamu, z počtů i ze všech souborů ke stažení.',
  'withdraw.submit': 'Odvolat můj podpis',
  'withdraw.storedHeading': 'Co o vás uchováváme',
  'withdraw.name': 'Jméno',
  'withdraw.titleField': 'Funkce',
  'withdraw.parliament': 'Parlament',
  'withdraw.party': 'Strana',
  'withdraw.organization': 'Organizace',
  'withdraw.website': 'Webové stránky',
  'withdraw.country': 'Země',
  'withdraw.email': 'E-mail',
  'withdraw.emailStored': '{email} (šifrováno; nikdy se nezveřejňuje)',
  'withdraw.erased': 'vymazáno',
  'withdraw.shownAs': 'Zobrazeno jako',
  'withdraw.signed': 'Podepsáno',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; potvrzeno {confirmed}',
  'withdraw.publicList': 'Veřejný seznam',
  'withdraw.publication':
    '{state, select, held {není na seznamu: čeká na kontrolu organizátory} batched {potvrzeno; na seznam přibude s další skupinou podpisů (zveřejňují se společně, aby nikdo nemohl poznat, kdy jste podepsali)} published {na seznamu} other {započítáno; vaše jméno bude uvedeno, jakmile podepíše dostatek signatářů z vaší země, nebo při oficiálním zveřejnění dopisu}}',
  'withdraw.receipt': 'Potvrzení z knihy záznamů',
  'withdraw.receiptText': 'záznam {position, number}, hash <code>{hash}</code>. Chcete-li kdykoli ověřit, že jste stále na seznamu (a pokud ne, kdo vás odstranil):',
  'withdraw.invitation': 'Pozvánka',
  'withdraw.invitationText':
    '{accepted, select, yes {organizátoři pozvali {email} (šifrováno) dne {date} a prostřednictvím této pozvánky jste podepsali, s údaji: {details}.} other {organizátoři pozvali {email} (šifrováno) dne {date}, s údaji: {details}.}} Odvoláním nebo vymazáním podpisu pozvánka zaniká a i tyto údaje budou vymazány.',
  'withdraw.network': 'Síťová adresa',
  'withdraw.networkFingerprint': 'neuchovává se; uchovává se pouze její klíčovaný hash, aby bylo možné odhalit záplavy falešných podpisů',
  'withdraw.networkNone': 'neuchovává se',
  'withdraw.eraseText': 'Vše můžete ihned vymazat: podpis zmizí ze seznamu i z počtů a nic o vás nebude uchováno.',
  'withdraw.erase': 'Vymazat vše, co se mě týká',

  'withdrawn.title': 'Podpis odvolán',
  'withdrawn.heading': 'Váš podpis je odvolán',
  'withdrawn.effect': 'U dopisu se již nezobrazuje a nezapočítává se do něj.',
  'withdrawn.proof':
    'Kniha záznamů dopisu zaznamenává odvolání spolu s důkazem vytvořeným z vašeho odkazu k odvolání, který nikdo jiný nemá: s vaším potvrzením a tímto odkazem ověřovací nástroj prokáže, že odvolání provedli vy (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), a že odvolání zaznamenané kýmkoli jiným od vás nepochází.',

  'erased.title': 'Vymazáno',
  'erased.heading': 'Vymazáno',
  'erased.text': 'Váš podpis a vše, co bylo uloženo spolu s ním, bylo odstraněno.',

  'reconsent.title': 'Dopis se změnil',
  'reconsent.doneHeading': 'Vyjádřili jste souhlas se současným zněním',
  'reconsent.heading': 'Dopis, který jste podepsali, se změnil',
  'reconsent.versions': '<letter>{title}</letter>: podepsali jste verzi {signed, number}; text je nyní ve verzi {current, number}.',
  'reconsent.version': 'Verze {version, number}',
  'reconsent.editorial': 'Verze {version, number} (redakční oprava)',
  'reconsent.submit': 'Podepisuji nové znění',
  'reconsent.otherwise': 'Pokud tak neučiníte, váš podpis zůstane na seznamu jako podpis verze {signed, number}.',
  'reconsented.title': 'Děkujeme',
  'reconsented.heading': 'Děkujeme: podepsali jste verzi {version, number}',
  'reconsented.receipt': 'Vaše nové potvrzení: záznam <strong>{position, number}</strong> v knize záznamů dopisu, hash <code>{hash}</code>.',
  'reconsented.check': 'Jak je ověřit:',

  'diff.field': '{field, select, title {Název} addressee {Adresát} summary {Shrnutí} body {Text} language {Jazyk} other {{field}}}',

  'embed.signatories': '{n, plural, one {signatář} few {signatáři} many {signatáře} other {signatářů}}',
  'embed.readAndSign': 'Přečíst a podepsat',
  'embed.read': 'Přečíst dopis',

  'invitation.founding': 'Zakládající kolo: na pozvání',
  'invitation.badge': 'Pozvánka k podpisu',
  'invitation.usedHeading': 'Tato pozvánka již byla použita',
  'invitation.used':
    'Byla použita k podpisu tohoto dopisu a každá pozvánka umožňuje podepsat jen jednou: podpis, který byl jejím prostřednictvím učiněn, platí tak, jak byl zadán. S tímto odkazem již nelze nic dalšího provést.',
  'invitation.signAs': 'Podepsat jako {name}',
  'invitation.hint': 'Organizátoři pozvali tuto adresu; podpis zde nevyžaduje žádné další potvrzení a bude označen jako ověřený. Opravte, co není správně.',
  'invitation.submit': 'Podepsat dopis',
  'invitation.closedOn': 'Tento dopis byl uzavřen {date} a další podpisy již nepřijímá.',
  'invitation.notOpen': 'Tento dopis nepřijímá podpisy.',

  'error.heading':
    '{status, number} · {status, select, 400 {Chybný požadavek} 403 {Přístup odepřen} 404 {Nenalezeno} 405 {Nepovoleno} 409 {Konflikt} 410 {Odstraněno} 413 {Příliš velký požadavek} 415 {Nepodporovaný typ} 429 {Příliš mnoho požadavků} 503 {Nedostupné} other {Chyba}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Takový dopis neexistuje, nebo není veřejný.} NOT_FOUND {Na této adrese nic není.} TOKEN_UNKNOWN {Tento odkaz není platný. Zkontrolujte, zda byl z e-mailu zkopírován celý.} TOKEN_EXPIRED {Platnost tohoto odkazu vypršela. Podepište dopis znovu a získáte nový.} LETTER_CLOSED {Tento dopis je uzavřen a další podpisy již nepřijímá.} ALREADY_SIGNED {Z této adresy již byl tento dopis podepsán, s jinými údaji, které zůstávají v platnosti. Chcete-li je změnit, odvolejte tento podpis a podepište znovu.} SIGNATURE_WITHDRAWN {Tento podpis byl odvolán; chcete-li jej obnovit, podepište dopis znovu.} SIGNATURE_NOT_ACTIVE {Tento podpis není aktivní; podepište dopis raději znovu.} RATE_LIMITED {Z tohoto místa přišlo příliš mnoho pokusů: chvíli počkejte a zkuste to znovu.} CROSS_ORIGIN {Tento formulář byl odeslán z jiného webu, a proto byl odmítnut. Otevřete stránku znovu a odešlete jej odtud.} DATABASE_UNAVAILABLE {Služba není momentálně dostupná; zkuste to prosím za chvíli znovu.} INTERNAL_ERROR {Na naší straně došlo k chybě; byla zaznamenána.} other {Požadavek nebylo možné dokončit ({code}).}}',

  'mail.footerSigner':
    'Odesláno službou {siteName}, protože tato adresa byla zadána k podpisu otevřeného dopisu. Vaše e-mailová adresa se nikdy nezveřejňuje. Pokud jste to nebyli vy, tuto zprávu ignorujte, nebo podpis odvolejte pomocí odkazu výše.',
  'mail.footerSigned': 'Odesláno službou {siteName}, protože tato adresa byla zadána k podpisu otevřeného dopisu. Vaše e-mailová adresa se nikdy nezveřejňuje.',
  'mail.footerReconsent': 'Odesláno službou {siteName}, protože jste podepsali tento dopis. Vaše e-mailová adresa se nikdy nezveřejňuje.',
  'mail.orOpen': 'Nebo otevřete tento odkaz:',
  'mail.readLetter': 'Přečíst dopis',
  'mail.theLetter': 'Dopis: {url}',

  'mail.confirm.subject': 'Potvrďte svůj podpis: {title}',
  'mail.confirm.thanks': 'Děkujeme za podpis dopisu <strong>{title}</strong>, adresovaného: {addressee}.',
  'mail.confirm.counts': 'Váš podpis se započítá, jakmile potvrdíte, že tato adresa patří vám. Potvrzením zveřejníte toto:',
  'mail.confirm.careful': 'Pokud to neodpovídá tomu, co jste zadali, nepotvrzujte: bez tohoto odkazu se nic nezveřejní.',
  'mail.confirm.button': 'Potvrdit můj podpis',
  'mail.confirm.valid': 'Odkaz platí 7 dní.',
  'mail.confirm.openToConfirm': 'Pro potvrzení otevřete tento odkaz (platí 7 dní):',
  'mail.confirm.changedMind': 'Rozmysleli jste si to? <withdraw>Odvolejte svůj podpis</withdraw>, nyní nebo později.',
  'mail.confirm.changedMindText': 'Rozmysleli jste si to? Odvolejte svůj podpis, nyní nebo později:',

  'mail.already.subject': 'Tento dopis jste již podepsali: {title}',
  'mail.already.again': 'Někdo, pravděpodobně vy, se pokusil s touto adresou znovu podepsat dopis <strong>{title}</strong>.',
  'mail.already.stands': 'Dopis jste již podepsali a váš podpis zůstává v platnosti; nic se nezměnilo.',
  'mail.already.withdraw': 'Chcete-li svůj podpis vzít zpět: <withdraw>odvolejte jej</withdraw>.',
  'mail.already.withdrawText': 'Chcete-li svůj podpis vzít zpět, otevřete:',

  'mail.reconsent.subject': 'Dopis, který jste podepsali, se změnil: {title}',
  'mail.reconsent.changed': 'Organizátoři dopisu <strong>{title}</strong> změnili jeho text od chvíle, kdy jste podepsali verzi {from, number}: nyní je ve verzi {to, number}.',
  'mail.reconsent.shown': 'Váš podpis je uveden jako podpis dřívějšího znění, dokud nevyjádříte souhlas s novým.',
  'mail.reconsent.see': '<versions>Podívejte se, co přesně se změnilo</versions>.',
  'mail.reconsent.seeText': 'Podívejte se, co přesně se změnilo:',
  'mail.reconsent.button': 'Prohlédnout a podepsat nové znění',
  'mail.reconsent.withdraw': 'Pokud již dopis nepodporujete, <withdraw>odvolejte svůj podpis</withdraw>.',
  'mail.reconsent.withdrawText': 'Pokud již dopis nepodporujete, odvolejte svůj podpis:',

  'mail.invitation.subject': 'Pozvánka k podpisu: {title}',
  // review: gender-neutral salutation with the name; Vážený pane / Vážená paní would need the gender
  'mail.invitation.dear': 'Dobrý den, {name},',
  'mail.invitation.invited':
    '{founding, select, yes {Zveme vás k podpisu dopisu <strong>{title}</strong>, otevřeného dopisu adresovaného: {addressee}, jako jednoho z jeho zakládajících signatářů ještě předtím, než bude otevřen veřejnosti.} other {Zveme vás k podpisu dopisu <strong>{title}</strong>, otevřeného dopisu adresovaného: {addressee}.}}',
  'mail.invitation.button': 'Přečíst dopis a podepsat',
  'mail.invitation.personal': 'Odkaz je určen osobně vám a platí 30 dní. Podpis jeho prostřednictvím nevyžaduje žádné další potvrzení a bude označen jako ověřený.',

  // review: opening line of the delivery mail to the addressee; Czech letters usually start with a salutation instead
  'mail.delivery.to': 'Adresát: {name}',
  'mail.delivery.attached': 'Dopis a úplný seznam jeho signatářů ({summary}) jsou přiloženy ve formátu PDF a zveřejněny na adrese {url}.',

  'pdf.signatories': 'Signatáři',
  'pdf.legend':
    '✓ ověřeno: signatář psal z e-mailové domény instituce (uvedeno: „píše z @domain“), byl pozván organizátory nebo jimi byl schválen. Každý podpis potvrdil jeho signatář e-mailem. Tituly a příslušnost k institucím slouží pouze k identifikaci.',
  'pdf.unlisted':
    '{n, plural, one {# další signatář je započítán, ale na vlastní žádost neuveden.} few {# další signatáři jsou započítáni, ale na vlastní žádost neuvedeni.} many {# dalšího signatáře je započítáno, ale na vlastní žádost neuvedeno.} other {# dalších signatářů je započítáno, ale na vlastní žádost neuvedeno.}}',
  'pdf.withheld':
    '{n, plural, one {Z důvodu bezpečnosti je započítán # další signatář, jehož jméno zatím není zveřejněno} few {Z důvodu bezpečnosti jsou započítáni # další signatáři, jejichž jména zatím nejsou zveřejněna} many {Z důvodu bezpečnosti je započítáno # dalšího signatáře, jehož jména zatím nejsou zveřejněna} other {Z důvodu bezpečnosti je započítáno # dalších signatářů, jejichž jména zatím nejsou zveřejněna}} (dopis zveřejňuje jména z dané země, jakmile z ní podepíše dostatek lidí, nebo všechna jména při svém oficiálním zveřejnění).',
  'pdf.version': '{url} · verze textu {version, number} · vytvořeno {date}',
  'pdf.ledger':
    'Kniha záznamů signatářů: {n, plural, one {# záznam} few {# záznamy} many {# záznamu} other {# záznamů}}, koncový stav <code>{head}</code>, Merkle kořen <code>{root}</code>, podepsáno klíčem instance <code>{key}</code>.',
  'pdf.witnessed':
    '{count, plural, one {# svědek spolupodepsal} few {# svědci spolupodepsali} many {# svědka spolupodepsalo} other {# svědků spolupodepsalo}} {size, plural, one {její první # záznam} few {její první # záznamy} many {jejích prvních # záznamu} other {jejích prvních # záznamů}}.',
  'pdf.check': 'Kdokoli může ověřit, že se seznam od té doby měnil pouze zaznamenanými událostmi:',
  'pdf.page': '{title} · strana {page} z {pages}',
  'pdf.translationOf': 'Překlad ({language}) originálu v jazyce {original}; závazné je znění originálu.',
  'pdf.original': 'Originál',
  'pdf.translation': 'Překlad',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Organizujete dopis?',
  'home.signIn': 'Přihlaste se do svého pracovního prostoru',
  // review: {organizers} is a list of the owners’ public names: put in parentheses after “organizátoři dopisu” to avoid declining it and to keep the verb plural
  'mail.footer.invitation':
    'Tuto zprávu jste dostali, protože tuto adresu prostřednictvím služby {siteName} pozvali k podpisu dopisu {named, select, yes {organizátoři dopisu ({organizers})} other {organizátoři dopisu „{title}“}}. Nic se nepodepíše, dokud sami nepodepíšete; vaše e-mailová adresa se nikdy nezveřejňuje.',
  'mail.footer.delivery':
    'Tuto zprávu jste dostali, protože tato adresa patří jednomu z adresátů otevřeného dopisu „{title}“, který prostřednictvím služby {siteName} jménem jeho signatářů odeslali {named, select, yes {organizátoři dopisu ({organizers})} other {organizátoři dopisu „{title}“}}. Veřejná stránka dopisu uvádí adresáty jménem, nikdy jejich adresou.',
  'mail.rejected.subject': 'Váš podpis nebyl přijat: {title}',
  'mail.rejected.decided': 'Organizátoři dopisu <strong>{title}</strong> posoudili váš podpis pod jménem {name} a nepřijali ho.',
  'mail.rejected.effect': 'Podpis se na seznamu dopisu nezobrazuje a nezapočítává se.',
  'mail.rejected.data': 'Co se o vašem podpisu uchovává a jak to vymazat: <withdraw>stránka vašeho podpisu</withdraw>.',
  'mail.rejected.dataText': 'Co se o vašem podpisu uchovává a jak to vymazat:',
  'mail.invitation.from': '{named, select, yes {Pozvánku posílají organizátoři dopisu: {organizers}.} other {Pozvánku posílají organizátoři dopisu.}}',
  'mail.delivery.from':
    '{named, select, yes {Tento dopis vám jménem jeho signatářů posílají jeho organizátoři: {organizers}.} other {Tento dopis vám jménem jeho signatářů posílají jeho organizátoři.}}',
  // Issue 20: the workspace's pages.
  'sign.news': 'Posílat mi novinky o tomto dopisu (nejvýše {n, plural, one {jednou} few {#krát} many {#krát} other {#krát}} měsíčně)',
  'sign.newsHint': 'Nepovinné. Každá zpráva obsahuje odkaz, kterým je můžete odhlásit; váš podpis zůstává.',
  'mail.update.subject': 'Novinky k dopisu „{title}“: {update}',
  'mail.update.news': 'Novinky od organizátorů dopisu <strong>{title}</strong>, který jste podepsali:',
  'mail.update.unsubscribe':
    'Dostáváte nejvýše {n, plural, one {jednu takovou zprávu} few {# takové zprávy} many {# takové zprávy} other {# takových zpráv}} měsíčně. <unsubscribe>Odhlásit se</unsubscribe> můžete jedním kliknutím; váš podpis zůstává.',
  'mail.update.unsubscribeText':
    'Dostáváte nejvýše {n, plural, one {jednu takovou zprávu} few {# takové zprávy} many {# takové zprávy} other {# takových zpráv}} měsíčně. Chcete-li se odhlásit (váš podpis zůstává), otevřete:',
  'mail.footer.update': 'Tuto zprávu jste dostali, protože jste při podpisu dopisu „{title}“ prostřednictvím služby {siteName} požádali o novinky. Vaše e-mailová adresa se nikdy nezveřejňuje.',
  'unsubscribe.title': 'Novinky o tomto dopisu',
  'unsubscribe.heading': 'Přestat dostávat novinky o tomto dopisu?',
  'unsubscribe.doneHeading': 'Žádné další novinky o tomto dopisu',
  'unsubscribe.about': 'Organizátoři dopisu <letter>{title}</letter> posílají novinky o dopisu těm signatářům, kteří o ně požádali.',
  'unsubscribe.effect': 'Už žádné nedostanete. Váš podpis zůstává u dopisu beze změny.',
  'unsubscribe.done': 'Už nedostanete žádné novinky o dopisu <letter>{title}</letter>. Váš podpis zůstává u dopisu beze změny.',
  'unsubscribe.submit': 'Odhlásit se',
  'updates.heading': 'Novinky od organizátorů',
  'updates.sent': 'Odesláno {date}',
  'withdraw.news': 'Novinky o dopisu',
  'withdraw.newsState': '{news, select, yes {požádali jste o ně: chodí na vaši adresu, dokud se neodhlásíte nebo neodvoláte podpis} other {žádné}}',
  // --- replies-public ---
  // The letter page's addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Adresáti',
  'addressees.intro':
    'Dopis byl každému z těchto adresátů odeslán e-mailem. Jsou zde uvedeni jménem, nikdy adresou; kdo do {days, plural, one {# dne} few {# dnů} many {# dne} other {# dnů}} od odeslání neodpověděl, je uveden jako „bez odpovědi“.',
  'addressees.ungrouped': 'Ostatní adresáti',
  // review: placeholders only: “{group}: {counts}” would be identical to English, which the test forbids, so an en dash is used, as in ws.section.pageTitle
  'addressees.summary': '{hasGroup, select, yes {{group} – {counts}} other {{counts}}}',
  // One state's count in a group's summary (awaiting: sent or being sent, in the PDF).
  // review: the state first, then the number after a colon (as in ws.delivery.count), so that nothing has to agree with {n}
  'addressees.count':
    '{state, select, replied {s odpovědí: {n, number}} bounced {nedoručeno: {n, number}} noReply {bez odpovědi po {days, plural, one {# dni} few {# dnech} many {# dne} other {# dnech}}: {n, number}} sent {odesláno: {n, number}} awaiting {čeká na odpověď: {n, number}} other {odesílá se: {n, number}}}',
  'addressees.col.name': 'Jméno',
  'addressees.col.state': 'Stav',
  'addressees.state':
    '{state, select, replied {<reply>Odpověď ze dne {date}</reply>} bounced {Nedoručeno} noReply {Bez odpovědi po {days, plural, one {# dni} few {# dnech} many {# dne} other {# dnech}}} sent {Odesláno {date}} other {Odesílá se}}',
  // The addressees' published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Odpovědi',
  'replies.received': 'Přijato {date}',
  'replies.mark': '{mark, select, dkim {Ověřeno pomocí DKIM: {domain}} organizer {Zaznamenali organizátoři} other {Přijato e-mailem, neověřeno}}',
  'replies.documents': '{n, plural, one {# dokument} few {# dokumenty} many {# dokumentu} other {# dokumentů}}',
  'replies.read': 'Přečíst odpověď',
  // review: {addressee} (a person or a body) after a colon, so that it is not declined (Odpověď od … would need the genitive); the same in reply.heading
  'reply.title': 'Odpověď: {addressee} · {title}',
  'reply.heading': 'Odpověď: {addressee}',
  'reply.inAnswer': 'Na otevřený dopis <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Zprávu podepsaly poštovní servery domény {domain} (DKIM) a tato doména odpovídá adrese adresáta: zpráva přišla z jeho poštovního systému a nebyla pozměněna.} organizer {Organizátoři tuto odpověď obdrželi jinak než e-mailem zaslaným na tento web (například poštou) a zaznamenali ji tak, jak byla napsána.} other {Zpráva přišla e-mailem bez platného podpisu domény adresáta: nebylo možné ověřit, kdo ji odeslal.}}',
  'reply.documents': 'Dokumenty',
  'reply.document': 'Dokument {position, number}: {type}, {size}',
  // review: fingerprints (SHA-256) rendered as otisky, as in síťový otisk
  'reply.ledger':
    'Tato odpověď je zaznamenána ve veřejné knize záznamů dopisu, v níž nelze nic nepozorovaně změnit, spolu s otisky (SHA-256) jejího textu a jejích dokumentů: <verify>jak knihu záznamů ověřit</verify>.',
  'pdf.replies': 'Odpovědi',
  // review: “Online: {url}” would be identical to English, which the test forbids
  'pdf.replyUrl': 'Na webu: {url}',
} satisfies SiteCatalog;
