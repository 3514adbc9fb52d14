import { UserError } from '../errors.js';
import type { ScanOptions } from '../engine/index.js';

/** The variable that raises (or lowers) the time the rules may take over one document. */
const TIME_BUDGET_VARIABLE = 'CULTURESCAN_DOCUMENT_SECONDS';

/** The engine's options from the environment: `CULTURESCAN_DOCUMENT_SECONDS=300` gives each document five minutes. */
export function scanOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): ScanOptions {
  const value = env[TIME_BUDGET_VARIABLE];
  if (value === undefined || value === '') return {};
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UserError(`${TIME_BUDGET_VARIABLE} must be a number of seconds above 0 (got '${value}')`);
  return { timeBudgetMs: seconds * 1000 };
}
