import type { AgreementDocument, Category, Finding } from '../model.js';
import { articleWording, NEAR_IDENTICAL, wordingSimilarity } from './wording.js';

/** One cultural clause of an agreement, kept as its three-word runs (the text itself is not needed). */
export interface ClausePrint {
  category: Category;
  articleNumber: string;
  shingles: Set<string>;
}

export interface LineageAgreement {
  documentId: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when known: only an agreement signed earlier can be another's template. */
  dateSigned?: string;
  clauses: ClausePrint[];
}

export interface LineageEntry {
  documentId: string;
  title: string;
  dateSigned?: string;
  clauses: number;
  /** The earlier agreement whose cultural clauses this one repeats most nearly word for word, if any. */
  template?: { documentId: string; title: string; dateSigned?: string; shared: number; share: number };
}

/** Three-word runs shared by more clauses than this are boilerplate ("the parties shall"): they propose no candidate. */
const COMMON_SHINGLE = 200;

/** The clauses of one scanned agreement in the categories asked for: the article of each finding. */
export function clausePrints(doc: AgreementDocument, findings: readonly Finding[], categories: ReadonlySet<string>): ClausePrint[] {
  return findings
    .filter((f) => categories.has(f.category))
    .map((f) => ({ category: f.category as Category, articleNumber: f.location.articleNumber, shingles: articleWording(doc.text, f.location).shingles }));
}

/**
 * For each agreement, the earlier one it shares most near-identical cultural clauses with (same
 * category, at least NEAR_IDENTICAL of three-word runs in common): its likeliest template. Ties go to
 * the most recent candidate. Agreements come out
 * in the order of signature, undated ones last; an undated agreement may take any other as template.
 */
export function lineage(agreements: readonly LineageAgreement[]): LineageEntry[] {
  const postings = new Map<string, Array<{ agreement: number; clause: number }>>();
  agreements.forEach((a, agreement) =>
    a.clauses.forEach((c, clause) => {
      for (const shingle of c.shingles) {
        let list = postings.get(shingle);
        if (!list) postings.set(shingle, (list = []));
        list.push({ agreement, clause });
      }
    }),
  );
  const entries = agreements.map((b, self) => {
    const entry: LineageEntry = { documentId: b.documentId, title: b.title, ...(b.dateSigned ? { dateSigned: b.dateSigned } : {}), clauses: b.clauses.length };
    // For each candidate agreement, the clauses of b that one of its clauses repeats nearly word for word.
    const repeated = new Map<number, Set<number>>();
    b.clauses.forEach((c, clauseIndex) => {
      const seen = new Set<string>();
      for (const shingle of c.shingles) {
        const list = postings.get(shingle);
        if (!list || list.length > COMMON_SHINGLE) continue;
        for (const { agreement, clause } of list) {
          const key = `${agreement}:${clause}`;
          if (agreement === self || seen.has(key) || !earlier(agreements[agreement]!, b)) continue;
          seen.add(key);
          const other = agreements[agreement]!.clauses[clause]!;
          if (other.category !== c.category || wordingSimilarity(other.shingles, c.shingles) < NEAR_IDENTICAL) continue;
          let set = repeated.get(agreement);
          if (!set) repeated.set(agreement, (set = new Set()));
          set.add(clauseIndex);
        }
      }
    });
    let best: { agreement: number; shared: number } | undefined;
    for (const [agreement, clauses] of repeated) {
      const better = !best || clauses.size > best.shared || (clauses.size === best.shared && (agreements[agreement]!.dateSigned ?? '') > (agreements[best.agreement]!.dateSigned ?? ''));
      if (better) best = { agreement, shared: clauses.size };
    }
    if (best) {
      const a = agreements[best.agreement]!;
      entry.template = { documentId: a.documentId, title: a.title, ...(a.dateSigned ? { dateSigned: a.dateSigned } : {}), shared: best.shared, share: best.shared / b.clauses.length };
    }
    return entry;
  });
  return entries.sort((x, y) => (x.dateSigned ?? '9999').localeCompare(y.dateSigned ?? '9999') || x.documentId.localeCompare(y.documentId));
}

/** Whether `a` may be `b`'s template: signed before it, or either date unknown. */
function earlier(a: LineageAgreement, b: LineageAgreement): boolean {
  return !a.dateSigned || !b.dateSigned || a.dateSigned < b.dateSigned;
}
