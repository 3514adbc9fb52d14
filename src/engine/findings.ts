import { CATEGORIES, INFO_KINDS, isCategory, SEVERITIES, type Category, type Evidence, type FindingOrSignal, type InfoKind, type OutlineNode } from '../model.js';
import type { CompiledRule } from '../rules/types.js';
import type { Span, UnitContext } from './context.js';
import { buildExcerpt, evidenceSentences } from './excerpt.js';
import { fingerprint, withoutArticleLabel } from './fingerprint.js';

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
    fingerprint: fingerprint(kind, clauseText(ctx)),
    ruleIds: unique(fired.map((f) => f.rule.id)),
    ...(isCategory(kind) ? { category: kind } : { kind }),
    severity: fired.map((f) => f.rule.severity).reduce((a, b) => (SEVERITIES.indexOf(b) > SEVERITIES.indexOf(a) ? b : a)),
    location: {
      ...(unit.articleId !== undefined ? { articleId: unit.articleId } : {}),
      articleNumber: unit.articleNumber,
      path: unit.path,
      ...(unit.page !== undefined ? { page: unit.page } : {}),
      start: unit.start,
      end: unit.end,
    },
    excerpt: buildExcerpt(text, evidenceSentences(ctx.excerptPieces(), focus), focus),
    evidence,
    references: unique(fired.flatMap((f) => f.rule.references)),
    tags: unique(fired.flatMap((f) => f.rule.tags)),
  };
}

/**
 * The words a finding's fingerprint is made of: its unit's text, without the article's label and
 * without footnotes the outline placed inside it (a paginated format puts them where the page ends).
 */
function clauseText(ctx: UnitContext): string {
  const { unit, doc } = ctx;
  const notes: OutlineNode[] = [];
  const collect = (node: OutlineNode) => {
    for (const child of node.children) {
      if (child.kind === 'footnotes') notes.push(child);
      else collect(child);
    }
  };
  collect(unit.node);
  let text = '';
  let at = unit.start;
  for (const note of notes.sort((a, b) => a.start - b.start)) {
    if (note.start < at || note.end > unit.end) continue;
    text += `${doc.text.slice(at, note.start)}\n`;
    at = note.end;
  }
  text += doc.text.slice(at, unit.end);
  return unit.node.kind === 'article' ? withoutArticleLabel(text) : text;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
