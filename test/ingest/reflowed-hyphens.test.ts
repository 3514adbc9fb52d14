import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize.js';
import { toOriginalRange } from '../../src/ingest/offset-map.js';
import { SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';

/**
 * A text whose lines were broken with hyphens and then joined into paragraphs — copied from a PDF
 * viewer, an OCR text reflowed — keeps a hyphen and a space where each line ended ("the Conven- tion
 * on the Protection …"). The word is read whole where the document vouches for it; a suspended
 * compound ("small- and medium-sized") and a word the document never writes stay as they are.
 */

describe('a word broken at a line end that reflowing turned into a space', () => {
  it('is joined when the document writes it joined elsewhere, and maps back to the broken original', () => {
    const original = 'Recalling the Convention of 2005, the Parties affirm the Conven- tion on the diversity of cultural expressions.';
    const { text, map } = normalizeText(original);
    expect(text).toBe('Recalling the Convention of 2005, the Parties affirm the Convention on the diversity of cultural expressions.');
    const at = text.lastIndexOf('Convention on');
    const [from, to] = toOriginalRange(map, at, at + 'Convention on'.length);
    expect(original.slice(from, to)).toBe('Conven- tion on');
  });

  it('keeps its hyphen when the document writes it hyphenated', () => {
    expect(normalizeText('audio-visual services; the audio- visual sector').text).toBe('audio-visual services; the audio-visual sector');
  });

  it('is left as written when the document writes neither form, or the word after is a conjunction', () => {
    expect(normalizeText('the Conven- tion applies').text).toBe('the Conven- tion applies');
    expect(normalizeText('small- and medium-sized enterprises; small and medium enterprises; smalland').text).toBe('small- and medium-sized enterprises; small and medium enterprises; smalland');
    expect(normalizeText('import- or export-related; importor').text).toBe('import- or export-related; importor');
    expect(normalizeText('a dash - then cultural - goods').text).toBe('a dash - then cultural - goods');
  });

  it('is left as written in a text whose hyphen spaces are its own (ToTA transcriptions)', () => {
    expect(normalizeText('the Convention; the Conven- tion', { hyphenSpacesAsWritten: true }).text).toBe('the Convention; the Conven- tion');
  });
});

/** The sample agreement's long lines wrapped at 62 columns, each line-end word broken by a hyphen, then the lines joined again by spaces. */
function reflowed(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 70) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        const letters = /^[A-Za-z]+/.exec(word)?.[0] ?? '';
        const room = 62 - current.length - 2;
        if (current !== '' && current.length + 1 + word.length > 62 && letters.length >= 7 && room >= 3) {
          const cut = Math.min(room, letters.length - 3);
          current = `${current} ${word.slice(0, cut)}- ${word.slice(cut)}`;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

interface Scanned {
  documentId: string;
  findings: Array<{ category: string; fingerprint: string; location: { articleNumber?: string } }>;
}

describe('the sample agreements as reflowed text', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-reflowed-'));
  const names = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => name.endsWith('.txt'));
  beforeAll(() => {
    ensureBuilt(BIN);
    for (const name of names) {
      const text = readFileSync(join(SAMPLE_CORPUS_DIR, name), 'utf8');
      writeFileSync(join(dir, name), text);
      writeFileSync(join(dir, name.replace(/\.txt$/, '.reflowed.txt')), reflowed(text));
    }
  }, 120_000);

  it('give the findings and fingerprints of the text as published', () => {
    const run = spawnSync(process.execPath, [BIN, 'scan', dir, '--format', 'jsonl', '--no-cache', '--jobs', '1'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const results = new Map(run.stdout.trim().split('\n').map((line) => JSON.parse(line) as Scanned).map((r) => [r.documentId, r]));
    const seen = (r: Scanned | undefined) => (r?.findings ?? []).map((f) => `${f.category} ${f.location.articleNumber ?? ''} ${f.fingerprint}`).sort();
    let broken = 0;
    for (const name of names) {
      const id = name.replace(/\.txt$/, '');
      broken += (readFileSync(join(dir, `${id}.reflowed.txt`), 'utf8').match(/[a-z]- [a-z]/g) ?? []).length;
      expect(seen(results.get(`${id}.reflowed`)), id).toEqual(seen(results.get(id)));
      expect(results.get(id)?.findings.length).toBeGreaterThan(0);
    }
    expect(broken).toBeGreaterThan(40); // the reflowing did break words
  });
});
