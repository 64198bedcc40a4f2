import type { WorkspaceCatalog } from '../en/site-type.js';

/** Lithuanian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: viewer (read-only co-organizer) rendered as stebėtojas; roles are used in the nominative throughout
  'ws.role': '{role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}',
  'ws.kind': '{kind, select, legislator {įstatymų leidėjas} organization {organizacija} individual {privatus asmuo} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {laukia patvirtinimo} confirmed {patvirtintas} withdrawn {atšauktas} fraudulent {suklastotas} other {{status}}}',
  // review: shadow (the signer saw success, but the signature is never shown or counted) rendered as atmestas šešėliniu būdu
  'ws.moderation': '{state, select, none {nėra} pending {laukia sprendimo} approved {paskelbtas} rejected {atmestas} shadow {paslėptas} other {{state}}}',
  'ws.verification': '{by, select, domain {pagal domeną} invited {pakviestas} approved {patvirtintas} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {pagal domeną} invited {pakviestas} approved {patvirtintas} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Paskelbti} reject {Atmesti (signatarui pranešama)} shadow {Paslėpti (signatarui el. laiškas nesiunčiamas)} other {{decision}}}',

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
    '{field, select, title {Pavadinimas} addressee {Adresatas} summary {Santrauka} language {Kalba} body {Tekstas} slug {Adresas} closesAt {Uždarymo laikas} email {El. paštas} role {Vaidmuo} label {Pavadinimas} origins {Svetainės} goal {Siekiamas parašų skaičius} signerKinds {Kas gali pasirašyti} moderatedKinds {Sulaikoma moderuoti} group {Grupė} csv {Sąrašas} name {Vardas ir pavardė} kind {Tipas} country {Šalis} parliament {Parlamentas} party {Partija} organization {Organizacija} website {Interneto svetainė} recipientId {Siuntėjas} receivedOn {Atsakymo data} text {Atsakymas} file {Dokumentai} replyWaitDays {Dienos iki „be atsakymo“} other {Šis laukas}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: šį lauką būtina užpildyti.} tooLong {{field}: per ilgas tekstas.} email {{field}: tai nėra el. pašto adresas.} website {{field}: tai nėra interneto adresas.} noLink {{field}: interneto adresai čia neleidžiami.} noLetter {{field}: turi būti bent viena raidė arba skaitmuo.} choose {{field}: pasirinkite vieną iš galimybių.} languageTag {{field}: tai nėra kalbos kodas (pvz., en, fr arba zh-Hant).} future {{field}: laikas turi būti ateityje.} ownLanguage {{field}: tai paties laiško kalba; verčiau redaguokite patį laišką.} date {{field}: tai nėra data.} notFuture {{field}: data negali būti ateityje.} unknownAddressee {{field}: pasirinkite vieną iš laiško adresatų.} tooMany {{field}: prie atsakymo galima pridėti ne daugiau kaip penkis dokumentus.} days {{field}: turi būti sveikasis dienų skaičius nuo 1 iki 365.} other {{field}: netinkama reikšmė; patikrinkite, ką įrašėte.}}} KIND_NOT_ACCEPTED {Šio tipo asmenys negali pasirašyti šio laiško.} DUPLICATE {Tas pats adresas šiame sąraše jau nurodytas anksčiau.} INVALID_CSV {{reason, select, columns {Nežinomi stulpeliai: {columns}. Pirmoje eilutėje nurodomi stulpelių pavadinimai, pasirinkti iš šių: {expected}.} tooMany {Didžiausias vienu metu kviečiamų asmenų skaičius: {max, number}.} other {Sąrašo nepavyko perskaityti kaip CSV.}}} NOT_TAKING_SIGNATURES {Kvietimus galima siųsti tik tada, kai laiškas yra steigiamajame etape arba atviras.} LETTER_CLOSED {Šis laiškas uždarytas, todėl sulaikyti parašai į jį neįtraukiami.} ALREADY_PUBLISHED {Steigiamąjį etapą galima pradėti tik juodraščiui.} NO_RECIPIENTS {Prieš siųsdami laišką, pridėkite adresatų.} NOT_PUBLISHED {Šis laiškas dar neviešas: pirmiausia jį paskelbkite.} SLUG_TAKEN {Šis adresas jau priskirtas kitam laiškui.} SLUG_FROZEN {Paskelbto laiško adreso keisti negalima.} CLOSING_TIME_PASSED {Prieš atverdami laišką, nustatykite būsimą uždarymo laiką.} LAST_OWNER {Laiškas turi turėti bent vieną savininką: pirmiausia savininku paskirkite ką nors kitą.} ORGANIZER_NOT_FOUND {Nė vienas šio laiško organizatorius neturi šio adreso.} SIGNATURE_NOT_FOUND {Šio parašo nebėra.} UNSUPPORTED_FILE {{field}: kiekvienas dokumentas turi būti PDF arba paveikslėlis (PNG, JPEG, GIF arba WebP).} FILE_TOO_LARGE {{field}: kiekvienas dokumentas gali būti ne didesnis kaip 10 MB.} REPLY_NOT_QUEUED {Šis atsakymas jau paskelbtas arba atmestas.} other {Nepavyko to atlikti ({code}).}}',

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
  'ws.queue.sharedMail': '(bendras el. pašto paslaugų teikėjas: adresą jame gali turėti bet kas)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {šio laiško įstatymų leidėjų parašai moderuojami} organization {šio laiško organizacijų parašai moderuojami} individual {šio laiško privačių asmenų parašai moderuojami} other {{kind}: šiam laiškui moderuojama}}',
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

  'ws.note.draftSaved': 'Juodraštis išsaugotas',
  'ws.note.saved': 'Išsaugota',
  'ws.note.status':
    '{status, select, draft {Laiškas yra juodraštis} founding {Laiškas atvertas tik pakviestiesiems} open {Laiškas atvertas: pasirašyti gali bet kas} closed {Laiškas uždarytas: niekas negali pasirašyti} other {Laiško būsena: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {Parašas paskelbtas} reject {Parašas atmestas; signatarui pranešta} shadow {Parašas paslėptas; signatarui nepranešta} other {Sprendimas užregistruotas}}',
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

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Nustatymai išsaugoti',
  'ws.note.translationSaved': 'Vertimas išsaugotas',
  'ws.note.recipientsAdded': '{count, plural, one {Pridėtas # adresatas} few {Pridėti # adresatai} many {Pridėta # adresato} other {Pridėta # adresatų}}',
  'ws.note.deliveryQueued': '{count, plural, one {Laiškas siunčiamas # adresatui} few {Laiškas siunčiamas # adresatams} many {Laiškas siunčiamas # adresato} other {Laiškas siunčiamas # adresatų}}',
  // review: “kaip suklastotas” agrees with parašas in each plural branch (suklastotas, suklastoti, suklastoto, suklastotų); the same in ws.invalidate.* and ws.audit.did
  'ws.note.invalidated':
    '{count, plural, one {# parašas pažymėtas kaip suklastotas} few {# parašai pažymėti kaip suklastoti} many {# parašo pažymėta kaip suklastoto} other {# parašų pažymėta kaip suklastotų}}',
  'ws.diff.added': 'pridėta:',
  'ws.diff.removed': 'pašalinta:',
  'ws.diff.formatted': 'pakeistas formatavimas:',
  'ws.diff.unchanged': '{count, plural, one {… # nepakeista pastraipa …} few {… # nepakeistos pastraipos …} many {… # nepakeistos pastraipos …} other {… # nepakeistų pastraipų …}}',
  'ws.diff.sameReading': 'Pakeistas tik šaltinio žymėjimas: tekstas skamba taip pat.',
  'ws.section':
    '{section, select, text {Tekstas} settings {Nustatymai} translations {Vertimai} signatures {Parašai} invite {Kvietimai} delivery {Išsiuntimas} replies {Atsakymai} updates {Naujienos} team {Komanda} share {Dalijimasis} audit {Audito žurnalas} other {{section}}}',
  // review: placeholders only: the English “{section}: {title}” fails the not-English test, so an en dash is used
  'ws.section.pageTitle': '{section} – {title}',
  'ws.nav.label': 'Darbo sritis',
  'ws.workspace.history': 'Teksto istorija',
  'ws.workspace.previewHeading': 'Peržiūra: laiškas taip, kaip jį matys skaitytojai (dar neišsaugota)',
  'ws.header.label': 'Jūsų paskyra',
  'ws.header.letters': 'Jūsų laiškai',
  'ws.header.account': 'Paskyra',
  'ws.header.signOut': 'Atsijungti',
  'ws.login.signedOut': 'Atsijungėte.',
  'ws.addresses.heading': 'Signatarų adresai',
  'ws.confirm.cancel': 'Atšaukti',
  'ws.confirm.heading':
    '{step, select, publish {Paskelbti laišką?} openToAll {Atverti laišką visiems?} founding {Atverti laišką tik pakviestiesiems?} close {Uždaryti laišką?} reopen {Vėl atverti laišką?} other {Tęsti?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Laiškas taps viešas adresu {url}: bet kas galės jį perskaityti ir pasirašyti.\nKiekvienas parašas prieš įskaičiuojant patvirtinamas el. paštu; vardai rodomi viešame sąraše.\nTekstą vis tiek galėsite taisyti; po esminio pakeitimo visų signatarų bus prašoma sutikti iš naujo.} openToAll {Laiškas taps viešas adresu {url}: perskaityti ir pasirašyti jį galės bet kas, ne tik pakviestieji.\nJau pasirašę pakviestieji lieka sąraše, pirmieji.} founding {Pasirašyti gali tik jūsų pakviesti žmonės; laiškas lieka paslėptas nuo visuomenės.\nVisiems jį atversite vėliau mygtuku „Paskelbti“.} close {Niekas nebegalės pasirašyti; laiškas ir jo sąrašas liks vieši adresu {url}.\nVėliau galėsite jį vėl atverti.} reopen {Pasirašymas vėl atveriamas adresu {url}.} other {Šio veiksmo atšaukti negalima.}}',
  'ws.confirm.button':
    '{step, select, publish {Paskelbti dabar} openToAll {Atverti visiems dabar} founding {Atverti pakviestiesiems} close {Uždaryti laišką} reopen {Vėl atverti dabar} other {Tęsti}}',
  'ws.share.embedHeading': 'Skaitiklis kitoms svetainėms',
  'ws.share.embedIntro': 'Nedidelis langelis su parašų skaičiumi ir nuoroda į laišką, kurį kitos svetainės gali įklijuoti savo puslapiuose.',
  'ws.team.removeHeading': 'Pašalinti iš laiško organizatorių: {who}?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {{role}}}) nebegalės atidaryti šios darbo srities ir atlikti veiksmų su laišku.\nTai, ką šis asmuo atliko, lieka audito žurnale.\nVėliau galėsite jį vėl pridėti.',
  'ws.team.removeButton': 'Pašalinti',
  'ws.settings.heading': 'Pasirašymas',
  'ws.settings.closesAt': 'Uždarymo laikas (UTC)',
  'ws.settings.closesAtHint': 'Data ir laikas nurodomi UTC (suderintuoju pasauliniu laiku), o ne jūsų vietos laiku. Tuo metu pasirašymas baigiamas. Jei uždarymo laiko nereikia, palikite tuščią.',
  'ws.settings.signerKinds': 'Kas gali pasirašyti (bent vienas tipas)',
  'ws.settings.moderatedKinds': 'Sulaikoma moderuoti',
  'ws.settings.moderatedHint': 'Šių tipų parašai, prieš juos parodant ar įskaičiuojant, laukia organizatoriaus patvirtinimo.',
  'ws.settings.save': 'Išsaugoti nustatymus',
  'ws.translations.intro': 'Laiškas kitomis kalbomis. Signatarai sutinka su originaliu tekstu; vertimas atitinka vieną jo versiją ir pažymimas kaip pasenęs, kai atsiranda naujesnė originalo versija.',
  'ws.translations.none': 'Vertimų dar nėra.',
  'ws.translations.col.language': 'Kalba',
  'ws.translations.col.title': 'Pavadinimas',
  'ws.translations.col.follows': 'Atitinka',
  'ws.translations.col.state': 'Būsena',
  'ws.translations.col.links': 'Nuorodos',
  'ws.translations.follows': '{version, number} versija',
  'ws.translations.outdated': 'pasenęs: dabartinė laiško versija – {version, number}',
  'ws.translations.upToDate': 'naujausias',
  'ws.translations.edit': 'redaguoti',
  'ws.translations.read': 'viešas tekstas',
  'ws.translations.formHeading': 'Pridėti arba atnaujinti vertimą',
  'ws.translations.formIntro':
    'Išsaugojus vertimą į kalbą, kuri jau turi vertimą, ankstesnis pakeičiamas (ankstesni tekstai lieka viešoje istorijoje). Išsaugotas vertimas atitinka dabartinę versiją – {version, number}.',
  'ws.translations.language': 'Kalba',
  'ws.translations.chooseLanguage': 'Pasirinkite kalbą',
  'ws.translations.addresseeHint': '(neprivaloma; jei tuščia – kaip originale)',
  'ws.translations.previewHeading': 'Peržiūra: vertimas taip, kaip jį matys skaitytojai (dar neišsaugota)',
  'ws.translations.save': 'Išsaugoti vertimą',
  'ws.account.publicName': 'Jūsų viešas vardas arba organizacija',
  'ws.account.publicNameLabel': 'Vardas arba organizacija',
  'ws.account.publicNameHint':
    'Šiuo vardu laiško savininkai nurodomi kvietimuose pasirašyti ir išsiųstame laiške. Jei jo nėra, rašoma „laiško organizatoriai“; signatarai ir adresatai niekada nemato jūsų el. pašto adreso.',
  'ws.account.saveName': 'Išsaugoti vardą',
  'ws.mail.footer.login':
    'Šį pranešimą gavote, nes jūs arba kažkas, kas įvedė šį adresą, paprašė juo prisijungti prie Undersigned. Jei tai buvote ne jūs, nekreipkite dėmesio į šį pranešimą: be nuorodos niekas neprisijungs.',
  'ws.mail.footer.added': 'Šį pranešimą gavote, nes {known, select, yes {{by}} other {vienas iš laiško savininkų}} pridėjo šį adresą prie laiško „{title}“ organizatorių platformoje Undersigned.',
  'ws.mail.footer.goal': 'Šį pranešimą gavote, nes platformoje Undersigned organizuojate laišką „{title}“ kaip jo savininkas arba redaktorius.',
  'ws.delivery.intro': 'Asmenys ar institucijos, kuriems skirtas laiškas. Kiekvienas jį gauna el. paštu savo kalba, su pridėtu PDF, kuriame yra tekstas ir jo signatarai.',
  'ws.delivery.addressees': 'Adresatai ({count, number})',
  'ws.delivery.none': 'Adresatų dar nėra: pridėkite juos žemiau po vieną arba sąrašu.',
  'ws.delivery.col.group': 'Grupė',
  'ws.delivery.col.language': 'Kalba',
  'ws.delivery.col.state': 'Išsiuntimas',
  'ws.delivery.state': '{state, select, queued {Eilėje} sent {Išsiųsta} failed {Nepavyko} other {Neišsiųsta}}',
  'ws.delivery.failed':
    'Nepavyko: {why, select, refused {adresato pašto serveris atmetė pranešimą.} unreachable {nepavyko susisiekti su adresato pašto serveriu.} other {pranešimo išsiųsti nepavyko.}}',
  'ws.delivery.count': '{state, select, sent {išsiųsta: {count, number}} queued {eilėje: {count, number}} failed {nepavyko: {count, number}} other {neišsiųsta: {count, number}}}',
  'ws.delivery.progressHeading': 'Paskutinis išsiuntimas',
  'ws.delivery.progress': 'Išsiųsta {sent, number} iš {total, number}, laukia išsiuntimo: {queued, number}, nepavyko: {failed, number}.',
  'ws.delivery.notPublic': 'Laiškas išsiunčiamas, kai jis tampa viešas: pirmiausia jį paskelbkite. Adresatus galite pridėti jau dabar.',
  'ws.delivery.readOnly': 'Adresatus prideda ir laišką siunčia tik laiško savininkai ir redaktoriai.',
  'ws.delivery.previewLink': 'Peržiūrėti pranešimus, tada siųsti',
  'ws.delivery.addHeading': 'Pridėti adresatą',
  'ws.delivery.name': 'Vardas arba pavadinimas',
  'ws.delivery.email': 'El. paštas',
  'ws.delivery.language': 'Kalba',
  'ws.delivery.group': 'Grupė (neprivaloma, pvz., regionas)',
  'ws.delivery.add': 'Pridėti adresatą',
  'ws.delivery.importHeading': 'Pridėti daug adresatų iš sąrašo',
  'ws.delivery.csvLabel': 'Įklijuokite CSV: po vieną adresatą eilutėje, po pirmosios eilutės su stulpelių pavadinimais (kalba: kodas, pvz., en arba fr; jei tuščia – laiško kalba):',
  'ws.delivery.import': 'Pridėti šiuos adresatus',
  'ws.delivery.importResult':
    '{added, plural, one {Pridėtas # adresatas} few {Pridėti # adresatai} many {Pridėta # adresato} other {Pridėta # adresatų}}; {already, plural, =0 {nė vieno iš jų sąraše dar nebuvo} one {# jau buvo sąraše} few {# jau buvo sąraše} many {# jau buvo sąraše} other {# jau buvo sąraše}}. Toliau nurodytos eilutės nepriimtos:',
  'ws.delivery.lineError': 'Eilutė {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Pranešimai prieš išsiuntimą',
  'ws.delivery.previewIntro': 'Kiekvienas adresatas gaus žemiau pateiktą pranešimą savo kalba, su kreipiniu jo paties vardu ir pridėtu PDF. Niekas neišsiunčiama, kol nepatvirtinsite.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# adresatas} few {# adresatai} many {# adresato} other {# adresatų}}',
  'ws.delivery.previewAs': 'Rodoma taip, kaip gaus {name}.',
  // review: {language} is the language’s own name (français, Deutsch), hence in parentheses
  'ws.delivery.noTranslation': 'Laiškas neturi vertimo į šią kalbą: tekstas siunčiamas originalo kalba ({language}).',
  'ws.delivery.subject': 'Tema',
  'ws.delivery.textBody': 'Pranešimas',
  'ws.delivery.htmlBody': 'Peržiūrėti pranešimą taip, kaip jis suformatuotas el. pašto programoms',
  'ws.delivery.pdf': 'Pridėtas PDF ({language})',
  'ws.delivery.previewNone': 'Adresatų dar nėra: pirmiausia juos pridėkite.',
  'ws.delivery.previewDraft': 'Pranešimus galima parodyti, kai laiškas tampa viešas: pirmiausia jį paskelbkite.',
  'ws.delivery.send': '{count, plural, one {Siųsti # adresatui} few {Siųsti # adresatams} many {Siųsti # adresato} other {Siųsti # adresatų}}',
  'ws.delivery.back': 'Grįžti prie adresatų',
  'ws.delivery.confirmHeading': '{count, plural, one {Siųsti laišką # adresatui?} few {Siųsti laišką # adresatams?} many {Siųsti laišką # adresato?} other {Siųsti laišką # adresatų?}}',
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {gaus} few {gaus} many {gaus} other {gaus}} tekstą ({language}) su pridėtu jo PDF ({language}).',
  'ws.delivery.andMore': '{count, plural, one {dar # kitas} few {dar # kiti} many {dar # kito} other {dar # kitų}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {# iš jų jau gavo laišką ir gaus jį dar kartą.} few {# iš jų jau gavo laišką ir gaus jį dar kartą.} many {# iš jų jau gavo laišką ir gaus jį dar kartą.} other {# iš jų jau gavo laišką ir gaus jį dar kartą.}}',
  'ws.delivery.confirmRecall': 'Išsiųsto pranešimo atšaukti nebegalima.',
  'ws.delivery.confirmPublic': 'Tada viešame laiško puslapyje bus nurodytas kiekvienas adresatas vardu ir kada laiškas jį pasiekė, bet niekada – jo adresas.',
  'ws.delivery.confirmButton': '{count, plural, one {Siųsti dabar # adresatui} few {Siųsti dabar # adresatams} many {Siųsti dabar # adresato} other {Siųsti dabar # adresatų}}',
  'ws.queue.intro':
    'Šie parašai laukia sprendimo, kol bus parodyti ar įskaičiuoti. „Paskelbti“ įtraukia parašą į sąrašą; „Atmesti“ jo neįtraukia ir praneša signatarui; „Paslėpti“ jo neįtraukia, signatarui nieko nepranešant.',
  'ws.queue.readOnly': 'Dėl sulaikytų parašų sprendžia tik laiško savininkai ir moderatoriai.',
  'ws.held.claims': 'Prisistato kaip',
  'ws.held.wroteFrom': 'Rašė iš',
  'ws.held.website': 'Svetainė',
  'ws.held.noWebsite': 'nenurodyta',
  'ws.held.verification': 'Patikrinimas',
  'ws.held.verifiedBy': '{by, select, domain {Taip: pagal el. pašto domeną {domain}} invited {Taip: pasirašyta pagal kvietimą} approved {Taip: patvirtino moderatorius} other {Taip: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Ne: el. pašto domenas nepriklauso nurodytam parlamentui} organization {{website, select, no {Ne: nenurodyta svetainė, su kuria būtų galima palyginti el. pašto domeną} other {{shared, select, yes {Ne: pas bendrą el. pašto paslaugų teikėją adresą gali turėti bet kas} other {Ne: el. pašto domenas nesutampa su svetainės domenu}}}}} individual {Ne: privatūs asmenys patikrinami tik per kvietimą} other {Ne}}',
  'ws.held.why': 'Sulaikymo priežastis',
  'ws.held.similar': 'Panašūs vardai sąraše',
  'ws.held.noSimilar': 'nėra',
  'ws.held.signed': 'Pasirašyta',
  // review: network fingerprint = tinklo atspaudas (the keyed hash of the network address, cf. withdraw.networkFingerprint)
  'ws.held.network': 'Tinklo atspaudas',
  'ws.decide.label': 'Sprendimas dėl parašo: {name}',
  'ws.decide.publish': 'Paskelbti',
  'ws.decide.reject': 'Atmesti (signatarui pranešama)',
  'ws.decide.hide': 'Paslėpti',
  'ws.decide.hideHint': '(signatarui el. laiškas nesiunčiamas; naudokite piktnaudžiavimo atvejais. Kaip ir kiekvienas pašalinimas, jei parašas buvo sąraše, tai užregistruojama viešame žurnale)',
  'ws.decide.heading': '{decision, select, reject {Atmesti parašą: {who}?} shadow {Paslėpti parašą: {who}?} other {Priimti sprendimą dėl parašo: {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}) lieka už laiško sąrašo ir visų skaičiavimų ribų{listed, select, yes {: parašas dabar pašalinamas iš sąrašo} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} gaus el. laišką, kad laiško organizatoriai parašo nepriėmė.} other {{who}: el. laiško išsiųsti negalima, nes adresas nebesaugomas.}}} shadow {{who} negaus el. laiško: signatarui parašas vis dar atrodo priimtas. Naudokite tai piktnaudžiavimo atvejais, kai pranešimas signatarui tik paskatintų bandyti dar kartą.} other {}}\n{listed, select, yes {Viešame žurnale užregistruojamas pašalinimas, kaip ir kiekvieno pašalinimo atveju.} other {Parašas niekada nebuvo viešame sąraše, todėl viešame žurnale apie jį nieko neregistruojama.}}',
  'ws.decide.button': '{decision, select, reject {Atmesti ir pranešti signatarui} shadow {Paslėpti nepranešant signatarui} other {Priimti sprendimą}}',
  'ws.invalidate.heading': 'Pažymėti parašų antplūdį kaip suklastotą',
  'ws.invalidate.intro':
    'Netikrų parašų antplūdžiui: nurodykite el. pašto domeną, laiko intervalą, tinklo atspaudą arba kelis iš jų (parašas turi atitikti viską, ką nurodote). Pirmiausia pamatysite, kiek parašų atitinka; niekas nepasikeis, kol nepatvirtinsite.',
  'ws.invalidate.domain': 'El. pašto domenas (pvz., example.org)',
  'ws.invalidate.window': 'Pasirašyta per šį laiko intervalą (UTC)',
  'ws.invalidate.from': 'Nuo',
  'ws.invalidate.to': 'Iki (neįskaitant)',
  'ws.invalidate.network': 'Tinklo atspaudas (kaip rodomas prie sulaikyto parašo)',
  'ws.invalidate.preview': 'Peržiūrėti',
  'ws.invalidate.result':
    '{result, select, none {Nurodykite el. pašto domeną, laiko intervalą arba tinklo atspaudą: be jų niekas neatitinka.} nothing {Šiuos kriterijus atitinkančių parašų nėra: niekas nepakeista.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {El. pašto domenas: tai nėra domeno vardas (pvz., example.org).} from {Nuo: tai nėra data ir laikas.} to {Iki: tai nėra data ir laikas.} ipHash {Tinklo atspaudas: tai nėra tinklo atspaudas (nuo 8 iki 32 raidžių, skaitmenų, - arba _).} other {Kriterijų nepavyko perskaityti; patikrinkite juos.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, one {Pažymėti # parašą kaip suklastotą?} few {Pažymėti # parašus kaip suklastotus?} many {Pažymėti # parašo kaip suklastoto?} other {Pažymėti # parašų kaip suklastotų?}}',
  'ws.invalidate.matching': 'Atitinkantys parašai: {criteria}.',
  'ws.invalidate.byDomain': 'el. pašto domenas {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {pasirašyti nuo {from} iki {to}} from {pasirašyti nuo {from}} other {pasirašyti prieš {to}}}',
  'ws.invalidate.byNetwork': 'tinklo atspaudas {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {Jis pažymimas kaip suklastotas: kurį laiką saugomas tyrimui, tada ištrinamas; jo atkurti negalima.} few {Jie pažymimi kaip suklastoti: kurį laiką saugomi tyrimui, tada ištrinami; jų atkurti negalima.} many {Jie pažymimi kaip suklastoti: kurį laiką saugomi tyrimui, tada ištrinami; jų atkurti negalima.} other {Jie pažymimi kaip suklastoti: kurį laiką saugomi tyrimui, tada ištrinami; jų atkurti negalima.}}\nTie, kurie yra viešame sąraše, iš jo iškart pašalinami, o skaičiai sumažėja.\nViešame žurnale užregistruojamas kiekvienas pašalinimas iš sąrašo, kaip ir visada.\nSignatarams el. laiškai nesiunčiami.',
  'ws.invalidate.button':
    '{count, plural, one {Pažymėti # parašą kaip suklastotą} few {Pažymėti # parašus kaip suklastotus} many {Pažymėti # parašo kaip suklastoto} other {Pažymėti # parašų kaip suklastotų}}',
  // review: names stay in the nominative: {signer} and {member} after a colon (“paskelbė parašą: {signer}”), {language} in parentheses as in ws.versions.translationHistory; roles in the nominative
  'ws.audit.did':
    '{kind, select, create {{who} sukūrė laiško juodraštį} edit {{editorial, select, yes {{who} pataisė tekstą (redakcinis pataisymas: niekieno neprašoma sutikti iš naujo)} other {{who} redagavo tekstą}}} publish {{who} paskelbė laišką} close {{who} uždarė laišką} founding {{who} atvėrė steigiamąjį etapą pakviestiesiems} approve {{who} paskelbė parašą: {signer}} reject {{who} atmetė parašą: {signer}} shadow {{who} paslėpė parašą: {signer}} moderate {{who} priėmė sprendimą dėl parašo: {signer}} invalidate {{counted, select, yes {{who} pažymėjo {count, plural, one {# parašą kaip suklastotą} few {# parašus kaip suklastotus} many {# parašo kaip suklastoto} other {# parašų kaip suklastotų}}} other {{who} pažymėjo parašus kaip suklastotus}}} invalidatePreview {{counted, select, yes {{who} ieškojo parašų, kuriuos pažymėti kaip suklastotus ({count, plural, one {# atitikmuo} few {# atitikmenys} many {# atitikmens} other {# atitikmenų}})} other {{who} ieškojo parašų, kuriuos pažymėti kaip suklastotus}}} invite {{counted, select, yes {{who} pakvietė {count, plural, one {# signatarą} few {# signatarus} many {# signataro} other {# signatarų}}} other {{who} pakvietė signatarus}}} addOrganizer {{who} pridėjo organizatorių: {member} ({role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {organizatorius}})} setRole {{who} pakeitė organizatoriaus vaidmenį: {member} – {role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {organizatorius}}} removeOrganizer {{who} pašalino organizatorių: {member}} goal {{goalSet, select, yes {{who} nustatė tikslą: {goalKind, select, legislator {{goal, plural, one {# įstatymų leidėjas} few {# įstatymų leidėjai} many {# įstatymų leidėjo} other {# įstatymų leidėjų}}} organization {{goal, plural, one {# organizacija} few {# organizacijos} many {# organizacijos} other {# organizacijų}}} individual {{goal, plural, one {# privatus asmuo} few {# privatūs asmenys} many {# privataus asmens} other {# privačių asmenų}}} other {{goal, plural, one {# parašas} few {# parašai} many {# parašo} other {# parašų}}}}} no {{who} pašalino tikslą} other {{who} pakeitė tikslą}}} settings {{who} pakeitė laiško nustatymus} translation {{who} išsaugojo vertimą ({language})} recipients {{counted, select, yes {{who} pridėjo {count, plural, one {# adresatą} few {# adresatus} many {# adresato} other {# adresatų}}} other {{who} pridėjo adresatų}}} deliver {{counted, select, yes {{who} išsiuntė laišką {count, plural, one {# adresatui} few {# adresatams} many {# adresato} other {# adresatų}}} other {{who} išsiuntė laišką jo adresatams}}} widget {{who} pakeitė svetaines, kurioms leidžiama rodyti pasirašymo valdiklį} partner {{who} pridėjo pasirašymo valdiklio partnerį} addressesShown {{who} leido kitiems organizatoriams matyti signatarų adresus} addressesHidden {{who} nebeleido kitiems organizatoriams matyti signatarų adresų} readAddresses {{source, select, page {{who} darbo srityje peržiūrėjo {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresus} other {{who} per API peržiūrėjo {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresus}}} readDomains {{source, select, page {{who} darbo srityje peržiūrėjo {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresų domenus} other {{who} per API peržiūrėjo {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresų domenus}}} export {{domainsOnly, select, yes {{who} eksportavo parašus kaip CSV su {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresų domenais} other {{who} eksportavo parašus kaip CSV su {count, plural, one {# signataro} few {# signatarų} many {# signataro} other {# signatarų}} adresais}}} recordReply {{who} užregistravo paštu arba asmeniškai gautą adresato atsakymą ir jį paskelbė} publishReply {{who} paskelbė el. paštu gautą adresato atsakymą} dismissReply {{who} atmetė el. paštu gautą atsakymą} writeUpdate {{who} parašė naujieną signatarams} updateTranslation {{who} išsaugojo naujienos vertimą ({language})} sendUpdate {{counted, select, yes {{who} išsiuntė naujieną {count, plural, one {# signatarui} few {# signatarams} many {# signataro} other {# signatarų}}} other {{who} išsiuntė naujieną signatarams}}} other {{who} pateikė užklausą: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} bandė sukurti laiško juodraštį} edit {{who} bandė redaguoti tekstą} publish {{who} bandė paskelbti laišką} close {{who} bandė uždaryti laišką} founding {{who} bandė atverti steigiamąjį etapą} approve {{who} bandė paskelbti parašą: {signer}} reject {{who} bandė atmesti parašą: {signer}} shadow {{who} bandė paslėpti parašą: {signer}} moderate {{who} bandė priimti sprendimą dėl parašo: {signer}} invalidate {{who} bandė pažymėti parašus kaip suklastotus} invalidatePreview {{who} bandė ieškoti parašų, kuriuos pažymėti kaip suklastotus} invite {{who} bandė pakviesti signatarus} addOrganizer {{who} bandė pridėti organizatorių: {member} ({role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {organizatorius}})} setRole {{who} bandė pakeisti organizatoriaus vaidmenį: {member} – {role, select, owner {savininkas} editor {redaktorius} moderator {moderatorius} viewer {stebėtojas} other {organizatorius}}} removeOrganizer {{who} bandė pašalinti organizatorių: {member}} goal {{who} bandė pakeisti tikslą} settings {{who} bandė pakeisti laiško nustatymus} translation {{who} bandė išsaugoti vertimą ({language})} recipients {{who} bandė pridėti adresatų} deliver {{who} bandė išsiųsti laišką jo adresatams} widget {{who} bandė pakeisti svetaines, kurioms leidžiama rodyti pasirašymo valdiklį} partner {{who} bandė pridėti pasirašymo valdiklio partnerį} addressesShown {{who} bandė leisti kitiems organizatoriams matyti signatarų adresus} addressesHidden {{who} bandė uždrausti kitiems organizatoriams matyti signatarų adresus} readAddresses {{who} bandė perskaityti signatarų adresus} readDomains {{who} bandė perskaityti signatarų adresų domenus} export {{who} bandė eksportuoti parašus} recordReply {{who} bandė užregistruoti adresato atsakymą} publishReply {{who} bandė paskelbti adresato atsakymą} dismissReply {{who} bandė atmesti el. paštu gautą atsakymą} writeUpdate {{who} bandė parašyti naujieną signatarams} updateTranslation {{who} bandė išsaugoti naujienos vertimą ({language})} sendUpdate {{who} bandė išsiųsti naujieną signatarams} other {{who} bandė pateikti užklausą: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (atmesta), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Sukurtas laiško juodraštis} edit {Redaguotas tekstas} publish {Paskelbtas laiškas} close {Uždarytas laiškas} founding {Atvertas steigiamasis etapas} approve {Paskelbtas parašas} reject {Atmestas parašas} shadow {Paslėptas parašas} moderate {Priimtas sprendimas dėl parašo} invalidate {Parašai pažymėti kaip suklastoti} invalidatePreview {Suklastotų parašų paieška} invite {Pakviesti signatarai} addOrganizer {Pridėtas organizatorius} setRole {Pakeistas vaidmuo} removeOrganizer {Pašalintas organizatorius} goal {Pakeistas tikslas} settings {Pakeisti nustatymai} translation {Išsaugotas vertimas} recipients {Pridėti adresatai} deliver {Laiškas išsiųstas adresatams} widget {Pakeistos valdiklio svetainės} partner {Pridėtas valdiklio partneris} addressesShown {Adresai parodyti kitiems organizatoriams} addressesHidden {Adresai paslėpti nuo kitų organizatorių} readAddresses {Perskaityti adresai} readDomains {Perskaityti adresų domenai} export {Eksportuoti parašai} recordReply {Užregistruotas atsakymas} publishReply {Paskelbtas atsakymas} dismissReply {Atmestas atsakymas} writeUpdate {Parašyta naujiena} updateTranslation {Išversta naujiena} sendUpdate {Išsiųsta naujiena} other {Kita užklausa}}',
  'ws.audit.result': '{refused, select, yes {atmesta ({status})} other {atlikta}}',
  'ws.audit.operatorWho': 'Paslaugos operatorius komandinėje eilutėje',
  'ws.audit.formerOrganizer': 'Buvęs organizatorius',
  'ws.audit.erasedSigner': 'ištrintas signataras',
  'ws.audit.someSigner': 'signataras',
  // review: fills {member} after a colon (“pašalino organizatorių: kitas organizatorius”)
  'ws.audit.someOrganizer': 'kitas organizatorius',
  'ws.audit.someLanguage': 'kita kalba',
  'ws.audit.intro': 'Visi laiško organizatorių veiksmai, naujausi viršuje, su dabartiniais vardais: signataras, ištrynęs savo duomenis, rodomas kaip „ištrintas signataras“. Laikas nurodomas UTC.',
  'ws.audit.filterPerson': 'Kas',
  'ws.audit.filterKind': 'Veiksmas',
  'ws.audit.everyone': 'visi',
  'ws.audit.everything': 'visi veiksmai',
  'ws.audit.filterSubmit': 'Rodyti',
  'ws.audit.empty': '{filtered, select, yes {Šiuos filtrus atitinkančių įrašų nėra.} other {Dar niekas neužregistruota.}}',
  'ws.audit.pages': 'Audito žurnalo puslapiai',
  'ws.audit.older': 'Senesni įrašai',
  'ws.audit.newest': 'Grįžti prie naujausių',
  'ws.audit.export': 'Eksportuoti kaip CSV',
  'ws.audit.exportHint': '(šių filtrų rodomi įrašai, visuose puslapiuose)',
  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {Naujiena paskelbta laiško puslapyje; naujienų nepaprašė nė vienas signataras, todėl ji niekam nesiunčiama} one {Naujiena siunčiama # signatarui ir paskelbta laiško puslapyje} few {Naujiena siunčiama # signatarams ir paskelbta laiško puslapyje} many {Naujiena siunčiama # signataro ir paskelbta laiško puslapyje} other {Naujiena siunčiama # signatarų ir paskelbta laiško puslapyje}}',
  // review: an update = naujiena (the section: Naujienos); “is still on the list” rendered as “ir jų neatsisakė” (has not unsubscribed), so it is not mistaken for the public list of signatories
  'ws.updates.intro':
    '{count, plural, =0 {Naujienų dar nepaprašė nė vienas signataras.} one {# signataras pasirašydamas paprašė naujienų ir jų neatsisakė.} few {# signatarai pasirašydami paprašė naujienų ir jų neatsisakė.} many {# signataro pasirašydami paprašė naujienų ir jų neatsisakė.} other {# signatarų pasirašydami paprašė naujienų ir jų neatsisakė.}} Kiekvienas gauna naujieną ta kalba, kuria pasirašė, ne dažniau kaip {perMonth, plural, one {kartą} few {# kartus} many {# karto} other {# kartų}} per mėnesį, su nuoroda jų atsisakyti. Išsiųsta naujiena taip pat rodoma laiško puslapyje.',
  'ws.updates.none': 'Naujienų dar nėra.',
  'ws.updates.col.title': 'Pavadinimas',
  'ws.updates.col.languages': 'Kalbos',
  'ws.updates.col.state': 'Būsena',
  'ws.updates.col.links': 'Nuorodos',
  'ws.updates.draft': 'Juodraštis, neišsiųsta',
  'ws.updates.sentOn': 'Išsiųsta {date}',
  'ws.updates.onPage': 'Laiško puslapyje',
  'ws.updates.translate': 'Vertimai',
  'ws.updates.send': 'Siųsti',
  'ws.updates.formHeading': 'Parašyti naujieną',
  'ws.updates.formIntro': 'Rašykite laiško kalba ({language}); vertimus pridėsite ją išsaugoję. Niekas neišsiunčiama, kol nepatvirtinsite.',
  'ws.updates.previewHeading': 'Peržiūra: naujiena taip, kaip ją skaitys signatarai (dar neišsaugota)',
  'ws.updates.save': 'Išsaugoti juodraštį',
  'ws.updates.translationsHeading': 'Naujienos „{title}“ vertimai',
  'ws.updates.translationsIntro': 'Kiekvienas signataras gauna naujieną ta kalba, kuria pasirašė; jei vertimo ta kalba nėra, jis gauna originalą ({language}).',
  'ws.updates.saveTranslation': 'Išsaugoti vertimą',
  'ws.updates.sendTo': '{count, plural, =0 {Paskelbti (nėra signatarų, kuriems siųsti)} one {Siųsti # signatarui} few {Siųsti # signatarams} many {Siųsti # signataro} other {Siųsti # signatarų}}',
  'ws.updates.readOnly': 'Naujienas rašo ir siunčia laiško redaktoriai ir savininkai.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {Paskelbti „{title}“?} one {Siųsti „{title}“ # signatarui?} few {Siųsti „{title}“ # signatarams?} many {Siųsti „{title}“ # signataro?} other {Siųsti „{title}“ # signatarų?}}',
  // review: “No one gets more than …” rendered positively: “Kiekvienas gauna ne daugiau kaip …” (each gets at most …)
  'ws.updates.confirmWho':
    '{count, plural, =0 {Nė vienas naujienų paprašęs signataras dabar jos gauti negali.} one {Ji el. paštu siunčiama # signatarui, kuris pasirašydamas paprašė naujienų ir jų neatsisakė.} few {Ji el. paštu siunčiama # signatarams, kurie pasirašydami paprašė naujienų ir jų neatsisakė.} many {Ji el. paštu siunčiama # signataro, kurie pasirašydami paprašė naujienų ir jų neatsisakė.} other {Ji el. paštu siunčiama # signatarų, kurie pasirašydami paprašė naujienų ir jų neatsisakė.}} Kiekvienas gauna ne daugiau kaip {perMonth, plural, one {vieną naujieną} few {# naujienas} many {# naujienos} other {# naujienų}} per mėnesį.',
  'ws.updates.confirmLanguages': 'Jų kalbomis: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {originalas} other {vertimas}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# signataras per pastarąsias 30 dienų jau gavo {perMonth, plural, one {naujieną} few {# naujienas} many {# naujienos} other {# naujienų}} ir šios negaus.} few {# signatarai per pastarąsias 30 dienų jau gavo {perMonth, plural, one {naujieną} few {# naujienas} many {# naujienos} other {# naujienų}} ir šios negaus.} many {# signataro per pastarąsias 30 dienų jau gavo {perMonth, plural, one {naujieną} few {# naujienas} many {# naujienos} other {# naujienų}} ir šios negaus.} other {# signatarų per pastarąsias 30 dienų jau gavo {perMonth, plural, one {naujieną} few {# naujienas} many {# naujienos} other {# naujienų}} ir šios negaus.}}',
  'ws.updates.confirmPublic': 'Ji rodoma viešame laiško puslapyje su išsiuntimo diena.',
  'ws.updates.confirmFinal': 'Išsiųstų pranešimų atšaukti nebegalima, o išsiųstos naujienos – pakeisti.',
  'ws.updates.confirmButton': '{count, plural, =0 {Paskelbti dabar} one {Siųsti # signatarui} few {Siųsti # signatarams} many {Siųsti # signataro} other {Siųsti # signatarų}}',
  // --- digest ---
  // The daily digest an organizer may ask for (account page), and its mail.
  'ws.account.digest': 'Dienos suvestinė',
  'ws.account.digestLabel': 'Siųsti man dienos suvestinę, kai su mano laiškais kas nors įvyksta',
  // review: the flood check rendered as parašų antplūdžio patikra (cf. ws.invalidate.heading: parašų antplūdis); check the term
  'ws.account.digestHint':
    'Ne daugiau kaip vienas el. laiškas per dieną ir tik tomis dienomis, kai su jūsų organizuojamu laišku kas nors įvyko: el. paštu gautas atsakymas, pasiektas tikslas, nauji parašai, kuriuos atmetė parašų antplūdžio patikra.',
  'ws.account.saveDigest': 'Išsaugoti',
  // review: =1 names the letter; one (21, 31 …) counts them, since Lithuanian one is not only 1
  'ws.mail.digest.subject':
    '{count, plural, =1 {Jūsų dienos suvestinė: {title}} one {Jūsų dienos suvestinė: įvykiai, susiję su # laišku} few {Jūsų dienos suvestinė: įvykiai, susiję su # laiškais} many {Jūsų dienos suvestinė: įvykiai, susiję su # laiško} other {Jūsų dienos suvestinė: įvykiai, susiję su # laiškų}}',
  'ws.mail.digest.title': 'Jūsų dienos suvestinė',
  'ws.mail.digest.intro': 'Štai kas nuo {since} įvyko su jūsų organizuojamais laiškais.',
  // review: dismiss / set aside rendered as atmesti throughout (the reply is never shown and cannot be published later)
  'ws.mail.digest.replies':
    '{count, plural, one {El. paštu gautas # atsakymas, kuris laukia jūsų sprendimo: <link>paskelbkite arba atmeskite jį</link>.} few {El. paštu gauti # atsakymai, kurie laukia jūsų sprendimo: <link>paskelbkite arba atmeskite juos</link>.} many {El. paštu gauta # atsakymo, kurie laukia jūsų sprendimo: <link>paskelbkite arba atmeskite juos</link>.} other {El. paštu gauta # atsakymų, kurie laukia jūsų sprendimo: <link>paskelbkite arba atmeskite juos</link>.}}',
  'ws.mail.digest.goal':
    'Laiškas pasiekė savo tikslą: {kind, select, legislator {{goal, plural, one {# įstatymų leidėjas} few {# įstatymų leidėjai} many {# įstatymų leidėjo} other {# įstatymų leidėjų}}} organization {{goal, plural, one {# organizacija} few {# organizacijos} many {# organizacijos} other {# organizacijų}}} individual {{goal, plural, one {# privatus asmuo} few {# privatūs asmenys} many {# privataus asmens} other {# privačių asmenų}}} other {{goal, plural, one {# parašas} few {# parašai} many {# parašo} other {# parašų}}}}. <link>Peržiūrėkite parašus</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {Parašų antplūdžio patikra (per daug parašų iš vieno tinklo per dieną) atmetė # naują parašą kaip suklastotą: jis nerodomas ir neįskaičiuojamas. <link>Peržiūrėkite parašus</link>.} few {Parašų antplūdžio patikra (per daug parašų iš vieno tinklo per dieną) atmetė # naujus parašus kaip suklastotus: jie nerodomi ir neįskaičiuojami. <link>Peržiūrėkite parašus</link>.} many {Parašų antplūdžio patikra (per daug parašų iš vieno tinklo per dieną) atmetė # naujo parašo kaip suklastoto: jie nerodomi ir neįskaičiuojami. <link>Peržiūrėkite parašus</link>.} other {Parašų antplūdžio patikra (per daug parašų iš vieno tinklo per dieną) atmetė # naujų parašų kaip suklastotų: jie nerodomi ir neįskaičiuojami. <link>Peržiūrėkite parašus</link>.}}',
  'ws.mail.digest.stop': 'Jei nebenorite gauti suvestinės, savo paskyros puslapyje nuimkite jos žymėjimą: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Jei nebenorite gauti suvestinės, savo paskyros puslapyje nuimkite jos žymėjimą:',
  'ws.mail.footer.digest':
    'Šį pranešimą gavote, nes paprašėte dienos suvestinės apie tai, kas vyksta su laiškais, kuriuos organizuojate platformoje Undersigned; ji siunčiama tik tomis dienomis, kai kas nors įvyko. Jei nebenorite jos gauti, savo paskyros puslapyje nuimkite žymėjimą.',
  // --- replies-workspace ---
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  'ws.note.replyRecorded': 'Atsakymas užregistruotas ir paskelbtas prie laiško',
  'ws.note.replyPublished': 'Atsakymas paskelbtas prie laiško ir jo žurnale',
  'ws.note.replyDismissed': 'Atsakymas atmestas: jis nebus rodomas',
  'ws.note.replyWaitSaved': 'Išsaugota: laukimo laikas iki „be atsakymo“',
  'ws.replies.introInbound':
    'Atsakymai į išsiųsto laiško el. laišką čia patenka savaime; kiekvienas laukia, kol laiško redaktorius ar savininkas jį paskelbs arba atmes. Kitu būdu (paštu, asmeniškai) gauti atsakymai registruojami žemiau.',
  'ws.replies.introByHand': 'Ši svetainė negauna el. laiškų: čia rankiniu būdu užregistruokite atsakymus, kuriuos jums atsiuntė adresatai (paštu, el. paštu, asmeniškai).',
  'ws.replies.waitingHeading': 'Laukia jūsų sprendimo ({count, number})',
  'ws.replies.noneWaiting': 'Sprendimo nelaukia nė vienas atsakymas.',
  'ws.replies.readOnly': 'Atsakymus skelbia arba atmeta tik laiško savininkai ir redaktoriai.',
  'ws.replies.verified': 'Patikrinta pagal DKIM: {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Nepatikrinta: išsiųsta iš {domain}; prieš skelbdami atsakymą patikrinkite.} other {Nepatikrinta: siuntėjo domenas nežinomas; prieš skelbdami atsakymą patikrinkite.}}',
  'ws.replies.received': 'Gauta',
  'ws.replies.subject': 'Tema',
  'ws.replies.noSubject': '(be temos)',
  'ws.replies.readAll': 'Skaityti visą atsakymą ({count, plural, one {# simbolis} few {# simboliai} many {# simbolio} other {# simbolių}})',
  'ws.replies.document': 'Dokumentas {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Paskelbti',
  'ws.replies.dismiss': 'Atmesti',
  'ws.replies.recordHeading': 'Užregistruoti atsakymą',
  'ws.replies.recordIntro':
    'Atsakymas, kurį adresatas jums atsiuntė kitu būdu (paštu, į jūsų asmeninę el. pašto dėžutę, asmeniškai): jo tekstas toks, koks parašytas, ir jo skenuota kopija ar failas, jei turite.',
  // review: From rendered as Siuntėjas (sender): the select chooses the addressee who replied
  'ws.replies.from': 'Siuntėjas',
  'ws.replies.chooseAddressee': 'Pasirinkite adresatą',
  'ws.replies.dated': 'Atsakymo data',
  'ws.replies.text': 'Atsakymas',
  'ws.replies.textHint': '(toks, koks parašytas; paprastas tekstas)',
  'ws.replies.files': 'Dokumentai',
  'ws.replies.filesHint': '(neprivaloma: PDF arba paveikslėliai, ne daugiau kaip {max, plural, one {# failas} few {# failai} many {# failo} other {# failų}}, kiekvienas iki 10 MB)',
  'ws.replies.recordPublic': 'Užregistruotas atsakymas iškart paskelbiamas: prie laiško, jo viešame žurnale ir kitame PDF. To atšaukti negalima.',
  'ws.replies.record': 'Užregistruoti ir paskelbti atsakymą',
  'ws.replies.noAddressees': 'Laiškas dar neturi adresatų: pirmiausia juos pridėkite.',
  'ws.replies.publishedHeading': 'Paskelbti atsakymai ({count, number})',
  'ws.replies.nonePublished': 'Dar nepaskelbtas nė vienas atsakymas.',
  'ws.replies.byHand': 'Užregistravo organizatorius',
  'ws.replies.byMailUnverified': 'Gauta el. paštu, nepatikrinta pagal DKIM',
  'ws.replies.publishedOn': 'atsakymo data {received}, paskelbta {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Neatmestas nė vienas atsakymas.} one {# atsakymas atmestas (šlamštas, automatiniai atsakymai): jis nerodomas.} few {# atsakymai atmesti (šlamštas, automatiniai atsakymai): jie nerodomi.} many {# atsakymo atmesta (šlamštas, automatiniai atsakymai): jie nerodomi.} other {# atsakymų atmesta (šlamštas, automatiniai atsakymai): jie nerodomi.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  // review: {who} after a colon, in the nominative, as in ws.decide.heading
  'ws.replies.publishHeading': 'Paskelbti atsakymą: {who}?',
  'ws.replies.confirmVerified': 'Jis patikrintas pagal DKIM ({domain}): jį pasirašė šio domeno pašto serveris.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Jis nepatikrintas: išsiųstas iš {domain}, ir niekas neįrodo, kad jis gautas iš adresato. Prieš skelbdami jį patikrinkite.} other {Jis nepatikrintas: niekas neįrodo, kad jis gautas iš adresato. Prieš skelbdami jį patikrinkite.}}',
  // review: =1 without the number (“su savo dokumentu”); one (21, 31 …) with it, since Lithuanian one is not only 1
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Jis bus rodomas prie laiško, jo viešame puslapyje, kad kiekvienas galėtų jį perskaityti.} =1 {Jis bus rodomas prie laiško, jo viešame puslapyje, su savo dokumentu, kad kiekvienas galėtų jį perskaityti.} one {Jis bus rodomas prie laiško, jo viešame puslapyje, su savo # dokumentu, kad kiekvienas galėtų jį perskaityti.} few {Jis bus rodomas prie laiško, jo viešame puslapyje, su savo # dokumentais, kad kiekvienas galėtų jį perskaityti.} many {Jis bus rodomas prie laiško, jo viešame puslapyje, su savo # dokumento, kad kiekvienas galėtų jį perskaityti.} other {Jis bus rodomas prie laiško, jo viešame puslapyje, su savo # dokumentų, kad kiekvienas galėtų jį perskaityti.}}\nJis užregistruojamas viešame laiško žurnale ir bus įtrauktas į kitą laiško PDF.\nTo atšaukti negalima: paskelbtas atsakymas lieka paskelbtas.',
  'ws.replies.publishButton': 'Paskelbti atsakymą',
  'ws.replies.dismissHeading': 'Atmesti atsakymą: {who}?',
  'ws.replies.dismissConsequences':
    'Jis niekada nebus rodomas: nei prie laiško, nei jo žurnale, nei jo PDF.\nNaudokite tai šlamštui, automatiniam atsakymui ar pranešimui, kuris nėra atsakymas į laišką.\nVėliau jo paskelbti nebus galima.',
  'ws.replies.dismissButton': 'Atmesti',
  // The settings: how long an addressee's silence waits before it reads as "no reply".
  'ws.replyWait.heading': 'Atsakymai',
  'ws.replyWait.intro': 'Laiško puslapyje prie kiekvieno adresato rodoma, ar jis atsakė. Adresatas, neatsakęs per tiek dienų nuo tada, kai laiškas jį pasiekė, pažymimas kaip „be atsakymo“.',
  'ws.replyWait.label': 'Po kiek dienų adresatą žymėti kaip „be atsakymo“',
  'ws.replyWait.save': 'Išsaugoti',
} satisfies WorkspaceCatalog;
