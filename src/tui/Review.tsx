import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useReducer } from 'react';
import type { Decision, DecisionFile } from './decisions.js';
import { decidedCount, decisionOf, initialState, reviewReducer, type ReviewItem } from './review-state.js';

export interface ReviewProps {
  title: string;
  source: string;
  items: ReviewItem[];
  file: DecisionFile;
  /** Writes the decisions; called after every decision, so that quitting at any moment loses nothing. */
  save(file: DecisionFile): void;
  now?: () => string;
}

const KEYS: Record<string, Decision> = { k: 'keep', d: 'dismiss', x: 'discuss' };
const DECISION_COLOURS: Record<Decision, string> = { keep: 'green', dismiss: 'gray', discuss: 'yellow' };
const EXCERPT_CHARACTERS = 700;

/** Walks a reviewer through the findings of one agreement, one at a time, and records a decision on each. */
export function Review({ title, source, items, file, save, now = () => new Date().toISOString() }: ReviewProps) {
  const [state, dispatch] = useReducer(reviewReducer, undefined, () => initialState(source, items, file));
  const app = useApp();

  useEffect(() => {
    if (!state.dirty) return;
    save(state.file);
    dispatch({ type: 'saved' });
  }, [state.dirty, state.file, save]);

  useInput((input, key) => {
    if (state.note !== undefined) {
      // Writing a note: keys are text until Enter keeps it or Esc drops it.
      if (key.return) dispatch({ type: 'commitNote', at: now() });
      else if (key.escape) dispatch({ type: 'cancelNote' });
      else if (key.backspace || key.delete) dispatch({ type: 'eraseNote' });
      else if (input && !key.ctrl && !key.meta) dispatch({ type: 'typeNote', text: input.replace(/[\r\n\t]/g, ' ') });
      return;
    }
    if (key.escape) return app.exit();
    if (key.rightArrow) return dispatch({ type: 'next' });
    if (key.leftArrow) return dispatch({ type: 'previous' });
    if (key.tab) return dispatch({ type: 'nextOpen' });
    // Keys typed faster than the screen redraws arrive together: each counts.
    for (const ch of input) {
      if (ch === 'q') return app.exit();
      if (ch === 'n' || ch === ' ') dispatch({ type: 'next' });
      else if (ch === 'p') dispatch({ type: 'previous' });
      else if (ch === 'u') dispatch({ type: 'nextOpen' });
      else if (ch === 'm') return dispatch({ type: 'startNote' }); // the rest of the chunk is the note's
      else if (KEYS[ch]) dispatch({ type: 'decide', decision: KEYS[ch] as Decision, at: now() });
    }
  });

  const item = state.items[state.index];
  const decided = decidedCount(state);
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
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{title}</Text>
      <Text dimColor>
        Finding {state.index + 1} of {state.items.length} · {decided} decided
      </Text>
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
          <Excerpt text={item.excerpt} />
        </Box>
        <Text dimColor>rules: {item.ruleIds.join(', ')}</Text>
      </Box>
      <Text>
        Decision:{' '}
        {entry ? (
          <Text bold color={DECISION_COLOURS[entry.decision]}>
            {entry.decision}
            {carried ? ` (from an earlier review: ${entry.source}, article ${entry.article})` : ''}
          </Text>
        ) : (
          <Text dimColor>none yet</Text>
        )}
      </Text>
      {state.note !== undefined ? (
        <Text>
          Note (Enter keeps it, Esc drops it): {state.note}
          <Text inverse> </Text>
        </Text>
      ) : entry?.note ? (
        <Text>Note: {entry.note}</Text>
      ) : null}
      <Text dimColor>
        {state.note !== undefined
          ? 'typing a note'
          : `k keep · d dismiss · x discuss · m note${entry ? '' : ' (after a decision)'} · ← → or p n move · u next undecided · q quit (saved as you go)`}
      </Text>
    </Box>
  );
}

/** The excerpt with the matched words (between « ») in bold. */
function Excerpt({ text }: { text: string }) {
  const flat = text.replace(/\s+/g, ' ').trim();
  const shown = flat.length > EXCERPT_CHARACTERS ? `${flat.slice(0, EXCERPT_CHARACTERS)}…` : flat;
  const parts = shown.split(/(«[^»]*»)/);
  return (
    <Text>
      {parts.map((part, i) =>
        part.startsWith('«') ? (
          <Text key={i} bold color="yellow">
            {part.slice(1, -1)}
          </Text>
        ) : (
          <Text key={i}>{part}</Text>
        ),
      )}
    </Text>
  );
}
