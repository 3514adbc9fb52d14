import type { Language } from '../model.js';
import { unicodeWords } from '../nlp/unicode-words.js';

/**
 * The wording that decides legal force, per language. Kept as data so that a reviewer can read the
 * judgment calls in one place (see legal-force.ts for the order in which they are tried).
 */
export interface ForcePatterns {
  /** Saving clauses: the text shields a measure rather than obliging anyone. */
  exception: RegExp[];
  /**
   * An exclusion put as a rule of construction ("Nothing in this Agreement shall be construed to apply to
   * measures ... with respect to cultural industries", "Nothing in this Chapter applies to audiovisual
   * services"): it takes the measures out of the agreement, so it binds as "does not apply" does
   * (CHECKLIST), though it opens as a saving clause.
   */
  constructionExclusion: RegExp;
  /** A recital's opening participle ("Recognising that ..."). */
  recitalOpening: RegExp;
  /** Declarations that state an understanding and oblige nobody ("The Parties recognise that ..."). */
  declaration: RegExp;
  /** A definition ("For purposes of this Chapter: digital products means ...", its item lettered "(a)" or numbered "1."): binding, whatever modal its description holds. */
  definition: RegExp;
  /** Words by which a clause acts on being signed ("the Parties hereby agree on Annex 7-B"): a main clause with them is operative. */
  performative: RegExp;
  /**
   * The Parties binding themselves ("the Parties agree to", "commit to", "undertake to"), also in a
   * consecutive clause after a declaration ("The Parties recognise ... and therefore undertake to",
   * "... por lo que se comprometen a", "... c'est pourquoi elles s'engagent à"): after a leading
   * "Recognising ...," or a declaration, such a clause acts.
   */
  undertaking: RegExp;
  /** A lead-in up to its verb of undertaking and the infinitive's marker ("the Parties undertake to"), for the item that completes it. */
  undertakingVerb: RegExp;
  /** A lead-in whose infinitive an item completes ("... and to:", "... y a:", "... et à:"). */
  infinitiveEnd: RegExp;
  /** A clause that settles how two provisions relate ("... is without prejudice to ..."): operative, its force read there. */
  withoutPrejudice: RegExp;
  /** Obligations of effort only. */
  effort: RegExp[];
  /**
   * A list item whose own verb is one of effort ("(a) seek to ...", "(b) procurar ...", "(c) s'efforcer de
   * ..."): an effort whatever modal its lead-in holds ("Each Party shall: (a) seek to ...").
   */
  effortItem: RegExp;
  /** Obligations of result: "shall", "must", exclusions, prohibitions. */
  obligation: RegExp[];
  /**
   * Spanish and French: the future tense, treaty drafting's "shall" ("aplicarán", "s'appliqueront"). An
   * obligation too, but never asked whether a sentence holds force words: it takes a heading's noun for a verb.
   */
  futureTense: RegExp[];
  /**
   * The future tense with a Party as its subject ("Ninguna Parte otorgará", "Cada Parte publicará",
   * "Les Parties coopéreront"): a heading's noun never stands there, so such a sentence holds force words.
   */
  partyFuture?: RegExp;
  /** Modal verbs that, without negation, only permit or suggest. */
  softModals: Set<string>;
}

/** Verbs after "shall" that make it an obligation of effort, not of result (a judgment call: see README). */
const EFFORT_VERBS = 'endeavou?r|seek|strive|try|aim|promote|encourage|foster|favou?r|explore|consider|use (?:its|their) best|make (?:every|all reasonable|its best|their best)';

/** Spanish infinitives of effort, as a list item or a modal takes them ("deberán procurar", "(b) esforzarse por"). */
const SPANISH_EFFORT_INFINITIVES = 'procurar|esforzarse|tratar de|intentar|hacer (?:sus |todos los )?(?:mejores )?esfuerzos';
/** French infinitives of effort, as a list item or a modal takes them ("doivent s'efforcer de", "(b) chercher à"). */
const FRENCH_EFFORT_INFINITIVES = "s['’]efforcer\\b|chercher à|faire (?:tous )?(?:leurs|ses) meilleurs efforts";

/** Spanish and French patterns get a Unicode word boundary for `\\b` (accented letters are word characters): every pattern, alone or in a list. */
function unicodePatterns(p: ForcePatterns): ForcePatterns {
  const widened = Object.entries(p).map(([field, value]) => [field, value instanceof RegExp ? unicodeWords(value) : Array.isArray(value) ? value.map(unicodeWords) : value]);
  return Object.fromEntries(widened) as ForcePatterns;
}

