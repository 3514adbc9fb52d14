import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/**
 * A researcher reading a corpus's template lineage in a terminal: the table must fit 100 columns,
 * aligned, each agreement named by its id and year; written to a file (or piped), it keeps whole titles
 * and dates.
 */

async function lineage(onTerminal: boolean, ...extra: string[]): Promise<string> {
  const io = memoryIo(PACKAGE_ROOT);
  io.isTty = onTerminal;
  expect(await main(['lineage', 'corpus', '--quiet', ...extra], io)).toBe(0);
  return io.out;
}

const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| '));
const cells = (row: string) => row.replace(/^\| | \|$/g, '').split(' | ').map((cell) => cell.trim());

describe('lineage in a terminal', () => {
  it('fits the table to 100 columns, aligned, with every agreement, date, count and template kept', async () => {
    const [terminal, piped] = await Promise.all([lineage(true), lineage(false)]);
    const rows = tableRows(terminal);
    const pipedRows = tableRows(piped);
    expect(rows.length).toBe(pipedRows.length);
    expect(rows.length).toBeGreaterThan(10);
    expect(pipedRows.some((row) => row.length > 100)).toBe(true);
    for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(100);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    rows.slice(1).forEach((row, i) => {
      const [agreement, year, clauses, template, templateYear, repeated] = cells(row);
      const [pipedAgreement, pipedSigned, pipedClauses, pipedTemplate, pipedTemplateSigned, pipedRepeated] = cells(pipedRows[i + 1]!);
      expect(pipedAgreement!.endsWith(`(\`${agreement}\`)`), `${pipedAgreement} ~ ${agreement}`).toBe(true);
      expect([year, clauses, templateYear, repeated]).toEqual([pipedSigned!.slice(0, 4), pipedClauses, pipedTemplateSigned!.slice(0, 4), pipedRepeated]);
      if (pipedTemplate === '—') expect(template).toBe('—');
      else expect(pipedTemplate!.endsWith(`(\`${template}\`)`), `${pipedTemplate} ~ ${template}`).toBe(true);
    });
    expect(rows.slice(1).some((row) => cells(row)[3] !== '—')).toBe(true);
  });

  it('leaves a file as it was: --out writes whole titles, even from a terminal', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'culturescan-lineage-')), 'lineage.md');
    const io = memoryIo(PACKAGE_ROOT);
    io.isTty = true;
    expect(await main(['lineage', 'corpus', '--quiet', '--out', out], io)).toBe(0);
    expect(tableRows(readFileSync(out, 'utf8'))).toEqual(tableRows(await lineage(false)));
  });
});
