import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readAgreement } from '../../ingest/index.js';
import type { AgreementDocument } from '../../model.js';
import { sha256 } from '../../sha256.js';
import { renderLines } from './render-lines.js';
import { toEurLexHtml, toWebPageHtml } from './web-pages.js';

/**
 * The formats LibreOffice renders a plain text to, with its filter and the ending of what it writes:
 * PDF and Word from the text, and its own web page of the Word rendering (as a user who saves the
 * Word file as a web page gets it: each paragraph a <p>; its plain HTML filter would keep the text's
 * preformatted lines in one <pre>, which is the text again).
 */
const RENDERED_FORMATS = {
  pdf: { filter: 'pdf', ending: 'pdf' },
  docx: { filter: 'docx:MS Word 2007 XML', ending: 'docx' },
  html: { filter: 'xhtml:XHTML Writer File:UTF8', ending: 'xhtml' },
} as const;
export type RenderedFormat = keyof typeof RENDERED_FORMATS;

/** What each LibreOffice rendering is converted from: the text itself, or another rendering of it. */
const RENDERED_FROM: Record<RenderedFormat, RenderedFormat | 'txt'> = { pdf: 'txt', docx: 'txt', html: 'docx' };

/**
 * The web layouts a text is rendered to by culturescan itself, in the markup the sites that publish
 * treaties use: the official journal's (EUR-Lex) and a government's web page.
 */
const WEB_LAYOUTS = { 'eur-lex': toEurLexHtml, 'web-page': toWebPageHtml } as const;
export type WebLayout = keyof typeof WEB_LAYOUTS;
const isWebLayout = (format: string): format is WebLayout => Object.hasOwn(WEB_LAYOUTS, format);
export const isRenderedFormat = (format: string): format is RenderedFormat => Object.hasOwn(RENDERED_FORMATS, format);

/** Where renderings are kept between runs: outside the project, keyed by the text's bytes. */
export const RENDER_CACHE_DIR = join(tmpdir(), 'culturescan-real-texts');

/** The LibreOffice program, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  const found = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  return found.status === 0 ? 'soffice' : undefined;
}

const cachedName = (path: string, format: RenderedFormat): string => {
  const digest = sha256(readFileSync(path)).slice(0, 16);
  return join(RENDER_CACHE_DIR, `${basename(path, '.txt')}-${digest}.${RENDERED_FORMATS[format].ending}`);
};

/**
 * A text as one web layout publishes it, written beside the LibreOffice renderings. Its headings are
 * those the text was read with (`doc`, the text as read), as a site marks up the headings it prints;
 * it is written afresh each time, being cheap and dependent on the reader.
 */
function renderWebPage(path: string, doc: AgreementDocument, layout: WebLayout): string {
  mkdirSync(RENDER_CACHE_DIR, { recursive: true });
  const digest = sha256(readFileSync(path)).slice(0, 16);
  const file = join(RENDER_CACHE_DIR, `${basename(path, '.txt')}-${digest}.${layout}.html`);
  writeFileSync(file, WEB_LAYOUTS[layout](renderLines(doc), doc.title || basename(path, '.txt')));
  return file;
}

/**
 * The given plain texts rendered to `format` by LibreOffice (each line a paragraph, as a user who
 * opens the text and saves it would get; HTML by way of the Word rendering), made once and kept in
 * RENDER_CACHE_DIR. Returns the
 * rendering of each text, or undefined for a text LibreOffice could not convert.
 */
function renderTexts(paths: readonly string[], format: RenderedFormat, soffice: string): Map<string, string | undefined> {
  mkdirSync(RENDER_CACHE_DIR, { recursive: true });
  const from = RENDERED_FROM[format];
  const sources = from === 'txt' ? new Map(paths.map((p) => [p, p])) : renderTexts(paths, from, soffice);
  const missing = paths.filter((p) => !existsSync(cachedName(p, format)) && sources.get(p) !== undefined);
  if (missing.length > 0) {
    // A private profile, so that a running LibreOffice cannot block the conversion.
    const work = mkdtempSync(join(tmpdir(), 'culturescan-render-'));
    try {
      spawnSync(soffice, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', RENDERED_FORMATS[format].filter, '--outdir', work, ...missing.map((p) => sources.get(p)!)], {
        stdio: 'ignore',
        timeout: 1_800_000,
      });
      for (const p of missing) {
        const source = sources.get(p)!;
        const made = join(work, `${basename(source, source.slice(source.lastIndexOf('.')))}.${RENDERED_FORMATS[format].ending}`);
        if (existsSync(made)) copyFileSync(made, cachedName(p, format));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return new Map(paths.map((p) => [p, existsSync(cachedName(p, format)) ? cachedName(p, format) : undefined]));
}

/** A text's file in one format: the text itself, or a rendering of it. */
export interface Rendering {
  format: string;
  file: string;
}

/**
 * The files of the given plain texts in each format asked: .txt as it is; .pdf, .docx and html as
 * LibreOffice renders it (`soffice` undefined: those formats are left out); eur-lex and web-page as
 * culturescan renders it in those sites' markup. LibreOffice's are made for every text at once
 * (one run per format); the function returned gives one text's files, in the order of `formats`.
 */
export function renderingsOf(paths: readonly string[], formats: readonly string[], soffice: string | undefined): (path: string) => Promise<Rendering[]> {
  const rendered = new Map<RenderedFormat, Map<string, string | undefined>>();
  for (const format of formats) {
    if (isRenderedFormat(format) && soffice) rendered.set(format, renderTexts(paths, format, soffice));
  }
  return async (path) => {
    const text = formats.some(isWebLayout) ? await readAgreement(path) : undefined;
    return formats.flatMap((format) => {
      const file = format === 'txt' ? path : isWebLayout(format) ? renderWebPage(path, text!, format) : isRenderedFormat(format) ? rendered.get(format)?.get(path) : undefined;
      return file ? [{ format, file }] : [];
    });
  };
}
