import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { joinPages } from '../../src/ingest/pdf-furniture.js';
import type { OutlineNode } from '../../src/model.js';
import { findPageNotes } from '../../src/structure/page-notes.js';
import { CHROMIUM } from '../support/chromium.js';
import { hasPdftotext, renderLines, writeText } from '../support/render-formats.js';
import { printToPdf, toTypesetHtml } from '../support/render-typeset.js';
import { flatten, outlineOf } from './helpers.js';

const BODY = 'Each Party shall ensure that its measures are transparent.';

/** Each note of a text as "its number: the word its call follows" ("2: Schedules."), or "uncalled". */
function calls(text: string, outline: readonly OutlineNode[] = outlineOf(text)): string[] {
  return flatten(outline)
    .flatMap((n) => n.notes ?? [])
    .map((note) => `${note.number}: ${note.calledAt === undefined ? 'uncalled' : /(\S+)\s*$/.exec(text.slice(0, note.calledAt))![1]}`);
}

/**
 * A note at the foot of a page may call another note printed below it on the same page ("1 … the
 * services listed in the Schedules.2" / "2 The Schedules …"): both are the page's notes, and the second
 * is tied to the words of the first, as a Word document's note called from another note is.
 */
describe('a note called from another note at the foot of the same page', () => {
  const page = [
    'Article 4',
    'Each Party shall accord to services of the other Party treatment no less',
    'favourable than that it accords to its own like services.1 The Parties shall review',
    'this Article every five years.',
    '1For greater certainty, this covers the services listed in the Schedules.2',
    '2The Schedules of the Parties are set out in Annex I.',
  ];

  it('finds both notes, and the call of the second in the words of the first', () => {
    const found = findPageNotes(page, 1);
    expect(found.notes.map((n) => [n.number, n.firstLine, n.lastLine])).toEqual([[1, 4, 4], [2, 5, 5]]);
    const second = page[4]!.lastIndexOf('2');
    expect(found.references).toEqual([
      { number: 1, line: 2, start: 57, end: 58 },
      { number: 2, line: 4, start: second, end: second + 1 },
    ]);
  });

  it('leaves the notes alone where the second is called nowhere', () => {
    expect(findPageNotes(page.map((line) => line.replace('Schedules.2', 'Schedules.')), 1).notes).toEqual([]);
  });

  it('marks the call in the note when a PDF page is read, and keeps the body whole', () => {
    const { stripped } = joinPages([[...page, 'Page 1 of 1'].join('\n')]);
    expect(stripped.text).toBe(
      'Article 4\nEach Party shall accord to services of the other Party treatment no less\n' +
        'favourable than that it accords to its own like services.[1] The Parties shall review\nthis Article every five years.' +
        '\n\n[1] For greater certainty, this covers the services listed in the Schedules.[2]\n\n[2] The Schedules of the Parties are set out in Annex I.',
    );
    expect(calls(stripped.text)).toEqual(['1: services.', '2: Schedules.']);
  });

  it('ties the note to the note that calls it in a printed agreement saved as text', () => {
    const text = [
      'Article 1', BODY, '1', '',
      'Article 2', `${BODY} The Parties shall review the services listed.3`, '',
      '3 For greater certainty, this covers the services listed in the Schedules.4', '4 The Schedules of the Parties are set out in Annex I.', '2', '',
      'Article 3', BODY, '3', '',
    ].join('\n');
    expect(calls(text)).toEqual(['3: listed.', '4: Schedules.']);
  });
});

describe.skipIf(!CHROMIUM)('a note called from another note, on a typeset page printed by Chromium', () => {
  const LONG = 'Each Party shall accord to services and service suppliers of the other Party treatment no less favourable than that it accords, in like circumstances, to its own like services and service suppliers, and shall publish promptly every measure of general application that affects trade in services covered by this Agreement.';
  const articles = Array.from({ length: 24 }, (_, i) => (i === 3 ? ['Article 4', `${LONG} The Parties shall review the services listed.[1]`] : [`Article ${i + 1}`, LONG]));
  const text = [
    'AGREEMENT ON TRADE IN SERVICES BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS', '',
    ...articles.flatMap((lines) => [...lines, '']),
    '[1] For greater certainty, this covers the services listed in the Schedules.[2]', '',
    '[2] Nothing in the Schedules applies to audiovisual services.',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-note-in-note-'));
  const paths: string[] = [];

  beforeAll(async () => {
    const source = writeText(join(dir, 'services.txt'), text);
    const doc = await readAgreement(source);
    const page = writeText(join(dir, 'services.html'), toTypesetHtml(renderLines(doc), doc.title, { columns: 1, header: 'Treaty Series No. 12 (2026)', language: doc.language }));
    const pdf = join(dir, 'services.pdf');
    printToPdf(page, pdf);
    paths.push(source, pdf);
    if (!hasPdftotext()) return;
    for (const [suffix, options] of [['pdftotext', []], ['pdftotext-layout', ['-layout']]] as const) {
      const copied = join(dir, `services.${suffix}.txt`);
      execFileSync('pdftotext', [...options, pdf, copied]);
      paths.push(copied);
    }
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('ties the second note to the words of the first in the text, the PDF and the text copied from it', async () => {
    expect(paths.length).toBeGreaterThanOrEqual(2);
    for (const path of paths) {
      const doc = await readAgreement(path);
      expect([basename(path), calls(doc.text, doc.outline)]).toEqual([basename(path), ['1: listed.', '2: Schedules.']]);
    }
  });
});
