import type { WorkspaceCatalog } from '../en/site-type.js';

/** German: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles rendered as gender-neutral function nouns (Leitung, Redaktion, Moderation, Lesezugriff), so sentences say "die Rolle …"
  'ws.role': '{role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}',
  'ws.kind': '{kind, select, legislator {Parlamentsmitglied} organization {Organisation} individual {Einzelperson} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {ausstehend} confirmed {bestätigt} withdrawn {zurückgezogen} fraudulent {betrügerisch} other {{status}}}',
  // review: shadow (the signer sees success, but the signature is never shown or counted) rendered as still ausgeblendet / still ausblenden
  'ws.moderation': '{state, select, none {keine} pending {ausstehend} approved {freigegeben} rejected {abgelehnt} shadow {still ausgeblendet} other {{state}}}',
  'ws.verification': '{by, select, domain {Domain} invited {eingeladen} approved {bestätigt} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {Domain} invited {eingeladen} approved {bestätigt} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {freigeben} reject {ablehnen} shadow {still ausblenden} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# Parlamentsmitglied} other {# Parlamentsmitglieder}} aus {countries, plural, one {# Land} other {# Ländern}}',
  'ws.stats.organizations': '{count, plural, one {# Organisation} other {# Organisationen}}',
  'ws.stats.individuals': '{count, plural, one {# Einzelperson} other {# Einzelpersonen}}',
  'ws.stats.none': 'Noch keine Unterschriften',

  'ws.backToLetters': '← Ihre Briefe',
  'ws.signedInAs': 'Angemeldet als {email}.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  'ws.fieldName':
    '{field, select, title {Titel} addressee {Adressiert an} summary {Zusammenfassung} language {Sprache} body {Text} slug {Adresse des Briefes} closesAt {Schlusstermin} email {E-Mail-Adresse} role {Rolle} label {Bezeichnung} origins {Websites} goal {Angestrebte Zahl der Unterschriften} csv {Liste} name {Name} kind {Art} country {Land} parliament {Parlament} party {Partei} organization {Organisation} website {Internetadresse} other {Dieses Feld}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: Dies ist ein Pflichtfeld.} tooLong {{field}: Die Eingabe ist zu lang.} email {{field}: Dies ist keine gültige E-Mail-Adresse.} website {{field}: Dies ist keine gültige Internetadresse.} noLink {{field}: Internetadressen sind hier nicht zulässig.} noLetter {{field}: Die Eingabe muss mindestens einen Buchstaben oder eine Ziffer enthalten.} choose {{field}: Bitte wählen Sie eine der Optionen aus.} languageTag {{field}: Dies ist kein Sprachcode (z. B. en, fr oder zh-Hant).} future {{field}: Der Zeitpunkt muss in der Zukunft liegen.} ownLanguage {{field}: Dies ist die Originalsprache des Briefes; bearbeiten Sie stattdessen den Brief selbst.} other {{field}: Die Eingabe ist ungültig; bitte überprüfen Sie sie.}}} KIND_NOT_ACCEPTED {Dieser Brief nimmt keine Unterschriften dieser Art an.} DUPLICATE {Dieselbe Adresse steht bereits weiter oben in dieser Liste.} INVALID_CSV {{reason, select, columns {Unbekannte Spalten: {columns}. Die erste Zeile benennt die Spalten; zulässig sind: {expected}.} tooMany {Es können höchstens {max, number} Personen auf einmal eingeladen werden.} other {Die Liste konnte nicht als CSV gelesen werden.}}} NOT_TAKING_SIGNATURES {Einladungen werden nur versendet, solange der Brief nur für Eingeladene oder für alle offen ist.} LETTER_CLOSED {Dieser Brief ist geschlossen; die zurückgehaltenen Unterschriften bleiben daher ausgeschlossen.} ALREADY_PUBLISHED {Nur ein Entwurf kann für Eingeladene geöffnet werden.} NOT_PUBLISHED {Dieser Brief ist noch nicht öffentlich: Veröffentlichen Sie ihn zuerst.} SLUG_TAKEN {Ein anderer Brief hat bereits diese Adresse.} SLUG_FROZEN {Ein veröffentlichter Brief behält seine Adresse.} CLOSING_TIME_PASSED {Legen Sie einen Schlusstermin in der Zukunft fest, bevor Sie den Brief öffnen.} LAST_OWNER {Ein Brief braucht mindestens eine Person mit der Rolle Leitung: Übertragen Sie diese Rolle zuerst einer anderen Person.} ORGANIZER_NOT_FOUND {Niemand im Organisationsteam dieses Briefes hat diese Adresse.} SIGNATURE_NOT_FOUND {Diese Unterschrift ist nicht mehr vorhanden.} other {Dies konnte nicht ausgeführt werden ({code}).}}',

  'ws.letters.title': 'Ihre Briefe',
  'ws.letters.intro': 'Angemeldet als {email}. Die vollständige API mit allen Aktionen für Ihre Briefe ist unter <docs>/docs</docs> dokumentiert.',
  'ws.letters.new': 'Neuer Brief',
  'ws.letters.account': 'Ihre Sitzungen und API-Token',
  'ws.letters.meta': '{summary} · Fassung {version, number} · /{slug}',
  'ws.letters.none': 'Sie organisieren noch keinen Brief.',

  'ws.new.title': 'Neuer Brief',
  'ws.new.save': 'Entwurf speichern',

  'ws.field.title': 'Titel',
  'ws.field.addressee': 'Adressiert an',
  'ws.field.summary': 'Zusammenfassung',
  'ws.field.summaryHint': '(ein oder zwei Sätze für Vorschauen; optional)',
  'ws.field.language': 'Sprache',
  'ws.field.languageHint': '(z. B. en, fr, zh-Hant)',
  'ws.field.body': 'Text',
  'ws.field.bodyHint': '(Markdown: *Hervorhebung*, **fett**, Listen, [Links](https://…))',

  'ws.workspace.pageTitle': 'Organisieren: {title}',
  'ws.workspace.notPublic': 'noch nicht öffentlich',
  'ws.workspace.publicPage': 'öffentliche Seite',
  'ws.workspace.publish': 'Veröffentlichen',
  'ws.workspace.founding': 'Nur für Eingeladene öffnen',
  'ws.workspace.openToAll': 'Für alle öffnen',
  'ws.workspace.close': 'Schließen',
  'ws.workspace.reopen': 'Wieder öffnen',
  'ws.workspace.export': '{addresses, select, yes {Alle Unterschriften exportieren (CSV, mit Adressen)} other {Alle Unterschriften exportieren (CSV)}}',
  'ws.workspace.text': 'Text',
  'ws.workspace.editorial': 'Redaktionelle Korrektur (Tippfehler): Die Unterzeichnenden werden nicht erneut um Zustimmung gebeten',
  'ws.workspace.preview': 'Vorschau',
  'ws.workspace.save': 'Speichern',

  'ws.queue.heading': 'Moderationswarteschlange ({count, number})',
  'ws.queue.sharedMail': '(allgemeiner E-Mail-Anbieter: Adressen dort kann jede Person haben)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {Parlamentsmitglieder werden moderiert} organization {Organisationen werden moderiert} individual {Einzelpersonen werden moderiert} other {{kind}: moderiert}}',
  'ws.queue.lookalike': '{same, select, yes {Derselbe Name wie bei einer veröffentlichten Unterschrift: {name}} other {Ähnelt einem veröffentlichten Namen: {name}}}',
  'ws.queue.empty': 'Nichts wartet auf eine Entscheidung.',

  // same as English: German says "Name" too
  'ws.col.name': 'Name',
  'ws.col.affiliation': 'Zugehörigkeit',
  'ws.col.websiteDomain': 'Domain der Website',
  'ws.col.mailDomain': 'E-Mail-Domain',
  'ws.col.email': 'E-Mail-Adresse',
  'ws.col.verified': 'Überprüft',
  'ws.col.heldBecause': 'Zurückgehalten, weil',
  'ws.col.decision': 'Entscheidung',
  'ws.col.kind': 'Art',
  'ws.col.country': 'Land',
  'ws.col.status': 'Status',
  'ws.col.moderation': 'Moderation',
  'ws.col.role': 'Rolle',
  'ws.col.since': 'Seit',
  'ws.col.when': 'Zeitpunkt',
  'ws.col.who': 'Ausgeführt von',
  'ws.col.what': 'Aktion',
  'ws.col.on': 'Betrifft',
  'ws.col.detail': 'Details',
  'ws.col.result': 'Ergebnis',
  'ws.col.browser': 'Browser',
  'ws.col.lastSeen': 'Zuletzt aktiv',
  'ws.col.action': 'Aktion',
  'ws.col.label': 'Bezeichnung',
  'ws.col.created': 'Erstellt',
  'ws.col.lastUsed': 'Zuletzt verwendet',

  'ws.invite.heading': 'Unterzeichnende einladen',
  'ws.invite.result': 'Eingeladen: {invited, number}; bereits eingeladen: {already, number}.',
  'ws.invite.lineError': 'Zeile {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV mit Kopfzeile:',
  'ws.invite.send': 'Einladungen senden',

  'ws.team.heading': 'Organisationsteam',
  'ws.team.yourRole': 'Ihre Rolle: {role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}.',
  'ws.team.email': 'E-Mail-Adresse',
  'ws.team.role': 'Rolle',
  'ws.team.set': 'Hinzufügen oder ändern',
  'ws.team.remove': 'Entfernen',

  'ws.signatures.heading': 'Unterschriften',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Die Leitung des Briefes hält die Adressen der Unterzeichnenden vor den Mitorganisierenden verborgen: Sie sehen nur die Domain jeder Adresse.} other {Die Leitung des Briefes hält die Adressen der Unterzeichnenden vor den Mitorganisierenden verborgen.}}',
  'ws.addresses.audited': 'Jede Einsicht in die Adressen der Unterzeichnenden, ob hier, über die API oder per Export, wird im Audit-Protokoll des Briefes festgehalten.',
  'ws.addresses.toggle': 'Mitorganisierende (Redaktion, Moderation, Lesezugriff) sehen die Adressen der Unterzeichnenden; andernfalls sieht die Moderation nur die Domain',
  'ws.address.hidden': 'verborgen',
  'ws.address.hiddenDomain': 'verborgen (…@{domain})',

  'ws.filter.status': 'Status',
  'ws.filter.all': 'alle',
  'ws.filter.search': 'Suche',
  'ws.filter.submit': 'Filtern',

  // The organizers’ goal, shown on the letter’s first screen as a progress bar.
  'ws.goal.heading': 'Ziel',
  'ws.goal.intro':
    'Eine angestrebte Zahl von Unterschriften, aller Arten oder einer bestimmten Art („100 Parlamentsmitglieder“): Die Seite des Briefes zeigt, wie weit er gekommen ist, und alle mit der Rolle Leitung oder Redaktion erhalten eine E-Mail, sobald das Ziel erreicht ist.',
  'ws.goal.count': 'Angestrebte Zahl der Unterschriften',
  'ws.goal.kind': 'Gezählt werden',
  'ws.goal.any': 'alle Unterschriften',
  'ws.goal.save': 'Ziel speichern',
  'ws.goal.reached': 'Erreicht am {date}.',

  // The sign widget partner sites embed (workspace).
  'ws.widget.heading': 'Unterschriften-Widget für Partner-Websites',
  'ws.widget.intro':
    'Partner-Websites können das Unterschriftsformular dieses Briefes auf ihren eigenen Seiten anzeigen. Tragen Sie die Websites ein, die es anzeigen dürfen (eine pro Zeile), und geben Sie dann jeder Partnerorganisation einen eigenen Code: Sie sehen, wie viele Personen über die einzelnen Partnerorganisationen unterzeichnet haben, aber nicht, wer.',
  'ws.widget.origins': 'Websites, die das Widget anzeigen dürfen (z. B. https://partner.example)',
  'ws.widget.saveOrigins': 'Websites speichern',
  // review: Partner rendered as Partnerorganisation (partners are NGOs and media); plain Partner would be identical to English
  'ws.widget.partner': 'Partnerorganisation',
  'ws.widget.signatures': 'Unterschriften',
  'ws.widget.snippet': 'Zum Einfügen in die Seite der Partnerorganisation',
  'ws.widget.none': 'Noch keine Partnerorganisation.',
  'ws.widget.addPartner': 'Partnerorganisation hinzufügen',

  'ws.audit.heading': 'Audit-Protokoll',
  'ws.audit.operator': 'Betreiber',
  'ws.audit.readAddresses': 'Adressen eingesehen',
  'ws.audit.readDomains': 'Adressdomains eingesehen',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {Betreiber: Adressdomains eingesehen} other {Betreiber: Adressen eingesehen}}',

  'ws.note.draftSaved': 'Entwurf gespeichert',
  'ws.note.saved': 'Gespeichert',
  'ws.note.status':
    '{status, select, draft {Der Brief ist jetzt ein Entwurf} founding {Der Brief ist jetzt nur für Eingeladene offen} open {Der Brief ist jetzt offen} closed {Der Brief ist jetzt geschlossen} other {Der Brief hat jetzt den Status {status}}}',
  'ws.note.moderated': '{decision, select, approve {Unterschrift freigegeben} reject {Unterschrift abgelehnt} shadow {Unterschrift still ausgeblendet} other {Unterschrift: {decision}}}',
  'ws.note.addressesShown': 'Mitorganisierende sehen jetzt die Adressen der Unterzeichnenden',
  'ws.note.addressesHidden': 'Mitorganisierende sehen die Adressen der Unterzeichnenden nicht mehr',
  'ws.note.removed': '{email} entfernt',
  'ws.note.goalSaved': 'Ziel gespeichert',
  'ws.note.widgetSaved': 'Die Websites, die das Widget anzeigen dürfen, sind gespeichert',
  'ws.note.partnerAdded': 'Partnerorganisation hinzugefügt',
  'ws.note.roleSet': '{email} hat jetzt die Rolle {role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}',

  'ws.account.title': 'Ihr Konto',
  'ws.account.sessions': 'Sitzungen',
  'ws.account.thisOne': '(diese Sitzung)',
  'ws.account.end': 'Beenden',
  'ws.account.tokens': 'API-Token',
  'ws.account.newToken': 'Ihr neues Token (wird nur jetzt angezeigt): <code>{token}</code>',
  'ws.account.revoke': 'Widerrufen',
  'ws.account.label': 'Bezeichnung',
  'ws.account.labelPlaceholder': 'Laptop, Importskript …',
  'ws.account.create': 'Token erstellen',

  'ws.login.title': 'Anmelden',
  'ws.login.intro': 'Organisierende melden sich über einen per E-Mail gesendeten Link an: Es gibt kein Passwort, das gestohlen oder vergessen werden könnte.',
  'ws.login.email': 'Ihre E-Mail-Adresse',
  'ws.login.send': 'Anmeldelink senden',
  'ws.loginSent.title': 'Bitte prüfen Sie Ihre E-Mails',
  'ws.loginSent.body':
    'Wenn diese Adresse zu einer Person gehört, die Briefe organisiert, ist ein Anmeldelink unterwegs. Er ist einmal verwendbar und {minutes, plural, one {# Minute} other {# Minuten}} lang gültig.',
  'ws.loginConfirm.title': 'Bei Undersigned anmelden',
  'ws.loginConfirm.button': 'Anmelden',

  'ws.versions.pageTitle': 'Verlauf: {title}',
  'ws.versions.title': 'Verlauf von „{title}“',
  'ws.versions.intro':
    'Jede Fassung des Textes seit den ersten Unterschriften. Redaktionelle Korrekturen (Tippfehler) erfordern keine erneute Zustimmung der Unterzeichnenden; bei allen anderen Änderungen werden alle bisherigen Unterzeichnenden erneut um Zustimmung gebeten.',
  'ws.versions.version': 'Fassung {version, number}',
  'ws.versions.editorial': 'redaktionell',
  'ws.versions.first': 'Die erste Fassung.',
  'ws.versions.back': 'Zurück zum Brief',
  'ws.versions.translationHistory': 'Verlauf der Übersetzung ({language})',
  'ws.versions.revision': 'Überarbeitung {revision, number}, Übersetzung von Fassung {version, number}',
  'ws.versions.current': 'aktuell',
  'ws.versions.revisionOutdated': 'Diese Überarbeitung beruht auf einer früheren Fassung des Textes.',
  'ws.versions.firstTranslation': 'Die erste Übersetzung.',
  'ws.diff.field': '{field, select, title {Titel} addressee {Adressiert an} summary {Zusammenfassung} body {Brieftext} other {{field}}}',

  'ws.mail.hello': 'Guten Tag,',
  'ws.mail.helloName': 'Guten Tag {name},',
  'ws.mail.signIn': 'Anmelden',
  'ws.mail.footer': 'Gesendet von Undersigned an eine Person, die offene Briefe organisiert.',
  'ws.mail.login.subject': 'Ihr Anmeldelink für Undersigned',
  'ws.mail.login.title': 'Anmelden',
  'ws.mail.login.asked': 'Jemand, vermutlich Sie selbst, hat die Anmeldung bei Undersigned als {email} angefordert.',
  'ws.mail.login.openLink': 'Oder öffnen Sie diesen Link: <link>{url}</link>',
  'ws.mail.login.once': 'Er ist einmal verwendbar und {minutes, plural, one {# Minute} other {# Minuten}} lang gültig. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.',
  'ws.mail.login.textLink': 'Anmelden (der Link ist einmal verwendbar und {minutes, plural, one {# Minute} other {# Minuten}} lang gültig):',
  'ws.mail.login.ignore': 'Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese Nachricht.',
  'ws.mail.added.subject': 'Sie haben jetzt die Rolle {role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}} für: {title}',
  'ws.mail.added.body':
    'Sie haben jetzt die Rolle <strong>{role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}</strong> für den offenen Brief <strong>{title}</strong> auf Undersigned.',
  'ws.mail.added.bodyText':
    'Sie haben jetzt die Rolle {role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}} für den offenen Brief „{title}“ auf Undersigned.',
  'ws.mail.added.link':
    'Der Link ist einmal verwendbar und {minutes, plural, one {# Minute} other {# Minuten}} lang gültig; danach können Sie auf der Anmeldeseite einen neuen anfordern. Der Arbeitsbereich des Briefes: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Anmelden (der Link ist einmal verwendbar und {minutes, plural, one {# Minute} other {# Minuten}} lang gültig; danach können Sie auf der Anmeldeseite einen neuen anfordern):',
  'ws.mail.added.workspace': 'Der Arbeitsbereich des Briefes: {url}',
  // The letter’s public count reached its organizers’ goal.
  'ws.mail.goal.subject': 'Ziel erreicht: {title}',
  // review: the verb is inside each plural branch (hat/haben ihn unterzeichnet; for any kind: Er hat … Unterschriften erhalten) so that number agreement holds; check the flow
  'ws.mail.goal.body':
    'Der Brief <letter>{title}</letter> hat sein Ziel erreicht: {kind, select, legislator {{goal, plural, one {# Parlamentsmitglied hat ihn unterzeichnet} other {# Parlamentsmitglieder haben ihn unterzeichnet}}} organization {{goal, plural, one {# Organisation hat ihn unterzeichnet} other {# Organisationen haben ihn unterzeichnet}}} individual {{goal, plural, one {# Einzelperson hat ihn unterzeichnet} other {# Einzelpersonen haben ihn unterzeichnet}}} other {{goal, plural, one {Er hat # Unterschrift erhalten} other {Er hat # Unterschriften erhalten}}}}.',
  'ws.mail.goal.bodyText':
    'Der Brief „{title}“ hat sein Ziel erreicht: {kind, select, legislator {{goal, plural, one {# Parlamentsmitglied hat ihn unterzeichnet} other {# Parlamentsmitglieder haben ihn unterzeichnet}}} organization {{goal, plural, one {# Organisation hat ihn unterzeichnet} other {# Organisationen haben ihn unterzeichnet}}} individual {{goal, plural, one {# Einzelperson hat ihn unterzeichnet} other {# Einzelpersonen haben ihn unterzeichnet}}} other {{goal, plural, one {Er hat # Unterschrift erhalten} other {Er hat # Unterschriften erhalten}}}}.',
} satisfies WorkspaceCatalog;
