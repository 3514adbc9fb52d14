import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import { htmlToText } from '../../src/ingest/html-text.js';
import type { OutlineNode } from '../../src/model.js';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'ingest', 'web-page-notes.html');

const headings = (nodes: readonly OutlineNode[]): string[] =>
  nodes.flatMap((n) => [...(n.kind === 'paragraph' ? [] : [`${n.kind} ${n.number ?? ''} ${n.heading ?? ''}`.trim()]), ...headings(n.children)]);

/**
 * A web page calls its notes with a superscript number linked to the note ("Article 1.1<sup><a
 * href="#note1">1</a></sup>"), which a browser sets apart by its size alone: as text the call is
 * written in brackets, as a Word file's is, so that it is not read as more digits of the number it
 * follows.
 */
describe('note calls of a web page, as superscript links', () => {
  it('are written in brackets, in a heading and at the end of a sentence', () => {
    expect(htmlToText('<h3>Article 1.1<sup><a href="#note1">1</a></sup><br>Objectives</h3>')).toBe('Article 1.1[1]\nObjectives');
    expect(htmlToText('<h3>Article 1.2<a href="#note2"><sup>2</sup></a>: Definitions</h3>')).toBe('Article 1.2[2]: Definitions');
    expect(htmlToText('<p>applies to cultural industries.<sup><a href="#n3">3</a></sup></p>')).toBe('applies to cultural industries.[3]');
  });

  it('leaves a superscript that calls no note as it is: a power, a unit', () => {
    expect(htmlToText('<p>10<sup>6</sup> units in 5 km<sup>2</sup></p>')).toBe('106 units in 5 km2');
  });

  it('leaves out the arrow that links a note back to its call', () => {
    const html = '<hr><ol class="footnotes"><li id="fn1">Adopted in 2005. <a href="#ref1">↩</a></li><li id="fn2">Books and films.<a href="#ref2">↑</a></li></ol>';
    expect(htmlToText(html)).toBe('__________\n\n1. Adopted in 2005.\n2. Books and films.');
  });

  it('reads every article of a page whose headings call notes with its own number and title', async () => {
    const doc = await readAgreement(FIXTURE);
    expect(headings(doc.outline).filter((h) => !h.startsWith('footnotes'))).toEqual([
      'chapter 1 Initial Provisions',
      'article 1.1 Objectives',
      'article 1.2 Definitions',
      'chapter 2 Cross-Border Trade in Services',
      'article 2.1 Cultural Industries',
    ]);
  });
});
