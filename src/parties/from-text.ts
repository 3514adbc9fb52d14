import type { AgreementDocument, OutlineNode } from '../model.js';
import { RECITAL_CUES } from '../structure/vocabulary.js';
import { partiesNamedIn, type NamedParty } from './names.js';

/** Where in the document the Parties were read. */
export type TextPartySource = 'title' | 'preamble' | 'signature';

export interface PartiesInText {
  parties: NamedParty[];
  from: TextPartySource;
  /** The words they were read from, as the document has them. */
  quote: string;
}

/** "between Canada and Ukraine", "entre le Canada et …", "entre la Unión Europea y …". */
const BETWEEN = /\b(?:between|entre)\b/i;
/** Where the preamble's list of Parties ends: their defined term (before it, "hereinafter" only names one Party). */
const LIST_END = /\(?["“«]?(?:the )?Parties["”»]?\)|\blas Partes\b|\bles Parties\b/i;
/** A signing line: "For Canada", "For the Government of …", "Pour l'Union européenne", "Por la República de Chile". */
const SIGNING_LINE = /^\s*(?:for|on behalf of|pour|au nom d[eu]|por|en nombre d[e])\s+\S.{1,100}$/gim;

const PREAMBLE_CAP = 5000;
const TAIL = 4000;

const firstOf = (nodes: OutlineNode[], kind: OutlineNode['kind']): OutlineNode | undefined => nodes.find((n) => n.kind === kind);

/** The title, from "between"/"entre" on when it has one. */
function titleZone(doc: AgreementDocument): string {
  const at = doc.title.search(BETWEEN);
  return at >= 0 ? doc.title.slice(at) : doc.title;
}

/** The opening of the preamble: the Parties' names, up to their defined term or the first recital. */
function preambleZone(doc: AgreementDocument): string {
  const preamble = firstOf(doc.outline, 'preamble');
  const start = preamble?.start ?? 0;
  const end = preamble?.end ?? doc.outline.find((n) => n.kind !== 'preamble')?.start ?? Math.min(doc.text.length, PREAMBLE_CAP);
  const text = doc.text.slice(start, Math.min(end, start + PREAMBLE_CAP));
  const lines = text.split('\n');
  // The heading line ("Preamble") may itself begin like a cue; recitals start from the second line on.
  const recital = lines.findIndex((line, i) => i > 0 && RECITAL_CUES.test(line.trim()));
  const upToRecital = recital > 0 ? lines.slice(0, recital).join('\n') : text;
  const defined = upToRecital.search(LIST_END);
  return defined > 0 ? upToRecital.slice(0, defined) : upToRecital;
}

/** The signing lines of the closing formula (or, with none found, of the last pages before the annexes). */
function signatureZone(doc: AgreementDocument): string {
  const conclusion = firstOf(doc.outline, 'conclusion');
  const firstAttachment = doc.outline.find((n) => n.kind === 'annex' || n.kind === 'appendix' || n.kind === 'protocol');
  const end = conclusion?.end ?? firstAttachment?.start ?? doc.text.length;
  const start = conclusion?.start ?? Math.max(0, end - TAIL);
  return [...doc.text.slice(start, end).matchAll(SIGNING_LINE)].map((m) => m[0].trim()).join('\n');
}

/** What closes one side of a list of Parties: "…, of the one part, and …, of the other part", "d'une part", "por una parte". */
const SIDE_END = /(?=\b(?:(?:of|on) the (?:one|other) part|on the (?:one|other) hand|d'une part|d'autre part|de una parte|de la otra parte|por una parte|por (?:la )?otra parte)\b)/i;

/** A member State named beside its group ("the European Union and its Member States, the Kingdom of Belgium, …") is the group's. */
function withoutGroupMembers(parties: NamedParty[]): NamedParty[] {
  const inGroups = new Set(parties.filter((p) => p.group).flatMap((p) => p.codes));
  return parties.filter((p) => p.group || !p.codes.every((c) => inGroups.has(c)));
}

/**
 * The Parties a stretch names, side by side: a State is its group's only when named on the group's
 * side, so the other side stays a Party of its own though it has since joined the group ("the European
 * Economic Community …, of the one part, and the Republic of Latvia, of the other part").
 */
function partiesBySide(text: string): NamedParty[] {
  const parties = text.split(SIDE_END).flatMap((side) => withoutGroupMembers(partiesNamedIn(side)));
  return parties.filter((p, i) => parties.findIndex((q) => q.name === p.name) === i);
}

/**
 * The Parties an agreement names itself, from the first place that names at least two: its title,
 * the opening of its preamble, or its signature block. Undefined when none does.
 */
export function partiesInText(doc: AgreementDocument): PartiesInText | undefined {
  const zones: Array<[TextPartySource, () => string]> = [
    ['title', () => titleZone(doc)],
    ['preamble', () => preambleZone(doc)],
    ['signature', () => signatureZone(doc)],
  ];
  for (const [from, zone] of zones) {
    const quote = zone();
    const parties = partiesBySide(quote);
    if (parties.length >= 2) return { parties, from, quote: quote.replace(/\s+/g, ' ').trim() };
  }
  return undefined;
}
