import type { AssessedFinding } from '../assess/types.js';
import { escapeControlCharacters, stripControlCharacters } from '../report/control-characters.js';
import type { Decision, DecisionEntry, DecisionFile } from './decisions.js';

/** One finding as the review shows it. */
export interface ReviewItem {
  fingerprint: string;
  category: string;
  /** "Article 7.2 — Chapter 7 Trade in Services", "Preamble". */
  where: string;
  article: string;
  legalForce: string;
  /** The article that keeps dispute settlement away from this finding, when one does. */
  outsideDisputeSettlement?: string;
  excerpt: string;
  ruleIds: string[];
}

export interface ReviewState {
  source: string;
  items: ReviewItem[];
  /** The item on screen. */
  index: number;
  /** Every decision known: those of earlier reviews (other drafts too) and this one's. */
  file: DecisionFile;
  /** Fingerprints decided in this session, to tell them from decisions carried over. */
  decidedNow: ReadonlySet<string>;
  /** Set when the file has changed since it was last written. */
  dirty: boolean;
  /** The note being written for the finding on screen (keys then go to it), if one is. */
  note?: string;
  /** The reviewer asked to leave. */
  done: boolean;
}

/** One key event as the terminal delivers it: typed text (several characters when typed fast) or a named key. */
export interface KeyPress {
  input: string;
  leftArrow?: boolean;
  rightArrow?: boolean;
  tab?: boolean;
  escape?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  ctrl?: boolean;
  meta?: boolean;
}

const DECISION_KEYS: Record<string, Decision> = { k: 'keep', d: 'dismiss', x: 'discuss' };

export type ReviewAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'nextOpen' }
  | { type: 'decide'; decision: Decision; at: string }
  | { type: 'saved' }
  /** Opens the note of a decided finding for writing (a finding needs a decision before a note). */
  | { type: 'startNote' }
  | { type: 'typeNote'; text: string }
  | { type: 'eraseNote' }
  | { type: 'commitNote'; at: string }
  | { type: 'cancelNote' }
  /** A key event, read against the state as it is after the events before it. */
  | { type: 'keys'; press: KeyPress; at: string };

/**
 * The review's items: findings of the seven categories, in document order (informational kinds are
 * the assessment's, not the reviewer's). Their words are the agreement's: control characters are shown, not obeyed.
 */
export function reviewItems(findings: readonly AssessedFinding[], categories: ReadonlySet<string>, where: (finding: AssessedFinding) => string): ReviewItem[] {
  return findings
    .filter((f) => categories.has(f.category))
    .map((f) => ({
      fingerprint: f.fingerprint,
      category: f.category,
      where: escapeControlCharacters(where(f)),
      article: f.location.articleNumber,
      legalForce: f.legalForce,
      ...(f.disputeSettlementExcluded ? { outsideDisputeSettlement: f.disputeSettlementExcluded.articleNumber } : {}),
      excerpt: escapeControlCharacters(f.excerpt),
      ruleIds: f.ruleIds,
    }));
}

export function initialState(source: string, items: ReviewItem[], file: DecisionFile): ReviewState {
  const first = items.findIndex((item) => !file.decisions[item.fingerprint]);
  return { source, items, index: Math.max(0, first), file, decidedNow: new Set(), dirty: false, done: false };
}

export function decisionOf(state: ReviewState, item: ReviewItem | undefined): DecisionEntry | undefined {
  return item ? state.file.decisions[item.fingerprint] : undefined;
}

