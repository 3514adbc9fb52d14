import type { AgreementDocument } from '../model.js';
import { classify, hasListedName, partiesOf, partyNamedLast } from '../parties/index.js';
import type { NamedParty } from '../parties/names.js';
import type { PartyRole } from '../rules/types.js';
import type { Span } from './context.js';

/**
 * What may follow a match's last letters and still belong to the name it ends in: the rest of that
 * word, then capitalised words joined by "of", "the", "de", "del" … ("artists of the Republic" + " of
 * Korea"). Always matches, if only the empty string.
 */
const REST_OF_NAME = /[\p{L}'’-]*(?:\s+(?:(?:of|the|de|del|la|las|los|el|du|des|d['’])\s*)*\p{Lu}[\p{L}'’-]*)*/uy;

/** The words right before a match that can name its subject: up to five, none across a stop, colon, semicolon or comma. */
const SUBJECT_WORDS = /(?:[\p{L}'’-]+\s+){1,5}$/u;

/** How far back the subject of a match is looked for. */
const SUBJECT_REACH = 80;

/**
 * Whether a match names a Party that can hold the role its rule gives it in a one-way grant of the idea
 * of Convention Art. 16, which only a developing-country Party can receive:
 * - `beneficiary`: the State or group the match ends in naming ("musicians from Canada", "artists of
 *   the Republic" of Korea), its name read whole, must not be a developed Party of the agreement (nor,
 *   when its Parties are unknown, a developed economy);
 * - `grantor`: the State or group the words right before the match name, its subject ("Peru" shall
 *   grant), must not be a developing Party of an agreement that has a developed one: between them, what
 *   a developing Party grants goes to the developed one.
 * A match that names no State or group known by name (a short name, "the Partner State") holds either
 * role: the rules' other words decide. With the Parties known, only their own names are looked for, and
 * not at all when no list names them (a draft's "XAU"): the names of every State are read only then.
 */
export function fitsPartyRole(role: PartyRole, doc: AgreementDocument, span: Span): boolean {
  const { mix } = partiesOf(doc);
  const barred = !mix.known ? undefined : role === 'beneficiary' ? mix.developed : mix.developed.length > 0 ? mix.developing : [];
  if (barred && !barred.some(hasListedName)) return true;
  if (!barred && role === 'grantor') return true;
  const named = role === 'beneficiary' ? nameEndingMatch(doc.text, span) : subjectOfMatch(doc.text, span);
  if (!named) return true;
  const isBarred = barred ? (code: string) => barred.includes(code) : (code: string) => classify(code) === 'developed';
  return !named.codes.every(isBarred);
}

function nameEndingMatch(text: string, span: Span): NamedParty | undefined {
  REST_OF_NAME.lastIndex = span.end;
  const rest = REST_OF_NAME.exec(text)?.[0] ?? '';
  return partyNamedLast(text.slice(span.start, span.end + rest.length));
}

function subjectOfMatch(text: string, span: Span): NamedParty | undefined {
  const before = text.slice(Math.max(0, span.start - SUBJECT_REACH), span.start);
  const words = SUBJECT_WORDS.exec(before)?.[0];
  return words ? partyNamedLast(words) : undefined;
}
