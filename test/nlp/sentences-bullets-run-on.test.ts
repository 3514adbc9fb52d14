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

// A bulleted item may close with a full stop and run on with a sentence of its own before the next bullet.
describe('a bulleted item that runs on with a sentence of its own', () => {
  const text = [
    '1. A partnership is hereby established between Aurelia and Borealis.',
    '',
    '2. The aims of this Agreement are:',
    '',
    '- to provide a framework for political dialogue between the Parties,',
    '',
    "- to provide a framework for Borealis' gradual integration into the single market. To this end, Borealis shall work towards meeting the conditions set out in Annex II,",
    '',
    '- to promote cooperation in cultural matters.',
    '',
    '3. The Association Council shall review these aims every five years.',
    '',
    '- A note set with a dash is no item of the list above.',
  ].join('\n');
  const lead = '2. The aims of this Agreement are:';

  it('keeps the bullets after that sentence under their lead-in', () => {
    expect(leadInOf(text, '- to provide a framework for political')).toBe(lead);
    expect(leadInOf(text, "- to provide a framework for Borealis'")).toBe(lead);
    expect(leadInOf(text, '- to promote cooperation in cultural matters')).toBe(lead);
  });

  it('reads the lead-in and all its bullets as one sentence for legal force', () => {
    const joined = splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));
    expect(joined[1]).toMatch(/^2\. The aims of this Agreement are:[^]*to promote cooperation in cultural matters\.$/);
    expect(joined[2]).toBe('3. The Association Council shall review these aims every five years.');
  });

  it('leaves the sentence between and what follows the next paragraph out of the list', () => {
    expect(leadInOf(text, 'To this end, Borealis')).toBeUndefined();
    expect(leadInOf(text, '3. The Association Council')).toBeUndefined();
    expect(leadInOf(text, '- A note set with a dash')).toBeUndefined();
  });

  it('does not take a list up again with another kind of bullet', () => {
    const other = 'The Parties shall:\n• exchange information on cultural policies.\nThey shall meet yearly.\n- A dash that opens a note.';
    expect(leadInOf(other, '• exchange')).toBe('The Parties shall:');
    expect(leadInOf(other, '- A dash')).toBeUndefined();
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`bulleted items on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present)('reads the last aim of the EC-Poland Europe Agreement (ToTA pta_228 Art. 1), cultural cooperation, under its lead-in', () => {
    const article = totaArticles('pta_228').get('18934')?.text ?? '';
    expect(leadInOf(article, '- to promote cooperation in cultural matters')).toMatch(/^2\. The aim of this Agreement is:$/);
  });
});
