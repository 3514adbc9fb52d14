import { VERDICTS, type Verdict } from '../../assess/types.js';
import { CATEGORIES, type Category } from '../../model.js';
import type { AgreementRow } from './row.js';

export const GROUPINGS = ['party', 'year'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/** The agreements of one Party, or of one year of signature: how many have each category, and each verdict. */
export interface GroupRow {
  /** A Party's code, or a year; `unknown` / `undated` for agreements that say neither. */
  group: string;
  /** For a Party: the side of Article 16 it counts on (as its first agreement says). */
  classification?: string;
  agreements: number;
  /** Agreements of the group with at least one finding of the category. */
  withCategory: Record<Category, number>;
  verdicts: Record<Verdict, number>;
}

export const UNKNOWN_PARTY = 'unknown';
export const UNDATED = 'undated';

function emptyGroup(group: string, classification?: string): GroupRow {
  return {
    group,
    ...(classification ? { classification } : {}),
    agreements: 0,
    withCategory: Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>,
    verdicts: Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>,
  };
}

function keysOf(row: AgreementRow, by: Grouping): Array<{ key: string; classification?: string }> {
  if (by === 'year') return [{ key: row.year === null ? UNDATED : String(row.year) }];
  return row.parties.length > 0 ? row.parties.map((p) => ({ key: p.code, classification: p.status })) : [{ key: UNKNOWN_PARTY }];
}

/** Orders years ascending and Parties by code, with the undated or unknown group last. */
function groupOrder(a: GroupRow, b: GroupRow): number {
  const lastA = a.group === UNDATED || a.group === UNKNOWN_PARTY;
  const lastB = b.group === UNDATED || b.group === UNKNOWN_PARTY;
  return lastA !== lastB ? (lastA ? 1 : -1) : a.group.localeCompare(b.group);
}

/**
 * Per Party (an agreement counts once for each of its Parties) or per year of signature: the drafting
 * practice across the agreements. Files that could not be read are left out.
 */
export function aggregate(rows: readonly AgreementRow[], by: Grouping): GroupRow[] {
  const groups = new Map<string, GroupRow>();
  for (const row of rows) {
    if (row.errors.length > 0) continue;
    for (const { key, classification } of keysOf(row, by)) {
      const group = groups.get(key) ?? groups.set(key, emptyGroup(key, classification)).get(key)!;
      group.agreements++;
      for (const c of CATEGORIES) if (row.findings[c] > 0) group.withCategory[c]++;
      if (row.verdict) group.verdicts[row.verdict]++;
    }
  }
  return [...groups.values()].sort(groupOrder);
}

/** A share as a percentage with one decimal, for people. */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
