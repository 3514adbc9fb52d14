import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/** data/developed-economies.json: the published list of developed economies, with its source. */
export interface DevelopedEconomies {
  source: { title: string; publisher: string; year: number };
  developed: string[];
  /** Economies the source leaves out, classified like another (by ISO 3166-1 alpha-3 code). */
  classifiedLike: Record<string, string>;
}

export interface PartyGroup {
  id: string;
  name: string;
  /** The names agreements call the group by, in en/fr/es. */
  names: string[];
  members: string[];
}

/** data/party-groups.json: groups of States that sign as one side, and extra names of single States. */
export interface PartyGroups {
  groups: PartyGroup[];
  aliases: Record<string, string[]>;
}

export const DEVELOPED_ECONOMIES_FILE = join(PACKAGE_ROOT, 'data', 'developed-economies.json');
export const PARTY_GROUPS_FILE = join(PACKAGE_ROOT, 'data', 'party-groups.json');

// Plain JSON read without a schema library, which a scan does not load; test/parties/data.test.ts
// holds both files to their schema.
const load = <T>(file: string): T => JSON.parse(readFileSync(file, 'utf8')) as T;

let developed: DevelopedEconomies | undefined;
let groups: PartyGroups | undefined;

export function developedEconomies(): DevelopedEconomies {
  developed ??= load<DevelopedEconomies>(DEVELOPED_ECONOMIES_FILE);
  return developed;
}

export function partyGroups(): PartyGroups {
  groups ??= load<PartyGroups>(PARTY_GROUPS_FILE);
  return groups;
}
