import { describe, expect, it } from 'vitest';
import { flatten, labels, outlineOf } from './helpers.js';

const BODY = 'The Parties shall cooperate closely in this field.';

describe('heading forms', () => {
  it.each([
    ['CHAPTER 14', 'chapter 14'],
    ['Chapter Fourteen', 'chapter Fourteen'],
    ['CHAPTER TWENTY ONE', 'chapter TWENTY ONE'],
    ['PART III', 'part III'],
    ['TITLE IV', 'part IV'],
    ['SECTION F', 'section F'],
    ['Section A: Investment', 'section A'],
    ['Sub-Section 1', 'subsection 1'],
    ['Article 14.4: Non-Discriminatory Treatment of Digital Products', 'article 14.4'],
    ['ARTICLE 2106', 'article 2106'],
    ['Article G-01', 'article G-01'],
    ['Art. 5', 'article 5'],
    ['Article 4 - Definitions', 'article 4'],
    ['ARTICLE 301: DEFINITIONS', 'article 301'],
    ['Article 3.1 Scope and Coverage', 'article 3.1'],
    ['Article 5 bis', 'article 5 bis'],
    ['ARTICLE XIII.2', 'article XIII.2'],
    ['ANNEX I', 'annex I'],
    ['Annex 8-B: Cultural Industries', 'annex 8-B'],
    ['APPENDIX 2', 'appendix 2'],
  ])('%s', (heading, label) => {
    expect(labels(`${heading}\n\n${BODY}\n`)).toContain(label);
  });

  it('reads Roman article numbers written as one letter, L (50) and C (100), in their run', () => {
    const numbers = ['XLIX', 'L', 'LI', 'XCIX', 'C', 'CI'];
    const text = numbers.map((n) => `ARTICLE ${n}\nGeneral Provisions\n1. ${BODY}\n`).join('\n');
    expect(labels(text).filter((l) => l.startsWith('article'))).toEqual(numbers.map((n) => `article ${n}`));
  });

  it('reads a chapter whose title runs over two lines, and keeps the title', () => {
    const text = 'CHAPTER 8\nTRADE IN SERVICES, INVESTMENT LIBERALISATION AND\nELECTRONIC COMMERCE\n\nArticle 8.1\nScope\n\n' + BODY;
    const [chapter] = outlineOf(text);
    expect(chapter).toMatchObject({ kind: 'chapter', number: '8' });
    expect(chapter!.heading).toBe('TRADE IN SERVICES, INVESTMENT LIBERALISATION AND ELECTRONIC COMMERCE');
    expect(chapter!.children.map((c) => [c.kind, c.number, c.heading])).toEqual([['article', '8.1', 'Scope']]);
  });

  it('takes an article heading from the next line ("Article 8.70" then its heading)', () => {
    const text = 'Article 8.70\nCultural Cooperation\n' + BODY;
    expect(outlineOf(text)[0]).toMatchObject({ kind: 'article', number: '8.70', heading: 'Cultural Cooperation' });
  });

  it('takes an article title in sentence case from the line under "Article 301", as EU drafts write it', () => {
    const text = 'Article 301\nCooperation in the field of electronic commerce\n\n1. The Parties shall maintain a dialogue.\n\nArticle 302\nCustoms duties on electronic transmissions\nNo Party shall impose customs duties.';
    expect(outlineOf(text).map((n) => [n.number, n.heading])).toEqual([
      ['301', 'Cooperation in the field of electronic commerce'],
      ['302', 'Customs duties on electronic transmissions'],
    ]);
  });

  it("takes a chapter's sentence-case title from the line between its heading and its first article's, with no blank line", () => {
    const text = 'CHAPTER 18\nCooperation in the audiovisual and media fields\nArticle 364\nThe Parties will promote cooperation in the audio-visual field.';
    const chapter = outlineOf(text)[0]!;
    expect([chapter.number, chapter.heading, chapter.children[0]?.number]).toEqual(['18', 'Cooperation in the audiovisual and media fields', '364']);
  });

  it('takes a sentence-case title from the heading line itself, after a colon or a dash, as a web page sets it', () => {
    const text = 'CHAPTER FOUR: Cooperation in the field of culture\n\nArticle 4.3: Cooperation in international fora\n\n1. The Parties shall consult within UNESCO.\n\nArticle 4.4 – Entry into force\n\nThis Agreement enters into force on signature.';
    expect(flatten(outlineOf(text)).filter((n) => n.kind !== 'paragraph').map((n) => [n.kind, n.number, n.heading])).toEqual([
      ['chapter', 'FOUR', 'Cooperation in the field of culture'],
      ['article', '4.3', 'Cooperation in international fora'],
      ['article', '4.4', 'Entry into force'],
    ]);
  });

  it('takes a sentence-case title from the heading line itself with no separator, as a Word draft may set it', () => {
    const text = 'Article 14.4 Non-discriminatory treatment of digital products\n\n1. No Party shall accord less favourable treatment to digital products.\n\nArticle 14.5 Location of computing facilities\n\nNo Party shall require a covered person to locate computing facilities in its territory.';
    expect(outlineOf(text).map((n) => [n.number, n.heading])).toEqual([
      ['14.4', 'Non-discriminatory treatment of digital products'],
      ['14.5', 'Location of computing facilities'],
    ]);
    // A reference that opens a line of running text is no heading: a verb, a comma or a lower-case word follows it.
    expect(labels(`Article 9\n\n${BODY}\nArticle 14.4 applies to digital products of the other Party.\nArticle 14.5 of this Agreement sets the periods.\nArticle 14.6 Customs duties, fees and charges remain.\n`)).toEqual(['article 9']);
  });

  it('takes a sentence-case title that names a way of doing something with "means" ("by electronic means"), not a definition', () => {
    const text = `Article 8.77 Conclusion of contracts by electronic means\n\n${BODY}\n\nArticle 8.78\nCross-border transfer of information by electronic means\n\n${BODY}\n\nArticle 8.79 Means of transport\n\n${BODY}\n\nArticle 8.80 Methods and means\n\n${BODY}\n\nArticle 8.81 Use of electronic means in procurement\n\n${BODY}`;
    expect(outlineOf(text).map((n) => [n.number, n.heading])).toEqual([
      ['8.77', 'Conclusion of contracts by electronic means'],
      ['8.78', 'Cross-border transfer of information by electronic means'],
      ['8.79', 'Means of transport'],
      ['8.80', 'Methods and means'],
      ['8.81', 'Use of electronic means in procurement'],
    ]);
    // "not" without its auxiliary: a title in sentence case, not a sentence.
    expect(outlineOf(`Article 9.3 Measures not covered\n\n${BODY}\n\nArticle 9.4 Goods not wholly obtained\n\n${BODY}`).map((n) => [n.number, n.heading])).toEqual([
      ['9.3', 'Measures not covered'],
      ['9.4', 'Goods not wholly obtained'],
    ]);
    expect(labels(`Article 9\n\n${BODY}\nArticle 14.4 Paragraph 2 does not apply to digital products.\n`)).toEqual(['article 9']);
    // A defined term and its "means" open a line of a definitions article: no heading, no title.
    expect(outlineOf('Article 1\nCovered person means an investor\nof the other Party.').map((n) => n.heading)).toEqual([undefined]);
  });

  it('reads an unnumbered annex with its title after a colon, not a colon in running text', () => {
    const annex = outlineOf(`Article 9\n\n${BODY}\n\nANNEX: PRODUCTS ADMITTED FREE OF CUSTOMS DUTIES\n\n0901.11 Coffee, not roasted\n`).find((n) => n.kind === 'annex');
    expect(annex?.heading).toBe('PRODUCTS ADMITTED FREE OF CUSTOMS DUTIES');
    expect(labels(`Article 9\n\n${BODY}\nAnnex: the list of products referred to in Article 3.\n`)).toEqual(['article 9']);
  });

  it('does not take the first line of a wrapped sentence, or a sentence, for a sentence-case title', () => {
    const wrapped = 'Article 5\nCustoms duties on electronic\ntransmissions are not to be imposed by either Party.';
    const sentence = 'Article 6\nEach Party shall publish its measures promptly\n\nArticle 7\nThe Parties recognise the importance of trade in services';
    const spacedSentence = 'Article 8\n\nEach Party shall publish its measures promptly\n\nThe Parties shall cooperate.';
    const spacedWrapped = 'Article 9\n\nCustoms duties on electronic\ntransmissions are not to be imposed.';
    expect(outlineOf(wrapped).map((n) => n.heading)).toEqual([undefined]);
    expect(outlineOf(sentence).map((n) => n.heading)).toEqual([undefined, undefined]);
    expect(outlineOf(spacedSentence).map((n) => n.heading)).toEqual([undefined]);
    expect(outlineOf(spacedWrapped).map((n) => n.heading)).toEqual([undefined]);
  });

  // A narrow column (two-column PDF) wraps a title, and may set the text's first line right after it.
  it('joins a title wrapped over two lines, on the heading line or under it', () => {
    const under = 'Article 301\nCooperation in the field of electronic\ncommerce\n1. The Parties shall maintain a dialogue.';
    const after = 'Article 3.9 - Cultural Content of Aurelia in the\nDigital Environment\n1. Each Party shall open its programmes.';
    expect(outlineOf(under).map((n) => n.heading)).toEqual(['Cooperation in the field of electronic commerce']);
    expect(outlineOf(after).map((n) => n.heading)).toEqual(['Cultural Content of Aurelia in the Digital Environment']);
    const spanish = 'Artículo 14.4: Trato No Discriminatorio de los\nProductos Digitales\nNinguna Parte otorgará un trato menos favorable.';
    expect(outlineOf(spanish, 'es').map((n) => n.heading)).toEqual(['Trato No Discriminatorio de los Productos Digitales']);
  });

  it('takes a chapter title in sentence case from the line right above the first article, with no blank lines around it', () => {
    const text = `CHAPTER FOUR\nCooperation in the field of culture\nArticle 4.1\nCultural exchanges\n${BODY}`;
    expect(flatten(outlineOf(text)).map((n) => [n.kind, n.heading])).toEqual([['chapter', 'Cooperation in the field of culture'], ['article', 'Cultural exchanges']]);
  });

  it('does not take a title and the first words of the text run on after it for a title', () => {
    const text = 'Article 14\nCultural diversity Nothing in this Agreement\nshall be construed to prevent a Party from adopting measures.';
    expect(outlineOf(text).map((n) => n.heading)).toEqual([undefined]);
  });

  it('reads chapter numbers written as Spanish and French words', () => {
    const es = 'CAPÍTULO QUINCE\nCOMERCIO ELECTRÓNICO\n\nArtículo 15.1\nDefiniciones\n\nTexto.\n\nCAPÍTULO DIECISÉIS\nCOOPERACIÓN\n\nArtículo 16.1\n\nTexto.';
    expect(outlineOf(es, 'es').map((n) => [n.kind, n.number, n.heading])).toEqual([
      ['chapter', 'QUINCE', 'COMERCIO ELECTRÓNICO'],
      ['chapter', 'DIECISÉIS', 'COOPERACIÓN'],
    ]);
    expect(outlineOf('CHAPITRE DOUZE\nCOMMERCE ÉLECTRONIQUE\n\nArticle 12.1\n\nTexte.', 'fr')[0]).toMatchObject({ kind: 'chapter', number: 'DOUZE' });
  });

  it('does not take the title of a stand-alone protocol for a protocol inside it', () => {
    const text = 'PROTOCOL ON CULTURAL COOPERATION BETWEEN THE STATES OF THE COMMUNITY\n\nThe Member States,\n\nRecognising the value of their cultures,\n\nHave agreed as follows:\n\nArticle 1\nObjectives\n\nThe Member States shall cooperate.';
    expect(outlineOf(text).map((n) => n.kind)).toEqual(['preamble', 'article']);
  });

  it('closes the last article at a joint declaration, read as an annex (en, fr, es)', () => {
    const en = 'Article 40\nLanguages\n\nThis Agreement is drawn up in two languages.\n\nJOINT DECLARATION ON CULTURAL COOPERATION\n\nThe Parties shall encourage exchanges of artists.';
    expect(outlineOf(en).map((n) => [n.kind, n.heading])).toEqual([
      ['article', 'Languages'],
      ['annex', 'JOINT DECLARATION ON CULTURAL COOPERATION'],
    ]);
    expect(outlineOf('Article 9\n\nTexte.\n\nDéclaration commune relative à la coopération culturelle\n\nLes Parties coopèrent.', 'fr').map((n) => n.kind)).toEqual(['article', 'annex']);
    expect(outlineOf('Artículo 9\n\nTexto.\n\nDECLARACIÓN CONJUNTA SOBRE COOPERACIÓN CULTURAL\n\nLas Partes cooperarán.', 'es').map((n) => n.kind)).toEqual(['article', 'annex']);
  });

  it('names a protocol without a number', () => {
    const text = `Article 30\n\n${BODY}\n\nPROTOCOL ON CULTURAL COOPERATION\n\nArticle 1\n\n${BODY}\n`;
    const outline = outlineOf(text);
    expect(outline.map((n) => n.kind)).toEqual(['article', 'protocol']);
    expect(outline[1]!.heading).toBe('PROTOCOL ON CULTURAL COOPERATION');
    expect(outline[1]!.children.map((c) => `${c.kind} ${c.number}`)).toEqual(['article 1']);
  });

  it('nests part > chapter > section > article and closes each at the next sibling', () => {
    const text = [
      'PART I', 'CHAPTER 1', 'Section A: General', 'Article 1.1', BODY, 'Article 1.2', BODY,
      'CHAPTER 2', 'Article 2.1', BODY, 'PART II', 'CHAPTER 3', 'Article 3.1', BODY,
    ].join('\n');
    const outline = outlineOf(text);
    expect(outline.map((n) => `${n.kind} ${n.number}`)).toEqual(['part I', 'part II']);
    const chapter1 = outline[0]!.children[0]!;
    expect(chapter1.children[0]!.children.map((a) => a.number)).toEqual(['1.1', '1.2']);
    expect(text.slice(chapter1.start, chapter1.end).endsWith(BODY)).toBe(true);
    expect(text.slice(chapter1.end).trimStart().startsWith('CHAPTER 2')).toBe(true);
  });

  it('places an annex after the main text at the top, closing the open chapter', () => {
    const text = `CHAPTER 1\n\nArticle 1\n${BODY}\n\nANNEX A\nSCHEDULE OF CULTURAL RESERVATIONS\n\n${BODY}\n`;
    expect(outlineOf(text).map((n) => `${n.kind} ${n.number}`)).toEqual(['chapter 1', 'annex A']);
  });

  it('tolerates leading Markdown #s', () => {
    expect(labels(`# Chapter 2: Trade in Goods\n\n## Article 2.1: Scope\n\n${BODY}\n`)).toEqual(['chapter 2', 'article 2.1']);
  });
});

