import type { Language, LegalForce } from '../model.js';
import { holdsModalAmong, holdsSomeModal, modalityOf, negationOf } from '../nlp/modality.js';
import { sentenceMemo } from '../nlp/sentence-memo.js';
import { perLanguage } from '../per-language.js';
import { FORCE_PATTERNS } from './legal-force-patterns.js';

export interface ForceContext {
  language?: Language;
  /** True when the sentence stands in the preamble: everything there is a recital. */
  inPreamble?: boolean;
}

/**
 * The legal force of one sentence. The order is the judgment:
 * 1. the preamble, or a sentence that opens with a recital participle and whose main clause neither
 *    obliges ("shall") nor acts ("the Parties hereby agree on Annex 7-B") → `recital`;
 * 2. a saving clause ("Nothing in this Agreement shall be construed ...", "does not prevent a Party
 *    from", "shall not be required to") → `exception`, even though it contains "shall";
 * 3. a declaration with no modal ("The Parties recognise that ...") → `recital` (it obliges nobody);
 * 4. a definition ("X means ...") → `binding`, whatever modal what it defines holds; else an
 *    obligation of effort ("shall endeavour", "shall seek to", "shall promote", "will", "should",
 *    "may" without negation, "undertake to promote") → `best-endeavour`;
 * 5. anything else that obliges, prohibits or excludes ("shall", "must", "does not apply", "are
 *    excluded", "Neither Party may", "may not"), or an operative sentence with no modal at all
 *    (scope and definition clauses) → `binding`.
 * "shall promote / shall encourage" are read as effort: they fix a direction, not a result.
 * "shall cooperate" is binding: the duty to cooperate itself can be breached.
 */
export function legalForceOf(sentence: string, context: ForceContext = {}): LegalForce {
  if (context.inPreamble) return 'recital';
  return FORCE_OF[context.language ?? 'en'](sentence);
}

/** Each language's sentences already decided (see sentenceMemo): a finding's sentences recur across findings and agreements. */
const FORCE_OF = perLanguage((language) => sentenceMemo((s): LegalForce => operativeForce(s, language)));

/**
 * The force of a sentence outside the preamble (steps 1 to 5 above, after the preamble's). Modal verbs
 * are read by compromise, the slowest step by far, so each step asks only about the modals that can
 * still change its answer, and only when the wording leaves the answer open.
 */
function operativeForce(sentence: string, language: Language): LegalForce {
  const patterns = FORCE_PATTERNS[language];
  const text = operativeText(sentence);
  const main = mainClause(text);
  // "Considering that each Party shall ..., the Parties reaffirm ...": only the main clause's modals govern,
  // and "Recognising that ..., the Parties hereby agree on Annex 7-B" is operative by its performative "hereby".
  // and "Recognising that ..., the Parties agree to consider ..." binds the Parties to what follows: its force is read on.
  const mainIsOperative = () => patterns.performative.test(main) || patterns.undertaking.test(main) || holdsModalAmong(main, HARD_MODALS, language);
  if (patterns.recitalOpening.test(text) && !mainIsOperative()) return 'recital';
  if (patterns.constructionExclusion.test(main)) return 'binding';
  if (isException(main, language)) return 'exception';
  if (patterns.declaration.test(main) && !mainIsOperative()) return 'recital';
  // A definition binds as the rules it delimits do, even when what it defines "can be perceived" or "may be stored".
  if (patterns.definition.test(main)) return 'binding';
  const hardShall = countHard(main, language);
  if (hardShall > 0) return 'binding';
  if (patterns.effort.some((re) => re.test(main))) return 'best-endeavour';
  // "Neither Party may ...", "may not", "cannot": a permission denied is a prohibition, and so is
  // binding whether or not a soft modal is there.
  if (negationOf(text, language).negatedModal) return 'binding';
  return holdsModalAmong(main, patterns.softModals, language) ? 'best-endeavour' : 'binding';
}

/** A definition ("For the purposes of this Article, cultural industry means ..."): it delimits words and excludes nothing itself. */
export function isDefinition(sentence: string, language: Language = 'en'): boolean {
  return FORCE_PATTERNS[language].definition.test(mainClause(operativeText(sentence)));
}

