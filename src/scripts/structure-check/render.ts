import type { Language } from '../../model.js';
import { levelWord, stableHash, STYLES, type HeadingStyle, type Level } from './styles.js';

/** An article as the corpus gives it (the shape `parseTotaXml` returns). */
export interface SourceArticle {
  number?: string;
  name?: string;
  text: string;
}
export interface SourceChapter {
  number?: string;
  name?: string;
  articles: SourceArticle[];
}

/** Where a numbered article landed in the rendered text. */
export interface ExpectedArticle {
  /** The number without its keyword: "14.4" for "ARTICLE 14.4". */
  number: string;
  /** The heading line: a detected article must start inside it. */
  headingStart: number;
  headingEnd: number;
  /** Just past the article's last character (before the next heading or block). */
  end: number;
  /** The title as printed, when the article has one. */
  title?: string;
}

/** Where a chapter-level heading landed, with the title it was printed with. */
export interface ExpectedHeading {
  number: string;
  headingStart: number;
  headingEnd: number;
  title?: string;
}

export interface Rendered {
  text: string;
  articles: ExpectedArticle[];
  chapters: ExpectedHeading[];
  style: string;
  toc: 'none' | 'with leaders' | 'plain' | 'article ranges';
}

const LEVELS: [RegExp, Level][] = [
  [/^(?:CHAPTER|CHAPITRE|CAP[IÍ]TULO)\b/iu, 'chapter'],
  [/^(?:TITLE|TITRE|T[IÍ]TULO)\b/iu, 'title'],
  [/^(?:PART|PARTIE|PARTE)\b/iu, 'part'],
  [/^(?:SECTION|SECCI[OÓ]N)\b/iu, 'section'],
];
const CONTENTS: Record<Language, string> = { en: 'TABLE OF CONTENTS', fr: 'SOMMAIRE', es: 'ÍNDICE' };

/** "ARTICLE 14.4" → "14.4"; undefined when there is no number. */
export function articleNumber(printed: string | undefined): string | undefined {
  const number = printed?.replace(/^ART[\p{L}]*\.?[\s:–-]*/iu, '').trim();
  return number ? number : undefined;
}

/** "CHAPTER 3" → chapter "3"; "TITLE IV" → title "IV"; a bare "VII" is a chapter. */
export function chapterHeading(printed: string | undefined): { level: Level; number: string } | undefined {
  const text = printed?.trim();
  if (!text) return undefined;
  for (const [word, level] of LEVELS) {
    const match = word.exec(text);
    if (match) {
      const number = text.slice(match[0].length).replace(/^[\s:–-]+/, '');
      return number ? { level, number } : undefined;
    }
  }
  return { level: 'chapter', number: text };
}

