import { existsSync, readdirSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { fileProblem, readInputTextSync } from '../input-file.js';
import type { Language } from '../model.js';

/** Folders and files under a rules directory that hold something other than rules. */
const NOT_RULE_DIRS = new Set(['vocab', 'word-counts', 'templates', 'parties', 'node_modules']);
const NOT_RULE_FILES = new Set(['references.yaml', 'references.yml']);

/**
 * Every rule file under `dir`, recursively, in a stable (sorted) order. A folder that cannot be listed
 * is told to `unlisted` and skipped.
 */
export function findRuleFiles(dir: string, unlisted: (folder: string, problem: string) => void = () => undefined): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
      return unlisted(folder, `cannot list this folder: ${fileProblem(error)}`);
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!NOT_RULE_DIRS.has(entry.name)) walk(path);
      } else if (/\.ya?ml$/.test(entry.name) && !NOT_RULE_FILES.has(entry.name)) found.push(path);
    }
  };
  walk(dir);
  return found;
}

export function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** The file name without extension: what a rule's id must equal. */
export function fileId(path: string): string {
  return basename(path, extname(path));
}

/** Finds vocab/<name>.txt in the rule dirs, the last dir first (a user dir overrides the built-in one). */
export function vocabFile(dirs: readonly string[], name: string): string | undefined {
  for (const dir of [...dirs].reverse()) {
    const path = join(dir, 'vocab', `${name}.txt`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/**
 * Finds word-counts/<language>.txt in the rule dirs, the last dir first: how often words are written in
 * agreements of that language (nlp/word-counts), which tells the scan where to look for a phrase.
 */
export function wordCountsFile(dirs: readonly string[], language: Language): string | undefined {
  for (const dir of [...dirs].reverse()) {
    const path = join(dir, 'word-counts', `${language}.txt`);
    if (existsSync(path)) return path;
  }
  return undefined;
}

/** A vocabulary's phrases: one a line; blank lines and `#` comments skipped. */
export function readVocabFile(path: string): string[] {
  return readInputTextSync(path, { shown: path })
    .split(/\r?\n/)
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter((line) => line.length > 0);
}

/**
 * The reference ids declared by references.yaml in any of the dirs, or undefined when there is none.
 * Accepts a map keyed by id, a list of `{ id }` objects, or either under a top-level `references` key.
 */
export function readReferenceIds(dirs: readonly string[]): Set<string> | undefined {
  let ids: Set<string> | undefined;
  for (const dir of dirs) {
    for (const name of NOT_RULE_FILES) {
      const path = join(dir, name);
      if (!existsSync(path)) continue;
      ids ??= new Set();
      for (const id of idsOf(parse(readInputTextSync(path, { shown: path })) as unknown)) ids.add(id);
    }
  }
  return ids;
}

function idsOf(data: unknown): string[] {
  if (Array.isArray(data)) return data.flatMap((item) => (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? [(item as { id: string }).id] : []));
  if (data && typeof data === 'object') {
    const record = data as Record<string, unknown>;
    if ('references' in record && Object.keys(record).length <= 2) return idsOf(record.references);
    return Object.keys(record);
  }
  return [];
}
