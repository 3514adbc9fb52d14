import { numberAt } from '../ingest/number-words.js';
import type { AgreementDocument, FindingLocation, NodeKind, OutlineNode } from '../model.js';
import { isPreambleNumber } from '../place-names.js';
import { romanValue } from '../structure/numbers.js';
import type { Span } from './types.js';

/** The nodes that contain `offset`, from the top of the outline down. */
export function ancestorsAt(outline: OutlineNode[], offset: number): OutlineNode[] {
  const path: OutlineNode[] = [];
  let level = outline;
  for (;;) {
    const node = level.find((n) => n.start <= offset && offset < n.end);
    if (!node) return path;
    path.push(node);
    level = node.children;
  }
}

/** The innermost node of one of `kinds` that contains `offset`. */
export function enclosing(doc: AgreementDocument, offset: number, kinds: NodeKind[]): OutlineNode | undefined {
  return ancestorsAt(doc.outline, offset).filter((n) => kinds.includes(n.kind)).at(-1);
}

export function* walk(nodes: OutlineNode[]): Generator<OutlineNode> {
  for (const node of nodes) {
    yield node;
    yield* walk(node.children);
  }
}

export function inPreamble(doc: AgreementDocument, offset: number): boolean {
  return ancestorsAt(doc.outline, offset).some((n) => n.kind === 'preamble');
}

/** Whether a finding's place is a preamble, the agreement's or an attachment's own: by its number, else by the outline around it. */
export function inPreamblePlace(doc: AgreementDocument, location: Pick<FindingLocation, 'articleNumber' | 'start'>): boolean {
  return isPreambleNumber(location.articleNumber) || inPreamble(doc, location.start);
}

/** "14", "XIV", "Fourteen", "Twenty Four" → 14 / 24; anything else (e.g. "8A", "G-01") stays as lower-case text. */
export function chapterNumberValue(raw: string): string {
  const s = raw.trim().toLowerCase().replace(/[.:]$/, '');
  if (/^\d+$/.test(s)) return String(Number(s));
  if (/^[ivxlc]+$/.test(s)) return String(romanValue(s));
  const words = s.split(/[\s-]+/);
  const written = numberAt(words, 0);
  return written !== undefined && written.end === words.length ? String(written.value) : s;
}

/**
 * The chapter whose number matches. Agreements split into Titles or Parts reuse chapter numbers, so
 * when `near` is given the match closest to it wins (same parent first, then distance).
 */
export function chapterByNumber(doc: AgreementDocument, number: string, near?: number): OutlineNode | undefined {
  const wanted = chapterNumberValue(number);
  const matches: OutlineNode[] = [];
  for (const node of walk(doc.outline)) {
    if (node.kind === 'chapter' && node.number !== undefined && chapterNumberValue(node.number.replace(/^chapter\s+/i, '')) === wanted) matches.push(node);
  }
  if (near === undefined || matches.length < 2) return matches[0];
  const parentOf = (offset: number) => ancestorsAt(doc.outline, offset).filter((n) => n.kind !== 'chapter' && n.kind !== 'article').at(-1);
  const home = parentOf(near);
  // Same parent first; then a chapter before the reference ("Chapter 3 of this Title" points back), nearest first.
  const distance = (n: OutlineNode) => (parentOf(n.start) === home ? 0 : 1e12) + (n.end <= near ? near - n.end : 1e10 + n.start - near);
  return [...matches].sort((a, b) => distance(a) - distance(b))[0];
}

const KIND_WORD: Partial<Record<NodeKind, string>> = { chapter: 'Chapter', section: 'Section', subsection: 'Sub-Section', part: 'Part', article: 'Article', annex: 'Annex', protocol: 'Protocol' };

/**
 * How a sentence of the brief names the node: "Chapter 13 (Electronic Commerce)". Paths of findings use
 * the engine's nodeLabel ("Chapter 13 Electronic Commerce"), which reads as a heading, not in a sentence.
 */
export function proseName(node: OutlineNode): string {
  const word = KIND_WORD[node.kind] ?? node.kind;
  const number = node.number ? ` ${node.number.replace(/^(chapter|title|part|section|article)\s+/i, '')}` : '';
  const heading = node.heading && !/^(chapter|article|section|title|part)\b/i.test(node.heading) ? ` (${node.heading})` : node.heading && !node.number ? ` (${node.heading})` : '';
  return `${word}${number}${heading}`.trim();
}

export function spanOf(node: OutlineNode): Span {
  return { start: node.start, end: node.end, label: proseName(node) };
}
