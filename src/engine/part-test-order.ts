/**
 * The order in which an `all` tests its parts over the whole window before reading smaller ones: the
 * test fails as soon as one part matches nowhere, so the part likeliest to fail for the least work
 * should go first. Which one that is depends on the texts (a part that fails in nine units of ten,
 * or one whose regex reads a hundred characters past each of its first words), so it is learnt while
 * scanning: each part's mean time and how often it failed where it was run. Any order gives the same
 * answer, so what is learnt changes the time a scan takes, never what it finds.
 */
export class PartTestOrder {
  /** The parts' indexes (into the `all`'s trial order), in the order to test them. */
  readonly order: number[];
  private readonly milliseconds: Float64Array;
  private readonly runs: Int32Array;
  private readonly fails: Int32Array;

  constructor(parts: number) {
    this.order = Array.from({ length: parts }, (_, part) => part);
    this.milliseconds = new Float64Array(parts);
    this.runs = new Int32Array(parts);
    this.fails = new Int32Array(parts);
  }

  /** One test of a part: how long it took and whether it failed. */
  record(part: number, milliseconds: number, failed: boolean): void {
    this.milliseconds[part] = (this.milliseconds[part] as number) + milliseconds;
    this.runs[part] = (this.runs[part] as number) + 1;
    if (failed) this.fails[part] = (this.fails[part] as number) + 1;
  }

  /**
   * Puts first the parts with the least expected time per failure: their mean time over their share of
   * failures (with one failure and one success assumed beforehand, so that a part run once is not
   * judged on that once). A part never run comes first, so that every part is measured. Asked after
   * every test: an insertion sort of a few parts, allocating nothing.
   */
  reorder(): void {
    const order = this.order;
    for (let k = 1; k < order.length; k++) {
      const part = order[k] as number;
      const key = this.expectedTime(part);
      let at = k;
      while (at > 0 && this.expectedTime(order[at - 1] as number) > key) {
        order[at] = order[at - 1] as number;
        at--;
      }
      order[at] = part;
    }
  }

  private expectedTime(part: number): number {
    const runs = this.runs[part] as number;
    if (runs === 0) return 0;
    return (this.milliseconds[part] as number) / runs / (((this.fails[part] as number) + 1) / (runs + 2));
  }
}
