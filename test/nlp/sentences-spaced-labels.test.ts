import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itemLabelOf, splitSentences } from '../../src/nlp/index.js';
import { SHARED_TOTA, totaArticles } from '../assess/tota-articles.js';

/** The lead-in the sentence that opens with `opening` reads with, or undefined. */
function leadInOf(text: string, opening: string): string | undefined {
  const item = splitSentences(text).find((s) => text.slice(s.start).startsWith(opening));
  expect(item, `no sentence opens with "${opening}"`).toBeDefined();
  return item?.leadIn ? text.slice(item.leadIn.start, item.leadIn.end) : undefined;
}

// Text read by OCR sets a space inside an item's label: "( a )", "(b )", "( c)".
describe('list items whose labels OCR spaced', () => {
  const text = [
    '2. The following may be considered to be compatible with the functioning of the Customs Union:',
    '',
    '( a ) aid to promote the economic development of areas where the standard of living is low;',
    '',
    '(b ) aid to promote culture and heritage conservation where such aid does not affect trade;',
    '( c) such other categories of aid as the Council may specify.',
    '',
    '3. Paragraph 2 ( a ) does not apply to aid for shipbuilding.',
  ].join('\n');
  const lead = '2. The following may be considered to be compatible with the functioning of the Customs Union:';

  it('reads each spaced label as an item of the lead-in', () => {
    expect(leadInOf(text, '( a ) aid')).toBe(lead);
    expect(leadInOf(text, '(b ) aid')).toBe(lead);
    expect(leadInOf(text, '( c) such')).toBe(lead);
  });

  it('joins the lead-in and its items into one sentence for legal force', () => {
    const sentences = splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));
    expect(sentences[0]).toMatch(/^2\. The following[^]*such other categories of aid as the Council may specify\.$/);
    expect(sentences[1]).toBe('3. Paragraph 2 ( a ) does not apply to aid for shipbuilding.');
  });

  it('makes no item of a spaced label cited inside a sentence', () => {
    const running = 'Aid under Article 43 ( 2 ) of the Additional Protocol and under paragraph 2 ( a ) of this Article shall be notified. The Council shall review it.';
    expect(splitSentences(running).map((s) => running.slice(s.start, s.end))).toEqual([
      'Aid under Article 43 ( 2 ) of the Additional Protocol and under paragraph 2 ( a ) of this Article shall be notified.',
      'The Council shall review it.',
    ]);
  });

  it('knows the spaced label and its order', () => {
    expect(itemLabelOf('( a ) aid')).toEqual({ frame: '()', value: 'a' });
    expect(itemLabelOf('(b ) aid')).toEqual({ frame: '()', value: 'b' });
    expect(itemLabelOf('( c) aid')).toEqual({ frame: '()', value: 'c' });
  });

  const present = existsSync(SHARED_TOTA);
  if (!present) console.log(`spaced labels on ToTA skipped: ${SHARED_TOTA} is absent`);
  it.skipIf(!present)('reads the State-aid lists of the EU-Turkey customs union decision (ToTA pta_109 Art. 34) under their lead-ins', () => {
    const article = totaArticles('pta_109').get('10034')?.text ?? '';
    expect(leadInOf(article, '( b ) aid to make good')).toMatch(/The following shall be compatible with the functioning of the Customs Union :$/);
    expect(leadInOf(article, '( a ) in conformity')).toMatch(/The following may be considered to be compatiblewith the functioning of the Customs Union:$/);
    expect(leadInOf(article, '( b ) aid to promote the execution')).toMatch(/The following may be considered to be compatiblewith/);
  });
});

