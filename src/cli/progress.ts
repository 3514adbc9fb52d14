import type { Io } from './io.js';

/** How often the progress line is redrawn at most: often enough to look alive, rarely enough to cost nothing. */
const REDRAW_MS = 100;

export interface Progress {
  /** One more file done (its name shown as the current one). */
  done(file: string): void;
  /** Writes a message to stderr on a line of its own (the progress line is redrawn below it). */
  say(text: string): void;
  /** Clears the line: the run's own output and messages follow on a clean terminal. */
  finish(): void;
}

const quietProgress = (io: Io): Progress => ({ done: () => undefined, say: (text) => io.stderr(text), finish: () => undefined });

function clock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The progress line: files done of total, elapsed time, rate, and the current file (cut to the width). */
export function progressLine(done: number, total: number, elapsedMs: number, file: string, width = 100): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const head = `${done}/${total} files · ${clock(elapsedMs)} · ${rate.toFixed(1)} files/s · `;
  const room = Math.max(10, width - head.length - 1);
  return head + (file.length > room ? `…${file.slice(file.length - room + 1)}` : file);
}

/**
 * A progress line on stderr for a long run, redrawn in place, only when stderr is a terminal and the
 * user did not ask for `--quiet`: piped or logged output never carries it.
 */
export function startProgress(io: Io, total: number, quiet: boolean, now: () => number = () => performance.now()): Progress {
  const control = io.stderrControl;
  if (quiet || !io.stderrIsTty || !control) return quietProgress(io);
  const clear = () => control('\r\x1b[2K');
  const started = now();
  let count = 0;
  let drawn = -Infinity;
  // A terminal that does not tell its width (0) gets a line of a usual width.
  const width = (io.stderrColumns && io.stderrColumns > 20 ? io.stderrColumns : 100) - 1;
  let last = '';
  const draw = (file: string) => {
    last = file;
    clear();
    io.stderr(progressLine(count, total, now() - started, file, width));
  };
  return {
    done(file) {
      count++;
      const t = now();
      if (t - drawn < REDRAW_MS && count < total) return;
      drawn = t;
      draw(file);
    },
    say(text) {
      if (drawn === -Infinity) return io.stderr(text);
      clear();
      io.stderr(text);
      draw(last);
    },
    finish() {
      if (drawn === -Infinity) return;
      drawn = -Infinity;
      clear();
    },
  };
}
