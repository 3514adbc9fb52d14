import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_HTML, CURRENCY, XML } from '@nodable/entities';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseTotaXml } from '../../src/ingest/tota-xml.js';
import { decodeXmlReferences } from '../../src/ingest/xml-references.js';
import { xmlProblem } from '../../src/ingest/xml-scan.js';
import { readXmlValues } from '../../src/ingest/xml-values.js';
import { mutationBases, xmlMutations } from './xml-mutations.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/ingest');
const SHARED = join(import.meta.dirname, '../../../shared/tota');
const sharedPresent = existsSync(SHARED);
if (!sharedPresent) console.warn(`XML values against real ToTA files skipped: ${SHARED} is absent`);

// ToTA files used to be read with fast-xml-parser and these options; the one-pass reader must give the
// same values, so that the text and outline of every agreement stay as they were.
const ARRAYS = new Set(['chapter', 'article', 'partyisocode', 'source', 'related_agreement_wto_id']);
const before = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  htmlEntities: true,
  isArray: (tag: string) => ARRAYS.has(tag),
  maxNestedTags: 100,
});

/** The root and its value as fast-xml-parser gives them, JSON so that key order counts too. */
function expected(xml: string): string {
  const document = before.parse(xml) as Record<string, unknown>;
  const root = Object.keys(document).find((key) => !key.startsWith('?')) as string;
  return JSON.stringify({ root, value: document[root] });
}

function actual(xml: string): string {
  const { root, value } = readXmlValues(xml, { arrays: ARRAYS, maxDepth: 100 });
  return JSON.stringify({ root, value });
}

describe('readXmlValues', () => {
  it('gives the values of the former reader on real ToTA agreements', () => {
    const files = sharedPresent ? readdirSync(SHARED).filter((f) => f.endsWith('.xml')).sort().filter((_, k) => k % 8 === 0) : [];
    const documents = [readFileSync(join(FIXTURES, 'tota-mini.xml'), 'utf8'), ...files.map((f) => readFileSync(join(SHARED, f), 'utf8'))];
    for (const xml of documents) expect(actual(xml)).toBe(expected(xml));
  });

  it.each([
    ['named, numeric and unknown references', '<a>A &amp; B &lt;&gt; &quot;q&quot; &apos; &nbsp;&hellip;&euro;&frac12; &#233;&#xE9;&#x1F600; &eacute; &unknown; &#0;x&#x1;y&#9;z &#xD800; &#1114112; &abcdefghijklmnopqrstuvwxyzabcdefg; &abcdefghijklmnopqrstuvwxyzabcdef;</a>'],
    ['references in attributes, trimmed values', '<a x=" &amp;1 " y=\'&#65;&quot;\' z="&lt;b&gt;"/>'],
    ['CDATA kept as written, beside trimmed text', '<a> before <![CDATA[  raw &amp; <b> ]]> after <![CDATA[]]></a>'],
    ['comments join the text around them; elements and instructions split it', '<a> one <!-- c --> two <b/> three <?pi?> four <c>five</c> six </a>'],
    ['mixed text with children, repeated and listed names', '<a>x<b>1</b>y<b>2</b><chapter>c</chapter><article n="1"/>z</a>'],
    ['attributes after children and text, taking a child\'s place', '<a name="attr" chapter="listed">text<name>child</name><other/></a>'],
    ['line ends read as LF, BOM before the declaration', '\uFEFF<?xml version="1.0"?>\r\n<a b="1\r\n2">line\r\none\rtwo\r\n<![CDATA[c\r\nd]]></a>\r\n'],
    ['processing instructions: pseudo-attributes, version 1.1 for control references', '<a><?pi a="1" b=\'&amp;\' c?>&#x1;<?ver version="1.1"?>&#x1;&#x0;<?ver?>&#x1;<?ver x="1"?>&#x1;</a>'],
    ['names of Object methods kept apart', '<toString valueOf="1"><hasOwnProperty>x</hasOwnProperty><isPrototypeOf>y</isPrototypeOf></toString>'],
    ['empty and whitespace-only elements, nested empties', '<a><b></b><c>  </c><d><e/></d><f g=""/></a>'],
    ['no-break and other Unicode spaces are trimmed as well', '<a><b>\u00a0x\u3000</b><c>\u2003</c>\uFEFFy</a>'],
    ['depth 101 with an empty element below it', `${'<p>'.repeat(101)}<q/>${'</p>'.repeat(101)}`],
  ])('%s', (_, xml) => {
    expect(xmlProblem(xml)).toBeUndefined();
    expect(actual(xml)).toBe(expected(xml));
  });

  it('refuses content nested deeper than the limit, as the former reader did', () => {
    const xml = `${'<p>'.repeat(102)}${'</p>'.repeat(102)}`;
    expect(() => before.parse(xml)).toThrow(/nested/);
    expect(readXmlValues(xml, { arrays: ARRAYS, maxDepth: 100 }).refusal).toEqual({ kind: 'too-deep', limit: 100 });
  });

  // Mutations of real documents (seeded, so a failure repeats) that stay well-formed must read alike.
  describe('agrees with the former reader on mutated agreements', () => {
    const bases = mutationBases(3, 60);
    const INSERTS = ['&amp;', '&#233;', '&#x2019;', '&nbsp;', '&zz;', '<x/>', '<x a="&lt;1"> y </x>', '<!-- c -->', '<?p v="1"?>', '<![CDATA[ & ]]>', '\r\n', '  ', '<chapter/>', '<article>t</article>', '<name>n</name>'];
    it.each(bases.map((xml, n) => [n, xml] as const))('base document %i', (n, xml) => {
      let compared = 0;
      for (const { trial, mutated } of xmlMutations(xml, { seed: 11 + n, trials: 200, inserts: INSERTS, third: 'insert-before-tag' })) {
        if (xmlProblem(mutated) !== undefined || /<!DOCTYPE/.test(mutated)) continue;
        compared++;
        expect({ trial, values: actual(mutated) }).toEqual({ trial, values: expected(mutated) });
      }
      expect(compared).toBeGreaterThan(40);
    });
  });
});

