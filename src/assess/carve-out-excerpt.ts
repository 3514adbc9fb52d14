import { buildExcerpt } from '../engine/excerpt.js';
import type { AgreementDocument, FindingOrSignal } from '../model.js';
import { offsetBeforeSquash, squash } from '../nlp/index.js';
import type { ForcedSentence } from './finding-sentences.js';

/** How many characters on each side of its first matched word tell a clause apart from another that uses the same words. */
const CONTEXT = 40;

/**
 * The excerpt a carve-out is quoted by. The scan's excerpt is cut around its first mark, so an article
 * that defines what it carves out before carving it out ("1. … cultural industry means …" / "2. This
 * Agreement does not apply to …") is quoted by its definition alone; the carve-out rests on the clause it
 * takes its force from, which is then quoted in its place, its matched words marked. A clause none of
 * whose words matched (a note's definition read into an article, its force read from the article's
 * own sentence) does not say what is carved out: the scan's excerpt does.
 */
export function carveOutExcerpt(doc: AgreementDocument, finding: FindingOrSignal, decisive: ForcedSentence | undefined): string {
  if (!decisive) return finding.excerpt;
  const end = offsetBeforeSquash(doc.text, decisive.start, decisive.text.length);
  // A clause read with words from elsewhere (its list's lead-in, a note) is no stretch of the text to mark.
  if (squash(doc.text.slice(decisive.start, end)) !== decisive.text) return finding.excerpt;
  const marks = finding.evidence.filter((e) => e.start < end && e.end > decisive.start);
  const first = marks[0];
  if (!first) return finding.excerpt;
  const around = squash(doc.text.slice(Math.max(decisive.start, first.start - CONTEXT), Math.min(end, first.end + CONTEXT)));
  if (squash(finding.excerpt.replace(/[«»]/g, '')).includes(around)) return finding.excerpt;
  return buildExcerpt(doc.text, [{ start: decisive.start, end }], marks);
}
