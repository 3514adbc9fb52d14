import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { writeText } from '../support/render-formats.js';

/**
 * A note may be called from the words of another note ("… the services listed in the Schedules.[3]"):
 * what it holds belongs to the article that calls the first note, wherever the layout prints the two.
 * As text (the notes after the agreement, as the Word and PDF readers give them) and as a web page
 * (superscript links to notes after a rule).
 */
const ARTICLES = [
  ['Scope', 'This Chapter applies to measures adopted or maintained by a Party affecting trade in services.', 1],
  ['Review', 'The Joint Committee shall review the operation of this Chapter every five years.', 2],
  ['Entry into Force', 'This Agreement shall enter into force on the first day of the second month following its signature.', undefined],
] as const;
const NOTES = [
  'For greater certainty, this Chapter covers the services listed in the Schedules of each Party.',
  'The first review shall take place in the fifth year after the entry into force of this Agreement.',
  'Nothing in this Chapter applies to audiovisual services, whatever the means by which they are supplied.',
];
/** Note 3 is called from note 1, which Article 1 calls. */
const CALLED_FROM_NOTE = { note: 3, from: 1 };

function asText(): string {
  const articles = ARTICLES.map(([title, body, note], i) => `Article ${i + 1}\n${title}\n\n${body}${note ? `[${note}]` : ''}\n`);
  const notes = NOTES.map((note, i) => `[${i + 1}] ${note}${i + 1 === CALLED_FROM_NOTE.from ? `[${CALLED_FROM_NOTE.note}]` : ''}`);
  return `AGREEMENT ON TRADE IN SERVICES\n\n${articles.join('\n')}\n${notes.join('\n\n')}\n`;
}

function asWebPage(): string {
  const call = (n: number) => `<sup><a id="ref${n}" href="#note${n}">${n}</a></sup>`;
  const articles = ARTICLES.map(([title, body, note], i) => `<h3>Article ${i + 1}<br>${title}</h3>\n<p>${body}${note ? call(note) : ''}</p>`);
  const notes = NOTES.map((note, i) => `<p id="note${i + 1}"><a href="#ref${i + 1}">${i + 1}</a> ${note}${i + 1 === CALLED_FROM_NOTE.from ? call(CALLED_FROM_NOTE.note) : ''}</p>`);
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agreement on Trade in Services</title></head><body>\n<h1>AGREEMENT ON TRADE IN SERVICES</h1>\n${articles.join('\n')}\n<hr>\n${notes.join('\n')}\n</body></html>\n`;
}

describe('a note called from another note', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-notes-in-notes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is read with the article that calls the note it is called from, as text and as a web page', async () => {
    for (const path of [writeText(join(dir, 'services.txt'), asText()), writeText(join(dir, 'services.html'), asWebPage())]) {
      const doc = await readAgreement(path);
      const findings = assess(doc, scanDocument(doc, ruleSet)).findings.map((f) => `${f.location.articleNumber} ${f.category} ${f.legalForce}`);
      expect([basename(path), findings]).toEqual([basename(path), ['1 cultural-exemption binding']]);
    }
  });
});