/**
 * The sentence as legal force reads it: whitespace collapsed, without its paragraph or item number
 * ("2.", "(a)"), spaced as OCR leaves it too ("( a )", "(b )", "2 .").
 */
function operativeText(sentence: string): string {
  return sentence.replace(/\s+/g, ' ').replace(OPENING_LABEL, '').trim();
}

const OPENING_LABEL = /^[\s(]*(?:(?:\d+(?:\.\d+)*|[a-z]{1,4}) ?\)|(?:\d+(?:\.\d+)*|[a-z]{1,4})\.|\d{1,3} \.)\s+/i;

/**
 * A saving clause decides only when it comes first: "Each Party shall publish X but shall not be
 * required to publish Y" is an obligation with a limit, not an exception.
 */
function isException(text: string, language: Language): boolean {
  const at = Math.min(...FORCE_PATTERNS[language].exception.map((re) => re.exec(text)?.index ?? Infinity));
  if (at === Infinity) return false;
  const firstShall = /\b(?:shall|must|deber[áa]n?|doi(?:t|vent))\b/i.exec(text)?.index ?? Infinity;
  return at <= firstShall || /\bnot (?:be )?(?:construed|interpreted)\b/i.test(text.slice(firstShall, firstShall + 30));
}

/** "Recognising that X must ..., the Committee shall seek to ...": the main clause alone carries the force. */
function mainClause(text: string): string {
  const m =
    /^(?:recogni[sz]ing|considering|acknowledging|noting|bearing in mind|desiring|having regard to|with a view to|in order to)\b[^]*?,\s+((?:the|each|a|both|neither|no)\s+(?:parties|party|committee|council|commission)\b[^]*)$/i.exec(text) ??
    /^(?:reconociendo|considerando|teniendo (?:en cuenta|presente)|tomando nota|con (?:el fin|miras)|a fin)\b[^]*?,\s+((?:las|cada|ninguna)\s+(?:partes?|comité|consejo)\b[^]*)$/i.exec(text) ??
    /^(?:reconnaissant|considérant|tenant compte|prenant note|afin)\b[^]*?,\s+((?:les|chaque|aucune)\s+(?:parties?|comité|conseil)\b[^]*)$/i.exec(text);
  return m?.[1] ?? text;
}

const HARD_MODALS = new Set(['shall', 'must', 'deberán', 'deberan', 'deberá', 'debera', 'doivent', 'doit']);

/**
 * True when the text holds any word legal force can be read from (a modal, a prohibition, an exclusion,
 * a saving clause, a declaration, a definition). A heading fragment ("ARTICLE 14.17 Source Code 1.") holds
 * none: its force must be read from the operative sentence after it, never defaulted.
 */
export function hasForceWords(sentence: string, language: Language = 'en'): boolean {
  return HAS_FORCE_WORDS[language](sentence);
}

const HAS_FORCE_WORDS = perLanguage((language) => sentenceMemo((s) => holdsForceWords(s, language)));

function holdsForceWords(sentence: string, language: Language): boolean {
  const p = FORCE_PATTERNS[language];
  // Read without its paragraph number, as its force is: "1. The Parties recognise ..." is a declaration.
  const text = operativeText(sentence);
  // The Parties undertaking something ("Las Partes se comprometen a", "acuerdan") act as "shall" does.
  if ([...p.exception, ...p.effort].some((re) => re.test(text)) || p.recitalOpening.test(text) || p.declaration.test(text) || p.undertaking.test(text)) return true;
  // The future tense is left out (see ForcePatterns.futureTense); Spanish and French exclusions ("no se
  // aplica", "ne s'applique pas") and "deberá"/"doit" are asked like the English ones.
  if (p.obligation.some((re) => re.test(text))) return true;
  // The future tense with a Party as its subject is treaty drafting's "shall" ("Ninguna Parte otorgará").
  if (p.partyFuture?.test(text)) return true;
  // "The exclusion of audio-visual services from the scope of this Chapter is without prejudice to ...":
  // a clause that settles how two provisions relate is operative, and its force is read there.
  if (p.withoutPrejudice.test(text)) return true;
  // "Neither Party may", "may not": an English prohibition is read without compromise (its force is
  // binding). Spanish and French modals are read from word lists, which cost nothing to ask.
  if (language === 'en' && negationOf(text, language).negatedModal) return true;
  // The sentence that gets through to here is the one whose force is read next, and compromise then reads it once.
  return holdsSomeModal(text, language);
}

