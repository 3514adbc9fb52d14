import type { OutlineNode } from '../model.js';
import { dateInWords } from './date-in-words.js';
import { titleDate } from './title-date.js';

/**
 * The date of signature an agreement states in its final clause: "DONE at Canberra on this 17th day
 * of June in the year 2015", "Done in duplicate at Kuala Lumpur, this 22nd day of May 2012", "DONE at
 * Tokyo on this eighteenth day of June in the year two thousand and seven", "Fait à Bruxelles, le
 * vingt-sept juin deux mille quatorze", "HECHO, en San José, … el día 26 del mes de mayo de 2011",
 * "Firmado en Lima, a los catorce días del mes de marzo de dos mil once", "Signed at Washington on
 * July 11, 2016". The clause opens a line or a sentence with a capital ("Done", "DONE"): an instrument
 * cited in the text ("the Convention …, done at Paris on 20 October 2005") does not. The formula of
 * the agreement's conclusion is read first (where the outline found one), then the date its title or
 * the lines under it state (titleDate: an act published without its final clause), then a final clause
 * elsewhere; a clause whose date is left blank for signature ("Done at …, on ______") gives none.
 */
export function signatureDate(text: string, outline: readonly OutlineNode[]): string | undefined {
  const conclusion = outline.find((node) => node.kind === 'conclusion')?.start ?? text.length;
  const clauses = [...text.matchAll(FINAL_CLAUSE)].map((match) => match.index + match[0].length);
  const dateOfFirst = (ats: readonly number[]) => ats.map((at) => dateInWords(text.slice(at, at + CLAUSE_REACH))).find(Boolean);
  return dateOfFirst(clauses.filter((at) => at >= conclusion)) ?? titleDate(text) ?? dateOfFirst(clauses.filter((at) => at < conclusion));
}

/** How far after its opening words a final clause gives the date: past the place and "in duplicate". */
const CLAUSE_REACH = 240;

/**
 * The opening words of a final clause, at the start of a line or after a sentence: "Done at", "DONE in
 * duplicate at", "DONE, at", "Signed at", "Fait à", "Fait en double exemplaire à", "Hecho en",
 * "HECHO, en", "Firmado en", "Suscrito en".
 */
const FINAL_CLAUSE = new RegExp(
  String.raw`(?:^[ \t]*|(?<=[.;:][ \t]+))(?:` +
    String.raw`(?:Done|DONE|Signed|SIGNED),?(?:[ \t]+in[ \t]+(?:duplicate|triplicate|\w+[ \t]+originals?),?)?[ \t]+(?:at|AT|in|IN|on|ON)\b` +
    String.raw`|(?:Fait|FAIT|Signé|SIGNÉ),?(?:[ \t]+en[ \t]+\w+[ \t]+(?:exemplaires?|EXEMPLAIRES?))?[ \t]+(?:à|À|a|A)[ \t]` +
    String.raw`|(?:Hecho|HECHO|Firmado|FIRMADO|Suscrito|SUSCRITO|Dado|DADO),?[ \t]+(?:en|EN|a|A)\b)`,
  'gm',
);
