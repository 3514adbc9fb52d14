import { join } from 'node:path';
import { readAgreement } from '../../src/ingest/index.js';
import { convertAll, hasSoffice, renderLines, toFodt, toHtml, toMarkdown, writeText } from './render-formats.js';
import { toEurLexHtml, toWebPageHtml } from './render-web-pages.js';

/**
 * A plain-text agreement written into `dir` as .txt, then rendered from the outline read off it as
 * Markdown, HTML, EUR-Lex and a government's web page, and (where LibreOffice runs) as Word with and
 * without heading styles and as PDF: the paths of every rendering, the text's first.
 */
export async function renderEveryFormat(dir: string, name: string, text: string): Promise<string[]> {
  const source = writeText(join(dir, `${name}.txt`), text);
  const doc = await readAgreement(source);
  const lines = renderLines(doc);
  const paths = [
    source,
    writeText(join(dir, `${name}.md`), toMarkdown(lines)),
    writeText(join(dir, `${name}.html`), toHtml(lines, doc.title)),
    writeText(join(dir, `${name}.eurlex.html`), toEurLexHtml(lines, doc.title)),
    writeText(join(dir, `${name}.web.html`), toWebPageHtml(lines, doc.title)),
  ];
  if (!hasSoffice()) {
    console.warn(`${name}: the Word and PDF renderings are skipped: LibreOffice (soffice) is not installed`);
    return paths;
  }
  const styled = writeText(join(dir, `${name}.styled.fodt`), toFodt(lines, { headingStyles: true, columns: 1, header: '' }, doc.language));
  const plain = writeText(join(dir, `${name}.plain.fodt`), toFodt(lines, { headingStyles: false, columns: 1, header: '' }, doc.language));
  convertAll(join(dir, 'docx'), [styled, plain], 'docx');
  convertAll(join(dir, 'pdf'), [plain], 'pdf');
  return [...paths, join(dir, 'docx', 'docx', `${name}.styled.docx`), join(dir, 'docx', 'docx', `${name}.plain.docx`), join(dir, 'pdf', 'pdf', `${name}.plain.pdf`)];
}
