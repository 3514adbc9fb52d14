import { describe, expect, it } from 'vitest';
import { briefDifferences, compareBriefsAcrossFormats, differenceWords, foldQuote, isConcluding, type BriefFacts } from '../../src/scripts/real-texts/brief-comparison.js';

const brief = (overrides: Partial<BriefFacts> = {}): BriefFacts => ({
  parties: ['XAU', 'XBO'],
  verdict: 'covered',
  notReached: [],
  items: [
    {
      item: 'art-16',
      status: 'present',
      cited: [{ place: '2.2', force: 'binding', sentence: 'Borealis «shall grant» entry to co-\nproducers.', forceSentence: 'Borealis shall grant entry to co-producers.' }],
    },
  ],
  ...overrides,
});

describe('folding a quoted sentence', () => {
  it('forgives line breaks, soft hyphens, match marks hyphens between letters and the stop after a heading number, and nothing else', () => {
    expect(foldQuote('«co-\nproduction» of  films')).toBe(foldQuote('coproduction of films'));
    expect(foldQuote('copro\u00adduction')).toBe(foldQuote('coproduction'));
    expect(foldQuote('of films')).not.toBe(foldQuote('of the films'));
    expect(foldQuote('ARTICLE 3: SCOPE 1. This')).toBe(foldQuote('ARTICLE 3 SCOPE 1 This'));
    expect(foldQuote('Article 3 applies')).not.toBe(foldQuote('Article 4 applies'));
  });
});

describe('comparing two briefs', () => {
  it('finds none between a brief and itself set otherwise', () => {
    const other = brief();
    other.items[0]!.cited[0]!.sentence = 'Borealis shall grant entry to co-producers.';
    expect(briefDifferences(brief(), other)).toEqual([]);
  });

  it('names a status, a verdict, the Parties, a force and a force sentence that differ', () => {
    const other = brief({ parties: ['XAU'], verdict: 'partly-covered', notReached: ['customs-duties'] });
    other.items[0]!.status = 'partial';
    other.items[0]!.cited[0]!.force = 'best-endeavour';
    expect(briefDifferences(brief(), other).map((d) => d.aspect)).toEqual(['parties', 'verdict', 'not reached', 'status', 'force']);
    const sentence = brief();
    sentence.items[0]!.cited[0]!.forceSentence = 'Article 2.2 Entry Borealis shall grant entry to co-producers.';
    expect(briefDifferences(brief(), sentence)).toEqual([{ subject: 'art-16', aspect: 'force sentence', place: '2.2', reference: 'Borealis shall grant entry to co-producers.', reading: 'Article 2.2 Entry Borealis shall grant entry to co-producers.' }]);
  });

  it('tells what changes the conclusions of a brief (Parties, verdict, status, force) from what it only quotes or lists otherwise', () => {
    const concluding = brief({ parties: ['XAU'], verdict: 'partly-covered', notReached: ['customs-duties'] });
    concluding.items[0]!.status = 'partial';
    concluding.items[0]!.cited[0]!.force = 'best-endeavour';
    expect(briefDifferences(brief(), concluding).filter(isConcluding).map((d) => d.aspect)).toEqual(['parties', 'verdict', 'status', 'force']);
    const quoting = brief({ notReached: ['customs-duties'] });
    quoting.items[0]!.cited[0]!.sentence = 'Borealis shall grant entry to co-producers. 143';
    quoting.items[0]!.cited.push({ place: '7', force: 'binding', sentence: 'An annex article.', forceSentence: 'An annex article.' });
    const differences = briefDifferences(brief(), quoting);
    expect(differences.map((d) => d.aspect)).toEqual(['not reached', 'sentence', 'cited only here']);
    expect(differences.filter(isConcluding)).toEqual([]);
  });

  it('tells a different sentence at the same place from a clause cited in one brief only', () => {
    const other = brief();
    other.items[0]!.cited = [
      { place: '2.2', force: 'binding', sentence: 'Borealis shall grant entry to co-producers. 2. It shall process', forceSentence: 'Borealis shall grant entry to co-producers.' },
      { place: '7', force: 'binding', sentence: 'An annex article.', forceSentence: 'An annex article.' },
    ];
    expect(briefDifferences(brief(), other).map((d) => `${d.aspect} ${d.place}`)).toEqual(['sentence 2.2', 'cited only here 7']);
    expect(briefDifferences(other, brief()).map((d) => `${d.aspect} ${d.place}`)).toEqual(['sentence 2.2', 'cited only in the reference 7']);
  });

  it('compares every reading of a text with the reading in the reference format, and words a difference around where it lies', () => {
    const pdf = brief();
    pdf.items[0]!.cited[0]!.sentence = 'Borealis «shall grant» entry to co-producers. 143';
    const readings = [
      { name: 'a', format: 'txt', brief: brief() },
      { name: 'a', format: 'pdf', brief: pdf },
      { name: 'b', format: 'pdf', brief: pdf },
    ];
    const compared = compareBriefsAcrossFormats(readings);
    expect(compared.map((r) => `${r.name} ${r.format} ${r.differences.length}`)).toEqual(['a pdf 1']);
    expect(differenceWords(compared[0]!.differences[0]!, 'txt', 'pdf')).toBe('art-16 at 2.2, sentence: txt “Borealis «shall grant» entry to co-\nproducers.” / pdf “Borealis «shall grant» entry to co-producers. 143”');
  });
});
