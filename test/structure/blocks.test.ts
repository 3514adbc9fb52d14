import { describe, expect, it } from 'vitest';
import { flatten, labels, outlineOf, slice } from './helpers.js';

const BODY = 'Each Party shall ensure that its measures are transparent.';

describe('table of contents', () => {
  it('skips a contents list with page numbers and reads the body', () => {
    const text = [
      'AGREEMENT BETWEEN ALPHA AND BETA', '', 'TABLE OF CONTENTS',
      'Chapter 1 General Provisions ........ 3', 'Article 1.1 Objectives ........ 3', 'Article 1.2 Definitions ........ 4',
      'Chapter 2 Cultural Cooperation ........ 6', 'Article 2.1 Scope ........ 6', '',
      'CHAPTER 1', 'GENERAL PROVISIONS', '', 'Article 1.1', 'Objectives', BODY, '', 'Article 1.2', 'Definitions', BODY, '',
      'CHAPTER 2', 'CULTURAL COOPERATION', '', 'Article 2.1', 'Scope', BODY,
    ].join('\n');
    const outline = outlineOf(text);
    expect(flatten(outline).map((n) => `${n.kind} ${n.number}`)).toEqual([
      'chapter 1', 'article 1.1', 'article 1.2', 'chapter 2', 'article 2.1',
    ]);
    expect(outline[0]!.start).toBe(text.indexOf('CHAPTER 1'));
  });

  it('skips a bare list of headings at the top, even without a title or page numbers', () => {
    const text = [
      'Chapter 1 General Provisions', 'Article 1 Objectives', 'Article 2 Definitions', 'Chapter 2 Final Provisions', 'Article 3 Entry into Force', '',
      'CHAPTER 1', '', 'Article 1', BODY, '', 'Article 2', BODY, '', 'CHAPTER 2', '', 'Article 3', BODY,
    ].join('\n');
    const articles = flatten(outlineOf(text)).filter((n) => n.kind === 'article');
    expect(articles.map((a) => a.number)).toEqual(['1', '2', '3']);
    expect(articles.every((a) => a.start > text.indexOf('\n\nCHAPTER 1'))).toBe(true);
  });

  // A narrow column wraps a long entry: its title, then its dot leader, run over to the next lines, the
  // page number on the last one (or on the entry's own line once the leader fits).
  it.each([
    ['en', 'TABLE OF CONTENTS', 'Preamble', 'Chapter', 'Article', ['General', 'Provisions'], ['Cultural', 'Cooperation'], 'Recognising the importance of cultural diversity;'],
    ['fr', 'TABLE DES MATIÈRES', 'Préambule', 'Chapitre', 'Article', ['Dispositions', 'générales'], ['Coopération', 'culturelle'], 'Reconnaissant l’importance de la diversité culturelle;'],
    ['es', 'ÍNDICE', 'Preámbulo', 'Capítulo', 'Artículo', ['Disposiciones', 'generales'], ['Cooperación', 'cultural'], 'Reconociendo la importancia de la diversidad cultural;'],
  ] as const)('skips a contents list whose entries wrap over two or three lines (%s), and finds the preamble after it', (language, contents, preamble, chapter, article, first, second, recital) => {
    const leader = '.'.repeat(60);
    const text = [
      'AGREEMENT BETWEEN ALPHA AND BETA', contents,
      `${preamble}${leader}`, leader, '......2',
      `${chapter} 1 - ${first[0]}`, `${first[1]}${leader}`, `${leader}3`,
      `${chapter} 2 - ${second[0]}`, `${second[1]}${leader}`, '......4',
      `${chapter} 3 -`, `${first[0]} ${first[1]}......5`,
      preamble, 'The Republic of Alpha and the Kingdom of Beta,', recital, 'Have agreed as follows:',
      `${chapter} 1 - ${first.join(' ')}`, `${article} 1.1 - ${first.join(' ')}`, BODY,
      `${chapter} 2 - ${second.join(' ')}`, `${article} 2.1 - ${second.join(' ')}`, BODY,
      `${chapter} 3 - ${first.join(' ')}`, `${article} 3.1 - ${first.join(' ')}`, BODY,
    ].join('\n');
    const outline = outlineOf(text, language);
    expect(flatten(outline).map((n) => `${n.kind} ${n.number ?? ''}`.trim())).toEqual([
      'preamble', 'chapter 1', 'article 1.1', 'chapter 2', 'article 2.1', 'chapter 3', 'article 3.1',
    ]);
    expect(slice(text, outline[0]!)).toContain(recital);
  });

  it('keeps stacked body headings that do not come back later', () => {
    const text = `PART I\nCHAPTER 1\nArticle 1\n${BODY}\nArticle 2\n${BODY}\n`;
    expect(labels(text)).toEqual(['part I', 'chapter 1', 'article 1', 'article 2']);
  });
});

