import type { AgreementDocument, Detections, FindingOrSignal } from '../model.js';
import { UserError } from '../errors.js';
import type { RuleSet } from '../rules/types.js';
import { anchorIndex } from './anchors.js';
import { ArticleDirectory } from './citations.js';
import { UnitContext, type CitationContext, type Span } from './context.js';
import { evaluate, focusOf } from './evaluate.js';
import { HeadingTests } from './heading-tests.js';
import { disambiguate } from './fingerprint.js';
import { unitDetections, withNoteDetections, type Fired } from './findings.js';
import { AnchoredUnit, unitAnchors } from './prefilter.js';
import { buildUnits, textWithoutNotes, type Unit } from './units.js';
import { partiesOf } from '../parties/index.js';
import type { CompiledRule } from '../rules/types.js';

export { buildUnits, type Unit } from './units.js';
export { nodeLabel } from './labels.js';

/** How long the rules may take over one document before its scan is stopped (the batch goes on). */
export const DEFAULT_TIME_BUDGET_MS = 60_000;

export interface ScanOptions {
  /** The time budget of this document's scan, in milliseconds (default DEFAULT_TIME_BUDGET_MS). */
  timeBudgetMs?: number;
  /** The clock the budget is read on (milliseconds): Date.now, or a counter in tests. */
  now?: () => number;
  /**
   * Told of each rule before it runs, and of undefined once the rules are done or stopped: a watchdog
   * outside the thread can then stop a rule that never returns (a regex that backtracks without end
   * runs past any check made between rules) and name it.
   */
  onRule?: (rule: CompiledRule | undefined) => void;
}

/**
 * A document whose rules ran past the time budget: a runaway rule (a regex that backtracks without
 * end on this text) must not stall a batch. Said in one line for that file, naming the rule.
 */
export class TimeBudgetExceeded extends UserError {
  constructor(rule: Pick<CompiledRule, 'id' | 'file'> | undefined, budgetMs: number, source: string) {
    const where = rule ? `, in rule ${rule.id} (${rule.file})` : '';
    super(`stopped: the rules ran past the time budget of ${budgetMs / 1000} s per document${where}; raise it with CULTURESCAN_DOCUMENT_SECONDS`, source);
  }
}

/**
 * Every finding of the rule set in the document, one per (unit, category), and apart from them every
 * signal, one per (unit, informational kind). Pure and synchronous.
 * One pass of the anchor automaton finds where each rule's anchors occur; a rule is evaluated only in
 * those units, and a unit's words are read (and stemmed, once per spelling) only when some rule needs
 * them. Rules that follow citations (`cites`) or look back at earlier articles (`inside.after`) run
 * second, once the others have said which articles carry which categories.
 */
export function scanDocument(doc: AgreementDocument, ruleSet: RuleSet, options: ScanOptions = {}): Detections {
  if (!options.onRule) return scanWithin(doc, ruleSet, options);
  try {
    return scanWithin(doc, ruleSet, options);
  } finally {
    options.onRule(undefined);
  }
}

