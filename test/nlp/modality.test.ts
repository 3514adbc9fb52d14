import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type compromiseParser from 'compromise/two';
import { compromiseModals as compromiseReading, holdsModalAmong, holdsSomeModal, mayHoldEnglishModal, modalityOf, negationOf, onlyMonthsOfMay } from '../../src/nlp/modality.js';
import { legalSentences, SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

const nlp = createRequire(import.meta.url)('compromise/two') as typeof compromiseParser;
const compromiseModals = (sentence: string) => nlp(sentence).match('#Modal').out('array') as string[];

describe('the test for sentences that may hold an English modal', () => {
  it('lets through every word compromise knows as a modal, in any case', () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const modals = Object.entries(lexicon)
      .filter(([, tag]) => tag === 'Modal' || (Array.isArray(tag) && tag.includes('Modal')))
      .map(([word]) => word);
    expect(modals.length).toBeGreaterThan(10);
    for (const word of modals) {
      expect(mayHoldEnglishModal(`The Parties ${word} cooperate.`), word).toBe(true);
      expect(mayHoldEnglishModal(`THE PARTIES ${word.toUpperCase()} COOPERATE.`), word).toBe(true);
    }
  });

  it('lets through the contractions and retagged words compromise reads as modals', () => {
    for (const sentence of ["They won't object.", 'You had better go.', 'They had read it.', 'Such measures cannot be applied.']) {
      expect(compromiseModals(sentence), sentence).not.toEqual([]);
      expect(mayHoldEnglishModal(sentence), sentence).toBe(true);
    }
  });

  it('stops a sentence with no modal, which then reads as having none', () => {
    const sentence = 'The Parties agree to cooperate in the field of culture.';
    expect(mayHoldEnglishModal(sentence)).toBe(false);
    expect(compromiseModals(sentence)).toEqual([]);
    expect(modalityOf(sentence, 'en').modals).toEqual([]);
    expect(modalityOf('Each Party may adopt measures.', 'en').modals).toEqual(['may']);
  });

  it('reads accented letters as compromise does: a modal written with accents is let through, a word of accents without one is not', () => {
    for (const [sentence, hasModal] of [
      ['The Parties sháll cooperate.', true],
      ['The Parties sha\u200Bll cooperate.', true],
      ['The Parties agree to promote cultural diversity in Côte d’Ivoire.', false],
      ['The creative arts include ngä toi Mäori (Mäori arts), haka and waiata.', false],
    ] as const) {
      expect(compromiseModals(sentence).length > 0, sentence).toBe(hasModal);
      expect(mayHoldEnglishModal(sentence), sentence).toBe(hasModal);
    }
  });

  it('sends a letter the fold cannot read to compromise, which may read it as a letter of a modal', () => {
    expect(compromiseModals('The Parties shaǐǐ cooperate.')).toEqual(['shaǐǐ']); // "ǐ" is "l" to compromise
    expect(mayHoldEnglishModal('The Parties shaǐǐ cooperate.')).toBe(true);
    expect(mayHoldEnglishModal('The Parties agree to cooperate in Straße.')).toBe(true);
  });

  it('lets "have" and "had" through only before "read", the one place compromise tags them modals', () => {
    for (const sentence of ['They have read it.', 'They had (read) it.', 'They have, read it.']) expect(mayHoldEnglishModal(sentence), sentence).toBe(true);
    for (const sentence of ['The Parties have set out mutual obligations.', 'They had agreed to the reading of the text.', 'The Parties have readily agreed.']) {
      expect(compromiseModals(sentence), sentence).toEqual([]);
      expect(mayHoldEnglishModal(sentence), sentence).toBe(false);
    }
    expect(compromiseModals('They have read it.')).toEqual(['have']);
  });
});

