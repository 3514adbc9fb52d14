import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { memoryIo } from '../../src/cli/io.js';
import { main } from '../../src/cli/main.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { runCli } from '../support/cli.js';
import { Pane, tmux } from '../support/terminal-pane.js';

const AGREEMENT = 'corpus/borealis-calderra-cepa.md';
if (!tmux) console.warn('review terminal tests skipped: tmux is not installed (apt-get install tmux)');

describe.skipIf(!tmux)('culturescan review in a real terminal', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('records decisions as it goes, and shows them again on a renumbered draft', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    const decisions = join(dir, 'decisions.json');
    const first = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      const opening = await first.waitFor(/Finding 1 of (\d+) · 0 decided/);
      const total = Number(/Finding 1 of (\d+)/.exec(opening)?.[1]);
      expect(opening).toMatch(/cultural-exemption · \w+/);
      first.keys('k');
      await first.waitFor(/Finding 2 of \d+ · 1 decided/);
      first.keys('d');
      await first.waitFor(/Finding 3 of \d+ · 2 decided/);
      // Back to the dismissed one, to say why.
      first.keys('p');
      await first.waitFor(/Finding 2 of/);
      first.keys('m');
      await first.waitFor(/Note \(Enter keeps it/);
      // Typed with its Enter in one burst, as a fast typist or a loaded machine delivers it.
      first.keys('-l', 'Not cultural: a telecoms detail\r');
      await first.waitFor(/Note: Not cultural: a telecoms detail/);
      first.keys('q');
      expect(await first.waitFor(/EXITED \d+/)).toMatch(new RegExp(`2 of ${total} findings decided[^]*EXITED 0`));
    } finally {
      first.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string; article: string; note?: string }> };
    expect(Object.values(saved.decisions).map((d) => [d.decision, d.note])).toEqual([
      ['keep', undefined],
      ['dismiss', 'Not cultural: a telecoms detail'],
    ]);

    // The next draft renumbers the chapter of the first finding: its decision follows it.
    const draft = join(dir, 'draft-2.md');
    const firstArticle = Object.values(saved.decisions)[0]!.article;
    const [chapter] = firstArticle.split('.');
    writeFileSync(draft, readFileSync(join(PACKAGE_ROOT, AGREEMENT), 'utf8').replaceAll(`Article ${chapter}.`, 'Article 31.'));
    const second = Pane.start(`node ${BIN} review ${draft} --decisions ${decisions}`);
    try {
      await second.waitFor(/Finding 3 of \d+ · 2 decided/);
      second.keys('p', 'p');
      const back = await second.waitFor(/Finding 1 of/);
      expect(back).toMatch(new RegExp(`Article 31\\.\\d+[^]*Decision: keep \\(from an earlier review: ${AGREEMENT.replace('.', '\\.')}, Article ${firstArticle.replace('.', '\\.')}\\)`));
      second.keys('q');
      await second.waitFor(/EXITED 0/);
    } finally {
      second.stop();
    }
  });
});

describe.skipIf(!tmux)('culturescan review: a note on the decision just made', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('x then m writes why on the finding marked to discuss, and types no command', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    const decisions = join(dir, 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      const first = await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      const where = /│ cultural-exemption · \w+\s*│\n\s*│ (Article [\d.]+)/.exec(first)?.[1];
      pane.keys('x');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('m');
      // The note opens on the finding just decided, shown again while it is written.
      expect(await pane.waitFor(/Note \(Enter keeps it/)).toMatch(new RegExp(`Finding 1 of[^]*${where?.replace('.', '\\.')}[^]*Decision: discuss`));
      pane.keys('-l', 'Ask about the broadcasting quota\r');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('q');
      await pane.waitFor(/EXITED 0/);
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string; note?: string }> };
    expect(Object.values(saved.decisions).map((d) => [d.decision, d.note])).toEqual([['discuss', 'Ask about the broadcasting quota']]);
  });
});

