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
  /** The first year of signature among those agreements (null when none is dated): since when a Party writes the category in. */
  since: Record<Category, number | null>;
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
    since: Object.fromEntries(CATEGORIES.map((c) => [c, null])) as Record<Category, number | null>,
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
 * practice across the agreements, counted as rows arrive so that no row need be kept. Files that could
 * not be read are left out.
 */
export class GroupTally {
  private readonly byKey = new Map<string, GroupRow>();

  constructor(private readonly by: Grouping) {}

  add(row: AgreementRow): void {
    if (row.errors.length > 0) return;
    for (const { key, classification } of keysOf(row, this.by)) {
      let group = this.byKey.get(key);
      if (!group) this.byKey.set(key, (group = emptyGroup(key, classification)));
      group.agreements++;
      for (const c of CATEGORIES) {
        if (row.findings[c] === 0) continue;
        group.withCategory[c]++;
        const since = group.since[c];
        if (row.year !== null && (since === null || row.year < since)) group.since[c] = row.year;
      }
      if (row.verdict) group.verdicts[row.verdict]++;
    }
  }

  groups(): GroupRow[] {
    return [...this.byKey.values()].sort(groupOrder);
  }
}

/** The groups of these rows (see GroupTally). */
export function aggregate(rows: readonly AgreementRow[], by: Grouping): GroupRow[] {
  const tally = new GroupTally(by);
  for (const row of rows) tally.add(row);
  return tally.groups();
}

/** A share as a percentage with one decimal, for people. */
export const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((1000 * part) / whole) / 10);
