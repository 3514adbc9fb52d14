import { z } from 'zod';
import { assess, itemEvidence } from '../assess/index.js';
import { CHECKLIST_ITEMS, STATUSES, VERDICTS, type Assessment, type ChecklistItemId, type Status, type Verdict } from '../assess/types.js';
import { scanDocument } from '../engine/index.js';
import type { AgreementDocument } from '../model.js';
import type { RuleSet } from '../rules/index.js';
import { UserError } from '../errors.js';

/** An expert's assessment of agreements by the checklist contract: test/fixtures/assess-gold.json. */
const GoldItem = z.object({ status: z.enum(STATUSES), articles: z.array(z.string()), why: z.string() });
const AssessGoldSchema = z.object({
  about: z.string(),
  agreements: z.array(
    z.object({
      treaty: z.string().min(1),
      title: z.string(),
      parties: z.array(z.string()),
      group: z.string(),
      items: z.record(z.enum(CHECKLIST_ITEMS), GoldItem),
      verdict: z.object({ value: z.enum(VERDICTS), commitments: z.array(z.string()), carveOuts: z.array(z.string()), why: z.string() }),
    }),
  ),
});
export type AssessGold = z.infer<typeof AssessGoldSchema>;
export type GoldAgreement = AssessGold['agreements'][number];

export function parseAssessGold(text: string, file: string): AssessGold {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new UserError('not JSON', file);
  }
  const parsed = AssessGoldSchema.safeParse(data);
  if (!parsed.success) throw new UserError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '), file);
  return parsed.data;
}

/** A sentence the tool's status rests on, with the ToTA article it sits in. */
export interface Evidence {
  articleId: string;
  sentence: string;
}

export interface ItemDisagreement {
  item: ChecklistItemId;
  tool: Status;
  gold: Status;
  toolEvidence: Evidence[];
  goldArticles: string[];
  goldWhy: string;
}

export interface AgreementScore {
  treaty: string;
  title: string;
  items: number;
  agreed: number;
  disagreements: ItemDisagreement[];
  verdict: { tool: Verdict; gold: Verdict; toolWhy: string; goldWhy: string };
  /** Every sentence the tool quotes for paras. 19.2 and 19.3 (each must be relevant by the checklist). */
  quoted: Array<{ item: 'og-19.2' | 'og-19.3'; status: Status } & Evidence>;
}

const evidenceOf = (a: Assessment, item: ChecklistItemId): Evidence[] =>
  itemEvidence(a.checklist.find((i) => i.item === item) ?? { restsOn: [] }).map((f) => ({ articleId: f.location.articleId ?? f.location.articleNumber, sentence: f.forceSentence || f.excerpt }));

/** The tool's assessment of one agreement against the expert's. Pure. */
export function scoreAgreement(gold: GoldAgreement, a: Assessment): AgreementScore {
  const disagreements: ItemDisagreement[] = [];
  let items = 0;
  for (const item of CHECKLIST_ITEMS) {
    const expected = gold.items[item];
    if (!expected) continue;
    items++;
    const tool = a.checklist.find((i) => i.item === item)!.status;
    if (tool !== expected.status) disagreements.push({ item, tool, gold: expected.status, toolEvidence: evidenceOf(a, item), goldArticles: expected.articles, goldWhy: expected.why });
  }
  // The sentences that matched (the excerpt), not the one the legal force was read from.
  const quoted = (['og-19.2', 'og-19.3'] as const).flatMap((item) => {
    const found = a.checklist.find((i) => i.item === item)!;
    return itemEvidence(found).map((f) => ({ item, status: found.status, articleId: f.location.articleId ?? f.location.articleNumber, sentence: f.excerpt }));
  });
  return {
    treaty: gold.treaty,
    title: gold.title,
    items,
    agreed: items - disagreements.length,
    disagreements,
    verdict: { tool: a.ecommerce.verdict, gold: gold.verdict.value, toolWhy: a.ecommerce.explanation, goldWhy: gold.verdict.why },
    quoted,
  };
}

