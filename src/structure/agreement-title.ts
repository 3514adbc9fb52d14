import { isAllCaps } from './titles.js';
import { VERBS } from './vocabulary.js';

/** Where the agreement's own title stands: its first and last line (indexes into the lines given). */
export interface AgreementTitle {
  first: number;
  last: number;
  title: string;
}

/** How many lines a cover note, letterhead and title page may take before the agreement's title. */
const SEARCH_LINES = 250;
const MAX_TITLE_LENGTH = 300;
const MAX_TITLE_LINES = 6;

/** Words that name the instrument itself. */
const INSTRUMENT = String.raw`(?:agreement|accord|acuerdo|treaty|trait[ée]|tratado|convention|convenio|protocol|protocole|protocolo)`;
/** A line opening with the instrument's name: "AGREEMENT between …", "Accord de libre-échange …", "# AGREEMENT ON ELECTRONIC COMMERCE". */
const OPENS_WITH_INSTRUMENT = new RegExp(String.raw`^(?:the\s+|el\s+|l[ae']\s*)?(?:(?:free\s+trade|economic\s+partnership|association|framework|interim|comprehensive)\s+)?${INSTRUMENT}$|^(?:the\s+|el\s+|l[ae']\s*)?${INSTRUMENT}\s+(?:on|between|among|establishing|for|concerning|of|de|del|entre|sur|sobre|relatif|relativo|portant|instituant|por\s+el\s+que|\p{Lu})`, 'iu');
/** A title naming the instrument after its qualifiers: "Free Trade Agreement between …", "Digital Economy Partnership Agreement". */
const NAMES_INSTRUMENT = /(?:^|\s)(?:Agreement|AGREEMENT|Accord|ACCORD|Acuerdo|ACUERDO|Treaty|TREATY|Tratado|TRATADO|Traité|TRAITÉ|Convenio|CONVENIO)(?:\s|$)/u;
/** Where a heading line begins the body: the title, if any, came before. */
const BODY_HEADING = /^(?:article|art[ií]culo|chapter|chapitre|cap[ií]tulo|preamble|pr[ée]ambule|pre[áa]mbulo)\s+\S|^(?:article|art[ií]culo)\s*\d/i;
/** What goes on a title's next line: "between …", "for an Economic Partnership", "and the Republic of …". */
const CONTINUATION = /^(?:between|among|and|for|on|of|establishing|concerning|entre|et|y|de|del|pour|para|sur|sobre|relatif|relativo|portant|instituant)\b|^(?:\p{Lu}[\p{Lu}\s,'’\-–]*)$/u;

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
    if (BODY_HEADING.test(text)) return null;
    if (!isTitleShaped(text) || !(OPENS_WITH_INSTRUMENT.test(text) || (NAMES_INSTRUMENT.test(text) && /^\p{Lu}/u.test(text)))) continue;
    let last = i;
    const parts = [text];
    while (last + 1 < lines.length && last - i + 1 < MAX_TITLE_LINES) {
      // EUR-Lex sets "AGREEMENT", a blank line, then "between the European Union and Japan …".
      const gap = lines[last + 1] === '' && last + 2 < lines.length && /^\p{Ll}/u.test(lines[last + 2]!) ? 1 : 0;
      const next = lines[last + 1 + gap]!;
      if (!isTitleShaped(next) || BODY_HEADING.test(next) || !CONTINUATION.test(next)) break;
      if (isAllCaps(next) && !isAllCaps(parts[parts.length - 1]!) && !/^(?:between|among|and|entre|et|y)\b/i.test(parts[parts.length - 1]!)) break;
      parts.push(next);
      last += 1 + gap;
    }
    const title = parts.join(' ');
    if (title.length <= MAX_TITLE_LENGTH) return { first: i, last, title };
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
