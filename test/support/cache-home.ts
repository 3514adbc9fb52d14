import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

// Every test file gets a cache folder of its own, in a temporary folder: a test run never reads or
// fills the user's cache of read documents (programs the tests start inherit it too). Removed when the
// file's tests are done, so that test runs do not fill the temporary folder.
const cacheHome = mkdtempSync(join(tmpdir(), 'culturescan-cache-home-'));
process.env.XDG_CACHE_HOME = cacheHome;
afterAll(() => rmSync(cacheHome, { recursive: true, force: true }));