function scanWithin(doc: AgreementDocument, ruleSet: RuleSet, options: ScanOptions): Detections {
  const now = options.now ?? Date.now;
  const deadline = now() + (options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS);
  const index = anchorIndex(ruleSet, doc.language);
  if (index.rules.length === 0) return { findings: [], signals: [] };
  const units = buildUnits(doc);
  const reading = textWithoutNotes(doc.text, units);
  const readingDoc = reading === doc.text ? doc : { ...doc, text: reading };
  const anchored = unitAnchors(index, doc.text, units);
  const headingTests = new HeadingTests(doc);
  const applies = applicability(doc);
  const fired: Fired[][] = units.map(() => []);
  const contexts: Array<UnitContext | undefined> = units.map(() => undefined);
  const runPass = (second: boolean, citing?: (u: number) => CitationContext) => {
    const ofThisPass = (r: number) => index.citing.has(r) === second;
    units.forEach((unit, u) => {
      // Most units have no rule of this pass: they are told without a filtered copy of their list.
      const ruleIndexes = anchored.rules[u] as number[];
      if (!ruleIndexes.some(ofThisPass)) return;
      // Notes set apart read the text as it is; every other unit reads it with those notes blanked.
      // The second pass goes on with the unit's context of the first, where there is one.
      const earlier = contexts[u];
      const ctx = earlier
        ? citing
          ? earlier.citingWith(citing(u))
          : earlier
        : new UnitContext(unit.node.kind === 'footnotes' && !unit.notes ? doc : readingDoc, unit, doc.language, ruleSet.stems, new AnchoredUnit(index, anchored, u), headingTests, citing?.(u));
      contexts[u] = ctx;
      const window = { ranges: [{ start: unit.start, end: unit.end }] };
      for (const r of ruleIndexes) {
        if (index.citing.has(r) !== second) continue;
        const rule = index.rules[r];
        if (!rule) continue;
        options.onRule?.(rule);
        const matches = evaluate(rule.pattern, window, ctx);
        if (now() > deadline) throw new TimeBudgetExceeded(rule, options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS, doc.source);
        // Asked once the rule has matched: settling the Parties costs more than trying the rule.
        if (matches.length === 0 || !applies(rule)) continue;
        const spans: Span[] = matches.flatMap((m) => m.spans);
        // A rule that matched a note on its place alone (the headings above) says nothing the calling unit does not say itself.
        if (unit.calledFrom && spans.length === 0) continue;
        const focus: Span[] = matches.flatMap(focusOf);
        const heading = () => [ctx.headingSpan()];
        (fired[u] as Fired[]).push({ rule, spans: spans.length > 0 ? spans : heading(), focus: focus.length > 0 ? focus : spans.length > 0 ? spans : heading() });
      }
    });
  };
  runPass(false);
  const reportedOn = reportingUnits(units);
  if (index.citing.size > 0) {
    const directory = new ArticleDirectory(units);
    const targets = citationTargets(units, unitsByCategory(fired, reportedOn));
    runPass(true, (unitIndex) => ({ directory, unitIndex, targets }));
  }
  const byUnit = units.map((_, u) => ((fired[u] as Fired[]).length > 0 ? unitDetections(fired[u] as Fired[], contexts[u] as UnitContext) : []));
  // What a note holds is reported on the unit that calls it.
  const fromNotes = new Map<number, Array<{ unit: Unit; detections: FindingOrSignal[] }>>();
  units.forEach((unit, u) => {
    const caller = reportedOn[u] as number;
    if (caller === u || (byUnit[u] as FindingOrSignal[]).length === 0) return;
    fromNotes.set(caller, [...(fromNotes.get(caller) ?? []), { unit, detections: byUnit[u] as FindingOrSignal[] }]);
    byUnit[u] = [];
  });
  for (const [caller, notes] of fromNotes) byUnit[caller] = withNoteDetections(byUnit[caller] as FindingOrSignal[], notes, units[caller] as Unit, doc);
  const detected = byUnit.flat();
  // Made unique over findings and signals together, so that a finding's fingerprint does not depend on how the signals are carried.
  const prints = disambiguate(detected.map((d) => d.fingerprint));
  const result: Detections = { findings: [], signals: [] };
  detected.forEach((detection, i) => {
    const fingerprint = prints[i] as string;
    if ('category' in detection) result.findings.push({ ...detection, fingerprint });
    else result.signals.push({ ...detection, fingerprint });
  });
  return result;
}

/** The units a citation may point to, by category and heading test, worked out once per document. */
function citationTargets(units: readonly Unit[], withCategory: Map<string, Set<number>>): CitationContext['targets'] {
  // By category, then by heading regex: asked for every `cites` pattern tried in a unit, so no key is built.
  const cache = new Map<string, Map<RegExp | undefined, ReadonlySet<number>>>();
  return (category, heading) => {
    let byHeading = cache.get(category);
    if (!byHeading) cache.set(category, (byHeading = new Map()));
    let found = byHeading.get(heading);
    if (!found) {
      const all = withCategory.get(category) ?? new Set<number>();
      found = heading ? new Set([...all].filter((u) => heading.test((units[u] as Unit).path.at(-1) ?? ''))) : all;
      byHeading.set(heading, found);
    }
    return found;
  };
}

/** For each unit, the unit its findings are reported on: itself, or for a note, the unit that calls it. */
function reportingUnits(units: readonly Unit[]): number[] {
  const indexOf = new Map(units.map((unit, u) => [unit, u]));
  return units.map((unit, u) => (unit.calledFrom ? (indexOf.get(unit.calledFrom) ?? u) : u));
}

/** Category → the units where a rule of it fired (a note's, on the unit that calls it). */
function unitsByCategory(fired: readonly Fired[][], reportedOn: readonly number[]): Map<string, Set<number>> {
  const byCategory = new Map<string, Set<number>>();
  fired.forEach((rules, u) => {
    for (const { rule } of rules) {
      const set = byCategory.get(rule.category) ?? new Set<number>();
      set.add(reportedOn[u] as number);
      byCategory.set(rule.category, set);
    }
  });
  return byCategory;
}

/**
 * Whether a rule's conditions on the whole agreement hold for this document. The Parties are settled
 * only when a rule that depends on them has matched: reading them from the text costs more than the
 * scan of many a short agreement, and in most documents no such rule matches.
 */
function applicability(doc: AgreementDocument): (rule: CompiledRule) => boolean {
  let hasDevelopingParty: boolean | undefined;
  return (rule) => {
    if (!rule.appliesTo.developingParty) return true;
    if (hasDevelopingParty === undefined) {
      const { mix } = partiesOf(doc);
      hasDevelopingParty = !mix.known || mix.developing.length > 0;
    }
    return hasDevelopingParty;
  };
}