describe('an article word left at the end of the heading line before its number', () => {
  it('reads the section and the article, with its title (en, es)', () => {
    const en = ['Article 10.13: Implementation', BODY, 'Section B - Investor-State Dispute Settlement Article', '10.14: Consultation and Negotiation', BODY, 'Article 10.15: Submission of a Claim', BODY].join('\n');
    expect(labels(en)).toEqual(['article 10.13', 'section B', 'article 10.14', 'article 10.15']);
    const article = flatten(outlineOf(en)).find((n) => n.number === '10.14')!;
    expect([article.heading, en.slice(article.start, article.start + 8)]).toEqual(['Consultation and Negotiation', 'Article\n']);
    const es = ['Artículo 12.14: Subrogación', BODY, 'Sección B: Solución de Controversias Inversionista - Estado Artículo', '12.15: Consultas y Negociación', BODY].join('\n');
    expect(labels(es, 'es')).toEqual(['article 12.14', 'section B', 'article 12.15']);
    // A Word file made from the text: a blank line after every line.
    expect(labels(en.replace(/\n/g, '\n\n'))).toEqual(['article 10.13', 'section B', 'article 10.14', 'article 10.15']);
  });

  it('leaves a sentence that ends with the word and a number on the next line alone', () => {
    const text = ['Article 3', 'The Parties shall apply the procedures of this Article', '4.2: the notification shall be made in writing.'].join('\n');
    expect(labels(text)).toEqual(['article 3']);
  });
});

