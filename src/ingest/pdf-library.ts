/**
 * pdf-parse, loaded for text extraction alone. pdf.js (under pdf-parse) is built for rendering as
 * well: in Node it loads a native canvas library at start-up for its DOMMatrix, and its legacy build
 * brings polyfills that replace some of the engine's own built-ins (Array.prototype.push among them)
 * with slower JavaScript for the rest of the thread's life. Reading text needs neither: here the
 * canvas library is answered by a stand-in that supplies only the matrix pdf.js builds at load time,
 * and every built-in the library replaced is put back once it has loaded. Whatever it adds (methods
 * Node 20 lacks) stays. Its two halves, which in Node share one thread, talk through a port that does
 * not copy every message (pdf-same-thread-port.ts).
 */
import { createRequire, Module } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { PDFWorker } from 'pdf-parse';
import { SameThreadPort } from './pdf-same-thread-port.js';

type PdfParse = typeof import('pdf-parse');

/** pdf-parse, and pdf.js's two halves joined in this thread. */
export interface PdfLibrary {
  PDFParse: PdfParse['PDFParse'];
  VerbosityLevel: PdfParse['VerbosityLevel'];
  /** A worker half for one document, in this thread, to be destroyed with it. */
  sameThreadWorker(verbosity: number): PDFWorker;
}

interface PdfjsDocumentHalf {
  PDFWorker: new (params: { port: SameThreadPort; verbosity: number }) => PDFWorker;
}

interface PdfjsWorkerHalf {
  WorkerMessageHandler: { initializeFromPort(port: SameThreadPort): void };
}

let loading: Promise<PdfLibrary> | undefined;

/** pdf-parse with pdf.js's document half and worker half loaded, once per thread. */
export function loadPdfParse(): Promise<PdfLibrary> {
  loading ??= load();
  return loading;
}

async function load(): Promise<PdfLibrary> {
  const resolveFromHere = createRequire(import.meta.url);
  const resolveFromPdfjs = createRequire(createRequire(resolveFromHere.resolve('pdf-parse')).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
  standInForCanvas(resolveFromPdfjs);
  const restore = keepBuiltIns();
  try {
    const { PDFParse, VerbosityLevel } = await import('pdf-parse');
    // The module pdf-parse imports (one file, one URL), so that pdf.js takes the worker given as its own.
    const { PDFWorker } = (await import(pathToFileURL(resolveFromPdfjs.resolve('./pdf.mjs')).href)) as PdfjsDocumentHalf;
    // pdf.js's worker half runs in this thread (Node has no web workers); the minified build compiles a
    // fifth faster. Loaded now, so that its polyfills are undone too.
    const { WorkerMessageHandler } = (await import(pathToFileURL(resolveFromPdfjs.resolve('./pdf.worker.min.mjs')).href)) as PdfjsWorkerHalf;
    const sameThreadWorker = (verbosity: number) => {
      const port = new SameThreadPort();
      WorkerMessageHandler.initializeFromPort(port);
      return new PDFWorker({ port, verbosity });
    };
    return { PDFParse, VerbosityLevel, sameThreadWorker };
  } finally {
    restore();
  }
}

/** The one matrix pdf.js makes while loading (an identity, for rendering); text extraction does its matrix arithmetic on plain arrays. */
class IdentityMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  readonly is2D = true;
}

/** What pdf.js takes from the canvas library only to draw pages, which text extraction never does. */
class NoRendering {
  constructor() {
    throw new Error('culturescan reads the text of PDFs and never renders them');
  }
}

/**
 * Puts the stand-in where Node's module cache would hold the canvas library, so that pdf.js's
 * require of it returns the stand-in and the native library is never opened. Without the package
 * installed pdf.js would warn and go on; then nothing is done here.
 */
function standInForCanvas(resolveFromPdfjs: NodeJS.Require): void {
  let path: string;
  try {
    path = resolveFromPdfjs.resolve('@napi-rs/canvas');
  } catch {
    return;
  }
  if (resolveFromPdfjs.cache[path]) return;
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = { DOMMatrix: IdentityMatrix, ImageData: NoRendering, Path2D: NoRendering, createCanvas: () => new NoRendering() };
  resolveFromPdfjs.cache[path] = standIn;
}

/**
 * The built-ins a polyfill library may replace: the global object, JSON, Math, Reflect, and every
 * constructor with its prototype. Globals defined by getters (Node loads some on first use, with a
 * warning) are left untouched.
 */
function builtInHolders(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array) as { prototype: object };
  const holders: object[] = [globalThis, JSON, Math, Reflect, typedArray, typedArray.prototype];
  for (const [name, { value }] of Object.entries(Object.getOwnPropertyDescriptors(globalThis))) {
    if (typeof value !== 'function' || !/^[A-Z]/.test(name)) continue;
    holders.push(value);
    const prototype: unknown = value.prototype;
    if (prototype && (typeof prototype === 'object' || typeof prototype === 'function')) holders.push(prototype);
  }
  return holders;
}

/** Records every built-in property now; the returned function puts back each one that was replaced since. */
function keepBuiltIns(): () => void {
  const recorded = builtInHolders().map((holder) => [holder, Object.getOwnPropertyDescriptors(holder)] as const);
  return () => {
    for (const [holder, before] of recorded) {
      const now = Object.getOwnPropertyDescriptors(holder);
      for (const key of Reflect.ownKeys(before)) {
        const was = before[key as keyof typeof before] as PropertyDescriptor;
        const is = now[key as keyof typeof now] as PropertyDescriptor | undefined;
        if (!is || (Object.is(was.value, is.value) && was.get === is.get && was.set === is.set)) continue;
        if (is.configurable) Object.defineProperty(holder, key, was);
      }
    }
  };
}
