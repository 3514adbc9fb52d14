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
 * "means" is the verb of a definition ("“Party” means a State ...") and a noun in a title ("Methods
 * and means", "Customs duties on products delivered by electronic means", "Means of payment"). A title
 * is read as one in every layout: on the heading line, under it, in capitals, in sentence case.
 */
describe('an article title with the noun "means"', () => {
  const titles = ['Methods and means', 'Customs duties on products delivered by electronic means', 'Means of payment'];

  it.each([
    ['under the heading, apart (EUR-Lex)', (title: string, n: number) => `Article ${n}\n\n${title}\n\n${BODY}`, (t: string) => t],
    ['on the heading line', (title: string, n: number) => `Article ${n} ${title}\n${BODY}`, (t: string) => t],
    ['after a colon, in capitals', (title: string, n: number) => `ARTICLE ${n}: ${title.toUpperCase()}\n${BODY}`, (t: string) => t.toUpperCase()],
    ['under the heading, in capitals', (title: string, n: number) => `Article ${n}\n${title.toUpperCase()}\n${BODY}`, (t: string) => t.toUpperCase()],
  ])('is read %s', (_, layout, printed) => {
    const text = titles.map((title, i) => layout(title, i + 1)).join('\n\n');
    expect(articleTitles(outlineOf(text))).toEqual(titles.map((title, i) => `${i + 1} ${printed(title)}`));
  });

  it('leaves a definition out of the title: a quoted term before "means", or the definition\'s words after it', () => {
    const text = [
      'Article 1', 'Definitions', '“Party” means a State for which this Agreement is in force.', '',
      'Article 2', '“Investment” means', 'every kind of asset that an investor owns.', '',
      'Article 3', 'The term enterprise means any entity constituted under applicable law.',
    ].join('\n');
    expect(articleTitles(outlineOf(text))).toEqual(['1 Definitions', '2 undefined', '3 undefined']);
  });
});

describe('an article title with the noun "means", in every format', () => {
  const text = [
    'AGREEMENT ON ELECTRONIC COMMERCE BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
    '',
    'Article 1',
    'Methods and means',
    'The Parties shall cooperate on electronic commerce by the methods and means set out in this Agreement.',
    '',
    'Article 2',
    'Customs duties on products delivered by electronic means',
    'Neither Party shall impose customs duties on electronic transmissions.',
    '',
    'Article 3',
    'Means of payment',
    'Each Party shall endeavour to support the interoperability of electronic payments.',
    '',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-means-titles-'));
  const paths: string[] = [];

  beforeAll(async () => {
    paths.push(...(await renderEveryFormat(dir, 'means', text)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads each title', async () => {
    for (const path of paths) {
      const doc = await readAgreement(path);
      expect([basename(path), articleTitles(doc.outline)]).toEqual([basename(path), ['1 Methods and means', '2 Customs duties on products delivered by electronic means', '3 Means of payment']]);
    }
  });
});
