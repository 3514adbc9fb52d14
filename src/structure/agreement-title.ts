import { isAllCaps } from './titles.js';
import { RECITAL_CUES, VERBS } from './vocabulary.js';

/** Where the agreement's own title stands: its first and last line (indexes into the lines given). */
export interface AgreementTitle {
  first: number;
  last: number;
  title: string;
}

/** How many lines a cover note, letterhead and title page may take before the agreement's title. */
const SEARCH_LINES = 250;
const MAX_TITLE_LENGTH = 300;
/** How many printed lines a title may take (blank lines between them, as a Word file sets them, not counted). */
const MAX_TITLE_LINES = 6;

/** Words that name the instrument itself. */
const INSTRUMENT = String.raw`(?:agreement|accord|acuerdo|treaty|trait[ée]|tratado|convention|convenio|protocol|protocole|protocolo)`;
/** A line opening with the instrument's name: "AGREEMENT between …", "Accord de libre-échange …", "# AGREEMENT ON ELECTRONIC COMMERCE". */
const OPENS_WITH_INSTRUMENT = new RegExp(String.raw`^(?:the\s+|el\s+|l[ae']\s*)?(?:(?:free\s+trade|economic\s+partnership|association|framework|interim|comprehensive)\s+)?${INSTRUMENT}$|^(?:the\s+|el\s+|l[ae']\s*)?${INSTRUMENT}\s+(?:on|between|among|establishing|for|concerning|of|de|del|entre|sur|sobre|relatif|relativo|portant|instituant|por\s+el\s+que|\p{Lu})`, 'iu');
/** A title naming the instrument after its qualifiers: "Free Trade Agreement between …", "Digital Economy Partnership Agreement". */
const NAMES_INSTRUMENT = /(?:^|\s)(?:Agreement|AGREEMENT|Accord|ACCORD|Acuerdo|ACUERDO|Treaty|TREATY|Tratado|TRATADO|Traité|TRAITÉ|Convenio|CONVENIO)(?:\s|$)/u;
/** Where a heading line begins the body: the title, if any, came before. */
const BODY_HEADING = /^(?:article|art[ií]culo|chapter|chapitre|cap[ií]tulo|preamble|pr[ée]ambule|pre[áa]mbulo)\s+\S|^(?:article|art[ií]culo)\s*\d/i;
/** Where the preamble opens: its heading or a first recital. The title, if any, came before. */
const PREAMBLE_START = new RegExp(String.raw`^(?:preamble|pr[ée]ambule|pre[áa]mbulo)\s*[.:]?$|${RECITAL_CUES.source}`, 'i');
/** Words that link the parts of a title: "between …", "for an Economic Partnership", "and the Republic of …". */
const LINK = String.raw`(?:between|among|and|for|on|of|the|establishing|concerning|entre|et|y|de|del|pour|para|sur|sobre|relatif|relativo|portant|instituant)`;
// A line opening with "The" starts a sentence ("The Government of … and …, resolved to:"), not a title's next part.
const STARTS_WITH_LINK = new RegExp(String.raw`^(?!the\b)${LINK}\b`, 'i');
/**
 * A line cut where a phrase cannot end: on a link word, or on a determiner whose noun is on the next line
 * ("… and their" / "Member States, of the one part, …", as a PDF wraps a long subtitle).
 */
const ENDS_WITH_LINK = new RegExp(String.raw`\b(?:${LINK}|their|its|a|an|leurs?|ses|sus?|los|las|les|la|le|el|des|du|aux?)$`, 'i');
/** The word that brings in a title's Parties. */
const NAMES_PARTIES = /\b(?:between|among|entre)\b/i;
/** "FREE TRADE AGREEMENT" alone: the Parties' names may stand on the line above ("THAILAND-AUSTRALIA"), over a blank line where every line is set apart. */
const QUALIFIED_INSTRUMENT_ONLY = new RegExp(String.raw`^(?:(?:free\s+trade|economic\s+partnership|association|framework|trade\s+promotion)\s+)${INSTRUMENT}$`, 'i');

/**
 * Finds the agreement's own title among the first lines (already trimmed, Markdown `#` removed):
 * the first short line that names the instrument ("AGREEMENT ON ELECTRONIC COMMERCE", "AGREEMENT" /
 * "between the European Union and Japan" / "for an Economic Partnership"), so that a letterhead,
 * document symbol or covering communication printed before it is not taken for the title.
 * Searches up to the first article, chapter or preamble heading; null when none is found.
 */
export function findAgreementTitle(lines: readonly string[]): AgreementTitle | null {
  const limit = Math.min(lines.length, SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i]!;
    if (BODY_HEADING.test(text) || PREAMBLE_START.test(text)) return null;
    if (!isTitleShaped(text) || !(OPENS_WITH_INSTRUMENT.test(text) || (NAMES_INSTRUMENT.test(text) && /^\p{Lu}/u.test(text)))) continue;
    let last = i;
    const parts = [text];
    while (last + 1 < lines.length && parts.length < MAX_TITLE_LINES) {
      // EUR-Lex sets "AGREEMENT", a blank line, then "between the European Union and Japan …"; a
      // Word file read through HTML puts a blank line between a title's lines.
      const afterBlank = last + 2 < lines.length ? lines[last + 2]! : '';
      const linked = /^\p{Ll}/u.test(afterBlank) || STARTS_WITH_LINK.test(afterBlank) || ENDS_WITH_LINK.test(parts[parts.length - 1]!);
      const gap = lines[last + 1] === '' && afterBlank !== '' && linked ? 1 : 0;
      const next = lines[last + 1 + gap]!;
      if (!isTitleShaped(next) || BODY_HEADING.test(next)) break;
      // A next line goes on the title when it starts with a link word ("between …") or the title
      // so far ends with one ("… BETWEEN" / "CANADA"); "TABLE OF CONTENTS" or "PREAMBLE" does not.
      // A title wrapped in a narrow column ("AGREEMENT ON ELECTRONIC" / "COMMERCE BETWEEN THE KINGDOM OF")
      // names its Parties once: a line that brings in "between" goes on a title that has none yet.
      const bringsParties = NAMES_PARTIES.test(next) && !parts.some((part) => NAMES_PARTIES.test(part));
      if (!STARTS_WITH_LINK.test(next) && !ENDS_WITH_LINK.test(parts[parts.length - 1]!) && !bringsParties) break;
      parts.push(next);
      last += 1 + gap;
    }
    let first = i;
    // The line above, or the one over a blank line where the text sets every line of the title apart
    // (a blank line after it too), as a Word file read through HTML does.
    const setApart = i > 1 && lines[i - 1] === '' && lines[last + 1] === '';
    const aboveIndex = setApart ? i - 2 : i - 1;
    const above = aboveIndex >= 0 ? lines[aboveIndex]! : '';
    if (QUALIFIED_INSTRUMENT_ONLY.test(text) && isAllCaps(above) && isTitleShaped(above) && !BODY_HEADING.test(above)) {
      parts.unshift(above);
      first = aboveIndex;
    }
    const title = parts.join(' ');
    if (title.length <= MAX_TITLE_LENGTH) return { first, last, title };
  }
  return null;
}

/** A line that can be (part of) a title: some letters, no sentence punctuation at its end, no verb. */
function isTitleShaped(text: string): boolean {
  if (text.length < 2 || text.length > MAX_TITLE_LENGTH || !/\p{L}/u.test(text)) return false;
  if (/[.,;:]$/.test(text)) return false;
  const caps = isAllCaps(text);
  return !text.split(/\s+/).some((w) => VERBS.has(caps ? w.toLowerCase() : w));
}
