import type { AgreementRow } from '../report/overview/row.js';
import { firstNamed } from './first-named.js';

/** How many pairs are named in the one line that says which files seem to hold one agreement. */
const NAMED = 3;

/**
 * Rows that seem to be one agreement read from two files (its ToTA record and its published text, a
 * draft and its final version): the same Parties signing on the same day. Such rows are not left out
 * (two instruments can be signed by the same Parties on one day), only named, so that a researcher
 * who meant to count each agreement once can leave a copy out. Fed the rows in order; `line` says
 * which pairs were seen, or nothing.
 */
export class SameAgreementRows {
  private readonly first = new Map<string, string>();
  private readonly pairs: Array<[string, string]> = [];

  add(row: AgreementRow): void {
    if (!row.dateSigned || row.parties.length < 2) return;
    const key = `${row.parties.map((p) => p.code).sort().join(' ')}|${row.dateSigned}`;
    const earlier = this.first.get(key);
    if (earlier === undefined) this.first.set(key, row.source);
    else this.pairs.push([earlier, row.source]);
  }

  line(): string | undefined {
    if (this.pairs.length === 0) return undefined;
    const named = firstNamed(
      this.pairs.map(([a, b]) => `${a} and ${b}`),
      NAMED,
    );
    const count = this.pairs.length === 1 ? 'two files name' : `${this.pairs.length} pairs of files name`;
    const leave = this.pairs.length === 1 ? 'leave one out' : 'leave one of a pair out';
    return `${count} the same Parties signing on the same day (one agreement in two files, counted twice, or two instruments signed together): ${named}; ${leave} to count its agreement once`;
  }
}
