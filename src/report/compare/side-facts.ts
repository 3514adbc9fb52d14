import type { AgreementDocument } from '../../model.js';
import type { AgreementParties } from '../../parties/index.js';

/**
 * What a comparison says of each side beside its title: its Parties as the assessment read them, each
 * with its classification (which decides whether Art. 16 and paras. 18.1-18.2 apply), and its date of
 * signature — "Parties: Canada (developed), Peru (developing)", "signed 2015-06-17" — and, for a text
 * the rules do not read, its language: its "undetermined" statuses are no claim about the text.
 */
export function sideFacts(doc: AgreementDocument, parties: AgreementParties): string[] {
  const named = parties.mix.known ? parties.named.map((party) => `${party.name} (${party.status})`) : [];
  const unread = doc.unread?.whole ? `written in ${doc.unread.language}, which the rules do not read: undetermined where a status would say absent` : '';
  return [named.length ? `Parties: ${named.join(', ')}` : '', doc.meta.dateSigned ? `signed ${doc.meta.dateSigned}` : '', unread].filter(Boolean);
}

/** Each side's Parties as codes, every member of a group named (as ToTA lists them), in the order named. */
export function partyCodes(parties: AgreementParties): string[] {
  return [...new Set(parties.named.flatMap((party) => party.codes))];
}
