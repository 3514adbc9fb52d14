import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** What a ToTA file says of itself in its <meta>: enough to recognise the same agreement elsewhere. */
export interface TotaIdentity {
  file: string;
  id: string;
  name: string;
  year: string;
  parties: string[];
}

/** The head of a ToTA file holds its <meta>; the articles after it are not needed to identify it. */
const META_BYTES = 16_000;

function identityOf(path: string): TotaIdentity {
  const head = readFileSync(path, 'utf8').slice(0, META_BYTES);
  const field = (tag: string): string => new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(head)?.[1]?.trim() ?? '';
  const parties = [...new Set([...head.matchAll(/<partyisocode[^>]*>([A-Z]{3})<\/partyisocode>/g)].map((m) => m[1]!))];
  return { file: path, id: basename(path, '.xml'), name: field('name'), year: field('date_signed').slice(0, 4), parties };
}

/** The identities of every ToTA file of a folder. */
export function readTotaIdentities(dir: string): TotaIdentity[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.xml'))
    .sort()
    .map((f) => identityOf(join(dir, f)));
}

/**
 * The ToTA agreement a text is named after: its file name lists the Parties and the year of
 * signature ("aus-mys-2012", "eu-georgia-2014"). A three-letter part is an ISO 3166 code that must be
 * a Party; any other part ("eu", "cariforum", "georgia") must be a word of the ToTA name. When every
 * part is a code, the agreement has exactly those Parties (so "aus-chn" is not ASEAN–Australia–NZ).
 */
export function findCounterpart(textName: string, identities: readonly TotaIdentity[]): TotaIdentity | undefined {
  const parts = basename(textName).replace(/\.[^.]+$/, '').toLowerCase().split('-');
  const year = parts.pop();
  if (!year || !/^\d{4}$/.test(year) || parts.length === 0) return undefined;
  const codes = parts.filter((p) => /^[a-z]{3}$/.test(p)).map((p) => p.toUpperCase());
  const words = parts.filter((p) => !/^[a-z]{3}$/.test(p));
  const matches = identities.filter((t) => {
    if (t.year !== year) return false;
    if (!codes.every((c) => t.parties.includes(c))) return false;
    const nameWords = new Set(t.name.toLowerCase().split(/[^a-z]+/));
    if (!words.every((w) => nameWords.has(w))) return false;
    return words.length > 0 || t.parties.length === codes.length;
  });
  return matches.length === 1 ? matches[0] : undefined;
}
