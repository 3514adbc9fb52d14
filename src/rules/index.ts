/** Rule files: schema, loader (every problem with file:line:col), compiler, and the examples runner. */
export { loadRuleSet, readRuleFile, type LoadOptions } from './load.js';
export { RuleLoadError, formatProblem, type RuleProblem } from './errors.js';
export { RuleSchema, ruleSchema, PARTS, OPERATORS, type RuleDefinition, type Pattern, type Inside, type Within, type RuleExample, type RuleFileContext } from './schema.js';
export { compileRules, subsetRuleSet } from './compile.js';
export { exampleResult, ruleExampleJobs, runRuleExamples, type ExampleJob, type ExampleResult, type ExampleScanner } from './examples.js';
export type { RuleSet, CompiledRule, CompiledPattern } from './types.js';
