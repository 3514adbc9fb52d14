import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../support/csv-parse.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

/**
 * A file read only in part (a download cut short) is said so in every output a researcher keeps, not
 * only in a warning on stderr: the data formats of scan and overview carry `cutShort`, the text formats
 * say it under the agreement, and so does the JSON brief. A file read whole carries nothing of it.
 */

const dir = scratchFolder('cut-outputs');

const article = (number: string, text: string) => `      <article number="ARTICLE ${number}" article_identifier="${number.replace('.', '')}">${text}</article>\n`;

const WHOLE = `<?xml version="1.0" encoding="UTF-8"?>
<treaty>
  <meta>
    <name>Aurelia - Calderra</name>
    <parties><partyisocode n="1">AUR</partyisocode><partyisocode n="2">CAL</partyisocode></parties>
  </meta>
  <body>
    <chapter number="CHAPTER 1" name="General Provisions" chapter_identifier="1">
${article('1.1', 'The Parties shall promote cultural cooperation and exchanges in the fields of music, film and publishing.')}${article('1.2', 'Nothing in this Agreement shall apply to audiovisual services.')}    </chapter>
  </body>
</treaty>
`;

beforeAll(() => {
  writeFileSync(join(dir, 'whole.xml'), WHOLE);
  writeFileSync(join(dir, 'cut.xml'), WHOLE.slice(0, WHOLE.indexOf('Nothing in this') + 'Nothing'.length));
}, 60_000);

const run = (...args: string[]) => runMeasured(dir, args);

describe('a file cut short, in the outputs', () => {
  it('scan --format jsonl and json: cutShort on its record, with the warning; none on the whole file', () => {
    const lines = run('scan', 'whole.xml', 'cut.xml', '--format', 'jsonl').out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    const [whole, cut] = ['whole.xml', 'cut.xml'].map((name) => lines.find((r) => r.source === name));
    expect(cut).toMatchObject({ cutShort: true, warnings: [expect.stringMatching(/^is cut short: .*the rest is missing$/)] });
    expect(whole).not.toHaveProperty('cutShort');
    expect(whole).not.toHaveProperty('warnings');
    const json = JSON.parse(run('scan', 'whole.xml', 'cut.xml', '--format', 'json').out) as { documents: Array<Record<string, unknown>> };
    expect(Object.fromEntries(json.documents.map((d) => [d.source, d.cutShort]))).toEqual({ 'whole.xml': undefined, 'cut.xml': true });
  });

  it('scan --format csv: a cutShort column, true on the cut file\'s rows', () => {
    const rows = parseCsv(run('scan', 'whole.xml', 'cut.xml', '--format', 'csv').out);
    const header = rows[0]!;
    const column = header.indexOf('cutShort');
    expect(column).toBeGreaterThan(-1);
    const bySource = (name: string) => rows.slice(1).filter((r) => r[header.indexOf('source')] === name);
    expect(bySource('cut.xml').length).toBeGreaterThan(0);
    expect(bySource('cut.xml').map((r) => r[column])).toEqual(bySource('cut.xml').map(() => 'true'));
    expect(bySource('whole.xml').map((r) => r[column])).toEqual(bySource('whole.xml').map(() => ''));
  });

  it('scan --format text and markdown say it under the agreement', () => {
    for (const format of ['text', 'markdown']) {
      const out = run('scan', 'whole.xml', 'cut.xml', '--format', format).out;
      const said = out.match(/cut short/gi) ?? [];
      expect(said, format).toHaveLength(1);
      expect(out.indexOf('cut short')).toBeGreaterThan(out.indexOf('cut.xml'));
    }
  });

  it('overview: cutShort in its JSON rows and CSV column, and under its row in the table', () => {
    const rows = run('overview', 'whole.xml', 'cut.xml', '--format', 'jsonl').out.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(Object.fromEntries(rows.map((r) => [r.source, r.cutShort]))).toEqual({ 'whole.xml': undefined, 'cut.xml': true });
    const csv = parseCsv(run('overview', 'whole.xml', 'cut.xml', '--format', 'csv').out.replace(/^\uFEFF/, ''));
    const [column, source] = ['cutShort', 'source'].map((name) => csv[0]!.indexOf(name)) as [number, number];
    expect(column).toBeGreaterThan(-1);
    expect(Object.fromEntries(csv.slice(1).map((r) => [r[source], r[column]]))).toEqual({ 'whole.xml': '', 'cut.xml': 'true' });
    const table = run('overview', 'whole.xml', 'cut.xml').out.split('\n');
    // A line of its own under the row, in the table's 100 columns.
    const under = (id: string) => table[table.findIndex((line) => line.startsWith(`${id} `)) + 1];
    expect(under('cut')).toMatch(/^ +the file is cut short/);
    expect(under('whole')).not.toMatch(/cut short/);
    expect(Math.max(...table.map((line) => line.length))).toBeLessThanOrEqual(100);
  });

  it('report --format json: cutShort at the top of the brief', () => {
    expect(JSON.parse(run('report', 'cut.xml', '--format', 'json').out)).toMatchObject({ cutShort: true });
    expect(JSON.parse(run('report', 'whole.xml', '--format', 'json').out)).not.toHaveProperty('cutShort');
  });
});
