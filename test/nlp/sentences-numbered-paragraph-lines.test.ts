import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

/**
 * A text copied from print keeps each printed line, and a paragraph whose last words carry no full stop
 * ("… (the "Memorandum")") runs into the next line. A Word file or web page sets each paragraph apart,
 * and the sentence ends there: so must it where the next line opens the next numbered paragraph.
 */
describe('a numbered paragraph that opens the line after a paragraph left without a full stop', () => {
  it('starts a sentence of its own', () => {
    const text = [
      'l. The Parties acknowledge the Memorandum of Understanding on Audiovisual',
      'Co-Production ("the Memorandum")',
      '2. The Parties recognise that the arrangements established under the Memorandum',
      'will apply.',
    ].join('\n');
    expect(sentencesOf(text)).toEqual([
      'l. The Parties acknowledge the Memorandum of Understanding on Audiovisual\nCo-Production ("the Memorandum")',
      '2. The Parties recognise that the arrangements established under the Memorandum\nwill apply.',
    ]);
  });

  it('leaves a number that a wrapped line cites with the sentence that cites it', () => {
    for (const text of [
      'Each Party shall apply the measures referred to in paragraph\n2. The Committee shall review them.',
      'The Parties shall cooperate, in accordance with\n2. Each Party may request consultations.',
      'Duties on goods listed in the Schedule of Annex\n2. The Parties shall consult.',
      'The Parties shall notify the measures,\n3. The Committee shall review them.',
    ]) {
      expect(sentencesOf(text)[0], text).toContain('\n');
    }
  });
});

/**
 * A numbered paragraph may carry a title on the line of its number ("4. Public Participation"), its
 * text on the next line. A text sets a blank line under the title, a PDF sets none: the title is no
 * words of the paragraph's first sentence in either.
 */
describe('a numbered paragraph whose title stands on the line of its number', () => {
  it('is a sentence apart from the paragraph text under it, with a blank line or without', () => {
    const body = 'In carrying out cooperative activities, each Party shall consider the views of the public.';
    for (const gap of ['\n', '\n\n']) {
      expect(sentencesOf(`4. Public Participation${gap}${body}`)).toEqual(['4. Public Participation', body]);
      expect(sentencesOf(`3. IMPLEMENTATION OF COOPERATIVE ACTIVITIES${gap}${body}`)).toEqual(['3. IMPLEMENTATION OF COOPERATIVE ACTIVITIES', body]);
    }
  });

  it('is told from a paragraph whose first line runs on', () => {
    for (const text of [
      '2. Each Party shall ensure that the views of the\nPublic are considered.',
      '2. The Parties shall cooperate in the field of culture\nand audiovisual services.',
      '2. Nothing in this Agreement\nShall prevent a Party from adopting measures.',
    ]) {
      expect(sentencesOf(text), text).toHaveLength(1);
    }
  });
});
