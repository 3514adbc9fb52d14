/**
 * The year of signature an overview row counts by: the one its date gives, else, as a last resort, the
 * one its file name gives ("eu-georgia-2014.txt": an act published without its final clause, a text
 * cut before it), which the row says it came from.
 */
export interface RowYear {
  year: number | null;
  /** Present when the year is read from the file name: the text states no date of signature. */
  yearFrom?: 'file name';
}

/** A four-digit year of the 20th or 21st century standing apart: "2014" in "eu-georgia-2014", not "12014". */
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g;

export function rowYear(dateSigned: string | undefined, fileId: string): RowYear {
  const dated = dateSigned?.match(YEAR)?.[0];
  if (dated) return { year: Number(dated) };
  // Two years in a name ("…-1994-amended-2004") leave the signature's unknown.
  const named = new Set(fileId.match(YEAR) ?? []);
  return named.size === 1 ? { year: Number([...named][0]), yearFrom: 'file name' } : { year: null };
}
