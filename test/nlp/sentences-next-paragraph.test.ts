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

const withLeadIns = (text: string) => splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));

// A list whose last item ends with a semicolon, then the next numbered paragraph of the article.
describe('the paragraph after the one a list hangs from', () => {
  const text = [
    '1. This Chapter shall not apply to:',
    '(a) any non-conforming measure maintained by a Party;',
    '(b) the renewal of such a measure;',
    '2. Each Party reserves the right to adopt or maintain any measure with respect to cultural industries.',
  ].join('\n');

  it('is no item of that list, and is a sentence of its own for legal force', () => {
    expect(leadInOf(text, '(b) the renewal')).toBe('1. This Chapter shall not apply to:');
    expect(leadInOf(text, '2. Each Party reserves')).toBeUndefined();
    expect(withLeadIns(text)).toEqual([
      '1. This Chapter shall not apply to:\n(a) any non-conforming measure maintained by a Party;\n(b) the renewal of such a measure;',
      '2. Each Party reserves the right to adopt or maintain any measure with respect to cultural industries.',
    ]);
  });

  it('is told by the lead-in\'s own label, in any numbering', () => {
    const bracketed = '(1) Each Party shall:\n(a) publish its measures;\n(b) notify them;\n(2) The Committee shall review them.';
    expect(leadInOf(bracketed, '(2) The Committee')).toBeUndefined();
    const noItemsYet = '1. Duties shall be reduced at the rates indicated for each product:\n\n2. Paragraph 1 applies to fresh lemons.';
    expect(leadInOf(noItemsYet, '2. Paragraph 1')).toBeUndefined();
  });

  it('leaves numbered items under a numbered lead-in in their list', () => {
    const numbered = '2. The Party shall allow the supply of the following services:\n1. legal advisory services;\n2. accounting services;\n3. taxation advisory services.';
    expect(leadInOf(numbered, '2. accounting')).toBe('2. The Party shall allow the supply of the following services:');
    expect(leadInOf(numbered, '3. taxation')).toBe('2. The Party shall allow the supply of the following services:');
    const nested = 'The Party reserves the right to adopt measures on:\n1. direct insurance:\n(i) life;\n(ii) non-life;\n2. reinsurance;';
    expect(leadInOf(nested, '2. reinsurance')).toBe('The Party reserves the right to adopt measures on:');
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`the paragraph after a list on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present)('reads the reservation of ToTA pta_161 Art. 93 para. 2 apart from the list of para. 1', () => {
    const article = totaArticles('pta_161').get('15834')?.text ?? '';
    expect(leadInOf(article, '(d) \tan amendment')).toMatch(/^1\. Articles 89, 90 and 92 shall not apply to:$/);
    expect(leadInOf(article, '2. Each Party reserves the right')).toBeUndefined();
  });
});