describe('preamble and conclusion', () => {
  const recitals = 'The Republic of Alpha and the Kingdom of Beta (the "Parties"),\n\nRecognising the importance of cultural diversity;\n\nHave agreed as follows:';

  it('reads the recitals before the first article as the preamble, leaving the title out', () => {
    const text = `FREE TRADE AGREEMENT\n\n${recitals}\n\nArticle 1\n${BODY}\n`;
    const [preamble] = outlineOf(text);
    expect(preamble!.kind).toBe('preamble');
    expect(slice(text, preamble!)).toBe(recitals);
  });

  it('uses an explicit PREAMBLE heading', () => {
    const text = `PREAMBLE\n\n${recitals}\n\nCHAPTER 1\n\nArticle 1.1\n${BODY}\n`;
    expect(outlineOf(text)[0]).toMatchObject({ kind: 'preamble', start: 0 });
  });

  it('ends the last article at the closing formula', () => {
    const text = `Article 30\n${BODY}\n\nIN WITNESS WHEREOF the undersigned have signed this Agreement.\n\nDone at Geneva, in duplicate.\n`;
    const outline = outlineOf(text);
    expect(outline.map((n) => n.kind)).toEqual(['article', 'conclusion']);
    expect(slice(text, outline[0]!)).toBe(`Article 30\n${BODY}`);
  });

  it('keeps the closing formula when an annex with articles of its own follows the signatures', () => {
    const text = [
      'Article 41', BODY, '', 'Done at Pretoria, on 15 December 2004, in two originals.', '', 'FOR THE REPUBLIC OF ALPHA', '',
      'ANNEX III', 'RULES OF ORIGIN', '', 'Article 1', 'Definitions', BODY, '', 'Article 2', 'General requirements', BODY,
    ].join('\n');
    const outline = outlineOf(text);
    expect(outline.slice(0, 3).map((n) => n.kind)).toEqual(['article', 'conclusion', 'annex']);
    expect(slice(text, outline[0]!)).toBe(`Article 41\n${BODY}`);
  });

  it('does not take "Fait à" of a model form in an annex before the next chapter for the closing formula', () => {
    const text = [
      'CHAPITRE 1', '', 'Article 1', BODY, '', 'ANNEXE A', 'MODÈLE DE CERTIFICAT', 'Fait à ..........., le ..........', '',
      'CHAPITRE 2', '', 'Article 2', BODY, '', 'Fait à Paris, le 3 mai 2001, en deux exemplaires.',
    ].join('\n');
    const outline = flatten(outlineOf(text, 'fr'));
    const conclusion = outline.filter((n) => n.kind === 'conclusion');
    expect(conclusion.map((n) => n.start)).toEqual([text.indexOf('Fait à Paris')]);
  });

  it('ends the last article where an EU closing formula starts in another official language', () => {
    for (const closing of ['Съставено в Брюксел на двадесет и първи март.', 'Til bekræftelse heraf har undertegnede befuldmægtigede underskrevet denne aftale.', 'Zu Urkund dessen haben die unterzeichneten Bevollmächtigten ihre Unterschriften gesetzt.']) {
      const text = `Article 49\n${BODY}\n\n${closing}\n\nIn witness whereof, the undersigned Plenipotentiaries have signed this Agreement.\n`;
      const outline = outlineOf(text);
      expect(outline.map((n) => n.kind)).toEqual(['article', 'conclusion']);
      expect(slice(text, outline[0]!)).toBe(`Article 49\n${BODY}`);
    }
  });

  it('does not take "Done at" inside an earlier article for the conclusion', () => {
    const text = `Article 1\nThe Marrakesh Agreement,\nDone at Marrakesh on 15 April 1994, applies.\n\nArticle 2\n${BODY}\n`;
    expect(labels(text)).toEqual(['article 1', 'article 2']);
  });
});

describe('paragraphs', () => {
  it('nests numbered paragraphs, lettered and roman sub-paragraphs under the article', () => {
    const text = [
      'Article 4: Cultural Cooperation', '1. The Parties shall:', '(a) promote exchanges;', '(i) of artists;', '(ii) of works;',
      '(b) support co-productions.', '2. This Article does not apply to',
      '2019. a year at the start of a wrapped line', '(e) nor a stray letter.',
    ].join('\n');
    const article = outlineOf(text)[0]!;
    const shape = (n: typeof article): unknown => [n.number, n.children.map(shape)];
    expect(article.children.map(shape)).toEqual([
      ['1', [['(a)', [['(i)', []], ['(ii)', []]]], ['(b)', []]]],
      ['2', []],
    ]);
    expect(slice(text, article.children[0]!.children[1]!)).toBe('(b) support co-productions.');
  });
});

