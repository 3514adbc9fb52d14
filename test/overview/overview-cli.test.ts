import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_ITEMS, VERDICTS } from '../../src/assess/types.js';
import { CATEGORIES } from '../../src/model.js';
import type { AgreementRow } from '../../src/report/overview/row.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';
import { parseCsv } from '../support/csv-parse.js';
import { spreadsheetField } from '../../src/report/overview/csv-cell.js';

const SAMPLE = readdirSync(join(PACKAGE_ROOT, 'corpus')).filter((f) => !/^readme/i.test(f));

interface GroupRecord {
  agreements: number;
  categories: Record<string, { agreements: number; share: number; since?: number | null }>;
  verdicts: Record<string, { agreements: number; share: number }>;
}

function corpusCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-overview-'));
  for (const file of ['borealis-calderra-cepa.md', 'aurelia-montaria-framework.txt']) writeFileSync(join(dir, file), readFileSync(join(PACKAGE_ROOT, 'corpus', file)));
  return dir;
}

describe('culturescan overview', () => {
  it('takes the Parties stated with --parties in place of those the document names, once for all files or once per file', async () => {
    const file = 'corpus/calderra-solana-tpa.txt';
    const rowOf = async (...extra: string[]) => {
      const { code, out, err } = await runCli(PACKAGE_ROOT, ['overview', '--format', 'jsonl', file, ...extra]);
      expect(err).toBe('');
      expect(code).toBe(0);
      return JSON.parse(out.trimEnd()) as AgreementRow;
    };
    const named = await rowOf();
    expect(named.parties.map((p) => p.status)).toEqual(['developed', 'developed']);
    expect(named.checklist?.['art-16']).toBe('not-applicable');
    const stated = await rowOf('--parties', 'CAN,JOR');
    expect(stated.parties.map((p) => [p.code, p.status])).toEqual([['CAN', 'developed'], ['JOR', 'developing']]);
    expect(stated.checklist?.['art-16']).toBe('absent');
    const twice = await runCli(PACKAGE_ROOT, ['overview', '--format', 'jsonl', file, '--parties', 'CAN,JOR', '--parties', 'EU,MEX']);
    expect(twice.code).toBe(2);
    expect(twice.err).toMatch(/--parties: given 2 times for 1 file/);
  });

  it('gives one row per agreement of the sample corpus, with the checklist and the verdict', async () => {
    const { code, out, err } = await runCli(PACKAGE_ROOT, ['overview', '--format', 'jsonl']);
    expect(err).toBe('');
    expect(code).toBe(0);
    const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l) as AgreementRow);
    expect(rows.map((r) => r.source)).toEqual(SAMPLE.map((f) => `corpus/${f}`).sort());
    for (const row of rows) {
      expect(Object.keys(row.checklist ?? {})).toEqual([...CHECKLIST_ITEMS]);
      expect(VERDICTS).toContain(row.verdict);
      expect(row.parties.length).toBeGreaterThanOrEqual(2);
      expect(row.year).toBe(Number(row.dateSigned?.slice(0, 4)));
    }
    const epa = rows.find((r) => r.id === 'aurelia-borealis-epa')!;
    expect(epa.parties).toEqual([{ code: 'XAU', status: 'developing' }, { code: 'XBO', status: 'developed' }]);
    expect(epa.findings['convention-reference']).toBeGreaterThan(0);
    expect(rows.find((r) => r.id === 'aurelia-montaria-framework')!.verdict).toBe('no-ecommerce');
    // A text that refers to an annex the file lacks says so in its row.
    expect(rows.filter((r) => r.missing.length > 0).length).toBeGreaterThan(0);
  });

  it('writes CSV for spreadsheets: BOM, every field quoted, formulas neutralised; the format from --out', async () => {
    const dir = corpusCopy();
    // A file name a spreadsheet would run as a formula, in the id and source columns (another draft of an agreement there: a copy would count once).
    writeFileSync(join(dir, '=HYPERLINK("x",1).txt'), `${readFileSync(join(PACKAGE_ROOT, 'corpus/aurelia-montaria-framework.txt'), 'utf8')}\n`);
    const { code, out } = await runCli(dir, ['overview', '.', '--out', 'rows.csv']);
    expect(code).toBe(0);
    expect(out).toBe('');
    const csv = readFileSync(join(dir, 'rows.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF"id","title","source","parties","dateSigned","year","yearFrom","language",')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const table = parseCsv(csv.slice(1));
    expect(table).toHaveLength(4);
    const header = table[0]!;
    expect(header).toEqual(expect.arrayContaining([...CATEGORIES, ...CHECKLIST_ITEMS, 'ecommerceVerdict', 'missing', 'errors']));
    const formula = table.find((r) => r[0]!.includes('HYPERLINK'))!;
    expect([formula[0], formula[header.indexOf('source')]]).toEqual([`'=HYPERLINK("x",1)`, `'=HYPERLINK("x",1).txt`]);
    for (const line of csv.slice(1).split('\r\n').filter(Boolean)) expect(line).toMatch(/^"([^"]|"")*"(,"([^"]|"")*")*$/);
  });

  it('keeps a file that cannot be read as a row with its error, and goes on', async () => {
    const dir = corpusCopy();
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    const { code, out, err } = await runCli(dir, ['overview', '.', '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toMatch(/^culturescan: broken\.pdf: [^\n]+\n$/);
    const rows = (JSON.parse(out) as { agreements: AgreementRow[] }).agreements;
    expect(rows.map((r) => [r.id, r.errors.length])).toEqual([['aurelia-montaria-framework', 0], ['borealis-calderra-cepa', 0], ['broken', 1]]);
    expect(rows[2]).toMatchObject({ verdict: null, checklist: null });
  });

  it('adds up: --by year and --by party count every agreement read, once per year and once per Party', async () => {
    const rows = (JSON.parse((await runCli(PACKAGE_ROOT, ['overview', '--format', 'json'])).out) as { agreements: AgreementRow[] }).agreements;
    for (const by of ['year', 'party'] as const) {
      const { code, out } = await runCli(PACKAGE_ROOT, ['overview', '--by', by, '--format', 'json']);
      expect(code).toBe(0);
      const groups = (JSON.parse(out) as { groups: GroupRecord[] }).groups;
      const total = (count: (g: GroupRecord) => number) => groups.reduce((n, g) => n + count(g), 0);
      const weight = (r: AgreementRow) => (by === 'year' ? 1 : Math.max(1, r.parties.length));
      expect(total((g) => g.agreements)).toBe(rows.reduce((n, r) => n + weight(r), 0));
      for (const c of CATEGORIES) expect(total((g) => g.categories[c]!.agreements)).toBe(rows.filter((r) => r.findings[c] > 0).reduce((n, r) => n + weight(r), 0));
      for (const v of VERDICTS) expect(total((g) => g.verdicts[v]!.agreements)).toBe(rows.filter((r) => r.verdict === v).reduce((n, r) => n + weight(r), 0));
      for (const g of groups) expect(Object.values(g.verdicts).reduce((n, v) => n + v.agreements, 0)).toBe(g.agreements);
    }
    const years = await runCli(PACKAGE_ROOT, ['overview', '--by', 'year', '--format', 'markdown']);
    expect(years.out).toMatch(/^\| 2019 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1 \| 100 \|/m);
  });

  it('--by party says since when each Party has put each category in its agreements: the first year of signature among them', async () => {
    const rows = (JSON.parse((await runCli(PACKAGE_ROOT, ['overview', '--format', 'json'])).out) as { agreements: AgreementRow[] }).agreements;
    const { out } = await runCli(PACKAGE_ROOT, ['overview', '--by', 'party', '--format', 'json']);
    const groups = (JSON.parse(out) as { groups: Array<GroupRecord & { party: string }> }).groups;
    let dated = 0;
    for (const g of groups) {
      for (const c of CATEGORIES) {
        const years = rows.filter((r) => r.findings[c] > 0 && r.year !== null && r.parties.some((p) => p.code === g.party)).map((r) => r.year as number);
        expect(g.categories[c]?.since, `${g.party} ${c}`).toBe(years.length > 0 ? Math.min(...years) : null);
        if (years.length > 0) dated++;
      }
    }
    expect(dated).toBeGreaterThan(0);
    // In the spreadsheet, beside each category's count and share.
    const csv = parseCsv((await runCli(PACKAGE_ROOT, ['overview', '--by', 'party', '--format', 'csv'])).out.replace(/^\uFEFF/, ''));
    expect(csv[0]?.slice(3, 6)).toEqual(['convention-reference', 'convention-reference %', 'convention-reference since']);
  });

  it('writes each agreement\'s HTML brief with --briefs, named in the row', async () => {
    const dir = corpusCopy();
    const { code, out } = await runCli(dir, ['overview', '.', '--briefs', 'briefs', '--format', 'jsonl']);
    expect(code).toBe(0);
    const rows = out.trimEnd().split('\n').map((l) => JSON.parse(l) as AgreementRow);
    expect(rows.map((r) => r.brief)).toEqual(['aurelia-montaria-framework.html', 'borealis-calderra-cepa.html']);
    expect(readFileSync(join(dir, 'briefs', 'borealis-calderra-cepa.html'), 'utf8')).toMatch(/<h1>Cultural brief: Comprehensive Economic Partnership Agreement/);
  });

  it('refuses options it cannot honour, with a usage error', async () => {
    expect(await runCli(PACKAGE_ROOT, ['overview', '--by', 'decade'])).toMatchObject({ code: 2, err: expect.stringMatching(/--by must be one of party, year/) });
    expect(await runCli(PACKAGE_ROOT, ['overview', '--by', 'year', '--format', 'html'])).toMatchObject({ code: 2, err: expect.stringMatching(/--by gives a table/) });
    expect(await runCli(PACKAGE_ROOT, ['overview', '--format', 'xlsx'])).toMatchObject({ code: 2 });
  });
});

describe('a spreadsheet field', () => {
  it('quotes every value, doubles quotes, and defuses what a spreadsheet would run as a formula', () => {
    expect(['=1+1', '+33 1', '-x', '@SUM(A1)', '\t=1', 'Agreement "A"', 'plain', 3].map(spreadsheetField)).toEqual([
      `"'=1+1"`, `"'+33 1"`, `"'-x"`, `"'@SUM(A1)"`, `"'\t=1"`, '"Agreement ""A"""', '"plain"', '"3"',
    ]);
  });
});
