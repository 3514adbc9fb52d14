/**
 * A PDF cut short — a download that stopped — ends without the `%%EOF` marker, and without the
 * cross-reference table and trailer that name its catalog (the root of its pages) just before it.
 * pdf.js rebuilds a lost table by scanning the objects, but needs a trailer to find the root: when the
 * catalog object is in what is left, a trailer naming it makes the file whole again.
 */

/** How near the end the marker stands in a whole file (a few blank lines or bytes of padding may follow it). */
const MARKER_WINDOW = 1024;

/** Whether the PDF ends without its end-of-file marker. */
export function endsEarly(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - MARKER_WINDOW));
  return !tail.includes('%%EOF', 0, 'latin1');
}

/** A catalog object's start: its number and generation, then its dictionary, which names its type. */
const CATALOG = /(\d{1,10})\s+(\d{1,5})\s+obj\s*<<(?:(?!>>|endobj)[\s\S]){0,2000}?\/Type\s*\/Catalog\b/g;

/** The bytes with a trailer naming the last catalog object found in them; undefined when there is none. */
export function withTrailer(bytes: Uint8Array): Uint8Array | undefined {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const catalog = [...text.matchAll(CATALOG)].at(-1);
  if (!catalog) return undefined;
  const trailer = Buffer.from(`\ntrailer\n<< /Root ${catalog[1]} ${catalog[2]} R >>\n%%EOF\n`, 'latin1');
  return Buffer.concat([bytes, trailer]);
}
