/**
 * Real-data check of the modals legal force reads without compromise (nlp/drafting-modals): every
 * sentence of the English ToTA agreements and of the plain-text agreements in which a modal stands
 * where drafting puts one is read by compromise too, and each such modal must be among those it reports.
 * Usage: node dist/src/scripts/check-drafting-modals.js [dir ...]   (default: ../shared/tota ../shared/texts)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement } from '../ingest/index.js';
import { splitSentences, squash } from '../nlp/index.js';
import { draftingModals } from '../nlp/drafting-modals.js';
import { modalsOf } from '../nlp/modality.js';
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
const wrong: string[] = [];
const byModal = new Map<string, number>();
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => /\.(?:xml|txt)$/.test(f) && f !== 'README.md').sort()) {
    const doc = await readAgreement(join(dir, file));
    if (doc.language !== 'en') continue;
    for (const span of splitSentences(doc.text, 0, doc.text.length, 'with-lead-in')) {
      const sentence = squash(doc.text.slice(span.start, span.end));
      sentences++;
      const claimed = draftingModals(sentence);
      if (claimed.size === 0 || read.has(sentence)) continue;
      read.add(sentence);
      // modalsOf is compromise's own reading: the drafting positions only spare holdsModalAmong and holdsSomeModal asking it.
      const reported = new Set(modalsOf(sentence));
      for (const modal of claimed) byModal.set(modal, (byModal.get(modal) ?? 0) + 1);
      const unreported = [...claimed].filter((modal) => !reported.has(modal));
      if (unreported.length > 0) wrong.push(`${file}: ${unreported.join(', ')} not a modal to compromise in: ${sentence.slice(0, 300)}`);
    }
  }
}
const seconds = ((performance.now() - started) / 1000).toFixed(0);
const counts = [...byModal].sort((a, b) => b[1] - a[1]).map(([modal, n]) => `${modal} ${n}`).join(', ');
console.log(`${sentences} sentences, ${read.size} distinct ones with a modal where drafting puts one (${counts}), all read by compromise in ${seconds} s`);
console.log(`compromise reports every one of them in ${read.size - wrong.length} sentences; disagreements: ${wrong.length}`);
for (const line of wrong) console.log(`  ${line}`);
process.exit(wrong.length === 0 ? 0 : 1);
