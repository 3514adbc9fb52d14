import type { AssessedFinding } from '../../assess/types.js';
import type { Comparison } from '../../compare/index.js';
import type { AgreementDocument } from '../../model.js';
import type { AgreementParties } from '../../parties/index.js';
import { partyCodes } from './side-facts.js';

function side(doc: AgreementDocument, parties: AgreementParties) {
  return { documentId: doc.id, source: doc.source, title: doc.title, parties: partyCodes(parties), partiesFrom: parties.from, dateSigned: doc.meta.dateSigned ?? null, ...(doc.unread?.whole ? { unreadLanguage: doc.unread.language } : {}) };
}

function clause(f: AssessedFinding | undefined) {
  if (!f) return null;
  return { fingerprint: f.fingerprint, articleNumber: f.location.articleNumber, articleId: f.location.articleId ?? null, path: f.location.path, page: f.location.page ?? null, legalForce: f.legalForce, excerpt: f.excerpt };
}

/** The comparison as JSON: both agreements, the checklist side by side, and each aligned clause pair. */
export function comparisonJson(left: AgreementDocument, right: AgreementDocument, c: Comparison): string {
  const out = {
    left: side(left, c.parties.left),
    right: side(right, c.parties.right),
    categories: c.categories,
    shared: { ...c.shared, share: Number(c.shared.share.toFixed(3)) },
    checklist: c.checklist.map((row) => ({ ...row, changed: row.left !== row.right })),
    ecommerce: { ...c.ecommerce, changed: c.ecommerce.left !== c.ecommerce.right },
    ...(c.omitted ? { changesOnly: true, omitted: c.omitted } : {}),
    clauses: c.clauses.map((link) => ({
      category: link.category,
      outcome: link.outcome,
      similarity: Number(link.similarity.toFixed(3)),
      left: clause(link.left),
      right: clause(link.right),
      diff: link.diff ?? null,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
