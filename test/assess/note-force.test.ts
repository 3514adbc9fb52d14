import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { convertAll, hasSoffice, renderLines, toFodt, writeText } from '../support/render-formats.js';

/**
 * A note is a clause of its own, read in the place of the article that calls it: its force is read from
 * its own sentence, never from the finding's excerpt, which joins the article's words and the note's
 * ("… does not apply to audiovisual services.[1] … Nothing in this Chapter shall be construed …").
 * As text (the note after the agreement, as the Word and PDF readers put it) and as a Word file and a
 * PDF whose notes LibreOffice sets at the foot of the page (a note's list too: its items keep their lines).
 */
const SOURCE = join(PACKAGE_ROOT, 'test', 'fixtures', 'notes', 'services-scope-note.txt');
const NOTE = 'Nothing in this Chapter shall be construed to prevent a Party from adopting or maintaining measures to protect and promote the diversity of cultural expressions, including measures that support the production of national films.';
/** The sentence of note 2's item (b) with its lead-in, item (a) left out. */
const ITEM = 'Nothing in this Article shall prevent a Party from: … (b) adopting or maintaining measures to protect and promote the diversity of cultural expressions.';
const soffice = hasSoffice();

describe("a note's legal force", () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-note-force-'));
  const paths = [SOURCE];

  beforeAll(async () => {
    if (!soffice) return;
    const doc = await readAgreement(SOURCE);
    const fodt = writeText(join(dir, 'scope.fodt'), toFodt(renderLines(doc), { headingStyles: false, columns: 1, header: '', footnotes: true }, doc.language));
    convertAll(join(dir, 'out'), [fodt], 'docx');
    convertAll(join(dir, 'out'), [fodt], 'pdf');
    paths.push(join(dir, 'out', 'docx', 'scope.docx'), join(dir, 'out', 'pdf', 'scope.pdf'));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read on the article that calls it when the note sets the items of its list as paragraphs of their own', async () => {
    for (const path of paths) {
      const doc = await readAgreement(path);
      const findings = assess(doc, scanDocument(doc, ruleSet)).findings.map((f) => `${f.location.articleNumber} ${f.category} ${f.legalForce}`);
      // Item (b) read with its lead-in, "Nothing in this Article shall prevent a Party from:": a saving clause.
      expect([basename(path), findings]).toEqual([basename(path), ['1 cultural-exemption exception', '2 cultural-exemption exception']]);
    }
  });

  it("is read from the note's own sentence, in every format", async () => {
    if (!soffice) console.warn("a note's legal force: the Word and PDF renderings are skipped: LibreOffice (soffice) is not installed");
    for (const path of paths) {
      const doc = await readAgreement(path);
      const carveOut = assess(doc, scanDocument(doc, ruleSet)).findings.find((f) => f.category === 'cultural-exemption' && f.location.articleNumber === '1');
      expect([basename(path), carveOut?.legalForce, carveOut?.forceSentence.replace(/\s+/g, ' ')]).toEqual([basename(path), 'exception', NOTE]);
    }
  });

  it("reads an item of a note's list with the list's lead-in alone, in every format", async () => {
    for (const path of paths) {
      const doc = await readAgreement(path);
      const saving = assess(doc, scanDocument(doc, ruleSet)).findings.find((f) => f.category === 'cultural-exemption' && f.location.articleNumber === '2');
      expect([basename(path), saving?.forceSentence.replace(/\s+/g, ' ')]).toEqual([basename(path), ITEM]);
    }
  });
});
