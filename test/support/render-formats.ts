import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeXml, type RenderLine } from '../../src/scripts/real-texts/render-lines.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

export { escapeXml, renderLines, type RenderLine } from '../../src/scripts/real-texts/render-lines.js';

export const toMarkdown = (lines: readonly RenderLine[]): string =>
  lines.map((l) => (l.level ? `${'#'.repeat(l.level + 1)} ${l.text}` : l.text)).join('\n');

export function toHtml(lines: readonly RenderLine[], title: string): string {
  const body = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) => (l.level ? `<h${l.level + 1}>${escapeXml(l.text)}</h${l.level + 1}>` : `<p>${escapeXml(l.text)}</p>`));
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeXml(title)}</title></head><body>\n${body.join('\n')}\n</body></html>\n`;
}

/** Layouts of a word-processed rendering. */
export interface FodtLayout {
  /** Headings as Word heading styles, or as plain (bold-free) body paragraphs. */
  headingStyles: boolean;
  /** Text set in two columns, as some gazettes print treaties. */
  columns: 1 | 2;
  /** A running header on every page (the page footer "Page N of M" is always there). */
  header: string;
  /**
   * Notes at the foot of the page, as an official journal sets them: the agreement's own notes ("[n] …"
   * paragraphs, referred to by "[n]") become real footnotes; an agreement without notes gets some
   * (references to other acts, in its language) at the end of every third long paragraph.
   */
  footnotes?: boolean;
  /** The symbols the notes are marked by, in their order ("*", "†", "‡" …), in place of numbers. */
  noteMarks?: readonly string[];
  /** A running head naming the chapter (the current first-level heading) on every page, as a book prints it; in place of `header`. */
  chapterHeads?: boolean;
  /** Line numbers in the left margin, afresh on each page: on every line (1) or every fifth (5), as a bill or a court filing prints them. */
  lineNumbers?: 1 | 5;
}

/**
 * Notes that carry no cultural clause, as official journals print them: a reference to another act,
 * then, on a line of its own, a sentence that opens like an article heading ("Article 3 of that act
 * …"). Each is made of an opening and a closing taken in turn from lists of coprime lengths, so that
 * no two notes of an agreement read alike (a line repeated at the foot of many pages is a running footer).
 */
export const ADDED_NOTES: Record<string, { openings: string[]; closings: string[] }> = {
  en: {
    openings: ['Decision No 1/2025 of the Joint Committee.', 'OJ L 112, 30.4.2025, p. 4.', 'Rules of Procedure of the Joint Committee.', 'Protocol on Administrative Cooperation.', 'Notice published in OJ C 41, 2.2.2026.'],
    closings: ['Article 2 of that act applies to such requests.', 'Article 3 of that act sets the time limits.', 'Article 4 of that act governs the procedure.', 'Article 5 of that act lists the competent bodies.', 'Article 6 of that act gives the forms to be used.', 'Article 7 of that act sets the working languages.', 'Article 8 of that act gives the contact details.'],
  },
  fr: {
    openings: ['Décision no 1/2025 du comité mixte.', 'JO L 112 du 30.4.2025, p. 4.', 'Règlement intérieur du comité mixte.', 'Protocole relatif à la coopération administrative.', 'Avis publié au JO C 41 du 2.2.2026.'],
    closings: ["Article 2 de cet acte, applicable à ces demandes.", 'Article 3 de cet acte, qui fixe les délais.', 'Article 4 de cet acte, qui régit la procédure.', 'Article 5 de cet acte, qui énumère les organismes compétents.', 'Article 6 de cet acte, qui donne les formulaires.', 'Article 7 de cet acte, qui fixe les langues de travail.', 'Article 8 de cet acte, qui donne les coordonnées.'],
  },
  es: {
    openings: ['Decisión n.º 1/2025 del Comité Conjunto.', 'DO L 112 de 30.4.2025, p. 4.', 'Reglamento interno del Comité Conjunto.', 'Protocolo de cooperación administrativa.', 'Anuncio publicado en el DO C 41 de 2.2.2026.'],
    closings: ['Artículo 2 de dicho acto, aplicable a tales solicitudes.', 'Artículo 3 de dicho acto, que fija los plazos.', 'Artículo 4 de dicho acto, que regula el procedimiento.', 'Artículo 5 de dicho acto, que enumera los organismos competentes.', 'Artículo 6 de dicho acto, que indica los formularios.', 'Artículo 7 de dicho acto, que fija las lenguas de trabajo.', 'Artículo 8 de dicho acto, que indica los datos de contacto.'],
  },
};
export const NOTE_PARAGRAPH = /^\[(\d{1,3})\] (.+)$/;

/** The body paragraphs with their notes set as ODT footnotes (see FodtLayout.footnotes); other text escaped. */
function withFootnotes(lines: readonly RenderLine[], language: string, marks?: readonly string[]): Array<RenderLine & { xml: string }> {
  // A note's paragraphs: its "[n] …" paragraph and the body paragraphs after it (the items of a list it
  // sets as paragraphs), as the notes close the text.
  const bodies = new Map<string, string[]>();
  const inNotes = new Set<RenderLine>();
  let current: string[] | undefined;
  for (const line of lines) {
    const note = NOTE_PARAGRAPH.exec(line.text);
    if (line.level !== undefined) current = undefined;
    else if (note) bodies.set(note[1]!, (current = [note[2]!]));
    else if (current) current.push(line.text);
    if (current) inNotes.add(line);
  }
  const citationXml = (citation: number) => {
    const mark = marks?.[(citation - 1) % marks.length];
    return mark === undefined ? `<text:note-citation>${citation}</text:note-citation>` : `<text:note-citation text:label="${escapeXml(mark)}">${escapeXml(mark)}</text:note-citation>`;
  };
  const noteXml = (citation: number, paragraphs: string[][]) =>
    `<text:note text:id="ftn${citation}" text:note-class="footnote">${citationXml(citation)}` +
    `<text:note-body>${paragraphs.map((lines) => `<text:p text:style-name="Footnote">${lines.map(escapeXml).join('<text:line-break/>')}</text:p>`).join('')}</text:note-body></text:note>`;
  const added = ADDED_NOTES[language.slice(0, 2)] ?? ADDED_NOTES.en!;
  let citation = 0;
  let longParagraphs = 0;
  return lines
    .filter((line) => !inNotes.has(line))
    .map((line) => {
      if (bodies.size > 0) {
        const xml = line.text
          .split(/(\[\d{1,3}\])/)
          .map((part) => {
            const body = /^\[(\d{1,3})\]$/.test(part) ? bodies.get(part.slice(1, -1)) : undefined;
            return body === undefined ? escapeXml(part) : noteXml(++citation, body.map((paragraph) => [paragraph]));
          })
          .join('');
        return { ...line, xml };
      }
      // A note goes at the end of a paragraph, where a sentence ends anyway.
      if (line.level === undefined && line.text.length > 80 && /\.$/.test(line.text) && ++longParagraphs % 3 === 0) {
        citation += 1;
        const note = [added.openings[citation % added.openings.length]!, added.closings[citation % added.closings.length]!];
        return { ...line, xml: escapeXml(line.text) + noteXml(citation, [note]) };
      }
      return { ...line, xml: escapeXml(line.text) };
    });
}

/** A flat ODT document (the corpus template) that LibreOffice converts to DOCX or PDF. */
export function toFodt(lines: readonly RenderLine[], layout: FodtLayout, language: string): string {
  const template = readFileSync(join(PACKAGE_ROOT, 'test', 'corpus-src', 'template.fodt'), 'utf8');
  const paragraphs = lines.filter((l) => l.text.trim() !== '');
  const body = (layout.footnotes ? withFootnotes(paragraphs, language, layout.noteMarks) : paragraphs.map((l) => ({ ...l, xml: escapeXml(l.text) }))).map((l) =>
    l.level && layout.headingStyles
      ? `<text:h text:style-name="Heading_20_${l.level}" text:outline-level="${l.level}">${l.xml}</text:h>`
      : `<text:p text:style-name="Text_20_body">${l.xml}</text:p>`,
  );
  const columns = layout.columns === 2 ? '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' : '';
  const lineNumbering = layout.lineNumbers
    ? `<text:linenumbering-configuration text:number-lines="true" text:offset="0.5cm" style:num-format="1" text:number-position="left" text:increment="${layout.lineNumbers}" text:restart-on-page="true"/>`
    : '';
  return template
    .replace('<office:styles>', `<office:styles>${lineNumbering}`)
    .replace(/<style:page-layout-properties ([^>]*)\/>/, (_, attributes: string) => `<style:page-layout-properties ${attributes}>${columns}</style:page-layout-properties>`)
    .replaceAll('{{title}}', '')
    .replaceAll('{{header}}', layout.chapterHeads ? '<text:chapter text:display="name" text:outline-level="1"/>' : escapeXml(layout.header))
    .replaceAll('{{footer}}', 'Page')
    .replaceAll('{{of}}', 'of')
    .replaceAll('{{lang}}', language)
    .replaceAll('{{country}}', '')
    .replace('{{body}}', body.join('\n'));
}

/** Whether LibreOffice can be run here. */
export function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Converts every given .fodt file to `format` in one LibreOffice run (a private profile, so nothing else blocks it). */
export function convertAll(dir: string, inputs: readonly string[], format: 'docx' | 'pdf'): void {
  const out = join(dir, format);
  mkdirSync(out, { recursive: true });
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', out, ...inputs],
    { stdio: 'ignore', timeout: 600_000 },
  );
}

/** Whether poppler's pdftotext can be run here. */
export function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A .fodt document (`fodt`, written as `<name>.fodt` in `dir`) printed by LibreOffice as PDF and saved as
 * Word, and that PDF copied as plain text by pdftotext with and without its layout where pdftotext is
 * installed: the paths of the renderings, PDF and Word first.
 */
export function officeRenderings(dir: string, name: string, fodt: string): string[] {
  const source = writeText(join(dir, `${name}.fodt`), fodt);
  convertAll(join(dir, 'out'), [source], 'pdf');
  convertAll(join(dir, 'out'), [source], 'docx');
  const pdf = join(dir, 'out', 'pdf', `${name}.pdf`);
  const renderings = [pdf, join(dir, 'out', 'docx', `${name}.docx`)];
  if (hasPdftotext()) {
    for (const [suffix, options] of [['pdftotext', []], ['pdftotext-layout', ['-layout']]] as const) {
      const copied = join(dir, `${name}.${suffix}.txt`);
      execFileSync('pdftotext', [...options, pdf, copied]);
      renderings.push(copied);
    }
  }
  return renderings;
}

export function writeText(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
