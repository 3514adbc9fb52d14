import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * A ToTA agreement cut short, as a download that stopped: the file is written here whole, in ToTA's
 * layout, and cut at a place inside an article, before the first article, and in the closing tags.
 */

const dir = scratchFolder('tota-cut');

const article = (number: string, name: string, text: string) => `      <article number="ARTICLE ${number}" name="${name}" article_identifier="${number.replace('.', '')}">${text}</article>\n`;

const WHOLE = `<?xml version="1.0" encoding="UTF-8"?>
<treaty>
  <meta>
    <name>Aurelia - Calderra</name>
    <type>Free Trade Agreement</type>
    <parties><partyisocode n="1">AUR</partyisocode><partyisocode n="2">CAL</partyisocode></parties>
  </meta>
  <body>
    <chapter number="CHAPTER 1" name="General Provisions" chapter_identifier="1">
${article('1.1', 'Objectives', 'The Parties hereby establish a free trade area.')}${article('1.2', 'Cultural Cooperation', 'The Parties shall promote cultural cooperation and exchanges in the fields of music, film and publishing, in accordance with the UNESCO Convention on the Protection and Promotion of the Diversity of Cultural Expressions.')}    </chapter>
    <chapter number="CHAPTER 2" name="Cross-Border Trade in Services" chapter_identifier="2">
${article('2.1', 'Scope', 'This Chapter applies to measures affecting trade in services.')}${article('2.2', 'Exceptions', 'Nothing in this Chapter shall apply to audiovisual services.')}    </chapter>
  </body>
</treaty>
`;

beforeAll(() => {
  writeFileSync(join(dir, 'whole.xml'), WHOLE);
  // Inside Article 2.2, after its first words.
  writeFileSync(join(dir, 'cut.xml'), WHOLE.slice(0, WHOLE.indexOf('Nothing in this Chapter') + 'Nothing in'.length));
  // Inside the record, before any article.
  writeFileSync(join(dir, 'cut-early.xml'), WHOLE.slice(0, WHOLE.indexOf('<parties>') + 5));
  // In the closing tags, after the body's end.
  writeFileSync(join(dir, 'cut-late.xml'), WHOLE.slice(0, WHOLE.indexOf('</treaty>') + 4));
}, 60_000);

interface Scanned {
  source: string;
  findings: Array<{ category: string; location: { articleNumber?: string } }>;
}

function scan(...files: string[]): { code: number | null; results: Scanned[]; lines: string[] } {
  const run = runMeasured(dir, ['scan', '--format', 'jsonl', '--jobs', '1', ...files]);
  return { code: run.code, results: run.out.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Scanned), lines: run.lines };
}

const articlesFound = (result: Scanned | undefined) => [...new Set((result?.findings ?? []).map((f) => f.location.articleNumber))].sort();

describe('a ToTA agreement cut short', () => {
  it('is read up to its last whole article, with one warning saying where it ends', () => {
    const run = scan('whole.xml', 'cut.xml');
    expect(run.code).toBe(0);
    const cutAt = WHOLE.slice(0, WHOLE.indexOf('Nothing in this Chapter') + 'Nothing in'.length).split('\n');
    expect(run.lines).toEqual([
      `culturescan: cut.xml: warning: is cut short: it ends at line ${cutAt.length}, column ${cutAt.at(-1)!.length + 1}, inside the agreement: read up to the last whole article (ARTICLE 2.1); the rest is missing`,
    ]);
    const [whole, cut] = ['whole.xml', 'cut.xml'].map((name) => run.results.find((r) => r.source === name));
    expect(articlesFound(whole)).toContain('2.2');
    // Every article the file holds whole gives what it gives in the whole file.
    expect(articlesFound(cut)).toEqual(articlesFound(whole).filter((a) => a !== '2.2'));
    expect(articlesFound(cut)).toContain('1.2');
  });

  it('is listed as incomplete by the brief: what follows its last whole article is a missing part that could change every item', () => {
    const run = runMeasured(dir, ['report', 'cut.xml', '--format', 'json']);
    expect(run.code).toBe(0);
    const brief = JSON.parse(run.out) as { missingParts: Array<{ name: string; holds: string; verdict: boolean }> };
    expect(brief.missingParts[0]).toMatchObject({ name: 'everything after Article 2.1 (Scope)', holds: 'rest', verdict: true });
    const markdown = runMeasured(dir, ['report', 'cut.xml', '--format', 'markdown']);
    expect(markdown.out).toContain('everything after Article 2.1 (Scope) (the file is cut short: what follows may hold any of its provisions)');
  });

  it('before its first whole article is refused in one line that says so, the batch going on', () => {
    const run = scan('whole.xml', 'cut-early.xml');
    expect(run.code).toBe(0);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: cut-early\.xml: is cut short: it ends at line 6, column \d+, before its first whole article: nothing to read$/)]);
    expect(run.results.find((r) => r.source === 'whole.xml')?.findings.length).toBeGreaterThan(0);
  });

  it('in the closing tags after the last article is read whole, with one warning, and nothing listed as missing', () => {
    const run = scan('whole.xml', 'cut-late.xml');
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: cut-late\.xml: warning: is cut short: it ends at line \d+, column 5, after the agreement's last article: read whole$/)]);
    const [whole, late] = ['whole.xml', 'cut-late.xml'].map((name) => run.results.find((r) => r.source === name));
    expect(articlesFound(late)).toEqual(articlesFound(whole));
    const brief = JSON.parse(runMeasured(dir, ['report', 'cut-late.xml', '--format', 'json']).out) as { missingParts: Array<{ holds: string }> };
    expect(brief.missingParts.filter((p) => p.holds === 'rest')).toEqual([]);
  });

  it('a file broken elsewhere than at its end is still refused as not well-formed', () => {
    writeFileSync(join(dir, 'broken.xml'), WHOLE.replace('</chapter>', '</chapterX>'));
    const run = scan('broken.xml');
    expect(run.code).toBe(2);
    expect(run.lines).toEqual([expect.stringMatching(/^culturescan: broken\.xml: is not well-formed XML \(line \d+, column \d+: expected <\/chapter>/)]);
  });
});
