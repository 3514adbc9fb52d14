import { CATEGORIES, INFO_KINDS, isCategory, SEVERITIES, type AgreementDocument, type Category, type Evidence, type FindingOrSignal, type InfoKind, type OutlineNode } from '../model.js';
import type { CompiledRule } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';
import { buildExcerpt, evidenceSentences, joinExcerpts, withTextUnderHeadings } from './excerpt.js';
import { fingerprint, recitalsHolding, withoutArticleLabel } from './fingerprint.js';
import type { Unit } from './units.js';

type RuleKind = Category | InfoKind;

const KIND_ORDER: readonly RuleKind[] = [...CATEGORIES, ...INFO_KINDS];

/** A rule that fired on a unit, with its spans (the evidence) and the spans that satisfied it (the excerpt's focus). */
export interface Fired {
  rule: CompiledRule;
  spans: Span[];
  focus?: Span[];
}

/**
 * One finding per category of the rules that fired on the unit, then one signal per informational kind:
 * every rule id, every span (de-duplicated), the highest severity, the union of references and tags.
 * Fingerprints are made unique per document by the caller.
 */
export function unitDetections(fired: readonly Fired[], ctx: UnitContext): FindingOrSignal[] {
  const byKind = new Map<RuleKind, Fired[]>();
  for (const f of fired) byKind.set(f.rule.category, [...(byKind.get(f.rule.category) ?? []), f]);
  const kinds = [...byKind.keys()].sort((a, b) => KIND_ORDER.indexOf(a) - KIND_ORDER.indexOf(b));
  return kinds.map((kind) => merged(kind, byKind.get(kind) as Fired[], ctx));
}

