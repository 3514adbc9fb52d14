import { describe, expect, it } from 'vitest';
import { PartTestOrder } from '../../src/engine/part-test-order.js';
import { buildUnits } from '../../src/engine/index.js';
import { UnitContext } from '../../src/engine/context.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { AllNode } from '../../src/rules/types.js';
import { docOf, ruleSetOf } from './helpers.js';

describe('the order an all tests its parts in', () => {
  it('starts in trial order and measures every part before judging', () => {
    const order = new PartTestOrder(3);
    expect(order.order).toEqual([0, 1, 2]);
    order.record(0, 5, false);
    order.reorder();
    expect(order.order).toEqual([1, 2, 0]);
  });

  it('puts first the part that fails most often for the least time', () => {
    const order = new PartTestOrder(3);
    for (let i = 0; i < 20; i++) {
      order.record(0, 2, i % 5 === 0); // cheap, seldom fails
      order.record(1, 4, true); // fails every time, twice the time
      order.record(2, 50, true); // fails every time, costly
    }
    order.reorder();
    expect(order.order).toEqual([1, 0, 2]);
  });

  it('finds the same matches whatever order it has learnt', () => {
    const pattern = { all: [{ regex: '\\bpromot\\w+|\\bsupport\\w*' }, { regex: '\\bmuseums?\\b' }, { regex: '\\bexchanges?\\b' }], within: 'sentence' as const };
    const ruleSet = ruleSetOf(pattern);
    const all = ruleSet.rules[0]!.pattern as AllNode;
    const texts = ['The Parties shall promote exchanges between museums. They support exchanges.', 'The Parties shall support trade.', 'Exchanges of staff between museums shall be promoted.', 'No museum.'];
    const run = (text: string) => {
      const doc = docOf(text);
      const unit = buildUnits(doc)[0]!;
      const ctx = new UnitContext(doc, unit, 'en', ruleSet.stems);
      return evaluate(all, { ranges: [{ start: unit.start, end: unit.end }] }, ctx);
    };
    const first = texts.map(run);
    // Many more tests, in which the parts fail in other proportions, reorder them.
    for (let i = 0; i < 50; i++) run('The Parties shall promote trade and support museums.');
    expect(texts.map(run)).toEqual(first);
    expect(first.map((matches) => matches.length)).toEqual([1, 0, 1, 0]);
  });
});