describe('not headings', () => {
  it.each([
    'Article 5 shall not apply to measures affecting cultural industries.',
    'Article XX of the GATT 1994 is incorporated into and made part of this Agreement.',
    'Chapter 11 (Investment) applies to such measures.',
    'Annex I to this Agreement sets out the reservations.',
    'Section 2 of Chapter 3 does not apply.',
    'Article IV:1',
    'Annex on Financial Services. The obligations of each Party with respect to measures',
  ])('%s', (line) => {
    expect(labels(`Article 7\n\nThe Parties agree as follows.\n${line}\nNothing else.\n`)).toEqual(['article 7']);
  });

  it('ignores a reference wrapped onto its own line in the middle of a sentence', () => {
    const text = 'Article 7\n\nThe Parties shall act as provided in\nArticle 5\nof the GATT 1994.\n';
    expect(labels(text)).toEqual(['article 7']);
  });

  it('ignores a reference that opens a line with a sentence after it, when the line before wants its noun (es, en)', () => {
    const es = 'Artículo 3.4\n\nLas Partes podrán acordar la desgravación de las mercancías comprendidas en su Anexo al\nArtículo 3.4-A. Estos acuerdos se adoptarán mediante\ndecisiones de la Comisión.\n\nArtículo 3.5\n\nTexto.\n';
    expect(labels(es, 'es')).toEqual(['article 3.4', 'article 3.5']);
    const en = 'Article 11.18\n\nThe investor shall give notice as provided in Annex 11-B to\nArticle 11.19: The notice shall specify the measure at issue.\n\nArticle 11.19\n\nText.\n';
    expect(labels(en)).toEqual(['article 11.18', 'article 11.19']);
  });
});

