import type { Assessment } from '../../assess/types.js';
import { itemEvidence } from '../../assess/item-evidence.js';
import type { AgreementDocument, Finding, Provenance, ReviewOutcome } from '../../model.js';
import { escapeHtml } from '../html-escape.js';
import { BRIEF_CSS } from './html-style.js';
import { CHANGED_WORDS, changedSinceDecided, DECISION_WORDS, decisionWords, FORCE_WORDS, ITEM_LABELS, lapsedOrigin, lapsedPlace, locationWords, missingHereWords, missingPartsWords, partiesWords, unreadLanguageWords, provenanceWords, QUOTES_PER_ITEM, quoteTracker, reviewSummary, shortExcerpt, STATUS_WORDS, toDiscuss, unquotedWords, VERDICT_WORDS } from './words.js';

const esc = escapeHtml;
/** Escapes an excerpt, then turns its « » match marks into <mark>. */
const quote = (s: string) => esc(shortExcerpt(s)).replace(/«/g, '<mark>').replace(/»/g, '</mark>');
const status = (s: keyof typeof STATUS_WORDS) => `<span class="status ${s}">${STATUS_WORDS[s]}</span>`;

/** The negotiator's brief as one self-contained HTML page (inline CSS, no scripts, no external assets). */
export function briefHtml(doc: AgreementDocument, a: Assessment, review?: ReviewOutcome, provenance?: Provenance): string {
  const decided = (fingerprint: string) => {
    const mark = review?.decisions.get(fingerprint);
    return mark ? `<span class="decision ${mark.decision}">${esc(decisionWords(mark))}</span>${mark.note ? ` <em>${esc(mark.note)}</em>` : ''}` : '';
  };
  const rows = a.checklist
    .map((i) => `<tr><td><a href="#${i.item}">${ITEM_LABELS[i.item]}</a> ${esc(i.title)}</td><td>${status(i.status)}</td><td>${esc(i.oneLine)}</td></tr>`)
    .join('\n');
  const quotedBefore = quoteTracker();
  const missingHere = (names: string[]) => {
    const words = missingHereWords(names);
    return words ? `<p class="missing">${esc(words)}</p>` : '';
  };
  const items = a.checklist
    .map((i) => {
      const evidence = itemEvidence(i);
      const quotes = evidence
        .slice(0, QUOTES_PER_ITEM)
        .map((f) => {
          const earlier = quotedBefore(f.fingerprint, ITEM_LABELS[i.item] ?? i.item);
          if (earlier) return `<div class="where">${esc(locationWords(f.location))}<span class="force">${FORCE_WORDS[f.legalForce]}</span>${decided(f.fingerprint)} — quoted under ${esc(earlier)} above</div>`;
          return `<div class="where">${esc(locationWords(f.location))}<span class="force">${FORCE_WORDS[f.legalForce]}</span>${f.disputeSettlementExcluded ? '<span class="force">outside dispute settlement</span>' : ''}${decided(f.fingerprint)}</div><blockquote>${quote(f.excerpt)}</blockquote>`;
        })
        .join('\n');
      const more = evidence.length > QUOTES_PER_ITEM ? `<p class="where">${esc(unquotedWords(evidence.slice(QUOTES_PER_ITEM).map((f) => f.location)))}.</p>` : '';
      return `<section class="item" id="${i.item}"><h3>${ITEM_LABELS[i.item]} — ${esc(i.title)} ${status(i.status)}</h3>
<p class="reference">${esc(i.reference.summary)}</p><p>${esc(i.explanation)}</p>${missingHere(i.missingParts)}${quotes}${more}</section>`;
    })
    .join('\n');
  const listed = (title: string, entries: Array<{ finding: Finding; note?: string }>) =>
    entries.length === 0
      ? ''
      : `<h2>${title}</h2>\n<ul class="chain">${entries.map(({ finding, note }) => `<li><strong>${esc(locationWords(finding.location))}</strong> (${finding.category}): ${quote(finding.excerpt)}${note ? ` — <em>${esc(note)}</em>` : ''}</li>`).join('\n')}</ul>\n`;
  const changed = review ? changedSinceDecided(a, review).map(({ finding, mark }) => ({ finding, note: `was ${DECISION_WORDS[mark.decision]}${mark.note ? ` (${mark.note})` : ''}` })) : [];
  const lapsed =
    review && review.lapsed.length > 0
      ? `<h2>Decisions that no longer apply: their clause is gone from this draft</h2>\n<ul class="chain">${review.lapsed.map((d) => `<li><strong>${esc(lapsedPlace(d))}</strong> (${esc(d.category)}): was ${esc(DECISION_WORDS[d.decision])}${d.note ? ` — <em>${esc(d.note)}</em>` : ''}; ${esc(lapsedOrigin(d))}</li>`).join('\n')}</ul>\n`
      : '';
  const reviewed = review
    ? listed(`Decisions to make again: ${CHANGED_WORDS}`, changed) + lapsed + listed('To discuss with the delegation', toDiscuss(a, review)) + listed('Dismissed in review (left out of the assessment)', review.dismissed)
    : '';
  const chain = a.ecommerce.evidence.map((s) => `<li><strong>${esc(locationWords(s))}</strong>: ${esc(s.shows)}</li>`).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cultural brief: ${esc(doc.title || doc.id)}</title><style>${BRIEF_CSS}</style></head>
<body><main>
<h1>Cultural brief: ${esc(doc.title || doc.id)}</h1>
<p class="meta">${esc(partiesWords(a.parties))}</p>
${a.unreadLanguage ? `<p class="missing">${esc(unreadLanguageWords(a.unreadLanguage) ?? '')}</p>\n` : ''}${a.missingParts.length > 0 ? `<p class="missing">${esc(missingPartsWords(a.missingParts) ?? '')}</p>\n` : ''}${provenance ? `<p class="meta">${esc(provenanceWords(provenance))}</p>\n` : ''}<p class="meta">${a.findings.length} finding(s) · assessed against the 2005 Convention (Arts. 16, 21) and the digital guidelines (paras. 18–19)</p>
${review ? `<p class="meta">${esc(reviewSummary(a, review))}</p>\n` : ''}<h2>At a glance</h2>
<table><thead><tr><th>Item</th><th>Status</th><th>In one line</th></tr></thead><tbody>
${rows}
</tbody></table>
<div class="verdict ${a.ecommerce.verdict}"><strong>E-commerce (para. 19.4): ${esc(VERDICT_WORDS[a.ecommerce.verdict])}.</strong><br>${esc(a.ecommerce.explanation)}${missingHere(a.missingParts.filter((p) => p.verdict).map((p) => p.name))}</div>
<h2>Item by item</h2>
${items}
<h2>E-commerce evidence chain</h2>
${chain ? `<ol class="chain">${chain}</ol>` : '<p>No e-commerce provisions or cultural carve-outs to chain.</p>'}
${reviewed}</main></body></html>
`;
}
