import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanEach } from '../../src/cli/scan-files.js';
import { BUILTIN_RULES_DIR, SAMPLE_CORPUS_DIR } from '../../src/paths.js';
import { loadRuleSet } from '../../src/rules/index.js';

const files = readdirSync(SAMPLE_CORPUS_DIR)
  .filter((name) => /\.(txt|md|html)$/.test(name))
  .sort()
  .map((name) => ({ display: name, absolute: join(SAMPLE_CORPUS_DIR, name) }));

describe('scanEach', () => {
  const ruleSet = loadRuleSet([BUILTIN_RULES_DIR]);

  it('hands each result on in the order of the files, before the last file is scanned', async () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
    const events: string[] = [];
    await scanEach(files, { ruleSet, inspect: (_doc, _findings, file) => events.push(`scanned ${file.display}`) }, (result, index) => {
      expect(result.source).toBe(files[index]?.display);
      events.push(`result ${result.source}`);
    });
    const delivered = events.filter((e) => e.startsWith('result ')).map((e) => e.slice('result '.length));
    expect(delivered).toEqual(files.map((f) => f.display));
    expect(events.indexOf(`result ${files[0]?.display}`)).toBeLessThan(events.indexOf(`scanned ${files.at(-1)?.display}`));
  });

});
