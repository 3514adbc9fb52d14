import { mkdtempSync, rmSync } from 'node:fs';
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
import { hasSoffice, officeRenderings, renderLines, toFodt } from '../support/render-formats.js';

/**
 * A note belongs to the article that calls it, wherever the layout prints it: the agreement of
 * test/fixtures/notes/ keeps its notes at the end ("[n] …", as the Word and PDF readers give them), and
 * some of them hold a clause of their own (an audiovisual carve-out, a cultural exception, the
 * Convention named in a note to a recital). Printed by LibreOffice as an official journal prints
 * treaties (notes at the foot of the page where they are called, a running header, "Page N of M"),
 * then saved as Word and as PDF, and copied from that PDF as plain text (pdftotext, with and without
 * its layout), it must read the same: the same articles, and each note's finding on the article that
 * calls it, never on the last article, the closing, or the notes as a unit of their own.
 */
const SOURCE = join(PACKAGE_ROOT, 'test', 'fixtures', 'notes', 'services-agreement.txt');
const soffice = hasSoffice();
if (!soffice) console.warn('called notes: the Word and PDF renderings are skipped: LibreOffice (soffice) is not installed');

describe('notes read with the article that calls them', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  /** Each finding as "article category force". */
  const forcesOf = (doc: AgreementDocument) => [...new Set(assess(doc, scanDocument(doc, ruleSet)).findings.map((f) => `${f.location.articleNumber} ${f.category} ${f.legalForce}`))].sort();
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-notes-'));
  let expected: Reading;
  const renderings: string[] = [];

  beforeAll(async () => {
    const doc = await readAgreement(SOURCE);
    expected = readingOf(doc, ruleSet);
    if (!soffice) return;
    renderings.push(...officeRenderings(dir, 'services', toFodt(renderLines(doc), { headingStyles: false, columns: 1, header: 'L 52/3 EN Official Journal of the Parties 3.3.2026', footnotes: true }, doc.language)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reports what a note holds on the article that calls it, with the notes at the end of the text", () => {
    expect(expected.findings).toEqual(expect.arrayContaining(['preamble convention-reference', '3 cultural-exemption', '4 cultural-exemption', '8 convention-reference']));
    // Article 9 is the last: the notes printed after it are not its words.
    expect(expected.findings.filter((f) => !/^(?:preamble|\d+) /.test(f) || f.startsWith('9 '))).toEqual([]);
  });

  it("reads a note's legal force from the note's own sentence, in the place of the article that calls it", async () => {
    const forces = forcesOf(await readAgreement(SOURCE));
    // A note to a recital is read as the recital is; "nothing in this Chapter applies to" takes services out as "does not apply to" does.
    expect(forces).toEqual(expect.arrayContaining(['preamble convention-reference recital', '3 cultural-exemption binding', '4 cultural-exemption exception', '8 convention-reference binding']));
    for (const path of renderings) expect([basename(path), forcesOf(await readAgreement(path))]).toEqual([basename(path), forces]);
  });

  it.skipIf(!soffice)('reads the notes at the foot of the typeset pages the same way: .pdf, .docx, and the text copied from the PDF', async () => {
    expect(renderings.length).toBeGreaterThanOrEqual(2);
    const differences: string[] = [];
    for (const path of renderings) differences.push(...differencesFrom(expected, readingOf(await readAgreement(path), ruleSet), basename(path)));
    expect(differences.join('\n')).toBe('');
  });
});
