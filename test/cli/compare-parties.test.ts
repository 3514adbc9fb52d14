import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/**
 * Whether Art. 16 and paras. 18.1-18.2 apply turns on who the Parties are: a reviewer comparing two
 * agreements sees them for each side however they were found (here from the title, as most published
 * agreements give them), as the brief does.
 */
const agreement = (between: string) => `FREE TRADE AGREEMENT BETWEEN ${between}

PREAMBLE

The Parties,

RECOGNISING the right of each Party to regulate in order to protect cultural diversity;

HAVE AGREED AS FOLLOWS:

Article 1
Customs duties

Neither Party shall impose customs duties on electronic transmissions.
`;

async function compared(format: string) {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-compare-parties-'));
  writeFileSync(join(dir, 'can-per.txt'), agreement('CANADA AND THE REPUBLIC OF PERU'));
  writeFileSync(join(dir, 'aus-nzl.txt'), agreement('AUSTRALIA AND NEW ZEALAND'));
  const run = await runCli(dir, ['compare', 'can-per.txt', 'aus-nzl.txt', '--format', format]);
  expect(run.code, run.err).toBe(0);
  return run.out;
}

describe('compare names each side\'s Parties, read from the title', () => {
  it('in Markdown and HTML, with their classification', async () => {
    const markdown = await compared('markdown');
    expect(markdown).toMatch(/- Left: .*\(`can-per\.txt`\) — Parties: Canada \(developed\), Peru \(developing\)\n/);
    expect(markdown).toMatch(/- Right: .*\(`aus-nzl\.txt`\) — Parties: Australia \(developed\), New Zealand \(developed\)\n/);
    expect(await compared('html')).toContain('Parties: Canada (developed), Peru (developing)');
  });

  it('in JSON, as codes with where they were read', async () => {
    const json = JSON.parse(await compared('json')) as { left: { parties: string[]; partiesFrom: string }; right: { parties: string[] } };
    expect(json.left.parties).toEqual(['CAN', 'PER']);
    expect(json.left.partiesFrom).toBe('title');
    expect(json.right.parties).toEqual(['AUS', 'NZL']);
  });
});

describe('compare names the Parties a source or the user states by code', () => {
  it('by the name of each State and group, a code no list names staying a code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-compare-codes-'));
    writeFileSync(join(dir, 'eu-alb.txt'), `Parties: EU, ALB\n\n${agreement('THE PARTIES')}`);
    writeFileSync(join(dir, 'draft.txt'), agreement('THE PARTIES'));
    const run = await runCli(dir, ['compare', 'eu-alb.txt', 'draft.txt', '--parties', 'EU,ALB', '--parties', 'KOR,XAU(developing)', '--format', 'markdown']);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toMatch(/- Left: .* — Parties: European Union \(developed\), Albania \(developing\)/);
    expect(run.out).toMatch(/- Right: .* — Parties: South Korea \(developing\), XAU \(developing\)/);
  });
});
