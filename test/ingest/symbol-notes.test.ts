import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { differencesFrom, readingOf, type Reading } from '../support/agreement-reading.js';
import { hasSoffice, officeRenderings, renderLines, toFodt, toHtml, writeText } from '../support/render-formats.js';

/**
 * Notes marked by symbols in place of numbers ("*", "†", "‡" …, as a typesetter marks a few notes) belong
 * to the article that calls them as numbered notes do. The agreement of test/fixtures/notes/, whose
 * notes hold clauses of their own, is written with its notes so marked: as text (the notes after it),
 * as a web page, and printed by LibreOffice with the notes at the foot of the pages, then saved as Word
 * and as PDF and copied from that PDF as text (pdftotext, with and without its layout). Each must read
 * as the agreement with numbered notes: each note's finding on the article that calls it, with the
 * legal force of the note's own sentence.
 */
const SOURCE = join(PACKAGE_ROOT, 'test', 'fixtures', 'notes', 'services-agreement.txt');
const MARKS = ['*', '†', '‡', '§', '‖', '¶'];
const soffice = hasSoffice();
if (!soffice) console.warn('symbol notes: the Word and PDF renderings are skipped: LibreOffice (soffice) is not installed');

/** The text with each "[n]" (call and note) written as the n-th symbol. */
const withSymbols = (text: string): string => text.replace(/\[(\d)\]/g, (_, n: string) => MARKS[Number(n) - 1]!);

describe('notes marked by symbols, read with the article that calls them', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  /** Each finding as "article category force". */
  const forcesOf = (doc: AgreementDocument) => [...new Set(assess(doc, scanDocument(doc, ruleSet)).findings.map((f) => `${f.location.articleNumber} ${f.category} ${f.legalForce}`))].sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-symbol-notes-'));
  let expected: Reading;
  let expectedForces: string[];
  const renderings: string[] = [];

  beforeAll(async () => {
    const numbered = await readAgreement(SOURCE);
    expected = readingOf(numbered, ruleSet);
    expectedForces = forcesOf(numbered);
    const text = writeText(join(dir, 'services.txt'), withSymbols(readFileSync(SOURCE, 'utf8')));
    const doc = await readAgreement(text);
    renderings.push(text, writeText(join(dir, 'services.html'), toHtml(renderLines(doc), 'Services')));
    if (!soffice) return;
    renderings.push(...officeRenderings(dir, 'services', toFodt(renderLines(numbered), { headingStyles: false, columns: 1, header: 'L 52/3 EN Official Journal of the Parties 3.3.2026', footnotes: true, noteMarks: MARKS }, numbered.language)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads the same articles and findings as with numbered notes, in every format', async () => {
    expect(renderings.length).toBeGreaterThanOrEqual(soffice ? 4 : 2);
    const differences: string[] = [];
    for (const path of renderings) differences.push(...differencesFrom(expected, readingOf(await readAgreement(path), ruleSet), basename(path)));
    expect(differences.join('\n')).toBe('');
  });

  it("reads each note's legal force from its own sentence, in every format", async () => {
    for (const path of renderings) expect([basename(path), forcesOf(await readAgreement(path))]).toEqual([basename(path), expectedForces]);
  });
});
