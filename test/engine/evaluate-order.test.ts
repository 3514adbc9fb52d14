import { describe, expect, it } from 'vitest';
import { buildUnits, scanDocument } from '../../src/engine/index.js';
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

describe('all: the order its parts are checked in, from how often their words are written', () => {
  // The generic part has fewer alternatives, but its words fill agreements; the specific part's
  // words (film, music, publishing ...) are rare. Only the word counts tell which fails more often.
  const pattern = { all: [{ regex: '\\bco-?operat\\w+|\\bpromot\\w+|\\bsupport\\w*' }, { regex: '\\b(?:film|cinema|television|music|publishing|books?|theatre|dance)\\b' }], within: 'sentence' as const };
  const wordCounts = 'cooperation 900\npromote 300\npromotion 200\nsupport 400\nservices 2000\n';

  const runs = (options: { wordCounts?: string }, text: string) => {
    const ruleSet = ruleSetOf(pattern, options);
    const all = ruleSet.rules[0]!.pattern as AllNode;
    const [generic, specific] = all.children as RegexNode[];
    const doc = docOf(text);
    const unit = buildUnits(doc)[0]!;
    const ctx = new UnitContext(doc, unit, 'en', ruleSet.stems);
    const found = evaluate(all, { ranges: [{ start: unit.start, end: unit.end }] }, ctx);
    return { found: found.length, genericRun: ctx.occurrencesOf(occurrenceKey(generic!)) !== undefined, specificRun: ctx.occurrencesOf(occurrenceKey(specific!)) !== undefined };
  };

  it('checks the part whose words are written least first: where it fails, the other is never run', () => {
    expect((ruleSetOf(pattern, { wordCounts }).rules[0]!.pattern as AllNode).order).toEqual([1, 0]);
    expect(runs({ wordCounts }, 'The Parties shall promote trade and cooperate on customs.')).toEqual({ found: 0, genericRun: false, specificRun: true });
    // Without word counts, the part with fewer alternatives goes first, and matches: both run.
    expect(runs({}, 'The Parties shall promote trade and cooperate on customs.')).toEqual({ found: 0, genericRun: true, specificRun: true });
  });

  it('finds the same evidence and excerpt in whichever order the parts are checked', () => {
    const text = 'The Parties shall promote film. They shall support music and cooperate on books.';
    const scan = (options: { wordCounts?: string }) => scanDocument(docOf(text), ruleSetOf(pattern, options)).findings.map(({ evidence, excerpt }) => ({ evidence, excerpt }));
    expect(scan({ wordCounts })).toEqual(scan({}));
    expect(scan({ wordCounts })[0]?.excerpt).toContain('«');
  });
});
