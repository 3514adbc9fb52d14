import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { HAS_GNU_TIME, MEMORY_BUDGET_MB, runMeasured, scratchFolder } from './inputs-run.js';

/** Broken files under --rules stop the run (exit 2) with a line naming each file, never an internal error. */

const dir = scratchFolder('rules');
const GOOD = 'good.txt';

/** A YAML alias bomb: each level repeats the one below nine times, 9^9 nodes once expanded. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const below = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${below}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

beforeAll(() => {
  copyFileSync(join(PACKAGE_ROOT, 'corpus', 'aurelia-borealis-epa.txt'), join(dir, GOOD));
  mkdirSync(join(dir, 'rules', 'mine'), { recursive: true });
  symlinkSync(join(dir, 'nowhere.yaml'), join(dir, 'rules', 'mine', 'dangling.yaml'));
  symlinkSync('loop-b.yaml', join(dir, 'rules', 'mine', 'loop-a.yaml'));
  symlinkSync('loop-a.yaml', join(dir, 'rules', 'mine', 'loop-b.yaml'));
  writeFileSync(join(dir, 'rules', 'mine', 'bomb.yaml'), aliasBomb());
});

describe('rules that cannot be read', () => {
  it.each([[['scan', GOOD, '--format', 'jsonl']], [['rules', 'list']]])('%j: one line per file, exit 2', (args) => {
    const run = runMeasured(dir, [...args, '--rules', 'rules']);
    expect(run.code).toBe(2);
    expect(run.err).not.toMatch(/internal error/);
    expect(run.lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/rules\/mine\/bomb\.yaml: YAML refused: .*alias/i),
        expect.stringMatching(/rules\/mine\/dangling\.yaml: is a symbolic link to nothing/),
        expect.stringMatching(/rules\/mine\/loop-a\.yaml: is a symbolic link that loops/),
        expect.stringMatching(/rules\/mine\/loop-b\.yaml: is a symbolic link that loops/),
      ]),
    );
    if (HAS_GNU_TIME) expect(run.peakMb).toBeLessThan(MEMORY_BUDGET_MB);
  });
});
