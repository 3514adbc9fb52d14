import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement, readAgreementBytes } from '../../src/ingest/index.js';
import { toOriginalRange } from '../../src/ingest/offset-map.js';
import type { AgreementDocument } from '../../src/model.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const read = (name: string) => readAgreement(join(FIXTURES, name));

/** The original text behind a normalised excerpt. */
function originalOf(document: AgreementDocument, excerpt: string): string {
  const start = document.text.indexOf(excerpt);
  expect(start, `"${excerpt}" in the text`).toBeGreaterThanOrEqual(0);
  const [from, to] = toOriginalRange(document.original.map, start, start + excerpt.length);
  return document.original.text.slice(from, to);
}

describe('txt reader', () => {
  it('reads, normalises and titles a plain-text agreement', async () => {
    const document = await read('agreement.txt');
    expect(document).toMatchObject({ id: 'agreement', format: 'txt', language: 'en', pages: [] });
    expect(document.title).toBe('AGREEMENT ON CULTURAL EXCHANGE BETWEEN THE REPUBLIC OF ALDORIA AND THE FEDERATION OF BELUNA');
    expect(document.text).toContain('exchange of cultural goods and services, including audio-visual works');
    expect(document.text).toContain('"creative works" carry identities and values - and');
    expect(document.text).not.toMatch(/\n{3}| {2}|\t/);
    expect(originalOf(document, 'cultural goods')).toBe('cul-\ntural goods');
  });
});

