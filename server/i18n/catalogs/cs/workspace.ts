import type { WorkspaceCatalog } from '../en/site-type.js';

/** Czech: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role names: owner = vlastník, editor = editor, moderator = moderátor, viewer = čtenář (read-only access)
  'ws.role': '{role, select, owner {vlastník} editor {editor} moderator {moderátor} viewer {čtenář} other {{role}}}',
  'ws.kind': '{kind, select, legislator {zákonodárce} organization {organizace} individual {jednotlivec} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {čeká na potvrzení} confirmed {potvrzený} withdrawn {odvolaný} fraudulent {podvodný} other {{status}}}',
  // review: shadow (accepted in appearance for the signer, but kept off the public list) rendered as skryto
  'ws.moderation': '{state, select, none {žádná} pending {čeká na rozhodnutí} approved {schváleno} rejected {zamítnuto} shadow {skryto} other {{state}}}',
  'ws.verification': '{by, select, domain {doména} invited {pozvánka} approved {schválení} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {doména} invited {pozvánka} approved {schválení} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {schválit} reject {zamítnout} shadow {skrýt} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, one {# zákonodárce} few {# zákonodárci} many {# zákonodárce} other {# zákonodárců}} z {countries, plural, one {# země} few {# zemí} many {# země} other {# zemí}}',
  'ws.stats.organizations': '{count, plural, one {# organizace} few {# organizace} many {# organizace} other {# organizací}}',
  'ws.stats.individuals': '{count, plural, one {# jednotlivec} few {# jednotlivci} many {# jednotlivce} other {# jednotlivců}}',
  'ws.stats.none': 'Zatím žádné podpisy',

  'ws.backToLetters': '← Vaše dopisy',
  'ws.signedInAs': 'Přihlášeno jako {email}.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  'ws.fieldName':
    '{field, select, title {Název} addressee {Adresát} summary {Shrnutí} language {Jazyk} body {Znění} slug {Webová adresa} closesAt {Termín uzavření} email {E-mail} role {Role} label {Označení} origins {Weby} goal {Cílový počet podpisů} csv {Seznam} name {Jméno} kind {Druh} country {Země} parliament {Parlament} party {Strana} organization {Organizace} website {Webové stránky} other {Toto pole}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: toto pole je povinné.} tooLong {{field}: text je příliš dlouhý.} email {{field}: toto není e-mailová adresa.} website {{field}: toto není webová adresa.} noLink {{field}: webové adresy zde nejsou povoleny.} noLetter {{field}: musí obsahovat alespoň jedno písmeno nebo číslici.} choose {{field}: vyberte prosím jednu z možností.} languageTag {{field}: toto není kód jazyka (například en, fr nebo zh-Hant).} future {{field}: musí být v budoucnosti.} ownLanguage {{field}: toto je původní jazyk dopisu; upravte raději samotný dopis.} other {{field}: údaj není platný; zkontrolujte prosím, co jste napsali.}}} KIND_NOT_ACCEPTED {Tento dopis nepodepisují signatáři tohoto druhu.} DUPLICATE {Stejná adresa se v tomto seznamu již vyskytuje výše.} INVALID_CSV {{reason, select, columns {Neznámé sloupce: {columns}. První řádek uvádí názvy sloupců, a to z těchto: {expected}.} tooMany {Najednou lze pozvat nejvýše tento počet osob: {max, number}.} other {Seznam nelze načíst jako CSV.}}} NOT_TAKING_SIGNATURES {Pozvánky lze odesílat, jen když je dopis v zakládajícím kole nebo otevřený.} LETTER_CLOSED {Tento dopis je uzavřen, takže jeho zadržené podpisy do něj nebudou přidány.} ALREADY_PUBLISHED {Zakládající kolo lze zahájit pouze u konceptu.} NOT_PUBLISHED {Tento dopis zatím není veřejný: nejprve ho zveřejněte.} SLUG_TAKEN {Tuto adresu již má jiný dopis.} SLUG_FROZEN {Zveřejněný dopis si svou adresu ponechává.} CLOSING_TIME_PASSED {Před otevřením dopisu nastavte termín uzavření v budoucnosti.} LAST_OWNER {Dopis musí mít alespoň jednoho vlastníka: nejprve udělejte vlastníkem někoho jiného.} ORGANIZER_NOT_FOUND {Žádný z organizátorů tohoto dopisu nemá tuto adresu.} SIGNATURE_NOT_FOUND {Tento podpis již neexistuje.} other {Akci nelze provést ({code}).}}',

  'ws.letters.title': 'Vaše dopisy',
  'ws.letters.intro': 'Přihlášeno jako {email}. Kompletní API se všemi akcemi pro vaše dopisy je popsáno na <docs>/docs</docs>.',
  'ws.letters.new': 'Nový dopis',
  'ws.letters.account': 'Vaše relace a tokeny API',
  'ws.letters.meta': '{summary} · verze {version, number} · /{slug}',
  'ws.letters.none': 'Zatím neorganizujete žádný dopis.',

  'ws.new.title': 'Nový dopis',
  'ws.new.save': 'Uložit koncept',

  'ws.field.title': 'Název',
  'ws.field.addressee': 'Adresát',
  'ws.field.summary': 'Shrnutí',
  'ws.field.summaryHint': '(jedna nebo dvě věty pro náhledy; nepovinné)',
  'ws.field.language': 'Jazyk',
  'ws.field.languageHint': '(např. cs, en, zh-Hant)',
  'ws.field.body': 'Znění',
  'ws.field.bodyHint': '(Markdown: *kurzíva*, **tučně**, seznamy, [odkazy](https://…))',

  'ws.workspace.pageTitle': 'Správa dopisu: {title}',
  'ws.workspace.notPublic': 'zatím není veřejný',
  'ws.workspace.publicPage': 'veřejná stránka',
  'ws.workspace.publish': 'Zveřejnit',
  'ws.workspace.founding': 'Otevřít pouze pro pozvané',
  'ws.workspace.openToAll': 'Otevřít všem',
  'ws.workspace.close': 'Uzavřít',
  'ws.workspace.reopen': 'Znovu otevřít',
  'ws.workspace.export': '{addresses, select, yes {Exportovat všechny podpisy (CSV, s adresami)} other {Exportovat všechny podpisy (CSV)}}',
  'ws.workspace.text': 'Znění',
  'ws.workspace.editorial': 'Redakční oprava (překlepy): signatáři nejsou žádáni o nový souhlas',
  'ws.workspace.preview': 'Náhled',
  'ws.workspace.save': 'Uložit',

  'ws.queue.heading': 'Fronta moderování ({count, number})',
  'ws.queue.sharedMail': '(sdílená schránka: může ji mít kdokoli)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {podpisy zákonodárců se moderují} organization {podpisy organizací se moderují} individual {podpisy jednotlivců se moderují} other {{kind}: moderováno}}',
  'ws.queue.lookalike': '{same, select, yes {Stejné jméno jako u zveřejněného podpisu: {name}} other {Podobá se zveřejněnému jménu: {name}}}',
  'ws.queue.empty': 'Na rozhodnutí nic nečeká.',

  'ws.col.name': 'Jméno',
  'ws.col.affiliation': 'Příslušnost',
  'ws.col.websiteDomain': 'Doména webu',
  'ws.col.mailDomain': 'Doména e-mailu',
  'ws.col.email': 'E-mail',
  'ws.col.verified': 'Ověřeno',
  'ws.col.heldBecause': 'Zadrženo, protože',
  'ws.col.decision': 'Rozhodnutí',
  'ws.col.kind': 'Druh',
  'ws.col.country': 'Země',
  'ws.col.status': 'Stav',
  'ws.col.moderation': 'Moderování',
  'ws.col.role': 'Role',
  'ws.col.since': 'Od',
  'ws.col.when': 'Kdy',
  'ws.col.who': 'Kdo',
  'ws.col.what': 'Co',
  // review: "On" = the object the audited action concerns
  'ws.col.on': 'Čeho se týká',
  'ws.col.detail': 'Podrobnosti',
  'ws.col.result': 'Výsledek',
  'ws.col.browser': 'Prohlížeč',
  'ws.col.lastSeen': 'Naposledy aktivní',
  'ws.col.action': 'Akce',
  'ws.col.label': 'Označení',
  'ws.col.created': 'Vytvořeno',
  'ws.col.lastUsed': 'Naposledy použito',

  'ws.invite.heading': 'Pozvat signatáře',
  'ws.invite.result': 'Pozváno: {invited, number}; již dříve pozváno: {already, number}.',
  'ws.invite.lineError': 'Řádek {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV s řádkem záhlaví:',
  'ws.invite.send': 'Odeslat pozvánky',

  'ws.team.heading': 'Organizátoři',
  'ws.team.yourRole': 'Vaše role: {role, select, owner {vlastník} editor {editor} moderator {moderátor} viewer {čtenář} other {{role}}}.',
  'ws.team.email': 'E-mail',
  'ws.team.role': 'Role',
  'ws.team.set': 'Přidat nebo změnit',
  'ws.team.remove': 'Odebrat',

  'ws.signatures.heading': 'Podpisy',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Vlastníci dopisu skrývají adresy signatářů před spoluorganizátory: vidíte pouze doménu každé adresy.} other {Vlastníci dopisu skrývají adresy signatářů před spoluorganizátory.}}',
  'ws.addresses.audited': 'Každé zobrazení adres signatářů, ať zde, v API, nebo v exportu, se zapisuje do auditního záznamu dopisu.',
  'ws.addresses.toggle': 'Spoluorganizátoři (editoři, moderátoři, čtenáři) vidí adresy signatářů; jinak moderátoři vidí pouze doménu',
  'ws.address.hidden': 'skryto',
  'ws.address.hiddenDomain': 'skryto (…@{domain})',

  'ws.filter.status': 'Stav',
  'ws.filter.all': 'vše',
  'ws.filter.search': 'Hledat',
  'ws.filter.submit': 'Filtrovat',

  // The organizers’ goal, shown on the letter’s first screen as a progress bar.
  'ws.goal.heading': 'Cíl',
  'ws.goal.intro':
    'Počet podpisů, kterého chcete dosáhnout, ať už všech druhů, nebo jen jednoho druhu („100 zákonodárců“): stránka dopisu ukazuje dosavadní postup a vlastníci a editoři dopisu dostanou e-mail, jakmile bude cíle dosaženo.',
  'ws.goal.count': 'Cílový počet podpisů',
  'ws.goal.kind': 'Započítávají se',
  'ws.goal.any': 'všechny podpisy',
  'ws.goal.save': 'Uložit cíl',
  'ws.goal.reached': 'Dosaženo {date}.',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Podpisový widget pro partnerské weby',
  'ws.widget.intro':
    'Partnerské weby mohou podpisový formulář tohoto dopisu zobrazit na svých vlastních stránkách. Uveďte weby, které jej smějí zobrazovat, každý na samostatný řádek, a poté každému partnerovi přidělte vlastní kód: uvidíte, kolik lidí podepsalo prostřednictvím jednotlivých partnerů, ale nic o tom, kdo to byl.',
  'ws.widget.origins': 'Weby, které smějí widget zobrazovat (například https://partner.example)',
  'ws.widget.saveOrigins': 'Uložit weby',
  // review: Czech would normally say just "Partner" (as in English); rendered "Partnerská organizace" (NGOs, media) so the header is not left identical to English
  'ws.widget.partner': 'Partnerská organizace',
  'ws.widget.signatures': 'Podpisy',
  'ws.widget.snippet': 'K vložení do stránky partnera',
  'ws.widget.none': 'Zatím žádný partner.',
  'ws.widget.addPartner': 'Přidat partnera',

  'ws.audit.heading': 'Auditní záznam',
  // review: operator = whoever runs this instance of the platform
  'ws.audit.operator': 'provozovatel',
  'ws.audit.readAddresses': 'zobrazil(a) adresy',
  'ws.audit.readDomains': 'zobrazil(a) domény adres',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {provozovatel: zobrazil domény adres} other {provozovatel: zobrazil adresy}}',

  'ws.note.draftSaved': 'Koncept uložen',
  'ws.note.saved': 'Uloženo',
  'ws.note.status':
    '{status, select, draft {Dopis je nyní koncept} founding {Dopis je nyní v zakládajícím kole} open {Dopis je nyní otevřený} closed {Dopis je nyní uzavřený} other {Stav dopisu je nyní {status}}}',
  'ws.note.moderated': '{decision, select, approve {Podpis: schválen} reject {Podpis: zamítnut} shadow {Podpis: skryt} other {Podpis: {decision}}}',
  'ws.note.addressesShown': 'Spoluorganizátoři nyní vidí adresy signatářů',
  'ws.note.addressesHidden': 'Spoluorganizátoři již nevidí adresy signatářů',
  'ws.note.removed': 'Odebráno: {email}',
  'ws.note.goalSaved': 'Cíl uložen',
  'ws.note.widgetSaved': 'Weby, které smějí zobrazovat widget, byly uloženy',
  'ws.note.partnerAdded': 'Partner přidán',
  'ws.note.roleSet': 'Role {email}: {role, select, owner {vlastník} editor {editor} moderator {moderátor} viewer {čtenář} other {{role}}}',

  'ws.account.title': 'Váš účet',
  'ws.account.sessions': 'Relace',
  'ws.account.thisOne': '(tato)',
  'ws.account.end': 'Ukončit',
  'ws.account.tokens': 'Tokeny API',
  'ws.account.newToken': 'Váš nový token (zobrazuje se pouze nyní): <code>{token}</code>',
  'ws.account.revoke': 'Zneplatnit',
  'ws.account.label': 'Označení',
  'ws.account.labelPlaceholder': 'notebook, importní skript…',
  'ws.account.create': 'Vytvořit token',

  'ws.login.title': 'Přihlášení',
  'ws.login.intro': 'Organizátoři se přihlašují odkazem zaslaným e-mailem: žádné heslo, které by šlo ukrást nebo zapomenout.',
  'ws.login.email': 'Váš e-mail',
  'ws.login.send': 'Poslat mi přihlašovací odkaz',
  'ws.loginSent.title': 'Zkontrolujte svůj e-mail',
  'ws.loginSent.body': 'Pokud tato adresa patří organizátorovi, přihlašovací odkaz je na cestě. Funguje jednou, do {minutes, plural, one {# minuty} few {# minut} many {# minuty} other {# minut}}.',
  'ws.loginConfirm.title': 'Přihlášení do Undersigned',
  'ws.loginConfirm.button': 'Přihlásit se',

  'ws.versions.pageTitle': 'Historie: {title}',
  'ws.versions.title': 'Historie dopisu „{title}“',
  'ws.versions.intro':
    'Všechny verze textu od prvního podpisu. Redakční opravy (překlepy) nevyžadují nový souhlas signatářů; u ostatních změn jsou všichni dřívější signatáři požádáni o nový souhlas.',
  'ws.versions.version': 'Verze {version, number}',
  'ws.versions.editorial': 'redakční oprava',
  'ws.versions.first': 'První znění.',
  'ws.versions.back': 'Zpět na dopis',
  'ws.versions.translationHistory': 'Historie překladu do jazyka {language}',
  'ws.versions.revision': 'Revize {revision, number}, překlad verze {version, number}',
  'ws.versions.current': 'aktuální',
  'ws.versions.revisionOutdated': 'Tato revize vychází ze starší verze textu.',
  'ws.versions.firstTranslation': 'První překlad.',
  'ws.diff.field': '{field, select, title {Název} addressee {Adresát} summary {Shrnutí} body {Znění} other {{field}}}',

  'ws.mail.hello': 'Dobrý den,',
  'ws.mail.helloName': 'Dobrý den, {name},',
  'ws.mail.signIn': 'Přihlásit se',
  'ws.mail.footer': 'Odeslala služba Undersigned organizátorovi otevřených dopisů.',
  'ws.mail.login.subject': 'Váš přihlašovací odkaz do Undersigned',
  'ws.mail.login.title': 'Přihlášení',
  'ws.mail.login.asked': 'Někdo, pravděpodobně vy, požádal o přihlášení do Undersigned jako {email}.',
  'ws.mail.login.openLink': 'Nebo otevřete tento odkaz: <link>{url}</link>',
  'ws.mail.login.once': 'Funguje jednou, do {minutes, plural, one {# minuty} few {# minut} many {# minuty} other {# minut}}. Pokud jste o něj nežádali, tuto zprávu ignorujte.',
  'ws.mail.login.textLink': 'Přihlásit se (odkaz funguje jednou, do {minutes, plural, one {# minuty} few {# minut} many {# minuty} other {# minut}}):',
  'ws.mail.login.ignore': 'Pokud jste o něj nežádali, tuto zprávu ignorujte.',
  // review: the roles in the instrumental (vlastníkem, editorem, moderátorem, čtenářem), generic masculine
  'ws.mail.added.subject': 'Nyní jste {role, select, owner {vlastníkem} editor {editorem} moderator {moderátorem} viewer {čtenářem} other {{role}}} dopisu: {title}',
  'ws.mail.added.body':
    'Nyní jste <strong>{role, select, owner {vlastníkem} editor {editorem} moderator {moderátorem} viewer {čtenářem} other {{role}}}</strong> otevřeného dopisu <strong>{title}</strong> v Undersigned.',
  'ws.mail.added.bodyText': 'Nyní jste {role, select, owner {vlastníkem} editor {editorem} moderator {moderátorem} viewer {čtenářem} other {{role}}} otevřeného dopisu „{title}“ v Undersigned.',
  'ws.mail.added.link':
    'Odkaz funguje jednou, do {minutes, plural, one {# minuty} few {# minut} many {# minuty} other {# minut}}; později si vyžádejte nový na přihlašovací stránce. Pracovní prostor dopisu: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Přihlásit se (odkaz funguje jednou, do {minutes, plural, one {# minuty} few {# minut} many {# minuty} other {# minut}}; později si vyžádejte nový na přihlašovací stránce):',
  'ws.mail.added.workspace': 'Pracovní prostor dopisu: {url}',
  // The letter’s public count reached its organizers’ goal.
  'ws.mail.goal.subject': 'Cíl dosažen: {title}',
  // review: verb agreement inside each plural branch (podepsal / podepsali / podepsalo ho …); for every kind: získal # podpisů
  'ws.mail.goal.body':
    'Dopis <letter>{title}</letter> dosáhl svého cíle: {kind, select, legislator {{goal, plural, one {podepsal ho # zákonodárce} few {podepsali ho # zákonodárci} many {podepsalo ho # zákonodárce} other {podepsalo ho # zákonodárců}}} organization {{goal, plural, one {podepsala ho # organizace} few {podepsaly ho # organizace} many {podepsalo ho # organizace} other {podepsalo ho # organizací}}} individual {{goal, plural, one {podepsal ho # jednotlivec} few {podepsali ho # jednotlivci} many {podepsalo ho # jednotlivce} other {podepsalo ho # jednotlivců}}} other {{goal, plural, one {získal # podpis} few {získal # podpisy} many {získal # podpisu} other {získal # podpisů}}}}.',
  'ws.mail.goal.bodyText':
    'Dopis „{title}“ dosáhl svého cíle: {kind, select, legislator {{goal, plural, one {podepsal ho # zákonodárce} few {podepsali ho # zákonodárci} many {podepsalo ho # zákonodárce} other {podepsalo ho # zákonodárců}}} organization {{goal, plural, one {podepsala ho # organizace} few {podepsaly ho # organizace} many {podepsalo ho # organizace} other {podepsalo ho # organizací}}} individual {{goal, plural, one {podepsal ho # jednotlivec} few {podepsali ho # jednotlivci} many {podepsalo ho # jednotlivce} other {podepsalo ho # jednotlivců}}} other {{goal, plural, one {získal # podpis} few {získal # podpisy} many {získal # podpisu} other {získal # podpisů}}}}.',
} satisfies WorkspaceCatalog;
