import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model.js';
import { applyDecisions, formatDecisionFile, matchDecisions, parseDecisionFile, type DecisionEntry, type DecisionFile, type DecisionTarget } from '../../src/tui/decisions.js';
import { changedSinceDecided, decisionCounts, decisionOf, filterItems, initialState, reviewReducer, type ReviewItem } from '../../src/tui/review-state.js';

const entry = (decision: DecisionEntry['decision'], article: string, decidedAt = '2026-01-01T10:00:00.000Z', excerpt = 'e'): DecisionEntry => ({ decision, category: 'cultural-exemption', source: 'draft-1.txt', article, excerpt, decidedAt });
const file = (decisions: Record<string, DecisionEntry>): DecisionFile => ({ version: 2, decisions });
const target = (fingerprint: string, article: string, excerpt = 'e'): DecisionTarget => ({ fingerprint, category: 'cultural-exemption', article, excerpt });
const summary = (matches: ReturnType<typeof matchDecisions>) => Object.fromEntries([...matches].map(([print, m]) => [print, `${m.key} ${m.entry.decision}${m.changed ? ' changed' : ''}`]));

describe('matching decisions to findings', () => {
  it('finds the same clause by its fingerprint, wherever it now stands, unchanged', () => {
    expect(summary(matchDecisions([target('aaa', '9')], file({ aaa: entry('keep', '7') })))).toEqual({ aaa: 'aaa keep' });
  });

  it('finds a clause whose words changed by its category and article, and says it changed', () => {
    const decisions = file({ old: entry('dismiss', '7.2'), other: { ...entry('keep', '7.2'), category: 'policy-space' } });
    expect(summary(matchDecisions([target('new', 'Article 7.2')], decisions))).toEqual({ new: 'old dismiss changed' });
  });

  it('takes the newest decision on a place decided in several drafts, and never one that is another finding’s own', () => {
    const decisions = file({ first: entry('keep', '5', '2026-01-01T10:00:00.000Z'), second: entry('discuss', '5', '2026-02-01T10:00:00.000Z'), moved: entry('dismiss', '6') });
    // "moved" was decided on article 6, and its clause is now article 5: article 6 now holds a new clause, which has no decision.
    expect(summary(matchDecisions([target('moved', '5'), target('fresh', '6')], decisions))).toEqual({ moved: 'moved dismiss' });
    expect(summary(matchDecisions([target('reworded', '5')], decisions))).toEqual({ reworded: 'second discuss changed' });
  });

  it('carries a preamble decision made when the whole preamble was fingerprinted: unchanged while its recital reads the same', () => {
    // Preamble findings were once fingerprinted by every recital of the preamble, now by their own.
    const decisions = file({ wholePreamble: entry('keep', 'preamble', undefined, 'RECOGNISING the «right» of each Party to regulate;') });
    expect(summary(matchDecisions([target('ownRecital', 'preamble', 'RECOGNISING the right of each Party to «regulate»;')], decisions))).toEqual({ ownRecital: 'wholePreamble keep' });
    expect(summary(matchDecisions([target('ownRecital', 'preamble (PROTOCOL ON CULTURAL COOPERATION)', 'RECOGNISING the right of each Party to «regulate»;')], file({ p: entry('keep', 'preamble (PROTOCOL ON CULTURAL COOPERATION)', undefined, 'RECOGNISING the «right» of each Party to regulate;') })))).toEqual({ ownRecital: 'p keep' });
    expect(summary(matchDecisions([target('reworded', 'preamble', 'RECOGNISING the «right» of each Party to legislate;')], decisions))).toEqual({ reworded: 'wholePreamble keep changed' });
    // An article's fingerprint reads all its words: the same excerpt on other words is still a change.
    expect(summary(matchDecisions([target('article', '7', 'Nothing «applies» here.')], file({ old: entry('keep', '7', undefined, 'Nothing «applies» here.') })))).toEqual({ article: 'old keep changed' });
  });

  it('reads a version 1 file: its entries are found by article and excerpt words, unchanged when those are the same', () => {
    const v1 = JSON.stringify({ version: 1, decisions: { oldprint1: entry('dismiss', '3', undefined, 'Nothing «applies» to audiovisual services.'), oldprint2: entry('keep', '4', undefined, 'The Parties «cooperate».') } });
    const parsed = parseDecisionFile(v1);
    if ('problem' in parsed) throw new Error(parsed.problem);
    expect(parsed.version).toBe(2);
    expect(Object.values(parsed.decisions).every((e) => e.legacyKey)).toBe(true);
    const matches = matchDecisions([target('n1', '3', 'Nothing applies to «audiovisual services».'), target('n2', '4', 'The Parties «cooperate» closely.')], parsed);
    expect(summary(matches)).toEqual({ n1: 'oldprint1 dismiss', n2: 'oldprint2 keep changed' });
    // Renumbered, the same words are still found.
    expect(summary(matchDecisions([target('n1', '8', 'Nothing applies to audiovisual services.')], parsed))).toEqual({ n1: 'oldprint1 dismiss' });
    // Written back as version 2, the mark stays.
    expect(parseDecisionFile(formatDecisionFile(parsed))).toEqual(parsed);
  });
});

