/** The signals that end a run from outside: Ctrl-C, a closed terminal, a kill. */
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs `cleanUp` when the run is ended by a signal, then lets the signal end the process as it would
 * have (so that a shell sees 130 for Ctrl-C). Returns the function that stops watching, for when the
 * work `cleanUp` undoes is finished.
 */
export function onInterrupt(cleanUp: () => void): () => void {
  const handle = (signal: NodeJS.Signals) => {
    stop();
    cleanUp();
    process.kill(process.pid, signal);
  };
  const stop = () => {
    for (const signal of ENDING_SIGNALS) process.off(signal, handle);
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, handle);
  return stop;
}
