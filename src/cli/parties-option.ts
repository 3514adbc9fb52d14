import { UserError } from '../errors.js';
import { parseParties } from '../ingest/front-matter.js';
import type { AgreementDocument, AgreementMeta } from '../model.js';

/** The option's spec for parseCommandArgs: every command that assesses takes it. */
export const PARTIES_SPEC = { parties: { type: 'string', multiple: true } } as const;

/**
 * The option's line in a command's help, its description starting at `column` as the command's other
 * options' do (the help is wrapped to its width when printed).
 */
export function partiesHelp(column: number): string {
  return `${'  --parties LIST'.padEnd(column)}who the Parties are, when the document does not say or says it wrongly: ISO 3166-1 alpha-3 codes or group ids (EU, EFTA, CARIFORUM, ASEAN, MERCOSUR, …), e.g. CAN,UKR or EU,MEX; a code no list knows takes its status in brackets: XAU(developing)`;
}

export type StatedParties = Pick<AgreementMeta, 'parties' | 'partyStatus'>;

/**
 * `--parties CAN,UKR` for each of `files` documents: not given → none stated; given once → the same
 * Parties for every document; given once per document → in the order of the documents.
 */
export function partiesOption(values: readonly string[] | undefined, files: number): Array<StatedParties | undefined> {
  const given = values ?? [];
  if (given.length > 1 && given.length !== files) throw new UserError(`--parties: given ${given.length} times for ${files} file(s); give it once for all, or once per file`);
  const parsed = given.map(parseOne);
  return Array.from({ length: files }, (_, i) => parsed[given.length === 1 ? 0 : i]);
}

function parseOne(value: string): StatedParties {
  const parsed = parseParties(value);
  if (!parsed) throw new UserError(`--parties: expected ISO 3166-1 alpha-3 codes or group ids separated by commas, e.g. CAN,UKR or EU,MEX (got '${value}')`);
  return parsed;
}

/** The document with the Parties the user stated in place of whatever it said itself. */
export function withStatedParties(doc: AgreementDocument, stated: StatedParties | undefined): AgreementDocument {
  if (!stated) return doc;
  const { partyStatus: _dropped, ...meta } = doc.meta;
  return { ...doc, meta: { ...meta, ...stated, partiesFrom: 'option' } };
}
