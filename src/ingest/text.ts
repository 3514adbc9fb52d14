import type { Reader } from './reader.js';
import { decodeText } from './text-decode.js';

/** Plain text: read as it is; the structure stage finds the outline. */
export const textReader: Reader = {
  format: 'txt',
  extensions: ['.txt', '.text'],
  label: 'a plain-text file',
  async read(bytes, name) {
    const warnings: string[] = [];
    return { original: decodeText(bytes, name, warnings), warnings };
  },
};
