import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { normalizeText } from '../../src/ingest/normalize.js';
import { toOriginalRange } from '../../src/ingest/offset-map.js';
import { parseTotaXml } from '../../src/ingest/tota-xml.js';

const SHARED = join(import.meta.dirname, '../../../shared/tota');
const present = existsSync(SHARED);
if (!present) console.warn(`ToTA corpus tests skipped: ${SHARED} is absent`);

/** A few agreements of different shapes: English with double-space paragraphs, English with line breaks, Spanish. */
function samples(): string[] {
  const files = readdirSync(SHARED).filter((f) => f.endsWith('.xml')).sort();
  const spanish = files.find((f) => /<language>es<\/language>/.test(readFileSync(join(SHARED, f), 'utf8').slice(0, 3000)));
  return [...new Set([files[0]!, files[Math.floor(files.length / 2)]!, files[files.length - 1]!, ...(spanish ? [spanish] : [])])];
}

describe.skipIf(!present)('ToTA corpus (../shared/tota)', () => {
  it.each(present ? samples() : [])('%s: outline ids and counts follow the XML, offsets slice to the articles', async (file) => {
    const path = join(SHARED, file);
    const xml = readFileSync(path, 'utf8');
    const tree = parseTotaXml(xml, path);
    const document = await readAgreement(path);

    expect(tree.chapters.flatMap((c) => c.articles)).toHaveLength((xml.match(/<article\b/g) ?? []).length);
    expect(document.outline.map((n) => n.externalId)).toEqual(tree.chapters.map((c) => c.id));
    const articles = document.outline.flatMap((n) => n.children);
    expect(articles.map((a) => a.externalId)).toEqual(tree.chapters.flatMap((c) => c.articles.map((a) => a.id)));
    expect(document.title).toBe(tree.meta.name);
    expect(document.language).toBe(tree.meta.extra?.language);

    const xmlArticles = tree.chapters.flatMap((c) => c.articles);
    articles.forEach((node, i) => {
      const article = xmlArticles[i]!;
      const heading = [article.number, article.name].filter(Boolean).join(' ');
      const [from, to] = toOriginalRange(document.original.map, node.start, node.end);
      const original = document.original.text.slice(from, to);
      if (article.text.trim()) {
        expect(original).toBe(heading ? `${heading}\n${article.text.trim()}` : article.text.trim());
      }
      if (heading) expect(document.text.startsWith(normalizeText(heading).text, node.start)).toBe(true);
      if (article.number) expect(article.number.endsWith(node.number!)).toBe(true);
      expect(node.end).toBeGreaterThanOrEqual(node.start);
    });
  });
});
