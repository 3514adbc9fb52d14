import { VERDICTS } from '../../assess/types.js';
import { CATEGORIES } from '../../model.js';
import { cell } from '../markdown-cell.js';
import { percent, type Grouping, type GroupRow } from './aggregate.js';
import { ROW_COLUMNS } from './columns.js';
import { spreadsheetLine, UTF8_BOM } from './csv-cell.js';
import type { PageOptions } from './html.js';
import type { AgreementRow } from './row.js';
import { groupText, textRows } from './text.js';

/**
 * An overview format written row by row as agreements finish (so that a corpus of any size runs in
 * flat memory), or one that needs every row at the end (a JSON document, the HTML page).
 */
export type RowFormat =
  | { kind: 'stream'; head: () => string; row: (row: AgreementRow) => string; tail: () => string }
  | { kind: 'whole'; render: (rows: readonly AgreementRow[], page: PageOptions) => string | Promise<string> };

const names = ROW_COLUMNS.map(([name]) => name);
const cells = (row: AgreementRow) => ROW_COLUMNS.map(([, read]) => read(row));

const csv: RowFormat = { kind: 'stream', head: () => UTF8_BOM + spreadsheetLine(names), row: (r) => spreadsheetLine(cells(r)), tail: () => '' };

const jsonl: RowFormat = { kind: 'stream', head: () => '', row: (r) => `${JSON.stringify(r)}\n`, tail: () => '' };

const markdownLine = (values: ReadonlyArray<string | number>) => `| ${values.map((v) => cell(String(v))).join(' | ')} |\n`;
const markdown: RowFormat = {
  kind: 'stream',
  head: () => markdownLine(names) + markdownLine(names.map(() => '---')),
  row: (r) => markdownLine(cells(r)),
  tail: () => '',
};

/** For a terminal: the key columns in 100 columns, and where the others are. */
const text: RowFormat = { kind: 'stream', ...textRows };

const json: RowFormat = { kind: 'whole', render: (rows) => `${JSON.stringify({ agreements: rows }, null, 2)}\n` };

/** The HTML page draws its charts with libraries only it needs: loaded when it is asked for. */
const html: RowFormat = {
  kind: 'whole',
  render: async (rows, page) => (await import('./html.js')).overviewHtml(rows, page),
};

/** The overview formats by name; `overview --format` accepts exactly these. */
export const ROW_FORMATS = { text, csv, json, jsonl, html, markdown } as const satisfies Record<string, RowFormat>;
export type RowFormatName = keyof typeof ROW_FORMATS;
export const ROW_FORMAT_NAMES = Object.keys(ROW_FORMATS) as RowFormatName[];

/** The formats of the `--by` tables (a table of groups: no page of its own). */
export const GROUP_FORMAT_NAMES = ['text', 'csv', 'json', 'jsonl', 'markdown'] as const satisfies readonly RowFormatName[];
export type GroupFormatName = (typeof GROUP_FORMAT_NAMES)[number];

function groupColumns(by: Grouping): Array<readonly [string, (g: GroupRow) => string | number]> {
  return [
    [by, (g) => g.group],
    ...(by === 'party' ? [['classification', (g: GroupRow) => g.classification ?? ''] as const] : []),
    ['agreements', (g) => g.agreements],
    ...CATEGORIES.flatMap((c) => [
      [c, (g: GroupRow) => g.withCategory[c]] as const,
      [`${c} %`, (g: GroupRow) => percent(g.withCategory[c], g.agreements)] as const,
      // A year's group is its own year: only a Party's says since when.
      ...(by === 'party' ? [[`${c} since`, (g: GroupRow) => g.since[c] ?? ''] as const] : []),
    ]),
    ...VERDICTS.flatMap((v) => [
      [`verdict ${v}`, (g: GroupRow) => g.verdicts[v]] as const,
      [`verdict ${v} %`, (g: GroupRow) => percent(g.verdicts[v], g.agreements)] as const,
    ]),
  ];
}

const groupRecord = (by: Grouping, g: GroupRow) => ({
  [by]: g.group,
  ...(g.classification ? { classification: g.classification } : {}),
  agreements: g.agreements,
  categories: Object.fromEntries(
    CATEGORIES.map((c) => [c, { agreements: g.withCategory[c], share: percent(g.withCategory[c], g.agreements), ...(by === 'party' ? { since: g.since[c] } : {}) }]),
  ),
  verdicts: Object.fromEntries(VERDICTS.map((v) => [v, { agreements: g.verdicts[v], share: percent(g.verdicts[v], g.agreements) }])),
});

/** The `--by party|year` table in a format: per group, how many agreements have each category and verdict, and what share. */
export function groupTable(groups: readonly GroupRow[], by: Grouping, format: GroupFormatName): string {
  const columns = groupColumns(by);
  const header = columns.map(([name]) => name);
  const values = (g: GroupRow) => columns.map(([, read]) => read(g));
  switch (format) {
    case 'text':
      return groupText(groups, by);
    case 'csv':
      return UTF8_BOM + spreadsheetLine(header) + groups.map((g) => spreadsheetLine(values(g))).join('');
    case 'markdown':
      return markdownLine(header) + markdownLine(header.map(() => '---')) + groups.map((g) => markdownLine(values(g))).join('');
    case 'jsonl':
      return groups.map((g) => `${JSON.stringify(groupRecord(by, g))}\n`).join('');
    case 'json':
      return `${JSON.stringify({ by, groups: groups.map((g) => groupRecord(by, g)) }, null, 2)}\n`;
  }
}
