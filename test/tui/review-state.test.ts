import { describe, expect, it } from 'vitest';
import { emptyDecisionFile, formatDecisionFile, parseDecisionFile } from '../../src/tui/decisions.js';
import { decidedCount, decisionCounts, filterItems, initialState, reviewReducer, type KeyPress, type ReviewItem, type ReviewState } from '../../src/tui/review-state.js';

const item = (fingerprint: string, article: string): ReviewItem => ({ fingerprint, category: 'cultural-exemption', where: `Article ${article}`, article, legalForce: 'binding', excerpt: 'text', ruleIds: ['r'] });
const items = [item('a1', '1'), item('b2', '2'), item('c3', '3')];

describe('review state', () => {
  it('records a decision on the finding on screen and moves on', () => {
    let state = initialState('draft.docx', items, emptyDecisionFile());
    state = reviewReducer(state, { type: 'decide', decision: 'keep', at: 'T' });
    expect(state.index).toBe(1);
    expect(state.file.decisions.a1).toEqual({ decision: 'keep', category: 'cultural-exemption', source: 'draft.docx', article: '1', excerpt: 'text', decidedAt: 'T' });
    expect(state.dirty).toBe(true);
    expect(decidedCount(state.items, state.file)).toBe(1);
    state = reviewReducer(reviewReducer(state, { type: 'decide', decision: 'dismiss', at: 'T' }), { type: 'decide', decision: 'discuss', at: 'T' });
    expect(state.index).toBe(2); // the last one stays on screen
    expect(Object.values(state.file.decisions).map((d) => d.decision)).toEqual(['keep', 'dismiss', 'discuss']);
  });

  it('starts at the first finding without a decision, and u jumps to the next one', () => {
    const earlier = { version: 2 as const, decisions: { a1: { decision: 'keep' as const, category: 'x', source: 'draft-1.docx', article: '1', excerpt: 'e', decidedAt: 'T' }, c3: { decision: 'dismiss' as const, category: 'x', source: 'draft-1.docx', article: '3', excerpt: 'e', decidedAt: 'T' } } };
    const state = initialState('draft-2.docx', items, earlier);
    expect(state.index).toBe(1);
    expect(state.decidedNow.size).toBe(0);
    expect(reviewReducer({ ...state, index: 2 }, { type: 'nextOpen' }).index).toBe(1);
  });

  it('keeps a note on a decided finding; Esc drops the draft; an undecided finding takes none', () => {
    let state = initialState('d', items, emptyDecisionFile());
    expect(reviewReducer(state, { type: 'startNote' }).note).toBeUndefined();
    state = { ...reviewReducer(state, { type: 'decide', decision: 'discuss', at: 'T1' }), index: 0 };
    state = reviewReducer(state, { type: 'startNote' });
    for (const text of ['Ask', ' why', 'x']) state = reviewReducer(state, { type: 'typeNote', text });
    state = reviewReducer(reviewReducer(state, { type: 'eraseNote' }), { type: 'commitNote', at: 'T2' });
    expect(state.note).toBeUndefined();
    expect(state.file.decisions.a1).toMatchObject({ decision: 'discuss', note: 'Ask why', decidedAt: 'T2' });
    const dropped = reviewReducer(reviewReducer(reviewReducer(state, { type: 'startNote' }), { type: 'typeNote', text: ' later' }), { type: 'cancelNote' });
    expect(dropped.file.decisions.a1?.note).toBe('Ask why');
    // An emptied note is removed, not kept as "".
    let cleared = reviewReducer(state, { type: 'startNote' });
    for (let i = 0; i < 7; i++) cleared = reviewReducer(cleared, { type: 'eraseNote' });
    expect(reviewReducer(cleared, { type: 'commitNote', at: 'T3' }).file.decisions.a1).not.toHaveProperty('note');
  });

  it('counts decisions by kind, among the items reviewed', () => {
    let state = initialState('d', items, emptyDecisionFile());
    for (const decision of ['keep', 'keep', 'dismiss'] as const) state = reviewReducer(state, { type: 'decide', decision, at: 'T' });
    expect(decisionCounts(items, state.file)).toEqual({ keep: 2, dismiss: 1, discuss: 0, changed: 0 });
    expect(decisionCounts(items.slice(2), state.file)).toEqual({ keep: 0, dismiss: 1, discuss: 0, changed: 0 });
  });

  describe('keys, read against the state each one leaves', () => {
    const press = (state: ReviewState, input: string, named: Partial<KeyPress> = {}) => reviewReducer(state, { type: 'keys', press: { input, ...named }, at: 'T' });

    it('decides, moves and quits from typed characters, several in one event', () => {
      let state = press(initialState('d', items, emptyDecisionFile()), 'kd');
      expect(Object.values(state.file.decisions).map((d) => d.decision)).toEqual(['keep', 'dismiss']);
      state = press(state, '', { leftArrow: true });
      expect(state.index).toBe(1);
      expect(press(state, 'nq').done).toBe(true);
      expect(press(state, '', { escape: true }).done).toBe(true);
    });

    it('keeps a note on the finding it was opened on, whatever keys follow in the same burst', () => {
      let state = { ...press(initialState('d', items, emptyDecisionFile()), 'kk'), index: 1 };
      state = press(state, 'm');
      state = press(state, '', { leftArrow: true }); // ignored while writing
      state = press(state, 'note for b');
      state = press(state, '', { return: true });
      expect(state.file.decisions.b2?.note).toBe('note for b');
      expect(state.file.decisions.a1?.note).toBeUndefined();
      // Text typed in the same burst as the m is the note's first words.
      state = press(press(state, 'mthen q'), '', { return: true });
      expect(state.file.decisions.b2?.note).toBe('note for bthen q');
      expect(state.done).toBe(false);
    });

    it('keeps a note whose Enter came in the same event as its text, and makes no command of it', () => {
      let state = { ...press(initialState('d', items, emptyDecisionFile()), 'kk'), index: 1 };
      state = press(press(state, 'm'), 'Not cultural: a telecoms detail\r');
      expect(state.note).toBeUndefined();
      expect(state.file.decisions.b2?.note).toBe('Not cultural: a telecoms detail');
      // The m, the note and its Enter in one burst; line ends inside pasted text stay spaces.
      state = press(state, 'mfirst line\nsecond line\r\n');
      expect(state.note).toBeUndefined();
      expect(state.file.decisions.b2?.note).toBe('Not cultural: a telecoms detailfirst line second line');
      expect(state.file.decisions.b2?.decision).toBe('keep');
    });

    it('right after a decision, m writes the note of the finding just decided, then comes back', () => {
      // The review moves on as soon as a finding is decided: "x" then "m" is how a reviewer says why.
      let state = press(initialState('d', items, emptyDecisionFile()), 'x');
      expect(state.index).toBe(1);
      state = press(state, 'm');
      expect(state.index).toBe(0);
      expect(state.note).toBe('');
      state = press(state, 'Ask about the quota\r');
      expect(state.file.decisions.a1).toMatchObject({ decision: 'discuss', note: 'Ask about the quota' });
      // The note's letters are no commands: nothing else was decided, and the review is back where it was.
      expect(Object.keys(state.file.decisions)).toEqual(['a1']);
      expect(state.index).toBe(1);
      // Dropped with Esc, it comes back too; once the reviewer moves, m is for the finding on screen again.
      state = press(press(press(state, 'm'), 'draft'), '', { escape: true });
      expect([state.index, state.file.decisions.a1?.note]).toEqual([1, 'Ask about the quota']);
      state = press(press(state, 'n'), 'mk');
      expect(state.note).toBeUndefined();
      expect(state.file.decisions.c3?.decision).toBe('keep');
    });

    it('on a finding without a decision, m opens nothing and the next key still counts', () => {
      const state = press({ ...initialState('d', items, emptyDecisionFile()), index: 2 }, 'mk');
      expect(state.note).toBeUndefined();
      expect(state.file.decisions.c3?.decision).toBe('keep');
    });
  });

  it('moves within the list only', () => {
    const state = initialState('d', items, emptyDecisionFile());
    expect(reviewReducer(state, { type: 'previous' }).index).toBe(0);
    expect(reviewReducer({ ...state, index: 2 }, { type: 'next' }).index).toBe(2);
  });
});

