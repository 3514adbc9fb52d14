import type { AgreementDocument, OutlineNode } from '../model.js';
import { oneByte } from '../one-byte-text.js';
import type { CompiledInside } from '../rules/types.js';
import type { Unit } from './units.js';

/**
 * Whether a unit stands under a heading that an `inside.heading` matches, for one document's units.
 * A rule with such a condition is asked it in nearly every unit it is tried in, and the answer
 * hardly ever changes from one article to the next: the headings above a unit (its chapter, its
 * section, the agreement's title) are those of its siblings, which share one list of ancestors
 * (engine/units). Their part of the answer is worked out once per list; each unit then tests its own
 * heading alone. Every label is tested once per regex.
 */
export class HeadingTests {
  /** Heading regex → label → whether it matches. */
  private readonly labelTests = new Map<RegExp, Map<string, boolean>>();
  /** Condition → a unit's list of ancestors → whether the title or an ancestor's heading matches. */
  private readonly aboveTests = new Map<CompiledInside, Map<readonly OutlineNode[], boolean>>();

  private oneByteTitle?: string;

  constructor(private readonly doc: AgreementDocument) {}

  /** The agreement's title, one-byte where it can be (see oneByte), as the heading regexes read it. */
  private get title(): string {
    return (this.oneByteTitle ??= oneByte(this.doc.title));
  }

  /** Whether the title (when `kinds` names the agreement), a heading above the unit or its own matches `inside.heading` (of the kinds it names). */
  holds(inside: CompiledInside, unit: Unit): boolean {
    let above = this.aboveTests.get(inside);
    if (!above) this.aboveTests.set(inside, (above = new Map()));
    let matches = above.get(unit.ancestors);
    if (matches === undefined) above.set(unit.ancestors, (matches = this.matchesAbove(inside, unit)));
    return matches || this.matchesHeading(inside, unit.headings.length - 1, unit);
  }

  private matchesAbove(inside: CompiledInside, unit: Unit): boolean {
    // The agreement's title heads every unit, but only for rules that ask for it: a title such as
    // "Agreement on Economic and Cultural Cooperation" must not put every article under a cultural heading.
    if (inside.kinds?.has('agreement') && this.matchesLabel(inside.heading as RegExp, this.title)) return true;
    for (let h = 0; h < unit.headings.length - 1; h++) if (this.matchesHeading(inside, h, unit)) return true;
    return false;
  }

  /** Whether the unit's heading at `h` (its ancestors', then its own) is of a kind `inside` names and matches its regex. */
  private matchesHeading(inside: CompiledInside, h: number, unit: Unit): boolean {
    const heading = unit.headings[h];
    if (heading === undefined || (inside.kinds && !inside.kinds.has(heading.kind))) return false;
    return this.matchesLabel(inside.heading as RegExp, heading.label);
  }

  private matchesLabel(regex: RegExp, label: string): boolean {
    let tests = this.labelTests.get(regex);
    if (!tests) this.labelTests.set(regex, (tests = new Map()));
    let matches = tests.get(label);
    if (matches === undefined) tests.set(label, (matches = regex.test(label)));
    return matches;
  }
}
