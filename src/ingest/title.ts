import { findAgreementTitle } from '../structure/agreement-title.js';
import { splitLines } from '../structure/lines.js';
import { RECITAL_CUES } from '../structure/vocabulary.js';

/** How many lines from the top a title may sit at. */
const TITLE_WINDOW = 40;
/** How much of the text's head the agreement's own title is looked for in (cover notes included). */
const HEAD_CHARS = 40_000;
const BODY_START = /^(?:#+\s*)?(?:preamble|pr[ée]ambule|pre[áa]mbulo|article|art[ií]culo|chapter|chapitre|cap[ií]tulo)\b/i;
/** A line that stops on a small word is a wrapped sentence ("… cooperation between their"), not a title. */
const OPEN_END = /\b(?:the|their|its|of|and|or|to|in|for|with|between|by|a|an|le|la|les|des|du|de|et|el|los|las|del|y|en)$/;

/**
 * The agreement's title: the line that names the instrument ("AGREEMENT ON ELECTRONIC COMMERCE"),
 * passing over a letterhead or covering note printed before it; else the title the file declares
 * (an HTML <title>); else the first line that looks like a title (some words, no sentence
 * punctuation at its end, not a page number); else `fallback` (the file's id).
 */
export function findTitle(text: string, fallback: string, declared?: string): string {
  const own = findAgreementTitle(splitLines(text.slice(0, HEAD_CHARS)).map((line) => line.text));
  if (own) return clip(own.title);
  if (declared) return declared;
  let from = 0;
  for (let n = 0; n < TITLE_WINDOW && from < text.length; n++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    from = end < 0 ? text.length : end + 1;
    // A title comes before the preamble: a recital or a body heading is never taken for it.
    if (RECITAL_CUES.test(line) || BODY_START.test(line)) break;
    if (!looksLikeTitle(line)) continue;
    let title = line;
    // An upper-case title wrapped over several lines (PDF) continues while the lines stay upper-case.
    while (isUpperCase(title) && from < text.length) {
      const next = text.indexOf('\n', from);
      const following = text.slice(from, next < 0 ? text.length : next).trim();
      if (!following || !isUpperCase(following) || title.length > 200) break;
      title = `${title} ${following}`;
      from = next < 0 ? text.length : next + 1;
    }
    return clip(title);
  }
  return fallback;
}

const clip = (title: string): string => (title.length > 200 ? `${title.slice(0, 197)}...` : title);

function isUpperCase(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

function looksLikeTitle(line: string): boolean {
  const words = line.match(/\p{L}{2,}/gu);
  if (!words || words.length < 2 || words.length > 30 || line.length < 8) return false;
  return !/[.,;:]$/.test(line) && !OPEN_END.test(line) && !/^(?:page|p\.)\s*\d/i.test(line);
}
