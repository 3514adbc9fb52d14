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
 * A title may qualify its noun with a clause that holds "is", "are", "do" ("Operations that do not
 * confer origin", "Goods for which preference is claimed"): the article and its title are read in
 * every layout, in sentence case and in capitals. A modal, or a verb with no such clause, still makes
 * the line a sentence.
 */
describe('an article title with a clause', () => {
  const titles = ['Operations that do not confer origin', 'Treatment of goods for which preference is claimed', 'Circumstances when a certificate of origin is not required', 'Annexes to be finalised'];

  it.each([
    ['on the heading line', (title: string, n: number) => `Article ${n} ${title}\n${BODY}`, (t: string) => t],
    ['after a colon', (title: string, n: number) => `Article ${n}: ${title}\n${BODY}`, (t: string) => t],
    ['after a colon, in capitals', (title: string, n: number) => `ARTICLE ${n}: ${title.toUpperCase()}\n${BODY}`, (t: string) => t.toUpperCase()],
    ['under the heading, apart (EUR-Lex)', (title: string, n: number) => `Article ${n}\n\n${title}\n\n${BODY}`, (t: string) => t],
    ['under the heading', (title: string, n: number) => `Article ${n}\n${title}\n${BODY}`, (t: string) => t],
  ])('is read %s', (_, layout, printed) => {
    const text = titles.map((title, i) => layout(title, i + 1)).join('\n\n');
    expect(articleTitles(outlineOf(text))).toEqual(titles.map((title, i) => `${i + 1} ${printed(title)}`));
  });

  it('reads a sentence as the article’s text, not its title', () => {
    const text = [
      'Article 1', 'Goods are originating where wholly obtained.', '',
      'Article 2', 'Each Party that is a party to the Convention', 'shall promote it.', '',
      'Article 3', 'Products which are wholly obtained shall be originating.',
    ].join('\n');
    expect(articleTitles(outlineOf(text))).toEqual(['1 undefined', '2 undefined', '3 undefined']);
  });
});

describe('an article title with a clause, in every format', () => {
  const text = [
    'PROTOCOL ON RULES OF ORIGIN BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
    '',
    'Article 1',
    'Operations that do not confer origin',
    'Packing and labelling of books and recordings do not confer originating status.',
    '',
    'Article 2',
    'Treatment of goods for which preference is claimed',
    'Each Party shall grant preferential treatment to originating cultural goods.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-clause-titles-'));
  const paths: string[] = [];

  beforeAll(async () => {
    paths.push(...(await renderEveryFormat(dir, 'clauses', text)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each article and its title', async () => {
    for (const path of paths) {
      const doc = await readAgreement(path);
      expect([basename(path), articleTitles(doc.outline)]).toEqual([basename(path), ['1 Operations that do not confer origin', '2 Treatment of goods for which preference is claimed']]);
    }
  });
});
