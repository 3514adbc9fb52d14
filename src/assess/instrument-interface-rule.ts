import { articleText, of, type RuleContext, type RuleResult } from './rule-context.js';
import { inPreamblePlace } from './outline.js';
import { where } from './places.js';
import type { AssessedSignal } from './types.js';

/**
 * Para. 19.1: how the agreement meets cultural-policy instruments. The Convention's findings say
 * whether an operative clause makes the two complementary; the signals of
 * rules/info/cultural-instrument-*.yaml say whether the agreement meets another cultural instrument,
 * one already in place (rules/info/cultural-instrument-existing.yaml: present whether or not the
 * Convention is named) or one the Parties may conclude (partial).
 */

/**
 * A clause in the body of the agreement on a cultural instrument already in place. Its force does not
 * matter: "the Parties acknowledge the memorandum implementing the co-production annex" or an
 * objectives list ("the objectives are to: (a) respect the existing agreements for cultural
 * cooperation") ties the two instruments as surely as a "shall"; only the preamble does not.
 */
const existingInBody = (ctx: RuleContext, s: AssessedSignal) => s.tags.includes('instrument:existing') && !inPreamblePlace(ctx.doc, s.location);

/** Complementarity in the agreement's languages: "mutually supportive", "apoyo mutuo", "se apoyarán mutuamente", "soutien mutuel", "se renforcent mutuellement". */
const COMPLEMENTARITY =
  /complementar|compl[ée]mentari|mutually supportive|mutual(?:ly)? support|synerg|sinerg|coheren|relationship (?:between|with)|apoyo mutuo|refuerzo mutuo|(?:apoy|refuerc|reforz)\w* mutuamente|soutien mutuel|renforcement mutuel|(?:soutien|renforc)\w* mutuellement|relaci[óo]n (?:entre|con)|relation (?:entre|avec)/i;

export function instrumentInterfaceItem(ctx: RuleContext): RuleResult {
  const cr = of(ctx, 'convention-reference');
  const complementary = cr.filter((f) => COMPLEMENTARITY.test(f.forceSentence) || COMPLEMENTARITY.test(articleText(ctx, f).slice(0, 2000)));
  const operativeLink = complementary.filter((f) => f.legalForce !== 'recital');
  const interfaces = ctx.signals.filter((s) => s.kind === 'cultural-instrument-interface');
  const existing = interfaces.filter((s) => existingInBody(ctx, s));
  if (operativeLink.length > 0 || existing.length > 0) {
    const convention = operativeLink.length > 0 ? `an operative clause on the complementarity of the agreement and the Convention in ${where(operativeLink)}` : '';
    const instrument = existing.length > 0 ? `a clause on how the agreement meets a cultural instrument already in place (a cultural cooperation or co-production agreement, protocol or annex) in ${where(existing)}` : '';
    return { status: 'present', oneLine: operativeLink.length > 0 ? 'Operative clause linking the agreement and the Convention' : 'A clause linking the agreement and an existing cultural instrument', found: `Found ${[convention, instrument].filter(Boolean).join(', and ')}.`, findings: operativeLink, signals: existing };
  }
  if (cr.length > 0 || interfaces.length > 0) {
    const convention = cr.length > 0 ? `the Convention named in ${where(cr)}, but ${complementary.length > 0 ? 'its complementarity with the agreement is stated only in a recital' : 'no clause makes the agreement and the Convention complementary'}` : '';
    const instrument = interfaces.length > 0 ? `a cultural instrument in ${where(interfaces)} that the Parties may conclude in the future, or recall only in the preamble` : '';
    return { status: 'partial', oneLine: cr.length > 0 ? 'Convention named, complementarity only in a recital or implied' : 'Only a future or recalled cultural instrument', found: `Found ${[convention, instrument].filter(Boolean).join('; and ')}.`, findings: cr, signals: interfaces };
  }
  return { status: 'absent', oneLine: 'No link between the agreement and cultural-policy instruments', found: 'Found no reference to the Convention, no clause on the complementarity of trade and cultural-policy instruments, and no interface with a cultural cooperation or co-production instrument.', findings: [], signals: [] };
}
