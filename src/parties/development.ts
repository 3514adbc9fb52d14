import type { AgreementMeta } from '../model.js';

/**
 * Which Parties count as developed for Article 16. Our list: the EU member states (and the UK), the
 * EFTA states, and the other high-income OECD members that are not, and were not recently, on the
 * OECD-DAC list of aid recipients (US, Canada, Australia, New Zealand, Japan, Korea, Israel), plus
 * Singapore and Hong Kong, high-income economies outside that list. Everyone else — including Chile,
 * Mexico, Turkey, Colombia and Costa Rica, OECD members that were aid recipients when most of these
 * agreements were signed — counts as developing. A judgment call, written down so it can be argued with.
 */
export const DEVELOPED = new Set([
  // European Union (27) and the United Kingdom
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN', 'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU',
  'LUX', 'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE', 'GBR',
  // EFTA
  'CHE', 'ISL', 'LIE', 'NOR',
  // other high-income OECD members
  'USA', 'CAN', 'AUS', 'NZL', 'JPN', 'KOR', 'ISR',
  // high-income economies outside the OECD
  'SGP', 'HKG',
  // codes some sources use for the EU itself
  'EUN', 'EUR', 'EU',
]);

export interface PartyMix {
  known: boolean;
  developed: string[];
  developing: string[];
}

/**
 * Classifies an agreement's Parties. A status the document states itself (`meta.partyStatus`, read
 * from a draft's "Parties: XAU (developing)" line, for codes no list knows) wins over DEVELOPED.
 */
export function partyMix(meta: AgreementMeta): PartyMix {
  const codes = (meta.parties ?? []).map((p) => p.trim().toUpperCase()).filter(Boolean);
  const stated = meta.partyStatus ?? {};
  const isDeveloped = (c: string) => (stated[c] ?? (DEVELOPED.has(c) ? 'developed' : 'developing')) === 'developed';
  return {
    known: codes.length > 0,
    developed: codes.filter(isDeveloped),
    developing: codes.filter((c) => !isDeveloped(c)),
  };
}

/**
 * Article 16 (and paras. 18.1-18.2) concern what developed Parties grant developing ones: they apply
 * when both kinds sit at the table. With unknown Parties we cannot rule them out, so they apply.
 */
export function northSouth(mix: PartyMix): boolean {
  return !mix.known || (mix.developed.length > 0 && mix.developing.length > 0);
}
