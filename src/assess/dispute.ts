import type { AgreementDocument, OutlineNode, Signal } from '../model.js';
import { segmentIndexAt, splitSentences, squash } from '../nlp/index.js';
import { chapterByNumber, enclosing, proseName, spanOf, walk } from './outline.js';
import { namedChapterNumbers } from './scope.js';
import type { Span } from './types.js';

/** A place where the agreement keeps part of itself out of dispute settlement. */
export interface DisputeExclusion {
  sentence: string;
  articleNumber: string;
  targets: Span[];
}

const MENTION = /dispute settlement|settlement of disputes|soluci[óo]n de (?:controversias|diferencias)|r[èe]glement des diff[ée]rends/gi;
const DENIAL = /\b(?:shall|does|do|will) not apply\b|\bno (?:party|state) (?:shall|may) (?:have recourse|invoke|use)\b|\bneither party (?:shall|may) (?:have recourse|invoke|use)\b|\bnot be subject to\b|\bno se aplicar[áa]n?\b|\bne s['’]applique(?:nt)? pas\b|\bnon-application\b/i;

function articleNumbered(doc: AgreementDocument, number: string): OutlineNode | undefined {
  for (const node of walk(doc.outline)) if (node.kind === 'article' && node.number?.replace(/^article\s+/i, '') === number) return node;
  return undefined;
}

/** What a denying sentence takes out of dispute settlement: "this Chapter", named chapters, named articles. */
function targetsOf(doc: AgreementDocument, sentence: string, at: number): Span[] {
  const after = sentence.split(DENIAL)[1] ?? sentence;
  const targets: Span[] = [];
  if (/\b(?:this|the present) chapter\b|\barising under this chapter\b/i.test(after) || /^non-application/i.test(sentence)) {
    const chapter = enclosing(doc, at, ['chapter']);
    if (chapter) targets.push(spanOf(chapter));
  }
  for (const n of namedChapterNumbers(after)) {
    const chapter = chapterByNumber(doc, n, at);
    if (chapter && !/dispute/i.test(chapter.heading ?? '')) targets.push(spanOf(chapter));
  }
  for (const m of after.matchAll(/\barticles?\s+((?:[\w.-]+\d[\w.-]*(?:\s*(?:,|and|or)\s*)?)+)/gi)) {
    for (const n of (m[1] ?? '').split(/\s*(?:,|\band\b|\bor\b)\s*/)) {
      const article = n ? articleNumbered(doc, n.trim()) : undefined;
      if (article) targets.push(spanOf(article));
    }
  }
  return targets;
}

/** Finds every dispute-settlement exclusion: in the text itself, and in `dispute-settlement-exclusion` signals. */
export function disputeExclusions(doc: AgreementDocument, signals: readonly Signal[]): DisputeExclusion[] {
  const out: DisputeExclusion[] = [];
  const seen = new Set<number>();
  const consider = (offset: number) => {
    const around = sentenceAround(doc.text, offset, 1500);
    if (!around || seen.has(around.start)) return;
    seen.add(around.start);
    const sentence = around.text;
    const article = enclosing(doc, offset, ['article']);
    const nonApplication = /non-application/i.test(article?.heading ?? '');
    if (!DENIAL.test(sentence) && !nonApplication) return;
    const targets = targetsOf(doc, nonApplication ? `Non-application: this Chapter. ${sentence}` : sentence, around.start);
    if (targets.length > 0) out.push({ sentence, articleNumber: article ? proseName(article) : 'unknown article', targets });
  };
  for (const m of doc.text.matchAll(MENTION)) consider(m.index);
  // Inside the dispute-settlement chapter itself, "This Chapter does not apply to ... Chapters 7 and 10".
  for (const node of walk(doc.outline)) {
    if (node.kind !== 'chapter' || !/dispute/i.test(node.heading ?? '')) continue;
    const body = doc.text.slice(node.start, node.end);
    for (const m of body.matchAll(/\b(?:shall|does|do) not apply\b/gi)) consider(node.start + m.index);
  }
  for (const s of signals) if (s.kind === 'dispute-settlement-exclusion') for (const e of s.evidence) consider(e.start);
  return out;
}

/** The exclusion that reaches an offset, if any. */
export function exclusionAt(exclusions: DisputeExclusion[], offset: number): DisputeExclusion | undefined {
  return exclusions.find((x) => x.targets.some((t) => t.start <= offset && offset < t.end));
}

/**
 * The sentence around `offset` (its lead-in and list items kept together), split from a window of
 * `radius` characters either side rather than the whole text: many matches of a long agreement are
 * looked up.
 */
function sentenceAround(text: string, offset: number, radius: number): { start: number; text: string } | undefined {
  const sentences = splitSentences(text, Math.max(0, offset - radius), Math.min(text.length, offset + radius), 'with-lead-in');
  const sentence = sentences[segmentIndexAt(offset, sentences)];
  return sentence && { start: sentence.start, text: squash(text.slice(sentence.start, sentence.end)) };
}
