import { isAbsolute, join } from 'node:path';

/**
 * The folder of the cache of read documents: `$XDG_CACHE_HOME/culturescan`, else `~/.cache/culturescan`
 * (the XDG base-directory rule: a relative XDG_CACHE_HOME is ignored).
 */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, home: string): string {
  const xdg = env.XDG_CACHE_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, '.cache'), 'culturescan');
}
