import type { ChecklistRow, ClauseLink, Comparison, DiffRun } from '../../compare/index.js';
import { NEAR_IDENTICAL } from '../../compare/index.js';
import type { AgreementDocument } from '../../model.js';
import type { AgreementParties } from '../../parties/index.js';
import { IN_SENTENCE, placeName } from '../../place-names.js';
import { alignedTable } from '../aligned-table.js';
import { ITEM_LABELS, locationWords, shortExcerpt, STATUS_WORDS, VERDICT_WORDS } from '../brief/words.js';
import { sideFacts } from './side-facts.js';

/** A run of unchanged words longer than this is cut to its ends, so that the changes stand out. */
const KEPT_CONTEXT_WORDS = 12;

/** How a clause's pairing is named, in the markdown and the HTML comparison alike. */
export const OUTCOME_WORDS: Record<ClauseLink['outcome'], string> = {
  same: 'Same words',
  reworded: 'Reworded',
  'left-only': 'Only in the left agreement',
  'right-only': 'Only in the right agreement',
};

/** Said when the comparison was cut to its changes, so that a short report is not read as a short agreement. */
export function omittedWords(omitted: NonNullable<Comparison['omitted']>): string {
  return `Changes only: ${omitted.items} checklist item(s) with the same status and ${omitted.clauses} clause(s) with the same words are left out.`;
}

/** The articles a status rests on, in words: "Article 2.3, the preamble", or that none does. */
export function restsOnWords(articles: readonly string[]): string {
  return articles.length === 0 ? 'no clause' : articles.map((n) => placeName(n, IN_SENTENCE)).join(', ');
}

/** The checklist items whose status differs, each with the clauses each side's status rests on. */
export function changedItems(rows: readonly ChecklistRow[]): ChecklistRow[] {
  return rows.filter((row) => row.left !== row.right);
}

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function about(doc: AgreementDocument, parties: AgreementParties): string {
  const facts = sideFacts(doc, parties);
  return `${doc.title || doc.id} (\`${doc.source}\`)${facts.length ? ` — ${facts.join(', ')}` : ''}`;
}

/** The diff inline: removed words struck through, added words in bold, long unchanged stretches cut short. */
function diffMarkdown(runs: readonly DiffRun[]): string {
  return runs
    .map((run, n) => {
      if (run.op === 'removed') return `~~${run.text}~~`;
      if (run.op === 'added') return `**${run.text}**`;
      const words = run.text.split(' ');
      if (words.length <= 2 * KEPT_CONTEXT_WORDS) return run.text;
      const head = n === 0 ? ['…'] : words.slice(0, KEPT_CONTEXT_WORDS).concat('…');
      const tail = n === runs.length - 1 ? [] : words.slice(-KEPT_CONTEXT_WORDS);
      return [...head, ...tail].join(' ');
    })
    .join(' ');
}

function clauseLines(link: ClauseLink): string[] {
  const { left, right } = link;
  if (link.outcome === 'same') {
    const moved = left!.location.articleNumber !== right!.location.articleNumber ? ` (moved: left ${locationWords(left!.location)})` : '';
    return [`- **${OUTCOME_WORDS.same}** — ${locationWords(right!.location)}${moved}: “${shortExcerpt(right!.excerpt, 200)}”`];
  }
  if (link.outcome === 'reworded') {
    return [
      `- **${OUTCOME_WORDS.reworded}** (${percent(link.similarity)} of the wording shared) — left ${locationWords(left!.location)}; right ${locationWords(right!.location)}`,
      `  ${diffMarkdown(link.diff ?? [])}`,
    ];
  }
  const finding = (left ?? right)!;
  return [`- **${OUTCOME_WORDS[link.outcome]}** — ${locationWords(finding.location)}: “${shortExcerpt(finding.excerpt)}”`];
}

/**
 * The checklist side by side, a row per item, a status that differs in bold. Given a width (a terminal's),
 * the columns are aligned and each row fits it, the item's title cut short where it must be.
 */
