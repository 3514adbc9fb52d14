import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepUnsaved, writeDecisions } from '../../src/cli/decisions-file.js';
import { parseDecisionFile, type DecisionFile } from '../../src/tui/decisions.js';

const review: DecisionFile = {
  version: 2,
  decisions: { a1b2c3d4e5f6: { decision: 'discuss', category: 'cultural-exemption', source: 'draft.docx', article: '8.4', excerpt: 'This Chapter shall not apply to audiovisual services.', decidedAt: '2026-12-07T10:00:00.000Z', note: 'ask about streaming' } },
};

describe('a review whose decisions file cannot be written keeps its decisions elsewhere', () => {
  it('writes them beside the decisions file when its folder can still be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-unsaved-'));
    const kept = keepUnsaved(join(dir, 'decisions.json'), review);
    expect(kept && dirname(kept)).toBe(dir);
    expect(parseDecisionFile(readFileSync(kept!, 'utf8'))).toEqual(review);
  });

  it('writes them in the temporary folder when the decisions file\'s folder cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-unsaved-'));
    // A file where the folder should be: no write under it succeeds, whoever runs the test.
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const path = join(notAFolder, 'decisions.json');
    expect(() => writeDecisions(path, 'decisions.json', review)).toThrow(/cannot write the decisions file/);
    const kept = keepUnsaved(path, review);
    expect(kept && dirname(kept)).toBe(tmpdir());
    expect(existsSync(kept!)).toBe(true);
    expect(parseDecisionFile(readFileSync(kept!, 'utf8'))).toEqual(review);
    rmSync(kept!);
  });
});
