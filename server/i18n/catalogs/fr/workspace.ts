import type { WorkspaceCatalog } from '../en/site-type.js';

/** French: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: roles named by function (propriétaire, rédaction, modération, lecture) to stay epicene, like the site’s « équipe organisatrice »; a native speaker may prefer éditeur/modérateur/lecteur
  'ws.role': '{role, select, owner {propriétaire} editor {rédaction} moderator {modération} viewer {lecture} other {{role}}}',
  'ws.kind': '{kind, select, legislator {parlementaire} organization {organisation} individual {particulier} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {en attente} confirmed {confirmée} withdrawn {retirée} fraudulent {frauduleuse} other {{status}}}',
  // review: shadow (hidden from the public list without telling the signer) rendered as masquée
  'ws.moderation': '{state, select, none {aucune} pending {en attente} approved {approuvée} rejected {rejetée} shadow {masquée} other {{state}}}',
  'ws.verification': '{by, select, domain {domaine} invited {sur invitation} approved {approuvée} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {domaine} invited {sur invitation} approved {approuvée} other {{by}}} : {domain}',
  'ws.decision': '{decision, select, approve {approuver} reject {rejeter} shadow {masquer} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}} de {countries, plural, one {# pays} many {# de pays} other {# pays}}',
  'ws.stats.organizations': '{count, plural, one {# organisation} many {# d’organisations} other {# organisations}}',
  'ws.stats.individuals': '{count, plural, one {# particulier} many {# de particuliers} other {# particuliers}}',
  'ws.stats.none': 'Aucune signature pour l’instant',

  'ws.backToLetters': '← Vos lettres',
  'ws.signedInAs': 'Session ouverte avec l’adresse {email}.',

  // Erreur dans un formulaire, affichée à côté de celui-ci : le champ par son libellé, puis le problème (code et motif de l’erreur).
  'ws.fieldName':
    '{field, select, title {Titre} addressee {Destinataire} summary {Résumé} language {Langue} body {Texte} slug {Adresse web} closesAt {Date de clôture} email {Adresse électronique} role {Rôle} label {Libellé} origins {Sites autorisés} goal {Nombre de signatures à atteindre} csv {Liste} name {Nom} kind {Catégorie} country {Pays} parliament {Parlement} party {Parti} organization {Organisation} website {Site web} other {Ce champ}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field} : ce champ est obligatoire.} tooLong {{field} : ce texte est trop long.} email {{field} : ce n’est pas une adresse électronique.} website {{field} : ce n’est pas une adresse web.} noLink {{field} : les adresses web ne sont pas acceptées dans ce champ.} noLetter {{field} : ce champ doit contenir au moins une lettre ou un chiffre.} choose {{field} : veuillez choisir l’une des options proposées.} languageTag {{field} : ce n’est pas un code de langue (par exemple en, fr ou zh-Hant).} future {{field} : la date doit se situer dans le futur.} ownLanguage {{field} : c’est la langue d’origine de la lettre ; modifiez plutôt la lettre elle-même.} other {{field} : cette valeur n’est pas valide ; veuillez vérifier votre saisie.}}} KIND_NOT_ACCEPTED {Cette lettre n’est pas ouverte à la signature de cette catégorie de signataires.} DUPLICATE {La même adresse figure déjà plus haut dans cette liste.} INVALID_CSV {{reason, select, columns {Colonnes inconnues : {columns}. La première ligne indique le nom des colonnes, parmi : {expected}.} tooMany {Pas plus de {max, number} personnes invitées à la fois.} other {La liste n’a pas pu être lue au format CSV.}}} NOT_TAKING_SIGNATURES {Les invitations ne peuvent être envoyées que pendant la phase des premières signatures ou lorsque la lettre est ouverte.} LETTER_CLOSED {Cette lettre est close : les signatures en attente n’y seront donc pas ajoutées.} ALREADY_PUBLISHED {Seul un brouillon peut passer à la phase des premières signatures.} NOT_PUBLISHED {Cette lettre n’est pas encore publique : publiez-la d’abord.} SLUG_TAKEN {Une autre lettre utilise déjà cette adresse.} SLUG_FROZEN {Une lettre publiée conserve son adresse.} CLOSING_TIME_PASSED {Fixez une date de clôture située dans le futur avant d’ouvrir la lettre.} LAST_OWNER {Une lettre doit avoir au moins un propriétaire : attribuez d’abord ce rôle à quelqu’un d’autre.} ORGANIZER_NOT_FOUND {Aucun membre de l’équipe organisatrice de cette lettre n’a cette adresse.} SIGNATURE_NOT_FOUND {Cette signature n’existe plus.} other {Cette opération n’a pas pu être effectuée ({code}).}}',

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
  'ws.queue.sharedMail': '(messagerie partagée : n’importe qui peut y avoir accès)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {les signatures de parlementaires sont soumises à modération} organization {les signatures d’organisations sont soumises à modération} individual {les signatures de particuliers sont soumises à modération} other {{kind} : soumis à modération}}',
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
  'ws.col.when': 'Quand',
  'ws.col.who': 'Qui',
  'ws.col.what': 'Quoi',
  'ws.col.on': 'Objet',
  'ws.col.detail': 'Détail',
  'ws.col.result': 'Résultat',
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

  'ws.audit.heading': 'Journal d’audit',
  // review: operator (whoever runs this instance) rendered as exploitant du site
  'ws.audit.operator': 'exploitant du site',
  'ws.audit.readAddresses': 'consultation des adresses',
  'ws.audit.readDomains': 'consultation des domaines des adresses',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {exploitant du site : consultation des domaines des adresses} other {exploitant du site : consultation des adresses}}',

  'ws.note.draftSaved': 'Brouillon enregistré',
  'ws.note.saved': 'Modifications enregistrées',
  'ws.note.status':
    '{status, select, draft {La lettre est désormais à l’état de brouillon} founding {La lettre est désormais ouverte aux seules personnes invitées} open {La lettre est désormais ouverte à tout le monde} closed {La lettre est désormais close} other {La lettre est désormais à l’état : {status}}}',
  'ws.note.moderated': '{decision, select, approve {Signature approuvée} reject {Signature rejetée} shadow {Signature masquée} other {Signature : {decision}}}',
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
  'ws.mail.footer': 'Envoyé par Undersigned à un membre de l’équipe organisatrice d’une lettre ouverte.',
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
} satisfies WorkspaceCatalog;
