import type { Reader } from './reader.js';
import type { TotaTree } from './tota-xml.js';
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
    const tree = parseTotaXml(decodeText(bytes, name, warnings), name);
    const extraction = totaExtraction(tree);
    const cut = tree.cutShort;
    if (cut?.bodyWhole) warnings.push(`is cut short: it ends at line ${cut.line}, column ${cut.column}, after the agreement's last article: read whole`);
    else if (cut) {
      warnings.push(`is cut short: it ends at line ${cut.line}, column ${cut.column}, inside the agreement: read up to ${lastWholeArticle(tree)}; the rest is missing`);
      extraction.cutShort = true;
    }
    return warnings.length ? { ...extraction, warnings } : extraction;
  },
};

/** The last article a tree holds, in words: by its printed number or name, else its chapter's. */
function lastWholeArticle(tree: TotaTree): string {
  const chapter = tree.chapters.filter((c) => c.articles.length > 0).at(-1);
  const article = chapter?.articles.at(-1);
  const label = article?.number ?? article?.name ?? chapter?.number ?? chapter?.name;
  return label ? `the last whole article (${label})` : 'the last whole article';
}

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
