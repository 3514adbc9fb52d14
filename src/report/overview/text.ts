import { VERDICTS, type Verdict } from '../../assess/types.js';
import { CATEGORIES, type Category } from '../../model.js';
import { percent, type Grouping, type GroupRow } from './aggregate.js';
import { cutToWidth } from '../cut-to-width.js';
import type { AgreementRow } from './row.js';

/**
 * The overview for a terminal: a table of the key columns that fits 100 columns — which agreement,
 * when, who, how many findings of each category, the e-commerce verdict — and, under it, what the
 * short headings stand for and where the other columns are (titles, full dates, the nine checklist
 * statuses, missing parts: csv, html, markdown, json). Columns have fixed widths, so rows are
 * written as agreements finish; a longer cell is cut with `…`.
 */

/** Two letters per category, in the order of the guide, for columns three characters wide. */
const CATEGORY_CODES: Record<Category, string> = {
  'convention-reference': 'CR',
  'cultural-exemption': 'CE',
  ecommerce: 'EC',
  'cultural-cooperation': 'CC',
  'preferential-treatment': 'PT',
  'policy-space': 'PS',
  'international-coordination': 'IC',
};

const VERDICT_CODES: Record<Verdict, string> = { covered: 'cov', 'partly-covered': 'part', 'not-covered': 'not', 'no-ecommerce': 'none', undetermined: 'und' };

const ID_WIDTH = 28;
const PARTIES_WIDTH = 20;
const COUNT_WIDTH = 4;
const DEVELOPING_MARK = '*';
/** After a year read from the file name, the text stating no date of signature. */
const NAMED_YEAR_MARK = '?';
/** Under the row of an agreement whose file ends before it does. */
const CUT_SHORT_LINE = 'the file is cut short: its counts and verdict are of the part it holds';
/** Under the row of an agreement written in a language the rules do not read. */
const UNREAD_LINE = (code: string) => `written in a language the rules do not read (${code}): und where a status or verdict would say absent`;
/** The languages the rules read. */
const READ_LANGUAGES = new Set(['en', 'fr', 'es']);
/** The widest line of the table: a terminal of 100 columns shows every line whole. */
const TABLE_WIDTH = 100;

const left = (text: string, width: number) => cutToWidth(text, width).padEnd(width);
const right = (text: string | number, width: number) => cutToWidth(String(text), width).padStart(width);

/**
 * The Parties as the agreement names them — a group by its id, once for its members (`EU`), a State by
 * its code — marked developing (a group when any member is), as many as fit and then how many more.
 */
function partiesCell(row: AgreementRow): string {
  const developing = new Map<string, boolean>();
  for (const party of row.parties) {
    const name = party.group ?? party.code;
    developing.set(name, (developing.get(name) ?? false) || party.status === 'developing');
  }
  const names = [...developing].map(([name, isDeveloping]) => (isDeveloping ? `${name}${DEVELOPING_MARK}` : name));
  for (let shown = names.length; shown > 0; shown--) {
    const more = names.length - shown;
    const cell = names.slice(0, shown).join(' ') + (more > 0 ? ` +${more}` : '');
    if (cell.length <= PARTIES_WIDTH) return cell;
  }
  return names.length > 0 ? `+${names.length}` : '';
}

/** What the category headings stand for, in lines under a table. */
function categoryLegend(lead: string): string[] {
  const named = CATEGORIES.map((c) => `${CATEGORY_CODES[c]} ${c}`);
  return [`${lead}:`, `  ${named.slice(0, 4).join(', ')},`, `  ${named.slice(4).join(', ')}.`];
}

function rowHead(): string {
  const categories = CATEGORIES.map((c) => right(CATEGORY_CODES[c], COUNT_WIDTH)).join('');
  return `${left('agreement', ID_WIDTH)} ${left('year', 4)}  ${left('parties', PARTIES_WIDTH)}${categories}  e-commerce\n`;
}

function rowLine(row: AgreementRow): string {
  const year = row.year === null ? '' : `${row.year}${row.yearFrom ? NAMED_YEAR_MARK : ''}`;
  const start = `${left(row.id, ID_WIDTH)} ${left(year, 5)} `;
  const counts = CATEGORIES.map((c) => right(row.findings[c], COUNT_WIDTH)).join('');
  const rest = row.errors.length > 0 ? cutToWidth(`could not be read: ${row.errors.join('; ')}`, TABLE_WIDTH - start.length) : `${left(partiesCell(row), PARTIES_WIDTH)}${counts}  ${row.verdict ?? ''}`;
  const unread = row.language !== null && !READ_LANGUAGES.has(row.language) ? `${' '.repeat(ID_WIDTH + 1)}${UNREAD_LINE(row.language)}\n` : '';
  return `${`${start}${rest}`.trimEnd()}\n${row.cutShort ? `${' '.repeat(ID_WIDTH + 1)}${CUT_SHORT_LINE}\n` : ''}${unread}`;
}

function rowTail(): string {
  return [
    '',
    ...categoryLegend('Findings per category'),
    `Parties: ${DEVELOPING_MARK} developing. ${NAMED_YEAR_MARK} after a year: read from the file name, the text states no date.`,
    'Titles, dates of signature, the nine checklist statuses and the parts a text lacks:',
    '--format csv, html, markdown or json (or --out overview.csv); per Party or year: --by.',
    '',
  ].join('\n');
}

/** The row table's three parts, as the streamed overview formats give them. */
export const textRows = { head: rowHead, row: rowLine, tail: rowTail };

/** `--by party|year` for a terminal: per group, how many agreements and what share has each category and verdict. */
export function groupText(groups: readonly GroupRow[], by: Grouping): string {
  const share = (part: number, whole: number) => `${Math.round(percent(part, whole))}%`;
  const groupWidth = Math.max(by.length, ...groups.map((g) => g.group.length + (g.classification === 'developing' ? 1 : 0)));
  const name = (g: GroupRow) => (g.classification === 'developing' ? `${g.group}${DEVELOPING_MARK}` : g.group);
  const SHARE_WIDTH = 5;
  const head =
    `${left(by, groupWidth)} ${right('agreements', 10)} ` +
    CATEGORIES.map((c) => right(CATEGORY_CODES[c], SHARE_WIDTH)).join('') +
    '  ' +
    VERDICTS.map((v) => right(VERDICT_CODES[v], SHARE_WIDTH)).join('');
  const lines = groups.map(
    (g) =>
      `${left(name(g), groupWidth)} ${right(g.agreements, 10)} ` +
      CATEGORIES.map((c) => right(share(g.withCategory[c], g.agreements), SHARE_WIDTH)).join('') +
      '  ' +
      VERDICTS.map((v) => right(share(g.verdicts[v], g.agreements), SHARE_WIDTH)).join(''),
  );
  const verdictLegend = VERDICTS.map((v) => `${VERDICT_CODES[v]} ${v}`).join(', ');
  return [
    head,
    ...lines,
    '',
    ...categoryLegend(`Share of each ${by === 'party' ? "Party's" : "year's"} agreements with each category`),
    'Then the share with each e-commerce verdict:',
    `  ${verdictLegend}.`,
    ...(by === 'party' ? [`Parties: ${DEVELOPING_MARK} developing.`] : []),
    `How many agreements${by === 'party' ? ', the first year with each category' : ''}: --format csv, markdown or json.`,
    '',
  ].join('\n');
}
