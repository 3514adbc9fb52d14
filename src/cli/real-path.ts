import { realpathSync } from 'node:fs';

/** A path with its symlinks resolved, or as it is when it does not exist yet. */
export function realPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
