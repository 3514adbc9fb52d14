import { posix } from 'node:path';
import { UserError } from '../errors.js';
import { inputLimits } from '../input-limits.js';
import type { DocxParts, OptionalPart } from './docx-text.js';
import { decodeXmlReferences } from './xml-references.js';
import { wholeUpToLast } from './xml-cut-short.js';
import { readZipParts } from './zip-guard.js';

/**
 * The parts of a Word package (an Office Open XML zip) that hold its text: the main document, found
 * through the package's relationships, and the styles, numbering, footnotes and endnotes it relates to.
 * An archive cut short is read as far as its parts are whole, told to `warnings`.
 */
export function docxParts(bytes: Uint8Array, name: string, warnings: string[]): DocxParts {
  // Every part is inflated under the decompression-bomb limits; only the XML parts are kept.
  const archive = readZipParts(bytes, inputLimits(), (part) => part.endsWith('.xml') || part.endsWith('.rels'));
  if (typeof archive === 'string') throw new UserError(archive, name);
  const { parts, directoryLost, cutPart } = archive;
  const text = (path: string | undefined) => (path === undefined ? undefined : parts.get(path)?.toString('utf8'));
  const main = mainDocumentPath(text('_rels/.rels'));
  // The main document cut short is read up to its last whole paragraph.
  const document = cutPart === main ? wholeUpToLast(text(main) ?? '', 'w:p')?.xml : text(main);
  if (document === undefined) {
    throw directoryLost ? new UserError(`is cut short (no zip directory at its end), before the first whole paragraph of its main document (${main}): nothing to read`, name) : corruptDocx(name, `no ${main} in the archive`);
  }
  const related = relatedParts(main, text(relationshipsOf(main)));
  const paths: Partial<Record<OptionalPart, string>> = {};
  const found: DocxParts = { document, paths };
  const missing: OptionalPart[] = [];
  for (const part of OPTIONAL_PARTS) {
    const path = (paths[part] = related.get(part) ?? `word/${part}.xml`);
    const xml = text(path);
    if (xml !== undefined) found[part] = xml;
    // A part the relationships name and the archive lacks: a tool dropped it, or the archive lost it.
    else if (related.has(part)) missing.push(part);
  }
  if (missing.length > 0) found.missing = missing;
  if (cutPart === main) {
    warnings.push(`is cut short (no zip directory at its end) inside its main document (${main}): read up to its last whole paragraph; the rest is missing`);
    found.cutShort = true;
  } else if (directoryLost) warnings.push(`is cut short (no zip directory at its end): read from the parts whole before the cut, its main document (${main}) among them`);
  return found;
}

const OPTIONAL_PARTS: readonly OptionalPart[] = ['styles', 'numbering', 'footnotes', 'endnotes'];

export function corruptDocx(name: string, reason: string): UserError {
  return new UserError(`is not a readable .docx file (corrupt or not a Word document: ${reason})`, name);
}

const RELATIONSHIP = /<Relationship\b[^>]*>/g;
const ATTRIBUTE = (attribute: string) => new RegExp(`\\b${attribute}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
const TYPE = ATTRIBUTE('Type');
const TARGET = ATTRIBUTE('Target');
const MODE = ATTRIBUTE('TargetMode');

/** Each internal relationship of a part's .rels file: the last segment of its type ("styles", "footnotes") and the target's path in the archive. */
function relationships(xml: string | undefined, base: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [element] of xml?.matchAll(RELATIONSHIP) ?? []) {
    const type = TYPE.exec(element);
    const target = TARGET.exec(element);
    if (!type || !target || MODE.exec(element)?.slice(1).includes('External')) continue;
    const path = decodeXmlReferences(target[1] ?? target[2] ?? '', false);
    const kind = (type[1] ?? type[2] ?? '').split('/').at(-1) ?? '';
    if (!found.has(kind)) found.set(kind, path.startsWith('/') ? path.slice(1) : posix.normalize(posix.join(base, path)));
  }
  return found;
}

/** The main document's path, from the package's relationships; word/document.xml when they do not say. */
function mainDocumentPath(packageRelationships: string | undefined): string {
  return relationships(packageRelationships, '').get('officeDocument') ?? 'word/document.xml';
}

function relationshipsOf(part: string): string {
  return posix.join(posix.dirname(part), '_rels', `${posix.basename(part)}.rels`);
}

function relatedParts(part: string, xml: string | undefined): Map<string, string> {
  return relationships(xml, posix.dirname(part));
}
