/**
 * A small glob language for PATH arguments (Node 20 has no fs.glob): `*` and `?` within one path
 * segment, `**` as a whole segment for any depth. As in a shell, a wildcard never matches a leading
 * dot, so hidden files and folders stay out unless the pattern names them.
 */

const WILDCARD = /[*?]/;

/** True when an argument is a pattern rather than a plain path. */
export function isGlob(arg: string): boolean {
  return WILDCARD.test(arg);
}

/** A pattern cut where its first wildcard segment begins: the folder to walk, and what to match below it. */
export interface GlobParts {
  /** The literal leading folder, as typed ('.' when the pattern starts with a wildcard). */
  base: string;
  /** The rest of the pattern, relative to `base`, with '/' separators. */
  rest: string;
  /** How many levels below `base` a match can be; Infinity when the pattern has `**`. */
  depth: number;
}

export function splitGlob(pattern: string): GlobParts {
  const segments = pattern.replaceAll('\\', '/').split('/');
  const first = segments.findIndex((s) => WILDCARD.test(s));
  const cut = first < 0 ? segments.length : first;
  const literal = segments.slice(0, cut).join('/');
  const base = literal || (pattern.startsWith('/') ? '/' : '.');
  const restSegments = segments.slice(cut).filter((s, i, all) => s !== '' || i === all.length - 1);
  const depth = restSegments.includes('**') ? Infinity : restSegments.length;
  return { base, rest: restSegments.join('/'), depth };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

function segmentSource(segment: string): string {
  let source = WILDCARD.test(segment[0] ?? '') ? '(?!\\.)' : '';
  for (const char of segment) {
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += escapeRegExp(char);
  }
  return source;
}

const ANY_SEGMENT = '(?!\\.)[^/]+';

/** Compiles a relative pattern (`rest` of splitGlob) into a matcher of '/'-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  const segments = pattern.replaceAll('\\', '/').split('/').filter((s) => s !== '');
  let source = '';
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (segment === '**') {
      // Zero or more whole segments; as the last segment it stands for every file below.
      source += last ? `${ANY_SEGMENT}(?:/${ANY_SEGMENT})*` : `(?:${ANY_SEGMENT}/)*`;
    } else {
      source += segmentSource(segment) + (last ? '' : '/');
    }
  });
  return new RegExp(`^${source}$`);
}
