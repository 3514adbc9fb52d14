import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { CATEGORIES } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';

const SHARED = join(PACKAGE_ROOT, '..', 'shared');
const GOLD = join(SHARED, 'gold', 'dev.jsonl');
if (!existsSync(GOLD)) console.log(`eval-shared: skipped, ${GOLD} is absent (CI has it)`);

describe.skipIf(!existsSync(GOLD))('culturescan eval on the dev gold set', () => {
  it('scans every gold agreement and reports metrics within [0, 1]', { timeout: 120_000 }, async () => {
    const io = memoryIo(PACKAGE_ROOT);
    const code = await main(['eval', '--gold', GOLD, '--json', join(SHARED, 'tota')], io);
    expect(code, io.err).toBe(0);
    const report = JSON.parse(io.out);
    expect(report.missing).toEqual([]);
    // Gold positives counted straight from the file must equal the report's support.
    const lines = readFileSync(GOLD, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    for (const c of CATEGORIES) {
      const support = lines.filter((l) => l.article_id !== '' && l.labels.includes(c)).length;
      expect(report.articles.perCategory[c].support, c).toBe(support);
    }
    for (const level of [report.articles, report.agreements]) {
      for (const score of [...CATEGORIES.map((c) => level.perCategory[c]), level.micro]) {
        for (const k of ['precision', 'recall', 'f1']) {
          if (score[k] !== null) expect(score[k]).toBeGreaterThanOrEqual(0), expect(score[k]).toBeLessThanOrEqual(1);
        }
        expect(score.tp + score.fn).toBe(score.support);
      }
    }
    expect(report.falseNegatives.length).toBe(report.articles.micro.fn);
    expect(report.falsePositives.length).toBe(report.articles.micro.fp);
  });
});
