import type { SiteCatalog } from '../en/site-type.js';

/** German: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} und {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} und {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Zum Inhalt springen',
  'site.footer': '{siteName}: offene Briefe, unterzeichnet und überprüft. Die E-Mail-Adressen der Unterzeichnenden werden nie veröffentlicht.',
  'site.languages': 'Sprachen',
  'site.backToLetter': 'Zurück zum Brief',
  'site.backToStart': 'Zurück zur Startseite',
  'site.choose': 'Bitte wählen …',
  'site.optional': '(optional)',

  'home.title': 'Offene Briefe',
  'home.intro':
    'Gemeinsame Briefe, unterzeichnet von Parlamentsmitgliedern, Organisationen und Einzelpersonen. Jede Unterschrift wird per E-Mail bestätigt; Zugehörigkeiten werden überprüft, wo dies möglich ist.',
  'home.to': 'An {addressee}',
  'home.none': 'Es wurden noch keine Briefe veröffentlicht.',

  'status.open': 'Zur Unterzeichnung offen',
  'status.closed': 'Geschlossen',
  'status.closedOn': 'Geschlossen am {date}',
  'status.draft': 'Entwurf',

  // review: legislator rendered as the gender-neutral Parlamentsmitglied (rather than Abgeordnete/r); kind.choice follows the label Ich unterzeichne als
  'kind.plural': '{kind, select, legislator {Parlamentsmitglieder} organization {Organisationen} other {Einzelpersonen}}',
  'kind.singular': '{kind, select, legislator {Parlamentsmitglied} organization {Organisation} other {Einzelperson}}',
  'kind.choice': '{kind, select, legislator {Parlamentsmitglied} organization {Organisation} other {Einzelperson}}',

  'summary.legislators': '{legislators, plural, one {# Parlamentsmitglied} other {# Parlamentsmitglieder}} aus {countries, plural, one {# Land} other {# Ländern}}',
  'summary.organizations': '{n, plural, one {# Organisation} other {# Organisationen}}',
  'summary.individuals': '{n, plural, one {# Einzelperson} other {# Einzelpersonen}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  'goal.progress':
    '{current, number} von {kind, select, legislator {{goal, plural, one {# Parlamentsmitglied} other {# Parlamentsmitgliedern}}} organization {{goal, plural, one {# Organisation} other {# Organisationen}}} individual {{goal, plural, one {# Einzelperson} other {# Einzelpersonen}}} other {{goal, plural, one {# Unterschrift} other {# Unterschriften}}}}',
  'summary.none': 'Noch keine Unterschriften',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Noch keine Unterschriften} one {<strong>#</strong> Unterschrift} other {<strong>#</strong> Unterschriften}}',

  'letter.to': 'An: {addressee}',
  'letter.published': 'Veröffentlicht am {date}',
  'letter.publishedUntil': 'Veröffentlicht am {date} · Unterzeichnung bis {until}',
  'letter.outdated': 'Diese Übersetzung beruht auf Fassung {basedOn} des Textes, der seitdem geändert wurde (aktuell Fassung {current}); maßgeblich ist das Original.',
  'letter.untranslated': 'Dieser Brief liegt nicht in folgender Sprache vor: {language}. Der Text wird im Original angezeigt.',
  'letter.downloadPdf': 'Als PDF herunterladen',
  'letter.downloadCsv': 'Unterzeichnende als CSV',
  'letter.textLanguages': 'Der Text in anderen Sprachen',

  'signatories.heading': 'Unterzeichnende',
  'signatories.founding': 'Erstunterzeichnende',
  'signatories.others': 'Unterzeichnende',
  'signatories.pages': 'Seiten der Liste der Unterzeichnenden',
  'signatories.previous': 'Vorherige Seite',
  'signatories.next': 'Nächste Seite',
  'signatories.page': 'Seite {page, number} von {pages, number}',
  'signatories.identification': 'Titel und Zugehörigkeiten dienen nur der Identifikation.',
  'signatories.unlisted': 'Auf eigenen Wunsch gezählt, aber nicht aufgeführt: {n, number}.',
  'signatories.withheldUntil': 'Die Namen werden am {date} gemeinsam veröffentlicht; bis dahin werden die Unterzeichnenden nur gezählt ({n, plural, one {# Name folgt} other {# Namen folgen}}).',
  'signatories.withheldThreshold':
    'Damit niemand als einzige sichtbare unterzeichnende Person aus ihrem Land erscheint, werden die Namen aus einem Land erst veröffentlicht, sobald {k, plural, one {# Person aus diesem Land unterzeichnet hat} other {# Personen aus diesem Land unterzeichnet haben}}. Bisher gezählt, Namen noch nicht veröffentlicht: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Neue Unterschriften werden dieser Liste gesammelt hinzugefügt, {unit, select, second {{n, plural, one {jede Sekunde} other {alle # Sekunden}}} minute {{n, plural, one {jede Minute} other {alle # Minuten}}} other {{n, plural, one {jede Stunde} other {alle # Stunden}}}}, damit die Liste nicht verrät, wann jemand unterzeichnet hat.',
  'signatories.history': '<history>Dieser Text wurde seit den ersten Unterschriften geändert: Zur Versionsgeschichte.</history>',
  'signatories.earlierVersion': '(unterzeichnet: Fassung {version})',
  'signatories.verified': '✓ überprüft',
  'signatories.verifiedDomain': '✓ überprüft: schreibt von @{domain}',
  'signatories.verifiedHow':
    '{how, select, domain {überprüft: schreibt von der E-Mail-Domain der Institution} invited {überprüft: vom Organisationsteam eingeladen} other {überprüft: vom Organisationsteam bestätigt}}',

  // review: ledger = Register, head = Stand (signed tree head), hash = Hash, witness = Zeuge, receipt = Beleg; check the technical vocabulary
  'ledger.note':
    'Jede Unterschrift, die dieser Liste hinzugefügt oder aus ihr entfernt wird, wird in einem Register festgehalten, in dem jede nachträgliche Änderung erkennbar wäre: {n, plural, one {# Eintrag} other {# Einträge}}, endend mit <code>{head}</code>, unter einem Stand, den diese Website mit ihrem <key>veröffentlichten Schlüssel</key> <checkpoint>signiert</checkpoint> hat.',
  'ledger.witnessed':
    '{count, plural, one {# unabhängiger Zeuge hat} other {# unabhängige Zeugen haben}} geprüft, dass es nur gewachsen ist, und {size, plural, one {seinen ersten Eintrag} other {seine ersten # Einträge}} gegengezeichnet (zuletzt am {date}).',
  'ledger.unwitnessed': 'Bisher hat es noch kein unabhängiger Zeuge gegengezeichnet.',
  'ledger.check': '<ledger>Lesen Sie das Register</ledger> oder prüfen Sie es selbst mit dem <verifier>Prüfprogramm</verifier>:',
  'ledger.short':
    'Jede Unterschrift, die dieser Liste hinzugefügt oder aus ihr entfernt wird, wird in einem Register festgehalten, in dem jede nachträgliche Änderung erkennbar wäre: <verify>Überprüfen Sie diese Liste</verify>.',

  // Die Bilder zu den Unterschriften (letters/pictures.ts): Überschriften und die Texte, die beschreiben, was jedes zeigt.
  'pictures.timelineHeading': 'Unterschriften im Zeitverlauf',
  'pictures.timelineAlt':
    'Ein Diagramm der Unterschriften im Zeitverlauf: {total, plural, one {# Unterschrift} other {# Unterschriften}} vom {from} bis zum {to}, die meisten am {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Woher die Unterzeichnenden kommen',
  'pictures.mapAlt': 'Eine Weltkarte: Unterzeichnende aus {countries, plural, one {# Land} other {# Ländern}}, Parlamentsmitglieder aus {legislatorCountries, plural, one {# Land} other {# Ländern}}.',
  'pictures.legendLegislators': 'Parlamentsmitglieder',
  'pictures.legendSignatories': 'Weitere Unterzeichnende',
  'pictures.byCountry': 'Unterzeichnende nach Ländern',
  'pictures.countryLine':
    '{country}: {n, plural, one {# unterzeichnende Person} other {# Unterzeichnende}}{legislators, plural, =0 {} one {, davon # Parlamentsmitglied} other {, davon # Parlamentsmitglieder}}',

  'verify.title': 'Die Unterzeichnenden überprüfen: {title}',
  'verify.heading': 'Die Liste der Unterzeichnenden überprüfen',

  'sign.heading': 'Diesen Brief unterzeichnen',
  'sign.honeypot': 'Dieses Feld bitte leer lassen',
  'sign.warningHeading': 'Bevor wir Ihre Bestätigung senden',
  'sign.otherAddress': '<other>Eine andere Adresse verwenden</other>: Ändern Sie sie unten und unterzeichnen Sie dann. Es wurde noch nichts gesendet.',
  'sign.countedOnly': 'Unterzeichnen, ohne dass mein Name aufgeführt wird (nur gezählt)',
  'sign.countedOnlyHint': '– die Bestätigung geht dennoch an diese Adresse',
  'sign.continue': 'Mit dieser Adresse fortfahren',
  'sign.as': 'Ich unterzeichne als',
  'sign.name': 'Ihr Name',
  'sign.nameHint': '(bei einer Organisation: die Person, die sie vertritt)',
  'sign.email': 'E-Mail-Adresse',
  'sign.emailHint': '(wird nie veröffentlicht; Ihr Bestätigungslink wird an diese Adresse gesendet)',
  'sign.country': 'Land',
  'sign.title': 'Titel',
  'sign.titleHint': '(z. B. Mitglied des Parlaments, Senatorin)',
  'sign.parliament': 'Parlament',
  'sign.party': 'Partei',
  'sign.organization': 'Organisation',
  'sign.role': 'Ihre Funktion dort',
  'sign.website': 'Internetadresse',
  'sign.websiteHint': '(eine E-Mail-Adresse unter dieser Domain kennzeichnet die Unterschrift als überprüft)',
  'sign.display': 'Anzeige in der öffentlichen Liste',
  'sign.displayChoice': '{display, select, full {mein vollständiger Name} initials {nur meine Initialen} other {nichts: mitzählen, aber nicht aufführen}}',
  'sign.submit': 'Unterzeichnen',
  'sign.risky':
    '{jurisdiction, select, none {Ihr E-Mail-Anbieter, {provider}, gehört zu denen, vor denen das Organisationsteam dieses Briefes warnt: Die Behörden eines Staates, den dieser Brief betrifft, könnten Ihre E-Mails lesen.} other {Ihr E-Mail-Anbieter, {provider}, unterliegt dem Recht eines Staates, dessen Behörden Ihre E-Mails lesen können: {state}. {chosen, select, yes {Dieser Brief betrifft diesen Staat.} other {Falls dieser Brief diesen Staat betrifft, würde die Bestätigung, die wir senden, dessen Behörden verraten, dass Sie den Brief unterzeichnet haben.}}}}',
  'sign.riskyChoices': 'Sie können eine andere Adresse verwenden, unterzeichnen, ohne dass Ihr Name aufgeführt wird (nur gezählt), oder trotzdem fortfahren.',
  'sign.fieldName':
    '{field, select, name {Name} email {E-Mail-Adresse} country {Land} kind {Ich unterzeichne als} title {Titel} parliament {Parlament} party {Partei} organization {Organisation} role {Ihre Funktion dort} website {Internetadresse} display {Anzeige in der öffentlichen Liste} other {Dieses Feld}}',
  'sign.error':
    '{reason, select, required {{field}: Dies ist ein Pflichtfeld.} requiredForKind {{field}: Dies ist ein Pflichtfeld, wenn Sie als {kind, select, legislator {Parlamentsmitglied} organization {Organisation} other {Einzelperson}} unterzeichnen.} tooLong {{field}: Die Eingabe ist zu lang.} kindNotAccepted {Dieser Brief wird nicht von {kind, select, legislator {Parlamentsmitgliedern} organization {Organisationen} other {Einzelpersonen}} unterzeichnet.} email {{field}: An diese E-Mail-Adresse können wir nicht schreiben.} website {{field}: Dies ist keine gültige Internetadresse (z. B. https://example.org).} noLink {{field}: Internetadressen sind hier nicht zulässig.} noLetter {{field}: Die Eingabe muss mindestens einen Buchstaben oder eine Ziffer enthalten.} choose {{field}: Bitte wählen Sie eine der Optionen aus.} other {{field}: Die Eingabe ist ungültig; bitte überprüfen Sie sie.}}',
  'sign.errorsHeading': '{n, plural, one {Bei Ihren Angaben gibt es ein Problem} other {Bei Ihren Angaben gibt es # Probleme}}',

  'check.title': 'Bitte prüfen Sie Ihre E-Mails',
  'check.sent': 'Wir haben eine Nachricht an die angegebene Adresse gesendet. Ihre Unterschrift zählt, sobald Sie den darin enthaltenen Link öffnen und bestätigen.',
  'check.nothing': 'Nichts angekommen? Sehen Sie im Spam-Ordner nach oder unterzeichnen Sie erneut, damit die Nachricht noch einmal gesendet wird.',

  'shown.list': 'In der öffentlichen Liste',
  'shown.notListed': '<strong>Nicht aufgeführt</strong>: gezählt, aber nicht namentlich genannt',
  'shown.kind': 'Unterzeichnet als',
  'shown.country': 'Land',
  'shown.display': 'Angezeigt',
  'shown.displayChoice': '{display, select, full {Ihr vollständiger Name} initials {nur Ihre Initialen} other {nicht aufgeführt: gezählt, aber nicht namentlich genannt}}',

  'confirm.title': 'Unterschrift bestätigen',
  'confirm.closedHeading': 'Dieser Brief ist geschlossen',
  'confirm.closed': 'Der Brief <letter>{title}</letter> wurde am {date} geschlossen, noch vor Ihrer Bestätigung; Ihre Unterschrift wurde daher nicht hinzugefügt.',
  'confirm.alreadyHeading': 'Diese Adresse hat bereits unterzeichnet',
  'confirm.already':
    'Eine Unterschrift von dieser Adresse unter <letter>{title}</letter> wurde mit anderen Angaben bestätigt, und diese bleiben bestehen. Dieser Link kann sie nicht ändern: Um anders zu unterzeichnen, ziehen Sie jene Unterschrift zurück (mit dem Link in der zugehörigen E-Mail) und unterzeichnen Sie erneut.',
  'confirm.withdrawnHeading': 'Diese Unterschrift wurde zurückgezogen',
  'confirm.withdrawn': 'Unterzeichnen Sie <letter>{title}</letter> erneut, um sie wieder hinzuzufügen.',
  'confirm.doneHeading': 'Ihre Unterschrift ist bestätigt',
  'confirm.heading': 'Unterschrift bestätigen',
  'confirm.doneIntro': 'Unter <letter>{title}</letter> lautet sie:',
  'confirm.intro': 'Mit der Bestätigung wird unter <letter>{title}</letter> Folgendes veröffentlicht:',
  'confirm.careful': 'Wenn dies nicht Ihren Angaben entspricht, bestätigen Sie nicht: Ohne diese Schaltfläche wird nichts veröffentlicht.',
  'confirm.submit': 'Meine Unterschrift bestätigen',

  'confirmed.title': 'Unterschrift bestätigt',
  'confirmed.heading': 'Vielen Dank: Ihre Unterschrift ist bestätigt',
  'confirmed.withheld':
    'Sie zählt jetzt. Ihr Name wird aufgeführt, sobald genügend Unterzeichnende aus Ihrem Land unterzeichnet haben, oder beim Start des Briefes: Bis dahin ist niemand die einzige sichtbare unterzeichnende Person aus einem Land.',
  'confirmed.published': 'Sie zählt jetzt und erscheint so unter dem Brief, wie Sie es gewählt haben.',
  'confirmed.receipt': 'Ihr Beleg: Eintrag <strong>{position, number}</strong> im Register des Briefes, Hash <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Ihr Beleg: Eintrag <strong>{position, number}</strong> im Register des Briefes, Hash <code>{hash}</code>, enthalten im von dieser Website signierten Stand mit {size, plural, one {# Eintrag} other {# Einträgen}}.',
  'confirmed.keep': 'Bewahren Sie ihn auf: Damit kann jede Person prüfen, dass Ihre Unterschrift erfasst wurde, dass seitdem niemand die Liste umgeschrieben hat und ob Sie noch darauf stehen.',
  'confirmed.check': 'Zur Prüfung (<how>so geht’s</how>):',
  'confirmed.batched':
    'Sie erscheint unter dem Brief mit der nächsten Gruppe von Unterschriften. Neue Unterschriften werden gemeinsam veröffentlicht, jeweils einige auf einmal, damit niemand, der die Liste beobachtet, erkennen kann, wann Sie unterzeichnet haben.',
  'confirmed.batchedReceipt': 'Ihren Beleg aus dem Register des Briefes finden Sie dann auf der Seite, die Ihr Rückzugslink (in der erhaltenen E-Mail) öffnet.',
  'confirmed.held': 'Sie erscheint unter dem Brief, sobald das Organisationsteam sie geprüft hat; dann wird sie auch im Register des Briefes erfasst.',
  'confirmed.see': 'Zum Brief und seinen Unterzeichnenden',

  'withdraw.title': 'Unterschrift zurückziehen',
  'withdraw.doneHeading': 'Ihre Unterschrift ist zurückgezogen',
  'withdraw.heading': 'Unterschrift zurückziehen',
  'withdraw.from': 'Unter <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Nach dem Zurückziehen wird sie aus der öffentlichen Liste, den Zählungen und allen Downloads entfernt.',
  'withdraw.submit': 'Meine Unterschrift zurückziehen',
  'withdraw.storedHeading': 'Was wir über Sie speichern',
  'withdraw.name': 'Ihr Name',
  'withdraw.titleField': 'Titel',
  'withdraw.parliament': 'Parlament',
  'withdraw.party': 'Partei',
  'withdraw.organization': 'Organisation',
  'withdraw.website': 'Internetadresse',
  'withdraw.country': 'Land',
  'withdraw.email': 'E-Mail-Adresse',
  'withdraw.emailStored': '{email} (verschlüsselt; wird nie veröffentlicht)',
  'withdraw.erased': 'gelöscht',
  'withdraw.shownAs': 'Angezeigt als',
  'withdraw.signed': 'Unterzeichnet',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; bestätigt am {confirmed}',
  'withdraw.publicList': 'Öffentliche Liste',
  'withdraw.publication':
    '{state, select, held {nicht in der Liste: wartet auf die Prüfung durch das Organisationsteam} batched {bestätigt; wird der Liste mit der nächsten Gruppe von Unterschriften hinzugefügt (gemeinsam veröffentlicht, damit niemand erkennen kann, wann Sie unterzeichnet haben)} published {in der Liste} other {gezählt; Ihr Name wird aufgeführt, sobald genügend Unterzeichnende aus Ihrem Land unterzeichnet haben, oder beim Start des Briefes}}',
  'withdraw.receipt': 'Registerbeleg',
  'withdraw.receiptText': 'Eintrag {position, number}, Hash <code>{hash}</code>. Um jederzeit zu prüfen, dass Sie noch in der Liste stehen (und falls nicht, wer Sie entfernt hat):',
  'withdraw.invitation': 'Einladung',
  'withdraw.invitationText':
    '{accepted, select, yes {Das Organisationsteam hat {email} (verschlüsselt) am {date} eingeladen, und Sie haben über diese Einladung unterzeichnet, mit: {details}.} other {Das Organisationsteam hat {email} (verschlüsselt) am {date} eingeladen, mit: {details}.}} Durch Zurückziehen oder Löschen endet die Einladung, und auch diese Angaben werden gelöscht.',
  'withdraw.network': 'Netzwerkadresse',
  'withdraw.networkFingerprint': 'nicht gespeichert; nur ein mit einem Schlüssel gebildeter Hash davon, um massenhaft gefälschte Unterschriften zu erkennen',
  'withdraw.networkNone': 'nicht gespeichert',
  'withdraw.eraseText': 'Sie können alles sofort löschen: Die Unterschrift verschwindet aus der Liste und den Zählungen, und nichts über Sie wird aufbewahrt.',
  'withdraw.erase': 'Alles über mich löschen',

  'withdrawn.title': 'Unterschrift zurückgezogen',
  'withdrawn.heading': 'Ihre Unterschrift ist zurückgezogen',
  'withdrawn.effect': 'Sie erscheint nicht mehr unter dem Brief und wird nicht mehr mitgezählt.',
  'withdrawn.proof':
    'Das Register des Briefes hält den Rückzug mit einem Nachweis fest, der aus Ihrem Rückzugslink erzeugt wurde, den sonst niemand besitzt: Mit Ihrem Beleg und diesem Link zeigt das Prüfprogramm, dass der Rückzug von Ihnen stammt (<code>--receipt POSITION:HASH --token YOUR_LINK</code>) und dass ein von jemand anderem erfasster Rückzug nicht von Ihnen stammte.',

  'erased.title': 'Gelöscht',
  'erased.heading': 'Gelöscht',
  'erased.text': 'Ihre Unterschrift und alle damit gespeicherten Daten sind gelöscht.',

  'reconsent.title': 'Der Brief wurde geändert',
  'reconsent.doneHeading': 'Sie haben dem aktuellen Text zugestimmt',
  'reconsent.heading': 'Der Brief, den Sie unterzeichnet haben, wurde geändert',
  'reconsent.versions': '<letter>{title}</letter>: Sie haben Fassung {signed, number} unterzeichnet; der Text liegt jetzt in Fassung {current, number} vor.',
  'reconsent.version': 'Fassung {version, number}',
  'reconsent.editorial': 'Fassung {version, number} (redaktionelle Korrektur)',
  'reconsent.submit': 'Ich unterzeichne den neuen Text',
  'reconsent.otherwise': 'Andernfalls bleibt Ihre Unterschrift so in der Liste, wie sie für Fassung {signed, number} gegeben wurde.',
  'reconsented.title': 'Vielen Dank',
  'reconsented.heading': 'Vielen Dank: Sie haben Fassung {version, number} unterzeichnet',
  'reconsented.receipt': 'Ihr neuer Beleg: Eintrag <strong>{position, number}</strong> im Register des Briefes, Hash <code>{hash}</code>.',
  'reconsented.check': 'Zur Prüfung:',

  'diff.field': '{field, select, title {Titel} addressee {Adressiert an} summary {Zusammenfassung} body {Text} language {Sprache} other {{field}}}',

  'embed.signatories': '{n, plural, one {unterzeichnende Person} other {Unterzeichnende}}',
  'embed.readAndSign': 'Lesen und unterzeichnen',
  'embed.read': 'Brief lesen',

  'invitation.founding': 'Erste Runde: nur auf Einladung',
  'invitation.badge': 'Einladung zur Unterzeichnung',
  'invitation.usedHeading': 'Diese Einladung wurde bereits verwendet',
  'invitation.used':
    'Mit ihr wurde dieser Brief bereits unterzeichnet, und eine Einladung gilt für eine einzige Unterschrift: Die damit geleistete Unterschrift bleibt so bestehen, wie sie gegeben wurde. Mit diesem Link ist nichts weiter möglich.',
  'invitation.signAs': 'Als {name} unterzeichnen',
  'invitation.hint':
    'Das Organisationsteam hat diese Adresse eingeladen; eine Unterzeichnung hier erfordert keine weitere Bestätigung, und Ihre Unterschrift wird als überprüft gekennzeichnet. Korrigieren Sie bitte alle unzutreffenden Angaben.',
  'invitation.submit': 'Brief unterzeichnen',
  'invitation.closedOn': 'Dieser Brief wurde am {date} geschlossen und nimmt keine Unterschriften mehr an.',
  'invitation.notOpen': 'Dieser Brief nimmt keine Unterschriften an.',

  'error.heading':
    '{status, number} · {status, select, 400 {Ungültige Anfrage} 403 {Zugriff verweigert} 404 {Nicht gefunden} 405 {Nicht erlaubt} 409 {Konflikt} 410 {Nicht mehr vorhanden} 413 {Zu groß} 415 {Nicht unterstützter Typ} 429 {Zu viele Anfragen} 503 {Nicht verfügbar} other {Fehler}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Diesen Brief gibt es nicht, oder er ist nicht öffentlich.} NOT_FOUND {Unter dieser Adresse ist nichts zu finden.} TOKEN_UNKNOWN {Dieser Link ist ungültig. Prüfen Sie, ob er vollständig aus der E-Mail kopiert wurde.} TOKEN_EXPIRED {Dieser Link ist abgelaufen. Unterzeichnen Sie den Brief erneut, um einen neuen zu erhalten.} LETTER_CLOSED {Dieser Brief ist geschlossen und nimmt keine Unterschriften mehr an.} ALREADY_SIGNED {Diese Adresse hat diesen Brief bereits mit anderen Angaben unterzeichnet, die bestehen bleiben. Um sie zu ändern, ziehen Sie jene Unterschrift zurück und unterzeichnen Sie erneut.} SIGNATURE_WITHDRAWN {Diese Unterschrift wurde zurückgezogen; unterzeichnen Sie den Brief erneut, um sie wieder hinzuzufügen.} SIGNATURE_NOT_ACTIVE {Diese Unterschrift ist nicht aktiv; unterzeichnen Sie den Brief stattdessen erneut.} RATE_LIMITED {Zu viele Versuche von hier aus: Bitte warten Sie einen Moment und versuchen Sie es erneut.} CROSS_ORIGIN {Dieses Formular wurde von einer anderen Website gesendet und daher abgelehnt. Öffnen Sie die Seite erneut und senden Sie es von dort.} DATABASE_UNAVAILABLE {Der Dienst ist derzeit nicht verfügbar; bitte versuchen Sie es in Kürze erneut.} INTERNAL_ERROR {Bei uns ist ein Fehler aufgetreten; er wurde protokolliert.} other {Die Anfrage konnte nicht abgeschlossen werden ({code}).}}',

  'mail.footerSigner':
    'Gesendet von {siteName}, weil diese Adresse zur Unterzeichnung eines offenen Briefes angegeben wurde. Ihre E-Mail-Adresse wird nie veröffentlicht. Falls Sie das nicht waren, ignorieren Sie diese Nachricht oder ziehen Sie die Unterschrift mit dem obigen Link zurück.',
  'mail.footerSigned': 'Gesendet von {siteName}, weil diese Adresse zur Unterzeichnung eines offenen Briefes angegeben wurde. Ihre E-Mail-Adresse wird nie veröffentlicht.',
  'mail.footerReconsent': 'Gesendet von {siteName}, weil Sie diesen Brief unterzeichnet haben. Ihre E-Mail-Adresse wird nie veröffentlicht.',
  'mail.orOpen': 'Oder öffnen Sie diesen Link:',
  'mail.readLetter': 'Brief lesen',
  'mail.theLetter': 'Der Brief: {url}',

  'mail.confirm.subject': 'Bestätigen Sie Ihre Unterschrift: {title}',
  'mail.confirm.thanks': 'Vielen Dank, dass Sie den Brief <strong>{title}</strong> an {addressee} unterzeichnet haben.',
  'mail.confirm.counts': 'Ihre Unterschrift zählt, sobald Sie bestätigen, dass diese Adresse Ihnen gehört. Mit der Bestätigung wird Folgendes veröffentlicht:',
  'mail.confirm.careful': 'Wenn dies nicht Ihren Angaben entspricht, bestätigen Sie nicht: Ohne diesen Link wird nichts veröffentlicht.',
  'mail.confirm.button': 'Meine Unterschrift bestätigen',
  'mail.confirm.valid': 'Der Link ist 7 Tage lang gültig.',
  'mail.confirm.openToConfirm': 'Öffnen Sie zur Bestätigung diesen Link (7 Tage lang gültig):',
  'mail.confirm.changedMind': 'Haben Sie es sich anders überlegt? <withdraw>Ziehen Sie Ihre Unterschrift zurück</withdraw>, jetzt oder später.',
  'mail.confirm.changedMindText': 'Haben Sie es sich anders überlegt? Ziehen Sie Ihre Unterschrift zurück, jetzt oder später:',

  'mail.already.subject': 'Sie haben bereits unterzeichnet: {title}',
  'mail.already.again': 'Jemand, vermutlich Sie selbst, hat versucht, <strong>{title}</strong> mit dieser Adresse erneut zu unterzeichnen.',
  'mail.already.stands': 'Sie haben bereits unterzeichnet, und Ihre Unterschrift bleibt bestehen; es hat sich nichts geändert.',
  'mail.already.withdraw': 'Um Ihre Unterschrift zurückzunehmen: <withdraw>Ziehen Sie sie zurück</withdraw>.',
  'mail.already.withdrawText': 'Um Ihre Unterschrift zurückzunehmen, öffnen Sie:',

  'mail.reconsent.subject': 'Der Brief, den Sie unterzeichnet haben, wurde geändert: {title}',
  'mail.reconsent.changed':
    'Das Organisationsteam von <strong>{title}</strong> hat den Text geändert, seit Sie Fassung {from, number} unterzeichnet haben: Er liegt jetzt in Fassung {to, number} vor.',
  'mail.reconsent.shown': 'Ihre Unterschrift wird als Unterschrift unter dem früheren Text angezeigt, bis Sie dem neuen zustimmen.',
  'mail.reconsent.see': '<versions>Sehen Sie genau, was sich geändert hat</versions>.',
  'mail.reconsent.seeText': 'Sehen Sie genau, was sich geändert hat:',
  'mail.reconsent.button': 'Neuen Text prüfen und unterzeichnen',
  'mail.reconsent.withdraw': 'Wenn Sie den Brief nicht mehr unterstützen, <withdraw>ziehen Sie Ihre Unterschrift zurück</withdraw>.',
  'mail.reconsent.withdrawText': 'Wenn Sie den Brief nicht mehr unterstützen, ziehen Sie Ihre Unterschrift zurück:',

  'mail.invitation.subject': 'Einladung zur Unterzeichnung: {title}',
  // review: gender-neutral greeting with the name; Sehr geehrte/r would need the gender
  'mail.invitation.dear': 'Guten Tag {name},',
  'mail.invitation.invited':
    '{founding, select, yes {Wir laden Sie ein, den offenen Brief <strong>{title}</strong> an {addressee} zu unterzeichnen und damit zu seinen Erstunterzeichnenden zu gehören, bevor er öffentlich zur Unterzeichnung freigegeben wird.} other {Wir laden Sie ein, den offenen Brief <strong>{title}</strong> an {addressee} zu unterzeichnen.}}',
  'mail.invitation.button': 'Brief lesen und unterzeichnen',
  'mail.invitation.personal':
    'Der Link gilt nur für Sie persönlich und ist 30 Tage lang gültig. Eine Unterzeichnung über ihn erfordert keine weitere Bestätigung, und Ihre Unterschrift wird als überprüft gekennzeichnet.',

  // review: opening line of the delivery mail to the addressee; German letters usually start with a salutation instead
  'mail.delivery.to': 'An {name}',
  'mail.delivery.attached': 'Der Brief und die vollständige Liste seiner Unterzeichnenden ({summary}) sind als PDF beigefügt und unter {url} veröffentlicht.',

  'pdf.signatories': 'Unterzeichnende',
  'pdf.legend':
    '✓ überprüft: Die unterzeichnende Person hat von der E-Mail-Domain der Institution geschrieben (angegeben: „schreibt von @domain“), wurde vom Organisationsteam eingeladen oder von ihm bestätigt. Jede Unterschrift wurde von der unterzeichnenden Person per E-Mail bestätigt. Titel und Zugehörigkeiten dienen nur der Identifikation.',
  'pdf.unlisted':
    '{n, plural, one {# weitere unterzeichnende Person wird gezählt, auf eigenen Wunsch aber nicht namentlich genannt.} other {# weitere Unterzeichnende werden gezählt, auf eigenen Wunsch aber nicht namentlich genannt.}}',
  'pdf.withheld':
    '{n, plural, one {# weitere Person wird gezählt, deren Name zu ihrem Schutz noch nicht veröffentlicht ist} other {# weitere Personen werden gezählt, deren Namen zu ihrem Schutz noch nicht veröffentlicht sind}} (der Brief veröffentlicht die Namen aus einem Land, sobald genügend Personen aus diesem Land unterzeichnet haben, oder alle Namen bei seinem Start).',
  'pdf.version': '{url} · Fassung {version, number} des Textes · erstellt am {date}',
  'pdf.ledger':
    'Register der Unterzeichnenden: {n, plural, one {# Eintrag} other {# Einträge}}, Stand <code>{head}</code>, Merkle-Wurzel <code>{root}</code>, signiert mit dem Schlüssel der Instanz <code>{key}</code>.',
  'pdf.witnessed': '{count, plural, one {# Zeuge hat} other {# Zeugen haben}} {size, plural, one {seinen ersten Eintrag} other {seine ersten # Einträge}} gegengezeichnet.',
  'pdf.check': 'Alle können prüfen, dass sich die Liste seitdem nur durch erfasste Vorgänge verändert hat:',
  'pdf.page': '{title} · Seite {page} von {pages}',
  'pdf.translationOf': 'Übersetzung ({language}) des Originals auf {original}; maßgeblich ist das Original.',
  'pdf.original': 'Originalfassung',
  'pdf.translation': 'Übersetzung',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Sie organisieren einen Brief?',
  'home.signIn': 'Im Arbeitsbereich anmelden',
  'mail.footer.invitation':
    'Sie erhalten diese Nachricht, weil diese Adresse über {siteName} von {named, select, yes {{organizers}} other {dem Organisationsteam von „{title}“}} eingeladen wurde, den Brief zu unterzeichnen. Nichts wird unterzeichnet, solange Sie nicht selbst unterzeichnen; Ihre E-Mail-Adresse wird nie veröffentlicht.',
  // review: addressees rendered as Empfänger (the usual mail term, and it fits bodies as well as people); the gender-neutral Empfangende would match Unterzeichnende/Mitorganisierende but reads awkwardly in counts (# Empfänger hinzugefügt)
  'mail.footer.delivery':
    'Sie erhalten diese Nachricht, weil diese Adresse zu den Empfängern des offenen Briefes „{title}“ gehört, der über {siteName} von {named, select, yes {{organizers}} other {dem Organisationsteam von „{title}“}} im Namen seiner Unterzeichnenden versendet wurde. Seine öffentliche Seite nennt die Empfänger beim Namen, nie mit ihrer Adresse.',
  'mail.rejected.subject': 'Ihre Unterschrift wurde nicht angenommen: {title}',
  'mail.rejected.decided': 'Das Organisationsteam von <strong>{title}</strong> hat Ihre Unterschrift als {name} geprüft und nicht angenommen.',
  'mail.rejected.effect': 'Sie erscheint nicht in der Liste des Briefes und wird nicht gezählt.',
  'mail.rejected.data': 'Was über Ihre Unterschrift gespeichert ist und wie Sie es löschen können: <withdraw>die Seite Ihrer Unterschrift</withdraw>.',
  'mail.rejected.dataText': 'Was über Ihre Unterschrift gespeichert ist und wie Sie es löschen können:',
  'mail.invitation.from': '{named, select, yes {Die Einladung kommt von {organizers}.} other {Die Einladung kommt vom Organisationsteam des Briefes.}}',
  'mail.delivery.from':
    '{named, select, yes {Dieser Brief wird Ihnen von {organizers} im Namen seiner Unterzeichnenden gesendet.} other {Dieser Brief wird Ihnen von seinem Organisationsteam im Namen seiner Unterzeichnenden gesendet.}}',

  // Issue 20: the workspace's pages.
  'sign.news': 'Schicken Sie mir Neuigkeiten zu diesem Brief (höchstens {n, plural, one {einmal} other {#-mal}} im Monat)',
  'sign.newsHint': 'Freiwillig. Jede Nachricht enthält einen Link zum Abbestellen; Ihre Unterschrift bleibt bestehen.',
  'mail.update.subject': 'Neuigkeiten zu „{title}“: {update}',
  'mail.update.news': 'Neuigkeiten vom Organisationsteam des Briefes <strong>{title}</strong>, den Sie unterzeichnet haben:',
  'mail.update.unsubscribe':
    'Sie erhalten höchstens {n, plural, one {eine solche Nachricht} other {# solche Nachrichten}} im Monat. Mit einem Klick können Sie sie <unsubscribe>abbestellen</unsubscribe>; Ihre Unterschrift bleibt bestehen.',
  'mail.update.unsubscribeText':
    'Sie erhalten höchstens {n, plural, one {eine solche Nachricht} other {# solche Nachrichten}} im Monat. Zum Abbestellen (Ihre Unterschrift bleibt bestehen) öffnen Sie:',
  'mail.footer.update': 'Sie erhalten diese Nachricht, weil Sie bei der Unterzeichnung von „{title}“ über {siteName} um Neuigkeiten gebeten haben. Ihre E-Mail-Adresse wird nie veröffentlicht.',
  'unsubscribe.title': 'Neuigkeiten zu diesem Brief',
  'unsubscribe.heading': 'Keine Neuigkeiten zu diesem Brief mehr erhalten?',
  'unsubscribe.doneHeading': 'Keine Neuigkeiten mehr zu diesem Brief',
  'unsubscribe.about': 'Das Organisationsteam von <letter>{title}</letter> schickt den Unterzeichnenden, die darum gebeten haben, Neuigkeiten zum Brief.',
  'unsubscribe.effect': 'Sie erhalten keine mehr. Ihre Unterschrift bleibt unverändert unter dem Brief stehen.',
  'unsubscribe.done': 'Sie erhalten keine Neuigkeiten zu <letter>{title}</letter> mehr. Ihre Unterschrift bleibt unverändert unter dem Brief stehen.',
  'unsubscribe.submit': 'Abbestellen',
  'updates.heading': 'Neuigkeiten vom Organisationsteam',
  'updates.sent': 'Gesendet am {date}',
  'withdraw.news': 'Neuigkeiten zum Brief',
  'withdraw.newsState': '{news, select, yes {von Ihnen gewünscht: Sie gehen an Ihre Adresse, bis Sie sie abbestellen oder Ihre Unterschrift zurückziehen} other {keine}}',
  // --- replies-public ---
  // The letter page's addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Empfänger',
  'addressees.intro':
    'Der Brief wurde jedem dieser Empfänger per E-Mail gesendet. Sie werden hier beim Namen genannt, nie mit ihrer Adresse; wer nicht innerhalb von {days, plural, one {# Tag} other {# Tagen}} nach dem Versand geantwortet hat, wird als „keine Antwort“ geführt.',
  'addressees.ungrouped': 'Weitere Empfänger',
  // review: German writes “{group}: {counts}” exactly as English, which the test forbids; an en dash is used instead, as in ws.section.pageTitle
  'addressees.summary': '{hasGroup, select, yes {{group} – {counts}} other {{counts}}}',
  // One state's count in a group's summary (awaiting: sent or being sent, in the PDF).
  // review: worded so that no verb has to agree with the number (mit Antwort, noch ohne Antwort, im Versand)
  'addressees.count':
    '{state, select, replied {{n, number} mit Antwort} bounced {{n, number} unzustellbar} noReply {{n, number} ohne Antwort nach {days, plural, one {# Tag} other {# Tagen}}} sent {{n, number} gesendet} awaiting {{n, number} noch ohne Antwort} other {{n, number} im Versand}}',
  // review: German says “Name” too (identical to English, which the test forbids): Name oder Bezeichnung, as in ws.delivery.name, since an addressee may be a body
  'addressees.col.name': 'Name oder Bezeichnung',
  'addressees.col.state': 'Stand',
  'addressees.state':
    '{state, select, replied {<reply>Geantwortet am {date}</reply>} bounced {Unzustellbar} noReply {Keine Antwort nach {days, plural, one {# Tag} other {# Tagen}}} sent {Gesendet am {date}} other {Wird gesendet}}',
  // The addressees' published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Antworten',
  'replies.received': 'Eingegangen am {date}',
  // review: DKIM-verified for {domain} rendered as “Per DKIM überprüft: {domain}” (überprüft, as for signatures), also in ws.replies.verified
  'replies.mark': '{mark, select, dkim {Per DKIM überprüft: {domain}} organizer {Vom Organisationsteam erfasst} other {Per E-Mail eingegangen, nicht überprüft}}',
  'replies.documents': '{n, plural, one {# Dokument} other {# Dokumente}}',
  'replies.read': 'Antwort lesen',
  'reply.title': 'Antwort von {addressee} · {title}',
  'reply.heading': 'Antwort von {addressee}',
  'reply.inAnswer': 'Auf den offenen Brief <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Die Nachricht wurde von den E-Mail-Servern von {domain} signiert (DKIM), und diese Domain entspricht der Adresse des Empfängers: Sie stammt aus dessen E-Mail-System und wurde nicht verändert.} organizer {Das Organisationsteam hat diese Antwort auf anderem Weg als per E-Mail an diese Website erhalten (zum Beispiel per Post) und sie so erfasst, wie sie verfasst wurde.} other {Die Nachricht kam per E-Mail ohne gültige Signatur der Domain des Empfängers: Wer sie gesendet hat, ließ sich nicht überprüfen.}}',
  'reply.documents': 'Dokumente',
  'reply.document': 'Dokument {position, number}: {type}, {size}',
  // review: fingerprints (SHA-256) rendered as Fingerabdrücke; the ledger is the Register, as in ledger.note
  'reply.ledger':
    'Diese Antwort ist im öffentlichen Register des Briefes festgehalten, in dem jede nachträgliche Änderung erkennbar wäre, zusammen mit den Fingerabdrücken (SHA-256) ihres Textes und ihrer Dokumente: <verify>So prüfen Sie das Register</verify>.',
  'pdf.replies': 'Antworten',
  // review: “Online: {url}” would be identical to English, which the test forbids
  'pdf.replyUrl': 'Online abrufbar unter {url}',
} satisfies SiteCatalog;
