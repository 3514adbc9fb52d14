import type { AgreementDocument, OutlineNode, UnreadStretch } from '../model.js';
import { CHECKLIST_ITEMS } from './types.js';
import type { MissingPart } from './missing-parts.js';
import { enclosing, proseName, walk } from './outline.js';

/** The parts of an outline a stretch holds: nodes mostly inside it, the outermost, in text order. */
function partsWithin(nodes: readonly OutlineNode[], stretch: UnreadStretch): OutlineNode[] {
  const within: OutlineNode[] = [];
  for (const node of nodes) {
    if (node.kind === 'paragraph' || node.kind === 'footnotes' || node.kind === 'conclusion' || node.end <= stretch.start || node.start >= stretch.end) continue;
    const inside = Math.min(node.end, stretch.end) - Math.max(node.start, stretch.start);
    if (inside >= 0.6 * (node.end - node.start)) within.push(node);
    else within.push(...partsWithin(node.children, stretch));
  }
  return within;
}

/**
 * How the brief names a stretch not read: "Annex 3 (in Portuguese, not read)", "Article 20 to Article
 * 31 (…)", else where it starts, in the part `around` it.
 */
function stretchName(doc: AgreementDocument, stretch: UnreadStretch, around: OutlineNode | undefined): string {
  const parts = partsWithin(doc.outline, stretch);
  const named = parts.length === 0 ? undefined : parts.length <= 3 ? parts.map(proseName).join(', ') : `${proseName(parts[0]!)} to ${proseName(parts.at(-1)!)}`;
  if (named) return `${named} (in ${stretch.language}, not read)`;
  const opening = doc.text.slice(stretch.start, stretch.start + 50).replace(/\s+/g, ' ').trim();
  return `the text from "${opening}…"${around ? ` in ${proseName(around)}` : ''} (in ${stretch.language}, not read)`;
}

/** Each language's name as an agreement's final clause writes it in English, French or Spanish ("in the English and Portuguese languages"). */
const LANGUAGE_NAMES: Record<string, RegExp> = {
  Portuguese: /\bportugu[eê]s|\bportugais|\bportuguese/i,
  German: /\bgerman\b|\ballemand|\balem[aá]n/i,
  Italian: /\bitalian|\bitalien/i,
  Dutch: /\bdutch\b|\bn[ée]erlandais|\bneerland[eé]s/i,
  Arabic: /\barab/i,
  Greek: /\bgreek\b|\bgrec\b|\bgrecque|\bgriego/i,
  Hebrew: /\bhebrew|\bh[ée]breu|\bhebreo/i,
  Korean: /\bkorean|\bcor[ée]en|\bcoreano/i,
  Japanese: /\bjapanese|\bjaponais|\bjapon[eé]s/i,
  'Chinese or Japanese': /\bchinese|\bchinois|\bchino\b|\bjapanese|\bjaponais|\bjapon[eé]s/i,
  Thai: /\bthai\b|\btha[iï]landais|\btailand[eé]s/i,
  Hindi: /\bhindi\b/i,
  'a language in Cyrillic script': /\brussian|\brusse\b|\bruso\b|\bukrainian|\bukrainien|\bucraniano|\bbulgarian|\bbulgare|\bb[uú]lgaro|\bserbian|\bserbe\b|\bmacedonian|\bmac[ée]donien|\bkazakh|\bkyrgyz|\bmongolian|\bbelarusian/i,
};

/**
 * Whether a stretch is another language version of the agreement read before it: it follows the final
 * clause of the text read, and that clause names its language ("Done at Lisbon …, in the English and
 * Portuguese languages, both texts being equally authentic"). It then repeats what was read.
 */
function isOtherVersion(doc: AgreementDocument, stretch: UnreadStretch): boolean {
  const named = LANGUAGE_NAMES[stretch.language];
  if (!named) return false;
  for (const node of walk(doc.outline)) {
    if (node.kind !== 'conclusion' || node.start >= stretch.start) continue;
    if (named.test(doc.text.slice(node.start, Math.min(stretch.start, node.start + 2_000)))) return true;
  }
  return false;
}

/**
 * The parts of an agreement read only in part that are written in a language the rules do not read,
 * as parts the brief could not read: any of them may hold any provision, so every item and the
 * verdict say they could change with it, unless it is another language version of the text read. An agreement written wholly in such a language gives none:
 * its statuses say so themselves (`undetermined`).
 */
export function unreadParts(doc: AgreementDocument): MissingPart[] {
  if (!doc.unread || doc.unread.whole) return [];
  return doc.unread.stretches.map((stretch) => {
    if (isOtherVersion(doc, stretch)) {
      return { name: `the ${stretch.language} version of the agreement, after the final clause (not read; it repeats the text read)`, holds: 'unread', firstMention: 'the final clause', mentions: 1, items: [], verdict: false };
    }
    const around = enclosing(doc, stretch.start, ['annex', 'protocol', 'appendix', 'chapter', 'article', 'preamble']);
    return { name: stretchName(doc, stretch, around), holds: 'unread', firstMention: around ? proseName(around) : 'the text', mentions: 1, items: [...CHECKLIST_ITEMS], verdict: true };
  });
}
