import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildUnits, scanDocument } from '../../engine/index.js';
import type { Item, Score } from '../../eval/metrics.js';
import { parseGold } from '../../eval/gold.js';
import { readAgreement } from '../../ingest/index.js';
import type { AgreementDocument, Category } from '../../model.js';
import type { RuleSet } from '../../rules/types.js';
import { briefFactsOf, type BriefFacts } from './brief-comparison.js';
import { articleKey, articleUnits, compareArticles, compareFindings, findingItems, goldItems, type ArticleRecovery } from './compare.js';
import { findCounterpart, readTotaIdentities, type TotaIdentity } from './counterparts.js';
import { renderingsOf } from './renderings.js';
import { articleTitlesOf, type ArticleTitle } from './title-comparison.js';

const PREAMBLE = articleKey('preamble');

/** What a goal is for each reading of a real agreement. */
export const RECOVERY_GOAL = 0.98;
export const FINDINGS_F1_GOAL = 0.95;

/** The counterpart of a text, read and scanned once for all its renderings. */
export interface Reference {
  tota: TotaIdentity;
  articles: string[];
  findings: Item[];
  /** The gold labels, as article items, when the counterpart is labelled. */
  gold?: Item[];
  /** The counterpart's own findings against the gold: what the text's can be held to. */
  totaGoldScore?: Score;
}

/** One reading (a format) of one text against its counterpart. */
export interface Reading {
  name: string;
  format: string;
  articles: ArticleRecovery;
  /**
   * Findings on the articles and preamble the counterpart has: a published text may carry parts its
   * counterpart lacks (an annex with articles of its own), which the counterpart cannot judge.
   */
  findings: { score: Score; missed: Item[]; added: Item[] };
  /** Findings of the reading outside those articles, not scored. */
  outside: number;
  gold?: Score;
  /** Where each missed article's heading stands in the text read, and what the reader made of that place. */
  misses: string[];
  /** What the reading's brief says: to be the same in every format of the text. */
  brief: BriefFacts;
  /** The agreement's own title as read ('' when none is): to be the same in every format of the text. */
  agreementTitle: string;
  /** The title read for each numbered article, in text order: to be the same in every format of the text. */
  titles: ArticleTitle[];
}

/** Gold labels by treaty, then by ToTA article id. */
export type GoldLabels = ReadonlyMap<string, ReadonlyMap<string, Category[]>>;

export function readGoldLabels(path: string): GoldLabels {
  const byTreaty = new Map<string, Map<string, Category[]>>();
  if (!existsSync(path)) return byTreaty;
  for (const article of parseGold(readFileSync(path, 'utf8'), path).articles) {
    const labels = byTreaty.get(article.treaty) ?? new Map<string, Category[]>();
    labels.set(article.articleId, article.labels);
    byTreaty.set(article.treaty, labels);
  }
  return byTreaty;
}

async function readReference(tota: TotaIdentity, ruleSet: RuleSet, gold: GoldLabels): Promise<Reference> {
  const doc = await readAgreement(tota.file);
  const findings = findingItems(scanDocument(doc, ruleSet).findings);
  const reference: Reference = { tota, articles: articleUnits(doc).map((u) => articleKey(u.articleNumber)), findings };
  const labels = gold.get(tota.id);
  if (labels) {
    reference.gold = goldItems(doc, labels);
    reference.totaGoldScore = compareFindings(reference.gold, findings).score;
  }
  return reference;
}

/** Reads one rendering of a text, compares its articles and findings with the counterpart's, and takes the facts of its brief. */
async function measureReading(path: string, name: string, format: string, reference: Reference, ruleSet: RuleSet, maxMisses = 6): Promise<Reading> {
  const doc = await readAgreement(path);
  const units = articleUnits(doc);
  const articles = compareArticles(reference.articles, units.map((u) => articleKey(u.articleNumber)));
  const detections = scanDocument(doc, ruleSet);
  const all = findingItems(detections.findings);
  const shared = new Set([...reference.articles, PREAMBLE]);
  const items = all.filter((i) => shared.has(i.unit));
  const reading: Reading = {
    name,
    format,
    articles,
    findings: compareFindings(reference.findings.filter((i) => shared.has(i.unit)), items),
    outside: all.length - items.length,
    misses: articles.missed.slice(0, maxMisses).map((key) => whereMissed(doc, key)),
    brief: briefFactsOf(doc, detections),
    // A text that names no agreement is titled by its file's name (a web page by its <title>, which
    // the renderings set to the text's name), which is no title read.
    agreementTitle: doc.title === doc.id || doc.title === name ? '' : doc.title,
    titles: articleTitlesOf(units),
  };
  if (reference.gold) reading.gold = compareFindings(reference.gold.filter((i) => shared.has(i.unit)), items).score;
  return reading;
}

