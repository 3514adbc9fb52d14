import { normaliseNumber } from '../structure/numbers.js';
import type { Span } from './context.js';
import type { Unit } from './units.js';
import { isPreambleNumber } from '../place-names.js';

/** A place where a unit names articles of the agreement by number: "Article 2005", "Articles 15-1 and 15-5". */
export interface Citation extends Span {
  /** The cited articles as printed ("15-5"). */
  numbers: string[];
}

const ARTICLE_WORD = String.raw`(?:articles?|arts?\.|art[ií]culos?|article)`;
const NUMBER = String.raw`(?:\d+(?:[.\-–]\d+[a-z]?)*[a-z]?|[IVXLC]+(?:[.\-–]\d+)*)\b`;
/** "Article 15-5", "Articles 1-3, 1-4 and 15-5", "artículos 2005 y 2106", "articles 3 et 4". */
const CITATION = new RegExp(String.raw`\b${ARTICLE_WORD}\s+(${NUMBER}(?:\s*(?:,|and|or|y|o|et|ou|,\s*and|,\s*or)\s+${NUMBER})*)`, 'gi');
const LIST_SEPARATOR = /\s*(?:,\s*(?:and|or)\s+|,|\s(?:and|or|y|o|et|ou)\s)\s*/i;

/**
 * What follows a number that points outside the agreement: "of the GATT 1994", "of the WTO Agreement",
 * "of the Agreement on Safeguards", "del GATT", "de l'Accord sur l'OMC". A bare "of the Agreement",
 * "of this Agreement", "of Chapter 9", "in accordance with …" stay internal.
 */
const INSTRUMENT = String.raw`(?:GATT|GATS|WTO|OMC|TRIPS|ADPIC|DSU|SCM|TBT|SPS|UNCITRAL|ICSID|CIADI)\b|(?:agreement|acuerdo|accord|convention|convenio|convenci[oó]n|understanding|entendimiento|protocol|protocolo|protocole)\s+(?:on|sobre|sur|relativ\w+|establishing|por\s+el\s+que|instituant)\b|(?!(?:the|la|el|los|las|le|les|l|this|these|present|said|este|esta|presente|ce|cette|pr[ée]sent)\b)(?:[\p{L}\d-]+\s+){1,4}(?:agreement|acuerdo|accord|convention|convenio|convenci[oó]n|understanding|entendimiento)\b`;
const EXTERNAL_AFTER = new RegExp(String.raw`^\s*(?:\([^)]{0,80}\)\s*)?,?\s*(?:of|del?|de\s+la|du|de\s+l['’])\s+(?:the\s+|la\s+|el\s+|los\s+|l['’])?(?:${INSTRUMENT})`, 'iu');
/** A citation's number that is only letters must be written in capitals to be a Roman numeral ("XX"), not a word ("ci-dessus"). */
const ROMAN = /^[IVXLC]+$/;

/** Every citation of articles by number in text[start, end), external ones (GATT, WTO …) left out. */
export function findCitations(text: string, start: number, end: number): Citation[] {
  const slice = text.slice(start, end);
  const citations: Citation[] = [];
  CITATION.lastIndex = 0;
  for (let m = CITATION.exec(slice); m; m = CITATION.exec(slice)) {
    const after = slice.slice(m.index + m[0].length, m.index + m[0].length + 120);
    if (EXTERNAL_AFTER.test(after)) continue;
    const numbers = (m[1] as string)
      .split(LIST_SEPARATOR)
      .map((n) => n.trim())
      .filter((n) => n !== '' && (/\d/.test(n) || ROMAN.test(n)));
    if (numbers.length === 0) continue;
    citations.push({ start: start + m.index, end: start + m.index + m[0].length, numbers });
  }
  return citations;
}

/**
 * Resolves printed article numbers to the units that carry them. Agreements that restart their
 * numbering in each chapter print the same number more than once: then only the unit in the citing
 * unit's own chapter counts, and a number found in other chapters alone stays unresolved.
 */
export class ArticleDirectory {
  /** The articles by number, listed when a citation is first resolved: most documents have no unit that cites a category found in them. */
  private byNumber?: Map<string, number[]>;

  constructor(private readonly units: readonly Unit[]) {}

  /** The unit a citation's number names, seen from unit `from`; undefined when none or ambiguous. */
  resolve(number: string, from: number): number | undefined {
    this.byNumber ??= articlesByNumber(this.units);
    const found = this.byNumber.get(normaliseNumber(number));
    if (!found) return undefined;
    if (found.length === 1) return found[0] === from ? undefined : found[0];
    const chapter = chapterOf(this.units[from] as Unit);
    const same = found.filter((u) => u !== from && chapterOf(this.units[u] as Unit) === chapter);
    return same.length === 1 ? same[0] : undefined;
  }
}

/** The article units (not the preamble's) by their number as normalised, in text order. */
function articlesByNumber(units: readonly Unit[]): Map<string, number[]> {
  const byNumber = new Map<string, number[]>();
  units.forEach((unit, u) => {
    if (unit.node.kind !== 'article' || isPreambleNumber(unit.articleNumber)) return;
    const key = normaliseNumber(unit.articleNumber);
    const list = byNumber.get(key);
    if (list) list.push(u);
    else byNumber.set(key, [u]);
  });
  return byNumber;
}

/** The chapter a unit stands in (or, without one, its nearest container): where per-chapter numbering restarts. */
function chapterOf(unit: Unit): unknown {
  return unit.ancestors.findLast((node) => node.kind === 'chapter') ?? unit.ancestors.at(-1);
}
