import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-text.js';
import { readAgreement } from '../../src/ingest/index.js';
import { outlineDifferences, outlineLabels } from '../support/agreement-reading.js';
import { renderLines, writeText } from '../support/render-formats.js';
import { toWebPageHtml } from '../support/render-web-pages.js';

/**
 * A lettered list of more than 26 items, as a definitions article has them: a browser letters an
 * <ol type="a"> on after "z" as "aa", "ab", "ac" (it counts in letters), where the text may letter it
 * "(aa)", "(bb)", "(cc)"; a page that keeps the text's letters numbers those items itself ("start",
 * "value"), and the reader must letter every item as the browser shows it.
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const DEFINITIONS = [...LETTERS, 'aa', 'bb', 'cc'].map((label, i) => `(${label}) term ${i + 1} means the ${i + 1}th thing defined in this Agreement;`);
const AGREEMENT = ['AGREEMENT BETWEEN CANADA AND THE HASHEMITE KINGDOM OF JORDAN', '', 'Chapter 1', 'General Definitions', '', 'Article 1-1: Definitions', 'For purposes of this Agreement, unless otherwise specified:', ...DEFINITIONS, '', 'Article 1-2: Electronic Commerce', 'The Parties shall cooperate on electronic commerce.', ''].join('\n');

describe('a lettered list that runs past "z" on a web page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-long-list-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is lettered as a browser letters it', () => {
    expect(htmlToText('<ol type="a" start="26"><li>last</li><li>next</li><li>then</li></ol>')).toBe('(z) last\n(aa) next\n(ab) then');
    expect(htmlToText('<ol type="A" start="53"><li>first</li></ol>')).toBe('(BA) first');
  });

  it('keeps the letters of the text in a government page', async () => {
    const text = writeText(join(dir, 'definitions.txt'), AGREEMENT);
    const doc = await readAgreement(text);
    const expected = outlineLabels(doc);
    expect(expected).toEqual(expect.arrayContaining(['paragraph (z)', 'paragraph (aa)', 'paragraph (bb)', 'paragraph (cc)']));
    const page = writeText(join(dir, 'definitions.web.html'), toWebPageHtml(renderLines(doc), doc.title));
    expect(outlineDifferences(expected, await readAgreement(page), 'web page')).toEqual([]);
  });
});
