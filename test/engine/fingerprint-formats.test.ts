import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { convertAll, hasSoffice, renderLines, toFodt, writeText } from '../support/render-formats.js';

/**
 * A decision follows its finding by fingerprint: every sample agreement, written as plain text and
 * rendered to Word and to PDF (wrapped lines, hyphenation, a running header and page numbers) with
 * LibreOffice, must give each reviewed finding of the text the same fingerprint in the other two.
 */
const soffice = hasSoffice();
if (!soffice) console.warn('fingerprints across formats skipped: LibreOffice (soffice) is not installed');


describe.skipIf(!soffice)('fingerprints across the formats of one agreement', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-prints-'));
  const files = readdirSync(SAMPLE_CORPUS_DIR).filter((name) => !/^readme/i.test(name)).sort();
  const names = files.map((file) => basename(file, extname(file)));

  beforeAll(async () => {
    const fodts: string[] = [];
    for (const file of files) {
      const doc = await readAgreement(join(SAMPLE_CORPUS_DIR, file));
      const name = basename(file, extname(file));
      writeText(join(dir, `${name}.txt`), doc.text);
      fodts.push(writeText(join(dir, `${name}.fodt`), toFodt(renderLines(doc), { headingStyles: false, columns: 1, header: 'Official Journal of the Parties' }, doc.language)));
    }
    convertAll(dir, fodts, 'docx');
    convertAll(dir, fodts, 'pdf');
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const prints = async (path: string) => scanDocument(await readAgreement(path), ruleSet).findings.map((f) => `${f.location.articleNumber} ${f.category} ${f.fingerprint}`);

  it.each(names)('%s: the same fingerprints in .txt, .docx and .pdf', async (name) => {
    const text = await prints(join(dir, `${name}.txt`));
    expect(text.length).toBeGreaterThan(0);
    // Every finding of the text is there with its fingerprint (a finding only another format has is format invariance's matter).
    for (const other of [join(dir, 'docx', `${name}.docx`), join(dir, 'pdf', `${name}.pdf`)]) {
      const got = await prints(other);
      expect(text.filter((print) => !got.includes(print)), basename(other)).toEqual([]);
    }
  });
});
