/**
 * The direct PDF reader: the page texts of the PDFs that LibreOffice, Word and browsers print, read
 * without pdf.js — the same texts pdf-parse makes from pdf.js's text items, made from the same items
 * (pdf-direct-text.ts) and joined the same way. pdf.js costs about a second to load and warm up on a
 * long agreement; this reads one in a small fraction of that. It takes only what it reads exactly as
 * pdf.js does: anything else (encryption, a font other than an embedded TrueType font with a ToUnicode
 * CMap, a broken cross-reference, an inline image, text right to left, a stream over the budget)
 * declines the file, with the reason, and pdf.js reads it (pdf.ts).
 */
import { PdfFile, nameOf } from './pdf-direct-file.js';
import { type DirectFont } from './pdf-direct-font.js';
import { Declined, decline, PdfDict, PdfStream, type PdfValue } from './pdf-direct-syntax.js';
import { initialState, textItems, type PageContext, type TextItem } from './pdf-direct-text.js';

/** What the reader may inflate and interpret for one document before leaving it to pdf.js. */
export interface DirectBudget {
  inflatedBytes: number;
  operators: number;
}

export const DEFAULT_DIRECT_BUDGET: DirectBudget = { inflatedBytes: 64 * 1024 * 1024, operators: 20_000_000 };

