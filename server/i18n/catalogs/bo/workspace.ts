import type { WorkspaceCatalog } from '../en/site-type.js';

/** Tibetan: the organizers' side (dashboard, workspace, account, sign-in, history, their mail). */
export default {
  // review: owner = བདག་པོ, editor = རྩོམ་སྒྲིག་པ, moderator = ཞིབ་བཤེར་བ (one who checks signatures, as ཞིབ་བཤེར in site.ts), viewer = ལྟ་མཁན
  'ws.role': '{role, select, owner {བདག་པོ} editor {རྩོམ་སྒྲིག་པ} moderator {ཞིབ་བཤེར་བ} viewer {ལྟ་མཁན} other {{role}}}',
  'ws.kind': '{kind, select, legislator {ཁྲིམས་བཟོ་ཚོགས་མི} organization {ཚོགས་པ} individual {སྒེར་མི} other {{kind}}}',
  'ws.signatureStatus': '{status, select, pending {གཏན་འཁེལ་སྒུག་བཞིན} confirmed {གཏན་འཁེལ་བྱས་ཟིན} withdrawn {ཕྱིར་འཐེན་བྱས་ཟིན} fraudulent {རྫུན་མ} other {{status}}}',
  // review: shadow (kept but silently never shown) = ལྐོག་སྦས (secretly hidden); rejected = ངོས་ལེན་མ་བྱས
  'ws.moderation': '{state, select, none {མེད} pending {ཞིབ་བཤེར་སྒུག་བཞིན} approved {ཆོག་མཆན་སྤྲད་ཟིན} rejected {ངོས་ལེན་མ་བྱས} shadow {ལྐོག་སྦས} other {{state}}}',
  'ws.verification': '{by, select, domain {ཁྱབ་ཁོངས} invited {གདན་ཞུ་བྱས་པ} approved {ཆོག་མཆན་སྤྲད་པ} other {{by}}}',
  'ws.verificationDomain': '{by, select, domain {ཁྱབ་ཁོངས} invited {གདན་ཞུ་བྱས་པ} approved {ཆོག་མཆན་སྤྲད་པ} other {{by}}}: {domain}',
  'ws.decision': '{decision, select, approve {ཆོག་མཆན་སྤྲོད} reject {ངོས་ལེན་མི་བྱེད} shadow {ལྐོག་སྦས} other {{decision}}}',

  'ws.stats.legislators': 'རྒྱལ་ཁབ་ {countries, plural, other {#}} ནས་ཁྲིམས་བཟོ་ཚོགས་མི་ {count, plural, other {#}}',
  'ws.stats.organizations': '{count, plural, other {ཚོགས་པ་ #}}',
  'ws.stats.individuals': '{count, plural, other {སྒེར་མི་ #}}',
  'ws.stats.none': 'ད་དུང་མིང་རྟགས་མེད།',

  'ws.backToLetters': '← ཁྱེད་ཀྱི་འཕྲིན་ཡིག',
  'ws.signedInAs': '{email} ཐོག་ནས་ནང་འཛུལ་བྱས་ཡོད།',

  // A form’s mistake, beside the form: the field by its label, then what is wrong (the error’s code and reason).
  // review: title = མགོ་མིང (the letter’s title), though in an invitation list the same key is the signer’s title (གོ་གནས); slug = འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང (the letter’s web address); closesAt = མཇུག་བསྡུ་བའི་དུས་ཚོད; csv = མིང་ཐོ
  'ws.fieldName':
    '{field, select, title {མགོ་མིང} addressee {འབུལ་ཡུལ} summary {གནད་བསྡུས} language {སྐད་ཡིག} body {ཡི་གེ} slug {འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང} closesAt {མཇུག་བསྡུ་བའི་དུས་ཚོད} email {གློག་འཕྲིན} role {འགན་གནས} label {མིང་བྱང} origins {དྲ་ཚིགས་རྣམས} goal {དམིགས་ཚད་ཀྱི་མིང་རྟགས་གྲངས་ཀ} csv {མིང་ཐོ} name {མིང} kind {རིགས} country {རྒྱལ་ཁབ} parliament {གྲོས་ཚོགས} party {སྲིད་ཏང} organization {ཚོགས་པ} website {དྲ་ཚིགས} other {ས་སྟོང་འདི}}',
  // review: column = ཀ་ཕྲེང, first line = ཐིག་ཕྲེང་དང་པོ, language code = སྐད་ཡིག་གི་ཚབ་རྟགས, held signatures = འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས; check the technical vocabulary
  'ws.formError':
    '{code, select, VALIDATION_FAILED {{reason, select, required {{field}: འདི་ངེས་པར་དུ་འབྲི་དགོས།} tooLong {{field}: འདི་རིང་དྲགས་འདུག} email {{field}: འདི་ནི་གློག་འཕྲིན་ཁ་བྱང་ཞིག་མ་རེད།} website {{field}: འདི་ནི་དྲ་ཚིགས་ཁ་བྱང་ཞིག་མ་རེད།} noLink {{field}: འདིར་དྲ་ཚིགས་ཁ་བྱང་ངོས་ལེན་མི་བྱེད།} noLetter {{field}: འདིའི་ནང་ཉུང་མཐར་ཡང་ཡིག་འབྲུའམ་ཨང་གྲངས་གཅིག་དགོས།} choose {{field}: གདམ་ག་ཁྲོད་ནས་གཅིག་འདེམས་རོགས།} languageTag {{field}: འདི་ནི་སྐད་ཡིག་གི་ཚབ་རྟགས་ཤིག་མ་རེད། (དཔེར་ན། en། fr། ཡང་ན་ zh-Hant)} future {{field}: འདི་མ་འོངས་པའི་དུས་ཚོད་ཅིག་ཡིན་དགོས།} ownLanguage {{field}: འདི་ནི་འཕྲིན་ཡིག་རང་གི་སྐད་ཡིག་ཡིན། དེའི་ཚབ་ཏུ་འཕྲིན་ཡིག་ཉིད་རྩོམ་སྒྲིག་གནང་།} other {{field}: འདི་ནོར་འདུག ཁྱེད་ཀྱིས་བྲིས་པ་ལ་ཞིབ་བཤེར་གནང་།}}} KIND_NOT_ACCEPTED {འཕྲིན་ཡིག་འདིར་རིགས་འདིའི་མི་སྣས་མིང་རྟགས་འགོད་མི་ཆོག} DUPLICATE {ཁ་བྱང་འདི་ཉིད་མིང་ཐོ་འདིའི་གོང་དུ་ཡོད་ཟིན།} INVALID_CSV {{reason, select, columns {ངོས་མ་ཟིན་པའི་ཀ་ཕྲེང: {columns}། ཐིག་ཕྲེང་དང་པོར་ཀ་ཕྲེང་གི་མིང་འབྲི་དགོས་ཤིང་། དེ་དག་ {expected} ཁྲོད་ནས་འདེམས་དགོས།} tooMany {ཐེངས་རེར་གདན་ཞུ་ཐོབ་མཁན་ {max, number} ལས་མང་བ་མི་ཆོག} other {མིང་ཐོ་འདི་ CSV ལྟར་ཀློག་མ་ཐུབ།}}} NOT_TAKING_SIGNATURES {འཕྲིན་ཡིག་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་བའམ་མི་ཡོངས་ལ་ཁ་ཕྱེ་ཡོད་སྐབས་ཁོ་ནར་གདན་ཞུ་གཏོང་ཐུབ།} LETTER_CLOSED {འཕྲིན་ཡིག་འདི་མཇུག་བསྡུས་ཟིན་པས། འཕྲོ་འཇོག་བྱས་པའི་མིང་རྟགས་རྣམས་ཁ་སྣོན་མི་བྱེད།} ALREADY_PUBLISHED {ཟིན་བྲིས་ཤིག་ཡིན་ན་མ་གཏོགས་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་མི་ཐུབ།} NOT_PUBLISHED {འཕྲིན་ཡིག་འདི་ད་དུང་སྤྱི་སྤེལ་བྱས་མེད། སྔོན་ལ་སྤེལ་རོགས།} SLUG_TAKEN {འཕྲིན་ཡིག་གཞན་ཞིག་གིས་དྲ་ཚིགས་ཁ་བྱང་འདི་བེད་སྤྱོད་བྱས་ཟིན།} SLUG_FROZEN {སྤེལ་ཟིན་པའི་འཕྲིན་ཡིག་གི་དྲ་ཚིགས་ཁ་བྱང་བསྒྱུར་མི་ཐུབ།} CLOSING_TIME_PASSED {འཕྲིན་ཡིག་ཁ་མ་ཕྱེ་གོང་། མ་འོངས་པའི་མཇུག་བསྡུ་བའི་དུས་ཚོད་ཅིག་གཏན་འཁེལ་གནང་།} LAST_OWNER {འཕྲིན་ཡིག་ལ་ཉུང་མཐར་ཡང་བདག་པོ་གཅིག་དགོས། སྔོན་ལ་མི་གཞན་ཞིག་བདག་པོར་བསྐོ་རོགས།} ORGANIZER_NOT_FOUND {འཕྲིན་ཡིག་འདིའི་གོ་སྒྲིག་པ་སུ་ལའང་ཁ་བྱང་འདི་མེད།} SIGNATURE_NOT_FOUND {མིང་རྟགས་འདི་ད་ལྟ་མི་འདུག} other {འདི་ལེགས་གྲུབ་བྱེད་མ་ཐུབ། ({code})}}',

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
  'ws.queue.sharedMail': '(མི་ཡོངས་ཀྱི་གློག་འཕྲིན་ཞབས་ཞུ། སུ་ལ་ཡང་ཡོད་སྲིད)',
  'ws.queue.kindModerated':
    '{kind, select, legislator {ཁྲིམས་བཟོ་ཚོགས་མིའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} organization {ཚོགས་པའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} individual {སྒེར་མིའི་མིང་རྟགས་ལ་ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད} other {{kind}: ཞིབ་བཤེར་བྱེད་ཀྱི་ཡོད}}',
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
  'ws.col.when': 'དུས་ཚོད',
  'ws.col.who': 'སུ',
  'ws.col.what': 'ཅི',
  'ws.col.on': 'དམིགས་ཡུལ',
  'ws.col.detail': 'ཞིབ་ཕྲ',
  'ws.col.result': 'མཇུག་འབྲས',
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

  'ws.audit.heading': 'རྩིས་ཞིབ་ཟིན་ཐོ།',
  // review: operator = the site operator, དྲ་ཚིགས་འཛིན་སྐྱོང་པ
  'ws.audit.operator': 'དྲ་ཚིགས་འཛིན་སྐྱོང་པ།',
  'ws.audit.readAddresses': 'ཁ་བྱང་ཀློག་པ།',
  'ws.audit.readDomains': 'ཁ་བྱང་གི་ཁྱབ་ཁོངས་ཀློག་པ།',
  'ws.audit.operatorRead': '{domainsOnly, select, yes {དྲ་ཚིགས་འཛིན་སྐྱོང་པ: ཁ་བྱང་གི་ཁྱབ་ཁོངས་ཀློག་པ།} other {དྲ་ཚིགས་འཛིན་སྐྱོང་པ: ཁ་བྱང་ཀློག་པ།}}',

  'ws.note.draftSaved': 'ཟིན་བྲིས་ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.saved': 'ཉར་ཚགས་བྱས་ཟིན།',
  'ws.note.status':
    '{status, select, draft {འཕྲིན་ཡིག་ད་ལྟ་ཟིན་བྲིས་ཡིན།} founding {འཕྲིན་ཡིག་ད་ལྟ་གདན་ཞུ་ཐོབ་མཁན་ཁོ་ནར་ཁ་ཕྱེ་ཡོད།} open {འཕྲིན་ཡིག་ད་ལྟ་མི་ཡོངས་ལ་ཁ་ཕྱེ་ཡོད།} closed {འཕྲིན་ཡིག་ད་ལྟ་མཇུག་བསྡུས་ཟིན།} other {འཕྲིན་ཡིག་ད་ལྟ་ {status} ཡིན།}}',
  'ws.note.moderated': '{decision, select, approve {མིང་རྟགས། ཆོག་མཆན་སྤྲད།} reject {མིང་རྟགས། ངོས་ལེན་མ་བྱས།} shadow {མིང་རྟགས། ལྐོག་སྦས།} other {མིང་རྟགས། {decision}}}',
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
  'ws.mail.footer': 'Undersigned ཡིས་ཁ་ཕྱེ་བའི་འཕྲིན་ཡིག་གི་གོ་སྒྲིག་པ་ཞིག་ལ་བཏང་བ་ཡིན།',
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
} satisfies WorkspaceCatalog;
