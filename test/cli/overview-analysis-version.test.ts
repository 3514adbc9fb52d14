import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysisVersion, computeAnalysisVersion, type AnalysisSources } from '../../src/cli/overview-analysis-version.js';

/** A package of its own: code, rules and one dependency (which has one of its own), each a file the test can change. */
function fakePackage(): AnalysisSources & { write: (path: string, text: string) => void } {
  const root = mkdtempSync(join(tmpdir(), 'culturescan-analysis-version-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write('package.json', JSON.stringify({ name: 'fake', version: '1.0.0', dependencies: { lib: '^1.0.0' } }));
  write('dist/src/engine.js', 'export const x = 1;\n');
  write('rules/a/rule.yaml', 'id: rule\n');
  write('rules/parties/groups.json', '{"groups": []}\n');
  write('node_modules/lib/package.json', JSON.stringify({ name: 'lib', version: '1.0.0', dependencies: { deep: '^2.0.0' } }));
  write('node_modules/deep/package.json', JSON.stringify({ name: 'deep', version: '2.0.0' }));
  return { codeRoot: join(root, 'dist', 'src'), rulesDir: join(root, 'rules'), packageRoot: root, write };
}

describe('the analysis version of the cache of overview rows', () => {
  it('changes with any change to the code, the built-in data or a library, however deep', () => {
    const pkg = fakePackage();
    const versions = [computeAnalysisVersion(pkg)];
    expect(computeAnalysisVersion(pkg)).toBe(versions[0]);
    const changes: Array<[string, string]> = [
      ['dist/src/engine.js', 'export const x = 2;\n'],
      ['dist/src/assess/new.js', 'export {};\n'],
      ['rules/a/rule.yaml', 'id: rule\n# edited\n'],
      ['rules/parties/groups.json', '{"groups": [1]}\n'],
      ['node_modules/lib/package.json', JSON.stringify({ name: 'lib', version: '1.0.1', dependencies: { deep: '^2.0.0' } })],
      ['node_modules/deep/package.json', JSON.stringify({ name: 'deep', version: '2.0.1' })],
      // The dependency's dependency moves to a copy of its own, of another version, under it.
      ['node_modules/lib/node_modules/deep/package.json', JSON.stringify({ name: 'deep', version: '3.0.0' })],
    ];
    for (const [path, text] of changes) {
      pkg.write(path, text);
      const version = computeAnalysisVersion(pkg);
      expect({ path, fresh: !versions.includes(version) }).toEqual({ path, fresh: true });
      versions.push(version);
    }
  });

  it('is not changed by files that are not code (source maps)', () => {
    const pkg = fakePackage();
    const before = computeAnalysisVersion(pkg);
    pkg.write('dist/src/engine.js.map', '{}');
    expect(computeAnalysisVersion(pkg)).toBe(before);
  });

  it('is computed once per process, from what it runs', () => {
    expect(analysisVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(analysisVersion()).toBe(analysisVersion());
  });
});
