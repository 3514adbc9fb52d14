import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheCounts } from '../../src/ingest/extraction-cache.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';

/** A folder with the sample corpus's PDF and Word files, and a fresh cache home for the test. */
function setup(): { dir: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-cache-docs-'));
  for (const file of ['aurelia-calderra-deca.pdf', 'valmontie-norlande-accord.docx']) copyFileSync(join(PACKAGE_ROOT, 'corpus', file), join(dir, file));
  const home = mkdtempSync(join(tmpdir(), 'culturescan-cache-home-'));
  process.env.XDG_CACHE_HOME = home;
  return { dir, cache: join(home, 'culturescan') };
}

/**
 * An overview that writes briefs: those need the whole document, so every run reads its files (through
 * the cache of read documents) instead of taking its rows from the cache of rows (test/overview/row-cache.test.ts).
 */
async function overview(dir: string, ...extra: string[]): Promise<{ out: string; hits: number; misses: number }> {
  const before = { ...cacheCounts };
  const briefs = mkdtempSync(join(tmpdir(), 'culturescan-cache-briefs-'));
  const { code, out, err } = await runCli(dir, ['overview', '.', '--format', 'jsonl', '--jobs', '1', '--briefs', briefs, ...extra]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return { out, hits: cacheCounts.hits - before.hits, misses: cacheCounts.misses - before.misses };
}

const entries = (cache: string) => readdirSync(cache).sort();

describe('the cache of read documents', () => {
  it('reads PDF and Word files once: the second run takes them from the cache, with the same output', async () => {
    const { dir, cache } = setup();
    const first = await overview(dir);
    expect([first.hits, first.misses]).toEqual([0, 2]);
    expect(entries(cache)).toEqual([expect.stringMatching(/^docx-[0-9a-f]{64}\.json$/), expect.stringMatching(/^pdf-[0-9a-f]{64}\.json$/)]);
    const second = await overview(dir);
    expect([second.hits, second.misses]).toEqual([2, 0]);
    expect(second.out).toBe(first.out);
    expect(first.out.trimEnd().split('\n')).toHaveLength(2);
  });

  it('never trusts a damaged or foreign entry: it reads the file again and rewrites the entry', async () => {
    const { dir, cache } = setup();
    const first = await overview(dir);
    const [docx, pdf] = entries(cache) as [string, string];
    writeFileSync(join(cache, pdf), '{"key": "pdf');
    const entry = JSON.parse(readFileSync(join(cache, docx), 'utf8')) as { key: string; extraction: { original: string } };
    // Well formed, but written by another version of the readers, with another text.
    writeFileSync(join(cache, docx), JSON.stringify({ ...entry, key: `${entry.key}-older`, extraction: { ...entry.extraction, original: 'Nothing here.' } }));
    const again = await overview(dir);
    expect([again.hits, again.misses]).toEqual([0, 2]);
    expect(again.out).toBe(first.out);
    expect(JSON.parse(readFileSync(join(cache, pdf), 'utf8'))).toMatchObject({ key: expect.stringContaining('pdf ') });
    expect((await overview(dir)).hits).toBe(2);
  });

  it('is left alone with --no-cache', async () => {
    const { dir, cache } = setup();
    const run = await overview(dir, '--no-cache');
    expect([run.hits, run.misses]).toEqual([0, 0]);
    expect(() => readdirSync(cache)).toThrow();
  });

  it('is shared safely by two runs at once: both read right, and the entries are whole', async () => {
    const { dir, cache } = setup();
    const [a, b] = await Promise.all([overview(dir), overview(dir)]);
    expect(a.out).toBe(b.out);
    expect(entries(cache)).toHaveLength(2);
    for (const name of entries(cache)) expect(() => JSON.parse(readFileSync(join(cache, name), 'utf8'))).not.toThrow();
    expect((await overview(dir)).out).toBe(a.out);
  });
});
