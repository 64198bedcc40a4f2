import type { WorkspaceCatalog } from '../en/site-type.js';

/** German: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles rendered as gender-neutral function nouns (Leitung, Redaktion, Moderation, Lesezugriff), so sentences say "die Rolle …"
  'ws.role': '{role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}',
  'ws.kind': '{kind, select, legislator {Parlamentsmitglied} organization {Organisation} individual {Einzelperson} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {ausstehend} confirmed {bestätigt} withdrawn {zurückgezogen} fraudulent {betrügerisch} other {{status}}}',
  // review: shadow (the signer sees success, but the signature is never shown or counted) rendered as still ausgeblendet / still ausblenden
  'ws.moderation': '{state, select, none {keine} pending {ausstehend} approved {veröffentlicht} rejected {abgelehnt} shadow {still ausgeblendet} other {{state}}}',
  'ws.verification': '{by, select, domain {Domain} invited {eingeladen} approved {bestätigt} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {Domain} invited {eingeladen} approved {bestätigt} other {{by}}}: {domain}',
  // review: approve now reads Veröffentlichen (the English says Publish); shadow stays still ausblenden, as in ws.moderation
  'ws.decision':
    '{decision, select, approve {Veröffentlichen} reject {Ablehnen (die unterzeichnende Person wird benachrichtigt)} shadow {Still ausblenden (die unterzeichnende Person erhält keine E-Mail)} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# Parlamentsmitglied} other {# Parlamentsmitglieder}} aus {countries, plural, one {# Land} other {# Ländern}}',
  'ws.stats.organizations': '{count, plural, one {# Organisation} other {# Organisationen}}',
  'ws.stats.individuals': '{count, plural, one {# Einzelperson} other {# Einzelpersonen}}',
  'ws.stats.none': 'Noch keine Unterschriften',

  'ws.backToLetters': '← Ihre Briefe',
  'ws.signedInAs': 'Angemeldet als {email}.',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  'ws.fieldName':
    '{field, select, title {Titel} addressee {Adressiert an} summary {Zusammenfassung} language {Sprache} body {Text} slug {Adresse des Briefes} closesAt {Schlusstermin} email {E-Mail-Adresse} role {Rolle} label {Bezeichnung} origins {Websites} goal {Angestrebte Zahl der Unterschriften} signerKinds {Wer unterzeichnen darf} moderatedKinds {Zur Moderation zurückgehalten} group {Gruppe} csv {Liste} name {Name} kind {Art} country {Land} parliament {Parlament} party {Partei} organization {Organisation} website {Internetadresse} recipientId {Von} receivedOn {Datum der Antwort} text {Die Antwort} file {Dokumente} replyWaitDays {Tage bis „keine Antwort“} other {Dieses Feld}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: Dies ist ein Pflichtfeld.} tooLong {{field}: Die Eingabe ist zu lang.} email {{field}: Dies ist keine gültige E-Mail-Adresse.} website {{field}: Dies ist keine gültige Internetadresse.} noLink {{field}: Internetadressen sind hier nicht zulässig.} noLetter {{field}: Die Eingabe muss mindestens einen Buchstaben oder eine Ziffer enthalten.} choose {{field}: Bitte wählen Sie eine der Optionen aus.} languageTag {{field}: Dies ist kein Sprachcode (z. B. en, fr oder zh-Hant).} future {{field}: Der Zeitpunkt muss in der Zukunft liegen.} ownLanguage {{field}: Dies ist die Originalsprache des Briefes; bearbeiten Sie stattdessen den Brief selbst.} date {{field}: Dies ist kein Datum.} notFuture {{field}: Dies darf nicht in der Zukunft liegen.} unknownAddressee {{field}: Bitte wählen Sie einen der Empfänger des Briefes aus.} tooMany {{field}: Eine Antwort kann höchstens fünf Dokumente haben.} days {{field}: Geben Sie eine ganze Zahl von Tagen an, von 1 bis 365.} other {{field}: Die Eingabe ist ungültig; bitte überprüfen Sie sie.}}} KIND_NOT_ACCEPTED {Dieser Brief nimmt keine Unterschriften dieser Art an.} DUPLICATE {Dieselbe Adresse steht bereits weiter oben in dieser Liste.} INVALID_CSV {{reason, select, columns {Unbekannte Spalten: {columns}. Die erste Zeile benennt die Spalten; zulässig sind: {expected}.} tooMany {Es können höchstens {max, number} Personen auf einmal eingeladen werden.} other {Die Liste konnte nicht als CSV gelesen werden.}}} NOT_TAKING_SIGNATURES {Einladungen werden nur versendet, solange der Brief nur für Eingeladene oder für alle offen ist.} LETTER_CLOSED {Dieser Brief ist geschlossen; die zurückgehaltenen Unterschriften bleiben daher ausgeschlossen.} ALREADY_PUBLISHED {Nur ein Entwurf kann für Eingeladene geöffnet werden.} NO_RECIPIENTS {Fügen Sie Empfänger hinzu, bevor Sie den Brief versenden.} NOT_PUBLISHED {Dieser Brief ist noch nicht öffentlich: Veröffentlichen Sie ihn zuerst.} SLUG_TAKEN {Ein anderer Brief hat bereits diese Adresse.} SLUG_FROZEN {Ein veröffentlichter Brief behält seine Adresse.} CLOSING_TIME_PASSED {Legen Sie einen Schlusstermin in der Zukunft fest, bevor Sie den Brief öffnen.} LAST_OWNER {Ein Brief braucht mindestens eine Person mit der Rolle Leitung: Übertragen Sie diese Rolle zuerst einer anderen Person.} ORGANIZER_NOT_FOUND {Niemand im Organisationsteam dieses Briefes hat diese Adresse.} SIGNATURE_NOT_FOUND {Diese Unterschrift ist nicht mehr vorhanden.} UNSUPPORTED_FILE {{field}: Jedes Dokument muss ein PDF oder ein Bild sein (PNG, JPEG, GIF oder WebP).} FILE_TOO_LARGE {{field}: Jedes Dokument darf höchstens 10 MB groß sein.} REPLY_NOT_QUEUED {Diese Antwort wurde bereits veröffentlicht oder verworfen.} other {Dies konnte nicht ausgeführt werden ({code}).}}',

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
  'ws.queue.sharedMail': '(allgemeiner E-Mail-Anbieter: Dort kann jede Person eine Adresse haben)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {Parlamentsmitglieder werden bei diesem Brief moderiert} organization {Organisationen werden bei diesem Brief moderiert} individual {Einzelpersonen werden bei diesem Brief moderiert} other {{kind}: bei diesem Brief moderiert}}',
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

  'ws.note.draftSaved': 'Entwurf gespeichert',
  'ws.note.saved': 'Gespeichert',
  'ws.note.status':
    '{status, select, draft {Der Brief ist ein Entwurf} founding {Der Brief ist nur für Eingeladene offen} open {Der Brief ist offen: Alle können unterzeichnen} closed {Der Brief ist geschlossen: Niemand kann mehr unterzeichnen} other {Der Brief hat den Status {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {Die Unterschrift ist veröffentlicht} reject {Die Unterschrift ist abgelehnt; die unterzeichnende Person wird benachrichtigt} shadow {Die Unterschrift ist still ausgeblendet; die unterzeichnende Person erfährt davon nichts} other {Entscheidung gespeichert}}',
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

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Einstellungen gespeichert',
  'ws.note.translationSaved': 'Übersetzung gespeichert',
  'ws.note.recipientsAdded': '{count, plural, one {# Empfänger hinzugefügt} other {# Empfänger hinzugefügt}}',
  'ws.note.deliveryQueued': '{count, plural, one {Der Brief wird an # Empfänger versendet} other {Der Brief wird an # Empfänger versendet}}',
  'ws.note.invalidated': '{count, plural, one {# Unterschrift als betrügerisch markiert} other {# Unterschriften als betrügerisch markiert}}',
  'ws.diff.added': 'hinzugefügt:',
  'ws.diff.removed': 'entfernt:',
  'ws.diff.formatted': 'Formatierung geändert:',
  'ws.diff.unchanged': '{count, plural, one {… # unveränderter Absatz …} other {… # unveränderte Absätze …}}',
  'ws.diff.sameReading': 'Nur das Markup der Quelle hat sich geändert: Der Text liest sich gleich.',
  'ws.section':
    '{section, select, text {Text} settings {Einstellungen} translations {Übersetzungen} signatures {Unterschriften} invite {Einladungen} delivery {Versand} replies {Antworten} updates {Neuigkeiten} team {Team} share {Teilen} audit {Audit-Protokoll} other {{section}}}',
  // review: German writes "{section}: {title}" exactly as English, which the test forbids; an en dash is used instead (ask the lead to allow de:ws.section.pageTitle and use the colon)
  'ws.section.pageTitle': '{section} – {title}',
  'ws.nav.label': 'Arbeitsbereich',
  'ws.workspace.history': 'Verlauf des Textes',
  'ws.workspace.previewHeading': 'Vorschau: So wird der Brief für die Öffentlichkeit aussehen (noch nicht gespeichert)',
  'ws.header.label': 'Ihr Konto',
  'ws.header.letters': 'Ihre Briefe',
  'ws.header.account': 'Konto',
  'ws.header.signOut': 'Abmelden',
  'ws.login.signedOut': 'Sie sind abgemeldet.',
  'ws.addresses.heading': 'Adressen der Unterzeichnenden',
  'ws.confirm.cancel': 'Abbrechen',
  'ws.confirm.heading':
    '{step, select, publish {Den Brief veröffentlichen?} openToAll {Den Brief für alle öffnen?} founding {Den Brief nur für Eingeladene öffnen?} close {Den Brief schließen?} reopen {Den Brief wieder öffnen?} other {Fortfahren?}}',
  'ws.confirm.consequences':
    '{step, select, publish {Der Brief wird unter {url} öffentlich: Alle können ihn lesen und unterzeichnen.\nJede Unterschrift wird per E-Mail bestätigt, bevor sie zählt; die Namen erscheinen in der öffentlichen Liste.\nSie können den Text weiterhin korrigieren; bei einer inhaltlichen Änderung werden alle Unterzeichnenden erneut um Zustimmung gebeten.} openToAll {Der Brief wird unter {url} öffentlich: Alle können ihn lesen und unterzeichnen, nicht nur Eingeladene.\nDie Eingeladenen, die unterzeichnet haben, bleiben in der Liste, an erster Stelle.} founding {Nur die Personen, die Sie einladen, können unterzeichnen; der Brief bleibt vor der Öffentlichkeit verborgen.\nSpäter öffnen Sie ihn mit „Veröffentlichen“ für alle.} close {Niemand kann mehr unterzeichnen; der Brief und seine Liste bleiben unter {url} öffentlich.\nSie können ihn später wieder öffnen.} reopen {Unter {url} kann wieder unterzeichnet werden.} other {Dies kann nicht rückgängig gemacht werden.}}',
  'ws.confirm.button':
    '{step, select, publish {Jetzt veröffentlichen} openToAll {Jetzt für alle öffnen} founding {Für Eingeladene öffnen} close {Brief schließen} reopen {Jetzt wieder öffnen} other {Fortfahren}}',
  'ws.share.embedHeading': 'Zähler für andere Websites',
  'ws.share.embedIntro': 'Ein kleiner Kasten mit der Zahl der Unterschriften und einem Link zum Brief, den andere Websites einfügen können.',
  'ws.team.removeHeading': '{who} aus dem Organisationsteam des Briefes entfernen?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {Leitung} editor {Redaktion} moderator {Moderation} viewer {Lesezugriff} other {{role}}}) kann diesen Arbeitsbereich dann nicht mehr öffnen und nichts mehr am Brief tun.\nWas diese Person getan hat, bleibt im Audit-Protokoll.\nSie können sie später wieder hinzufügen.',
  'ws.team.removeButton': 'Entfernen',
  'ws.settings.heading': 'Unterzeichnung',
  'ws.settings.closesAt': 'Schlusstermin (UTC)',
  'ws.settings.closesAtHint':
    'Datum und Uhrzeit sind in UTC (koordinierte Weltzeit) angegeben, nicht in Ihrer Ortszeit. Zu diesem Zeitpunkt endet die Unterzeichnung. Lassen Sie das Feld leer, wenn es keinen Schlusstermin geben soll.',
  'ws.settings.signerKinds': 'Wer unterzeichnen darf (mindestens eine Art)',
  'ws.settings.moderatedKinds': 'Zur Moderation zurückgehalten',
  'ws.settings.moderatedHint': 'Unterschriften dieser Arten warten auf die Freigabe durch das Organisationsteam, bevor sie angezeigt oder gezählt werden.',
  'ws.settings.save': 'Einstellungen speichern',
  'ws.translations.intro':
    'Der Brief in anderen Sprachen. Die Unterzeichnenden stimmen dem Originaltext zu; eine Übersetzung folgt einer bestimmten Fassung davon und wird als veraltet gekennzeichnet, sobald es eine neuere Fassung des Originals gibt.',
  'ws.translations.none': 'Noch keine Übersetzung.',
  'ws.translations.col.language': 'Sprache',
  'ws.translations.col.title': 'Titel',
  'ws.translations.col.follows': 'Beruht auf',
  'ws.translations.col.state': 'Stand',
  // review: German says "Links" too (identical to English, which the test forbids): Verweise
  'ws.translations.col.links': 'Verweise',
  'ws.translations.follows': 'Fassung {version, number}',
  'ws.translations.outdated': 'veraltet: Der Brief liegt jetzt in Fassung {version, number} vor',
  'ws.translations.upToDate': 'aktuell',
  'ws.translations.edit': 'bearbeiten',
  'ws.translations.read': 'öffentlicher Text',
  'ws.translations.formHeading': 'Übersetzung hinzufügen oder aktualisieren',
  'ws.translations.formIntro':
    'Wenn Sie eine Sprache speichern, für die es schon eine Übersetzung gibt, wird diese ersetzt (frühere Texte bleiben im öffentlichen Verlauf). Die gespeicherte Übersetzung folgt der aktuellen Fassung, {version, number}.',
  'ws.translations.language': 'Sprache',
  'ws.translations.chooseLanguage': 'Sprache wählen',
  'ws.translations.addresseeHint': '(optional; leer: wie im Original)',
  'ws.translations.previewHeading': 'Vorschau: So wird die Übersetzung für die Öffentlichkeit aussehen (noch nicht gespeichert)',
  'ws.translations.save': 'Übersetzung speichern',
  'ws.account.publicName': 'Ihr öffentlicher Name oder Ihre Organisation',
  'ws.account.publicNameLabel': 'Name oder Organisation',
  'ws.account.publicNameHint':
    'Einladungen zur Unterzeichnung und der übergebene Brief nennen die Leitung des Briefes mit diesem Namen. Ohne Namen ist dort vom „Organisationsteam“ des Briefes die Rede; Unterzeichnende und Empfänger sehen Ihre E-Mail-Adresse nie.',
  'ws.account.saveName': 'Namen speichern',
  'ws.mail.footer.login':
    'Sie erhalten diese Nachricht, weil mit dieser Adresse die Anmeldung bei Undersigned angefordert wurde, von Ihnen oder von jemandem, der diese Adresse eingegeben hat. Wenn Sie es nicht waren, ignorieren Sie diese Nachricht: Ohne den Link kann sich niemand anmelden.',
  'ws.mail.footer.added':
    'Sie erhalten diese Nachricht, weil {known, select, yes {{by}} other {eine Person mit der Rolle Leitung des Briefes}} diese Adresse auf Undersigned zum Organisationsteam von „{title}“ hinzugefügt hat.',
  'ws.mail.footer.goal': 'Sie erhalten diese Nachricht, weil Sie „{title}“ auf Undersigned mit der Rolle Leitung oder Redaktion organisieren.',
  'ws.delivery.intro': 'Die Personen oder Stellen, an die der Brief gerichtet ist. Alle erhalten ihn per E-Mail in ihrer Sprache, mit einem PDF des Textes und seiner Unterzeichnenden im Anhang.',
  'ws.delivery.addressees': 'Empfänger ({count, number})',
  'ws.delivery.none': 'Noch keine Empfänger: Fügen Sie sie unten hinzu, einzeln oder als Liste.',
  'ws.delivery.col.group': 'Gruppe',
  'ws.delivery.col.language': 'Sprache',
  'ws.delivery.col.state': 'Versand',
  'ws.delivery.state': '{state, select, queued {In der Warteschlange} sent {Gesendet} failed {Fehlgeschlagen} other {Nicht gesendet}}',
  'ws.delivery.failed':
    'Fehlgeschlagen: {why, select, refused {Der E-Mail-Server der Empfangsseite hat die Nachricht abgelehnt.} unreachable {Der E-Mail-Server der Empfangsseite war nicht erreichbar.} other {Die Nachricht konnte nicht gesendet werden.}}',
  'ws.delivery.count': '{state, select, sent {{count, number} gesendet} queued {{count, number} in der Warteschlange} failed {{count, number} fehlgeschlagen} other {{count, number} nicht gesendet}}',
  'ws.delivery.progressHeading': 'Der letzte Versand',
  'ws.delivery.progress': '{sent, number} von {total, number} gesendet, {queued, number} in der Warteschlange, {failed, number} fehlgeschlagen.',
  'ws.delivery.notPublic': 'Der Brief wird übergeben, sobald er öffentlich ist: Veröffentlichen Sie ihn zuerst. Die Empfänger können Sie schon jetzt hinzufügen.',
  'ws.delivery.readOnly': 'Nur Personen mit der Rolle Leitung oder Redaktion fügen Empfänger hinzu und versenden den Brief.',
  'ws.delivery.previewLink': 'Nachrichten in der Vorschau ansehen, dann senden',
  'ws.delivery.addHeading': 'Empfänger hinzufügen',
  // review: German says "Name" too (identical to English): Name oder Bezeichnung, since an addressee may be a body
  'ws.delivery.name': 'Name oder Bezeichnung',
  'ws.delivery.email': 'E-Mail-Adresse',
  'ws.delivery.language': 'Sprache',
  'ws.delivery.group': 'Gruppe (optional, z. B. eine Region)',
  'ws.delivery.add': 'Empfänger hinzufügen',
  'ws.delivery.importHeading': 'Mehrere aus einer Liste hinzufügen',
  'ws.delivery.csvLabel': 'Fügen Sie CSV ein, ein Empfänger pro Zeile, unter einer ersten Zeile mit den Spaltennamen (language: ein Code wie en oder fr; leer: die Sprache des Briefes):',
  'ws.delivery.import': 'Diese Empfänger hinzufügen',
  'ws.delivery.importResult':
    '{added, plural, one {# Empfänger hinzugefügt} other {# Empfänger hinzugefügt}}; {already, plural, =0 {keiner war bereits vorhanden} one {# war bereits vorhanden} other {# waren bereits vorhanden}}. Die folgenden Zeilen wurden nicht übernommen:',
  'ws.delivery.lineError': 'Zeile {line, number}: {reason}',
  'ws.delivery.previewTitle': 'Die Nachrichten vor dem Versand',
  'ws.delivery.previewIntro': 'Jeder Empfänger erhält unten stehende Nachricht in seiner Sprache, mit persönlicher Anrede und dem PDF im Anhang. Nichts wird gesendet, bevor Sie bestätigen.',
  'ws.delivery.previewLanguage': '{language}: {count, plural, one {# Empfänger} other {# Empfänger}}',
  'ws.delivery.previewAs': 'So, wie {name} sie erhalten wird.',
  'ws.delivery.noTranslation': 'Der Brief hat keine Übersetzung in diese Sprache: Der Text wird in der Originalsprache ({language}) versendet.',
  'ws.delivery.subject': 'Betreff',
  'ws.delivery.textBody': 'Die Nachricht',
  'ws.delivery.htmlBody': 'Die Nachricht so ansehen, wie E-Mail-Programme sie formatiert anzeigen',
  'ws.delivery.pdf': 'Das beigefügte PDF ({language})',
  'ws.delivery.previewNone': 'Noch keine Empfänger: Fügen Sie zuerst welche hinzu.',
  'ws.delivery.previewDraft': 'Die Nachrichten können angezeigt werden, sobald der Brief öffentlich ist: Veröffentlichen Sie ihn zuerst.',
  'ws.delivery.send': '{count, plural, one {An # Empfänger senden} other {An # Empfänger senden}}',
  'ws.delivery.back': 'Zurück zu den Empfängern',
  'ws.delivery.confirmHeading': '{count, plural, one {Den Brief an # Empfänger senden?} other {Den Brief an # Empfänger senden?}}',
  // review: {language} is the language’s own name (français, español), so it is put in parentheses rather than after "auf"
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {erhält} other {erhalten}} den Text ({language}) mit seinem PDF ({language}) im Anhang.',
  'ws.delivery.andMore': '{count, plural, one {# weiterer Empfänger} other {# weitere Empfänger}}',
  'ws.delivery.confirmAgain': '{count, plural, one {# davon hat ihn bereits erhalten und erhält ihn erneut.} other {# davon haben ihn bereits erhalten und erhalten ihn erneut.}}',
  'ws.delivery.confirmRecall': 'Eine gesendete Nachricht kann nicht zurückgeholt werden.',
  'ws.delivery.confirmPublic': 'Die öffentliche Seite des Briefes nennt dann jeden Empfänger beim Namen und den Zeitpunkt, zu dem der Brief ihn erreicht hat, nie aber die Adresse.',
  'ws.delivery.confirmButton': '{count, plural, one {Jetzt an # Empfänger senden} other {Jetzt an # Empfänger senden}}',
  'ws.queue.intro':
    'Diese Unterschriften warten auf eine Entscheidung, bevor sie angezeigt oder gezählt werden. „Veröffentlichen“ setzt eine Unterschrift auf die Liste; „Ablehnen“ hält sie fern und benachrichtigt die unterzeichnende Person; „Still ausblenden“ hält sie fern, ohne der unterzeichnenden Person etwas mitzuteilen.',
  'ws.queue.readOnly': 'Nur Personen mit der Rolle Leitung oder Moderation entscheiden über zurückgehaltene Unterschriften.',
  'ws.held.claims': 'Angegeben als',
  'ws.held.wroteFrom': 'Schreibt von',
  // review: German says "Website" too (identical to English): Internetadresse, as in sign.website
  'ws.held.website': 'Internetadresse',
  'ws.held.noWebsite': 'keine angegeben',
  'ws.held.verification': 'Überprüft',
  'ws.held.verifiedBy': '{by, select, domain {Ja: über die E-Mail-Domain, {domain}} invited {Ja: über eine Einladung unterzeichnet} approved {Ja: von der Moderation freigegeben} other {Ja: {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Nein: Die E-Mail-Domain gehört nicht zum angegebenen Parlament} organization {{website, select, no {Nein: Es wurde keine Internetadresse angegeben, mit der sich die E-Mail-Domain vergleichen ließe} other {{shared, select, yes {Nein: Bei einem allgemeinen E-Mail-Anbieter kann jede Person eine Adresse haben} other {Nein: Die E-Mail-Domain ist nicht die der Internetadresse}}}}} individual {Nein: Einzelpersonen werden nur über eine Einladung überprüft} other {Nein}}',
  'ws.held.why': 'Zurückgehalten, weil',
  'ws.held.similar': 'Ähnliche Namen in der Liste',
  'ws.held.noSimilar': 'keine',
  'ws.held.signed': 'Unterzeichnet',
  'ws.held.network': 'Netzwerk-Fingerabdruck',
  'ws.decide.label': 'Entscheidung über {name}',
  'ws.decide.publish': 'Veröffentlichen',
  'ws.decide.reject': 'Ablehnen (die unterzeichnende Person wird benachrichtigt)',
  'ws.decide.hide': 'Still ausblenden',
  'ws.decide.hideHint':
    '(die unterzeichnende Person erhält keine E-Mail; für Missbrauch gedacht. Wie bei jeder Entfernung hält das öffentliche Register dies fest, wenn die Unterschrift in der Liste stand)',
  'ws.decide.heading': '{decision, select, reject {Die Unterschrift von {who} ablehnen?} shadow {Die Unterschrift von {who} still ausblenden?} other {Über die Unterschrift von {who} entscheiden?}}',
  'ws.decide.consequences':
    'Die Unterschrift von {who} ({claim}) bleibt außerhalb der Liste des Briefes und aller Zählungen{listed, select, yes {; sie wird jetzt aus der Liste entfernt} other {}}.\n{decision, select, reject {{mailable, select, yes {{who} erhält eine E-Mail, dass das Organisationsteam des Briefes die Unterschrift nicht angenommen hat.} other {{who} kann keine E-Mail erhalten: Die Adresse ist nicht mehr gespeichert.}}} shadow {{who} erhält keine E-Mail: Für diese Person sieht die Unterschrift weiterhin angenommen aus. Nutzen Sie dies bei Missbrauch, wenn eine Benachrichtigung nur zu einem weiteren Versuch einladen würde.} other {}}\n{listed, select, yes {Das öffentliche Register hält eine Entfernung fest, wie bei jeder Entfernung.} other {Die Unterschrift stand nie in der öffentlichen Liste, daher hält das öffentliche Register nichts davon fest.}}',
  'ws.decide.button': '{decision, select, reject {Ablehnen und die unterzeichnende Person benachrichtigen} shadow {Still ausblenden, ohne Benachrichtigung} other {Entscheiden}}',
  'ws.invalidate.heading': 'Massenhafte Unterschriften als betrügerisch markieren',
  'ws.invalidate.intro':
    'Bei massenhaft gefälschten Unterschriften: Geben Sie eine E-Mail-Domain, einen Zeitraum, einen Netzwerk-Fingerabdruck oder mehrere davon an (eine Unterschrift muss allen Angaben entsprechen). Sie sehen zuerst, wie viele Unterschriften übereinstimmen; nichts ändert sich, bevor Sie bestätigen.',
  'ws.invalidate.domain': 'E-Mail-Domain (z. B. example.org)',
  'ws.invalidate.window': 'Unterzeichnet in diesem Zeitraum (UTC)',
  'ws.invalidate.from': 'Von',
  'ws.invalidate.to': 'Bis (ausschließlich)',
  'ws.invalidate.network': 'Netzwerk-Fingerabdruck (wie bei einer zurückgehaltenen Unterschrift angezeigt)',
  'ws.invalidate.preview': 'Vorschau',
  'ws.invalidate.result':
    '{result, select, none {Geben Sie eine E-Mail-Domain, einen Zeitraum oder einen Netzwerk-Fingerabdruck an: Ohne Angabe wird nichts gefunden.} nothing {Keine Unterschrift entspricht diesen Kriterien: Es wurde nichts geändert.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {E-Mail-Domain: Dies ist kein Domainname (z. B. example.org).} from {Von: Dies ist kein Datum mit Uhrzeit.} to {Bis: Dies ist kein Datum mit Uhrzeit.} ipHash {Netzwerk-Fingerabdruck: Dies ist kein gültiger Fingerabdruck (8 bis 32 Buchstaben, Ziffern, - oder _).} other {Die Kriterien konnten nicht gelesen werden; bitte überprüfen Sie sie.}}',
  'ws.invalidate.confirmHeading': '{count, plural, one {# Unterschrift als betrügerisch markieren?} other {# Unterschriften als betrügerisch markieren?}}',
  'ws.invalidate.matching': 'Die übereinstimmenden Unterschriften: {criteria}.',
  'ws.invalidate.byDomain': 'E-Mail-Domain {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {unterzeichnet von {from} bis {to}} from {unterzeichnet ab {from}} other {unterzeichnet vor {to}}}',
  'ws.invalidate.byNetwork': 'Netzwerk-Fingerabdruck {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {Die Unterschrift wird als betrügerisch markiert: eine Zeit lang zur Untersuchung aufbewahrt, dann gelöscht; sie kann nicht wiederhergestellt werden.} other {Die Unterschriften werden als betrügerisch markiert: eine Zeit lang zur Untersuchung aufbewahrt, dann gelöscht; sie können nicht wiederhergestellt werden.}}\nUnterschriften in der öffentlichen Liste verschwinden sofort daraus, und die Zahlen sinken.\nDas öffentliche Register hält jede Entfernung aus der Liste fest, wie bei jeder Entfernung.\nDie Unterzeichnenden erhalten keine E-Mail.',
  'ws.invalidate.button': '{count, plural, one {# Unterschrift als betrügerisch markieren} other {# Unterschriften als betrügerisch markieren}}',
  'ws.audit.did':
    '{kind, select, create {{who} hat den Brief entworfen} edit {{editorial, select, yes {{who} hat den Text korrigiert (redaktionelle Änderung: Niemand wird erneut um Zustimmung gebeten)} other {{who} hat den Text bearbeitet}}} publish {{who} hat den Brief veröffentlicht} close {{who} hat den Brief geschlossen} founding {{who} hat die Erstunterzeichnung für Eingeladene geöffnet} approve {{who} hat die Unterschrift von {signer} veröffentlicht} reject {{who} hat die Unterschrift von {signer} abgelehnt} shadow {{who} hat die Unterschrift von {signer} still ausgeblendet} moderate {{who} hat über die Unterschrift von {signer} entschieden} invalidate {{counted, select, yes {{who} hat {count, plural, one {# Unterschrift} other {# Unterschriften}} als betrügerisch markiert} other {{who} hat Unterschriften als betrügerisch markiert}}} invalidatePreview {{counted, select, yes {{who} hat nach Unterschriften gesucht, die als betrügerisch markiert werden sollen ({count, plural, one {# Treffer} other {# Treffer}})} other {{who} hat nach Unterschriften gesucht, die als betrügerisch markiert werden sollen}}} invite {{counted, select, yes {{who} hat {count, plural, one {# Person} other {# Personen}} zur Unterzeichnung eingeladen} other {{who} hat Personen zur Unterzeichnung eingeladen}}} addOrganizer {{who} hat {member} {role, select, owner {mit der Rolle Leitung} editor {mit der Rolle Redaktion} moderator {mit der Rolle Moderation} viewer {mit der Rolle Lesezugriff} other {zum Organisationsteam}} hinzugefügt} setRole {{who} hat {role, select, owner {die Rolle Leitung} editor {die Rolle Redaktion} moderator {die Rolle Moderation} viewer {die Rolle Lesezugriff} other {eine Rolle im Organisationsteam}} an {member} vergeben} removeOrganizer {{who} hat {member} aus dem Organisationsteam entfernt} goal {{goalSet, select, yes {{who} hat das Ziel auf {goalKind, select, legislator {{goal, plural, one {# Parlamentsmitglied} other {# Parlamentsmitglieder}}} organization {{goal, plural, one {# Organisation} other {# Organisationen}}} individual {{goal, plural, one {# Einzelperson} other {# Einzelpersonen}}} other {{goal, plural, one {# Unterschrift} other {# Unterschriften}}}} festgelegt} no {{who} hat das Ziel entfernt} other {{who} hat das Ziel geändert}}} settings {{who} hat die Einstellungen des Briefes geändert} translation {{who} hat die Übersetzung ({language}) gespeichert} recipients {{counted, select, yes {{who} hat {count, plural, one {# Empfänger} other {# Empfänger}} hinzugefügt} other {{who} hat Empfänger hinzugefügt}}} deliver {{counted, select, yes {{who} hat den Brief an {count, plural, one {# Empfänger} other {# Empfänger}} gesendet} other {{who} hat den Brief an seine Empfänger gesendet}}} widget {{who} hat die Websites geändert, die das Unterschriften-Widget anzeigen dürfen} partner {{who} hat eine Partnerorganisation für das Unterschriften-Widget hinzugefügt} addressesShown {{who} hat die Adressen der Unterzeichnenden für die Mitorganisierenden sichtbar gemacht} addressesHidden {{who} hat die Adressen der Unterzeichnenden vor den Mitorganisierenden verborgen} readAddresses {{source, select, page {{who} hat im Arbeitsbereich die Adressen von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}} eingesehen} other {{who} hat über die API die Adressen von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}} eingesehen}}} readDomains {{source, select, page {{who} hat im Arbeitsbereich die Adressdomains von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}} eingesehen} other {{who} hat über die API die Adressdomains von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}} eingesehen}}} export {{domainsOnly, select, yes {{who} hat die Unterschriften als CSV exportiert, mit den Adressdomains von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}}} other {{who} hat die Unterschriften als CSV exportiert, mit den Adressen von {count, plural, one {# unterzeichnenden Person} other {# Unterzeichnenden}}}}} recordReply {{who} hat eine per Post oder persönlich übergebene Antwort eines Empfängers erfasst und veröffentlicht} publishReply {{who} hat eine per E-Mail eingegangene Antwort eines Empfängers veröffentlicht} dismissReply {{who} hat eine per E-Mail eingegangene Antwort verworfen} writeUpdate {{who} hat eine Mitteilung an die Unterzeichnenden verfasst} updateTranslation {{who} hat die Übersetzung der Mitteilung ({language}) gespeichert} sendUpdate {{counted, select, yes {{who} hat eine Mitteilung an {count, plural, one {# unterzeichnende Person} other {# Unterzeichnende}} gesendet} other {{who} hat eine Mitteilung an die Unterzeichnenden gesendet}}} other {{who} hat eine Anfrage gestellt: {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} hat versucht, einen Brief zu entwerfen} edit {{who} hat versucht, den Text zu bearbeiten} publish {{who} hat versucht, den Brief zu veröffentlichen} close {{who} hat versucht, den Brief zu schließen} founding {{who} hat versucht, die Erstunterzeichnung für Eingeladene zu öffnen} approve {{who} hat versucht, die Unterschrift von {signer} zu veröffentlichen} reject {{who} hat versucht, die Unterschrift von {signer} abzulehnen} shadow {{who} hat versucht, die Unterschrift von {signer} still auszublenden} moderate {{who} hat versucht, über die Unterschrift von {signer} zu entscheiden} invalidate {{who} hat versucht, Unterschriften als betrügerisch zu markieren} invalidatePreview {{who} hat versucht, nach Unterschriften zu suchen, die als betrügerisch markiert werden sollen} invite {{who} hat versucht, Personen zur Unterzeichnung einzuladen} addOrganizer {{who} hat versucht, {member} {role, select, owner {mit der Rolle Leitung} editor {mit der Rolle Redaktion} moderator {mit der Rolle Moderation} viewer {mit der Rolle Lesezugriff} other {zum Organisationsteam}} hinzuzufügen} setRole {{who} hat versucht, {role, select, owner {die Rolle Leitung} editor {die Rolle Redaktion} moderator {die Rolle Moderation} viewer {die Rolle Lesezugriff} other {eine Rolle im Organisationsteam}} an {member} zu vergeben} removeOrganizer {{who} hat versucht, {member} aus dem Organisationsteam zu entfernen} goal {{who} hat versucht, das Ziel zu ändern} settings {{who} hat versucht, die Einstellungen des Briefes zu ändern} translation {{who} hat versucht, die Übersetzung ({language}) zu speichern} recipients {{who} hat versucht, Empfänger hinzuzufügen} deliver {{who} hat versucht, den Brief an seine Empfänger zu senden} widget {{who} hat versucht, die Websites zu ändern, die das Unterschriften-Widget anzeigen dürfen} partner {{who} hat versucht, eine Partnerorganisation für das Unterschriften-Widget hinzuzufügen} addressesShown {{who} hat versucht, die Adressen der Unterzeichnenden für die Mitorganisierenden sichtbar zu machen} addressesHidden {{who} hat versucht, die Adressen der Unterzeichnenden vor den Mitorganisierenden zu verbergen} readAddresses {{who} hat versucht, die Adressen der Unterzeichnenden einzusehen} readDomains {{who} hat versucht, die Adressdomains der Unterzeichnenden einzusehen} export {{who} hat versucht, die Unterschriften zu exportieren} recordReply {{who} hat versucht, die Antwort eines Empfängers zu erfassen} publishReply {{who} hat versucht, die Antwort eines Empfängers zu veröffentlichen} dismissReply {{who} hat versucht, eine per E-Mail eingegangene Antwort zu verwerfen} writeUpdate {{who} hat versucht, eine Mitteilung an die Unterzeichnenden zu verfassen} updateTranslation {{who} hat versucht, die Übersetzung einer Mitteilung ({language}) zu speichern} sendUpdate {{who} hat versucht, eine Mitteilung an die Unterzeichnenden zu senden} other {{who} hat eine Anfrage versucht: {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (abgelehnt), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Brief entworfen} edit {Text bearbeitet} publish {Brief veröffentlicht} close {Brief geschlossen} founding {Erstunterzeichnung geöffnet} approve {Unterschrift veröffentlicht} reject {Unterschrift abgelehnt} shadow {Unterschrift still ausgeblendet} moderate {Über Unterschrift entschieden} invalidate {Unterschriften als betrügerisch markiert} invalidatePreview {Suche nach betrügerischen Unterschriften} invite {Unterzeichnende eingeladen} addOrganizer {Mitorganisierende Person hinzugefügt} setRole {Rolle geändert} removeOrganizer {Mitorganisierende Person entfernt} goal {Ziel geändert} settings {Einstellungen geändert} translation {Übersetzung gespeichert} recipients {Empfänger hinzugefügt} deliver {Brief an die Empfänger gesendet} widget {Websites des Widgets geändert} partner {Partnerorganisation des Widgets hinzugefügt} addressesShown {Adressen für Mitorganisierende sichtbar} addressesHidden {Adressen vor Mitorganisierenden verborgen} readAddresses {Adressen eingesehen} readDomains {Adressdomains eingesehen} export {Unterschriften exportiert} recordReply {Antwort erfasst} publishReply {Antwort veröffentlicht} dismissReply {Antwort verworfen} writeUpdate {Mitteilung verfasst} updateTranslation {Mitteilung übersetzt} sendUpdate {Mitteilung gesendet} other {Sonstige Anfrage}}',
  'ws.audit.result': '{refused, select, yes {abgelehnt ({status})} other {ausgeführt}}',
  // review: the operator (who runs the instance) rendered as Die Administration, gender-neutral
  'ws.audit.operatorWho': 'Die Administration (über die Kommandozeile)',
  'ws.audit.formerOrganizer': 'Ein ehemaliges Mitglied des Organisationsteams',
  'ws.audit.erasedSigner': 'N. N. (Daten gelöscht)',
  // review: N. N. (nomen nescio) stands for an unknown name and needs no case ending after "von" (die Unterschrift von N. N.); it also stands alone in the CSV
  'ws.audit.someSigner': 'N. N.',
  // review: chosen so that accusative = nominative (hat eine mitorganisierende Person … hinzugefügt / entfernt; an eine mitorganisierende Person vergeben)
  'ws.audit.someOrganizer': 'eine mitorganisierende Person',
  'ws.audit.someLanguage': 'eine andere Sprache',
  'ws.audit.intro':
    'Jede Aktion des Organisationsteams dieses Briefes, die neueste zuerst, mit den Namen, wie sie heute lauten: Wer als unterzeichnende Person die eigenen Daten gelöscht hat, erscheint als „N. N. (Daten gelöscht)“. Die Zeiten sind in UTC angegeben.',
  'ws.audit.filterPerson': 'Wer',
  'ws.audit.filterKind': 'Aktion',
  'ws.audit.everyone': 'alle',
  'ws.audit.everything': 'alle Aktionen',
  'ws.audit.filterSubmit': 'Anzeigen',
  'ws.audit.empty': '{filtered, select, yes {Kein Eintrag entspricht diesen Filtern.} other {Bisher ist nichts festgehalten.}}',
  'ws.audit.pages': 'Seiten des Audit-Protokolls',
  'ws.audit.older': 'Ältere Einträge',
  'ws.audit.newest': 'Zurück zu den neuesten',
  'ws.audit.export': 'Als CSV exportieren',
  'ws.audit.exportHint': '(die Einträge, die diese Filter zeigen, über alle Seiten)',

  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {Die Mitteilung steht auf der Seite des Briefes; niemand hat um Neuigkeiten gebeten, daher wird sie nicht per E-Mail verschickt} one {Die Mitteilung geht an # unterzeichnende Person und steht auf der Seite des Briefes} other {Die Mitteilung geht an # Unterzeichnende und steht auf der Seite des Briefes}}',
  // review: an update rendered as Mitteilung, the news as Neuigkeiten; “still on the list” rendered as “und sie nicht abbestellt” (has not unsubscribed)
  'ws.updates.intro':
    '{count, plural, =0 {Noch niemand hat um Neuigkeiten gebeten.} one {# unterzeichnende Person hat bei der Unterzeichnung um Neuigkeiten gebeten und sie nicht abbestellt.} other {# Unterzeichnende haben bei der Unterzeichnung um Neuigkeiten gebeten und sie nicht abbestellt.}} Alle erhalten eine Mitteilung in der Sprache, in der sie unterzeichnet haben, höchstens {perMonth, plural, one {einmal} other {#-mal}} im Monat, mit einem Link zum Abbestellen. Eine gesendete Mitteilung erscheint auch auf der Seite des Briefes.',
  'ws.updates.none': 'Noch keine Mitteilungen.',
  'ws.updates.col.title': 'Titel',
  'ws.updates.col.languages': 'Sprachen',
  'ws.updates.col.state': 'Stand',
  // review: German says "Links" too (identical to English, which the test forbids): Verweise, as in ws.translations.col.links
  'ws.updates.col.links': 'Verweise',
  'ws.updates.draft': 'Entwurf, nicht gesendet',
  'ws.updates.sentOn': 'Gesendet am {date}',
  'ws.updates.onPage': 'Auf der Seite des Briefes',
  'ws.updates.translate': 'Übersetzungen',
  'ws.updates.send': 'Senden',
  'ws.updates.formHeading': 'Eine Mitteilung verfassen',
  'ws.updates.formIntro': 'Verfassen Sie sie in der Sprache des Briefes ({language}); Übersetzungen fügen Sie hinzu, sobald sie gespeichert ist. Nichts wird gesendet, bevor Sie bestätigen.',
  'ws.updates.previewHeading': 'Vorschau: die Mitteilung, wie die Unterzeichnenden sie lesen werden (noch nicht gespeichert)',
  'ws.updates.save': 'Entwurf speichern',
  'ws.updates.translationsHeading': 'Übersetzungen von „{title}“',
  'ws.updates.translationsIntro':
    'Alle Unterzeichnenden erhalten die Mitteilung in der Sprache, in der sie unterzeichnet haben; gibt es keine Übersetzung in diese Sprache, erhalten sie das Original ({language}).',
  'ws.updates.saveTranslation': 'Übersetzung speichern',
  'ws.updates.sendTo': '{count, plural, =0 {Veröffentlichen (niemand erhält sie per E-Mail)} one {An # unterzeichnende Person senden} other {An # Unterzeichnende senden}}',
  'ws.updates.readOnly': 'Nur Personen mit der Rolle Leitung oder Redaktion verfassen und senden Mitteilungen.',
  'ws.updates.confirmHeading': '{count, plural, =0 {„{title}“ veröffentlichen?} one {„{title}“ an # unterzeichnende Person senden?} other {„{title}“ an # Unterzeichnende senden?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Derzeit gibt es niemanden, der um Neuigkeiten gebeten hat und sie erhalten kann.} one {Sie geht per E-Mail an die # unterzeichnende Person, die bei der Unterzeichnung um Neuigkeiten gebeten und sie nicht abbestellt hat.} other {Sie geht per E-Mail an die # Unterzeichnenden, die bei der Unterzeichnung um Neuigkeiten gebeten und sie nicht abbestellt haben.}} Niemand erhält mehr als {perMonth, plural, one {eine Mitteilung} other {# Mitteilungen}} im Monat.',
  'ws.updates.confirmLanguages': 'In ihren Sprachen: {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {das Original} other {Übersetzung}}): {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# unterzeichnende Person hat in den letzten 30 Tagen bereits {perMonth, plural, one {eine Mitteilung} other {# Mitteilungen}} erhalten und erhält diese nicht.} other {# Unterzeichnende haben in den letzten 30 Tagen bereits {perMonth, plural, one {eine Mitteilung} other {# Mitteilungen}} erhalten und erhalten diese nicht.}}',
  'ws.updates.confirmPublic': 'Sie erscheint auf der öffentlichen Seite des Briefes, mit dem Tag des Versands.',
  'ws.updates.confirmFinal': 'Gesendete E-Mails können nicht zurückgeholt werden, und eine gesendete Mitteilung kann nicht mehr geändert werden.',
  'ws.updates.confirmButton': '{count, plural, =0 {Jetzt veröffentlichen} one {An # unterzeichnende Person senden} other {An # Unterzeichnende senden}}',
  // --- digest ---
  // The daily digest an organizer may ask for (account page), and its mail.
  'ws.account.digest': 'Tägliche Zusammenfassung',
  'ws.account.digestLabel': 'Schicken Sie mir eine tägliche Zusammenfassung, wenn sich bei meinen Briefen etwas tut',
  // review: the flood check rendered as “die Prüfung auf massenhafte Unterschriften”, after ws.invalidate.heading (Massenhafte Unterschriften …); check the term
  'ws.account.digestHint':
    'Höchstens eine E-Mail am Tag, und nur an Tagen, an denen sich bei einem Brief, den Sie organisieren, etwas getan hat: eine per E-Mail eingegangene Antwort, das erreichte Ziel, neue Unterschriften, die die Prüfung auf massenhafte Unterschriften ausgeschlossen hat.',
  'ws.account.saveDigest': 'Speichern',
  'ws.mail.digest.subject': '{count, plural, one {Ihre tägliche Zusammenfassung: {title}} other {Ihre tägliche Zusammenfassung: Neues zu # Briefen}}',
  'ws.mail.digest.title': 'Ihre tägliche Zusammenfassung',
  'ws.mail.digest.intro': 'Das ist seit {since} bei den Briefen geschehen, die Sie organisieren.',
  // review: dismiss / set aside rendered as verwerfen throughout (the reply is never shown and cannot be published later)
  'ws.mail.digest.replies':
    '{count, plural, one {# Antwort ist per E-Mail eingegangen und wartet auf Sie: <link>Veröffentlichen oder verwerfen Sie sie</link>.} other {# Antworten sind per E-Mail eingegangen und warten auf Sie: <link>Veröffentlichen oder verwerfen Sie sie</link>.}}',
  'ws.mail.digest.goal':
    'Er hat sein Ziel von {kind, select, legislator {{goal, plural, one {# Parlamentsmitglied} other {# Parlamentsmitgliedern}}} organization {{goal, plural, one {# Organisation} other {# Organisationen}}} individual {{goal, plural, one {# Einzelperson} other {# Einzelpersonen}}} other {{goal, plural, one {# Unterschrift} other {# Unterschriften}}}} erreicht. <link>Zu den Unterschriften</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {# neue Unterschrift wurde von der Prüfung auf massenhafte Unterschriften (zu viele aus einem Netzwerk an einem Tag) als betrügerisch ausgeschlossen: Sie wird weder angezeigt noch gezählt. <link>Prüfen Sie die Unterschriften</link>.} other {# neue Unterschriften wurden von der Prüfung auf massenhafte Unterschriften (zu viele aus einem Netzwerk an einem Tag) als betrügerisch ausgeschlossen: Sie werden weder angezeigt noch gezählt. <link>Prüfen Sie die Unterschriften</link>.}}',
  'ws.mail.digest.stop': 'Um die Zusammenfassung abzubestellen, entfernen Sie das Häkchen auf Ihrer Kontoseite: <link>{url}</link>',
  'ws.mail.digest.stopText': 'Um die Zusammenfassung abzubestellen, entfernen Sie das Häkchen auf Ihrer Kontoseite:',
  'ws.mail.footer.digest':
    'Sie erhalten diese Nachricht, weil Sie um eine tägliche Zusammenfassung dessen gebeten haben, was bei den Briefen geschieht, die Sie auf Undersigned organisieren; sie kommt nur an Tagen, an denen etwas geschehen ist. Um sie abzubestellen, entfernen Sie das Häkchen auf Ihrer Kontoseite.',
  // --- replies-workspace ---
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  // review: “beside the letter” rendered as “beim Brief”
  'ws.note.replyRecorded': 'Die Antwort ist erfasst und beim Brief veröffentlicht',
  'ws.note.replyPublished': 'Die Antwort ist beim Brief und in seinem Register veröffentlicht',
  'ws.note.replyDismissed': 'Die Antwort ist verworfen: Sie wird nicht angezeigt',
  'ws.note.replyWaitSaved': 'Gespeichert: die Wartezeit bis „keine Antwort“',
  'ws.replies.introInbound':
    'Antworten auf die E-Mail des übergebenen Briefes kommen von selbst hier an; jede wartet darauf, dass eine Person mit der Rolle Leitung oder Redaktion sie veröffentlicht oder verwirft. Auf anderem Weg eingegangene Antworten (per Post, persönlich übergeben) werden unten erfasst.',
  'ws.replies.introByHand': 'Diese Website empfängt keine E-Mails: Erfassen Sie hier von Hand die Antworten, die Ihnen die Empfänger geschickt haben (per Post, per E-Mail, persönlich).',
  'ws.replies.waitingHeading': 'Warten auf Ihre Entscheidung ({count, number})',
  'ws.replies.noneWaiting': 'Keine Antwort wartet auf eine Entscheidung.',
  'ws.replies.readOnly': 'Nur Personen mit der Rolle Leitung oder Redaktion veröffentlichen oder verwerfen Antworten.',
  'ws.replies.verified': 'Per DKIM überprüft: {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Nicht überprüft: gesendet von {domain}; prüfen Sie sie vor der Veröffentlichung.} other {Nicht überprüft: Die Domain des Absenders ist unbekannt; prüfen Sie sie vor der Veröffentlichung.}}',
  'ws.replies.received': 'Eingegangen',
  'ws.replies.subject': 'Betreff',
  'ws.replies.noSubject': '(kein Betreff)',
  'ws.replies.readAll': 'Die ganze Antwort lesen ({count, plural, one {# Zeichen} other {# Zeichen}})',
  'ws.replies.document': 'Dokument {position, number}: {type}, {kb, number} KB',
  'ws.replies.publish': 'Veröffentlichen',
  'ws.replies.dismiss': 'Verwerfen',
  'ws.replies.recordHeading': 'Eine Antwort erfassen',
  'ws.replies.recordIntro':
    'Eine Antwort, die Ihnen ein Empfänger auf anderem Weg geschickt hat (per Post, an Ihr eigenes Postfach, persönlich): ihr Text, so wie er verfasst wurde, und ein Scan oder die Datei davon, falls vorhanden.',
  'ws.replies.from': 'Von',
  'ws.replies.chooseAddressee': 'Empfänger wählen',
  'ws.replies.dated': 'Datum der Antwort',
  'ws.replies.text': 'Die Antwort',
  'ws.replies.textHint': '(wie verfasst; reiner Text)',
  'ws.replies.files': 'Dokumente',
  'ws.replies.filesHint': '(optional: PDF oder Bilder, höchstens {max, plural, one {# Datei} other {# Dateien}}, je 10 MB)',
  'ws.replies.recordPublic': 'Mit dem Erfassen wird sie sofort veröffentlicht: beim Brief, in seinem öffentlichen Register und im nächsten PDF. Dies kann nicht rückgängig gemacht werden.',
  'ws.replies.record': 'Antwort erfassen und veröffentlichen',
  'ws.replies.noAddressees': 'Der Brief hat noch keine Empfänger: Fügen Sie zuerst welche hinzu.',
  'ws.replies.publishedHeading': 'Veröffentlicht ({count, number})',
  'ws.replies.nonePublished': 'Noch keine Antwort veröffentlicht.',
  'ws.replies.byHand': 'Vom Organisationsteam erfasst',
  'ws.replies.byMailUnverified': 'Per E-Mail eingegangen, nicht per DKIM überprüft',
  'ws.replies.publishedOn': 'vom {received}, veröffentlicht am {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Keine Antwort wurde verworfen.} one {# Antwort wurde verworfen (Spam, automatische Antworten): Sie wird nicht angezeigt.} other {# Antworten wurden verworfen (Spam, automatische Antworten): Sie werden nicht angezeigt.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  'ws.replies.publishHeading': 'Die Antwort von {who} veröffentlichen?',
  'ws.replies.confirmVerified': 'Sie ist per DKIM überprüft ({domain}): Der E-Mail-Server dieser Domain hat sie signiert.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Sie ist nicht überprüft: Sie wurde von {domain} gesendet, und nichts beweist, dass sie vom Empfänger stammt. Prüfen Sie sie vor der Veröffentlichung.} other {Sie ist nicht überprüft: Nichts beweist, dass sie vom Empfänger stammt. Prüfen Sie sie vor der Veröffentlichung.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Sie erscheint beim Brief, auf seiner öffentlichen Seite, für alle lesbar.} one {Sie erscheint beim Brief, auf seiner öffentlichen Seite, mit ihrem Dokument, für alle lesbar.} other {Sie erscheint beim Brief, auf seiner öffentlichen Seite, mit ihren # Dokumenten, für alle lesbar.}}\nSie wird im öffentlichen Register des Briefes festgehalten und erscheint im nächsten PDF des Briefes.\nDies kann nicht rückgängig gemacht werden: Eine veröffentlichte Antwort bleibt veröffentlicht.',
  'ws.replies.publishButton': 'Antwort veröffentlichen',
  'ws.replies.dismissHeading': 'Die Antwort von {who} verwerfen?',
  'ws.replies.dismissConsequences':
    'Sie wird nie angezeigt: nicht beim Brief, nicht in seinem Register, nicht in seinem PDF.\nVerwenden Sie dies für Spam, eine automatische Antwort oder eine Nachricht, die keine Antwort auf den Brief ist.\nSie kann später nicht veröffentlicht werden.',
  'ws.replies.dismissButton': 'Verwerfen',
  // The settings: how long an addressee's silence waits before it reads as "no reply".
  'ws.replyWait.heading': 'Antworten',
  'ws.replyWait.intro':
    'Die Seite des Briefes zeigt für jeden Empfänger, ob er geantwortet hat. Wer so viele Tage, nachdem der Brief ihn erreicht hat, nicht geantwortet hat, wird als „keine Antwort“ geführt.',
  'ws.replyWait.label': 'Einen Empfänger nach so vielen Tagen als „keine Antwort“ führen',
  'ws.replyWait.save': 'Speichern',
} satisfies WorkspaceCatalog;
