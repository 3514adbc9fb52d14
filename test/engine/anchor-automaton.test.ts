import { describe, expect, it } from 'vitest';
import { buildAnchorAutomaton, eachAnchor } from '../../src/engine/anchor-automaton.js';
import { foldCodeUnit } from '../../src/nlp/index.js';

/** The anchor of every occurrence the automaton reports in text[start, end), sorted. */
function found(anchors: string[], text: string, start = 0, end = text.length): string[] {
  const hits: string[] = [];
  eachAnchor(buildAnchorAutomaton(anchors), text, start, end, (id) => hits.push(anchors[id] as string));
  return hits.sort();
}

/** The same, the slow way: fold the text, then look for every anchor at every position. */
function naive(anchors: string[], text: string, start = 0, end = text.length): string[] {
  const slice = text.slice(start, end);
  const folded = String.fromCharCode(...Array.from({ length: slice.length }, (_, i) => foldCodeUnit(slice.charCodeAt(i))));
  const hits: string[] = [];
  for (const anchor of anchors) for (let i = folded.indexOf(anchor); i >= 0; i = folded.indexOf(anchor, i + 1)) hits.push(anchor);
  return hits.sort();
}

describe('anchor automaton', () => {
  it('finds overlapping anchors, anchors inside others, and repeated ones', () => {
    const anchors = ['cultur', 'agricultur', 'ultur', 'services', 'vice'];
    const text = 'Agricultural and cultural services; advice on culture.';
    expect(found(anchors, text)).toEqual(['agricultur', 'cultur', 'cultur', 'cultur', 'services', 'ultur', 'ultur', 'ultur', 'vice', 'vice']);
    expect(found(anchors, text)).toEqual(naive(anchors, text));
  });

  it('reads the text folded: case and accents do not matter', () => {
    const anchors = ['electronique', 'cooperacion'];
    expect(found(anchors, 'Commerce ÉLECTRONIQUE et Cooperación cultural')).toEqual(['cooperacion', 'electronique']);
  });

  it('sees only the given range, and no anchor that crosses its edges', () => {
    const anchors = ['audiovisual', 'visual'];
    const text = 'audiovisual works; visual arts';
    expect(found(anchors, text, 3, text.length)).toEqual(['visual', 'visual']);
    expect(found(anchors, text, 0, 8)).toEqual([]);
  });

  it('agrees with a plain search on mixed text', () => {
    const anchors = ['cultur', 'comercio electr', 'nica', 'art', 'arte', 'part', 'parties', 'ies', 'e-commerce', 'ñ'];
    const words = ['Cultural', 'PARTIES', 'comercio electrónica', 'e-commerce', 'artes', 'España', 'İstanbul', 'ﬁlm', 'départ', '\u{1F600}'];
    for (let seed = 1; seed <= 50; seed++) {
      let state = seed;
      const pick = () => (state = (state * 1103515245 + 12345) % 2147483648) % words.length;
      const text = Array.from({ length: 30 }, () => words[pick()]).join(seed % 2 ? ' ' : '');
      expect(found(anchors, text)).toEqual(naive(anchors, text));
    }
  });

  it('refuses anchors that use more characters than it can number', () => {
    const anchors = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    expect(() => buildAnchorAutomaton(anchors)).toThrow(/distinct characters/);
  });
});
