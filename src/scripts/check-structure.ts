/**
 * Real-data check of the structure stage: every ToTA agreement is rendered to plain text in one of
 * several published layouts (picked by a hash of its id, sometimes with a table of contents), read
 * back with buildOutline, and compared with the XML's own article tree.
 * Usage: node dist/src/scripts/check-structure.js [--spurious] [tota-dir]   (default: ../shared/tota)
 * --spurious lists every article read where no article of that number is printed, file by file.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { checkTotaFile, RECOVERED_TARGET, SPURIOUS_LIMIT, STYLE_GOALS, TITLES_TARGET } from './structure-check/corpus.js';
import { addUp, recoveredShare, spuriousShare, titleShare, worstFiles, type FileResult, type Totals } from './structure-check/run.js';

const args = process.argv.slice(2);
const listSpurious = args.includes('--spurious');
const dir = args.find((a) => !a.startsWith('--')) ?? join(PACKAGE_ROOT, '..', 'shared', 'tota');
if (!existsSync(dir)) {
  console.error(`check-structure: ${dir}: no such folder (the ToTA corpus is expected in ../shared/tota)`);
  process.exit(2);
}

const started = performance.now();
const results = readdirSync(dir)
  .filter((f) => f.endsWith('.xml'))
  .sort()
  .map((f) => checkTotaFile(join(dir, f), listSpurious ? Infinity : undefined));
const seconds = (performance.now() - started) / 1000;

const percent = (share: number): string => `${(100 * share).toFixed(2)}%`;
const line = (label: string, t: Totals): string =>
  `${label.padEnd(44)} ${String(t.files).padStart(4)} files ${String(t.expected).padStart(6)} articles  ` +
  `recovered ${percent(recoveredShare(t)).padStart(7)}  spurious ${percent(spuriousShare(t)).padStart(6)}  ` +
  `titles ${percent(titleShare(t)).padStart(7)} of ${String(t.titles).padStart(5)}  ` +
  `wrong end ${t.wrongEnd}  (${t.endsAtTextHeading} recovered end before a heading printed inside the corpus text; ` +
  `${t.beyondArticles} found after the last article, not scored)`;

function groupBy(key: (r: FileResult) => string): Array<[string, Totals]> {
  const groups = new Map<string, FileResult[]>();
  for (const r of results) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  const totalsByLabel = [...groups].sort().map(([label, group]): [string, Totals] => [label, addUp(group)]);
  for (const [label, t] of totalsByLabel) console.log(line(`  ${label}`, t));
  return totalsByLabel;
}

const totals = addUp(results);
console.log(line('overall', totals));
console.log('by heading style:');
const styles = groupBy((r) => r.style);
console.log('by table of contents:');
groupBy((r) => `contents: ${r.toc}`);
console.log('worst files (missed + spurious):');
for (const r of worstFiles(results, 10)) {
  console.log(`  ${r.id} [${r.style}; contents: ${r.toc}] ${r.recovered}/${r.expected} recovered, ${r.spurious} spurious`);
  for (const example of r.examples) console.log(`      ${example}`);
}
if (listSpurious) {
  console.log('every spurious article (and wrong number):');
  for (const r of results) {
    for (const example of r.examples.filter((e) => /^(?:spurious|wrong number)/.test(e))) console.log(`  ${r.id} [${r.style}] ${example}`);
  }
}
console.log(`${results.length} files in ${seconds.toFixed(1)} s`);

const short = styles.filter(([, t]) => recoveredShare(t) < STYLE_GOALS.recovered || spuriousShare(t) > STYLE_GOALS.spurious || titleShare(t) < STYLE_GOALS.titles);
console.log(
  short.length === 0
    ? 'every heading style meets its goals'
    : `heading styles short of the goals (recovered >= ${percent(STYLE_GOALS.recovered)}, spurious <= ${percent(STYLE_GOALS.spurious)}, titles >= ${percent(STYLE_GOALS.titles)}): ${short.map(([label]) => label).join('; ')}`,
);

const pass = recoveredShare(totals) >= RECOVERED_TARGET && spuriousShare(totals) < SPURIOUS_LIMIT && titleShare(totals) >= TITLES_TARGET;
console.log(
  pass
    ? 'corpus floors met'
    : `corpus floors missed: recovered >= ${percent(RECOVERED_TARGET)}, spurious < ${percent(SPURIOUS_LIMIT)}, titles >= ${percent(TITLES_TARGET)}`,
);
process.exitCode = pass ? 0 : 1;
