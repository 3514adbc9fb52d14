import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';

/** A page as an office suite exports a document whose author gave it no title: the <title> holds the editor's placeholder. */
const page = (title: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title></head><body>
<p>PREAMBLE</p>
<p>The Government of Aurelia and the Government of Montaria (hereinafter "the Parties"),</p>
<p>Recognising the importance of cultural diversity,</p>
<p>Have agreed as follows:</p>
<p>Article 1</p><p>Objectives</p><p>The objective of this Agreement is to liberalise trade.</p>
</body></html>`;

describe('a web page whose <title> is an editor placeholder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-html-title-'));

  // The text opens on its preamble with no title line: the agreement is named by its file, as a text file would be.
  it.each(['- no title specified', 'Untitled document', 'Document1'])('names an untitled agreement by its file, not "%s"', async (placeholder) => {
    const file = join(dir, 'aurelia-montaria-2021.html');
    writeFileSync(file, page(placeholder));
    const doc = await readAgreement(file);
    expect(doc.title).toBe('aurelia-montaria-2021');
  });

  it('keeps a title the page declares', async () => {
    const file = join(dir, 'declared.html');
    writeFileSync(file, page('Aurelia – Montaria Agreement (consolidated)'));
    const doc = await readAgreement(file);
    expect(doc.title).toBe('Aurelia – Montaria Agreement (consolidated)');
  });
});
