import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripMarkdown } from '../../src/ingest/markdown.js';
import { runMeasured, scratchFolder } from './inputs-run.js';

const dir = scratchFolder('emphasis');

describe('Markdown emphasis on a line of unclosed delimiters', () => {
  it('is read in linear time: 100,000 unclosed ** on one line within 20 s of CPU (it took 101 s)', { timeout: 120_000 }, () => {
    writeFileSync(join(dir, 'stars.md'), `# Agreement on Cultural Cooperation\n\nArticle 1\n\n${'**a '.repeat(100_000)}\n\n${'__b '.repeat(50_000)}${'*c '.repeat(50_000)}\n`);
    const run = runMeasured(dir, ['inspect', 'stars.md'], { cpuSeconds: 20 });
    expect(run.code, 'killed at the CPU limit').toBe(0);
    expect(run.out).toMatch(/^Agreement on Cultural Cooperation \(md, en\)/);
  });

  it('still strips strong and emphasis that are closed, and leaves unclosed marks as text', () => {
    const { text } = stripMarkdown('The **Parties** shall *cooperate* on __culture__ and _trade_; a ** stray and a *lone mark.');
    expect(text).toBe('The Parties shall cooperate on culture and trade; a ** stray and a *lone mark.');
  });
});
