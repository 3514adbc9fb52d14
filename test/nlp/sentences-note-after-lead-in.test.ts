import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/index.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** The lead-in the sentence that opens with `opening` reads with, or undefined. */
function leadInOf(text: string, opening: string): string | undefined {
  const item = splitSentences(text).find((s) => text.slice(s.start).startsWith(opening));
  expect(item, `no sentence opens with "${opening}"`).toBeDefined();
  return item?.leadIn ? text.slice(item.leadIn.start, item.leadIn.end) : undefined;
}

/** The sentences as legal force reads them (a lead-in joined with its items). */
const joined = (text: string): string[] => splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));

// A drafting note set under a lead-in, before its first item ("include:" / "Note 1: …" / "(i) …"),
// annotates the lead-in: the list opens after it, and its items still read with their lead-in.
describe('a note set right after the lead-in of a list', () => {
  const text = [
    '1. This Chapter shall not apply to:',
    'Note: For greater certainty, procurement by state enterprises is covered by Chapter 9.',
    '(a) government procurement;',
    '(b) audiovisual services; or',
    '(c) air services.',
    '2. The Parties shall review this Article.',
  ].join('\n');
  const lead = '1. This Chapter shall not apply to:';

  it('keeps every item under the lead-in, and the note under none', () => {
    expect(leadInOf(text, '(a) government')).toBe(lead);
    expect(leadInOf(text, '(b) audiovisual')).toBe(lead);
    expect(leadInOf(text, '(c) air')).toBe(lead);
    expect(leadInOf(text, 'Note:')).toBeUndefined();
    expect(leadInOf(text, '2. The Parties')).toBeUndefined();
  });

  it('leaves the note a sentence of its own for legal force, apart from the lead-in', () => {
    const sentences = joined(text);
    expect(sentences).toContain(lead);
    expect(sentences).toContain('Note: For greater certainty, procurement by state enterprises is covered by Chapter 9.');
  });

  it('gives the items of a list nested in an item their own lead-in, after notes of more than one sentence', () => {
    const nested = [
      'For the purposes of this Chapter:',
      '(h) the term "investment" means every kind of asset that an investor owns or controls. Forms that an investment may take include:',
      'Note 1: The characteristics of an investment include the commitment of capital. They also include the assumption of risk.',
      'Note 2: An investment does not include an order entered in a judicial action.',
      '(i) an enterprise;',
      '(ii) shares, stocks and other forms of equity participation in an enterprise;',
      '(iii) intellectual property rights; and',
      '(i) the term "investment activities" means the establishment, acquisition, expansion and management of investments.',
    ].join('\n');
    const inner = 'Forms that an investment may take include:';
    expect(leadInOf(nested, '(i) an enterprise')).toBe(inner);
    expect(leadInOf(nested, '(ii) shares')).toBe(inner);
    expect(leadInOf(nested, '(iii) intellectual')).toBe(inner);
    expect(leadInOf(nested, '(i) the term')).toBe('For the purposes of this Chapter:');
  });

  it('opens no list after the note when no first item follows it', () => {
    const unlisted = [
      '1. The Parties agree on the following:',
      'Note: This Article does not apply to the Annex on Heritage.',
      'The Committee shall meet once a year.',
      '(b) A lettered paragraph of an annex is no item of the list above.',
    ].join('\n');
    expect(leadInOf(unlisted, 'The Committee')).toBeUndefined();
    expect(leadInOf(unlisted, '(b) A lettered')).toBeUndefined();
  });

  // Chile-Japan EPA (../shared/texts), Art. 105(h): "Forms that an investment may take include:", two notes, then (i) ...
  const chileJapan = join(PACKAGE_ROOT, '..', 'shared', 'texts', 'chl-jpn-2007.txt');
  const present = existsSync(chileJapan);
  if (!present) console.log(`a note after a lead-in in a real text skipped: ${chileJapan} is absent`);
  it.skipIf(!present)('reads the forms an investment may take under their lead-in (Chile-Japan EPA, definition of "investment")', () => {
    const agreement = readFileSync(chileJapan, 'utf8');
    const at = agreement.indexOf('Forms that an investment may take');
    const article = agreement.slice(agreement.lastIndexOf('For the purposes of this Chapter', at), agreement.indexOf('(j)', at) + 200);
    expect(leadInOf(article, '(i) an enterprise')).toMatch(/^Forms that an investment may take\s+include:$/);
    expect(leadInOf(article, '(iv) futures')).toMatch(/^Forms that an investment may take\s+include:$/);
  });
});
