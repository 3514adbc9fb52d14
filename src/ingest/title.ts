/** How many lines from the top a title may sit at. */
const TITLE_WINDOW = 40;

/**
 * The first line that looks like a title: some words, no sentence punctuation at its end, not a
 * page number or a date-only line. Falls back to `fallback` (the file's id).
 */
export function findTitle(text: string, fallback: string): string {
  let from = 0;
  for (let n = 0; n < TITLE_WINDOW && from < text.length; n++) {
    const end = text.indexOf('\n', from);
    const line = text.slice(from, end < 0 ? text.length : end).trim();
    from = end < 0 ? text.length : end + 1;
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
    return title.length > 200 ? `${title.slice(0, 197)}...` : title;
  }
  return fallback;
}

function isUpperCase(line: string): boolean {
  return /\p{Lu}/u.test(line) && line === line.toUpperCase();
}

function looksLikeTitle(line: string): boolean {
  const words = line.match(/\p{L}{2,}/gu);
  if (!words || words.length < 2 || words.length > 30 || line.length < 8) return false;
  return !/[.,;:]$/.test(line) && !/^(?:page|p\.)\s*\d/i.test(line);
}
