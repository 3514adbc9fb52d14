import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every test file gets a cache folder of its own, in a temporary folder: a test run never reads or
// fills the user's cache of read documents (programs the tests start inherit it too).
process.env.XDG_CACHE_HOME = mkdtempSync(join(tmpdir(), 'culturescan-cache-home-'));
