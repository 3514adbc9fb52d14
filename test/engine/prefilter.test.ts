import { describe, expect, it } from 'vitest';
import { anchorIndex } from '../../src/engine/anchors.js';
import { mayMatch, unitAnchors } from '../../src/engine/prefilter.js';
import { buildUnits } from '../../src/engine/units.js';
import type { RegexNode } from '../../src/rules/types.js';
import { docOf, matches, ruleSetOf } from './helpers.js';

const ALTERNATIVES = '\\bcultural\\s+co-?operation\\b|\\bexchanges?\\s+of\\s+artists\\b';

/** Whether the prefilter lets the rule's regex run in the (only) unit of this text. */
function regexMayRun(text: string): boolean {
  const ruleSet = ruleSetOf({ regex: ALTERNATIVES });
  const index = anchorIndex(ruleSet, 'en');
  const doc = docOf(text);
  return mayMatch(index, unitAnchors(index, doc.text, buildUnits(doc)), 0, ruleSet.rules[0]!.pattern as RegexNode);
}

describe('prefilter', () => {
  it('runs a regex of several alternatives only where one alternative has all its literals', () => {
    // "operation" of the first alternative and "exchanges" of the second: either alternative lacks a word.
    expect(regexMayRun('The Parties review the operation of exchanges.')).toBe(false);
    expect(regexMayRun('The Parties welcome cultural events and visiting artists.')).toBe(false);
    expect(matches({ regex: ALTERNATIVES }, 'The Parties review the operation of exchanges.')).toEqual([]);
    expect(regexMayRun('The Parties shall foster cultural co-operation.')).toBe(true);
    expect(regexMayRun('The Parties shall encourage exchanges of artists.')).toBe(true);
    expect(matches({ regex: ALTERNATIVES }, 'The Parties shall encourage exchanges of artists.')).toEqual(['exchanges of artists']);
  });

  it('tries a rule only in units where every clause of one of its branches is satisfied', () => {
    const ruleSet = ruleSetOf({ any: [{ all: [{ regex: '\\bmuseums?\\b' }, { regex: '\\bgalleries\\b' }] }, { regex: '\\btheatres?\\b' }] });
    const index = anchorIndex(ruleSet, 'en');
    const rulesIn = (text: string) => unitAnchors(index, docOf(text).text, buildUnits(docOf(text))).rules[0];
    expect(rulesIn('Museums open daily.')).toEqual([]);
    expect(rulesIn('Museums and galleries open daily.')).toEqual([0]);
    expect(rulesIn('The theatre opens daily.')).toEqual([0]);
  });
});