describe('an item that runs on with a sentence of its own', () => {
  const text = [
    'The following may be considered to be compatible with the functioning of the Customs Union:',
    '(a) aid to promote the economic development of areas where the standard of living is low;',
    '(b) aids for structural adjustment for five years. The Council shall review that clause after that period.',
    '',
    '(c) aid to promote culture and heritage conservation where such aid does not affect trade;',
    '(d) such other categories of aid as the Council may specify.',
    '',
    'The Council shall adopt its rules of procedure.',
    '',
    '(a) A note lettered anew is no item of the list above.',
  ].join('\n');
  const lead = 'The following may be considered to be compatible with the functioning of the Customs Union:';

  it('keeps the next item under its lead-in when its label follows the last one', () => {
    expect(leadInOf(text, 'The Council shall review')).toBeUndefined();
    expect(leadInOf(text, '(c) aid to promote culture')).toBe(lead);
    expect(leadInOf(text, '(d) such other')).toBe(lead);
  });

  it('does not take up a list again for a label that does not follow', () => {
    expect(leadInOf(text, 'The Council shall adopt')).toBeUndefined();
    expect(leadInOf(text, '(a) A note')).toBeUndefined();
  });

  it('keeps the next item under its lead-in after two sentences of the item before\'s own', () => {
    const twoSentences = [
      '2. This Chapter shall not apply to:',
      '(a) measures affecting air traffic rights, other than measures affecting:',
      '(i) aircraft repair services; and',
      '(ii) computer reservation system services.',
      'The Parties note the negotiations on the Annex on Air Transport Services. Upon their conclusion, the Parties shall review this paragraph.',
      '(b) government procurement;',
      '(c) audiovisual services.',
    ].join('\n');
    expect(leadInOf(twoSentences, '(b) government procurement')).toBe('2. This Chapter shall not apply to:');
    expect(leadInOf(twoSentences, '(c) audiovisual services')).toBe('2. This Chapter shall not apply to:');
    expect(leadInOf(twoSentences, 'Upon their conclusion')).toBeUndefined();
  });

  const present = existsSync(SHARED_TOTA);
  it.skipIf(!present)('reads the exclusions of ToTA pta_141 Art. 8.1 para. 2 after the review clause of item (a) under their lead-in', () => {
    const article = totaArticles('pta_141').get('11854')?.text ?? '';
    expect(leadInOf(article, '(b) \tgovernment procurement')).toMatch(/^2\. \tThis Chapter shall not apply to:/);
  });

  it.skipIf(!present)('reads item (d) of paragraph 3 of ToTA pta_109 Art. 34, after item (c)\'s second sentence, under its lead-in', () => {
    const article = totaArticles('pta_109').get('10034')?.text ?? '';
    expect(leadInOf(article, '( d ) aid to facilitate')).toMatch(/The following may be considered to be compatiblewith/);
  });
});

// OCR may set a space between a paragraph's number and its full stop: "2 . Each Party ...".
describe('paragraph numbers that OCR spaced from their full stop', () => {
  const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

  it('keeps "2 ." with the sentence it numbers', () => {
    const text = '1 . The Parties shall take the measures required to fulfil their obligations. They shall meet yearly.\n\n2 . Each Party may take appropriate measures.\n3 . The Council shall review paragraphs 1 and 2 .';
    expect(sentences(text)).toEqual([
      '1 . The Parties shall take the measures required to fulfil their obligations.',
      'They shall meet yearly.',
      '2 . Each Party may take appropriate measures.',
      '3 . The Council shall review paragraphs 1 and 2 .',
    ]);
  });

  it('knows "2 ." for a numbered label, which no item after it takes up the list before again', () => {
    expect(itemLabelOf('2 . Each Party')).toEqual({ frame: '.', value: '2' });
    const text = '1 . This Chapter does not apply to:\n(a) audiovisual services.\n2 . Each Party shall notify its measures.\n(b) A note lettered after the paragraph.';
    const spans = splitSentences(text, 0, text.length, 'with-lead-in').map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['1 . This Chapter does not apply to:\n(a) audiovisual services.', '2 . Each Party shall notify its measures.', '(b) A note lettered after the paragraph.']);
  });

  const present = existsSync(SHARED_TOTA);
  it.skipIf(!present)('reads paragraph 1 of ToTA pta_189 Art. 30 as one sentence with its number', () => {
    const article = totaArticles('pta_189').get('17108')?.text ?? '';
    expect(sentences(article)[0]).toMatch(/^1 \. The Parties shall take any general or specific measures required to fulfil their obligations under\s+the Agreement\.$/);
  });
});
