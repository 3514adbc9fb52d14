/**
 * The JSON form of compiled rules, as the build-time bundle stores them (bundle.ts) and as their hash
 * reads them (rules-hash.ts): regexes, maps and sets written as tagged objects, and read back in place,
 * each regex built only when first used.
 */
// RegExp, Map and Set have no JSON form of their own: each is written as an object of one tagged key.
const REGEXP = '$RegExp';
const MAP = '$Map';
const SET = '$Set';

/** The source and flags of each regex of an object that decode made lazy (lazyRegExp), by property, until it is set anew. */
const lazySources = new WeakMap<object, Map<string, [string, string]>>();

/**
 * JSON.stringify's replacer for compiled rules. A regex made lazy by decode is written from its source and
 * flags without being built (reading the property would build it): hashing the bundle's rules builds none.
 */
export function encode(_key: string, value: unknown): unknown {
  if (value instanceof RegExp) return { [REGEXP]: [value.source, value.flags] };
  if (value instanceof Map) return { [MAP]: [...value.entries()] };
  if (value instanceof Set) return { [SET]: [...value] };
  const lazy = value !== null && typeof value === 'object' ? lazySources.get(value) : undefined;
  if (lazy && lazy.size > 0) {
    const record = value as Record<string, unknown>;
    const written: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      const regex = lazy.get(key);
      written[key] = regex ? { [REGEXP]: regex } : record[key];
    }
    return written;
  }
  return value;
}

function tagged(value: unknown, tag: string): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && tag in value;
}

/**
 * `owner[key]` as a regex built when first read: V8 parses a pattern when the RegExp is made, and a scan
 * of one short text reads only the few regexes whose anchors it holds. Once made, it is the same object
 * on every read (the engine keys caches by it).
 */
function lazyRegExp(owner: Record<string, unknown>, key: string, [source, flags]: [string, string]): void {
  let regex: RegExp | undefined;
  let sources = lazySources.get(owner);
  if (!sources) lazySources.set(owner, (sources = new Map()));
  sources.set(key, [source, flags]);
  Object.defineProperty(owner, key, {
    enumerable: true,
    configurable: true,
    get: () => (regex ??= new RegExp(source, flags)),
    set: (value: RegExp) => {
      regex = value;
      lazySources.get(owner)?.delete(key);
    },
  });
}

/**
 * The inverse of `encode`, in place, depth first (a walk of the parsed value costs a fraction of
 * JSON.parse's reviver); the regexes of object properties are made on first use (lazyRegExp).
 */
export function decode(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  // Only objects are visited and written back: most values are strings, which decode as themselves.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const child: unknown = value[i];
      if (child !== null && typeof child === 'object') value[i] = decode(child);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const child = record[key];
    if (child === null || typeof child !== 'object') continue;
    if (tagged(child, REGEXP)) lazyRegExp(record, key, child[REGEXP] as [string, string]);
    else record[key] = decode(child);
  }
  if (REGEXP in record) {
    const [source, flags] = record[REGEXP] as [string, string];
    return new RegExp(source, flags);
  }
  if (MAP in record) return new Map(record[MAP] as Array<[unknown, unknown]>);
  if (SET in record) return new Set(record[SET] as unknown[]);
  return value;
}
