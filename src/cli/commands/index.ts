import type { Command } from '../command.js';
import { compareCommand } from './compare.js';
import { evalCommand } from './eval.js';
import { inspectCommand } from './inspect.js';
import { lineageCommand } from './lineage.js';
import { overviewCommand } from './overview.js';
import { reportCommand } from './report.js';
import { reviewCommand } from './review.js';
import { rulesCommand } from './rules.js';
import { scanCommand } from './scan.js';

/** Every sub-command, in the order `--help` lists them. */
export const commands: Command[] = [inspectCommand, scanCommand, overviewCommand, reportCommand, reviewCommand, compareCommand, lineageCommand, evalCommand, rulesCommand];
