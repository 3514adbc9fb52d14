import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/assess/types.js';
import { CATEGORIES } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { AgreementRow } from '../../src/report/overview/row.js';
import { runCli } from '../support/cli.js';
import { ROW_COLUMNS } from '../../src/report/overview/columns.js';

/**
 * What a researcher sees on typing `culturescan overview corpus/`: a table that a terminal of 100
 * columns shows whole — which agreement, its year, its Parties, findings per category and the
 * e-commerce verdict — and where the other columns are. The data formats keep every column.
 */

const TERMINAL = 100;
const widest = (text: string) => Math.max(...text.split('\n').map((line) => line.length));

async function sampleRows(): Promise<AgreementRow[]> {
  const { out } = await runCli(PACKAGE_ROOT, ['overview', '--format', 'jsonl']);
  return out.trimEnd().split('\n').map((line) => JSON.parse(line) as AgreementRow);
}

describe('overview by default: a table for a terminal of 100 columns', () => {
  it('gives each agreement one line with its year, Parties, findings per category and verdict, and says where the rest is', async () => {
    const [{ code, out }, rows] = await Promise.all([runCli(PACKAGE_ROOT, ['overview']), sampleRows()]);
    expect(code).toBe(0);
    expect(widest(out)).toBeLessThanOrEqual(TERMINAL);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^agreement +year +parties +CR +CE +EC +CC +PT +PS +IC +e-commerce$/);
    for (const row of rows) {
      const line = lines.find((l) => l.startsWith(`${row.id} `) || l.startsWith(row.id.slice(0, 27)));
      expect(line, row.id).toBeDefined();
      const counts = CATEGORIES.map((c) => row.findings[c]).join(' +');
      expect(line).toMatch(new RegExp(` ${row.year} .* ${counts}  ${row.verdict}$`));
      for (const party of row.parties) expect(line).toContain(party.status === 'developing' ? `${party.code}*` : `${party.code} `);
    }
    expect(out).toMatch(/CR convention-reference/);
    expect(out).toMatch(/--format csv, html, markdown or json/);
  });

  it('names a group of Parties by its id, once, and cuts a long cell rather than the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-overview-text-'));
    const agreement = readFileSync(join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt'), 'utf8');
    writeFileSync(join(dir, 'eu-mexico-modernised-global-agreement-draft.txt'), agreement.replace(/^Parties: .*$/m, 'Parties: EU, MEX'));
    writeFileSync(join(dir, 'broken.pdf'), 'not a PDF at all\n');
    const { out } = await runCli(dir, ['overview', '.']);
    expect(widest(out)).toBeLessThanOrEqual(TERMINAL);
    expect(out).toMatch(/^broken {23}\s+could not be read: is not a PDF/m);
    expect(out).toMatch(/^eu-mexico-modernised-global… 2024  EU MEX\* /m);
  });

  it('--by party and --by year give the share with each category and verdict, in 100 columns', async () => {
    for (const by of ['party', 'year'] as const) {
      const [{ code, out }, json] = await Promise.all([runCli(PACKAGE_ROOT, ['overview', '--by', by]), runCli(PACKAGE_ROOT, ['overview', '--by', by, '--format', 'json'])]);
      expect(code).toBe(0);
      expect(widest(out)).toBeLessThanOrEqual(TERMINAL);
      const groups = (JSON.parse(json.out) as { groups: Array<Record<string, unknown> & { agreements: number; categories: Record<string, { share: number }>; verdicts: Record<string, { share: number }> }> }).groups;
      for (const group of groups) {
        const shares = [...CATEGORIES.map((c) => group.categories[c]!.share), ...VERDICTS.map((v) => group.verdicts[v]!.share)].map((s) => `${Math.round(s)}%`);
        expect(out).toMatch(new RegExp(`^${String(group[by])}\\*? +${group.agreements} +${shares.join(' +')}$`, 'm'));
      }
    }
  });

  it('leaves the other formats as they were: Markdown keeps every column', async () => {
    const { out } = await runCli(PACKAGE_ROOT, ['overview', '--format', 'markdown']);
    expect(out.split('\n')[0]!.split(' | ')).toHaveLength(ROW_COLUMNS.length);
    const written = await runCli(PACKAGE_ROOT, ['overview', '--by', 'year', '--format', 'markdown']);
    expect(written.out).toMatch(/^\| 2019 \| 1 \| 0 \| 0 \| 0 \| 0 \| 0 \| 0 \| 1 \| 100 \|/m);
  });
});
