import { CHECKLIST_ITEMS } from '../../assess/types.js';
import { CATEGORIES } from '../../model.js';
import type { AgreementRow } from './row.js';

/** Parties as one cell: `AUS (developed); CHL (developing)`. */
export const partiesCell = (row: AgreementRow) => row.parties.map((p) => `${p.code} (${p.status})`).join('; ');

/** The flat columns of a row, for the table formats (CSV, Markdown): names and how to read each from a row. */
export const ROW_COLUMNS: ReadonlyArray<readonly [string, (row: AgreementRow) => string | number]> = [
  ['id', (r) => r.id],
  ['title', (r) => r.title ?? ''],
  ['source', (r) => r.source],
  ['parties', partiesCell],
  ['dateSigned', (r) => r.dateSigned ?? ''],
  ['year', (r) => r.year ?? ''],
  ['yearFrom', (r) => r.yearFrom ?? ''],
  ['language', (r) => r.language ?? ''],
  ...CATEGORIES.map((c) => [c, (r: AgreementRow) => (r.errors.length > 0 ? '' : r.findings[c])] as const),
  ...CHECKLIST_ITEMS.map((item) => [item, (r: AgreementRow) => r.checklist?.[item] ?? ''] as const),
  ['ecommerceVerdict', (r) => r.verdict ?? ''],
  ['missing', (r) => r.missing.join('; ')],
  ['cutShort', (r) => (r.cutShort ? 'true' : '')],
  ['brief', (r) => r.brief ?? ''],
  ['errors', (r) => r.errors.join('; ')],
];
