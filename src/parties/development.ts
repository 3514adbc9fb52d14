import type { PartyStatus } from '../model.js';
import { developedEconomies } from './data.js';

export interface PartyMix {
  known: boolean;
  developed: string[];
  developing: string[];
}

/** Whether Art. 16 and paras. 18.1-18.2 apply: they need a developed and a developing Party. */
export type NorthSouth = 'applies' | 'not-applicable' | 'undetermined';

/** The classification an economy has in the published list (or the economy it is classified like). */
export function classify(code: string): PartyStatus {
  const list = developedEconomies();
  const like = list.classifiedLike[code] ?? code;
  return list.developed.includes(like) ? 'developed' : 'developing';
}

/** The source of the classification, in words, for the brief. */
export function classificationSource(): string {
  const { source } = developedEconomies();
  return `${source.publisher}, ${source.title}`;
}

/**
 * Classifies an agreement's Parties. A status the document or the user states (a "Parties: XAU
 * (developing)" line, for codes no list knows) wins over the published list.
 */
export function partyMix(parties: readonly string[], stated: Record<string, PartyStatus> = {}): PartyMix {
  const codes = parties.map((p) => p.trim().toUpperCase()).filter(Boolean);
  const isDeveloped = (c: string) => (stated[c] ?? classify(c)) === 'developed';
  return { known: codes.length > 0, developed: codes.filter(isDeveloped), developing: codes.filter((c) => !isDeveloped(c)) };
}

/**
 * Art. 16 (and paras. 18.1-18.2) concern what developed Parties grant developing ones: they apply
 * when both kinds sit at the table. Unknown Parties leave it undetermined: "absent" would be a claim
 * about a text the question does not reach.
 */
export function northSouth(mix: PartyMix): NorthSouth {
  if (!mix.known) return 'undetermined';
  return mix.developed.length > 0 && mix.developing.length > 0 ? 'applies' : 'not-applicable';
}
