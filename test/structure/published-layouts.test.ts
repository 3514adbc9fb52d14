import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/model.js';
import { findAgreementTitle } from '../../src/structure/agreement-title.js';
import { chapterQualifiedNumbers } from '../../src/structure/numbering.js';
import { flatten, outlineOf, slice } from './helpers.js';

const headed = (text: string, language: Language = 'en') =>
  flatten(outlineOf(text, language))
    .filter((n) => n.kind !== 'paragraph')
    .map((n) => [n.kind, n.number, n.heading]);

describe('titles set as a paragraph of their own under the heading (EUR-Lex)', () => {
  it.each([
    [
      'en',
      'CHAPTER SIXTEEN\n\nElectronic commerce\n\nSECTION F\n\nElectronic commerce\n\nArticle 16.1\n\nDefinitions\n\nFor the purposes of this Chapter, the following definitions apply.\n\nARTICLE 8.70\n\nObjective and general provisions\n\n1. The Parties recognise the economic growth provided by electronic commerce.',
      [
        ['chapter', 'SIXTEEN', 'Electronic commerce'],
        ['section', 'F', 'Electronic commerce'],
        ['article', '16.1', 'Definitions'],
        ['article', '8.70', 'Objective and general provisions'],
      ],
    ],
    [
      'fr',
      'CHAPITRE 8\n\nCommerce des services et commerce électronique\n\nArticle 8.1\n\nObjet et champ d’application\n\nLes parties réaffirment leurs engagements.',
      [
        ['chapter', '8', 'Commerce des services et commerce électronique'],
        ['article', '8.1', 'Objet et champ d’application'],
      ],
    ],
    [
      'es',
      'CAPÍTULO 8\n\nComercio electrónico\n\nArtículo 8.1\n\nDefiniciones\n\nPara los efectos del presente Capítulo se aplicarán las definiciones siguientes.',
      [
        ['chapter', '8', 'Comercio electrónico'],
        ['article', '8.1', 'Definiciones'],
      ],
    ],
  ] as const)('%s', (language, text, expected) => {
    expect(headed(text, language)).toEqual(expected);
  });

  it('reads a long title standing alone under the heading, and a Spanish one closed by a full stop', () => {
    const en = 'Article 5\n\nCustoms duties on exports, charges having equivalent effect and export duties of a fiscal nature\n\n1. The Parties shall abolish customs duties on exports.';
    const es = 'Artículo 6-15\n\nEnvases y materiales de empaque para venta al menudeo.\n\nLos envases y los materiales de empaque se considerarán originarios.';
    const fr = "Article 7\n\nConditions de la prestation de services à valeur ajoutée dans le domaine des télécommunications\n\nLes parties garantissent l'accès aux réseaux.";
    expect(headed(en)).toEqual([['article', '5', 'Customs duties on exports, charges having equivalent effect and export duties of a fiscal nature']]);
    expect(headed(es, 'es')).toEqual([['article', '6-15', 'Envases y materiales de empaque para venta al menudeo.']]);
    expect(headed(fr, 'fr')).toEqual([['article', '7', 'Conditions de la prestation de services à valeur ajoutée dans le domaine des télécommunications']]);
  });

  it('does not take a one-sentence body closed by a full stop for a title when the next heading follows it', () => {
    expect(headed('Artículo 3\n\nLas Partes confirman sus derechos y obligaciones existentes.\n\nArtículo 4\n\nDefiniciones\n\nPara los efectos de este Tratado.', 'es')).toEqual([
      ['article', '3', undefined],
      ['article', '4', 'Definiciones'],
    ]);
  });

  it('does not take the body for a title when it runs on over lines or is a sentence', () => {
    expect(headed('Article 4\n\nEach Party shall publish its measures\n\nArticle 5\n\nCustoms duties on electronic\ntransmissions are not imposed.')).toEqual([
      ['article', '4', undefined],
      ['article', '5', undefined],
    ]);
  });
});

