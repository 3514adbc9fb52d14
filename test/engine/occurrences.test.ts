import { describe, expect, it } from 'vitest';
import { occurrenceKey } from '../../src/engine/occurrences.js';
import type { AnyNode, RegexNode, TermsNode } from '../../src/rules/types.js';
import { matches, ruleSetOf } from './helpers.js';

describe('occurrences', () => {
  it('are looked for once per unit for patterns alike, whichever node asks', () => {
    const pattern = ruleSetOf({ any: [{ regex: '\\bmuseums?\\b' }, { regex: '\\bmuseums?\\b' }, { regex: '\\bmuseum\\b' }, { vocab: 'arts' }, { vocab: 'arts' }, { terms: ['arts'], exact: true }] }, { vocab: { arts: ['performing arts'] } })
      .rules[0]!.pattern as AnyNode;
    const [same, alike, other, vocab, vocabAgain, exact] = pattern.children as [RegexNode, RegexNode, RegexNode, TermsNode, TermsNode, TermsNode];
    expect(same.id).not.toBe(alike.id);
    expect(occurrenceKey(alike)).toBe(occurrenceKey(same));
    expect(occurrenceKey(other)).not.toBe(occurrenceKey(same));
    expect(occurrenceKey(vocabAgain)).toBe(occurrenceKey(vocab));
    expect(occurrenceKey(exact)).not.toBe(occurrenceKey(vocab));
    expect(occurrenceKey(exact)).not.toBe(occurrenceKey(same));
  });

  it('find every phrase at every word, phrases with the same first word included (evidence by start, the shorter first)', () => {
    const pattern = { terms: ['civil society', 'civil society organisations', 'society'] };
    expect(matches(pattern, 'Civil society organisations and civil society bodies meet; society at large.')).toEqual([
      'Civil society',
      'Civil society organisations',
      'society',
      'civil society',
      'society',
      'society',
    ]);
  });

  it('find a phrase by its rarest word wherever it stands in the phrase, in any case, broken over a line or accented', () => {
    expect(matches({ terms: ['the arts', 'audiovisual services'] }, 'THE ARTS; the art; Audiovisual SERVICES, audio-\nvisual services and audio\u00advisual services.')).toEqual([
      'THE ARTS',
      'the art',
      'Audiovisual SERVICES',
      'audio-\nvisual services',
      'audio\u00advisual services',
    ]);
    expect(matches({ terms: ['éducation artistique', 'patrimoine'] }, 'Éducation artistique, EDUCATION ARTISTIQUE; éducations; patrimoines.', { languages: ['fr'] })).toEqual([
      'Éducation artistique',
      'EDUCATION ARTISTIQUE',
      'patrimoines',
    ]);
  });

  it('find words of one or two letters too', () => {
    expect(matches({ terms: ['x', 'tv', 'e-books'], exact: true }, 'X-rays on TV; E-Books, x and tvs.')).toEqual(['X', 'TV', 'E-Books', 'x']);
  });
});
