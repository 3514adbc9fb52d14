import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The system's Chromium, when installed: the HTML reports are checked in a real browser. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/**
 * Runs the system's Chromium headless and offline with a throw-away profile, so that a run depends on
 * nothing but the page; the profile (a few megabytes) is removed after it, so test runs do not fill
 * the temporary folder.
 */
export function runChromium(args: readonly string[]): string {
  const profile = mkdtempSync(join(tmpdir(), 'chromium-'));
  try {
    return execFileSync(CHROMIUM!, [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...args,
    ], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000, maxBuffer: 1 << 28, encoding: 'utf8' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

function run(extra: readonly string[], page: string): string {
  return runChromium([...extra, `file://${page}`]);
}

/** A PNG screenshot of a local page at the given window size. */
export function screenshot(page: string, shot: string, size: readonly [number, number]): void {
  run([`--screenshot=${shot}`, `--window-size=${size[0]},${size[1]}`], page);
}

/** The page's DOM as Chromium has it once loaded and its scripts have run. */
export function renderedDom(page: string): string {
  return run(['--dump-dom'], page);
}
