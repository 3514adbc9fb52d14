import { scanDocument } from '../../src/engine/index.js';
import type { AgreementDocument } from '../../src/model.js';
import type { RuleSet } from '../../src/rules/index.js';
import { flatten } from '../structure/helpers.js';

/** What must not change from one format of an agreement to another: its article numbers, and each article's categories. */
export interface Reading {
  articles: string[];
  findings: string[];
}

export function readingOf(doc: AgreementDocument, ruleSet: RuleSet): Reading {
  return {
    articles: flatten(doc.outline).filter((n) => n.kind === 'article').map((n) => n.number ?? ''),
    findings: [...new Set(scanDocument(doc, ruleSet).findings.map((f) => `${f.location.articleNumber} ${f.category}`))].sort(),
  };
}

/** Every node of a document's outline as "kind number title" ("article 3.4 Online consumer protection", "paragraph (a)"). */
export function outlineLabels(doc: AgreementDocument): string[] {
  return flatten(doc.outline).map((n) => [n.kind, n.number, n.heading].filter((part) => part !== undefined).join(' '));
}

/** How a rendering reads otherwise than the reference: one line per difference, none when it reads the same. */
export function differencesFrom(expected: Reading, got: Reading, as: string): string[] {
  const differences: string[] = [];
  if (got.articles.join() !== expected.articles.join()) differences.push(`${as}: articles ${got.articles.join(' ')}`);
  const missing = expected.findings.filter((f) => !got.findings.includes(f));
  const extra = got.findings.filter((f) => !expected.findings.includes(f));
  if (missing.length + extra.length > 0) differences.push(`${as}: findings missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
  return differences;
}

/** How a rendering's outline differs from the reference's (see outlineLabels): one line, or none when the two agree. */
export function outlineDifferences(expected: readonly string[], doc: AgreementDocument, as: string): string[] {
  const outline = outlineLabels(doc);
  const lost = expected.filter((node) => !outline.includes(node));
  const added = outline.filter((node) => !expected.includes(node));
  return lost.length + added.length > 0 ? [`${as}: outline without [${lost.join('; ')}], with [${added.join('; ')}]`] : [];
}
