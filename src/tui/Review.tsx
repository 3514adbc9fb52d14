import { Box, Text, useApp, useInput, useStdout } from 'ink';
import { useEffect, useReducer, useRef, useState } from 'react';
import { IN_SENTENCE, placeName } from '../place-names.js';
import { escapeControlCharacters } from '../report/control-characters.js';
import type { Decision, DecisionFile } from './decisions.js';
import { excerptLines } from './excerpt-lines.js';
import { changedSinceDecided, decisionCounts, decisionOf, initialState, reviewReducer, type ReviewItem } from './review-state.js';

export interface ReviewProps {
  title: string;
  source: string;
  items: ReviewItem[];
  file: DecisionFile;
  /** Said under the header: the earlier decisions no finding of this draft answers to (lapsedSummary). */
  lapsed?: string;
  /** No colour (NO_COLOR): the matched words and the note's cursor are shown by characters, not by bold and inverse. */
  plain?: boolean;
  /**
   * Writes the decisions; called after every decision, so that quitting at any moment loses nothing.
   * Returns what the file holds then, or the problem to show under the header until a save succeeds.
   */
  save(file: DecisionFile): SaveOutcome;
  /**
   * Lets the command call, when a signal ends the run (the terminal closed, a kill), a function that
   * saves at once what leaving with Ctrl-C would: a note being typed kept with its decision, and any
   * decision not yet saved. Returns the function that forgets it.
   */
  onEnding?: (saveNow: () => void) => () => void;
  now?: () => string;
}

export type SaveOutcome = { saved: DecisionFile } | { problem: string };

const DECISION_COLOURS: Record<Decision, string> = { keep: 'green', dismiss: 'gray', discuss: 'yellow' };
const EXCERPT_CHARACTERS = 700;

/** Walks a reviewer through the findings of one agreement, one at a time, and records a decision on each. */
export function Review({ title, source, items, file, lapsed, plain = false, save, onEnding, now = () => new Date().toISOString() }: ReviewProps) {
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialState(source, items, file));
  const [saveProblem, setSaveProblem] = useState<string>();
  const app = useApp();
  useRedrawOnResize();
  const latest = useRef(state);
  latest.current = state;
  useEffect(
    () =>
      onEnding?.(() => {
        // The state Ctrl-C would leave, saved now: the process ends before another render.
        const left = reviewReducer(latest.current, { type: 'keys', press: { input: 'c', ctrl: true }, at: now() });
        if (left.dirty) save(left.file);
      }),
    [onEnding, save, now],
  );

  useEffect(() => {
    if (!state.dirty) return;
    const outcome = save(state.file);
    if ('saved' in outcome) {
      setSaveProblem(undefined);
      dispatch({ type: 'saved', sent: state.file, onDisk: outcome.saved });
    } else {
      setSaveProblem(outcome.problem);
      dispatch({ type: 'notSaved' });
    }
  }, [state.dirty, state.file, save]);

  useInput((input, key) => {
    const { leftArrow, rightArrow, tab, escape, backspace, ctrl, meta } = key;
    dispatch({ type: 'keys', press: { input, leftArrow, rightArrow, tab, escape, return: key.return, backspace, delete: key.delete, ctrl, meta }, at: now() });
  });

  useEffect(() => {
    if (state.done) app.exit();
  }, [state.done, app]);

  const item = state.items[state.index];
  const counts = decisionCounts(state.items, state.file);
  const decided = counts.keep + counts.dismiss + counts.discuss;
  if (state.help) return <Help title={title} />;
  if (!item) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{title}</Text>
        <Text>No finding of the seven categories in this agreement: nothing to review. Press q to leave.</Text>
      </Box>
    );
  }
  const entry = decisionOf(state, item);
  const carried = entry !== undefined && !state.decidedNow.has(item.fingerprint);
  const changed = changedSinceDecided(state, item);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      <Text dimColor>
        Finding {state.index + 1} of {state.items.length} · {decided} decided
        {counts.changed > 0 ? ` · ${counts.changed} changed since you decided` : ''} · ? help
      </Text>
      {saveProblem ? (
        <Text bold color="red">
          {saveProblem}
        </Text>
      ) : null}
      {lapsed ? <Text color="yellow">{lapsed}</Text> : null}
      <Box flexDirection="column" borderStyle="round" paddingX={1} marginTop={1}>
        <Text>
          <Text bold color="cyan">
            {item.category}
          </Text>
          <Text> · {item.legalForce}</Text>
          {item.outsideDisputeSettlement ? <Text color="magenta"> · outside dispute settlement (Article {item.outsideDisputeSettlement})</Text> : null}
        </Text>
        <Text>{item.where}</Text>
        <Box marginTop={1}>
          <Excerpt text={item.excerpt} plain={plain} />
        </Box>
        <Text dimColor>rules: {item.ruleIds.join(', ')}</Text>
      </Box>
      <Text>
        Decision:{' '}
        {entry ? (
          <Text bold color={DECISION_COLOURS[entry.decision]}>
            {entry.decision}
            {carried ? ` (from an earlier review: ${escapeControlCharacters(entry.source)}, ${escapeControlCharacters(placeName(entry.article, IN_SENTENCE))})` : ''}
          </Text>
        ) : (
          <Text dimColor>none yet</Text>
        )}
      </Text>
      {changed ? (
        <Text bold color="red">
          changed since you decided: the words of this clause are not those you decided on; decide again (k, d or x)
        </Text>
      ) : null}
      {state.note !== undefined ? (
        <Text>
          Note (Enter keeps it, Esc drops it): {state.note}
          {plain ? '_' : <Text inverse> </Text>}
        </Text>
      ) : entry?.note ? (
        <Text>Note: {escapeControlCharacters(entry.note)}</Text>
      ) : null}
      <Text dimColor>
        {state.note !== undefined
          ? 'typing a note'
          : `k keep · d dismiss · x discuss · m note${entry ? '' : state.justDecided !== undefined ? ' on the decision just made' : ' (after a decision)'} · ← → move · u next open · ? help · q quit (all saved)`}
      </Text>
    </Box>
  );
}