describe('decodeXmlReferences', () => {
  it('decodes the named references of the former reader, and no others', () => {
    const names = new Set([...Object.keys({ ...XML, ...COMMON_HTML, ...CURRENCY }), 'eacute', 'hyphen', 'shy', 'constructor', 'toString', '__proto__', 'AMP']);
    for (const name of names) expect([name, decodeXmlReferences(`x&${name};y`, false)]).toEqual([name, JSON.parse(expected(`<a>x&${name};y</a>`)).value]);
  });
});

describe('parseTotaXml on what the one-pass reader refuses', () => {
  it('refuses reserved names in one line, and reads instructions to their first ?>', () => {
    expect(() => parseTotaXml('<treaty><constructor/></treaty>', 'r.xml')).toThrow(new UserError('cannot be parsed as XML (it uses the name "constructor", which culturescan does not read)', 'r.xml'));
    expect(() => parseTotaXml('<treaty><meta a="1" __proto__="2"/></treaty>', 'r.xml')).toThrow(/it uses the name "__proto__"/);
    // XML ends an instruction at its first '?>', quotes or not.
    const tree = parseTotaXml('<treaty><meta><name>A<?pi x="?>"?>B</name></meta></treaty>', 'p.xml');
    expect(tree.meta.name).toBe('A"?>B');
  });

  it('reports malformed XML (here a file cut short) before a DOCTYPE, and a DOCTYPE before a depth it refuses', () => {
    expect(() => parseTotaXml(`<!DOCTYPE treaty><treaty>${'<p>'.repeat(120)}`, 'm.xml')).toThrow(/is cut short: it ends at line 1, column \d+, before its first whole article: nothing to read/);
    expect(() => parseTotaXml(`<!DOCTYPE treaty><treaty>${'<p>'.repeat(120)}</q>`, 'm.xml')).toThrow(/is not well-formed XML \(line 1, column \d+: expected <\/p>/);
    expect(() => parseTotaXml(`<!DOCTYPE treaty><treaty>${'<p>'.repeat(120)}${'</p>'.repeat(120)}</treaty>`, 'd.xml')).toThrow(/declares a DOCTYPE/);
    expect(() => parseTotaXml(`<treaty>${'<p>'.repeat(120)}${'</p>'.repeat(120)}</treaty>`, 'd.xml')).toThrow(/is nested more than 100 elements deep/);
  });
});

// The body of a ToTA agreement is read straight into chapters and articles (ingest/tota-body); read from
// the former reader's values instead, field by field as ToTA's fields have always been read, it must
// give the same tree, also for bodies the direct reading gives up on.
describe('parseTotaXml reads the body as the former reader\'s values give it', () => {
  type Node = Record<string, unknown>;
  const node = (value: unknown): Node => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : {});
  const list = (value: unknown): Node[] => (Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? { '#text': item } : node(item))) : []);
  const field = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const textOf = (value: unknown): string => {
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join('; ');
    if (value && typeof value === 'object') {
      if ('#text' in value) return textOf((value as Node)['#text']);
      return Object.entries(value).filter(([key, child]) => typeof child === 'object' && key !== '#text').map(([, child]) => textOf(child)).filter(Boolean).join('; ');
    }
    return '';
  };
  const printed = (n: Node) => ({ ...(field(n.number) ? { number: field(n.number) } : {}), ...(field(n.name) ? { name: field(n.name) } : {}) });
  const formerChapters = (xml: string) => {
    const document = before.parse(xml) as Node;
    return list(node(node(document.treaty).body).chapter).map((chapter) => ({
      ...printed(chapter),
      id: field(chapter.chapter_identifier) ?? '',
      articles: list(chapter.article).map((article) => ({ ...printed(article), id: field(article.article_identifier) ?? '', text: textOf(article) })),
    }));
  };
  const BODY_INSERTS = ['<x/>', '<x>y</x>', ' text ', '<!-- c -->', '<?p v="1"?>', '<![CDATA[ c ]]>', '&amp;', '\r\n', '<chapter/>', '<article>t</article>', '<article number=" 2 " name=""/>', '<body/>', '<body><chapter><article>b</article></chapter></body>'];
  it.each(mutationBases(5, 60).map((xml, n) => [n, xml] as const))('base document %i', (n, xml) => {
    let compared = 0;
    for (const { trial, mutated } of xmlMutations(xml, { seed: 23 + n, trials: 200, inserts: BODY_INSERTS, third: 'insert-before-tag' })) {
      if (xmlProblem(mutated) !== undefined || /<!DOCTYPE/.test(mutated) || !mutated.includes('<treaty')) continue;
      let chapters: unknown;
      try {
        chapters = parseTotaXml(mutated, 'm.xml').chapters;
      } catch {
        continue; // refused (a reserved name, another root): told apart above
      }
      compared++;
      expect({ trial, chapters }).toEqual({ trial, chapters: formerChapters(mutated) });
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('gives up the direct reading on a second body, a body attribute of the root or a root with text only, as the values read them', () => {
    const article = '<chapter number="CHAPTER 1" chapter_identifier="7"><article number="Article 1" article_identifier="9"> Text </article></chapter>';
    for (const xml of [`<treaty><body>${article}</body><body/></treaty>`, `<treaty body="b"><body>${article}</body></treaty>`, `<treaty>t<body>${article}</body></treaty>`, `<treaty>t<meta/><body>${article}</body></treaty>`]) {
      expect([xml, parseTotaXml(xml, 'b.xml').chapters]).toEqual([xml, formerChapters(xml)]);
    }
    expect(parseTotaXml(`<treaty><body>${article}</body></treaty>`, 'b.xml').chapters).toEqual([{ number: 'CHAPTER 1', id: '7', articles: [{ number: 'Article 1', id: '9', text: 'Text' }] }]);
  });
});
