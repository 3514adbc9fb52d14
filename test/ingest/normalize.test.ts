import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize.js';
import { composeMaps, MappedTextBuilder, toNormalizedOffset, toOriginalOffset, toOriginalRange } from '../../src/ingest/offset-map.js';

/** Every excerpt of the normalised text maps back to an original span whose normalisation is the excerpt. */
function expectExcerptsMapBack(original: string, excerpts: string[]) {
  const { text, map } = normalizeText(original);
  for (const excerpt of excerpts) {
    const start = text.indexOf(excerpt);
    expect(start, `"${excerpt}" in normalised text`).toBeGreaterThanOrEqual(0);
    const [from, to] = toOriginalRange(map, start, start + excerpt.length);
    expect(normalizeText(original.slice(from, to)).text).toBe(excerpt);
  }
}

describe('normalizeText', () => {
  it('composes Unicode to NFC and maps the composed letter back to its two code points', () => {
    const original = 'Le re\u0301gime culturel';
    const { text, map } = normalizeText(original);
    expect(text).toBe('Le régime culturel');
    const at = text.indexOf('culturel');
    expect(original.slice(toOriginalOffset(map, at), toOriginalOffset(map, at) + 8)).toBe('culturel');
  });

  it('composes each stretch of characters from U+0300 up with the letter before it, and maps what follows back', () => {
    const original = 'pre\u0301cis \u2026 \u03bf\u0301\u03c7\u03b9 and \u00e9t\u00e9\u0301 \u037e done';
    const { text, map } = normalizeText(original);
    expect(text).toBe(original.normalize('NFC'));
    expect(text).toBe('précis \u2026 \u03cc\u03c7\u03b9 and \u00e9t\u00e9\u0301 ; done');
    expect(toOriginalOffset(map, text.indexOf('cis'))).toBe(original.indexOf('cis'));
    expect(toOriginalOffset(map, text.indexOf('and'))).toBe(original.indexOf('and'));
    expect(toOriginalOffset(map, text.indexOf('done'))).toBe(original.indexOf('done'));
  });

  it('unifies curly quotes, dashes, non-breaking spaces and ligatures', () => {
    expect(normalizeText('\u201cfilms\u201d \u2014 the Party\u2019s \u2013 audio\u2011visual\u00a0works \ufb01nanced').text).toBe(
      '"films" - the Party\'s - audio-visual works financed',
    );
  });

  it('unifies the variants after a character above U+00FF that stays, and maps them back', () => {
    const original = 'a \u20ac5 fee \u2014 the Party\u2019s \u201c\u03c6\u201d\u2028and CR\r\nLF';
    const { text, map } = normalizeText(original);
    expect(text).toBe('a \u20ac5 fee - the Party\'s "\u03c6"\nand CR\nLF');
    expect(toOriginalOffset(map, text.indexOf('"'))).toBe(original.indexOf('\u201c'));
    expect(toOriginalOffset(map, text.indexOf('LF'))).toBe(original.indexOf('LF'));
  });

  it('unifies quotes and dashes in place, offsets unchanged, before words broken at a dash are joined', () => {
    for (const wide of ['', '\u03c6 ']) {
      const original = `${wide}the Party\u2019s \u201cfilms\u201d \u2014 cultural goods and cul\u2010\ntural services`;
      const { text, map } = normalizeText(original);
      expect(text).toBe(`${wide}the Party's "films" - cultural goods and cultural services`);
      expect(toOriginalOffset(map, text.indexOf('"films"'))).toBe(original.indexOf('\u201cfilms'));
      expect(toOriginalOffset(map, text.lastIndexOf('services'))).toBe(original.lastIndexOf('services'));
    }
  });

  it('gives the spaces NFC replaces (en and em quad) as plain spaces, like every other space', () => {
    const { text, map } = normalizeText('a\u2000quad and\u2001another\u2002one');
    expect(text).toBe('a quad and another one');
    expect(toOriginalOffset(map, text.indexOf('one'))).toBe(text.indexOf('one'));
  });

  it('gives the same text whether or not a character above U+00FF is left', () => {
    const variants = '\u2018x\u2019 \u2013 y\u00a0z\u00ad\ufb02\u2029w';
    expect(normalizeText(variants).text).toBe("'x' - y zfl\n\nw");
    expect(normalizeText(`\u0416 ${variants}`).text).toBe("\u0416 'x' - y zfl\n\nw");
  });

  it('joins a word broken at a line end when the joined word is used elsewhere', () => {
    expect(normalizeText('cultural goods and cul-\ntural services').text).toBe('cultural goods and cultural services');
  });

  it('joins a heading word broken in capitals when the document uses the word, and keeps names apart', () => {
    const text = 'CHAPTER 14\nELECTRONIC COM-\nMERCE\n\nThis Chapter applies to electronic commerce.';
    expect(normalizeText(text).text).toContain('ELECTRONIC COMMERCE\n');
    expect(normalizeText('the EU-\nCANADA Joint Committee').text).toBe('the EU-CANADA Joint Committee');
    expect(normalizeText('the Canada-\nEU Joint Committee').text).toBe('the Canada-\nEU Joint Committee');
  });

  it('joins a broken word the document never writes hyphenated', () => {
    expect(normalizeText('the broad-\ncasting sector').text).toBe('the broadcasting sector');
  });

  it('keeps the hyphen of a compound the document writes hyphenated elsewhere', () => {
    expect(normalizeText('digital-only services and digital-\nonly works').text).toBe('digital-only services and digital-only works');
  });

  it('keeps the hyphen after a compound prefix when the document does not decide', () => {
    expect(normalizeText('including audio-\nvisual works').text).toBe('including audio-visual works');
    expect(normalizeText('a non-\ndiscriminatory measure').text).toBe('a non-discriminatory measure');
  });

  it('lets the document overrule the prefix list: "co-\\noperation" joins when "cooperation" occurs', () => {
    expect(normalizeText('cooperation between them; co-\noperation in culture').text).toBe('cooperation between them; cooperation in culture');
  });

  it('leaves a dash before an upper-case line alone', () => {
    expect(normalizeText('Section A-\nDefinitions').text).toBe('Section A-\nDefinitions');
  });

  it('joins a broken word across blanks around the line break, but not across an empty line', () => {
    expect(normalizeText('the cul- \t\n  tural  sector').text).toBe('the cultural sector');
    expect(normalizeText('the cul-\n\n  tural sector').text).toBe('the cul-\n\ntural sector');
    expectExcerptsMapBack('the cul- \t\n  tural  sector', ['cultural sector', 'the cultural']);
  });

  it('folds blanks: space runs to one, a single line break kept, three or more to two', () => {
    expect(normalizeText('  Article 1 \t Scope  \nThis\tapplies.\n\n\n\n  Article 2\r\nNext \n').text).toBe(
      'Article 1 Scope\nThis applies.\n\nArticle 2\nNext',
    );
  });

  it('turns double spaces into line breaks when asked (ToTA flattened its paragraphs that way)', () => {
    expect(normalizeText('to:  (a) goods;  (b) services.', { spaceRunsAreBreaks: true }).text).toBe('to:\n(a) goods;\n(b) services.');
  });

  it('maps excerpts back to the original through every step at once', () => {
    const original = '  \u201cCul-\ntural\u201d   goods \u2014 re\u0301gime\r\n\r\n\r\naudio-\nvisual  works\ufb01 end ';
    expectExcerptsMapBack(original, ['"Cultural"', 'goods - régime', 'audio-visual works', 'worksfi end', 'régime\n\naudio']);
  });

  it('maps an original offset forward, landing on the next kept character when it was dropped', () => {
    const original = 'one   two\n\n\n\nthree';
    const { text, map } = normalizeText(original);
    expect(text).toBe('one two\n\nthree');
    expect(text.slice(toNormalizedOffset(map, original.indexOf('two')))).toBe('two\n\nthree');
    expect(text.slice(toNormalizedOffset(map, original.indexOf('three')))).toBe('three');
  });
});

describe('offset maps', () => {
  it('records one run for an unchanged stretch, however long', () => {
    const out = new MappedTextBuilder();
    const source = 'x'.repeat(10_000);
    for (let i = 0; i < source.length; i += 100) out.copy(source, i, i + 100);
    expect(out.build().map.normStarts).toEqual([0]);
  });

  it('composes two maps into one that goes all the way back', () => {
    const a = 'ab  cd  ef';
    const first = new MappedTextBuilder(); // drops the double spaces: "abcdef"
    first.copy(a, 0, 2);
    first.copy(a, 4, 6);
    first.copy(a, 8, 10);
    const b = first.build();
    const second = new MappedTextBuilder(); // drops "cd": "abef"
    second.copy(b.text, 0, 2);
    second.copy(b.text, 4, 6);
    const c = second.build();
    const map = composeMaps(b.map, c.map);
    expect(c.text).toBe('abef');
    expect([...c.text].map((ch, i) => a[toOriginalOffset(map, i)])).toEqual([...'abef']);
  });
});
