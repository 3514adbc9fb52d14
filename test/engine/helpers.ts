import type { AgreementDocument, Language } from '../../src/model.js';
import { scanDocument } from '../../src/engine/index.js';
import { parseWordCounts } from '../../src/nlp/index.js';
import { compileRules, RuleSchema, type Pattern, type RuleExample } from '../../src/rules/index.js';
import { exampleDocument } from '../../src/rules/example-doc.js';

/** A RuleSet of one rule with this pattern (the schema fills in the rest), vocabularies from `vocab`, word counts (a list as rules/word-counts holds) from `wordCounts`. */
export function ruleSetOf(match: Pattern, options: { id?: string; category?: string; languages?: Language[]; vocab?: Record<string, string[]>; wordCounts?: string } = {}) {
  const definition = RuleSchema.parse({
    id: options.id ?? 'test-rule',
    category: options.category ?? 'cultural-exemption',
    title: 'test',
    rationale: 'test',
    severity: 'info',
    languages: options.languages ?? ['en'],
    match,
    examples: { match: ['x'], noMatch: ['y'] },
  });
  const wordCounts = options.wordCounts === undefined ? undefined : parseWordCounts(options.wordCounts);
  return compileRules([{ definition, file: 'test.yaml' }], (name) => options.vocab?.[name] ?? [], undefined, () => wordCounts);
}

/** The evidence texts of one rule on an example-style text, or [] when it does not fire. */
export function matches(match: Pattern, example: RuleExample, options: Parameters<typeof ruleSetOf>[1] = {}): string[] {
  const doc = exampleDocument(example, options.languages?.[0] ?? 'en');
  const { findings, signals } = scanDocument(doc, ruleSetOf(match, options));
  return [...findings, ...signals].flatMap((f) => f.evidence.map((e) => e.text));
}

export function docOf(example: RuleExample, language: Language = 'en'): AgreementDocument {
  return exampleDocument(example, language);
}
