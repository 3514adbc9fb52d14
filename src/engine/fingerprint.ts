import { createHash } from 'node:crypto';
import { foldWord } from '../nlp/index.js';

/**
 * A short stable id for a finding: its category and the words of its evidence sentences, folded,
 * without digits or punctuation. Renumbered articles, moved cross-references and edits elsewhere
 * in the agreement leave it unchanged; rewording the evidence sentence changes it.
 */
export function fingerprint(category: string, sentenceTexts: readonly string[]): string {
  const words = sentenceTexts.map((text) =>
    foldWord(text)
      .replace(/[^\p{L}]+/gu, ' ')
      .trim(),
  );
  return createHash('sha1').update(`${category}\n${words.join('\n')}`).digest('hex').slice(0, 12);
}

/** Makes fingerprints unique within a document: the second identical one gets "-2", and so on. */
export function disambiguate(fingerprints: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return fingerprints.map((print) => {
    const count = (seen.get(print) ?? 0) + 1;
    seen.set(print, count);
    return count === 1 ? print : `${print}-${count}`;
  });
}
