import { describe, expect, it } from 'vitest';
import type { OutlineNode } from '../../src/model.js';
import { outlineOf, slice } from './helpers.js';

const MAIN = 'Article 1\nObjectives\n\nThe Parties shall liberalise trade.\n\nArticle 2\nEntry into force\n\nThis Agreement shall enter into force on signature.';
const attachment = (text: string, language: 'en' | 'fr' | 'es' = 'en'): OutlineNode => {
  const found = outlineOf(text, language).find((n) => n.kind === 'protocol' || n.kind === 'annex');
  if (!found) throw new Error('no attachment read');
  return found;
};
const kinds = (node: OutlineNode) => node.children.map((n) => [n.kind, n.number].filter(Boolean).join(' '));

// The stretch between an attachment's heading and its first article belongs to no article: when it
// holds recitals, it is the attachment's preamble.
describe("an attachment's own preamble", () => {
  it('reads the recitals before a protocol\'s first article as its preamble, in French and Spanish too', () => {
    const fr = `${MAIN}\n\nPROTOCOLE RELATIF À LA COOPÉRATION CULTURELLE\n\nLES PARTIES,\n\nRECONNAISSANT le droit de chaque Partie de promouvoir la diversité culturelle,\n\nSONT CONVENUES DE CE QUI SUIT:\n\nArticle premier\nChamp d'application\n\nLes Parties coopèrent.\n\nArticle 2\nArtistes\n\nLes Parties facilitent les échanges.`;
    const protocol = attachment(fr, 'fr');
    expect(kinds(protocol)[0]).toBe('preamble');
    expect(slice(fr, protocol.children[0]!)).toMatch(/^LES PARTIES,[\s\S]*CE QUI SUIT:$/);
    const es = `${MAIN}\n\nPROTOCOLO SOBRE COOPERACIÓN CULTURAL\n\nLAS PARTES,\n\nRECONOCIENDO el derecho de cada Parte a promover la diversidad cultural,\n\nHAN ACORDADO LO SIGUIENTE:\n\nArtículo 1\nÁmbito\n\nLas Partes cooperarán.`;
    expect(kinds(attachment(es, 'es'))).toEqual(['preamble', 'article 1']);
  });

  it('starts it at a "Preamble" heading printed under the attachment\'s', () => {
    const text = `${MAIN}\n\nPROTOCOL ON CULTURAL COOPERATION\n\nPreamble\n\nThe Parties, recognising the value of cultural exchanges, have agreed as follows:\n\nArticle 1\nScope\n\nThe Parties shall cooperate.`;
    const protocol = attachment(text);
    expect(kinds(protocol)).toEqual(['preamble', 'article 1']);
    expect(slice(text, protocol.children[0]!)).toMatch(/^Preamble\n\nThe Parties, recognising/);
  });

  it('leaves alone an introductory sentence, a protocol without articles, and the agreement\'s own preamble', () => {
    const intro = `${MAIN}\n\nANNEX 2-A\nFINANCIAL SERVICES\n\nThis Annex applies to measures relating to financial services.\n\nArticle 1\nDefinitions\n\nFor the purposes of this Annex, the following definitions apply.`;
    expect(kinds(attachment(intro))).toEqual(['article 1']);
    const noArticles = `${MAIN}\n\nPROTOCOL ON CULTURAL COOPERATION\n\nTHE PARTIES,\n\nRECOGNISING the value of cultural exchanges,\n\nHAVE AGREED to encourage co-productions.`;
    expect(kinds(attachment(noArticles))).toEqual([]);
    const own = `THE PARTIES,\n\nRECOGNISING the value of trade,\n\nHAVE AGREED AS FOLLOWS:\n\n${MAIN}`;
    expect(outlineOf(own).map((n) => n.kind)).toEqual(['preamble', 'article', 'article']);
  });
});
