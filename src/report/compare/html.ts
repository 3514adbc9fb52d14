import type { ClauseLink, Comparison, DiffRun } from '../../compare/index.js';
import { NEAR_IDENTICAL } from '../../compare/index.js';
import type { Status } from '../../assess/types.js';
import type { AgreementDocument } from '../../model.js';
import type { AgreementParties } from '../../parties/index.js';
import { BRIEF_CSS } from '../brief/html-style.js';
import { FORCE_WORDS, ITEM_LABELS, locationWords, shortExcerpt, STATUS_WORDS, VERDICT_WORDS } from '../brief/words.js';
import { escapeHtml as esc } from '../html-escape.js';
import { changedItems, omittedWords, OUTCOME_WORDS, restsOnWords } from './markdown.js';
import { sideFacts } from './side-facts.js';

/** What the comparison adds to the brief's look: struck and added words, and a changed row marked. */
const COMPARE_CSS = `
del { background: #fde2e0; color: #8c1d18; }
ins { background: #dcf2e3; color: #14532d; text-decoration: none; font-weight: 600; }
tr.changed td:first-child { border-left: 4px solid var(--partial); }
.outcome { font-weight: 600; }
`;

const status = (s: Status) => `<span class="status ${s}">${STATUS_WORDS[s]}</span>`;
const quote = (s: string, max?: number) => esc(shortExcerpt(s, max)).replace(/«/g, '<mark>').replace(/»/g, '</mark>');
const percent = (share: number) => `${Math.round(share * 100)}%`;

function about(doc: AgreementDocument, parties: AgreementParties): string {
  const facts = sideFacts(doc, parties);
  return `${esc(doc.title || doc.id)} (<code>${esc(doc.source)}</code>)${facts.length ? ` — ${esc(facts.join(', '))}` : ''}`;
}

function diffHtml(runs: readonly DiffRun[]): string {
  return runs.map((run) => (run.op === 'removed' ? `<del>${esc(run.text)}</del>` : run.op === 'added' ? `<ins>${esc(run.text)}</ins>` : esc(run.text))).join(' ');
}

function clauseHtml(link: ClauseLink): string {
  const { left, right } = link;
  const force = (f: NonNullable<ClauseLink['left']>) => `<span class="force">${FORCE_WORDS[f.legalForce]}</span>`;
  if (link.outcome === 'same') {
    const moved = left!.location.articleNumber !== right!.location.articleNumber ? ` (moved: left ${esc(locationWords(left!.location))})` : '';
    return `<div class="where"><span class="outcome">${OUTCOME_WORDS.same}</span> — ${esc(locationWords(right!.location))}${moved}${force(right!)}</div><blockquote>${quote(right!.excerpt, 300)}</blockquote>`;
  }
  if (link.outcome === 'reworded') {
    return `<div class="where"><span class="outcome">${OUTCOME_WORDS.reworded}</span> (${percent(link.similarity)} of the wording shared) — left ${esc(locationWords(left!.location))}${force(left!)}; right ${esc(locationWords(right!.location))}${force(right!)}</div><blockquote>${diffHtml(link.diff ?? [])}</blockquote>`;
  }
  const finding = (left ?? right)!;
  return `<div class="where"><span class="outcome">${OUTCOME_WORDS[link.outcome]}</span> — ${esc(locationWords(finding.location))}${force(finding)}</div><blockquote>${quote(finding.excerpt)}</blockquote>`;
}

/** The comparison as one self-contained HTML page in the brief's look (inline CSS, no scripts, no external assets). */
export function comparisonHtml(left: AgreementDocument, right: AgreementDocument, c: Comparison): string {
  const title = `Comparison: ${left.title || left.id} ↔ ${right.title || right.id}`;
  const count = (outcome: ClauseLink['outcome']) => c.clauses.filter((l) => l.outcome === outcome).length;
  const rows = c.checklist
    .map((row) => `<tr class="${row.left !== row.right ? 'changed' : 'same'}"><td>${ITEM_LABELS[row.item]} ${esc(row.title)}</td><td>${status(row.left)}</td><td>${status(row.right)}</td></tr>`)
    .join('\n');
  const changed = changedItems(c.checklist)
    .map((row) => `<li>${ITEM_LABELS[row.item]} ${esc(row.title)}: left ${status(row.left)} (${esc(restsOnWords(row.leftRestsOn))}); right ${status(row.right)} (${esc(restsOnWords(row.rightRestsOn))})</li>`)
    .join('\n');
  const shared =
    c.shared.nearIdentical === 0
      ? 'No clause of one agreement recurs nearly word for word in the other.'
      : `Shared wording: ${c.shared.nearIdentical} clause(s) recur nearly word for word (at least ${percent(NEAR_IDENTICAL)} of three-word runs in common), ${percent(c.shared.share)} of the smaller side's clauses${c.shared.share >= 0.5 ? ' — the two agreements follow a common template' : ''}.`;
  const sections = c.categories
    .map((category) => {
      const links = c.clauses.filter((l) => l.category === category);
      return links.length === 0 ? '' : `<section class="item" id="${category}"><h3>${category}</h3>\n${links.map(clauseHtml).join('\n')}</section>`;
    })
    .filter(Boolean)
    .join('\n');
  const verdictChanged = c.ecommerce.left !== c.ecommerce.right;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${BRIEF_CSS}${COMPARE_CSS}</style></head>
<body><main>
<h1>${esc(title)}</h1>
<p class="meta">Left: ${about(left, c.parties.left)}<br>Right: ${about(right, c.parties.right)}</p>
<h2>At a glance</h2>
<p>Clauses compared (${esc(c.categories.join(', '))}): ${c.shared.leftClauses} in the left agreement, ${c.shared.rightClauses} in the right one — ${count('same')} with the same words, ${count('reworded')} reworded, ${count('left-only')} only in the left, ${count('right-only')} only in the right.</p>
<p>${shared}</p>
${c.omitted ? `<p class="meta">${esc(omittedWords(c.omitted))}</p>\n` : ''}${rows ? `<table><thead><tr><th>Item</th><th>Left</th><th>Right</th></tr></thead><tbody>\n${rows}\n</tbody></table>` : '<p>No checklist status changed.</p>'}
${changed ? `<p>Where the statuses differ, what each rests on:</p><ul>\n${changed}\n</ul>\n` : ''}<div class="verdict ${c.ecommerce.right}"><strong>E-commerce (para. 19.4):</strong> left — ${esc(VERDICT_WORDS[c.ecommerce.left])}; right — ${esc(VERDICT_WORDS[c.ecommerce.right])}${verdictChanged ? ' <strong>(changed)</strong>' : ''}.</div>
<h2>Clauses, category by category</h2>
${sections || `<p>${c.omitted ? 'No clause changed.' : 'Neither agreement has a clause in these categories.'}</p>`}
</main></body></html>
`;
}