describe('footnotes', () => {
  it('reads a footnote block after a rule inside an article', () => {
    const text = `Article 3\n${BODY}1\n__________\n1 For greater certainty, this covers audiovisual services.\n\nArticle 4\n${BODY}\n`;
    const article = outlineOf(text)[0]!;
    const notes = article.children.find((c) => c.kind === 'footnotes');
    expect(notes && slice(text, notes)).toBe('__________\n1 For greater certainty, this covers audiovisual services.');
  });

  it('reads notes a word processor set as paragraphs under the rule, blank lines between them', () => {
    const text = `Article 3\n${BODY}(1)\n\n__________\n\n(1) For greater certainty, this covers audiovisual services.\n\n(2) A second note.\n\nArticle 4\n${BODY}\n`;
    const article = outlineOf(text)[0]!;
    const notes = article.children.find((c) => c.kind === 'footnotes');
    expect(notes && slice(text, notes)).toBe('__________\n\n(1) For greater certainty, this covers audiovisual services.\n\n(2) A second note.');
  });

  it('reads a "Footnotes" block at the end of the text', () => {
    const text = `Article 9\n${BODY}\n\nFootnotes\n1 A first note.\n2 A second note.\n`;
    expect(flatten(outlineOf(text)).map((n) => n.kind)).toEqual(['article', 'footnotes']);
  });

  it('reads "[1]" notes that open a paragraph (Word notes) as footnotes, but not a "[2]" in the body', () => {
    const text = `Article 9\n${BODY}\n\n[2] is not a note here.\n\n[1] A first note.\n\n[2] A second note.\n`;
    const notes = flatten(outlineOf(text)).find((n) => n.kind === 'footnotes');
    expect(notes && slice(text, notes)).toBe('[1] A first note.\n\n[2] A second note.');
  });

  it('reads "[1]" notes with no blank line before them once the body has called note [1] (a PDF of Word notes)', () => {
    const called = `Article 9\nThe Parties recall the Convention,[1] and ${BODY}\nDone at Orlund.\n[1] Both Parties have ratified the\nConvention.\n[2] A second note.\n`;
    const notes = flatten(outlineOf(called)).find((n) => n.kind === 'footnotes');
    expect(notes && slice(called, notes)).toBe('[1] Both Parties have ratified the\nConvention.\n[2] A second note.');
    // Two columns wrap the call to the start of a line: it is still a call, not the note.
    const wrapped = `Article 9\nThe Parties recall the Convention done in 2005,\n[1] and ${BODY}\nDone at Orlund.\n[1] Both Parties have ratified it.\n`;
    const wrappedNotes = flatten(outlineOf(wrapped)).filter((n) => n.kind === 'footnotes');
    expect(wrappedNotes.map((n) => slice(wrapped, n))).toEqual(['[1] Both Parties have ratified it.']);
    const uncalled = `Article 9\n${BODY}\n[1] The Parties shall cooperate.\n[2] They shall meet.\n`;
    expect(flatten(outlineOf(uncalled)).some((n) => n.kind === 'footnotes')).toBe(false);
  });
});

describe('contents that list annexes and their appendices', () => {
  it('reads no annex above the preamble: the entries a contents list left behind are not annexes, and the preamble is found', () => {
    const text = [
      'FREE TRADE AGREEMENT BETWEEN ALPHA AND BETA', '', 'TABLE OF CONTENTS', 'Preamble', 'Chapter 1: Initial Provisions', 'Chapter 2: Trade in Goods',
      'Annex 1 Schedules of Tariff Commitments', 'General Notes', 'Schedule of Alpha', 'Schedule of Beta', 'Headnote',
      'Appendix 1: Tariff Rate Quotas', 'Appendix 2: Rice', 'Annex 2 Product Specific Rules', '- 1 -',
      'PREAMBLE', 'The Government of Alpha and the Government of Beta,', 'RECOGNISING their ties;', 'Have agreed as follows:',
      'CHAPTER 1', 'INITIAL PROVISIONS', 'Article 1.1', 'Establishment', BODY,
      'CHAPTER 2', 'TRADE IN GOODS', 'Article 2.1', 'Scope', BODY, '', 'ANNEX 1', 'SCHEDULES OF TARIFF COMMITMENTS', 'Text of the schedules.',
    ].join('\n');
    expect(labels(text)).toEqual(['preamble', 'chapter 1', 'article 1.1', 'chapter 2', 'article 2.1', 'annex 1']);
  });
});

