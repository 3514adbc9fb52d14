/**
 * Real agreements as published: every plain text of ../shared/texts that has a ToTA counterpart
 * (the same agreement, found by Parties and year) is read as .txt; rendered by LibreOffice, as
 * .pdf, .docx and HTML (its export of the Word rendering); and rendered by culturescan as the web
 * publishes treaties, as the official journal's HTML (eur-lex) and a government's page (web-page). Its articles and article-level findings are compared with the counterpart's (and
 * with the gold labels where the counterpart has them). The brief of each rendering (statuses, verdict,
 * and the place, legal force and sentences of every clause each status cites) is compared with the
 * brief of the .txt. Exit 1 when a reading is short of the goals or its brief concludes otherwise than the
 * .txt's (Parties, verdict, a status or a legal force); quoted sentences that differ are printed and counted.
 * The title each rendering reads for each article is compared with the .txt's: counted per format, each difference printed.
 * Usage: node dist/src/scripts/check-real-texts.js [--formats txt,pdf,docx,html,eur-lex,web-page] [--only NAME,...] [texts-dir]
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';
import { openRuleSet } from '../rules/open.js';
import type { TotaIdentity } from './real-texts/counterparts.js';
import {
  FINDINGS_F1_GOAL,
  findingsF1Of,
  measureTexts,
  pairTexts,
  readGoldLabels,
  recoveryOf,
  RECOVERY_GOAL,
  totalsOf,
  type Reading,
  type Reference,
} from './real-texts/measure.js';
import { findSoffice, isRenderedFormat, RENDER_CACHE_DIR } from './real-texts/renderings.js';
import { compareBriefsAcrossFormats, differenceWords, isConcluding } from './real-texts/brief-comparison.js';
import { compareTitlesAcrossFormats, foldTitle } from './real-texts/title-comparison.js';

const args = process.argv.slice(2);
const option = (name: string): string[] | undefined => {
  const i = args.indexOf(name);
  if (i === -1) return undefined;
  const value = args[i + 1] ?? '';
  args.splice(i, 2);
  return value.split(',').filter((v) => v !== '');
};
const formats = option('--formats') ?? ['txt', 'pdf', 'docx', 'html', 'eur-lex', 'web-page'];
/** The format every other's brief is compared with: the text as written. */
const BRIEF_REFERENCE_FORMAT = 'txt';
const only = option('--only');
const shared = join(PACKAGE_ROOT, '..', 'shared');
const textsDir = args[0] ?? join(shared, 'texts');
const totaDir = join(shared, 'tota');
if (!existsSync(textsDir) || !existsSync(totaDir)) {
  console.error(`check-real-texts: needs ${textsDir} and ${totaDir}`);
  process.exit(2);
}

const pairs = pairTexts(textsDir, totaDir, only).flatMap(({ path, tota }) => {
  if (!tota) console.log(`${basename(path)}: no ToTA counterpart, not measured`);
  return tota ? [{ path, tota }] : [];
});
const soffice = formats.some(isRenderedFormat) ? findSoffice() : undefined;
if (formats.some(isRenderedFormat)) {
  console.log(soffice ? `renderings kept in ${RENDER_CACHE_DIR}` : `${formats.filter(isRenderedFormat).join(', ')}: skipped, LibreOffice (soffice) is not installed`);
}

const percent = (x: number | null | undefined): string => (x === null || x === undefined ? '   -  ' : `${(100 * x).toFixed(1)}%`.padStart(6));
function print(reading: Reading, reference: Reference & { tota: TotaIdentity }): void {
  const { articles, findings } = reading;
  const goldPart = reading.gold ? `${percent(reading.gold.f1 ?? 1)} (${percent(reference.totaGoldScore?.f1 ?? 1)})` : '';
  console.log(
    `${reading.name.padEnd(22)} ${reading.format.padEnd(8)} ${reference.tota.id.padEnd(8)} ${String(articles.expected).padStart(8)}  ${percent(recoveryOf(reading)).padStart(9)}  ${String(articles.extra.length).padStart(5)}  ${percent(findingsF1Of(reading)).padStart(10)}  ${String(reading.outside).padStart(7)}  ${goldPart}`,
  );
  for (const miss of reading.misses) console.log(`      missed ${miss}`);
  if (articles.missed.length > reading.misses.length) console.log(`      … and ${articles.missed.length - reading.misses.length} more missed`);
  if (articles.extra.length > 0) console.log(`      extra: ${articles.extra.slice(0, 8).join(' ')}${articles.extra.length > 8 ? ' …' : ''}`);
  const differing = [...findings.missed.map((i) => `-${i.unit}:${i.category}`), ...findings.added.map((i) => `+${i.unit}:${i.category}`)];
  if (differing.length > 0) console.log(`      findings differing from the counterpart's: ${differing.slice(0, 10).join(' ')}${differing.length > 10 ? ' …' : ''}`);
}