function merged(kind: RuleKind, fired: readonly Fired[], ctx: UnitContext): FindingOrSignal {
  const text = ctx.doc.text;
  const evidence: Evidence[] = [];
  const seen = new Set<string>();
  for (const { rule, spans } of fired) {
    for (const span of spans) {
      const key = `${rule.id}:${span.start}:${span.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      evidence.push({ ruleId: rule.id, start: span.start, end: span.end, text: text.slice(span.start, span.end) });
    }
  }
  evidence.sort((a, b) => a.start - b.start || a.end - b.end);
  // The excerpt shows and marks only what satisfied each rule.
  const focus = fired.flatMap((f) => f.focus ?? f.spans);
  const unit = ctx.unit;
  return {
    fingerprint: fingerprint(kind, clauseText(unit, ctx.doc, evidence)),
    ruleIds: unique(fired.map((f) => f.rule.id)),
    ...(isCategory(kind) ? { category: kind } : { kind }),
    severity: fired.map((f) => f.rule.severity).reduce((a, b) => (SEVERITIES.indexOf(b) > SEVERITIES.indexOf(a) ? b : a)),
    location: unitLocation(unit),
    excerpt: buildExcerpt(text, withTextUnderHeadings(text, evidenceSentences(ctx.excerptPieces(), focus), ctx.sentences()), focus),
    evidence,
    references: unique(fired.flatMap((f) => f.rule.references)),
    tags: unique(fired.flatMap((f) => f.rule.tags)),
  };
}

/**
 * The words a finding's fingerprint is made of: its unit's text, without the article's label and
 * without footnotes the outline placed inside it (a paginated format puts them where the page ends).
 * In the preamble, one unit of many recitals, only the recitals that hold the finding's evidence: a
 * recital reworded changes the findings that rest on it, not every finding of the preamble.
 */
function clauseText(unit: Unit, doc: AgreementDocument, evidence: ReadonlyArray<{ start: number; end: number }>): string {
  const notes: OutlineNode[] = [];
  const collect = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child.kind === 'footnotes') notes.push(child);
      else collect(child);
    }
  };
  collect(unit.node);
  notes.sort((a, b) => a.start - b.start);
  const recitals = unit.part === 'preamble' ? recitalsHolding(doc.text, unit.start, unit.end, evidence) : [];
  const pieces = recitals.length > 0 ? recitals : [{ start: unit.start, end: unit.end }];
  const text = pieces.map((piece) => withoutNotes(doc.text, piece, notes)).join('\n');
  return unit.node.kind === 'article' && pieces[0]?.start === unit.start ? withoutArticleLabel(text) : text;
}

/** The text of `[start, end)` with the notes that lie wholly inside it left out. */
function withoutNotes(text: string, { start, end }: { start: number; end: number }, notes: readonly OutlineNode[]): string {
  let out = '';
  let at = start;
  for (const note of notes) {
    if (note.start < at || note.end > end) continue;
    out += `${text.slice(at, note.start)}\n`;
    at = note.end;
  }
  return out + text.slice(at, end);
}

/**
 * The detections of a unit with those of the notes it calls (see Unit.calledFrom): a note's finding is
 * the calling unit's, reported at its place. Of one kind, the unit's and its notes' make one finding
 * (every rule, span and reference of each; the excerpts one after the other), whose fingerprint reads
 * the notes it rests on after the unit's own words, so that rewording such a note changes it.
 */
export function withNoteDetections(own: readonly FindingOrSignal[], notes: ReadonlyArray<{ unit: Unit; detections: readonly FindingOrSignal[] }>, caller: Unit, doc: AgreementDocument): FindingOrSignal[] {
  const byKind = new Map<RuleKind, FindingOrSignal>(own.map((d) => [kindOf(d), d]));
  const noteTexts = new Map<RuleKind, string[]>();
  for (const { unit, detections } of notes) {
    for (const detection of detections) {
      const kind = kindOf(detection);
      noteTexts.set(kind, [...(noteTexts.get(kind) ?? []), doc.text.slice(unit.start, unit.end)]);
      const before = byKind.get(kind);
      byKind.set(kind, before ? joined(before, detection) : { ...detection, location: { ...detection.location, ...unitLocation(caller) } });
    }
  }
  for (const [kind, texts] of noteTexts) {
    const detection = byKind.get(kind) as FindingOrSignal;
    byKind.set(kind, { ...detection, fingerprint: fingerprint(kind, [clauseText(caller, doc, detection.evidence), ...texts].join('\n')) });
  }
  return [...byKind.values()].sort((a, b) => KIND_ORDER.indexOf(kindOf(a)) - KIND_ORDER.indexOf(kindOf(b)));
}

function kindOf(detection: FindingOrSignal): RuleKind {
  return 'category' in detection ? detection.category : detection.kind;
}

/** Where a finding on `unit` is reported: the unit's article, path, page and extent. */
function unitLocation(unit: Unit): FindingOrSignal['location'] {
  return {
    ...(unit.articleId !== undefined ? { articleId: unit.articleId } : {}),
    articleNumber: unit.articleNumber,
    path: unit.path,
    ...(unit.page !== undefined ? { page: unit.page } : {}),
    start: unit.start,
    end: unit.end,
  };
}

/** One finding of two of the same kind on the same unit: the first's place, both's evidence. */
function joined(first: FindingOrSignal, second: FindingOrSignal): FindingOrSignal {
  const seen = new Set(first.evidence.map((e) => `${e.ruleId}:${e.start}:${e.end}`));
  return {
    ...first,
    ruleIds: unique([...first.ruleIds, ...second.ruleIds]),
    severity: SEVERITIES.indexOf(second.severity) > SEVERITIES.indexOf(first.severity) ? second.severity : first.severity,
    excerpt: joinExcerpts(first.excerpt, second.excerpt),
    evidence: [...first.evidence, ...second.evidence.filter((e) => !seen.has(`${e.ruleId}:${e.start}:${e.end}`))].sort((a, b) => a.start - b.start || a.end - b.end),
    references: unique([...first.references, ...second.references]),
    tags: unique([...first.tags, ...second.tags]),
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
