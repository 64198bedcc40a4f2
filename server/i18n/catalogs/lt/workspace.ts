import type { WorkspaceCatalog } from '../en/site-type.js';

/** Lithuanian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: viewer (read-only co-organizer) rendered as stebėtojas; roles are used in the nominative throughout
  'ws.role': '{role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}',
  'ws.kind': '{kind, select, legislator {įstatymų leidėjas} organization {organizacija} individual {privatus asmuo} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {laukia patvirtinimo} confirmed {patvirtintas} withdrawn {atšauktas} fraudulent {suklastotas} other {{status}}}',
  // review: shadow (the signer saw success, but the signature is never shown or counted) rendered as atmestas šešėliniu būdu
  'ws.moderation': '{state, select, none {nėra} pending {laukia sprendimo} approved {patvirtintas} rejected {atmestas} shadow {atmestas šešėliniu būdu} other {{state}}}',
  'ws.verification': '{by, select, domain {pagal domeną} invited {pakviestas} approved {patvirtintas} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {pagal domeną} invited {pakviestas} approved {patvirtintas} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {patvirtinti} reject {atmesti} shadow {atmesti šešėliniu būdu} other {{decision}}}',

  'ws.stats.legislators':
    '{count, plural, one {# įstatymų leidėjas} few {# įstatymų leidėjai} many {# įstatymų leidėjo} other {# įstatymų leidėjų}} iš {countries, plural, one {# šalies} few {# šalių} many {# šalies} other {# šalių}}',
  'ws.stats.organizations': '{count, plural, one {# organizacija} few {# organizacijos} many {# organizacijos} other {# organizacijų}}',
  'ws.stats.individuals': '{count, plural, one {# privatus asmuo} few {# privatūs asmenys} many {# privataus asmens} other {# privačių asmenų}}',
  'ws.stats.none': 'Parašų dar nėra',

  'ws.backToLetters': '← Jūsų laiškai',
  'ws.signedInAs': 'Prisijungta kaip {email}.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  // review: title rendered Pavadinimas (the letter’s title, ws.field.title) though for an invitee (CSV column) it means Pareigos; tooMany avoids a plural noun (Didžiausias … skaičius); future rendered laikas turi būti ateityje
  'ws.fieldName':
    '{field, select, title {Pavadinimas} addressee {Adresatas} summary {Santrauka} language {Kalba} body {Tekstas} slug {Adresas} closesAt {Uždarymo laikas} email {El. paštas} role {Vaidmuo} label {Pavadinimas} origins {Svetainės} goal {Siekiamas parašų skaičius} csv {Sąrašas} name {Vardas ir pavardė} kind {Tipas} country {Šalis} parliament {Parlamentas} party {Partija} organization {Organizacija} website {Interneto svetainė} other {Šis laukas}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: šį lauką būtina užpildyti.} tooLong {{field}: per ilgas tekstas.} email {{field}: tai nėra el. pašto adresas.} website {{field}: tai nėra interneto adresas.} noLink {{field}: interneto adresai čia neleidžiami.} noLetter {{field}: turi būti bent viena raidė arba skaitmuo.} choose {{field}: pasirinkite vieną iš galimybių.} languageTag {{field}: tai nėra kalbos kodas (pvz., en, fr arba zh-Hant).} future {{field}: laikas turi būti ateityje.} ownLanguage {{field}: tai paties laiško kalba; verčiau redaguokite patį laišką.} other {{field}: netinkama reikšmė; patikrinkite, ką įrašėte.}}} KIND_NOT_ACCEPTED {Šio tipo asmenys negali pasirašyti šio laiško.} DUPLICATE {Tas pats adresas šiame sąraše jau nurodytas anksčiau.} INVALID_CSV {{reason, select, columns {Nežinomi stulpeliai: {columns}. Pirmoje eilutėje nurodomi stulpelių pavadinimai, pasirinkti iš šių: {expected}.} tooMany {Didžiausias vienu metu kviečiamų asmenų skaičius: {max, number}.} other {Sąrašo nepavyko perskaityti kaip CSV.}}} NOT_TAKING_SIGNATURES {Kvietimus galima siųsti tik tada, kai laiškas yra steigiamajame etape arba atviras.} LETTER_CLOSED {Šis laiškas uždarytas, todėl sulaikyti parašai į jį neįtraukiami.} ALREADY_PUBLISHED {Steigiamąjį etapą galima pradėti tik juodraščiui.} NOT_PUBLISHED {Šis laiškas dar neviešas: pirmiausia jį paskelbkite.} SLUG_TAKEN {Šis adresas jau priskirtas kitam laiškui.} SLUG_FROZEN {Paskelbto laiško adreso keisti negalima.} CLOSING_TIME_PASSED {Prieš atverdami laišką, nustatykite būsimą uždarymo laiką.} LAST_OWNER {Laiškas turi turėti bent vieną savininką: pirmiausia savininku paskirkite ką nors kitą.} ORGANIZER_NOT_FOUND {Nė vienas šio laiško organizatorius neturi šio adreso.} SIGNATURE_NOT_FOUND {Šio parašo nebėra.} other {Nepavyko to atlikti ({code}).}}',

  'ws.letters.title': 'Jūsų laiškai',
  'ws.letters.intro': 'Prisijungta kaip {email}. Išsami API dokumentacija su visais veiksmais, kuriuos galite atlikti su savo laiškais, pateikta adresu <docs>/docs</docs>.',
  'ws.letters.new': 'Naujas laiškas',
  'ws.letters.account': 'Jūsų seansai ir API prieigos raktai',
  'ws.letters.meta': '{summary} · {version, number} versija · /{slug}',
  'ws.letters.none': 'Dar neorganizuojate jokio laiško.',

  'ws.new.title': 'Naujas laiškas',
  'ws.new.save': 'Išsaugoti juodraštį',

  'ws.field.title': 'Pavadinimas',
  'ws.field.addressee': 'Adresatas',
  'ws.field.summary': 'Santrauka',
  'ws.field.summaryHint': '(vienas ar du sakiniai peržiūroms; neprivaloma)',
  'ws.field.language': 'Kalba',
  'ws.field.languageHint': '(pvz., en, fr, zh-Hant)',
  'ws.field.body': 'Tekstas',
  'ws.field.bodyHint': '(Markdown: *kursyvas*, **paryškinimas**, sąrašai, [nuorodos](https://…))',

  'ws.workspace.pageTitle': 'Laiško tvarkymas: {title}',
  'ws.workspace.notPublic': 'dar neviešas',
  'ws.workspace.publicPage': 'viešas puslapis',
  'ws.workspace.publish': 'Paskelbti',
  'ws.workspace.founding': 'Atverti tik pakviestiesiems',
  'ws.workspace.openToAll': 'Atverti visiems',
  'ws.workspace.close': 'Uždaryti',
  'ws.workspace.reopen': 'Vėl atverti',
  'ws.workspace.export': '{addresses, select, yes {Eksportuoti visus parašus (CSV, su adresais)} other {Eksportuoti visus parašus (CSV)}}',
  'ws.workspace.text': 'Tekstas',
  'ws.workspace.editorial': 'Redakcinis pataisymas (rašybos klaidos): signatarų neprašoma sutikti iš naujo',
  'ws.workspace.preview': 'Peržiūra',
  'ws.workspace.save': 'Išsaugoti',

  'ws.queue.heading': 'Moderavimo eilė ({count, number})',
  'ws.queue.sharedMail': '(viešas el. pašto paslaugų teikėjas: tokį adresą gali turėti bet kas)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {įstatymų leidėjų parašai moderuojami} organization {organizacijų parašai moderuojami} individual {privačių asmenų parašai moderuojami} other {{kind}: moderuojama}}',
  'ws.queue.lookalike': '{same, select, yes {Toks pat vardas kaip paskelbto parašo: {name}} other {Panašu į paskelbtą vardą: {name}}}',
  'ws.queue.empty': 'Nėra nieko, kas lauktų sprendimo.',

  'ws.col.name': 'Vardas ir pavardė',
  'ws.col.affiliation': 'Pareigos ir institucija',
  'ws.col.websiteDomain': 'Svetainės domenas',
  'ws.col.mailDomain': 'El. pašto domenas',
  'ws.col.email': 'El. paštas',
  'ws.col.verified': 'Patikrinta',
  'ws.col.heldBecause': 'Sulaikymo priežastis',
  'ws.col.decision': 'Sprendimas',
  'ws.col.kind': 'Tipas',
  'ws.col.country': 'Šalis',
  'ws.col.status': 'Būsena',
  'ws.col.moderation': 'Moderavimas',
  'ws.col.role': 'Vaidmuo',
  'ws.col.since': 'Nuo',
  'ws.col.when': 'Kada',
  'ws.col.who': 'Kas',
  'ws.col.what': 'Ką',
  // review: audit log column for the target of an action, rendered as Objektas
  'ws.col.on': 'Objektas',
  'ws.col.detail': 'Išsami informacija',
  'ws.col.result': 'Rezultatas',
  'ws.col.browser': 'Naršyklė',
  'ws.col.lastSeen': 'Paskutinė veikla',
  'ws.col.action': 'Veiksmas',
  'ws.col.label': 'Pavadinimas',
  'ws.col.created': 'Sukurta',
  'ws.col.lastUsed': 'Paskutinį kartą naudota',

  'ws.invite.heading': 'Pakviesti pasirašyti',
  'ws.invite.result': 'Pakviesta: {invited, number}; jau buvo pakviesta anksčiau: {already, number}.',
  'ws.invite.lineError': 'Eilutė {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV su antraštės eilute:',
  'ws.invite.send': 'Išsiųsti kvietimus',

  'ws.team.heading': 'Organizatoriai',
  'ws.team.yourRole': 'Jūsų vaidmuo: {role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}.',
  'ws.team.email': 'El. paštas',
  'ws.team.role': 'Vaidmuo',
  'ws.team.set': 'Pridėti arba pakeisti',
  'ws.team.remove': 'Pašalinti',

  'ws.signatures.heading': 'Parašai',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Laiško savininkai neatskleidžia signatarų adresų kitiems organizatoriams: matote tik kiekvieno adreso domeną.} other {Laiško savininkai neatskleidžia signatarų adresų kitiems organizatoriams.}}',
  'ws.addresses.audited': 'Kiekvienas signatarų adresų peržiūrėjimas – čia, per API ar juos eksportuojant – registruojamas laiško audito žurnale.',
  'ws.addresses.toggle': 'Kiti organizatoriai (redaktoriai, moderatoriai, stebėtojai) mato signatarų adresus; kitaip moderatoriai mato tik domeną',
  'ws.address.hidden': 'paslėpta',
  'ws.address.hiddenDomain': 'paslėpta (…@{domain})',

  'ws.filter.status': 'Būsena',
  'ws.filter.all': 'visi',
  'ws.filter.search': 'Paieška',
  'ws.filter.submit': 'Filtruoti',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Tikslas',
  'ws.goal.intro':
    'Parašų skaičius, kurio siekiate: visų tipų arba tik vieno tipo („100 įstatymų leidėjų“). Laiško puslapyje rodoma, kiek jau pasiekta, o kai tikslas pasiekiamas, laiško savininkams ir redaktoriams išsiunčiamas pranešimas el. paštu.',
  'ws.goal.count': 'Siekiamas parašų skaičius',
  // review: label of the select whose options are visi parašai and the kinds in the nominative (Įstatymų leidėjai, Organizacijos, Privatūs asmenys)
  'ws.goal.kind': 'Ką skaičiuoti',
  'ws.goal.any': 'visi parašai',
  'ws.goal.save': 'Išsaugoti tikslą',
  // review: no final period, since the date already ends with d. (2026 m. gruodžio 3 d.)
  'ws.goal.reached': 'Tikslas pasiektas {date}',

  // The sign widget partner sites embed (workspace).
  // review: widget rendered valdiklis (the standard Lithuanian term); partner (an NGO or media outlet) rendered partneris
  'ws.widget.heading': 'Pasirašymo valdiklis partnerių svetainėms',
  'ws.widget.intro':
    'Partnerių svetainės gali rodyti šio laiško pasirašymo formą savo puslapiuose. Nurodykite svetaines, kurioms leidžiama ją rodyti, po vieną eilutėje, tada kiekvienam partneriui suteikite atskirą kodą: matysite, kiek žmonių pasirašė per kiekvieną partnerį, bet nieko nesužinosite apie tai, kas pasirašė.',
  'ws.widget.origins': 'Svetainės, kurioms leidžiama rodyti valdiklį (pvz., https://partner.example)',
  'ws.widget.saveOrigins': 'Išsaugoti svetaines',
  'ws.widget.partner': 'Partneris',
  'ws.widget.signatures': 'Parašai',
  'ws.widget.snippet': 'Kodas, kurį reikia įklijuoti į partnerio puslapį',
  'ws.widget.none': 'Partnerių dar nėra.',
  'ws.widget.addPartner': 'Pridėti partnerį',

  'ws.audit.heading': 'Audito žurnalas',
  // review: operator = the operator of the service (instance), not an organizer
  'ws.audit.operator': 'paslaugos operatorius',
  'ws.audit.readAddresses': 'peržiūrėti adresai',
  'ws.audit.readDomains': 'peržiūrėti adresų domenai',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {paslaugos operatorius: peržiūrėti adresų domenai} other {paslaugos operatorius: peržiūrėti adresai}}',

  'ws.note.draftSaved': 'Juodraštis išsaugotas',
  'ws.note.saved': 'Išsaugota',
  'ws.note.status':
    '{status, select, draft {Laiškas dabar yra juodraštis} founding {Laiškas dabar atvertas tik pakviestiesiems} open {Laiškas dabar atvertas pasirašyti} closed {Laiškas dabar uždarytas} other {Laiško būsena dabar: {status}}}',
  'ws.note.moderated': '{decision, select, approve {Parašas patvirtintas} reject {Parašas atmestas} shadow {Parašas atmestas šešėliniu būdu} other {Parašas: {decision}}}',
  'ws.note.addressesShown': 'Kiti organizatoriai dabar mato signatarų adresus',
  'ws.note.addressesHidden': 'Kiti organizatoriai nebemato signatarų adresų',
  'ws.note.removed': 'Pašalinta: {email}',
  'ws.note.goalSaved': 'Tikslas išsaugotas',
  'ws.note.widgetSaved': 'Svetainės, kurioms leidžiama rodyti valdiklį, išsaugotos',
  'ws.note.partnerAdded': 'Partneris pridėtas',
  'ws.note.roleSet': 'Nustatytas vaidmuo: {email} – {role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}',

  'ws.account.title': 'Jūsų paskyra',
  'ws.account.sessions': 'Seansai',
  'ws.account.thisOne': '(šis)',
  'ws.account.end': 'Baigti',
  'ws.account.tokens': 'API prieigos raktai',
  'ws.account.newToken': 'Jūsų naujas prieigos raktas (rodomas tik dabar): <code>{token}</code>',
  'ws.account.revoke': 'Atšaukti',
  'ws.account.label': 'Pavadinimas',
  'ws.account.labelPlaceholder': 'nešiojamasis kompiuteris, importavimo scenarijus…',
  'ws.account.create': 'Sukurti prieigos raktą',

  'ws.login.title': 'Prisijungimas',
  'ws.login.intro': 'Organizatoriai prisijungia el. paštu atsiųsta nuoroda: nėra slaptažodžio, kurį būtų galima pavogti ar pamiršti.',
  'ws.login.email': 'Jūsų el. paštas',
  'ws.login.send': 'Atsiųsti man prisijungimo nuorodą',
  'ws.loginSent.title': 'Patikrinkite el. paštą',
  'ws.loginSent.body':
    'Jei šis adresas priklauso organizatoriui, prisijungimo nuoroda jau išsiųsta. Ją galima panaudoti vieną kartą per {minutes, plural, one {# minutę} few {# minutes} many {# minutės} other {# minučių}}.',
  'ws.loginConfirm.title': 'Prisijungti prie Undersigned',
  'ws.loginConfirm.button': 'Prisijungti',

  'ws.versions.pageTitle': 'Istorija: {title}',
  'ws.versions.title': 'Laiško „{title}“ istorija',
  'ws.versions.intro':
    'Visos teksto versijos nuo tada, kai jis buvo pirmą kartą pasirašytas. Redakciniams pataisymams (rašybos klaidoms) naujo signatarų sutikimo nereikia; po kitų pakeitimų visų anksčiau pasirašiusiųjų prašoma sutikti iš naujo.',
  'ws.versions.version': '{version, number} versija',
  'ws.versions.editorial': 'redakcinis pataisymas',
  'ws.versions.first': 'Pirmasis tekstas.',
  'ws.versions.back': 'Grįžti prie laiško',
  // review: language name is inserted in brackets to avoid case agreement
  'ws.versions.translationHistory': 'Vertimo istorija ({language})',
  'ws.versions.revision': 'Redakcija {revision, number}, {version, number} versijos vertimas',
  'ws.versions.current': 'dabartinė',
  'ws.versions.revisionOutdated': 'Ši redakcija atitinka ankstesnę teksto versiją.',
  'ws.versions.firstTranslation': 'Pirmasis vertimas.',
  'ws.diff.field': '{field, select, title {Pavadinimas} addressee {Adresatas} summary {Santrauka} body {Tekstas} other {{field}}}',

  'ws.mail.hello': 'Sveiki,',
  // review: the name stays in the nominative (no vocative), as it is inserted as given
  'ws.mail.helloName': 'Sveiki, {name},',
  'ws.mail.signIn': 'Prisijungti',
  'ws.mail.footer': 'Šį pranešimą atvirų laiškų organizatoriui išsiuntė Undersigned.',
  'ws.mail.login.subject': 'Jūsų prisijungimo prie Undersigned nuoroda',
  'ws.mail.login.title': 'Prisijungimas',
  'ws.mail.login.asked': 'Kažkas, tikriausiai jūs, paprašė prisijungti prie Undersigned kaip {email}.',
  'ws.mail.login.openLink': 'Arba atidarykite šią nuorodą: <link>{url}</link>',
  'ws.mail.login.once':
    'Ją galima panaudoti vieną kartą per {minutes, plural, one {# minutę} few {# minutes} many {# minutės} other {# minučių}}. Jei jos neprašėte, nekreipkite dėmesio į šį pranešimą.',
  'ws.mail.login.textLink': 'Prisijungti (nuorodą galima panaudoti vieną kartą per {minutes, plural, one {# minutę} few {# minutes} many {# minutės} other {# minučių}}):',
  'ws.mail.login.ignore': 'Jei jos neprašėte, nekreipkite dėmesio į šį pranešimą.',
  'ws.mail.added.subject': 'Jums suteiktas vaidmuo „{role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}“: {title}',
  'ws.mail.added.body':
    'Platformoje Undersigned jums suteiktas atviro laiško <strong>{title}</strong> vaidmuo: <strong>{role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}</strong>.',
  'ws.mail.added.bodyText':
    'Platformoje Undersigned jums suteiktas atviro laiško „{title}“ vaidmuo: {role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}.',
  'ws.mail.added.link':
    'Nuorodą galima panaudoti vieną kartą per {minutes, plural, one {# minutę} few {# minutes} many {# minutės} other {# minučių}}; vėliau naujos nuorodos paprašykite prisijungimo puslapyje. Laiško darbo sritis: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Prisijungti (nuorodą galima panaudoti vieną kartą per {minutes, plural, one {# minutę} few {# minutes} many {# minutės} other {# minučių}}; vėliau naujos nuorodos paprašykite prisijungimo puslapyje):',
  'ws.mail.added.workspace': 'Laiško darbo sritis: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Tikslas pasiektas: {title}',
  // review: participle agreement in the every-signature branch (surinktas/surinkti/surinkta), as in pictures.timelineAlt
  'ws.mail.goal.body':
    'Laiškas <letter>{title}</letter> pasiekė savo tikslą: {kind, select, legislator {{goal, plural, one {jį pasirašė # įstatymų leidėjas} few {jį pasirašė # įstatymų leidėjai} many {jį pasirašė # įstatymų leidėjo} other {jį pasirašė # įstatymų leidėjų}}} organization {{goal, plural, one {jį pasirašė # organizacija} few {jį pasirašė # organizacijos} many {jį pasirašė # organizacijos} other {jį pasirašė # organizacijų}}} individual {{goal, plural, one {jį pasirašė # privatus asmuo} few {jį pasirašė # privatūs asmenys} many {jį pasirašė # privataus asmens} other {jį pasirašė # privačių asmenų}}} other {{goal, plural, one {surinktas # parašas} few {surinkti # parašai} many {surinkta # parašo} other {surinkta # parašų}}}}.',
  'ws.mail.goal.bodyText':
    'Laiškas „{title}“ pasiekė savo tikslą: {kind, select, legislator {{goal, plural, one {jį pasirašė # įstatymų leidėjas} few {jį pasirašė # įstatymų leidėjai} many {jį pasirašė # įstatymų leidėjo} other {jį pasirašė # įstatymų leidėjų}}} organization {{goal, plural, one {jį pasirašė # organizacija} few {jį pasirašė # organizacijos} many {jį pasirašė # organizacijos} other {jį pasirašė # organizacijų}}} individual {{goal, plural, one {jį pasirašė # privatus asmuo} few {jį pasirašė # privatūs asmenys} many {jį pasirašė # privataus asmens} other {jį pasirašė # privačių asmenų}}} other {{goal, plural, one {surinktas # parašas} few {surinkti # parašai} many {surinkta # parašo} other {surinkta # parašų}}}}.',
} satisfies WorkspaceCatalog;
