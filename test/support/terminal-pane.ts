import { execFileSync, spawnSync } from 'node:child_process';
import { PACKAGE_ROOT } from '../../src/paths.js';

/** Whether tmux is here: the terminal tests skip (with a message) without it. */
export const tmux = spawnSync('tmux', ['-V']).status === 0;

/** A real terminal: the review runs in a tmux pane, read with capture-pane and driven with send-keys. */
export class Pane {
  private constructor(readonly name: string) {}

  /** The command runs with CI=true (in a terminal of `columns` columns, 40 rows), as on a CI machine, where Ink would draw only its last frame unless the review prevents it. */
  static start(command: string, columns = 120): Pane {
    const name = `culturescan-review-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
    const args = ['new-session', '-d', '-s', name, '-x', String(columns), '-y', '40', '-c', PACKAGE_ROOT, `CI=true ${command}; echo "EXITED $?"; sleep 60`];
    // Test files run side by side: when one ends the tmux server's last session just as another starts
    // a session, the new client can meet the server on its way out; a second try starts a fresh server.
    for (let attempt = 1; ; attempt++) {
      const started = spawnSync('tmux', args, { encoding: 'utf8' });
      if (started.status === 0) return new Pane(name);
      if (attempt === 3 || !/server exited unexpectedly/.test(started.stderr)) throw new Error(`tmux could not start the pane: ${started.stderr.trim()}`);
    }
  }

  text(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-t', this.name], { encoding: 'utf8' });
  }

  /** The screen with its colour and style escapes, as the terminal received them. */
  styled(): string {
    return execFileSync('tmux', ['capture-pane', '-p', '-e', '-t', this.name], { encoding: 'utf8' });
  }

  /** Resizes the terminal, as dragging a window's edge does. */
  resize(columns: number, rows = 40): void {
    execFileSync('tmux', ['resize-window', '-t', this.name, '-x', String(columns), '-y', String(rows)]);
  }

  keys(...keys: string[]): void {
    execFileSync('tmux', ['send-keys', '-t', this.name, ...keys]);
  }

  async waitFor(pattern: RegExp, seconds = 15): Promise<string> {
    const until = Date.now() + seconds * 1000;
    for (;;) {
      const text = this.text();
      if (pattern.test(text)) return text;
      if (Date.now() > until) throw new Error(`the pane never showed ${pattern}; it shows:\n${text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  stop(): void {
    spawnSync('tmux', ['kill-session', '-t', this.name]);
  }
}