const ruleSet = await openRuleSet([BUILTIN_RULES_DIR]);
const gold = readGoldLabels(join(shared, 'gold', 'dev.jsonl'));
console.log(`${'file'.padEnd(22)} ${'format'.padEnd(8)} ${'ToTA'.padEnd(8)} articles  recovered  extra  F1 vs ToTA  outside  F1 vs gold (ToTA's)`);
const readings = await measureTexts(pairs, formats, ruleSet, gold, soffice, print);

console.log('by format:');
let pass = true;
for (const format of formats) {
  const group = readings.filter((r) => r.format === format);
  if (group.length === 0) continue;
  const totals = totalsOf(group);
  const below = group.filter((r) => recoveryOf(r) < RECOVERY_GOAL || findingsF1Of(r) < FINDINGS_F1_GOAL);
  console.log(
    `  ${format.padEnd(8)} ${group.length} files  recovered ${percent(totals.recovery)} of ${totals.expected}  findings F1 ${percent(totals.f1)}  ` +
      `below the goals (recovery ≥ ${percent(RECOVERY_GOAL)}, F1 ≥ ${percent(FINDINGS_F1_GOAL)}): ${below.length === 0 ? 'none' : below.map((r) => r.name).join(', ')}`,
  );
  if (below.length > 0) pass = false;
}

// The brief of each rendering against the brief of the text as written. A difference in what the
// brief concludes (Parties, verdict, a status, a legal force) fails the check; one in what it quotes
// is printed and counted.
const briefs = compareBriefsAcrossFormats(readings, BRIEF_REFERENCE_FORMAT);
const differing = briefs.filter((b) => b.differences.length > 0);
const aspects = new Map<string, number>();
for (const d of differing.flatMap((b) => b.differences)) aspects.set(d.aspect, (aspects.get(d.aspect) ?? 0) + 1);
const concluding = differing.flatMap((b) => b.differences).filter(isConcluding).length;
const quoting = differing.flatMap((b) => b.differences).length - concluding;
console.log(
  `briefs: ${briefs.length} readings compared with the ${BRIEF_REFERENCE_FORMAT} reading of their text: ${briefs.length - differing.length} alike, ${differing.length} differ` +
    (aspects.size === 0 ? '' : ` (${[...aspects].map(([aspect, n]) => `${n} ${aspect}`).join(', ')})`),
);
for (const b of differing) {
  console.log(`  ${b.name} ${b.format}:`);
  for (const d of b.differences) console.log(`      ${differenceWords(d, BRIEF_REFERENCE_FORMAT, b.format)}`);
}
// The title of each article in each rendering against the one read from the text as written: counted
// and printed, not failing.
const titled = compareTitlesAcrossFormats(readings, BRIEF_REFERENCE_FORMAT);
const titleTotals = new Map<string, { compared: number; alike: number; agreements: number; agreementsAlike: number }>();
for (const { format, comparison, agreementTitle, referenceAgreementTitle } of titled) {
  const totals = titleTotals.get(format) ?? { compared: 0, alike: 0, agreements: 0, agreementsAlike: 0 };
  const agreementAlike = foldTitle(agreementTitle) === foldTitle(referenceAgreementTitle) ? 1 : 0;
  titleTotals.set(format, { compared: totals.compared + comparison.compared, alike: totals.alike + comparison.alike, agreements: totals.agreements + 1, agreementsAlike: totals.agreementsAlike + agreementAlike });
}
console.log(`titles against the ${BRIEF_REFERENCE_FORMAT} reading's, articles' and the agreement's own:`);
for (const [format, t] of titleTotals) console.log(`  ${format.padEnd(8)} articles ${t.alike} of ${t.compared} alike, agreements ${t.agreementsAlike} of ${t.agreements}`);
for (const { name, format, comparison, agreementTitle, referenceAgreementTitle } of titled) {
  const agreementDiffers = foldTitle(agreementTitle) !== foldTitle(referenceAgreementTitle);
  if (comparison.differences.length === 0 && !agreementDiffers) continue;
  console.log(`  ${name} ${format}: ${comparison.differences.length} of ${comparison.compared} article titles differ${agreementDiffers ? ', and the agreement\'s' : ''}`);
  if (agreementDiffers) console.log(`      agreement: ${JSON.stringify(referenceAgreementTitle)} / ${JSON.stringify(agreementTitle)}`);
  for (const d of comparison.differences) console.log(`      ${d.article}: ${JSON.stringify(d.reference)} / ${d.title === undefined ? 'no such article' : JSON.stringify(d.title)}`);
}
console.log(`briefs: ${concluding} differences in the Parties, the verdict, a status or a legal force (the check fails on any); ${quoting} in what is quoted or listed (printed, not failing)`);
if (concluding > 0) pass = false;
process.exitCode = pass ? 0 : 1;
