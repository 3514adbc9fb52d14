import type { AgreementMeta, Format, Language, OutlineNode } from '../model.js';
import type { NormalizeOptions } from './normalize.js';
import type { MappedText } from './offset-map.js';

/** What a reader gets out of a file, before normalisation and outline detection. */
export interface Extraction {
  /** The text as extracted; the document's `original.text`, to which every offset maps back. */
  original: string;
  /** The text to normalise when the reader removes markup or page furniture from `original` (with its map). */
  stripped?: MappedText;
  /** Offsets in `original` where each page begins (paginated formats only). */
  pageStarts?: number[];
  meta?: AgreementMeta;
  title?: string;
  language?: Language;
  /** The outline, in offsets of `original`, when the format carries its own structure (ToTA XML); assembling the document moves it to normalised offsets in place. */
  outline?: OutlineNode[];
  normalize?: NormalizeOptions;
  /** Whether the file ends before the agreement does (a download cut short): what it holds whole was read. */
  cutShort?: boolean;
  /** The labels of the notes the text calls whose text the file lacks (a Word file's notes part lost or damaged), as the calls read ("3", "*"). */
  lostNotes?: string[];
  /** Problems that did not stop the reading but may change the findings (a few invalid bytes), one line each. */
  warnings?: string[];
}

/** One input format: how to recognise its bytes and how to read them. */
export interface Reader {
  format: Format;
  /** File-name endings (lower case, with the dot) that select this reader. */
  extensions: readonly string[];
  /** A short name for messages: "a PDF", "a Word .docx file". */
  label: string;
  /** Whether the bytes carry the signature every file of this format has; undefined for formats that need none (plain text, HTML). */
  sniff?(bytes: Uint8Array): boolean;
  /**
   * Whether the bytes are this format beyond doubt, so that they are read as it whatever the file is
   * called (a .docx saved under a .doc name, a PDF downloaded as .txt); undefined where the signature
   * alone is not enough to tell (a zip is not yet a Word file) or there is none.
   */
  recognise?(bytes: Uint8Array): boolean;
  /** Why bytes that name this format cannot be read as it (checked before the signature), if a specific reason is known. */
  refusal?(bytes: Uint8Array): string | undefined;
  /** Reads the bytes; throws UserError(message, name) when they cannot be read. */
  read(bytes: Uint8Array, name: string): Promise<Extraction>;
}
