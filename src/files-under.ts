import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

/**
 * Every file under `dir` whose name `keep` accepts, by its path relative to `dir`, in a stable (sorted)
 * order; hidden files and folders and node_modules are passed over. Paths are joined by hand: the rule
 * bundle's freshness check runs this on every start over every rule file, where path.join and
 * path.relative would cost several times the stat of each file.
 */
export function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) walk(`${folder}${sep}${entry.name}`, `${prefix}${entry.name}${sep}`);
      else if (keep(entry.name)) found.push(`${prefix}${entry.name}`);
    }
  };
  walk(dir, '');
  return found.sort();
}
