import type { WorkspaceCatalog } from '../en/site-type.js';

/** Italian: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles rendered as proprietario / redattore / moderatore / osservatore (viewer = read-only member); check "osservatore"
  'ws.role': '{role, select, owner {proprietario} editor {redattore} moderator {moderatore} viewer {osservatore} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlamentare} organization {organizzazione} individual {persona} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {in attesa} confirmed {confermata} withdrawn {ritirata} fraudulent {fraudolenta} other {{status}}}',
  // review: "shadow" (accepted silently, never shown) rendered as "oscurata"
  'ws.moderation': '{state, select, none {nessuna} pending {in attesa} approved {approvata} rejected {respinta} shadow {oscurata} other {{state}}}',
  'ws.verification': '{by, select, domain {dominio} invited {invito} approved {approvazione} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {dominio} invited {invito} approved {approvazione} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {approvare} reject {respingere} shadow {oscurare} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# parlamentare} other {# parlamentari}} di {countries, plural, one {# paese} other {# paesi}}',
  'ws.stats.organizations': '{count, plural, one {# organizzazione} other {# organizzazioni}}',
  'ws.stats.individuals': '{count, plural, one {# persona} other {# persone}}',
  'ws.stats.none': 'Ancora nessuna firma',

  'ws.backToLetters': '← Le sue lettere',
  'ws.signedInAs': 'Accesso effettuato come {email}.',

  // Errore in un modulo, accanto al modulo: il campo con la sua etichetta, poi che cosa non va (codice e motivo dell’errore).
  'ws.fieldName':
    '{field, select, title {Titolo} addressee {Destinatari} summary {Sintesi} language {Lingua} body {Testo} slug {Indirizzo} closesAt {Data di chiusura} email {Indirizzo email} role {Ruolo} label {Etichetta} origins {Siti} goal {Numero di firme da raggiungere} csv {Elenco} name {Nome} kind {Tipo} country {Paese} parliament {Parlamento} party {Partito} organization {Organizzazione} website {Sito web} other {Questo campo}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: campo obbligatorio.} tooLong {{field}: il testo è troppo lungo.} email {{field}: non è un indirizzo email.} website {{field}: non è un indirizzo web.} noLink {{field}: qui non sono ammessi indirizzi web.} noLetter {{field}: deve contenere almeno una lettera o una cifra.} choose {{field}: scelga una delle opzioni.} languageTag {{field}: non è un codice di lingua (ad es. en, fr o zh-Hant).} future {{field}: deve essere una data futura.} ownLanguage {{field}: è la lingua originale della lettera; modifichi direttamente la lettera.} other {{field}: il valore non è valido; controlli quanto ha scritto.}}} KIND_NOT_ACCEPTED {Questa lettera non accetta firme da questa categoria di firmatari.} DUPLICATE {Lo stesso indirizzo compare già più sopra in questo elenco.} INVALID_CSV {{reason, select, columns {Colonne sconosciute: {columns}. La prima riga indica i nomi delle colonne, scelti tra: {expected}.} tooMany {Al massimo {max, number} invitati alla volta.} other {Non è stato possibile leggere l’elenco come CSV.}}} NOT_TAKING_SIGNATURES {Gli inviti possono essere inviati solo mentre la lettera è nella fase dei primi firmatari o aperta.} LETTER_CLOSED {Questa lettera è chiusa: le firme in attesa restano escluse.} ALREADY_PUBLISHED {Solo una bozza può avviare la fase dei primi firmatari.} NOT_PUBLISHED {Questa lettera non è ancora pubblica: la pubblichi prima.} SLUG_TAKEN {Un’altra lettera ha già questo indirizzo.} SLUG_FROZEN {Una lettera pubblicata mantiene il proprio indirizzo.} CLOSING_TIME_PASSED {Prima di aprire la lettera, imposti una data di chiusura futura.} LAST_OWNER {Una lettera deve avere almeno un proprietario: nomini prima proprietaria un’altra persona.} ORGANIZER_NOT_FOUND {Nessun organizzatore di questa lettera ha questo indirizzo.} SIGNATURE_NOT_FOUND {Questa firma non esiste più.} other {Non è stato possibile completare l’operazione ({code}).}}',

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
  'ws.queue.sharedMail': '(dominio di posta pubblico: chiunque può avervi un indirizzo)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {le firme dei parlamentari sono moderate} organization {le firme delle organizzazioni sono moderate} individual {le firme delle persone sono moderate} other {{kind}: firme moderate}}',
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
  'ws.col.when': 'Quando',
  'ws.col.who': 'Chi',
  'ws.col.what': 'Cosa',
  'ws.col.on': 'Oggetto',
  'ws.col.detail': 'Dettagli',
  'ws.col.result': 'Esito',
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

  'ws.audit.heading': 'Registro delle operazioni',
  'ws.audit.operator': 'gestore del sito',
  'ws.audit.readAddresses': 'consultazione degli indirizzi',
  'ws.audit.readDomains': 'consultazione dei domini degli indirizzi',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {gestore del sito: consultazione dei domini degli indirizzi} other {gestore del sito: consultazione degli indirizzi}}',

  'ws.note.draftSaved': 'Bozza salvata',
  'ws.note.saved': 'Modifiche salvate',
  'ws.note.status':
    '{status, select, draft {La lettera è ora una bozza} founding {La lettera è ora aperta ai soli invitati} open {La lettera è ora aperta} closed {La lettera è ora chiusa} other {La lettera è ora nello stato {status}}}',
  'ws.note.moderated': '{decision, select, approve {Firma approvata} reject {Firma respinta} shadow {Firma oscurata} other {Firma: {decision}}}',
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
  'ws.mail.footer': 'Inviato da Undersigned a un organizzatore di lettere aperte.',
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
} satisfies WorkspaceCatalog;