/** The page texts, or why the PDF is left to pdf.js. */
export function readPdfDirectly(bytes: Uint8Array, budget: DirectBudget = DEFAULT_DIRECT_BUDGET): { pageTexts: string[] } | { declined: string } {
  try {
    // Each page's items are joined as soon as they are read: only its text outlives the page.
    return { pageTexts: pagesOf(bytes, budget, (items, transform) => pageText(items, transform)) };
  } catch (error) {
    if (error instanceof Declined) return { declined: error.message };
    // A stack overflow or any other surprise is a doubt too: pdf.js reads the file.
    return { declined: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** What `take` makes of each page's text items and the transform pdf-parse places them on the page with. */
export function pagesOf<T>(bytes: Uint8Array, budget: DirectBudget, take: (items: TextItem[], viewportTransform: number[]) => T): T[] {
  const file = new PdfFile(bytes, budget.inflatedBytes);
  const catalog = file.get(file.trailer, 'Root');
  if (!(catalog instanceof PdfDict)) return decline('no catalog');
  const root = file.get(catalog, 'Pages');
  if (!(root instanceof PdfDict)) return decline('no page tree');
  const count = file.get(root, 'Count');
  const leaves = pageLeaves(file, root);
  if (count !== leaves.length) decline('a page count that does not match the page tree');
  const context: Omit<PageContext, 'view'> = { file, fonts: new Map<PdfDict, DirectFont>(), budget: { operators: budget.operators } };
  return leaves.map((leaf) => {
    const view = pageView(file, leaf.chain);
    const rotate = pageRotation(file, leaf.chain);
    const userUnit = file.get(leaf.page, 'UserUnit');
    const items: TextItem[] = [];
    const content = contentOf(file, leaf.page);
    textItems({ ...context, view }, content, mergedResources(file, leaf.chain), initialState(), 0, items);
    return take(items, viewportTransform(view, rotate, typeof userUnit === 'number' && userUnit > 0 ? userUnit : 1));
  });
}

interface Leaf {
  page: PdfDict;
  /** The page, then each node above it by its /Parent: where inherited attributes are looked up. */
  chain: PdfDict[];
}

function pageLeaves(file: PdfFile, root: PdfDict): Leaf[] {
  const leaves: Leaf[] = [];
  const visited = new Set<PdfDict>();
  const walk = (node: PdfDict, above: PdfDict[]) => {
    if (visited.has(node) || above.length > 64) decline('a page tree with a cycle or too deep');
    visited.add(node);
    const type = nameOf(file.get(node, 'Type'));
    const chain = [node, ...above];
    if (leaves.length + visited.size > 100_000) decline('a page tree too large');
    if (type === 'Pages') {
      const kids = file.get(node, 'Kids');
      if (!Array.isArray(kids)) return decline('a page-tree node without kids');
      for (const kid of kids) {
        const child = file.resolve(kid);
        if (!(child instanceof PdfDict)) return decline('a page-tree kid that is no dictionary');
        walk(child, chain);
      }
    } else if (type === 'Page' && !node.entries.has('Kids')) {
      leaves.push({ page: node, chain: parentChain(file, node) });
    } else {
      decline('a page-tree node of unknown type');
    }
  };
  walk(root, []);
  return leaves;
}

function parentChain(file: PdfFile, page: PdfDict): PdfDict[] {
  const chain = [page];
  for (let node = file.get(page, 'Parent'); node instanceof PdfDict; node = file.get(node, 'Parent')) {
    if (chain.includes(node) || chain.length > 64) return decline('a cycle of parents');
    chain.push(node);
  }
  return chain;
}

/** The page's content streams joined, as they are read (one stream of operators across them). */
function contentOf(file: PdfFile, page: PdfDict): Uint8Array {
  const contents = file.get(page, 'Contents');
  if (contents === undefined || contents === null) return new Uint8Array(0);
  if (contents instanceof PdfStream) {
    if (contents.dict.entries.has('Resources')) decline('a content stream with resources of its own');
    return file.streamData(contents);
  }
  if (!Array.isArray(contents)) return decline('page contents that are no stream');
  const parts = contents.map((part) => {
    const stream = file.resolve(part);
    return stream instanceof PdfStream ? file.streamData(stream) : decline('a page content that is no stream');
  });
  return Buffer.concat(parts);
}

/** The nearest value of an inherited attribute. */
function inherited(file: PdfFile, chain: PdfDict[], key: string): PdfValue | undefined {
  for (const node of chain) {
    const value = file.get(node, key);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The page's resources; where the page and nodes above it each have some, their entries are merged, the nearest first. */
function mergedResources(file: PdfFile, chain: PdfDict[]): PdfDict | undefined {
  const found = chain.map((node) => file.get(node, 'Resources')).filter((value) => value !== undefined);
  if (found.length === 0) return undefined;
  if (found.length === 1 || !(found[0] instanceof PdfDict)) return found[0] instanceof PdfDict ? found[0] : decline('resources that are no dictionary');
  const merged = new PdfDict();
  for (const dict of found) {
    if (!(dict instanceof PdfDict)) continue;
    for (const [key, value] of dict.entries) if (!merged.entries.has(key)) merged.entries.set(key, value);
  }
  return merged;
}

/** A rectangle as [x0, y0, x1, y1] with x0 ≤ x1 and y0 ≤ y1, or undefined when it is malformed or empty. */
function box(file: PdfFile, chain: PdfDict[], key: string): number[] | undefined {
  const value = inherited(file, chain, key);
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length !== 4 || !value.every((n) => typeof n === 'number')) return decline(`a malformed /${key}`);
  const [a, b, c, d] = value as number[];
  const rect = [Math.min(a!, c!), Math.min(b!, d!), Math.max(a!, c!), Math.max(b!, d!)];
  if (!(rect[2]! - rect[0]! > 0 && rect[3]! - rect[1]! > 0)) return decline(`an empty /${key}`);
  return rect;
}

/** The visible part of the page: its crop box within its media box. */
function pageView(file: PdfFile, chain: PdfDict[]): number[] {
  const media = box(file, chain, 'MediaBox') ?? decline('a page without a media box');
  const crop = box(file, chain, 'CropBox');
  if (!crop || crop.every((n, i) => n === media[i])) return media;
  const view = [Math.max(crop[0]!, media[0]!), Math.max(crop[1]!, media[1]!), Math.min(crop[2]!, media[2]!), Math.min(crop[3]!, media[3]!)];
  if (!(view[2]! - view[0]! > 0 && view[3]! - view[1]! > 0)) return decline('a crop box outside the media box');
  return view;
}

function pageRotation(file: PdfFile, chain: PdfDict[]): number {
  const rotate = inherited(file, chain, 'Rotate') ?? 0;
  if (typeof rotate !== 'number' || !Number.isInteger(rotate)) return decline('a malformed /Rotate');
  if (rotate % 90 !== 0) return 0;
  return ((rotate % 360) + 360) % 360;
}

/** The transform from page space to the page as viewed at scale 1 (y downwards from the top), as pdf.js builds it. */
function viewportTransform(view: number[], rotation: number, userUnit: number): number[] {
  const scale = 1 * userUnit;
  const centerX = (view[2]! + view[0]!) / 2;
  const centerY = (view[3]! + view[1]!) / 2;
  const [a, b, c, d] = rotation === 90 ? [0, 1, 1, 0] : rotation === 180 ? [-1, 0, 0, 1] : rotation === 270 ? [0, -1, -1, 0] : [1, 0, 0, -1];
  const sideways = a === 0;
  const offsetX = Math.abs((sideways ? centerY - view[1]! : centerX - view[0]!)) * scale + 0;
  const offsetY = Math.abs((sideways ? centerX - view[0]! : centerY - view[1]!)) * scale + 0;
  return [a * scale, b * scale, c * scale, d * scale, offsetX - a * scale * centerX - c * scale * centerY, offsetY - b * scale * centerX - d * scale * centerY];
}

/** Two items whose baselines are closer than this on the page share a line (pdf-parse's default). */
const SAME_LINE = 4.6;
/** On one line, a gap wider than this between an item's end and the next item's start is a table's cell break, written as a tab (pdf-parse's default). */
const CELL_GAP = 7;

/** Whether an item sets out on a line of its own: it begins with a line break, or is blank and ends a line. */
const opensItsLine = (item: TextItem): boolean => item.str.startsWith('\n') || (item.str.trim() === '' && item.hasEOL);

/**
 * A page's text from its items, laid out as pdf-parse lays out pdf.js's with its defaults: each item's
 * text in turn, a tab before an item that starts a cell further along the same line, a line break after
 * an item that ends its line, and one before an item that drops below the last by more than the
 * tallest item since the last break (unless the text already breaks there).
 */
export function pageText(items: readonly TextItem[], transform: readonly number[]): string {
  const out: string[] = [];
  let lastEndX = Number.NaN;
  let lastY = Number.NaN;
  let tallest = 0;
  for (const item of items) {
    const px = item.transform[4]!;
    const py = item.transform[5]!;
    const x = px * transform[0]! + py * transform[2]! + transform[4]!;
    const y = px * transform[1]! + py * transform[3]! + transform[5]!;
    // NaN before the first item: no comparison holds.
    const drop = Math.abs(lastY - y);
    let text = item.str;
    if (drop > SAME_LINE) {
      const brokenAlready = out.length === 0 || out[out.length - 1]!.endsWith('\n');
      if (!brokenAlready && !opensItsLine(item) && drop - 1 > tallest) {
        out.push('\n');
        tallest = 0;
      }
    } else if (drop < SAME_LINE && Math.abs(lastEndX - x) > CELL_GAP) {
      text = `\t${text}`;
    }
    out.push(text);
    lastEndX = x + item.width;
    lastY = y;
    tallest = Math.max(tallest, item.height);
    if (item.hasEOL) out.push('\n');
    if (item.hasEOL || text.endsWith('\n')) tallest = 0;
  }
  return out.join('');
}
