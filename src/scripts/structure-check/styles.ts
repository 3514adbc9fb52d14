import type { Language } from '../../model.js';

/** Level words of a rendered heading, per language. */
export type Level = 'part' | 'title' | 'chapter' | 'section' | 'article';

const WORDS: Record<Language, Record<Level, string>> = {
  en: { part: 'Part', title: 'Title', chapter: 'Chapter', section: 'Section', article: 'Article' },
  fr: { part: 'Partie', title: 'Titre', chapter: 'Chapitre', section: 'Section', article: 'Article' },
  es: { part: 'Parte', title: 'Título', chapter: 'Capítulo', section: 'Sección', article: 'Artículo' },
};

/** How one published layout writes a heading: the lines it takes, and what separates it from the body. */
export interface HeadingStyle {
  name: string;
  /** Lines for a chapter-level heading. */
  chapter(word: string, number: string, name: string | undefined): string[];
  /** Lines for an article heading. */
  article(word: string, number: string, name: string | undefined): string[];
  /** Whether a blank line separates headings and bodies. */
  spaced: boolean;
  /** Chapter-level headings run onto the end of the paragraph before them, as careless extraction leaves them. */
  glued?: boolean;
  /** A table of contents always precedes the text, giving each chapter's article range (EUR-Lex). */
  contentsWithRanges?: boolean;
}

/** "TRADE IN SERVICES" or "Trade in Services" → "Trade in services", as EUR-Lex sets titles. */
export function sentenceCase(name: string): string {
  const lower = name.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** Wraps capitals over lines of about 50 characters, as title pages set long chapter names. */
function wrapCaps(name: string): string[] {
  const words = name.toUpperCase().split(/\s+/);
  const lines: string[] = [''];
  for (const w of words) {
    const current = lines[lines.length - 1]!;
    if (current.length > 0 && current.length + w.length > 50) lines.push(w);
    else lines[lines.length - 1] = current ? `${current} ${w}` : w;
  }
  return lines;
}

const sameLine = (sep: string, caps: boolean) => (word: string, number: string, name: string | undefined) => {
  const head = `${caps ? word.toUpperCase() : word} ${number}`;
  return [name ? `${head}${sep}${caps ? name.toUpperCase() : name}` : head];
};

export const STYLES: HeadingStyle[] = [
  {
    name: 'caps-chapter, article title on next line',
    chapter: (w, n, name) => [`${w.toUpperCase()} ${n}`, ...(name ? wrapCaps(name) : [])],
    article: (w, n, name) => [`${w} ${n}`, ...(name ? [name] : [])],
    spaced: true,
  },
  { name: 'colon, same line', chapter: sameLine(': ', false), article: sameLine(': ', false), spaced: true },
  { name: 'capitals, colon, same line', chapter: sameLine(': ', true), article: sameLine(': ', true), spaced: true },
  { name: 'title case, no separator', chapter: sameLine(' ', false), article: sameLine(' ', false), spaced: true },
  { name: 'dash, compact (no blank lines)', chapter: sameLine(' – ', true), article: sameLine(' - ', false), spaced: false },
  {
    name: 'EUR-Lex: title under the heading, sentence case',
    chapter: (w, n, name) => [`${w.toUpperCase()} ${n}`, ...(name ? ['', sentenceCase(name)] : [])],
    article: (w, n, name) => [`${w} ${n}`, ...(name ? ['', sentenceCase(name)] : [])],
    spaced: true,
    contentsWithRanges: true,
  },
  {
    name: 'chapter glued to the paragraph before it',
    chapter: sameLine(': ', false),
    article: sameLine(': ', false),
    spaced: false,
    glued: true,
  },
  {
    name: 'numbers only',
    chapter: (w, n) => [`${w.toUpperCase()} ${n}`],
    article: (w, n) => [`${w.toUpperCase()} ${n}`],
    spaced: true,
  },
];

export const levelWord = (language: Language, level: Level): string => WORDS[language][level];

/** FNV-1a: a stable hash of the agreement id, so each file always gets the same style. */
export function stableHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
