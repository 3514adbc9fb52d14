import type { AgreementDocument, Finding } from '../model.js';
import type { RuleSet } from '../rules/types.js';
import { anchorIndex } from './anchors.js';
import { UnitContext, type Span } from './context.js';
import { evaluate } from './evaluate.js';
import { disambiguate } from './fingerprint.js';
import { unitFindings, type Fired } from './findings.js';
import { mayMatch, rulesOf, satisfiedClauses } from './prefilter.js';
import { buildUnits } from './units.js';
import { partyMix } from '../parties/development.js';
import type { CompiledRule } from '../rules/types.js';

export { buildUnits, type Unit } from './units.js';
export { nodeLabel } from './labels.js';

/**
 * Every finding of the rule set in the document: one per (unit, category). Pure and synchronous.
 * One regex pass finds where each rule's anchors occur; a rule is evaluated only in those units,
 * and a unit's words are read (and stemmed, once per spelling) only when some rule needs them.
 */
export function scanDocument(doc: AgreementDocument, ruleSet: RuleSet): Finding[] {
  const index = anchorIndex(ruleSet, doc.language);
  if (index.rules.length === 0) return [];
  const units = buildUnits(doc);
  const satisfied = satisfiedClauses(index, doc.text, units);
  const candidates = rulesOf(index, satisfied);
  const findings: Finding[] = [];
  const headingTests = new Map<RegExp, Map<string, boolean>>();
  const applies = applicability(doc);
  units.forEach((unit, u) => {
    const ruleIndexes = candidates[u] as number[];
    if (ruleIndexes.length === 0) return;
    const ctx = new UnitContext(doc, unit, doc.language, ruleSet.stems, (node) => mayMatch(index, satisfied[u] as Set<number>, node), headingTests);
    const window = { ranges: [{ start: unit.start, end: unit.end }] };
    const fired: Fired[] = [];
    for (const r of ruleIndexes) {
      const rule = index.rules[r];
      if (!rule || !applies(rule)) continue;
      const matches = evaluate(rule.pattern, window, ctx);
      if (matches.length === 0) continue;
      const spans: Span[] = matches.flatMap((m) => m.spans);
      fired.push({ rule, spans: spans.length > 0 ? spans : [ctx.headingSpan()] });
    }
    findings.push(...unitFindings(fired, ctx));
  });
  const prints = disambiguate(findings.map((f) => f.fingerprint));
  return findings.map((finding, i) => ({ ...finding, fingerprint: prints[i] as string }));
}

/** Whether a rule's conditions on the whole agreement hold for this document. */
function applicability(doc: AgreementDocument): (rule: CompiledRule) => boolean {
  const mix = partyMix(doc.meta);
  const hasDevelopingParty = !mix.known || mix.developing.length > 0;
  return (rule) => !rule.appliesTo.developingParty || hasDevelopingParty;
}