describe('md reader', () => {
  it('removes heading marks, emphasis, links and quote/bullet marks through the offset map', async () => {
    const document = await read('agreement.md');
    expect(document.format).toBe('md');
    expect(document.title).toBe('Agreement on Digital Trade between Aldoria and Beluna');
    expect(document.text).toMatch(/^Chapter 1 General Provisions$/m);
    expect(document.text).toMatch(/^Article 1\.1 Objectives$/m);
    expect(document.text).toContain('shall promote trade');
    expect(document.text).toContain('room for cultural policy in the digital');
    expect(document.text).toContain('See the UNESCO Convention for context.');
    expect(document.text).toMatch(/^Neither Party shall impose/m);
    expect(document.text).toContain('views on digital_products regularly');
    expect(document.text).not.toMatch(/[#*>[\]`]/);
    expect(originalOf(document, 'General Provisions')).toBe('General** Provisions'); // from the first kept character to the last
    expect(document.original.text.startsWith('# Agreement')).toBe(true);
  });
});

describe('html reader', () => {
  it('puts block elements on their own lines, drops script and style, decodes entities', async () => {
    const document = await read('agreement.html');
    expect(document.format).toBe('html');
    // The agreement's own title in the text, not the page's <title>.
    expect(document.title).toBe('Protocol on Audiovisual Co-production');
    expect(document.text).toMatch(/^Article 1 Definitions$/m);
    expect(document.text).toMatch(/^Access to public funding schemes\nRecognition as national content-éligible$/m);
    expect(document.text).toContain("co-produced films shall qualify as national works in both Parties' markets - including");
    expect(document.text).toMatch(/of both Parties\.\nIt includes animated works & documentaries\./);
    expect(document.text).not.toMatch(/analytics|font-family|Article 3|<|&\w+;/);
  });
});

describe('docx reader', () => {
  it('reads a LibreOffice-made .docx: headings on their own lines, the footnote kept', async () => {
    const document = await read('agreement.docx');
    expect(document).toMatchObject({ format: 'docx', language: 'en', pages: [] });
    expect(document.title).toBe('AGREEMENT ON TRADE IN SERVICES BETWEEN THE REPUBLIC OF ALDORIA AND THE FEDERATION OF BELUNA');
    for (const heading of ['Preamble', 'Chapter 2 Cross-Border Trade in Services', 'Article 3.2 Final Provisions']) {
      expect(document.text).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    expect(document.text).toContain('Diversity of Cultural Expressions[1];');
    expect(document.text).toMatch(/^\[1\] Adopted in Paris in October 2005; both Parties have ratified it\.$/m);
    expect(document.text).not.toContain('↑');
  });
});

describe('pdf reader', () => {
  it('reads three pages, drops the running header and the page numbers, and records page spans', async () => {
    const document = await read('agreement.pdf');
    expect(document.format).toBe('pdf');
    expect(document.pages.map((p) => p.page)).toEqual([1, 2, 3]);
    expect(document.text).not.toContain('consultation draft');
    expect(document.text).not.toMatch(/^Page \d$/m);
    const pageOf = (excerpt: string) => {
      const at = document.text.indexOf(excerpt);
      return document.pages.find((p) => p.start <= at && at < p.end)?.page;
    };
    expect(pageOf('Article 1.2 Definitions')).toBe(1);
    expect(pageOf('Chapter 2 Cross-Border Trade in Services')).toBe(2);
    expect(pageOf('Article 2.2 National Treatment')).toBe(2);
    expect(pageOf('Chapter 3 Cultural Cooperation')).toBe(3);
    const [first, second, third] = document.pages;
    expect(document.text.slice(first!.start, first!.end)).toMatch(/^AGREEMENT ON TRADE[\s\S]*decision taken by a\nParty\.$/);
    expect(document.text.slice(second!.start, second!.end)).toMatch(/^Chapter 2 [\s\S]*its own services and service suppliers\.$/);
    // The note at the foot of page 1 follows the last page, as a Word document's notes do; its reference stays where it was.
    expect(document.text.slice(third!.start, third!.end)).toMatch(/^Chapter 3 [\s\S]*internal procedures are complete\.\n\n\[1\] Adopted in Paris in October 2005; both Parties have ratified it\.$/);
    expect(document.text).toContain('Diversity of Cultural Expressions[1];');
    expect(document.original.text).toContain('consultation draft'); // still there in the original, outside every page's text
    expect(document.title).toBe('AGREEMENT ON TRADE IN SERVICES BETWEEN THE REPUBLIC OF ALDORIA AND THE FEDERATION OF BELUNA');
  });
});

describe('tota-xml reader', () => {
  it('keeps the XML tree as the outline, with ids, bare numbers and offsets of each heading line', async () => {
    const document = await read('tota-mini.xml');
    expect(document).toMatchObject({ format: 'tota-xml', language: 'en', title: 'Aldoria - Beluna' });
    expect(document.meta).toMatchObject({
      name: 'Aldoria - Beluna',
      type: 'Free Trade Agreement & Economic Integration Agreement',
      parties: ['ALD', 'BEL'],
      dateSigned: '2019-05-02',
      dateInForce: '2020-01-01',
      status: 'In Force',
      extra: { wto_rta_id: '9001', region: 'Imaginaria', language: 'en', source: 'https://example.org/ald-bel.pdf' },
    });
    expect(document.meta.extra).not.toHaveProperty('date_inactive');
    const [preamble, chapter1, chapter2] = document.outline;
    expect(preamble).toMatchObject({ kind: 'preamble', heading: 'Preamble', externalId: '1' });
    expect(chapter1).toMatchObject({ kind: 'chapter', number: '1', heading: 'Initial Provisions', externalId: '2' });
    expect(chapter2!.children.map((a) => [a.number, a.heading, a.externalId])).toEqual([
      ['2.1', 'Scope', '4'],
      [undefined, undefined, '5'],
    ]);
    const slice = (n: { start: number; end: number }) => document.text.slice(n.start, n.end);
    expect(slice(chapter1!)).toMatch(/^CHAPTER 1 Initial Provisions\n\nARTICLE 1\.1 Objectives\n[\s\S]*calendar days\.$/);
    expect(slice(chapter1!.children[0]!)).toBe(
      'ARTICLE 1.1 Objectives\nThe objectives of this Agreement are to:\n(a) expand trade in goods;\n(b) promote cultural cooperation.',
    );
    expect(slice(chapter2!.children[0]!)).toBe('ARTICLE - 2.1 Scope\nThis Chapter does not apply to audio-visual services & broadcasting.');
    // Character references by number, in text and attributes, are read as the characters they stand for.
    expect(chapter1!.children[1]).toMatchObject({ heading: 'Definitions & Terms' });
    expect(document.original.text).toContain('For the purposes of this Agreement, “days” means calendar days.');
    expect(slice(chapter2!.children[1]!)).toBe('Each Party shall maintain measures on online consumer protection.');
  });

  it('reads a chapter ToTA names Preamble whose articles are numbered as the articles they are, not as recitals', async () => {
    // ToTA files the first articles of many agreements whose recitals it left out under a chapter named "Preamble".
    const xml = readFileSync(join(FIXTURES, 'tota-mini.xml'), 'utf8').replace(
      /(<chapter name="Preamble"[^>]*>\s*)<article article_identifier="1">[^<]*<\/article>/,
      '$1<article number="ARTICLE 1" article_identifier="1">1. An association is hereby established between the Parties. Its aims are to promote cooperation in cultural matters.</article>',
    );
    expect(xml).toContain('number="ARTICLE 1"');
    const document = await readAgreementBytes(Buffer.from(xml), 'numbered-preamble.xml');
    const [first] = document.outline;
    expect(first).toMatchObject({ kind: 'chapter', heading: 'Preamble' });
    expect(first!.children.map((a) => [a.kind, a.number])).toEqual([['article', '1']]);
    // An unnumbered one stays the preamble.
    expect((await read('tota-mini.xml')).outline[0]).toMatchObject({ kind: 'preamble' });
  });
});
