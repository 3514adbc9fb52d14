import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { sha256 } from '../../sha256.js';

/** The formats a plain text is rendered to, with LibreOffice's filter for each. */
export const RENDERED_FORMATS = { pdf: 'pdf', docx: 'docx:MS Word 2007 XML' } as const;
export type RenderedFormat = keyof typeof RENDERED_FORMATS;

/** Where renderings are kept between runs: outside the project, keyed by the text's bytes. */
export const RENDER_CACHE_DIR = join(tmpdir(), 'culturescan-real-texts');

/** The LibreOffice program, or undefined when it is not installed. */
export function findSoffice(): string | undefined {
  const found = spawnSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
  return found.status === 0 ? 'soffice' : undefined;
}

const cachedName = (path: string, format: RenderedFormat): string => {
  const digest = sha256(readFileSync(path)).slice(0, 16);
  return join(RENDER_CACHE_DIR, `${basename(path, '.txt')}-${digest}.${format}`);
};

/**
 * The given plain texts rendered to `format` by LibreOffice (each line a paragraph, as a user who
 * opens the text and saves it would get), made once and kept in RENDER_CACHE_DIR. Returns the
 * rendering of each text, or undefined for a text LibreOffice could not convert.
 */
export function renderTexts(paths: readonly string[], format: RenderedFormat, soffice: string): Map<string, string | undefined> {
  mkdirSync(RENDER_CACHE_DIR, { recursive: true });
  const missing = paths.filter((p) => !existsSync(cachedName(p, format)));
  if (missing.length > 0) {
    // A private profile, so that a running LibreOffice cannot block the conversion.
    const work = mkdtempSync(join(tmpdir(), 'culturescan-render-'));
    try {
      spawnSync(soffice, [`-env:UserInstallation=file://${work}/profile`, '--headless', '--convert-to', RENDERED_FORMATS[format], '--outdir', work, ...missing], {
        stdio: 'ignore',
        timeout: 1_800_000,
      });
      for (const p of missing) {
        const made = join(work, `${basename(p, '.txt')}.${format}`);
        if (existsSync(made)) copyFileSync(made, cachedName(p, format));
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  return new Map(paths.map((p) => [p, existsSync(cachedName(p, format)) ? cachedName(p, format) : undefined]));
}
