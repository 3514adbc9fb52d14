/**
 * Character references in XML text (ToTA agreements, the parts of Word files), decoded as the agreements have always been read: XML's five
 * named entities, a few typographic and currency names, and numeric references. A name not in the
 * table, a reference longer than 32 characters or a number beyond Unicode stays as written; a number
 * XML forbids (NUL, a surrogate, a C0 control other than tab, LF and CR, unless the document declares
 * XML 1.1) is dropped. ToTA files use only &amp; &lt; &gt; and &quot;; the rest keeps older readings
 * of other files unchanged.
 */

const NAMED: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', apos: "'", gt: '>', lt: '<', quot: '"',
  nbsp: '\u00a0', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026',
  laquo: '\u00ab', raquo: '\u00bb', lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022',
  para: '\u00b6', sect: '\u00a7', deg: '\u00b0', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be',
  cent: '\u00a2', pound: '\u00a3', curren: '\u00a4', yen: '\u00a5', euro: '\u20ac', dollar: '$', fnof: '\u0192',
  inr: '\u20b9', af: '\u060b', birr: '\u1265\u122d', peso: '\u20b1', rub: '\u20bd', won: '\u20a9', yuan: '\u00a5', cedil: '\u00b8',
});

/** The longest reference body (between '&' and ';') that is looked up. */
const LONGEST = 32;

/** `text` with its references replaced; `xml11` when the document declared version 1.1, which allows C0 controls as references. */
export function decodeXmlReferences(text: string, xml11: boolean): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let copied = 0;
  for (; amp >= 0; amp = text.indexOf('&', amp + 1)) {
    const semicolon = text.indexOf(';', amp + 1);
    if (semicolon < 0) break;
    if (semicolon - amp - 1 > LONGEST || semicolon === amp + 1) continue;
    const body = text.slice(amp + 1, semicolon);
    const replacement = body.charCodeAt(0) === 35 /* # */ ? numeric(body, xml11) : NAMED[body];
    if (replacement === undefined) continue;
    out += text.slice(copied, amp) + replacement;
    copied = semicolon + 1;
    amp = semicolon;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function numeric(body: string, xml11: boolean): string | undefined {
  const hex = body.charCodeAt(1) === 120 /* x */ || body.charCodeAt(1) === 88; /* X */
  const code = hex ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  if (Number.isNaN(code) || code < 0 || code > 0x10ffff) return undefined;
  if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return '';
  if (!xml11 && code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return '';
  return String.fromCodePoint(code);
}
