import { describe, expect, it } from 'vitest';
import { anchorsIn, buildAnchorAutomaton, type AnchorAutomaton } from '../../src/engine/anchor-automaton.js';
import { foldCodeUnit } from '../../src/nlp/index.js';

/** The ids of the anchors found in text[start, end) under `mark`, in the order reported. */
function idsIn(automaton: AnchorAutomaton, text: string, start: number, end: number, seen: Int32Array, mark = 1): number[] {
  const into = new Int32Array(automaton.anchors.length);
  return [...into.subarray(0, anchorsIn(automaton, text, start, end, seen, mark, into))];
}

/** The anchors the automaton finds in text[start, end), sorted. */
function found(anchors: string[], text: string, start = 0, end = text.length): string[] {
  return idsIn(buildAnchorAutomaton(anchors), text, start, end, new Int32Array(anchors.length)).map((id) => anchors[id] as string).sort();
}

/** The same, the slow way: fold the text, then look for each anchor in it. */
function naive(anchors: string[], text: string, start = 0, end = text.length): string[] {
  const slice = text.slice(start, end);
  const folded = String.fromCharCode(...Array.from({ length: slice.length }, (_, i) => foldCodeUnit(slice.charCodeAt(i))));
  return anchors.filter((anchor) => folded.includes(anchor)).sort();
}

describe('anchor automaton', () => {
  it('counts a word-start anchor only where no ASCII letter stands before it', () => {
    const automaton = buildAnchorAutomaton(['media', 'media'], [true, false]);
    const ids = (text: string) => idsIn(automaton, text, 0, text.length, new Int32Array(2)).sort();
    expect(ids('reported immediately')).toEqual([1]);
    expect(ids('the media, l’media')).toEqual([0, 1]);
    expect(ids('media first')).toEqual([0, 1]);
    // After an accented letter the scan cannot tell, so it counts the hit: never too little.
    expect(ids('émedia')).toEqual([0, 1]);
    // A word-start anchor inside a word first, then at a word start: found at the second place.
    expect(idsIn(automaton, 'immediately the media', 0, 21, new Int32Array(2)).sort()).toEqual([0, 1]);
  });

  it('finds overlapping anchors and anchors inside others, each once', () => {
    const anchors = ['cultur', 'agricultur', 'ultur', 'services', 'vice'];
    const text = 'Agricultural and cultural services; advice on culture.';
    expect(found(anchors, text)).toEqual(['agricultur', 'cultur', 'services', 'ultur', 'vice']);
    expect(found(anchors, text)).toEqual(naive(anchors, text));
  });

  it('reads the text folded: case and accents do not matter', () => {
    const anchors = ['electronique', 'cooperacion'];
    expect(found(anchors, 'Commerce ÉLECTRONIQUE et Cooperación cultural')).toEqual(['cooperacion', 'electronique']);
  });

  it('sees only the given range, and no anchor that crosses its edges', () => {
    const anchors = ['audiovisual', 'visual'];
    const text = 'audiovisual works; visual arts';
    expect(found(anchors, text, 3, text.length)).toEqual(['visual']);
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

  it('reports an anchor again only under a new mark', () => {
    const automaton = buildAnchorAutomaton(['film']);
    const seen = new Int32Array(1);
    expect(idsIn(automaton, 'film', 0, 4, seen, 1)).toEqual([0]);
    expect(idsIn(automaton, 'film', 0, 4, seen, 1)).toEqual([]);
    expect(idsIn(automaton, 'film', 0, 4, seen, 2)).toEqual([0]);
  });

  it('keeps finding every anchor when its states outgrow two bytes each', () => {
    let state = 7;
    const letter = () => {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      return String.fromCharCode(97 + ((state >>> 0) % 20));
    };
    const anchors = Array.from({ length: 12_000 }, () => Array.from({ length: 10 }, letter).join(''));
    const automaton = buildAnchorAutomaton(anchors);
    expect(automaton.next).toBeInstanceOf(Uint32Array);
    const text = `${anchors[0]} and ${anchors[11_999]}, ${(anchors[5_000] as string).slice(3)}${anchors[77]}`;
    const ids = idsIn(automaton, text, 0, text.length, new Int32Array(anchors.length));
    expect(ids.map((id) => anchors[id] as string).sort()).toEqual(naive(anchors, text));
    expect(ids.length).toBeGreaterThanOrEqual(3);
  });

  it('refuses anchors that use more characters than it can number', () => {
    const anchors = Array.from({ length: 300 }, (_, i) => String.fromCharCode(0x4e00 + i));
    expect(() => buildAnchorAutomaton(anchors)).toThrow(/distinct characters/);
  });
});
