import { describe, expect, it } from 'vitest';
import { assess } from '../../src/assess/index.js';
import { agreement, detections, finding } from './build.js';
import { findingLegalForce } from '../../src/assess/finding-sentences.js';
import { hasForceWords, legalForceOf } from '../../src/assess/legal-force.js';
import type { AgreementDocument, Category, Language } from '../../src/model.js';

describe('legalForceOf', () => {
  it.each([
    ['Each Party shall accord national treatment to services of the other Party.', 'binding'],
    ['This Chapter shall not apply to audio-visual services.', 'binding'],
    ['This Section does not apply to broadcasting services.', 'binding'],
    ['Audio-visual services are excluded from the scope of this Title.', 'binding'],
    ['Neither Party may impose customs duties on electronic transmissions.', 'binding'],
    ['A Party may not invoke this paragraph.', 'binding'],
    ['Each Party shall endeavour to facilitate the entry of artists.', 'best-endeavour'],
    ['The Parties shall seek to promote co-production.', 'best-endeavour'],
    ['The Parties should exchange information on cultural policies.', 'best-endeavour'],
    ['A Party may grant additional support to cultural industries.', 'best-endeavour'],
    ['The Parties shall encourage cultural exchanges.', 'best-endeavour'],
    ['The Parties shall promote cultural cooperation.', 'best-endeavour'],
    ['Recognising the right of the Parties to regulate in order to promote cultural diversity;', 'recital'],
    ['The Parties recognise the importance of cultural diversity.', 'recital'],
    ['Nothing in this Agreement shall be construed to prevent a Party from adopting measures to protect cultural diversity.', 'exception'],
    ['Paragraph 1 does not prevent a Party from adopting measures in the audio-visual sector.', 'exception'],
    ['A Party shall not be required to apply this Article to broadcasting.', 'exception'],
    // An exclusion put as a rule of construction takes the measures out of the agreement: binding (CHECKLIST).
    ['Nothing in this Agreement shall be construed to apply to measures adopted or maintained by either Party with respect to cultural industries.', 'binding'],
    ['This Agreement is not to be construed to apply to measures adopted or maintained with respect to cultural industries.', 'binding'],
    // A State-aid permission: such aid is allowed, not required.
    ['The following may be considered to be compatible with the proper functioning of this Agreement: (d) aid to promote culture and heritage conservation.', 'exception'],
    ['The following aid shall be compatible with the functioning of the Agreement: aid to promote culture.', 'binding'],
    ['Recognising the role of culture, the Parties shall cooperate in the audiovisual field.', 'binding'],
    ['The Parties recall the exceptions applicable to culture as set out in Chapters Seven, Eight and Nine.', 'recital'],
    ['The Parties reaffirm their commitments under the UNESCO Convention.', 'recital'],
    ['The Parties affirm their right to regulate in the cultural field.', 'recital'],
    ['The Parties acknowledge the importance of the cultural industries.', 'recital'],
    ['Considering the importance of cultural diversity, the Parties reaffirm their right to regulate.', 'recital'],
    ['Considering that each Party shall retain its cultural policies, the Parties recall their commitments under the Convention.', 'recital'],
    ['Each Party will endeavour not to impose customs duties on electronic transmissions.', 'best-endeavour'],
    // A definition binds as the rules it delimits do, whatever modal its description holds.
    ['For the purposes of this Chapter: carrier medium means any physical object from which a digital product can be perceived or reproduced;', 'binding'],
    ['Digital products means computer programs, text, video and images that may be stored on a carrier medium.', 'binding'],
    // A general definitions article often qualifies its lead-in; the list it opens still defines.
    ['For purposes of this Agreement, unless otherwise specified: (a) cultural industries means persons engaged in the publication of books that may be sold in print;', 'binding'],
    ['For the purposes of this Chapter, unless the context otherwise requires, digital product means a work that can be transmitted electronically.', 'binding'],
    // Definitions numbered "1.", "2." as well as lettered "(a)".
    ['For purposes of this Chapter: 1. carrier medium means any physical object capable of storing a digital product, and from which a digital product can be perceived, reproduced, or communicated;', 'binding'],
    ['Para los efectos de este Capítulo: 1. producto digital significa un programa de cómputo que puede ser transmitido electrónicamente;', 'binding'],
    ['For the purposes of this Agreement, unless otherwise agreed, each Party may allow the electronic filing of documents.', 'best-endeavour'],
    ['Each Party may, by means of its domestic law, allow the electronic filing of documents.', 'best-endeavour'],
    // The main clause after a recital participle decides, and "hereby" makes it act.
    ['Recognising that film co-productions can contribute to cultural exchange between them, the Parties hereby agree on Annex 9-C.', 'binding'],
    ['Recognising that co-productions may contribute to cultural exchange, the Parties reaffirm the value of their cooperation.', 'recital'],
    // ... and so does an undertaking of the Parties after the participle: its force is that of what they undertake.
    ['Recognizing that audio-visual co-productions can contribute to cultural exchange between them, the Parties agree to consider and negotiate co-production agreements in the audio-visual sector.', 'best-endeavour'],
    ['Recognizing the global nature of electronic commerce, the Parties commit to: (a) working together to facilitate the use of electronic commerce; and (b) sharing information on laws and regulations.', 'binding'],
    ['Recognising that cultural exchanges matter to them, the Parties agree that the Joint Committee may discuss them.', 'recital'],
  ] as const)('%s → %s', (sentence, force) => {
    expect(legalForceOf(sentence)).toBe(force);
  });

  it('reads "considerarán la negociación" as effort, as the English "shall consider"', () => {
    expect(legalForceOf('Con el fin de profundizar su relación, las Partes considerarán a futuro la negociación de compromisos sobre el flujo de datos.', { language: 'es' })).toBe('best-endeavour');
  });

  it.each([
    ['Para los efectos de este Capítulo: producto digital significa un programa de cómputo o un video que puede transmitirse electrónicamente;', 'es'],
    ['Aux fins du présent chapitre, on entend par produit numérique un programme ou une vidéo qui peut être transmis par voie électronique.', 'fr'],
    ['Para los efectos de este Tratado, salvo que se especifique otra cosa: (a) industrias culturales significa las personas que pueden publicar libros;', 'es'],
    ['Aux fins du présent accord, sauf disposition contraire, on entend par industries culturelles les personnes qui peuvent publier des livres.', 'fr'],
  ] as const)('reads a definition as binding: %s', (sentence, language) => {
    expect(legalForceOf(sentence, { language })).toBe('binding');
  });

  it('reads a clause that settles how an exclusion relates to another provision as holding force words', () => {
    expect(hasForceWords('(1) The exclusion of audio-visual services from the scope of this Chapter is without prejudice to the cooperation under Title V.')).toBe(true);
  });

  it('reads a sentence without its item or paragraph label, spaced as OCR leaves it too', () => {
    for (const label of ['(a)', '( a )', '(a )', '( a)', '2.', '2 .']) {
      expect(legalForceOf(`${label} The Parties recognise that cultural goods and services are vehicles of identity.`), label).toBe('recital');
      expect(legalForceOf(`${label} Recognising the value of heritage, which may be promoted by co-productions;`), label).toBe('recital');
      expect(hasForceWords(`${label} The Parties acknowledge the importance of the cultural industries.`), label).toBe(true);
    }
  });

  it('reads everything in the preamble as a recital', () => {
    expect(legalForceOf('The Parties shall cooperate.', { inPreamble: true })).toBe('recital');
  });

  it('reads Spanish and French modal forms', () => {
    expect(legalForceOf('Las Partes procurarán facilitar los intercambios culturales.', { language: 'es' })).toBe('best-endeavour');
    expect(legalForceOf('Ninguna Parte podrá aplicar derechos aduaneros.', { language: 'es' })).toBe('binding');
    expect(legalForceOf('Nada de lo dispuesto en el presente Acuerdo se interpretará en el sentido de impedir medidas culturales.', { language: 'es' })).toBe('exception');
    expect(legalForceOf('Les Parties s\'efforcent de promouvoir la coproduction.', { language: 'fr' })).toBe('best-endeavour');
    // An undertaking to promote is an effort, as "undertake to promote" is; an undertaking to cooperate binds.
    expect(legalForceOf('Las Partes se comprometen a promover la coproducción de obras audiovisuales.', { language: 'es' })).toBe('best-endeavour');
    expect(legalForceOf('Las Partes acuerdan fomentar los intercambios culturales.', { language: 'es' })).toBe('best-endeavour');
    expect(legalForceOf('Las Partes se comprometen a cooperar en el ámbito cultural.', { language: 'es' })).toBe('binding');
    expect(legalForceOf('Les Parties s\'engagent à promouvoir la coproduction d\'œuvres audiovisuelles.', { language: 'fr' })).toBe('best-endeavour');
    expect(legalForceOf('Les Parties conviennent d\'encourager les échanges culturels.', { language: 'fr' })).toBe('best-endeavour');
    expect(legalForceOf('Les Parties s\'engagent à coopérer dans le domaine culturel.', { language: 'fr' })).toBe('binding');
    expect(legalForceOf('Le présent chapitre ne s\'applique pas aux services audiovisuels.', { language: 'fr' })).toBe('binding');
    expect(legalForceOf('Podrán considerarse compatibles con el presente Acuerdo las ayudas destinadas a promover la cultura.', { language: 'es' })).toBe('exception');
    expect(legalForceOf('Peuvent être considérées comme compatibles avec le présent accord les aides destinées à promouvoir la culture.', { language: 'fr' })).toBe('exception');
  });

  it('reads GATT Article XX or GATS Article XIV incorporated into the agreement as the general exceptions, in every language', () => {
    const incorporations: Array<[string, Language]> = [
      ['For the purposes of Chapters 2 and 3, Article XX of the GATT 1994 and its interpretative notes are incorporated into and made part of this Agreement, mutatis mutandis.', 'en'],
      ['Para los efectos de los Capítulos 3 (Comercio de Mercancías) y 7 (Obstáculos Técnicos al Comercio), el Artículo XX del GATT de 1994 y sus notas interpretativas se incorporan a este Tratado y forman parte integrante del mismo, mutatis mutandis.', 'es'],
      ['Para los efectos del Capítulo 12 (Comercio Transfronterizo de Servicios), se incorpora a este Acuerdo y forma parte del mismo el Artículo XIV del AGCS, incluidas sus notas al pie de página.', 'es'],
      ["Aux fins des chapitres 2 et 3, l'article XX du GATT de 1994 et ses notes interprétatives sont incorporés dans le présent accord et en font partie intégrante, mutatis mutandis.", 'fr'],
    ];
    for (const [sentence, language] of incorporations) {
      expect(hasForceWords(sentence, language), sentence).toBe(true);
      expect(legalForceOf(sentence, { language }), sentence).toBe('exception');
    }
    // An article that only names GATT Article XX, incorporating nothing, is no exception.
    expect(legalForceOf('Las Partes se consultarán sobre la aplicación del Artículo XX del GATT de 1994.', { language: 'es' })).not.toBe('exception');
  });

  it('reads a Spanish or French "nothing in this Chapter applies to" as an exclusion, and "nothing ... prevents" as an exception', () => {
    const exclusions: Array<[string, Language]> = [
      ['Nada de lo dispuesto en este Capítulo se aplica a las medidas que una Parte adopte con respecto a las industrias culturales.', 'es'],
      ['Ninguna disposición del presente Capítulo se aplicará a las medidas relativas a los servicios audiovisuales.', 'es'],
      ["Aucune disposition du présent chapitre ne s'applique aux mesures relatives aux services audiovisuels.", 'fr'],
      ["Rien dans le présent accord ne s'applique aux mesures adoptées par une Partie à l'égard des industries culturelles.", 'fr'],
    ];
    for (const [sentence, language] of exclusions) expect(legalForceOf(sentence, { language }), sentence).toBe('binding');
    expect(legalForceOf('Ninguna disposición del presente Acuerdo impedirá que una Parte adopte o mantenga medidas destinadas a promover la diversidad cultural.', { language: 'es' })).toBe('exception');
    expect(legalForceOf('Ninguna disposición de este Capítulo se interpretará en el sentido de impedir que una Parte apoye a sus industrias culturales.', { language: 'es' })).toBe('exception');
  });

  it('reads Spanish and French declarations as recitals, with or without a leading clause', () => {
    expect(legalForceOf('Las Partes reafirman sus compromisos en virtud de la Convención de la UNESCO.', { language: 'es' })).toBe('recital');
    expect(legalForceOf('Considerando la importancia de la diversidad cultural, las Partes recuerdan su derecho a regular.', { language: 'es' })).toBe('recital');
    expect(legalForceOf('Les Parties rappellent les exceptions applicables à la culture.', { language: 'fr' })).toBe('recital');
    expect(legalForceOf('Considérant l\'importance de la diversité culturelle, les Parties réaffirment leur droit de réglementer.', { language: 'fr' })).toBe('recital');
  });

  it('reads a declaration whose consecutive clause undertakes ("and therefore undertake to", "por lo que se comprometen a", "c\'est pourquoi elles s\'engagent à") by what the Parties undertake', () => {
    const cases: Array<[string, 'en' | 'es' | 'fr', string]> = [
      ['The Parties recognise the importance of cultural diversity and agree to promote it in international fora.', 'en', 'best-endeavour'],
      ['The Parties recognise the importance of cultural diversity and therefore undertake to cooperate within UNESCO.', 'en', 'binding'],
      ['Las Partes reconocen la importancia de la diversidad cultural, por lo que se comprometen a promover sus objetivos en los foros internacionales.', 'es', 'best-endeavour'],
      ['Las Partes reconocen la importancia de la diversidad cultural, por lo que se comprometen a cooperar en el marco de la UNESCO.', 'es', 'binding'],
      ['Las Partes reconocen la importancia de la diversidad cultural y, en consecuencia, acuerdan cooperar en la UNESCO.', 'es', 'binding'],
      ['Las Partes reconocen la importancia de la diversidad cultural, por lo cual convienen en fomentar la ratificación de la Convención.', 'es', 'best-endeavour'],
      ["Les Parties reconnaissent l'importance de la diversité culturelle et s'engagent donc à promouvoir ses objectifs.", 'fr', 'best-endeavour'],
      ["Les Parties reconnaissent l'importance de la diversité culturelle; c'est pourquoi elles s'engagent à coopérer au sein de l'UNESCO.", 'fr', 'binding'],
      ["Les Parties reconnaissent l'importance de la diversité culturelle et conviennent, à cette fin, de coopérer au sein de l'UNESCO.", 'fr', 'binding'],
    ];
    for (const [sentence, language, force] of cases) expect(legalForceOf(sentence, { language }), sentence).toBe(force);
    // A declaration with no undertaking stays a recital.
    expect(legalForceOf('Las Partes reconocen la importancia de la diversidad cultural, por lo que la cooperación cultural es un objetivo común.', { language: 'es' })).toBe('recital');
    expect(legalForceOf('The Parties recognise the importance of cultural diversity and the role of the cultural industries.')).toBe('recital');
  });

  it('finds no force words in a heading fragment', () => {
    expect(hasForceWords('ARTICLE 14.17 Source Code 1.')).toBe(false);
    expect(hasForceWords('Artículo 5 Industrias culturales 1.', 'es')).toBe(false);
    expect(hasForceWords('Neither Party shall require the transfer of source code.')).toBe(true);
  });

  it('finds force words in a Spanish or French exclusion, but takes no future-tense-looking noun for one', () => {
    expect(hasForceWords('Este Capítulo no se aplica a las medidas relativas a la radiodifusión.', 'es')).toBe(true);
    expect(hasForceWords('Le présent chapitre ne s\'applique pas aux services audiovisuels.', 'fr')).toBe(true);
    expect(hasForceWords('Artículo 12 Cooperación en materia de Hogar 1.', 'es')).toBe(false);
    expect(hasForceWords('Article 7 Carrière et Frontière 1.', 'fr')).toBe(false);
  });

  it('finds force words in the future tense with a Party as its subject, treaty drafting\'s "shall"', () => {
    expect(hasForceWords('3. Ninguna Parte otorgará un trato menos favorable a algunos productos digitales transmitidos electrónicamente:', 'es')).toBe(true);
    expect(hasForceWords('Cada Parte publicará sus leyes y reglamentos relativos al comercio electrónico.', 'es')).toBe(true);
    expect(hasForceWords('Las Partes no impondrán aranceles aduaneros a las transmisiones electrónicas.', 'es')).toBe(true);
    expect(hasForceWords('Chaque Partie accordera aux services de l\'autre Partie un traitement non moins favorable.', 'fr')).toBe(true);
    expect(hasForceWords('Artículo 14.4 Productos Digitales de las Partes 1.', 'es')).toBe(false);
  });

  it('reads lists of commitments that "do not include commitments on" a sector as an exclusion, whatever "may" a lead-in holds', () => {
    const sentence = "Without prejudice to the Parties' rights and obligations as they exist or may arise under the European Convention on Transfrontier Television, the lists of commitments in the Annexes do not include commitments on audio-visual services.";
    expect(legalForceOf(sentence)).toBe('binding');
  });
});

