import { EXIT } from './errors.js';
import { isUserError } from '../errors.js';
import type { Io } from './io.js';
import { commands } from './commands/index.js';
import { fitHelp } from './help-width.js';
import { didYouMean } from './suggest.js';
import { packageVersion } from './version.js';
import { escapeControlCharacters } from '../report/control-characters.js';

/**
 * Every line a command prints, report or message, goes out with its control characters shown, not
 * obeyed: agreement text and file names are the counterpart's, and may carry terminal escapes. (The
 * review draws on the terminal itself, and escapes what it shows.)
 */
function terminalSafe(io: Io): Io {
  return {
    ...io,
    stdout: (text) => io.stdout(escapeControlCharacters(text)),
    stderr: (text) => io.stderr(escapeControlCharacters(text)),
  };
}

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'culturescan — finds cultural clauses, e-commerce provisions and references to the 2005 UNESCO',
    'Convention in trade agreements, and assesses them against Arts. 16 and 21 and guidelines paras. 18-19.',
    '',
    'Usage: culturescan <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `culturescan help <command>` (or `culturescan <command> --help`) for a command\'s options.',
    'Add --debug to see stack traces, --version for the version, --no-cache to read every file afresh',
    '(PDF and Word files are otherwise read once and kept in $XDG_CACHE_HOME/culturescan, else',
    '~/.cache/culturescan).',
    '',
  ].join('\n');
}

/** --no-cache, like --debug, holds for every command: files are read afresh, and the cache is left alone. */
function withoutCache(io: Io): Io {
  const { cacheDir: _, ...uncached } = io;
  return uncached;
}

/** Runs one CLI invocation and returns its exit code. Never touches `process`. */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  const io = terminalSafe(argv.includes('--no-cache') ? withoutCache(rawIo) : rawIo);
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug' && a !== '--no-cache');
  if (args[0] === '--version') {
    io.stdout(`culturescan ${packageVersion()}\n`);
    return EXIT.ok;
  }
  // `culturescan help scan` is `culturescan scan --help`.
  const asksHelpFor = args[0] === 'help' && args.length > 1;
  const [name, ...rest] = asksHelpFor ? [args[1]!, '--help'] : args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(fitHelp(overview()));
    return name ? EXIT.ok : EXIT.usage;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    const hint = didYouMean(name, commands.map((c) => c.name)) || '; run `culturescan --help` for the list';
    io.stderr(`culturescan: unknown command '${name}'${hint}\n`);
    return EXIT.usage;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(fitHelp(command.usage.endsWith('\n') ? command.usage : `${command.usage}\n`));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`${error.toLine()}\n`);
      if (debug && error.stack) io.stderr(`${error.stack}\n`);
      return EXIT.usage;
    }
    if (debug) throw error;
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`culturescan: internal error: ${message} (run again with --debug for details)\n`);
    return EXIT.usage;
  }
}