function checklistTable(rows: readonly ChecklistRow[], width: number | undefined): string[] {
  const cells = rows.map((row) => {
    const mark = (status: typeof row.left) => (row.left !== row.right ? `**${STATUS_WORDS[status]}**` : STATUS_WORDS[status]);
    return [`${ITEM_LABELS[row.item]} ${row.title}`, mark(row.left), mark(row.right)] as const;
  });
  const head = ['Item', 'Left', 'Right'] as const;
  if (width === undefined) return [`| ${head.join(' | ')} |`, '|---|---|---|', ...cells.map((cell) => `| ${cell.join(' | ')} |`)];
  const statusWidth = Math.max(head[2].length, ...cells.flatMap(([, l, r]) => [l.length, r.length]));
  // A row is "| item | left | right |": ten characters of bars and spaces around the three cells.
  const itemWidth = Math.min(Math.max(...cells.map(([item]) => item.length)), width - 10 - 2 * statusWidth);
  return alignedTable(head, cells, [itemWidth, statusWidth, statusWidth]);
}

/** How the Markdown is laid out: `width`, the terminal's columns when it is printed to one (the checklist's rows fit it). */
export interface MarkdownLayout {
  width?: number;
}

/** The side-by-side comparison as Markdown: what changed first, then every clause with its counterpart. */
export function comparisonMarkdown(left: AgreementDocument, right: AgreementDocument, c: Comparison, options: MarkdownLayout = {}): string {
  const count = (outcome: ClauseLink['outcome']) => c.clauses.filter((l) => l.outcome === outcome).length;
  const out = [`# Comparison: ${left.title || left.id} ↔ ${right.title || right.id}`, '', `- Left: ${about(left, c.parties.left)}`, `- Right: ${about(right, c.parties.right)}`, ''];
  out.push(
    '## At a glance',
    '',
    `Clauses compared (${c.categories.join(', ')}): ${c.shared.leftClauses} in the left agreement, ${c.shared.rightClauses} in the right one — ` +
      `${count('same')} with the same words, ${count('reworded')} reworded, ${count('left-only')} only in the left, ${count('right-only')} only in the right.`,
    '',
    c.shared.nearIdentical === 0
      ? 'No clause of one agreement recurs nearly word for word in the other.'
      : `Shared wording: ${c.shared.nearIdentical} clause(s) recur nearly word for word (at least ${percent(NEAR_IDENTICAL)} of three-word runs in common), ` +
          `${percent(c.shared.share)} of the smaller side's clauses${c.shared.share >= 0.5 ? ' — the two agreements follow a common template' : ''}.`,
    '',
  );
  if (c.checklist.length === 0) out.push('No checklist status changed.');
  else out.push(...checklistTable(c.checklist, options.width));
  const changed = changedItems(c.checklist);
  if (changed.length > 0) {
    out.push('', 'Where the statuses differ, what each rests on:', '');
    for (const row of changed) {
      out.push(`- ${ITEM_LABELS[row.item]} ${row.title}: left **${STATUS_WORDS[row.left]}** (${restsOnWords(row.leftRestsOn)}); right **${STATUS_WORDS[row.right]}** (${restsOnWords(row.rightRestsOn)})`);
    }
  }
  out.push('', `**E-commerce (para. 19.4):** left — ${VERDICT_WORDS[c.ecommerce.left]}; right — ${VERDICT_WORDS[c.ecommerce.right]}.`, '');
  if (c.omitted) out.push(omittedWords(c.omitted), '');
  out.push('## Clauses, category by category', '');
  for (const category of c.categories) {
    const links = c.clauses.filter((l) => l.category === category);
    if (links.length === 0) continue;
    out.push(`### ${category}`, '');
    for (const link of links) out.push(...clauseLines(link));
    out.push('');
  }
  if (c.clauses.length === 0) out.push(c.omitted ? 'No clause changed.' : 'Neither agreement has a clause in these categories.', '');
  return out.join('\n');
}