/** A finding of `kind` in `article` whose evidence is each of `phrases` (the first occurrence of each, in order). */
function findingOf(doc: AgreementDocument, kind: Category, article: string, phrases: string[]) {
  const first = finding(doc, kind, article, phrases[0]!);
  let from = first.evidence[0]!.start;
  const evidence = phrases.map((phrase) => {
    const start = doc.text.indexOf(phrase, from);
    if (start < 0) throw new Error(`'${phrase}' is not in article ${article} after offset ${from}`);
    from = start + phrase.length;
    return { ruleId: first.ruleIds[0]!, start, end: start + phrase.length, text: phrase };
  });
  return { ...first, evidence };
}

describe('the legal force of a carve-out comes from the clause that names what it takes out', () => {
  const scope = [
    'Chapter 9 Telecommunications',
    'Article 9.2 Scope',
    '1. This Chapter applies to measures affecting trade in telecommunications services.',
    '2. This Chapter does not apply to measures affecting the distribution of broadcasting and audio-visual services.',
    '3. Nothing in this Chapter shall be construed to require a Party to compel an enterprise exclusively engaged in the broadcast of television programmes to offer its facilities as a public network.',
  ];

  it('reads "does not apply to ... audio-visual services" as binding, not the saving clause after it', () => {
    const doc = agreement(scope);
    const carveOut = findingOf(doc, 'cultural-exemption', '9.2', ['This Chapter', 'does not apply to measures', 'audio-visual services', 'this Chapter', 'exclusively']);
    const [f] = assess(doc, detections([carveOut])).findings;
    expect(f!.legalForce).toBe('binding');
    expect(f!.forceSentence).toMatch(/does not apply to measures affecting the distribution of broadcasting/);
    expect(findingLegalForce(doc, carveOut)).toBe('binding');
  });

  it('still reads a saving clause as an exception when it is the clause that names culture', () => {
    const doc = agreement(['Chapter 20 Exceptions', 'Article 20.3 Culture', '1. This Agreement applies to measures of the Parties.', '2. Nothing in this Agreement shall be construed to prevent a Party from adopting measures on culture.']);
    const carveOut = findingOf(doc, 'cultural-exemption', '20.3', ['This Agreement', 'Nothing in this Agreement', 'culture']);
    const [f] = assess(doc, detections([carveOut])).findings;
    expect(f!.legalForce).toBe('exception');
    expect(findingLegalForce(doc, carveOut)).toBe('exception');
  });

  it('keeps the saving clause of its lead-in when the item that names the subject has no force words of its own', () => {
    const doc = agreement([
      'Chapter 10 Investment',
      'Article 131 Most-Favoured-Nation Treatment',
      '3. Notwithstanding paragraphs 1 and 2, the Parties reserve the right to adopt or maintain any measure that accords differential treatment:',
      '(a) to disadvantaged minorities and ethnic groups14; or',
      '',
      '14 For purposes of this Chapter, ethnic groups means indigenous and native communities.',
      '78',
      '(b) involving cultural industries related to the production of books and music scores.',
      '4. The treatment in paragraphs 1 and 2 shall not include preferential treatment under a customs union.',
    ]);
    const carveOut = findingOf(doc, 'cultural-exemption', '131', ['reserve the right', 'cultural industries']);
    expect(assess(doc, detections([carveOut])).findings[0]!.legalForce).toBe('exception');
    expect(findingLegalForce(doc, carveOut)).toBe('exception');
  });

  it('reads a Spanish "no se aplica" exclusion as binding, not the saving clause after it', () => {
    const doc: AgreementDocument = {
      ...agreement([
        'Chapter 16 Telecomunicaciones',
        'Article 16.1 Ámbito de aplicación',
        '1. Este Capítulo se aplica a las medidas relacionadas con las redes públicas de telecomunicaciones.',
        '2. Este Capítulo no se aplica a las medidas que una Parte adopte o mantenga en relación con la radiodifusión o la distribución por cable de programación de radio o televisión.',
        '3. Nada de lo dispuesto en este Capítulo se interpretará en el sentido de impedir que una Parte autorice a un proveedor de la otra Parte.',
      ]),
      language: 'es',
    };
    const carveOut = findingOf(doc, 'cultural-exemption', '16.1', ['no se aplica a las medidas que una Parte adopte o mantenga en relación con la radiodifusión']);
    expect(assess(doc, detections([carveOut])).findings[0]!.legalForce).toBe('binding');
    expect(findingLegalForce(doc, carveOut)).toBe('binding');
  });
});