/** Every key of the review, with what it does. */
export const REVIEW_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['k', 'keep: a real clause, to weigh in the negotiation'],
  ['d', 'dismiss: a false alarm, left out of the brief'],
  ['x', 'discuss: to raise with the delegation'],
  ['m', 'write a note on the decision on screen, or on the one just made (Enter keeps it, Esc drops it)'],
  ['→  n  Space', 'next finding'],
  ['←  p', 'previous finding'],
  ['u  Tab', 'next finding still open: undecided, or changed since you decided'],
  ['?', 'this help (any key closes it)'],
  ['q  Esc', 'quit: every decision is saved as you make it'],
];

/** Width of the help's column of keys: the longest ("→  n  Space") and a space. */
const KEYS_COLUMN = 13;

/** The help screen: the keys, and what a carried or changed decision means. */
function Help({ title }: { title: string }) {
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      <Text bold>Keys</Text>
      {REVIEW_KEYS.map(([keys, what]) => (
        // Two columns, so that a description wrapped in a narrow terminal stays under itself.
        <Box key={keys} paddingLeft={2}>
          <Box width={KEYS_COLUMN} flexShrink={0}>
            <Text bold>{keys}</Text>
          </Box>
          <Text>{what}</Text>
        </Box>
      ))}
      <Box marginTop={1} flexDirection="column">
        <Text>A decision from an earlier review follows its clause into other drafts and formats of the agreement.</Text>
        <Text>“changed since you decided” marks a clause whose words changed after the decision: the review opens there.</Text>
      </Box>
      <Text dimColor>Press any key to go back.</Text>
    </Box>
  );
}

/** Columns the excerpt's box leaves for text: the screen's padding, the box's border and its padding, each side. */
const EXCERPT_MARGINS = 6;

/** Home, then erase the screen below: the visible screen blank, the scrollback kept. */
const CLEAR_SCREEN = '\u001b[H\u001b[J';

/**
 * Redraws the review whole on a cleared screen whenever the window is resized. A terminal rewraps the
 * lines already drawn to its new width, so the frame drawn before no longer takes the lines Ink counts
 * when it erases it for the next one, and its top lines were left on screen (more so after a burst of
 * resizes while dragging a window's edge). Ink's own handler has laid the frame out for the new size
 * by then (it listens first); writing through Ink puts that frame back after the clear.
 */
function useRedrawOnResize(): void {
  const { stdout, write } = useStdout();
  useEffect(() => {
    const redraw = () => write(CLEAR_SCREEN);
    stdout.on('resize', redraw);
    return () => {
      stdout.off('resize', redraw);
    };
  }, [stdout, write]);
}

/** The terminal's width, kept up to date when the window is resized. */
function useColumns(): number {
  const { stdout } = useStdout();
  const [columns, setColumns] = useState(stdout.columns || 80);
  useEffect(() => {
    const resized = () => setColumns(stdout.columns || 80);
    stdout.on('resize', resized);
    return () => {
      stdout.off('resize', resized);
    };
  }, [stdout]);
  return columns;
}

/** The excerpt with the matched words (between « ») in bold, or left between « » on a screen without colour. */
function Excerpt({ text, plain }: { text: string; plain: boolean }) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const shown = flat.length > EXCERPT_CHARACTERS ? `${flat.slice(0, EXCERPT_CHARACTERS)}…` : flat;
  const lines = excerptLines(shown, useColumns() - EXCERPT_MARGINS, plain);
  return (
    <Box flexDirection="column">
      {lines.map((runs, i) => (
        <Text key={i}>
          {runs.map((run, j) =>
            run.matched ? (
              <Text key={j} bold color="yellow">
                {run.text}
              </Text>
            ) : (
              <Text key={j}>{run.text}</Text>
            ),
          )}
        </Text>
      ))}
    </Box>
  );
}
