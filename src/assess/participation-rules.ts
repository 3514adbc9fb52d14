import type { AssessedSignal } from './types.js';
import type { RuleContext, RuleResult } from './rule-context.js';
import { where } from './places.js';

/**
 * Paras. 19.2 and 19.3, read from the signals of rules/info/civil-society-*.yaml and
 * rules/info/culture-*.yaml: the rules find the clauses, their tags say what kind of participation
 * each is, and the legal force of the clause that matched says how firm it is.
 */

const operative = (f: AssessedSignal) => f.legalForce !== 'recital';
const firm = (f: AssessedSignal) => f.legalForce === 'binding' || f.legalForce === 'exception';
const has = (f: AssessedSignal, tag: string) => f.tags.includes(tag);

/** Participation reaches culture when it names culture, or when nothing confines it to another field. */
const reachesCulture = (f: AssessedSignal) => has(f, 'remit:culture') || !has(f, 'remit:other-field');

export function civilSocietyItem(ctx: RuleContext): RuleResult {
  const all = ctx.signals.filter((s) => s.kind === 'civil-society-participation');
  // A cooperation objective that names civil society, or a permission to hear it, is not a mechanism.
  const mechanisms = all.filter((f) => operative(f) && has(f, 'participation:body') && reachesCulture(f));
  if (mechanisms.length > 0) {
    return { status: 'present', oneLine: 'A civil-society mechanism that reaches culture', found: `Found a body or standing procedure through which civil society takes part, with the whole agreement or culture in its remit, in ${where(mechanisms)}.`, findings: [], signals: mechanisms };
  }
  if (all.length > 0) {
    const confined = all.filter((f) => has(f, 'remit:other-field'));
    const why = confined.length > 0 ? `confined to labour, environment or sustainable development (${where(confined)})` : 'only permitted, encouraged or recited, with no standing body or procedure';
    return { status: 'partial', oneLine: 'Civil-society participation that does not reach culture', found: `Found civil-society participation in ${where(all)}, but ${why}. Missing: a body or standing procedure for the whole agreement or for culture.`, findings: [], signals: all };
  }
  return { status: 'absent', oneLine: 'No civil-society participation', found: 'Found no body or procedure through which civil society or the cultural sector takes part in the agreement (notice-and-comment on a Party\'s own regulations does not count).', findings: [], signals: [] };
}

export function cultureCoordinationItem(ctx: RuleContext): RuleResult {
  const all = ctx.signals.filter((s) => s.kind === 'culture-coordination');
  // Culture authorities named for an instrument still to be negotiated take no part yet, however firm the wording.
  const bound = all.filter((f) => firm(f) && !has(f, 'instrument:future'));
  if (bound.length > 0) {
    return { status: 'present', oneLine: 'Culture authorities or a culture body take part in the institutions', found: `Found a body of the agreement with culture in its remit, or culture authorities taking part in it, in ${where(bound)}.`, findings: [], signals: bound };
  }
  if (all.length > 0) {
    return { status: 'partial', oneLine: 'Culture authorities associated only as effort or recital', found: `Found culture authorities or a culture body in ${where(all)}, but only at effort level, as a recital, or for a future instrument.`, findings: [], signals: all };
  }
  return { status: 'absent', oneLine: 'No coordination of culture and trade authorities', found: 'Found no culture-specific body, no body expressly given cultural functions, and no culture authority taking part in the agreement\'s institutions.', findings: [], signals: [] };
}