describe('a heading run onto the end of the paragraph before it', () => {
  it.each([
    ['en', 'ANNEX 7\n\nIce wine is wine made from grapes naturally frozen on the vine. Chapter 8: Electronic commerce\nArticle 8.1: Definitions\nFor the purposes of this Chapter, the following definitions apply.', ['chapter', '8', 'Electronic commerce'], 'Article 8.1'],
    ['fr', 'ANNEXE 7\n\nLe vin de glace est un vin issu de raisins gelés. Chapitre 8 : Commerce électronique\nArticle premier\nLes parties coopèrent.', ['chapter', '8', 'Commerce électronique'], 'Article premier'],
    ['es', 'ANEXO 7\n\nEl vino de hielo procede de uvas congeladas. Capítulo 8: Comercio electrónico\nArtículo 1\nLas Partes cooperarán.', ['chapter', '8', 'Comercio electrónico'], 'Artículo 1'],
  ] as const)('%s: the chapter is split off and closes the annex', (language, text, chapter, firstArticle) => {
    const outline = outlineOf(text, language);
    expect(outline.map((n) => n.kind)).toEqual(['annex', 'chapter']);
    expect([outline[1]!.kind, outline[1]!.number, outline[1]!.heading]).toEqual(chapter);
    expect(slice(text, outline[0]!)).toMatch(/\.$/);
    expect(slice(text, outline[0]!)).not.toMatch(/Chap|Cap[ií]tulo/);
    expect(slice(text, outline[1]!.children[0]!).startsWith(firstArticle)).toBe(true);
  });

  it('splits off a titled chapter run onto a left-over link or page number, before any article', () => {
    const text = 'Article 1.05: Succession of treaties\nA reference to a treaty includes a successor treaty.\nBack to contents Chapter 2: General definitions\nArticle 2.01: Definitions\nFor this Agreement, terms are defined.';
    expect(headed(text)).toEqual([
      ['article', '1.05', 'Succession of treaties'],
      ['chapter', '2', 'General definitions'],
      ['article', '2.01', 'Definitions'],
    ]);
  });

  it('leaves a chapter named in running text alone when no first article follows', () => {
    const text = 'ANNEX 7\n\nThe rules apply as agreed. Chapter 8 applies to such wines.\nArticle 3 of this Annex is not affected.';
    expect(outlineOf(text).map((n) => n.kind)).toEqual(['annex']);
  });
});

describe('odd numbering', () => {
  it('reads "Article12", "Article 8. 1" and a colon glued to the title', () => {
    const text = 'Article12\nScope\nThis Chapter applies to services.\n\nArticle 8. 1\nPaperless trading\nEach Party shall accept electronic documents.\n\nArticle 9:Definitions\nFor this Chapter, terms are defined.\n\nArticle 10 National treatment\nEach Party shall accord treatment.';
    expect(headed(text)).toEqual([
      ['article', '12', 'Scope'],
      ['article', '8.1', 'Paperless trading'],
      ['article', '9', 'Definitions'],
      ['article', '10', 'National treatment'],
    ]);
  });

  it('qualifies articles by chapter when numbering restarts in each chapter, and only then', () => {
    const restarting = 'CHAPTER 11\nSERVICES\n\nArticle 1\nScope\nText.\n\nArticle 2\nDefinitions\nText.\n\nCHAPTER 12\nELECTRONIC COMMERCE\n\nArticle 1\nScope\nText.';
    const numbers = chapterQualifiedNumbers(outlineOf(restarting));
    expect([...numbers.values()]).toEqual(['1 (Chapter 11)', '2 (Chapter 11)', '1 (Chapter 12)']);
    const running = 'CHAPTER 1\nGENERAL\n\nArticle 1.1\nScope\nText.\n\nCHAPTER 2\nGOODS\n\nArticle 2.1\nScope\nText.';
    expect(chapterQualifiedNumbers(outlineOf(running)).size).toBe(0);
    const continuing = 'CHAPTER I\nGENERAL\n\nArticle 1\nScope\nText.\n\nCHAPTER II\nGOODS\n\nArticle 2\nScope\nText.';
    expect(chapterQualifiedNumbers(outlineOf(continuing)).size).toBe(0);
  });
});

