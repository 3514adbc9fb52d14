import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-text.js';
import { labels } from '../structure/helpers.js';

describe('ordered lists of a web page, numbered by the browser rather than in the text', () => {
  it('writes each item of a numbered and a lettered list with the enumerator the page shows', () => {
    const html = [
      '<h3>Article 14.2: Scope</h3>',
      '<ol><li>This Chapter applies to measures affecting trade by electronic means.</li>',
      '<li>This Chapter does not apply to:<ol type="a"><li>government procurement;</li><li><strong>audiovisual</strong> services.</li></ol></li></ol>',
    ].join('\n');
    expect(htmlToText(html)).toBe(
      [
        'Article 14.2: Scope',
        '',
        '1. This Chapter applies to measures affecting trade by electronic means.',
        '2. This Chapter does not apply to:',
        '',
        '(a) government procurement;',
        '(b) audiovisual services.',
      ].join('\n'),
    );
    expect(labels(htmlToText(html))).toEqual(['article 14.2', 'paragraph 1', 'paragraph 2', 'paragraph (a)', 'paragraph (b)']);
  });

  it('follows start, value and the roman and capital types', () => {
    expect(htmlToText('<ol start="3"><li>third</li><li value="7">seventh</li><li>eighth</li></ol>')).toBe('3. third\n7. seventh\n8. eighth');
    expect(htmlToText('<ol type="i"><li>one</li><li>two</li><li>three</li><li>four</li></ol>')).toBe('(i) one\n(ii) two\n(iii) three\n(iv) four');
    expect(htmlToText('<ol type="A"><li>first</li><li>second</li></ol>')).toBe('(A) first\n(B) second');
  });

  it('adds nothing where the text numbers its items itself, nor to a bulleted list', () => {
    expect(htmlToText('<ol style="list-style:none"><li>(a) first;</li><li><b>1.</b> second</li></ol>')).toBe('(a) first;\n1. second');
    expect(htmlToText('<ul><li>culture</li><li>tourism</li></ul>')).toBe('culture\ntourism');
  });

  it('writes the number of a paragraph whose words open with its first point, as the text prints it', () => {
    const html = '<ol start="3"><li>No Party may accord less favourable treatment.</li><li>(a) No Party may accord less favourable treatment to digital products.<ol type="a" start="2"><li>No Party may discriminate.</li></ol></li></ol>';
    expect(htmlToText(html)).toBe('3. No Party may accord less favourable treatment.\n4. (a) No Party may accord less favourable treatment to digital products.\n\n(b) No Party may discriminate.');
  });

  it('keeps the numbers a converted Word file gives its notes, not a list number', () => {
    const html = '<p>Cultural Expressions<a href="#footnote-1" id="footnote-ref-1">[1]</a>.</p><ol><li id="footnote-1"><p>Adopted in 2005. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToText(html)).toBe('Cultural Expressions[1].\n\n[1] Adopted in 2005.');
  });
});
