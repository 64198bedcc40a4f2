import type { SiteCatalog } from '../en/site-type.js';

/** French: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} et {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} et {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Aller au contenu',
  'site.footer': '{siteName} : lettres ouvertes, signées et vérifiées. Les adresses électroniques des signataires ne sont jamais publiées.',
  'site.languages': 'Langues',
  'site.backToLetter': 'Retour à la lettre',
  'site.backToStart': 'Retour à la page d’accueil',
  'site.choose': 'Choisir…',
  'site.optional': '(facultatif)',

  'home.title': 'Lettres ouvertes',
  'home.intro':
    'Lettres collectives signées par des parlementaires, des organisations et des particuliers. Chaque signature est confirmée par courriel ; les affiliations sont vérifiées lorsque c’est possible.',
  'home.to': 'Adressée à {addressee}',
  'home.none': 'Aucune lettre n’a encore été publiée.',

  'status.open': 'Ouverte aux signatures',
  'status.closed': 'Close',
  'status.closedOn': 'Close le {date}',
  'status.draft': 'Brouillon',

  // review: legislator rendered as parlementaire (epicene); individual as particulier; kind.choice follows the label Je signe en tant que
  'kind.plural': '{kind, select, legislator {Parlementaires} organization {Organisations} other {Particuliers}}',
  'kind.singular': '{kind, select, legislator {Parlementaire} organization {Organisation} other {Particulier}}',
  'kind.choice': '{kind, select, legislator {parlementaire} organization {organisation} other {particulier}}',

  'summary.legislators': '{legislators, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}} de {countries, plural, one {# pays} many {# de pays} other {# pays}}',
  'summary.organizations': '{n, plural, one {# organisation} many {# d’organisations} other {# organisations}}',
  'summary.individuals': '{n, plural, one {# particulier} many {# de particuliers} other {# particuliers}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  'goal.progress':
    '{current, number} sur {kind, select, legislator {{goal, plural, one {# parlementaire} many {# de parlementaires} other {# parlementaires}}} organization {{goal, plural, one {# organisation} many {# d’organisations} other {# organisations}}} individual {{goal, plural, one {# particulier} many {# de particuliers} other {# particuliers}}} other {{goal, plural, one {# signature} many {# de signatures} other {# signatures}}}}',
  'summary.none': 'Aucune signature pour l’instant',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Aucune signature pour l’instant} one {<strong>#</strong> signature} many {<strong>#</strong> de signatures} other {<strong>#</strong> signatures}}',

  'letter.to': 'Destinataire : {addressee}',
  'letter.published': 'Publiée le {date}',
  'letter.publishedUntil': 'Publiée le {date} · signatures jusqu’au {until}',
  'letter.outdated': 'Cette traduction suit la version {basedOn} du texte, qui a été modifié depuis (il en est à la version {current}) ; seul l’original fait foi.',
  'letter.untranslated': 'Cette lettre n’a pas été traduite en {language} : son texte est affiché dans sa langue originale.',
  'letter.downloadPdf': 'Télécharger en PDF',
  'letter.downloadCsv': 'Signataires au format CSV',
  'letter.textLanguages': 'Le texte dans d’autres langues',

  'signatories.heading': 'Signataires',
  'signatories.founding': 'Premiers signataires',
  'signatories.others': 'Signataires',
  'signatories.pages': 'Pages des signataires',
  'signatories.previous': 'Page précédente',
  'signatories.next': 'Page suivante',
  'signatories.page': 'Page {page, number} sur {pages, number}',
  'signatories.identification': 'Les titres et affiliations ne sont indiqués qu’à titre d’identification.',
  'signatories.unlisted': 'Signatures comptées sans nom publié, à la demande des personnes concernées : {n, number}.',
  'signatories.withheldUntil':
    'Les noms seront publiés ensemble le {date} ; d’ici là, les signataires sont seulement comptés ({n, plural, one {# nom à venir} many {# de noms à venir} other {# noms à venir}}).',
  'signatories.withheldThreshold':
    'Afin que personne ne soit le seul signataire visible de son pays, les noms d’un pays sont publiés dès que {k, plural, one {# personne de ce pays a signé} many {# de personnes de ce pays ont signé} other {# personnes de ce pays ont signé}}. Signatures déjà comptées dont les noms ne sont pas encore publiés : {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Les nouvelles signatures rejoignent cette liste par lots, {unit, select, second {{n, plural, one {chaque seconde} many {toutes les # de secondes} other {toutes les # secondes}}} minute {{n, plural, one {chaque minute} many {toutes les # de minutes} other {toutes les # minutes}}} other {{n, plural, one {chaque heure} many {toutes les # d’heures} other {toutes les # heures}}}}, afin que la liste ne révèle pas le moment où chacun a signé.',
  'signatories.history': '<history>Ce texte a été modifié depuis les premières signatures : consultez son historique.</history>',
  'signatories.earlierVersion': '(version {version} signée)',
  'signatories.verified': '✓ vérifié',
  'signatories.verifiedDomain': '✓ vérifié : écrit depuis @{domain}',
  'signatories.verifiedHow':
    '{how, select, domain {vérifié : écrit depuis le domaine de messagerie de l’institution} invited {vérifié : invité par l’équipe organisatrice} other {vérifié : approuvé par l’équipe organisatrice}}',

  // review: ledger = registre, head = état du registre (signed tree head), hash = empreinte, witness = témoin; check the technical vocabulary
  'ledger.note':
    'Chaque signature qui entre dans cette liste ou en sort est consignée dans un registre où toute altération serait décelable : {n, plural, one {# entrée} many {# d’entrées} other {# entrées}}, dont la dernière est <code>{head}</code>, sous un état du registre que ce site a <checkpoint>signé</checkpoint> avec sa <key>clé publiée</key>.',
  'ledger.witnessed':
    '{count, plural, one {# témoin indépendant a vérifié qu’il n’a fait que s’allonger et a contresigné} many {# de témoins indépendants ont vérifié qu’il n’a fait que s’allonger et ont contresigné} other {# témoins indépendants ont vérifié qu’il n’a fait que s’allonger et ont contresigné}} {size, plural, one {sa première entrée} many {ses # de premières entrées} other {ses # premières entrées}} (la dernière fois le {date}).',
  'ledger.unwitnessed': 'Aucun témoin indépendant ne l’a encore contresigné.',
  'ledger.check': '<ledger>Consultez le registre</ledger>, ou vérifiez-le vous-même avec le <verifier>vérificateur</verifier> :',
  'ledger.short': 'Chaque signature qui entre dans cette liste ou en sort est consignée dans un registre où toute altération serait décelable : <verify>vérifiez cette liste</verify>.',

  // Les images des signatures (letters/pictures.ts) : titres, et les textes qui décrivent ce que chacune montre.
  'pictures.timelineHeading': 'Évolution des signatures',
  'pictures.timelineAlt':
    'Graphique de l’évolution des signatures : {total, plural, one {# signature} many {# de signatures} other {# signatures}} du {from} au {to}, le plus grand nombre le {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Où se trouvent les signataires',
  'pictures.mapAlt':
    'Carte du monde : des signataires dans {countries, plural, one {# pays} many {# de pays} other {# pays}}, des parlementaires dans {legislatorCountries, plural, one {# pays} many {# de pays} other {# pays}}.',
  'pictures.legendLegislators': 'Parlementaires',
  'pictures.legendSignatories': 'Autres signataires',
  'pictures.byCountry': 'Signataires par pays',
  'pictures.countryLine':
    '{country} : {n, plural, one {# signataire} many {# de signataires} other {# signataires}}{legislators, plural, =0 {} one {, dont # parlementaire} many {, dont # de parlementaires} other {, dont # parlementaires}}',

  'verify.title': 'Vérifier les signataires : {title}',
  'verify.heading': 'Vérifier la liste des signataires',

  'sign.heading': 'Signer cette lettre',
  'sign.honeypot': 'Laissez ce champ vide',
  'sign.warningHeading': 'Avant que nous envoyions votre confirmation',
  'sign.otherAddress': '<other>Utilisez une autre adresse</other> : modifiez-la ci-dessous, puis signez. Rien n’a encore été envoyé.',
  'sign.countedOnly': 'Signer sans que mon nom figure sur la liste (signature seulement comptée)',
  'sign.countedOnlyHint': '— la confirmation est tout de même envoyée à cette adresse',
  'sign.continue': 'Continuer avec cette adresse',
  'sign.as': 'Je signe en tant que',
  'sign.name': 'Nom',
  'sign.nameHint': '(pour une organisation : la personne qui la représente)',
  'sign.email': 'Adresse électronique',
  'sign.emailHint': '(jamais publiée ; votre lien de confirmation y sera envoyé)',
  'sign.country': 'Pays',
  'sign.title': 'Fonction',
  'sign.titleHint': '(par exemple : membre du Parlement, sénatrice, sénateur)',
  'sign.parliament': 'Parlement',
  'sign.party': 'Parti',
  'sign.organization': 'Organisation',
  'sign.role': 'Votre rôle au sein de l’organisation',
  'sign.website': 'Site web',
  'sign.websiteHint': '(si votre adresse électronique relève de ce domaine, la signature est marquée comme vérifiée)',
  'sign.display': 'Affichage sur la liste publique',
  'sign.displayChoice': '{display, select, full {mon nom complet} initials {mes initiales seulement} other {rien : compter ma signature, sans me nommer}}',
  'sign.submit': 'Signer',
  'sign.risky':
    '{jurisdiction, select, none {Votre fournisseur de messagerie, {provider}, fait partie de ceux contre lesquels l’équipe organisatrice de cette lettre met en garde : les autorités d’un État concerné par cette lettre pourraient être en mesure de lire vos courriels.} other {Votre fournisseur de messagerie, {provider}, relève du droit d’un État dont les autorités peuvent lire vos courriels : {state}. {chosen, select, yes {Or cette lettre concerne cet État.} other {Si cette lettre concerne cet État, la confirmation que nous vous enverrions apprendrait à ses autorités que vous l’avez signée.}}}}',
  'sign.riskyChoices': 'Vous pouvez utiliser une autre adresse, signer sans que votre nom figure sur la liste (signature seulement comptée), ou continuer malgré tout.',
  'sign.fieldName':
    '{field, select, name {Nom} email {Adresse électronique} country {Pays} kind {Je signe en tant que} title {Fonction} parliament {Parlement} party {Parti} organization {Organisation} role {Votre rôle au sein de l’organisation} website {Site web} display {Affichage sur la liste publique} other {Ce champ}}',
  'sign.error':
    '{reason, select, required {{field} : ce champ est obligatoire.} requiredForKind {{field} : ce champ est obligatoire pour signer en tant que {kind, select, legislator {parlementaire} organization {organisation} other {particulier}}.} tooLong {{field} : ce texte est trop long.} kindNotAccepted {Cette lettre n’est pas ouverte à la signature {kind, select, legislator {des parlementaires} organization {des organisations} other {des particuliers}}.} email {{field} : ce n’est pas une adresse électronique à laquelle nous pouvons écrire.} website {{field} : ce n’est pas une adresse web (par exemple https://example.org).} noLink {{field} : les adresses web ne sont pas acceptées dans ce champ.} noLetter {{field} : ce champ doit contenir au moins une lettre ou un chiffre.} choose {{field} : veuillez choisir l’une des options proposées.} other {{field} : cette valeur n’est pas valide ; veuillez vérifier votre saisie.}}',
  'sign.errorsHeading': '{n, plural, one {Votre saisie comporte une erreur} many {Votre saisie comporte # d’erreurs} other {Votre saisie comporte # erreurs}}',

  'check.title': 'Consultez votre messagerie',
  'check.sent': 'Nous avons envoyé un message à l’adresse indiquée. Votre signature sera comptée dès que vous aurez ouvert le lien qu’il contient et confirmé.',
  'check.nothing': 'Rien reçu ? Vérifiez le dossier des courriels indésirables, ou signez à nouveau pour que le message vous soit renvoyé.',

  'shown.list': 'Sur la liste publique',
  'shown.notListed': '<strong>Absent de la liste</strong> : signature comptée, mais nom non publié',
  'shown.kind': 'Signature en tant que',
  'shown.country': 'Pays',
  'shown.display': 'Affichage',
  'shown.displayChoice': '{display, select, full {votre nom complet} initials {vos initiales seulement} other {absent de la liste : signature comptée, mais nom non publié}}',

  'confirm.title': 'Confirmez votre signature',
  'confirm.closedHeading': 'Cette lettre est close',
  'confirm.closed': 'La lettre <letter>{title}</letter> a été close le {date}, avant votre confirmation ; votre signature n’a donc pas été ajoutée.',
  'confirm.alreadyHeading': 'Cette adresse a déjà signé',
  'confirm.already':
    'Une signature de cette adresse sur <letter>{title}</letter> a été confirmée avec d’autres informations, qui restent valables. Ce lien ne peut pas les modifier : pour signer autrement, retirez cette signature (avec le lien figurant dans le courriel correspondant) et signez à nouveau.',
  'confirm.withdrawnHeading': 'Cette signature a été retirée',
  'confirm.withdrawn': 'Signez à nouveau <letter>{title}</letter> pour la rétablir.',
  'confirm.doneHeading': 'Votre signature est confirmée',
  'confirm.heading': 'Confirmez votre signature',
  'confirm.doneIntro': 'Sur <letter>{title}</letter>, elle se présente ainsi :',
  'confirm.intro': 'Sur <letter>{title}</letter>, la confirmation publiera ceci :',
  'confirm.careful': 'Si ces informations ne sont pas celles que vous avez fournies, ne confirmez pas : rien n’est publié sans ce bouton.',
  'confirm.submit': 'Confirmer ma signature',

  'confirmed.title': 'Signature confirmée',
  'confirmed.heading': 'Merci : votre signature est confirmée',
  'confirmed.withheld':
    'Elle est désormais comptée. Votre nom figurera sur la liste dès que suffisamment de signataires de votre pays auront signé, ou au lancement de la lettre : d’ici là, personne n’est le seul signataire visible d’un pays.',
  'confirmed.published': 'Elle est désormais comptée et figure sur la lettre comme vous l’avez choisi.',
  'confirmed.receipt': 'Votre reçu : entrée <strong>{position, number}</strong> du registre de la lettre, empreinte <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Votre reçu : entrée <strong>{position, number}</strong> du registre de la lettre, empreinte <code>{hash}</code>, comprise dans l’état du registre à {size, plural, one {# entrée} many {# d’entrées} other {# entrées}} signé par ce site.',
  'confirmed.keep': 'Conservez-le : grâce à lui, chacun peut vérifier que votre signature a été enregistrée, que personne n’a réécrit la liste depuis, et si vous y figurez toujours.',
  'confirmed.check': 'Pour le vérifier (<how>comment faire</how>) :',
  'confirmed.batched':
    'Elle apparaîtra sur la lettre avec le prochain lot de signatures. Les nouvelles signatures sont publiées ensemble, quelques-unes à la fois, afin que personne ne puisse savoir, en observant la liste, à quel moment vous avez signé.',
  'confirmed.batchedReceipt': 'Votre reçu du registre de la lettre figurera ensuite sur la page qu’ouvre votre lien de retrait (dans le courriel que vous avez reçu).',
  'confirmed.held': 'Elle apparaîtra sur la lettre une fois vérifiée par l’équipe organisatrice ; le registre de la lettre l’enregistrera alors.',
  'confirmed.see': 'Voir la lettre et ses signataires',

  'withdraw.title': 'Retirer votre signature',
  'withdraw.doneHeading': 'Votre signature est retirée',
  'withdraw.heading': 'Retirer votre signature',
  'withdraw.from': 'Signature sur <letter>{title}</letter> : <strong>{name}</strong>.',
  'withdraw.effect': 'Une fois retirée, elle disparaît de la liste publique, des décomptes et de tous les téléchargements.',
  'withdraw.submit': 'Retirer ma signature',
  'withdraw.storedHeading': 'Les données que nous conservons à votre sujet',
  'withdraw.name': 'Nom',
  'withdraw.titleField': 'Fonction',
  'withdraw.parliament': 'Parlement',
  'withdraw.party': 'Parti',
  'withdraw.organization': 'Organisation',
  'withdraw.website': 'Site web',
  'withdraw.country': 'Pays',
  'withdraw.email': 'Adresse électronique',
  'withdraw.emailStored': '{email} (chiffrée ; jamais publiée)',
  'withdraw.erased': 'effacé',
  'withdraw.shownAs': 'Affichage',
  'withdraw.signed': 'Signature',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed} ; confirmée le {confirmed}',
  'withdraw.publicList': 'Liste publique',
  'withdraw.publication':
    '{state, select, held {absente de la liste : en attente de vérification par l’équipe organisatrice} batched {confirmée ; elle rejoindra la liste avec le prochain lot de signatures (publiées ensemble, afin que personne ne puisse savoir quand vous avez signé)} published {sur la liste} other {comptée ; votre nom figurera sur la liste dès que suffisamment de signataires de votre pays auront signé, ou au lancement de la lettre}}',
  'withdraw.receipt': 'Reçu du registre',
  'withdraw.receiptText': 'entrée {position, number}, empreinte <code>{hash}</code>. Pour vérifier à tout moment que vous figurez toujours sur la liste (et, sinon, qui vous en a retiré) :',
  'withdraw.invitation': 'Invitation reçue',
  'withdraw.invitationText':
    '{accepted, select, yes {l’équipe organisatrice a invité {email} (adresse chiffrée) le {date}, et vous avez signé au moyen de cette invitation, avec : {details}.} other {l’équipe organisatrice a invité {email} (adresse chiffrée) le {date}, avec : {details}.}} Le retrait ou l’effacement met fin à l’invitation et efface également ces données.',
  'withdraw.network': 'Adresse réseau',
  'withdraw.networkFingerprint': 'non conservée ; seule une empreinte à clé en est gardée, pour détecter les afflux de fausses signatures',
  'withdraw.networkNone': 'non conservée',
  'withdraw.eraseText': 'Vous pouvez tout effacer, dès maintenant : la signature disparaît de la liste et des décomptes, et rien n’est conservé à votre sujet.',
  'withdraw.erase': 'Effacer toutes mes données',

  'withdrawn.title': 'Signature retirée',
  'withdrawn.heading': 'Votre signature est retirée',
  'withdrawn.effect': 'Elle n’apparaît plus sur la lettre et n’est plus comptée.',
  'withdrawn.proof':
    'Le registre de la lettre consigne le retrait avec une preuve établie à partir de votre lien de retrait, que personne d’autre ne détient : avec votre reçu et ce lien, le vérificateur montre que le retrait venait bien de vous (<code>--receipt POSITION:HASH --token YOUR_LINK</code>), et qu’un retrait consigné par quelqu’un d’autre ne venait pas de vous.',

  'erased.title': 'Données effacées',
  'erased.heading': 'Données effacées',
  'erased.text': 'Votre signature et toutes les données conservées avec elle ont été supprimées.',

  'reconsent.title': 'La lettre a été modifiée',
  'reconsent.doneHeading': 'Vous avez donné votre accord au texte actuel',
  'reconsent.heading': 'La lettre que vous avez signée a été modifiée',
  'reconsent.versions': '<letter>{title}</letter> : vous avez signé la version {signed, number} ; le texte en est maintenant à la version {current, number}.',
  'reconsent.version': 'Version n° {version, number}',
  'reconsent.editorial': 'Version n° {version, number} (correction rédactionnelle)',
  'reconsent.submit': 'Je signe le nouveau texte',
  'reconsent.otherwise': 'Sinon, votre signature reste sur la liste telle que donnée à la version {signed, number}.',
  'reconsented.title': 'Merci',
  'reconsented.heading': 'Merci : vous avez signé la version {version, number}',
  'reconsented.receipt': 'Votre nouveau reçu : entrée <strong>{position, number}</strong> du registre de la lettre, empreinte <code>{hash}</code>.',
  'reconsented.check': 'Pour le vérifier :',

  'diff.field': '{field, select, title {Titre} addressee {Destinataire} summary {Résumé} body {Texte} language {Langue} other {{field}}}',

  'embed.signatories': '{n, plural, one {signataire} other {signataires}}',
  'embed.readAndSign': 'Lire et signer',
  'embed.read': 'Lire la lettre',

  'invitation.founding': 'Premières signatures : sur invitation',
  'invitation.badge': 'Invitation à signer',
  'invitation.usedHeading': 'Cette invitation a déjà été utilisée',
  'invitation.used':
    'Elle a servi à signer cette lettre, et une invitation ne permet de signer qu’une seule fois : la signature donnée par son intermédiaire reste telle quelle. Ce lien ne permet plus aucune action.',
  'invitation.signAs': 'Signer en tant que {name}',
  'invitation.hint':
    'L’équipe organisatrice a invité cette adresse ; signer ici ne nécessite aucune autre confirmation, et votre signature est marquée comme vérifiée. Corrigez toute information inexacte.',
  'invitation.submit': 'Signer la lettre',
  'invitation.closedOn': 'Cette lettre a été close le {date} et n’accepte plus de signatures.',
  'invitation.notOpen': 'Cette lettre n’accepte pas de signatures.',

  'error.heading':
    '{status, number} · {status, select, 400 {Requête incorrecte} 403 {Accès interdit} 404 {Page introuvable} 405 {Méthode non autorisée} 409 {Conflit} 410 {Ressource supprimée} 413 {Contenu trop volumineux} 415 {Type non pris en charge} 429 {Trop de requêtes} 503 {Service indisponible} other {Erreur}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Cette lettre n’existe pas ou n’est pas publique.} NOT_FOUND {Il n’y a rien à cette adresse.} TOKEN_UNKNOWN {Ce lien n’est pas valide. Vérifiez qu’il a été copié en entier depuis le courriel.} TOKEN_EXPIRED {Ce lien a expiré. Signez à nouveau la lettre pour en recevoir un nouveau.} LETTER_CLOSED {Cette lettre est close et n’accepte plus de signatures.} ALREADY_SIGNED {Cette adresse a déjà signé cette lettre, avec d’autres informations, qui restent valables. Pour les modifier, retirez cette signature et signez à nouveau.} SIGNATURE_WITHDRAWN {Cette signature a été retirée ; signez à nouveau la lettre pour la rétablir.} SIGNATURE_NOT_ACTIVE {Cette signature n’est pas active ; signez plutôt à nouveau la lettre.} RATE_LIMITED {Trop de tentatives depuis cet emplacement : veuillez patienter un peu et réessayer.} CROSS_ORIGIN {Ce formulaire a été envoyé depuis un autre site ; il a donc été refusé. Ouvrez à nouveau la page et envoyez-le depuis celle-ci.} DATABASE_UNAVAILABLE {Le service n’est pas disponible pour le moment ; veuillez réessayer dans quelques instants.} INTERNAL_ERROR {Une erreur s’est produite de notre côté ; elle a été consignée.} other {La requête n’a pas pu aboutir ({code}).}}',

  'mail.footerSigner':
    'Envoyé par {siteName}, car cette adresse a été indiquée pour signer une lettre ouverte. Votre adresse électronique n’est jamais publiée. Si vous n’en êtes pas à l’origine, ignorez ce message, ou retirez la signature avec le lien ci-dessus.',
  'mail.footerSigned': 'Envoyé par {siteName}, car cette adresse a été indiquée pour signer une lettre ouverte. Votre adresse électronique n’est jamais publiée.',
  'mail.footerReconsent': 'Envoyé par {siteName}, car vous avez signé cette lettre. Votre adresse électronique n’est jamais publiée.',
  'mail.orOpen': 'Ou ouvrez ce lien :',
  'mail.readLetter': 'Lire la lettre',
  'mail.theLetter': 'La lettre : {url}',

  'mail.confirm.subject': 'Confirmez votre signature : {title}',
  'mail.confirm.thanks': 'Merci d’avoir signé la lettre <strong>{title}</strong>, adressée à {addressee}.',
  'mail.confirm.counts': 'Votre signature sera comptée dès que vous aurez confirmé que cette adresse est bien la vôtre. La confirmation publiera ceci :',
  'mail.confirm.careful': 'Si ces informations ne sont pas celles que vous avez fournies, ne confirmez pas : rien n’est publié sans ce lien.',
  'mail.confirm.button': 'Confirmer ma signature',
  'mail.confirm.valid': 'Ce lien est valable 7 jours.',
  'mail.confirm.openToConfirm': 'Pour confirmer, ouvrez ce lien (valable 7 jours) :',
  'mail.confirm.changedMind': 'Vous avez changé d’avis ? <withdraw>Retirez votre signature</withdraw>, maintenant ou plus tard.',
  'mail.confirm.changedMindText': 'Vous avez changé d’avis ? Retirez votre signature, maintenant ou plus tard :',

  'mail.already.subject': 'Vous avez déjà signé : {title}',
  'mail.already.again': 'Quelqu’un, probablement vous, a tenté de signer à nouveau <strong>{title}</strong> avec cette adresse.',
  'mail.already.stands': 'Vous l’avez déjà signée, et votre signature reste valable ; rien n’a changé.',
  'mail.already.withdraw': 'Pour reprendre votre signature : <withdraw>retirez-la</withdraw>.',
  'mail.already.withdrawText': 'Pour reprendre votre signature, ouvrez :',

  'mail.reconsent.subject': 'La lettre que vous avez signée a été modifiée : {title}',
  'mail.reconsent.changed':
    'L’équipe organisatrice de <strong>{title}</strong> a modifié son texte depuis que vous avez signé la version {from, number} : il en est maintenant à la version {to, number}.',
  'mail.reconsent.shown': 'Votre signature apparaît comme donnée au texte antérieur jusqu’à ce que vous donniez votre accord au nouveau.',
  'mail.reconsent.see': '<versions>Voyez précisément ce qui a changé</versions>.',
  'mail.reconsent.seeText': 'Voyez précisément ce qui a changé :',
  'mail.reconsent.button': 'Examiner et signer le nouveau texte',
  'mail.reconsent.withdraw': 'Si vous ne soutenez plus cette lettre, <withdraw>retirez votre signature</withdraw>.',
  'mail.reconsent.withdrawText': 'Si vous ne soutenez plus cette lettre, retirez votre signature :',

  'mail.invitation.subject': 'Invitation à signer : {title}',
  // review: gender-neutral greeting with the name; Madame, Monsieur would drop the name
  'mail.invitation.dear': 'Bonjour {name},',
  'mail.invitation.invited':
    '{founding, select, yes {Nous vous invitons à signer <strong>{title}</strong>, lettre ouverte adressée à {addressee}, parmi ses premiers signataires, avant qu’elle ne soit ouverte au public.} other {Nous vous invitons à signer <strong>{title}</strong>, lettre ouverte adressée à {addressee}.}}',
  'mail.invitation.button': 'Lire la lettre et signer',
  'mail.invitation.personal': 'Ce lien vous est personnel et valable 30 jours. Signer par son intermédiaire ne nécessite aucune autre confirmation, et votre signature est marquée comme vérifiée.',

  'mail.delivery.to': 'À l’attention de {name},',
  'mail.delivery.attached': 'La lettre et la liste complète de ses signataires ({summary}) sont jointes au format PDF et publiées à l’adresse {url}.',

  'pdf.signatories': 'Signataires',
  'pdf.legend':
    '✓ vérifié : la personne signataire a écrit depuis le domaine de messagerie de l’institution (indiqué : « écrit depuis @domain »), a été invitée par l’équipe organisatrice, ou approuvée par celle-ci. Chaque signataire a confirmé sa signature par courriel. Les titres et affiliations ne sont indiqués qu’à titre d’identification.',
  'pdf.unlisted':
    '{n, plural, one {# signature supplémentaire est comptée sans nom publié, à la demande de la personne concernée.} many {# de signatures supplémentaires sont comptées sans nom publié, à la demande des personnes concernées.} other {# signatures supplémentaires sont comptées sans nom publié, à la demande des personnes concernées.}}',
  'pdf.withheld':
    '{n, plural, one {# autre signature est comptée sans que le nom correspondant soit encore publié, pour la sécurité de la personne concernée} many {# d’autres signatures sont comptées sans que les noms correspondants soient encore publiés, pour la sécurité des personnes concernées} other {# autres signatures sont comptées sans que les noms correspondants soient encore publiés, pour la sécurité des personnes concernées}} (la lettre publie les noms d’un pays dès que suffisamment de personnes de ce pays ont signé, ou tous les noms à son lancement).',
  'pdf.version': '{url} · version {version, number} du texte · généré le {date}',
  'pdf.ledger':
    'Registre des signataires : {n, plural, one {# entrée} many {# d’entrées} other {# entrées}}, état <code>{head}</code>, racine de Merkle <code>{root}</code>, signé avec la clé de l’instance <code>{key}</code>.',
  'pdf.witnessed':
    '{count, plural, one {# témoin a contresigné} many {# de témoins ont contresigné} other {# témoins ont contresigné}} {size, plural, one {sa première entrée} many {ses # de premières entrées} other {ses # premières entrées}}.',
  'pdf.check': 'Chacun peut vérifier que la liste n’a changé depuis que par des événements enregistrés :',
  'pdf.page': '{title} · page {page} sur {pages}',
  'pdf.translationOf': 'Traduction ({language}) de l’original en {original} ; seul l’original fait foi.',
  'pdf.original': 'Texte original',
  'pdf.translation': 'Traduction',

  // Issue 20: the workspace's pages.
  'home.organizers': 'Vous organisez une lettre ?',
  'home.signIn': 'Connectez-vous à votre espace de travail',
  'mail.footer.invitation':
    'Vous recevez ce message parce que cette adresse a été invitée à signer la lettre par {named, select, yes {{organizers}} other {l’équipe organisatrice de « {title} »}}, par l’intermédiaire de {siteName}. Rien n’est signé si vous ne signez pas vous-même ; votre adresse électronique n’est jamais publiée.',
  'mail.footer.delivery':
    'Vous recevez ce message parce que cette adresse fait partie des destinataires de la lettre ouverte « {title} », envoyée par l’intermédiaire de {siteName} par {named, select, yes {{organizers}} other {l’équipe organisatrice de « {title} »}} au nom de ses signataires. Sa page publique nomme les destinataires, sans jamais indiquer leur adresse.',
  'mail.rejected.subject': 'Votre signature n’a pas été acceptée : {title}',
  'mail.rejected.decided': 'L’équipe organisatrice de <strong>{title}</strong> a examiné votre signature, au nom de {name}, et ne l’a pas acceptée.',
  'mail.rejected.effect': 'Elle n’apparaît pas sur la liste de la lettre et n’est pas comptée.',
  'mail.rejected.data': 'Les données conservées au sujet de votre signature, et la façon de les effacer : <withdraw>la page de votre signature</withdraw>.',
  'mail.rejected.dataText': 'Les données conservées au sujet de votre signature, et la façon de les effacer :',
  'mail.invitation.from': '{named, select, yes {Cette invitation vous est adressée par {organizers}.} other {Cette invitation vous est adressée par l’équipe organisatrice de la lettre.}}',
  'mail.delivery.from':
    '{named, select, yes {Cette lettre vous est adressée par {organizers}, au nom de ses signataires.} other {Cette lettre vous est adressée par son équipe organisatrice, au nom de ses signataires.}}',

  // Issue 20: the workspace's pages.
  'sign.news': 'Envoyez-moi des nouvelles de cette lettre (au plus {n, plural, one {une fois} many {# de fois} other {# fois}} par mois)',
  'sign.newsHint': 'Facultatif. Chaque message contient un lien pour ne plus en recevoir ; votre signature est maintenue.',
  'mail.update.subject': 'Nouvelles de « {title} » : {update}',
  'mail.update.news': 'Des nouvelles de l’équipe organisatrice de <strong>{title}</strong>, lettre que vous avez signée :',
  'mail.update.unsubscribe':
    'Vous recevez au plus {n, plural, one {un message de ce type} many {# de messages de ce type} other {# messages de ce type}} par mois. <unsubscribe>Désabonnez-vous</unsubscribe> en un clic ; votre signature est maintenue.',
  'mail.update.unsubscribeText':
    'Vous recevez au plus {n, plural, one {un message de ce type} many {# de messages de ce type} other {# messages de ce type}} par mois. Pour vous désabonner (votre signature est maintenue), ouvrez :',
  'mail.footer.update':
    'Vous recevez ce message parce que vous avez demandé à recevoir des nouvelles de « {title} » en signant cette lettre, par l’intermédiaire de {siteName}. Votre adresse électronique n’est jamais publiée.',
  'unsubscribe.title': 'Nouvelles de cette lettre',
  'unsubscribe.heading': 'Ne plus recevoir de nouvelles de cette lettre ?',
  'unsubscribe.doneHeading': 'Vous ne recevrez plus de nouvelles de cette lettre',
  'unsubscribe.about': 'L’équipe organisatrice de <letter>{title}</letter> envoie des nouvelles de la lettre aux signataires qui en ont fait la demande.',
  'unsubscribe.effect': 'Vous n’en recevrez plus. Votre signature reste sur la lettre, telle quelle.',
  'unsubscribe.done': 'Vous ne recevrez plus de nouvelles de <letter>{title}</letter>. Votre signature reste sur la lettre, telle quelle.',
  'unsubscribe.submit': 'Me désabonner',
  'updates.heading': 'Nouvelles de l’équipe organisatrice',
  // review: an update rendered as une actualité (feminine), hence Envoyée; the news as des nouvelles; the workspace section as Actualités
  'updates.sent': 'Envoyée le {date}',
  'withdraw.news': 'Nouvelles de la lettre',
  'withdraw.newsState': '{news, select, yes {vous les avez demandées : elles sont envoyées à votre adresse jusqu’à ce que vous vous désabonniez ou retiriez votre signature} other {aucune}}',

  // The letter page’s addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Destinataires',
  'addressees.intro':
    'La lettre a été envoyée par courriel à chacun de ces destinataires. Seuls leurs noms figurent ici, jamais leurs adresses ; tout destinataire qui n’a pas répondu dans un délai de {days, plural, one {# jour} many {# de jours} other {# jours}} après l’envoi apparaît comme « sans réponse ».',
  'addressees.ungrouped': 'Autres destinataires',
  'addressees.summary': '{hasGroup, select, yes {{group} : {counts}} other {{counts}}}',
  // review: counted as letters (lettre envoyée / non distribuée) so that the participle agrees whatever the addressees’ gender; bounced rendered as non distribuée (the mail came back undelivered)
  'addressees.count':
    '{state, select, replied {{n, plural, one {# a répondu} many {# ont répondu} other {# ont répondu}}} bounced {{n, plural, one {# lettre non distribuée} many {# de lettres non distribuées} other {# lettres non distribuées}}} noReply {{n, number} sans réponse après {days, plural, one {# jour} many {# de jours} other {# jours}}} sent {{n, plural, one {# lettre envoyée} many {# de lettres envoyées} other {# lettres envoyées}}} awaiting {{n, number} en attente de réponse} other {{n, number} en cours d’envoi}}',
  'addressees.col.name': 'Nom',
  'addressees.col.state': 'État',
  'addressees.state':
    '{state, select, replied {<reply>A répondu le {date}</reply>} bounced {Lettre non distribuée} noReply {Sans réponse après {days, plural, one {# jour} many {# de jours} other {# jours}}} sent {Envoyée le {date}} other {En cours d’envoi}}',
  // The addressees’ published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Réponses',
  'replies.received': 'Reçue le {date}',
  'replies.mark': '{mark, select, dkim {Vérifiée par DKIM pour {domain}} organizer {Enregistrée par l’équipe organisatrice} other {Reçue par courriel, non vérifiée}}',
  'replies.documents': '{n, plural, one {# document} many {# de documents} other {# documents}}',
  'replies.read': 'Lire la réponse',
  'reply.title': 'Réponse de {addressee} · {title}',
  'reply.heading': 'Réponse de {addressee}',
  'reply.inAnswer': 'En réponse à la lettre ouverte <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {Le message a été signé par les serveurs de messagerie de {domain} (DKIM), et ce domaine correspond à l’adresse du destinataire : il provient de son système de messagerie, sans altération.} organizer {L’équipe organisatrice a reçu cette réponse autrement que par un courriel adressé à ce site (par courrier postal, par exemple) et l’a enregistrée telle qu’elle a été rédigée.} other {Le message est arrivé par courriel sans signature valide du domaine du destinataire : son expéditeur n’a pas pu être vérifié.}}',
  // review: « Documents » alone would be the English word, which the test refuses
  'reply.documents': 'Documents joints',
  'reply.document': 'Document {position, number} : {type}, {size}',
  'reply.ledger':
    'Cette réponse est consignée dans le registre public de la lettre, où toute altération serait décelable, avec les empreintes (SHA-256) de son texte et de ses documents : <verify>comment vérifier le registre</verify>.',
  'pdf.replies': 'Réponses',
  'pdf.replyUrl': 'En ligne : {url}',
} satisfies SiteCatalog;
