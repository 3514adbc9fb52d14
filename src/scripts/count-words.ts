/**
 * Writes the built-in rules' word counts (rules/word-counts/<language>.txt): how often each word is
 * written in a folder of agreements, per million words of their language, folded as the anchor pass reads
 * words; the words written at least MIN_PER_MILLION times in a million, commonest first. The scan looks for a phrase of
 * the rules at its least written word (nlp/word-prefix rarestWord), so the counts decide only where a
 * phrase is looked for, never whether it is found.
 * Usage: node dist/src/scripts/count-words.js [dir]   (default: ../shared/tota)
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAgreement, SUPPORTED_EXTENSIONS } from '../ingest/index.js';
import type { Language } from '../model.js';
import { foldWord } from '../nlp/index.js';
import { BUILTIN_RULES_DIR, PACKAGE_ROOT } from '../paths.js';

/** Rarer words are left out, and words met fewer than MIN_TIMES (a language with few agreements): a word not listed counts as rare, and the list stays short. */
const MIN_PER_MILLION = 50;
const MIN_TIMES = 5;

const dir = process.argv[2] ?? join(PACKAGE_ROOT, '..', 'shared', 'tota');
if (!existsSync(dir)) {
  console.error(`count-words: ${dir}: no such folder`);
  process.exit(1);
}

const counts = new Map<Language, Map<string, number>>();
const files = readdirSync(dir).filter((name) => SUPPORTED_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension)));
for (const name of files.sort()) {
  const doc = await readAgreement(join(dir, name));
  let ofLanguage = counts.get(doc.language);
  if (!ofLanguage) counts.set(doc.language, (ofLanguage = new Map()));
  for (const [word] of doc.text.matchAll(/\p{L}+/gu)) {
    const folded = foldWord(word);
    ofLanguage.set(folded, (ofLanguage.get(folded) ?? 0) + 1);
  }
}

const outDir = join(BUILTIN_RULES_DIR, 'word-counts');
mkdirSync(outDir, { recursive: true });
for (const [language, ofLanguage] of [...counts].sort()) {
  const total = [...ofLanguage.values()].reduce((sum, count) => sum + count, 0);
  const listed = [...ofLanguage]
    .filter(([, count]) => count >= MIN_TIMES)
    .map(([word, count]): [string, number] => [word, Math.round((count * 1e6) / total)])
    .filter(([, perMillion]) => perMillion >= MIN_PER_MILLION)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
  const header = [
    `# How often each word is written in agreements in this language, per million words (${listed.length} words written`,
    `# at least ${MIN_PER_MILLION} times in a million): the scan looks for a phrase of the rules at its least written word.`,
    '# Made by `npm run rules:word-counts` from a corpus of agreements; rarer words are not listed.',
  ];
  writeFileSync(join(outDir, `${language}.txt`), [...header, ...listed.map(([word, perMillion]) => `${word} ${perMillion}`)].join('\n') + '\n');
  console.log(`${language}: ${total} words, ${listed.length} listed`);
}
