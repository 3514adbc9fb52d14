import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The system's Chromium, when installed: the HTML reports are checked in a real browser. */
export const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

/** Headless, offline and with a throw-away profile, so that a run depends on nothing but the page. */
function run(extra: readonly string[], page: string): string {
  return execFileSync(CHROMIUM!, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-'))}`,
    ...extra, `file://${page}`,
  ], { stdio: ['ignore', 'pipe', 'ignore'], timeout: 120_000, maxBuffer: 1 << 28, encoding: 'utf8' });
}

/** A PNG screenshot of a local page at the given window size. */
export function screenshot(page: string, shot: string, size: readonly [number, number]): void {
  run([`--screenshot=${shot}`, `--window-size=${size[0]},${size[1]}`], page);
}

/** The page's DOM as Chromium has it once loaded and its scripts have run. */
export function renderedDom(page: string): string {
  return run(['--dump-dom'], page);
}
