import { describe, expect, it } from 'vitest';
import { anchorIndex } from '../../src/engine/anchors.js';
import { UnitContext } from '../../src/engine/context.js';
import { buildUnits } from '../../src/engine/index.js';
import { occurrenceKey, termOccurrences } from '../../src/engine/occurrences.js';
import { mayMatch, termPlaces, unitAnchors } from '../../src/engine/prefilter.js';
import type { Language } from '../../src/model.js';
import type { AnyNode, RegexNode, TermsNode } from '../../src/rules/types.js';
import { docOf, matches, ruleSetOf } from './helpers.js';

/**
 * The occurrences of a terms pattern in the (only) unit of a text, read twice: around the places the
 * anchor pass found (as a scan reads them), and over every word of the unit; with whether the first
 * way was open to the unit.
 */
function bothWays(phrases: string[], text: string, language: Language = 'en', wordCounts?: string) {
  const ruleSet = ruleSetOf({ terms: phrases }, { languages: [language], ...(wordCounts !== undefined ? { wordCounts } : {}) });
  const node = ruleSet.rules[0]!.pattern as TermsNode;
  const doc = docOf(text, language);
  const units = buildUnits(doc);
  const index = anchorIndex(ruleSet, language);
  const anchored = unitAnchors(index, doc.text, units);
  const facts = { mayMatch: (regex: RegexNode) => mayMatch(index, anchored, 0, regex), termPlaces: (terms: TermsNode) => termPlaces(index, anchored, 0, terms) };
  const around = new UnitContext(doc, units[0]!, language, ruleSet.stems, facts);
  const everyWord = new UnitContext(doc, units[0]!, language, ruleSet.stems);
  const spans = (ctx: UnitContext) => termOccurrences(node, ctx).map((span) => doc.text.slice(span.start, span.end));
  return { around: spans(around), everyWord: spans(everyWord), readAround: around.termPlaces(node) !== undefined };
}

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

  it('are the same read around the anchors as over every word of the unit', () => {
    const phrases = ['civil society', 'economic and social partners', 'social partners', 'non-governmental organisations', 'public participation', 'domestic advisory group'];
    const texts = [
      'Civil society.',
      'The Parties shall consult civil society',
      'economic and social partners and the social partners; economic and social partners',
      'Non-governmental organisations, non governmental organisations and nongovernmental organisations.',
      'intergovernmental organisations; 2governmental organisations; égovernmental organisations; the governments of the Parties',
      'public participation public participation civil society civil society',
      'the domestic\n  advisory group and the domestic / advisory group (domestic advisory groups)',
      'economic\u2019 and social partners; economic 😀 and social partners; 𝐜ivil society',
      'Each Party shall ensure the participation of its government and of organisations in the partnership.',
    ];
    for (const text of texts) {
      const { around, everyWord, readAround } = bothWays(phrases, text);
      expect(readAround, text).toBe(true);
      expect(around, text).toEqual(everyWord);
    }
    expect(bothWays(phrases, 'economic and social partners; civil society').around).toEqual(['economic and social partners', 'social partners', 'civil society']);
    const french = bothWays(['société civile', 'organisations non gouvernementales'], 'La Société civile et les ORGANISATIONS NON GOUVERNEMENTALES; la société\ncivile.', 'fr');
    expect(french).toEqual({ around: ['Société civile', 'ORGANISATIONS NON GOUVERNEMENTALES', 'société\ncivile'], everyWord: french.around, readAround: true });
  });

  it('are the same whichever word of a phrase they are looked for at', () => {
    const phrase = 'economic and social partners';
    const text = 'Economic and social partners, the social partners; economic and\nsocial partners, economic, social and partners.';
    const expected = ['Economic and social partners', 'economic and\nsocial partners'];
    expect(bothWays([phrase], text).around).toEqual(expected);
    phrase.split(' ').forEach((word, at) => {
      // Every other word written often: this one is the rarest, and the phrase is looked for at it.
      const wordCounts = phrase.split(' ').filter((other) => other !== word).map((other) => `${other} 1000`).join('\n');
      const node = ruleSetOf({ terms: [phrase] }, { wordCounts }).rules[0]!.pattern as TermsNode;
      expect(node.phrases.get('en')?.[0]?.anchor, word).toBe(at);
      const { around, everyWord, readAround } = bothWays([phrase], text, 'en', wordCounts);
      expect(readAround || word === 'and', word).toBe(true);
      expect(around, word).toEqual(expected);
      expect(everyWord, word).toEqual(expected);
    });
  });

  it('are read over every word of a unit where a word may be spelled across a line end or a soft hyphen', () => {
    for (const text of ['The civil so-\nciety meets.', 'The civil so\u00adciety meets.', 'Non-govern-\r\nmental organisations and the civil society.']) {
      const { around, everyWord, readAround } = bothWays(['civil society', 'non-governmental organisations'], text);
      expect(readAround, text).toBe(false);
      expect(around, text).toEqual(everyWord);
      expect(around[0], text).toMatch(/[\n\u00ad]/);
    }
  });
});
