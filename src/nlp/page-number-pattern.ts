// Below the outline (structure/) because sentences and the readers of each format test for page numbers too.

/** The word a page number may follow, as printed: "Page", "p.", "Pág.", "Página", "pag.", "Seite". */
const PAGE_WORD = '(?:[Pp]age|PAGE|[Pp]\\.|[Pp][aá]g(?:ina)?\\.?|P[AÁ]G(?:INA)?\\.?|[Ss]eite|SEITE)';
/** "of 12", "de 12", "sur 12", "von 12", "/12". */
const OUT_OF = '(?:of|OF|de|DE|sur|SUR|von|VON|\\/)';
/**
 * A page number as a page prints it on a line of its own: "7", "- 7 -", "— 7 —", "(7)", "Page 7",
 * "Page 7 of 12", "7/12", "Página 7", "Seite 7", and front matter's "iv", "- iv -". A roman number in
 * brackets is an item's enumerator, "(iv)", never a page's.
 */
const PAGE_NUMBER_SOURCE = `(?:${PAGE_WORD}\\s*)?(?:[-–—]+\\s*(?:\\d{1,4}|[ivxlc]{1,7})\\s*[-–—]*|\\(\\s*\\d{1,4}\\s*\\)|(?:\\d{1,4}|[ivxlc]{1,7})\\s*[-–—]*)(?:\\s*${OUT_OF}\\s*\\d{1,4})?`;

/** A line (trimmed) that is only a page number. */
export const PAGE_NUMBER = new RegExp(`^${PAGE_NUMBER_SOURCE}$`);

/** Every line of a text that is only a page number, for `replace`: one pattern for the outline and for whatever reads a clause's words. */
export const PAGE_NUMBER_LINES = new RegExp(`^[ \\t]*${PAGE_NUMBER_SOURCE}[ \\t]*$`, 'gm');
