/** Exit codes of every command, in one place so that commands and docs cannot drift apart. */
export const EXIT = {
  ok: 0,
  /** The run worked and a gate (e.g. --fail-on) says the text fails. */
  gateFailed: 1,
  /** Bad arguments, bad rules, or nothing could be read. */
  usage: 2,
} as const;
