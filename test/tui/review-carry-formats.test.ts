import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BriefJsonSchema, type BriefJson } from '../../src/assess/json-schema.js';
import { readAgreement } from '../../src/ingest/index.js';
import { CATEGORIES } from '../../src/model.js';
import { PACKAGE_ROOT } from '../../src/paths.js';
import type { DecisionFile } from '../../src/tui/decisions.js';
import { BIN, ensureBuilt } from '../support/built.js';
import { runCli } from '../support/cli.js';
import { convertAll, hasSoffice, renderLines, toFodt, writeText } from '../support/render-formats.js';
import { Pane, tmux } from '../support/terminal-pane.js';

/**
 * One agreement as a negotiator receives it: a .txt, the .docx and the .pdf of the same text (made
 * here with LibreOffice). Decisions taken in the review of the .txt must answer for the other two,
 * every one of them, and a later draft whose carve-out is gone must show its dismissal as changed.
 */
const AGREEMENT = join(PACKAGE_ROOT, 'corpus', 'calderra-solana-tpa.txt');
/** The carve-out of Article 3.3 (broadcast content) that makes its e-commerce commitment harmless to dismiss. */
const CARVE_OUT = /\n\n2\. This Article does not apply to measures affecting the transmission[^\n]*/;
const soffice = hasSoffice();
if (!tmux) console.warn('decisions across formats skipped: tmux is not installed (apt-get install tmux)');
if (!soffice) console.warn('decisions across formats skipped: LibreOffice (soffice) is not installed');

const REVIEWED = new Set<string>(CATEGORIES);
const place = (f: { category: string; location: { articleNumber: string } }) => `${f.location.articleNumber} ${f.category}`;

async function brief(file: string, decisions?: string, format = 'json'): Promise<string> {
  const { code, out, err } = await runCli(PACKAGE_ROOT, ['report', file, '--format', format, ...(decisions ? ['--decisions', decisions] : [])]);
  expect(err).toBe('');
  expect(code).toBe(0);
  return out;
}
const briefJson = async (file: string, decisions?: string): Promise<BriefJson> => BriefJsonSchema.parse(JSON.parse(await brief(file, decisions)));

/** Each reviewed finding's decision in a brief made with the decisions file, by article and category. */
function decided(b: BriefJson): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of b.findings) if (REVIEWED.has(f.category)) out.set(place(f), f.review ? `${f.review.decision}${f.review.changed ? ' changed' : ''}` : 'none');
  for (const f of b.review?.dismissed ?? []) out.set(`${f.articleNumber} ${f.category}`, 'dismiss');
  return out;
}

