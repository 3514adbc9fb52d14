import type { NodeKind } from '../model.js';

/**
 * Heading words of the three languages, by the level they open. A "title" (TITLE IV, Titre II,
 * Título III) has no kind of its own in the shared model: it is reported as a `part`, one rank below
 * a real PART so that both can nest.
 */
export interface HeadingWord {
  kind: NodeKind;
  /** Lower opens first: a heading closes every open node of the same or a higher rank. */
  rank: number;
  /** Spellings, written capitalised; the upper-case form is accepted too. */
  spellings: string[];
  /** Whether a lone capital letter can be its number (SECTION F, ANNEX A). */
  letterNumbers: boolean;
}

export const HEADING_WORDS: HeadingWord[] = [
  { kind: 'part', rank: 1, spellings: ['Part', 'Partie', 'Parte'], letterNumbers: true },
  { kind: 'part', rank: 2, spellings: ['Title', 'Titre', 'Título', 'Titulo'], letterNumbers: false },
  { kind: 'chapter', rank: 3, spellings: ['Chapter', 'Chapitre', 'Capítulo', 'Capitulo'], letterNumbers: true },
  { kind: 'section', rank: 4, spellings: ['Section', 'Sección', 'Seccion'], letterNumbers: true },
  {
    kind: 'subsection',
    rank: 5,
    spellings: ['Sub-Section', 'Sub-section', 'Subsection', 'Sous-section', 'Sous-Section', 'Subsección', 'Subseccion'],
    letterNumbers: true,
  },
  { kind: 'article', rank: 6, spellings: ['Article', 'Artículo', 'Articulo', 'Art.'], letterNumbers: false },
  { kind: 'annex', rank: 0, spellings: ['Annex', 'Annexe', 'Anexo'], letterNumbers: true },
  { kind: 'appendix', rank: 0, spellings: ['Appendix', 'Appendice', 'Apéndice', 'Apendice'], letterNumbers: true },
  { kind: 'protocol', rank: 0, spellings: ['Protocol', 'Protocole', 'Protocolo'], letterNumbers: true },
  // A joint declaration annexed to the agreement stands apart from its last article, as an annex does.
  { kind: 'annex', rank: 0, spellings: ['Joint Declaration', 'Déclaration commune', 'Declaración conjunta', 'Declaracion conjunta'], letterNumbers: false },
];

/** Kinds that hold a body of their own and close at any part, title or chapter heading. */
export const ATTACHMENT_KINDS: ReadonlySet<NodeKind> = new Set(['annex', 'appendix', 'protocol']);

export const PREAMBLE_WORDS = ['Preamble', 'Préambule', 'Preámbulo', 'Preambulo'];
export const CONTENTS_WORDS = ['Table of Contents', 'Contents', 'Índice', 'Indice', 'Sommaire', 'Table des matières'];
export const FOOTNOTE_WORDS = ['Footnotes', 'Notes', 'Notas', 'Notes de bas de page', 'Notas al pie', 'Notas al pie de página'];

/** Line openings of the recitals that make up a preamble. */
export const RECITAL_CUES =
  /^(?:recogni[sz]ing|considering|desiring|desirous|convinced|conscious|affirming|reaffirming|noting|bearing in mind|determined|resolved|recalling|acknowledging|have agreed|hereby agree|agree as follows|considérant|reconnaissant|désireu|convaincu|résolu|rappelant|sont convenu|conviennent|considerando|reconociendo|deseosos|convencidos|decididos|recordando|han acordado|acuerdan|convienen)/i;

/**
 * Line openings of the closing formula (testimonium, place and date of signature). EU agreements print
 * it in every official language, and the first one printed is seldom English (Bulgarian "Съставено в",
 * Danish "Til bekræftelse heraf", German "Zu Urkund dessen", ...): those openings count too.
 */
