import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const SHARED = join(import.meta.dirname, '../../../shared/tota');

/**
 * Agreements to mutate: the sample ToTA file, and when ../shared is beside the project every `step`-th
 * real one from `first` on (the tests that use them run on the sample alone without it).
 */
export function mutationBases(first: number, step: number): string[] {
  const bases = [readFileSync(join(FIXTURES, 'tota-mini.xml'), 'utf8')];
  if (existsSync(SHARED)) {
    const files = readdirSync(SHARED).filter((f) => f.endsWith('.xml')).sort();
    for (let k = first; k < files.length; k += step) bases.push(readFileSync(join(SHARED, files[k] as string), 'utf8'));
  }
  return bases;
}

export interface XmlMutation {
  trial: number;
  mutated: string;
  /** Where the mutation was made, to show the text around it when a test fails. */
  at: number;
}

/**
 * `trials` mutations of one document, seeded so that a failure repeats. Mutations near markup are the
 * interesting ones: each picks a '<' at random and, a few characters from it, deletes one character,
 * inserts one of `inserts`, or (the third kind) cuts the document there or inserts before the tag itself.
 */
export function* xmlMutations(xml: string, options: { seed: number; trials: number; inserts: readonly string[]; third: 'cut' | 'insert-before-tag' }): Generator<XmlMutation> {
  let seed = options.seed;
  const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % below);
  const insert = () => options.inserts[random(options.inserts.length)] as string;
  for (let trial = 0; trial < options.trials; trial++) {
    const lt = xml.indexOf('<', random(xml.length));
    const at = (lt < 0 ? random(xml.length) : lt) + random(24);
    const kind = random(3);
    const mutated =
      kind === 0 ? xml.slice(0, at) + xml.slice(at + 1)
      : kind === 1 ? xml.slice(0, at) + insert() + xml.slice(at)
      : options.third === 'cut' ? xml.slice(0, at)
      : xml.slice(0, lt) + insert() + xml.slice(lt); // before a tag: mostly stays well-formed
    yield { trial, mutated, at };
  }
}
