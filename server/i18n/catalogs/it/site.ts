import type { SiteCatalog } from '../en/site-type.js';

/** Italian: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} e {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} e {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Vai al contenuto',
  'site.footer': '{siteName}: lettere aperte, firmate e verificate. Gli indirizzi email dei firmatari non vengono mai pubblicati.',
  'site.languages': 'Lingue',
  'site.backToLetter': 'Torna alla lettera',
  'site.backToStart': 'Torna alla pagina iniziale',
  'site.choose': 'Selezionare…',
  'site.optional': '(facoltativo)',

  'home.title': 'Lettere aperte',
  'home.intro': 'Lettere congiunte firmate da parlamentari, organizzazioni e singole persone. Ogni firma è confermata via email; le affiliazioni vengono verificate ove possibile.',
  'home.to': 'Indirizzata a {addressee}',
  'home.none': 'Non è ancora stata pubblicata alcuna lettera.',

  'status.open': 'Aperta alle firme',
  'status.closed': 'Chiusa',
  'status.closedOn': 'Chiusa in data {date}',
  'status.draft': 'Bozza',

  // review: legislator rendered as parlamentare (also covers regional or state assemblies?); individual as persona
  'kind.plural': '{kind, select, legislator {Parlamentari} organization {Organizzazioni} other {Persone}}',
  'kind.singular': '{kind, select, legislator {Parlamentare} organization {Organizzazione} other {Persona}}',
  'kind.choice': '{kind, select, legislator {un parlamentare} organization {un’organizzazione} other {una persona a titolo individuale}}',

  'summary.legislators': '{legislators, plural, one {# parlamentare} other {# parlamentari}} di {countries, plural, one {# paese} other {# paesi}}',
  'summary.organizations': '{n, plural, one {# organizzazione} other {# organizzazioni}}',
  'summary.individuals': '{n, plural, one {# persona} other {# persone}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  // review: many (CLDR, e.g. a goal of 1.000.000) rendered with “di” (37 su 1.000.000 di firme), as in summary.total
  'goal.progress':
    '{current, number} su {kind, select, legislator {{goal, plural, one {# parlamentare} many {# di parlamentari} other {# parlamentari}}} organization {{goal, plural, one {# organizzazione} many {# di organizzazioni} other {# organizzazioni}}} individual {{goal, plural, one {# persona} many {# di persone} other {# persone}}} other {{goal, plural, one {# firma} many {# di firme} other {# firme}}}}',
  'summary.none': 'Ancora nessuna firma',
  // The first screen's count: the number stands out.
  // review: many (CLDR, e.g. 1.000.000) rendered with “di” (# di firme); check it reads well with the number in digits
  'summary.total': '{n, plural, =0 {Ancora nessuna firma} one {<strong>#</strong> firma} many {<strong>#</strong> di firme} other {<strong>#</strong> firme}}',

  'letter.to': 'Indirizzata a: {addressee}',
  'letter.published': 'Pubblicata in data {date}',
  'letter.publishedUntil': 'Pubblicata in data {date} · termine per le firme: {until}',
  'letter.outdated': 'Questa traduzione si basa sulla versione {basedOn} del testo, che da allora è stato modificato (ora è alla versione {current}); fa fede il testo originale.',
  'letter.untranslated': 'Questa lettera non è stata tradotta in {language}: il testo è mostrato nella lingua originale.',
  'letter.downloadPdf': 'Scarica in PDF',
  'letter.downloadCsv': 'Firmatari in CSV',
  'letter.textLanguages': 'Il testo in altre lingue',

  'signatories.heading': 'Firmatari',
  'signatories.founding': 'Primi firmatari',
  'signatories.others': 'Firmatari',
  'signatories.pages': 'Pagine dei firmatari',
  'signatories.previous': 'Pagina precedente',
  'signatories.next': 'Pagina successiva',
  'signatories.page': 'Pagina {page, number} di {pages, number}',
  'signatories.identification': 'Titoli e affiliazioni sono indicati solo a fini identificativi.',
  'signatories.unlisted': 'Firme conteggiate ma, su richiesta dei firmatari, non elencate: {n, number}.',
  'signatories.withheldUntil':
    'I nomi saranno pubblicati tutti insieme in data {date}; fino ad allora vengono solo conteggiate le firme ({n, plural, one {# nome in attesa di pubblicazione} other {# nomi in attesa di pubblicazione}}).',
  'signatories.withheldThreshold':
    'Affinché nessuno sia l’unico firmatario visibile del proprio paese, i nomi di un paese vengono pubblicati quando {k, plural, one {ha firmato # persona} other {hanno firmato # persone}} di quel paese. Firme conteggiate finora i cui nomi non sono ancora pubblicati: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Le nuove firme vengono aggiunte a questa lista in blocco, {unit, select, second {ogni {n, plural, one {secondo} other {# secondi}}} minute {ogni {n, plural, one {minuto} other {# minuti}}} other {ogni {n, plural, one {ora} other {# ore}}}}, in modo che la lista non riveli quando ciascuno ha firmato.',
  'signatories.history': '<history>Questo testo è stato modificato dopo le prime firme: ne consulti la cronologia.</history>',
  'signatories.earlierVersion': '(ha firmato la versione {version})',
  'signatories.verified': '✓ verificato',
  'signatories.verifiedDomain': '✓ verificato: scrive da @{domain}',
  'signatories.verifiedHow':
    '{how, select, domain {verificato: scrive dal dominio email dell’istituzione} invited {verificato: invitato dagli organizzatori} other {verificato: approvato dagli organizzatori}}',

  'ledger.note':
    'Ogni firma aggiunta a questa lista o ritirata da essa è annotata in un registro che rende evidente qualsiasi manomissione: {n, plural, one {# voce} other {# voci}}, l’ultima <code>{head}</code>, sotto un’intestazione che questo sito ha <checkpoint>firmato</checkpoint> con la sua <key>chiave pubblicata</key>.',
  'ledger.witnessed':
    '{count, plural, one {# testimone indipendente ha verificato} other {# testimoni indipendenti hanno verificato}} che il registro è soltanto cresciuto e {count, plural, one {ne ha cofirmato} other {ne hanno cofirmato}} {size, plural, one {la prima voce} other {le prime # voci}} (l’ultima volta in data {date}).',
  'ledger.unwitnessed': 'Nessun testimone indipendente lo ha ancora cofirmato.',
  'ledger.check': '<ledger>Consulti il registro</ledger> o lo verifichi autonomamente con il <verifier>verificatore</verifier>:',
  'ledger.short': 'Ogni firma aggiunta a questa lista o ritirata da essa è annotata in un registro che rende evidente qualsiasi manomissione: <verify>verifichi questa lista</verify>.',

  // The pictures of the signatures (letters/pictures.ts): headings, and the words that say what each shows.
  'pictures.timelineHeading': 'Andamento delle firme nel tempo',
  // review: dates are long dates (8 marzo 2025); “dal giorno … al giorno” and “in data” avoid the elision dall’8 / l’11; check it reads naturally aloud
  'pictures.timelineAlt':
    'Grafico delle firme nel tempo: {total, plural, one {# firma} many {# di firme} other {# firme}} dal giorno {from} al giorno {to}; il maggior numero di firme è stato raccolto in data {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Provenienza dei firmatari',
  'pictures.mapAlt': 'Mappa del mondo: firmatari in {countries, plural, one {# paese} other {# paesi}}, parlamentari in {legislatorCountries, plural, one {# paese} other {# paesi}}.',
  'pictures.legendLegislators': 'Parlamentari',
  'pictures.legendSignatories': 'Altri firmatari',
  'pictures.byCountry': 'Firmatari per paese',
  'pictures.countryLine':
    '{country}: {n, plural, one {# firmatario} many {# di firmatari} other {# firmatari}}{legislators, plural, =0 {} one {, di cui # parlamentare} other {, di cui # parlamentari}}',

  'verify.title': 'Verifichi i firmatari: {title}',
  'verify.heading': 'Verifichi la lista dei firmatari',

  'sign.heading': 'Firmi questa lettera',
  'sign.honeypot': 'Lasciare vuoto questo campo',
  'sign.warningHeading': 'Prima di inviarle la conferma',
  'sign.otherAddress': '<other>Usi un altro indirizzo</other>: lo modifichi qui sotto, poi firmi. Non è stato ancora inviato nulla.',
  'sign.countedOnly': 'Firmare senza che il mio nome compaia nella lista (solo conteggio)',
  'sign.countedOnlyHint': '— la conferma viene comunque inviata a questo indirizzo',
  'sign.continue': 'Continuare con questo indirizzo',
  'sign.as': 'Firmo come',
  'sign.name': 'Nome',
  'sign.nameHint': '(per un’organizzazione: il suo rappresentante)',
  'sign.email': 'Indirizzo email',
  'sign.emailHint': '(non viene mai pubblicato; qui riceverà il link di conferma)',
  'sign.country': 'Paese',
  'sign.title': 'Carica',
  'sign.titleHint': '(ad es. deputata, senatore)',
  'sign.parliament': 'Parlamento',
  'sign.party': 'Partito',
  'sign.organization': 'Organizzazione',
  'sign.role': 'Il suo ruolo nell’organizzazione',
  'sign.website': 'Sito web',
  'sign.websiteHint': '(se il suo indirizzo email appartiene a questo dominio, la firma risulta verificata)',
  'sign.display': 'Mostrare nella lista pubblica',
  'sign.displayChoice': '{display, select, full {il mio nome completo} initials {solo le mie iniziali} other {nulla: conteggiare la mia firma, ma senza elencarmi}}',
  'sign.submit': 'Firmare',
  'sign.risky':
    '{jurisdiction, select, none {Il suo fornitore di posta, {provider}, è tra quelli segnalati dagli organizzatori di questa lettera: le autorità di uno Stato interessato dalla lettera potrebbero leggere la sua posta.} other {Il suo fornitore di posta, {provider}, è soggetto alle leggi di uno Stato ({state}) le cui autorità possono leggere la sua posta. {chosen, select, yes {Questa lettera riguarda proprio quello Stato.} other {Se questa lettera riguarda quello Stato, la conferma che le invieremmo rivelerebbe alle sue autorità che lei l’ha firmata.}}}}',
  'sign.riskyChoices': 'Può usare un altro indirizzo, firmare senza che il suo nome compaia nella lista (solo conteggio) oppure continuare comunque.',
  'sign.fieldName':
    '{field, select, name {Nome} email {Indirizzo email} country {Paese} kind {Firmo come} title {Carica} parliament {Parlamento} party {Partito} organization {Organizzazione} role {Il suo ruolo nell’organizzazione} website {Sito web} display {Mostrare nella lista pubblica} other {Questo campo}}',
  'sign.error':
    '{reason, select, required {{field}: campo obbligatorio.} requiredForKind {{field}: campo obbligatorio per chi firma come {kind, select, legislator {parlamentare} organization {organizzazione} other {persona a titolo individuale}}.} tooLong {{field}: il testo è troppo lungo.} kindNotAccepted {Questa lettera non accetta firme di {kind, select, legislator {parlamentari} organization {organizzazioni} other {persone a titolo individuale}}.} email {{field}: non è un indirizzo email a cui possiamo scrivere.} website {{field}: non è un indirizzo web (ad es. https://example.org).} noLink {{field}: qui non sono ammessi indirizzi web.} noLetter {{field}: deve contenere almeno una lettera o una cifra.} choose {{field}: scelga una delle opzioni.} other {{field}: il valore non è valido; controlli quanto ha scritto.}}',
  'sign.errorsHeading': '{n, plural, one {C’è un problema in quanto ha scritto} many {Ci sono # di problemi in quanto ha scritto} other {Ci sono # problemi in quanto ha scritto}}',

  'check.title': 'Controlli la sua casella email',
  'check.sent': 'Abbiamo inviato un messaggio all’indirizzo indicato. La sua firma sarà conteggiata quando avrà aperto il link contenuto nel messaggio e confermato.',
  'check.nothing': 'Non ha ricevuto nulla? Controlli la cartella della posta indesiderata, oppure firmi di nuovo per ricevere un nuovo invio.',

  'shown.list': 'Nella lista pubblica',
  'shown.notListed': '<strong>Non in elenco</strong>: la firma è conteggiata, ma senza nome',
  'shown.kind': 'In qualità di',
  'shown.country': 'Paese',
  'shown.display': 'Visualizzazione',
  'shown.displayChoice': '{display, select, full {il suo nome completo} initials {solo le sue iniziali} other {non in elenco: firma conteggiata, ma senza nome}}',

  'confirm.title': 'Confermi la sua firma',
  'confirm.closedHeading': 'Questa lettera è chiusa',
  'confirm.closed': '<letter>{title}</letter> è stata chiusa in data {date}, prima della sua conferma, pertanto la sua firma non è stata aggiunta.',
  'confirm.alreadyHeading': 'Questo indirizzo ha già firmato',
  'confirm.already':
    'Una firma da questo indirizzo su <letter>{title}</letter> è già stata confermata con altri dati, che restano validi. Questo link non può modificarli: per firmare in modo diverso, ritiri quella firma (con il link contenuto nella relativa email) e firmi di nuovo.',
  'confirm.withdrawnHeading': 'Questa firma è stata ritirata',
  'confirm.withdrawn': 'Firmi di nuovo <letter>{title}</letter> per aggiungerla nuovamente.',
  'confirm.doneHeading': 'La sua firma è confermata',
  'confirm.heading': 'Confermi la sua firma',
  'confirm.doneIntro': 'Su <letter>{title}</letter> compare così:',
  'confirm.intro': 'Su <letter>{title}</letter>, la conferma pubblicherà quanto segue:',
  'confirm.careful': 'Se questi non sono i dati che ha fornito, non confermi: nulla viene pubblicato senza questo pulsante.',
  'confirm.submit': 'Confermare la mia firma',

  'confirmed.title': 'Firma confermata',
  'confirmed.heading': 'Grazie: la sua firma è confermata',
  'confirmed.withheld':
    'Ora la firma è conteggiata. Il suo nome comparirà nella lista quando avranno firmato abbastanza persone del suo paese, oppure al lancio della lettera: fino ad allora, nessuno è l’unico firmatario visibile di un paese.',
  'confirmed.published': 'Ora la firma è conteggiata e compare sulla lettera come ha scelto.',
  'confirmed.receipt': 'La sua ricevuta: voce <strong>{position, number}</strong> del registro della lettera, hash <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'La sua ricevuta: voce <strong>{position, number}</strong> del registro della lettera, hash <code>{hash}</code>, inclusa nell’intestazione di {size, plural, one {# voce} other {# voci}} firmata da questo sito.',
  'confirmed.keep': 'La conservi: grazie a essa chiunque può verificare che la sua firma è stata registrata, che da allora nessuno ha riscritto la lista e se lei vi compare ancora.',
  'confirmed.check': 'Per verificarla (<how>come fare</how>):',
  'confirmed.batched':
    'Comparirà sulla lettera con il prossimo blocco di firme. Le nuove firme vengono pubblicate insieme, poche alla volta, in modo che chi osserva la lista non possa capire quando lei ha firmato.',
  'confirmed.batchedReceipt': 'La ricevuta del registro della lettera sarà poi disponibile nella pagina che si apre con il suo link di ritiro (nell’email che ha ricevuto).',
  'confirmed.held': 'Comparirà sulla lettera dopo il controllo degli organizzatori; a quel punto sarà annotata nel registro della lettera.',
  'confirmed.see': 'Visualizzare la lettera e i firmatari',

  'withdraw.title': 'Ritiro della firma',
  'withdraw.doneHeading': 'La sua firma è stata ritirata',
  'withdraw.heading': 'Ritiro della firma',
  'withdraw.from': 'Da <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Una volta ritirata, la firma viene rimossa dalla lista pubblica, dai conteggi e da ogni file scaricabile.',
  'withdraw.submit': 'Ritirare la mia firma',
  'withdraw.storedHeading': 'Quali dati conserviamo su di lei',
  'withdraw.name': 'Nome',
  'withdraw.titleField': 'Carica',
  'withdraw.parliament': 'Parlamento',
  'withdraw.party': 'Partito',
  'withdraw.organization': 'Organizzazione',
  'withdraw.website': 'Sito web',
  'withdraw.country': 'Paese',
  'withdraw.email': 'Indirizzo email',
  'withdraw.emailStored': '{email} (cifrato; mai pubblicato)',
  'withdraw.erased': 'cancellato',
  'withdraw.shownAs': 'Mostrato come',
  'withdraw.signed': 'Data della firma',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; confermata in data {confirmed}',
  'withdraw.publicList': 'Lista pubblica',
  'withdraw.publication':
    '{state, select, held {non in elenco: in attesa del controllo degli organizzatori} batched {confermata; entrerà nella lista con il prossimo blocco di firme (pubblicate insieme, affinché nessuno possa capire quando lei ha firmato)} published {nella lista} other {conteggiata; il suo nome comparirà nella lista quando avranno firmato abbastanza persone del suo paese, oppure al lancio della lettera}}',
  'withdraw.receipt': 'Ricevuta del registro',
  'withdraw.receiptText':
    'voce {position, number}, hash <code>{hash}</code>. Per verificare in qualsiasi momento che lei compare ancora nella lista (e, in caso contrario, chi ha rimosso la sua firma):',
  'withdraw.invitation': 'Invito',
  'withdraw.invitationText':
    '{accepted, select, yes {gli organizzatori hanno invitato {email} (cifrato) in data {date}, e lei ha firmato tramite tale invito, con i seguenti dati: {details}.} other {gli organizzatori hanno invitato {email} (cifrato) in data {date}, con i seguenti dati: {details}.}} Il ritiro o la cancellazione pongono fine all’invito e cancellano anche questi dati.',
  'withdraw.network': 'Indirizzo di rete',
  'withdraw.networkFingerprint': 'non conservato; solo un suo hash con chiave, per individuare ondate di firme false',
  'withdraw.networkNone': 'non conservato',
  'withdraw.eraseText': 'Può cancellare tutto, subito: la firma scompare dalla lista e dai conteggi, e non viene conservato nulla che la riguardi.',
  'withdraw.erase': 'Cancellare tutti i miei dati',

  'withdrawn.title': 'Firma ritirata',
  'withdrawn.heading': 'La sua firma è stata ritirata',
  'withdrawn.effect': 'Non compare più sulla lettera e non viene più conteggiata.',
  'withdrawn.proof':
    'Il registro della lettera annota il ritiro con una prova ricavata dal suo link di ritiro, che nessun altro possiede: con la sua ricevuta e quel link, il verificatore dimostra che il ritiro è stato effettuato da lei (<code>--receipt POSITION:HASH --token YOUR_LINK</code>) e che un ritiro registrato da chiunque altro non lo è.',

  'erased.title': 'Dati cancellati',
  'erased.heading': 'Dati cancellati',
  'erased.text': 'La sua firma e tutti i dati conservati con essa sono stati eliminati.',

  'reconsent.title': 'La lettera è cambiata',
  'reconsent.doneHeading': 'Ha dato il suo consenso al testo attuale',
  'reconsent.heading': 'La lettera che ha firmato è cambiata',
  'reconsent.versions': '<letter>{title}</letter>: lei ha firmato la versione {signed, number}; il testo è ora alla versione {current, number}.',
  'reconsent.version': 'Versione {version, number}',
  'reconsent.editorial': 'Versione {version, number} (correzione redazionale)',
  'reconsent.submit': 'Firmo il nuovo testo',
  'reconsent.otherwise': 'In caso contrario, la sua firma resta nella lista come apposta alla versione {signed, number}.',
  'reconsented.title': 'Grazie',
  'reconsented.heading': 'Grazie: ha firmato la versione {version, number}',
  'reconsented.receipt': 'La sua nuova ricevuta: voce <strong>{position, number}</strong> del registro della lettera, hash <code>{hash}</code>.',
  'reconsented.check': 'Per verificarla:',

  'diff.field': '{field, select, title {Titolo} addressee {Destinatari} summary {Sintesi} body {Testo} language {Lingua} other {{field}}}',

  'embed.signatories': '{n, plural, one {firmatario} other {firmatari}}',
  'embed.readAndSign': 'Leggere e firmare',
  'embed.read': 'Leggere la lettera',

  'invitation.founding': 'Fase dei primi firmatari: solo su invito',
  'invitation.badge': 'Invito a firmare',
  'invitation.usedHeading': 'Questo invito è già stato utilizzato',
  'invitation.used':
    'È stato utilizzato per firmare questa lettera, e un invito consente di firmare una sola volta: la firma apposta con esso resta così come è stata data. Con questo link non è possibile fare altro.',
  'invitation.signAs': 'Firmare come {name}',
  'invitation.hint': 'Gli organizzatori hanno invitato questo indirizzo; firmando qui non serve alcuna ulteriore conferma e la sua firma risulta verificata. Corregga eventuali dati errati.',
  'invitation.submit': 'Firmare la lettera',
  'invitation.closedOn': 'Questa lettera è stata chiusa in data {date} e non accetta più firme.',
  'invitation.notOpen': 'Questa lettera non accetta firme.',

  'error.heading':
    '{status, number} · {status, select, 400 {Richiesta non valida} 403 {Accesso negato} 404 {Non trovato} 405 {Metodo non consentito} 409 {Conflitto} 410 {Non più disponibile} 413 {Troppo grande} 415 {Tipo non supportato} 429 {Troppe richieste} 503 {Servizio non disponibile} other {Errore}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Questa lettera non esiste o non è pubblica.} NOT_FOUND {A questo indirizzo non c’è nulla.} TOKEN_UNKNOWN {Questo link non è valido. Verifichi di averlo copiato per intero dall’email.} TOKEN_EXPIRED {Questo link è scaduto. Firmi di nuovo la lettera per riceverne uno nuovo.} LETTER_CLOSED {Questa lettera è chiusa e non accetta più firme.} ALREADY_SIGNED {Questo indirizzo ha già firmato questa lettera con altri dati, che restano validi. Per modificarli, ritiri quella firma e firmi di nuovo.} SIGNATURE_WITHDRAWN {Questa firma è stata ritirata; firmi di nuovo la lettera per aggiungerla nuovamente.} SIGNATURE_NOT_ACTIVE {Questa firma non è attiva; firmi invece di nuovo la lettera.} RATE_LIMITED {Troppi tentativi da questa connessione: attenda qualche istante e riprovi.} CROSS_ORIGIN {Questo modulo è stato inviato da un altro sito ed è stato quindi rifiutato. Riapra la pagina e lo invii da lì.} DATABASE_UNAVAILABLE {Il servizio non è al momento disponibile; riprovi tra poco.} INTERNAL_ERROR {Si è verificato un errore da parte nostra; è stato registrato.} other {Non è stato possibile completare la richiesta ({code}).}}',

  'mail.footerSigner':
    'Inviato da {siteName} perché questo indirizzo è stato indicato per firmare una lettera aperta. Il suo indirizzo email non viene mai pubblicato. Se non è stato lei, ignori questo messaggio oppure ritiri la firma con il link riportato sopra.',
  'mail.footerSigned': 'Inviato da {siteName} perché questo indirizzo è stato indicato per firmare una lettera aperta. Il suo indirizzo email non viene mai pubblicato.',
  'mail.footerReconsent': 'Inviato da {siteName} perché lei ha firmato questa lettera. Il suo indirizzo email non viene mai pubblicato.',
  'mail.orOpen': 'Oppure apra questo link:',
  'mail.readLetter': 'Leggere la lettera',
  'mail.theLetter': 'La lettera: {url}',

  'mail.confirm.subject': 'Confermi la sua firma: {title}',
  'mail.confirm.thanks': 'Grazie per aver firmato <strong>{title}</strong>, indirizzata a {addressee}.',
  'mail.confirm.counts': 'La sua firma sarà conteggiata quando avrà confermato che questo indirizzo è suo. La conferma pubblicherà quanto segue:',
  'mail.confirm.careful': 'Se questi non sono i dati che ha fornito, non confermi: nulla viene pubblicato senza questo link.',
  'mail.confirm.button': 'Confermare la mia firma',
  'mail.confirm.valid': 'Il link è valido per 7 giorni.',
  'mail.confirm.openToConfirm': 'Per confermare, apra questo link (valido per 7 giorni):',
  'mail.confirm.changedMind': 'Ha cambiato idea? <withdraw>Ritiri la sua firma</withdraw>, ora o in seguito.',
  'mail.confirm.changedMindText': 'Ha cambiato idea? Ritiri la sua firma, ora o in seguito:',

  'mail.already.subject': 'Ha già firmato: {title}',
  'mail.already.again': 'Qualcuno, probabilmente lei, ha tentato di firmare di nuovo <strong>{title}</strong> con questo indirizzo.',
  'mail.already.stands': 'Lei ha già firmato e la sua firma resta valida; non è cambiato nulla.',
  'mail.already.withdraw': 'Per ritirare la sua firma: <withdraw>la ritiri qui</withdraw>.',
  'mail.already.withdrawText': 'Per ritirare la sua firma, apra:',

  'mail.reconsent.subject': 'La lettera che ha firmato è cambiata: {title}',
  'mail.reconsent.changed': 'Gli organizzatori di <strong>{title}</strong> ne hanno modificato il testo dopo che lei ha firmato la versione {from, number}: ora è alla versione {to, number}.',
  'mail.reconsent.shown': 'La sua firma risulta apposta al testo precedente finché non darà il suo consenso a quello nuovo.',
  'mail.reconsent.see': '<versions>Veda esattamente che cosa è cambiato</versions>.',
  'mail.reconsent.seeText': 'Veda esattamente che cosa è cambiato:',
  'mail.reconsent.button': 'Esaminare e firmare il nuovo testo',
  'mail.reconsent.withdraw': 'Se non sostiene più la lettera, <withdraw>ritiri la sua firma</withdraw>.',
  'mail.reconsent.withdrawText': 'Se non sostiene più la lettera, ritiri la sua firma:',

  'mail.invitation.subject': 'Invito a firmare: {title}',
  'mail.invitation.dear': 'Gentile {name},',
  'mail.invitation.invited':
    '{founding, select, yes {La invitiamo a firmare <strong>{title}</strong>, una lettera aperta indirizzata a {addressee}, tra i primi firmatari, prima che sia aperta al pubblico.} other {La invitiamo a firmare <strong>{title}</strong>, una lettera aperta indirizzata a {addressee}.}}',
  'mail.invitation.button': 'Leggere la lettera e firmare',
  'mail.invitation.personal': 'Il link è personale e valido per 30 giorni. Firmando tramite questo link non serve alcuna ulteriore conferma, e la sua firma risulta verificata.',

  'mail.delivery.to': 'All’attenzione di {name},',
  'mail.delivery.attached': 'In allegato trova, in formato PDF, la lettera e l’elenco completo dei firmatari ({summary}), pubblicati anche all’indirizzo {url}.',

  'pdf.signatories': 'Firmatari',
  'pdf.legend':
    '✓ verificato: chi firma ha scritto dal dominio email dell’istituzione (indicato con «scrive da @dominio»), è stato invitato dagli organizzatori o ne ha ricevuto l’approvazione. Ogni firma è stata confermata via email da chi l’ha apposta. Titoli e affiliazioni sono indicati solo a fini identificativi.',
  'pdf.unlisted':
    '{n, plural, one {È conteggiato # ulteriore firmatario che, su sua richiesta, non viene nominato.} other {Sono conteggiati altri # firmatari che, su loro richiesta, non vengono nominati.}}',
  'pdf.withheld':
    '{n, plural, one {È conteggiata # ulteriore persona il cui nome non è ancora pubblicato, per la sua sicurezza} other {Sono conteggiate altre # persone i cui nomi non sono ancora pubblicati, per la loro sicurezza}} (la lettera pubblica i nomi di un paese quando hanno firmato abbastanza persone di quel paese, oppure tutti i nomi al suo lancio).',
  'pdf.version': '{url} · versione {version, number} del testo · generato in data {date}',
  'pdf.ledger':
    'Registro dei firmatari: {n, plural, one {# voce} other {# voci}}, intestazione <code>{head}</code>, radice di Merkle <code>{root}</code>, firmato con la chiave dell’istanza <code>{key}</code>.',
  'pdf.witnessed': '{count, plural, one {# testimone ha cofirmato} other {# testimoni hanno cofirmato}} {size, plural, one {la prima voce} other {le prime # voci}}.',
  'pdf.check': 'Chiunque può verificare che da allora la lista è cambiata solo per effetto di eventi registrati:',
  'pdf.page': '{title} · pagina {page} di {pages}',
  'pdf.translationOf': 'Traduzione ({language}) dell’originale in {original}; fa fede il testo originale.',
  'pdf.original': 'Originale',
  'pdf.translation': 'Traduzione',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Organizza una lettera?',
  'home.signIn': 'Accedere al suo spazio di lavoro',
  'mail.footer.invitation':
    'Ha ricevuto questo messaggio perché questo indirizzo è stato invitato a firmare la lettera {named, select, yes {da {organizers}} other {dagli organizzatori di “{title}”}}, tramite {siteName}. Nulla viene firmato se non è lei a firmare; il suo indirizzo email non viene mai pubblicato.',
  'mail.footer.delivery':
    'Ha ricevuto questo messaggio perché questo indirizzo è tra quelli dei destinatari della lettera aperta “{title}”, inviata tramite {siteName} {named, select, yes {da {organizers}} other {dagli organizzatori di “{title}”}} per conto dei suoi firmatari. La sua pagina pubblica elenca i destinatari per nome, mai per indirizzo.',
  'mail.rejected.subject': 'La sua firma non è stata accettata: {title}',
  'mail.rejected.decided': 'Gli organizzatori di <strong>{title}</strong> hanno esaminato la sua firma, a nome di {name}, e non l’hanno accettata.',
  'mail.rejected.effect': 'Non compare nella lista della lettera e non viene conteggiata.',
  'mail.rejected.data': 'Quali dati sono conservati sulla sua firma e come cancellarli: <withdraw>la pagina della sua firma</withdraw>.',
  'mail.rejected.dataText': 'Quali dati sono conservati sulla sua firma e come cancellarli:',
  'mail.invitation.from': '{named, select, yes {L’invito è da parte di {organizers}.} other {L’invito è da parte degli organizzatori della lettera.}}',
  'mail.delivery.from':
    '{named, select, yes {Questa lettera le viene inviata da {organizers}, per conto dei suoi firmatari.} other {Questa lettera le viene inviata dai suoi organizzatori, per conto dei suoi firmatari.}}',

  // Issue 20: the workspace's pages.
  'sign.news': 'Ricevere notizie di questa lettera (al massimo {n, plural, one {una volta} other {# volte}} al mese)',
  'sign.newsHint': 'Facoltativo. Ogni messaggio contiene un link per non riceverne più; la sua firma resta.',
  'mail.update.subject': 'Notizie su “{title}”: {update}',
  'mail.update.news': 'Notizie dagli organizzatori di <strong>{title}</strong>, che lei ha firmato:',
  'mail.update.unsubscribe':
    'Riceve al massimo {n, plural, one {un messaggio di questo tipo} other {# messaggi di questo tipo}} al mese. <unsubscribe>Annulli l’iscrizione</unsubscribe> con un clic; la sua firma resta.',
  'mail.update.unsubscribeText': 'Riceve al massimo {n, plural, one {un messaggio di questo tipo} other {# messaggi di questo tipo}} al mese. Per annullare l’iscrizione (la sua firma resta), apra:',
  'mail.footer.update': 'Ha ricevuto questo messaggio perché, firmando “{title}” tramite {siteName}, ha chiesto di riceverne notizie. Il suo indirizzo email non viene mai pubblicato.',
  'unsubscribe.title': 'Notizie di questa lettera',
  'unsubscribe.heading': 'Smettere di ricevere notizie di questa lettera?',
  'unsubscribe.doneHeading': 'Niente più notizie di questa lettera',
  'unsubscribe.about': 'Gli organizzatori di <letter>{title}</letter> inviano notizie della lettera ai firmatari che le hanno chieste.',
  'unsubscribe.effect': 'Non ne riceverà più. La sua firma resta sulla lettera così com’è.',
  'unsubscribe.done': 'Non riceverà più notizie di <letter>{title}</letter>. La sua firma resta sulla lettera così com’è.',
  'unsubscribe.submit': 'Annullare l’iscrizione',
  'updates.heading': 'Notizie dagli organizzatori',
  // review: “in data” avoids the elision before long dates (l’8 marzo), as in withdraw.signedConfirmedAt; an update is “aggiornamento” (masculine)
  'updates.sent': 'Inviato in data {date}',
  'withdraw.news': 'Notizie della lettera',
  'withdraw.newsState': '{news, select, yes {richieste: arrivano al suo indirizzo finché non annulla l’iscrizione o ritira la firma} other {nessuna}}',

  // The letter page’s addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Destinatari',
  'addressees.intro':
    'La lettera è stata inviata per email a ciascuno di questi destinatari. Qui compaiono i loro nomi, mai i loro indirizzi; chi non ha risposto entro {days, plural, one {# giorno} other {# giorni}} dall’invio risulta “senza risposta”.',
  'addressees.ungrouped': 'Altri destinatari',
  // review: “{group}: {counts}” would be identical to English, which the test refuses; rendered with “ · ” as in ws.section.pageTitle. If the lead prefers the colon, add it:addressees.summary to SAME_AS_ENGLISH
  'addressees.summary': '{hasGroup, select, yes {{group} · {counts}} other {{counts}}}',
  // review: bounced rendered as messaggio non recapitato (the usual wording of a bounce); sent as inviato/inviati, as in ws.delivery.count
  'addressees.count':
    '{state, select, replied {{n, plural, one {# ha risposto} other {# hanno risposto}}} bounced {{n, plural, one {# messaggio non recapitato} other {# messaggi non recapitati}}} noReply {{n, number} senza risposta dopo {days, plural, one {# giorno} other {# giorni}}} sent {{n, plural, one {# inviato} other {# inviati}}} awaiting {{n, number} in attesa di risposta} other {{n, number} in corso di invio}}',
  'addressees.col.name': 'Nome',
  'addressees.col.state': 'Stato',
  'addressees.state':
    '{state, select, replied {<reply>Ha risposto in data {date}</reply>} bounced {Messaggio non recapitato} noReply {Senza risposta dopo {days, plural, one {# giorno} other {# giorni}}} sent {Inviata in data {date}} other {In corso di invio}}',
  // The addressees’ published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Risposte',
  'replies.received': 'Ricevuta in data {date}',
  'replies.mark': '{mark, select, dkim {Verificata con DKIM per {domain}} organizer {Registrata dagli organizzatori} other {Ricevuta per email, non verificata}}',
  'replies.documents': '{n, plural, one {# documento} other {# documenti}}',
  'replies.read': 'Leggere la risposta',
  'reply.title': 'Risposta di {addressee} · {title}',
  'reply.heading': 'Risposta di {addressee}',
  'reply.inAnswer': 'In risposta alla lettera aperta <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Il messaggio è stato firmato dai server di posta di {domain} (DKIM), e quel dominio corrisponde all’indirizzo del destinatario: proviene dal suo sistema di posta, senza alterazioni.} organizer {Gli organizzatori hanno ricevuto questa risposta per una via diversa da un’email a questo sito (per posta, ad esempio) e l’hanno registrata così come è stata scritta.} other {Il messaggio è arrivato per email senza una firma valida del dominio del destinatario: non è stato possibile verificare chi l’abbia inviato.}}',
  'reply.documents': 'Documenti',
  'reply.document': 'Documento {position, number}: {type}, {size}',
  'reply.ledger':
    'Questa risposta è annotata nel registro pubblico della lettera, che rende evidente qualsiasi manomissione, con le impronte (SHA-256) del suo testo e dei suoi documenti: <verify>come verificare il registro</verify>.',
  'pdf.replies': 'Risposte',
  // review: “Online: {url}” would be identical to English, which the test refuses
  'pdf.replyUrl': 'Sul web: {url}',
} satisfies SiteCatalog;
