import type { NodeKind, OutlineNode } from '../model.js';

const KIND_WORDS: Partial<Record<NodeKind, string>> = {
  part: 'Part',
  chapter: 'Chapter',
  section: 'Section',
  subsection: 'Sub-section',
  article: 'Article',
  annex: 'Annex',
  appendix: 'Appendix',
  protocol: 'Protocol',
  preamble: 'Preamble',
  footnotes: 'Footnotes',
  conclusion: 'Final provisions',
};

/** A heading that already names its node, in any of our languages: "CHAPTER 8 ...", "Artículo 5", "Annexe I". */
const NAMED = /^\s*(?:part|partie|parte|chap(?:ter|itre)?|cap[ií]tulo|sub-?section|sous-section|secci[oó]n|section|art(?:icle|[ií]culo)?\.?|annex(?:e)?|anexo|appendix|appendice|ap[eé]ndice|protocol[oe]?|pr[eé][aá]mbul[eo]|preamble|joint declaration|d[ée]claration commune|declaraci[oó]n conjunta)\b/i;

/** The label a node shows in a finding's path and that `inside.heading` is tested on: "Article 8.70 Objective". */
export function nodeLabel(node: OutlineNode): string {
  const heading = node.heading === undefined ? '' : UNEVEN_SPACING.test(node.heading) ? node.heading.replace(/\s+/g, ' ').trim() : node.heading;
  if (heading && NAMED.test(heading)) return heading;
  const word = KIND_WORDS[node.kind] ?? '';
  if (node.kind === 'preamble') return heading || word;
  return spaced(spaced(word, node.number ?? ''), heading);
}

/**
 * Spacing a heading is read without: a run of blanks, a blank other than a space, a blank at either
 * end. Most headings have none, and are taken as they are instead of rebuilt (every node is labelled).
 */
const UNEVEN_SPACING = /\s\s|[^\S ]|^ | $/;

/** Two words with a space between them, or the one that is not empty. */
function spaced(first: string, second: string): string {
  return first === '' ? second : second === '' ? first : `${first} ${second}`;
}