describe("the agreement's own title and preamble", () => {
  it('passes over a letterhead and a covering communication', () => {
    expect(findAgreementTitle(['EMBASSY OF QUENARA', '', 'FREE TRADE AGREEMENT', 'between Andara and Quenara', 'PREAMBLE'])?.title).toBe('FREE TRADE AGREEMENT between Andara and Quenara');
    const lines = ['World Trade Organization', '', 'INF/ECOM/87', '', '26 July 2024', '', 'Communication from the co-convenors', '', 'The following communication is being circulated at the request of the co-convenors.', '', 'AGREEMENT ON ELECTRONIC COMMERCE', '', 'Section A: Scope'];
    expect(findAgreementTitle(lines)).toMatchObject({ first: 10, last: 10, title: 'AGREEMENT ON ELECTRONIC COMMERCE' });
  });

  it.each([
    [['AGREEMENT', '', 'between the European Union and Japan for an Economic Partnership', '', 'THE EUROPEAN UNION,'], 'AGREEMENT between the European Union and Japan for an Economic Partnership'],
    [['ACCORD', 'entre le Canada et la République de Quenara', '', 'LE CANADA,'], 'ACCORD entre le Canada et la République de Quenara'],
    [['TRATADO DE LIBRE COMERCIO', 'ENTRE LA REPÚBLICA DE ANDARA', 'Y LA REPÚBLICA DE QUENARA', '', 'PREÁMBULO'], 'TRATADO DE LIBRE COMERCIO ENTRE LA REPÚBLICA DE ANDARA Y LA REPÚBLICA DE QUENARA'],
    [['THAILAND-AUSTRALIA', 'FREE TRADE AGREEMENT', 'PREAMBLE'], 'THAILAND-AUSTRALIA FREE TRADE AGREEMENT'],
    // As a Word file read through HTML sets every line apart.
    [['THAILAND-AUSTRALIA', '', 'FREE TRADE AGREEMENT', '', 'PREAMBLE'], 'THAILAND-AUSTRALIA FREE TRADE AGREEMENT'],
    [['AGREEMENT BETWEEN JAPAN AND AUSTRALIA', '', 'FOR AN ECONOMIC PARTNERSHIP', '', 'TABLE OF CONTENTS'], 'AGREEMENT BETWEEN JAPAN AND AUSTRALIA FOR AN ECONOMIC PARTNERSHIP'],
    [['AGREEMENT BETWEEN', 'JAPAN AND BRUNEI DARUSSALAM', 'FOR AN ECONOMIC PARTNERSHIP', 'Table of Contents'], 'AGREEMENT BETWEEN JAPAN AND BRUNEI DARUSSALAM FOR AN ECONOMIC PARTNERSHIP'],
    [['ASSOCIATION AGREEMENT', 'between the European Union and the European Atomic Energy Community and their', 'Member States, of the one part, and Quenara, of the other part', 'PREAMBLE'], 'ASSOCIATION AGREEMENT between the European Union and the European Atomic Energy Community and their Member States, of the one part, and Quenara, of the other part'],
    [['ACCORD', "entre l'Union européenne et ses", 'États membres, d’une part, et la République de Quenara, d’autre part', 'PRÉAMBULE'], "ACCORD entre l'Union européenne et ses États membres, d’une part, et la République de Quenara, d’autre part"],
    [['FREE TRADE AGREEMENT', '', 'BETWEEN', '', 'THE GOVERNMENT OF THE REPUBLIC OF ANDARA', '', 'AND', '', 'THE GOVERNMENT OF THE REPUBLIC OF QUENARA', '', 'The Government of the Republic of Andara and'], 'FREE TRADE AGREEMENT BETWEEN THE GOVERNMENT OF THE REPUBLIC OF ANDARA AND THE GOVERNMENT OF THE REPUBLIC OF QUENARA'],
    [['UNITED STATES – CHILE FREE TRADE AGREEMENT', 'The Government of the United States of America and the Government of the Republic of', 'Chile, resolved to:'], 'UNITED STATES – CHILE FREE TRADE AGREEMENT'],
  ])('joins a title set over lines: %j', (lines, title) => {
    expect(findAgreementTitle(lines)?.title).toBe(title);
  });

  it('finds no title in a text that opens with its preamble, even where a recital names an agreement', () => {
    const lines = ['PREAMBLE', 'The Government of Quenara and the Government of Andara:', 'BUILDING on their rights under the WTO', 'Agreement and other multilateral instruments;'];
    expect(findAgreementTitle(lines)).toBeNull();
  });

  it('finds an EU preamble that opens with the Parties named in capitals, after a table of contents listing annexes', () => {
    const text = [
      'AGREEMENT', '', 'between the European Union and Japan for an Economic Partnership', '',
      'TABLE OF CONTENTS', '', 'CHAPTER 1 GENERAL PROVISIONS (Articles 1.1-1.3)', 'CHAPTER 2 TRADE IN GOODS (Articles 2.1-2.5)',
      'ANNEX 2-A Tariff elimination', 'ANNEX 2-B Motor vehicles', '',
      'THE EUROPEAN UNION,', '', 'and', '', 'JAPAN,', '', 'RECOGNISING their strong partnership;', '', 'HAVE AGREED AS FOLLOWS:', '',
      'CHAPTER 1', '', 'General provisions', '', 'Article 1.1', '', 'Objectives', '', 'The objectives are set out here.', '',
      'CHAPTER 2', '', 'Trade in goods', '', 'Article 2.1', '', 'Objective', '', 'The Parties shall liberalise trade.',
    ].join('\n');
    const outline = outlineOf(text);
    expect(outline.map((n) => [n.kind, n.number])).toEqual([['preamble', undefined], ['chapter', '1'], ['chapter', '2']]);
    expect(slice(text, outline[0]!)).toMatch(/^THE EUROPEAN UNION,[\s\S]*HAVE AGREED AS FOLLOWS:$/);
  });
});
