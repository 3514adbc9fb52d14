import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AgreementDocument, OutlineNode } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** How deep a node's heading goes in a rendering: chapter-level headings 1, articles 2. */
const LEVEL: Partial<Record<OutlineNode['kind'], number>> = {
  part: 1, chapter: 1, annex: 1, protocol: 1, appendix: 1, section: 2, subsection: 2, article: 2, preamble: 1,
};

/** One line of an agreement with, when it opens a node, the heading level it gets in a styled rendering. */
export interface RenderLine {
  text: string;
  level?: number;
}

/** The document's lines, each heading line marked with its level (from the outline read off the text). */
export function renderLines(doc: AgreementDocument): RenderLine[] {
  const levels = new Map<number, number>();
  const visit = (node: OutlineNode): void => {
    const level = LEVEL[node.kind];
    if (level !== undefined && !levels.has(node.start)) levels.set(node.start, level);
    node.children.forEach(visit);
  };
  doc.outline.forEach(visit);
  const lines: RenderLine[] = [];
  let offset = 0;
  for (const text of doc.text.split('\n')) {
    const level = levels.get(offset);
    const previous = lines[lines.length - 1];
    // A PDF's text is wrapped at the page width: its lines are joined back into paragraphs.
    if (doc.format === 'pdf' && level === undefined && previous && previous.level === undefined && previous.text !== '' && text !== '' && !/[.:;]$/.test(previous.text)) {
      previous.text += ` ${text}`;
    } else {
      lines.push(level === undefined ? { text } : { text, level });
    }
    offset += text.length + 1;
  }
  return lines;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
}

/** A flat ODT document (the corpus template) that LibreOffice converts to DOCX or PDF. */
export function toFodt(lines: readonly RenderLine[], layout: FodtLayout, language: string): string {
  const template = readFileSync(join(PACKAGE_ROOT, 'test', 'corpus-src', 'template.fodt'), 'utf8');
  const body = lines
    .filter((l) => l.text.trim() !== '')
    .map((l) =>
      l.level && layout.headingStyles
        ? `<text:h text:style-name="Heading_20_${l.level}" text:outline-level="${l.level}">${escapeXml(l.text)}</text:h>`
        : `<text:p text:style-name="Text_20_body">${escapeXml(l.text)}</text:p>`,
    );
  const columns = layout.columns === 2 ? '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/>' : '';
  return template
    .replace(/<style:page-layout-properties ([^>]*)\/>/, (_, attributes: string) => `<style:page-layout-properties ${attributes}>${columns}</style:page-layout-properties>`)
    .replaceAll('{{title}}', '')
    .replaceAll('{{header}}', escapeXml(layout.header))
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

export function writeText(path: string, text: string): string {
  writeFileSync(path, text);
  return path;
}
