import type { UnreadText } from '../model.js';
import type { RuleResult } from './rule-context.js';
import type { EcommerceAssessment } from './types.js';

const NOT_READ = (language: string) => `the text is written in ${language}, which the rules do not read (they read English, French and Spanish)`;

/**
 * An item of an agreement written in a language the rules do not read: "absent" would be a claim
 * about a text the rules could not read, so it is `undetermined`; a clause found still counts, and a
 * partial status says that a stronger clause would go unfound.
 */
export function itemWhereUnread(result: RuleResult, unread: UnreadText | undefined): RuleResult {
  if (!unread?.whole) return result;
  if (result.status === 'absent') {
    return { ...result, status: 'undetermined', oneLine: `Written in ${unread.language}, which the rules do not read`, found: `${result.found} But ${NOT_READ(unread.language)}: a clause written in it goes unfound, so this says only that none was found, not that the agreement has none.` };
  }
  if (result.status === 'partial') return { ...result, found: `${result.found} ${NOT_READ(unread.language).replace(/^t/, 'T')}: a stronger clause written in it would go unfound.` };
  return result;
}

/**
 * The e-commerce verdict of an agreement written in a language the rules do not read: no commitment
 * found, or none reached, may be a commitment or a carve-out the rules could not read, so the verdict
 * is `undetermined`; what was found reached stays as read.
 */
export function verdictWhereUnread(e: EcommerceAssessment, unread: UnreadText | undefined): EcommerceAssessment {
  if (!unread?.whole) return e;
  if (e.verdict === 'no-ecommerce' || e.verdict === 'not-covered') {
    return { ...e, verdict: 'undetermined', explanation: `${e.explanation} But ${NOT_READ(unread.language)}, so whether it makes e-commerce commitments and whether a cultural carve-out reaches them cannot be told.` };
  }
  return { ...e, explanation: `${e.explanation} ${NOT_READ(unread.language).replace(/^t/, 'T')}: commitments or carve-outs written in it go unfound.` };
}
