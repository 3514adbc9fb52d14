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

/**
 * A one-article document built from a rule example: the path's headings become nested outline
 * nodes (a last "Article ..." heading is the article's own), the text the article's body;
 * `part: preamble` makes the text the preamble, `part: annex` puts it under an annex.
 */
export function exampleDocument(example: RuleExample, fallbackLanguage: Language): AgreementDocument {
  const placed = typeof example === 'string' ? { text: example } : example;
  const language = placed.language ?? fallbackLanguage;
  const headings = [...(placed.path ?? [])];
  if (placed.part === 'annex' && !headings.some((h) => ATTACHMENT_KINDS.has(kindOf(h)))) headings.unshift('Annex');
  const ownHeading = placed.part !== 'preamble' && headings.length > 0 && kindOf(headings[headings.length - 1] as string) === 'article' ? headings.pop() : undefined;
  let text = '';
  const starts: number[] = [];
  for (const heading of placed.part === 'preamble' ? [] : headings) {
    starts.push(text.length);
    text += `${heading}\n\n`;
  }
  const unitStart = text.length;
  text += ownHeading ? `${ownHeading}\n\n${placed.text}` : placed.text;
  const end = text.length;
  let unit: OutlineNode = placed.part === 'preamble' ? { kind: 'preamble', start: unitStart, end, children: [] } : { kind: 'article', start: unitStart, end, children: [], ...(ownHeading ? { heading: ownHeading } : {}) };
  if (placed.part !== 'preamble') {
    for (let i = headings.length - 1; i >= 0; i--) {
      unit = { kind: kindOf(headings[i] as string), heading: headings[i] as string, start: starts[i] as number, end, children: [unit] };
    }
  }
  return {
    id: 'example',
    source: 'example',
    format: 'txt',
    language,
    title: 'example',
    meta: placed.parties ? { parties: placed.parties } : {},
    text,
    pages: [],
    outline: [unit],
    original: { text, map: { normStarts: [0], origStarts: [0] } },
  };
}
