import { createRequire } from 'node:module';
import type Countries from 'i18n-iso-countries';
import { partyGroups } from './data.js';

/** One Party as an agreement names it: a State, or a group of States that signs as one side. */
export interface NamedParty {
  /** The name as the project writes it ("Canada", "European Union"). */
  name: string;
  /** ISO 3166-1 alpha-3 codes: the State's own, or the group's members. */
  codes: string[];
  /** The group's id ("EU", "EFTA") when it is a group. */
  group?: string;
}

const LANGS = ['en', 'fr', 'es'] as const;

/** Lower case, accents off: how a name and the text it is looked for in are compared. */
export const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'").toLowerCase();

interface NameIndex {
  pattern: RegExp;
  byName: Map<string, NamedParty>;
}

let index: NameIndex | undefined;

/**
 * Every name of a State (ISO names in en/fr/es, plus the long and short forms in rules/parties/party-groups.json)
 * and of a group, as one pattern, longest first so that "United Mexican States" is not read as
 * "United States". Names of three letters or fewer ("US", "UK") are left out: as words they are too
 * often something else.
 */
function nameIndex(): NameIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  // The package's main entry registers every one of its hundred-odd languages (a few tenths of a second
  // at each start, in every worker thread, and all their names kept in memory); its index registers none.
  const countries = require('i18n-iso-countries/index.js') as typeof Countries;
  for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  const byName = new Map<string, NamedParty>();
  const add = (name: string, party: NamedParty) => {
    const key = fold(name);
    if (key.length > 3 && !byName.has(key)) byName.set(key, party);
  };
  const data = partyGroups();
  for (const group of data.groups) for (const name of group.names) add(name, { name: group.name, codes: group.members, group: group.id });
  const english = countries.getNames('en', { select: 'official' });
  // Each call builds the language's whole table of names: once per language, not once per State.
  const allNames = LANGS.map((lang) => countries.getNames(lang, { select: 'all' }));
  for (const [alpha2, official] of Object.entries(english)) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    const party = { name: official, codes: [code] };
    for (const alias of data.aliases[code] ?? []) add(alias, party);
    for (const names of allNames) for (const name of names[alpha2] ?? []) add(name, party);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  index = { pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu'), byName };
  return index;
}

/**
 * The Parties named in a stretch of text, in order, each once. A name counts only when it begins
 * with a capital in the text, as a proper name does ("Chile", not "chile"); all-capitals titles pass.
 */
export function partiesNamedIn(text: string): NamedParty[] {
  const found: NamedParty[] = [];
  for (const party of namesIn(text)) if (!found.some((p) => p.name === party.name)) found.push(party);
  return found;
}

/** The State or group a stretch of text names last ("musicians of Peru on tour in Canada": Canada), as partiesNamedIn reads names. */
export function partyNamedLast(text: string): NamedParty | undefined {
  let last: NamedParty | undefined;
  for (const party of namesIn(text)) last = party;
  return last;
}

/** Each name of a State or group in the text, in order, as often as it is written (see partiesNamedIn). */
function* namesIn(text: string): Generator<NamedParty> {
  const { pattern, byName } = nameIndex();
  const folded = fold(text);
  // Folding keeps lengths for the Latin letters agreements use; when it does not, compare unfolded.
  const aligned = folded.length === text.length;
  for (const m of folded.matchAll(pattern)) {
    const first = aligned ? text[m.index] ?? '' : m[0][0] ?? '';
    if (aligned && first === first.toLowerCase()) continue;
    const party = byName.get(m[0]);
    if (party) yield party;
  }
}

/** ISO 3166-1 leaves these alpha-3 codes to its users ("XAU" in a draft's Parties line): no list names them. */
const USER_ASSIGNED = /^(?:AA[A-Z]|Q[M-Z][A-Z]|X[A-Z]{2}|ZZ[A-Z])$/;

/** Whether a list gives the State of this code a name a text can call it by: not a code ISO leaves to its users. */
export function hasListedName(code: string): boolean {
  return !USER_ASSIGNED.test(code);
}

let englishNames: Map<string, string> | undefined;

/**
 * A State's name by its ISO 3166-1 alpha-3 code ("ALB" → "Albania"): the English name the names read
 * from a text are given (the list's first), else the code itself. Read from the package's two data
 * files alone, once, and only for a code a list could name.
 */
export function countryName(code: string): string {
  if (USER_ASSIGNED.test(code)) return code;
  if (!englishNames) {
    const require = createRequire(import.meta.url);
    const codes = require('i18n-iso-countries/codes.json') as Array<[string, string, ...string[]]>;
    const names = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
    englishNames = new Map(codes.map(([alpha2, alpha3]) => [alpha3, [names[alpha2] ?? alpha3].flat()[0] as string]));
  }
  return englishNames.get(code) ?? code;
}
