import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The top folder of src/ a file belongs to; files directly in src/ are the shared ground every stage stands on. */
function stageOf(file: string): string {
  const parts = relative(SRC, file).split(sep);
  return parts.length > 1 ? parts[0]! : 'src';
}

/** The file a relative import names, as the compiler resolves "./x.js" to "./x.ts", "./x.tsx" or "./x/index.ts". */
function importedFile(from: string, specifier: string): string | undefined {
  const base = normalize(join(dirname(from), specifier)).replace(/\.js$/, '');
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
}

/** Every import between two stages: "from → to" with the file that imports. Type-only imports count: they tie the stages as much. */
function importsBetweenStages(): Map<string, string[]> {
  const edges = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bfrom\s+'(\.[^']+)'|\bimport\(\s*'(\.[^']+)'\s*\)/g)) {
      const target = importedFile(file, (match[1] ?? match[2])!);
      if (target === undefined) continue;
      const [from, to] = [stageOf(file), stageOf(target)];
      if (from === to) continue;
      const edge = `${from} → ${to}`;
      edges.set(edge, [...new Set([...(edges.get(edge) ?? []), relative(SRC, file)])]);
    }
  }
  return edges;
}

/** Whether `to` reaches `from` through imports between stages: then the import from → to closes a circle. */
function closesCircle(edges: ReadonlyMap<string, string[]>, from: string, to: string): boolean {
  const next = (stage: string) => [...edges.keys()].filter((edge) => edge.startsWith(`${stage} → `)).map((edge) => edge.split(' → ')[1]!);
  const seen = new Set([to]);
  const queue = [to];
  while (queue.length > 0) {
    for (const stage of next(queue.shift()!)) {
      if (stage === from) return true;
      if (!seen.has(stage)) seen.add(stage), queue.push(stage);
    }
  }
  return false;
}

describe('imports between the stages of src/', () => {
  it('go one way: no stage imports, even through others, one that imports it', () => {
    const edges = importsBetweenStages();
    const circular = [...edges].filter(([edge]) => closesCircle(edges, ...(edge.split(' → ') as [string, string]))).map(([edge, files]) => `${edge}: ${files.join(', ')}`);
    expect(circular).toEqual([]);
  });

  it('leave the shared files directly in src/ importing no stage', () => {
    expect([...importsBetweenStages().keys()].filter((edge) => edge.startsWith('src → '))).toEqual([]);
  });
});