describe('the legal force of a finding comes from the clause that matched', () => {
  it('skips a heading fragment and reads the operative sentence after it', () => {
    const doc = agreement(['Chapter 14 Digital Trade', 'Article 14.17 Source Code 1.', 'Each Party will endeavour not to require the transfer of source code of software as a condition for its import.']);
    const [f] = assess(doc, detections([finding(doc, 'ecommerce', '14.17', 'Source Code')])).findings;
    expect(f!.legalForce).toBe('best-endeavour');
    expect(f!.forceSentence).toMatch(/^Each Party will endeavour/);
  });

  it('gives a carve-out in paragraph 7 the force of paragraph 7, not of paragraph 6 that ends without a full stop', () => {
    const doc = agreement(['Chapter 9 Electronic Commerce', 'Article 9.4 Digital Products', '6. Each Party shall accord national treatment to digital products of the other Party', '7. Nothing in this Article shall be construed to prevent a Party from adopting measures to protect cultural diversity.']);
    const [f] = assess(doc, detections([finding(doc, 'cultural-exemption', '9.4', 'cultural diversity')])).findings;
    expect(f!.legalForce).toBe('exception');
    expect(f!.forceSentence).toMatch(/Nothing in this Article/);
    expect(f!.forceSentence).not.toMatch(/national treatment/);
  });

  it('reads a declaration after the article heading as a recital', () => {
    const doc = agreement(['Chapter 20 Exceptions', 'Article 20.1 Culture', 'The Parties recall the exceptions applicable to culture as set out in Chapters 9 and 10.']);
    const [f] = assess(doc, detections([finding(doc, 'cultural-exemption', '20.1', 'applicable to culture')])).findings;
    expect(f!.legalForce).toBe('recital');
  });
});
