import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPdfDirectly } from '../../src/ingest/pdf-direct.js';
import { extractPageTexts } from '../../src/ingest/pdf-pages.js';
import { pdfReader } from '../../src/ingest/pdf.js';
import { PACKAGE_ROOT, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { pdfFromObjects } from '../support/pdf-from-objects.js';

/**
 * The direct PDF reader takes the PDFs that LibreOffice, Word and browsers print and gives the page
 * texts pdf.js and pdf-parse give; a PDF it does not read exactly so is declined, and the PDF reader
 * then reads it with pdf.js. (`node dist/src/scripts/pdf-direct-compare.js` compares the two readers'
 * text items on any set of PDFs.)
 */

/** A one-page PDF around a content stream (bytes as latin1 text, with its filter's entries if any), with the font given (object 5) and more objects (6 on). */
function onePagePdf(content: string, font: string, filter = '', more: readonly string[] = []): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length}${filter} >>\nstream\n${content}\nendstream`,
    font,
    ...more,
  ];
  return new Uint8Array(pdfFromObjects(objects));
}

const SENTENCE = 'Nothing in this Agreement applies to measures concerning cultural industries.';

describe('the direct PDF reader', () => {
  const samples = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => name.endsWith('.pdf'));

  it.each(samples)('reads %s (printed by LibreOffice) page for page as pdf.js does', async (name) => {
    const bytes = new Uint8Array(readFileSync(join(SAMPLE_CORPUS_DIR, name)));
    const direct = readPdfDirectly(bytes);
    expect(direct).toHaveProperty('pageTexts');
    expect((direct as { pageTexts: string[] }).pageTexts).toEqual(await extractPageTexts(bytes));
  });

  it('declines a PDF whose font is a standard font without its program, and the PDF reader reads it with pdf.js', async () => {
    const bytes = onePagePdf(`BT /F1 12 Tf 72 720 Td (${SENTENCE}) Tj ET`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
    expect(readPdfDirectly(bytes)).toEqual({ declined: 'a Type1 font' });
    const read = await pdfReader.read(bytes, 'standard-font.pdf');
    expect(read.original).toContain(SENTENCE);
  });

  it('declines an encrypted PDF, which pdf.js then names as such', () => {
    const bytes = new Uint8Array(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'ingest', 'encrypted.pdf')));
    expect(readPdfDirectly(bytes)).toEqual({ declined: 'encrypted' });
  });

  it('declines a font whose ToUnicode map would be millions of codes long, before building it', () => {
    const cmap = 'begincmap 1 beginbfrange <000000> <FFFFFF> <0041> endbfrange endcmap';
    const font = '<< /Type /Font /Subtype /TrueType /BaseFont /F /FirstChar 65 /Widths [600] /FontDescriptor 6 0 R /ToUnicode 7 0 R >>';
    const more = ['<< /Type /FontDescriptor /FontName /F /FontFile2 8 0 R >>', `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`, '<< /Length 4 >>\nstream\ntrue\nendstream'];
    const started = Date.now();
    expect(readPdfDirectly(onePagePdf('BT /F1 12 Tf 72 720 Td (A) Tj ET', font, '', more))).toEqual({ declined: 'a ToUnicode CMap with too many mappings' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('declines a content stream that inflates beyond its budget, and reads it within one', () => {
    const blanks = deflateSync(Buffer.alloc(4 * 1024 * 1024, 0x20)).toString('latin1');
    const bytes = onePagePdf(blanks, '<< >>', ' /Filter /FlateDecode');
    expect(readPdfDirectly(bytes, { inflatedBytes: 1024 * 1024, operators: 1000 })).toHaveProperty('declined');
    expect(readPdfDirectly(bytes, { inflatedBytes: 8 * 1024 * 1024, operators: 1000 })).toEqual({ pageTexts: [''] });
  });
});
