import { relative, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { isUserError } from '../errors.js';
import { readInputTextSync } from '../input-file.js';
import type { Language } from '../model.js';
import { parseWordCounts, StemCache, type WordCounts } from '../nlp/index.js';
import { compileRules } from './compile.js';
import { RuleLoadError, type RuleProblem } from './errors.js';
import { fileId, findRuleFiles, isDirectory, readReferenceIds, readVocabFile, vocabFile, wordCountsFile } from './files.js';
import { plainIssues } from './issues.js';
import { ruleSchema, type RuleDefinition, type RuleFileContext } from './schema.js';

type RuleFileSchema = ReturnType<typeof ruleSchema>;
import type { RuleSet } from './types.js';
import { fieldPath, locate } from './yaml-location.js';

export interface LoadOptions {
  /** Paths in messages are relative to this (default: the process's working directory). */
  cwd?: string;
  /**
   * Rule folders whose regexes were checked for catastrophic backtracking when they were built (the
   * built-in rules: the test suite checks them); the check is skipped there, as it costs seconds at
   * every start. Every other folder's regexes are checked.
   */
  checkedDirs?: readonly string[];
}

/**
 * Reads every rule file under each dir (later dirs override earlier ones by id), validates and
 * compiles them. Throws RuleLoadError listing every problem of every file.
 */
export function loadRuleSet(dirs: string[], options: LoadOptions = {}): RuleSet {
  const cwd = options.cwd ?? process.cwd();
  const shown = (path: string) => relative(cwd, path) || path;
  const problems: RuleProblem[] = [];
  const absolute = dirs.map((dir) => resolve(cwd, dir));
  const referenceIds = safely(() => readReferenceIds(absolute), (message) => problems.push({ file: 'references.yaml', field: '', message }));
  const byId = new Map<string, { definition: RuleDefinition; file: string; dirIndex: number }>();
  // One schema for every file (building zod schemas is the costly part of loading); only the file id changes.
  const context: RuleFileContext = { vocabExists: (name) => vocabFile(absolute, name) !== undefined, ...(referenceIds ? { referenceIds } : {}) };
  const schema = ruleSchema(context);
  const checked = new Set((options.checkedDirs ?? []).map((dir) => resolve(cwd, dir)));
  absolute.forEach((dir, dirIndex) => {
    if (!isDirectory(dir)) {
      problems.push({ file: shown(dir), field: '', message: 'no such rules directory' });
      return;
    }
    context.checkBacktracking = !checked.has(dir);
    const unlisted = (folder: string, message: string) => problems.push({ file: shown(folder), field: '', message });
    for (const file of findRuleFiles(dir, unlisted)) {
      context.fileId = fileId(file);
      const definition = readRuleFile(file, shown(file), schema, problems);
      if (!definition) continue;
      const earlier = byId.get(definition.id);
      if (earlier && earlier.dirIndex === dirIndex) {
        problems.push({ file: shown(file), line: 1, col: 1, field: 'id', message: `duplicate id '${definition.id}', also in ${shown(earlier.file)}` });
        continue;
      }
      byId.set(definition.id, { definition, file: shown(file), dirIndex });
    }
  });
  if (problems.length > 0) throw new RuleLoadError(problems);
  const readVocab = (name: string) => readVocabFile(vocabFile(absolute, name) as string);
  const wordCounts = new Map<Language, WordCounts | undefined>();
  const readWordCounts = (language: Language) => {
    if (!wordCounts.has(language)) {
      const path = wordCountsFile(absolute, language);
      wordCounts.set(language, path === undefined ? undefined : parseWordCounts(readInputTextSync(path, { shown: shown(path) })));
    }
    return wordCounts.get(language);
  };
  return compileRules([...byId.values()], readVocab, new StemCache(), readWordCounts);
}

/** Parses and validates one rule file; problems go to `problems`, located by line and column. */
export function readRuleFile(path: string, shownPath: string, schema: RuleFileSchema, problems: RuleProblem[]): RuleDefinition | undefined {
  const counter = new LineCounter();
  let source: string;
  try {
    source = readInputTextSync(path, { shown: shownPath });
  } catch (error) {
    if (!isUserError(error)) throw error;
    problems.push({ file: shownPath, field: '', message: error.message });
    return undefined;
  }
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const at = counter.linePos(error.pos[0]);
      problems.push({ file: shownPath, line: at.line, col: at.col, field: '', message: `YAML syntax: ${error.message.split('\n')[0]}` });
    }
    return undefined;
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The yaml library refuses alias bombs (an alias expanded into millions of nodes) by throwing.
    problems.push({ file: shownPath, field: '', message: `YAML refused: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of plainIssues(result.error.issues)) {
    const parentPath = issue.key === undefined ? issue.path : issue.path.slice(0, -1);
    const at = locate(doc, counter, parentPath, issue.key);
    problems.push({ file: shownPath, line: at.line, col: at.col, field: fieldPath(issue.path), message: issue.message });
  }
  return undefined;
}

function safely<T>(read: () => T, report: (message: string) => void): T | undefined {
  try {
    return read();
  } catch (error) {
    report(`cannot read: ${(error as Error).message.split('\n')[0]}`);
    return undefined;
  }
}
