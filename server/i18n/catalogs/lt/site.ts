import type { SiteCatalog } from '../en/site-type.js';

/** Lithuanian: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} ir {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} ir {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Pereiti prie turinio',
  'site.footer': '{siteName}: atviri laiškai, pasirašyti ir patikrinti. Pasirašiusiųjų el. pašto adresai niekada neskelbiami.',
  'site.languages': 'Kalbos',
  'site.backToLetter': 'Grįžti prie laiško',
  'site.backToStart': 'Grįžti į pradžios puslapį',
  'site.choose': 'Pasirinkite…',
  'site.optional': '(neprivaloma)',

  'home.title': 'Atviri laiškai',
  'home.intro':
    'Bendri laiškai, kuriuos pasirašo įstatymų leidėjai, organizacijos ir privatūs asmenys. Kiekvienas parašas patvirtinamas el. paštu; pasirašiusiųjų sąsajos su institucijomis patikrinamos, kai tai įmanoma.',
  'home.to': 'Adresatas: {addressee}',
  'home.none': 'Dar nepaskelbta jokių laiškų.',

  'status.open': 'Galima pasirašyti',
  'status.closed': 'Uždarytas',
  'status.closedOn': 'Uždarytas {date}',
  'status.draft': 'Juodraštis',

  'kind.plural': '{kind, select, legislator {Įstatymų leidėjai} organization {Organizacijos} other {Privatūs asmenys}}',
  'kind.singular': '{kind, select, legislator {Įstatymų leidėjas} organization {Organizacija} other {Privatus asmuo}}',
  'kind.choice': '{kind, select, legislator {įstatymų leidėjas} organization {organizacija} other {privatus asmuo}}',

  'summary.legislators':
    '{legislators, plural, one {# įstatymų leidėjas} few {# įstatymų leidėjai} many {# įstatymų leidėjo} other {# įstatymų leidėjų}} iš {countries, plural, one {# šalies} few {# šalių} many {# šalies} other {# šalių}}',
  'summary.organizations': '{n, plural, one {# organizacija} few {# organizacijos} many {# organizacijos} other {# organizacijų}}',
  'summary.individuals': '{n, plural, one {# privatus asmuo} few {# privatūs asmenys} many {# privataus asmens} other {# privačių asmenų}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: after iš the goal is genitive (iš 1 įstatymų leidėjo, iš 3/10 įstatymų leidėjų), as in summary.legislators
  'goal.progress':
    '{current, number} iš {kind, select, legislator {{goal, plural, one {# įstatymų leidėjo} few {# įstatymų leidėjų} many {# įstatymų leidėjo} other {# įstatymų leidėjų}}} organization {{goal, plural, one {# organizacijos} few {# organizacijų} many {# organizacijos} other {# organizacijų}}} individual {{goal, plural, one {# privataus asmens} few {# privačių asmenų} many {# privataus asmens} other {# privačių asmenų}}} other {{goal, plural, one {# parašo} few {# parašų} many {# parašo} other {# parašų}}}}',
  'summary.none': 'Parašų dar nėra',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Parašų dar nėra} one {<strong>#</strong> parašas} few {<strong>#</strong> parašai} many {<strong>#</strong> parašo} other {<strong>#</strong> parašų}}',

  'letter.to': 'Kam: {addressee}',
  'letter.published': 'Paskelbtas {date}',
  'letter.publishedUntil': 'Paskelbtas {date} · parašai renkami iki {until}',
  'letter.outdated': 'Šis vertimas atitinka {basedOn} teksto versiją, kuri nuo to laiko pakeista (dabartinė versija – {current}); autentiškas yra originalas.',
  // review: language name is inserted in brackets to avoid case agreement
  'letter.untranslated': 'Šio laiško vertimo šia kalba ({language}) nėra: tekstas rodomas originalo kalba.',
  'letter.downloadPdf': 'Atsisiųsti PDF',
  'letter.downloadCsv': 'Signatarai (CSV)',
  'letter.textLanguages': 'Tekstas kitomis kalbomis',

  'signatories.heading': 'Signatarai',
  'signatories.founding': 'Steigiamieji signatarai',
  'signatories.others': 'Signatarai',
  'signatories.pages': 'Signatarų puslapiai',
  'signatories.previous': 'Ankstesnis puslapis',
  'signatories.next': 'Kitas puslapis',
  'signatories.page': 'Puslapis {page, number} iš {pages, number}',
  'signatories.identification': 'Pareigos ir sąsajos su institucijomis nurodomos tik identifikavimo tikslais.',
  'signatories.unlisted': 'Įskaičiuoti, bet jų prašymu neišvardyti: {n, number}.',
  'signatories.withheldUntil': 'Vardai bus paskelbti kartu {date}; iki tol signatarai tik skaičiuojami (dar bus paskelbta {n, plural, one {# vardas} few {# vardai} many {# vardo} other {# vardų}}).',
  'signatories.withheldThreshold':
    'Kad niekas nebūtų vienintelis matomas signataras iš savo šalies, šalies signatarų vardai skelbiami, kai iš jos pasirašo {k, plural, one {# žmogus} few {# žmonės} many {# žmogaus} other {# žmonių}}. Kol kas įskaičiuoti, bet dar nepaskelbti vardai: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Nauji parašai į šį sąrašą įtraukiami kartu, {unit, select, second {{n, plural, =1 {kas sekundę} one {kas # sekundę} few {kas # sekundes} many {kas # sekundės} other {kas # sekundžių}}} minute {{n, plural, =1 {kas minutę} one {kas # minutę} few {kas # minutes} many {kas # minutės} other {kas # minučių}}} other {{n, plural, =1 {kas valandą} one {kas # valandą} few {kas # valandas} many {kas # valandos} other {kas # valandų}}}}, kad iš sąrašo nebūtų matyti, kada kas pasirašė.',
  'signatories.history': '<history>Šis tekstas pakeistas po to, kai buvo pirmą kartą pasirašytas: žr. jo istoriją.</history>',
  'signatories.earlierVersion': '(pasirašyta {version} versija)',
  'signatories.verified': '✓ patikrinta',
  'signatories.verifiedDomain': '✓ patikrinta: rašo iš @{domain}',
  'signatories.verifiedHow': '{how, select, domain {patikrinta: rašo iš institucijos el. pašto domeno} invited {patikrinta: pakviesta organizatorių} other {patikrinta: patvirtinta organizatorių}}',

  // review: ledger = žurnalas, head (signed tree head) = viršūnė; check technical terms
  'ledger.note':
    'Kiekvienas parašas, įtrauktas į šį sąrašą ar iš jo pašalintas, registruojamas klastojimą atskleidžiančiame žurnale: {n, plural, one {# įrašas} few {# įrašai} many {# įrašo} other {# įrašų}}, paskutinis – <code>{head}</code>, su viršūne, kurią ši svetainė <checkpoint>pasirašė</checkpoint> savo <key>paskelbtu raktu</key>.',
  'ledger.witnessed':
    '{count, plural, one {# nepriklausomas liudytojas} few {# nepriklausomi liudytojai} many {# nepriklausomo liudytojo} other {# nepriklausomų liudytojų}} patikrino, kad žurnalas tik pildėsi, ir kartu pasirašė {size, plural, one {pirmąjį # jo įrašą} few {pirmuosius # jo įrašus} many {pirmuosius # jo įrašo} other {pirmuosius # jo įrašų}} (paskutinį kartą {date}).',
  'ledger.unwitnessed': 'Jokie nepriklausomi liudytojai jo dar nepasirašė.',
  'ledger.check': '<ledger>Peržiūrėkite žurnalą</ledger> arba patikrinkite jį patys <verifier>tikrinimo įrankiu</verifier>:',
  'ledger.short': 'Kiekvienas parašas, įtrauktas į šį sąrašą ar iš jo pašalintas, registruojamas klastojimą atskleidžiančiame žurnale: <verify>patikrinkite šį sąrašą</verify>.',

  // Parašų paveikslėliai (letters/pictures.ts): antraštės ir tekstai, nusakantys, ką kiekvienas jų rodo.
  'pictures.timelineHeading': 'Parašų skaičiaus kaita',
  // review: participle agreement inside the plural branches (surinktas/surinkti/surinkta) and the dates (formatted as “2026 m. kovo 5 d.”) after nuo/iki and surinkta
  'pictures.timelineAlt':
    'Parašų skaičiaus kaitos diagrama: nuo {from} iki {to} {total, plural, one {surinktas # parašas} few {surinkti # parašai} many {surinkta # parašo} other {surinkta # parašų}}, daugiausia jų surinkta {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Iš kur signatarai',
  'pictures.mapAlt':
    'Pasaulio žemėlapis: signatarai iš {countries, plural, one {# šalies} few {# šalių} many {# šalies} other {# šalių}}, įstatymų leidėjai iš {legislatorCountries, plural, one {# šalies} few {# šalių} many {# šalies} other {# šalių}}.',
  'pictures.legendLegislators': 'Įstatymų leidėjai',
  'pictures.legendSignatories': 'Kiti signatarai',
  'pictures.byCountry': 'Signatarai pagal šalis',
  'pictures.countryLine':
    '{country}: {n, plural, one {# signataras} few {# signatarai} many {# signataro} other {# signatarų}}{legislators, plural, =0 {} one {, iš jų # įstatymų leidėjas} few {, iš jų # įstatymų leidėjai} many {, iš jų # įstatymų leidėjo} other {, iš jų # įstatymų leidėjų}}',

  'verify.title': 'Signatarų patikrinimas: {title}',
  'verify.heading': 'Signatarų sąrašo patikrinimas',

  'sign.heading': 'Pasirašykite šį laišką',
  'sign.honeypot': 'Palikite tuščią',
  'sign.warningHeading': 'Prieš išsiunčiant patvirtinimą',
  'sign.otherAddress': '<other>Naudokite kitą adresą</other>: pakeiskite jį žemiau ir pasirašykite. Dar niekas neišsiųsta.',
  'sign.countedOnly': 'Pasirašyti neįtraukiant mano vardo į sąrašą (tik įskaičiuoti)',
  'sign.countedOnlyHint': '— patvirtinimas vis tiek bus išsiųstas šiuo adresu',
  'sign.continue': 'Tęsti su šiuo adresu',
  'sign.as': 'Pasirašau kaip',
  'sign.name': 'Vardas ir pavardė',
  'sign.nameHint': '(organizacijos atveju – jos atstovo)',
  'sign.email': 'El. paštas',
  'sign.emailHint': '(niekada neskelbiamas; čia bus išsiųsta patvirtinimo nuoroda)',
  'sign.country': 'Šalis',
  'sign.title': 'Pareigos',
  'sign.titleHint': '(pvz., Parlamento narys, senatorius)',
  'sign.parliament': 'Parlamentas',
  'sign.party': 'Partija',
  'sign.organization': 'Organizacija',
  'sign.role': 'Jūsų pareigos joje',
  'sign.website': 'Interneto svetainė',
  'sign.websiteHint': '(jei jūsų el. pašto adresas yra jos domene, parašas pažymimas kaip patikrintas)',
  'sign.display': 'Rodyti viešame sąraše',
  'sign.displayChoice': '{display, select, full {mano vardą ir pavardę} initials {tik mano inicialus} other {nieko: įskaičiuoti mane, bet neišvardyti}}',
  'sign.submit': 'Pasirašyti',
  // review: state name is given in brackets or after a colon to avoid case agreement
  'sign.risky':
    '{jurisdiction, select, none {Jūsų el. pašto paslaugų teikėjas {provider} yra vienas iš tų, dėl kurių šio laiško organizatoriai įspėja: valstybės, su kuria susijęs šis laiškas, valdžios institucijos gali turėti galimybę skaityti jūsų laiškus.} other {Jūsų el. pašto paslaugų teikėjui {provider} taikomi šios valstybės įstatymai: {state}. Jos valdžios institucijos gali skaityti jūsų laiškus. {chosen, select, yes {Šis laiškas susijęs su šia valstybe ({state}).} other {Jei šis laiškas susijęs su šia valstybe ({state}), mūsų siunčiamas patvirtinimas jos valdžiai atskleistų, kad jį pasirašėte.}}}}',
  'sign.riskyChoices': 'Galite naudoti kitą adresą, pasirašyti neįtraukiant savo vardo į sąrašą (tik įskaičiuoti) arba vis tiek tęsti.',
  'sign.fieldName':
    '{field, select, name {Vardas ir pavardė} email {El. paštas} country {Šalis} kind {Pasirašau kaip} title {Pareigos} parliament {Parlamentas} party {Partija} organization {Organizacija} role {Jūsų pareigos joje} website {Interneto svetainė} display {Rodyti viešame sąraše} other {Šis laukas}}',
  'sign.error':
    '{reason, select, required {{field}: šį lauką būtina užpildyti.} requiredForKind {{field}: šį lauką būtina užpildyti, kai pasirašote kaip {kind, select, legislator {įstatymų leidėjas} organization {organizacija} other {privatus asmuo}}.} tooLong {{field}: per ilgas tekstas.} kindNotAccepted {Šio laiško negali pasirašyti {kind, select, legislator {įstatymų leidėjai} organization {organizacijos} other {privatūs asmenys}}.} email {{field}: tai nėra el. pašto adresas, kuriuo galėtume rašyti.} website {{field}: tai nėra interneto adresas (pvz., https://example.org).} noLink {{field}: interneto adresai čia neleidžiami.} noLetter {{field}: turi būti bent viena raidė arba skaitmuo.} choose {{field}: pasirinkite vieną iš galimybių.} other {{field}: netinkama reikšmė; patikrinkite, ką įrašėte.}}',
  // review: “problem” rendered as klaida (error), the usual word above form errors; problema would be more literal
  'sign.errorsHeading':
    '{n, plural, =1 {Jūsų įvestuose duomenyse yra klaida} one {Jūsų įvestuose duomenyse yra # klaida} few {Jūsų įvestuose duomenyse yra # klaidos} many {Jūsų įvestuose duomenyse yra # klaidos} other {Jūsų įvestuose duomenyse yra # klaidų}}',

  'check.title': 'Patikrinkite el. paštą',
  'check.sent': 'Nurodytu adresu išsiuntėme laišką. Jūsų parašas bus įskaičiuotas, kai atidarysite jame esančią nuorodą ir patvirtinsite.',
  'check.nothing': 'Nieko negavote? Patikrinkite šlamšto aplanką arba pasirašykite dar kartą, kad laiškas būtų išsiųstas iš naujo.',

  'shown.list': 'Viešame sąraše',
  'shown.notListed': '<strong>Neišvardyta</strong>: įskaičiuota, bet vardas neskelbiamas',
  'shown.kind': 'Pasirašoma kaip',
  'shown.country': 'Šalis',
  'shown.display': 'Rodoma',
  'shown.displayChoice': '{display, select, full {jūsų vardas ir pavardė} initials {tik jūsų inicialai} other {neišvardyta: įskaičiuota, bet vardas neskelbiamas}}',

  'confirm.title': 'Patvirtinkite parašą',
  'confirm.closedHeading': 'Šis laiškas uždarytas',
  'confirm.closed': 'Laiškas <letter>{title}</letter> buvo uždarytas {date}, dar prieš jums patvirtinant, todėl jūsų parašas nepridėtas.',
  'confirm.alreadyHeading': 'Šiuo adresu jau pasirašyta',
  'confirm.already':
    'Šiuo adresu po laišku <letter>{title}</letter> jau patvirtintas parašas su kitais duomenimis, ir jie lieka galioti. Šia nuoroda jų pakeisti negalima: norėdami pasirašyti kitaip, atšaukite tą parašą (nuoroda yra jo patvirtinimo laiške) ir pasirašykite iš naujo.',
  'confirm.withdrawnHeading': 'Šis parašas atšauktas',
  'confirm.withdrawn': 'Pasirašykite laišką <letter>{title}</letter> dar kartą, kad parašas būtų vėl pridėtas.',
  'confirm.doneHeading': 'Jūsų parašas patvirtintas',
  'confirm.heading': 'Patvirtinkite parašą',
  'confirm.doneIntro': 'Po laišku <letter>{title}</letter> jis skelbiamas taip:',
  'confirm.intro': 'Patvirtinus, po laišku <letter>{title}</letter> bus paskelbta:',
  'confirm.careful': 'Jei tai ne jūsų pateikti duomenys, netvirtinkite: nepaspaudus šio mygtuko niekas neskelbiama.',
  'confirm.submit': 'Patvirtinti parašą',

  'confirmed.title': 'Parašas patvirtintas',
  'confirmed.heading': 'Dėkojame: jūsų parašas patvirtintas',
  'confirmed.withheld':
    'Dabar jis įskaičiuotas. Jūsų vardas bus paskelbtas, kai pasirašys pakankamai signatarų iš jūsų šalies, arba laiško paskelbimo metu: iki tol niekas nėra vienintelis matomas signataras iš savo šalies.',
  'confirmed.published': 'Dabar jis įskaičiuotas ir rodomas po laišku taip, kaip pasirinkote.',
  'confirmed.receipt': 'Jūsų kvitas: laiško žurnalo įrašas <strong>{position, number}</strong>, maišos reikšmė <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Jūsų kvitas: laiško žurnalo įrašas <strong>{position, number}</strong>, maišos reikšmė <code>{hash}</code>, įtrauktas į šios svetainės pasirašytą {size, plural, one {# įrašo} few {# įrašų} many {# įrašo} other {# įrašų}} viršūnę.',
  'confirmed.keep': 'Išsaugokite jį: su juo bet kas gali patikrinti, kad jūsų parašas buvo užregistruotas, kad nuo to laiko niekas sąrašo neperrašė ir ar jūs vis dar jame esate.',
  'confirmed.check': 'Norėdami jį patikrinti (<how>kaip tai padaryti</how>):',
  'confirmed.batched': 'Jis bus paskelbtas po laišku su kita parašų grupe. Nauji parašai skelbiami kartu, po kelis, kad sąrašą stebintys asmenys negalėtų nustatyti, kada pasirašėte.',
  'confirmed.batchedReceipt': 'Tada jūsų kvitą iš laiško žurnalo rasite puslapyje, kurį atveria jūsų atšaukimo nuoroda (gautame el. laiške).',
  'confirmed.held': 'Jis bus paskelbtas po laišku, kai organizatoriai jį patikrins; tada jis bus užregistruotas laiško žurnale.',
  'confirmed.see': 'Peržiūrėti laišką ir jo signatarus',

  'withdraw.title': 'Parašo atšaukimas',
  'withdraw.doneHeading': 'Jūsų parašas atšauktas',
  'withdraw.heading': 'Atšaukite parašą',
  'withdraw.from': 'Po laišku <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Atšauktas parašas pašalinamas iš viešo sąrašo, skaičiavimų ir visų atsisiunčiamų failų.',
  'withdraw.submit': 'Atšaukti parašą',
  'withdraw.storedHeading': 'Kokius duomenis apie jus saugome',
  'withdraw.name': 'Vardas ir pavardė',
  'withdraw.titleField': 'Pareigos',
  'withdraw.parliament': 'Parlamentas',
  'withdraw.party': 'Partija',
  'withdraw.organization': 'Organizacija',
  'withdraw.website': 'Interneto svetainė',
  'withdraw.country': 'Šalis',
  'withdraw.email': 'El. paštas',
  'withdraw.emailStored': '{email} (užšifruotas; niekada neskelbiamas)',
  'withdraw.erased': 'ištrinta',
  'withdraw.shownAs': 'Rodoma kaip',
  'withdraw.signed': 'Pasirašyta',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; patvirtinta {confirmed}',
  'withdraw.publicList': 'Viešas sąrašas',
  'withdraw.publication':
    '{state, select, held {sąraše nėra: laukiama, kol organizatoriai patikrins} batched {patvirtinta; bus įtraukta į sąrašą su kita parašų grupe (parašai skelbiami kartu, kad niekas negalėtų nustatyti, kada pasirašėte)} published {sąraše} other {įskaičiuota; jūsų vardas bus paskelbtas, kai pasirašys pakankamai signatarų iš jūsų šalies, arba laiško paskelbimo metu}}',
  'withdraw.receipt': 'Žurnalo kvitas',
  'withdraw.receiptText': 'įrašas {position, number}, maišos reikšmė <code>{hash}</code>. Norėdami bet kada patikrinti, ar vis dar esate sąraše (o jei ne – kas jus pašalino):',
  'withdraw.invitation': 'Kvietimas',
  'withdraw.invitationText':
    '{accepted, select, yes {organizatoriai {date} pakvietė {email} (užšifruota), ir jūs pasirašėte pagal šį kvietimą su šiais duomenimis: {details}.} other {organizatoriai {date} pakvietė {email} (užšifruota) su šiais duomenimis: {details}.}} Atšaukus parašą arba ištrynus duomenis, kvietimas nustoja galioti ir šie duomenys taip pat ištrinami.',
  'withdraw.network': 'Tinklo adresas',
  'withdraw.networkFingerprint': 'nesaugomas; saugoma tik jo maišos reikšmė, apskaičiuota naudojant raktą, kad būtų galima aptikti netikrų parašų antplūdį',
  'withdraw.networkNone': 'nesaugomas',
  'withdraw.eraseText': 'Galite viską ištrinti dabar pat: parašas dings iš sąrašo ir skaičiavimų, ir jokie duomenys apie jus nebus saugomi.',
  'withdraw.erase': 'Ištrinti visus duomenis apie mane',

  'withdrawn.title': 'Parašas atšauktas',
  'withdrawn.heading': 'Jūsų parašas atšauktas',
  'withdrawn.effect': 'Jis nebėra rodomas po laišku ir nebeįskaičiuojamas.',
  'withdrawn.proof':
    'Laiško žurnale atšaukimas užregistruotas su įrodymu, sudarytu iš jūsų atšaukimo nuorodos, kurios niekas kitas neturi: turėdami kvitą ir tą nuorodą, tikrinimo įrankiu galite parodyti, kad atšaukimas buvo jūsų (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), o bet kieno kito užregistruotas atšaukimas – ne.',

  'erased.title': 'Ištrinta',
  'erased.heading': 'Ištrinta',
  'erased.text': 'Jūsų parašas ir visi kartu su juo saugoti duomenys ištrinti.',

  'reconsent.title': 'Laiškas pakeistas',
  'reconsent.doneHeading': 'Jūs sutikote su dabartiniu tekstu',
  'reconsent.heading': 'Laiškas, kurį pasirašėte, pakeistas',
  'reconsent.versions': '<letter>{title}</letter>: pasirašėte {signed, number} versiją; dabartinė teksto versija – {current, number}.',
  'reconsent.version': '{version, number} versija',
  'reconsent.editorial': '{version, number} versija (redakcinis pataisymas)',
  'reconsent.submit': 'Pasirašau naująjį tekstą',
  'reconsent.otherwise': 'Jei to nepadarysite, jūsų parašas liks sąraše kaip pateiktas {signed, number} versijai.',
  'reconsented.title': 'Dėkojame',
  'reconsented.heading': 'Dėkojame: pasirašėte {version, number} versiją',
  'reconsented.receipt': 'Jūsų naujas kvitas: laiško žurnalo įrašas <strong>{position, number}</strong>, maišos reikšmė <code>{hash}</code>.',
  'reconsented.check': 'Norėdami jį patikrinti:',

  'diff.field': '{field, select, title {Pavadinimas} addressee {Adresatas} summary {Santrauka} body {Tekstas} language {Kalba} other {{field}}}',

  'embed.signatories': '{n, plural, one {signataras} few {signatarai} many {signataro} other {signatarų}}',
  'embed.readAndSign': 'Skaityti ir pasirašyti',
  'embed.read': 'Skaityti laišką',

  'invitation.founding': 'Steigiamasis etapas: tik pakviestiesiems',
  'invitation.badge': 'Kvietimas pasirašyti',
  'invitation.usedHeading': 'Šis kvietimas jau panaudotas',
  'invitation.used': 'Juo jau pasirašytas šis laiškas, o kvietimu galima pasirašyti tik kartą: juo pateiktas parašas lieka toks, koks buvo pateiktas. Su šia nuoroda daugiau nieko padaryti negalima.',
  'invitation.signAs': 'Pasirašyti kaip {name}',
  'invitation.hint': 'Organizatoriai pakvietė šį adresą; pasirašant čia papildomo patvirtinimo nereikia, o jūsų parašas pažymimas kaip patikrintas. Ištaisykite, jei kas nors neteisinga.',
  'invitation.submit': 'Pasirašyti laišką',
  'invitation.closedOn': 'Šis laiškas uždarytas {date}, ir nauji parašai nebepriimami.',
  'invitation.notOpen': 'Šiuo metu šio laiško pasirašyti negalima.',

  'error.heading':
    '{status, number} · {status, select, 400 {Neteisinga užklausa} 403 {Draudžiama} 404 {Nerasta} 405 {Neleidžiama} 409 {Konfliktas} 410 {Pašalinta} 413 {Per didelė užklausa} 415 {Nepalaikomas tipas} 429 {Per daug užklausų} 503 {Paslauga nepasiekiama} other {Klaida}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Tokio laiško nėra arba jis neviešas.} NOT_FOUND {Šiuo adresu nieko nėra.} TOKEN_UNKNOWN {Ši nuoroda negalioja. Patikrinkite, ar ją visą nukopijavote iš el. laiško.} TOKEN_EXPIRED {Šios nuorodos galiojimas baigėsi. Pasirašykite laišką dar kartą ir gausite naują.} LETTER_CLOSED {Šis laiškas uždarytas, ir nauji parašai nebepriimami.} ALREADY_SIGNED {Šiuo adresu šis laiškas jau pasirašytas su kitais duomenimis, kurie lieka galioti. Norėdami juos pakeisti, atšaukite tą parašą ir pasirašykite iš naujo.} SIGNATURE_WITHDRAWN {Šis parašas atšauktas; pasirašykite laišką dar kartą, kad jis būtų vėl pridėtas.} SIGNATURE_NOT_ACTIVE {Šis parašas negalioja; verčiau pasirašykite laišką iš naujo.} RATE_LIMITED {Iš čia per daug bandymų: šiek tiek palaukite ir bandykite dar kartą.} CROSS_ORIGIN {Ši forma išsiųsta iš kitos svetainės, todėl ji atmesta. Atidarykite puslapį iš naujo ir siųskite formą iš jo.} DATABASE_UNAVAILABLE {Paslauga šiuo metu nepasiekiama; netrukus bandykite dar kartą.} INTERNAL_ERROR {Mūsų sistemoje įvyko klaida; ji užregistruota.} other {Užklausos įvykdyti nepavyko ({code}).}}',

  'mail.footerSigner':
    'Šį pranešimą išsiuntė {siteName}, nes šis adresas buvo nurodytas pasirašant atvirą laišką. Jūsų el. pašto adresas niekada neskelbiamas. Jei tai buvote ne jūs, nekreipkite dėmesio į šį pranešimą arba atšaukite parašą aukščiau pateikta nuoroda.',
  'mail.footerSigned': 'Šį pranešimą išsiuntė {siteName}, nes šis adresas buvo nurodytas pasirašant atvirą laišką. Jūsų el. pašto adresas niekada neskelbiamas.',
  'mail.footerReconsent': 'Šį pranešimą išsiuntė {siteName}, nes pasirašėte šį laišką. Jūsų el. pašto adresas niekada neskelbiamas.',
  'mail.orOpen': 'Arba atidarykite šią nuorodą:',
  'mail.readLetter': 'Skaityti laišką',
  'mail.theLetter': 'Laiškas: {url}',

  'mail.confirm.subject': 'Patvirtinkite parašą: {title}',
  'mail.confirm.thanks': 'Dėkojame, kad pasirašėte laišką <strong>{title}</strong> (adresatas: {addressee}).',
  'mail.confirm.counts': 'Jūsų parašas bus įskaičiuotas, kai patvirtinsite, kad šis adresas yra jūsų. Patvirtinus bus paskelbta:',
  'mail.confirm.careful': 'Jei tai ne jūsų pateikti duomenys, netvirtinkite: be šios nuorodos niekas neskelbiama.',
  'mail.confirm.button': 'Patvirtinti parašą',
  'mail.confirm.valid': 'Nuoroda galioja 7 dienas.',
  'mail.confirm.openToConfirm': 'Norėdami patvirtinti, atidarykite šią nuorodą (galioja 7 dienas):',
  'mail.confirm.changedMind': 'Persigalvojote? <withdraw>Atšaukite parašą</withdraw> dabar arba vėliau.',
  'mail.confirm.changedMindText': 'Persigalvojote? Atšaukite parašą dabar arba vėliau:',

  'mail.already.subject': 'Jūs jau pasirašėte: {title}',
  'mail.already.again': 'Kažkas, tikriausiai jūs, šiuo adresu dar kartą bandė pasirašyti laišką <strong>{title}</strong>.',
  'mail.already.stands': 'Jūs jį jau pasirašėte, ir jūsų parašas galioja; niekas nepasikeitė.',
  'mail.already.withdraw': 'Jei norite atsiimti parašą, <withdraw>atšaukite jį</withdraw>.',
  'mail.already.withdrawText': 'Jei norite atsiimti parašą, atidarykite:',

  'mail.reconsent.subject': 'Laiškas, kurį pasirašėte, pakeistas: {title}',
  'mail.reconsent.changed': 'Laiško <strong>{title}</strong> organizatoriai pakeitė jo tekstą po to, kai pasirašėte {from, number} versiją: dabar tai {to, number} versija.',
  'mail.reconsent.shown': 'Kol nesutiksite su naujuoju tekstu, jūsų parašas rodomas kaip pateiktas ankstesniam tekstui.',
  'mail.reconsent.see': '<versions>Peržiūrėkite, kas tiksliai pakeista</versions>.',
  'mail.reconsent.seeText': 'Peržiūrėkite, kas tiksliai pakeista:',
  'mail.reconsent.button': 'Peržiūrėti ir pasirašyti naująjį tekstą',
  'mail.reconsent.withdraw': 'Jei nebepritariate laiškui, <withdraw>atšaukite parašą</withdraw>.',
  'mail.reconsent.withdrawText': 'Jei nebepritariate laiškui, atšaukite parašą:',

  'mail.invitation.subject': 'Kvietimas pasirašyti: {title}',
  // review: Gerb. is the neutral abbreviation of Gerbiamas/Gerbiama
  'mail.invitation.dear': 'Gerb. {name},',
  'mail.invitation.invited':
    '{founding, select, yes {Kviečiame jus pasirašyti atvirą laišką <strong>{title}</strong> (adresatas: {addressee}) kaip vieną iš steigiamųjų signatarų, dar prieš jį paskelbiant viešai.} other {Kviečiame jus pasirašyti atvirą laišką <strong>{title}</strong> (adresatas: {addressee}).}}',
  'mail.invitation.button': 'Skaityti laišką ir pasirašyti',
  'mail.invitation.personal': 'Ši nuoroda skirta tik jums ir galioja 30 dienų. Pasirašant ja papildomo patvirtinimo nereikia, o jūsų parašas pažymimas kaip patikrintas.',

  // review: addressee name is nominative, so a label is used instead of a dative salutation
  'mail.delivery.to': 'Adresatas: {name}',
  'mail.delivery.attached': 'Laiškas ir visas jo signatarų sąrašas ({summary}) pridedami PDF formatu ir paskelbti adresu {url}.',

  'pdf.signatories': 'Signatarai',
  'pdf.legend':
    '✓ patikrinta: signataras rašė iš institucijos el. pašto domeno (nurodoma: „rašo iš @domain“), buvo pakviestas organizatorių arba jų patvirtintas. Kiekvieną parašą signataras patvirtino el. paštu. Pareigos ir sąsajos su institucijomis nurodomos tik identifikavimo tikslais.',
  'pdf.unlisted':
    '{n, plural, one {Dar # signataras įskaičiuotas, bet jo prašymu neįvardytas.} few {Dar # signatarai įskaičiuoti, bet jų prašymu neįvardyti.} many {Dar # signataro įskaičiuota, bet jų prašymu neįvardyta.} other {Dar # signatarų įskaičiuota, bet jų prašymu neįvardyta.}}',
  'pdf.withheld':
    '{n, plural, one {Dar # asmuo įskaičiuotas, bet jo vardas saugumo sumetimais dar neskelbiamas} few {Dar # asmenys įskaičiuoti, bet jų vardai saugumo sumetimais dar neskelbiami} many {Dar # asmens įskaičiuota, bet jų vardai saugumo sumetimais dar neskelbiami} other {Dar # asmenų įskaičiuota, bet jų vardai saugumo sumetimais dar neskelbiami}} (šalies signatarų vardai skelbiami, kai iš jos pasirašo pakankamai žmonių, o visi vardai – laiško paskelbimo metu).',
  'pdf.version': '{url} · teksto {version, number} versija · sugeneruota {date}',
  'pdf.ledger':
    'Signatarų žurnalas: {n, plural, one {# įrašas} few {# įrašai} many {# įrašo} other {# įrašų}}, viršūnė <code>{head}</code>, Merkle šaknis <code>{root}</code>, pasirašyta šios instancijos raktu <code>{key}</code>.',
  'pdf.witnessed':
    '{count, plural, one {# liudytojas} few {# liudytojai} many {# liudytojo} other {# liudytojų}} kartu pasirašė {size, plural, one {pirmąjį # jo įrašą} few {pirmuosius # jo įrašus} many {pirmuosius # jo įrašo} other {pirmuosius # jo įrašų}}.',
  'pdf.check': 'Bet kas gali patikrinti, kad nuo to laiko sąrašas keitėsi tik dėl užregistruotų įvykių:',
  'pdf.page': '{title} · {page} puslapis iš {pages}',
  // review: assumes the original language name is in genitive form (e.g. anglų), as ICU gives it
  'pdf.translationOf': 'Vertimas ({language}) iš originalo, parašyto {original} kalba; autentiškas yra originalas.',
  'pdf.original': 'Originalas',
  'pdf.translation': 'Vertimas',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Organizuojate laišką?',
  'home.signIn': 'Prisijunkite prie savo darbo srities',
  // review: {organizers} is a list of the owners’ public names: put in parentheses after “laiško organizatoriai” so that it stays in the nominative
  'mail.footer.invitation':
    'Šį pranešimą gavote, nes {named, select, yes {laiško organizatoriai ({organizers})} other {laiško „{title}“ organizatoriai}} per {siteName} pakvietė šį adresą pasirašyti laišką. Niekas nepasirašoma, kol nepasirašote jūs; jūsų el. pašto adresas niekada neskelbiamas.',
  'mail.footer.delivery':
    'Šį pranešimą gavote, nes šis adresas yra vienas iš atviro laiško „{title}“ adresatų; laišką jo signatarų vardu per {siteName} išsiuntė {named, select, yes {jo organizatoriai ({organizers})} other {laiško „{title}“ organizatoriai}}. Viešame laiško puslapyje adresatai nurodomi vardu, niekada – adresu.',
  'mail.rejected.subject': 'Jūsų parašas nepriimtas: {title}',
  'mail.rejected.decided': 'Laiško <strong>{title}</strong> organizatoriai peržiūrėjo jūsų parašą, pateiktą vardu {name}, ir jo nepriėmė.',
  'mail.rejected.effect': 'Jis nerodomas laiško sąraše ir neįskaičiuojamas.',
  'mail.rejected.data': 'Kas saugoma apie jūsų parašą ir kaip tai ištrinti: <withdraw>jūsų parašo puslapis</withdraw>.',
  'mail.rejected.dataText': 'Kas saugoma apie jūsų parašą ir kaip tai ištrinti:',
  'mail.invitation.from': '{named, select, yes {Kvietimą siunčia laiško organizatoriai: {organizers}.} other {Kvietimą siunčia laiško organizatoriai.}}',
  'mail.delivery.from': '{named, select, yes {Šį laišką jums jo signatarų vardu siunčia jo organizatoriai: {organizers}.} other {Šį laišką jums jo signatarų vardu siunčia jo organizatoriai.}}',
  // Issue 20: the workspace's pages.
  'sign.news': 'Siųskite man šio laiško naujienas (ne dažniau kaip {n, plural, one {kartą} few {# kartus} many {# karto} other {# kartų}} per mėnesį)',
  'sign.newsHint': 'Neprivaloma. Kiekviename pranešime yra nuoroda jų atsisakyti; jūsų parašas lieka.',
  'mail.update.subject': 'Laiško „{title}“ naujienos: {update}',
  'mail.update.news': 'Jūsų pasirašyto laiško <strong>{title}</strong> organizatorių naujienos:',
  'mail.update.unsubscribe':
    'Gaunate ne daugiau kaip {n, plural, one {vieną tokį pranešimą} few {# tokius pranešimus} many {# tokio pranešimo} other {# tokių pranešimų}} per mėnesį. <unsubscribe>Atsisakyti</unsubscribe> galite vienu paspaudimu; jūsų parašas lieka.',
  'mail.update.unsubscribeText':
    'Gaunate ne daugiau kaip {n, plural, one {vieną tokį pranešimą} few {# tokius pranešimus} many {# tokio pranešimo} other {# tokių pranešimų}} per mėnesį. Norėdami atsisakyti (jūsų parašas lieka), atidarykite:',
  'mail.footer.update': 'Šį pranešimą gavote, nes pasirašydami laišką „{title}“ per {siteName} paprašėte jo naujienų. Jūsų el. pašto adresas niekada neskelbiamas.',
  'unsubscribe.title': 'Šio laiško naujienos',
  'unsubscribe.heading': 'Atsisakyti šio laiško naujienų?',
  'unsubscribe.doneHeading': 'Šio laiško naujienų nebegausite',
  'unsubscribe.about': 'Laiško <letter>{title}</letter> organizatoriai siunčia laiško naujienas tiems jo signatarams, kurie jų paprašė.',
  'unsubscribe.effect': 'Jų nebegausite. Jūsų parašas po laišku lieka toks, koks yra.',
  'unsubscribe.done': 'Laiško <letter>{title}</letter> naujienų nebegausite. Jūsų parašas po laišku lieka toks, koks yra.',
  'unsubscribe.submit': 'Atsisakyti',
  'updates.heading': 'Organizatorių naujienos',
  'updates.sent': 'Išsiųsta {date}',
  'withdraw.news': 'Laiško naujienos',
  'withdraw.newsState': '{news, select, yes {jų paprašėte: jos siunčiamos jūsų adresu, kol jų atsisakysite arba atšauksite parašą} other {nėra}}',
  // --- replies-public ---
  // The letter page's addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Adresatai',
  'addressees.intro':
    'Laiškas kiekvienam iš šių adresatų išsiųstas el. paštu. Čia jie nurodomi vardu, niekada – adresu; adresatas, neatsakęs per {days, plural, one {# dieną} few {# dienas} many {# dienos} other {# dienų}} nuo išsiuntimo, pažymimas kaip „be atsakymo“.',
  'addressees.ungrouped': 'Kiti adresatai',
  // review: placeholders only: “{group}: {counts}” would be identical to English, which the test forbids, so an en dash is used, as in ws.section.pageTitle
  'addressees.summary': '{hasGroup, select, yes {{group} – {counts}} other {{counts}}}',
  // One state's count in a group's summary (awaiting: sent or being sent, in the PDF).
  // review: the state first, then the number after a colon (as in ws.delivery.count), so that nothing has to agree with {n}
  'addressees.count':
    '{state, select, replied {atsakė: {n, number}} bounced {nepristatyta: {n, number}} noReply {be atsakymo po {days, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}: {n, number}} sent {išsiųsta: {n, number}} awaiting {laukiama atsakymo: {n, number}} other {siunčiama: {n, number}}}',
  // review: an addressee may be a person or a body, hence Vardas arba pavadinimas, as in ws.delivery.name
  'addressees.col.name': 'Vardas arba pavadinimas',
  'addressees.col.state': 'Būsena',
  'addressees.state':
    '{state, select, replied {<reply>Atsakė {date}</reply>} bounced {Nepristatyta} noReply {Be atsakymo po {days, plural, one {# dienos} few {# dienų} many {# dienos} other {# dienų}}} sent {Išsiųsta {date}} other {Siunčiama}}',
  // The addressees' published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Atsakymai',
  'replies.received': 'Gauta {date}',
  'replies.mark': '{mark, select, dkim {Patikrinta pagal DKIM: {domain}} organizer {Užregistravo organizatoriai} other {Gauta el. paštu, nepatikrinta}}',
  'replies.documents': '{n, plural, one {# dokumentas} few {# dokumentai} many {# dokumento} other {# dokumentų}}',
  'replies.read': 'Skaityti atsakymą',
  // review: {addressee} after a colon, so that it stays in the nominative (“X atsakymas” would need the genitive); the same in reply.heading
  'reply.title': 'Atsakymas: {addressee} · {title}',
  'reply.heading': 'Atsakymas: {addressee}',
  'reply.inAnswer': 'Į atvirą laišką <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Pranešimą pasirašė domeno {domain} pašto serveriai (DKIM), ir šis domenas sutampa su adresato adresu: pranešimas atėjo iš jo pašto sistemos ir nebuvo pakeistas.} organizer {Organizatoriai šį atsakymą gavo ne el. paštu į šią svetainę, o kitu būdu (pavyzdžiui, paštu) ir užregistravo jį tokį, koks jis parašytas.} other {Pranešimas atėjo el. paštu be galiojančio adresato domeno parašo: nepavyko patikrinti, kas jį išsiuntė.}}',
  'reply.documents': 'Dokumentai',
  'reply.document': 'Dokumentas {position, number}: {type}, {size}',
  // review: fingerprints (SHA-256) rendered as maišos reikšmės (hash values), as in confirmed.receipt
  'reply.ledger':
    'Šis atsakymas užregistruotas viešame, klastojimą atskleidžiančiame laiško žurnale kartu su jo teksto ir dokumentų maišos reikšmėmis (SHA-256): <verify>kaip patikrinti žurnalą</verify>.',
  'pdf.replies': 'Atsakymai',
  'pdf.replyUrl': 'Internete: {url}',
} satisfies SiteCatalog;
