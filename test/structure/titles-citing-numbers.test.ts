import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { renderEveryFormat } from '../support/every-format.js';
import { flatten, outlineOf } from './helpers.js';

const BODY = 'The Parties shall cooperate closely in this field.';
/** Each article as "number title". */
const articleTitles = (nodes: Parameters<typeof flatten>[0]) => flatten(nodes).filter((n) => n.kind === 'article').map((n) => `${n.number} ${n.heading}`);

/**
 * A title that cites a chapter, an article or an annex ends with its number ("Scope of Chapter 9"):
 * that number is the title's own, where a table of contents' page number, set after dot leaders, is not.
 */
describe('an article title ending with the number it cites', () => {
  const titles = ['Scope of Chapter 9', 'Relation to Article 5', 'Amendments to Annexes 2 and 3', 'Non-application of paragraph 2 of Article 9'];

  it.each([
    ['on the heading line', (title: string, n: number) => `Article ${n} ${title}\n${BODY}`, (t: string) => t],
    ['after a colon, in capitals', (title: string, n: number) => `ARTICLE ${n}: ${title.toUpperCase()}\n${BODY}`, (t: string) => t.toUpperCase()],
    ['after a dash', (title: string, n: number) => `Article ${n} - ${title}\n${BODY}`, (t: string) => t],
    ['under the heading, apart (EUR-Lex)', (title: string, n: number) => `Article ${n}\n\n${title}\n\n${BODY}`, (t: string) => t],
  ])('keeps the number %s', (_, layout, printed) => {
    const text = titles.map((title, i) => layout(title, i + 1)).join('\n\n');
    expect(articleTitles(outlineOf(text))).toEqual(titles.map((title, i) => `${i + 1} ${printed(title)}`));
  });

  it('leaves out a page number after dot leaders, and a note number after a title that cites nothing', () => {
    const text = ['Article 1 Scope of Chapter 9 ........ 12', BODY, '', 'Article 2 Most-Favoured-Nation Treatment 4', BODY].join('\n');
    expect(articleTitles(outlineOf(text))).toEqual(['1 Scope of Chapter 9', '2 Most-Favoured-Nation Treatment']);
  });

  it('keeps the number in French and Spanish titles', () => {
    expect(articleTitles(outlineOf(`Article 1 Champ d'application du chapitre 9\n${BODY}`, 'fr'))).toEqual(["1 Champ d'application du chapitre 9"]);
    expect(articleTitles(outlineOf(`Artículo 20.7 Terminación del Acuerdo de Alcance Parcial No. 14\n${BODY}`, 'es'))).toEqual(['20.7 Terminación del Acuerdo de Alcance Parcial No. 14']);
  });
});

describe('an article title ending with the number it cites, in every format', () => {
  const text = [
    'AGREEMENT ON TRADE IN SERVICES BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
    '',
    'Article 1',
    'Scope of Chapter 9',
    'This Chapter applies to measures affecting trade in services, including audiovisual services.',
    '',
    'Article 2',
    'Relation to Article 5',
    'Nothing in this Article shall prevent a Party from adopting measures to promote cultural diversity.',
    '',
    'Article 3',
    'Amendments to Annexes 2 and 3',
    'The Joint Committee may amend the Annexes by a decision of the Parties.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-cited-numbers-'));
  const paths: string[] = [];

  beforeAll(async () => {
    paths.push(...(await renderEveryFormat(dir, 'cited', text)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each title with its number', async () => {
    for (const path of paths) {
      const doc = await readAgreement(path);
      expect([basename(path), articleTitles(doc.outline)]).toEqual([basename(path), ['1 Scope of Chapter 9', '2 Relation to Article 5', '3 Amendments to Annexes 2 and 3']]);
    }
  });
});
