import type { LapsedDecision } from '../model.js';
import { IN_SENTENCE, placeName } from '../place-names.js';
import { escapeControlCharacters } from '../report/control-characters.js';
import { DECISION_WORDS } from '../report/brief/words.js';

/**
 * The decisions of an earlier draft that no finding of this one answers to, in one sentence: "1 earlier
 * decision no longer applies: its clause is gone from this draft (cultural-exemption, Article 8.4: to
 * discuss)". Undefined when there is none.
 */
export function lapsedSummary(lapsed: readonly LapsedDecision[]): string | undefined {
  if (lapsed.length === 0) return undefined;
  const which = lapsed.map((d) => `${d.category}, ${escapeControlCharacters(placeName(d.articleNumber, IN_SENTENCE))}: ${DECISION_WORDS[d.decision]}`).join('; ');
  return lapsed.length === 1
    ? `1 earlier decision no longer applies: its clause is gone from this draft (${which})`
    : `${lapsed.length} earlier decisions no longer apply: their clauses are gone from this draft (${which})`;
}
