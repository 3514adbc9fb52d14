import { lstatSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDecisions, writeDecisions } from '../../src/cli/decisions-file.js';
import { mergeDecisionFiles, type DecisionEntry, type DecisionFile } from '../../src/tui/decisions.js';
import { initialState, reviewReducer, type ReviewItem } from '../../src/tui/review-state.js';

function entry(decision: DecisionEntry['decision'], decidedAt: string, note?: string): DecisionEntry {
  return { decision, category: 'cultural-exemption', source: 'draft.txt', article: '2.1', excerpt: 'Nothing in this Agreement', decidedAt, ...(note ? { note } : {}) };
}

function file(decisions: Record<string, DecisionEntry>): DecisionFile {
  return { version: 2, decisions };
}

describe('two reviews saving to one decisions file', () => {
  it('merges by fingerprint, the newest decision winning', () => {
    const disk = file({ a: entry('keep', '2026-01-01T10:00:00.000Z'), b: entry('dismiss', '2026-01-01T12:00:00.000Z') });
    const ours = file({ b: entry('discuss', '2026-01-01T11:00:00.000Z'), c: entry('keep', '2026-01-01T11:30:00.000Z') });
    const merged = mergeDecisionFiles(disk, ours);
    expect(Object.fromEntries(Object.entries(merged.decisions).map(([k, v]) => [k, v.decision]))).toEqual({ a: 'keep', b: 'dismiss', c: 'keep' });
    expect(mergeDecisionFiles(disk, file({ b: entry('keep', '2026-01-02T00:00:00.000Z') })).decisions.b?.decision).toBe('keep');
  });

  it('a save keeps what another review saved since this one opened the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    const path = join(dir, 'decisions.json');
    const opened = readDecisions(path, 'decisions.json', 'empty'); // both sessions open an empty file
    writeDecisions(path, 'decisions.json', file({ ...opened.decisions, first: entry('keep', '2026-01-01T10:00:00.000Z') }));
    const saved = writeDecisions(path, 'decisions.json', file({ ...opened.decisions, second: entry('dismiss', '2026-01-01T10:01:00.000Z') }));
    expect(Object.keys(saved.decisions).sort()).toEqual(['first', 'second']);
    expect(Object.keys(readDecisions(path, 'decisions.json', 'error').decisions).sort()).toEqual(['first', 'second']);
  });

  it('waits for a save in progress, says so in one line when it never ends, and clears a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    const path = join(dir, 'decisions.json');
    writeFileSync(`${path}.lock`, '');
    expect(() => writeDecisions(path, 'decisions.json', file({ a: entry('keep', '2026-01-01T10:00:00.000Z') }))).toThrow(/another review is saving to this decisions file \(if none is running, remove .*decisions\.json\.lock\)/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(`${path}.lock`, old, old);
    expect(Object.keys(writeDecisions(path, 'decisions.json', file({ a: entry('keep', '2026-01-01T10:00:00.000Z') })).decisions)).toEqual(['a']);
  });

  it('writes through a symlinked decisions file instead of replacing the link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    mkdirSync(join(dir, 'shared'));
    const real = join(dir, 'shared', 'team.json');
    writeFileSync(real, JSON.stringify(file({ a: entry('keep', '2026-01-01T10:00:00.000Z') })));
    const link = join(dir, 'decisions.json');
    symlinkSync(real, link);
    writeDecisions(link, 'decisions.json', file({ b: entry('discuss', '2026-01-01T11:00:00.000Z') }));
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(Object.keys((JSON.parse(readFileSync(real, 'utf8')) as DecisionFile).decisions).sort()).toEqual(['a', 'b']);
  });
});