/** How many of the items have a decision, from this review or an earlier one. */
export function decidedCount(items: readonly ReviewItem[], file: DecisionFile): number {
  const counts = decisionCounts(items, file);
  return counts.keep + counts.dismiss + counts.discuss;
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  const last = Math.max(0, state.items.length - 1);
  // While a note is being written, only the note's own actions apply.
  const moving = action.type === 'next' || action.type === 'previous' || action.type === 'nextOpen' || action.type === 'decide';
  if (state.note !== undefined && moving) return state;
  switch (action.type) {
    case 'keys':
      return applyKeys(state, action.press, action.at);
    case 'next':
      return { ...state, index: Math.min(last, state.index + 1) };
    case 'previous':
      return { ...state, index: Math.max(0, state.index - 1) };
    case 'nextOpen': {
      const after = state.items.findIndex((item, i) => i > state.index && !state.file.decisions[item.fingerprint]);
      const any = state.items.findIndex((item) => !state.file.decisions[item.fingerprint]);
      return { ...state, index: after >= 0 ? after : any >= 0 ? any : state.index };
    }
    case 'decide': {
      const item = state.items[state.index];
      if (!item) return state;
      const entry: DecisionEntry = { decision: action.decision, category: item.category, source: state.source, article: item.article, excerpt: item.excerpt, decidedAt: action.at };
      return {
        ...state,
        file: { ...state.file, decisions: { ...state.file.decisions, [item.fingerprint]: entry } },
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        index: Math.min(last, state.index + 1),
        dirty: true,
      };
    }
    case 'saved':
      return { ...state, dirty: false };
    case 'startNote': {
      const entry = decisionOf(state, state.items[state.index]);
      return entry ? { ...state, note: entry.note ?? '' } : state;
    }
    case 'typeNote':
      return state.note === undefined ? state : { ...state, note: typeInto(state.note, action.text) };
    case 'eraseNote':
      return state.note === undefined ? state : { ...state, note: state.note.slice(0, -1) };
    case 'cancelNote':
      return { ...state, note: undefined };
    case 'commitNote': {
      const item = state.items[state.index];
      const entry = decisionOf(state, item);
      if (!item || !entry || state.note === undefined) return { ...state, note: undefined };
      const { note: _old, ...rest } = entry;
      const text = state.note.trim();
      const updated: DecisionEntry = { ...rest, ...(text ? { note: text } : {}), decidedAt: action.at };
      return {
        ...state,
        note: undefined,
        file: { ...state.file, decisions: { ...state.file.decisions, [item.fingerprint]: updated } },
        decidedNow: new Set([...state.decidedNow, item.fingerprint]),
        dirty: true,
      };
    }
  }
}

/**
 * A note after typed text: a terminal delivers a fast Backspace as DEL (or BS) inside the text, which
 * erases, as the reviewer meant; other control characters (ESC of a stray sequence ...) are dropped.
 */
function typeInto(note: string, typed: string): string {
  let out = note;
  for (const ch of typed) {
    if (ch === '\u007f' || ch === '\b') out = [...out].slice(0, -1).join('');
    else out += stripControlCharacters(ch);
  }
  return out;
}

/**
 * What a key event does. In a note, text goes to the note until Enter keeps it or Esc drops it.
 * Otherwise each typed character is a command, read in turn, so that fast typing loses nothing: the
 * characters after an `m` that opens a note are the note's first words.
 */
function applyKeys(state: ReviewState, press: KeyPress, at: string): ReviewState {
  if (state.note !== undefined) {
    if (press.return) return reviewReducer(state, { type: 'commitNote', at });
    if (press.escape) return reviewReducer(state, { type: 'cancelNote' });
    if (press.backspace || press.delete) return reviewReducer(state, { type: 'eraseNote' });
    if (press.input && !press.ctrl && !press.meta) return reviewReducer(state, { type: 'typeNote', text: press.input.replace(/[\r\n\t]/g, ' ') });
    return state;
  }
  if (press.escape) return { ...state, done: true };
  if (press.rightArrow) return reviewReducer(state, { type: 'next' });
  if (press.leftArrow) return reviewReducer(state, { type: 'previous' });
  if (press.tab) return reviewReducer(state, { type: 'nextOpen' });
  if (press.ctrl || press.meta) return state;
  let next = state;
  const characters = [...press.input];
  for (let k = 0; k < characters.length; k++) {
    if (next.note !== undefined) return reviewReducer(next, { type: 'typeNote', text: characters.slice(k).join('') });
    const ch = characters[k] as string;
    if (ch === 'q') return { ...next, done: true };
    const decision = DECISION_KEYS[ch];
    if (decision) next = reviewReducer(next, { type: 'decide', decision, at });
    else if (ch === 'n' || ch === ' ') next = reviewReducer(next, { type: 'next' });
    else if (ch === 'p') next = reviewReducer(next, { type: 'previous' });
    else if (ch === 'u') next = reviewReducer(next, { type: 'nextOpen' });
    else if (ch === 'm') next = reviewReducer(next, { type: 'startNote' });
  }
  return next;
}

/** How many of the items carry each decision. */
/** What `review --only` can ask for: the findings still open, or those given one decision. */
export const REVIEW_FILTERS = ['undecided', 'keep', 'dismiss', 'discuss'] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

/** The items the filters let through (any of them), judged by the decisions known when the review opens. */
export function filterItems(items: readonly ReviewItem[], file: DecisionFile, filters: ReadonlySet<ReviewFilter>): ReviewItem[] {
  if (filters.size === 0) return [...items];
  return items.filter((item) => filters.has(file.decisions[item.fingerprint]?.decision ?? 'undecided'));
}

export function decisionCounts(items: readonly ReviewItem[], file: DecisionFile): Record<Decision, number> {
  const counts: Record<Decision, number> = { keep: 0, dismiss: 0, discuss: 0 };
  for (const item of items) {
    const entry = file.decisions[item.fingerprint];
    if (entry) counts[entry.decision]++;
  }
  return counts;
}
