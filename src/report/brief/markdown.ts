import type { Assessment } from '../../assess/types.js';
import { itemEvidence } from '../../assess/item-evidence.js';
import type { AgreementDocument, Provenance, ReviewOutcome } from '../../model.js';
import { CHANGED_WORDS, changedSinceDecided, DECISION_WORDS, decisionWords, FORCE_WORDS, ITEM_LABELS, lapsedOrigin, lapsedPlace, locationWords, missingHereWords, missingPartsWords, partiesWords, unreadLanguageWords, provenanceWords, QUOTES_PER_ITEM, quoteTracker, reviewSummary, shortExcerpt, STATUS_WORDS, toDiscuss, unquotedWords, VERDICT_WORDS } from './words.js';

/** The negotiator's brief as Markdown: one-screen summary first, then each item with quotes and locations. */
export function briefMarkdown(doc: AgreementDocument, a: Assessment, review?: ReviewOutcome, provenance?: Provenance): string {
  const out: string[] = [`# Cultural brief: ${doc.title || doc.id}`, ''];
  out.push(partiesWords(a.parties), '');
  const unread = unreadLanguageWords(a.unreadLanguage);
  if (unread) out.push(`**${unread}**`, '');
  const missing = missingPartsWords(a.missingParts);
  if (missing) out.push(`**${missing}**`, '');
  if (provenance) out.push(`_${provenanceWords(provenance)}_`, '');
  if (review) out.push(`_${reviewSummary(a, review)}_`, '');
  const decided = (fingerprint: string) => {
    const mark = review?.decisions.get(fingerprint);
    return mark ? ` — **${decisionWords(mark)}**${mark.note ? `: ${mark.note}` : ''}` : '';
  };
  out.push('## At a glance', '', '| Item | Status | In one line |', '|---|---|---|');
  for (const i of a.checklist) out.push(`| ${ITEM_LABELS[i.item]} ${i.title} | **${STATUS_WORDS[i.status]}** | ${i.oneLine} |`);
  out.push('', `**E-commerce (para. 19.4):** ${VERDICT_WORDS[a.ecommerce.verdict]}.`, '', a.ecommerce.explanation, '');
  const verdictMissing = missingHereWords(a.missingParts.filter((p) => p.verdict).map((p) => p.name));
  if (verdictMissing) out.push(`_${verdictMissing}_`, '');
  const quotedBefore = quoteTracker();
  for (const i of a.checklist) {
    out.push(`## ${ITEM_LABELS[i.item]} — ${i.title}: ${STATUS_WORDS[i.status]}`, '', `> ${i.reference.summary}`, '', i.explanation, '');
    const itemMissing = missingHereWords(i.missingParts);
    if (itemMissing) out.push(`_${itemMissing}_`, '');
    const evidence = itemEvidence(i);
    for (const f of evidence.slice(0, QUOTES_PER_ITEM)) {
      const earlier = quotedBefore(f.fingerprint, ITEM_LABELS[i.item] ?? i.item);
      if (earlier) {
        out.push(`- ${locationWords(f.location)} (${FORCE_WORDS[f.legalForce]}): quoted under ${earlier} above${decided(f.fingerprint)}`);
        continue;
      }
      out.push(`- ${locationWords(f.location)} (${FORCE_WORDS[f.legalForce]}${f.disputeSettlementExcluded ? ', outside dispute settlement' : ''}): “${shortExcerpt(f.excerpt)}”${decided(f.fingerprint)}`);
    }
    if (evidence.length > QUOTES_PER_ITEM) out.push(`- ${unquotedWords(evidence.slice(QUOTES_PER_ITEM).map((f) => f.location))}`);
    if (evidence.length > 0) out.push('');
  }
  out.push('## E-commerce evidence chain', '');
  if (a.ecommerce.evidence.length === 0) out.push('No e-commerce provisions or cultural carve-outs to chain.', '');
  a.ecommerce.evidence.forEach((s, n) => out.push(`${n + 1}. ${locationWords(s)}: ${s.shows}`));
  out.push('');
  if (review) {
    const changed = changedSinceDecided(a, review);
    if (changed.length > 0) {
      out.push(`## Decisions to make again: ${CHANGED_WORDS}`, '');
      for (const { finding, mark } of changed) out.push(`- ${locationWords(finding.location)} (${finding.category}): was **${DECISION_WORDS[mark.decision]}**${mark.note ? ` (${mark.note})` : ''}; now reads “${shortExcerpt(finding.excerpt)}”`);
      out.push('');
    }
    if (review.lapsed.length > 0) {
      out.push(`## Decisions that no longer apply: their clause is gone from this draft`, '');
      for (const d of review.lapsed) out.push(`- ${lapsedPlace(d)} (${d.category}): was **${DECISION_WORDS[d.decision]}**${d.note ? ` (${d.note})` : ''}; ${lapsedOrigin(d)}`);
      out.push('');
    }
    const discuss = toDiscuss(a, review);
    if (discuss.length > 0) {
      out.push('## To discuss with the delegation', '');
      for (const { finding, note } of discuss) out.push(`- ${locationWords(finding.location)} (${finding.category}): “${shortExcerpt(finding.excerpt)}”${note ? ` — ${note}` : ''}`);
      out.push('');
    }
    if (review.dismissed.length > 0) {
      out.push('## Dismissed in review (left out of the assessment)', '');
      for (const { finding, note } of review.dismissed) out.push(`- ${locationWords(finding.location)} (${finding.category}): “${shortExcerpt(finding.excerpt, 200)}”${note ? ` — ${note}` : ''}`);
      out.push('');
    }
  }
  return out.join('\n');
}
