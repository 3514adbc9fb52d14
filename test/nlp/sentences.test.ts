import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences, squash } from '../../src/nlp/index.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));
/** The sentences as legal force reads them: list items kept with their lead-in, whitespace collapsed. */
const keepingItems = (text: string) => splitSentences(text, 0, text.length, 'with-lead-in').map((s) => squash(text.slice(s.start, s.end)));
const paragraphs = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at a full stop before a capital', () => {
    expect(sentences('The Parties agree. Each Party shall act.')).toEqual(['The Parties agree.', 'Each Party shall act.']);
  });

  it('keeps legal abbreviations, initials and decimal numbers inside a sentence', () => {
    const text = 'Under Art. 5 and No. 3, i.e. Section B. Rules of para. 19.4 apply. Then another.';
    expect(sentences(text)).toEqual(['Under Art. 5 and No. 3, i.e. Section B. Rules of para. 19.4 apply.', 'Then another.']);
  });

  it('does not end a sentence at a numbered label', () => {
    expect(sentences('1. The Parties agree.\n2. Each Party acts.')).toEqual(['1. The Parties agree.', '2. Each Party acts.']);
    expect(sentences('Article 5. Scope of this Chapter')).toEqual(['Article 5. Scope of this Chapter']);
  });

  it('ignores a blank line in mid-sentence (OCR) but splits under a short heading', () => {
    expect(sentences('The Government of the\n\nRepublic agrees.')).toEqual(['The Government of the\n\nRepublic agrees.']);
    expect(sentences('Scope\n\nThis Chapter applies.')).toEqual(['Scope', 'This Chapter applies.']);
  });

  it('makes each list item a sentence that carries its lead-in', () => {
    const text = 'This Chapter does not apply to:\n(a) air services;\n(b) broadcasting; and\n(c) procurement.\nOther text.';
    const segments = splitSentences(text);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['This Chapter does not apply to:', '(a) air services;', '(b) broadcasting; and', '(c) procurement.', 'Other text.']);
    const leadIn = segments[0];
    expect(segments.slice(1, 4).every((s) => s.leadIn?.start === leadIn?.start && s.leadIn?.end === leadIn?.end)).toBe(true);
    expect(segments[4]?.leadIn).toBeUndefined();
  });
});

describe('splitSentences, lists inside lists', () => {
  const leadInOf = (text: string, opening: string) => {
    const item = splitSentences(text).find((s) => text.startsWith(opening, s.start));
    return item?.leadIn ? text.slice(item.leadIn.start, item.leadIn.end) : undefined;
  };

  it('gives an item after a nested list the lead-in of its own level, not the nested list\'s', () => {
    const text = '2. The Council shall:\n\n(a) consider the implementation of this Chapter;\n\n(b) provide for public participation, including by:\n\n(i) establishing mechanisms to exchange information,\n\n(ii) receiving public views; and\n\n(c) endeavour to resolve matters referred to it.';
    expect(leadInOf(text, '(i)')).toBe('(b) provide for public participation, including by:');
    expect(leadInOf(text, '(ii)')).toBe('(b) provide for public participation, including by:');
    expect(leadInOf(text, '(c)')).toBe('2. The Council shall:');
    expect(keepingItems(text)).toHaveLength(1);
  });

  it('reads "(i)" right after a lead-in as the first item of the nested list, and "(i)" after "(h)" as a letter of the outer one', () => {
    const text = 'Each Party shall:\n(g) publish its measures;\n(h) designate, for that purpose:\n(i) a contact point; and\n(ii) an office;\n(i) notify the other Party.';
    expect(leadInOf(text, '(i) a contact')).toBe('(h) designate, for that purpose:');
    expect(leadInOf(text, '(ii)')).toBe('(h) designate, for that purpose:');
    expect(leadInOf(text, '(i) notify')).toBe('Each Party shall:');
  });
});

