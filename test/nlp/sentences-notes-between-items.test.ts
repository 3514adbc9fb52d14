import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';
import { SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

/** The lead-in the sentence that opens with `opening` reads with, or undefined. */
function leadInOf(text: string, opening: string): string | undefined {
  const item = splitSentences(text).find((s) => text.slice(s.start).startsWith(opening));
  expect(item, `no sentence opens with "${opening}"`).toBeDefined();
  return item?.leadIn ? text.slice(item.leadIn.start, item.leadIn.end) : undefined;
}

/** The sentences as legal force reads them (a lead-in joined with its items). */
const joined = (text: string): string[] => splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));

// A drafting note set between two items ("Note:", "Note 1:") annotates the item before it: the list goes on after it.
describe('a note set between the items of a list', () => {
  const text = [
    'For the purposes of this Chapter:',
    '',
    '(a) digital products means computer programmes, text, video, images and sound recordings that are digitally encoded;',
    '',
    'Note 1: For greater certainty, digital products do not include digitised representations of financial instruments.',
    '',
    'Note 2: Nothing in this Chapter shall be construed as affecting the views of either Party on whether trade in digital products is trade in services or in goods. Each Party keeps its view.',
    '',
    '(b) electronic transmission means a transmission made using any electromagnetic means;',
    '',
    '(c) cultural content means audiovisual, musical and literary works; and',
    '',
    '(d) personal data means any information about an identified or identifiable natural person.',
  ].join('\n');
  const lead = 'For the purposes of this Chapter:';

  it('keeps the items after the note under their lead-in', () => {
    expect(leadInOf(text, '(a) digital products')).toBe(lead);
    expect(leadInOf(text, '(b) electronic transmission')).toBe(lead);
    expect(leadInOf(text, '(c) cultural content')).toBe(lead);
    expect(leadInOf(text, '(d) personal data')).toBe(lead);
  });

  it('reads the notes with no lead-in', () => {
    expect(leadInOf(text, 'Note 1:')).toBeUndefined();
    expect(leadInOf(text, 'Note 2:')).toBeUndefined();
    expect(leadInOf(text, 'Each Party keeps its view.')).toBeUndefined();
  });

  it('leaves each note a sentence of its own for legal force, and the items after it one sentence', () => {
    const sentences = joined(text);
    expect(sentences).toContain('Note 1: For greater certainty, digital products do not include digitised representations of financial instruments.');
    expect(sentences.find((s) => s.startsWith('Note 2:'))).toMatch(/goods\.$/);
    expect(sentences.find((s) => s.startsWith('(b) electronic transmission'))).toMatch(/identifiable natural person\.$/);
  });

  it('does not take the list up again after a note when what follows is no next item', () => {
    const closing = [
      '1. Each Party shall:',
      '(a) promote the exhibition of films of the other Party; and',
      '(b) facilitate co-productions.',
      'Note: The Parties understand co-productions to include animation.',
      '2. The Parties shall review this Article.',
      '(a) A lettered paragraph of an annex, after the review, is no item of the list above.',
    ].join('\n');
    expect(leadInOf(closing, '(b) facilitate')).toBe('1. Each Party shall:');
    expect(leadInOf(closing, 'Note:')).toBeUndefined();
    expect(leadInOf(closing, '2. The Parties')).toBeUndefined();
    expect(leadInOf(closing, '(a) A lettered paragraph')).toBeUndefined();
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`notes between items on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present)('reads the definitions after the notes of the Japan-Australia EPA (ToTA pta_151 Art. 13.2) under "For the purposes of this Chapter:"', () => {
    const article = totaArticles('pta_151').get('13809')?.text ?? '';
    expect(leadInOf(article, '(b) the term “electronic signature”')).toMatch(/^For the purposes of this Chapter:$/);
    expect(leadInOf(article, '(e) the term “trade administration documents”')).toMatch(/^For the purposes of this Chapter:$/);
  });
});
