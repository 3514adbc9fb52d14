import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { escapeControlCharacters } from '../../report/control-characters.js';
import { locationWords } from '../../report/brief/words.js';
import { decisionTarget, lapsedDecisions, type DecisionFile } from '../../tui/decisions.js';
import { lapsedSummary } from '../../tui/lapsed-summary.js';
import type { SaveOutcome } from '../../tui/Review.js';
import { decidedCount, decisionCounts, filterItems, REVIEW_FILTERS, reviewItems } from '../../tui/review-state.js';
import { parseCommandArgs } from '../args.js';
import { readAssessed } from '../assessed.js';
import { keepUnsaved, readDecisions, writeDecisions } from '../decisions-file.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { onInterrupt } from '../interrupt.js';
import { partiesHelp, PARTIES_SPEC, partiesOption } from '../parties-option.js';
import { categoriesOption, checkNames, loadRules, splitList } from '../scan-options.js';

const DEFAULT_DECISIONS = 'culturescan-decisions.json';

const USAGE = `Usage: culturescan review FILE [--decisions FILE] [--category C] [--only STATE] [--parties LIST] [--rules DIR]

Walks you through the findings of one agreement in the terminal, one at a time, with its category,
place, legal force and the words that matched, and records what you decide on each: keep, dismiss or
discuss. Decisions are written to the decisions file as you go. They follow each finding by its
fingerprint, made of the words of its clause: the same file answers for the .txt, .docx and .pdf
of one agreement and for a renumbered draft. A clause whose words changed since you decided is
found again by its article and shown "changed since you decided"; the review opens there.

Keys: k keep · d dismiss · x discuss · m note on the decision on screen or just made ·
← → (or p n) move · u next undecided or changed · ? help · q quit

Options:
  --decisions FILE  where decisions are kept (default: ${DEFAULT_DECISIONS} in the current directory)
  --category C      review only these categories (comma-separated or repeated)
  --only STATE      review only the findings that are undecided, decided keep, dismiss or discuss,
                    or changed since decided, in the decisions file (comma-separated or repeated):
                    --only discuss before a meeting, --only changed on a new draft
${partiesHelp(20)}
  --rules DIR       add the rules in DIR over the built-in ones, overriding by id (repeatable)`;