const HARD = new Set(['shall', 'must']);
const SOFT = new Set(['may', 'might', 'should', 'could', 'would', 'will', 'can']);
/** What compromise says, asked directly: whether it finds one of `modals` in the sentence. */
const compromiseHolds = (sentence: string, modals: ReadonlySet<string>) => compromiseModals(sentence).some((m) => modals.has(m.toLowerCase().replace(/[^a-z']/g, '')));

describe('whether a sentence holds one of some modals', () => {
  it('answers as compromise does, with or without asking it', () => {
    const sentences = [
      'Each Party may adopt measures.', 'The Parties shall cooperate.', 'Neither Party (may) act: (a) ...', 'They cannot object.', "They won't object.",
      'Germany and Canada signed a significant agreement.', 'The paragraphs 1 and 2 may include more.', 'SUCH MEASURES SHALL APPLY.', 'It would: (a) prohibit.',
      'The goodwill of the Parties must prevail.', 'The Parties recognise that the services can be used.', 'They should’ve known.',
      'The Parties shall-not act.', 'A can-do spirit in Canada, as Willow said.', 'The Party may—as agreed—act.', 'He / she may act.', 'The Party ‘may’ act.',
      'Articles 2 - 4 may apply.', 'The Mayor will attend.', 'Dans le cadre, ils may。Can act.',
    ];
    for (const sentence of sentences) {
      for (const modals of [HARD, SOFT]) expect(holdsModalAmong(sentence, modals), sentence).toBe(compromiseHolds(sentence, modals));
    }
  });

  it('answers whether the sentence holds any modal as compromise does', () => {
    for (const sentence of ['The Joint Committee may: (a) establish working groups.', 'Such measures as may be agreed.', 'The Parties recognise the importance of culture.', 'Each Party may, 90 days after, act.']) {
      expect(holdsSomeModal(sentence), sentence).toBe(compromiseModals(sentence).length > 0);
    }
  });

  it('reads the negation without compromise', () => {
    expect(negationOf('Neither Party may impose duties.')).toEqual({ negativeSubject: true, negatedModal: true });
    expect(negationOf('A Party may not impose duties.')).toEqual({ negativeSubject: false, negatedModal: true });
    expect(negationOf('Ninguna Parte podrá aplicar derechos.', 'es').negativeSubject).toBe(true);
    expect(negationOf('Each Party may impose duties.').negatedModal).toBe(false);
  });
});

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`modal test on real sentences skipped: ${SHARED_TOTA} is absent`);

describe.skipIf(!present)('the test for English modals on real ToTA sentences', () => {
  it('stops only sentences in which compromise finds no modal', () => {
    const stopped: string[] = [];
    for (const treaty of ['pta_1', 'pta_10', 'pta_100', 'pta_102', 'pta_103', 'pta_104', 'pta_106', 'pta_107']) {
      for (const article of present ? totaArticles(treaty).values() : []) {
        for (const sentence of legalSentences(article.text)) if (!mayHoldEnglishModal(sentence)) stopped.push(sentence);
      }
    }
    // compromise takes tens of milliseconds a sentence: a few hundred are evidence enough.
    const sample = stopped.filter((_, i) => i % Math.max(1, Math.floor(stopped.length / 300)) === 0);
    expect(sample.length).toBeGreaterThan(100);
    expect(sample.filter((sentence) => compromiseModals(sentence).length > 0)).toEqual([]);
  });

  it('stops sentences with "have", "had" or a letter outside ASCII only where compromise finds no modal', () => {
    const stopped = new Set<string>();
    for (const treaty of ['pta_1', 'pta_10', 'pta_100', 'pta_102', 'pta_103', 'pta_104', 'pta_106', 'pta_107']) {
      for (const article of present ? totaArticles(treaty).values() : []) {
        for (const sentence of legalSentences(article.text)) if (/\bha(?:ve|d)\b|[^\x00-\x7F]/i.test(sentence) && !mayHoldEnglishModal(sentence)) stopped.add(sentence);
      }
    }
    const sample = [...stopped].filter((_, i) => i % Math.max(1, Math.floor(stopped.size / 200)) === 0);
    expect(sample.length).toBeGreaterThan(50);
    expect(sample.filter((sentence) => compromiseModals(sentence).length > 0)).toEqual([]);
  });
});

describe.skipIf(!present)('whether real ToTA sentences hold a hard or a soft modal', () => {
  it('is what compromise says of each', () => {
    const all = present ? [...totaArticles('pta_104').values()].flatMap((article) => legalSentences(article.text)) : [];
    const sample = all.filter((_, i) => i % Math.max(1, Math.floor(all.length / 150)) === 0);
    expect(sample.length).toBeGreaterThan(100);
    const wrong = sample.flatMap((sentence) => [HARD, SOFT].filter((modals) => holdsModalAmong(sentence, modals) !== compromiseHolds(sentence, modals)).map(() => sentence));
    expect(wrong).toEqual([]);
  });
});

describe('a "may" compromise reads as the month', () => {
  it('is told without compromise after a preposition of one word, and compromise agrees', () => {
    const months = ['(f) such other categories of aid as may be specified by the Association Council.', 'Meetings are held as often as may be necessary.'];
    for (const sentence of months) {
      expect(onlyMonthsOfMay(sentence)).toBe(true);
      expect(compromiseModals(sentence)).toEqual([]);
    }
  });

  it('is not claimed after the last word of a longer preposition, nor beside another modal', () => {
    const modals = ['A Party disagreeing in whole or in part may present a written statement.', 'Measures having equivalent effect may be applied.', 'Such aid as may be agreed shall be notified.'];
    for (const sentence of modals) {
      expect(onlyMonthsOfMay(sentence)).toBe(false);
      expect(compromiseModals(sentence).length).toBeGreaterThan(0);
    }
  });
});