describe('articles listed by number inside an article, each on its own line with its title', () => {
  const chapter17 = (list: string[], next = 'Article 17.4: General Principles') =>
    [
      'Article 17.2: Scope', BODY, '', 'Article 17.3: Incorporation of GPA Provisions',
      '1. For all covered procurement, the Parties shall apply the following articles of the GPA, mutatis mutandis:', '',
      ...list, '', 'To that end, these GPA articles are incorporated into this Chapter.', '', next, BODY,
    ].join('\n');

  it('reads a list of another instrument\'s articles (Roman among the agreement\'s 17.3, 17.4) as text', () => {
    const list = ['Article II', 'Valuation of Contracts', '', 'Article III', 'National Treatment and Non-discrimination', '', 'Article XX', 'Challenge Procedures', 'Article XXIII', 'Exceptions to the Agreement'];
    expect(labels(chapter17(list))).toEqual(['article 17.2', 'article 17.3', 'paragraph 1', 'article 17.4']);
  });

  it('reads articles of the agreement cited by area, falling back below the article they stand in, as text', () => {
    const text = [
      'Article 257', BODY, '', 'Article 258', 'The following provisions apply to the least-developed States:', '', '- Industrial development', 'Article 74', '',
      '- Transport and communications', 'Article 93', '', '- Development of trade and services', 'Article 111', '', 'Article 259', BODY,
    ].join('\n');
    expect(labels(text)).toEqual(['article 257', 'article 258', 'article 259']);
  });

  it('keeps articles whose numbers only stray from the run: a chapter of one article, a misprinted number, numbering afresh', () => {
    const oneArticleChapter = ['Article 4.15: Review', BODY, '', 'Chapter 5: Intellectual Property', '', 'Article 5: Protection of Intellectual Property', BODY, '', 'Chapter 6: Procurement', '', 'Article 6.1: Objective', BODY].join('\n');
    expect(labels(oneArticleChapter)).toEqual(['article 4.15', 'chapter 5', 'article 5', 'chapter 6', 'article 6.1']);
    const repeated = ['Article 8', BODY, '', 'Article 9', BODY, '', 'Article 9', BODY, '', 'Article 11', BODY].join('\n');
    expect(labels(repeated)).toEqual(['article 8', 'article 9', 'article 9', 'article 11']);
    const misprinted = ['Article 27', BODY, '', 'Article 28', BODY, '', 'Article 39', BODY, '', 'Article 30', BODY, '', 'Article 31', BODY, '', 'Article 39', BODY, '', 'Article 40', BODY].join('\n');
    expect(labels(misprinted)).toEqual(['article 27', 'article 28', 'article 39', 'article 30', 'article 31', 'article 39', 'article 40']);
    const annex = ['Article 30', BODY, '', 'Article 31', BODY, '', 'ANNEX I', 'RULES OF PROCEDURE', '', 'Article 1', BODY, '', 'Article 2', BODY, '', 'Article 32', BODY].join('\n');
    expect(labels(annex)).toEqual(['article 30', 'article 31', 'annex I', 'article 1', 'article 2', 'article 32']);
  });
});