/** Body text laid out as a published page: one paragraph per line, indentation gone. */
function layOutBody(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/[ \t]{2,}/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Renders an agreement as plain text in the style its id picks, and records where each numbered article went. */
export function renderAgreement(id: string, language: Language, chapters: readonly SourceChapter[]): Rendered {
  const hash = stableHash(id);
  const style = STYLES[hash % STYLES.length]!;
  const toc = style.contentsWithRanges ? 'article ranges' : (['none', 'with leaders', 'plain', 'none'] as const)[(hash >>> 8) % 4]!;
  const out = new Writer();
  if (toc !== 'none') writeContents(out, style, language, chapters, toc);
  const articles: ExpectedArticle[] = [];
  const headings: ExpectedHeading[] = [];
  const gap = style.spaced ? '\n\n' : '\n';
  let open: ExpectedArticle | undefined;
  const boundary = (): void => {
    if (open) open.end = out.trimmedLength();
    open = undefined;
  };
  for (const chapter of chapters) {
    const heading = chapterHeading(chapter.number);
    boundary();
    if (heading) {
      const lines = style.chapter(levelWord(language, heading.level), heading.number, chapter.name);
      if (style.glued && out.length > 0) out.glue(' ');
      headings.push({ number: heading.number, headingStart: out.length, headingEnd: out.length + lines[0]!.length, ...printedTitle(lines, chapter.name) });
      out.block(lines, gap);
    }
    for (const article of chapter.articles) {
      const number = articleNumber(article.number);
      if (number) {
        boundary();
        const lines = style.article(levelWord(language, 'article'), number, article.name);
        open = { number, headingStart: out.length, headingEnd: out.length + lines[0]!.length, end: 0, ...printedTitle(lines, article.name) };
        articles.push(open);
        out.block(lines, style.spaced ? '\n\n' : '\n');
      } else if (article.name && chapter.number) {
        out.block([article.name], '\n');
      }
      out.block([layOutBody(article.text)], '\n\n');
    }
  }
  boundary();
  return { text: out.text(), articles, chapters: headings, style: style.name, toc };
}

/** The title a rendered heading carries, when its style printed the name. */
function printedTitle(lines: readonly string[], name: string | undefined): { title?: string } {
  const flat = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();
  return name && flat(lines.join(' ')).includes(flat(name)) ? { title: name } : {};
}

function writeContents(out: Writer, style: HeadingStyle, language: Language, chapters: readonly SourceChapter[], toc: string): void {
  const leaders = toc === 'with leaders';
  if (leaders || toc === 'article ranges') out.block([CONTENTS[language]], '\n\n');
  if (toc === 'article ranges') {
    writeRanges(out, language, chapters);
    out.block([], '\n\n');
    return;
  }
  let page = 3;
  const entry = (line: string): string => (leaders ? `${line} ${'.'.repeat(8)} ${page++}` : line);
  for (const chapter of chapters) {
    const heading = chapterHeading(chapter.number);
    if (heading) out.block([entry(`${levelWord(language, heading.level)} ${heading.number}${chapter.name ? ` ${chapter.name}` : ''}`)], '\n');
    for (const article of chapter.articles) {
      const number = articleNumber(article.number);
      if (number) out.block([entry(`${levelWord(language, 'article')} ${number}${article.name ? ` ${article.name}` : ''}`)], '\n');
    }
  }
  out.block([], style.spaced ? '\n\n' : '\n');
}

/** EUR-Lex contents: one line per chapter, with the articles it spans ("CHAPTER 8 TRADE IN SERVICES (Articles 8.1-8.5)"). */
function writeRanges(out: Writer, language: Language, chapters: readonly SourceChapter[]): void {
  const plural = { en: 'Articles', fr: 'Articles', es: 'Artículos' }[language];
  for (const chapter of chapters) {
    const heading = chapterHeading(chapter.number);
    const numbers = chapter.articles.map((a) => articleNumber(a.number)).filter((n): n is string => n !== undefined);
    if (!heading) continue;
    const range = numbers.length > 0 ? ` (${plural} ${numbers[0]}-${numbers[numbers.length - 1]})` : '';
    out.block([`${levelWord(language, heading.level).toUpperCase()} ${heading.number}${chapter.name ? ` ${chapter.name.toUpperCase()}` : ''}${range}`], '\n');
  }
}

/** Appends lines and tracks the length, so offsets are known as the text grows. */
class Writer {
  private readonly parts: string[] = [];
  length = 0;
  block(lines: readonly string[], after: string): void {
    const chunk = lines.length > 0 ? `${lines.join('\n')}${after}` : after;
    this.parts.push(chunk);
    this.length += chunk.length;
  }
  /** Trims the text written so far and goes on after `joint` on the same line. */
  glue(joint: string): void {
    const kept = this.trimmedLength();
    const text = this.text().slice(0, kept);
    this.parts.length = 0;
    this.parts.push(text + joint);
    this.length = text.length + joint.length;
  }
  trimmedLength(): number {
    let end = this.length;
    for (let i = this.parts.length - 1; i >= 0; i--) {
      const part = this.parts[i]!;
      const kept = part.trimEnd().length;
      if (kept > 0) return end - (part.length - kept);
      end -= part.length;
    }
    return 0;
  }
  text(): string {
    return this.parts.join('');
  }
}
