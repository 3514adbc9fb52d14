import type { AgreementMeta, PartyStatus } from '../model.js';

/** How far from the top a front-matter line may stand. */
const FRONT_MATTER_LINES = 30;

/** "Parties: XAU (developing), XBO (developed)", "Parties: EU, MEX" (a group's id) — also "Partes:" (es); "Parties :" (fr spacing). */
const PARTIES_LINE = /^\s*(?:parties|partes)\s*:\s*(.+)$/i;
const PARTY = /^([A-Z]{2,3}|[A-Z][A-Z-]{3,15})(?:\s*\(\s*(developing|developed|en d[ée]veloppement|d[ée]velopp[ée]e?|en desarrollo|desarrollad[oa])\s*\))?$/i;

/** "Signed: Halvard, 2 September 2023", "Signed at …, 21 January 2025.", "Signé à …, le 5 mai 2021", "Firmado en …, el 11 de noviembre de 2023". */
const SIGNED_LINE = /^\s*(?:signed|sign[ée]e?s?|firmad[oa]s?|suscrit[oa]s?|hech[oa])(?=[\s:,.])/i;
/** Month names in English, French and Spanish, folded (lower case, no accents). */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/**
 * Reads the metadata a draft states about itself in lines at its top, the way negotiators mark a
 * working text: its Parties and the date of signature. Only fills in what the source (e.g. ToTA's
 * <meta>) did not already give.
 */
export function frontMatterMeta(text: string, meta: AgreementMeta): AgreementMeta {
  let out = meta;
  for (const line of text.split('\n', FRONT_MATTER_LINES)) {
    const parties = out.parties?.length ? undefined : PARTIES_LINE.exec(line)?.[1];
    const parsed = parties === undefined ? undefined : parseParties(parties);
    if (parsed) out = { ...out, parties: parsed.parties, partiesFrom: 'parties-line', ...(parsed.status ? { partyStatus: parsed.status } : {}) };
    const date = out.dateSigned || !SIGNED_LINE.test(line) ? undefined : dateIn(line);
    if (date) out = { ...out, dateSigned: date };
  }
  return out;
}

/** The first date of a line as an ISO date: "2023-09-02", "2 September 2023", "le 5 mai 2021", "11 de noviembre de 2023", "September 2, 2023". */
export function dateIn(line: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(line);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const folded = line.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const dayFirst = /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(?:de\s+)?([a-z]+)\s+(?:de\s+|del\s+)?(\d{4})\b/.exec(folded);
  const monthFirst = /\b([a-z]+)\s+(\d{1,2}),?\s+(\d{4})\b/.exec(folded);
  const [day, month, year] = dayFirst && MONTHS[dayFirst[2]!] ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst && MONTHS[monthFirst[1]!] ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  if (!day || !month || !year || Number(day) > 31) return undefined;
  return `${year}-${String(MONTHS[month]).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** A list of Parties as ISO 3166-1 alpha-3 codes or group ids, each with an optional status; undefined when it is not one. */
export function parseParties(list: string): { parties: string[]; status?: Record<string, PartyStatus> } | undefined {
  const parties: string[] = [];
  const status: Record<string, PartyStatus> = {};
  for (const item of list.split(/[,;]/)) {
    const party = PARTY.exec(item.trim());
    if (!party?.[1]) return undefined; // a sentence that begins "Parties:", not a list of codes
    const code = party[1].toUpperCase();
    parties.push(code);
    if (party[2]) status[code] = /desarrollo|d[ée]veloppement|developing/i.test(party[2]) ? 'developing' : 'developed';
  }
  if (parties.length === 0) return undefined;
  return Object.keys(status).length ? { parties, status } : { parties };
}
