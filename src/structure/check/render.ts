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
}

export interface Rendered {
  text: string;
  articles: ExpectedArticle[];
  style: string;
  toc: 'none' | 'with leaders' | 'plain';
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
export function layOutBody(text: string): string {
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
  const toc = (['none', 'with leaders', 'plain', 'none'] as const)[(hash >>> 8) % 4]!;
  const out = new Writer();
  if (toc !== 'none') writeContents(out, style, language, chapters, toc);
  const articles: ExpectedArticle[] = [];
  const gap = style.spaced ? '\n\n' : '\n';
  let open: ExpectedArticle | undefined;
  const boundary = (): void => {
    if (open) open.end = out.trimmedLength();
    open = undefined;
  };
  for (const chapter of chapters) {
    const heading = chapterHeading(chapter.number);
    boundary();
    if (heading) out.block(style.chapter(levelWord(language, heading.level), heading.number, chapter.name), gap);
    for (const article of chapter.articles) {
      const number = articleNumber(article.number);
      if (number) {
        boundary();
        const lines = style.article(levelWord(language, 'article'), number, article.name);
        open = { number, headingStart: out.length, headingEnd: out.length + lines[0]!.length, end: 0 };
        articles.push(open);
        out.block(lines, style.spaced ? '\n\n' : '\n');
      } else if (article.name && chapter.number) {
        out.block([article.name], '\n');
      }
      out.block([layOutBody(article.text)], '\n\n');
    }
  }
  boundary();
  return { text: out.text(), articles, style: style.name, toc };
}

function writeContents(out: Writer, style: HeadingStyle, language: Language, chapters: readonly SourceChapter[], toc: string): void {
  const leaders = toc === 'with leaders';
  if (leaders) out.block([CONTENTS[language]], '\n\n');
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

/** Appends lines and tracks the length, so offsets are known as the text grows. */
class Writer {
  private readonly parts: string[] = [];
  length = 0;
  block(lines: readonly string[], after: string): void {
    const chunk = lines.length > 0 ? `${lines.join('\n')}${after}` : after;
    this.parts.push(chunk);
    this.length += chunk.length;
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
