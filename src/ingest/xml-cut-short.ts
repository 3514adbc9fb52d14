import { scanXml, XmlSyntaxError } from './xml-scan.js';

/** XML that ended early, made whole: its text up to the end of the last whole element of a kind, the elements open there closed. */
export interface XmlMadeWhole {
  xml: string;
  /** Where the kept text ends in the original. */
  keptTo: number;
}

/** How many `</element>` from the end are tried: one inside a comment or CDATA section is passed over, not searched for ever. */
const TRIES = 4;

/**
 * Whether `error`, met reading `xml`, is the file ending before its markup does (a download cut short:
 * an element never closed, or a tag, comment or reference broken off after the last complete tag)
 * rather than markup that is wrong.
 */
export function endsEarly(xml: string, error: XmlSyntaxError): boolean {
  return error.nesting?.kind === 'unclosed' ? error.at === xml.length : error.at > xml.lastIndexOf('>');
}

/**
 * The text of XML cut short, kept up to the end of the last whole `<element>` and closed there, so that
 * it reads as well-formed: what the file holds whole is read, the element the cut fell in is left out.
 * Undefined when no whole element of that kind stands before the cut.
 */
export function wholeUpToLast(xml: string, element: string): XmlMadeWhole | undefined {
  const end = `</${element}>`;
  let at = xml.lastIndexOf(end);
  for (let tries = 0; at >= 0 && tries < TRIES; tries++, at = xml.lastIndexOf(end, at - 1)) {
    const keptTo = at + end.length;
    const open = elementsOpenAtEnd(xml.slice(0, keptTo));
    if (open) return { xml: xml.slice(0, keptTo) + open.reverse().map((name) => `</${name}>`).join(''), keptTo };
  }
  return undefined;
}

/** The elements open where `xml` ends, outermost first, when it is well-formed up to there; undefined otherwise. */
function elementsOpenAtEnd(xml: string): string[] | undefined {
  const open: string[] = [];
  try {
    scanXml(xml, {
      open(name, _attributes, empty) {
        if (!empty) open.push(name);
      },
      close() {
        open.pop();
      },
      text() {},
      cdata() {},
      instruction() {},
      doctype() {},
    });
  } catch (error) {
    if (!(error instanceof XmlSyntaxError) || error.nesting?.kind !== 'unclosed' || error.at !== xml.length) return undefined;
  }
  return open;
}
