import type { AgreementDocument, PartyStatus } from '../model.js';
import { classificationSource, northSouth, partyMix, type NorthSouth, type PartyMix } from './development.js';
import { partiesInText } from './from-text.js';
import { partyGroups } from './data.js';
import { countryName, partiesNamedIn } from './names.js';

export { classify, classificationSource, northSouth, partyMix, type NorthSouth, type PartyMix } from './development.js';
export { hasListedName, partiesNamedIn, partyNamedLast } from './names.js';

/** How the Parties of an agreement were learnt. */
export type PartiesFrom = 'metadata' | 'parties-line' | 'option' | 'title' | 'preamble' | 'signature' | 'unknown';

export interface AgreementParties {
  /** Each Party as named: a State, or a group standing for its members (with the group's id: `EU`). */
  named: Array<{ name: string; codes: string[]; status: PartyStatus | 'mixed'; group?: string }>;
  mix: PartyMix;
  northSouth: NorthSouth;
  from: PartiesFrom;
  /** The words of the document they were read from (title, preamble opening, signing lines). */
  quote?: string;
  /** The published list the classification comes from. */
  classifiedBy: string;
}

/** Codes shown as the groups they make up when a whole group is there ("European Union" for its 27 members), the others by their States' names. */
function groupCodes(codes: readonly string[]): Array<{ name: string; codes: string[]; group?: string }> {
  const left = new Set(codes);
  const named: Array<{ name: string; codes: string[]; group?: string }> = [];
  for (const group of partyGroups().groups) {
    if (group.members.length > 2 && group.members.every((c) => left.has(c))) {
      named.push({ name: group.name, codes: group.members, group: group.id });
      for (const c of group.members) left.delete(c);
    }
  }
  return [...named, ...[...left].map((c) => ({ name: countryName(c), codes: [c] }))];
}

/** Stated Parties may name a group by its id ("EU", "EFTA"): it stands for its members. */
function expandGroupIds(stated: readonly string[]): string[] {
  const groups = partyGroups().groups;
  return [...new Set(stated.flatMap((c) => groups.find((g) => g.id === c.toUpperCase())?.members ?? [c]))];
}

/** Whether `text` names each of the States `codes`, by its own name (a group's name may stand for members it has since taken in). */
function namesEach(text: string, codes: readonly string[]): boolean {
  const named = new Set(partiesNamedIn(text).filter((p) => !p.group).flatMap((p) => p.codes));
  return codes.every((c) => named.has(c));
}

const memo = new WeakMap<AgreementDocument, AgreementParties>();

/**
 * Who the Parties are and how each is classified: from what the source or the user states
 * (metadata, a "Parties:" line, --parties), else from the document's own words (title, preamble,
 * signature block); a group named as a Party stands for its members.
 */
export function partiesOf(doc: AgreementDocument): AgreementParties {
  const cached = memo.get(doc);
  if (cached) return cached;
  const inMetadata = doc.meta.parties?.length ? doc.meta.parties : undefined;
  // An agreement no longer in force (its partner has since joined the other side) may list no current
  // Parties; the States that signed it are still its Parties. The title or preamble comes first, since
  // such a list can leave out one side (EC - Syria lists only the Community's members); the list comes
  // before a signature block that does not name each of them, as when a side's signing line is printed
  // in a script not read.
  const originals = doc.meta.originalParties?.length ? doc.meta.originalParties : undefined;
  const found = inMetadata ? undefined : partiesInText(doc);
  const inText = found && (found.from !== 'signature' || !originals || namesEach(found.quote, originals)) ? found : undefined;
  const signatories = inMetadata || inText ? undefined : originals;
  const statedCodes = inMetadata ?? signatories;
  const stated = statedCodes ? expandGroupIds(statedCodes) : undefined;
  const codes = stated ?? [...new Set(inText?.parties.flatMap((p) => p.codes) ?? [])];
  const mix = partyMix(codes, doc.meta.partyStatus);
  const statusOf = (cs: string[]): PartyStatus | 'mixed' => {
    const developed = cs.filter((c) => mix.developed.includes(c)).length;
    return developed === cs.length ? 'developed' : developed === 0 ? 'developing' : 'mixed';
  };
  const named = (inText ? inText.parties : groupCodes(codes)).map((p) => ({ name: p.name, codes: p.codes, status: statusOf(p.codes), ...(p.group ? { group: p.group } : {}) }));
  const from: PartiesFrom = stated ? (doc.meta.partiesFrom ?? 'metadata') : (inText?.from ?? 'unknown');
  const result: AgreementParties = { named, mix, northSouth: northSouth(mix), from, ...(inText ? { quote: inText.quote } : {}), classifiedBy: classificationSource() };
  memo.set(doc, result);
  return result;
}