describe('notes printed at the foot of the pages of a plain text', () => {
  /** Three pages of a printed agreement saved as text: page numbers left in, notes above them. */
  const pages = (notes: string[], secondPageNotes: string[] = []) =>
    [
      'Article 7', 'Most-Favoured-Nation Treatment', '1. Each Party shall accord to investors of the other Party treatment no less',
      'favourable than that it accords to investors of any third State.', '2. Notwithstanding paragraph 1, a Party may adopt or maintain',
      'any measure that accords differential treatment:', '(a) to disadvantaged minorities and ethnic groups14; or', '', ...notes, '41',
      '(b) involving cultural industries related to the production of books.', 'Article 8', 'Transfers', `${BODY}15`, '', ...secondPageNotes, '42',
      'Article 9', 'Subrogation', BODY, '43',
    ].join('\n');

  it('sets the notes above a page number apart, numbered on from the page before, and the article reads on below them', () => {
    const text = pages(['14 For purposes of this Chapter, minorities include peasant communities; ethnic', 'groups means indigenous communities.'], [
      '15 For greater certainty, this Article does not apply to the matters referred to in', 'Article 12.4 of the GATS.',
    ]);
    const outline = outlineOf(text);
    expect(flatten(outline).filter((n) => n.kind === 'article').map((n) => n.number)).toEqual(['7', '8', '9']);
    const article7 = outline[0]!;
    const notes = article7.children.find((c) => c.kind === 'footnotes');
    expect(notes && slice(text, notes)).toBe('14 For purposes of this Chapter, minorities include peasant communities; ethnic\ngroups means indigenous communities.');
    // The note's "Article 12.4" opens a line but is no heading, and the article goes on after the note to the next heading.
    expect(slice(text, article7)).toContain('(b) involving cultural industries');
    expect(flatten(outline).some((n) => n.kind === 'article' && n.number === '12.4')).toBe(false);
  });

  it("reads a note whose number stands alone on its line, above the note's text", () => {
    const text = pages(['14', ' For purposes of this Chapter, minorities include peasant communities.']);
    const notes = flatten(outlineOf(text)).find((n) => n.kind === 'footnotes');
    expect(notes && slice(text, notes)).toBe('14\n For purposes of this Chapter, minorities include peasant communities.');
  });

  it('leaves numbered lines above a page number in the body when nothing in the page calls them', () => {
    const text = pages(['3 Each Party shall publish its measures.', '4 The Parties shall meet once a year.']).replace('groups14', 'groups');
    expect(flatten(outlineOf(text)).some((n) => n.kind === 'footnotes')).toBe(false);
  });
});

describe('French and Spanish', () => {
  it('reads French headings, "Article premier" and "Article 1er"', () => {
    const text = `TITRE PREMIER\nDISPOSITIONS GÉNÉRALES\n\nChapitre 1\n\nArticle premier\nLes Parties coopèrent.\n\nArticle 2\nLes Parties coopèrent.\n\nSection 2 : Services\n\nArticle 1er\nTexte.\n\nAnnexe II\nLISTE\n`;
    expect(labels(text, 'fr')).toEqual(['part PREMIER', 'chapter 1', 'article premier', 'article 2', 'section 2', 'article 1er', 'annex II']);
  });

  it('reads Spanish headings', () => {
    const text = `CAPÍTULO 14\nCOMERCIO ELECTRÓNICO\n\nSección A: Disposiciones Generales\n\nArtículo 14.3: Ámbito de Aplicación\nEste Capítulo se aplica a las medidas.\n\nArtículo 14.4\nEl artículo 5 no se aplica.\n\nANEXO I\nLISTA DE COLOMBIA\n`;
    expect(labels(text, 'es')).toEqual(['chapter 14', 'section A', 'article 14.3', 'article 14.4', 'annex I']);
  });

  it('reads a Spanish preamble and closing formula', () => {
    const text = `Los Gobiernos de las Partes,\n\nReconociendo la importancia de la cultura;\n\nHan acordado lo siguiente:\n\nArtículo 1\nTexto del artículo.\n\nHecho en Lima, en dos ejemplares.\n`;
    expect(outlineOf(text, 'es').map((n) => n.kind)).toEqual(['preamble', 'article', 'conclusion']);
  });
});
