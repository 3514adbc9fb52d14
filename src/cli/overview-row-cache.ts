import { basename, join } from 'node:path';
import { readEntryFile, writeEntryFile } from '../ingest/extraction-cache-file.js';
import type { AgreementRow } from '../report/overview/row.js';
import { ruleSetHash } from '../rules/rules-hash.js';
import type { RuleSet } from '../rules/types.js';
import { sha256 } from '../sha256.js';
import { analysisVersion } from './overview-analysis-version.js';
import type { StatedParties } from './parties-option.js';

/**
 * The cache of overview rows: the finished row of a document, so that a second overview of the same files
 * reads a small entry instead of finding and assessing every clause again. A row is a function of
 *   the file's bytes (SHA-256) and its name (the id, and the extension that picks the reader),
 *   the rules (a hash of the rule set as compiled: built-in and `--rules` folders alike),
 *   the Parties stated with `--parties`,
 *   and the analysis version (culturescan's code, built-in data, libraries, Node: see analysisVersion);
 * all of them make the key, which the entry carries and which must match in full. The path the user
 * gave is not part of it: the row's `source` is set on the way out.
 *
 * An entry's file is named by the bytes and the settings (rules, Parties, name) but not by the analysis
 * version: a new version of culturescan overwrites its entries instead of adding to them, so the folder
 * holds at most one row per document and set of settings (about 1 KB each).
 */

/** How often the row cache answered, in this thread (the tests check that a second run used it). */
export const rowCacheCounts = { hits: 0, misses: 0 };

/** An entry is about 1 KB; anything much larger is not one. */
const ENTRY_LIMIT = 1024 * 1024;

/** A document's place in the cache: its entry's file and the key the entry must carry. */
export interface RowSlot {
  file: string;
  key: string;
}

export function rowSlot(dir: string, bytes: Uint8Array, name: string, ruleSet: RuleSet, parties: StatedParties | undefined): RowSlot {
  const digest = sha256(bytes);
  const settings = sha256(JSON.stringify({ name: basename(name), rules: ruleSetHash(ruleSet), parties: parties ?? null }));
  return { file: join(dir, `row-${digest}-${settings.slice(0, 16)}.json`), key: `row ${digest} settings ${settings} analysis ${analysisVersion()}` };
}

/** The cached row of the slot, shown as `source`, or undefined when there is none that checks out. */
export async function cachedRow(slot: RowSlot, source: string): Promise<AgreementRow | undefined> {
  const stored = await readEntryFile(slot.file, ENTRY_LIMIT);
  // The key first (cheap, and a stale or foreign entry need go no further), then the whole entry's shape.
  if ((stored as { key?: unknown } | undefined)?.key === slot.key) {
    const { rowEntrySchema } = await import('./overview-row-cache-entry.js');
    if (rowEntrySchema.safeParse(stored).success) {
      rowCacheCounts.hits++;
      return { ...(stored as { row: AgreementRow }).row, source };
    }
  }
  rowCacheCounts.misses++;
  return undefined;
}

/** Keeps a row of a file read and assessed without a problem (a failure may be the machine's, not the file's). */
export async function storeRow(slot: RowSlot, row: AgreementRow): Promise<void> {
  if (row.errors.length > 0 || row.brief !== undefined) return;
  await writeEntryFile(slot.file, { key: slot.key, row });
}
