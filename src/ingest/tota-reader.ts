import type { Reader } from './reader.js';
import { decodeText, headText } from './text-decode.js';

/**
 * ToTA files from the Texts of Trade Agreements corpus: `<treaty><meta>…</meta><body><chapter><article>`.
 * Telling one by its first bytes needs no XML parser: the parser and the ToTA structure (tota-xml,
 * tota-document) are loaded with the first file read, so a run that reads none does not load them.
 */
export const totaReader: Reader = {
  format: 'tota-xml',
  extensions: ['.xml'],
  label: 'a ToTA XML agreement',
  sniff: isTotaTreaty,
  recognise: isTotaTreaty,
  refusal: (bytes) => (DOCTYPE_START.test(headText(bytes)) ? DOCTYPE_REFUSED : undefined),
  async read(bytes, name) {
    const [{ parseTotaXml }, { totaExtraction }] = await loadTotaModules();
    const warnings: string[] = [];
    const extraction = totaExtraction(parseTotaXml(decodeText(bytes, name, warnings), name));
    return warnings.length ? { ...extraction, warnings } : extraction;
  },
};

let totaModules: Promise<[typeof import('./tota-xml.js'), typeof import('./tota-document.js')]> | undefined;

function loadTotaModules(): Promise<[typeof import('./tota-xml.js'), typeof import('./tota-document.js')]> {
  return (totaModules ??= Promise.all([import('./tota-xml.js'), import('./tota-document.js')]));
}

/** What may come before the root element: the XML declaration and comments. */
const PROLOG = String.raw`^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*`;
const TREATY_START = new RegExp(`${PROLOG}<treaty[\\s>]`);
/** A DOCTYPE other than HTML's: an XML file that declares entities or a DTD. */
const DOCTYPE_START = new RegExp(`${PROLOG}<!DOCTYPE\\s+(?!html[\\s>])`, 'i');
/** Entities can expand to gigabytes (billion laughs) or name other files; ToTA files never declare any. */
export const DOCTYPE_REFUSED = 'declares a DOCTYPE: culturescan refuses XML with entity declarations or a DTD (remove the <!DOCTYPE …> part)';

/** A ToTA agreement opens with its root element, `<treaty>`, after the prolog at most. */
function isTotaTreaty(bytes: Uint8Array): boolean {
  return TREATY_START.test(headText(bytes));
}