describe('offsets', () => {
  it('starts at the heading line and ends before the next sibling, trimmed', () => {
    const text = `  Article 1\n${BODY}\n\n\nArticle 2\n${BODY}\n\n`;
    const [first, second] = outlineOf(text);
    expect(text.slice(first!.start, first!.end)).toBe(`Article 1\n${BODY}`);
    expect(text.slice(second!.start, second!.end)).toBe(`Article 2\n${BODY}`);
  });

  it('ends each heading after its title, wherever the title is set; a heading run on into its text has no end of its own', () => {
    const text = `CHAPTER 8\nELECTRONIC\nCOMMERCE\n\nArticle 8.1\nScope\n${BODY}\n\nArticle 8.2: Definitions\n${BODY}\n\nArticle 8.3. ${BODY}`;
    const nodes = flatten(outlineOf(text));
    expect(nodes.map((n) => (n.headingEnd === undefined ? undefined : text.slice(n.start, n.headingEnd)))).toEqual([
      'CHAPTER 8\nELECTRONIC\nCOMMERCE', 'Article 8.1\nScope', 'Article 8.2: Definitions', undefined,
    ]);
  });

  it("ends a preamble's own heading at its line; recitals under no heading have none", () => {
    const headed = `AGREEMENT BETWEEN AURELIA AND BOREALIS\n\nPREAMBLE\nThe Parties,\nRECOGNISING the value of their cultures,\nHAVE AGREED AS FOLLOWS:\n\nArticle 1\n${BODY}`;
    const [preamble] = outlineOf(headed);
    expect([preamble!.kind, headed.slice(preamble!.start, preamble!.headingEnd)]).toEqual(['preamble', 'PREAMBLE']);
    const spanish = `TRATADO ENTRE AURELIA Y BOREALIS\n\nPreámbulo\nLas Partes,\nRECONOCIENDO el valor de sus culturas,\nHAN ACORDADO LO SIGUIENTE:\n\nArtículo 1\n${BODY}`;
    expect(outlineOf(spanish, 'es').map((n) => (n.headingEnd === undefined ? undefined : spanish.slice(n.start, n.headingEnd)))).toEqual(['Preámbulo', 'Artículo 1']);
    const unheaded = `AGREEMENT BETWEEN AURELIA AND BOREALIS\n\nThe Parties,\nRECOGNISING the value of their cultures,\nHAVE AGREED AS FOLLOWS:\n\nArticle 1\n${BODY}`;
    expect(outlineOf(unheaded).map((n) => [n.kind, n.headingEnd])).toEqual([['preamble', undefined], ['article', unheaded.indexOf('Article 1') + 'Article 1'.length]]);
  });

  it('stamps each node with the page its start falls on', () => {
    const text = `Article 1\n${BODY}\nArticle 2\n${BODY}\n`;
    const second = text.indexOf('Article 2');
    const pages = [
      { page: 1, start: 0, end: second },
      { page: 2, start: second, end: text.length },
    ];
    expect(flatten(outlineOf(text, 'en', pages)).map((n) => n.page)).toEqual([1, 2]);
  });
});

describe('a title wrapped in a narrow column of hyphenated text', () => {
  it('reads the title whole, though the words joined across line ends made some lines twice as long as the column', () => {
    // A justified column of about 55 characters; every other line ended in a hyphenated word, which
    // reading joins, so those lines now hold two printed lines.
    const column = [
      'Each Party shall accord to services of the other Party',
      'treatment no less favourable than that it accords to',
      'its own like services, in respect of all measures affecting the supply of services, and shall publish',
      'its measures of general application promptly so that',
      'interested persons may become acquainted with them,',
      'including the measures that concern the supply of services by electronic means, and their amendments.',
      'The Parties shall review this Article every year.',
    ];
    const text = [
      'Article 3.3 - Customs Duties',
      ...column,
      'Article 3.4 - Non-Discriminatory Treatment of Digital',
      'Products',
      ...column,
      'Article 3.5 - Online Consumer Protection',
      ...column,
    ].join('\n');
    const titles = flatten(outlineOf(text)).filter((n) => n.kind === 'article').map((n) => n.heading);
    expect(titles).toEqual(['Customs Duties', 'Non-Discriminatory Treatment of Digital Products', 'Online Consumer Protection']);
  });
});
