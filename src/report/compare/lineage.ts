import { MIN_TEMPLATE_CLAUSES, MIN_TEMPLATE_SHARE, type LineageEntry, type TemplateCandidate } from '../../compare/index.js';
import { alignedTable } from '../aligned-table.js';
import { cell } from '../markdown-cell.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** How the Markdown is laid out: `width`, the terminal's columns when it is printed to one (the table's rows fit it). */
export interface LineageLayout {
  width?: number;
}

/** The template lineage as Markdown: one row per agreement in order of signature, with its likeliest template. */
export function lineageMarkdown(entries: readonly LineageEntry[], layout: LineageLayout = {}): string {
  const withTemplate = entries.filter((e) => e.template);
  const undated = entries.filter((e) => e.undated);
  const namedYears = entries.some((e) => e.yearFromFileName !== undefined);
  const out = [
    '# Template lineage of cultural clauses',
    '',
    `${entries.length} agreement(s); ${withTemplate.length} repeat cultural clauses of an earlier one nearly word for word (at least 80% of three-word runs in common, same category), ` +
      `for at least ${MIN_TEMPLATE_CLAUSES} clauses and ${percent(MIN_TEMPLATE_SHARE)} of their cultural clauses.` +
      (undated.length > 0 ? ` ${undated.length} undated agreement(s) are listed without a template: with no date, which one copied which cannot be told.` : '') +
      (namedYears ? ` ${NAMED_YEAR_MARK} after a year: read from the file name, the text states no date; such an agreement is compared with those of other years only.` : ''),
    '',
  ];
  out.push(...(layout.width === undefined ? lineageTable(entries) : lineageTableFitted(entries, layout.width)), '');
  return out.join('\n');
}

/** After a year read from the file name, the text stating no date of signature (as in the overview). */
const NAMED_YEAR_MARK = '?';

/** When an agreement was signed: its date as `date` shows it, or the year its file name gives, marked. */
function signed(e: Pick<LineageEntry, 'dateSigned' | 'yearFromFileName'>, date: (iso: string) => string): string {
  if (e.dateSigned) return date(e.dateSigned);
  return e.yearFromFileName !== undefined ? `${e.yearFromFileName}${NAMED_YEAR_MARK}` : '';
}

/** The table's cells for one agreement: itself, its date, its clauses, then its template's (empty without one). */
function rowCells(e: LineageEntry, agreement: (title: string, id: string) => string, date: (iso: string) => string): string[] {
  const t = e.template;
  const template = t ? [agreement(t.title, t.documentId), signed(t, date), `${t.shared} of ${e.clauses} (${percent(t.share)})`] : ['—', '', ''];
  return [agreement(e.title, e.documentId), e.undated ? 'undated' : signed(e, date), String(e.clauses), ...template];
}

function lineageTable(entries: readonly LineageEntry[]): string[] {
  const rows = entries.map((e) => `| ${rowCells(e, (title, id) => `${cell(title)} (\`${id}\`)`, (iso) => iso).join(' | ')} |`);
  return ['| Agreement | Signed | Cultural clauses | Likeliest template | Signed | Clauses repeated |', '|---|---|---|---|---|---|', ...rows];
}

/**
 * The table aligned in `width` columns, as a terminal shows it: each agreement by its id and the year
 * it was signed (titles and whole dates are in the file's table and the JSON), an id cut short only
 * where the two agreement columns cannot both fit.
 */
function lineageTableFitted(entries: readonly LineageEntry[], width: number): string[] {
  const header = ['Agreement', 'Year', 'Clauses', 'Likeliest template', 'Year', 'Repeated'];
  const whole = entries.map((e) => rowCells(e, (_title, id) => id, (iso) => iso.slice(0, 4)));
  const widths = header.map((name, column) => Math.max(name.length, ...whole.map((row) => row[column]!.length)));
  const agreementColumns = [0, 3];
  // Each column costs its width and three characters of separator; the row one more for its closing bar.
  const fixed = widths.reduce((sum, w, column) => sum + (agreementColumns.includes(column) ? 0 : w), 0) + 3 * header.length + 1;
  const share = Math.max(header[3]!.length, Math.floor((width - fixed) / agreementColumns.length));
  for (const column of agreementColumns) widths[column] = Math.min(widths[column]!, share);
  return [...alignedTable(header, whole, widths), '', 'Agreements by id; titles and dates of signature: --out FILE.md or --format json.'];
}

function candidateJson(c: TemplateCandidate) {
  return { ...c, share: Number(c.share.toFixed(3)), pairs: c.pairs.map((p) => ({ ...p, similarity: Number(p.similarity.toFixed(3)) })) };
}

/** The lineage as JSON: each agreement with its template's shared clause pairs and the runners-up. */
export function lineageJson(entries: readonly LineageEntry[]): string {
  const out = entries.map((e) => ({ ...e, ...(e.template ? { template: candidateJson(e.template) } : {}), runnersUp: e.runnersUp.map(candidateJson) }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
