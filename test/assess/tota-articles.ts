import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { splitSentences, squash } from '../../src/nlp/index.js';

/** The shared ToTA corpus, read in place (never copied into the project). */
export const SHARED_TOTA = join(import.meta.dirname, '..', '..', '..', 'shared', 'tota');

export interface TotaArticle {
  text: string;
  chapterName: string;
  language: string;
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', textNodeName: '_t', isArray: (n) => n === 'chapter' || n === 'article' });
const cache = new Map<string, Map<string, TotaArticle>>();

/** Every article of one ToTA treaty by article_identifier, straight from the XML. */
export function totaArticles(treaty: string): Map<string, TotaArticle> {
  const hit = cache.get(treaty);
  if (hit) return hit;
  const xml = parser.parse(readFileSync(join(SHARED_TOTA, `${treaty}.xml`), 'utf8'));
  const language = String(xml.treaty.meta.language ?? 'en');
  const out = new Map<string, TotaArticle>();
  for (const chapter of xml.treaty.body.chapter ?? []) {
    for (const article of chapter.article ?? []) {
      const text = typeof article === 'object' ? String(article._t ?? '') : String(article);
      out.set(String(article.article_identifier), { text, chapterName: String(chapter.name ?? ''), language });
    }
  }
  cache.set(treaty, out);
  return out;
}

/** The sentences of a text as legal force reads them (list items kept with their lead-in), whitespace collapsed: the form label hashes are computed on. */
export function legalSentences(text: string): string[] {
  return splitSentences(text, 0, text.length, 'with-lead-in').map((span) => squash(text.slice(span.start, span.end)));
}
