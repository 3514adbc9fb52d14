import { assess } from '../../src/assess/index.js';
import type { Assessment } from '../../src/assess/types.js';
import { isCategory, type AgreementDocument, type Category, type Detections, type Finding, type FindingOrSignal, type InfoKind, type NodeKind, type OutlineNode, type Signal } from '../../src/model.js';

/**
 * A small agreement for tests, written as lines: "Preamble", "Chapter 3 Electronic Commerce",
 * "Section B Cross-Border Services", "Sub-Section 1 General", "Article 3.1 Customs Duties", then body lines.
 */
export function agreement(lines: string[], parties?: string[]): AgreementDocument {
  const text = lines.join('\n');
  const outline: OutlineNode[] = [];
  const open: OutlineNode[] = [];
  const depth: Record<string, number> = { preamble: 0, chapter: 0, section: 1, subsection: 2, article: 3 };
  let offset = 0;
  for (const line of lines) {
    const m = /^(Preamble|Chapter|Section|Sub-Section|Article)\b\s*(\S+)?\s*(.*)$/.exec(line);
    if (m) {
      const kind = m[1]!.toLowerCase().replace('-', '') as NodeKind;
      const node: OutlineNode = { kind, number: kind === 'preamble' ? undefined : m[2], heading: kind === 'preamble' ? 'Preamble' : m[3] || undefined, start: offset, headingEnd: offset + line.length, end: text.length, children: [] };
      while (open.length > 0 && depth[open.at(-1)!.kind]! >= depth[kind]!) open.pop()!.end = offset;
      (open.at(-1)?.children ?? outline).push(node);
      open.push(node);
    }
    offset += line.length + 1;
  }
  return {
    id: 'test-agreement', source: 'test.txt', format: 'txt', language: 'en', title: 'Test Agreement',
    meta: parties ? { parties } : {}, text, pages: [], outline, original: { text, map: { normStarts: [0], origStarts: [0] } },
  };
}

function findArticle(nodes: OutlineNode[], number: string, path: string[] = []): { node: OutlineNode; path: string[] } | undefined {
  for (const n of nodes) {
    const here = [...path, [n.kind === 'preamble' ? 'Preamble' : `${n.kind[0]!.toUpperCase()}${n.kind.slice(1)} ${n.number ?? ''}`, n.heading].filter(Boolean).join(' ')];
    if ((n.kind === 'article' && n.number === number) || (n.kind === 'preamble' && number === 'preamble')) return { node: n, path: here };
    const inner = findArticle(n.children, number, here);
    if (inner) return inner;
  }
  return undefined;
}

let serial = 0;

/**
 * A finding of `kind` on the article numbered `article` (a signal when `kind` is an informational
 * kind), with evidence at the first occurrence of `phrase`.
 */
export function finding(doc: AgreementDocument, kind: Category, article: string, phrase: string, tags?: string[]): Finding;
export function finding(doc: AgreementDocument, kind: InfoKind, article: string, phrase: string, tags?: string[]): Signal;
export function finding(doc: AgreementDocument, kind: Category | InfoKind, article: string, phrase: string, tags?: string[]): FindingOrSignal;
export function finding(doc: AgreementDocument, kind: Category | InfoKind, article: string, phrase: string, tags: string[] = []): FindingOrSignal {
  const hit = findArticle(doc.outline, article);
  if (!hit) throw new Error(`no article ${article} in the test agreement`);
  const { node, path } = hit;
  const at = doc.text.indexOf(phrase, node.start);
  if (at < 0 || at >= node.end) throw new Error(`'${phrase}' is not in article ${article}`);
  return {
    fingerprint: `fp-${++serial}`,
    ruleIds: [`test-${kind}`],
    ...(isCategory(kind) ? { category: kind } : { kind }),
    severity: 'notice',
    location: { articleNumber: article, path, start: node.start, end: node.end },
    excerpt: `«${phrase}»`,
    evidence: [{ ruleId: `test-${kind}`, start: at, end: at + phrase.length, text: phrase }],
    references: [],
    tags,
  };
}

/** Findings and signals as the engine hands them on: apart, each in the order given. */
export function detections(items: readonly FindingOrSignal[]): Detections {
  return { findings: items.filter((i): i is Finding => 'category' in i), signals: items.filter((i): i is Signal => 'kind' in i) };
}

/** A small e-commerce chapter with two commitments: no customs duties on electronic transmissions (9.1), non-discrimination of digital products (9.2). */
export const ECOMMERCE_CHAPTER = [
  'Chapter 9 Electronic Commerce',
  'Article 9.1 Customs Duties',
  'Neither Party shall impose customs duties on electronic transmissions between the Parties.',
  'Article 9.2 Non-Discriminatory Treatment of Digital Products',
  '1. Neither Party shall accord less favourable treatment to some digital products than it accords to other like digital products.',
];

/**
 * An agreement between a developed and a developing Party made of `lines` (by default the e-commerce
 * chapter) and `extra`, assessed with the chapter's two e-commerce findings and those `more` gives
 * (a carve-out, say).
 */
export function withEcommerceChapter(extra: string[], more: (doc: AgreementDocument) => FindingOrSignal[], lines = ECOMMERCE_CHAPTER): { doc: AgreementDocument; assessment: Assessment } {
  const doc = agreement([...lines, ...extra], ['CAN', 'JOR']);
  const found = [finding(doc, 'ecommerce', '9.1', 'customs duties'), finding(doc, 'ecommerce', '9.2', 'less favourable treatment'), ...more(doc)];
  return { doc, assessment: assess(doc, detections(found)) };
}
