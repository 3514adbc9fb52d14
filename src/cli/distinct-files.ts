import { readFile, realpath, stat } from 'node:fs/promises';
import { sha256 } from '../sha256.js';
import { firstNamed } from './first-named.js';
import type { InputFile } from './paths-expand.js';

/** A file left out as a second copy of an earlier one: the same file by another path, or the same bytes under another name. */
export interface RepeatedFile {
  file: InputFile;
  first: InputFile;
  sameFile: boolean;
}

/**
 * Which files hold distinct agreements: a file reached by a second path (a link, a folder given with
 * one of its files) or holding the same bytes as an earlier one under another name is a second copy,
 * left out in favour of the first, so that a corpus never counts an agreement twice. Only files of a
 * size another file has are read to compare their bytes. A file that cannot be looked at is kept (its
 * reading reports the problem). The copies left out are told to `say` in one line.
 */
export async function distinctFiles(files: readonly InputFile[], say: (line: string) => void): Promise<{ kept: number[]; repeated: RepeatedFile[] }> {
  const looked = await Promise.all(
    files.map(async (file) => {
      try {
        return { real: await realpath(file.absolute), size: (await stat(file.absolute)).size };
      } catch {
        return undefined;
      }
    }),
  );
  const sizes = new Map<number, number>();
  for (const l of looked) if (l) sizes.set(l.size, (sizes.get(l.size) ?? 0) + 1);
  const kept: number[] = [];
  const repeated: RepeatedFile[] = [];
  const byReal = new Map<string, number>();
  const byBytes = new Map<string, number>();
  for (const [i, file] of files.entries()) {
    const l = looked[i];
    if (!l) {
      kept.push(i);
      continue;
    }
    const samePath = byReal.get(l.real);
    if (samePath !== undefined) {
      repeated.push({ file, first: files[samePath] as InputFile, sameFile: true });
      continue;
    }
    byReal.set(l.real, i);
    if ((sizes.get(l.size) ?? 0) > 1) {
      const bytes = await readFile(l.real).then(sha256, () => undefined);
      const sameBytes = bytes === undefined ? undefined : byBytes.get(bytes);
      if (sameBytes !== undefined) {
        repeated.push({ file, first: files[sameBytes] as InputFile, sameFile: false });
        continue;
      }
      if (bytes !== undefined) byBytes.set(bytes, i);
    }
    kept.push(i);
  }
  if (repeated.length > 0) say(repeatedFilesLine(repeated));
  return { kept, repeated };
}

/** How many second copies are shown by name in the one line that says they were counted once. */
const NAMED = 3;

/** The one line that says which files were counted once: "b.txt (the same bytes as a.txt), …". */
function repeatedFilesLine(repeated: readonly RepeatedFile[]): string {
  const named = repeated.map(({ file, first, sameFile }) => `${file.display} (${sameFile ? 'the same file as' : 'the same bytes as'} ${first.display})`);
  const count = repeated.length === 1 ? 'one file is' : `${repeated.length} files are`;
  return `${count} a second copy of an agreement given before, counted once: ${firstNamed(named, NAMED)}`;
}
