import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { AgreementRow } from '../../src/report/overview/row.js';
import { parseCsv } from '../support/csv-parse.js';
import { runCli } from '../support/cli.js';

/**
 * The year of an agreement whose text states no date of signature (an act published without its final
 * clause, a text cut before it) is taken from its file name as a last resort ("eu-georgia-2014.txt"),
 * and said to come from there; the year the text states always wins over the name's.
 */

const dir = mkdtempSync(join(tmpdir(), 'culturescan-year-name-'));
const sample = readFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-montaria-framework.txt'), 'utf8');
const undated = sample.replace(/^Signed: .*\n/m, '').replace(/^Done at .*\n/m, '');

beforeAll(() => {
  expect(undated).not.toMatch(/Signed:|Done at/);
  writeFileSync(join(dir, 'aur-mon-2014.txt'), undated);
  // The text's own date (2019) against the name's.
  writeFileSync(join(dir, 'aur-mon-draft-2021.txt'), `${sample}\n`);
  // Two years in the name: which one is the signature's cannot be told.
  writeFileSync(join(dir, 'aur-mon-1994-amended-2004.txt'), `${undated}\n\n`);
  writeFileSync(join(dir, 'aur-mon-undated.txt'), `${undated}\n\n\n`);
});

const rowsOf = async () => {
  const { out } = await runCli(dir, ['overview', '.', '--format', 'jsonl', '--no-cache']);
  return new Map(out.trimEnd().split('\n').map((line) => JSON.parse(line) as AgreementRow).map((row) => [row.id, row]));
};

describe('the year of an agreement whose text states no date', () => {
  it('comes from a year in its file name, said so; the text\'s own date wins; two years or none give none', async () => {
    const rows = await rowsOf();
    expect(rows.get('aur-mon-2014')).toMatchObject({ dateSigned: null, year: 2014, yearFrom: 'file name' });
    expect(rows.get('aur-mon-draft-2021')).toMatchObject({ dateSigned: '2019-10-09', year: 2019 });
    expect(rows.get('aur-mon-draft-2021')).not.toHaveProperty('yearFrom');
    expect(rows.get('aur-mon-1994-amended-2004')).toMatchObject({ year: null });
    expect(rows.get('aur-mon-undated')).toMatchObject({ year: null });
  });

  it('is shown as such in the CSV and the terminal table, and counted in --by year', async () => {
    const csv = parseCsv((await runCli(dir, ['overview', '.', '--format', 'csv', '--no-cache'])).out.replace(/^\uFEFF/, ''));
    const [id, year, from] = ['id', 'year', 'yearFrom'].map((name) => csv[0]!.indexOf(name)) as [number, number, number];
    expect(Math.min(year, from)).toBeGreaterThan(-1);
    const named = csv.find((r) => r[id] === 'aur-mon-2014')!;
    expect([named[year], named[from]]).toEqual(['2014', 'file name']);
    const table = (await runCli(dir, ['overview', '.', '--no-cache'])).out.split('\n');
    expect(table.find((line) => line.startsWith('aur-mon-2014 '))).toMatch(/^aur-mon-2014 +2014\? /);
    expect(table.find((line) => line.startsWith('aur-mon-draft-2021 '))).toMatch(/^aur-mon-draft-2021 +2019 {2}/);
    expect(table.join('\n')).toMatch(/\? after a year: read from the file name/);
    const byYear = (await runCli(dir, ['overview', '.', '--by', 'year', '--format', 'jsonl', '--no-cache'])).out.trimEnd().split('\n').map((l) => JSON.parse(l) as { year: string; agreements: number });
    expect(byYear.find((g) => g.year === '2014')?.agreements).toBe(1);
  });
});
