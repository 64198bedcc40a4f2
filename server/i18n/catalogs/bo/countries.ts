/** Country names in Tibetan, by ISO 3166-1 alpha-2 code (ICU has 10 of 250). */
// The ten names ICU has (CN DE GB IN IT JP KR NP RU US) are kept exactly as ICU writes them. The others follow the
// exonyms of Tibetan exile media where there is one, otherwise a transcription of the English name.
export default {
  // review: phonetic transcriptions, no established Tibetan name known (check the spelling):
  //   AG AI AW AX BL BM BS BV BZ CC CI CK CV CW CX DM FK FO GD GG
  //   GI GP GQ GU IM JE KI KM KN KY LC MF MQ MS NC NF NR NU PM PN
  //   PW RE SH SJ ST SX SZ TC TK TT TV VC VU WF YT
  // review: names built from Tibetan words (“islands” གླིང་ཕྲན་ཁག, “territory” ས་ཁུལ, “republic”
  //   སྤྱི་མཐུན་རྒྱལ་ཁབ) plus a transcription; check the wording: AE AS BQ CF DO GF GS HM IO MP PF PS TF UM VG VI
  AD: 'ཨན་ཌོ་ར', // Andorra
  AE: 'ཨ་རབ་ཨེ་མི་རེཊ་མཉམ་འབྲེལ', // United Arab Emirates
  AF: 'ཨཕ་གྷ་ནི་སི་ཐན', // Afghanistan
  AG: 'ཨན་ཊི་གུ་ཝ་དང་བར་བུ་ཌ', // Antigua & Barbuda
  AI: 'ཨང་གུའི་ལ', // Anguilla
  AL: 'ཨལ་བ་ནི་ཡ', // Albania
  AM: 'ཨར་མེ་ནི་ཡ', // Armenia
  AO: 'ཨང་གོ་ལ', // Angola
  // review: ལྷོ་མཐའི་གླིང (the term on Tibetan Wikipedia); ལྷོ་ཕྱོགས་འཁྱག་གླིང is also seen
  AQ: 'ལྷོ་མཐའི་གླིང', // Antarctica
  AR: 'ཨར་ཇེན་ཊི་ན', // Argentina
  AS: 'ཨ་མེ་རི་ཀའི་ས་མོ་ཨ', // American Samoa
  AT: 'ཨོ་སི་ཊྲི་ཡ', // Austria
  AU: 'ཨོ་སི་ཊྲེ་ལི་ཡ', // Australia
  AW: 'ཨ་རུ་བ', // Aruba
  AX: 'ཨོ་ལེནཌ་གླིང་ཕྲན་ཁག', // Åland Islands
  AZ: 'ཨ་ཛར་བའི་ཇན', // Azerbaijan
  BA: 'བོས་ནི་ཡ་དང་ཧར་ཛེ་གོ་ཝི་ན', // Bosnia & Herzegovina
  BB: 'བར་བ་ཌོ་སི', // Barbados
  BD: 'བང་ལ་དེ་ཤ', // Bangladesh
  BE: 'བེལ་ཇི་ཡམ', // Belgium
  BF: 'བར་ཀི་ན་ཧྥ་སོ', // Burkina Faso
  BG: 'བལ་གྷ་རི་ཡ', // Bulgaria
  BH: 'བ་ཧ་རེན', // Bahrain
  BI: 'བུ་རུན་ཌི', // Burundi
  BJ: 'བེ་ནིན', // Benin
  BL: 'སེནཊ་བར་ཐེ་ལེ་མི', // St. Barthélemy
  BM: 'བར་མུ་ཌ', // Bermuda
  BN: 'བྷྲུ་ནའི', // Brunei
  BO: 'བོ་ལི་བྷི་ཡ', // Bolivia
  BQ: 'ཀེ་རི་བི་ཡན་ནེ་དར་ལེནཌ', // Caribbean Netherlands
  BR: 'བྲ་ཛིལ', // Brazil
  BS: 'བ་ཧ་མ', // Bahamas
  BT: 'འབྲུག་ཡུལ', // Bhutan
  BV: 'བུ་ཝེ་གླིང', // Bouvet Island
  BW: 'བོཙ་ཝ་ན', // Botswana
  BY: 'བེ་ལ་རུ་སི', // Belarus
  BZ: 'བེ་ལིཛ', // Belize
  CA: 'ཀ་ན་ཌ', // Canada
  CC: 'ཀོ་ཀོས་ (ཀི་ལིང་) གླིང་ཕྲན་ཁག', // Cocos (Keeling) Islands
  CD: 'ཀོང་གོ་ (ཀིན་ཤ་ས)', // Congo - Kinshasa
  CF: 'དབུས་ཨཕ་རི་ཀ་སྤྱི་མཐུན་རྒྱལ་ཁབ', // Central African Republic
  CG: 'ཀོང་གོ་ (བྷ་ར་ཛ་བིལ)', // Congo - Brazzaville
  CH: 'སུད་སི', // Switzerland
  CI: 'ཀོཊ་ཌི་བྷྭར', // Côte d’Ivoire
  CK: 'ཀུག་གླིང་ཕྲན་ཁག', // Cook Islands
  CL: 'ཅི་ལི', // Chile
  CM: 'ཀེ་མ་རུན', // Cameroon
  CN: 'རྒྱ་ནག', // China
  CO: 'ཁོ་ལོམ་བི་ཡ', // Colombia
  CR: 'ཀོ་སི་ཊ་རི་ཀ', // Costa Rica
  CU: 'ཀིའུ་བ', // Cuba
  CV: 'ཀེབ་བྷར་ཌི', // Cape Verde
  CW: 'ཀྱུ་ར་སའོ', // Curaçao
  CX: 'ཁྲིསི་མས་གླིང', // Christmas Island
  CY: 'སའི་པྲས', // Cyprus
  // review: Czechia as ཅེཀ; ཅེག is also seen
  CZ: 'ཅེཀ', // Czechia
  DE: 'འཇར་མན་', // Germany
  DJ: 'ཇི་བུ་ཊི', // Djibouti
  DK: 'ཌེན་མཱཀ', // Denmark
  DM: 'ཌོ་མི་ནི་ཀ', // Dominica
  DO: 'ཌོ་མི་ནི་ཀན་སྤྱི་མཐུན་རྒྱལ་ཁབ', // Dominican Republic
  DZ: 'ཨལ་ཇི་རི་ཡ', // Algeria
  EC: 'ཨེ་ཁྭ་ཌོར', // Ecuador
  EE: 'ཨེ་སི་ཊོ་ནི་ཡ', // Estonia
  EG: 'ཨི་ཇིབ', // Egypt
  EH: 'ནུབ་ས་ཧཱ་ར', // Western Sahara
  ER: 'ཨེ་རི་ཊྲི་ཡ', // Eritrea
  ES: 'སི་པེན', // Spain
  ET: 'ཨི་ཐི་ཡོ་པི་ཡ', // Ethiopia
  FI: 'ཧྥིན་ལེནཌ', // Finland
  FJ: 'ཧྥི་ཇི', // Fiji
  FK: 'ཧྥོལ་ཀ་ལེནཌ་གླིང་ཕྲན་ཁག', // Falkland Islands
  FM: 'མའི་ཀྲོ་ནི་ཤི་ཡ', // Micronesia
  FO: 'ཧྥེ་རོ་གླིང་ཕྲན་ཁག', // Faroe Islands
  FR: 'ཧྥ་རན་སི', // France
  GA: 'གྷ་བོན', // Gabon
  GB: 'དབྱིན་ཇི་', // United Kingdom
  GD: 'གྲེ་ནེ་ཌ', // Grenada
  GE: 'ཇོར་ཇི་ཡ', // Georgia
  GF: 'ཧྥ་རན་སིའི་གྷ་ཡ་ན', // French Guiana
  GG: 'གྷརན་སི', // Guernsey
  GH: 'གྷ་ན', // Ghana
  GI: 'ཇི་བྲལ་ཊར', // Gibraltar
  GL: 'གྲིན་ལེནཌ', // Greenland
  GM: 'གྷམ་བི་ཡ', // Gambia
  GN: 'གི་ནི', // Guinea
  GP: 'གྭ་ད་ལུབ', // Guadeloupe
  GQ: 'ཨེ་ཀྭ་ཊོ་རི་ཡལ་གི་ནི', // Equatorial Guinea
  // review: Greece as གྷི་རི་སི (from English); Tibetan Wikipedia has ཀེ་རི་སི
  GR: 'གྷི་རི་སི', // Greece
  GS: 'ལྷོ་ཇོར་ཇི་ཡ་དང་ལྷོ་སེནཌ་ཝིཆ་གླིང་ཕྲན་ཁག', // South Georgia & South Sandwich Islands
  GT: 'གྭ་ཊེ་མ་ལ', // Guatemala
  GU: 'གྭམ', // Guam
  GW: 'གི་ནི་བི་སའོ', // Guinea-Bissau
  GY: 'གྷ་ཡ་ན', // Guyana
  // review: the short form ཞང་ཀང used by exile media; the English label is “Hong Kong SAR China”: a native speaker should decide whether to add the status
  HK: 'ཞང་ཀང', // Hong Kong SAR China
  HM: 'ཧརཌ་གླིང་དང་མེག་ཌོ་ནལ་གླིང་ཕྲན་ཁག', // Heard & McDonald Islands
  HN: 'ཧོན་ཌུ་རས', // Honduras
  HR: 'ཀྲོ་ཨེ་ཤི་ཡ', // Croatia
  HT: 'ཧེ་ཊི', // Haiti
  HU: 'ཧང་གྷ་རི', // Hungary
  ID: 'ཨིན་ཌོ་ནི་ཤི་ཡ', // Indonesia
  IE: 'ཨ་ཡར་ལེནཌ', // Ireland
  IL: 'ཨི་སི་ར་ཡེལ', // Israel
  IM: 'མེན་གླིང', // Isle of Man
  IN: 'རྒྱ་གར་', // India
  IO: 'དབྱིན་ཇིའི་རྒྱ་གར་རྒྱ་མཚོའི་ས་ཁུལ', // British Indian Ocean Territory
  IQ: 'ཨི་རཱཀ', // Iraq
  IR: 'ཨི་རཱན', // Iran
  IS: 'ཨའིས་ལེནཌ', // Iceland
  IT: 'ཨི་ཀྲར་ལི་', // Italy
  JE: 'ཇར་སི', // Jersey
  JM: 'ཇ་མེ་ཀ', // Jamaica
  JO: 'ཇོར་ཌན', // Jordan
  JP: 'ཉི་ཧོང་', // Japan
  KE: 'ཀེན་ཡ', // Kenya
  KG: 'ཀིར་གིས་སི་ཐན', // Kyrgyzstan
  KH: 'ཀམ་བོ་ཌི་ཡ', // Cambodia
  KI: 'ཀི་རི་བ་སི', // Kiribati
  KM: 'ཀོ་མོ་རོས', // Comoros
  KN: 'སེནཊ་ཀིཊས་དང་ནེ་བིས', // St. Kitts & Nevis
  KP: 'བྱང་ཀོ་རི་ཡ', // North Korea
  KR: 'ལྷོ་ཀོ་རི་ཡ།', // South Korea
  KW: 'ཀུ་ཝེཊ', // Kuwait
  KY: 'ཀེ་མེན་གླིང་ཕྲན་ཁག', // Cayman Islands
  KZ: 'ཀ་ཛགས་སི་ཐན', // Kazakhstan
  LA: 'ལའོ་སི', // Laos
  LB: 'ལེ་བ་ནོན', // Lebanon
  LC: 'སེནཊ་ལུ་ཤ', // St. Lucia
  LI: 'ལིཀ་ཊེན་སི་ཊའིན', // Liechtenstein
  // review: Sri Lanka as ཤྲི་ལང་ཀ; the classical name སེང་གེ་གླིང is also used
  LK: 'ཤྲི་ལང་ཀ', // Sri Lanka
  LR: 'ལའི་བེ་རི་ཡ', // Liberia
  LS: 'ལེ་སོ་ཐོ', // Lesotho
  LT: 'ལི་ཐུ་ཝེ་ནི་ཡ', // Lithuania
  LU: 'ལག་ཛམ་བརག', // Luxembourg
  LV: 'ལཊ་བི་ཡ', // Latvia
  LY: 'ལི་བི་ཡ', // Libya
  MA: 'མོ་རོཀ་ཀོ', // Morocco
  MC: 'མོ་ན་ཀོ', // Monaco
  MD: 'མོལ་ཌོ་ཝ', // Moldova
  ME: 'མོན་ཊི་ནེ་གྲོ', // Montenegro
  MF: 'སེནཊ་མར་ཊིན', // St. Martin
  MG: 'མ་ད་གྷ་སི་ཀར', // Madagascar
  MH: 'མར་ཤལ་གླིང་ཕྲན་ཁག', // Marshall Islands
  MK: 'བྱང་མ་སེ་ཌོ་ནི་ཡ', // North Macedonia
  ML: 'མ་ལི', // Mali
  // review: Myanmar (Burma) as བྷར་མ (as on Tibetan Wikipedia); འབར་མ or a transcription of “Myanmar” may be preferred
  MM: 'བྷར་མ', // Myanmar (Burma)
  MN: 'སོག་ཡུལ', // Mongolia
  // review: Macao as མ་ཀའོ (phonetic); some texts use ཨའོ་མོན from the Chinese
  MO: 'མ་ཀའོ', // Macao SAR China
  MP: 'བྱང་ཕྱོགས་མ་རི་ཡ་ན་གླིང་ཕྲན་ཁག', // Northern Mariana Islands
  MQ: 'མར་ཊི་ནིཀ', // Martinique
  MR: 'མོ་རི་ཊེ་ནི་ཡ', // Mauritania
  MS: 'མོན་ཊི་སེ་རཊ', // Montserrat
  MT: 'མལ་ཊ', // Malta
  MU: 'མོ་རི་ཤས', // Mauritius
  MV: 'མལ་དིབ་སི', // Maldives
  MW: 'མ་ལ་ཝི', // Malawi
  MX: 'མེག་སི་ཀོ', // Mexico
  MY: 'མ་ལེ་ཤི་ཡ', // Malaysia
  MZ: 'མོ་ཛམ་བིཀ', // Mozambique
  NA: 'ན་མི་བི་ཡ', // Namibia
  NC: 'ནིའུ་ཀ་ལི་ཌོ་ནི་ཡ', // New Caledonia
  NE: 'ནི་ཇེར', // Niger
  NF: 'ནོར་ཧྥོལཀ་གླིང', // Norfolk Island
  NG: 'ནའི་ཇི་རི་ཡ', // Nigeria
  NI: 'ནི་ཀ་ར་གུ་ཝ', // Nicaragua
  // review: Netherlands as ནེ་དར་ལེནཌ; ཧོ་ལེནཌ (Holland) is common in speech
  NL: 'ནེ་དར་ལེནཌ', // Netherlands
  NO: 'ནོར་ཝེ', // Norway
  NP: 'བལ་ཡུལ་', // Nepal
  NR: 'ན་ཨུ་རུ', // Nauru
  NU: 'ནིའུ་ཨེ', // Niue
  NZ: 'ནིའུ་ཛི་ལེནཌ', // New Zealand
  OM: 'ཨོ་མཱན', // Oman
  PA: 'པ་ན་མ', // Panama
  PE: 'པེ་རུ', // Peru
  PF: 'ཧྥ་རན་སིའི་པོ་ལི་ནི་ཤི་ཡ', // French Polynesia
  PG: 'པ་པུ་ཝ་ནིའུ་གི་ནི', // Papua New Guinea
  PH: 'ཧྥི་ལི་པིན', // Philippines
  PK: 'པ་ཀི་སི་ཐན', // Pakistan
  PL: 'པོ་ལེནཌ', // Poland
  PM: 'སེནཊ་པི་ཡེར་དང་མི་ཀེ་ལོན', // St. Pierre & Miquelon
  PN: 'པིཊ་ཀེ་རན་གླིང་ཕྲན་ཁག', // Pitcairn Islands
  PR: 'པོར་ཊོ་རི་ཀོ', // Puerto Rico
  PS: 'པ་ལེ་སི་ཊའིན་ས་ཁུལ', // Palestinian Territories
  PT: 'པོར་ཅུ་གྷལ', // Portugal
  PW: 'པ་ལའུ', // Palau
  PY: 'པ་ར་གུ་ཝེ', // Paraguay
  QA: 'ཀ་ཊར', // Qatar
  RE: 'རི་ཡུ་ནི་ཡོན', // Réunion
  RO: 'རོ་མེ་ནི་ཡ', // Romania
  RS: 'སར་བི་ཡ', // Serbia
  RU: 'ཨུ་རུ་སུ་', // Russia
  RW: 'རུ་ཝན་ཌ', // Rwanda
  SA: 'སའུ་དི་ཨ་རེ་བི་ཡ', // Saudi Arabia
  SB: 'སོ་ལོ་མོན་གླིང་ཕྲན་ཁག', // Solomon Islands
  SC: 'སེ་ཤེལ', // Seychelles
  SD: 'སུ་ཌཱན', // Sudan
  SE: 'སུའི་ཌེན', // Sweden
  SG: 'སིང་ག་པོར', // Singapore
  SH: 'སེནཊ་ཧེ་ལེ་ན', // St. Helena
  SI: 'སི་ལོ་ཝེ་ནི་ཡ', // Slovenia
  SJ: 'སྭལ་བརཌ་དང་ཡཱན་མ་ཡེན', // Svalbard & Jan Mayen
  SK: 'སི་ལོ་ཝ་ཀི་ཡ', // Slovakia
  SL: 'སི་ཡེ་ར་ལི་ཡོན', // Sierra Leone
  SM: 'སན་མ་རི་ནོ', // San Marino
  SN: 'སེ་ནེ་གྷལ', // Senegal
  SO: 'སོ་མ་ལི་ཡ', // Somalia
  SR: 'སུ་རི་ནམ', // Suriname
  SS: 'ལྷོ་སུ་ཌཱན', // South Sudan
  ST: 'སའོ་ཊོ་མེ་དང་པྲིན་སི་པེ', // São Tomé & Príncipe
  SV: 'ཨེལ་སལ་བ་ཌོར', // El Salvador
  SX: 'སིནཊ་མཱར་ཊེན', // Sint Maarten
  SY: 'སི་རི་ཡ', // Syria
  SZ: 'ཨེ་སི་ཝ་ཏི་ནི', // Eswatini
  TC: 'ཏཱརཀས་དང་ཀེ་ཀོས་གླིང་ཕྲན་ཁག', // Turks & Caicos Islands
  TD: 'ཅཱ་ཌ', // Chad
  TF: 'ཧྥ་རན་སིའི་ལྷོ་ཕྱོགས་ས་ཁུལ', // French Southern Territories
  TG: 'ཊོ་གོ', // Togo
  TH: 'ཐཱའི་ལེནཌ', // Thailand
  TJ: 'ཏ་ཇིག་སི་ཐན', // Tajikistan
  TK: 'ཊོ་ཀེ་ལའུ', // Tokelau
  TL: 'ཤར་ཏི་མོར', // Timor-Leste
  TM: 'ཏུར་ཀ་མེ་ནི་སི་ཐན', // Turkmenistan
  TN: 'ཊུ་ནི་ཤི་ཡ', // Tunisia
  TO: 'ཊོང་ག', // Tonga
  // review: Türkiye as ཏུར་ཀི; ཊར་ཀི is also seen
  TR: 'ཏུར་ཀི', // Türkiye
  TT: 'ཊྲི་ནི་ཌཱཌ་དང་ཊོ་བེ་གོ', // Trinidad & Tobago
  TV: 'ཏུ་ཝ་ལུ', // Tuvalu
  TW: 'ཐེ་ཝན', // Taiwan
  TZ: 'ཊཱན་ཛ་ནི་ཡ', // Tanzania
  // review: Ukraine as ཡུ་ཀྲེན; ཨུ་ཀྲེན and ཡུ་ཀེ་རེན are also seen
  UA: 'ཡུ་ཀྲེན', // Ukraine
  UG: 'ཡུ་གྷན་ཌ', // Uganda
  UM: 'ཨ་མེ་རི་ཀའི་ཐག་རིང་གླིང་ཕྲན་ཁག', // U.S. Outlying Islands
  US: 'ཨ་མེ་རི་ཀ།', // United States
  UY: 'ཡུ་རུ་གུ་ཝེ', // Uruguay
  UZ: 'ཨུ་ཛ་བེག་སི་ཐན', // Uzbekistan
  VA: 'ཝ་ཊི་ཀན', // Vatican City
  VC: 'སེནཊ་བིན་སེནཊ་དང་གྲེ་ན་ཌིན་ཁག', // St. Vincent & Grenadines
  VE: 'ཝེ་ནེ་ཛུ་ཝེ་ལ', // Venezuela
  VG: 'དབྱིན་ཇིའི་བར་ཇིན་གླིང་ཕྲན་ཁག', // British Virgin Islands
  VI: 'ཨ་མེ་རི་ཀའི་བར་ཇིན་གླིང་ཕྲན་ཁག', // U.S. Virgin Islands
  VN: 'ཝི་ཡེཊ་ནམ', // Vietnam
  VU: 'ཝ་ནུ་ཨ་ཏུ', // Vanuatu
  WF: 'ཝཱ་ལིས་དང་ཧྥུ་ཏུ་ན', // Wallis & Futuna
  WS: 'ས་མོ་ཨ', // Samoa
  XK: 'ཀོ་སོ་བོ', // Kosovo
  YE: 'ཡེ་མེན', // Yemen
  YT: 'མ་ཡོཊ', // Mayotte
  ZA: 'ལྷོ་ཨཕ་རི་ཀ', // South Africa
  ZM: 'ཛམ་བི་ཡ', // Zambia
  ZW: 'ཛིམ་བབ་ཝེ', // Zimbabwe
} as Record<string, string>;
