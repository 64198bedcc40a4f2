import type { SiteCatalog } from '../en/site-type.js';

/** Spanish: the public pages, the signers' mail and the PDF. */
export default {
  'list.two': '{first} y {second}',
  'list.start': '{first}, {second}',
  'list.middle': '{first}, {second}',
  'list.end': '{first} y {second}',
  'list.count': '({count, number})',
  'list.separator': ', ',

  'site.skip': 'Ir al contenido',
  'site.footer': '{siteName}: cartas abiertas, firmadas y verificadas. Las direcciones de correo electrónico de los firmantes nunca se publican.',
  'site.languages': 'Idiomas',
  'site.backToLetter': 'Volver a la carta',
  'site.backToStart': 'Volver a la página de inicio',
  'site.choose': 'Elija…',
  'site.optional': '(opcional)',

  'home.title': 'Cartas abiertas',
  'home.intro': 'Cartas conjuntas firmadas por legisladores, organizaciones y particulares. Cada firma se confirma por correo electrónico; las afiliaciones se verifican cuando es posible.',
  'home.to': 'Dirigida a {addressee}',
  'home.none': 'Todavía no se ha publicado ninguna carta.',

  'status.open': 'Abierta a la firma',
  'status.closed': 'Cerrada',
  'status.closedOn': 'Cerrada el {date}',
  'status.draft': 'Borrador',

  'kind.plural': '{kind, select, legislator {Legisladores} organization {Organizaciones} other {Particulares}}',
  'kind.singular': '{kind, select, legislator {Legislador} organization {Organización} other {Particular}}',
  'kind.choice': '{kind, select, legislator {un legislador} organization {una organización} other {un particular}}',

  'summary.legislators': '{legislators, plural, one {# legislador} other {# legisladores}} de {countries, plural, one {# país} other {# países}}',
  'summary.organizations': '{n, plural, one {# organización} other {# organizaciones}}',
  'summary.individuals': '{n, plural, one {# particular} other {# particulares}}',
  // The progress toward the organizers' goal (first screen), beside its bar.
  'goal.progress':
    '{current, number} de {kind, select, legislator {{goal, plural, one {# legislador} other {# legisladores}}} organization {{goal, plural, one {# organización} other {# organizaciones}}} individual {{goal, plural, one {# particular} other {# particulares}}} other {{goal, plural, one {# firma} other {# firmas}}}}',
  'summary.none': 'Todavía no hay firmas',
  // The first screen's count: the number stands out.
  'summary.total': '{n, plural, =0 {Todavía no hay firmas} one {<strong>#</strong> firma} other {<strong>#</strong> firmas}}',

  'letter.to': 'Dirigida a: {addressee}',
  'letter.published': 'Publicada el {date}',
  'letter.publishedUntil': 'Publicada el {date} · firmas hasta el {until}',
  'letter.outdated': 'Esta traducción corresponde a la versión {basedOn} del texto, que ha cambiado desde entonces (ahora está en la versión {current}); prevalece el texto original.',
  'letter.untranslated': 'Esta carta no se ha traducido al {language}: se muestra su texto original.',
  'letter.downloadPdf': 'Descargar en PDF',
  'letter.downloadCsv': 'Firmantes en CSV',
  'letter.textLanguages': 'El texto en otros idiomas',

  'signatories.heading': 'Firmantes',
  'signatories.founding': 'Firmantes fundadores',
  'signatories.others': 'Firmantes',
  'signatories.pages': 'Páginas de firmantes',
  'signatories.previous': 'Página anterior',
  'signatories.next': 'Página siguiente',
  'signatories.page': 'Página {page, number} de {pages, number}',
  'signatories.identification': 'Los cargos y afiliaciones se indican solo a efectos de identificación.',
  'signatories.unlisted': 'Firmas contabilizadas pero no incluidas en la lista, a petición de sus firmantes: {n, number}.',
  'signatories.withheldUntil':
    'Los nombres se publicarán todos juntos el {date}; hasta entonces, solo se contabilizan las firmas ({n, plural, one {# nombre pendiente de publicación} other {# nombres pendientes de publicación}}).',
  'signatories.withheldThreshold':
    'Para que nadie sea el único firmante visible de su país, los nombres de un país se publican una vez que {k, plural, one {ha firmado # persona} other {han firmado # personas}} de ese país. Firmas contabilizadas hasta ahora cuyos nombres aún no se han publicado: {countries}.',
  'signatories.withheldCountry': '{country} ({n, number})',
  'signatories.batch':
    'Las nuevas firmas se incorporan a esta lista en bloque, {unit, select, second {cada {n, plural, one {segundo} other {# segundos}}} minute {cada {n, plural, one {minuto} other {# minutos}}} other {cada {n, plural, one {hora} other {# horas}}}}, para que la lista no revele cuándo firmó cada persona.',
  'signatories.history': '<history>Este texto ha cambiado desde que se firmó por primera vez: consulte su historial.</history>',
  'signatories.earlierVersion': '(firmó la versión {version})',
  'signatories.verified': '✓ verificado',
  'signatories.verifiedDomain': '✓ verificado: escribe desde @{domain}',
  'signatories.verifiedHow':
    '{how, select, domain {verificado: escribe desde el dominio de correo de la institución} invited {verificado: invitado por los organizadores} other {verificado: aprobado por los organizadores}}',

  'ledger.note':
    'Cada firma que se incorpora a esta lista o se retira de ella queda anotada en un registro que deja constancia de cualquier manipulación: {n, plural, one {# entrada} other {# entradas}}, la última <code>{head}</code>, bajo una cabecera que este sitio ha <checkpoint>firmado</checkpoint> con su <key>clave publicada</key>.',
  'ledger.witnessed':
    '{count, plural, one {# testigo independiente comprobó} other {# testigos independientes comprobaron}} que el registro solo ha crecido y {count, plural, one {cofirmó} other {cofirmaron}} {size, plural, one {su primera entrada} other {sus primeras # entradas}} (la última vez, el {date}).',
  'ledger.unwitnessed': 'Ningún testigo independiente lo ha cofirmado todavía.',
  'ledger.check': '<ledger>Consulte el registro</ledger> o compruébelo por su cuenta con el <verifier>verificador</verifier>:',
  'ledger.short': 'Cada firma que se incorpora a esta lista o se retira de ella queda anotada en un registro que deja constancia de cualquier manipulación: <verify>verifique esta lista</verify>.',

  // Las imágenes de las firmas (letters/pictures.ts): títulos y los textos que describen lo que muestra cada una.
  'pictures.timelineHeading': 'Firmas a lo largo del tiempo',
  'pictures.timelineAlt':
    'Gráfico de las firmas a lo largo del tiempo: {total, plural, one {# firma} other {# firmas}} entre el {from} y el {to}; el día con más firmas fue el {peakDay} ({peak, number}).',
  'pictures.mapHeading': 'Dónde están los firmantes',
  'pictures.mapAlt': 'Mapa del mundo: firmantes en {countries, plural, one {# país} other {# países}}, legisladores en {legislatorCountries, plural, one {# país} other {# países}}.',
  'pictures.legendLegislators': 'Legisladores',
  'pictures.legendSignatories': 'Otros firmantes',
  'pictures.byCountry': 'Firmantes por país',
  'pictures.countryLine': '{country}: {n, plural, one {# firmante} other {# firmantes}}{legislators, plural, =0 {} one {, entre ellos # legislador} other {, entre ellos # legisladores}}',

  'verify.title': 'Verificar los firmantes: {title}',
  'verify.heading': 'Verificar la lista de firmantes',

  'sign.heading': 'Firmar esta carta',
  'sign.honeypot': 'Deje este campo vacío',
  'sign.warningHeading': 'Antes de enviarle la confirmación',
  'sign.otherAddress': '<other>Usar otra dirección</other>: cámbiela a continuación y luego firme. Todavía no se ha enviado nada.',
  'sign.countedOnly': 'Firmar sin que mi nombre figure en la lista (solo se contabiliza la firma)',
  'sign.countedOnlyHint': '— la confirmación se envía igualmente a esta dirección',
  'sign.continue': 'Continuar con esta dirección',
  'sign.as': 'Firmo como',
  'sign.name': 'Nombre',
  'sign.nameHint': '(en el caso de una organización: su representante)',
  'sign.email': 'Correo electrónico',
  'sign.emailHint': '(nunca se publica; aquí recibirá su enlace de confirmación)',
  'sign.country': 'País',
  'sign.title': 'Cargo',
  'sign.titleHint': '(p. ej., diputada, senador)',
  'sign.parliament': 'Parlamento',
  'sign.party': 'Partido',
  'sign.organization': 'Organización',
  'sign.role': 'Su función en ella',
  'sign.website': 'Sitio web',
  'sign.websiteHint': '(si su dirección de correo pertenece a su dominio, la firma se marca como verificada)',
  'sign.display': 'Mostrar en la lista pública',
  'sign.displayChoice': '{display, select, full {mi nombre completo} initials {solo mis iniciales} other {nada: contabilizar mi firma, pero no incluirme en la lista}}',
  'sign.submit': 'Firmar',
  'sign.risky':
    '{jurisdiction, select, none {Su proveedor de correo, {provider}, es uno de aquellos sobre los que advierten los organizadores de esta carta: las autoridades de un Estado al que se refiere esta carta podrían leer su correo.} other {Su proveedor de correo, {provider}, está sujeto a las leyes de un Estado ({state}) cuyas autoridades pueden leer su correo. {chosen, select, yes {Esta carta se refiere a ese Estado.} other {Si esta carta se refiere a ese Estado, la confirmación que le enviemos les revelaría que usted la ha firmado.}}}}',
  'sign.riskyChoices': 'Puede usar otra dirección, firmar sin que su nombre figure en la lista (solo se contabiliza la firma) o continuar de todos modos.',
  'sign.fieldName':
    '{field, select, name {Nombre} email {Correo electrónico} country {País} kind {Firmo como} title {Cargo} parliament {Parlamento} party {Partido} organization {Organización} role {Su función en ella} website {Sitio web} display {Mostrar en la lista pública} other {Este campo}}',
  'sign.error':
    '{reason, select, required {{field}: este campo es obligatorio.} requiredForKind {{field}: este campo es obligatorio al firmar como {kind, select, legislator {legislador} organization {organización} other {particular}}.} tooLong {{field}: el texto es demasiado largo.} kindNotAccepted {Esta carta no admite firmas de {kind, select, legislator {legisladores} organization {organizaciones} other {particulares}}.} email {{field}: no es una dirección de correo electrónico a la que podamos escribir.} website {{field}: no es una dirección web (por ejemplo, https://example.org).} noLink {{field}: aquí no se admiten direcciones web.} noLetter {{field}: debe contener al menos una letra o una cifra.} choose {{field}: elija una de las opciones.} other {{field}: el valor no es válido; revise lo que ha escrito.}}',
  'sign.errorsHeading': '{n, plural, one {Hay un problema en lo que ha escrito} other {Hay # problemas en lo que ha escrito}}',

  'check.title': 'Revise su correo electrónico',
  'check.sent': 'Hemos enviado un mensaje a la dirección que nos indicó. Su firma contará cuando abra el enlace que contiene y la confirme.',
  'check.nothing': '¿No ha recibido nada? Revise la carpeta de correo no deseado o vuelva a firmar para que se le envíe de nuevo.',

  'shown.list': 'En la lista pública',
  'shown.notListed': '<strong>No figura en la lista</strong>: se contabiliza, pero sin nombre',
  'shown.kind': 'Firma como',
  'shown.country': 'País',
  'shown.display': 'Se muestra',
  'shown.displayChoice': '{display, select, full {su nombre completo} initials {solo sus iniciales} other {no figura en la lista: se contabiliza, pero sin nombre}}',

  'confirm.title': 'Confirme su firma',
  'confirm.closedHeading': 'Esta carta se ha cerrado',
  'confirm.closed': '<letter>{title}</letter> se cerró el {date}, antes de su confirmación, por lo que su firma no se ha añadido.',
  'confirm.alreadyHeading': 'Esta dirección ya ha firmado',
  'confirm.already':
    'Ya se confirmó una firma desde esta dirección en <letter>{title}</letter> con otros datos, y esos datos se mantienen. Este enlace no puede modificarlos: para firmar de otra manera, retire esa firma (con el enlace de su correo) y vuelva a firmar.',
  'confirm.withdrawnHeading': 'Esta firma se ha retirado',
  'confirm.withdrawn': 'Vuelva a firmar <letter>{title}</letter> para añadirla de nuevo.',
  'confirm.doneHeading': 'Su firma está confirmada',
  'confirm.heading': 'Confirme su firma',
  'confirm.doneIntro': 'En <letter>{title}</letter> figura así:',
  'confirm.intro': 'En <letter>{title}</letter>, al confirmar se publicará lo siguiente:',
  'confirm.careful': 'Si esto no es lo que usted indicó, no confirme: no se publica nada sin pulsar este botón.',
  'confirm.submit': 'Confirmar mi firma',

  'confirmed.title': 'Firma confirmada',
  'confirmed.heading': 'Gracias: su firma está confirmada',
  'confirmed.withheld':
    'Su firma ya cuenta. Su nombre figurará en la lista cuando hayan firmado suficientes personas de su país, o en el lanzamiento de la carta: hasta entonces, nadie es el único firmante visible de un país.',
  'confirmed.published': 'Su firma ya cuenta y aparece en la carta tal como usted eligió.',
  'confirmed.receipt': 'Su comprobante: entrada <strong>{position, number}</strong> del registro de la carta, hash <code>{hash}</code>.',
  'confirmed.receiptSigned':
    'Su comprobante: entrada <strong>{position, number}</strong> del registro de la carta, hash <code>{hash}</code>, incluida en la cabecera de {size, plural, one {# entrada} other {# entradas}} que este sitio ha firmado.',
  'confirmed.keep': 'Consérvelo: con él, cualquiera puede comprobar que su firma quedó registrada, que nadie ha reescrito la lista desde entonces y si usted sigue figurando en ella.',
  'confirmed.check': 'Para comprobarlo (<how>cómo hacerlo</how>):',
  'confirmed.batched':
    'Aparecerá en la carta con el próximo bloque de firmas. Las nuevas firmas se publican juntas, unas pocas cada vez, para que nadie que observe la lista pueda saber cuándo firmó usted.',
  'confirmed.batchedReceipt': 'Entonces encontrará su comprobante del registro de la carta en la página que abre su enlace de retirada (en el correo electrónico que recibió).',
  'confirmed.held': 'Aparecerá en la carta cuando los organizadores la hayan revisado; en ese momento quedará anotada en el registro de la carta.',
  'confirmed.see': 'Ver la carta y sus firmantes',

  'withdraw.title': 'Retirar su firma',
  'withdraw.doneHeading': 'Su firma se ha retirado',
  'withdraw.heading': 'Retirar su firma',
  'withdraw.from': 'De <letter>{title}</letter>: <strong>{name}</strong>.',
  'withdraw.effect': 'Una vez retirada, se elimina de la lista pública, de los recuentos y de todas las descargas.',
  'withdraw.submit': 'Retirar mi firma',
  'withdraw.storedHeading': 'Qué datos guardamos sobre usted',
  'withdraw.name': 'Nombre',
  'withdraw.titleField': 'Cargo',
  'withdraw.parliament': 'Parlamento',
  'withdraw.party': 'Partido',
  'withdraw.organization': 'Organización',
  'withdraw.website': 'Sitio web',
  'withdraw.country': 'País',
  'withdraw.email': 'Correo electrónico',
  'withdraw.emailStored': '{email} (cifrado; nunca se publica)',
  'withdraw.erased': 'borrado',
  'withdraw.shownAs': 'Se muestra como',
  'withdraw.signed': 'Firmada',
  'withdraw.signedAt': '{signed}',
  'withdraw.signedConfirmedAt': '{signed}; confirmada el {confirmed}',
  'withdraw.publicList': 'Lista pública',
  'withdraw.publication':
    '{state, select, held {no figura en la lista: está pendiente de revisión por los organizadores} batched {confirmada; se incorporará a la lista con el próximo bloque de firmas (se publican juntas, para que nadie pueda saber cuándo firmó usted)} published {en la lista} other {contabilizada; su nombre figurará en la lista cuando hayan firmado suficientes personas de su país, o en el lanzamiento de la carta}}',
  'withdraw.receipt': 'Comprobante del registro',
  'withdraw.receiptText': 'entrada {position, number}, hash <code>{hash}</code>. Para comprobar en cualquier momento que sigue figurando en la lista (y, si no es así, quién eliminó su firma):',
  'withdraw.invitation': 'Invitación',
  'withdraw.invitationText':
    '{accepted, select, yes {los organizadores invitaron a {email} (cifrado) el {date}, y usted firmó mediante esa invitación, con estos datos: {details}.} other {los organizadores invitaron a {email} (cifrado) el {date}, con estos datos: {details}.}} Al retirar o borrar la firma, la invitación queda anulada y estos datos también se borran.',
  'withdraw.network': 'Dirección de red',
  'withdraw.networkFingerprint': 'no se guarda; solo un hash con clave, para detectar avalanchas de firmas falsas',
  'withdraw.networkNone': 'no se guarda',
  'withdraw.eraseText': 'Puede borrarlo todo ahora mismo: la firma desaparece de la lista y de los recuentos, y no se conserva ningún dato sobre usted.',
  'withdraw.erase': 'Borrar todos mis datos',

  'withdrawn.title': 'Firma retirada',
  'withdrawn.heading': 'Su firma se ha retirado',
  'withdrawn.effect': 'Ya no aparece en la carta ni cuenta para ella.',
  'withdrawn.proof':
    'El registro de la carta anota la retirada con una prueba generada a partir de su enlace de retirada, que nadie más posee: con su comprobante y ese enlace, el verificador demuestra que la retirada fue suya (<code>--receipt POSITION:HASH --token YOUR_LINK</code>) y que una retirada registrada por cualquier otra persona no lo fue.',

  'erased.title': 'Borrado',
  'erased.heading': 'Borrado',
  'erased.text': 'Su firma y todos los datos guardados con ella se han eliminado.',

  'reconsent.title': 'La carta ha cambiado',
  'reconsent.doneHeading': 'Ha dado su consentimiento al texto actual',
  'reconsent.heading': 'La carta que firmó ha cambiado',
  'reconsent.versions': '<letter>{title}</letter>: usted firmó la versión {signed, number}; el texto está ahora en la versión {current, number}.',
  'reconsent.version': 'Versión {version, number}',
  'reconsent.editorial': 'Versión {version, number} (corrección editorial)',
  'reconsent.submit': 'Firmo el nuevo texto',
  'reconsent.otherwise': 'Si no lo hace, su firma se mantiene en la lista como firma de la versión {signed, number}.',
  'reconsented.title': 'Gracias',
  'reconsented.heading': 'Gracias: ha firmado la versión {version, number}',
  'reconsented.receipt': 'Su nuevo comprobante: entrada <strong>{position, number}</strong> del registro de la carta, hash <code>{hash}</code>.',
  'reconsented.check': 'Para comprobarlo:',

  'diff.field': '{field, select, title {Título} addressee {Destinatario} summary {Resumen} body {Texto} language {Idioma} other {{field}}}',

  'embed.signatories': '{n, plural, one {firmante} other {firmantes}}',
  'embed.readAndSign': 'Leer y firmar',
  'embed.read': 'Leer la carta',

  'invitation.founding': 'Ronda fundacional: solo por invitación',
  'invitation.badge': 'Invitación a firmar',
  'invitation.usedHeading': 'Esta invitación ya se ha utilizado',
  'invitation.used':
    'Se utilizó para firmar esta carta, y cada invitación solo permite firmar una vez: la firma realizada con ella se mantiene tal como se dio. Este enlace ya no permite hacer nada más.',
  'invitation.signAs': 'Firmar como {name}',
  'invitation.hint': 'Los organizadores invitaron a esta dirección; firmar aquí no requiere ninguna otra confirmación y su firma se marca como verificada. Corrija cualquier dato que sea incorrecto.',
  'invitation.submit': 'Firmar la carta',
  'invitation.closedOn': 'Esta carta se cerró el {date} y ya no admite firmas.',
  'invitation.notOpen': 'Esta carta no admite firmas.',

  'error.heading':
    '{status, number} · {status, select, 400 {Solicitud incorrecta} 403 {Acceso prohibido} 404 {No encontrado} 405 {Método no permitido} 409 {Conflicto} 410 {Ya no disponible} 413 {Demasiado grande} 415 {Tipo no admitido} 429 {Demasiadas solicitudes} 503 {Servicio no disponible} other {Error}}',
  'error.message':
    '{code, select, LETTER_NOT_FOUND {Esa carta no existe o no es pública.} NOT_FOUND {No hay nada en esta dirección.} TOKEN_UNKNOWN {Este enlace no es válido. Compruebe que lo ha copiado entero del correo electrónico.} TOKEN_EXPIRED {Este enlace ha caducado. Vuelva a firmar la carta para recibir uno nuevo.} LETTER_CLOSED {Esta carta está cerrada y ya no admite firmas.} ALREADY_SIGNED {Esta dirección ya ha firmado esta carta con otros datos, que se mantienen. Para cambiarlos, retire esa firma y vuelva a firmar.} SIGNATURE_WITHDRAWN {Esta firma se ha retirado; vuelva a firmar la carta para añadirla de nuevo.} SIGNATURE_NOT_ACTIVE {Esta firma no está activa; vuelva a firmar la carta.} RATE_LIMITED {Demasiados intentos desde esta conexión: espere un poco y vuelva a intentarlo.} CROSS_ORIGIN {Este formulario se envió desde otro sitio, por lo que ha sido rechazado. Vuelva a abrir la página y envíelo desde allí.} DATABASE_UNAVAILABLE {El servicio no está disponible en este momento; vuelva a intentarlo en breve.} INTERNAL_ERROR {Se ha producido un error por nuestra parte; ha quedado registrado.} other {No se ha podido completar la solicitud ({code}).}}',

  'mail.footerSigner':
    'Enviado por {siteName} porque se facilitó esta dirección para firmar una carta abierta. Su dirección de correo electrónico nunca se publica. Si no fue usted, ignore este mensaje o retire la firma con el enlace que figura más arriba.',
  'mail.footerSigned': 'Enviado por {siteName} porque se facilitó esta dirección para firmar una carta abierta. Su dirección de correo electrónico nunca se publica.',
  'mail.footerReconsent': 'Enviado por {siteName} porque usted firmó esta carta. Su dirección de correo electrónico nunca se publica.',
  'mail.orOpen': 'O abra este enlace:',
  'mail.readLetter': 'Leer la carta',
  'mail.theLetter': 'La carta: {url}',

  'mail.confirm.subject': 'Confirme su firma: {title}',
  'mail.confirm.thanks': 'Gracias por firmar <strong>{title}</strong>, dirigida a {addressee}.',
  'mail.confirm.counts': 'Su firma contará cuando confirme que esta dirección es suya. Al confirmar se publicará lo siguiente:',
  'mail.confirm.careful': 'Si esto no es lo que usted indicó, no confirme: no se publica nada sin este enlace.',
  'mail.confirm.button': 'Confirmar mi firma',
  'mail.confirm.valid': 'Es válido durante 7 días.',
  'mail.confirm.openToConfirm': 'Para confirmar, abra este enlace (válido durante 7 días):',
  'mail.confirm.changedMind': '¿Ha cambiado de opinión? <withdraw>Retire su firma</withdraw>, ahora o más adelante.',
  'mail.confirm.changedMindText': '¿Ha cambiado de opinión? Retire su firma, ahora o más adelante:',

  'mail.already.subject': 'Ya ha firmado: {title}',
  'mail.already.again': 'Alguien, probablemente usted, ha intentado firmar de nuevo <strong>{title}</strong> con esta dirección.',
  'mail.already.stands': 'Usted ya la había firmado y su firma se mantiene; no ha cambiado nada.',
  'mail.already.withdraw': 'Para retirar su firma: <withdraw>retírela aquí</withdraw>.',
  'mail.already.withdrawText': 'Para retirar su firma, abra:',

  'mail.reconsent.subject': 'La carta que firmó ha cambiado: {title}',
  'mail.reconsent.changed': 'Los organizadores de <strong>{title}</strong> han modificado su texto desde que usted firmó la versión {from, number}: ahora está en la versión {to, number}.',
  'mail.reconsent.shown': 'Su firma figura como dada al texto anterior hasta que dé su consentimiento al nuevo.',
  'mail.reconsent.see': '<versions>Vea exactamente qué ha cambiado</versions>.',
  'mail.reconsent.seeText': 'Vea exactamente qué ha cambiado:',
  'mail.reconsent.button': 'Revisar y firmar el nuevo texto',
  'mail.reconsent.withdraw': 'Si ya no apoya la carta, <withdraw>retire su firma</withdraw>.',
  'mail.reconsent.withdrawText': 'Si ya no apoya la carta, retire su firma:',

  'mail.invitation.subject': 'Invitación a firmar: {title}',
  // review: greeting is gender-neutral only with the name; «Estimado/a» was avoided
  'mail.invitation.dear': 'Saludos, {name}:',
  'mail.invitation.invited':
    '{founding, select, yes {Le invitamos a firmar <strong>{title}</strong>, una carta abierta dirigida a {addressee}, como uno de sus firmantes fundadores antes de que se abra al público.} other {Le invitamos a firmar <strong>{title}</strong>, una carta abierta dirigida a {addressee}.}}',
  'mail.invitation.button': 'Leer la carta y firmar',
  'mail.invitation.personal': 'El enlace es personal y válido durante 30 días. Firmar a través de él no requiere ninguna otra confirmación, y su firma se marca como verificada.',

  'mail.delivery.to': 'A la atención de {name}:',
  'mail.delivery.attached': 'Adjuntamos en PDF la carta y la lista completa de sus firmantes ({summary}), que también se publican en {url}.',

  'pdf.signatories': 'Firmantes',
  'pdf.legend':
    '✓ verificado: la persona firmante escribió desde el dominio de correo de la institución (indicado como «escribe desde @dominio»), fue invitada por los organizadores o recibió su aprobación. Cada firma fue confirmada por correo electrónico por su firmante. Los cargos y afiliaciones se indican solo a efectos de identificación.',
  'pdf.unlisted':
    '{n, plural, one {Se contabiliza # firmante más que, a petición propia, no figura con su nombre.} other {Se contabilizan # firmantes más que, a petición propia, no figuran con su nombre.}}',
  'pdf.withheld':
    '{n, plural, one {Se contabiliza # firmante más cuyo nombre aún no se ha publicado, por su seguridad} other {Se contabilizan # firmantes más cuyos nombres aún no se han publicado, por su seguridad}} (la carta publica los nombres de un país cuando han firmado suficientes personas de ese país, o todos los nombres en su lanzamiento).',
  'pdf.version': '{url} · versión {version, number} del texto · generado el {date}',
  'pdf.ledger':
    'Registro de firmantes: {n, plural, one {# entrada} other {# entradas}}, cabecera <code>{head}</code>, raíz de Merkle <code>{root}</code>, firmado con la clave de la instancia <code>{key}</code>.',
  'pdf.witnessed': '{count, plural, one {# testigo cofirmó} other {# testigos cofirmaron}} {size, plural, one {su primera entrada} other {sus primeras # entradas}}.',
  'pdf.check': 'Cualquiera puede comprobar que, desde entonces, la lista solo ha cambiado mediante eventos registrados:',
  'pdf.page': '{title} · página {page} de {pages}',
  'pdf.translationOf': 'Traducción ({language}) del original en {original}; prevalece el texto original.',
  'pdf.original': 'Texto original',
  'pdf.translation': 'Traducción',

  // Issue 20: the workspace's pages.
  'home.organizers': '¿Organiza una carta?',
  'home.signIn': 'Iniciar sesión en su espacio de trabajo',
  'mail.footer.invitation':
    'Ha recibido este mensaje porque esta dirección fue invitada a firmar la carta por {named, select, yes {{organizers}} other {los organizadores de «{title}»}}, a través de {siteName}. No se firma nada si usted no firma; su dirección de correo electrónico nunca se publica.',
  'mail.footer.delivery':
    'Ha recibido este mensaje porque esta dirección figura entre los destinatarios de la carta abierta «{title}», enviada a través de {siteName} por {named, select, yes {{organizers}} other {los organizadores de «{title}»}} en nombre de sus firmantes. Su página pública muestra a los destinatarios por su nombre, nunca por su dirección.',
  'mail.rejected.subject': 'Su firma no ha sido aceptada: {title}',
  'mail.rejected.decided': 'Los organizadores de <strong>{title}</strong> han revisado su firma, a nombre de {name}, y no la han aceptado.',
  'mail.rejected.effect': 'No se muestra en la lista de la carta ni se contabiliza.',
  'mail.rejected.data': 'Qué datos se guardan sobre su firma y cómo borrarlos: <withdraw>la página de su firma</withdraw>.',
  'mail.rejected.dataText': 'Qué datos se guardan sobre su firma y cómo borrarlos:',
  'mail.invitation.from': '{named, select, yes {La invitación es de {organizers}.} other {La invitación es de los organizadores de la carta.}}',
  'mail.delivery.from':
    '{named, select, yes {Esta carta le llega de parte de {organizers}, en nombre de sus firmantes.} other {Esta carta le llega de parte de sus organizadores, en nombre de sus firmantes.}}',

  // Issue 20: the workspace's pages.
  'sign.news': 'Envíenme novedades de esta carta (como máximo {n, plural, one {una vez} other {# veces}} al mes)',
  'sign.newsHint': 'Opcional. Cada mensaje incluye un enlace para dejar de recibirlos; su firma se mantiene.',
  'mail.update.subject': 'Novedades de «{title}»: {update}',
  'mail.update.news': 'Novedades de los organizadores de <strong>{title}</strong>, carta que usted firmó:',
  'mail.update.unsubscribe':
    'Recibe como máximo {n, plural, one {un mensaje de este tipo} other {# mensajes de este tipo}} al mes. Puede <unsubscribe>darse de baja</unsubscribe> con un clic; su firma se mantiene.',
  'mail.update.unsubscribeText': 'Recibe como máximo {n, plural, one {un mensaje de este tipo} other {# mensajes de este tipo}} al mes. Para darse de baja (su firma se mantiene), abra:',
  'mail.footer.update': 'Ha recibido este mensaje porque, al firmar «{title}» a través de {siteName}, pidió recibir novedades de la carta. Su dirección de correo electrónico nunca se publica.',
  'unsubscribe.title': 'Novedades de esta carta',
  'unsubscribe.heading': '¿Dejar de recibir novedades de esta carta?',
  'unsubscribe.doneHeading': 'Ya no recibirá novedades de esta carta',
  'unsubscribe.about': 'Los organizadores de <letter>{title}</letter> envían novedades de la carta a los firmantes que las pidieron.',
  'unsubscribe.effect': 'No recibirá más. Su firma permanece en la carta tal como está.',
  'unsubscribe.done': 'Ya no recibirá novedades de <letter>{title}</letter>. Su firma permanece en la carta tal como está.',
  'unsubscribe.submit': 'Darme de baja',
  'updates.heading': 'Novedades de los organizadores',
  // review: an update rendered as una novedad (feminine), hence Enviada; the news as novedades; the workspace section as Novedades
  'updates.sent': 'Enviada el {date}',
  'withdraw.news': 'Novedades de la carta',
  'withdraw.newsState': '{news, select, yes {las pidió: llegan a su dirección hasta que se dé de baja o retire su firma} other {ninguna}}',

  // The letter page’s addressees: where each stands, by group; {days}: how long the letter waits for a reply.
  'addressees.heading': 'Destinatarios',
  'addressees.intro':
    'La carta se envió por correo electrónico a cada uno de estos destinatarios. Aquí figuran sus nombres, nunca sus direcciones; quien no haya respondido en {days, plural, one {# día} other {# días}} desde el envío figura como «sin respuesta».',
  'addressees.ungrouped': 'Otros destinatarios',
  // review: «{group}: {counts}» would be identical to English, which the test refuses; rendered with « · » as in ws.section.pageTitle. If the lead prefers the colon, add es:addressees.summary to SAME_AS_ENGLISH
  'addressees.summary': '{hasGroup, select, yes {{group} · {counts}} other {{counts}}}',
  // review: bounced rendered as envío rebotado (the mail came back undelivered); sent as enviado(s), as in ws.delivery.count
  'addressees.count':
    '{state, select, replied {{n, plural, one {# ha respondido} other {# han respondido}}} bounced {{n, plural, one {# envío rebotado} other {# envíos rebotados}}} noReply {{n, number} sin respuesta tras {days, plural, one {# día} other {# días}}} sent {{n, plural, one {# enviado} other {# enviados}}} awaiting {{n, number} a la espera de respuesta} other {{n, number} en proceso de envío}}',
  'addressees.col.name': 'Nombre',
  'addressees.col.state': 'Estado',
  'addressees.state':
    '{state, select, replied {<reply>Respondió el {date}</reply>} bounced {Envío rebotado} noReply {Sin respuesta tras {days, plural, one {# día} other {# días}}} sent {Enviada el {date}} other {En proceso de envío}}',
  // The addressees’ published replies: on the letter page, their own page and the PDF.
  'replies.heading': 'Respuestas',
  'replies.received': 'Recibida el {date}',
  'replies.mark': '{mark, select, dkim {Verificada con DKIM para {domain}} organizer {Registrada por los organizadores} other {Recibida por correo electrónico, sin verificar}}',
  'replies.documents': '{n, plural, one {# documento} other {# documentos}}',
  'replies.read': 'Leer la respuesta',
  'reply.title': 'Respuesta de {addressee} · {title}',
  'reply.heading': 'Respuesta de {addressee}',
  'reply.inAnswer': 'En respuesta a la carta abierta <letter>{title}</letter>',
  'reply.markExplained':
    '{mark, select, dkim {El mensaje lo firmaron los servidores de correo de {domain} (DKIM), y ese dominio coincide con la dirección del destinatario: procede de su sistema de correo, sin alteraciones.} organizer {Los organizadores recibieron esta respuesta por una vía distinta de un correo electrónico a este sitio (por correo postal, por ejemplo) y la registraron tal como está escrita.} other {El mensaje llegó por correo electrónico sin una firma válida del dominio del destinatario: no se ha podido verificar quién lo envió.}}',
  'reply.documents': 'Documentos',
  'reply.document': 'Documento {position, number}: {type}, {size}',
  'reply.ledger':
    'Esta respuesta queda anotada en el registro público de la carta, que deja constancia de cualquier manipulación, con las huellas digitales (SHA-256) de su texto y de sus documentos: <verify>cómo comprobar el registro</verify>.',
  'pdf.replies': 'Respuestas',
  'pdf.replyUrl': 'En línea: {url}',
} satisfies SiteCatalog;
