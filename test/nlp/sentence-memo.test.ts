import { describe, expect, it } from 'vitest';
import { sentenceMemo } from '../../src/nlp/sentence-memo.js';
import { modalityOf } from '../../src/nlp/modality.js';

describe('sentenceMemo', () => {
  it('reads each sentence once and gives the same answer again', () => {
    const read: string[] = [];
    const lengthOf = sentenceMemo((s) => {
      read.push(s);
      return s.length;
    });
    expect([lengthOf('The Parties shall cooperate.'), lengthOf('Each Party may adopt measures.'), lengthOf('The Parties shall cooperate.')]).toEqual([28, 30, 28]);
    expect(read).toEqual(['The Parties shall cooperate.', 'Each Party may adopt measures.']);
  });

  it('remembers answers that are falsy', () => {
    let reads = 0;
    const none = sentenceMemo(() => {
      reads++;
      return false;
    });
    expect([none('ARTICLE 4 Culture'), none('ARTICLE 4 Culture')]).toEqual([false, false]);
    expect(reads).toBe(1);
  });

  it('keeps no more than its capacity: once full it starts again', () => {
    const read: string[] = [];
    const upper = sentenceMemo((s) => {
      read.push(s);
      return s.toUpperCase();
    }, 2);
    for (const s of ['a', 'b', 'c', 'a']) upper(s);
    expect(read).toEqual(['a', 'b', 'c', 'a']);
  });
});

describe('modalityOf, remembered', () => {
  it('answers a sentence asked again exactly as the first time', () => {
    const sentence = 'Neither Party may accord less favourable treatment to digital products of the other Party.';
    const first = modalityOf(sentence, 'en');
    expect(first).toEqual({ modals: ['may'], negativeSubject: true, negatedModal: true });
    expect(modalityOf(`${sentence} `.trimEnd(), 'en')).toEqual(first);
    expect(modalityOf('Ninguna Parte podrá adoptar medidas.', 'es').modals).toEqual(['podrá']);
  });
});
