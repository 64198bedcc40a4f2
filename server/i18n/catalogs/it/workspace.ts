import type { WorkspaceCatalog } from '../en/site-type.js';

/** Italian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles rendered as proprietario / redattore / moderatore / osservatore (viewer = read-only member); check "osservatore"
  'ws.role': '{role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlamentare} organization {organizzazione} individual {persona} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {in attesa} confirmed {confermata} withdrawn {ritirata} fraudulent {fraudolenta} other {{status}}}',
  // review: "shadow" (accepted silently, never shown) rendered as "oscurata"
  'ws.moderation': '{state, select, none {nessuna} pending {in attesa} approved {pubblicata} rejected {respinta} shadow {oscurata} other {{state}}}',
  'ws.verification': '{by, select, domain {dominio} invited {invito} approved {approvazione} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {dominio} invited {invito} approved {approvazione} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {Pubblicare} reject {Respingere (il firmatario viene informato)} shadow {Oscurare (al firmatario non viene inviata alcuna email)} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# parlamentare} other {# parlamentari}} di {countries, plural, one {# paese} other {# paesi}}',
  'ws.stats.organizations': '{count, plural, one {# organizzazione} other {# organizzazioni}}',
  'ws.stats.individuals': '{count, plural, one {# persona} other {# persone}}',
  'ws.stats.none': 'Ancora nessuna firma',

  'ws.backToLetters': '← Le sue lettere',
  'ws.signedInAs': 'Accesso effettuato come {email}.',

  // Errore in un modulo, accanto al modulo: il campo con la sua etichetta, poi che cosa non va (codice e motivo dell’errore).
  'ws.fieldName':
    '{field, select, title {Titolo} addressee {Destinatari} summary {Sintesi} language {Lingua} body {Testo} slug {Indirizzo} closesAt {Data di chiusura} email {Indirizzo email} role {Ruolo} label {Etichetta} origins {Siti} goal {Numero di firme da raggiungere} signerKinds {Chi può firmare} moderatedKinds {Soggette a moderazione} group {Gruppo} csv {Elenco} name {Nome} kind {Tipo} country {Paese} parliament {Parlamento} party {Partito} organization {Organizzazione} website {Sito web} recipientId {Da} receivedOn {Data} text {La risposta} file {Documenti} replyWaitDays {Giorni prima di “senza risposta”} other {Questo campo}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: campo obbligatorio.} tooLong {{field}: il testo è troppo lungo.} email {{field}: non è un indirizzo email.} website {{field}: non è un indirizzo web.} noLink {{field}: qui non sono ammessi indirizzi web.} noLetter {{field}: deve contenere almeno una lettera o una cifra.} choose {{field}: scelga una delle opzioni.} languageTag {{field}: non è un codice di lingua (ad es. en, fr o zh-Hant).} future {{field}: deve essere una data futura.} ownLanguage {{field}: è la lingua originale della lettera; modifichi direttamente la lettera.} date {{field}: non è una data.} notFuture {{field}: non può essere una data futura.} unknownAddressee {{field}: scelga uno dei destinatari della lettera.} tooMany {{field}: al massimo cinque documenti per risposta.} days {{field}: deve essere un numero intero di giorni, da 1 a 365.} other {{field}: il valore non è valido; controlli quanto ha scritto.}}} KIND_NOT_ACCEPTED {Questa lettera non accetta firme da questa categoria di firmatari.} DUPLICATE {Lo stesso indirizzo compare già più sopra in questo elenco.} INVALID_CSV {{reason, select, columns {Colonne sconosciute: {columns}. La prima riga indica i nomi delle colonne, scelti tra: {expected}.} tooMany {Al massimo {max, number} invitati alla volta.} other {Non è stato possibile leggere l’elenco come CSV.}}} NOT_TAKING_SIGNATURES {Gli inviti possono essere inviati solo mentre la lettera è nella fase dei primi firmatari o aperta.} LETTER_CLOSED {Questa lettera è chiusa: le firme in attesa restano escluse.} ALREADY_PUBLISHED {Solo una bozza può avviare la fase dei primi firmatari.} NO_RECIPIENTS {Aggiunga i destinatari prima di inviare la lettera.} NOT_PUBLISHED {Questa lettera non è ancora pubblica: la pubblichi prima.} SLUG_TAKEN {Un’altra lettera ha già questo indirizzo.} SLUG_FROZEN {Una lettera pubblicata mantiene il proprio indirizzo.} CLOSING_TIME_PASSED {Prima di aprire la lettera, imposti una data di chiusura futura.} LAST_OWNER {Una lettera deve avere almeno un proprietario: nomini prima proprietaria un’altra persona.} ORGANIZER_NOT_FOUND {Nessun organizzatore di questa lettera ha questo indirizzo.} SIGNATURE_NOT_FOUND {Questa firma non esiste più.} UNSUPPORTED_FILE {{field}: ogni documento deve essere un PDF o un’immagine (PNG, JPEG, GIF o WebP).} FILE_TOO_LARGE {{field}: ogni documento può essere al massimo di 10 MB.} REPLY_NOT_QUEUED {Questa risposta è già stata pubblicata o scartata.} other {Non è stato possibile completare l’operazione ({code}).}}',

  'ws.letters.title': 'Le sue lettere',
  'ws.letters.intro': 'Accesso effettuato come {email}. L’API completa, con tutte le azioni possibili sulle sue lettere, è documentata in <docs>/docs</docs>.',
  'ws.letters.new': 'Nuova lettera',
  'ws.letters.account': 'Le sue sessioni e i suoi token API',
  'ws.letters.meta': '{summary} · versione {version, number} · /{slug}',
  'ws.letters.none': 'Non organizza ancora alcuna lettera.',

  'ws.new.title': 'Nuova lettera',
  'ws.new.save': 'Salvare la bozza',

  'ws.field.title': 'Titolo',
  'ws.field.addressee': 'Destinatari',
  'ws.field.summary': 'Sintesi',
  'ws.field.summaryHint': '(una o due frasi per le anteprime; facoltativa)',
  'ws.field.language': 'Lingua',
  'ws.field.languageHint': '(ad es. en, fr, zh-Hant)',
  'ws.field.body': 'Testo',
  'ws.field.bodyHint': '(Markdown: *corsivo*, **grassetto**, elenchi, [link](https://…))',

  'ws.workspace.pageTitle': 'Gestione: {title}',
  'ws.workspace.notPublic': 'non ancora pubblica',
  'ws.workspace.publicPage': 'pagina pubblica',
  'ws.workspace.publish': 'Pubblicare',
  'ws.workspace.founding': 'Aprire ai soli invitati',
  'ws.workspace.openToAll': 'Aprire a tutti',
  'ws.workspace.close': 'Chiudere',
  'ws.workspace.reopen': 'Riaprire',
  'ws.workspace.export': '{addresses, select, yes {Esportare tutte le firme (CSV, con gli indirizzi)} other {Esportare tutte le firme (CSV)}}',
  'ws.workspace.text': 'Testo',
  'ws.workspace.editorial': 'Correzione redazionale (refusi): ai firmatari non viene chiesto un nuovo consenso',
  'ws.workspace.preview': 'Anteprima',
  'ws.workspace.save': 'Salvare',

  'ws.queue.heading': 'Coda di moderazione ({count, number})',
  // review: "shared mail" = a mail domain anyone can get an address at (e.g. a public webmail), so it proves no affiliation
  'ws.queue.sharedMail': '(un fornitore di posta pubblico: chiunque può avervi un indirizzo)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {su questa lettera le firme dei parlamentari sono moderate} organization {su questa lettera le firme delle organizzazioni sono moderate} individual {su questa lettera le firme delle persone sono moderate} other {{kind}: firme moderate su questa lettera}}',
  'ws.queue.lookalike': '{same, select, yes {Lo stesso nome di una firma già pubblicata: {name}} other {Somiglia a un nome già pubblicato: {name}}}',
  'ws.queue.empty': 'Nessuna firma è in attesa di decisione.',

  'ws.col.name': 'Nome',
  'ws.col.affiliation': 'Affiliazione',
  'ws.col.websiteDomain': 'Dominio del sito web',
  'ws.col.mailDomain': 'Dominio email',
  'ws.col.email': 'Indirizzo email',
  'ws.col.verified': 'Verifica',
  'ws.col.heldBecause': 'Motivo dell’attesa',
  'ws.col.decision': 'Decisione',
  'ws.col.kind': 'Tipo',
  'ws.col.country': 'Paese',
  'ws.col.status': 'Stato',
  'ws.col.moderation': 'Moderazione',
  'ws.col.role': 'Ruolo',
  'ws.col.since': 'Dal',
  // same as English: Italian says "Browser" too
  'ws.col.browser': 'Browser',
  'ws.col.lastSeen': 'Ultima attività',
  'ws.col.action': 'Azione',
  'ws.col.label': 'Etichetta',
  'ws.col.created': 'Creato',
  'ws.col.lastUsed': 'Ultimo utilizzo',

  'ws.invite.heading': 'Invitare firmatari',
  'ws.invite.result': 'Inviti inviati: {invited, number}; già invitati in precedenza: {already, number}.',
  'ws.invite.lineError': 'Riga {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV con una riga di intestazione:',
  'ws.invite.send': 'Inviare gli inviti',

  'ws.team.heading': 'Organizzatori',
  'ws.team.yourRole': 'Il suo ruolo: {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}.',
  'ws.team.email': 'Indirizzo email',
  'ws.team.role': 'Ruolo',
  'ws.team.set': 'Aggiungere o modificare',
  'ws.team.remove': 'Rimuovere',

  'ws.signatures.heading': 'Firme',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {I proprietari della lettera non mostrano ai co-organizzatori gli indirizzi dei firmatari: lei vede soltanto il dominio di ciascun indirizzo.} other {I proprietari della lettera non mostrano ai co-organizzatori gli indirizzi dei firmatari.}}',
  'ws.addresses.audited': 'Ogni consultazione degli indirizzi dei firmatari, qui, tramite l’API o in un’esportazione, viene annotata nel registro delle operazioni della lettera.',
  'ws.addresses.toggle': 'I co-organizzatori (redattori, moderatori, osservatori) vedono gli indirizzi dei firmatari; altrimenti i moderatori ne vedono solo il dominio',
  'ws.address.hidden': 'nascosto',
  'ws.address.hiddenDomain': 'nascosto (…@{domain})',

  'ws.filter.status': 'Stato',
  'ws.filter.all': 'tutte',
  'ws.filter.search': 'Ricerca',
  'ws.filter.submit': 'Filtrare',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Obiettivo',
  'ws.goal.intro':
    'Il numero di firme che si vuole raggiungere, contando tutte le firme o un solo tipo di firmatari (“100 parlamentari”): la pagina della lettera mostra i progressi della raccolta e, al raggiungimento dell’obiettivo, i proprietari e i redattori della lettera ricevono un’email.',
  'ws.goal.count': 'Numero di firme da raggiungere',
  // review: "Counting" is the label of a menu (Tutte le firme / Parlamentari / Organizzazioni / Persone); rendered "Da contare"
  'ws.goal.kind': 'Da contare',
  'ws.goal.any': 'Tutte le firme',
  'ws.goal.save': 'Salvare l’obiettivo',
  'ws.goal.reached': 'Obiettivo raggiunto in data {date}.',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Widget di firma per i siti partner',
  'ws.widget.intro':
    'I siti partner possono mostrare il modulo di firma di questa lettera sulle proprie pagine. Elenchi i siti autorizzati a mostrarlo, uno per riga, quindi assegni a ciascun partner un codice proprio: vedrà quante persone hanno firmato tramite ciascun partner, ma nulla su chi siano.',
  'ws.widget.origins': 'Siti autorizzati a mostrare il widget (ad es. https://partner.example)',
  'ws.widget.saveOrigins': 'Salvare i siti',
  // review: Italian would normally say just "Partner" (as in English); rendered "Organizzazione partner" (NGOs, media) so the header is not left in English
  'ws.widget.partner': 'Organizzazione partner',
  'ws.widget.signatures': 'Firme',
  'ws.widget.snippet': 'Da incollare nella pagina del partner',
  'ws.widget.none': 'Ancora nessun partner.',
  'ws.widget.addPartner': 'Aggiungere un partner',

  'ws.note.draftSaved': 'Bozza salvata',
  'ws.note.saved': 'Modifiche salvate',
  'ws.note.status':
    '{status, select, draft {La lettera è una bozza} founding {La lettera è aperta ai soli invitati} open {La lettera è aperta: chiunque può firmarla} closed {La lettera è chiusa: nessuno può firmarla} other {Stato della lettera: {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {La firma è pubblicata} reject {La firma è respinta; il firmatario viene informato} shadow {La firma è oscurata; il firmatario non viene informato} other {Decisione registrata}}',
  'ws.note.addressesShown': 'Ora i co-organizzatori vedono gli indirizzi dei firmatari',
  'ws.note.addressesHidden': 'I co-organizzatori non vedono più gli indirizzi dei firmatari',
  'ws.note.removed': 'Rimosso: {email}',
  'ws.note.goalSaved': 'Obiettivo salvato',
  'ws.note.widgetSaved': 'I siti autorizzati a mostrare il widget sono stati salvati',
  'ws.note.partnerAdded': 'Partner aggiunto',
  'ws.note.roleSet': '{email} ha ora il ruolo di {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}',

  'ws.account.title': 'Il suo account',
  'ws.account.sessions': 'Sessioni',
  'ws.account.thisOne': '(questa)',
  'ws.account.end': 'Terminare',
  'ws.account.tokens': 'Token API',
  'ws.account.newToken': 'Il suo nuovo token (mostrato solo ora): <code>{token}</code>',
  'ws.account.revoke': 'Revocare',
  'ws.account.label': 'Etichetta',
  'ws.account.labelPlaceholder': 'portatile, script di importazione…',
  'ws.account.create': 'Creare un token',

  'ws.login.title': 'Accesso',
  'ws.login.intro': 'Gli organizzatori accedono tramite un link inviato per email: nessuna password da rubare o da dimenticare.',
  'ws.login.email': 'Il suo indirizzo email',
  'ws.login.send': 'Ricevere un link di accesso',
  'ws.loginSent.title': 'Controlli la sua casella email',
  'ws.loginSent.body': 'Se questo indirizzo appartiene a un organizzatore, un link di accesso è in arrivo. Funziona una sola volta, entro {minutes, plural, one {# minuto} other {# minuti}}.',
  'ws.loginConfirm.title': 'Accesso a Undersigned',
  'ws.loginConfirm.button': 'Accedere',

  'ws.versions.pageTitle': 'Cronologia: {title}',
  'ws.versions.title': 'Cronologia di “{title}”',
  'ws.versions.intro':
    'Tutte le versioni del testo dalla prima firma. Le correzioni redazionali (refusi) non richiedono un nuovo consenso dei firmatari; per ogni altra modifica, a tutti i firmatari precedenti viene chiesto di rinnovare il proprio consenso.',
  'ws.versions.version': 'Versione {version, number}',
  'ws.versions.editorial': 'redazionale',
  'ws.versions.first': 'Il testo iniziale.',
  'ws.versions.back': 'Torna alla lettera',
  'ws.versions.translationHistory': 'Cronologia della traduzione in {language}',
  'ws.versions.revision': 'Revisione {revision, number}, traduzione della versione {version, number}',
  'ws.versions.current': 'attuale',
  'ws.versions.revisionOutdated': 'Questa revisione segue una versione precedente del testo.',
  'ws.versions.firstTranslation': 'La prima traduzione.',
  'ws.diff.field': '{field, select, title {Titolo} addressee {Destinatari} summary {Sintesi} body {Testo} other {{field}}}',

  'ws.mail.hello': 'Buongiorno,',
  'ws.mail.helloName': 'Gentile {name},',
  'ws.mail.signIn': 'Accedere',
  'ws.mail.login.subject': 'Il suo link di accesso a Undersigned',
  'ws.mail.login.title': 'Accesso',
  'ws.mail.login.asked': 'Qualcuno, probabilmente lei, ha chiesto di accedere a Undersigned come {email}.',
  'ws.mail.login.openLink': 'Oppure apra questo link: <link>{url}</link>',
  'ws.mail.login.once': 'Funziona una sola volta, entro {minutes, plural, one {# minuto} other {# minuti}}. Se non è stato lei a richiederlo, ignori questo messaggio.',
  'ws.mail.login.textLink': 'Per accedere (il link funziona una sola volta, entro {minutes, plural, one {# minuto} other {# minuti}}):',
  'ws.mail.login.ignore': 'Se non è stato lei a richiederlo, ignori questo messaggio.',
  'ws.mail.added.subject': 'Ora ha il ruolo di {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}} per: {title}',
  'ws.mail.added.body':
    'Ora ha il ruolo di <strong>{role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}</strong> per la lettera aperta <strong>{title}</strong> su Undersigned.',
  'ws.mail.added.bodyText':
    'Ora ha il ruolo di {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}} per la lettera aperta “{title}” su Undersigned.',
  'ws.mail.added.link':
    'Il link funziona una sola volta, entro {minutes, plural, one {# minuto} other {# minuti}}; in seguito, ne richieda uno nuovo dalla pagina di accesso. Lo spazio di lavoro della lettera: <workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'Per accedere (il link funziona una sola volta, entro {minutes, plural, one {# minuto} other {# minuti}}; in seguito, ne richieda uno nuovo dalla pagina di accesso):',
  'ws.mail.added.workspace': 'Lo spazio di lavoro della lettera: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Obiettivo raggiunto: {title}',
  'ws.mail.goal.body':
    'La lettera aperta <letter>{title}</letter> ha raggiunto il suo obiettivo: {kind, select, legislator {{goal, plural, one {la firma di # parlamentare} many {le firme di # di parlamentari} other {le firme di # parlamentari}}} organization {{goal, plural, one {la firma di # organizzazione} many {le firme di # di organizzazioni} other {le firme di # organizzazioni}}} individual {{goal, plural, one {la firma di # persona} many {le firme di # di persone} other {le firme di # persone}}} other {{goal, plural, one {# firma} many {# di firme} other {# firme}}}}.',
  'ws.mail.goal.bodyText':
    'La lettera aperta “{title}” ha raggiunto il suo obiettivo: {kind, select, legislator {{goal, plural, one {la firma di # parlamentare} many {le firme di # di parlamentari} other {le firme di # parlamentari}}} organization {{goal, plural, one {la firma di # organizzazione} many {le firme di # di organizzazioni} other {le firme di # organizzazioni}}} individual {{goal, plural, one {la firma di # persona} many {le firme di # di persone} other {le firme di # persone}}} other {{goal, plural, one {# firma} many {# di firme} other {# firme}}}}.',

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Impostazioni salvate',
  'ws.note.translationSaved': 'Traduzione salvata',
  'ws.note.recipientsAdded': '{count, plural, one {# destinatario aggiunto} other {# destinatari aggiunti}}',
  'ws.note.deliveryQueued': '{count, plural, one {La lettera è in corso di invio a # destinatario} other {La lettera è in corso di invio a # destinatari}}',
  'ws.note.invalidated': '{count, plural, one {# firma contrassegnata come fraudolenta} other {# firme contrassegnate come fraudolente}}',
  'ws.diff.added': 'aggiunto:',
  'ws.diff.removed': 'rimosso:',
  'ws.diff.formatted': 'formattazione modificata:',
  'ws.diff.unchanged': '{count, plural, one {… # paragrafo invariato …} other {… # paragrafi invariati …}}',
  'ws.diff.sameReading': 'È cambiato solo il markup del sorgente: il testo si legge allo stesso modo.',
  // review: team rendered as Gruppo di lavoro (Italian also says “Team”, which the test would refuse as English)
  'ws.section':
    '{section, select, text {Testo} settings {Impostazioni} translations {Traduzioni} signatures {Firme} invite {Inviti} delivery {Consegna} replies {Risposte} updates {Notizie} team {Gruppo di lavoro} share {Condivisione} audit {Registro delle operazioni} other {{section}}}',
  // review: «{section}: {title}» (as in ws.versions.pageTitle) would be identical to English, which the test refuses; rendered with « · » (the separator of pdf.page). If the lead prefers the colon, add it:ws.section.pageTitle to SAME_AS_ENGLISH
  'ws.section.pageTitle': '{section} · {title}',
  'ws.nav.label': 'Spazio di lavoro',
  'ws.workspace.history': 'Cronologia del testo',
  'ws.workspace.previewHeading': 'Anteprima: la lettera come la vedranno i lettori (non ancora salvata)',
  // review: the label of the header’s menu (Le sue lettere, Il suo account, Uscire); “Il suo account” is the link itself, so the menu is “Area personale”
  'ws.header.label': 'Area personale',
  'ws.header.letters': 'Le sue lettere',
  // review: Italian says “Account” too (the test refuses a value identical to English); rendered as the account page’s title, Il suo account
  'ws.header.account': 'Il suo account',
  'ws.header.signOut': 'Uscire',
  'ws.login.signedOut': 'Disconnessione effettuata.',
  'ws.addresses.heading': 'Indirizzi dei firmatari',
  'ws.confirm.cancel': 'Annullare',
  'ws.confirm.heading':
    '{step, select, publish {Pubblicare la lettera?} openToAll {Aprire la lettera a tutti?} founding {Aprire la lettera ai soli invitati?} close {Chiudere la lettera?} reopen {Riaprire la lettera?} other {Continuare?}}',
  'ws.confirm.consequences':
    '{step, select, publish {La lettera diventa pubblica all’indirizzo {url}: chiunque può leggerla e firmarla.\nOgni firma viene confermata via email prima di essere conteggiata; i nomi compaiono nella lista pubblica.\nPotrà ancora correggere il testo; una modifica sostanziale chiede a tutti i firmatari di rinnovare il proprio consenso.} openToAll {La lettera diventa pubblica all’indirizzo {url}: chiunque può leggerla e firmarla, non solo gli invitati.\nGli invitati che hanno firmato restano nella lista, per primi.} founding {Possono firmare solo le persone che lei invita; la lettera resta nascosta al pubblico.\nIn seguito potrà aprirla a tutti con Pubblicare.} close {Nessuno potrà più firmare; la lettera e la sua lista restano pubbliche all’indirizzo {url}.\nPotrà riaprirla in seguito.} reopen {La raccolta delle firme riapre all’indirizzo {url}.} other {Questa operazione non può essere annullata.}}',
  'ws.confirm.button': '{step, select, publish {Pubblicare ora} openToAll {Aprire a tutti ora} founding {Aprire agli invitati} close {Chiudere la lettera} reopen {Riaprire ora} other {Continuare}}',
  'ws.share.embedHeading': 'Contatore per altri siti',
  'ws.share.embedIntro': 'Un piccolo riquadro con il conteggio delle firme e un link alla lettera, che altri siti possono incollare nelle proprie pagine.',
  'ws.team.removeHeading': 'Rimuovere {who} dagli organizzatori della lettera?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}) non potrà più aprire questo spazio di lavoro né agire sulla lettera.\nQuanto ha fatto resta nel registro delle operazioni.\nPotrà aggiungere di nuovo questa persona in seguito.',
  'ws.team.removeButton': 'Rimuovere',
  'ws.settings.heading': 'Raccolta delle firme',
  'ws.settings.closesAt': 'Data di chiusura (UTC)',
  'ws.settings.closesAtHint':
    'La data e l’ora sono in UTC (tempo coordinato universale), non nell’ora locale. In quel momento la raccolta delle firme si interrompe. Lasci vuoto il campo se non vuole una data di chiusura.',
  'ws.settings.signerKinds': 'Chi può firmare (almeno una categoria)',
  'ws.settings.moderatedKinds': 'Soggette a moderazione',
  'ws.settings.moderatedHint': 'Le firme di queste categorie attendono l’approvazione di un organizzatore prima di essere mostrate o conteggiate.',
  'ws.settings.save': 'Salvare le impostazioni',
  'ws.translations.intro':
    'La lettera in altre lingue. I firmatari danno il proprio consenso al testo originale; una traduzione segue una sua versione e viene segnalata come non aggiornata quando l’originale ha una versione più recente.',
  'ws.translations.none': 'Ancora nessuna traduzione.',
  'ws.translations.col.language': 'Lingua',
  'ws.translations.col.title': 'Titolo',
  'ws.translations.col.follows': 'Segue',
  'ws.translations.col.state': 'Stato',
  'ws.translations.col.links': 'Collegamenti',
  'ws.translations.follows': 'versione {version, number}',
  'ws.translations.outdated': 'non aggiornata: la lettera è ora alla versione {version, number}',
  'ws.translations.upToDate': 'aggiornata',
  'ws.translations.edit': 'modificare',
  'ws.translations.read': 'testo pubblico',
  'ws.translations.formHeading': 'Aggiungere o aggiornare una traduzione',
  'ws.translations.formIntro':
    'Se salva una lingua che ha già una traduzione, questa viene sostituita (i testi precedenti restano nella cronologia pubblica). La traduzione salvata segue la versione attuale, la {version, number}.',
  'ws.translations.language': 'Lingua',
  'ws.translations.chooseLanguage': 'Scelga una lingua',
  'ws.translations.addresseeHint': '(facoltativo; se vuoto: quello dell’originale)',
  'ws.translations.previewHeading': 'Anteprima: la traduzione come la vedranno i lettori (non ancora salvata)',
  'ws.translations.save': 'Salvare la traduzione',
  'ws.account.publicName': 'Il suo nome pubblico o quello della sua organizzazione',
  'ws.account.publicNameLabel': 'Nome o organizzazione',
  'ws.account.publicNameHint':
    'Gli inviti a firmare e la lettera consegnata indicano così i proprietari della lettera. Senza un nome, parlano degli “organizzatori” della lettera; firmatari e destinatari non vedono mai il suo indirizzo email.',
  'ws.account.saveName': 'Salvare il nome',
  'ws.mail.footer.login':
    'Ha ricevuto questo messaggio perché lei, o qualcuno che ha digitato questo indirizzo, ha chiesto di accedere con esso a Undersigned. Se non è stato lei, ignori questo messaggio: nessuno può accedere senza il link.',
  'ws.mail.footer.added':
    'Ha ricevuto questo messaggio perché {known, select, yes {{by}} other {un proprietario della lettera}} ha aggiunto questo indirizzo agli organizzatori di “{title}” su Undersigned.',
  'ws.mail.footer.goal': 'Ha ricevuto questo messaggio perché organizza “{title}” su Undersigned, come proprietario o redattore.',
  'ws.delivery.intro': 'Le persone o gli enti a cui è indirizzata la lettera. Ciascuno la riceve per email nella propria lingua, con in allegato un PDF del testo e dei suoi firmatari.',
  'ws.delivery.addressees': 'Destinatari ({count, number})',
  'ws.delivery.none': 'Ancora nessun destinatario: li aggiunga qui sotto, uno alla volta o come elenco.',
  'ws.delivery.col.group': 'Gruppo',
  'ws.delivery.col.language': 'Lingua',
  'ws.delivery.col.state': 'Consegna',
  'ws.delivery.state': '{state, select, queued {In coda} sent {Inviata} failed {Non riuscita} other {Non inviata}}',
  'ws.delivery.failed':
    'Non riuscita: {why, select, refused {il server di posta del destinatario ha rifiutato il messaggio.} unreachable {non è stato possibile raggiungere il server di posta del destinatario.} other {non è stato possibile inviare il messaggio.}}',
  'ws.delivery.count':
    '{state, select, sent {{count, plural, one {# inviato} other {# inviati}}} queued {{count, number} in coda} failed {{count, plural, one {# non riuscito} other {# non riusciti}}} other {{count, plural, one {# non inviato} other {# non inviati}}}}',
  'ws.delivery.progressHeading': 'L’ultimo invio',
  'ws.delivery.progress': '{sent, number} su {total, number} inviati, {queued, number} in attesa di invio, {failed, number} non riusciti.',
  'ws.delivery.notPublic': 'La lettera viene consegnata quando è pubblica: la pubblichi prima. Può già aggiungerne i destinatari.',
  'ws.delivery.readOnly': 'Solo i proprietari e i redattori della lettera aggiungono destinatari e inviano la lettera.',
  'ws.delivery.previewLink': 'Visualizzare l’anteprima dei messaggi, poi inviare',
  'ws.delivery.addHeading': 'Aggiungere un destinatario',
  'ws.delivery.name': 'Nome',
  'ws.delivery.email': 'Indirizzo email',
  'ws.delivery.language': 'Lingua',
  'ws.delivery.group': 'Gruppo (facoltativo, ad es. una regione)',
  'ws.delivery.add': 'Aggiungere il destinatario',
  'ws.delivery.importHeading': 'Aggiungerne molti da un elenco',
  'ws.delivery.csvLabel': 'Incolli un CSV, un destinatario per riga, sotto una prima riga con i nomi delle colonne (language: un codice come it o en; vuoto: la lingua della lettera):',
  'ws.delivery.import': 'Aggiungere questi destinatari',
  'ws.delivery.importResult':
    '{added, plural, one {# destinatario aggiunto} other {# destinatari aggiunti}}; {already, plural, =0 {nessuno era già presente} one {# era già presente} other {# erano già presenti}}. Le righe seguenti non sono state accettate:',
  'ws.delivery.lineError': 'Riga {line, number}: {reason}',
  'ws.delivery.previewTitle': 'I messaggi, prima dell’invio',
  'ws.delivery.previewIntro': 'Ogni destinatario riceve il messaggio qui sotto nella propria lingua, con un saluto al proprio nome e il PDF in allegato. Nulla viene inviato finché non conferma.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# destinatario} other {# destinatari}}',
  'ws.delivery.previewAs': 'Mostrato così come lo riceverà {name}.',
  'ws.delivery.noTranslation': 'La lettera non è tradotta in questa lingua: il testo viene inviato in {language}.',
  'ws.delivery.subject': 'Oggetto',
  'ws.delivery.textBody': 'Il messaggio',
  'ws.delivery.htmlBody': 'Vedere il messaggio come appare nei programmi di posta',
  'ws.delivery.pdf': 'Il PDF allegato ({language})',
  'ws.delivery.previewNone': 'Ancora nessun destinatario: li aggiunga prima.',
  'ws.delivery.previewDraft': 'I messaggi possono essere mostrati quando la lettera è pubblica: la pubblichi prima.',
  'ws.delivery.send': '{count, plural, one {Inviare a # destinatario} other {Inviare a # destinatari}}',
  'ws.delivery.back': 'Torna ai destinatari',
  'ws.delivery.confirmHeading': '{count, plural, one {Inviare la lettera a # destinatario?} other {Inviare la lettera a # destinatari?}}',
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {riceve} other {ricevono}} il testo in {language}, con in allegato il relativo PDF in {language}.',
  'ws.delivery.andMore': '{count, plural, one {un altro} other {altri #}}',
  'ws.delivery.confirmAgain': '{count, plural, one {# di loro l’ha già ricevuta e la riceve di nuovo.} other {# di loro l’hanno già ricevuta e la ricevono di nuovo.}}',
  'ws.delivery.confirmRecall': 'Una volta inviato, un messaggio non può essere richiamato.',
  'ws.delivery.confirmPublic': 'La pagina pubblica della lettera elencherà poi ogni destinatario per nome, con la data in cui l’ha ricevuta, mai il suo indirizzo.',
  'ws.delivery.confirmButton': '{count, plural, one {Inviarla ora a # destinatario} other {Inviarla ora a # destinatari}}',
  'ws.queue.intro':
    'Queste firme attendono una decisione prima di essere mostrate o conteggiate. Pubblicare inserisce una firma nella lista; Respingere la lascia fuori e informa il firmatario; Oscurare la lascia fuori senza dire nulla al firmatario.',
  'ws.queue.readOnly': 'Solo i proprietari e i moderatori della lettera decidono sulle firme in attesa.',
  'ws.held.claims': 'Si presenta come',
  'ws.held.wroteFrom': 'Ha scritto da',
  'ws.held.website': 'Sito web',
  'ws.held.noWebsite': 'nessuno indicato',
  'ws.held.verification': 'Verificata',
  'ws.held.verifiedBy': '{by, select, domain {Sì: dal dominio email, {domain}} invited {Sì: firmata tramite un invito} approved {Sì: approvata da un moderatore} other {Sì: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {No: il dominio email non è tra quelli del parlamento indicato} organization {{website, select, no {No: non è stato indicato alcun sito web con cui confrontare il dominio email} other {{shared, select, yes {No: chiunque può avere un indirizzo presso un fornitore di posta pubblico} other {No: il dominio email non è quello del sito web}}}}} individual {No: le persone vengono verificate solo tramite un invito} other {No}}',
  'ws.held.why': 'Motivo dell’attesa',
  'ws.held.similar': 'Nomi simili nella lista',
  'ws.held.noSimilar': 'nessuno',
  'ws.held.signed': 'Data della firma',
  'ws.held.network': 'Impronta di rete',
  'ws.decide.label': 'Decisione su {name}',
  'ws.decide.publish': 'Pubblicare',
  'ws.decide.reject': 'Respingere (il firmatario viene informato)',
  'ws.decide.hide': 'Oscurare',
  'ws.decide.hideHint': '(al firmatario non viene inviata alcuna email; da usare in caso di abuso. Come per ogni rimozione, il registro pubblico la annota se la firma era nella lista)',
  'ws.decide.heading': '{decision, select, reject {Respingere la firma di {who}?} shadow {Oscurare la firma di {who}?} other {Decidere sulla firma di {who}?}}',
  'ws.decide.consequences':
    '{who} ({claim}) resta fuori dalla lista della lettera e da ogni conteggio{listed, select, yes {: la firma esce ora dalla lista} other {}}.\n{decision, select, reject {{mailable, select, yes {A {who} viene comunicato via email che gli organizzatori della lettera non hanno accettato la firma.} other {Non è possibile scrivere a {who}: l’indirizzo non è più conservato.}}} shadow {A {who} non viene inviata alcuna email: ai suoi occhi la firma risulta ancora accettata. Usi questa opzione in caso di abuso, quando informare il firmatario servirebbe solo a provocare un nuovo tentativo.} other {}}\n{listed, select, yes {Il registro pubblico annota una rimozione, come per ogni rimozione.} other {La firma non è mai stata nella lista pubblica, quindi il registro pubblico non ne annota nulla.}}',
  'ws.decide.button': '{decision, select, reject {Respingere e informare il firmatario} shadow {Oscurare senza informare il firmatario} other {Decidere}}',
  'ws.invalidate.heading': 'Contrassegnare un’ondata di firme come fraudolente',
  'ws.invalidate.intro':
    'Per un’ondata di firme false: indichi un dominio email, un intervallo di tempo, un’impronta di rete, o più di uno di questi criteri (una firma deve corrispondere a tutti quelli indicati). Prima vedrà quante firme corrispondono; nulla cambia finché non conferma.',
  'ws.invalidate.domain': 'Dominio email (ad es. example.org)',
  'ws.invalidate.window': 'Firmate in questo intervallo (UTC)',
  'ws.invalidate.from': 'Da',
  'ws.invalidate.to': 'Fino a (escluso)',
  'ws.invalidate.network': 'Impronta di rete (come mostrata su una firma in attesa)',
  'ws.invalidate.preview': 'Anteprima',
  'ws.invalidate.result':
    '{result, select, none {Indichi un dominio email, un intervallo di tempo o un’impronta di rete: senza alcun criterio, nessuna firma corrisponde.} nothing {Nessuna firma corrisponde a questi criteri: non è stato modificato nulla.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {Dominio email: non è un nome di dominio (ad es. example.org).} from {Da: non è una data e un’ora.} to {Fino a: non è una data e un’ora.} ipHash {Impronta di rete: non è un’impronta valida (da 8 a 32 lettere, cifre, - o _).} other {Non è stato possibile leggere i criteri; li controlli.}}',
  'ws.invalidate.confirmHeading': '{count, plural, one {Contrassegnare # firma come fraudolenta?} other {Contrassegnare # firme come fraudolente?}}',
  'ws.invalidate.matching': 'Le firme corrispondenti: {criteria}.',
  'ws.invalidate.byDomain': 'dominio email {domain}',
  // review: dates and times as formatDateTime writes them (3 mar 2025, 14:00 UTC); “dal giorno … al giorno” avoids the elision dall’8, as in pictures.timelineAlt
  'ws.invalidate.byTime': '{bounds, select, both {firmate dal giorno {from} al giorno {to}} from {firmate dal giorno {from}} other {firmate prima del giorno {to}}}',
  'ws.invalidate.byNetwork': 'impronta di rete {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {Viene contrassegnata come fraudolenta: conservata per un certo tempo per le indagini, poi eliminata; non può essere ripristinata.} other {Vengono contrassegnate come fraudolente: conservate per un certo tempo per le indagini, poi eliminate; non possono essere ripristinate.}}\nQuelle presenti nella lista pubblica ne escono subito e i conteggi diminuiscono.\nIl registro pubblico annota ogni rimozione dalla lista, come per ogni rimozione.\nAi firmatari non viene inviata alcuna email.',
  'ws.invalidate.button': '{count, plural, one {Contrassegnare # firma come fraudolenta} other {Contrassegnare # firme come fraudolente}}',
  'ws.audit.did':
    '{kind, select, create {{who} ha redatto la lettera} edit {{editorial, select, yes {{who} ha corretto il testo (correzione redazionale: a nessuno viene chiesto un nuovo consenso)} other {{who} ha modificato il testo}}} publish {{who} ha pubblicato la lettera} close {{who} ha chiuso la lettera} founding {{who} ha aperto agli invitati la fase dei primi firmatari} approve {{who} ha pubblicato la firma di {signer}} reject {{who} ha respinto la firma di {signer}} shadow {{who} ha oscurato la firma di {signer}} moderate {{who} ha deciso sulla firma di {signer}} invalidate {{counted, select, yes {{who} ha contrassegnato {count, plural, one {# firma come fraudolenta} other {# firme come fraudolente}}} other {{who} ha contrassegnato delle firme come fraudolente}}} invalidatePreview {{counted, select, yes {{who} ha cercato firme da contrassegnare come fraudolente ({count, plural, one {# corrispondente} other {# corrispondenti}})} other {{who} ha cercato firme da contrassegnare come fraudolente}}} invite {{counted, select, yes {{who} ha invitato {count, plural, one {# firmatario} other {# firmatari}}} other {{who} ha invitato dei firmatari}}} addOrganizer {{who} ha aggiunto {member} come {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {co-organizzatore}}} setRole {{who} ha assegnato a {member} il ruolo di {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {co-organizzatore}}} removeOrganizer {{who} ha rimosso {member} dagli organizzatori} goal {{goalSet, select, yes {{who} ha fissato l’obiettivo a {goalKind, select, legislator {{goal, plural, one {# parlamentare} many {# di parlamentari} other {# parlamentari}}} organization {{goal, plural, one {# organizzazione} many {# di organizzazioni} other {# organizzazioni}}} individual {{goal, plural, one {# persona} many {# di persone} other {# persone}}} other {{goal, plural, one {# firma} many {# di firme} other {# firme}}}}} no {{who} ha rimosso l’obiettivo} other {{who} ha modificato l’obiettivo}}} settings {{who} ha modificato le impostazioni della lettera} translation {{who} ha salvato la traduzione in {language}} recipients {{counted, select, yes {{who} ha aggiunto {count, plural, one {# destinatario} other {# destinatari}}} other {{who} ha aggiunto dei destinatari}}} deliver {{counted, select, yes {{who} ha inviato la lettera a {count, plural, one {# destinatario} other {# destinatari}}} other {{who} ha inviato la lettera ai suoi destinatari}}} widget {{who} ha modificato i siti autorizzati a mostrare il widget di firma} partner {{who} ha aggiunto un partner per il widget di firma} addressesShown {{who} ha permesso ai co-organizzatori di vedere gli indirizzi dei firmatari} addressesHidden {{who} ha impedito ai co-organizzatori di vedere gli indirizzi dei firmatari} readAddresses {{source, select, page {{who} ha visto gli indirizzi di {count, plural, one {# firmatario} other {# firmatari}} nello spazio di lavoro} other {{who} ha visto gli indirizzi di {count, plural, one {# firmatario} other {# firmatari}} tramite l’API}}} readDomains {{source, select, page {{who} ha visto i domini degli indirizzi di {count, plural, one {# firmatario} other {# firmatari}} nello spazio di lavoro} other {{who} ha visto i domini degli indirizzi di {count, plural, one {# firmatario} other {# firmatari}} tramite l’API}}} export {{domainsOnly, select, yes {{who} ha esportato le firme in CSV, con i domini degli indirizzi di {count, plural, one {# firmatario} other {# firmatari}}} other {{who} ha esportato le firme in CSV, con gli indirizzi di {count, plural, one {# firmatario} other {# firmatari}}}}} recordReply {{who} ha registrato la risposta di un destinatario ricevuta per posta o a mano, e l’ha pubblicata} publishReply {{who} ha pubblicato la risposta di un destinatario arrivata per email} dismissReply {{who} ha scartato una risposta arrivata per email} writeUpdate {{who} ha scritto un aggiornamento per i firmatari} updateTranslation {{who} ha salvato la traduzione dell’aggiornamento in {language}} sendUpdate {{counted, select, yes {{who} ha inviato un aggiornamento a {count, plural, one {# firmatario} other {# firmatari}}} other {{who} ha inviato un aggiornamento ai firmatari}}} other {{who} ha effettuato una richiesta: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} ha tentato di redigere una lettera} edit {{who} ha tentato di modificare il testo} publish {{who} ha tentato di pubblicare la lettera} close {{who} ha tentato di chiudere la lettera} founding {{who} ha tentato di aprire la fase dei primi firmatari} approve {{who} ha tentato di pubblicare la firma di {signer}} reject {{who} ha tentato di respingere la firma di {signer}} shadow {{who} ha tentato di oscurare la firma di {signer}} moderate {{who} ha tentato di decidere sulla firma di {signer}} invalidate {{who} ha tentato di contrassegnare delle firme come fraudolente} invalidatePreview {{who} ha tentato di cercare firme da contrassegnare come fraudolente} invite {{who} ha tentato di invitare dei firmatari} addOrganizer {{who} ha tentato di aggiungere {member} come {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {co-organizzatore}}} setRole {{who} ha tentato di assegnare a {member} il ruolo di {role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {co-organizzatore}}} removeOrganizer {{who} ha tentato di rimuovere {member} dagli organizzatori} goal {{who} ha tentato di modificare l’obiettivo} settings {{who} ha tentato di modificare le impostazioni della lettera} translation {{who} ha tentato di salvare la traduzione in {language}} recipients {{who} ha tentato di aggiungere dei destinatari} deliver {{who} ha tentato di inviare la lettera ai suoi destinatari} widget {{who} ha tentato di modificare i siti autorizzati a mostrare il widget di firma} partner {{who} ha tentato di aggiungere un partner per il widget di firma} addressesShown {{who} ha tentato di permettere ai co-organizzatori di vedere gli indirizzi dei firmatari} addressesHidden {{who} ha tentato di impedire ai co-organizzatori di vedere gli indirizzi dei firmatari} readAddresses {{who} ha tentato di leggere gli indirizzi dei firmatari} readDomains {{who} ha tentato di leggere i domini degli indirizzi dei firmatari} export {{who} ha tentato di esportare le firme} recordReply {{who} ha tentato di registrare la risposta di un destinatario} publishReply {{who} ha tentato di pubblicare la risposta di un destinatario} dismissReply {{who} ha tentato di scartare una risposta arrivata per email} writeUpdate {{who} ha tentato di scrivere un aggiornamento per i firmatari} updateTranslation {{who} ha tentato di salvare la traduzione di un aggiornamento in {language}} sendUpdate {{who} ha tentato di inviare un aggiornamento ai firmatari} other {{who} ha tentato una richiesta: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (non consentito), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Lettera redatta} edit {Testo modificato} publish {Lettera pubblicata} close {Lettera chiusa} founding {Fase dei primi firmatari aperta} approve {Firma pubblicata} reject {Firma respinta} shadow {Firma oscurata} moderate {Decisione su una firma} invalidate {Firme contrassegnate come fraudolente} invalidatePreview {Ricerca di firme fraudolente} invite {Firmatari invitati} addOrganizer {Co-organizzatore aggiunto} setRole {Ruolo modificato} removeOrganizer {Co-organizzatore rimosso} goal {Obiettivo modificato} settings {Impostazioni modificate} translation {Traduzione salvata} recipients {Destinatari aggiunti} deliver {Lettera inviata ai destinatari} widget {Siti del widget modificati} partner {Partner del widget aggiunto} addressesShown {Indirizzi mostrati ai co-organizzatori} addressesHidden {Indirizzi nascosti ai co-organizzatori} readAddresses {Indirizzi consultati} readDomains {Domini degli indirizzi consultati} export {Firme esportate} recordReply {Risposta registrata} publishReply {Risposta pubblicata} dismissReply {Risposta scartata} writeUpdate {Aggiornamento scritto} updateTranslation {Aggiornamento tradotto} sendUpdate {Aggiornamento inviato} other {Altra richiesta}}',
  'ws.audit.result': '{refused, select, yes {non consentita ({status})} other {eseguita}}',
  'ws.audit.operatorWho': 'L’operatore dalla riga di comando',
  'ws.audit.formerOrganizer': 'Un ex organizzatore',
  'ws.audit.erasedSigner': 'un firmatario cancellato',
  'ws.audit.someSigner': 'un firmatario',
  'ws.audit.someOrganizer': 'un co-organizzatore',
  'ws.audit.someLanguage': 'un’altra lingua',
  'ws.audit.intro':
    'Tutte le azioni degli organizzatori della lettera, dalla più recente, con i nomi attuali: un firmatario che ha cancellato i propri dati compare come “un firmatario cancellato”. Gli orari sono in UTC.',
  'ws.audit.filterPerson': 'Chi',
  'ws.audit.filterKind': 'Azione',
  'ws.audit.everyone': 'tutti',
  'ws.audit.everything': 'tutte le azioni',
  'ws.audit.filterSubmit': 'Mostrare',
  'ws.audit.empty': '{filtered, select, yes {Nessuna voce corrisponde a questi filtri.} other {Non è ancora stato registrato nulla.}}',
  'ws.audit.pages': 'Pagine del registro delle operazioni',
  'ws.audit.older': 'Voci precedenti',
  'ws.audit.newest': 'Torna alle più recenti',
  'ws.audit.export': 'Esportare in CSV',
  'ws.audit.exportHint': '(le voci mostrate da questi filtri, in tutte le loro pagine)',

  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {L’aggiornamento è sulla pagina della lettera; nessun firmatario ha chiesto notizie, quindi non viene inviata alcuna email} one {L’aggiornamento è in corso di invio a # firmatario ed è sulla pagina della lettera} other {L’aggiornamento è in corso di invio a # firmatari ed è sulla pagina della lettera}}',
  // review: “still on the list” read as still subscribed to the news (not unsubscribed, not withdrawn): rendered “ancora iscritto”, not the public list
  'ws.updates.intro':
    '{count, plural, =0 {Nessun firmatario ha ancora chiesto notizie.} one {# firmatario ha chiesto notizie al momento della firma ed è ancora iscritto.} other {# firmatari hanno chiesto notizie al momento della firma e sono ancora iscritti.}} Ciascuno riceve un aggiornamento nella lingua in cui ha firmato, al massimo {perMonth, plural, one {una volta} other {# volte}} al mese, con un link per annullare l’iscrizione. Un aggiornamento inviato compare anche sulla pagina della lettera.',
  'ws.updates.none': 'Ancora nessun aggiornamento.',
  'ws.updates.col.title': 'Titolo',
  'ws.updates.col.languages': 'Lingue',
  'ws.updates.col.state': 'Stato',
  'ws.updates.col.links': 'Collegamenti',
  'ws.updates.draft': 'Bozza, non inviato',
  'ws.updates.sentOn': 'Inviato in data {date}',
  'ws.updates.onPage': 'Sulla pagina della lettera',
  'ws.updates.translate': 'Traduzioni',
  'ws.updates.send': 'Inviare',
  'ws.updates.formHeading': 'Scrivere un aggiornamento',
  'ws.updates.formIntro': 'Lo scriva nella lingua della lettera ({language}); aggiunga le traduzioni dopo averlo salvato. Nulla viene inviato prima della sua conferma.',
  'ws.updates.previewHeading': 'Anteprima: l’aggiornamento come lo leggeranno i firmatari (non ancora salvato)',
  'ws.updates.save': 'Salvare la bozza',
  'ws.updates.translationsHeading': 'Traduzioni di {title}',
  'ws.updates.translationsIntro': 'Ogni firmatario riceve l’aggiornamento nella lingua in cui ha firmato; se non c’è una traduzione in quella lingua, riceve l’originale ({language}).',
  'ws.updates.saveTranslation': 'Salvare la traduzione',
  'ws.updates.sendTo': '{count, plural, =0 {Pubblicarlo (nessun firmatario a cui inviarlo)} one {Inviare a # firmatario} other {Inviare a # firmatari}}',
  'ws.updates.readOnly': 'I redattori e i proprietari scrivono e inviano gli aggiornamenti.',
  'ws.updates.confirmHeading': '{count, plural, =0 {Pubblicare “{title}”?} one {Inviare “{title}” a # firmatario?} other {Inviare “{title}” a # firmatari?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Nessun firmatario che ha chiesto notizie può riceverlo ora.} one {Viene inviato per email a # firmatario, che ha chiesto notizie al momento della firma ed è ancora iscritto.} other {Viene inviato per email ai # firmatari che hanno chiesto notizie al momento della firma e sono ancora iscritti.}} Nessuno riceve più di {perMonth, plural, one {un aggiornamento} other {# aggiornamenti}} al mese.',
  'ws.updates.confirmLanguages': 'Nelle loro lingue: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {l’originale} other {traduzione}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# firmatario ha già ricevuto {perMonth, plural, one {un aggiornamento} other {# aggiornamenti}} negli ultimi 30 giorni e non riceverà questo.} other {# firmatari hanno già ricevuto {perMonth, plural, one {un aggiornamento} other {# aggiornamenti}} negli ultimi 30 giorni e non riceveranno questo.}}',
  'ws.updates.confirmPublic': 'Compare sulla pagina pubblica della lettera, con il giorno dell’invio.',
  'ws.updates.confirmFinal': 'Le email non possono essere richiamate e un aggiornamento inviato non può essere modificato.',
  'ws.updates.confirmButton': '{count, plural, =0 {Pubblicare ora} one {Inviare a # firmatario} other {Inviare a # firmatari}}',

  // The daily digest an organizer may ask for (account page), and its mail.
  // review: flood check rendered as controllo delle ondate di firme (ondata as in ws.invalidate.heading)
  'ws.account.digest': 'Riepilogo giornaliero',
  'ws.account.digestLabel': 'Ricevere un riepilogo giornaliero quando succede qualcosa sulle mie lettere',
  'ws.account.digestHint':
    'Al massimo un’email al giorno, e solo nei giorni in cui è successo qualcosa su una lettera che organizza: una risposta arrivata per email, l’obiettivo raggiunto, nuove firme bloccate dal controllo delle ondate di firme.',
  'ws.account.saveDigest': 'Salvare',
  'ws.mail.digest.subject': '{count, plural, one {Il suo riepilogo giornaliero: {title}} other {Il suo riepilogo giornaliero: novità su # lettere}}',
  'ws.mail.digest.title': 'Il suo riepilogo giornaliero',
  'ws.mail.digest.intro': 'Ecco che cosa è successo sulle lettere che organizza dal giorno {since}.',
  'ws.mail.digest.replies':
    '{count, plural, one {# risposta è arrivata per email e attende una sua decisione: <link>la pubblichi o la scarti</link>.} other {# risposte sono arrivate per email e attendono una sua decisione: <link>le pubblichi o le scarti</link>.}}',
  'ws.mail.digest.goal':
    'Ha raggiunto il suo obiettivo di {kind, select, legislator {{goal, plural, one {# parlamentare} many {# di parlamentari} other {# parlamentari}}} organization {{goal, plural, one {# organizzazione} many {# di organizzazioni} other {# organizzazioni}}} individual {{goal, plural, one {# persona} many {# di persone} other {# persone}}} other {{goal, plural, one {# firma} many {# di firme} other {# firme}}}}. <link>Vedere le firme</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {# nuova firma è stata bloccata come fraudolenta dal controllo delle ondate di firme (troppe da una stessa rete in un giorno): non viene mostrata né conteggiata. <link>Esaminare le firme</link>.} other {# nuove firme sono state bloccate come fraudolente dal controllo delle ondate di firme (troppe da una stessa rete in un giorno): non vengono mostrate né conteggiate. <link>Esaminare le firme</link>.}}',
  'ws.mail.digest.stop': 'Per non ricevere più il riepilogo, tolga la spunta dalla relativa casella nella pagina del suo account: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Per non ricevere più il riepilogo, tolga la spunta dalla relativa casella nella pagina del suo account:',
  'ws.mail.footer.digest':
    'Ha ricevuto questo messaggio perché ha chiesto un riepilogo giornaliero di ciò che succede sulle lettere che organizza su Undersigned; arriva solo nei giorni in cui è successo qualcosa. Per non riceverlo più, tolga la spunta dalla casella nella pagina del suo account.',
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  'ws.note.replyRecorded': 'La risposta è registrata e pubblicata accanto alla lettera',
  'ws.note.replyPublished': 'La risposta è pubblicata accanto alla lettera e nel suo registro',
  // review: set aside / dismiss rendered as scartare throughout
  'ws.note.replyDismissed': 'La risposta è scartata: non verrà mostrata',
  'ws.note.replyWaitSaved': 'Salvato: l’attesa prima di “senza risposta”',
  'ws.replies.introInbound':
    'Le risposte all’email della lettera consegnata arrivano qui da sole; ciascuna attende che un redattore o un proprietario la pubblichi o la scarti. Le risposte ricevute in altro modo (per posta, a mano) si registrano qui sotto.',
  'ws.replies.introByHand': 'Questo sito non riceve posta: registri qui, a mano, le risposte che i destinatari le hanno inviato (per posta, per email, a mano).',
  'ws.replies.waitingHeading': 'In attesa di una sua decisione ({count, number})',
  'ws.replies.noneWaiting': 'Nessuna risposta è in attesa di decisione.',
  'ws.replies.readOnly': 'Solo i proprietari e i redattori della lettera pubblicano o scartano le risposte.',
  'ws.replies.verified': 'Verificata con DKIM per {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Non verificata: inviata da {domain}; la controlli prima di pubblicarla.} other {Non verificata: il dominio del mittente è sconosciuto; la controlli prima di pubblicarla.}}',
  'ws.replies.received': 'Ricevuta',
  'ws.replies.subject': 'Oggetto',
  'ws.replies.noSubject': '(senza oggetto)',
  'ws.replies.readAll': 'Leggere tutta la risposta ({count, plural, one {# carattere} other {# caratteri}})',
  'ws.replies.document': 'Documento {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Pubblicare',
  'ws.replies.dismiss': 'Scartare',
  'ws.replies.recordHeading': 'Registrare una risposta',
  'ws.replies.recordIntro':
    'Una risposta che un destinatario le ha inviato in altro modo (per posta, alla sua casella personale, a mano): il testo così come è scritto e, se ce l’ha, una scansione o il file.',
  'ws.replies.from': 'Da',
  'ws.replies.chooseAddressee': 'Scelga il destinatario',
  'ws.replies.dated': 'Data',
  'ws.replies.text': 'La risposta',
  'ws.replies.textHint': '(così come è scritta; testo semplice)',
  'ws.replies.files': 'Documenti',
  'ws.replies.filesHint': '(facoltativi: PDF o immagini, al massimo {max, plural, one {# file} other {# file}}, 10 MB ciascuno)',
  'ws.replies.recordPublic': 'Registrarla significa pubblicarla subito: accanto alla lettera, nel suo registro pubblico e nel prossimo PDF. L’operazione non può essere annullata.',
  'ws.replies.record': 'Registrare e pubblicare la risposta',
  'ws.replies.noAddressees': 'La lettera non ha ancora destinatari: li aggiunga prima.',
  'ws.replies.publishedHeading': 'Pubblicate ({count, number})',
  'ws.replies.nonePublished': 'Nessuna risposta è ancora pubblicata.',
  'ws.replies.byHand': 'Registrata da un organizzatore',
  'ws.replies.byMailUnverified': 'Arrivata per email, non verificata con DKIM',
  'ws.replies.publishedOn': 'datata {received}, pubblicata in data {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Nessuna risposta è stata scartata.} one {# risposta è stata scartata (spam, risposte automatiche): non viene mostrata.} other {# risposte sono state scartate (spam, risposte automatiche): non vengono mostrate.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  'ws.replies.publishHeading': 'Pubblicare la risposta di {who}?',
  'ws.replies.confirmVerified': 'È verificata con DKIM per {domain}: l’ha firmata il server di posta di quel dominio.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Non è verificata: è stata inviata da {domain}, e nulla prova che provenga dal destinatario. La controlli prima di pubblicarla.} other {Non è verificata: nulla prova che provenga dal destinatario. La controlli prima di pubblicarla.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Compare accanto alla lettera, sulla sua pagina pubblica, e chiunque può leggerla.} one {Compare accanto alla lettera, sulla sua pagina pubblica, con il suo documento, e chiunque può leggerla.} other {Compare accanto alla lettera, sulla sua pagina pubblica, con i suoi # documenti, e chiunque può leggerla.}}\nViene annotata nel registro pubblico della lettera e compare nel prossimo PDF della lettera.\nL’operazione non può essere annullata: una risposta pubblicata resta pubblicata.',
  'ws.replies.publishButton': 'Pubblicare la risposta',
  'ws.replies.dismissHeading': 'Scartare la risposta di {who}?',
  'ws.replies.dismissConsequences':
    'Non viene mai mostrata: né accanto alla lettera, né nel suo registro, né nel suo PDF.\nUsi questa opzione per lo spam, una risposta automatica o un messaggio che non risponde alla lettera.\nNon potrà essere pubblicata in seguito.',
  'ws.replies.dismissButton': 'Scartarla',
  // The settings: how long an addressee’s silence waits before it reads as “senza risposta”.
  'ws.replyWait.heading': 'Risposte',
  'ws.replyWait.intro':
    'La pagina della lettera mostra, per ogni destinatario, se ha risposto. Chi non ha risposto entro questo numero di giorni da quando ha ricevuto la lettera risulta “senza risposta”.',
  'ws.replyWait.label': 'Dopo quanti giorni un destinatario risulta “senza risposta”',
  'ws.replyWait.save': 'Salvare',
} satisfies WorkspaceCatalog;
