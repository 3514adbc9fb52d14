import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';
import { renderEveryFormat } from '../support/every-format.js';

/**
 * A drafting note set under a list's lead-in, before its first item, or between two items, stands
 * apart as a sentence of its own; the items after it still hang from the lead-in: "The Parties shall
 * endeavour to:" makes each item an effort, "This Chapter shall not apply to:" makes "(b) audiovisual
 * services" a carve-out. The brief quotes the item under its lead-in, in every format.
 */
const TEXT = [
  'TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS',
  'Parties: XAU (developing), XBO (developed)',
  '',
  'Chapter 8',
  'Trade in Services',
  '',
  'Article 8.2',
  'Scope',
  '1. This Chapter shall not apply to:',
  '(a) government procurement;',
  'Note: For greater certainty, procurement by state enterprises is covered by Chapter 9.',
  '(b) audiovisual services; or',
  '(c) air services.',
  '2. The Parties shall review this Article after five years.',
  '',
  'Article 8.3',
  'Cultural Cooperation',
  '1. The Parties shall endeavour to:',
  'Note: Cultural professionals include performers, technicians and curators.',
  '(a) facilitate exchanges of artists and cultural professionals;',
  '(b) support joint training of audiovisual professionals; and',
  '(c) promote the translation of literary works.',
  '2. Each Party shall designate a contact point for the purposes of this Article.',
  '',
].join('\n');

describe('list items after a note, under their lead-in, in every format', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-note-in-list-'));
  const paths: string[] = [];

  beforeAll(async () => {
    paths.push(...(await renderEveryFormat(dir, 'services', TEXT)));
  }, 600_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The force and the sentence quoted of the finding of `category` on `article`. */
  const quoted = async (path: string, category: string, article: string) => {
    const doc = await readAgreement(path);
    const found = assess(doc, scanDocument(doc, ruleSet)).findings.find((f) => f.category === category && f.location.articleNumber === article);
    return [basename(path), found?.legalForce, found?.forceSentence.replace(/\s+/g, ' ')];
  };

  it('reads an item after a note set under the lead-in with that lead-in', async () => {
    for (const path of paths) {
      expect(await quoted(path, 'cultural-cooperation', '8.3')).toEqual([
        basename(path),
        'best-endeavour',
        '1. The Parties shall endeavour to: … (a) facilitate exchanges of artists and cultural professionals;',
      ]);
    }
  });

  it('reads an item after a note set between items with the lead-in', async () => {
    for (const path of paths) {
      expect(await quoted(path, 'cultural-exemption', '8.2')).toEqual([basename(path), 'binding', '1. This Chapter shall not apply to: … (b) audiovisual services; or']);
    }
  });
});
