import type { WorkspaceCatalog } from '../en/site-type.js';

/** Czech: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: role names: owner = vlastník, editor = editor, moderator = moderátor, viewer = čtenář (read-only access)
  'ws.role': '{role, select, owner {vlastník} editor {editor} moderator {moderátor} viewer {čtenář} other {{role}}}',
  'ws.kind': '{kind, select, legislator {zákonodárce} organization {organizace} individual {jednotlivec} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {čeká na potvrzení} confirmed {potvrzený} withdrawn {odvolaný} fraudulent {podvodný} other {{status}}}',
  // review: shadow (accepted in appearance for the signer, but kept off the public list) rendered as skryto
  'ws.moderation': '{state, select, none {žádná} pending {čeká na rozhodnutí} approved {zveřejněno} rejected {zamítnuto} shadow {skryto} other {{state}}}',
  'ws.verification': '{by, select, domain {doména} invited {pozvánka} approved {schválení} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {doména} invited {pozvánka} approved {schválení} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Zveřejnit} reject {Zamítnout (signatář bude informován)} shadow {Skrýt (signatáři nepřijde e-mail)} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, one {# zákonodárce} few {# zákonodárci} many {# zákonodárce} other {# zákonodárců}} z {countries, plural, one {# země} few {# zemí} many {# země} other {# zemí}}',
  'ws.stats.organizations': '{count, plural, one {# organizace} few {# organizace} many {# organizace} other {# organizací}}',
  'ws.stats.individuals': '{count, plural, one {# jednotlivec} few {# jednotlivci} many {# jednotlivce} other {# jednotlivců}}',
  'ws.stats.none': 'Zatím žádné podpisy',

  'ws.backToLetters': '← Vaše dopisy',
  'ws.signedInAs': 'Přihlášeno jako {email}.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  'ws.fieldName':
    '{field, select, title {Název} addressee {Adresát} summary {Shrnutí} language {Jazyk} body {Znění} slug {Webová adresa} closesAt {Termín uzavření} email {E-mail} role {Role} label {Označení} origins {Weby} goal {Cílový počet podpisů} signerKinds {Kdo smí podepsat} moderatedKinds {Zadržet k moderování} group {Skupina} csv {Seznam} name {Jméno} kind {Druh} country {Země} parliament {Parlament} party {Strana} organization {Organizace} website {Webové stránky} recipientId {Od} receivedOn {Datum odpovědi} text {Odpověď} file {Dokumenty} replyWaitDays {Počet dní do „bez odpovědi“} other {Toto pole}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: toto pole je povinné.} tooLong {{field}: text je příliš dlouhý.} email {{field}: toto není e-mailová adresa.} website {{field}: toto není webová adresa.} noLink {{field}: webové adresy zde nejsou povoleny.} noLetter {{field}: musí obsahovat alespoň jedno písmeno nebo číslici.} choose {{field}: vyberte prosím jednu z možností.} languageTag {{field}: toto není kód jazyka (například en, fr nebo zh-Hant).} future {{field}: musí být v budoucnosti.} ownLanguage {{field}: toto je původní jazyk dopisu; upravte raději samotný dopis.} date {{field}: toto není datum.} notFuture {{field}: nesmí být v budoucnosti.} unknownAddressee {{field}: vyberte prosím jednoho z adresátů dopisu.} tooMany {{field}: k odpovědi lze přiložit nejvýše pět dokumentů.} days {{field}: musí to být celý počet dní, od 1 do 365.} other {{field}: údaj není platný; zkontrolujte prosím, co jste napsali.}}} KIND_NOT_ACCEPTED {Tento dopis nepodepisují signatáři tohoto druhu.} DUPLICATE {Stejná adresa se v tomto seznamu již vyskytuje výše.} INVALID_CSV {{reason, select, columns {Neznámé sloupce: {columns}. První řádek uvádí názvy sloupců, a to z těchto: {expected}.} tooMany {Najednou lze pozvat nejvýše tento počet osob: {max, number}.} other {Seznam nelze načíst jako CSV.}}} NOT_TAKING_SIGNATURES {Pozvánky lze odesílat, jen když je dopis v zakládajícím kole nebo otevřený.} LETTER_CLOSED {Tento dopis je uzavřen, takže jeho zadržené podpisy do něj nebudou přidány.} ALREADY_PUBLISHED {Zakládající kolo lze zahájit pouze u konceptu.} NO_RECIPIENTS {Před odesláním dopisu přidejte adresáty.} NOT_PUBLISHED {Tento dopis zatím není veřejný: nejprve ho zveřejněte.} SLUG_TAKEN {Tuto adresu již má jiný dopis.} SLUG_FROZEN {Zveřejněný dopis si svou adresu ponechává.} CLOSING_TIME_PASSED {Před otevřením dopisu nastavte termín uzavření v budoucnosti.} LAST_OWNER {Dopis musí mít alespoň jednoho vlastníka: nejprve udělejte vlastníkem někoho jiného.} ORGANIZER_NOT_FOUND {Žádný z organizátorů tohoto dopisu nemá tuto adresu.} SIGNATURE_NOT_FOUND {Tento podpis již neexistuje.} UNSUPPORTED_FILE {{field}: každý dokument musí být PDF nebo obrázek (PNG, JPEG, GIF nebo WebP).} FILE_TOO_LARGE {{field}: každý dokument smí mít nejvýše 10 MB.} REPLY_NOT_QUEUED {Tato odpověď již byla zveřejněna nebo odložena.} other {Akci nelze provést ({code}).}}',

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
  'ws.queue.sharedMail': '(sdílený poskytovatel e-mailu: adresu u něj může mít kdokoli)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {podpisy zákonodárců se u tohoto dopisu moderují} organization {podpisy organizací se u tohoto dopisu moderují} individual {podpisy jednotlivců se u tohoto dopisu moderují} other {{kind}: u tohoto dopisu se moderuje}}',
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

  'ws.note.draftSaved': 'Koncept uložen',
  'ws.note.saved': 'Uloženo',
  'ws.note.status':
    '{status, select, draft {Dopis je koncept} founding {Dopis je otevřený pouze pro pozvané} open {Dopis je otevřený: podepsat může kdokoli} closed {Dopis je uzavřený: nikdo nemůže podepsat} other {Stav dopisu: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {Podpis je zveřejněn} reject {Podpis je zamítnut; signatář je o tom informován} shadow {Podpis je skryt; signatář o tom informován není} other {Rozhodnutí zaznamenáno}}',
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

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Nastavení uloženo',
  'ws.note.translationSaved': 'Překlad uložen',
  'ws.note.recipientsAdded': '{count, plural, one {Přidán # adresát} few {Přidáni # adresáti} many {Přidáno # adresáta} other {Přidáno # adresátů}}',
  'ws.note.deliveryQueued':
    '{count, plural, one {Dopis je na cestě k # adresátovi} few {Dopis je na cestě k # adresátům} many {Dopis je na cestě k # adresáta} other {Dopis je na cestě k # adresátům}}',
  'ws.note.invalidated':
    '{count, plural, one {# podpis označen jako podvodný} few {# podpisy označeny jako podvodné} many {# podpisu označeno jako podvodné} other {# podpisů označeno jako podvodné}}',
  'ws.diff.added': 'přidáno:',
  'ws.diff.removed': 'odstraněno:',
  'ws.diff.formatted': 'změněno formátování:',
  'ws.diff.unchanged': '{count, plural, one {… # nezměněný odstavec …} few {… # nezměněné odstavce …} many {… # nezměněného odstavce …} other {… # nezměněných odstavců …}}',
  'ws.diff.sameReading': 'Změnily se pouze značky ve zdrojovém textu: text se čte stejně.',
  'ws.section':
    '{section, select, text {Znění} settings {Nastavení} translations {Překlady} signatures {Podpisy} invite {Pozvánky} delivery {Doručení} replies {Odpovědi} updates {Novinky} team {Tým} share {Sdílení} audit {Auditní záznam} other {{section}}}',
  // review: placeholders only: the English “{section}: {title}” fails the not-English test, so an en dash is used
  'ws.section.pageTitle': '{section} – {title}',
  'ws.nav.label': 'Pracovní prostor',
  'ws.workspace.history': 'Historie znění',
  'ws.workspace.previewHeading': 'Náhled: dopis tak, jak ho uvidí čtenáři (zatím neuloženo)',
  'ws.header.label': 'Váš účet',
  'ws.header.letters': 'Vaše dopisy',
  'ws.header.account': 'Účet',
  'ws.header.signOut': 'Odhlásit se',
  'ws.login.signedOut': 'Byli jste odhlášeni.',
  'ws.addresses.heading': 'Adresy signatářů',
  'ws.confirm.cancel': 'Zrušit',
  'ws.confirm.heading':
    '{step, select, publish {Zveřejnit dopis?} openToAll {Otevřít dopis všem?} founding {Otevřít dopis pouze pro pozvané?} close {Uzavřít dopis?} reopen {Znovu otevřít dopis?} other {Pokračovat?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Dopis bude veřejný na adrese {url}: kdokoli si ho může přečíst a podepsat.\nKaždý podpis se před započítáním potvrzuje e-mailem; jména se zobrazují na veřejném seznamu.\nText můžete i nadále opravovat; věcná změna vyžaduje nový souhlas všech signatářů.} openToAll {Dopis bude veřejný na adrese {url}: přečíst si ho a podepsat může kdokoli, nejen pozvaní.\nPozvaní, kteří již podepsali, zůstávají na seznamu na prvních místech.} founding {Podepsat mohou jen lidé, které pozvete; dopis zůstává před veřejností skrytý.\nVšem ho otevřete později tlačítkem Zveřejnit.} close {Nikdo už nebude moci podepsat; dopis a jeho seznam zůstanou veřejné na adrese {url}.\nPozději ho můžete znovu otevřít.} reopen {Podepisování se znovu otevře na adrese {url}.} other {Tuto akci nelze vrátit.}}',
  'ws.confirm.button': '{step, select, publish {Zveřejnit nyní} openToAll {Otevřít všem nyní} founding {Otevřít pro pozvané} close {Uzavřít dopis} reopen {Znovu otevřít nyní} other {Pokračovat}}',
  'ws.share.embedHeading': 'Počítadlo pro jiné weby',
  'ws.share.embedIntro': 'Malý rámeček s počtem podpisů a odkazem na dopis, který si mohou vložit jiné weby.',
  'ws.team.removeHeading': 'Odebrat {who} z organizátorů dopisu?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {vlastník} editor {editor} moderator {moderátor} viewer {čtenář} other {{role}}}) již nebude moci otevřít tento pracovní prostor ani s dopisem pracovat.\nVše, co tato osoba udělala, zůstává v auditním záznamu.\nPozději ji můžete znovu přidat.',
  'ws.team.removeButton': 'Odebrat',
  'ws.settings.heading': 'Podepisování',
  'ws.settings.closesAt': 'Termín uzavření (UTC)',
  'ws.settings.closesAtHint':
    'Datum a čas jsou v UTC (koordinovaný světový čas), nikoli ve vašem místním čase. V tu chvíli podepisování skončí. Pokud nemá být dopis uzavřen k žádnému termínu, ponechte pole prázdné.',
  'ws.settings.signerKinds': 'Kdo smí podepsat (alespoň jeden druh)',
  'ws.settings.moderatedKinds': 'Zadržet k moderování',
  'ws.settings.moderatedHint': 'Podpisy těchto druhů čekají na schválení organizátorem, než se zobrazí nebo započítají.',
  'ws.settings.save': 'Uložit nastavení',
  'ws.translations.intro': 'Dopis v jiných jazycích. Signatáři souhlasí s původním zněním; překlad vychází z jedné jeho verze, a jakmile má původní znění novější verzi, je označen jako zastaralý.',
  'ws.translations.none': 'Zatím žádný překlad.',
  'ws.translations.col.language': 'Jazyk',
  'ws.translations.col.title': 'Název',
  'ws.translations.col.follows': 'Vychází z',
  'ws.translations.col.state': 'Stav',
  'ws.translations.col.links': 'Odkazy',
  'ws.translations.follows': 'verze {version, number}',
  'ws.translations.outdated': 'zastaralý: dopis je nyní ve verzi {version, number}',
  'ws.translations.upToDate': 'aktuální',
  'ws.translations.edit': 'upravit',
  'ws.translations.read': 'veřejné znění',
  'ws.translations.formHeading': 'Přidat nebo aktualizovat překlad',
  'ws.translations.formIntro':
    'Uložením jazyka, který již překlad má, se tento překlad nahradí (dřívější znění zůstávají ve veřejné historii). Uložený překlad vychází z aktuální verze, {version, number}.',
  'ws.translations.language': 'Jazyk',
  'ws.translations.chooseLanguage': 'Vyberte jazyk',
  'ws.translations.addresseeHint': '(nepovinné; prázdné: adresát z původního znění)',
  'ws.translations.previewHeading': 'Náhled: překlad tak, jak ho uvidí čtenáři (zatím neuloženo)',
  'ws.translations.save': 'Uložit překlad',
  'ws.account.publicName': 'Vaše veřejné jméno nebo organizace',
  'ws.account.publicNameLabel': 'Jméno nebo organizace',
  'ws.account.publicNameHint':
    'Pod tímto jménem uvádějí vlastníky dopisu pozvánky k podpisu i doručený dopis. Bez něj uvádějí „organizátory“ dopisu; signatáři ani adresáti vaši e-mailovou adresu nikdy neuvidí.',
  'ws.account.saveName': 'Uložit jméno',
  'ws.mail.footer.login':
    'Tuto zprávu jste dostali, protože jste vy, nebo někdo, kdo zadal tuto adresu, požádali o přihlášení do Undersigned s touto adresou. Pokud jste to nebyli vy, zprávu ignorujte: bez odkazu se nikdo nepřihlásí.',
  'ws.mail.footer.added': 'Tuto zprávu jste dostali, protože {known, select, yes {{by}} other {jeden z vlastníků dopisu}} přidal(a) tuto adresu mezi organizátory dopisu „{title}“ v Undersigned.',
  'ws.mail.footer.goal': 'Tuto zprávu jste dostali, protože v Undersigned organizujete dopis „{title}“ jako jeho vlastník nebo editor.',
  'ws.delivery.intro': 'Osoby nebo instituce, kterým je dopis adresován. Každá ho dostane e-mailem ve svém jazyce, s přiloženým PDF se zněním dopisu a jeho signatáři.',
  'ws.delivery.addressees': 'Adresáti ({count, number})',
  'ws.delivery.none': 'Zatím žádní adresáti: přidejte je níže, jednotlivě nebo jako seznam.',
  'ws.delivery.col.group': 'Skupina',
  'ws.delivery.col.language': 'Jazyk',
  'ws.delivery.col.state': 'Doručení',
  'ws.delivery.state': '{state, select, queued {Ve frontě} sent {Odesláno} failed {Selhalo} other {Neodesláno}}',
  'ws.delivery.failed': 'Selhalo: {why, select, refused {poštovní server adresáta zprávu odmítl.} unreachable {poštovní server adresáta nebyl dostupný.} other {zprávu nebylo možné odeslat.}}',
  'ws.delivery.count': '{state, select, sent {odesláno: {count, number}} queued {ve frontě: {count, number}} failed {selhalo: {count, number}} other {neodesláno: {count, number}}}',
  'ws.delivery.progressHeading': 'Poslední rozesílání',
  'ws.delivery.progress': 'Odesláno {sent, number} z {total, number}, na odeslání čeká {queued, number}, selhalo {failed, number}.',
  'ws.delivery.notPublic': 'Dopis se doručuje, až když je veřejný: nejprve ho zveřejněte. Adresáty můžete přidat už nyní.',
  'ws.delivery.readOnly': 'Adresáty přidávají a dopis odesílají pouze vlastníci a editoři dopisu.',
  'ws.delivery.previewLink': 'Zobrazit náhled zpráv a poté odeslat',
  'ws.delivery.addHeading': 'Přidat adresáta',
  'ws.delivery.name': 'Jméno',
  'ws.delivery.email': 'E-mail',
  'ws.delivery.language': 'Jazyk',
  'ws.delivery.group': 'Skupina (nepovinné, např. region)',
  'ws.delivery.add': 'Přidat adresáta',
  'ws.delivery.importHeading': 'Přidat více adresátů ze seznamu',
  'ws.delivery.csvLabel': 'Vložte CSV, jeden adresát na řádek, pod první řádek s názvy sloupců (jazyk: kód jako en nebo fr; prázdné: jazyk dopisu):',
  'ws.delivery.import': 'Přidat tyto adresáty',
  'ws.delivery.importResult':
    '{added, plural, one {Přidán # adresát} few {Přidáni # adresáti} many {Přidáno # adresáta} other {Přidáno # adresátů}}; {already, plural, =0 {žádný tu ještě nebyl} one {# tu již byl} few {# tu již byli} many {# tu již bylo} other {# tu již bylo}}. Následující řádky nebyly převzaty:',
  'ws.delivery.lineError': 'Řádek {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Zprávy před odesláním',
  'ws.delivery.previewIntro': 'Každý adresát dostane níže uvedenou zprávu ve svém jazyce, s oslovením svým jménem a s přiloženým PDF. Nic se neodešle, dokud to nepotvrdíte.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# adresát} few {# adresáti} many {# adresáta} other {# adresátů}}',
  'ws.delivery.previewAs': 'Zobrazeno tak, jak ji obdrží {name}.',
  // review: {language} is the language’s own name (français, Deutsch), hence “v jazyce {language}”
  'ws.delivery.noTranslation': 'Dopis nemá překlad do tohoto jazyka: text bude odeslán v jazyce {language}.',
  'ws.delivery.subject': 'Předmět',
  'ws.delivery.textBody': 'Zpráva',
  'ws.delivery.htmlBody': 'Zobrazit zprávu tak, jak je naformátována pro poštovní programy',
  'ws.delivery.pdf': 'Přiložené PDF ({language})',
  'ws.delivery.previewNone': 'Zatím žádní adresáti: nejprve je přidejte.',
  'ws.delivery.previewDraft': 'Zprávy lze zobrazit, až bude dopis veřejný: nejprve ho zveřejněte.',
  'ws.delivery.send': '{count, plural, one {Odeslat # adresátovi} few {Odeslat # adresátům} many {Odeslat # adresáta} other {Odeslat # adresátům}}',
  'ws.delivery.back': 'Zpět na adresáty',
  'ws.delivery.confirmHeading': '{count, plural, one {Odeslat dopis # adresátovi?} few {Odeslat dopis # adresátům?} many {Odeslat dopis # adresáta?} other {Odeslat dopis # adresátům?}}',
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {dostane} few {dostanou} many {dostanou} other {dostanou}} text v jazyce {language} s přiloženým PDF v jazyce {language}.',
  'ws.delivery.andMore': '{count, plural, one {# další} few {# další} many {# dalšího} other {# dalších}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {# z nich ho již dostal a dostane ho znovu.} few {# z nich ho již dostali a dostanou ho znovu.} many {# z nich ho již dostalo a dostane ho znovu.} other {# z nich ho již dostalo a dostane ho znovu.}}',
  'ws.delivery.confirmRecall': 'Odeslanou zprávu nelze vzít zpět.',
  'ws.delivery.confirmPublic': 'Veřejná stránka dopisu pak uvede každého adresáta jménem a kdy mu dopis dorazil, nikdy jeho adresu.',
  'ws.delivery.confirmButton': '{count, plural, one {Odeslat nyní # adresátovi} few {Odeslat nyní # adresátům} many {Odeslat nyní # adresáta} other {Odeslat nyní # adresátům}}',
  'ws.queue.intro':
    'Tyto podpisy čekají na rozhodnutí, než se zobrazí nebo započítají. Zveřejnit podpis zařadí na seznam; Zamítnout ho ponechá mimo seznam a signatáře o tom informuje; Skrýt ho ponechá mimo seznam, aniž by se signatář cokoli dozvěděl.',
  'ws.queue.readOnly': 'O zadržených podpisech rozhodují pouze vlastníci a moderátoři dopisu.',
  'ws.held.claims': 'Uvádí se jako',
  'ws.held.wroteFrom': 'Psal(a) z',
  'ws.held.website': 'Webové stránky',
  'ws.held.noWebsite': 'neuvedeny',
  'ws.held.verification': 'Ověření',
  'ws.held.verifiedBy': '{by, select, domain {Ano: podle e-mailové domény, {domain}} invited {Ano: podepsáno prostřednictvím pozvánky} approved {Ano: schváleno moderátorem} other {Ano: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Ne: e-mailová doména nepatří uvedenému parlamentu} organization {{website, select, no {Ne: nebyly uvedeny webové stránky, se kterými by šlo e-mailovou doménu porovnat} other {{shared, select, yes {Ne: adresu u sdíleného poskytovatele e-mailu může mít kdokoli} other {Ne: e-mailová doména není doménou webových stránek}}}}} individual {Ne: jednotlivci se ověřují pouze prostřednictvím pozvánky} other {Ne}}',
  'ws.held.why': 'Zadrženo, protože',
  'ws.held.similar': 'Podobná jména na seznamu',
  'ws.held.noSimilar': 'žádná',
  'ws.held.signed': 'Podepsáno',
  // review: network fingerprint = síťový otisk (the keyed hash of the network address, cf. withdraw.networkFingerprint)
  'ws.held.network': 'Síťový otisk',
  'ws.decide.label': 'Rozhodnutí o podpisu: {name}',
  'ws.decide.publish': 'Zveřejnit',
  'ws.decide.reject': 'Zamítnout (signatář bude informován)',
  'ws.decide.hide': 'Skrýt',
  'ws.decide.hideHint': '(signatáři nepřijde e-mail; použijte při zneužití. Jako u každého odstranění to veřejná kniha záznamů zaznamená, pokud byl podpis na seznamu)',
  'ws.decide.heading': '{decision, select, reject {Zamítnout podpis: {who}?} shadow {Skrýt podpis: {who}?} other {Rozhodnout o podpisu: {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}) zůstane mimo seznam dopisu i mimo všechny počty{listed, select, yes {: podpis nyní ze seznamu zmizí} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} dostane e-mail, že organizátoři dopisu podpis nepřijali.} other {{who} nemůže dostat e-mail: adresa již není uložena.}}} shadow {{who} nedostane e-mail: z pohledu signatáře podpis stále vypadá jako přijatý. Použijte při zneužití, kdy by informování signatáře jen vybízelo k dalšímu pokusu.} other {}}\n{listed, select, yes {Veřejná kniha záznamů zaznamená odstranění, jako u každého odstranění.} other {Podpis nikdy nebyl na veřejném seznamu, takže veřejná kniha záznamů o něm nic nezaznamená.}}',
  'ws.decide.button': '{decision, select, reject {Zamítnout a informovat signatáře} shadow {Skrýt bez informování signatáře} other {Rozhodnout}}',
  'ws.invalidate.heading': 'Označit záplavu podpisů jako podvodnou',
  'ws.invalidate.intro':
    'Při záplavě falešných podpisů: zadejte e-mailovou doménu, časové okno, síťový otisk nebo několik z nich (podpis musí odpovídat všemu, co zadáte). Nejprve uvidíte, kolik podpisů odpovídá; nic se nezmění, dokud to nepotvrdíte.',
  'ws.invalidate.domain': 'E-mailová doména (např. example.org)',
  'ws.invalidate.window': 'Podepsáno v tomto časovém okně (UTC)',
  'ws.invalidate.from': 'Od',
  'ws.invalidate.to': 'Do (nezahrnuto)',
  'ws.invalidate.network': 'Síťový otisk (jak je uveden u zadrženého podpisu)',
  'ws.invalidate.preview': 'Náhled',
  'ws.invalidate.result':
    '{result, select, none {Zadejte e-mailovou doménu, časové okno nebo síťový otisk: bez nich nic neodpovídá.} nothing {Těmto kritériím neodpovídá žádný podpis: nic se nezměnilo.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {E-mailová doména: toto není název domény (např. example.org).} from {Od: toto není datum a čas.} to {Do: toto není datum a čas.} ipHash {Síťový otisk: toto není síťový otisk (8 až 32 písmen, číslic, - nebo _).} other {Kritéria nelze načíst; zkontrolujte je prosím.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, one {Označit # podpis jako podvodný?} few {Označit # podpisy jako podvodné?} many {Označit # podpisu jako podvodné?} other {Označit # podpisů jako podvodné?}}',
  'ws.invalidate.matching': 'Odpovídající podpisy: {criteria}.',
  'ws.invalidate.byDomain': 'e-mailová doména {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {podepsáno od {from} do {to}} from {podepsáno od {from}} other {podepsáno před {to}}}',
  'ws.invalidate.byNetwork': 'síťový otisk {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {Bude označen jako podvodný: po nějakou dobu uchován pro šetření, poté smazán; obnovit ho nelze.} few {Budou označeny jako podvodné: po nějakou dobu uchovány pro šetření, poté smazány; obnovit je nelze.} many {Budou označeny jako podvodné: po nějakou dobu uchovány pro šetření, poté smazány; obnovit je nelze.} other {Budou označeny jako podvodné: po nějakou dobu uchovány pro šetření, poté smazány; obnovit je nelze.}}\nTy, které jsou na veřejném seznamu, z něj ihned zmizí a počty klesnou.\nVeřejná kniha záznamů zaznamená každé odstranění ze seznamu, jako u každého odstranění.\nSignatáři nedostanou e-mail.',
  'ws.invalidate.button': '{count, plural, one {Označit # podpis jako podvodný} few {Označit # podpisy jako podvodné} many {Označit # podpisu jako podvodné} other {Označit # podpisů jako podvodné}}',
  // review: verbs in the generic form zveřejnil(a), as elsewhere; {signer} in parentheses after “podpis” (not declined), {member} in the accusative slot as given, {language} in parentheses (the bare language name)
  'ws.audit.did':
    '{kind, select, create {{who} vytvořil(a) koncept dopisu} edit {{editorial, select, yes {{who} opravil(a) znění (redakční změna: nikdo není žádán o nový souhlas)} other {{who} upravil(a) znění}}} publish {{who} zveřejnil(a) dopis} close {{who} uzavřel(a) dopis} founding {{who} otevřel(a) zakládající kolo pro pozvané} approve {{who} zveřejnil(a) podpis ({signer})} reject {{who} zamítl(a) podpis ({signer})} shadow {{who} skryl(a) podpis ({signer})} moderate {{who} rozhodl(a) o podpisu ({signer})} invalidate {{counted, select, yes {{who} označil(a) {count, plural, one {# podpis jako podvodný} few {# podpisy jako podvodné} many {# podpisu jako podvodné} other {# podpisů jako podvodné}}} other {{who} označil(a) podpisy jako podvodné}}} invalidatePreview {{counted, select, yes {{who} hledal(a) podpisy k označení jako podvodné ({count, plural, one {# shoda} few {# shody} many {# shody} other {# shod}})} other {{who} hledal(a) podpisy k označení jako podvodné}}} invite {{counted, select, yes {{who} pozval(a) {count, plural, one {# signatáře} few {# signatáře} many {# signatáře} other {# signatářů}}} other {{who} pozval(a) signatáře}}} addOrganizer {{who} přidal(a) {member} jako {role, select, owner {vlastníka} editor {editora} moderator {moderátora} viewer {čtenáře} other {spoluorganizátora}}} setRole {{who} udělal(a) {member} {role, select, owner {vlastníkem} editor {editorem} moderator {moderátorem} viewer {čtenářem} other {spoluorganizátorem}}} removeOrganizer {{who} odebral(a) {member} z organizátorů} goal {{goalSet, select, yes {{who} nastavil(a) cíl na {goalKind, select, legislator {{goal, plural, one {# zákonodárce} few {# zákonodárce} many {# zákonodárce} other {# zákonodárců}}} organization {{goal, plural, one {# organizaci} few {# organizace} many {# organizace} other {# organizací}}} individual {{goal, plural, one {# jednotlivce} few {# jednotlivce} many {# jednotlivce} other {# jednotlivců}}} other {{goal, plural, one {# podpis} few {# podpisy} many {# podpisu} other {# podpisů}}}}} no {{who} odstranil(a) cíl} other {{who} změnil(a) cíl}}} settings {{who} změnil(a) nastavení dopisu} translation {{who} uložil(a) překlad ({language})} recipients {{counted, select, yes {{who} přidal(a) {count, plural, one {# adresáta} few {# adresáty} many {# adresáta} other {# adresátů}}} other {{who} přidal(a) adresáty}}} deliver {{counted, select, yes {{who} odeslal(a) dopis {count, plural, one {# adresátovi} few {# adresátům} many {# adresáta} other {# adresátům}}} other {{who} odeslal(a) dopis jeho adresátům}}} widget {{who} změnil(a) weby, které smějí zobrazovat podpisový widget} partner {{who} přidal(a) partnera pro podpisový widget} addressesShown {{who} umožnil(a) spoluorganizátorům vidět adresy signatářů} addressesHidden {{who} zakázal(a) spoluorganizátorům vidět adresy signatářů} readAddresses {{source, select, page {{who} si v pracovním prostoru zobrazil(a) adresy {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}} other {{who} si prostřednictvím API zobrazil(a) adresy {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}}}} readDomains {{source, select, page {{who} si v pracovním prostoru zobrazil(a) domény adres {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}} other {{who} si prostřednictvím API zobrazil(a) domény adres {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}}}} export {{domainsOnly, select, yes {{who} exportoval(a) podpisy jako CSV s doménami adres {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}} other {{who} exportoval(a) podpisy jako CSV s adresami {count, plural, one {# signatáře} few {# signatářů} many {# signatáře} other {# signatářů}}}}} recordReply {{who} zaznamenal(a) a zveřejnil(a) odpověď adresáta přijatou poštou nebo osobně} publishReply {{who} zveřejnil(a) odpověď adresáta, která přišla e-mailem} dismissReply {{who} odložil(a) odpověď, která přišla e-mailem} writeUpdate {{who} napsal(a) novinku pro signatáře} updateTranslation {{who} uložil(a) překlad novinky ({language})} sendUpdate {{counted, select, yes {{who} odeslal(a) novinku {count, plural, one {# signatáři} few {# signatářům} many {# signatáře} other {# signatářům}}} other {{who} odeslal(a) novinku signatářům}}} other {{who} odeslal(a) požadavek: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} se pokusil(a) vytvořit koncept dopisu} edit {{who} se pokusil(a) upravit znění} publish {{who} se pokusil(a) zveřejnit dopis} close {{who} se pokusil(a) uzavřít dopis} founding {{who} se pokusil(a) otevřít zakládající kolo} approve {{who} se pokusil(a) zveřejnit podpis ({signer})} reject {{who} se pokusil(a) zamítnout podpis ({signer})} shadow {{who} se pokusil(a) skrýt podpis ({signer})} moderate {{who} se pokusil(a) rozhodnout o podpisu ({signer})} invalidate {{who} se pokusil(a) označit podpisy jako podvodné} invalidatePreview {{who} se pokusil(a) hledat podpisy k označení jako podvodné} invite {{who} se pokusil(a) pozvat signatáře} addOrganizer {{who} se pokusil(a) přidat {member} jako {role, select, owner {vlastníka} editor {editora} moderator {moderátora} viewer {čtenáře} other {spoluorganizátora}}} setRole {{who} se pokusil(a) udělat {member} {role, select, owner {vlastníkem} editor {editorem} moderator {moderátorem} viewer {čtenářem} other {spoluorganizátorem}}} removeOrganizer {{who} se pokusil(a) odebrat {member} z organizátorů} goal {{who} se pokusil(a) změnit cíl} settings {{who} se pokusil(a) změnit nastavení dopisu} translation {{who} se pokusil(a) uložit překlad ({language})} recipients {{who} se pokusil(a) přidat adresáty} deliver {{who} se pokusil(a) odeslat dopis jeho adresátům} widget {{who} se pokusil(a) změnit weby, které smějí zobrazovat podpisový widget} partner {{who} se pokusil(a) přidat partnera pro podpisový widget} addressesShown {{who} se pokusil(a) umožnit spoluorganizátorům vidět adresy signatářů} addressesHidden {{who} se pokusil(a) zakázat spoluorganizátorům vidět adresy signatářů} readAddresses {{who} se pokusil(a) přečíst adresy signatářů} readDomains {{who} se pokusil(a) přečíst domény adres signatářů} export {{who} se pokusil(a) exportovat podpisy} recordReply {{who} se pokusil(a) zaznamenat odpověď adresáta} publishReply {{who} se pokusil(a) zveřejnit odpověď adresáta} dismissReply {{who} se pokusil(a) odložit odpověď, která přišla e-mailem} writeUpdate {{who} se pokusil(a) napsat novinku pro signatáře} updateTranslation {{who} se pokusil(a) uložit překlad novinky ({language})} sendUpdate {{who} se pokusil(a) odeslat novinku signatářům} other {{who} se pokusil(a) o požadavek: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (odmítnuto), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Koncept dopisu vytvořen} edit {Znění upraveno} publish {Dopis zveřejněn} close {Dopis uzavřen} founding {Zakládající kolo otevřeno} approve {Podpis zveřejněn} reject {Podpis zamítnut} shadow {Podpis skryt} moderate {O podpisu rozhodnuto} invalidate {Podpisy označeny jako podvodné} invalidatePreview {Hledání podvodných podpisů} invite {Signatáři pozváni} addOrganizer {Spoluorganizátor přidán} setRole {Role změněna} removeOrganizer {Spoluorganizátor odebrán} goal {Cíl změněn} settings {Nastavení změněno} translation {Překlad uložen} recipients {Adresáti přidáni} deliver {Dopis odeslán adresátům} widget {Weby widgetu změněny} partner {Partner widgetu přidán} addressesShown {Adresy zpřístupněny spoluorganizátorům} addressesHidden {Adresy skryty před spoluorganizátory} readAddresses {Adresy přečteny} readDomains {Domény adres přečteny} export {Podpisy exportovány} recordReply {Odpověď zaznamenána} publishReply {Odpověď zveřejněna} dismissReply {Odpověď odložena} writeUpdate {Novinka napsána} updateTranslation {Novinka přeložena} sendUpdate {Novinka odeslána} other {Jiný požadavek}}',
  'ws.audit.result': '{refused, select, yes {odmítnuto ({status})} other {provedeno}}',
  'ws.audit.operatorWho': 'Provozovatel z příkazové řádky',
  'ws.audit.formerOrganizer': 'Bývalý organizátor',
  'ws.audit.erasedSigner': 'signatář s vymazanými údaji',
  'ws.audit.someSigner': 'signatář',
  // review: fills {member} in the audit sentences, where it stands in the accusative (přidal(a) spoluorganizátora)
  'ws.audit.someOrganizer': 'spoluorganizátora',
  'ws.audit.someLanguage': 'jiný jazyk',
  'ws.audit.intro':
    'Všechny akce organizátorů dopisu, od nejnovějších, se jmény v současné podobě: signatář, který vymazal své údaje, se zobrazuje jako „signatář s vymazanými údaji“. Časy jsou v UTC.',
  'ws.audit.filterPerson': 'Kdo',
  'ws.audit.filterKind': 'Akce',
  'ws.audit.everyone': 'všichni',
  'ws.audit.everything': 'všechny akce',
  'ws.audit.filterSubmit': 'Zobrazit',
  'ws.audit.empty': '{filtered, select, yes {Těmto filtrům neodpovídá žádný záznam.} other {Zatím není nic zaznamenáno.}}',
  'ws.audit.pages': 'Stránky auditního záznamu',
  'ws.audit.older': 'Starší záznamy',
  'ws.audit.newest': 'Zpět na nejnovější',
  'ws.audit.export': 'Exportovat jako CSV',
  'ws.audit.exportHint': '(záznamy, které zobrazují tyto filtry, ze všech stránek)',
  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {Novinka je na stránce dopisu; o novinky nepožádal žádný signatář, takže se nikomu neposílá} one {Novinka je na cestě k # signatáři a je na stránce dopisu} few {Novinka je na cestě k # signatářům a je na stránce dopisu} many {Novinka je na cestě k # signatáře a je na stránce dopisu} other {Novinka je na cestě k # signatářům a je na stránce dopisu}}',
  // review: an update = novinka (the section: Novinky); “still on the list” rendered as “a stále je odebírá” (still subscribed), so it is not mistaken for the public list of signatories
  'ws.updates.intro':
    '{count, plural, =0 {O novinky zatím nepožádal žádný signatář.} one {# signatář při podpisu požádal o novinky a stále je odebírá.} few {# signatáři při podpisu požádali o novinky a stále je odebírají.} many {# signatáře při podpisu požádalo o novinky a stále je odebírá.} other {# signatářů při podpisu požádalo o novinky a stále je odebírá.}} Každý dostane novinku v jazyce, ve kterém podepsal, nejvýše {perMonth, plural, one {jednou} few {#krát} many {#krát} other {#krát}} měsíčně, s odkazem k odhlášení. Odeslaná novinka se zobrazí i na stránce dopisu.',
  'ws.updates.none': 'Zatím žádné novinky.',
  'ws.updates.col.title': 'Název',
  'ws.updates.col.languages': 'Jazyky',
  'ws.updates.col.state': 'Stav',
  'ws.updates.col.links': 'Odkazy',
  'ws.updates.draft': 'Koncept, neodesláno',
  'ws.updates.sentOn': 'Odesláno {date}',
  'ws.updates.onPage': 'Na stránce dopisu',
  'ws.updates.translate': 'Překlady',
  'ws.updates.send': 'Odeslat',
  'ws.updates.formHeading': 'Napsat novinku',
  'ws.updates.formIntro': 'Pište v jazyce dopisu ({language}); překlady přidáte, až bude uložena. Nic se neodešle, dokud to nepotvrdíte.',
  'ws.updates.previewHeading': 'Náhled: novinka tak, jak ji uvidí signatáři (zatím neuloženo)',
  'ws.updates.save': 'Uložit koncept',
  'ws.updates.translationsHeading': 'Překlady novinky „{title}“',
  'ws.updates.translationsIntro': 'Každý signatář dostane novinku v jazyce, ve kterém podepsal; pokud do něj přeložena není, dostane originál ({language}).',
  'ws.updates.saveTranslation': 'Uložit překlad',
  'ws.updates.sendTo':
    '{count, plural, =0 {Zveřejnit (žádnému signatáři se nic neposílá)} one {Odeslat # signatáři} few {Odeslat # signatářům} many {Odeslat # signatáře} other {Odeslat # signatářům}}',
  'ws.updates.readOnly': 'Novinky píší a odesílají vlastníci a editoři dopisu.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {Zveřejnit „{title}“?} one {Odeslat „{title}“ # signatáři?} few {Odeslat „{title}“ # signatářům?} many {Odeslat „{title}“ # signatáře?} other {Odeslat „{title}“ # signatářům?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Žádný signatář, který požádal o novinky, ji nyní nemůže dostat.} one {E-mailem ji dostane # signatář, který při podpisu požádal o novinky a stále je odebírá.} few {E-mailem ji dostanou # signatáři, kteří při podpisu požádali o novinky a stále je odebírají.} many {E-mailem ji dostane # signatáře, kteří při podpisu požádali o novinky a stále je odebírají.} other {E-mailem ji dostane # signatářů, kteří při podpisu požádali o novinky a stále je odebírají.}} Nikdo nedostane více než {perMonth, plural, one {jednu novinku} few {# novinky} many {# novinky} other {# novinek}} měsíčně.',
  'ws.updates.confirmLanguages': 'V jejich jazycích: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {originál} other {překlad}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# signatář dostal za posledních 30 dní {perMonth, plural, one {novinku} few {# novinky} many {# novinky} other {# novinek}} a tuto nedostane.} few {# signatáři dostali za posledních 30 dní {perMonth, plural, one {novinku} few {# novinky} many {# novinky} other {# novinek}} a tuto nedostanou.} many {# signatáře dostalo za posledních 30 dní {perMonth, plural, one {novinku} few {# novinky} many {# novinky} other {# novinek}} a tuto nedostane.} other {# signatářů dostalo za posledních 30 dní {perMonth, plural, one {novinku} few {# novinky} many {# novinky} other {# novinek}} a tuto nedostane.}}',
  'ws.updates.confirmPublic': 'Novinka se zobrazí na veřejné stránce dopisu spolu se dnem odeslání.',
  'ws.updates.confirmFinal': 'Odeslaný e-mail nelze vzít zpět a odeslanou novinku nelze změnit.',
  'ws.updates.confirmButton': '{count, plural, =0 {Zveřejnit nyní} one {Odeslat # signatáři} few {Odeslat # signatářům} many {Odeslat # signatáře} other {Odeslat # signatářům}}',
  // --- digest ---
  // The daily digest an organizer may ask for (account page), and its mail.
  'ws.account.digest': 'Denní souhrn',
  'ws.account.digestLabel': 'Posílat mi denní souhrn, když se u mých dopisů něco stane',
  // review: the flood check rendered as kontrola záplav podpisů (cf. ws.invalidate.heading: záplava podpisů); check the term
  'ws.account.digestHint':
    'Nejvýše jeden e-mail denně, a jen ve dnech, kdy se u dopisu, který organizujete, něco stalo: e-mailem přišla odpověď, dopis dosáhl cíle, nebo kontrola záplav podpisů vyřadila nové podpisy.',
  'ws.account.saveDigest': 'Uložit',
  'ws.mail.digest.subject':
    '{count, plural, one {Váš denní souhrn: {title}} few {Váš denní souhrn: co je nového u # dopisů} many {Váš denní souhrn: co je nového u # dopisu} other {Váš denní souhrn: co je nového u # dopisů}}',
  'ws.mail.digest.title': 'Váš denní souhrn',
  'ws.mail.digest.intro': 'Toto se od {since} stalo u dopisů, které organizujete.',
  // review: dismiss / set aside rendered as odložit throughout (the reply is never shown and cannot be published later)
  'ws.mail.digest.replies':
    '{count, plural, one {E-mailem přišla # odpověď, která na vás čeká: <link>zveřejněte ji, nebo ji odložte</link>.} few {E-mailem přišly # odpovědi, které na vás čekají: <link>zveřejněte je, nebo je odložte</link>.} many {E-mailem přišlo # odpovědi, které na vás čekají: <link>zveřejněte je, nebo je odložte</link>.} other {E-mailem přišlo # odpovědí, které na vás čekají: <link>zveřejněte je, nebo je odložte</link>.}}',
  'ws.mail.digest.goal':
    'Dopis dosáhl svého cíle: {kind, select, legislator {{goal, plural, one {# zákonodárce} few {# zákonodárci} many {# zákonodárce} other {# zákonodárců}}} organization {{goal, plural, one {# organizace} few {# organizace} many {# organizace} other {# organizací}}} individual {{goal, plural, one {# jednotlivec} few {# jednotlivci} many {# jednotlivce} other {# jednotlivců}}} other {{goal, plural, one {# podpis} few {# podpisy} many {# podpisu} other {# podpisů}}}}. <link>Zobrazit podpisy</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {Kontrola záplav podpisů (příliš mnoho podpisů z jedné sítě za den) vyřadila # nový podpis jako podvodný: nezobrazuje se a nezapočítává se. <link>Zkontrolujte podpisy</link>.} few {Kontrola záplav podpisů (příliš mnoho podpisů z jedné sítě za den) vyřadila # nové podpisy jako podvodné: nezobrazují se a nezapočítávají se. <link>Zkontrolujte podpisy</link>.} many {Kontrola záplav podpisů (příliš mnoho podpisů z jedné sítě za den) vyřadila # nového podpisu jako podvodné: nezobrazují se a nezapočítávají se. <link>Zkontrolujte podpisy</link>.} other {Kontrola záplav podpisů (příliš mnoho podpisů z jedné sítě za den) vyřadila # nových podpisů jako podvodné: nezobrazují se a nezapočítávají se. <link>Zkontrolujte podpisy</link>.}}',
  'ws.mail.digest.stop': 'Chcete-li souhrn přestat dostávat, zrušte zaškrtnutí jeho políčka na stránce svého účtu: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Chcete-li souhrn přestat dostávat, zrušte zaškrtnutí jeho políčka na stránce svého účtu:',
  'ws.mail.footer.digest':
    'Tuto zprávu jste dostali, protože jste požádali o denní souhrn toho, co se děje u dopisů, které v Undersigned organizujete; chodí jen ve dnech, kdy se něco stalo. Chcete-li ho přestat dostávat, zrušte zaškrtnutí políčka na stránce svého účtu.',
  // --- replies-workspace ---
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  'ws.note.replyRecorded': 'Odpověď je zaznamenána a zveřejněna u dopisu',
  'ws.note.replyPublished': 'Odpověď je zveřejněna u dopisu a v jeho knize záznamů',
  'ws.note.replyDismissed': 'Odpověď je odložena: nebude se zobrazovat',
  'ws.note.replyWaitSaved': 'Uloženo: doba čekání do „bez odpovědi“',
  'ws.replies.introInbound':
    'Odpovědi na e-mail doručeného dopisu sem přicházejí samy; každá čeká, až ji editor nebo vlastník dopisu zveřejní, nebo odloží. Odpovědi přijaté jinak (poštou, osobně) se zaznamenávají níže.',
  'ws.replies.introByHand': 'Tento web nepřijímá poštu: zaznamenejte zde ručně odpovědi, které vám adresáti poslali (poštou, e-mailem, osobně).',
  'ws.replies.waitingHeading': 'Čeká na vaše rozhodnutí ({count, number})',
  'ws.replies.noneWaiting': 'Na rozhodnutí nečeká žádná odpověď.',
  'ws.replies.readOnly': 'Odpovědi zveřejňují nebo odkládají pouze vlastníci a editoři dopisu.',
  'ws.replies.verified': 'Ověřeno pomocí DKIM: {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Neověřeno: odesláno z domény {domain}; před zveřejněním odpověď zkontrolujte.} other {Neověřeno: doména odesílatele není známa; před zveřejněním odpověď zkontrolujte.}}',
  'ws.replies.received': 'Přijato',
  'ws.replies.subject': 'Předmět',
  'ws.replies.noSubject': '(bez předmětu)',
  'ws.replies.readAll': 'Přečíst celou odpověď ({count, plural, one {# znak} few {# znaky} many {# znaku} other {# znaků}})',
  'ws.replies.document': 'Dokument {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Zveřejnit',
  'ws.replies.dismiss': 'Odložit',
  'ws.replies.recordHeading': 'Zaznamenat odpověď',
  'ws.replies.recordIntro': 'Odpověď, kterou vám adresát poslal jinak (poštou, do vaší vlastní e-mailové schránky, osobně): její text tak, jak byl napsán, a sken nebo soubor s ní, pokud ho máte.',
  'ws.replies.from': 'Od',
  'ws.replies.chooseAddressee': 'Vyberte adresáta',
  'ws.replies.dated': 'Datum odpovědi',
  'ws.replies.text': 'Odpověď',
  'ws.replies.textHint': '(tak, jak byla napsána; prostý text)',
  'ws.replies.files': 'Dokumenty',
  'ws.replies.filesHint': '(nepovinné: PDF nebo obrázky, nejvýše {max, plural, one {# soubor} few {# soubory} many {# souboru} other {# souborů}}, každý do 10 MB)',
  'ws.replies.recordPublic': 'Zaznamenáním ji ihned zveřejníte: u dopisu, v jeho veřejné knize záznamů a v příštím PDF. Nelze to vrátit.',
  'ws.replies.record': 'Zaznamenat a zveřejnit odpověď',
  'ws.replies.noAddressees': 'Dopis zatím nemá žádné adresáty: nejprve je přidejte.',
  'ws.replies.publishedHeading': 'Zveřejněné ({count, number})',
  'ws.replies.nonePublished': 'Zatím nebyla zveřejněna žádná odpověď.',
  'ws.replies.byHand': 'Zaznamenáno organizátorem',
  'ws.replies.byMailUnverified': 'Přišlo e-mailem, neověřeno pomocí DKIM',
  'ws.replies.publishedOn': 'ze dne {received}, zveřejněno {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Žádná odpověď nebyla odložena.} one {# odpověď byla odložena (spam, automatické odpovědi): nezobrazuje se.} few {# odpovědi byly odloženy (spam, automatické odpovědi): nezobrazují se.} many {# odpovědi bylo odloženo (spam, automatické odpovědi): nezobrazují se.} other {# odpovědí bylo odloženo (spam, automatické odpovědi): nezobrazují se.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  // review: {who} after a colon, not declined, as in ws.decide.heading
  'ws.replies.publishHeading': 'Zveřejnit odpověď: {who}?',
  'ws.replies.confirmVerified': 'Je ověřena pomocí DKIM pro doménu {domain}: podepsal ji poštovní server této domény.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Není ověřena: byla odeslána z domény {domain} a nic nedokazuje, že pochází od adresáta. Před zveřejněním ji zkontrolujte.} other {Není ověřena: nic nedokazuje, že pochází od adresáta. Před zveřejněním ji zkontrolujte.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Objeví se u dopisu na jeho veřejné stránce, kde si ji kdokoli může přečíst.} one {Objeví se i se svým dokumentem u dopisu na jeho veřejné stránce, kde si ji kdokoli může přečíst.} few {Objeví se i se svými # dokumenty u dopisu na jeho veřejné stránce, kde si ji kdokoli může přečíst.} many {Objeví se i se svými # dokumentu u dopisu na jeho veřejné stránce, kde si ji kdokoli může přečíst.} other {Objeví se i se svými # dokumenty u dopisu na jeho veřejné stránce, kde si ji kdokoli může přečíst.}}\nBude zaznamenána ve veřejné knize záznamů dopisu a objeví se v příštím PDF dopisu.\nNelze to vrátit: zveřejněná odpověď zůstává zveřejněná.',
  'ws.replies.publishButton': 'Zveřejnit odpověď',
  'ws.replies.dismissHeading': 'Odložit odpověď: {who}?',
  'ws.replies.dismissConsequences':
    'Nikdy se nezobrazí: ani u dopisu, ani v jeho knize záznamů, ani v jeho PDF.\nPoužijte to pro spam, automatickou odpověď nebo zprávu, která není odpovědí na dopis.\nPozději ji již nelze zveřejnit.',
  'ws.replies.dismissButton': 'Odložit',
  // The settings: how long an addressee's silence waits before it reads as "no reply".
  'ws.replyWait.heading': 'Odpovědi',
  'ws.replyWait.intro': 'Stránka dopisu u každého adresáta ukazuje, zda odpověděl. Kdo neodpoví do tolika dní od chvíle, kdy mu dopis byl doručen, je uveden jako „bez odpovědi“.',
  'ws.replyWait.label': 'Po kolika dnech uvést adresáta jako „bez odpovědi“',
  'ws.replyWait.save': 'Uložit',
} satisfies WorkspaceCatalog;