/** Each language's effort wordings, to be taken out of a sentence wherever they stand. */
const EFFORT_EVERYWHERE = perLanguage((language) => FORCE_PATTERNS[language].effort.map((re) => new RegExp(re.source, `${re.flags}g`)));

/**
 * The legal force of a list item read with its lead-ins (see ListItemClause): that of the sentence they
 * make, except that an item whose own verb is one of effort ("Each Party shall: (a) seek to ...",
 * "deberán: b) procurar ...") is an effort however firmly its lead-in obliges.
 */
export function listItemForce(reading: string, own: string, context: ForceContext = {}): LegalForce {
  const force = legalForceOf(undertakenItem(reading, own, context.language ?? 'en') ?? reading, context);
  return force === 'binding' && FORCE_PATTERNS[context.language ?? 'en'].effortItem.test(own.trim()) ? 'best-endeavour' : force;
}

/**
 * An item that completes the infinitive of its lead-in's undertaking ("the Parties undertake to formulate
 * a strategy and to: (a) promote ..."), read as what the Parties undertake ("the Parties undertake to
 * promote ..."): the lead-in's first verb is not the item's.
 */
function undertakenItem(reading: string, own: string, language: Language): string | undefined {
  const patterns = FORCE_PATTERNS[language];
  const leadIn = reading.slice(0, reading.length - own.length).trim();
  if (!reading.endsWith(own) || !patterns.infinitiveEnd.test(leadIn)) return undefined;
  const verb = patterns.undertakingVerb.exec(leadIn);
  return verb ? `${verb[0]} ${own}` : undefined;
}

/** "shall, where possible, ...": a qualified obligation is an effort. */
const QUALIFIED_SHALL = /^shall\s*,\s*(?:where (?:appropriate|possible|practicable|feasible)|to the extent (?:possible|practicable|feasible)|as far as (?:possible|practicable))\b/i;

/** Obligations of result: "shall"/"must"/exclusions that are not followed by an effort verb. */
function countHard(text: string, language: Language): number {
  const patterns = FORCE_PATTERNS[language];
  if (language === 'en') {
    const shalls = [...text.matchAll(/\b(?:shall|must)\b(?: (?:also|further|jointly|each|mutually|not))?(?: \w+){0,3}/gi)];
    const hard = shalls.filter((m) => !patterns.effort.some((re) => re.test(m[0])) && !QUALIFIED_SHALL.test(text.slice(m.index, m.index + 40))).length;
    // "undertake to promote" / "agree to promote" are effort, whatever else the sentence says.
    const exclusions = patterns.obligation.slice(2, 6).filter((re) => re.test(text) && !(re.source.includes('undertakes') && patterns.effort.some((e) => e.test(text)))).length;
    return hard + exclusions;
  }
  if (patterns.effort.some((re) => re.test(text))) {
    // In Spanish and French the future tense is the "shall" of treaty drafting; an effort verb wins
    // unless a "deberá"/"doit"-style modal is also there, other than one that governs the effort ("deberán procurar").
    const besidesEffort = EFFORT_EVERYWHERE[language].reduce((rest, re) => rest.replace(re, ' '), text);
    return patterns.obligation.slice(0, 1).filter((re) => re.test(besidesEffort)).length;
  }
  const modality = modalityOf(text, language);
  const soft = modality.modals.filter((m) => patterns.softModals.has(m));
  if (soft.length > 0 && !modality.negatedModal) return patterns.obligation.slice(0, 1).filter((re) => re.test(text)).length;
  return [...patterns.obligation, ...patterns.futureTense].filter((re) => re.test(text)).length;
}