describe('splitSentences, the layouts of lists and notes', () => {
  it('takes a letter and a full stop after a colon, a semicolon or a line end for a list item that carries its lead-in', () => {
    const text = 'Member States shall, in trade between them:\n\na. Adopt measures to remove barriers.\n\nb. Refrain from new barriers.\n\n2. Each Party keeps its rights.';
    const segments = splitSentences(text);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual(['Member States shall, in trade between them:', 'a. Adopt measures to remove barriers.', 'b. Refrain from new barriers.', '2. Each Party keeps its rights.']);
    expect(segments.map((s) => s.leadIn?.start)).toEqual([undefined, 0, 0, undefined]);
    expect(sentences('The duties shall be reduced to ten percent; b. On 31 December all duties shall go.')).toEqual(['The duties shall be reduced to ten percent;', 'b. On 31 December all duties shall go.']);
    expect(sentences('3. a. Whenever practicable the Parties will act.')).toEqual(['3. a. Whenever practicable the Parties will act.']);
  });

  it('keeps a list label set alone on its line with the text after it, so that each item keeps its lead-in', () => {
    const text = 'Each Party shall allow entry in the following sub-sectors:\n\n28.\n\ntourist guides services;\n\n29.\n\nentertainment services.\n\nWithout prejudice to paragraph 1, the other Party shall act.';
    const segments = splitSentences(text);
    expect(segments.map((s) => text.slice(s.start, s.end))).toEqual([
      'Each Party shall allow entry in the following sub-sectors:',
      '28.\n\ntourist guides services;',
      '29.\n\nentertainment services.',
      'Without prejudice to paragraph 1, the other Party shall act.',
    ]);
    expect(segments.map((s) => s.leadIn?.start)).toEqual([undefined, 0, 0, undefined]);
  });

  it('ends a sentence after a footnote number glued to its full stop, and after closing quotes', () => {
    expect(sentences('digital products means products encoded digitally.1\n\nArticle 14.2 Scope')).toEqual(['digital products means products encoded digitally.1', 'Article 14.2 Scope']);
    expect(sentences('as set out in Annex 8.70 of the Protocol. Then.')).toEqual(['as set out in Annex 8.70 of the Protocol.', 'Then.']);
    expect(sentences('It is called "the Committee." The Committee meets.')).toEqual(['It is called "the Committee."', 'The Committee meets.']);
    expect(sentences('¿Qué es? «El Comité» decide.')).toEqual(['¿Qué es?', '«El Comité» decide.']);
  });
});

describe('splitSentences, list items kept with their lead-in', () => {
  it('keeps a chapeau with its lettered items and does not split at numbers or abbreviations', () => {
    const text = '1. This Section applies to all services with the exception of:\n\n(a) audio-visual services;\n\n(b) cabotage.\n\n2. See Art. 14.3 of the GATS. The Parties shall cooperate.';
    expect(keepingItems(text)).toEqual([
      '1. This Section applies to all services with the exception of: (a) audio-visual services; (b) cabotage.',
      '2. See Art. 14.3 of the GATS.',
      'The Parties shall cooperate.',
    ]);
  });

  it('ends a recital at its semicolon and line end', () => {
    expect(keepingItems('Recognising A;\nAffirming B;\nHave agreed as follows:')).toEqual(['Recognising A;', 'Affirming B;', 'Have agreed as follows:']);
  });

  it('reads a window of a longer text, with offsets of the whole', () => {
    const text = 'Before. Each Party shall act:\n(a) now; and\n(b) later. After.';
    const window = { start: text.indexOf('Each'), end: text.indexOf(' After') };
    expect(splitSentences(text, window.start, window.end, 'with-lead-in').map((s) => text.slice(s.start, s.end))).toEqual(['Each Party shall act:\n(a) now; and\n(b) later.']);
  });

  it('joins the items of a lettered list to their lead-in, and only them', () => {
    const text = 'Member States shall:\n\na. Adopt measures.\n\nb. Refrain from barriers.\n\nScope\n\n2. Each Party acts.';
    expect(keepingItems(text)).toEqual(['Member States shall: a. Adopt measures. b. Refrain from barriers.', 'Scope', '2. Each Party acts.']);
    const bullets = 'Cooperation may take these forms:\n\n- exchanges of information,\n\n- cultural exchanges.\n\nThe Parties shall report.';
    expect(keepingItems(bullets)).toEqual(['Cooperation may take these forms: - exchanges of information, - cultural exchanges.', 'The Parties shall report.']);
  });

  it('ends a list at a note or paragraph that follows its last item', () => {
    const text = 'Each Party shall ensure that enterprises may:\n(a) lease circuits;\n(b) connect them;\n9-1 For greater certainty, this does not apply to broadcasting.';
    expect(keepingItems(text)).toEqual(['Each Party shall ensure that enterprises may: (a) lease circuits; (b) connect them;', '9-1 For greater certainty, this does not apply to broadcasting.']);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(keepingItems('See Doc. WT/L/5 and Art. 3 of the GATS. As J. Smith said. Done.')).toEqual(['See Doc. WT/L/5 and Art. 3 of the GATS.', 'As J. Smith said.', 'Done.']);
  });
});

describe('splitParagraphs', () => {
  it('starts a paragraph at a numbered line and keeps lettered items with their paragraph', () => {
    const text = '1. This Chapter does not apply to:\n\n(a) air services;\n\n(b) broadcasting.\n\n2. Each Party keeps its rights.';
    expect(paragraphs(text)).toEqual(['1. This Chapter does not apply to:\n\n(a) air services;\n\n(b) broadcasting.', '2. Each Party keeps its rights.']);
  });

  it('splits at a blank line after closing punctuation, not in mid-sentence', () => {
    expect(paragraphs('First point.\n\nSecond point.')).toEqual(['First point.', 'Second point.']);
    expect(paragraphs('A sentence broken\n\nby OCR.')).toEqual(['A sentence broken\n\nby OCR.']);
  });

  it('honours paragraph starts known from the outline', () => {
    const text = 'One thing, and\nanother thing.';
    expect(splitParagraphs(text, 0, text.length, [text.indexOf('another')]).map((s) => text.slice(s.start, s.end))).toEqual(['One thing, and', 'another thing.']);
  });
});
