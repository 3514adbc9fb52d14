/** Named character references that occur in agreement texts; unknown names are left as written. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  ndash: '\u2013', mdash: '\u2014', hyphen: '\u2010', minus: '\u2212', hellip: '\u2026', bull: '\u2022', middot: '\u00b7',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e',
  laquo: '\u00ab', raquo: '\u00bb', lsaquo: '\u2039', rsaquo: '\u203a', prime: '\u2032',
  sect: '\u00a7', para: '\u00b6', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', ordf: '\u00aa', ordm: '\u00ba',
  iexcl: '\u00a1', iquest: '\u00bf', times: '\u00d7', divide: '\u00f7', plusmn: '\u00b1',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwsp: '\u200b', zwnj: '\u200c', zwj: '\u200d',
  szlig: '\u00df', aelig: '\u00e6', AElig: '\u00c6', oelig: '\u0153', OElig: '\u0152', oslash: '\u00f8', Oslash: '\u00d8',
};

/** Latin letters with the accents French and Spanish use: &eacute; &Ntilde; &ccedil; … */
const ACCENTS: Record<string, Record<string, string>> = {
  acute: { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', y: 'ý', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú', Y: 'Ý' },
  grave: { a: 'à', e: 'è', i: 'ì', o: 'ò', u: 'ù', A: 'À', E: 'È', I: 'Ì', O: 'Ò', U: 'Ù' },
  circ: { a: 'â', e: 'ê', i: 'î', o: 'ô', u: 'û', A: 'Â', E: 'Ê', I: 'Î', O: 'Ô', U: 'Û' },
  uml: { a: 'ä', e: 'ë', i: 'ï', o: 'ö', u: 'ü', y: 'ÿ', A: 'Ä', E: 'Ë', I: 'Ï', O: 'Ö', U: 'Ü' },
  tilde: { a: 'ã', n: 'ñ', o: 'õ', A: 'Ã', N: 'Ñ', O: 'Õ' },
  cedil: { c: 'ç', C: 'Ç' },
  ring: { a: 'å', A: 'Å' },
};

/** The character of an entity body ("amp", "#233", "#xE9"), or undefined when unknown. */
export function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
  }
  const named = NAMED[body];
  if (named) return named;
  const accent = /^([A-Za-z])(acute|grave|circ|uml|tilde|cedil|ring)$/.exec(body);
  return accent ? ACCENTS[accent[2]!]![accent[1]!] : undefined;
}
