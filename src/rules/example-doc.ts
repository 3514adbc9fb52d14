import type { AgreementDocument, Language, NodeKind, OutlineNode } from '../model.js';
import { ATTACHMENT_KINDS } from '../structure/vocabulary.js';
import type { RuleExample } from './schema.js';

/** Heading words that tell which outline kind a heading of an example's path is. */
const KIND_OF_HEADING: Array<[RegExp, NodeKind]> = [
  [/^(?:part|partie|parte)\b/i, 'part'],
  [/^(?:chapter|chapitre|cap[ií]tulo)\b/i, 'chapter'],
  [/^(?:sub-?section|sous-section|subsecci[oó]n)\b/i, 'subsection'],
  [/^(?:section|secci[oó]n)\b/i, 'section'],
  [/^(?:article|art[ií]culo|art\.)/i, 'article'],
  [/^(?:annex|annexe|anexo)\b/i, 'annex'],
  [/^(?:appendix|appendice|ap[eé]ndice)\b/i, 'appendix'],
  [/^(?:protocol|protocole|protocolo)\b/i, 'protocol'],
];

function kindOf(heading: string): NodeKind {
  return KIND_OF_HEADING.find(([pattern]) => pattern.test(heading.trim()))?.[1] ?? 'section';
}

/** An article to place in an example document: its body and the headings above it. */
interface PlacedText {
  text: string;
  path?: string[];
  part?: 'preamble' | 'body' | 'annex';
}

/**
 * Appends one article (or the preamble) to the text, under outline nodes made from its path's
 * headings (a last "Article ..." heading is the article's own). A heading already placed at the same
 * level by an earlier article of the example is reused, so articles of one chapter share its node.
 */
function place(placed: PlacedText, text: { value: string }, outline: OutlineNode[]): void {
  const headings = [...(placed.path ?? [])];
  if (placed.part === 'annex' && !headings.some((h) => ATTACHMENT_KINDS.has(kindOf(h)))) headings.unshift('Annex');
  const ownHeading = placed.part !== 'preamble' && headings.length > 0 && kindOf(headings[headings.length - 1] as string) === 'article' ? headings.pop() : undefined;
  let level = outline;
  const enclosing: OutlineNode[] = [];
  for (const heading of placed.part === 'preamble' ? [] : headings) {
    let node = level.find((n) => n.heading === heading && n.kind === kindOf(heading));
    if (!node) {
      node = { kind: kindOf(heading), heading, start: text.value.length, headingEnd: text.value.length + heading.length, end: text.value.length, children: [] };
      level.push(node);
      text.value += `${heading}\n\n`;
    }
    enclosing.push(node);
    level = node.children;
  }
  const start = text.value.length;
  text.value += ownHeading ? `${ownHeading}\n\n${placed.text}` : placed.text;
  const end = text.value.length;
  const number = ownHeading?.match(/^\S+\s+(\S+)/)?.[1];
  level.push(
    placed.part === 'preamble'
      ? { kind: 'preamble', start, end, children: [] }
      : { kind: 'article', start, end, children: [], ...(ownHeading ? { heading: ownHeading, headingEnd: start + ownHeading.length } : {}), ...(number ? { number } : {}) },
  );
  for (const node of enclosing) node.end = end;
}

/**
 * The document of a rule example: the example's `others` articles first, each under its headings,
 * then the example's own article (or preamble, or annex text), whose unit is the one tested.
 */
export function exampleDocument(example: RuleExample, fallbackLanguage: Language): AgreementDocument {
  const placed = typeof example === 'string' ? { text: example } : example;
  const language = placed.language ?? fallbackLanguage;
  const text = { value: '' };
  const outline: OutlineNode[] = [];
  for (const other of 'others' in placed ? (placed.others ?? []) : []) {
    place(other, text, outline);
    text.value += '\n\n';
  }
  place(placed, text, outline);
  return {
    id: 'example',
    source: 'example',
    format: 'txt',
    language,
    title: placed.title ?? 'example',
    meta: placed.parties ? { parties: placed.parties } : {},
    text: text.value,
    pages: [],
    outline,
    original: { text: text.value, map: { normStarts: [0], origStarts: [0] } },
  };
}