/**
 * Who makes a declaration: the Parties under every name treaties give them ("Member States", "Contracting
 * Parties", "the Signatories", "States Parties") or one of them ("each Party"). A declaration obliges
 * nobody whoever makes it, so the subject only has to be the Parties' own.
 */
const DECLARING_SUBJECT: Record<Language, string> = {
  en: '(?:(?:the|both|all) )?(?:(?:high )?contracting parties|parties|member states|member countries|states parties|contracting states|signatories|signatory (?:states|parties))|each (?:party|member state|member country|contracting party|contracting state|state party|signatory)',
  es: '(?:las|ambas) partes(?: contratantes)?|los (?:estados (?:miembros|partes|contratantes)|países miembros|signatarios)|cada (?:parte(?: contratante)?|estado (?:miembro|parte|contratante)|país miembro|signatario)',
  fr: '(?:les|toutes les) parties(?: contractantes)?|les (?:[ée]tats (?:membres|parties|contractants)|pays membres|signataires)|chaque (?:partie(?: contractante)?|[ée]tat (?:membre|partie|contractant)|pays membre|signataire)',
};

const RAW_PATTERNS: Record<Language, ForcePatterns> = {
  en: {
    exception: [
      /\bnothing in (?:this|the present) (?:agreement|chapter|article|section|part|title|annex|protocol)\b/i,
      /\b(?:does|do|shall|will|should) not (?:prevent|preclude|restrict the right|affect the right)\b/i,
      /\b(?:shall|is|are) not (?:be )?(?:construed|interpreted) (?:to|as)\b/i,
      /\b(?:shall not be|is not|are not) required to\b/i,
      /\bnothing [^.;]{0,200}\bshall (?:be construed|prevent|require)\b/i,
      // "A Party may adopt or maintain measures ...": a permission to depart from the rules.
      /\bmay (?:adopt|maintain|apply|take|establish)(?: or (?:maintain|enforce|apply|adopt))? (?:[\w-]+ ){0,3}(?:measures?|actions?)\b/i,
      /\breserves? (?:the|its|their) right to (?:adopt|maintain|take)\b/i,
      // State-aid rules: "the following may be considered to be compatible with ...: (d) aid to promote
      // culture": a Party is allowed, not bound, to grant such aid, a permission to depart from the rule.
      /\bmay be (?:considered|deemed|regarded) (?:to be |as )?compatible/i,
      // GATT Article XX or GATS Article XIV "incorporated into and made part of this Agreement": the general exceptions.
      /\barticles? (?:xx|xiv)(?: and (?:xx|xiv|xxi))? of (?:the )?(?:gatt|gats)\b[^.]{0,200}\bincorporated\b|\bincorporated\b[^.]{0,120}\barticles? (?:xx|xiv) of (?:the )?(?:gatt|gats)\b/i,
    ],
    recitalOpening:
      /^(?:and\s+|while\s+)?(?:recogni[sz]ing|affirming|reaffirming|considering|acknowledging|noting|bearing in mind|desiring|desirous|convinced|conscious|determined|resolved|mindful|emphasi[sz]ing|stressing|recalling|welcoming|believing|aware|taking into account|taking note|underlining|seeking|wishing|reiterating)\b/i,
    declaration:
      new RegExp(`^(?:[^,]{0,80},\\s*)?(?:${DECLARING_SUBJECT.en})(?:,[^,]{0,200},)? (?:(?:also|further|hereby|jointly|therefore|again)\\s+)*(?:recogni[sz]es?|acknowledges?|notes?|takes? note|recalls?|affirms?|reaffirms?|confirms?|shares? the (?:view|objective|understanding)|considers?|believes?|understands?|(?:are|is) convinced|(?:are|is) aware|emphasi[sz]es?|stress(?:es)?|underlines?)\\b`, 'i'),
    definition: /^(?:for (?:the )?purposes? of [^:;,.]{1,80}(?:,\s*unless [^:;,.]{1,60})?[:,]\s*)?(?:\(?[a-z0-9]{1,4}\)\s*|\d{1,2}\.\s+)?(?:the (?:term|expression) )?["“'‘]?(?:(?!\b(?:shall|may|must|will|should|can|by|through|all|any|other)\b)[\w'’ -]){1,80}["”'’]? means\b/i,
    constructionExclusion: /\b(?:construed|interpreted) (?:to apply|as applying) to\b|\bnothing in (?:this|the present) (?:agreement|chapter|article|section|sub-?section|part|title|annex|protocol) (?:shall |will )?appl(?:y|ies) to\b/i,
    performative: /\bhereby\b/i,
    undertaking: new RegExp(
      `\\b(?:${DECLARING_SUBJECT.en})(?:,[^,]{0,200},)? (?:(?:also|further|hereby|jointly)\\s+)*(?:agrees?|undertakes?|commits?(?: (?:themselves|itself))?|resolves?|decides?) to\\b` +
        '|\\b(?:and|so)(?:,? (?:therefore|accordingly|thus|to (?:that|this) end|for (?:that|this) purpose),?)? (?:(?:also|further|hereby|jointly|therefore|accordingly)\\s+)*(?:agree|undertake|commit(?: themselves)?|resolve|decide) to\\b',
      'i',
    ),
    undertakingVerb: /^.*?\b(?:agree|undertake|commit(?: themselves)?|resolve|decide)s? to\b/i,
    infinitiveEnd: /\bto$/i,
    withoutPrejudice: /\bwithout prejudice\b/i,
    effort: [
      new RegExp(`\\b(?:shall|will|should)(?: (?:also|further|jointly|each|mutually))? (?:${EFFORT_VERBS})\\b`, 'i'),
      new RegExp(`\\b(?:undertakes?|agrees?|commits?|resolves?) to (?:${EFFORT_VERBS})\\b`, 'i'),
      new RegExp(`\\bshall (?:undertake|agree|commit) to (?:${EFFORT_VERBS})\\b`, 'i'),
      /\b(?:endeavou?rs?|strives?|seeks?) to\b/i,
      // "shall, where possible, provide", "shall, to the extent possible, ...": the qualifier makes it effort.
      /\b(?:shall|will)\s*,?\s*(?:where (?:appropriate|possible|practicable|feasible)|to the extent (?:possible|practicable|feasible)|as far as (?:possible|practicable))\b/i,
      /\bshall (?:also )?be aimed at\b/i,
      /\bbest (?:efforts?|endeavou?rs?)\b/i,
      // "The objectives of this Title are, among others, to: ...", "The objectives of cultural cooperation are to: ...".
      /\b(?:the )?(?:objectives?|aims?|purposes?) of (?:(?:this|the present) \w+|(?:[\w-]+ ){1,3}?(?:co-?operation|dialogue|partnership)) (?:is|are|shall be)(?:, [^,]{1,40},)? to\b/i,
    ],
    effortItem: /^(?:to )?(?:(?:seek|endeavou?r|strive|try|aim)s? to|(?:use|make)s? (?:its|their|every|all reasonable|best)(?: best)? (?:efforts?|endeavou?rs?)|(?:endeavou?r|strive)s?\b)/i,
    obligation: [
      /\bshall\b|\bmay only\b/i,
      /\bmust\b/i,
      // "lists of commitments ... do not include commitments on audio-visual services": an exclusion.
      /\b(?:does|do|shall) not apply\b|\b(?:does|do|shall) not include (?:any )?(?:specific )?commitments?\b/i,
      /\b(?:is|are|shall be) (?:excluded|exempt(?:ed)?)\b/i,
      /\b(?:undertakes?|agrees?) (?:to|that)\b/i,
      /\b(?:is|are) prohibited\b/i,
      /\bapplies to\b|\bapply to\b/i,
      /\bmeans\b/i,
    ],
    futureTense: [],
    softModals: new Set(['may', 'might', 'should', 'could', 'would', 'will', 'can']),
  },
  es: {
    exception: [
      /\bnada (?:de lo dispuesto )?en (?:el presente|este|esta|la presente)\b/i,
      /\bninguna disposici[óo]n (?:de(?:l)? )?(?:el presente|este|esta|la presente|presente)\b/i,
      /\bno impedir[áa]n?\b/i,
      /\bse interpretar[áa] en el sentido de (?:impedir|obligar)\b/i,
      /\bno (?:estar[áa]n?|ser[áa]n?) obligad[ao]s?\b/i,
      /\bpodr[áa]n? (?:considerarse|ser considerad[ao]s?|estimarse) compatibles?\b/i,
      // "el Artículo XX del GATT de 1994 ... se incorporan a este Tratado": the general exceptions, as in English.
      /\bart[íi]culos? (?:xx|xiv)(?: y (?:xx|xiv|xxi))? del (?:gatt|agcs)\b[^.]{0,200}\bse incorporan?\b|\bse incorporan?\b[^.]{0,120}\bart[íi]culos? (?:xx|xiv) del (?:gatt|agcs)\b/i,
    ],
    recitalOpening:
      /^(?:y\s+)?(?:reconociendo|afirmando|reafirmando|considerando|conscientes|deseosos|decididos|convencidos|teniendo (?:en cuenta|presente)|recordando|tomando en cuenta|resueltos|destacando|subrayando)\b/i,
    declaration: new RegExp(`^(?:[^,]{0,80},\\s*)?(?:${DECLARING_SUBJECT.es})(?:,[^,]{0,200},)? (?:(?:también|asimismo|además)\\s+)?(?:reconocen?|toman? nota|comparten?|consideran?|entienden?|recuerdan?|afirman?|reafirman?|confirman?|subrayan?|destacan?)\\b`, 'i'),
    definition: /^(?:para (?:los )?(?:efectos|fines|prop[óo]sitos) de [^:;,.]{1,80}(?:,\s*(?:salvo|a menos) [^:;,.]{1,60})?[:,]\s*)?(?:se entender[áa] por\b|(?:\(?[a-z0-9]{1,4}\)\s*|\d{1,2}\.\s+)?["“«]?[\wÀ-ÿ'’ -]{1,80}["”»]? significa\b)/i,
    // "... se interpretará en el sentido de aplicarse a", and "Nada de lo dispuesto en este Capítulo se aplica a",
    // "Ninguna disposición del presente Capítulo se aplicará a": the English "nothing in this Chapter applies to".
    constructionExclusion:
      /\binterpretar[áa] (?:en el sentido de )?(?:que se apli(?:ca|que)n?|aplicarse|aplicable) a\b|\b(?:nada (?:de lo dispuesto )?en |ninguna disposici[óo]n (?:de(?:l)? )?)(?:el |la )?(?:presente|este|esta) (?:acuerdo|tratado|cap[íi]tulo|art[íi]culo|secci[óo]n|subsecci[óo]n|t[íi]tulo|parte|anexo|protocolo) (?:se aplica(?:r[áa])?|ser[áa] aplicable|es aplicable) a\b/i,
    performative: /\bpor (?:la presente|el presente)\b/i,
    undertaking: new RegExp(
      `\\b(?:${DECLARING_SUBJECT.es})(?:,[^,]{0,200},)? (?:(?:también|asimismo)\\s+)?(?:acuerdan|se comprometen a|convienen en|deciden)\\b` +
        '|\\b(?:por lo (?:que|cual)|por (?:lo )?tanto|por consiguiente|por ello|en consecuencia|y)(?:,? (?:por (?:lo )?tanto|por consiguiente|por ello|en consecuencia|para (?:tal|este|ese) (?:fin|efecto)),?)? (?:(?:también|asimismo)\\s+)?(?:acuerdan|se comprometen a|convienen en|deciden)\\b',
      'i',
    ),
    undertakingVerb: /^.*?\b(?:se comprometen a|acuerdan|convienen en)\b/i,
    infinitiveEnd: /(?:^|\s)a$/i,
    withoutPrejudice: /\bsin perjuicio\b/i,
    effort: [
      /\b(?:procurar[áa]n?|se esforzar[áa]n?|promover[áa]n?|fomentar[áa]n?|alentar[áa]n?|estimular[áa]n?|buscar[áa]n?|intentar[áa]n?)\b/i,
      // "se comprometen a promover", "convienen en fomentar": undertaking to promote is an effort, as in English.
      /\b(?:se comprometen a|acuerdan|convienen en) (?:promover|fomentar|alentar|estimular|favorecer|procurar|esforzarse|buscar|intentar)\b/i,
      /\b(?:har[áa]n?) (?:sus )?(?:mejores )?esfuerzos\b/i,
      // "considerarán a futuro la negociación de compromisos": to consider is no result (the English "shall consider").
      /\bconsiderar[áa]n? (?:a futuro |en el futuro )?(?:la posibilidad|la negociaci[óo]n|negociar|el establecimiento|la conveniencia)\b/i,
      // "deberán procurar", "deberá esforzarse por": the modal governs an effort, as "shall endeavour" does.
      new RegExp(`\\bdeber[áa]n? (?:${SPANISH_EFFORT_INFINITIVES})\\b`, 'i'),
      // "se comprometen a promover", "acuerdan fomentar": an undertaking to promote is an effort, as "undertake to promote" is.
      new RegExp(`\\b(?:se comprometen? a|acuerdan?|convienen? en|deciden?) (?:${SPANISH_EFFORT_INFINITIVES}|promover|fomentar|alentar|estimular|favorecer|buscar|explorar|considerar)\\b`, 'i'),
    ],
    effortItem: new RegExp(`^(?:${SPANISH_EFFORT_INFINITIVES}|procurar[áa]n?|se esforzar[áa]n?|har[áa]n? (?:sus |todos los )?(?:mejores )?esfuerzos)\\b`, 'i'),
    obligation: [
      /\bdeber[áa]n?\b|\bs[óo]lo podr[áa]n?\b/i,
      /\bno (?:se )?aplicar[áa]n?\b/i,
      /\bquedan? excluid[ao]s?\b/i,
      /\bse aplica(?:n|rá|rán)?\b/i,
      /\bsignifica\b/i,
    ],
    futureTense: [/\b\p{L}{3,}(?:ar|er|ir)[áa]n?\b/iu],
    partyFuture: /(?:^|[\s,;:])(?:ninguna|cada|las|ambas) partes?(?: contratantes?)?,?(?: (?:no|se|le|les|lo|la|los|las|también|asimismo|además))* (?:\p{L}{3,}(?:ar|er|ir)[áa]n?|\p{L}{2,}rán?)(?![\p{L}\p{N}])/iu,
    softModals: new Set(['podrá', 'podra', 'podrán', 'podran', 'puede', 'pueden', 'deberían', 'deberian', 'podrían', 'podrian']),
  },
  fr: {
    exception: [
      /\baucune disposition d[ue]s? (?:présent|présente|la présente)\b/i,
      /\brien dans (?:le présent|la présente)\b/i,
      /\bn['’]emp[êe]ch(?:e|ent|era|eront)\b/i,
      /\bn['’](?:est|sont) pas tenue?s?\b/i,
      /\b(?:peu(?:t|vent)|pourr(?:a|ont)) (?:être )?(?:considérée?s?|jugée?s?) (?:comme )?compatibles?\b/i,
      // "l'article XX du GATT de 1994 ... est incorporé au présent accord": the general exceptions, as in English.
      /\barticles? (?:xx|xiv)(?: et (?:xx|xiv|xxi))? d[ue] (?:l['’])?(?:gatt|agcs)\b[^.]{0,200}\bincorporée?s?\b|\bincorporée?s?\b[^.]{0,120}\barticles? (?:xx|xiv) d[ue] (?:l['’])?(?:gatt|agcs)\b/i,
    ],
    recitalOpening:
      /^(?:et\s+)?(?:reconnaissant|affirmant|réaffirmant|considérant|conscients?|désireux|résolus|convaincus|rappelant|tenant compte|soulignant|notant|déterminés)\b/i,
    declaration: new RegExp(`^(?:[^,]{0,80},\\s*)?(?:${DECLARING_SUBJECT.fr})(?:,[^,]{0,200},)? (?:(?:également|en outre)\\s+)?(?:reconnaissent|reconna[iî]t|prennent note|prend note|notent|note|partagent|partage|considèrent|considère|estiment|estime|rappellent|rappelle|affirment|affirme|réaffirment|réaffirme|confirment|confirme|soulignent|souligne)\\b`, 'i'),
    definition: /^(?:(?:aux fins|au sens) d[ue] [^:;,.]{1,80}(?:,\s*(?:sauf|à moins) [^:;,.]{1,60})?[:,]\s*)?(?:on entend par\b|(?:\(?[a-z0-9]{1,4}\)\s*|\d{1,2}\.\s+)?["“«]?[\wÀ-ÿ'’ -]{1,80}["”»]? (?:signifie|désigne)\b)/i,
    // "... n'est interprétée comme s'appliquant", and "Aucune disposition du présent chapitre ne s'applique aux",
    // "Rien dans le présent accord ne s'applique à": the English "nothing in this Chapter applies to".
    constructionExclusion:
      /\binterprétée?s? comme s['’]appliquant\b|\b(?:aucune disposition d[ue]|rien dans) (?:l[ae] )?(?:présente?|ce|cet|cette) (?:accord|chapitre|article|section|sous-section|titre|partie|annexe|protocole) ne s['’]appliqu(?:e|ent|era|eront) (?:à|aux?)\b/i,
    performative: /\bpar (?:la présente|le présent)\b/i,
    undertaking: new RegExp(
      `\\b(?:${DECLARING_SUBJECT.fr})(?:,[^,]{0,200},)? (?:(?:également|en outre)\\s+)?(?:conviennent d|s['’]engagent à|décident d)` +
        "|(?:\\bet|\\bc['’]est pourquoi|\\bpar conséquent|\\ben conséquence|\\bdès lors|(?:^|\\s)à cette fin),? (?:(?:elles|ils) )?(?:s['’]engagent|conviennent|décident)(?:,[^,]{0,40},)?(?: (?:donc|dès lors|par conséquent|également))? (?:à|d)",
      'i',
    ),
    undertakingVerb: /^.*?(?:\bs['’]engagent à|\bconviennent de|\bdécident de)/i,
    infinitiveEnd: /(?:^|\s)(?:à|de)$/i,
    withoutPrejudice: /\bsans préjudice\b/i,
    effort: [
      /\bs['’]efforce(?:nt|ra|ront)?\b/i,
      /\b(?:encourage(?:nt|ra|ront)|favorise(?:nt|ra|ront)|promeu(?:t|vent)|promouvr(?:a|ont)|cherche(?:nt|ra|ront))\b/i,
      // "s'engagent à promouvoir", "conviennent d'encourager": undertaking to promote is an effort, as in English.
      /(?:\bs['’]engagent|\bconviennent|\bdécident)(?: (?:donc|dès lors|par conséquent|également))? (?:à|de|d['’]) ?(?:promouvoir|encourager|favoriser|s['’]efforcer|chercher)\b/i,
      /\bmeilleurs efforts\b/i,
      // "doivent s'efforcer de", "doit chercher à": the modal governs an effort, as "shall endeavour" does.
      new RegExp(`\\b(?:doi(?:t|vent)|devr(?:a|ont)) (?:${FRENCH_EFFORT_INFINITIVES})`, 'i'),
      // "s'engagent à promouvoir", "conviennent d'encourager": an undertaking to promote is an effort, as "undertake to promote" is.
      new RegExp(`\\b(?:s['’]engagent? à |convien(?:nen)?t d(?:e |['’])|décident? d(?:e |['’]))(?:${FRENCH_EFFORT_INFINITIVES}|promouvoir|encourager|favoriser|explorer|envisager)`, 'i'),
    ],
    effortItem: new RegExp(`^(?:${FRENCH_EFFORT_INFINITIVES}|s['’]efforce(?:nt|ra|ront)?\\b|cherche(?:nt|ra|ront) à)`, 'i'),
    obligation: [
      /\bdoi(?:t|vent)\b|\bdevr(?:a|ont)\b/i,
      /\bne s['’]appliqu(?:e|ent|era|eront) pas\b/i,
      /\bs['’]appliqu(?:e|ent|era|eront)\b/i,
      /\b(?:est|sont) exclue?s?\b/i,
      /\bs['’]engagent? à\b/i,
      /\bon entend par\b/i,
    ],
    futureTense: [/\b\p{L}{3,}(?:era|eront|ira|iront|ra|ront)\b/iu],
    partyFuture: /(?:^|[\s,;:])(?:chaque|aucune|les) parties?(?: contractantes?)?,?(?: (?:ne|n['’]|se|s['’]|y|en))* ?\p{L}{3,}(?:era|eront|ira|iront)(?![\p{L}\p{N}])/iu,
    softModals: new Set(['peut', 'peuvent', 'pourra', 'pourront', 'pourrait', 'pourraient', 'devrait', 'devraient']),
  },
};

export const FORCE_PATTERNS: Record<Language, ForcePatterns> = { en: RAW_PATTERNS.en, es: unicodePatterns(RAW_PATTERNS.es), fr: unicodePatterns(RAW_PATTERNS.fr) };
