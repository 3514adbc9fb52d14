import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { scratchFolder } from './inputs-run.js';

/**
 * Pairing the clauses of two agreements weighed each clause of a category against each on the other
 * side: a huge text compared with itself (tens of thousands of clauses) ran for hours. Here the built
 * pairing runs in a child process under a CPU limit on two sides of 20,000 clauses of one category —
 * the same words, some reworded, some moved — which each-against-each (400 million weighings) could
 * not finish within it. The child prints what it paired, so the test checks the pairing is right too.
 */

const dir = scratchFolder('compare-pairing');
const CLAUSES = 20_000;
/** Far above what pairing 20,000 clauses in near-linear time takes, far below 400 million weighings. */
const CPU_SECONDS = 40;

const script = `
import { alignClauses } from ${JSON.stringify(pathToFileURL(join(PACKAGE_ROOT, 'dist', 'src', 'compare', 'align.js')).href)};
const CLAUSES = ${CLAUSES};
// A word of letters only for a number (the comparison ignores digits): 0 → a, 25 → z, 26 → ba …
const word = (n) => { let s = ''; do { s = String.fromCharCode(97 + (n % 26)) + s; n = Math.floor(n / 26); } while (n > 0); return s; };
const article = (k, changed) => 'The Parties shall ' + Array.from({ length: 30 }, (_, m) => (changed && m === 15 ? 'otherwise' : word(k * 30 + m))).join(' ') + '.';
function source(texts) {
  let text = '';
  const findings = texts.map((body, n) => {
    const start = text.length;
    text += body + '\\n';
    return { fingerprint: 'f' + n, ruleIds: ['r'], category: 'cultural-cooperation', severity: 'info', evidence: [], references: [], tags: [], legalForce: 'binding', forceSentence: body, excerpt: body,
      location: { articleNumber: String(n + 1), path: ['Article ' + (n + 1)], start, end: start + body.length } };
  });
  return { findings, text };
}
const left = Array.from({ length: CLAUSES }, (_, k) => article(k, false));
// Every tenth clause reworded (one word of thirty), and the last hundred moved to the front.
const right = Array.from({ length: CLAUSES }, (_, k) => article(k, k % 10 === 0));
right.unshift(...right.splice(CLAUSES - 100, 100));
const links = alignClauses(source(left), source(right), ['cultural-cooperation']);
const counts = {};
for (const link of links) counts[link.outcome] = (counts[link.outcome] ?? 0) + 1;
const wrong = links.filter((link) => link.left && link.right && link.left.forceSentence.split(' ')[3] !== link.right.forceSentence.split(' ')[3]).length;
console.log(JSON.stringify({ counts, wrong }));
`;
writeFileSync(join(dir, 'pair.mjs'), script);

describe('pairing the clauses of two huge agreements', () => {
  it('runs in near-linear time: 20,000 clauses a side within a CPU limit, each paired with its own version', { timeout: 150_000 }, () => {
    const result = spawnSync('/bin/sh', ['-c', `ulimit -t ${CPU_SECONDS} && exec "$@"`, 'sh', process.execPath, join(dir, 'pair.mjs')], { encoding: 'utf8', timeout: 140_000 });
    expect(result.status, result.stderr).toBe(0);
    const { counts, wrong } = JSON.parse(result.stdout) as { counts: Record<string, number>; wrong: number };
    expect(counts).toEqual({ same: CLAUSES - CLAUSES / 10, reworded: CLAUSES / 10 });
    expect(wrong).toBe(0);
  });
});
