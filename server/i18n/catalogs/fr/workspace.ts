import type { WorkspaceCatalog } from '../en/site-type.js';

/** French: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles named by function (propriétaire, rédaction, modération, lecture) to stay epicene, like the site’s « équipe organisatrice »; a native speaker may prefer éditeur/modérateur/lecteur
  'ws.role': '{role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlementaire} organization {organisation} individual {particulier} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {en attente} confirmed {confirmée} withdrawn {retirée} fraudulent {frauduleuse} other {{status}}}',
  // review: shadow (hidden from the public list without telling the signer) rendered as masquée
  'ws.moderation': '{state, select, none {aucune} pending {en attente} approved {publiée} rejected {rejetée} shadow {masquée} other {{state}}}',
  'ws.verification': '{by, select, domain {domaine} invited {sur invitation} approved {approuvée} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {domaine} invited {sur invitation} approved {approuvée} other {{by}}} : {domain}',
  // review: the signer rendered as la personne signataire (epicene, as in pdf.legend); shadow stays masquer, as in ws.moderation
  'ws.decision':
    '{decision, select, approve {Publier} reject {Rejeter (la personne signataire en est informée)} shadow {Masquer (la personne signataire n’en est pas avertie par courriel)} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}} de {countries, plural, one {# pays} many {# de pays} other {# pays}}',
  'ws.stats.organizations': '{count, plural, one {# organisation} many {# d’organisations} other {# organisations}}',
  'ws.stats.individuals': '{count, plural, one {# particulier} many {# de particuliers} other {# particuliers}}',
  'ws.stats.none': 'Aucune signature pour l’instant',

  'ws.backToLetters': '← Vos lettres',
  'ws.signedInAs': 'Session ouverte avec l’adresse {email}.',

  // Erreur dans un formulaire, affichée à côté de celui-ci : le champ par son libellé, puis le problème (code et motif de l’erreur).
  'ws.fieldName':
    '{field, select, title {Titre} addressee {Destinataire} summary {Résumé} language {Langue} body {Texte} slug {Adresse web} closesAt {Date de clôture} email {Adresse électronique} role {Rôle} label {Libellé} origins {Sites autorisés} goal {Nombre de signatures à atteindre} signerKinds {Qui peut signer} moderatedKinds {Soumis à modération} group {Groupe} csv {Liste} name {Nom} kind {Catégorie} country {Pays} parliament {Parlement} party {Parti} organization {Organisation} website {Site web} recipientId {De la part de} receivedOn {Date de la réponse} text {Texte de la réponse} file {Documents joints} replyWaitDays {Nombre de jours avant « sans réponse »} other {Ce champ}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field} : ce champ est obligatoire.} tooLong {{field} : ce texte est trop long.} email {{field} : ce n’est pas une adresse électronique.} website {{field} : ce n’est pas une adresse web.} noLink {{field} : les adresses web ne sont pas acceptées dans ce champ.} noLetter {{field} : ce champ doit contenir au moins une lettre ou un chiffre.} choose {{field} : veuillez choisir l’une des options proposées.} languageTag {{field} : ce n’est pas un code de langue (par exemple en, fr ou zh-Hant).} future {{field} : la date doit se situer dans le futur.} ownLanguage {{field} : c’est la langue d’origine de la lettre ; modifiez plutôt la lettre elle-même.} date {{field} : ce n’est pas une date.} notFuture {{field} : la date ne peut pas se situer dans le futur.} unknownAddressee {{field} : veuillez choisir l’un des destinataires de la lettre.} tooMany {{field} : pas plus de cinq documents par réponse.} days {{field} : indiquez un nombre entier de jours, de 1 à 365.} other {{field} : cette valeur n’est pas valide ; veuillez vérifier votre saisie.}}} KIND_NOT_ACCEPTED {Cette lettre n’est pas ouverte à la signature de cette catégorie de signataires.} DUPLICATE {La même adresse figure déjà plus haut dans cette liste.} INVALID_CSV {{reason, select, columns {Colonnes inconnues : {columns}. La première ligne indique le nom des colonnes, parmi : {expected}.} tooMany {Pas plus de {max, number} personnes invitées à la fois.} other {La liste n’a pas pu être lue au format CSV.}}} NOT_TAKING_SIGNATURES {Les invitations ne peuvent être envoyées que pendant la phase des premières signatures ou lorsque la lettre est ouverte.} LETTER_CLOSED {Cette lettre est close : les signatures en attente n’y seront donc pas ajoutées.} ALREADY_PUBLISHED {Seul un brouillon peut passer à la phase des premières signatures.} NO_RECIPIENTS {Ajoutez des destinataires avant d’envoyer la lettre.} NOT_PUBLISHED {Cette lettre n’est pas encore publique : publiez-la d’abord.} SLUG_TAKEN {Une autre lettre utilise déjà cette adresse.} SLUG_FROZEN {Une lettre publiée conserve son adresse.} CLOSING_TIME_PASSED {Fixez une date de clôture située dans le futur avant d’ouvrir la lettre.} LAST_OWNER {Une lettre doit avoir au moins un propriétaire : attribuez d’abord ce rôle à quelqu’un d’autre.} ORGANIZER_NOT_FOUND {Aucun membre de l’équipe organisatrice de cette lettre n’a cette adresse.} SIGNATURE_NOT_FOUND {Cette signature n’existe plus.} UNSUPPORTED_FILE {{field} : chaque document doit être un PDF ou une image (PNG, JPEG, GIF ou WebP).} FILE_TOO_LARGE {{field} : chaque document ne peut pas dépasser 10 Mo.} REPLY_NOT_QUEUED {Cette réponse a déjà été publiée ou écartée.} other {Cette opération n’a pas pu être effectuée ({code}).}}',

  'ws.letters.title': 'Vos lettres',
  'ws.letters.intro': 'Session ouverte avec l’adresse {email}. L’API complète, avec toutes les actions possibles sur vos lettres, est documentée à l’adresse <docs>/docs</docs>.',
  'ws.letters.new': 'Nouvelle lettre',
  'ws.letters.account': 'Vos sessions et vos jetons d’API',
  'ws.letters.meta': '{summary} · version n° {version, number} · /{slug}',
  'ws.letters.none': 'Vous n’organisez encore aucune lettre.',

  'ws.new.title': 'Nouvelle lettre',
  'ws.new.save': 'Enregistrer le brouillon',

  'ws.field.title': 'Titre',
  'ws.field.addressee': 'Destinataire',
  'ws.field.summary': 'Résumé',
  'ws.field.summaryHint': '(une ou deux phrases pour les aperçus ; facultatif)',
  'ws.field.language': 'Langue',
  'ws.field.languageHint': '(par exemple fr, en, zh-Hant)',
  'ws.field.body': 'Texte',
  'ws.field.bodyHint': '(Markdown : *italique*, **gras**, listes, [liens](https://…))',

  'ws.workspace.pageTitle': 'Organiser : {title}',
  'ws.workspace.notPublic': 'pas encore publique',
  'ws.workspace.publicPage': 'page publique',
  'ws.workspace.publish': 'Publier',
  'ws.workspace.founding': 'Ouvrir aux seules personnes invitées',
  'ws.workspace.openToAll': 'Ouvrir à tout le monde',
  'ws.workspace.close': 'Clore',
  'ws.workspace.reopen': 'Rouvrir',
  'ws.workspace.export': '{addresses, select, yes {Exporter toutes les signatures (CSV, avec les adresses)} other {Exporter toutes les signatures (CSV)}}',
  'ws.workspace.text': 'Texte',
  'ws.workspace.editorial': 'Correction rédactionnelle (coquilles) : les signataires ne sont pas invités à confirmer de nouveau leur accord',
  'ws.workspace.preview': 'Aperçu',
  'ws.workspace.save': 'Enregistrer',

  'ws.queue.heading': 'File de modération ({count, number})',
  'ws.queue.sharedMail': '(fournisseur de messagerie partagé : n’importe qui peut y avoir une adresse)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {les signatures de parlementaires sont soumises à modération pour cette lettre} organization {les signatures d’organisations sont soumises à modération pour cette lettre} individual {les signatures de particuliers sont soumises à modération pour cette lettre} other {{kind} : soumis à modération pour cette lettre}}',
  'ws.queue.lookalike': '{same, select, yes {Même nom qu’une signature déjà publiée : {name}} other {Ressemble à un nom déjà publié : {name}}}',
  'ws.queue.empty': 'Aucune signature n’attend de décision.',

  'ws.col.name': 'Nom',
  'ws.col.affiliation': 'Rattachement',
  'ws.col.websiteDomain': 'Domaine du site web',
  'ws.col.mailDomain': 'Domaine de messagerie',
  'ws.col.email': 'Adresse électronique',
  'ws.col.verified': 'Vérifiée',
  'ws.col.heldBecause': 'Motif de la mise en attente',
  'ws.col.decision': 'Décision',
  'ws.col.kind': 'Catégorie',
  'ws.col.country': 'Pays',
  'ws.col.status': 'Statut',
  'ws.col.moderation': 'Modération',
  'ws.col.role': 'Rôle',
  'ws.col.since': 'Depuis le',
  'ws.col.browser': 'Navigateur',
  'ws.col.lastSeen': 'Dernière activité',
  'ws.col.action': 'Actions',
  'ws.col.label': 'Libellé',
  'ws.col.created': 'Créé le',
  'ws.col.lastUsed': 'Dernière utilisation',

  'ws.invite.heading': 'Inviter des signataires',
  'ws.invite.result': 'Personnes invitées : {invited, number} ; déjà invitées auparavant : {already, number}.',
  'ws.invite.lineError': 'Ligne {line, number} : {reason}',
  'ws.invite.csvLabel': 'Fichier CSV avec une ligne d’en-tête :',
  'ws.invite.send': 'Envoyer les invitations',

  'ws.team.heading': 'Équipe organisatrice',
  'ws.team.yourRole': 'Votre rôle : {role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}}.',
  'ws.team.email': 'Adresse électronique',
  'ws.team.role': 'Rôle',
  'ws.team.set': 'Ajouter ou modifier',
  'ws.team.remove': 'Retirer',

  'ws.signatures.heading': 'Liste des signatures',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Les propriétaires de la lettre ne communiquent pas les adresses des signataires aux autres membres de l’équipe organisatrice : vous voyez seulement le domaine de chaque adresse.} other {Les propriétaires de la lettre ne communiquent pas les adresses des signataires aux autres membres de l’équipe organisatrice.}}',
  'ws.addresses.audited': 'Chaque consultation des adresses des signataires, ici, par l’API ou par un export, est consignée dans le journal d’audit de la lettre.',
  'ws.addresses.toggle':
    'Les autres membres de l’équipe organisatrice (rédaction, modération, lecture) voient les adresses des signataires ; sinon, les membres chargés de la modération n’en voient que le domaine',
  'ws.address.hidden': 'masquée',
  'ws.address.hiddenDomain': 'masquée (…@{domain})',

  'ws.filter.status': 'Statut',
  'ws.filter.all': 'tous',
  'ws.filter.search': 'Rechercher',
  'ws.filter.submit': 'Filtrer',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Objectif',
  'ws.goal.intro':
    'Un nombre de signatures à atteindre, toutes catégories confondues ou pour une seule catégorie (« 100 parlementaires ») : la page de la lettre montre le chemin parcouru, et les membres de l’équipe organisatrice ayant le rôle « propriétaire » ou « rédaction » reçoivent un courriel lorsque l’objectif est atteint.',
  'ws.goal.count': 'Nombre de signatures à atteindre',
  // review: Counting rendered as Signatures prises en compte, a label for a list whose options are Toutes les signatures / Parlementaires / Organisations / Particuliers (kind.plural)
  'ws.goal.kind': 'Signatures prises en compte',
  'ws.goal.any': 'Toutes les signatures',
  'ws.goal.save': 'Enregistrer l’objectif',
  'ws.goal.reached': 'Objectif atteint le {date}.',

  // Le module de signature que les sites partenaires intègrent (espace de travail).
  // review: widget rendered as module (de signature), the usual French administrative term; « widget » is also common in French
  'ws.widget.heading': 'Module de signature pour les sites partenaires',
  'ws.widget.intro':
    'Les sites partenaires peuvent afficher le formulaire de signature de cette lettre sur leurs propres pages. Indiquez les sites autorisés à l’afficher, un par ligne, puis attribuez à chaque partenaire son propre code : vous verrez combien de personnes ont signé par l’intermédiaire de chacun, sans rien savoir de leur identité.',
  'ws.widget.origins': 'Sites autorisés à afficher le module (par exemple https://partner.example)',
  'ws.widget.saveOrigins': 'Enregistrer les sites',
  'ws.widget.partner': 'Partenaire',
  'ws.widget.signatures': 'Nombre de signatures',
  'ws.widget.snippet': 'À coller dans la page du partenaire',
  'ws.widget.none': 'Aucun partenaire pour le moment.',
  'ws.widget.addPartner': 'Ajouter un partenaire',

  'ws.note.draftSaved': 'Brouillon enregistré',
  'ws.note.saved': 'Modifications enregistrées',
  'ws.note.status':
    '{status, select, draft {La lettre est à l’état de brouillon} founding {La lettre est ouverte aux seules personnes invitées} open {La lettre est ouverte : tout le monde peut la signer} closed {La lettre est close : plus personne ne peut la signer} other {La lettre est à l’état : {status}}}',
  'ws.note.moderated':
    '{decision, select, approve {La signature est publiée} reject {La signature est rejetée ; la personne signataire en est informée} shadow {La signature est masquée ; la personne signataire n’en est pas informée} other {Décision enregistrée}}',
  'ws.note.addressesShown': 'Les autres membres de l’équipe organisatrice voient désormais les adresses des signataires',
  'ws.note.addressesHidden': 'Les autres membres de l’équipe organisatrice ne voient plus les adresses des signataires',
  'ws.note.removed': '{email} ne fait plus partie de l’équipe organisatrice',
  'ws.note.goalSaved': 'Objectif enregistré',
  'ws.note.widgetSaved': 'Les sites autorisés à afficher le module ont été enregistrés',
  'ws.note.partnerAdded': 'Partenaire ajouté',
  'ws.note.roleSet': '{email} a désormais le rôle « {role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}} »',

  'ws.account.title': 'Votre compte',
  'ws.account.sessions': 'Sessions ouvertes',
  'ws.account.thisOne': '(celle-ci)',
  'ws.account.end': 'Fermer',
  'ws.account.tokens': 'Jetons d’API',
  'ws.account.newToken': 'Votre nouveau jeton (affiché cette seule fois) : <code>{token}</code>',
  'ws.account.revoke': 'Révoquer',
  'ws.account.label': 'Libellé',
  'ws.account.labelPlaceholder': 'ordinateur portable, script d’import…',
  'ws.account.create': 'Créer un jeton',

  'ws.login.title': 'Connexion',
  'ws.login.intro': 'Les équipes organisatrices se connectent au moyen d’un lien envoyé par courriel : aucun mot de passe à se faire voler ni à oublier.',
  'ws.login.email': 'Votre adresse électronique',
  'ws.login.send': 'M’envoyer un lien de connexion',
  'ws.loginSent.title': 'Consultez votre messagerie',
  'ws.loginSent.body':
    'Si cette adresse appartient à un membre d’une équipe organisatrice, un lien de connexion vient d’y être envoyé. Il n’est valable qu’une fois, pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}.',
  'ws.loginConfirm.title': 'Se connecter à Undersigned',
  'ws.loginConfirm.button': 'Se connecter',

  'ws.versions.pageTitle': 'Historique : {title}',
  'ws.versions.title': 'Historique de « {title} »',
  'ws.versions.intro':
    'Toutes les versions du texte depuis les premières signatures. Les corrections rédactionnelles (coquilles) ne nécessitent pas de nouvel accord des signataires ; toute autre modification demande à chaque signataire antérieur de confirmer de nouveau son accord.',
  'ws.versions.version': 'Version n° {version, number}',
  'ws.versions.editorial': 'correction rédactionnelle',
  'ws.versions.first': 'Le texte initial.',
  'ws.versions.back': 'Retour à la lettre',
  'ws.versions.translationHistory': 'Historique de la traduction en {language}',
  'ws.versions.revision': 'Révision {revision, number}, traduction de la version {version, number}',
  'ws.versions.current': 'actuelle',
  'ws.versions.revisionOutdated': 'Cette révision se fonde sur une version antérieure du texte.',
  'ws.versions.firstTranslation': 'La première traduction.',
  'ws.diff.field': '{field, select, title {Titre} addressee {Destinataire} summary {Résumé} body {Texte} other {{field}}}',

  'ws.mail.hello': 'Bonjour,',
  'ws.mail.helloName': 'Bonjour {name},',
  'ws.mail.signIn': 'Se connecter',
  'ws.mail.login.subject': 'Votre lien de connexion à Undersigned',
  'ws.mail.login.title': 'Connexion',
  'ws.mail.login.asked': 'Quelqu’un, sans doute vous-même, a demandé à se connecter à Undersigned avec l’adresse {email}.',
  'ws.mail.login.openLink': 'Ou ouvrez ce lien : <link>{url}</link>',
  'ws.mail.login.once':
    'Il n’est valable qu’une fois, pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
  'ws.mail.login.textLink': 'Se connecter (le lien n’est valable qu’une fois, pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}}) :',
  'ws.mail.login.ignore': 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
  'ws.mail.added.subject': 'Vous avez désormais le rôle « {role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}} » pour : {title}',
  'ws.mail.added.body':
    'Vous avez désormais le rôle <strong>{role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}}</strong> pour la lettre ouverte <strong>{title}</strong> sur Undersigned.',
  'ws.mail.added.bodyText':
    'Vous avez désormais le rôle « {role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}} » pour la lettre ouverte « {title} » sur Undersigned.',
  'ws.mail.added.link':
    'Le lien n’est valable qu’une fois, pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} ; passé ce délai, demandez-en un nouveau sur la page de connexion. L’espace de travail de la lettre : <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Se connecter (le lien n’est valable qu’une fois, pendant {minutes, plural, one {# minute} many {# de minutes} other {# minutes}} ; passé ce délai, demandez-en un nouveau sur la page de connexion) :',
  'ws.mail.added.workspace': 'L’espace de travail de la lettre : {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Objectif atteint : {title}',
  'ws.mail.goal.body':
    'La lettre ouverte <letter>{title}</letter> a atteint son objectif : {kind, select, legislator {{goal, plural, one {# parlementaire l’a signée} many {# de parlementaires l’ont signée} other {# parlementaires l’ont signée}}} organization {{goal, plural, one {# organisation l’a signée} many {# d’organisations l’ont signée} other {# organisations l’ont signée}}} individual {{goal, plural, one {# particulier l’a signée} many {# de particuliers l’ont signée} other {# particuliers l’ont signée}}} other {{goal, plural, one {elle a recueilli # signature} many {elle a recueilli # de signatures} other {elle a recueilli # signatures}}}}.',
  'ws.mail.goal.bodyText':
    'La lettre ouverte « {title} » a atteint son objectif : {kind, select, legislator {{goal, plural, one {# parlementaire l’a signée} many {# de parlementaires l’ont signée} other {# parlementaires l’ont signée}}} organization {{goal, plural, one {# organisation l’a signée} many {# d’organisations l’ont signée} other {# organisations l’ont signée}}} individual {{goal, plural, one {# particulier l’a signée} many {# de particuliers l’ont signée} other {# particuliers l’ont signée}}} other {{goal, plural, one {elle a recueilli # signature} many {elle a recueilli # de signatures} other {elle a recueilli # signatures}}}}.',

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'Paramètres enregistrés',
  'ws.note.translationSaved': 'Traduction enregistrée',
  'ws.note.recipientsAdded': '{count, plural, one {# destinataire ajouté} many {# de destinataires ajoutés} other {# destinataires ajoutés}}',
  'ws.note.deliveryQueued':
    '{count, plural, one {La lettre est en cours d’envoi à # destinataire} many {La lettre est en cours d’envoi à # de destinataires} other {La lettre est en cours d’envoi à # destinataires}}',
  'ws.note.invalidated': '{count, plural, one {# signature marquée comme frauduleuse} many {# de signatures marquées comme frauduleuses} other {# signatures marquées comme frauduleuses}}',
  'ws.diff.added': 'ajouté :',
  'ws.diff.removed': 'supprimé :',
  'ws.diff.formatted': 'mise en forme modifiée :',
  'ws.diff.unchanged': '{count, plural, one {… # paragraphe inchangé …} many {… # de paragraphes inchangés …} other {… # paragraphes inchangés …}}',
  'ws.diff.sameReading': 'Seul le balisage de la source a changé : le texte se lit de la même façon.',
  'ws.section':
    '{section, select, text {Texte} settings {Paramètres} translations {Traductions} signatures {Signatures} invite {Invitations} delivery {Envoi} replies {Réponses} updates {Actualités} team {Équipe} share {Partager} audit {Journal d’audit} other {{section}}}',
  'ws.section.pageTitle': '{section} : {title}',
  'ws.nav.label': 'Espace de travail',
  'ws.workspace.history': 'Historique du texte',
  'ws.workspace.previewHeading': 'Aperçu : la lettre telle qu’elle apparaîtra au public (pas encore enregistrée)',
  'ws.header.label': 'Votre compte',
  'ws.header.letters': 'Vos lettres',
  'ws.header.account': 'Compte',
  'ws.header.signOut': 'Se déconnecter',
  'ws.login.signedOut': 'Votre session est fermée.',
  'ws.addresses.heading': 'Adresses des signataires',
  'ws.confirm.cancel': 'Annuler',
  'ws.confirm.heading':
    '{step, select, publish {Publier la lettre ?} openToAll {Ouvrir la lettre à tout le monde ?} founding {Ouvrir la lettre aux seules personnes invitées ?} close {Clore la lettre ?} reopen {Rouvrir la lettre ?} other {Continuer ?}}',
  'ws.confirm.consequences':
    '{step, select, publish {La lettre devient publique à l’adresse {url} : tout le monde peut la lire et la signer.\nChaque signature est confirmée par courriel avant d’être comptée ; les noms apparaissent sur la liste publique.\nVous pouvez encore corriger le texte ; une modification de fond demande à chaque signataire de confirmer de nouveau son accord.} openToAll {La lettre devient publique à l’adresse {url} : tout le monde peut la lire et la signer, pas seulement les personnes invitées.\nLes personnes invitées qui ont signé restent sur la liste, en tête.} founding {Seules les personnes que vous invitez peuvent signer ; la lettre reste cachée au public.\nVous l’ouvrirez à tout le monde plus tard, avec « Publier ».} close {Plus personne ne peut signer ; la lettre et sa liste restent publiques à l’adresse {url}.\nVous pourrez la rouvrir plus tard.} reopen {Les signatures sont de nouveau ouvertes à l’adresse {url}.} other {Cette action est irréversible.}}',
  'ws.confirm.button':
    '{step, select, publish {Publier maintenant} openToAll {Ouvrir à tout le monde maintenant} founding {Ouvrir aux personnes invitées} close {Clore la lettre} reopen {Rouvrir maintenant} other {Continuer}}',
  'ws.share.embedHeading': 'Compteur pour d’autres sites',
  'ws.share.embedIntro': 'Un petit encadré avec le nombre de signatures et un lien vers la lettre, que d’autres sites peuvent coller dans leurs pages.',
  'ws.team.removeHeading': 'Retirer {who} de l’équipe organisatrice de la lettre ?',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}}) ne pourra plus ouvrir cet espace de travail ni agir sur la lettre.\nSes actions passées restent dans le journal d’audit.\nVous pourrez de nouveau ajouter cette personne plus tard.',
  'ws.team.removeButton': 'Retirer',
  // review: Signing (the section of settings: closing time, who may sign, moderation) rendered as Modalités de signature
  'ws.settings.heading': 'Modalités de signature',
  'ws.settings.closesAt': 'Date de clôture (UTC)',
  'ws.settings.closesAtHint':
    'La date et l’heure sont en UTC (temps universel coordonné), et non à votre heure locale. Les signatures s’arrêtent à ce moment-là. Laissez vide pour ne fixer aucune date de clôture.',
  'ws.settings.signerKinds': 'Qui peut signer (au moins une catégorie)',
  'ws.settings.moderatedKinds': 'Soumis à modération',
  'ws.settings.moderatedHint': 'Les signatures de ces catégories attendent l’approbation d’un membre de l’équipe organisatrice avant d’être affichées ou comptées.',
  'ws.settings.save': 'Enregistrer les paramètres',
  'ws.translations.intro':
    'La lettre dans d’autres langues. Les signataires donnent leur accord au texte original ; une traduction suit l’une de ses versions, et elle est signalée comme obsolète dès que l’original a une version plus récente.',
  'ws.translations.none': 'Aucune traduction pour l’instant.',
  'ws.translations.col.language': 'Langue',
  'ws.translations.col.title': 'Titre',
  'ws.translations.col.follows': 'Version suivie',
  'ws.translations.col.state': 'État',
  'ws.translations.col.links': 'Liens',
  'ws.translations.follows': 'version n° {version, number}',
  'ws.translations.outdated': 'obsolète : la lettre en est maintenant à la version n° {version, number}',
  'ws.translations.upToDate': 'à jour',
  'ws.translations.edit': 'modifier',
  'ws.translations.read': 'texte public',
  'ws.translations.formHeading': 'Ajouter ou mettre à jour une traduction',
  'ws.translations.formIntro':
    'Enregistrer une langue qui a déjà une traduction remplace celle-ci (les textes antérieurs restent dans l’historique public). La traduction enregistrée suit la version actuelle, n° {version, number}.',
  'ws.translations.language': 'Langue',
  'ws.translations.chooseLanguage': 'Choisir une langue',
  'ws.translations.addresseeHint': '(facultatif ; si vide : celui de l’original)',
  'ws.translations.previewHeading': 'Aperçu : la traduction telle qu’elle apparaîtra au public (pas encore enregistrée)',
  'ws.translations.save': 'Enregistrer la traduction',
  'ws.account.publicName': 'Votre nom public ou celui de votre organisation',
  'ws.account.publicNameLabel': 'Nom ou organisation',
  'ws.account.publicNameHint':
    'Les invitations à signer et la lettre remise aux destinataires désignent par ce nom les propriétaires de la lettre. À défaut, elles mentionnent « l’équipe organisatrice » de la lettre ; les signataires et les destinataires ne voient jamais votre adresse électronique.',
  'ws.account.saveName': 'Enregistrer le nom',
  'ws.mail.footer.login':
    'Vous recevez ce message parce qu’une connexion à Undersigned a été demandée avec cette adresse, par vous ou par une personne qui l’a saisie. Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : personne ne peut se connecter sans le lien.',
  'ws.mail.footer.added':
    'Vous recevez ce message parce que {known, select, yes {{by}} other {une personne ayant le rôle « propriétaire » de la lettre}} a ajouté cette adresse à l’équipe organisatrice de « {title} » sur Undersigned.',
  'ws.mail.footer.goal': 'Vous recevez ce message parce que vous organisez « {title} » sur Undersigned, avec le rôle « propriétaire » ou « rédaction ».',
  'ws.delivery.intro':
    'Les personnes ou les institutions auxquelles la lettre est adressée. Chacune la reçoit par courriel dans sa langue, avec en pièce jointe un PDF du texte et de ses signataires.',
  'ws.delivery.addressees': 'Destinataires ({count, number})',
  'ws.delivery.none': 'Aucun destinataire pour l’instant : ajoutez-les ci-dessous, un par un ou sous forme de liste.',
  'ws.delivery.col.group': 'Groupe',
  'ws.delivery.col.language': 'Langue',
  'ws.delivery.col.state': 'Envoi',
  'ws.delivery.state': '{state, select, queued {En attente} sent {Envoyé} failed {Échec} other {Non envoyé}}',
  'ws.delivery.failed':
    'Échec : {why, select, refused {le serveur de messagerie du destinataire a refusé le message.} unreachable {le serveur de messagerie du destinataire n’a pas pu être joint.} other {le message n’a pas pu être envoyé.}}',
  // review: label-first (envoyés : 3) so that the participle does not have to agree with the count
  'ws.delivery.count': '{state, select, sent {envoyés : {count, number}} queued {en attente : {count, number}} failed {en échec : {count, number}} other {non envoyés : {count, number}}}',
  'ws.delivery.progressHeading': 'Le dernier envoi',
  'ws.delivery.progress': 'Envoyés : {sent, number} sur {total, number} ; en attente d’envoi : {queued, number} ; en échec : {failed, number}.',
  'ws.delivery.notPublic': 'La lettre est envoyée une fois publique : publiez-la d’abord. Vous pouvez déjà ajouter ses destinataires.',
  'ws.delivery.readOnly': 'Seuls les membres ayant le rôle « propriétaire » ou « rédaction » ajoutent des destinataires et envoient la lettre.',
  'ws.delivery.previewLink': 'Prévisualiser les messages, puis envoyer',
  'ws.delivery.addHeading': 'Ajouter un destinataire',
  'ws.delivery.name': 'Nom',
  'ws.delivery.email': 'Adresse électronique',
  'ws.delivery.language': 'Langue',
  'ws.delivery.group': 'Groupe (facultatif, par exemple une région)',
  'ws.delivery.add': 'Ajouter le destinataire',
  'ws.delivery.importHeading': 'Ajouter plusieurs destinataires à partir d’une liste',
  'ws.delivery.csvLabel': 'Collez un contenu CSV, un destinataire par ligne, sous une première ligne qui nomme les colonnes (language : un code tel que en ou fr ; vide : la langue de la lettre) :',
  'ws.delivery.import': 'Ajouter ces destinataires',
  'ws.delivery.importResult':
    '{added, plural, one {# destinataire ajouté} many {# de destinataires ajoutés} other {# destinataires ajoutés}} ; {already, plural, =0 {aucun n’y figurait déjà} one {# y figurait déjà} many {# y figuraient déjà} other {# y figuraient déjà}}. Les lignes ci-dessous n’ont pas été prises en compte :',
  'ws.delivery.lineError': 'Ligne {line, number} : {reason}',
  'ws.delivery.previewTitle': 'Les messages, avant envoi',
  'ws.delivery.previewIntro':
    'Chaque destinataire reçoit le message de sa langue, présenté ci-dessous, avec une formule d’appel à son nom et le PDF en pièce jointe. Rien n’est envoyé avant votre confirmation.',
  'ws.delivery.previewLanguage': '{language} : {count, plural, one {# destinataire} many {# de destinataires} other {# destinataires}}',
  'ws.delivery.previewAs': 'Affiché tel que {name} le recevra.',
  'ws.delivery.noTranslation': 'La lettre n’a pas de traduction dans cette langue : le texte est envoyé dans sa langue originale ({language}).',
  'ws.delivery.subject': 'Objet',
  'ws.delivery.textBody': 'Le message',
  'ws.delivery.htmlBody': 'Voir le message tel qu’il est mis en forme pour les logiciels de messagerie',
  'ws.delivery.pdf': 'Le PDF joint ({language})',
  'ws.delivery.previewNone': 'Aucun destinataire pour l’instant : ajoutez-en d’abord.',
  'ws.delivery.previewDraft': 'Les messages peuvent être affichés une fois la lettre publique : publiez-la d’abord.',
  'ws.delivery.send': '{count, plural, one {Envoyer à # destinataire} many {Envoyer à # de destinataires} other {Envoyer à # destinataires}}',
  'ws.delivery.back': 'Retour aux destinataires',
  'ws.delivery.confirmHeading': '{count, plural, one {Envoyer la lettre à # destinataire ?} many {Envoyer la lettre à # de destinataires ?} other {Envoyer la lettre à # destinataires ?}}',
  // review: {language} is the language’s own name (Deutsch, español), so it is put in parentheses rather than after « en »
  'ws.delivery.confirmLanguage': '{names} {count, plural, one {reçoit} many {reçoivent} other {reçoivent}} le texte ({language}), avec en pièce jointe son PDF ({language}).',
  'ws.delivery.andMore': '{count, plural, one {# autre} many {# autres} other {# autres}}',
  'ws.delivery.confirmAgain':
    '{count, plural, one {# d’entre eux l’a déjà reçue, et la reçoit de nouveau.} many {# d’entre eux l’ont déjà reçue, et la reçoivent de nouveau.} other {# d’entre eux l’ont déjà reçue, et la reçoivent de nouveau.}}',
  'ws.delivery.confirmRecall': 'Une fois envoyé, un message ne peut pas être rappelé.',
  'ws.delivery.confirmPublic': 'La page publique de la lettre indique ensuite le nom de chaque destinataire et la date à laquelle la lettre lui est parvenue, jamais son adresse.',
  'ws.delivery.confirmButton': '{count, plural, one {L’envoyer maintenant à # destinataire} many {L’envoyer maintenant à # de destinataires} other {L’envoyer maintenant à # destinataires}}',
  'ws.queue.intro':
    'Ces signatures attendent une décision avant d’être affichées ou comptées. « Publier » en ajoute une à la liste ; « Rejeter » l’écarte et en informe la personne signataire ; « Masquer » l’écarte sans rien dire à la personne signataire.',
  'ws.queue.readOnly': 'Seuls les membres ayant le rôle « propriétaire » ou « modération » statuent sur les signatures en attente.',
  'ws.held.claims': 'Se présente comme',
  'ws.held.wroteFrom': 'A écrit depuis',
  'ws.held.website': 'Site web',
  'ws.held.noWebsite': 'aucun indiqué',
  'ws.held.verification': 'Vérifiée',
  'ws.held.verifiedBy':
    '{by, select, domain {Oui : par son domaine de messagerie, {domain}} invited {Oui : signée au moyen d’une invitation} approved {Oui : approuvée par un membre chargé de la modération} other {Oui : {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {Non : le domaine de messagerie n’est pas celui du parlement indiqué} organization {{website, select, no {Non : aucun site web n’a été indiqué pour y comparer le domaine de messagerie} other {{shared, select, yes {Non : n’importe qui peut avoir une adresse chez un fournisseur de messagerie partagé} other {Non : le domaine de messagerie n’est pas celui du site web}}}}} individual {Non : les particuliers ne sont vérifiés qu’au moyen d’une invitation} other {Non}}',
  'ws.held.why': 'Motif de la mise en attente',
  'ws.held.similar': 'Noms semblables sur la liste',
  'ws.held.noSimilar': 'aucun',
  'ws.held.signed': 'Signée le',
  'ws.held.network': 'Empreinte réseau',
  'ws.decide.label': 'Décision concernant {name}',
  'ws.decide.publish': 'Publier',
  'ws.decide.reject': 'Rejeter (la personne signataire en est informée)',
  'ws.decide.hide': 'Masquer',
  'ws.decide.hideHint': '(la personne signataire n’est pas avertie par courriel ; à réserver aux abus. Comme pour tout retrait, le registre public le consigne si la signature figurait sur la liste)',
  'ws.decide.heading': '{decision, select, reject {Rejeter la signature de {who} ?} shadow {Masquer la signature de {who} ?} other {Statuer sur la signature de {who} ?}}',
  'ws.decide.consequences':
    'La signature de {who} ({claim}) reste hors de la liste de la lettre et de tous les décomptes{listed, select, yes { : elle quitte la liste dès maintenant} other {}}.\n{decision, select, reject {{mailable, select, yes {Un courriel informe {who} que l’équipe organisatrice de la lettre n’a pas accepté la signature.} other {Aucun courriel ne peut être envoyé à {who} : l’adresse n’est plus conservée.}}} shadow {Aucun courriel n’est envoyé à {who} : de son point de vue, la signature semble toujours acceptée. À utiliser en cas d’abus, lorsque prévenir la personne signataire ne ferait qu’inciter à une nouvelle tentative.} other {}}\n{listed, select, yes {Le registre public consigne un retrait, comme pour tout retrait.} other {La signature n’a jamais figuré sur la liste publique : le registre public n’en consigne donc rien.}}',
  'ws.decide.button': '{decision, select, reject {Rejeter et informer la personne signataire} shadow {Masquer sans informer la personne signataire} other {Statuer}}',
  'ws.invalidate.heading': 'Marquer un afflux comme frauduleux',
  'ws.invalidate.intro':
    'En cas d’afflux de fausses signatures : indiquez un domaine de messagerie, une période, une empreinte réseau, ou plusieurs de ces critères (une signature doit correspondre à tous ceux indiqués). Vous voyez d’abord combien de signatures correspondent ; rien ne change avant votre confirmation.',
  'ws.invalidate.domain': 'Domaine de messagerie (par exemple example.org)',
  'ws.invalidate.window': 'Signées pendant cette période (UTC)',
  'ws.invalidate.from': 'Début',
  'ws.invalidate.to': 'Fin (exclue)',
  'ws.invalidate.network': 'Empreinte réseau (telle qu’affichée sur une signature en attente)',
  'ws.invalidate.preview': 'Aperçu',
  'ws.invalidate.result':
    '{result, select, none {Indiquez un domaine de messagerie, une période ou une empreinte réseau : sans critère, rien ne correspond.} nothing {Aucune signature ne correspond à ces critères : rien n’a été modifié.} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {Domaine de messagerie : ce n’est pas un nom de domaine (par exemple example.org).} from {Début : ce n’est pas une date et une heure.} to {Fin : ce n’est pas une date et une heure.} ipHash {Empreinte réseau : ce n’est pas une empreinte valide (8 à 32 lettres, chiffres, - ou _).} other {Les critères n’ont pas pu être lus ; veuillez les vérifier.}}',
  'ws.invalidate.confirmHeading':
    '{count, plural, one {Marquer # signature comme frauduleuse ?} many {Marquer # de signatures comme frauduleuses ?} other {Marquer # signatures comme frauduleuses ?}}',
  'ws.invalidate.matching': 'Les signatures qui correspondent : {criteria}.',
  'ws.invalidate.byDomain': 'domaine de messagerie {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {signées du {from} au {to}} from {signées à partir du {from}} other {signées avant le {to}}}',
  'ws.invalidate.byNetwork': 'empreinte réseau {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, one {Elle est marquée comme frauduleuse : conservée un temps pour enquête, puis supprimée ; elle ne peut pas être rétablie.} many {Elles sont marquées comme frauduleuses : conservées un temps pour enquête, puis supprimées ; elles ne peuvent pas être rétablies.} other {Elles sont marquées comme frauduleuses : conservées un temps pour enquête, puis supprimées ; elles ne peuvent pas être rétablies.}}\nCelles qui figurent sur la liste publique en sont retirées immédiatement, et les décomptes diminuent.\nLe registre public consigne chaque retrait de la liste, comme pour tout retrait.\nAucun courriel n’est envoyé aux signataires.',
  'ws.invalidate.button': '{count, plural, one {Marquer # signature comme frauduleuse} many {Marquer # de signatures comme frauduleuses} other {Marquer # signatures comme frauduleuses}}',
  'ws.audit.did':
    '{kind, select, create {{who} a créé le brouillon de la lettre} edit {{editorial, select, yes {{who} a corrigé le texte (correction rédactionnelle : aucun nouvel accord n’est demandé)} other {{who} a modifié le texte}}} publish {{who} a publié la lettre} close {{who} a clos la lettre} founding {{who} a ouvert la phase des premières signatures aux personnes invitées} approve {{who} a publié la signature de {signer}} reject {{who} a rejeté la signature de {signer}} shadow {{who} a masqué la signature de {signer}} moderate {{who} a statué sur la signature de {signer}} invalidate {{counted, select, yes {{who} a marqué {count, plural, one {# signature comme frauduleuse} many {# de signatures comme frauduleuses} other {# signatures comme frauduleuses}}} other {{who} a marqué des signatures comme frauduleuses}}} invalidatePreview {{counted, select, yes {{who} a recherché des signatures à marquer comme frauduleuses ({count, plural, one {# correspondance} many {# de correspondances} other {# correspondances}})} other {{who} a recherché des signatures à marquer comme frauduleuses}}} invite {{counted, select, yes {{who} a invité {count, plural, one {# signataire} many {# de signataires} other {# signataires}}} other {{who} a invité des signataires}}} addOrganizer {{who} a ajouté {member} à l’équipe organisatrice{role, select, owner { avec le rôle « propriétaire »} editor { avec le rôle « rédaction »} moderator { avec le rôle « modération »} viewer { avec le rôle « lecture »} other {}}} setRole {{who} a attribué à {member} le rôle {role, select, owner {« propriétaire »} editor {« rédaction »} moderator {« modération »} viewer {« lecture »} other {de membre de l’équipe organisatrice}}} removeOrganizer {{who} a retiré {member} de l’équipe organisatrice} goal {{goalSet, select, yes {{who} a fixé l’objectif à {goalKind, select, legislator {{goal, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}}} organization {{goal, plural, one {# organisation} many {# d’organisations} other {# organisations}}} individual {{goal, plural, one {# particulier} many {# de particuliers} other {# particuliers}}} other {{goal, plural, one {# signature} many {# de signatures} other {# signatures}}}}} no {{who} a supprimé l’objectif} other {{who} a modifié l’objectif}}} settings {{who} a modifié les paramètres de la lettre} translation {{who} a enregistré une traduction ({language})} recipients {{counted, select, yes {{who} a ajouté {count, plural, one {# destinataire} many {# de destinataires} other {# destinataires}}} other {{who} a ajouté des destinataires}}} deliver {{counted, select, yes {{who} a envoyé la lettre à {count, plural, one {# destinataire} many {# de destinataires} other {# destinataires}}} other {{who} a envoyé la lettre à ses destinataires}}} widget {{who} a modifié les sites autorisés à afficher le module de signature} partner {{who} a ajouté un partenaire pour le module de signature} addressesShown {{who} a permis aux autres membres de l’équipe organisatrice de voir les adresses des signataires} addressesHidden {{who} a empêché les autres membres de l’équipe organisatrice de voir les adresses des signataires} readAddresses {{source, select, page {{who} a consulté les adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}} dans l’espace de travail} other {{who} a consulté les adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}} par l’API}}} readDomains {{source, select, page {{who} a consulté les domaines des adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}} dans l’espace de travail} other {{who} a consulté les domaines des adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}} par l’API}}} export {{domainsOnly, select, yes {{who} a exporté les signatures au format CSV, avec les domaines des adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}}} other {{who} a exporté les signatures au format CSV, avec les adresses de {count, plural, one {# signataire} many {# de signataires} other {# signataires}}}}} recordReply {{who} a enregistré la réponse d’un destinataire reçue par courrier postal ou en main propre, et l’a publiée} publishReply {{who} a publié la réponse d’un destinataire arrivée par courriel} dismissReply {{who} a écarté une réponse arrivée par courriel} writeUpdate {{who} a rédigé une actualité pour les signataires} updateTranslation {{who} a enregistré une traduction de l’actualité ({language})} sendUpdate {{counted, select, yes {{who} a envoyé une actualité à {count, plural, one {# signataire} many {# de signataires} other {# signataires}}} other {{who} a envoyé une actualité aux signataires}}} other {{who} a effectué une requête : {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} a tenté de créer une lettre} edit {{who} a tenté de modifier le texte} publish {{who} a tenté de publier la lettre} close {{who} a tenté de clore la lettre} founding {{who} a tenté d’ouvrir la phase des premières signatures} approve {{who} a tenté de publier la signature de {signer}} reject {{who} a tenté de rejeter la signature de {signer}} shadow {{who} a tenté de masquer la signature de {signer}} moderate {{who} a tenté de statuer sur la signature de {signer}} invalidate {{who} a tenté de marquer des signatures comme frauduleuses} invalidatePreview {{who} a tenté de rechercher des signatures à marquer comme frauduleuses} invite {{who} a tenté d’inviter des signataires} addOrganizer {{who} a tenté d’ajouter {member} à l’équipe organisatrice{role, select, owner { avec le rôle « propriétaire »} editor { avec le rôle « rédaction »} moderator { avec le rôle « modération »} viewer { avec le rôle « lecture »} other {}}} setRole {{who} a tenté d’attribuer à {member} le rôle {role, select, owner {« propriétaire »} editor {« rédaction »} moderator {« modération »} viewer {« lecture »} other {de membre de l’équipe organisatrice}}} removeOrganizer {{who} a tenté de retirer {member} de l’équipe organisatrice} goal {{who} a tenté de modifier l’objectif} settings {{who} a tenté de modifier les paramètres de la lettre} translation {{who} a tenté d’enregistrer une traduction ({language})} recipients {{who} a tenté d’ajouter des destinataires} deliver {{who} a tenté d’envoyer la lettre à ses destinataires} widget {{who} a tenté de modifier les sites autorisés à afficher le module de signature} partner {{who} a tenté d’ajouter un partenaire pour le module de signature} addressesShown {{who} a tenté de permettre aux autres membres de l’équipe organisatrice de voir les adresses des signataires} addressesHidden {{who} a tenté d’empêcher les autres membres de l’équipe organisatrice de voir les adresses des signataires} readAddresses {{who} a tenté de consulter les adresses des signataires} readDomains {{who} a tenté de consulter les domaines des adresses des signataires} export {{who} a tenté d’exporter les signatures} recordReply {{who} a tenté d’enregistrer la réponse d’un destinataire} publishReply {{who} a tenté de publier la réponse d’un destinataire} dismissReply {{who} a tenté d’écarter une réponse arrivée par courriel} writeUpdate {{who} a tenté de rédiger une actualité pour les signataires} updateTranslation {{who} a tenté d’enregistrer une traduction d’une actualité ({language})} sendUpdate {{who} a tenté d’envoyer une actualité aux signataires} other {{who} a tenté une requête : {action}}}',
  'ws.audit.line': '{refused, select, yes {{sentence} (action refusée), {when}} other {{sentence}, {when}}}',
  'ws.audit.kind':
    '{kind, select, create {Brouillon créé} edit {Texte modifié} publish {Lettre publiée} close {Lettre close} founding {Phase des premières signatures ouverte} approve {Signature publiée} reject {Signature rejetée} shadow {Signature masquée} moderate {Décision sur une signature} invalidate {Signatures marquées comme frauduleuses} invalidatePreview {Recherche de signatures frauduleuses} invite {Signataires invités} addOrganizer {Membre de l’équipe organisatrice ajouté} setRole {Rôle modifié} removeOrganizer {Membre de l’équipe organisatrice retiré} goal {Objectif modifié} settings {Paramètres modifiés} translation {Traduction enregistrée} recipients {Destinataires ajoutés} deliver {Lettre envoyée à ses destinataires} widget {Sites du module de signature modifiés} partner {Partenaire du module de signature ajouté} addressesShown {Adresses montrées aux autres membres de l’équipe} addressesHidden {Adresses cachées aux autres membres de l’équipe} readAddresses {Adresses consultées} readDomains {Domaines des adresses consultés} export {Signatures exportées} recordReply {Réponse enregistrée} publishReply {Réponse publiée} dismissReply {Réponse écartée} writeUpdate {Actualité rédigée} updateTranslation {Actualité traduite} sendUpdate {Actualité envoyée} other {Autre requête}}',
  'ws.audit.result': '{refused, select, yes {refusée ({status})} other {effectuée}}',
  // review: the operator (who runs the instance) rendered as L’administration de l’instance, epicene
  'ws.audit.operatorWho': 'L’administration de l’instance (en ligne de commande)',
  'ws.audit.formerOrganizer': 'Un ancien membre de l’équipe organisatrice',
  'ws.audit.erasedSigner': 'quelqu’un dont les données ont été effacées',
  // review: placeholders chosen to read after « de » in « la signature de {signer} » (no « de une ») and to stand alone in the CSV; « une personne » for a co-organizer reads after « ajouté », « à », « retiré »
  'ws.audit.someSigner': 'quelqu’un',
  'ws.audit.someOrganizer': 'une personne',
  'ws.audit.someLanguage': 'une autre langue',
  'ws.audit.intro':
    'Toutes les actions de l’équipe organisatrice de la lettre, des plus récentes aux plus anciennes, avec les noms tels qu’ils sont aujourd’hui : une personne signataire qui a effacé ses données apparaît comme « quelqu’un dont les données ont été effacées ». Les heures sont en UTC.',
  'ws.audit.filterPerson': 'Qui',
  'ws.audit.filterKind': 'Type d’action',
  'ws.audit.everyone': 'tout le monde',
  'ws.audit.everything': 'toutes les actions',
  'ws.audit.filterSubmit': 'Afficher',
  'ws.audit.empty': '{filtered, select, yes {Aucune entrée ne correspond à ces filtres.} other {Rien n’a encore été consigné.}}',
  'ws.audit.pages': 'Pages du journal d’audit',
  'ws.audit.older': 'Entrées plus anciennes',
  'ws.audit.newest': 'Retour aux plus récentes',
  'ws.audit.export': 'Exporter au format CSV',
  'ws.audit.exportHint': '(les entrées qu’affichent ces filtres, sur toutes les pages)',

  // Issue 20: the workspace's pages.
  'ws.note.updateSent':
    '{count, plural, =0 {L’actualité est publiée sur la page de la lettre ; aucun signataire n’a demandé de nouvelles, elle n’est donc envoyée à personne} one {L’actualité est en cours d’envoi à # signataire, et publiée sur la page de la lettre} many {L’actualité est en cours d’envoi à # de signataires, et publiée sur la page de la lettre} other {L’actualité est en cours d’envoi à # signataires, et publiée sur la page de la lettre}}',
  'ws.updates.intro':
    '{count, plural, =0 {Aucun signataire n’a encore demandé de nouvelles.} one {# signataire a demandé des nouvelles en signant et figure toujours sur la liste.} many {# de signataires ont demandé des nouvelles en signant et figurent toujours sur la liste.} other {# signataires ont demandé des nouvelles en signant et figurent toujours sur la liste.}} Chaque personne reçoit les actualités dans la langue dans laquelle elle a signé, au plus {perMonth, plural, one {une fois} many {# de fois} other {# fois}} par mois, avec un lien pour se désabonner. Une actualité envoyée apparaît aussi sur la page de la lettre.',
  'ws.updates.none': 'Aucune actualité pour l’instant.',
  'ws.updates.col.title': 'Titre',
  'ws.updates.col.languages': 'Langues',
  'ws.updates.col.state': 'État',
  'ws.updates.col.links': 'Liens',
  'ws.updates.draft': 'Brouillon, non envoyé',
  'ws.updates.sentOn': 'Envoyée le {date}',
  'ws.updates.onPage': 'Sur la page de la lettre',
  'ws.updates.translate': 'Traductions',
  'ws.updates.send': 'Envoyer',
  'ws.updates.formHeading': 'Rédiger une actualité',
  'ws.updates.formIntro': 'Rédigez-la dans la langue de la lettre ({language}) ; ajoutez des traductions une fois qu’elle est enregistrée. Rien n’est envoyé avant votre confirmation.',
  'ws.updates.previewHeading': 'Aperçu : l’actualité telle que les signataires la liront (pas encore enregistrée)',
  'ws.updates.save': 'Enregistrer le brouillon',
  'ws.updates.translationsHeading': 'Traductions de « {title} »',
  'ws.updates.translationsIntro':
    'Chaque personne signataire reçoit l’actualité dans la langue dans laquelle elle a signé ; faute de traduction dans cette langue, elle reçoit l’original ({language}).',
  'ws.updates.saveTranslation': 'Enregistrer la traduction',
  'ws.updates.sendTo': '{count, plural, =0 {La publier (aucun signataire à qui l’envoyer)} one {Envoyer à # signataire} many {Envoyer à # de signataires} other {Envoyer à # signataires}}',
  'ws.updates.readOnly': 'Seuls les membres ayant le rôle « propriétaire » ou « rédaction » rédigent et envoient les actualités.',
  'ws.updates.confirmHeading':
    '{count, plural, =0 {Publier « {title} » ?} one {Envoyer « {title} » à # signataire ?} many {Envoyer « {title} » à # de signataires ?} other {Envoyer « {title} » à # signataires ?}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {Aucun signataire ayant demandé des nouvelles ne peut la recevoir pour l’instant.} one {Elle est envoyée par courriel à # signataire, qui a demandé des nouvelles en signant et figure toujours sur la liste.} many {Elle est envoyée par courriel aux # de signataires qui ont demandé des nouvelles en signant et figurent toujours sur la liste.} other {Elle est envoyée par courriel aux # signataires qui ont demandé des nouvelles en signant et figurent toujours sur la liste.}} Nul ne reçoit plus {perMonth, plural, one {d’une actualité} many {de # d’actualités} other {de # actualités}} par mois.',
  'ws.updates.confirmLanguages': 'Dans leurs langues : {languages}.',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {l’original} other {traduction}}) : {count, number}',
  'ws.updates.confirmPaced':
    '{count, plural, one {# signataire a déjà reçu {perMonth, plural, one {une actualité} many {# d’actualités} other {# actualités}} au cours des 30 derniers jours et ne reçoit pas celle-ci.} many {# de signataires ont déjà reçu {perMonth, plural, one {une actualité} many {# d’actualités} other {# actualités}} au cours des 30 derniers jours et ne reçoivent pas celle-ci.} other {# signataires ont déjà reçu {perMonth, plural, one {une actualité} many {# d’actualités} other {# actualités}} au cours des 30 derniers jours et ne reçoivent pas celle-ci.}}',
  'ws.updates.confirmPublic': 'Elle apparaît sur la page publique de la lettre, avec la date de son envoi.',
  'ws.updates.confirmFinal': 'Un message envoyé ne peut pas être rappelé, et une actualité envoyée ne peut plus être modifiée.',
  'ws.updates.confirmButton': '{count, plural, =0 {Publier maintenant} one {Envoyer à # signataire} many {Envoyer à # de signataires} other {Envoyer à # signataires}}',

  // The daily digest an organizer may ask for (account page), and its mail.
  // review: digest rendered as récapitulatif quotidien; flood check as contrôle des afflux (afflux as in ws.invalidate.heading)
  'ws.account.digest': 'Récapitulatif quotidien',
  'ws.account.digestLabel': 'M’envoyer un récapitulatif quotidien lorsqu’il se passe quelque chose sur mes lettres',
  'ws.account.digestHint':
    'Au plus un courriel par jour, et seulement les jours où il s’est passé quelque chose sur une lettre que vous organisez : une réponse arrivée par courriel, l’objectif atteint, de nouvelles signatures bloquées par le contrôle des afflux.',
  'ws.account.saveDigest': 'Enregistrer',
  'ws.mail.digest.subject':
    '{count, plural, one {Votre récapitulatif quotidien : {title}} many {Votre récapitulatif quotidien : du nouveau sur # de lettres} other {Votre récapitulatif quotidien : du nouveau sur # lettres}}',
  'ws.mail.digest.title': 'Votre récapitulatif quotidien',
  'ws.mail.digest.intro': 'Voici ce qui s’est passé sur les lettres que vous organisez depuis le {since}.',
  'ws.mail.digest.replies':
    '{count, plural, one {# réponse est arrivée par courriel et vous attend : <link>publiez-la ou écartez-la</link>.} many {# de réponses sont arrivées par courriel et vous attendent : <link>publiez-les ou écartez-les</link>.} other {# réponses sont arrivées par courriel et vous attendent : <link>publiez-les ou écartez-les</link>.}}',
  'ws.mail.digest.goal':
    'Elle a atteint son objectif de {kind, select, legislator {{goal, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}}} organization {{goal, plural, one {# organisation} many {# d’organisations} other {# organisations}}} individual {{goal, plural, one {# particulier} many {# de particuliers} other {# particuliers}}} other {{goal, plural, one {# signature} many {# de signatures} other {# signatures}}}}. <link>Voir les signatures</link>.',
  'ws.mail.digest.flooded':
    '{count, plural, one {# nouvelle signature a été bloquée comme frauduleuse par le contrôle des afflux (trop de signatures depuis un même réseau en une journée) : elle n’est ni affichée ni comptée. <link>Examiner les signatures</link>.} many {# de nouvelles signatures ont été bloquées comme frauduleuses par le contrôle des afflux (trop de signatures depuis un même réseau en une journée) : elles ne sont ni affichées ni comptées. <link>Examiner les signatures</link>.} other {# nouvelles signatures ont été bloquées comme frauduleuses par le contrôle des afflux (trop de signatures depuis un même réseau en une journée) : elles ne sont ni affichées ni comptées. <link>Examiner les signatures</link>.}}',
  'ws.mail.digest.stop': 'Pour ne plus recevoir ce récapitulatif, décochez la case correspondante sur la page de votre compte : <link>{url}</link>',
  'ws.mail.digest.stopText': 'Pour ne plus recevoir ce récapitulatif, décochez la case correspondante sur la page de votre compte :',
  'ws.mail.footer.digest':
    'Vous recevez ce message parce que vous avez demandé un récapitulatif quotidien de ce qui se passe sur les lettres que vous organisez sur Undersigned ; il n’est envoyé que les jours où il s’est passé quelque chose. Pour ne plus le recevoir, décochez la case correspondante sur la page de votre compte.',
  // The replies section: what the addressees answered, by mail (waiting for a decision) or recorded by hand.
  'ws.note.replyRecorded': 'La réponse est enregistrée et publiée à côté de la lettre',
  'ws.note.replyPublished': 'La réponse est publiée à côté de la lettre et dans son registre',
  // review: set aside / dismiss rendered as écarter throughout
  'ws.note.replyDismissed': 'La réponse est écartée : elle ne sera pas affichée',
  'ws.note.replyWaitSaved': 'Délai avant « sans réponse » enregistré',
  'ws.replies.introInbound':
    'Les réponses au courriel de la lettre envoyée arrivent ici d’elles-mêmes ; chacune attend qu’un membre ayant le rôle « propriétaire » ou « rédaction » la publie ou l’écarte. Les réponses reçues autrement (par courrier postal, en main propre) s’enregistrent ci-dessous.',
  'ws.replies.introByHand':
    'Ce site ne reçoit pas de courriel : enregistrez ici, à la main, les réponses que les destinataires vous ont adressées (par courrier postal, par courriel, en main propre).',
  'ws.replies.waitingHeading': 'En attente de votre décision ({count, number})',
  'ws.replies.noneWaiting': 'Aucune réponse n’attend de décision.',
  'ws.replies.readOnly': 'Seuls les membres ayant le rôle « propriétaire » ou « rédaction » publient ou écartent les réponses.',
  'ws.replies.verified': 'Vérifiée par DKIM pour {domain}',
  'ws.replies.unverified':
    '{known, select, yes {Non vérifiée : envoyée depuis {domain} ; examinez-la avant de la publier.} other {Non vérifiée : le domaine de l’expéditeur est inconnu ; examinez-la avant de la publier.}}',
  'ws.replies.received': 'Reçue le',
  'ws.replies.subject': 'Objet',
  'ws.replies.noSubject': '(sans objet)',
  'ws.replies.readAll': 'Lire la réponse en entier ({count, plural, one {# caractère} many {# de caractères} other {# caractères}})',
  // review: KB rendered as Ko (kilo-octet), MB as Mo, as French writes them
  'ws.replies.document': 'Document {position, number} : {type}, {kb, number} Ko',
  'ws.replies.publish': 'Publier',
  'ws.replies.dismiss': 'Écarter',
  'ws.replies.recordHeading': 'Enregistrer une réponse',
  'ws.replies.recordIntro':
    'Une réponse qu’un destinataire vous a adressée autrement (par courrier postal, dans votre propre boîte de réception, en main propre) : son texte tel qu’il a été rédigé, et une numérisation ou le fichier correspondant, si vous en disposez.',
  // review: From (the addressee who replied) rendered as De la part de, epicene; the same in ws.fieldName
  'ws.replies.from': 'De la part de',
  'ws.replies.chooseAddressee': 'Choisir le destinataire',
  'ws.replies.dated': 'Date de la réponse',
  'ws.replies.text': 'Texte de la réponse',
  'ws.replies.textHint': '(tel qu’il a été rédigé ; texte brut)',
  'ws.replies.files': 'Documents joints',
  'ws.replies.filesHint': '(facultatif : PDF ou images, {max, plural, one {# fichier} many {# de fichiers} other {# fichiers}} au plus, 10 Mo chacun)',
  'ws.replies.recordPublic': 'L’enregistrer la publie aussitôt : à côté de la lettre, dans son registre public et dans le prochain PDF. Cette action est irréversible.',
  'ws.replies.record': 'Enregistrer et publier la réponse',
  'ws.replies.noAddressees': 'La lettre n’a pas encore de destinataires : ajoutez-les d’abord.',
  'ws.replies.publishedHeading': 'Publiées ({count, number})',
  'ws.replies.nonePublished': 'Aucune réponse n’est encore publiée.',
  'ws.replies.byHand': 'Enregistrée par un membre de l’équipe organisatrice',
  'ws.replies.byMailUnverified': 'Arrivée par courriel, non vérifiée par DKIM',
  'ws.replies.publishedOn': 'datée du {received}, publiée le {published}',
  'ws.replies.dismissedCount':
    '{count, plural, =0 {Aucune réponse n’a été écartée.} one {# réponse a été écartée (courriels indésirables, réponses automatiques) : elle n’est pas affichée.} many {# de réponses ont été écartées (courriels indésirables, réponses automatiques) : elles ne sont pas affichées.} other {# réponses ont été écartées (courriels indésirables, réponses automatiques) : elles ne sont pas affichées.}}',
  // The confirmations of publishing a reply that came by mail, and of setting one aside.
  'ws.replies.publishHeading': 'Publier la réponse de {who} ?',
  'ws.replies.confirmVerified': 'Elle est vérifiée par DKIM pour {domain} : le serveur de messagerie de ce domaine l’a signée.',
  'ws.replies.confirmUnverified':
    '{known, select, yes {Elle n’est pas vérifiée : elle a été envoyée depuis {domain}, et rien ne prouve qu’elle vienne du destinataire. Examinez-la avant de la publier.} other {Elle n’est pas vérifiée : rien ne prouve qu’elle vienne du destinataire. Examinez-la avant de la publier.}}',
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {Elle paraît à côté de la lettre, sur sa page publique, à la vue de tous.} one {Elle paraît à côté de la lettre, sur sa page publique, avec son document, à la vue de tous.} many {Elle paraît à côté de la lettre, sur sa page publique, avec ses # de documents, à la vue de tous.} other {Elle paraît à côté de la lettre, sur sa page publique, avec ses # documents, à la vue de tous.}}\nElle est consignée dans le registre public de la lettre et figure dans le prochain PDF de celle-ci.\nCette action est irréversible : une réponse publiée le reste.',
  'ws.replies.publishButton': 'Publier la réponse',
  'ws.replies.dismissHeading': 'Écarter la réponse de {who} ?',
  'ws.replies.dismissConsequences':
    'Elle n’est jamais affichée : ni à côté de la lettre, ni dans son registre, ni dans son PDF.\nÀ utiliser pour les courriels indésirables, les réponses automatiques ou les messages qui ne répondent pas à la lettre.\nElle ne pourra pas être publiée plus tard.',
  'ws.replies.dismissButton': 'L’écarter',
  // The settings: how long an addressee’s silence waits before it reads as « sans réponse ».
  'ws.replyWait.heading': 'Réponses',
  'ws.replyWait.intro':
    'La page de la lettre indique, pour chaque destinataire, s’il a répondu. Un destinataire qui n’a pas répondu ce nombre de jours après avoir reçu la lettre apparaît comme « sans réponse ».',
  'ws.replyWait.label': 'Nombre de jours après lesquels un destinataire apparaît comme « sans réponse »',
  'ws.replyWait.save': 'Enregistrer',
} satisfies WorkspaceCatalog;