describe('filterItems', () => {
  const entry = (decision: 'keep' | 'dismiss' | 'discuss') => ({ decision, category: 'cultural-exemption', source: 'a.md', article: '1', excerpt: 'text', decidedAt: '2026-01-01T00:00:00Z' });
  const file = { version: 2 as const, decisions: { a1: entry('keep'), c3: entry('discuss') } };

  it('lets through the findings in any of the states asked for, and all of them when none is asked', () => {
    expect(filterItems(items, file, new Set(['undecided'])).map((i) => i.fingerprint)).toEqual(['b2']);
    expect(filterItems(items, file, new Set(['discuss', 'keep'])).map((i) => i.fingerprint)).toEqual(['a1', 'c3']);
    expect(filterItems(items, file, new Set(['dismiss']))).toEqual([]);
    expect(filterItems(items, file, new Set())).toEqual(items);
  });
});

describe('decisions file', () => {
  it('round-trips, and says in one line what is wrong with a bad one', () => {
    const file = reviewReducer(initialState('d', items, emptyDecisionFile()), { type: 'decide', decision: 'keep', at: 'T' }).file;
    expect(parseDecisionFile(formatDecisionFile(file))).toEqual(file);
    expect(parseDecisionFile('{')).toEqual({ problem: expect.stringMatching(/^is not JSON/) });
    expect(parseDecisionFile('{"version":1,"decisions":{"a1":{"decision":"maybe"}}}')).toEqual({ problem: expect.stringMatching(/^is not a culturescan decisions file \(decisions\.a1\.decision: /) });
  });
});