describe('a report read with decisions', () => {
  const finding = (fingerprint: string, articleNumber: string): Finding => ({
    fingerprint, ruleIds: ['r'], category: 'cultural-exemption', severity: 'notice', location: { articleNumber, path: [], start: 0, end: 1 }, excerpt: 'e', evidence: [], references: [], tags: [],
  });

  it('leaves out a dismissed clause, but keeps one changed since its dismissal, marked', () => {
    const { findings, review } = applyDecisions([finding('same', '2'), finding('new', '3')], file({ same: entry('dismiss', '2'), old: entry('dismiss', '3') }), 'd.json');
    expect(findings.map((f) => f.fingerprint)).toEqual(['new']);
    expect(review.dismissed.map((d) => d.finding.fingerprint)).toEqual(['same']);
    expect(review.decisions.get('new')).toEqual({ decision: 'dismiss', changed: true });
  });
});

describe('the review of a changed clause', () => {
  const item = (fingerprint: string, article: string): ReviewItem => ({ fingerprint, category: 'cultural-exemption', where: `Article ${article}`, article, legalForce: 'binding', excerpt: 'e', ruleIds: ['r'] });
  const items = [item('a', '1'), item('b', '2'), item('c2', '3'), item('d', '4')];
  const decided = file({ a: entry('keep', '1'), b: entry('keep', '2'), c1: entry('dismiss', '3') });

  it('opens on it, shows the earlier decision as changed, and u comes back to it until it is decided again', () => {
    let state = initialState('draft-2.txt', items, decided);
    expect(state.index).toBe(2);
    expect(decisionOf(state, items[2])?.decision).toBe('dismiss');
    expect(changedSinceDecided(state, items[2])).toBe(true);
    expect(decisionCounts(items, decided)).toEqual({ keep: 2, dismiss: 1, discuss: 0, changed: 1 });
    expect(filterItems(items, decided, new Set(['changed']))).toEqual([items[2]]);
    expect([0, 2, 3].map((index) => reviewReducer({ ...state, index }, { type: 'nextOpen' }).index)).toEqual([2, 3, 2]);
    state = reviewReducer(state, { type: 'decide', decision: 'keep', at: '2026-03-01T10:00:00.000Z' });
    expect(changedSinceDecided(state, items[2])).toBe(false);
    expect(state.file.decisions.c2?.decision).toBe('keep');
    expect(state.file.decisions.c1?.decision).toBe('dismiss'); // what was decided on the earlier draft stays for it
  });

  it('shows the keys on ?, and any key goes back without acting', () => {
    let state = initialState('draft-2.txt', items, decided);
    state = reviewReducer(state, { type: 'keys', press: { input: '?' }, at: 'T' });
    expect(state.help).toBe(true);
    state = reviewReducer(state, { type: 'keys', press: { input: 'k' }, at: 'T' });
    expect(state.help).toBe(false);
    expect(state.file).toBe(decided);
    expect(reviewReducer({ ...state, help: true }, { type: 'keys', press: { input: '', escape: true }, at: 'T' }).done).toBe(false);
  });
});