export const CONCLUSION_CUES =
  /^(?:Съставено в |(?:Til|TIL) (?:bekr|BEKR)|(?:Udfærdiget|UDFÆRDIGET) i |(?:Zu|ZU) (?:Urkund|URKUND) |Geschehen zu |(?:In fede di che|IN FEDE DI CHE)|Fatto a |(?:Ten blijke waarvan|TEN BLIJKE WAARVAN)|Gedaan te |(?:Em fé do que|EM FÉ DO QUE)|Feito em |I[Nn] (?:[Ww]itness|WITNESS|[Ff]aith|FAITH|[Cc]onfirmation|CONFIRMATION) (?:[Ww]here|WHERE|[Tt]here|THERE|of which)|(?:Done|DONE|Made|MADE|Executed|EXECUTED|Signed|SIGNED|Firmado|FIRMADO|Dado|DADO) (?:at|AT|in|IN|on|ON|en|EN)\b|EN TESTIMONIO|En testimonio|EN FOI DE QUOI|En foi de quoi|(?:FAIT|Fait) (?:à|A|À)\s|EN FE DE LO CUAL|En fe de lo cual|HECHO en\b|HECHO EN\b|Hecho en\b|Suscrito en\b)/;

/** Words that make a line a sentence rather than a title. */
export const VERBS = new Set(
  `shall may must will would should can cannot is are was were be been being has have had means mean apply applies applied
  agree agreed recognise recognises recognize recognizes undertake undertakes affirm affirms reaffirm reaffirms
  acknowledge acknowledges endeavour endeavours endeavor endeavors hereby refers referred provides provided includes does do not doit doivent peut peuvent est sont sera seront
  s'applique appliquent deberá deberán podrá podrán será serán es son aplicará aplicarán incluye establece`.split(/\s+/),
);

/** Words before "means" that make it the noun of a title ("electronic means", "methods and means"). */
const MEANS_NOUN_BEFORE = new Set(['by', 'and', 'electronic', 'digital', 'other', 'appropriate', 'alternative', 'technical']);

/**
 * Whether the word at `n` of a line's words, in the form `word` it is looked up in, is a verb that makes
 * the line a sentence. "means" (and "mean") is also the noun of a title: "Conclusion of contracts by
 * electronic means", "Use of electronic means", "Methods and means", "Means of transport". There it is
 * no verb, as it is in a definition ("covered person means ..."). "not" on its own gives no sentence
 * away: a sentence sets an auxiliary before it ("does not", "shall not"), which is a verb of the list,
 * where a title leaves it out ("Measures not covered", "Goods not wholly obtained").
 */
export function isVerbAt(word: string, words: readonly string[], n: number): boolean {
  if (!VERBS.has(word) || word === 'not') return false;
  const lower = (at: number): string => words[at]?.toLowerCase() ?? '';
  if (CLAUSE_VERBS.has(word)) return !words.slice(0, n).some((w) => CLAUSE_OPENERS.has(w.toLowerCase())) && lower(n - 1) !== 'to';
  // "Mutually agreed solution", "provisionally applied": after an adverb, a participle qualifies the noun.
  if (PARTICIPLES.has(word) && /ly$/.test(lower(n - 1))) return false;
  if (word !== 'means' && word !== 'mean') return true;
  return !MEANS_NOUN_BEFORE.has(lower(n - 1)) && lower(n - 2) !== 'by' && lower(n + 1) !== 'of';
}

/**
 * Verbs of being, doing and having, which a title may hold in a clause that qualifies its noun
 * ("Operations that do not confer origin", "Treatment of goods for which preference is claimed",
 * "Circumstances when a certificate of origin is not required", "Annexes to be finalised"). A modal
 * ("shall", "may") is never so read: it gives a sentence away wherever it stands.
 */
const CLAUSE_VERBS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'has', 'have', 'had', 'es', 'son', 'est', 'sont']);
/** Verbs of the list that are also participles, which a title sets after an adverb as adjectives ("Mutually agreed solution"). */
const PARTICIPLES = new Set(['agreed', 'applied', 'provided', 'referred']);
/** Words that open such a clause: a relative pronoun, a "when", an "if". */
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'whether', 'if', 'unless', 'si', 'cuando', 'lorsque', 'quand']);

/** Small words that stay lower case in a title. */
export const TITLE_STOPWORDS = new Set(
  `a an and as at between by for from in into of on or the to with within under upon its their other
  de des du la le les et en au aux à pour par sur entre dans d l y el los las del al con para por o e sobre`.split(/\s+/),
);
