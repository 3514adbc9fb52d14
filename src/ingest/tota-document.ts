import type { OutlineNode } from '../model.js';
import { declaredLanguage } from './language.js';
import type { Extraction } from './reader.js';
import type { TotaChapter, TotaTree } from './tota-xml.js';

/** Label words ToTA prints before a number: "ARTICLE 14.4", "ARTÍCULO 3-02", "CHAPTER IV", "TITLE II". */
const LABEL =
  /^(?:art[ií]cles?|art[ií]culos?|art\.|chapters?|chapitre|cap[ií]tulo|titles?|titre|t[ií]tulo|parts?|partie|parte|sections?|secci[oó]n|annex(?:e|o)?|anexo)\s*[-–—:.]?\s*/iu;

/** The number as printed without its label word: "ARTICLE 14.4" → "14.4", "ARTICLE - 2" → "2". */
export function bareNumber(printed: string): string {
  const bare = printed.replace(LABEL, '').trim();
  return bare || printed.trim();
}

const PREAMBLE = /^(?:preamble|pre[aá]mbulo|pr[eé]ambule)$/iu;

/**
 * Writes the tree as one text (each chapter's heading line, then per article its heading line and
 * body) and the outline with the offsets of that text. Everything is appended to one parts list,
 * so the cost is linear in the size of the agreement.
 */
export function totaExtraction(tree: TotaTree): Extraction {
  const parts: string[] = [];
  let offset = 0;
  const write = (text: string) => {
    parts.push(text);
    offset += text.length;
  };
  const outline: OutlineNode[] = [];
  for (const chapter of tree.chapters) {
    if (offset > 0) write('\n\n');
    const node = chapterNode(chapter, offset);
    const heading = headingLine(chapter.number, chapter.name);
    if (heading) {
      node.headingEnd = offset + heading.length;
      write(`${heading}\n\n`);
    }
    chapter.articles.forEach((article, i) => {
      if (i > 0) write('\n\n');
      const start = offset;
      const articleHeading = headingLine(article.number, article.name);
      if (articleHeading) write(`${articleHeading}\n`);
      write(article.text.trim());
      // Field by field in the outline's order (V8 builds an object from conditional spreads several times slower).
      const child = { kind: 'article' } as OutlineNode;
      if (article.number) child.number = bareNumber(article.number);
      if (article.name) child.heading = article.name;
      child.start = start;
      if (articleHeading) child.headingEnd = start + articleHeading.length;
      child.end = offset;
      child.externalId = article.id;
      child.children = [];
      node.children.push(child);
    });
    node.end = chapter.articles.length > 0 ? offset : Math.max(node.start, offset - 2);
    outline.push(node);
  }
  const language = declaredLanguage(tree.meta.extra?.language);
  return {
    original: parts.join(''),
    outline,
    meta: tree.meta,
    ...(tree.meta.name ? { title: tree.meta.name } : {}),
    ...(language ? { language } : {}),
    normalize: { spaceRunsAreBreaks: true, hyphenSpacesAsWritten: true },
  };
}

/**
 * A chapter's outline node starting at `start`, its end still to be set; field by field (see the articles').
 * A chapter named Preamble is the preamble when it holds the recitals; ToTA also files an agreement's
 * first articles under that name when it left the recitals out ("ARTICLE 1 … An association is hereby
 * established"): articles with a number are articles of the body, with an article's force and fingerprint.
 */
function chapterNode(chapter: TotaChapter, start: number): OutlineNode {
  const named = PREAMBLE.test(chapter.name?.trim() ?? '') || PREAMBLE.test(chapter.number?.trim() ?? '');
  const preamble = named && !chapter.articles.some((article) => article.number);
  const node = { kind: preamble ? 'preamble' : 'chapter' } as OutlineNode;
  if (chapter.number && !named) node.number = bareNumber(chapter.number);
  if (chapter.name) node.heading = chapter.name;
  node.externalId = chapter.id;
  node.start = start;
  node.end = start;
  node.children = [];
  return node;
}

function headingLine(number: string | undefined, name: string | undefined): string {
  return number && name ? `${number} ${name}` : number || name || '';
}