/**
 * The line where a missed article's heading is printed ("Article 8.70", "Artículo 5", "ARTICLE 12"),
 * the line after it, and the outline label of the unit the reader put that place in: how a miss is
 * told apart (a title under the heading, a page number, a table of contents, a wrong chapter).
 */
function whereMissed(doc: AgreementDocument, key: string): string {
  const bare = key.replace(/\(.*$/, '');
  const number = bare.split('').map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  const heading = new RegExp(`(?:^|\\n)[ \\t#]*(?:art[ií]culo|article|art\\.)\\s*${number}(?!\\d|\\.\\d)[^\\n]*(?:\\n[^\\n]*)?`, 'giu');
  const found = [...doc.text.matchAll(heading)];
  if (found.length === 0) return `${key}: no heading "Article ${bare}" in the text read`;
  const at = found[found.length - 1]!;
  const offset = at.index + (at[0].startsWith('\n') ? 1 : 0);
  const unit = buildUnits(doc).reverse().find((u) => u.start <= offset);
  const container = unit ? unit.path[unit.path.length - 1] : 'no article';
  return `${key}: ${JSON.stringify(at[0].trim().replace(/\s*\n\s*/, ' ⏎ ').slice(0, 110))} read inside ${JSON.stringify((container ?? '').slice(0, 60))}`;
}

/** Every text of a folder with a ToTA counterpart, with that counterpart. */
export function pairTexts(textsDir: string, totaDir: string, only?: readonly string[]): { path: string; tota: TotaIdentity | undefined }[] {
  const identities = readTotaIdentities(totaDir);
  return readdirSync(textsDir)
    .filter((f) => f.endsWith('.txt') && (!only || only.includes(basename(f, '.txt'))))
    .sort()
    .map((f) => ({ path: join(textsDir, f), tota: findCounterpart(f, identities) }));
}

/**
 * Measures every text that has a counterpart in each format asked (see renderingsOf: formats that
 * cannot be made here are skipped). Calls `report` after each reading.
 */
export async function measureTexts(
  pairs: readonly { path: string; tota: TotaIdentity }[],
  formats: readonly string[],
  ruleSet: RuleSet,
  gold: GoldLabels,
  soffice: string | undefined,
  report: (reading: Reading, reference: Reference) => void = () => {},
): Promise<Reading[]> {
  const filesOf = renderingsOf(pairs.map((p) => p.path), formats, soffice);
  const readings: Reading[] = [];
  for (const { path, tota } of pairs) {
    const reference = await readReference(tota, ruleSet, gold);
    for (const { format, file } of await filesOf(path)) {
      const reading = await measureReading(file, basename(path, '.txt'), format, reference, ruleSet);
      readings.push(reading);
      report(reading, reference);
    }
  }
  return readings;
}

/** Totals of some readings: article recovery and the micro-averaged findings F1 (1 when neither side has any). */
export function totalsOf(readings: readonly Reading[]): { expected: number; recovered: number; recovery: number; f1: number } {
  const expected = readings.reduce((n, r) => n + r.articles.expected, 0);
  const recovered = readings.reduce((n, r) => n + r.articles.recovered, 0);
  const tp = readings.reduce((n, r) => n + r.findings.score.tp, 0);
  const wrong = readings.reduce((n, r) => n + r.findings.score.fp + r.findings.score.fn, 0);
  return { expected, recovered, recovery: expected === 0 ? 1 : recovered / expected, f1: tp + wrong === 0 ? 1 : (2 * tp) / (2 * tp + wrong) };
}

export const recoveryOf = (r: Reading): number => (r.articles.expected === 0 ? 1 : r.articles.recovered / r.articles.expected);
export const findingsF1Of = (r: Reading): number => r.findings.score.f1 ?? 1;
