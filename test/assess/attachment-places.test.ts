import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { scanDocument } from '../../src/engine/index.js';
import { readAgreement } from '../../src/ingest/index.js';
import { BUILTIN_RULES_DIR } from '../../src/paths.js';
import { placeOf } from '../../src/place-names.js';
import { loadRuleSet } from '../../src/rules/index.js';

/**
 * An annex or protocol numbers its articles afresh: the place a status rests on names the attachment,
 * or "Art. 1" would point into the agreement's body, which has an Article 1 of its own.
 */
describe('places inside an annex or protocol', () => {
  it('names the attachment before the article', () => {
    const words = { article: 'Art.', preamble: 'the preamble' } as const;
    expect(placeOf({ articleNumber: '1', path: ['ANNEX 7-B AUDIOVISUAL CO-PRODUCTION', 'ARTICLE 1 Definitions'] }, words)).toBe('Annex 7-B Audiovisual Co-production, Art. 1');
    expect(placeOf({ articleNumber: '5', path: ['Protocol on Cultural Cooperation', 'Section A', 'Article 5 Audio-visual works'] }, words)).toBe('Protocol on Cultural Cooperation, Art. 5');
    expect(placeOf({ articleNumber: '5', path: ['Chapter 2 Trade in Services', 'Article 5 Scope'] }, words)).toBe('Art. 5');
    // An attachment's own recitals are already named by it.
    expect(placeOf({ articleNumber: 'preamble (PROTOCOL ON CULTURAL COOPERATION)', path: ['PROTOCOL ON CULTURAL COOPERATION'] }, words)).toBe('Protocol on Cultural Cooperation, preamble');
  });

  it('says which annex a status rests on in the brief', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-annex-'));
    const file = join(dir, 'draft.txt');
    writeFileSync(file, [
      'FREE TRADE AGREEMENT BETWEEN CANADA AND JORDAN', '',
      'Article 1', 'Objectives', '', 'The objectives of this Agreement are to liberalise trade between the Parties.', '',
      'ANNEX A', 'CULTURAL INDUSTRIES', '',
      'Article 1', 'Scope', '', 'Nothing in this Agreement shall be construed to apply to measures adopted or maintained with respect to cultural industries.', '',
    ].join('\n'));
    const doc = await readAgreement(file);
    const a = assess(doc, scanDocument(doc, loadRuleSet([BUILTIN_RULES_DIR])));
    const room = a.checklist.find((i) => i.item === 'og-19.5')!;
    expect(room.status).toBe('partial');
    expect(room.explanation).toMatch(/room for cultural policy \(Annex A [^)]*, Art\. 1\)/i);
  });
});
