/**
 * Real-data check of what legal force reads of English modals without compromise, on every sentence of
 * the English ToTA agreements and of the plain-text agreements: wherever such a reading applies,
 * compromise reads the sentence too and must agree with it.
 * - A modal where drafting puts one (nlp/drafting-modals) must be among the modals compromise reports.
 * - A sentence in which the letters of every word compromise could tag a modal are missing
 *   (mayHoldEnglishModal, nlp/modality), or whose only such word is a "may" compromise reads as the
 *   month (onlyMonthsOfMay), must be one in which compromise reports no modal at all.
 * Usage: node dist/src/scripts/check-drafting-modals.js [dir ...]   (default: ../shared/tota ../shared/texts)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement } from '../ingest/index.js';
import { splitSentences, squash } from '../nlp/index.js';
import { draftingModals } from '../nlp/drafting-modals.js';
import { compromiseModals, mayHoldEnglishModal, onlyMonthsOfMay } from '../nlp/modality.js';
import { PACKAGE_ROOT } from '../paths.js';

const dirs = process.argv.length > 2 ? process.argv.slice(2) : ['tota', 'texts'].map((name) => join(PACKAGE_ROOT, '..', 'shared', name));
for (const dir of dirs) {
  if (!existsSync(dir)) {
    console.error(`check-drafting-modals: ${dir}: no such folder (the corpora are expected in ../shared)`);
    process.exit(2);
  }
}

const started = performance.now();
const read = new Set<string>();
let sentences = 0;
let withDraftingModal = 0;
let withNone = 0;
const wrong: string[] = [];
const byModal = new Map<string, number>();
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => /\.(?:xml|txt)$/.test(f) && f !== 'README.md').sort()) {
    const doc = await readAgreement(join(dir, file));
    if (doc.language !== 'en') continue;
    for (const span of splitSentences(doc.text, 0, doc.text.length, 'with-lead-in')) {
      const sentence = squash(doc.text.slice(span.start, span.end));
      sentences++;
      if (read.has(sentence)) continue;
      const claimed = draftingModals(sentence);
      const noModal = !mayHoldEnglishModal(sentence) || onlyMonthsOfMay(sentence);
      if (claimed.size === 0 && !noModal) continue;
      read.add(sentence);
      const reported = compromiseModals(sentence);
      if (noModal) {
        withNone++;
        if (reported.length > 0) wrong.push(`${file}: ${reported.join(', ')} a modal to compromise, none to the test, in: ${sentence.slice(0, 300)}`);
        continue;
      }
      withDraftingModal++;
      for (const modal of claimed) byModal.set(modal, (byModal.get(modal) ?? 0) + 1);
      const unreported = [...claimed].filter((modal) => !reported.includes(modal));
      if (unreported.length > 0) wrong.push(`${file}: ${unreported.join(', ')} not a modal to compromise in: ${sentence.slice(0, 300)}`);
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const counts = [...byModal].sort((a, b) => b[1] - a[1]).map(([modal, n]) => `${modal} ${n}`).join(', ');
console.log(`${sentences} sentences; read by compromise too, in ${seconds} s: ${withDraftingModal} distinct ones with a modal where drafting puts one (${counts}), ${withNone} with no word it could tag a modal`);
console.log(`compromise agrees in ${read.size - wrong.length} of ${read.size} sentences; disagreements: ${wrong.length}`);
for (const line of wrong) console.log(`  ${line}`);
process.exit(wrong.length === 0 ? 0 : 1);
