import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { runCli } from '../support/cli.js';
import { CONVENTION_TEXT, GOOD_TEXT, tempTree } from './scan-fixtures.js';

let root: string;

beforeAll(() => {
  root = tempTree({ 'drafts/good.txt': GOOD_TEXT, 'gated/convention.txt': CONVENTION_TEXT });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(root, argv);

describe('--version and help', () => {
  it('--version prints the version of package.json', async () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };
    const { code, out } = await run('--version');
    expect(code).toBe(0);
    expect(out).toBe(`culturescan ${version}\n`);
  });

  it('every help fits a terminal of 100 columns, its options set under one another', async () => {
    for (const argv of [['--help'], ...['scan', 'overview', 'report', 'review', 'compare', 'lineage', 'inspect', 'eval', 'rules'].map((name) => [name, '--help'])]) {
      const { out } = await run(...argv);
      for (const line of out.split('\n')) {
        expect(line.length, `${argv.join(' ')}: ${line}`).toBeLessThanOrEqual(100);
        expect(line, argv.join(' ')).not.toMatch(/^--[a-z-]+(?: [A-Z]+)? {2,}/);
      }
    }
  });

  it('`help CMD` prints exactly what `CMD --help` prints', async () => {
    for (const name of ['scan', 'report', 'compare', 'lineage', 'eval', 'rules']) {
      const viaHelp = await run('help', name);
      const viaOption = await run(name, '--help');
      expect(viaHelp.code).toBe(0);
      expect(viaHelp.out).toBe(viaOption.out);
      expect(viaHelp.out).toMatch(new RegExp(`culturescan ${name}`));
    }
  });
});

describe('did you mean', () => {
  it('measures edit distance', () => {
    expect(editDistance('scna', 'scan')).toBe(2);
    expect(editDistance('lineage', 'lineage')).toBe(0);
    expect(editDistance('', 'eval')).toBe(4);
    expect(editDistance('compre', 'compare')).toBe(1);
  });

  it('suggests only a name that is near', () => {
    expect(closest('scna', ['scan', 'report'])).toBe('scan');
    expect(closest('xyzzy', ['scan', 'report'])).toBeUndefined();
  });

  it('a mistyped command gets one line with the nearest command, exit 2', async () => {
    const { code, out, err } = await run('lineag', 'drafts');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("culturescan: unknown command 'lineag'; did you mean 'lineage'?\n");
    const far = await run('frobnicate');
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/^culturescan: unknown command 'frobnicate'; run `culturescan --help` for the list\n$/);
  });

  it('a mistyped option gets one line with the nearest option of that command, exit 2', async () => {
    const { code, out, err } = await run('scan', '--fromat', 'json', 'drafts');
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe("culturescan: scan: unknown option '--fromat'; did you mean '--format'?\n");
    const other = await run('compare', '--categroy', 'ecommerce', 'a', 'b');
    expect(other.err).toBe("culturescan: compare: unknown option '--categroy'; did you mean '--category'?\n");
  });
});

describe('a path that names nothing is an argument error', () => {
  for (const command of [['scan'], ['lineage']]) {
    it(`${command[0]}: a typo beside a good path stops the run with exit 2 before anything is written`, async () => {
      const { code, out, err } = await run(...command, 'drafts/good.txt', 'drafts/godo.txt');
      expect(code).toBe(2);
      expect(out).toBe('');
      expect(err).toContain('culturescan: drafts/godo.txt: no such file or directory\n');
    });
  }

  it('scan: a --fail-on gate cannot pass because the checked draft was mistyped', async () => {
    const good = await run('scan', '--fail-on', 'no-convention-reference', 'gated/convention.txt');
    expect(good.code).toBe(0);
    const typo = await run('scan', '--fail-on', 'no-convention-reference', 'gated/convention.txt', 'gated/convetion.txt');
    expect(typo.code).toBe(2);
  });

  it('scan: a pattern that matches nothing, or under a missing folder, is an argument error too', async () => {
    expect((await run('scan', 'drafts/good.txt', 'drafts/*.docx')).code).toBe(2);
    expect((await run('scan', 'drafts/good.txt', 'draft/*.txt')).code).toBe(2);
  });

  it('eval: a missing path is an argument error', async () => {
    const gold = tempTree({ 'gold.jsonl': '{"treaty":"good","article_id":"1","labels":[]}\n' });
    try {
      const { code, err } = await run('eval', '--gold', join(gold, 'gold.jsonl'), 'drafts', 'nowhere');
      expect(code).toBe(2);
      expect(err).toContain('culturescan: nowhere: no such file or directory');
    } finally {
      rmSync(gold, { recursive: true, force: true });
    }
  });
});
