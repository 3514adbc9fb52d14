import type { AgreementDocument } from '../model.js';
import { chapterNumberValue, walk } from './outline.js';

/** A chapter of the agreement that its own words name and the file does not hold. */
export interface MissingChapter {
  /** "Chapter Fifteen (Electronic Commerce)" as first named with a title, else "Chapter 15"; "Chapters 14 to 24" after the file's last. */
  name: string;
  /** Where the text first names it (for chapters after the file's last, the first of them named). */
  at: number;
  mentions: number;
}

/** A chapter's number as printed: "15", "XV", "Fifteen", "Twenty-Two", "Twenty Two". */
const NUMBER = String.raw`(\d{1,3}|[IVXLC]{1,7}|(?:Twenty|Thirty|TWENTY|THIRTY)[ -][A-Za-z]+|[A-Za-z]+(?:-[A-Za-z]+)?)`;
const KEYWORD = String.raw`(CHAPTER|Chapter|CAP[ÍI]TULO|Cap[íi]tulo|CHAPITRE|Chapitre)`;
/**
 * How an agreement names one of its own chapters: with its title in brackets ("Chapter Twenty-Two
 * (Dispute Settlement)", "Capítulo 10 (Inversión)") or as a chapter "of this Agreement". The
 * Harmonized System's chapters ("Chapters 50 through 63 of the Harmonized System") and another
 * treaty's ("Chapter 8 of the Revised Treaty") are named neither way.
 */
const CHAPTER_CITED = new RegExp(String.raw`\b${KEYWORD}\s+${NUMBER}\s*(?:\(([A-ZÀ-Ý][^()\n]{2,80})\)|(?=,?\s+(?:of this Agreement|del presente (?:Acuerdo|Tratado)|du présent accord)\b))`, 'g');
/** A table of contents' line, before the first chapter: "Chapter 14  Electronic Commerce", "CHAPTER XV: Final Provisions". */
const CONTENTS_LINE = new RegExp(String.raw`^[ \t]*${KEYWORD}[ \t]+${NUMBER}[ \t]*[:.–—-]?[ \t]*([A-ZÀ-Ý][^\n]{2,80})?$`, 'gm');
/** A chapter heading at the start of a line, which the outline may have missed. */
const HEADING_LINE = new RegExp(String.raw`^[ \t]*${KEYWORD}[ \t]+${NUMBER}\b`, 'gm');
/** An article numbered within its chapter ("Article 16.3", "Artículo 10.2"): it names chapter 16. */
const CHAPTER_ARTICLE = /\b(?:Articles?|Art[íi]culos?)\s+(\d{1,3})[.-]\d{1,3}\b/g;
/** Articles of another treaty: "Article 2.4 of the TBT Agreement", "Articles 27.2 and 27.3(a) of the TRIPS Agreement". */
const OF_ANOTHER_TREATY = /^(?:\([a-z0-9]+\))*(?:(?:,|,? and|,? or| y| o| et| ou| to| through)\s+\d{1,3}[.-]\d{1,3}(?:\([a-z0-9]+\))*)*,?\s+(?:of|del?|du) (?:the |la |el |l')?(?!this |presente |présent )[A-Z]/;
/** A Roman numeral as written ("XIV"), not OCR's "Vlil". */
const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const valueOf = (raw: string): number | undefined => {
  if (/^[ivxlc]+$/i.test(raw) && !ROMAN.test(raw)) return undefined;
  const value = chapterNumberValue(raw);
  return /^\d+$/.test(value) && Number(value) > 0 && Number(value) < 100 ? Number(value) : undefined;
};

/** The number of a chapter of the outline, whose number may keep its keyword ("Chapter 10", "Capítulo 10"). */
const valueOfHeading = (number: string): number | undefined => valueOf(number.replace(/^(?:chapter|cap[íi]tulo|chapitre)\s+/i, ''));

/**
 * The chapters the agreement names — by a cross-reference with its title or "of this Agreement", a
 * table of contents, or an article numbered within its chapter — that the file does not hold, in the
 * order of their numbers. The chapters after the last the file holds are one part, up to the last the
 * text names: a file that ends at chapter 13 of a treaty that cites chapter 22 lacks "Chapters 14 to
 * 22". Only for an agreement laid out in numbered chapters. Pure.
 */
export function missingChapters(doc: AgreementDocument): MissingChapter[] {
  const outlined = [...walk(doc.outline)].filter((n) => n.kind === 'chapter' && n.number !== undefined);
  const held = new Set<number>();
  for (const node of outlined) {
    const value = valueOfHeading(node.number!);
    if (value !== undefined) held.add(value);
  }
  if (held.size < 2) return [];
  const bodyStart = Math.min(...outlined.map((n) => n.start));
  // A heading line in the body is a chapter the file holds, whether or not the outline read it as one.
  for (const m of doc.text.matchAll(HEADING_LINE)) {
    const value = m.index >= bodyStart ? valueOf(m[2]!) : undefined;
    if (value !== undefined) held.add(value);
  }
  const cited = new Map<number, { name?: string; at: number; mentions: number }>();
  const cite = (value: number | undefined, at: number, titled?: RegExpMatchArray) => {
    if (value === undefined || held.has(value)) return;
    const name = titled?.[3] ? `${titled[1]![0]}${titled[1]!.slice(1).toLowerCase()} ${titled[2]} (${titled[3].trim()})` : undefined;
    const seen = cited.get(value);
    if (!seen) cited.set(value, { name, at, mentions: 1 });
    else {
      seen.mentions++;
      seen.name ??= name;
    }
  };
  for (const m of doc.text.matchAll(CHAPTER_CITED)) cite(valueOf(m[2]!), m.index, m);
  for (const m of doc.text.slice(0, bodyStart).matchAll(CONTENTS_LINE)) cite(valueOf(m[2]!), m.index, m);
  if (numbersArticlesByChapter(doc, held)) {
    for (const m of doc.text.matchAll(CHAPTER_ARTICLE)) {
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 60);
      if (!OF_ANOTHER_TREATY.test(after)) cite(valueOf(m[1]!), m.index);
    }
  }
  if (cited.size === 0) return [];
  const last = Math.max(...held);
  const chapters: MissingChapter[] = [...cited]
    .filter(([value]) => value < last)
    .sort(([a], [b]) => a - b)
    .map(([value, c]) => ({ name: c.name ?? `Chapter ${value}`, at: c.at, mentions: c.mentions }));
  // The file ends early: every chapter after the last it holds, up to the last it names, is missing.
  const after = [...cited].filter(([value]) => value > last).sort(([a], [b]) => a - b);
  if (after.length > 0) {
    const end = after.at(-1)![0];
    const name = end === last + 1 ? (after[0]![1].name ?? `Chapter ${end}`) : `Chapters ${last + 1} to ${end}`;
    chapters.push({ name, at: Math.min(...after.map(([, c]) => c.at)), mentions: after.reduce((n, [, c]) => n + c.mentions, 0) });
  }
  return chapters;
}

/** Whether the agreement numbers its articles within their chapters ("Article 10.5" in Chapter 10). */
function numbersArticlesByChapter(doc: AgreementDocument, held: Set<number>): boolean {
  for (const chapter of walk(doc.outline)) {
    if (chapter.kind !== 'chapter' || chapter.number === undefined) continue;
    const value = valueOfHeading(chapter.number);
    if (value === undefined || !held.has(value)) continue;
    const article = [...walk(chapter.children)].find((n) => n.kind === 'article' && n.number !== undefined);
    if (article) return new RegExp(`^(?:article\\s+)?${value}[.-]\\d`, 'i').test(article.number!);
  }
  return false;
}
