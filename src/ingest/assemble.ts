import { UserError } from '../errors.js';
import type { AgreementDocument, AgreementMeta, Format, OffsetMap, OutlineNode, PageSpan, UnreadText } from '../model.js';
import { heapShortfall } from '../memory-budget.js';
import { buildOutline } from '../structure/index.js';
import { detectLanguage } from './language.js';
import { unreadText } from './unread-language.js';
import { normalizeText } from './normalize.js';
import { composeMaps, identityMap, toNormalizedOffset } from './offset-map.js';
import type { Extraction } from './reader.js';
import { frontMatterMeta } from './front-matter.js';
import { signatureDate } from './signature-date.js';
import { findTitle } from './title.js';

/** Who the document is: its id (file name without extension), the name it was read under, its format. */
export interface Origin {
  id: string;
  source: string;
  format: Format;
}

/** Turns a reader's extraction into the document every later stage reads: normalised text, pages, outline, title, language. */
export function assembleDocument(extraction: Extraction, origin: Origin): AgreementDocument {
  const stripped = extraction.stripped ?? { text: extraction.original, map: identityMap() };
  const normal = normalizeText(stripped.text, extraction.normalize);
  const map = extraction.stripped ? composeMaps(stripped.map, normal.map) : normal.map;
  const text = normal.text;
  if (!/\S/.test(text)) throw new UserError(extraction.original.length ? 'contains no text' : 'is empty', origin.source);
  // Checked before the outline and the rules, which take the most memory: a text too long for the heap is one line, not an aborted run.
  const shortfall = heapShortfall(text.length);
  if (shortfall) throw new UserError(shortfall, origin.source);

  const pages = pageSpans(extraction.pageStarts ?? [], map, text);
  const language = extraction.language ?? detectLanguage(text);
  // The rules read English, French and Spanish: a text in another language is read without its clauses.
  // ToTA declares each agreement's language, one of those three.
  const outline = extraction.outline
    ? moveToNormalized(extraction.outline, map, text.length)
    : buildOutline(text, { language, pages });
  const unread = origin.format === 'tota-xml' ? undefined : unreadText(text, outline);
  const warnings = [...(extraction.warnings ?? []), ...(unread ? [unreadWarning(unread, text)] : [])];
  return {
    id: origin.id,
    source: origin.source,
    format: origin.format,
    language,
    title: agreementTitle(extraction, origin, text),
    meta: withSignatureDate(frontMatterMeta(text, extraction.meta ?? {}), text, outline),
    text,
    pages,
    outline,
    original: { text: extraction.original, map },
    ...(extraction.cutShort ? { cutShort: true } : {}),
    ...(extraction.lostNotes?.length ? { lostNotes: extraction.lostNotes } : {}),
    ...(warnings.length ? { warnings } : {}),
    ...(unread ? { unread } : {}),
  };
}

/** One line on what of the text the rules cannot read, and what that does to its brief. */
function unreadWarning(unread: UnreadText, text: string): string {
  if (unread.whole) return `reads as ${unread.language}, which the rules do not cover (they read English, French and Spanish): clauses written in it go unfound, so its brief gives "undetermined" where it would say "absent"`;
  const first = unread.stretches[0]!;
  const opening = text.slice(first.start, first.start + 60).replace(/\s+/g, ' ').trim();
  const languages = [...new Set(unread.stretches.map((s) => s.language))].join(' and ');
  return `holds ${unread.stretches.length === 1 ? 'a part' : `${unread.stretches.length} parts`} in ${languages}, which the rules do not cover (from "${opening}…"): clauses written there go unfound, and its brief names the statuses they could change`;
}

/** The date of signature the source states (ToTA's record, a draft's "Signed:" line), else the one the final clause gives. */
function withSignatureDate(meta: AgreementMeta, text: string, outline: readonly OutlineNode[]): AgreementMeta {
  if (meta.dateSigned) return meta;
  const date = signatureDate(text, outline);
  return date ? { ...meta, dateSigned: date } : meta;
}

/**
 * ToTA's record names the agreement; elsewhere the agreement's own title in the text wins over what
 * the file declares (a web page's <title> names the page: "EUR-Lex - 22018A1227(01) - EN"), so the
 * same agreement gets the same title in every format.
 */
function agreementTitle(extraction: Extraction, origin: Origin, text: string): string {
  const declared = extraction.title?.trim() || undefined;
  if (origin.format === 'tota-xml' && declared) return declared;
  return findTitle(text, origin.id, declared);
}

/** Page starts of the original, carried into the normalised text; a page ends where the next begins, less the blank lines. */
function pageSpans(starts: readonly number[], map: OffsetMap, text: string): PageSpan[] {
  const begins = starts.map((start) => Math.min(text.length, toNormalizedOffset(map, start)));
  return begins.map((start, i) => {
    let end = begins[i + 1] ?? text.length;
    while (end > start && text[end - 1] === '\n') end--;
    return { page: i + 1, start, end };
  });
}

/**
 * The reader's outline, given in original offsets, moved to normalised ones in place: the extraction is
 * made for this one document and read no more once assembled, and copying each node (31,000 articles
 * in the ToTA corpus, of as many shapes as a node's optional fields make) cost more than moving it.
 */
function moveToNormalized(nodes: OutlineNode[], map: OffsetMap, length: number): OutlineNode[] {
  for (const node of nodes) {
    const start = (node.start = Math.min(length, toNormalizedOffset(map, node.start)));
    const end = (node.end = Math.max(start, Math.min(length, toNormalizedOffset(map, node.end))));
    if (node.headingEnd !== undefined) node.headingEnd = Math.min(end, Math.max(start, toNormalizedOffset(map, node.headingEnd)));
    moveToNormalized(node.children, map, length);
  }
  return nodes;
}
