/**
 * A drafting note set in the text under the words it annotates ("Note: …", "Note 1: …", "Notes:",
 * "Nota:", "Note :" as French spaces it): part of no sentence before it, and no item of a list it
 * stands in. Capitalised, as it opens its line: "note: …" in running text is not one.
 */
const NOTE_OPENING = /^(?:Notes?|NOTES?|Nota|NOTA)(?: \d{1,2})? ?:/;

/** Whether a sentence that opens with `opening` is a drafting note. */
export function opensNote(opening: string): boolean {
  return NOTE_OPENING.test(opening);
}
