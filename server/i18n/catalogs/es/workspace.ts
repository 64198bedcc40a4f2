import type { WorkspaceCatalog } from '../en/site-type.js';

/** Spanish: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: viewer rendered as lector (read-only access)
  'ws.role': '{role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}}',
  'ws.kind': '{kind, select, legislator {legislador} organization {organización} individual {particular} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {pendiente} confirmed {confirmada} withdrawn {retirada} fraudulent {fraudulenta} other {{status}}}',
  // review: shadow (accepted in appearance for the signer, but kept off the public list) rendered as oculta
  'ws.moderation': '{state, select, none {ninguna} pending {pendiente} approved {aprobada} rejected {rechazada} shadow {oculta} other {{state}}}',
  'ws.verification': '{by, select, domain {dominio} invited {invitación} approved {aprobación} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {dominio} invited {invitación} approved {aprobación} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {aprobar} reject {rechazar} shadow {ocultar} other {{decision}}}',

  'ws.stats.legislators': '{count, plural, one {# legislador} other {# legisladores}} de {countries, plural, one {# país} other {# países}}',
  'ws.stats.organizations': '{count, plural, one {# organización} other {# organizaciones}}',
  'ws.stats.individuals': '{count, plural, one {# particular} other {# particulares}}',
  'ws.stats.none': 'Todavía no hay firmas',

  'ws.backToLetters': '← Sus cartas',
  'ws.signedInAs': 'Ha iniciado sesión como {email}.',

  // Un error en un formulario, junto al formulario: el campo por su etiqueta y, después, lo que está mal (según el código y el motivo del error).
  // review: slug rendered as Dirección (the letter’s web address, /slug), as in SLUG_TAKEN; no existing form label to match. label = the API token’s label, rendered Etiqueta as in ws.account.label (English uses Name)
  'ws.fieldName':
    '{field, select, title {Título} addressee {Dirigida a} summary {Resumen} language {Idioma} body {Texto} slug {Dirección} closesAt {Fecha de cierre} email {Correo electrónico} role {Función} label {Etiqueta} origins {Sitios} goal {Número de firmas que alcanzar} csv {Lista} name {Nombre} kind {Tipo} country {País} parliament {Parlamento} party {Partido} organization {Organización} website {Sitio web} other {Este campo}}',
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: este campo es obligatorio.} tooLong {{field}: el texto es demasiado largo.} email {{field}: no es una dirección de correo electrónico.} website {{field}: no es una dirección web.} noLink {{field}: aquí no se admiten direcciones web.} noLetter {{field}: debe contener al menos una letra o una cifra.} choose {{field}: elija una de las opciones.} languageTag {{field}: no es un código de idioma (por ejemplo, es, en o zh-Hant).} future {{field}: debe ser una fecha futura.} ownLanguage {{field}: es el idioma en que está escrita la carta; modifique la propia carta.} other {{field}: el valor no es válido; revise lo que ha escrito.}}} KIND_NOT_ACCEPTED {Esta carta no admite firmantes de este tipo.} DUPLICATE {La misma dirección ya figura más arriba en esta lista.} INVALID_CSV {{reason, select, columns {Columnas desconocidas: {columns}. La primera línea indica los nombres de las columnas, que pueden ser: {expected}.} tooMany {Se admiten como máximo {max, number} invitados a la vez.} other {No se ha podido leer la lista como CSV.}}} NOT_TAKING_SIGNATURES {Solo se envían invitaciones mientras la carta está en su ronda fundacional o abierta.} LETTER_CLOSED {Esta carta está cerrada, por lo que sus firmas retenidas quedan fuera.} ALREADY_PUBLISHED {Solo un borrador puede iniciar una ronda fundacional.} NOT_PUBLISHED {Esta carta aún no es pública: publíquela primero.} SLUG_TAKEN {Otra carta ya tiene esta dirección.} SLUG_FROZEN {Una carta publicada no puede cambiar de dirección.} CLOSING_TIME_PASSED {Fije una fecha de cierre futura antes de abrir la carta.} LAST_OWNER {Una carta necesita al menos un propietario: designe primero a otra persona como propietario.} ORGANIZER_NOT_FOUND {Ningún organizador de esta carta tiene esta dirección.} SIGNATURE_NOT_FOUND {Esta firma ya no existe.} other {No se ha podido llevar a cabo la operación ({code}).}}',

  'ws.letters.title': 'Sus cartas',
  'ws.letters.intro': 'Ha iniciado sesión como {email}. La API completa, con todas las acciones sobre sus cartas, está documentada en <docs>/docs</docs>.',
  'ws.letters.new': 'Nueva carta',
  'ws.letters.account': 'Sus sesiones y tokens de la API',
  'ws.letters.meta': '{summary} · versión {version, number} · /{slug}',
  'ws.letters.none': 'Todavía no organiza ninguna carta.',

  'ws.new.title': 'Nueva carta',
  'ws.new.save': 'Guardar el borrador',

  'ws.field.title': 'Título',
  'ws.field.addressee': 'Dirigida a',
  'ws.field.summary': 'Resumen',
  'ws.field.summaryHint': '(una o dos frases para las vistas previas; opcional)',
  'ws.field.language': 'Idioma',
  'ws.field.languageHint': '(p. ej., es, en, zh-Hant)',
  'ws.field.body': 'Texto',
  'ws.field.bodyHint': '(Markdown: *cursiva*, **negrita**, listas, [enlaces](https://…))',

  'ws.workspace.pageTitle': 'Organizar: {title}',
  'ws.workspace.notPublic': 'aún no es pública',
  'ws.workspace.publicPage': 'página pública',
  'ws.workspace.publish': 'Publicar',
  'ws.workspace.founding': 'Abierta solo a invitados',
  'ws.workspace.openToAll': 'Abierta a todos',
  'ws.workspace.close': 'Cerrar',
  'ws.workspace.reopen': 'Reabrir',
  'ws.workspace.export': '{addresses, select, yes {Exportar todas las firmas (CSV, con direcciones)} other {Exportar todas las firmas (CSV)}}',
  'ws.workspace.text': 'Texto',
  'ws.workspace.editorial': 'Corrección editorial (erratas): no se pide a los firmantes que vuelvan a dar su consentimiento',
  'ws.workspace.preview': 'Vista previa',
  'ws.workspace.save': 'Guardar',

  'ws.queue.heading': 'Cola de moderación ({count, number})',
  'ws.queue.sharedMail': '(correo compartido: cualquiera podría tener acceso a él)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {las firmas de legisladores se moderan} organization {las firmas de organizaciones se moderan} individual {las firmas de particulares se moderan} other {{kind}: se modera}}',
  'ws.queue.lookalike': '{same, select, yes {El mismo nombre que una firma publicada: {name}} other {Se parece a un nombre publicado: {name}}}',
  'ws.queue.empty': 'Nada está pendiente de decisión.',

  'ws.col.name': 'Nombre',
  'ws.col.affiliation': 'Afiliación',
  'ws.col.websiteDomain': 'Dominio del sitio web',
  'ws.col.mailDomain': 'Dominio del correo',
  'ws.col.email': 'Correo electrónico',
  'ws.col.verified': 'Verificada',
  'ws.col.heldBecause': 'Retenida porque',
  'ws.col.decision': 'Decisión',
  'ws.col.kind': 'Tipo',
  'ws.col.country': 'País',
  'ws.col.status': 'Estado',
  'ws.col.moderation': 'Moderación',
  'ws.col.role': 'Función',
  'ws.col.since': 'Desde',
  'ws.col.when': 'Cuándo',
  'ws.col.who': 'Quién',
  'ws.col.what': 'Qué',
  // review: "On" = the object the audited action concerns
  'ws.col.on': 'Sobre',
  'ws.col.detail': 'Detalle',
  'ws.col.result': 'Resultado',
  'ws.col.browser': 'Navegador',
  'ws.col.lastSeen': 'Última actividad',
  'ws.col.action': 'Acción',
  'ws.col.label': 'Etiqueta',
  'ws.col.created': 'Creado',
  'ws.col.lastUsed': 'Último uso',

  'ws.invite.heading': 'Invitar a firmantes',
  'ws.invite.result': 'Invitaciones enviadas: {invited, number}; ya invitados: {already, number}.',
  'ws.invite.lineError': 'Línea {line, number}: {reason}',
  'ws.invite.csvLabel': 'CSV con una fila de encabezado:',
  'ws.invite.send': 'Enviar las invitaciones',

  'ws.team.heading': 'Organizadores',
  'ws.team.yourRole': 'Su función: {role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}}.',
  'ws.team.email': 'Correo electrónico',
  'ws.team.role': 'Función',
  'ws.team.set': 'Añadir o cambiar',
  'ws.team.remove': 'Quitar',

  'ws.signatures.heading': 'Firmas',
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {Los propietarios de la carta no comparten las direcciones de los firmantes con los coorganizadores: usted ve el dominio de cada dirección.} other {Los propietarios de la carta no comparten las direcciones de los firmantes con los coorganizadores.}}',
  'ws.addresses.audited': 'Cada consulta de las direcciones de los firmantes, aquí, en la API o en una exportación, queda anotada en el registro de auditoría de la carta.',
  'ws.addresses.toggle': 'Los coorganizadores (editores, moderadores, lectores) ven las direcciones de los firmantes; si no, los moderadores solo ven el dominio',
  'ws.address.hidden': 'oculta',
  'ws.address.hiddenDomain': 'oculta (…@{domain})',

  'ws.filter.status': 'Estado',
  'ws.filter.all': 'todas',
  'ws.filter.search': 'Buscar',
  'ws.filter.submit': 'Filtrar',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  'ws.goal.heading': 'Objetivo',
  'ws.goal.intro':
    'Un número de firmas que alcanzar, de todos los tipos o de uno solo («100 legisladores»): la página de la carta muestra cuánto se ha avanzado, y sus propietarios y editores reciben un correo electrónico cuando se alcanza.',
  'ws.goal.count': 'Número de firmas que alcanzar',
  'ws.goal.kind': 'Firmas que se cuentan',
  'ws.goal.any': 'todas las firmas',
  'ws.goal.save': 'Guardar el objetivo',
  'ws.goal.reached': 'Alcanzado el {date}.',

  // El formulario de firma que los sitios asociados integran en sus páginas (espacio de trabajo).
  // review: widget rendered as formulario de firma (the embeddable sign form) rather than the anglicism widget; partner rendered as entidad asociada / sitio asociado (NGOs, media)
  'ws.widget.heading': 'Formulario de firma para sitios asociados',
  'ws.widget.intro':
    'Los sitios asociados pueden mostrar el formulario de firma de esta carta en sus propias páginas. Indique los sitios que pueden mostrarlo, uno por línea, y después asigne a cada entidad asociada su propio código: usted verá cuántas personas han firmado a través de cada una, pero nada sobre quiénes son.',
  'ws.widget.origins': 'Sitios que pueden mostrar el formulario (por ejemplo, https://partner.example)',
  'ws.widget.saveOrigins': 'Guardar los sitios',
  'ws.widget.partner': 'Entidad asociada',
  'ws.widget.signatures': 'Firmas',
  'ws.widget.snippet': 'Para pegar en la página de la entidad asociada',
  'ws.widget.none': 'Aún no hay ninguna entidad asociada.',
  'ws.widget.addPartner': 'Añadir una entidad asociada',

  'ws.audit.heading': 'Registro de auditoría',
  // review: operator = whoever runs this instance of the platform
  'ws.audit.operator': 'operador',
  'ws.audit.readAddresses': 'consultó las direcciones',
  'ws.audit.readDomains': 'consultó los dominios de las direcciones',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {operador: consultó los dominios de las direcciones} other {operador: consultó las direcciones}}',

  'ws.note.draftSaved': 'Borrador guardado',
  'ws.note.saved': 'Guardado',
  'ws.note.status':
    '{status, select, draft {La carta es ahora un borrador} founding {La carta está ahora en su ronda fundacional} open {La carta está ahora abierta} closed {La carta está ahora cerrada} other {Estado de la carta: {status}}}',
  'ws.note.moderated': '{decision, select, approve {Firma: aprobada} reject {Firma: rechazada} shadow {Firma: oculta} other {Firma: {decision}}}',
  'ws.note.addressesShown': 'Los coorganizadores ven ahora las direcciones de los firmantes',
  'ws.note.addressesHidden': 'Los coorganizadores ya no ven las direcciones de los firmantes',
  'ws.note.removed': 'Se ha quitado a {email}',
  'ws.note.goalSaved': 'Objetivo guardado',
  'ws.note.widgetSaved': 'Se han guardado los sitios que pueden mostrar el formulario',
  'ws.note.partnerAdded': 'Entidad asociada añadida',
  'ws.note.roleSet': 'Función de {email}: {role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}}',

  'ws.account.title': 'Su cuenta',
  'ws.account.sessions': 'Sesiones',
  'ws.account.thisOne': '(esta)',
  'ws.account.end': 'Cerrar',
  'ws.account.tokens': 'Tokens de la API',
  'ws.account.newToken': 'Su nuevo token (solo se muestra ahora): <code>{token}</code>',
  'ws.account.revoke': 'Revocar',
  'ws.account.label': 'Etiqueta',
  'ws.account.labelPlaceholder': 'portátil, script de importación…',
  'ws.account.create': 'Crear un token',

  'ws.login.title': 'Iniciar sesión',
  'ws.login.intro': 'Los organizadores inician sesión con un enlace enviado por correo electrónico: no hay contraseña que puedan robarle o que pueda olvidar.',
  'ws.login.email': 'Su correo electrónico',
  'ws.login.send': 'Enviarme un enlace de inicio de sesión',
  'ws.loginSent.title': 'Revise su correo electrónico',
  'ws.loginSent.body':
    'Si esta dirección pertenece a un organizador, le hemos enviado un enlace de inicio de sesión. Funciona una sola vez, durante {minutes, plural, one {# minuto} other {# minutos}}.',
  'ws.loginConfirm.title': 'Iniciar sesión en Undersigned',
  'ws.loginConfirm.button': 'Iniciar sesión',

  'ws.versions.pageTitle': 'Historial: {title}',
  'ws.versions.title': 'Historial de «{title}»',
  'ws.versions.intro':
    'Todas las versiones del texto desde que se firmó por primera vez. Las correcciones editoriales (erratas) no requieren un nuevo consentimiento de los firmantes; los demás cambios piden a todos los firmantes anteriores que vuelvan a dar su consentimiento.',
  'ws.versions.version': 'Versión {version, number}',
  'ws.versions.editorial': 'corrección editorial',
  'ws.versions.first': 'El primer texto.',
  'ws.versions.back': 'Volver a la carta',
  'ws.versions.translationHistory': 'Historial de la traducción al {language}',
  'ws.versions.revision': 'Revisión {revision, number}, traducción de la versión {version, number}',
  'ws.versions.current': 'actual',
  'ws.versions.revisionOutdated': 'Esta revisión corresponde a una versión anterior del texto.',
  'ws.versions.firstTranslation': 'La primera traducción.',
  'ws.diff.field': '{field, select, title {Título} addressee {Dirigida a} summary {Resumen} body {Texto} other {{field}}}',

  'ws.mail.hello': 'Hola:',
  'ws.mail.helloName': 'Hola, {name}:',
  'ws.mail.signIn': 'Iniciar sesión',
  'ws.mail.footer': 'Enviado por Undersigned a un organizador de cartas abiertas.',
  'ws.mail.login.subject': 'Su enlace de inicio de sesión en Undersigned',
  'ws.mail.login.title': 'Iniciar sesión',
  'ws.mail.login.asked': 'Alguien, probablemente usted, ha solicitado iniciar sesión en Undersigned como {email}.',
  'ws.mail.login.openLink': 'O abra este enlace: <link>{url}</link>',
  'ws.mail.login.once': 'Funciona una sola vez, durante {minutes, plural, one {# minuto} other {# minutos}}. Si no lo ha solicitado, ignore este mensaje.',
  'ws.mail.login.textLink': 'Iniciar sesión (el enlace funciona una sola vez, durante {minutes, plural, one {# minuto} other {# minutos}}):',
  'ws.mail.login.ignore': 'Si no lo ha solicitado, ignore este mensaje.',
  'ws.mail.added.subject': 'Ahora es {role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}} de: {title}',
  'ws.mail.added.body':
    'Ahora es <strong>{role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}}</strong> de la carta abierta <strong>{title}</strong> en Undersigned.',
  'ws.mail.added.bodyText': 'Ahora es {role, select, owner {propietario} editor {editor} moderator {moderador} viewer {lector} other {{role}}} de la carta abierta «{title}» en Undersigned.',
  'ws.mail.added.link':
    'El enlace funciona una sola vez, durante {minutes, plural, one {# minuto} other {# minutos}}; más adelante, solicite uno nuevo en la página de inicio de sesión. El espacio de trabajo de la carta: <workspace>{url}</workspace>',
  'ws.mail.added.textLink':
    'Iniciar sesión (el enlace funciona una sola vez, durante {minutes, plural, one {# minuto} other {# minutos}}; más adelante, solicite uno nuevo en la página de inicio de sesión):',
  'ws.mail.added.workspace': 'El espacio de trabajo de la carta: {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'Objetivo alcanzado: {title}',
  'ws.mail.goal.body':
    '<letter>{title}</letter> ha alcanzado su objetivo: {kind, select, legislator {{goal, plural, one {la ha firmado # legislador} other {la han firmado # legisladores}}} organization {{goal, plural, one {la ha firmado # organización} other {la han firmado # organizaciones}}} individual {{goal, plural, one {la ha firmado # particular} other {la han firmado # particulares}}} other {{goal, plural, one {cuenta con # firma} other {cuenta con # firmas}}}}.',
  'ws.mail.goal.bodyText':
    '«{title}» ha alcanzado su objetivo: {kind, select, legislator {{goal, plural, one {la ha firmado # legislador} other {la han firmado # legisladores}}} organization {{goal, plural, one {la ha firmado # organización} other {la han firmado # organizaciones}}} individual {{goal, plural, one {la ha firmado # particular} other {la han firmado # particulares}}} other {{goal, plural, one {cuenta con # firma} other {cuenta con # firmas}}}}.',
} satisfies WorkspaceCatalog;
