import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, finding } from './build.js';

const NORTH_SOUTH = ['FRA', 'SEN'];

/** Para. 18.1's status and explanation for one cooperation article whose paragraphs are `body`. */
function coproductionItem(body: string[]) {
  const doc = agreement(['Article 7 Cultural Cooperation', ...body], NORTH_SOUTH);
  return assess(doc, detections([finding(doc, 'cultural-cooperation', '7', 'Cultural Cooperation')])).checklist.find((i) => i.item === 'og-18.1')!;
}

/** A paragraph as a printed page or a hard-wrapped text sets it: a line break after every few words. */
const wrapped = (paragraph: string) => paragraph.split(' ').reduce((lines, word, i) => `${lines}${i === 0 ? '' : i % 6 === 0 ? '\n' : ' '}${word}`, '');

/**
 * Para. 18.1 reads the words of a sentence, not its lines: a PDF, a hard-wrapped text and a paragraph
 * of a Word file give the same status for a cooperation article, wherever a line breaks
 * ("cooperation between their audiovisual" / "industries"; "shall be deemed national" / "works").
 */
describe('para. 18.1 on a cooperation article whose lines are wrapped', () => {
  it.each([
    ['partial', '3. The Parties shall encourage exchanges between their artists, cultural institutions and online platforms, and cooperation between their audiovisual industries in the digital environment.'],
    ['partial', 'The Parties shall develop cultural cooperation in the audiovisual field through the joint production of audiovisual programmes and the training of media professionals.'],
    ['present', 'Audiovisual co-productions of the Parties shall be deemed national works in the territory of each Party and shall be eligible for support programmes.'],
  ] as const)('is %s on "%s", as one line and wrapped', (status, paragraph) => {
    const oneLine = coproductionItem([paragraph]);
    expect(oneLine.status).toBe(status);
    for (let shift = 0; shift < 6; shift++) {
      const words = paragraph.split(' ');
      const text = [words.slice(0, shift).join(' '), wrapped(words.slice(shift).join(' '))].filter((s) => s !== '').join(shift === 0 ? '' : '\n');
      const item = coproductionItem([text]);
      expect(item.status, text).toBe(oneLine.status);
      expect(item.oneLine, text).toBe(oneLine.oneLine);
    }
  });
});
