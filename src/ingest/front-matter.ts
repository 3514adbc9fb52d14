import type { AgreementMeta, PartyStatus } from '../model.js';

/** How far from the top a front-matter line may stand. */
const FRONT_MATTER_LINES = 30;

/** "Parties: XAU (developing), XBO (developed)" — also "Partes:" (es); "Parties :" (fr spacing). */
const PARTIES_LINE = /^\s*(?:parties|partes)\s*:\s*(.+)$/i;
const PARTY = /^([A-Z]{3})(?:\s*\(\s*(developing|developed|en d[ée]veloppement|d[ée]velopp[ée]e?|en desarrollo|desarrollad[oa])\s*\))?$/i;

/**
 * Reads the metadata a draft states about itself in a line at its top, the way negotiators mark a
 * working text. Only fills in what the source (e.g. ToTA's <meta>) did not already give.
 */
export function frontMatterMeta(text: string, meta: AgreementMeta): AgreementMeta {
  if (meta.parties?.length) return meta;
  const lines = text.split('\n', FRONT_MATTER_LINES);
  for (const line of lines) {
    const found = PARTIES_LINE.exec(line);
    if (!found?.[1]) continue;
    const parsed = parseParties(found[1]);
    if (!parsed) continue;
    return { ...meta, parties: parsed.parties, ...(parsed.status ? { partyStatus: parsed.status } : {}) };
  }
  return meta;
}

function parseParties(list: string): { parties: string[]; status?: Record<string, PartyStatus> } | undefined {
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