describe.skipIf(!tmux)('culturescan review left with Ctrl-C while a note is being typed', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('keeps the note as typed with its decision, as Enter would, and leaves as q does', { timeout: 60_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    const decisions = join(dir, 'decisions.json');
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --decisions ${decisions}`);
    try {
      await pane.waitFor(/Finding 1 of \d+ · 0 decided/);
      pane.keys('x');
      await pane.waitFor(/Finding 2 of \d+ · 1 decided/);
      pane.keys('m');
      await pane.waitFor(/Note \(Enter keeps it/);
      pane.keys('-l', 'Ask about the quota');
      await pane.waitFor(/Ask about the quota/);
      pane.keys('C-c');
      expect(await pane.waitFor(/EXITED \d+/)).toMatch(/1 of \d+ findings decided \(0 keep, 0 dismiss, 1 discuss\)[^]*EXITED 0/);
    } finally {
      pane.stop();
    }
    const saved = JSON.parse(readFileSync(decisions, 'utf8')) as { decisions: Record<string, { decision: string; note?: string }> };
    expect(Object.values(saved.decisions).map((d) => [d.decision, d.note])).toEqual([['discuss', 'Ask about the quota']]);
  });
});

describe.skipIf(!tmux)('culturescan review --category', () => {
  beforeAll(() => ensureBuilt(BIN), 120_000);

  it('shows only the findings of the categories asked for', { timeout: 30_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    const pane = Pane.start(`node ${BIN} review ${AGREEMENT} --category ecommerce --decisions ${join(dir, 'd.json')}`);
    try {
      const first = await pane.waitFor(/Finding 1 of (\d+)/);
      expect(first).toMatch(/ecommerce · /);
      const total = Number(/Finding 1 of (\d+)/.exec(first)?.[1]);
      for (let n = 2; n <= total; n++) {
        pane.keys('n');
        expect(await pane.waitFor(new RegExp(`Finding ${n} of`))).toMatch(/ecommerce · /);
      }
      pane.keys('q');
      await pane.waitFor(/EXITED 0/);
    } finally {
      pane.stop();
    }
  });
});

describe('culturescan review without a terminal', () => {
  it('rejects an unknown category before anything else', async () => {
    const { code, err } = await runCli(PACKAGE_ROOT, ['review', AGREEMENT, '--category', 'culture']);
    expect(code).toBe(2);
    expect(err).toMatch(/^culturescan: --category: unknown 'culture'; known: convention-reference/);
  });

  it('rejects an unknown --only state, and says when the states asked for leave nothing to review', async () => {
    const bad = await runCli(PACKAGE_ROOT, ['review', AGREEMENT, '--only', 'maybe']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^culturescan: --only: unknown 'maybe'; known: undecided, keep, dismiss, discuss/);
    // A fresh decisions file has no finding to discuss: nothing to draw, so no terminal is needed.
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    const none = await runCli(PACKAGE_ROOT, ['review', AGREEMENT, '--only', 'discuss,keep', '--decisions', join(dir, 'd.json')]);
    expect(none.err).toBe('');
    expect(none.code).toBe(0);
    expect(none.out).toMatch(/^nothing to review: none of the \d+ findings is discuss or keep in .*d\.json\n$/);
    expect(existsSync(join(dir, 'd.json'))).toBe(false);
  });

  it('says in one line that it needs one, and exits 2', async () => {
    const { code, err } = await runCli(PACKAGE_ROOT, ['review', AGREEMENT]);
    expect(code).toBe(2);
    expect(err).toMatch(/^culturescan: review: needs an interactive terminal[^\n]*\n$/);
  });

  it('names a decisions file that is not one, before drawing anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-review-'));
    writeFileSync(join(dir, 'bad.json'), '{"version": "2"}');
    writeFileSync(join(dir, 'newer.json'), '{"version": 3}');
    for (const [name, problem] of [
      ['bad.json', /bad\.json: is not a culturescan decisions file \(version: /],
      ['newer.json', /newer\.json: was written by a newer culturescan \(decisions file version 3; this one reads versions 1 and 2\): upgrade culturescan to read it\n$/],
    ] as const) {
      const io = memoryIo(PACKAGE_ROOT);
      io.terminal = { stdin: process.stdin, stdout: process.stdout }; // never drawn on: the file is read first
      expect(await main(['review', AGREEMENT, '--decisions', join(dir, name)], io)).toBe(2);
      expect(io.err).toMatch(problem);
    }
  });
});
