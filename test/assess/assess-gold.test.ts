import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_TOTA, totaArticles } from './tota-articles.js';

const ITEMS = ['art-16', 'art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5'];
const STATUSES = ['present', 'partial', 'absent', 'not-applicable'];
const VERDICTS = ['covered', 'partly-covered', 'not-covered', 'no-ecommerce'];
/** Paragraph 19.4 is the e-commerce verdict read as a status. */
const STATUS_OF_VERDICT: Record<string, string> = { covered: 'present', 'partly-covered': 'partial', 'not-covered': 'absent', 'no-ecommerce': 'not-applicable' };

interface ItemGold { status: string; articles: string[]; why: string }
interface AgreementGold {
  treaty: string;
  title: string;
  parties: string[];
  group: 'north-south' | 'developed' | 'south-south';
  items: Record<string, ItemGold>;
  verdict: { value: string; commitments: string[]; carveOuts: string[]; why: string };
}

const gold = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'assess-gold.json'), 'utf8')) as { about: string; agreements: AgreementGold[] };
const dev = join(SHARED_TOTA, '..', 'gold', 'dev.jsonl');
const present = existsSync(SHARED_TOTA) && existsSync(dev);
if (!present) console.log(`assessment gold against the corpus skipped: ${SHARED_TOTA} or ${dev} is absent`);

describe('the assessment gold is complete and consistent', () => {
  it('covers the agreement mix the acceptance asks for', () => {
    const groups = gold.agreements.map((a) => a.group);
    expect(gold.agreements.length).toBeGreaterThanOrEqual(12);
    expect(groups.filter((g) => g === 'north-south').length).toBeGreaterThanOrEqual(3);
    expect(groups.filter((g) => g === 'developed').length).toBeGreaterThanOrEqual(2);
    expect(gold.agreements.filter((a) => a.verdict.value === 'no-ecommerce').length).toBeGreaterThanOrEqual(2);
    expect(new Set(gold.agreements.map((a) => a.treaty)).size).toBe(gold.agreements.length);
  });

  it('decides all nine items with a reason, citing articles exactly when something is found', () => {
    for (const a of gold.agreements) {
      expect(Object.keys(a.items).sort(), a.treaty).toEqual([...ITEMS].sort());
      for (const [item, g] of Object.entries(a.items)) {
        expect(STATUSES, `${a.treaty} ${item}`).toContain(g.status);
        expect(g.why.length, `${a.treaty} ${item}`).toBeGreaterThan(10);
        const found = g.status === 'present' || g.status === 'partial';
        expect(g.articles.length > 0, `${a.treaty} ${item} articles`).toBe(found);
      }
      expect(VERDICTS, a.treaty).toContain(a.verdict.value);
      expect(a.items['og-19.4']?.status, `${a.treaty} 19.4 follows the verdict`).toBe(STATUS_OF_VERDICT[a.verdict.value]);
      expect(a.verdict.commitments.length === 0, `${a.treaty} commitments`).toBe(a.verdict.value === 'no-ecommerce');
    }
  });

  it('marks Art. 16 and paras. 18.1-18.2 not applicable exactly when no North-South pair sits at the table', () => {
    for (const a of gold.agreements) {
      for (const item of ['art-16', 'og-18.1', 'og-18.2']) {
        expect(a.items[item]?.status === 'not-applicable', `${a.treaty} ${item}`).toBe(a.group !== 'north-south');
      }
    }
  });
});

describe.skipIf(!present)('the assessment gold against the corpus', () => {
  it('uses only dev-set agreements and article ids that exist in their ToTA file', () => {
    const devTreaties = new Set(readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { treaty: string }).treaty));
    for (const a of gold.agreements) {
      expect(devTreaties.has(a.treaty), a.treaty).toBe(true);
      const ids = totaArticles(a.treaty);
      const cited = [...Object.values(a.items).flatMap((g) => g.articles), ...a.verdict.commitments, ...a.verdict.carveOuts];
      expect(cited.filter((id) => !ids.has(id)), a.treaty).toEqual([]);
    }
  });
});
