import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_CSS } from '../../src/report/brief/html-style.js';
import { runCli } from '../support/cli.js';
import { tempTree } from './scan-fixtures.js';

/** Two invented drafts: the second drops the cultural carve-out and rewords the cooperation clause. */
const FIRST = `Free Trade Agreement between Northland and Southland

Chapter 1 General Provisions

Article 1.1 Objectives
The Parties establish a free trade area.

Article 1.2 Cultural industries
Nothing in this Agreement shall be construed to apply to measures adopted or maintained by a Party with respect to cultural industries.

Article 1.3 Cultural cooperation
The Parties shall cooperate in the audiovisual sector, including through co-production of films.

Chapter 2 Electronic Commerce

Article 2.1 Customs duties
Neither Party shall impose customs duties on electronic transmissions.
`;
const SECOND = FIRST.replace(/Article 1\.2 Cultural industries\n.*\n\n/, '').replace('shall cooperate in the audiovisual sector', 'shall endeavour to cooperate in the audiovisual and music sectors');

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) console.log('compare HTML DOM test skipped: no chromium at /usr/bin/chromium');

let root: string;
beforeAll(() => {
  root = tempTree({ 'draft-1.txt': FIRST, 'draft-2.txt': SECOND });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const compare = (...argv: string[]) => runCli(root, ['compare', ...argv]);

describe('compare for draft-to-draft checks', () => {
  it('the drafts really differ in the way the test relies on', () => {
    expect(SECOND).not.toContain('Cultural industries');
    expect(SECOND).toContain('endeavour to cooperate');
  });

  it('--fail-on verdict-changed,status-changed exits 1 and names each gate when the drafts differ', async () => {
    const { code, err, out } = await compare('draft-1.txt', 'draft-2.txt', '--fail-on', 'verdict-changed,status-changed');
    expect(code).toBe(1);
    expect(out).toMatch(/^# Comparison/);
    expect(err).toBe('culturescan: draft-1.txt → draft-2.txt: fails gate verdict-changed\nculturescan: draft-1.txt → draft-2.txt: fails gate status-changed\n');
  });

  it('--fail-on passes (exit 0) when a draft is compared with itself, and without --fail-on differences are not failures', async () => {
    expect((await compare('draft-1.txt', 'draft-1.txt', '--fail-on', 'verdict-changed', '--fail-on', 'status-changed')).code).toBe(0);
    expect((await compare('draft-1.txt', 'draft-2.txt')).code).toBe(0);
  });

  it('an unknown gate is an argument error with the known ones', async () => {
    const { code, err } = await compare('draft-1.txt', 'draft-2.txt', '--fail-on', 'verdict-change');
    expect(code).toBe(2);
    expect(err).toMatch(/--fail-on: unknown 'verdict-change'; known: verdict-changed, status-changed/);
  });

  it('--changes-only keeps the changed items and clauses, and says how many were left out', async () => {
    const full = JSON.parse((await compare('draft-1.txt', 'draft-2.txt', '--format', 'json')).out);
    const cut = JSON.parse((await compare('draft-1.txt', 'draft-2.txt', '--format', 'json', '--changes-only')).out);
    const changedRows = full.checklist.filter((r: { changed: boolean }) => r.changed);
    expect(changedRows.length).toBeGreaterThan(0);
    expect(cut.checklist).toEqual(changedRows);
    const changedClauses = full.clauses.filter((c: { outcome: string }) => c.outcome !== 'same');
    expect(cut.clauses).toEqual(changedClauses);
    expect(cut.clauses.map((c: { outcome: string }) => c.outcome).sort()).toEqual(['left-only', 'reworded']);
    expect(cut.omitted).toEqual({ items: full.checklist.length - changedRows.length, clauses: full.clauses.length - changedClauses.length });
    expect(cut.ecommerce).toMatchObject({ left: 'covered', right: 'not-covered', changed: true });
    const markdown = (await compare('draft-1.txt', 'draft-2.txt', '--changes-only')).out;
    expect(markdown).toContain('Changes only:');
    expect(markdown).not.toContain('Same words');
    const same = (await compare('draft-1.txt', 'draft-1.txt', '--changes-only')).out;
    expect(same).toContain('No checklist status changed.');
    expect(same).toContain('No clause changed.');
  });

  it('--format html is one self-contained page in the brief\'s style; --out x.html picks it by the ending', async () => {
    const { code } = await compare('draft-1.txt', 'draft-2.txt', '--out', 'changes.html');
    expect(code).toBe(0);
    const html = readFileSync(join(root, 'changes.html'), 'utf8');
    expect(html).toContain(BRIEF_CSS);
    expect(html).not.toMatch(/<script|<link|src="http/);
    expect(html).toContain('<ins>endeavour to</ins>');
    expect(html).toMatch(/<del>sector,<\/del>/);
    expect((await compare('draft-1.txt', 'draft-2.txt', '--format', 'html')).out).toBe(html.slice(html.indexOf('<!doctype')));
  });

  it.skipIf(!CHROMIUM)('the HTML comparison renders in headless Chromium with its table and marked changes', async () => {
    await compare('draft-1.txt', 'draft-2.txt', '--format', 'html', '--out', 'render.html');
    const dom = execFileSync(
      CHROMIUM!,
      ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`, '--dump-dom', `file://${join(root, 'render.html')}`],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const rows = dom.match(/<tr class="(changed|same)">/g) ?? [];
    expect(rows).toHaveLength(9);
    expect(dom.match(/<tr class="changed">/g)?.length).toBeGreaterThan(0);
    expect(dom).toContain('<span class="status present">');
    expect(dom).toMatch(/<ins>[^<]+<\/ins>/);
    expect(dom).toContain('Only in the left agreement');
  });
});