export interface AssessScore {
  agreements: AgreementScore[];
  itemAgreement: number;
  verdictsRight: number;
  /** Agreement per item across the agreements. */
  byItem: Record<string, { agreed: number; of: number }>;
}

export function totalScore(agreements: AgreementScore[]): AssessScore {
  const items = agreements.reduce((n, a) => n + a.items, 0);
  const agreed = agreements.reduce((n, a) => n + a.agreed, 0);
  const byItem: AssessScore['byItem'] = {};
  for (const item of CHECKLIST_ITEMS) {
    const of = agreements.filter((a) => a.items > 0).length;
    byItem[item] = { agreed: of - agreements.filter((a) => a.disagreements.some((d) => d.item === item)).length, of };
  }
  return { agreements, itemAgreement: items === 0 ? 0 : agreed / items, verdictsRight: agreements.filter((a) => a.verdict.tool === a.verdict.gold).length, byItem };
}

const clip = (s: string, n = 240) => {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
};

/** The score as the eval prints it: figures first, then every disagreement with its evidence, then the 19.2/19.3 quotes. */
export function formatAssessScore(score: AssessScore, goldFile: string): string {
  const out: string[] = [];
  const n = score.agreements.length;
  out.push(`Assessment against ${goldFile}: ${n} agreement(s)`);
  out.push(`Item agreement: ${score.agreements.reduce((s, a) => s + a.agreed, 0)}/${score.agreements.reduce((s, a) => s + a.items, 0)} = ${score.itemAgreement.toFixed(3)}`);
  out.push(`Verdicts right: ${score.verdictsRight}/${n}`);
  out.push(`By item: ${Object.entries(score.byItem).map(([item, s]) => `${item} ${s.agreed}/${s.of}`).join(', ')}`, '');
  out.push('Disagreements:');
  for (const a of score.agreements) {
    const wrongVerdict = a.verdict.tool !== a.verdict.gold;
    if (a.disagreements.length === 0 && !wrongVerdict) continue;
    out.push(`- ${a.treaty} (${a.title})`);
    for (const d of a.disagreements) {
      out.push(`  ${d.item}: tool ${d.tool}, gold ${d.gold} (gold articles: ${d.goldArticles.join(', ') || 'none'})`);
      out.push(`    gold: ${clip(d.goldWhy, 400)}`);
      for (const e of d.toolEvidence.slice(0, 4)) out.push(`    tool rests on ${e.articleId}: "${clip(e.sentence)}"`);
      if (d.toolEvidence.length === 0) out.push('    tool rests on no sentence');
    }
    if (wrongVerdict) {
      out.push(`  verdict: tool ${a.verdict.tool}, gold ${a.verdict.gold}`);
      out.push(`    gold: ${clip(a.verdict.goldWhy, 400)}`);
      out.push(`    tool: ${clip(a.verdict.toolWhy, 400)}`);
    }
  }
  out.push('', 'Sentences quoted for paras. 19.2 and 19.3:');
  for (const a of score.agreements) for (const q of a.quoted) out.push(`- ${a.treaty} ${q.item} (${q.status}) ${q.articleId}: "${clip(q.sentence)}"`);
  return `${out.join('\n')}\n`;
}

/** Scans and assesses every agreement of the gold (read by `read`, e.g. from ../shared/tota) and scores the lot. */
export async function scoreAssessGold(gold: AssessGold, ruleSet: RuleSet, read: (treaty: string) => Promise<AgreementDocument>): Promise<AssessScore> {
  const scores: AgreementScore[] = [];
  for (const agreement of gold.agreements) {
    const doc = await read(agreement.treaty);
    scores.push(scoreAgreement(agreement, assess(doc, scanDocument(doc, ruleSet))));
  }
  return totalScore(scores);
}
