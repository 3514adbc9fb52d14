import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VERDICTS } from '../../src/assess/types.js';
import { CATEGORIES } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { SHARED_TOTA } from '../assess/tota-articles.js';
import { runCli } from '../support/cli.js';
import { CHROMIUM, renderedDom } from '../support/chromium.js';
import { parseCsv } from '../support/csv-parse.js';
import { pageFacts } from './page-facts.js';

const present = existsSync(SHARED_TOTA);
if (!present) console.log(`overview tests on the ToTA corpus skipped: ${SHARED_TOTA} is absent`);

interface GroupRecord {
  agreements: number;
  categories: Record<string, { agreements: number }>;
  verdicts: Record<string, { agreements: number }>;
}

describe.skipIf(!present)('culturescan overview on the ToTA corpus', () => {
  const agreements = present ? readdirSync(SHARED_TOTA).filter((f) => f.endsWith('.xml')).length : 0;

  it('writes a CSV row per agreement, and --by tables that add up to those rows', { timeout: 600_000 }, async () => {
    expect(agreements).toBe(394);
    const csv = await runCli(PACKAGE_ROOT, ['overview', SHARED_TOTA, '--format', 'csv']);
    expect(csv.code).toBe(0);
    const [header, ...rows] = parseCsv(csv.out.slice(1));
    expect(rows).toHaveLength(394);
    const col = (name: string) => header!.indexOf(name);
    const read = rows.filter((r) => r[col('errors')] === '');
    const weight = (r: string[], by: string) => (by === 'year' ? 1 : Math.max(1, r[col('parties')]!.split('; ').filter(Boolean).length));
    for (const by of ['year', 'party']) {
      const { code, out } = await runCli(PACKAGE_ROOT, ['overview', SHARED_TOTA, '--by', by, '--format', 'json']);
      expect(code).toBe(0);
      const groups = (JSON.parse(out) as { groups: GroupRecord[] }).groups;
      const total = (count: (g: GroupRecord) => number) => groups.reduce((n, g) => n + count(g), 0);
      const expected = (keep: (r: string[]) => boolean) => read.filter(keep).reduce((n, r) => n + weight(r, by), 0);
      expect(total((g) => g.agreements)).toBe(expected(() => true));
      for (const c of CATEGORIES) expect(total((g) => g.categories[c]!.agreements)).toBe(expected((r) => Number(r[col(c)]) > 0));
      for (const v of VERDICTS) expect(total((g) => g.verdicts[v]!.agreements)).toBe(expected((r) => r[col('ecommerceVerdict')] === v));
    }
  });

  it.skipIf(!CHROMIUM)('renders the whole corpus as one page with its charts and a table row per agreement', { timeout: 600_000 }, async () => {
    const page = join(mkdtempSync(join(tmpdir(), 'culturescan-overview-tota-')), 'overview.html');
    const { code } = await runCli(PACKAGE_ROOT, ['overview', SHARED_TOTA, '--out', page]);
    expect(code).toBe(0);
    expect(readFileSync(page, 'utf8').length).toBeGreaterThan(100_000);
    const facts = pageFacts(renderedDom(page));
    expect(facts.charts).toEqual({ 'categories-by-year': true, 'verdicts-by-year': true, 'party-category': true });
    expect(facts.rows).toBe(394);
  });
});