export const reviewCommand: Command = {
  name: 'review',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('review', args, {
      decisions: { type: 'string' },
      category: { type: 'string', multiple: true },
      only: { type: 'string', multiple: true },
      rules: { type: 'string', multiple: true },
      ...PARTIES_SPEC,
    });
    if (positionals.length !== 1) throw new UserError(`review: expected one FILE, got ${positionals.length} (see culturescan review --help)`);
    const categories = categoriesOption(values.category);
    const only = new Set(checkNames('only', splitList(values.only), REVIEW_FILTERS));
    const typedDecisions = values.decisions ?? DEFAULT_DECISIONS;
    const decisionsPath = resolve(io.cwd, typedDecisions);
    const rules = await loadRules(values.rules ?? [], io.cwd);
    const { doc, assessment } = await readAssessed(positionals[0]!, rules, io, undefined, partiesOption(values.parties, 1)[0]);
    const file = readDecisions(decisionsPath, typedDecisions, 'empty');
    const found = reviewItems(assessment.findings, new Set(categories), (f) => locationWords(f.location));
    const items = filterItems(found, file, only);
    const lapsed = lapsedSummary(lapsedDecisions(assessment.findings.map(decisionTarget), file).filter((d) => categories.length === 0 || new Set<string>(categories).has(d.category)));
    if (found.length > 0 && items.length === 0) {
      io.stdout(`nothing to review: none of the ${found.length} findings is ${[...only].join(' or ')} in ${typedDecisions}\n`);
      return EXIT.ok;
    }
    const terminal = io.terminal;
    if (!terminal) throw new UserError('review: needs an interactive terminal (standard input and output must not be redirected); use scan or report to write findings to a file');
    // Written once before the review starts, so that a file that cannot be written is said now, not after the first decision.
    const warnings = new Set<string>();
    // The file as this review last read or wrote it: what the review decides beyond it is what a save writes.
    let base = writeDecisions(decisionsPath, typedDecisions, file, (warning) => warnings.add(warning), file);
    // While saves fail, the review goes on: its decisions are held, and kept in one copy beside the file.
    let unsaved: { problem: UserError; kept: string | undefined; file: DecisionFile } | undefined;
    const save = (next: DecisionFile): SaveOutcome => {
      try {
        base = writeDecisions(decisionsPath, typedDecisions, next, (warning) => warnings.add(warning), base);
        if (unsaved?.kept) rmSync(unsaved.kept, { force: true });
        unsaved = undefined;
        return { saved: base };
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        const kept = keepUnsaved(decisionsPath, next, unsaved?.kept);
        unsaved = { problem: error, kept, file: next };
        const where = kept ? `kept in ${kept}` : 'held by this review only (no folder could be written): do not quit yet';
        return { problem: `Not saved to ${typedDecisions}: ${error.message}. Your decisions are ${where}; each decision tries the file again.` };
      }
    };
    // Ink and React load only for this command. Ink draws nothing but the last frame when it believes it
    // runs under CI (it reads these variables once, on loading); the review has a terminal by now and
    // is useless without its frames, so they are cleared first.
    delete process.env.CI;
    delete process.env.CONTINUOUS_INTEGRATION;
    // NO_COLOR (any non-empty value) asks for no colour; Ink's colour library reads FORCE_COLOR, not NO_COLOR.
    if (process.env.NO_COLOR) process.env.FORCE_COLOR = '0';
    const [{ render }, { createElement }, { Review }] = await Promise.all([import('ink'), import('react'), import('../../tui/Review.js')]);
    // A closed terminal (SIGHUP) or a kill (SIGTERM) ends the review as Ctrl-C does, a note being typed
    // kept: the review saves it before the signal ends the process.
    let saveNow: (() => void) | undefined;
    const stopWatching = onInterrupt(() => saveNow?.());
    const app = render(
      createElement(Review, {
        title: escapeControlCharacters(`${doc.title} (${doc.source})`),
        source: doc.source,
        items,
        file,
        ...(lapsed ? { lapsed } : {}),
        plain: Boolean(process.env.NO_COLOR),
        save,
        onEnding: (saving: () => void) => {
          saveNow = saving;
          return () => {
            saveNow = undefined;
          };
        },
      }),
      // Ctrl-C reaches the review, which leaves as q does, keeping a note being typed: Ink would exit at once and drop it.
      { stdin: terminal.stdin, stdout: terminal.stdout, exitOnCtrlC: false },
    );
    await app.waitUntilExit();
    stopWatching();
    for (const warning of warnings) io.stderr(`culturescan: ${typedDecisions}: warning: ${warning}\n`);
    // The last save failed: one more try on leaving (the disk may have been freed since), else the one line that says where the decisions are.
    if (unsaved) save(unsaved.file);
    if (unsaved) {
      const { problem, kept } = unsaved;
      throw kept ? new UserError(`${problem.message}; this review's decisions are kept in ${kept}`, problem.file) : problem;
    }
    // Counted from the file as it is now: another review saving to it meanwhile is merged in, and counted.
    const last = readDecisions(decisionsPath, typedDecisions, 'empty');
    const counts = decisionCounts(items, last);
    const changed = counts.changed > 0 ? `, ${counts.changed} changed since you decided` : '';
    io.stdout(`${decidedCount(items, last)} of ${items.length} findings decided (${counts.keep} keep, ${counts.dismiss} dismiss, ${counts.discuss} discuss${changed}); decisions in ${typedDecisions}\n`);
    if (lapsed) io.stdout(`${lapsed}\n`);
    return EXIT.ok;
  },
};
