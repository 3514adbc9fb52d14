import { shownLanguage } from '../../shown-language.js';
import { basename, extname } from 'node:path';
import { CHECKLIST_ITEMS, type ChecklistItemId, type Status, type Verdict } from '../../assess/types.js';
import type { Assessment } from '../../assess/types.js';
import { CATEGORIES, type AgreementDocument, type Category, type PartyStatus } from '../../model.js';
import { rowYear } from './year.js';

/** A Party of an agreement with the side of Article 16 it counts on. */
export interface RowParty {
  code: string;
  status: PartyStatus;
  /** The id of the group the agreement names it by (`EU` for a member State of a European Union agreement). */
  group?: string;
}

/**
 * One agreement of the overview: who, when, what was found and how it was assessed. Small and plain
 * (it is what a worker thread posts back, and what every overview format prints).
 * A file that could not be read keeps its place, with null fields and its problem in `errors`.
 */
export interface AgreementRow {
  id: string;
  title: string | null;
  source: string;
  parties: RowParty[];
  /** As the metadata gives it (ISO `YYYY-MM-DD` in ToTA). */
  dateSigned: string | null;
  /** The year of signature: the date's, else the file name's (then `yearFrom` says so); null when neither gives one. */
  year: number | null;
  /** `file name` when the year is read from the file name: the text states no date of signature. */
  yearFrom?: 'file name';
  /** en, fr or es; another ISO 639-1 code (pt) or `other` for a text written in a language the rules do not read. */
  language: string | null;
  /** Findings per category (the seven of the guide). */
  findings: Record<Category, number>;
  /** The nine checklist statuses; null for a file that could not be assessed. */
  checklist: Record<ChecklistItemId, Status> | null;
  verdict: Verdict | null;
  /** Parts of the agreement the assessment says are missing from the text. */
  missing: string[];
  /** The file name of the agreement's brief, when briefs are written. */
  brief?: string;
  /** The file ends before the agreement does (a download cut short): read up to its last whole part, `missing` names the rest. Absent when read whole. */
  cutShort?: true;
  /** Problems that did not stop the reading (a file named like another format), one line each; absent when none. */
  warnings?: string[];
  errors: string[];
}

const zeroCounts = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

/** The row of an assessed agreement, read from `source` (the path as the user gave it). */
export function agreementRow(doc: AgreementDocument, assessment: Assessment, source: string): AgreementRow {
  const findings = zeroCounts();
  for (const f of assessment.findings) findings[f.category]++;
  // Who the Parties are and how each is classified, as the assessment read them.
  const { mix, named } = assessment.parties;
  const developed = new Set(mix.developed);
  const groupOf = new Map<string, string | undefined>();
  for (const party of named) for (const code of party.codes) if (!groupOf.has(code)) groupOf.set(code, party.group);
  const parties = [...groupOf].map(([code, group]): RowParty => ({ code, status: developed.has(code) ? 'developed' : 'developing', ...(group ? { group } : {}) }));
  const checklist = Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, assessment.checklist.find((c) => c.item === item)?.status ?? 'absent'])) as Record<ChecklistItemId, Status>;
  return {
    id: doc.id,
    title: doc.title,
    source,
    parties,
    dateSigned: doc.meta.dateSigned ?? null,
    ...rowYear(doc.meta.dateSigned, doc.id),
    // A text the rules do not read is said to be in its own language, not the one it was read as.
    language: shownLanguage(doc),
    findings,
    checklist,
    verdict: assessment.ecommerce.verdict,
    missing: assessment.missingParts.map((part) => part.name),
    ...(doc.cutShort ? { cutShort: true } : {}),
    ...(doc.warnings?.length ? { warnings: doc.warnings } : {}),
    errors: [],
  };
}

/** The row of a file that could not be read or assessed. */
export function failedRow(source: string, error: string): AgreementRow {
  return { id: basename(source, extname(source)), title: null, source, parties: [], dateSigned: null, year: null, language: null, findings: zeroCounts(), checklist: null, verdict: null, missing: [], errors: [error] };
}
