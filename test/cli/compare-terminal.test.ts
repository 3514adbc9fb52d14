import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/**
 * A reviewer comparing two agreements in a terminal reads the Markdown as it is printed: the
 * checklist's table must fit 100 columns, aligned; written to a file (or piped), it is left as it was.
 */

const PAIR = ['corpus/aurelia-borealis-epa.txt', 'corpus/merovia-ostrelia-epa.txt'];

async function compare(onTerminal: boolean, ...extra: string[]): Promise<string> {
  const io = memoryIo(PACKAGE_ROOT);
  io.isTty = onTerminal;
  expect(await main(['compare', ...PAIR, ...extra], io)).toBe(0);
  return io.out;
}

const tableRows = (markdown: string) => markdown.split('\n').filter((line) => line.startsWith('| '));

describe('compare in a terminal', () => {
  it('fits the checklist table to 100 columns, its columns aligned and every status kept', async () => {
    const [terminal, piped] = await Promise.all([compare(true), compare(false)]);
    const rows = tableRows(terminal);
    expect(rows).toHaveLength(10);
    for (const row of rows) expect(row.length, row).toBeLessThanOrEqual(100);
    expect(new Set(rows.map((row) => row.length)).size).toBe(1);
    // The same items and statuses as the file's table, titles cut short at most.
    const cells = (row: string) => row.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
    const pipedRows = tableRows(piped);
    expect(pipedRows.some((row) => row.length > 100)).toBe(true);
    rows.forEach((row, i) => {
      const [item, left, right] = cells(row);
      const [pipedItem, pipedLeft, pipedRight] = cells(pipedRows[i]!);
      expect([left, right]).toEqual([pipedLeft, pipedRight]);
      expect(pipedItem!.startsWith(item!.replace(/…$/, ''))).toBe(true);
    });
  });

  it('wraps every other line at spaces within 100 columns, a list item\'s lines under its text, every word kept', async () => {
    const [terminal, piped] = await Promise.all([compare(true), compare(false)]);
    const lines = terminal.split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(100);
    expect(piped.split('\n').some((line) => !line.startsWith('|') && line.length > 100)).toBe(true);
    // A line that goes on from a list item's line is set under the item's text.
    lines.forEach((line, i) => {
      if (i > 0 && lines[i - 1]!.startsWith('- ') && line !== '' && !/^(?:- |#|\|)/.test(line)) expect(line.startsWith('  '), line).toBe(true);
    });
    const words = (text: string) => text.split('\n').filter((line) => !line.startsWith('|')).join(' ').split(/\s+/).filter(Boolean);
    expect(words(terminal)).toEqual(words(piped));
  });

  it('leaves a file as it was: --out writes the table unaligned, even from a terminal', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'culturescan-compare-')), 'comparison.md');
    const io = memoryIo(PACKAGE_ROOT);
    io.isTty = true;
    expect(await main(['compare', ...PAIR, '--out', out], io)).toBe(0);
    expect(tableRows(readFileSync(out, 'utf8'))).toEqual(tableRows(await compare(false)));
  });
});