describe('a decisions file edited by hand while a review has it open', () => {
  it('keeps a decision changed by hand: the review saves over it only the decisions it made since', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    const path = join(dir, 'decisions.json');
    const opened = file({ a: entry('dismiss', '2026-01-01T10:00:00.000Z') });
    writeFileSync(path, JSON.stringify(opened));
    // In an editor: the dismissal becomes a keep, its time left as it was.
    writeFileSync(path, JSON.stringify(file({ a: entry('keep', '2026-01-01T10:00:00.000Z') })));
    const saved = writeDecisions(path, 'decisions.json', file({ ...opened.decisions, b: entry('discuss', '2026-01-01T10:05:00.000Z') }));
    expect(Object.fromEntries(Object.entries(saved.decisions).map(([k, v]) => [k, v.decision]))).toEqual({ a: 'keep', b: 'discuss' });
  });

  it('keeps an entry deleted by hand deleted: the review writes back only what it decided since it last read the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    const path = join(dir, 'decisions.json');
    const opened = file({ a: entry('dismiss', '2026-01-01T10:00:00.000Z'), b: entry('keep', '2026-01-01T10:01:00.000Z') });
    writeFileSync(path, JSON.stringify(opened));
    // In an editor: the entry a is deleted.
    writeFileSync(path, JSON.stringify(file({ b: entry('keep', '2026-01-01T10:01:00.000Z') })));
    const saved = writeDecisions(path, 'decisions.json', file({ ...opened.decisions, c: entry('discuss', '2026-01-01T10:05:00.000Z') }), undefined, opened);
    expect(Object.keys(saved.decisions).sort()).toEqual(['b', 'c']);
    // A decision made on it again after the deletion is written, as any new one.
    const again = writeDecisions(path, 'decisions.json', file({ ...saved.decisions, a: entry('keep', '2026-01-01T10:06:00.000Z') }), undefined, saved);
    expect(Object.keys(again.decisions).sort()).toEqual(['a', 'b', 'c']);
  });

  it('that no longer reads (a typo, or a newer version) is set aside whole, and the review\'s decisions are saved in its place, with one warning', () => {
    for (const [broken, problem] of [
      ['{"version": 2, "decisions": {', /is not JSON/],
      [JSON.stringify({ version: 3, decisions: {}, extra: true }), /was written by a newer culturescan \(decisions file version 3; this one reads versions 1 and 2\)/],
    ] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
      const path = join(dir, 'decisions.json');
      writeFileSync(path, broken);
      const warnings: string[] = [];
      const saved = writeDecisions(path, 'decisions.json', file({ a: entry('keep', '2026-01-01T10:00:00.000Z') }), (warning) => warnings.push(warning));
      expect(Object.keys(saved.decisions)).toEqual(['a']);
      expect(Object.keys(readDecisions(path, 'decisions.json', 'error').decisions)).toEqual(['a']);
      const aside = readdirSync(dir).filter((name) => name.startsWith('decisions.json.unreadable-'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]!), 'utf8')).toBe(broken);
      expect(warnings).toEqual([expect.stringMatching(new RegExp(`^${problem.source}.*; it is kept as ${aside[0]!.replace(/\./g, '\\.')}, and the decisions of this review were saved in its place$`))]);
    }
  });

  it('written by a newer version is refused, untouched, when a command only reads it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'culturescan-decisions-'));
    const path = join(dir, 'decisions.json');
    writeFileSync(path, JSON.stringify({ version: 3, decisions: {} }));
    expect(() => readDecisions(path, 'decisions.json', 'error')).toThrow(/^was written by a newer culturescan \(decisions file version 3; this one reads versions 1 and 2\): upgrade culturescan to read it$/);
  });
});

describe('notes', () => {
  const item: ReviewItem = { fingerprint: 'f1', category: 'cultural-exemption', where: 'Article 2.1', article: '2.1', legalForce: 'exception', excerpt: 'Nothing in this Agreement', ruleIds: ['r'] };

  it('a fast Backspace delivered as DEL inside typed text erases; ESC and other control characters are dropped', () => {
    let state = initialState('draft.txt', [item], file({ f1: entry('dismiss', '2026-01-01T10:00:00.000Z') }));
    state = reviewReducer(state, { type: 'startNote' });
    state = reviewReducer(state, { type: 'keys', press: { input: 'Not culturxx\u007f\u007fal\u001b[31m' }, at: '2026-01-01T10:05:00.000Z' });
    state = reviewReducer(state, { type: 'keys', press: { input: '', return: true }, at: '2026-01-01T10:05:00.000Z' });
    expect(state.file.decisions.f1?.note).toBe('Not cultural[31m');
    expect(/[\u0000-\u001f\u007f-\u009f]/.test(state.file.decisions.f1?.note ?? '')).toBe(false);
  });
});
