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
  /**
   * With no date of signature, the year the file name gives ("eu-georgia-2014.txt": a text published
   * without its final clause): the agreement is then placed by year alone, so only one of an earlier
   * year can be its template, and it only of one of a later year.
   */
  yearFromFileName?: number;
  clauses: ClausePrint[];
}

/** A clause of the later agreement and the clause of the earlier one it repeats nearly word for word. */
export interface SharedClause {
  category: Category;
  /** The article in the later agreement. */
  articleNumber: string;
  /** The article in the earlier agreement. */
  templateArticleNumber: string;
  /** Share of three-word runs in common, 0 to 1. */
  similarity: number;
}

/** An earlier agreement some of whose cultural clauses the later one repeats. */
export interface TemplateCandidate {
  documentId: string;
  title: string;
  dateSigned?: string;
  yearFromFileName?: number;
  /** How many of the later agreement's clauses it repeats. */
  shared: number;
  /** shared over the later agreement's clauses. */
  share: number;
  pairs: SharedClause[];
}

export interface LineageEntry {
  documentId: string;
  title: string;
  dateSigned?: string;
  yearFromFileName?: number;
  /** True when neither a date of signature nor a year in the file name is known: such an agreement neither has nor is a template. */
  undated?: boolean;
  clauses: number;
  /** The earlier agreement whose cultural clauses this one repeats most, when it repeats a real share of them (see isTemplate). */
  template?: TemplateCandidate;
  /** The next candidates, best first (at most RUNNERS_UP), including a best one too weak to be the template. */
  runnersUp: TemplateCandidate[];
}

/**
 * A template must account for a real share of the later agreement's cultural clauses: at least this
 * many of them, and at least this share. One boilerplate clause in common out of eighteen is not descent.
 */
export const MIN_TEMPLATE_CLAUSES = 2;
export const MIN_TEMPLATE_SHARE = 1 / 3;
const RUNNERS_UP = 3;

/** Whether a candidate repeats enough of an agreement's clauses to be called its template. */
export function isTemplate(candidate: Pick<TemplateCandidate, 'shared' | 'share'>): boolean {
  return candidate.shared >= MIN_TEMPLATE_CLAUSES && candidate.share >= MIN_TEMPLATE_SHARE;
}

/** Three-word runs shared by more clauses than this are boilerplate ("the parties shall"): they propose no candidate. */
const COMMON_SHINGLE = 200;

/** The clauses of one scanned agreement in the categories asked for: the article of each finding. */
export function clausePrints(doc: AgreementDocument, findings: readonly Finding[], categories: ReadonlySet<string>): ClausePrint[] {
  return findings
    .filter((f) => categories.has(f.category))
    .map((f) => ({ category: f.category, articleNumber: f.location.articleNumber, shingles: articleWording(doc.text, f.location).shingles }));
}

/**
 * For each dated agreement, the earlier one it shares most near-identical cultural clauses with (same
 * category, at least NEAR_IDENTICAL of three-word runs in common), when that is a real share of its
 * clauses (isTemplate): its likeliest template. Ties go to the most recent candidate. Undated agreements
 * are listed as undated and never compared: without dates, which copied which cannot be told.
 * Agreements come out in the order of signature (one dated by its file name's year first in that year), undated ones last.
 */
export function lineage(agreements: readonly LineageAgreement[]): LineageEntry[] {
  const postings = new Map<string, Array<{ agreement: number; clause: number }>>();
  agreements.forEach((a, agreement) => {
    if (!isDated(a)) return;
    a.clauses.forEach((c, clause) => {
      for (const shingle of c.shingles) {
        let list = postings.get(shingle);
        if (!list) postings.set(shingle, (list = []));
        list.push({ agreement, clause });
      }
    });
  });
  const entries = agreements.map((b, self): LineageEntry => {
    const base = { documentId: b.documentId, title: b.title, clauses: b.clauses.length, runnersUp: [] as TemplateCandidate[] };
    if (!isDated(b)) return { ...base, undated: true };
    // For each candidate agreement: each clause of b it repeats, with its best-matching clause there.
    const repeated = new Map<number, Map<number, { clause: number; similarity: number }>>();
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
          if (other.category !== c.category) continue;
          const similarity = wordingSimilarity(other.shingles, c.shingles);
          if (similarity < NEAR_IDENTICAL) continue;
          let matches = repeated.get(agreement);
          if (!matches) repeated.set(agreement, (matches = new Map()));
          const known = matches.get(clauseIndex);
          if (!known || similarity > known.similarity) matches.set(clauseIndex, { clause, similarity });
        }
      }
    });
    const candidates = [...repeated].map(([agreement, matches]): TemplateCandidate => {
      const a = agreements[agreement]!;
      const pairs = [...matches]
        .sort(([x], [y]) => x - y)
        .map(([clauseIndex, m]) => {
          const mine = b.clauses[clauseIndex]!;
          return { category: mine.category, articleNumber: mine.articleNumber, templateArticleNumber: a.clauses[m.clause]!.articleNumber, similarity: m.similarity };
        });
      return { documentId: a.documentId, title: a.title, ...dating(a), shared: matches.size, share: matches.size / b.clauses.length, pairs };
    });
    candidates.sort((x, y) => y.shared - x.shared || orderKey(y).localeCompare(orderKey(x)) || x.documentId.localeCompare(y.documentId));
    const best = candidates[0];
    const template = best && isTemplate(best) ? best : undefined;
    const runnersUp = candidates.slice(template ? 1 : 0, (template ? 1 : 0) + RUNNERS_UP);
    return { documentId: b.documentId, title: b.title, ...dating(b), clauses: b.clauses.length, ...(template ? { template } : {}), runnersUp };
  });
  return entries.sort((x, y) => (isDated(x) ? orderKey(x) : '9999').localeCompare(isDated(y) ? orderKey(y) : '9999') || x.documentId.localeCompare(y.documentId));
}

type Dating = Pick<LineageAgreement, 'dateSigned' | 'yearFromFileName'>;

function isDated(a: Dating): boolean {
  return a.dateSigned !== undefined || a.yearFromFileName !== undefined;
}

function dating(a: Dating): Dating {
  if (a.dateSigned !== undefined) return { dateSigned: a.dateSigned };
  return a.yearFromFileName !== undefined ? { yearFromFileName: a.yearFromFileName } : {};
}

/** A sortable key: the ISO date, or the bare year, which sorts before every date of that year. */
function orderKey(a: Dating): string {
  return a.dateSigned ?? (a.yearFromFileName !== undefined ? String(a.yearFromFileName) : '');
}

function yearOf(a: Dating): number | undefined {
  return a.dateSigned !== undefined ? Number(a.dateSigned.slice(0, 4)) : a.yearFromFileName;
}

/**
 * Whether `a` may be `b`'s template: `a` signed first. Two dates compare as dates; where one is only a
 * year from a file name, `a` must be of an earlier year: within the same year, which came first is unknown.
 */
function earlier(a: LineageAgreement, b: LineageAgreement): boolean {
  if (a.dateSigned !== undefined && b.dateSigned !== undefined) return a.dateSigned < b.dateSigned;
  const [yearA, yearB] = [yearOf(a), yearOf(b)];
  return yearA !== undefined && yearB !== undefined && yearA < yearB;
}