describe.skipIf(!tmux || !soffice)('decisions carried across the formats of one agreement', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-carry-'));
  const txt = join(dir, 'tpa.txt');
  const decisions = join(dir, 'decisions.json');
  let docx = '';
  let pdf = '';

  beforeAll(async () => {
    ensureBuilt(BIN);
    const doc = await readAgreement(AGREEMENT);
    writeText(txt, readFileSync(AGREEMENT, 'utf8'));
    const lines = renderLines(doc);
    const styled = writeText(join(dir, 'tpa-styled.fodt'), toFodt(lines, { headingStyles: true, columns: 1, header: '' }, doc.language));
    const paged = writeText(join(dir, 'tpa-paged.fodt'), toFodt(lines, { headingStyles: false, columns: 1, header: 'Official Journal of the Parties' }, doc.language));
    convertAll(dir, [styled], 'docx');
    convertAll(dir, [paged], 'pdf');
    docx = join(dir, 'docx', 'tpa-styled.docx');
    pdf = join(dir, 'pdf', 'tpa-paged.pdf');
  }, 300_000);

  it('carries every decision made on the .txt to the .docx and the .pdf, none of them changed', { timeout: 180_000 }, async () => {
    const items = (await briefJson(txt)).findings.filter((f) => REVIEWED.has(f.category));
    expect(items.length).toBeGreaterThanOrEqual(5);
    // Every decision is used; the e-commerce commitment of Article 3.3 is dismissed (its carve-out covers broadcast content).
    const cycle = ['k', 'x', 'd'] as const;
    const keys = items.map((f, i) => (place(f) === '3.3 ecommerce' ? 'd' : cycle[i % 3]!));
    expect(keys).toContain('d');
    const words: Record<string, string> = { k: 'keep', x: 'discuss', d: 'dismiss' };
    const expected = new Map(items.map((f, i) => [place(f), words[keys[i]!]!]));

    const review = Pane.start(`node ${BIN} review ${txt} --decisions ${decisions}`);
    try {
      await review.waitFor(new RegExp(`Finding 1 of ${items.length} · 0 decided`));
      for (const [i, key] of keys.entries()) {
        review.keys(key);
        await review.waitFor(new RegExp(`· ${i + 1} decided`));
      }
      review.keys('q');
      expect(await review.waitFor(/EXITED \d+/)).toMatch(new RegExp(`${items.length} of ${items.length} findings decided[^]*EXITED 0`));
    } finally {
      review.stop();
    }
    const file = JSON.parse(readFileSync(decisions, 'utf8')) as DecisionFile;
    expect(file.version).toBe(2);
    expect(Object.keys(file.decisions)).toHaveLength(items.length);

    for (const other of [txt, docx, pdf]) {
      const b = await briefJson(other, decisions);
      expect(decided(b), other).toEqual(expected);
      expect(b.review).toMatchObject({ undecided: 0, changed: 0 });
    }

    // In the review of the PDF, every finding shows its decision from the .txt, and ? lists the keys.
    const again = Pane.start(`node ${BIN} review ${pdf} --decisions ${decisions}`);
    try {
      const screen = await again.waitFor(new RegExp(`Finding 1 of ${items.length} · ${items.length} decided`));
      expect(screen).toMatch(/from an earlier review: .*tpa\.txt/);
      expect(screen).not.toMatch(/changed since you decided/);
      again.keys('?');
      const help = await again.waitFor(/Keys/);
      for (const line of [/k\s+keep/, /d\s+dismiss/, /x\s+discuss/, /m\s+write a note/, /u\s+Tab\s+next finding still open/, /q\s+Esc\s+quit/, /\?\s+this help/]) expect(help).toMatch(line);
      again.keys('n');
      await again.waitFor(/Finding 1 of/); // the key closed the help and did not move
      again.keys('q');
      expect(await again.waitFor(/EXITED \d+/)).toMatch(/EXITED 0/);
    } finally {
      again.stop();
    }
  });

  it('flags a dismissal whose carve-out was deleted in the next draft, in the review (which opens there) and in the brief', { timeout: 120_000 }, async () => {
    const text = readFileSync(txt, 'utf8');
    expect(text).toMatch(CARVE_OUT);
    const draft = writeText(join(dir, 'tpa-draft-2.txt'), text.replace(CARVE_OUT, ''));
    const before = decided(await briefJson(txt, decisions));
    const after = decided(await briefJson(draft, decisions));
    // The finding stays in the brief, marked; every other decision is carried unchanged.
    expect(after.get('3.3 ecommerce')).toBe('dismiss changed');
    expect(after.has('3.3 cultural-exemption')).toBe(false);
    for (const [where, decision] of after) if (where !== '3.3 ecommerce') expect(decision, where).toBe(before.get(where));
    const markdown = await brief(draft, decisions, 'markdown');
    expect(markdown).toMatch(/## Decisions to make again: changed since you decided\n\n- Article 3\.3 [^\n]*\(ecommerce\): was \*\*dismissed\*\*/);
    expect(markdown).toMatch(/1 decision\(s\) changed since you decided/);

    const review = Pane.start(`node ${BIN} review ${draft} --decisions ${decisions}`);
    try {
      const screen = await review.waitFor(/changed since you decided:/);
      expect(screen).toMatch(/Article 3\.3 Non-Discriminatory Treatment of Digital Products/);
      expect(screen).toMatch(/Decision: dismiss/);
      expect(screen).toMatch(/1 changed since you decided/);
      // Decided again, the clause is no longer flagged, and the file says so for this draft.
      review.keys('k');
      await review.waitFor(/Finding \d+ of \d+ · \d+ decided · \? help/);
      review.keys('q');
      expect(await review.waitFor(/EXITED \d+/)).toMatch(/EXITED 0/);
    } finally {
      review.stop();
    }
    expect(decided(await briefJson(draft, decisions)).get('3.3 ecommerce')).toBe('keep');
    // The first draft still reads its own decision.
    expect(decided(await briefJson(txt, decisions)).get('3.3 ecommerce')).toBe('dismiss');
  });
});
