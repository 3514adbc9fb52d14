import { describe, expect, it } from 'vitest';
import { buildUnits } from '../../src/engine/index.js';
import { UnitContext } from '../../src/engine/context.js';
import { evaluate } from '../../src/engine/evaluate.js';
import { occurrenceKey } from '../../src/engine/occurrences.js';
import type { AllNode, AnyNode, RegexNode, TermsNode } from '../../src/rules/types.js';
import { docOf, matches, ruleSetOf } from './helpers.js';

describe('all: the order its parts are tried in', () => {
  // A generic part (many alternatives) listed first, a specific one (one word) second.
  const pattern = { all: [{ regex: '\\bpromot\\w+|\\bcooperat\\w+|\\bsupport\\w*|\\bencourag\\w+' }, { regex: '\\bmuseums\\b' }], within: 'sentence' as const };

  it('tries the specific part first: where it fails, the generic one is never run', () => {
    const ruleSet = ruleSetOf(pattern);
    const all = ruleSet.rules[0]!.pattern as AllNode;
    const [generic, specific] = all.children as RegexNode[];
    const run = (text: string) => {
      const doc = docOf(text);
      const unit = buildUnits(doc)[0]!;
      const ctx = new UnitContext(doc, unit, 'en', ruleSet.stems);
      const found = evaluate(all, { ranges: [{ start: unit.start, end: unit.end }] }, ctx);
      return { found: found.length, genericRun: ctx.occurrencesOf(occurrenceKey(generic!)) !== undefined, specificRun: ctx.occurrencesOf(occurrenceKey(specific!)) !== undefined };
    };
    expect(run('The Parties shall promote trade and cooperate on customs.')).toEqual({ found: 0, genericRun: false, specificRun: true });
    expect(run('The Parties shall promote exchanges between museums.')).toEqual({ found: 1, genericRun: true, specificRun: true });
  });

  it('still gives every span of every part as evidence, in text order', () => {
    expect(matches(pattern, 'Museums: the Parties shall support museums.')).toEqual(['Museums', 'support', 'museums']);
  });

  it('does not run the other parts where a part another rule has looked for is absent', () => {
    const ruleSet = ruleSetOf({ any: [{ all: [{ regex: '\\bcultur\\w*' }, { vocab: 'bodies' }], within: 'sentence' }, { all: [{ regex: '\\bconsult\\w*' }, { vocab: 'bodies' }] }] }, { vocab: { bodies: ['civil society'] } });
    const [first, second] = (ruleSet.rules[0]!.pattern as AnyNode).children as AllNode[];
    const doc = docOf('The Parties shall consult each other on cultural matters.');
    const unit = buildUnits(doc)[0]!;
    const ctx = new UnitContext(doc, unit, 'en', ruleSet.stems);
    const window = { ranges: [{ start: unit.start, end: unit.end }] };
    expect(evaluate(first!, window, ctx)).toEqual([]);
    expect(ctx.occurrencesOf(occurrenceKey(first!.children[1] as TermsNode))).toBeDefined();
    expect(evaluate(second!, window, ctx)).toEqual([]);
    expect(ctx.occurrencesOf(occurrenceKey(second!.children[0] as RegexNode))).toBeUndefined();
  });
});
