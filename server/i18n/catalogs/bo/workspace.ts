import type { WorkspaceCatalog } from '../en/site-type.js';

/** Tibetan: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: owner = བདག་པོ, editor = རྩོམ་སྒྲིག་པ, moderator = ཞིབ་བཤེར་བ (one who checks signatures, as ཞིབ་བཤེར in site.ts), viewer = ལྟ་མཁན
  'ws.role': '{role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}}',
  'ws.kind': '{kind, select, legislator {ཁྲིམས་བཟོ་ཚོགས་མི} organization {ཚོགས་པ} individual {སྒེར་མི} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {གཏན་འཁེལ་སྒུག་བཞིན} confirmed {གཏན་འཁེལ་བྱས་ཟིན} withdrawn {ཕྱིར་འཐེན་བྱས་ཟིན} fraudulent {རྫུན་མ} other {{status}}}',
  // review: shadow (kept but silently never shown) = ལྐོག་སྦས (secretly hidden); rejected = ངོས་ལེན་མ་བྱས
  'ws.moderation': '{state, select, none {མེད} pending {ཞིབ་བཤེར་སྒུག་བཞིན} approved {སྤེལ་ཟིན} rejected {ངོས་ལེན་མ་བྱས} shadow {ལྐོག་སྦས} other {{state}}}',
  'ws.verification': '{by, select, domain {ཁྱབ་ཁོངས} invited {གདན་ཞུ་བྱས་པ} approved {ཆོག་མཆན་སྤྲད་པ} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {ཁྱབ་ཁོངས} invited {གདན་ཞུ་བྱས་པ} approved {ཆོག་མཆན་སྤྲད་པ} other {{by}}}: {domain}',
  // review: "Publish" a held signature rendered སྤེལ (as the letter’s ws.workspace.publish); "Hide" keeps ལྐོག་སྦས (secretly hidden) from ws.moderation
  'ws.decision': '{decision, select, approve {སྤེལ} reject {ངོས་ལེན་མི་བྱེད། (མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད)} shadow {ལྐོག་སྦས། (མིང་རྟགས་འགོད་མཁན་ལ་གློག་འཕྲིན་མི་གཏོང་)} other {{decision}}}',

  'ws.stats.legislators': 'རྒྱལ་ཁབ་ {countries, plural, other {#}} ནས་ཁྲིམས་བཟོ་ཚོགས་མི་ {count, plural, other {#}}',
  'ws.stats.organizations': '{count, plural, other {ཚོགས་པ་ #}}',
  'ws.stats.individuals': '{count, plural, other {སྒེར་མི་ #}}',
  'ws.stats.none': 'ད་དུང་མིང་རྟགས་མེད།',

  'ws.backToLetters': '← ཁྱེད་ཀྱི་འཕྲིན་ཡིག',
  'ws.signedInAs': '{email} ཐོག་ནས་ནང་འཛུལ་བྱས་ཡོད།',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  // review: title = མགོ་མིང (the letter’s title), though in an invitation list the same key is the signer’s title (གོ་གནས); slug = འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང (the letter’s web address); closesAt = མཇུག་བསྡུ་བའི་དུས་ཚོད; csv = མིང་ཐོ
  'ws.fieldName':
    '{field, select, title {མགོ་མིང} addressee {འབུལ་ཡུལ} summary {གནད་བསྡུས} language {སྐད་ཡིག} body {ཡི་གེ} slug {འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང} closesAt {མཇུག་བསྡུ་བའི་དུས་ཚོད} email {གློག་འཕྲིན} role {འགན་གནས} label {མིང་བྱང} origins {དྲ་ཚིགས་རྣམས} goal {དམིགས་ཚད་ཀྱི་མིང་རྟགས་གྲངས་ཀ} signerKinds {མིང་རྟགས་འགོད་ཆོག་མཁན} moderatedKinds {ཞིབ་བཤེར་ཆེད་འཕྲོ་འཇོག} group {སྡེ་ཚན} csv {མིང་ཐོ} name {མིང} kind {རིགས} country {རྒྱལ་ཁབ} parliament {གྲོས་ཚོགས} party {སྲིད་ཏང} organization {ཚོགས་པ} website {དྲ་ཚིགས} recipientId {གཏོང་མཁན} receivedOn {ཚེས་གྲངས} text {ལན} file {ཡིག་ཆ} replyWaitDays {“ལན་མེད” མ་བྱས་གོང་གི་ཉིན་གྲངས} other {ས་སྟོང་འདི}}',
  // review: column = ཀ་ཕྲེང, first line = ཐིག་ཕྲེང་དང་པོ, language code = སྐད་ཡིག་གི་ཚབ་རྟགས, held signatures = འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས; check the technical vocabulary
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: འདི་ངེས་པར་དུ་འབྲི་དགོས།} tooLong {{field}: འདི་རིང་དྲགས་འདུག} email {{field}: འདི་ནི་གློག་འཕྲིན་ཁ་བྱང་ཞིག་མ་རེད།} website {{field}: འདི་ནི་དྲ་ཚིགས་ཁ་བྱང་ཞིག་མ་རེད།} noLink {{field}: འདིར་དྲ་ཚིགས་ཁ་བྱང་ངོས་ལེན་མི་བྱེད།} noLetter {{field}: འདིའི་ནང་ཉུང་མཐར་ཡང་ཡིག་འབྲུའམ་ཨང་གྲངས་གཅིག་དགོས།} choose {{field}: གདམ་ག་ཁྲོད་ནས་གཅིག་འདེམས་རོགས།} languageTag {{field}: འདི་ནི་སྐད་ཡིག་གི་ཚབ་རྟགས་ཤིག་མ་རེད། (དཔེར་ན། en། fr། ཡང་ན་ zh-Hant)} future {{field}: འདི་མ་འོངས་པའི་དུས་ཚོད་ཅིག་ཡིན་དགོས།} ownLanguage {{field}: འདི་ནི་འཕྲིན་ཡིག་རང་གི་སྐད་ཡིག་ཡིན། དེའི་ཚབ་ཏུ་འཕྲིན་ཡིག་ཉིད་རྩོམ་སྒྲིག་གནང་།} date {{field}: འདི་ཚེས་གྲངས་ཤིག་མ་རེད།} notFuture {{field}: འདི་མ་འོངས་པའི་དུས་ཚོད་ཡིན་མི་ཆོག} unknownAddressee {{field}: འཕྲིན་ཡིག་གི་འབུལ་ཡུལ་ཁྲོད་ནས་གཅིག་འདེམས་རོགས།} tooMany {{field}: ལན་རེར་ཡིག་ཆ་མང་མཐའ་ལྔ་ལས་མི་ཆོག} days {{field}: འདི་ཉིན་གྲངས་ཆ་ཚང་ཞིག་ཡིན་དགོས། ༡ ནས་ ༣༦༥ བར།} other {{field}: འདི་ནོར་འདུག ཁྱེད་ཀྱིས་བྲིས་པ་ལ་ཞིབ་བཤེར་གནང་།}}} KIND_NOT_ACCEPTED {འཕྲིན་ཡིག་འདིར་རིགས་འདིའི་མི་སྣས་མིང་རྟགས་འགོད་མི་ཆོག} DUPLICATE {ཁ་བྱང་འདི་ཉིད་མིང་ཐོ་འདིའི་གོང་དུ་ཡོད་ཟིན།} INVALID_CSV {{reason, select, columns {ངོས་མ་ཟིན་པའི་ཀ་ཕྲེང: {columns}། ཐིག་ཕྲེང་དང་པོར་ཀ་ཕྲེང་གི་མིང་འབྲི་དགོས་ཤིང་། དེ་དག་ {expected} ཁྲོད་ནས་འདེམས་དགོས།} tooMany {ཐེངས་རེར་གདན་ཞུ་ཐོབ་མཁན་ {max, number} ལས་མང་བ་མི་ཆོག} other {མིང་ཐོ་འདི་ CSV ལྟར་ཀློག་མ་ཐུབ།}}} NOT_TAKING_SIGNATURES {འཕྲིན་ཡིག་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་བའམ་མི་ཡོངས་ལ་ཁ་ཕྱེ་ཡོད་སྐབས་ཁོ་ནར་གདན་ཞུ་གཏོང་ཐུབ།} LETTER_CLOSED {འཕྲིན་ཡིག་འདི་མཇུག་བསྡུས་ཟིན་པས། འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས་རྣམས་ཁ་སྣོན་མི་བྱེད།} ALREADY_PUBLISHED {ཟིན་བྲིས་ཤིག་ཡིན་ན་མ་གཏོགས་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་མི་ཐུབ།} NO_RECIPIENTS {འཕྲིན་ཡིག་མ་བཏང་གོང་། འབུལ་ཡུལ་ཁ་སྣོན་གནང་།} NOT_PUBLISHED {འཕྲིན་ཡིག་འདི་ད་དུང་སྤྱི་སྤེལ་བྱས་མེད། སྔོན་ལ་སྤེལ་རོགས།} SLUG_TAKEN {འཕྲིན་ཡིག་གཞན་ཞིག་གིས་དྲ་ཚིགས་ཁ་བྱང་འདི་བེད་སྤྱོད་བྱས་ཟིན།} SLUG_FROZEN {སྤེལ་ཟིན་པའི་འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང་བསྒྱུར་མི་ཐུབ།} CLOSING_TIME_PASSED {འཕྲིན་ཡིག་ཁ་མ་ཕྱེ་གོང་། མ་འོངས་པའི་མཇུག་བསྡུ་བའི་དུས་ཚོད་ཅིག་གཏན་འཁེལ་གནང་།} LAST_OWNER {འཕྲིན་ཡིག་ལ་ཉུང་མཐར་ཡང་བདག་པོ་གཅིག་དགོས། སྔོན་ལ་མི་གཞན་ཞིག་བདག་པོར་བསྐོ་རོགས།} ORGANIZER_NOT_FOUND {འཕྲིན་ཡིག་འདིའི་གོ་སྒྲིག་པ་སུ་ལའང་ཁ་བྱང་འདི་མེད།} SIGNATURE_NOT_FOUND {མིང་རྟགས་འདི་ད་ལྟ་མི་འདུག} UNSUPPORTED_FILE {{field}: ཡིག་ཆ་རེ་རེ་ PDF ཡང་ན་པར་རིས་ (PNG། JPEG། GIF ཡང་ན་ WebP) ཞིག་ཡིན་དགོས།} FILE_TOO_LARGE {{field}: ཡིག་ཆ་རེ་རེ་ 10 MB ལས་ཆེ་མི་ཆོག} REPLY_NOT_QUEUED {ལན་འདི་སྤེལ་ཟིན་པའམ་ཟུར་དུ་བཞག་ཟིན།} other {འདི་ལེགས་གྲུབ་བྱེད་མ་ཐུབ། ({code})}}',

  'ws.letters.title': 'ཁྱེད་ཀྱི་འཕྲིན་ཡིག',
  'ws.letters.intro': '{email} ཐོག་ནས་ནང་འཛུལ་བྱས་ཡོད། ཁྱེད་ཀྱི་འཕྲིན་ཡིག་ཐོག་གི་བྱ་བ་ཡོད་ཚད་འདུས་པའི་ API ཆ་ཚང་གི་གསལ་བཤད་ནི་ <docs>/docs</docs> ལ་ཡོད།',
  'ws.letters.new': 'འཕྲིན་ཡིག་གསར་པ།',
  // review: session = ནང་འཛུལ་སྐབས (sign-in session), API token = API ལྡེ་རྟགས (key token); check the computing vocabulary
  'ws.letters.account': 'ཁྱེད་ཀྱི་ནང་འཛུལ་སྐབས་དང་ API ལྡེ་རྟགས།',
  'ws.letters.meta': '{summary} · པར་གཞི་ {version, number} · /{slug}',
  'ws.letters.none': 'ཁྱེད་ཀྱིས་ད་དུང་འཕྲིན་ཡིག་གང་ཡང་གོ་སྒྲིག་བྱས་མེད།',

  'ws.new.title': 'འཕྲིན་ཡིག་གསར་པ།',
  'ws.new.save': 'ཟིན་བྲིས་ཉར་ཚགས།',

  'ws.field.title': 'མགོ་མིང',
  'ws.field.addressee': 'འབུལ་ཡུལ',
  'ws.field.summary': 'གནད་བསྡུས',
  'ws.field.summaryHint': '(སྔོན་ལྟའི་ཆེད་དུ་ཚིག་གྲུབ་གཅིག་གམ་གཉིས། རང་མོས)',
  'ws.field.language': 'སྐད་ཡིག',
  'ws.field.languageHint': '(དཔེར་ན། en། fr། zh-Hant)',
  'ws.field.body': 'ཡི་གེ',
  'ws.field.bodyHint': '(Markdown: *ནན་བཤད*། **ཡིག་གཟུགས་སྦོམ་པོ**། རིམ་ཐོ། [སྦྲེལ་མཐུད](https://…))',

  'ws.workspace.pageTitle': 'གོ་སྒྲིག: {title}',
  'ws.workspace.notPublic': 'ད་དུང་སྤྱི་སྤེལ་བྱས་མེད།',
  'ws.workspace.publicPage': 'སྤྱི་སྤེལ་ཤོག་ངོས།',
  'ws.workspace.publish': 'སྤེལ།',
  'ws.workspace.founding': 'གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ།',
  'ws.workspace.openToAll': 'མི་ཡོངས་ལ་ཁ་ཕྱེ།',
  'ws.workspace.close': 'མཇུག་བསྡུ།',
  'ws.workspace.reopen': 'ཡང་བསྐྱར་ཁ་ཕྱེ།',
  'ws.workspace.export': '{addresses, select, yes {མིང་རྟགས་ཡོད་ཚད་ཕྱིར་འདྲེན། (CSV། གློག་འཕྲིན་ཁ་བྱང་བཅས)} other {མིང་རྟགས་ཡོད་ཚད་ཕྱིར་འདྲེན། (CSV)}}',
  'ws.workspace.text': 'ཡི་གེ',
  'ws.workspace.editorial': 'ཡིག་ནོར་བཅོས་པ་ཙམ་ཡིན། མིང་རྟགས་འགོད་མཁན་ལ་ཡང་བསྐྱར་མོས་མཐུན་ཞུ་མི་དགོས།',
  'ws.workspace.preview': 'སྔོན་ལྟ།',
  'ws.workspace.save': 'ཉར་ཚགས།',

  'ws.queue.heading': 'ཞིབ་བཤེར་སྒུག་ཐོ། ({count, number})',
  // review: "shared mail" = a public mail service anyone can register with, so the domain proves no affiliation
  'ws.queue.sharedMail': '(མི་ཡོངས་ཀྱི་གློག་འཕྲིན་ཞབས་ཞུ། སུ་ལ་ཡང་དེར་ཁ་བྱང་ཡོད་སྲིད)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {འཕྲིན་ཡིག་འདིར་ཁྲིམས་བཟོ་ཚོགས་མིའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} organization {འཕྲིན་ཡིག་འདིར་ཚོགས་པའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} individual {འཕྲིན་ཡིག་འདིར་སྒེར་མིའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} other {{kind}: འཕྲིན་ཡིག་འདིར་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད}}',
  // review: written by the maintainer, not a translator
  'ws.queue.lookalike': '{same, select, yes {ཁྱབ་བསྒྲགས་བྱས་ཟིན་པའི་མིང་རྟགས་དང་མིང་གཅིག་པ། {name}} other {ཁྱབ་བསྒྲགས་བྱས་ཟིན་པའི་མིང་དང་འདྲ་བ། {name}}}',
  'ws.queue.empty': 'ཐག་གཅོད་སྒུག་པ་ཅི་ཡང་མེད།',

  'ws.col.name': 'མིང',
  'ws.col.affiliation': 'འབྲེལ་ཡོད་ལས་ཁུངས',
  'ws.col.websiteDomain': 'དྲ་ཚིགས་ཀྱི་ཁྱབ་ཁོངས',
  'ws.col.mailDomain': 'གློག་འཕྲིན་ཁྱབ་ཁོངས',
  'ws.col.email': 'གློག་འཕྲིན',
  'ws.col.verified': 'ར་སྤྲོད',
  'ws.col.heldBecause': 'འཕྲོ་འཇོག་གི་རྒྱུ་མཚན',
  'ws.col.decision': 'ཐག་གཅོད',
  'ws.col.kind': 'རིགས',
  'ws.col.country': 'རྒྱལ་ཁབ',
  'ws.col.status': 'གནས་སྟངས',
  'ws.col.moderation': 'ཞིབ་བཤེར',
  'ws.col.role': 'འགན་གནས',
  'ws.col.since': 'འགོ་ཚུགས་དུས',
  'ws.col.browser': 'དྲ་བཤར་ཆས',
  'ws.col.lastSeen': 'མཐའ་མའི་བྱ་འགུལ',
  'ws.col.action': 'བྱ་བ',
  'ws.col.label': 'མིང་བྱང',
  'ws.col.created': 'བཟོས་དུས',
  'ws.col.lastUsed': 'མཐའ་མར་བེད་སྤྱོད་དུས',

  'ws.invite.heading': 'མིང་རྟགས་འགོད་མཁན་ལ་གདན་ཞུ།',
  'ws.invite.result': 'གདན་ཞུ་བྱས་པ། {invited, number}། སྔོན་ནས་གདན་ཞུ་བྱས་ཟིན་པ། {already, number}།',
  'ws.invite.lineError': 'ཐིག་ཕྲེང་ {line, number}: {reason}',
  'ws.invite.csvLabel': 'མགོ་ཕྲེང་ཅན་གྱི་ CSV:',
  'ws.invite.send': 'གདན་ཞུ་གཏོང་།',

  'ws.team.heading': 'གོ་སྒྲིག་པ།',
  'ws.team.yourRole': 'ཁྱེད་ཀྱི་འགན་གནས། {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}}།',
  'ws.team.email': 'གློག་འཕྲིན',
  'ws.team.role': 'འགན་གནས',
  'ws.team.set': 'ཁ་སྣོན་ནམ་བསྒྱུར་བཅོས།',
  'ws.team.remove': 'ཕྱིར་འདོན།',

  'ws.signatures.heading': 'མིང་རྟགས།',
  // review: co-organizer = མཉམ་ལས་གོ་སྒྲིག་པ
  'ws.addresses.hidden':
    '{domainsOnly, select, yes {འཕྲིན་ཡིག་གི་བདག་པོས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཉམ་ལས་གོ་སྒྲིག་པར་མི་སྟོན། ཁྱེད་ཀྱིས་ཁ་བྱང་རེ་རེའི་ཁྱབ་ཁོངས་ཁོ་ན་མཐོང་ཐུབ།} other {འཕྲིན་ཡིག་གི་བདག་པོས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཉམ་ལས་གོ་སྒྲིག་པར་མི་སྟོན།}}',
  // review: audit log = རྩིས་ཞིབ་ཟིན་ཐོ
  'ws.addresses.audited': 'མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་ལ་ལྟ་ཐེངས་རེ་རེ། འདི་གའམ། API བརྒྱུད། ཡང་ན་ཕྱིར་འདྲེན་བྱས་པ་གང་ཡིན་ཀྱང་། འཕྲིན་ཡིག་གི་རྩིས་ཞིབ་ཟིན་ཐོར་ཐོ་འགོད་བྱེད་ཀྱི་ཡོད།',
  'ws.addresses.toggle': 'མཉམ་ལས་གོ་སྒྲིག་པ་ (རྩོམ་སྒྲིག་པ། ཞིབ་བཤེར་བ། ལྟ་མཁན) ཚོས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་ཐུབ། དེ་མིན་ཞིབ་བཤེར་བས་ཁྱབ་ཁོངས་ཁོ་ན་མཐོང་།',
  'ws.address.hidden': 'སྦས་ཡོད།',
  'ws.address.hiddenDomain': 'སྦས་ཡོད། (…@{domain})',

  'ws.filter.status': 'གནས་སྟངས',
  'ws.filter.all': 'ཡོངས་རྫོགས།',
  'ws.filter.search': 'འཚོལ་ཞིབ།',
  'ws.filter.submit': 'འདེམས་འཚག',

  // The organizers' goal, shown on the letter's first screen as a progress bar.
  // review: goal = དམིགས་ཚད (target figure), reached = འགྲུབ (accomplished), progress so far = ད་བར་གྱི་འཕེལ་རིམ (as འཕེལ་རིམ in site.ts); check the wording
  'ws.goal.heading': 'མིང་རྟགས་ཀྱི་དམིགས་ཚད།',
  'ws.goal.intro':
    'ཐོབ་རྒྱུའི་མིང་རྟགས་ཀྱི་གྲངས་ཀ། རིགས་ཡོངས་རྫོགས་སམ་རིགས་གཅིག་ཁོ་ན་རྩིས་ཆོག (དཔེར་ན། “ཁྲིམས་བཟོ་ཚོགས་མི་ 100”) འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུ་ད་བར་གྱི་འཕེལ་རིམ་སྟོན་ཞིང་། དམིགས་ཚད་འགྲུབ་དུས་འཕྲིན་ཡིག་གི་བདག་པོ་དང་རྩོམ་སྒྲིག་པ་རྣམས་ལ་གློག་འཕྲིན་གཏོང་གི་ཡོད།',
  'ws.goal.count': 'དམིགས་ཚད་ཀྱི་མིང་རྟགས་གྲངས་ཀ',
  // review: "Counting" (the menu: every signature, or one kind) rendered གྲངས་ཀར་རྩིས་རྒྱུ (what is counted)
  'ws.goal.kind': 'གྲངས་ཀར་རྩིས་རྒྱུ',
  'ws.goal.any': 'མིང་རྟགས་ཡོད་ཚད',
  'ws.goal.save': 'དམིགས་ཚད་ཉར་ཚགས།',
  'ws.goal.reached': '{date} ལ་དམིགས་ཚད་འགྲུབ་ཟིན།',

  // The sign widget partner sites embed (workspace).
  // review: widget = ལག་ཆ་ཆུང་ངུ (small tool), sign widget = མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུ; partner site = མཉམ་འབྲེལ་དྲ་ཚིགས; check the computing vocabulary
  'ws.widget.heading': 'མཉམ་འབྲེལ་དྲ་ཚིགས་ཀྱི་ཆེད་དུ་མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུ།',
  // review: sign form = མིང་རྟགས་འགོད་པའི་འགེངས་ཤོག (as འགེངས་ཤོག in site.ts); the partner’s code = ཚབ་རྟགས (as in language code); check it reads naturally
  'ws.widget.intro':
    'མཉམ་འབྲེལ་དྲ་ཚིགས་ཚོས་འཕྲིན་ཡིག་འདིའི་མིང་རྟགས་འགོད་པའི་འགེངས་ཤོག་དེ་རང་གི་ཤོག་ངོས་སུ་སྟོན་ཐུབ། དེ་སྟོན་ཆོག་པའི་དྲ་ཚིགས་རྣམས་ཐིག་ཕྲེང་རེར་གཅིག་བྲིས་ནས། མཉམ་འབྲེལ་པ་རེ་རེར་རང་ཉིད་ཀྱི་ཚབ་རྟགས་སྤྲོད་རོགས། ཁྱེད་ཀྱིས་མཉམ་འབྲེལ་པ་རེ་རེ་བརྒྱུད་ནས་མིང་རྟགས་བཀོད་མཁན་གྱི་གྲངས་ཀ་མཐོང་ཐུབ་ཀྱང་། དེ་དག་སུ་ཡིན་པ་ཅི་ཡང་མཐོང་མི་ཐུབ།',
  'ws.widget.origins': 'ལག་ཆ་ཆུང་ངུ་འདི་སྟོན་ཆོག་པའི་དྲ་ཚིགས་ (དཔེར་ན། https://partner.example)',
  'ws.widget.saveOrigins': 'དྲ་ཚིགས་རྣམས་ཉར་ཚགས།',
  // review: partner (an NGO or media outlet embedding the form) = མཉམ་འབྲེལ་པ, used in all the widget messages
  'ws.widget.partner': 'མཉམ་འབྲེལ་པ',
  'ws.widget.signatures': 'མིང་རྟགས',
  // review: the snippet to paste = སྦྱར་རྒྱུ (to attach/paste); check the word for pasting code
  'ws.widget.snippet': 'མཉམ་འབྲེལ་པའི་ཤོག་ངོས་སུ་སྦྱར་རྒྱུ།',
  'ws.widget.none': 'ད་དུང་མཉམ་འབྲེལ་པ་མེད།',
  'ws.widget.addPartner': 'མཉམ་འབྲེལ་པ་ཁ་སྣོན།',

  'ws.note.draftSaved': 'ཟིན་བྲིས་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.saved': 'ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.status':
    '{status, select, draft {འཕྲིན་ཡིག་ད་ལྟ་ཟིན་བྲིས་ཡིན།} founding {འཕྲིན་ཡིག་ད་ལྟ་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་ཡོད།} open {འཕྲིན་ཡིག་ཁ་ཕྱེ་ཡོད། སུས་ཀྱང་མིང་རྟགས་འགོད་ཆོག} closed {འཕྲིན་ཡིག་མཇུག་བསྡུས་ཟིན། སུས་ཀྱང་མིང་རྟགས་འགོད་མི་ཆོག} other {འཕྲིན་ཡིག་ད་ལྟ་ {status} ཡིན།}}',
  'ws.note.moderated':
    '{decision, select, approve {མིང་རྟགས་སྤེལ་ཟིན།} reject {མིང་རྟགས་ངོས་ལེན་མ་བྱས། མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད་ཀྱི་ཡོད།} shadow {མིང་རྟགས་ལྐོག་སྦས་བྱས་ཟིན། མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་མི་སྤྲོད།} other {ཐག་གཅོད་ཐོ་འགོད་བྱས་ཟིན།}}',
  'ws.note.addressesShown': 'མཉམ་ལས་གོ་སྒྲིག་པས་ད་ནི་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་ཐུབ།',
  'ws.note.addressesHidden': 'མཉམ་ལས་གོ་སྒྲིག་པས་ད་ནས་བཟུང་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་མི་ཐུབ།',
  'ws.note.removed': '{email} ཕྱིར་འདོན་བྱས་ཟིན།',
  'ws.note.goalSaved': 'དམིགས་ཚད་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.widgetSaved': 'ལག་ཆ་ཆུང་ངུ་འདི་སྟོན་ཆོག་པའི་དྲ་ཚིགས་རྣམས་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.partnerAdded': 'མཉམ་འབྲེལ་པ་ཁ་སྣོན་བྱས་ཟིན།',
  'ws.note.roleSet': '{email} ནི་ད་ལྟ་ {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}} ཡིན།',

  'ws.account.title': 'ཁྱེད་ཀྱི་རྩིས་ཐོ།',
  'ws.account.sessions': 'ནང་འཛུལ་སྐབས།',
  'ws.account.thisOne': '(འདི་ཉིད)',
  'ws.account.end': 'མཇུག་སྒྲིལ།',
  'ws.account.tokens': 'API ལྡེ་རྟགས།',
  'ws.account.newToken': 'ཁྱེད་ཀྱི་ལྡེ་རྟགས་གསར་པ། (ད་ལྟ་ཁོ་ན་སྟོན) <code>{token}</code>',
  'ws.account.revoke': 'ནུས་མེད་གཏོང་།',
  'ws.account.label': 'མིང་བྱང',
  'ws.account.labelPlaceholder': 'རྐང་འཁྱེར་གློག་ཀླད། ནང་འདྲེན་བྱ་རིམ།…',
  'ws.account.create': 'ལྡེ་རྟགས་ཤིག་བཟོ།',

  'ws.login.title': 'ནང་འཛུལ།',
  'ws.login.intro': 'གོ་སྒྲིག་པ་རྣམས་གློག་འཕྲིན་བརྒྱུད་བཏང་བའི་སྦྲེལ་མཐུད་ཀྱིས་ནང་འཛུལ་བྱེད། རྐུ་རྒྱུའམ་བརྗེད་རྒྱུའི་གསང་ཨང་མེད།',
  'ws.login.email': 'ཁྱེད་ཀྱི་གློག་འཕྲིན',
  'ws.login.send': 'ང་ལ་ནང་འཛུལ་སྦྲེལ་མཐུད་གཏོང་རོགས།',
  'ws.loginSent.title': 'ཁྱེད་ཀྱི་གློག་འཕྲིན་ལ་གཟིགས།',
  'ws.loginSent.body': 'ཁ་བྱང་འདི་གོ་སྒྲིག་པ་ཞིག་གི་ཡིན་ན། ནང་འཛུལ་སྦྲེལ་མཐུད་ཅིག་བཏང་ཟིན། དེ་ནི་ {minutes, plural, other {སྐར་མ་ #}} ནང་ཐེངས་གཅིག་ཁོ་ན་བེད་སྤྱོད་ཐུབ།',
  'ws.loginConfirm.title': 'Undersigned ལ་ནང་འཛུལ།',
  'ws.loginConfirm.button': 'ནང་འཛུལ།',

  'ws.versions.pageTitle': 'ལོ་རྒྱུས: {title}',
  'ws.versions.title': '“{title}” ཡི་ལོ་རྒྱུས།',
  'ws.versions.intro': 'ཐོག་མར་མིང་རྟགས་བཀོད་ནས་བཟུང་ཡི་གེའི་པར་གཞི་ཡོད་ཚད། ཡིག་ནོར་བཅོས་པ་ལ་མིང་རྟགས་འགོད་མཁན་གྱི་མོས་མཐུན་གསར་པ་མི་དགོས། འགྱུར་བ་གཞན་དག་བྱུང་ན་སྔོན་ཆད་མིང་རྟགས་བཀོད་མཁན་ཚང་མར་ཡང་བསྐྱར་མོས་མཐུན་ཞུ་གི་ཡོད།',
  'ws.versions.version': 'པར་གཞི་ {version, number}',
  'ws.versions.editorial': 'ཡིག་ནོར་བཅོས་པ།',
  'ws.versions.first': 'ཐོག་མའི་ཡི་གེ།',
  'ws.versions.back': 'འཕྲིན་ཡིག་ལ་ཕྱིར་ལོག',
  'ws.versions.translationHistory': '{language} ཡི་ཡིག་སྒྱུར་གྱི་ལོ་རྒྱུས།',
  'ws.versions.revision': 'བསྐྱར་བཅོས་ {revision, number}། པར་གཞི་ {version, number} ཡི་ཡིག་སྒྱུར།',
  'ws.versions.current': 'ད་ལྟའི་པར་གཞི',
  'ws.versions.revisionOutdated': 'བསྐྱར་བཅོས་འདི་ནི་ཡི་གེའི་པར་གཞི་སྔ་མ་ཞིག་ལ་གཞི་བཅོལ་ཡོད།',
  'ws.versions.firstTranslation': 'ཐོག་མའི་ཡིག་སྒྱུར།',
  'ws.diff.field': '{field, select, title {མགོ་མིང} addressee {འབུལ་ཡུལ} summary {གནད་བསྡུས} body {ཡི་གེ} other {{field}}}',

  'ws.mail.hello': 'བཀྲ་ཤིས་བདེ་ལེགས།',
  'ws.mail.helloName': '{name} ལགས། བཀྲ་ཤིས་བདེ་ལེགས།',
  'ws.mail.signIn': 'ནང་འཛུལ།',
  'ws.mail.login.subject': 'Undersigned ལ་ནང་འཛུལ་བྱེད་པའི་ཁྱེད་ཀྱི་སྦྲེལ་མཐུད།',
  'ws.mail.login.title': 'ནང་འཛུལ།',
  'ws.mail.login.asked': 'མི་ཞིག་གིས། (ཕལ་ཆེར་ཁྱེད་རང་) {email} ཐོག་ནས་ Undersigned ལ་ནང་འཛུལ་བྱེད་པའི་རེ་ཞུ་བྱས།',
  'ws.mail.login.openLink': 'ཡང་ན་སྦྲེལ་མཐུད་འདི་ཁ་ཕྱེ་རོགས: <link>{url}</link>',
  'ws.mail.login.once': 'དེ་ནི་ {minutes, plural, other {སྐར་མ་ #}} ནང་ཐེངས་གཅིག་ཁོ་ན་བེད་སྤྱོད་ཐུབ། ཁྱེད་ཀྱིས་རེ་ཞུ་བྱས་མེད་ན། འཕྲིན་འདི་སྣང་མེད་དུ་ཞོག',
  'ws.mail.login.textLink': 'ནང་འཛུལ། (སྦྲེལ་མཐུད་འདི་ {minutes, plural, other {སྐར་མ་ #}} ནང་ཐེངས་གཅིག་ཁོ་ན་བེད་སྤྱོད་ཐུབ):',
  'ws.mail.login.ignore': 'ཁྱེད་ཀྱིས་རེ་ཞུ་བྱས་མེད་ན། འཕྲིན་འདི་སྣང་མེད་དུ་ཞོག',
  'ws.mail.added.subject': 'ཁྱེད་ནི་ད་ལྟ་འཕྲིན་ཡིག་འདིའི་ {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}} ཡིན། {title}',
  'ws.mail.added.body':
    'ཁྱེད་ནི་ད་ལྟ་ Undersigned ཐོག་གི་ཁ་ཕྱེ་བའི་འཕྲིན་ཡིག <strong>{title}</strong> ཡི་ <strong>{role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}}</strong> ཡིན།',
  'ws.mail.added.bodyText': 'ཁྱེད་ནི་ད་ལྟ་ Undersigned ཐོག་གི་ཁ་ཕྱེ་བའི་འཕྲིན་ཡིག “{title}” ཡི་ {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}} ཡིན།',
  // review: workspace = ལས་ཀའི་ས་ཁུལ (work area)
  'ws.mail.added.link': 'སྦྲེལ་མཐུད་འདི་ {minutes, plural, other {སྐར་མ་ #}} ནང་ཐེངས་གཅིག་ཁོ་ན་བེད་སྤྱོད་ཐུབ། དེ་རྗེས་ནང་འཛུལ་ཤོག་ངོས་ནས་གསར་པ་ཞིག་རེ་ཞུ་གནང་། འཕྲིན་ཡིག་གི་ལས་ཀའི་ས་ཁུལ། <workspace>{url}</workspace>',
  'ws.mail.added.textLink': 'ནང་འཛུལ། (སྦྲེལ་མཐུད་འདི་ {minutes, plural, other {སྐར་མ་ #}} ནང་ཐེངས་གཅིག་ཁོ་ན་བེད་སྤྱོད་ཐུབ། དེ་རྗེས་ནང་འཛུལ་ཤོག་ངོས་ནས་གསར་པ་ཞིག་རེ་ཞུ་གནང་):',
  'ws.mail.added.workspace': 'འཕྲིན་ཡིག་གི་ལས་ཀའི་ས་ཁུལ། {url}',
  // The letter's public count reached its organizers' goal.
  'ws.mail.goal.subject': 'དམིགས་ཚད་འགྲུབ་ཟིན། {title}',
  'ws.mail.goal.body':
    'ཁ་ཕྱེ་བའི་འཕྲིན་ཡིག <letter>{title}</letter> ཡི་དམིགས་ཚད་འགྲུབ་ཟིན། {kind, select, legislator {{goal, plural, other {ཁྲིམས་བཟོ་ཚོགས་མི་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} organization {{goal, plural, other {ཚོགས་པ་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} individual {{goal, plural, other {སྒེར་མི་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} other {{goal, plural, other {མིང་རྟགས་ # བཀོད་ཟིན།}}}}',
  'ws.mail.goal.bodyText':
    'ཁ་ཕྱེ་བའི་འཕྲིན་ཡིག “{title}” ཡི་དམིགས་ཚད་འགྲུབ་ཟིན། {kind, select, legislator {{goal, plural, other {ཁྲིམས་བཟོ་ཚོགས་མི་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} organization {{goal, plural, other {ཚོགས་པ་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} individual {{goal, plural, other {སྒེར་མི་ # ཡིས་མིང་རྟགས་བཀོད་ཟིན།}}} other {{goal, plural, other {མིང་རྟགས་ # བཀོད་ཟིན།}}}}',

  // Issue 20: the workspace's pages.
  'ws.note.settingsSaved': 'སྒྲིག་འགོད་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.translationSaved': 'ཡིག་སྒྱུར་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.recipientsAdded': '{count, plural, other {འབུལ་ཡུལ་ # ཁ་སྣོན་བྱས་ཟིན།}}',
  'ws.note.deliveryQueued': '{count, plural, other {འཕྲིན་ཡིག་འབུལ་ཡུལ་ # ལ་གཏོང་བཞིན་ཡོད།}}',
  // review: "marked as fraudulent" rendered རྫུན་མར་རྟགས་བཀོད (marked as fake, རྫུན་མ as in ws.signatureStatus); used in every ws.invalidate and audit message
  'ws.note.invalidated': '{count, plural, other {མིང་རྟགས་ # རྫུན་མར་རྟགས་བཀོད་ཟིན།}}',
  'ws.diff.added': 'ཁ་སྣོན་བྱས་པ:',
  'ws.diff.removed': 'བསུབ་པ:',
  'ws.diff.formatted': 'རྣམ་པ་བསྒྱུར་བ:',
  'ws.diff.unchanged': '{count, plural, other {… འགྱུར་བ་མེད་པའི་དུམ་མཚམས་ # …}}',
  // review: "the markup of the source" (the Markdown the text is written in) rendered ཡི་གེའི་རྩ་བའི་རྟགས་རིས; check the technical wording
  'ws.diff.sameReading': 'ཡི་གེའི་རྩ་བའི་རྟགས་རིས་ཁོ་ན་བསྒྱུར་ཡོད། ཀློག་དུས་ཡི་གེ་གཅིག་པ་ཡིན།',
  // review: delivery = སྤྲོད་པ (as delivered.heading སྤྲོད་ཟིན); share = བགོ་སྤྲོད; team = གོ་སྒྲིག་པ (as ws.team.heading)
  'ws.section':
    '{section, select, text {ཡི་གེ} settings {སྒྲིག་འགོད} translations {ཡིག་སྒྱུར} signatures {མིང་རྟགས} invite {གདན་ཞུ} delivery {སྤྲོད་པ} replies {ལན} updates {གསར་འགྱུར} team {གོ་སྒྲིག་པ} share {བགོ་སྤྲོད} audit {རྩིས་ཞིབ་ཟིན་ཐོ} other {{section}}}',
  'ws.section.pageTitle': '{section}། {title}',
  'ws.nav.label': 'ལས་ཀའི་ས་ཁུལ',
  'ws.workspace.history': 'ཡི་གེའི་ལོ་རྒྱུས།',
  'ws.workspace.previewHeading': 'སྔོན་ལྟ། ཀློག་མཁན་གྱིས་མཐོང་རྒྱུའི་འཕྲིན་ཡིག (ད་དུང་ཉར་ཚགས་བྱས་མེད)',
  'ws.header.label': 'ཁྱེད་ཀྱི་རྩིས་ཐོ།',
  'ws.header.letters': 'ཁྱེད་ཀྱི་འཕྲིན་ཡིག',
  'ws.header.account': 'རྩིས་ཐོ།',
  'ws.header.signOut': 'ཕྱིར་ཐོན།',
  'ws.login.signedOut': 'ཁྱེད་ཕྱིར་ཐོན་ཟིན།',
  'ws.addresses.heading': 'མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་།',
  'ws.confirm.cancel': 'རྩིས་མེད།',
  'ws.confirm.heading':
    '{step, select, publish {འཕྲིན་ཡིག་སྤེལ་ལམ།} openToAll {འཕྲིན་ཡིག་མི་ཡོངས་ལ་ཁ་ཕྱེ་འམ།} founding {འཕྲིན་ཡིག་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་འམ།} close {འཕྲིན་ཡིག་མཇུག་བསྡུ་འམ།} reopen {འཕྲིན་ཡིག་ཡང་བསྐྱར་ཁ་ཕྱེ་འམ།} other {མུ་མཐུད་དམ།}}',
  'ws.confirm.consequences':
    '{step, select, publish {འཕྲིན་ཡིག་ {url} ཐོག་སྤྱི་སྤེལ་བྱེད་རྒྱུ་ཡིན། སུས་ཀྱང་ཀློག་ནས་མིང་རྟགས་འགོད་ཐུབ།\nམིང་རྟགས་རེ་རེ་གྲངས་ཀར་མ་རྩིས་གོང་གློག་འཕྲིན་བརྒྱུད་གཏན་འཁེལ་བྱེད། མིང་རྣམས་སྤྱི་སྤེལ་ཐོ་ཐོག་མངོན།\nཁྱེད་ཀྱིས་ད་དུང་ཡི་གེ་བཅོས་ཆོག་ཀྱང་། ནང་དོན་གྱི་འགྱུར་བ་ཞིག་བྱུང་ན་མིང་རྟགས་འགོད་མཁན་ཚང་མར་ཡང་བསྐྱར་མོས་མཐུན་ཞུ་གི་ཡོད།} openToAll {འཕྲིན་ཡིག་ {url} ཐོག་སྤྱི་སྤེལ་བྱེད་རྒྱུ་ཡིན། གདན་ཞུ་ཐོབ་མཁན་ཁོ་ན་མིན་པར་སུས་ཀྱང་ཀློག་ནས་མིང་རྟགས་འགོད་ཐུབ།\nམིང་རྟགས་བཀོད་ཟིན་པའི་གདན་ཞུ་ཐོབ་མཁན་རྣམས་ཐོའི་ཐོག་མར་གནས་རྒྱུ་ཡིན།} founding {ཁྱེད་ཀྱིས་གདན་ཞུ་བྱས་པའི་མི་ཁོ་ནས་མིང་རྟགས་འགོད་ཐུབ། འཕྲིན་ཡིག་མི་ཡོངས་ལ་སྦས་ནས་གནས་རྒྱུ་ཡིན།\nརྗེས་སུ་ “སྤེལ” བརྒྱུད་མི་ཡོངས་ལ་ཁ་ཕྱེ་ཆོག} close {ད་ནས་སུས་ཀྱང་མིང་རྟགས་འགོད་མི་ཐུབ། འཕྲིན་ཡིག་དང་དེའི་ཐོ་ {url} ཐོག་སྤྱི་སྤེལ་ངང་གནས་རྒྱུ་ཡིན།\nརྗེས་སུ་ཡང་བསྐྱར་ཁ་ཕྱེ་ཆོག} reopen {{url} ཐོག་མིང་རྟགས་འགོད་པ་ཡང་བསྐྱར་ཁ་ཕྱེ་རྒྱུ་ཡིན།} other {འདི་ཕྱིར་ལྡོག་བྱེད་མི་ཐུབ།}}',
  'ws.confirm.button': '{step, select, publish {ད་ལྟ་སྤེལ།} openToAll {ད་ལྟ་མི་ཡོངས་ལ་ཁ་ཕྱེ།} founding {གདན་ཞུ་ཐོབ་མཁན་ལ་ཁ་ཕྱེ།} close {འཕྲིན་ཡིག་མཇུག་བསྡུ།} reopen {ད་ལྟ་ཡང་བསྐྱར་ཁ་ཕྱེ།} other {མུ་མཐུད།}}',
  // review: counter = གྲངས་ཀ་སྟོན་ཆས (a device showing the count); check the wording
  'ws.share.embedHeading': 'དྲ་ཚིགས་གཞན་གྱི་ཆེད་དུ་གྲངས་ཀ་སྟོན་ཆས།',
  'ws.share.embedIntro': 'གྲངས་ཀ་དང་འཕྲིན་ཡིག་གི་སྦྲེལ་མཐུད་ཡོད་པའི་སྒམ་ཆུང་ཞིག དྲ་ཚིགས་གཞན་དག་གིས་རང་གི་ཤོག་ངོས་སུ་སྦྱར་ཆོག',
  'ws.team.removeHeading': '{who} འཕྲིན་ཡིག་གི་གོ་སྒྲིག་པའི་ཁྲོད་ནས་ཕྱིར་འདོན་ནམ།',
  'ws.team.removeConsequences':
    '{who} ({role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}}) ཡིས་ད་ནས་ལས་ཀའི་ས་ཁུལ་འདི་ཁ་ཕྱེ་བའམ་འཕྲིན་ཡིག་ཐོག་བྱ་བ་གང་ཡང་བྱེད་མི་ཐུབ།\nཁོང་གིས་བྱས་པའི་བྱ་བ་རྣམས་རྩིས་ཞིབ་ཟིན་ཐོར་གནས་རྒྱུ་ཡིན།\nརྗེས་སུ་ཁོང་ཡང་བསྐྱར་ཁ་སྣོན་བྱེད་ཆོག',
  'ws.team.removeButton': 'ཕྱིར་འདོན།',
  'ws.settings.heading': 'མིང་རྟགས་འགོད་པ།',
  'ws.settings.closesAt': 'མཇུག་བསྡུ་བའི་དུས་ཚོད། (UTC)',
  'ws.settings.closesAtHint': 'ཚེས་གྲངས་དང་དུས་ཚོད་ནི་ UTC (འཛམ་གླིང་མཉམ་སྒྲིག་དུས་ཚོད) ཡིན་པ་ལས། ཁྱེད་ཀྱི་ས་གནས་ཀྱི་དུས་ཚོད་མིན། དུས་ཚོད་དེར་མིང་རྟགས་འགོད་པ་མཚམས་འཇོག་རྒྱུ་ཡིན། མཇུག་བསྡུ་བའི་དུས་ཚོད་མི་དགོས་ན་སྟོང་པར་ཞོག',
  'ws.settings.signerKinds': 'མིང་རྟགས་འགོད་ཆོག་མཁན། (ཉུང་མཐར་གཅིག)',
  'ws.settings.moderatedKinds': 'ཞིབ་བཤེར་ཆེད་འཕྲོ་འཇོག',
  'ws.settings.moderatedHint': 'རིགས་འདི་དག་གི་མིང་རྟགས་རྣམས་མ་སྟོན་པ་དང་གྲངས་ཀར་མ་རྩིས་གོང་། གོ་སྒྲིག་པ་ཞིག་གི་ཆོག་མཆན་ལ་སྒུག་དགོས།',
  'ws.settings.save': 'སྒྲིག་འགོད་ཉར་ཚགས།',
  'ws.translations.intro': 'སྐད་ཡིག་གཞན་དུ་འཕྲིན་ཡིག མིང་རྟགས་འགོད་མཁན་རྣམས་ཀྱིས་མ་ཡིག་ལ་མོས་མཐུན་བྱེད། ཡིག་སྒྱུར་རེ་རེ་མ་ཡིག་གི་པར་གཞི་གཅིག་ལ་གཞི་བཅོལ་ཡོད་ཅིང་། མ་ཡིག་ལ་པར་གཞི་གསར་པ་བྱུང་ན་དེ་ “རྙིང་པ” ཞེས་རྟགས་འགོད་རྒྱུ་ཡིན།',
  'ws.translations.none': 'ད་དུང་ཡིག་སྒྱུར་མེད།',
  'ws.translations.col.language': 'སྐད་ཡིག',
  'ws.translations.col.title': 'མགོ་མིང',
  'ws.translations.col.follows': 'གཞི་བཅོལ་བའི་པར་གཞི',
  'ws.translations.col.state': 'གནས་སྟངས',
  'ws.translations.col.links': 'སྦྲེལ་མཐུད',
  'ws.translations.follows': 'པར་གཞི་ {version, number}',
  'ws.translations.outdated': 'རྙིང་པ། འཕྲིན་ཡིག་ད་ལྟ་པར་གཞི་ {version, number} ཡིན།',
  'ws.translations.upToDate': 'དུས་དང་མཐུན་ཡོད།',
  'ws.translations.edit': 'རྩོམ་སྒྲིག',
  'ws.translations.read': 'སྤྱི་སྤེལ་ཡི་གེ',
  'ws.translations.formHeading': 'ཡིག་སྒྱུར་ཁ་སྣོན་ནམ་གསར་བཅོས།',
  'ws.translations.formIntro': 'ཡིག་སྒྱུར་ཡོད་ཟིན་པའི་སྐད་ཡིག་ཅིག་ཉར་ཚགས་བྱས་ན། དེ་ཡིག་སྒྱུར་སྔ་མའི་ཚབ་ཏུ་འགྱུར་རྒྱུ་ཡིན། (ཡི་གེ་སྔ་མ་རྣམས་སྤྱི་སྤེལ་ལོ་རྒྱུས་ནང་གནས) ཉར་ཚགས་བྱས་པའི་ཡིག་སྒྱུར་དེ་ད་ལྟའི་པར་གཞི་ {version, number} ལ་གཞི་བཅོལ་རྒྱུ་ཡིན།',
  'ws.translations.language': 'སྐད་ཡིག',
  'ws.translations.chooseLanguage': 'སྐད་ཡིག་ཅིག་འདེམས་རོགས།',
  'ws.translations.addresseeHint': '(རང་མོས། སྟོང་པ་ཡིན་ན་མ་ཡིག་གི་འབུལ་ཡུལ)',
  'ws.translations.previewHeading': 'སྔོན་ལྟ། ཀློག་མཁན་གྱིས་མཐོང་རྒྱུའི་ཡིག་སྒྱུར། (ད་དུང་ཉར་ཚགས་བྱས་མེད)',
  'ws.translations.save': 'ཡིག་སྒྱུར་ཉར་ཚགས།',
  'ws.account.publicName': 'ཁྱེད་ཀྱི་སྤྱི་སྤེལ་མིང་ངམ་ཚོགས་པ།',
  'ws.account.publicNameLabel': 'མིང་ངམ་ཚོགས་པ',
  'ws.account.publicNameHint':
    'མིང་རྟགས་འགོད་པའི་གདན་ཞུ་དང་སྤྲོད་ཟིན་པའི་འཕྲིན་ཡིག་གཉིས་ཀར་མིང་འདི་ཐོག་ནས་འཕྲིན་ཡིག་གི་བདག་པོ་ངོ་སྤྲོད་བྱེད། མིང་མེད་ན་འཕྲིན་ཡིག་གི་ “གོ་སྒྲིག་པ” ཞེས་འབྲི་རྒྱུ་ཡིན། མིང་རྟགས་འགོད་མཁན་དང་འབུལ་ཡུལ་གྱིས་ཁྱེད་ཀྱི་གློག་འཕྲིན་ཁ་བྱང་ནམ་ཡང་མཐོང་གི་མེད།',
  'ws.account.saveName': 'མིང་ཉར་ཚགས།',
  'ws.mail.footer.login': 'ཁྱེད་རང་ངམ་ཁ་བྱང་འདི་བྲིས་པའི་མི་ཞིག་གིས་དེ་ཐོག་ནས་ Undersigned ལ་ནང་འཛུལ་བྱེད་པའི་རེ་ཞུ་བྱས་པས། ཁྱེད་ལ་འཕྲིན་འདི་འབྱོར་བ་ཡིན། ཁྱེད་རང་མ་ཡིན་ན་འཕྲིན་འདི་སྣང་མེད་དུ་ཞོག སྦྲེལ་མཐུད་མེད་པར་སུས་ཀྱང་ནང་འཛུལ་བྱེད་མི་ཐུབ།',
  'ws.mail.footer.added': '{known, select, yes {{by} ཡིས} other {འཕྲིན་ཡིག་གི་བདག་པོ་ཞིག་གིས}} Undersigned ཐོག་ “{title}” ཡི་གོ་སྒྲིག་པའི་ཁྲོད་དུ་ཁ་བྱང་འདི་ཁ་སྣོན་བྱས་པས། ཁྱེད་ལ་འཕྲིན་འདི་འབྱོར་བ་ཡིན།',
  'ws.mail.footer.goal': 'ཁྱེད་ནི་ Undersigned ཐོག་ “{title}” ཡི་བདག་པོའམ་རྩོམ་སྒྲིག་པའི་ཐོག་ནས་གོ་སྒྲིག་བྱེད་མཁན་ཡིན་པས། ཁྱེད་ལ་འཕྲིན་འདི་འབྱོར་བ་ཡིན།',
  'ws.delivery.intro': 'འཕྲིན་ཡིག་འདི་ཕུལ་ཡུལ་གྱི་མི་སྣའམ་ལས་ཁུངས་རྣམས། རེ་རེར་རང་གི་སྐད་ཡིག་ཐོག་གློག་འཕྲིན་བརྒྱུད་འབྱོར་ཞིང་། ཡི་གེ་དང་དེའི་མིང་རྟགས་འགོད་མཁན་ཚུད་པའི་ PDF མཉམ་སྦྲགས་ཡོད།',
  'ws.delivery.addressees': 'འབུལ་ཡུལ། ({count, number})',
  'ws.delivery.none': 'ད་དུང་འབུལ་ཡུལ་མེད། འོག་ཏུ་རེ་རེ་བཞིན་ནམ་མིང་ཐོ་ཞིག་གི་ཐོག་ནས་ཁ་སྣོན་གནང་།',
  'ws.delivery.col.group': 'སྡེ་ཚན',
  'ws.delivery.col.language': 'སྐད་ཡིག',
  'ws.delivery.col.state': 'སྤྲོད་པའི་གནས་སྟངས',
  'ws.delivery.state': '{state, select, queued {གཏོང་རྒྱུར་སྒུག་བཞིན} sent {བཏང་ཟིན} failed {མ་ཐུབ} other {བཏང་མེད}}',
  // review: mail server = གློག་འཕྲིན་ཞབས་ཞུ་ཆས; check the computing vocabulary
  'ws.delivery.failed': 'མ་ཐུབ། {why, select, refused {ཁོང་ཚོའི་གློག་འཕྲིན་ཞབས་ཞུ་ཆས་ཀྱིས་འཕྲིན་དེ་ངོས་ལེན་མ་བྱས།} unreachable {ཁོང་ཚོའི་གློག་འཕྲིན་ཞབས་ཞུ་ཆས་ལ་འབྲེལ་བ་བྱེད་མ་ཐུབ།} other {འཕྲིན་དེ་གཏོང་མ་ཐུབ།}}',
  'ws.delivery.count': '{state, select, sent {བཏང་ཟིན་ {count, number}} queued {སྒུག་བཞིན་ {count, number}} failed {མ་ཐུབ་ {count, number}} other {བཏང་མེད་ {count, number}}}',
  'ws.delivery.progressHeading': 'ཐེངས་མཐའ་མའི་གཏོང་བ།',
  'ws.delivery.progress': '{total, number} ལས་ {sent, number} བཏང་ཟིན། {queued, number} གཏོང་རྒྱུར་སྒུག་བཞིན། {failed, number} མ་ཐུབ།',
  'ws.delivery.notPublic': 'འཕྲིན་ཡིག་སྤྱི་སྤེལ་བྱས་རྗེས་གཏོང་ཐུབ། སྔོན་ལ་སྤེལ་རོགས། ད་ལྟ་དེའི་འབུལ་ཡུལ་ཁ་སྣོན་བྱེད་ཆོག',
  'ws.delivery.readOnly': 'འཕྲིན་ཡིག་གི་བདག་པོ་དང་རྩོམ་སྒྲིག་པ་ཁོ་ནས་འབུལ་ཡུལ་ཁ་སྣོན་དང་འཕྲིན་ཡིག་གཏོང་ཐུབ།',
  'ws.delivery.previewLink': 'འཕྲིན་རྣམས་སྔོན་ལྟ་བྱས་རྗེས་གཏོང་།',
  'ws.delivery.addHeading': 'འབུལ་ཡུལ་ཞིག་ཁ་སྣོན།',
  'ws.delivery.name': 'མིང',
  'ws.delivery.email': 'གློག་འཕྲིན',
  'ws.delivery.language': 'སྐད་ཡིག',
  'ws.delivery.group': 'སྡེ་ཚན། (རང་མོས། དཔེར་ན་ས་ཁུལ)',
  'ws.delivery.add': 'འབུལ་ཡུལ་ཁ་སྣོན།',
  'ws.delivery.importHeading': 'མིང་ཐོ་ཞིག་ནས་མང་པོ་ཁ་སྣོན།',
  'ws.delivery.csvLabel': 'CSV སྦྱར་རོགས། ཐིག་ཕྲེང་དང་པོར་ཀ་ཕྲེང་གི་མིང་འབྲི་ཞིང་། དེའི་འོག་ཏུ་ཐིག་ཕྲེང་རེར་འབུལ་ཡུལ་གཅིག་འབྲི། (language: en དང་ fr ལྟ་བུའི་སྐད་ཡིག་གི་ཚབ་རྟགས། སྟོང་པ་ཡིན་ན་འཕྲིན་ཡིག་རང་གི་སྐད་ཡིག):',
  'ws.delivery.import': 'འབུལ་ཡུལ་འདི་དག་ཁ་སྣོན།',
  'ws.delivery.importResult': '{added, plural, other {འབུལ་ཡུལ་ # ཁ་སྣོན་བྱས་ཟིན།}} {already, plural, =0 {སྔོན་ནས་ཡོད་པ་གཅིག་ཀྱང་མེད།} other {# སྔོན་ནས་ཡོད།}} འོག་གི་ཐིག་ཕྲེང་རྣམས་ལེན་མ་ཐུབ:',
  'ws.delivery.lineError': 'ཐིག་ཕྲེང་ {line, number}: {reason}',
  'ws.delivery.previewTitle': 'མ་བཏང་གོང་གི་འཕྲིན་རྣམས།',
  'ws.delivery.previewIntro': 'འབུལ་ཡུལ་རེ་རེར་འོག་གི་རང་སྐད་ཀྱི་འཕྲིན་དེ། རང་མིང་གིས་འཚམས་འདྲི་ཞུས་ཏེ་ PDF མཉམ་སྦྲགས་དང་བཅས་འབྱོར་རྒྱུ་ཡིན། ཁྱེད་ཀྱིས་གཏན་འཁེལ་མ་བྱས་བར་དུ་ཅི་ཡང་གཏོང་གི་མེད།',
  'ws.delivery.previewLanguage': '{language}: {count, plural, other {འབུལ་ཡུལ་ #}}',
  'ws.delivery.previewAs': '{name} ལ་འབྱོར་རྒྱུ་ལྟར་སྟོན་ཡོད།',
  'ws.delivery.noTranslation': 'འཕྲིན་ཡིག་འདི་སྐད་ཡིག་འདིར་བསྒྱུར་མེད་པས། ཡི་གེ་ {language} ཐོག་གཏོང་རྒྱུ་ཡིན།',
  'ws.delivery.subject': 'བརྗོད་གཞི',
  'ws.delivery.textBody': 'འཕྲིན།',
  'ws.delivery.htmlBody': 'གློག་འཕྲིན་མཉེན་ཆས་ཀྱི་རྣམ་པའི་ཐོག་འཕྲིན་དེར་གཟིགས།',
  'ws.delivery.pdf': 'མཉམ་སྦྲགས་ PDF ({language})',
  'ws.delivery.previewNone': 'ད་དུང་འབུལ་ཡུལ་མེད། སྔོན་ལ་ཁ་སྣོན་གནང་།',
  'ws.delivery.previewDraft': 'འཕྲིན་ཡིག་སྤྱི་སྤེལ་བྱས་རྗེས་འཕྲིན་རྣམས་སྟོན་ཐུབ། སྔོན་ལ་སྤེལ་རོགས།',
  'ws.delivery.send': '{count, plural, other {འབུལ་ཡུལ་ # ལ་གཏོང་།}}',
  'ws.delivery.back': 'འབུལ་ཡུལ་ལ་ཕྱིར་ལོག',
  'ws.delivery.confirmHeading': '{count, plural, other {འཕྲིན་ཡིག་འབུལ་ཡུལ་ # ལ་གཏོང་ངམ།}}',
  // review: Tibetan verbs take no number: the count is shown after the names instead, as (ཁྱོན་ #)
  'ws.delivery.confirmLanguage': '{names} ({count, plural, other {ཁྱོན་ #}}) ལ་ཡི་གེ་ {language} ཐོག་འབྱོར་ཞིང་། དེའི་ {language} PDF མཉམ་སྦྲགས་ཡོད།',
  'ws.delivery.andMore': '{count, plural, other {གཞན་ #}}',
  'ws.delivery.confirmAgain': '{count, plural, other {དེའི་ནང་ནས་ # ལ་སྔོན་ནས་འབྱོར་ཟིན་ཀྱང་། ཡང་བསྐྱར་འབྱོར་རྒྱུ་ཡིན།}}',
  'ws.delivery.confirmRecall': 'བཏང་རྗེས་འཕྲིན་ཕྱིར་ལེན་བྱེད་མི་ཐུབ།',
  'ws.delivery.confirmPublic': 'དེ་རྗེས་འཕྲིན་ཡིག་གི་སྤྱི་སྤེལ་ཤོག་ངོས་སུ་འབུལ་ཡུལ་རེ་རེའི་མིང་དང་འཕྲིན་འབྱོར་དུས་འགོད་རྒྱུ་ཡིན། ཁ་བྱང་ནམ་ཡང་མི་འགོད།',
  'ws.delivery.confirmButton': '{count, plural, other {ད་ལྟ་འབུལ་ཡུལ་ # ལ་གཏོང་།}}',
  'ws.queue.intro': 'མིང་རྟགས་འདི་དག་མ་སྟོན་པ་དང་གྲངས་ཀར་མ་རྩིས་གོང་ཐག་གཅོད་ལ་སྒུག་བཞིན་ཡོད། “སྤེལ” ན་ཐོ་ནང་འཇུག “ངོས་ལེན་མི་བྱེད” ན་ཐོ་ནང་མི་འཇུག་ཅིང་མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད། “ལྐོག་སྦས” ན་མིང་རྟགས་འགོད་མཁན་ལ་ཅི་ཡང་མི་ཟེར་བར་ཐོ་ནང་མི་འཇུག',
  'ws.queue.readOnly': 'འཕྲིན་ཡིག་གི་བདག་པོ་དང་ཞིབ་བཤེར་བ་ཁོ་ནས་འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས་ཐོག་ཐག་གཅོད་བྱེད་ཐུབ།',
  // review: "Claims to be" (label before what the signer says they are) rendered རང་ངོ་སྤྲོད (self-introduction)
  'ws.held.claims': 'རང་ངོ་སྤྲོད',
  'ws.held.wroteFrom': 'འཕྲིན་བཏང་ས',
  'ws.held.website': 'དྲ་ཚིགས',
  'ws.held.noWebsite': 'མ་བཀོད།',
  'ws.held.verification': 'ར་སྤྲོད',
  'ws.held.verifiedBy':
    '{by, select, domain {ར་སྤྲོད་བྱས་ཟིན། དེའི་གློག་འཕྲིན་ཁྱབ་ཁོངས་ {domain} བརྒྱུད།} invited {ར་སྤྲོད་བྱས་ཟིན། གདན་ཞུ་བརྒྱུད་མིང་རྟགས་བཀོད།} approved {ར་སྤྲོད་བྱས་ཟིན། ཞིབ་བཤེར་བ་ཞིག་གིས་ཆོག་མཆན་སྤྲད།} other {ར་སྤྲོད་བྱས་ཟིན། {by}}}',
  'ws.held.notVerified':
    '{kind, select, legislator {ར་སྤྲོད་བྱས་མེད། གློག་འཕྲིན་ཁྱབ་ཁོངས་ནི་བཀོད་པའི་གྲོས་ཚོགས་ཀྱི་མིན།} organization {{website, select, no {ར་སྤྲོད་བྱས་མེད། གློག་འཕྲིན་ཁྱབ་ཁོངས་དང་བསྡུར་རྒྱུའི་དྲ་ཚིགས་བཀོད་མེད།} other {{shared, select, yes {ར་སྤྲོད་བྱས་མེད། མི་ཡོངས་ཀྱི་གློག་འཕྲིན་ཞབས་ཞུར་སུ་ལ་ཡང་ཁ་བྱང་ཡོད་སྲིད།} other {ར་སྤྲོད་བྱས་མེད། གློག་འཕྲིན་ཁྱབ་ཁོངས་ནི་དྲ་ཚིགས་དེའི་མིན།}}}}} individual {ར་སྤྲོད་བྱས་མེད། སྒེར་མི་རྣམས་གདན་ཞུ་བརྒྱུད་ཁོ་ནས་ར་སྤྲོད་བྱེད།} other {ར་སྤྲོད་བྱས་མེད།}}',
  'ws.held.why': 'འཕྲོ་འཇོག་གི་རྒྱུ་མཚན',
  'ws.held.similar': 'ཐོ་ནང་གི་མིང་འདྲ་བ།',
  'ws.held.noSimilar': 'མེད།',
  'ws.held.signed': 'མིང་རྟགས་བཀོད་དུས',
  // review: network fingerprint (a keyed hash of the network address) rendered དྲ་རྒྱའི་མཛུབ་རིས (network’s fingerprint); used in all the ws.invalidate messages too
  'ws.held.network': 'དྲ་རྒྱའི་མཛུབ་རིས',
  'ws.decide.label': '{name} ཡི་མིང་རྟགས་ཐོག་ཐག་གཅོད།',
  'ws.decide.publish': 'སྤེལ།',
  'ws.decide.reject': 'ངོས་ལེན་མི་བྱེད། (མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད)',
  'ws.decide.hide': 'ལྐོག་སྦས།',
  // review: abuse = ངན་སྤྱོད (misuse), as in ws.decide.consequences
  'ws.decide.hideHint': '(མིང་རྟགས་འགོད་མཁན་ལ་གློག་འཕྲིན་མི་གཏོང་། ངན་སྤྱོད་ལ་བེད་སྤྱོད་རོགས། ཕྱིར་འདོན་ཡོད་ཚད་བཞིན། མིང་རྟགས་དེ་ཐོ་ནང་ཡོད་ན་སྤྱི་སྤེལ་ཐོ་དེབ་ཏུ་ཐོ་འགོད་བྱེད)',
  'ws.decide.heading': '{decision, select, reject {{who} ཡི་མིང་རྟགས་ངོས་ལེན་མི་བྱེད་དམ།} shadow {{who} ཡི་མིང་རྟགས་ལྐོག་སྦས་བྱེད་དམ།} other {{who} ཡི་མིང་རྟགས་ཐོག་ཐག་གཅོད་དམ།}}',
  'ws.decide.consequences':
    '{who} ({claim}) འཕྲིན་ཡིག་གི་ཐོ་ནང་མི་འཇུག་ཅིང་གྲངས་ཀ་གང་དུའང་མི་རྩིས{listed, select, yes {། མིང་རྟགས་དེ་ད་ལྟ་ཐོ་ནས་ཕྱིར་ཐོན་རྒྱུ་ཡིན} other {}}།\n{decision, select, reject {{mailable, select, yes {འཕྲིན་ཡིག་གི་གོ་སྒྲིག་པས་མིང་རྟགས་ངོས་ལེན་མ་བྱས་པ་ {who} ལ་གློག་འཕྲིན་བརྒྱུད་བརྡ་སྤྲོད་རྒྱུ་ཡིན།} other {{who} ལ་གློག་འཕྲིན་གཏོང་མི་ཐུབ། ཁ་བྱང་ད་ནས་ཉར་མེད།}}} shadow {{who} ལ་གློག་འཕྲིན་མི་གཏོང་། ཁོང་ལ་མིང་རྟགས་ད་དུང་ངོས་ལེན་བྱས་ཡོད་པ་ལྟར་མངོན། མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད་ན་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་དུ་འཇུག་པ་ཙམ་ཡིན་པའི་ངན་སྤྱོད་ལ་འདི་བེད་སྤྱོད་རོགས།} other {}}\n{listed, select, yes {ཕྱིར་འདོན་ཡོད་ཚད་བཞིན། སྤྱི་སྤེལ་ཐོ་དེབ་ཏུ་ཕྱིར་འདོན་དེ་ཐོ་འགོད་བྱེད།} other {དེ་ནམ་ཡང་སྤྱི་སྤེལ་ཐོ་ནང་མ་ཞུགས་པས། སྤྱི་སྤེལ་ཐོ་དེབ་ཏུ་ཅི་ཡང་ཐོ་འགོད་མི་བྱེད།}}',
  'ws.decide.button': '{decision, select, reject {ངོས་ལེན་མི་བྱེད་ཅིང་མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་སྤྲོད།} shadow {མིང་རྟགས་འགོད་མཁན་ལ་བརྡ་མི་སྤྲོད་པར་ལྐོག་སྦས།} other {ཐག་གཅོད།}}',
  'ws.invalidate.heading': 'ཐེངས་གཅིག་ལ་འབྱོར་བའི་མིང་རྟགས་མང་པོ་རྫུན་མར་རྟགས་འགོད།',
  'ws.invalidate.intro':
    'མིང་རྟགས་རྫུན་མ་མང་པོ་ཐེངས་གཅིག་ལ་འབྱོར་ན། གློག་འཕྲིན་ཁྱབ་ཁོངས་དང་། དུས་ཚོད་ཀྱི་བར་མཚམས། དྲ་རྒྱའི་མཛུབ་རིས་གང་རུང་ངམ་མང་པོ་སྤྲོད་རོགས། (མིང་རྟགས་ཤིག་ཁྱེད་ཀྱིས་སྤྲད་པ་ཚང་མ་དང་མཐུན་དགོས) ཐོག་མར་མིང་རྟགས་ག་ཚོད་མཐུན་པ་མཐོང་ཐུབ། ཁྱེད་ཀྱིས་གཏན་འཁེལ་མ་བྱས་བར་དུ་ཅི་ཡང་མི་འགྱུར།',
  'ws.invalidate.domain': 'གློག་འཕྲིན་ཁྱབ་ཁོངས། (དཔེར་ན། example.org)',
  'ws.invalidate.window': 'དུས་ཚོད་བར་མཚམས་འདིའི་ནང་བཀོད་པ། (UTC)',
  'ws.invalidate.from': 'འགོ་ཚུགས་དུས',
  'ws.invalidate.to': 'མཇུག་དུས། (དེ་མི་ཚུད)',
  'ws.invalidate.network': 'དྲ་རྒྱའི་མཛུབ་རིས། (འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས་ཐོག་མངོན་པ་ལྟར)',
  'ws.invalidate.preview': 'སྔོན་ལྟ།',
  'ws.invalidate.result':
    '{result, select, none {གློག་འཕྲིན་ཁྱབ་ཁོངས་སམ། དུས་ཚོད་བར་མཚམས། ཡང་ན་དྲ་རྒྱའི་མཛུབ་རིས་སྤྲོད་རོགས། གང་ཡང་མེད་ན་ཅི་ཡང་མཐུན་གྱི་མེད།} nothing {ཆ་རྐྱེན་འདི་དག་དང་མཐུན་པའི་མིང་རྟགས་མེད། ཅི་ཡང་བསྒྱུར་མེད།} other {}}',
  'ws.invalidate.error':
    '{field, select, emailDomain {གློག་འཕྲིན་ཁྱབ་ཁོངས: འདི་ནི་ཁྱབ་ཁོངས་ཀྱི་མིང་ཞིག་མ་རེད། (དཔེར་ན། example.org)} from {འགོ་ཚུགས་དུས: འདི་ནི་ཚེས་གྲངས་དང་དུས་ཚོད་ཅིག་མ་རེད།} to {མཇུག་དུས: འདི་ནི་ཚེས་གྲངས་དང་དུས་ཚོད་ཅིག་མ་རེད།} ipHash {དྲ་རྒྱའི་མཛུབ་རིས: འདི་ནི་མཛུབ་རིས་ཤིག་མ་རེད། (ཡིག་འབྲུ་དང་ཨང་གྲངས། - ཡང་ན་ _ ཡི་ཡིག་རྟགས་ ༨ ནས་ ༣༢ བར)} other {ཆ་རྐྱེན་རྣམས་ཀློག་མ་ཐུབ། ཞིབ་བཤེར་གནང་།}}',
  'ws.invalidate.confirmHeading': '{count, plural, other {མིང་རྟགས་ # རྫུན་མར་རྟགས་འགོད་དམ།}}',
  'ws.invalidate.matching': 'མཐུན་པའི་མིང་རྟགས། {criteria}།',
  'ws.invalidate.byDomain': 'གློག་འཕྲིན་ཁྱབ་ཁོངས་ {domain}',
  'ws.invalidate.byTime': '{bounds, select, both {{from} ནས་ {to} བར་བཀོད་པ} from {{from} ནས་བཟུང་བཀོད་པ} other {{to} གོང་དུ་བཀོད་པ}}',
  'ws.invalidate.byNetwork': 'དྲ་རྒྱའི་མཛུབ་རིས་ {fingerprint}',
  'ws.invalidate.consequences':
    '{count, plural, other {དེ་དག་རྫུན་མར་རྟགས་འགོད་རྒྱུ་ཡིན། ཞིབ་དཔྱད་ཆེད་དུས་ཡུན་ཅིག་རིང་ཉར་རྗེས་བསུབ་རྒྱུ་ཡིན་ལ། སླར་གསོ་བྱེད་མི་ཐུབ།}}\nསྤྱི་སྤེལ་ཐོ་ནང་ཡོད་པ་རྣམས་མྱུར་དུ་ཐོ་ནས་ཕྱིར་ཐོན་ཞིང་། གྲངས་ཀ་ཉུང་དུ་འགྲོ།\nཕྱིར་འདོན་ཡོད་ཚད་བཞིན། ཐོ་ནས་ཕྱིར་འདོན་རེ་རེ་སྤྱི་སྤེལ་ཐོ་དེབ་ཏུ་ཐོ་འགོད་བྱེད།\nམིང་རྟགས་འགོད་མཁན་རྣམས་ལ་གློག་འཕྲིན་མི་གཏོང་།',
  'ws.invalidate.button': '{count, plural, other {མིང་རྟགས་ # རྫུན་མར་རྟགས་འགོད།}}',
  'ws.audit.did':
    '{kind, select, create {{who} ཡིས་འཕྲིན་ཡིག་གི་ཟིན་བྲིས་བཟོས།} edit {{editorial, select, yes {{who} ཡིས་ཡི་གེ་བཅོས། (ཡིག་ནོར་བཅོས་པ་ཙམ་ཡིན། སུ་ལའང་ཡང་བསྐྱར་མོས་མཐུན་ཞུ་མི་དགོས)} other {{who} ཡིས་ཡི་གེ་རྩོམ་སྒྲིག་བྱས།}}} publish {{who} ཡིས་འཕྲིན་ཡིག་སྤེལ།} close {{who} ཡིས་འཕྲིན་ཡིག་མཇུག་བསྡུས།} founding {{who} ཡིས་ཐོག་མའི་སྐོར་ཐེངས་གདན་ཞུ་ཐོབ་མཁན་ལ་ཁ་ཕྱེ།} approve {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་སྤེལ།} reject {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ངོས་ལེན་མ་བྱས།} shadow {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ལྐོག་སྦས་བྱས།} moderate {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ཐོག་ཐག་བཅད།} invalidate {{counted, select, yes {{who} ཡིས་ {count, plural, other {མིང་རྟགས་ #}} རྫུན་མར་རྟགས་བཀོད།} other {{who} ཡིས་མིང་རྟགས་རྣམས་རྫུན་མར་རྟགས་བཀོད།}}} invalidatePreview {{counted, select, yes {{who} ཡིས་རྫུན་མར་རྟགས་འགོད་རྒྱུའི་མིང་རྟགས་བཙལ། ({count, plural, other {# མཐུན}})} other {{who} ཡིས་རྫུན་མར་རྟགས་འགོད་རྒྱུའི་མིང་རྟགས་བཙལ།}}} invite {{counted, select, yes {{who} ཡིས་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ལ་གདན་ཞུ་བྱས།} other {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་རྣམས་ལ་གདན་ཞུ་བྱས།}}} addOrganizer {{who} ཡིས་ {member} {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {མཉམ་ལས་གོ་སྒྲིག་པ}} ཡི་ཐོག་ནས་ཁ་སྣོན་བྱས།} setRole {{who} ཡིས་ {member} {role, select, owner {བདག་པོར} editor {རྩོམ་སྒྲིག་པར} moderator {ཞིབ་བཤེར་བར} viewer {ལྟ་མཁན་དུ} other {མཉམ་ལས་གོ་སྒྲིག་པར}} བསྐོས།} removeOrganizer {{who} ཡིས་ {member} གོ་སྒྲིག་པའི་ཁྲོད་ནས་ཕྱིར་བཏོན།} goal {{goalSet, select, yes {{who} ཡིས་དམིགས་ཚད་ {goalKind, select, legislator {{goal, plural, other {ཁྲིམས་བཟོ་ཚོགས་མི་ #}}} organization {{goal, plural, other {ཚོགས་པ་ #}}} individual {{goal, plural, other {སྒེར་མི་ #}}} other {{goal, plural, other {མིང་རྟགས་ #}}}} ལ་གཏན་འཁེལ་བྱས།} no {{who} ཡིས་དམིགས་ཚད་བསུབ།} other {{who} ཡིས་དམིགས་ཚད་བསྒྱུར།}}} settings {{who} ཡིས་འཕྲིན་ཡིག་གི་སྒྲིག་འགོད་བསྒྱུར།} translation {{who} ཡིས་ {language} ཡི་ཡིག་སྒྱུར་ཉར་ཚགས་བྱས།} recipients {{counted, select, yes {{who} ཡིས་ {count, plural, other {འབུལ་ཡུལ་ #}} ཁ་སྣོན་བྱས།} other {{who} ཡིས་འབུལ་ཡུལ་ཁ་སྣོན་བྱས།}}} deliver {{counted, select, yes {{who} ཡིས་འཕྲིན་ཡིག་ {count, plural, other {འབུལ་ཡུལ་ #}} ལ་བཏང་།} other {{who} ཡིས་འཕྲིན་ཡིག་དེའི་འབུལ་ཡུལ་རྣམས་ལ་བཏང་།}}} widget {{who} ཡིས་མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུ་སྟོན་ཆོག་པའི་དྲ་ཚིགས་རྣམས་བསྒྱུར།} partner {{who} ཡིས་མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུའི་མཉམ་འབྲེལ་པ་ཞིག་ཁ་སྣོན་བྱས།} addressesShown {{who} ཡིས་མཉམ་ལས་གོ་སྒྲིག་པས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་དུ་བཅུག} addressesHidden {{who} ཡིས་མཉམ་ལས་གོ་སྒྲིག་པས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་བ་བཀག} readAddresses {{source, select, page {{who} ལ་ལས་ཀའི་ས་ཁུལ་ནང་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་བསྟན།} other {{who} ལ་ API བརྒྱུད་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་བསྟན།}}} readDomains {{source, select, page {{who} ལ་ལས་ཀའི་ས་ཁུལ་ནང་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་གི་ཁྱབ་ཁོངས་བསྟན།} other {{who} ལ་ API བརྒྱུད་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་གི་ཁྱབ་ཁོངས་བསྟན།}}} export {{domainsOnly, select, yes {{who} ཡིས་མིང་རྟགས་རྣམས་ CSV ཐོག་ཕྱིར་འདྲེན་བྱས། {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་གི་ཁྱབ་ཁོངས་བཅས།} other {{who} ཡིས་མིང་རྟགས་རྣམས་ CSV ཐོག་ཕྱིར་འདྲེན་བྱས། {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ཡི་ཁ་བྱང་བཅས།}}} recordReply {{who} ཡིས་སྦྲག་རྒྱུགས་སམ་ལག་ཐོག་ཏུ་འབྱོར་བའི་འབུལ་ཡུལ་ཞིག་གི་ལན་ཐོ་འགོད་བྱས་ནས་སྤེལ།} publishReply {{who} ཡིས་གློག་འཕྲིན་བརྒྱུད་འབྱོར་བའི་འབུལ་ཡུལ་ཞིག་གི་ལན་སྤེལ།} dismissReply {{who} ཡིས་གློག་འཕྲིན་བརྒྱུད་འབྱོར་བའི་ལན་ཞིག་ཟུར་དུ་བཞག} writeUpdate {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་ཆེད་གསར་འགྱུར་ཞིག་བྲིས།} updateTranslation {{who} ཡིས་གསར་འགྱུར་གྱི་ {language} ཡི་ཡིག་སྒྱུར་ཉར་ཚགས་བྱས།} sendUpdate {{counted, select, yes {{who} ཡིས་ {count, plural, other {མིང་རྟགས་འགོད་མཁན་ #}} ལ་གསར་འགྱུར་ཞིག་བཏང་།} other {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་རྣམས་ལ་གསར་འགྱུར་ཞིག་བཏང་།}}} other {{who} ཡིས་རེ་ཞུ་ཞིག་བྱས། {action}}}',
  'ws.audit.tried':
    '{kind, select, create {{who} ཡིས་འཕྲིན་ཡིག་གི་ཟིན་བྲིས་བཟོ་བར་ཚོད་ལྟ་བྱས།} edit {{who} ཡིས་ཡི་གེ་རྩོམ་སྒྲིག་བྱེད་པར་ཚོད་ལྟ་བྱས།} publish {{who} ཡིས་འཕྲིན་ཡིག་སྤེལ་བར་ཚོད་ལྟ་བྱས།} close {{who} ཡིས་འཕྲིན་ཡིག་མཇུག་བསྡུ་བར་ཚོད་ལྟ་བྱས།} founding {{who} ཡིས་ཐོག་མའི་སྐོར་ཐེངས་ཁ་ཕྱེ་བར་ཚོད་ལྟ་བྱས།} approve {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་སྤེལ་བར་ཚོད་ལྟ་བྱས།} reject {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ངོས་མི་ལེན་པར་ཚོད་ལྟ་བྱས།} shadow {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ལྐོག་སྦས་བྱེད་པར་ཚོད་ལྟ་བྱས།} moderate {{who} ཡིས་ {signer} ཡི་མིང་རྟགས་ཐོག་ཐག་གཅོད་པར་ཚོད་ལྟ་བྱས།} invalidate {{who} ཡིས་མིང་རྟགས་རྣམས་རྫུན་མར་རྟགས་འགོད་པར་ཚོད་ལྟ་བྱས།} invalidatePreview {{who} ཡིས་རྫུན་མར་རྟགས་འགོད་རྒྱུའི་མིང་རྟགས་འཚོལ་བར་ཚོད་ལྟ་བྱས།} invite {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་རྣམས་ལ་གདན་ཞུ་བྱེད་པར་ཚོད་ལྟ་བྱས།} addOrganizer {{who} ཡིས་ {member} {role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {མཉམ་ལས་གོ་སྒྲིག་པ}} ཡི་ཐོག་ནས་ཁ་སྣོན་བྱེད་པར་ཚོད་ལྟ་བྱས།} setRole {{who} ཡིས་ {member} {role, select, owner {བདག་པོར} editor {རྩོམ་སྒྲིག་པར} moderator {ཞིབ་བཤེར་བར} viewer {ལྟ་མཁན་དུ} other {མཉམ་ལས་གོ་སྒྲིག་པར}} བསྐོ་བར་ཚོད་ལྟ་བྱས།} removeOrganizer {{who} ཡིས་ {member} གོ་སྒྲིག་པའི་ཁྲོད་ནས་ཕྱིར་འདོན་པར་ཚོད་ལྟ་བྱས།} goal {{who} ཡིས་དམིགས་ཚད་བསྒྱུར་བར་ཚོད་ལྟ་བྱས།} settings {{who} ཡིས་འཕྲིན་ཡིག་གི་སྒྲིག་འགོད་བསྒྱུར་བར་ཚོད་ལྟ་བྱས།} translation {{who} ཡིས་ {language} ཡི་ཡིག་སྒྱུར་ཉར་ཚགས་བྱེད་པར་ཚོད་ལྟ་བྱས།} recipients {{who} ཡིས་འབུལ་ཡུལ་ཁ་སྣོན་བྱེད་པར་ཚོད་ལྟ་བྱས།} deliver {{who} ཡིས་འཕྲིན་ཡིག་དེའི་འབུལ་ཡུལ་རྣམས་ལ་གཏོང་བར་ཚོད་ལྟ་བྱས།} widget {{who} ཡིས་མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུ་སྟོན་ཆོག་པའི་དྲ་ཚིགས་རྣམས་བསྒྱུར་བར་ཚོད་ལྟ་བྱས།} partner {{who} ཡིས་མིང་རྟགས་འགོད་པའི་ལག་ཆ་ཆུང་ངུའི་མཉམ་འབྲེལ་པ་ཞིག་ཁ་སྣོན་བྱེད་པར་ཚོད་ལྟ་བྱས།} addressesShown {{who} ཡིས་མཉམ་ལས་གོ་སྒྲིག་པས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་དུ་འཇུག་པར་ཚོད་ལྟ་བྱས།} addressesHidden {{who} ཡིས་མཉམ་ལས་གོ་སྒྲིག་པས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་མཐོང་བ་འགོག་པར་ཚོད་ལྟ་བྱས།} readAddresses {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་ཀློག་པར་ཚོད་ལྟ་བྱས།} readDomains {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་གྱི་ཁ་བྱང་གི་ཁྱབ་ཁོངས་ཀློག་པར་ཚོད་ལྟ་བྱས།} export {{who} ཡིས་མིང་རྟགས་རྣམས་ཕྱིར་འདྲེན་བྱེད་པར་ཚོད་ལྟ་བྱས།} recordReply {{who} ཡིས་འབུལ་ཡུལ་ཞིག་གི་ལན་ཐོ་འགོད་བྱེད་པར་ཚོད་ལྟ་བྱས།} publishReply {{who} ཡིས་འབུལ་ཡུལ་ཞིག་གི་ལན་སྤེལ་བར་ཚོད་ལྟ་བྱས།} dismissReply {{who} ཡིས་གློག་འཕྲིན་བརྒྱུད་འབྱོར་བའི་ལན་ཞིག་ཟུར་དུ་འཇོག་པར་ཚོད་ལྟ་བྱས།} writeUpdate {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་ཆེད་གསར་འགྱུར་ཞིག་འབྲི་བར་ཚོད་ལྟ་བྱས།} updateTranslation {{who} ཡིས་གསར་འགྱུར་གྱི་ {language} ཡི་ཡིག་སྒྱུར་ཉར་ཚགས་བྱེད་པར་ཚོད་ལྟ་བྱས།} sendUpdate {{who} ཡིས་མིང་རྟགས་འགོད་མཁན་རྣམས་ལ་གསར་འགྱུར་གཏོང་བར་ཚོད་ལྟ་བྱས།} other {{who} ཡིས་རེ་ཞུ་ཞིག་ལ་ཚོད་ལྟ་བྱས། {action}}}',
  // review: the time is put first ({when}། {sentence}), as a Tibetan sentence ends with its verb; refused = ཁས་མ་བླངས (not accepted)
  'ws.audit.line': '{refused, select, yes {{when}། {sentence} (ཁས་མ་བླངས)} other {{when}། {sentence}}}',
  'ws.audit.kind':
    '{kind, select, create {འཕྲིན་ཡིག་གི་ཟིན་བྲིས་བཟོས་པ} edit {ཡི་གེ་རྩོམ་སྒྲིག་བྱས་པ} publish {འཕྲིན་ཡིག་སྤེལ་བ} close {འཕྲིན་ཡིག་མཇུག་བསྡུས་པ} founding {ཐོག་མའི་སྐོར་ཐེངས་ཁ་ཕྱེ་བ} approve {མིང་རྟགས་སྤེལ་བ} reject {མིང་རྟགས་ངོས་ལེན་མ་བྱས་པ} shadow {མིང་རྟགས་ལྐོག་སྦས་བྱས་པ} moderate {མིང་རྟགས་ཐོག་ཐག་བཅད་པ} invalidate {མིང་རྟགས་རྫུན་མར་རྟགས་བཀོད་པ} invalidatePreview {མིང་རྟགས་རྫུན་མ་འཚོལ་བ} invite {མིང་རྟགས་འགོད་མཁན་ལ་གདན་ཞུ་བྱས་པ} addOrganizer {མཉམ་ལས་གོ་སྒྲིག་པ་ཁ་སྣོན་བྱས་པ} setRole {འགན་གནས་བསྒྱུར་བ} removeOrganizer {མཉམ་ལས་གོ་སྒྲིག་པ་ཕྱིར་བཏོན་པ} goal {དམིགས་ཚད་བསྒྱུར་བ} settings {སྒྲིག་འགོད་བསྒྱུར་བ} translation {ཡིག་སྒྱུར་ཉར་ཚགས་བྱས་པ} recipients {འབུལ་ཡུལ་ཁ་སྣོན་བྱས་པ} deliver {འཕྲིན་ཡིག་འབུལ་ཡུལ་ལ་བཏང་བ} widget {ལག་ཆ་ཆུང་ངུའི་དྲ་ཚིགས་བསྒྱུར་བ} partner {ལག་ཆ་ཆུང་ངུའི་མཉམ་འབྲེལ་པ་ཁ་སྣོན་བྱས་པ} addressesShown {མཉམ་ལས་གོ་སྒྲིག་པར་ཁ་བྱང་བསྟན་པ} addressesHidden {མཉམ་ལས་གོ་སྒྲིག་པ་ལས་ཁ་བྱང་སྦས་པ} readAddresses {ཁ་བྱང་ཀློག་པ} readDomains {ཁ་བྱང་གི་ཁྱབ་ཁོངས་ཀློག་པ} export {མིང་རྟགས་ཕྱིར་འདྲེན་བྱས་པ} recordReply {ལན་ཐོ་འགོད་བྱས་པ} publishReply {ལན་སྤེལ་བ} dismissReply {ལན་ཟུར་དུ་བཞག་པ} writeUpdate {གསར་འགྱུར་བྲིས་པ} updateTranslation {གསར་འགྱུར་བསྒྱུར་བ} sendUpdate {གསར་འགྱུར་བཏང་བ} other {རེ་ཞུ་གཞན}}',
  'ws.audit.result': '{refused, select, yes {ཁས་མ་བླངས། ({status})} other {ལེགས་གྲུབ།}}',
  // review: operator = དྲ་ཚིགས་འཛིན་སྐྱོང་པ (as the removed ws.audit.operator); command line = བཀའ་ཕྲེང; check the computing vocabulary
  'ws.audit.operatorWho': 'བཀའ་ཕྲེང་ཐོག་གི་དྲ་ཚིགས་འཛིན་སྐྱོང་པ',
  'ws.audit.formerOrganizer': 'སྔོན་གྱི་གོ་སྒྲིག་པ',
  'ws.audit.erasedSigner': 'བསུབ་ཟིན་པའི་མིང་རྟགས་འགོད་མཁན',
  'ws.audit.someSigner': 'མིང་རྟགས་འགོད་མཁན་ཞིག',
  'ws.audit.someOrganizer': 'མཉམ་ལས་གོ་སྒྲིག་པ་ཞིག',
  'ws.audit.someLanguage': 'སྐད་ཡིག་གཞན',
  'ws.audit.intro': 'འཕྲིན་ཡིག་གི་གོ་སྒྲིག་པ་རྣམས་ཀྱི་བྱ་བ་ཡོད་ཚད། གསར་ཤོས་ཐོག་མར་སྟོན་ཞིང་། མིང་རྣམས་ད་ལྟའི་མིང་ལྟར་སྟོན། རང་གི་ཆ་འཕྲིན་བསུབ་ཟིན་པའི་མིང་རྟགས་འགོད་མཁན་ནི་ “བསུབ་ཟིན་པའི་མིང་རྟགས་འགོད་མཁན” ཞེས་སྟོན། དུས་ཚོད་རྣམས་ UTC ཐོག་ཡིན།',
  'ws.audit.filterPerson': 'སུ',
  'ws.audit.filterKind': 'བྱ་བ',
  'ws.audit.everyone': 'ཚང་མ',
  'ws.audit.everything': 'བྱ་བ་ཡོད་ཚད',
  'ws.audit.filterSubmit': 'སྟོན།',
  'ws.audit.empty': '{filtered, select, yes {འདེམས་འཚག་འདི་དག་དང་མཐུན་པའི་ཐོ་གཞུང་མེད།} other {ད་དུང་ཅི་ཡང་ཐོ་འགོད་བྱས་མེད།}}',
  'ws.audit.pages': 'རྩིས་ཞིབ་ཟིན་ཐོའི་ཤོག་ངོས།',
  'ws.audit.older': 'ཐོ་གཞུང་སྔ་མ།',
  'ws.audit.newest': 'གསར་ཤོས་ལ་ཕྱིར་ལོག',
  'ws.audit.export': 'CSV ཐོག་ཕྱིར་འདྲེན།',
  'ws.audit.exportHint': '(འདེམས་འཚག་འདི་དག་གིས་སྟོན་པའི་ཐོ་གཞུང་། ཤོག་ངོས་ཡོད་ཚད)',
  // Issue 20: the workspace's pages.
  // review: Tibetan has only the plural category other: the English one/other branches are one other branch; =0 kept
  'ws.note.updateSent':
    '{count, plural, =0 {གསར་འགྱུར་འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུ་ཡོད། མིང་རྟགས་འགོད་མཁན་སུས་ཀྱང་གསར་འགྱུར་རེ་ཞུ་བྱས་མེད་པས་གློག་འཕྲིན་གང་ཡང་མི་གཏོང་།} other {གསར་འགྱུར་མིང་རྟགས་འགོད་མཁན་ # ལ་གཏོང་བཞིན་ཡོད་ཅིང་། འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུའང་ཡོད།}}',
  // review: “still on the list” rendered ད་དུང་མཚམས་འཇོག་བྱས་མེད (has not unsubscribed yet), so it is not read as the public list of signatories
  'ws.updates.intro':
    '{count, plural, =0 {ད་དུང་མིང་རྟགས་འགོད་མཁན་སུས་ཀྱང་གསར་འགྱུར་རེ་ཞུ་བྱས་མེད།} other {མིང་རྟགས་འགོད་མཁན་ # ཡིས་མིང་རྟགས་འགོད་སྐབས་གསར་འགྱུར་རེ་ཞུ་བྱས་ཤིང་། ད་དུང་མཚམས་འཇོག་བྱས་མེད།}} རེ་རེར་ཁོང་ཚོས་མིང་རྟགས་བཀོད་པའི་སྐད་ཡིག་ཐོག་གསར་འགྱུར་ཟླ་རེར་མང་མཐའ་ {perMonth, plural, other {ཐེངས་ #}} མཚམས་འཇོག་པའི་སྦྲེལ་མཐུད་དང་བཅས་འབྱོར། བཏང་ཟིན་པའི་གསར་འགྱུར་འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུའང་མངོན།',
  'ws.updates.none': 'ད་དུང་གསར་འགྱུར་མེད།',
  'ws.updates.col.title': 'མགོ་མིང',
  'ws.updates.col.languages': 'སྐད་ཡིག་ཁག',
  'ws.updates.col.state': 'གནས་སྟངས',
  'ws.updates.col.links': 'སྦྲེལ་མཐུད',
  'ws.updates.draft': 'ཟིན་བྲིས། ད་དུང་བཏང་མེད།',
  'ws.updates.sentOn': '{date} ལ་བཏང་།',
  'ws.updates.onPage': 'འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུ',
  'ws.updates.translate': 'ཡིག་སྒྱུར།',
  'ws.updates.send': 'གཏོང་།',
  'ws.updates.formHeading': 'གསར་འགྱུར་ཞིག་འབྲི།',
  'ws.updates.formIntro': 'འཕྲིན་ཡིག་གི་སྐད་ཡིག ({language}) ཐོག་འབྲི་རོགས། ཉར་ཚགས་བྱས་རྗེས་ཡིག་སྒྱུར་ཁ་སྣོན་བྱེད་ཐུབ། ཁྱེད་ཀྱིས་གཏན་འཁེལ་མ་བྱས་བར་དུ་ཅི་ཡང་གཏོང་གི་མེད།',
  'ws.updates.previewHeading': 'སྔོན་ལྟ། མིང་རྟགས་འགོད་མཁན་གྱིས་ཀློག་རྒྱུའི་གསར་འགྱུར། (ད་དུང་ཉར་ཚགས་བྱས་མེད)',
  'ws.updates.save': 'ཟིན་བྲིས་ཉར་ཚགས།',
  'ws.updates.translationsHeading': '“{title}” ཡི་ཡིག་སྒྱུར།',
  'ws.updates.translationsIntro': 'མིང་རྟགས་འགོད་མཁན་རེ་རེར་ཁོང་གིས་མིང་རྟགས་བཀོད་པའི་སྐད་ཡིག་ཐོག་གསར་འགྱུར་འབྱོར། སྐད་ཡིག་དེའི་ཡིག་སྒྱུར་མེད་ན་མ་ཡིག ({language}) འབྱོར།',
  'ws.updates.saveTranslation': 'ཡིག་སྒྱུར་ཉར་ཚགས།',
  'ws.updates.sendTo': '{count, plural, =0 {སྤེལ། (གློག་འཕྲིན་གཏོང་ས་མེད)} other {མིང་རྟགས་འགོད་མཁན་ # ལ་གཏོང་།}}',
  'ws.updates.readOnly': 'འཕྲིན་ཡིག་གི་བདག་པོ་དང་རྩོམ་སྒྲིག་པས་གསར་འགྱུར་འབྲི་བ་དང་གཏོང་བ་བྱེད།',
  'ws.updates.confirmHeading': '{count, plural, =0 {“{title}” སྤེལ་ལམ།} other {“{title}” མིང་རྟགས་འགོད་མཁན་ # ལ་གཏོང་ངམ།}}',
  'ws.updates.confirmWho':
    '{count, plural, =0 {གསར་འགྱུར་རེ་ཞུ་བྱས་པའི་མིང་རྟགས་འགོད་མཁན་སུ་ལའང་ད་ལྟ་འདི་འབྱོར་མི་ཐུབ།} other {མིང་རྟགས་འགོད་སྐབས་གསར་འགྱུར་རེ་ཞུ་བྱས་ཤིང་ད་དུང་མཚམས་འཇོག་བྱས་མེད་པའི་མིང་རྟགས་འགོད་མཁན་ # ལ་གློག་འཕྲིན་ཐོག་འབྱོར་རྒྱུ་ཡིན།}} སུ་ལའང་ཟླ་རེར་ {perMonth, plural, other {གསར་འགྱུར་ #}} ལས་མང་བ་མི་འབྱོར།',
  'ws.updates.confirmLanguages': 'ཁོང་ཚོའི་རང་སྐད་ཐོག {languages}།',
  'ws.updates.confirmLanguage': '{language} ({original, select, yes {མ་ཡིག} other {ཡིག་སྒྱུར}}): {count, number}',
  'ws.updates.confirmPaced': '{count, plural, other {མིང་རྟགས་འགོད་མཁན་ # ལ་ཉེ་ཆར་ཉིན་ ༣༠ ནང་ {perMonth, plural, other {གསར་འགྱུར་ #}} འབྱོར་ཟིན་པས། འདི་མི་འབྱོར།}}',
  'ws.updates.confirmPublic': 'འདི་བཏང་བའི་ཚེས་གྲངས་དང་བཅས་འཕྲིན་ཡིག་གི་སྤྱི་སྤེལ་ཤོག་ངོས་སུ་མངོན།',
  'ws.updates.confirmFinal': 'བཏང་རྗེས་གློག་འཕྲིན་ཕྱིར་ལེན་བྱེད་མི་ཐུབ། བཏང་ཟིན་པའི་གསར་འགྱུར་ཡང་བསྒྱུར་མི་ཐུབ།',
  'ws.updates.confirmButton': '{count, plural, =0 {ད་ལྟ་སྤེལ།} other {མིང་རྟགས་འགོད་མཁན་ # ལ་གཏོང་།}}',

  // --- digest ---
  // review: daily digest = ཉིན་རེའི་གནད་བསྡུས (daily summary; གནད་བསྡུས as for the letter’s summary)
  'ws.account.digest': 'ཉིན་རེའི་གནད་བསྡུས།',
  'ws.account.digestLabel': 'ངའི་འཕྲིན་ཡིག་ཐོག་གནས་ཚུལ་ཞིག་བྱུང་ན་ང་ལ་ཉིན་རེའི་གནད་བསྡུས་གཏོང་།',
  'ws.account.digestHint':
    'ཉིན་རེར་གློག་འཕྲིན་མང་མཐའ་གཅིག་ལས་མི་གཏོང་། དེ་ཡང་ཁྱེད་ཀྱིས་གོ་སྒྲིག་བྱེད་པའི་འཕྲིན་ཡིག་ཅིག་ཐོག་གནས་ཚུལ་བྱུང་བའི་ཉིན་མོ་ཁོ་ནར་ཡིན། དཔེར་ན། གློག་འཕྲིན་བརྒྱུད་འབྱོར་བའི་ལན། དམིགས་ཚད་འགྲུབ་པ། མིང་རྟགས་ཐེངས་གཅིག་ལ་མང་པོ་འབྱོར་བའི་ཞིབ་བཤེར་གྱིས་བཀག་པའི་མིང་རྟགས་གསར་པ།',
  'ws.account.saveDigest': 'ཉར་ཚགས།',
  // review: Tibetan has only the plural category other; =1 keeps the one-letter subject with its {title}
  'ws.mail.digest.subject': '{count, plural, =1 {ཁྱེད་ཀྱི་ཉིན་རེའི་གནད་བསྡུས། {title}} other {ཁྱེད་ཀྱི་ཉིན་རེའི་གནད་བསྡུས། འཕྲིན་ཡིག་ # ཡི་གསར་འགྱུར།}}',
  'ws.mail.digest.title': 'ཁྱེད་ཀྱི་ཉིན་རེའི་གནད་བསྡུས།',
  'ws.mail.digest.intro': '{since} ནས་བཟུང་ཁྱེད་ཀྱིས་གོ་སྒྲིག་བྱེད་པའི་འཕྲིན་ཡིག་ཐོག་བྱུང་བའི་གནས་ཚུལ་འདི་ལྟར་ཡིན།',
  'ws.mail.digest.replies': '{count, plural, other {གློག་འཕྲིན་བརྒྱུད་ལན་ # འབྱོར་ནས་ཁྱེད་ལ་སྒུག་བཞིན་ཡོད། <link>སྤེལ་བའམ་ཟུར་དུ་འཇོག་རོགས</link>།}}',
  'ws.mail.digest.goal':
    'དེའི་དམིགས་ཚད་ {kind, select, legislator {{goal, plural, other {ཁྲིམས་བཟོ་ཚོགས་མི་ #}}} organization {{goal, plural, other {ཚོགས་པ་ #}}} individual {{goal, plural, other {སྒེར་མི་ #}}} other {{goal, plural, other {མིང་རྟགས་ #}}}} འགྲུབ་ཟིན། <link>མིང་རྟགས་ལ་ལྟ</link>།',
  // review: flood check = མིང་རྟགས་ཐེངས་གཅིག་ལ་མང་པོ་འབྱོར་བའི་ཞིབ་བཤེར, after ws.invalidate.heading; network = དྲ་རྒྱ
  'ws.mail.digest.flooded':
    '{count, plural, other {མིང་རྟགས་ཐེངས་གཅིག་ལ་མང་པོ་འབྱོར་བའི་ཞིབ་བཤེར་གྱིས་མིང་རྟགས་གསར་པ་ # རྫུན་མར་བརྩིས་ནས་བཀག་ཡོད། (ཉིན་གཅིག་ནང་དྲ་རྒྱ་གཅིག་ནས་མང་དྲགས་པས) དེ་དག་མི་སྟོན་ལ་གྲངས་ཀར་ཡང་མི་རྩིས། <link>མིང་རྟགས་ལ་ཞིབ་བཤེར་གནང་</link>།}}',
  'ws.mail.digest.stop': 'གནད་བསྡུས་མཚམས་འཇོག་པར། ཁྱེད་ཀྱི་རྩིས་ཐོའི་ཤོག་ངོས་སུ་དེའི་སྒྲོམ་ནང་གི་རྟགས་མེད་པར་བཟོ་རོགས: <link>{url}</link>',
  'ws.mail.digest.stopText': 'གནད་བསྡུས་མཚམས་འཇོག་པར། ཁྱེད་ཀྱི་རྩིས་ཐོའི་ཤོག་ངོས་སུ་དེའི་སྒྲོམ་ནང་གི་རྟགས་མེད་པར་བཟོ་རོགས:',
  'ws.mail.footer.digest':
    'ཁྱེད་ཀྱིས་ Undersigned ཐོག་གོ་སྒྲིག་བྱེད་པའི་འཕྲིན་ཡིག་ཐོག་བྱུང་བའི་གནས་ཚུལ་གྱི་ཉིན་རེའི་གནད་བསྡུས་རེ་ཞུ་བྱས་པས། ཁྱེད་ལ་འཕྲིན་འདི་འབྱོར་བ་ཡིན། དེ་ནི་གནས་ཚུལ་བྱུང་བའི་ཉིན་མོ་ཁོ་ནར་འབྱོར། མཚམས་འཇོག་པར་ཁྱེད་ཀྱི་རྩིས་ཐོའི་ཤོག་ངོས་སུ་སྒྲོམ་ནང་གི་རྟགས་མེད་པར་བཟོ་རོགས།',

  // --- replies-workspace ---
  'ws.note.replyRecorded': 'ལན་ཐོ་འགོད་བྱས་ནས་འཕྲིན་ཡིག་གི་འགྲམ་དུ་སྤེལ་ཟིན།',
  'ws.note.replyPublished': 'ལན་འཕྲིན་ཡིག་གི་འགྲམ་དང་དེའི་ཐོ་དེབ་ཏུ་སྤེལ་ཟིན།',
  'ws.note.replyDismissed': 'ལན་ཟུར་དུ་བཞག་ཟིན། དེ་མི་སྟོན།',
  'ws.note.replyWaitSaved': 'ཉར་ཚགས་བྱས་ཟིན། “ལན་མེད” མ་བྱས་གོང་གི་སྒུག་ཡུན།',
  'ws.replies.introInbound':
    'སྤྲོད་ཟིན་པའི་འཕྲིན་ཡིག་གི་གློག་འཕྲིན་ལ་བཏབ་པའི་ལན་རྣམས་རང་འགུལ་གྱིས་འདིར་འབྱོར། ལན་རེ་རེ་རྩོམ་སྒྲིག་པའམ་བདག་པོས་སྤེལ་བའམ་ཟུར་དུ་འཇོག་རྒྱུར་སྒུག་གི་ཡོད། ཐབས་གཞན་གྱིས་ (སྦྲག་རྒྱུགས་བརྒྱུད། ལག་ཐོག་ཏུ་) འབྱོར་བའི་ལན་རྣམས་འོག་ཏུ་ཐོ་འགོད་བྱེད།',
  'ws.replies.introByHand': 'དྲ་ཚིགས་འདིས་གློག་འཕྲིན་ལེན་གྱི་མེད། འབུལ་ཡུལ་གྱིས་ཁྱེད་ལ་བཏང་བའི་ལན་རྣམས་ (སྦྲག་རྒྱུགས་བརྒྱུད། གློག་འཕྲིན་བརྒྱུད། ལག་ཐོག་ཏུ་) འདིར་ཁྱེད་རང་གིས་ཐོ་འགོད་གནང་།',
  'ws.replies.waitingHeading': 'ཁྱེད་ལ་སྒུག་བཞིན་པ། ({count, number})',
  'ws.replies.noneWaiting': 'ཐག་གཅོད་ལ་སྒུག་བཞིན་པའི་ལན་མེད།',
  'ws.replies.readOnly': 'འཕྲིན་ཡིག་གི་བདག་པོ་དང་རྩོམ་སྒྲིག་པ་ཁོ་ནས་ལན་སྤེལ་བའམ་ཟུར་དུ་འཇོག་ཐུབ།',
  'ws.replies.verified': '{domain} ཆེད་དུ་ DKIM ར་སྤྲོད་བྱས་ཟིན།',
  'ws.replies.unverified': '{known, select, yes {ར་སྤྲོད་བྱས་མེད། {domain} ནས་བཏང་འདུག སྤེལ་གོང་ཞིབ་བཤེར་གནང་།} other {ར་སྤྲོད་བྱས་མེད། གཏོང་མཁན་གྱི་ཁྱབ་ཁོངས་མི་ཤེས། སྤེལ་གོང་ཞིབ་བཤེར་གནང་།}}',
  'ws.replies.received': 'འབྱོར་དུས',
  'ws.replies.subject': 'བརྗོད་གཞི',
  'ws.replies.noSubject': '(བརྗོད་གཞི་མེད)',
  'ws.replies.readAll': 'ལན་ཆ་ཚང་ཀློག ({count, plural, other {ཡིག་འབྲུ་ #}})',
  'ws.replies.document': 'ཡིག་ཆ་ {position, number}། {type}། {kb, number} KB',
  'ws.replies.publish': 'སྤེལ།',
  // review: dismiss / set aside = ཟུར་དུ་འཇོག (put aside) throughout; spam = དོན་མེད་གློག་འཕྲིན (useless mail); check the vocabulary
  'ws.replies.dismiss': 'ཟུར་དུ་འཇོག',
  'ws.replies.recordHeading': 'ལན་ཞིག་ཐོ་འགོད།',
  'ws.replies.recordIntro': 'འབུལ་ཡུལ་ཞིག་གིས་ཐབས་གཞན་གྱིས་ (སྦྲག་རྒྱུགས་བརྒྱུད། ཁྱེད་རང་གི་གློག་འཕྲིན་སྒམ་དུ། ལག་ཐོག་ཏུ་) ཁྱེད་ལ་བཏང་བའི་ལན། དེའི་ཡི་གེ་བྲིས་པ་ཇི་བཞིན་དང་། ཡོད་ན་དེའི་པར་བཤུས་སམ་ཡིག་ཆ།',
  'ws.replies.from': 'གཏོང་མཁན།',
  'ws.replies.chooseAddressee': 'འབུལ་ཡུལ་འདེམས།',
  'ws.replies.dated': 'ཚེས་གྲངས།',
  'ws.replies.text': 'ལན།',
  'ws.replies.textHint': '(བྲིས་པ་ཇི་བཞིན། ཡི་གེ་རྐྱང་པ)',
  'ws.replies.files': 'ཡིག་ཆ།',
  'ws.replies.filesHint': '(རང་མོས། PDF ཡང་ན་པར་རིས། མང་མཐའ་ {max, plural, other {ཡིག་ཆ་ #}}། རེ་རེ་མང་མཐའ་ 10 MB)',
  'ws.replies.recordPublic': 'ཐོ་འགོད་བྱས་མ་ཐག་སྤེལ་རྒྱུ་ཡིན། འཕྲིན་ཡིག་གི་འགྲམ་དང་། དེའི་སྤྱི་སྤེལ་ཐོ་དེབ། རྗེས་མའི་ PDF ནང་དུ་མངོན། དེ་ཕྱིར་ལྡོག་བྱེད་མི་ཐུབ།',
  'ws.replies.record': 'ལན་ཐོ་འགོད་བྱས་ནས་སྤེལ།',
  'ws.replies.noAddressees': 'འཕྲིན་ཡིག་ལ་ད་དུང་འབུལ་ཡུལ་མེད། སྔོན་ལ་ཁ་སྣོན་གནང་།',
  'ws.replies.publishedHeading': 'སྤེལ་ཟིན་པ། ({count, number})',
  'ws.replies.nonePublished': 'ད་དུང་ལན་གང་ཡང་སྤེལ་མེད།',
  'ws.replies.byHand': 'གོ་སྒྲིག་པ་ཞིག་གིས་ཐོ་འགོད་བྱས།',
  'ws.replies.byMailUnverified': 'གློག་འཕྲིན་བརྒྱུད་འབྱོར། DKIM ར་སྤྲོད་བྱས་མེད།',
  'ws.replies.publishedOn': 'ཚེས་གྲངས་ {received}། {published} ལ་སྤེལ།',
  'ws.replies.dismissedCount': '{count, plural, =0 {ལན་གང་ཡང་ཟུར་དུ་བཞག་མེད།} other {ལན་ # ཟུར་དུ་བཞག་ཡོད། (དོན་མེད་གློག་འཕྲིན། རང་འགུལ་ལན) དེ་དག་མི་སྟོན།}}',
  'ws.replies.publishHeading': '{who} ཡི་ལན་སྤེལ་དགོས་སམ།',
  'ws.replies.confirmVerified': 'འདི་ {domain} ཆེད་དུ་ DKIM ར་སྤྲོད་བྱས་ཟིན། ཁྱབ་ཁོངས་དེའི་གློག་འཕྲིན་ཞབས་ཞུ་ཆས་ཀྱིས་མིང་རྟགས་བཀོད་ཡོད།',
  'ws.replies.confirmUnverified':
    '{known, select, yes {འདི་ར་སྤྲོད་བྱས་མེད། {domain} ནས་བཏང་འདུག་ཀྱང་། འབུལ་ཡུལ་ནས་ཡོང་བའི་ཁུངས་སྐྱེལ་གང་ཡང་མེད། སྤེལ་གོང་ཞིབ་བཤེར་གནང་།} other {འདི་ར་སྤྲོད་བྱས་མེད། འབུལ་ཡུལ་ནས་ཡོང་བའི་ཁུངས་སྐྱེལ་གང་ཡང་མེད། སྤེལ་གོང་ཞིབ་བཤེར་གནང་།}}',
  // review: =1 instead of one (Tibetan has only other), so a single document still reads “its document”
  'ws.replies.publishConsequences':
    '{documents, plural, =0 {དེ་འཕྲིན་ཡིག་གི་འགྲམ་དུ། དེའི་སྤྱི་སྤེལ་ཤོག་ངོས་སུ་སུས་ཀྱང་ཀློག་ཐུབ་པར་སྤེལ་རྒྱུ་ཡིན།} =1 {དེ་དང་དེའི་ཡིག་ཆ་འཕྲིན་ཡིག་གི་འགྲམ་དུ། དེའི་སྤྱི་སྤེལ་ཤོག་ངོས་སུ་སུས་ཀྱང་ཀློག་ཐུབ་པར་སྤེལ་རྒྱུ་ཡིན།} other {དེ་དང་དེའི་ཡིག་ཆ་ # འཕྲིན་ཡིག་གི་འགྲམ་དུ། དེའི་སྤྱི་སྤེལ་ཤོག་ངོས་སུ་སུས་ཀྱང་ཀློག་ཐུབ་པར་སྤེལ་རྒྱུ་ཡིན།}}\nའཕྲིན་ཡིག་གི་སྤྱི་སྤེལ་ཐོ་དེབ་ཏུ་ཐོ་འགོད་བྱེད་ཅིང་། འཕྲིན་ཡིག་གི་རྗེས་མའི་ PDF ནང་དུ་མངོན།\nདེ་ཕྱིར་ལྡོག་བྱེད་མི་ཐུབ། སྤེལ་ཟིན་པའི་ལན་ནི་སྤེལ་ཟིན་ཇི་བཞིན་གནས།',
  'ws.replies.publishButton': 'ལན་སྤེལ།',
  'ws.replies.dismissHeading': '{who} ཡི་ལན་ཟུར་དུ་འཇོག་དགོས་སམ།',
  'ws.replies.dismissConsequences': 'དེ་ནམ་ཡང་མི་སྟོན། འཕྲིན་ཡིག་གི་འགྲམ་དུའང་མི་སྟོན། ཐོ་དེབ་ཏུའང་མི་སྟོན། PDF ནང་དུའང་མི་སྟོན།\nདོན་མེད་གློག་འཕྲིན་དང་། རང་འགུལ་ལན། ཡང་ན་འཕྲིན་ཡིག་ལ་ལན་མ་ཡིན་པའི་འཕྲིན་ལ་འདི་བེད་སྤྱོད་གནང་།\nཕྱིས་སུ་སྤེལ་མི་ཐུབ།',
  'ws.replies.dismissButton': 'ཟུར་དུ་འཇོག',
  'ws.replyWait.heading': 'ལན།',
  'ws.replyWait.intro': 'འཕྲིན་ཡིག་གི་ཤོག་ངོས་སུ་འབུལ་ཡུལ་རེ་རེས་ལན་བཏབ་མིན་སྟོན། འཕྲིན་ཡིག་འབྱོར་རྗེས་ཉིན་གྲངས་འདི་ཙམ་རིང་ལན་མ་བཏབ་པ་རྣམས་ “ལན་མེད” ཅེས་སྟོན།',
  'ws.replyWait.label': 'ཉིན་གྲངས་འདི་ཙམ་གྱི་རྗེས་སུ་འབུལ་ཡུལ་ “ལན་མེད” དུ་རྩིས།',
  'ws.replyWait.save': 'ཉར་ཚགས།',
} satisfies WorkspaceCatalog;
