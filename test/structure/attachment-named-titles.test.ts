import { describe, expect, it } from 'vitest';
import { flatten, outlineOf } from './helpers.js';

const BODY = 'The Protocol on Cultural Cooperation annexed to this Agreement forms an integral part of it.';

/** The outline as `kind number  title` lines, depth first. */
const outline = (text: string, language: 'en' | 'fr' | 'es' = 'en') =>
  flatten(outlineOf(text, language)).map((n) => [n.kind, n.number, n.heading].filter((x) => x !== undefined).join(' '));

// An article may be titled after the attachment it deals with; set on the line under the article's
// number, that title reads like the heading of a named attachment.
describe('an article titled by the name of an attachment', () => {
  it('reads "Protocol on ..." under a bare article heading as the article\'s title', () => {
    const text = `Article 4\nCultural diversity\n\nThe Parties shall promote cultural diversity.\n\nArticle 5\nProtocol on Cultural Cooperation\n\n${BODY}\n\nArticle 6\nEntry into force\n\nThis Agreement shall enter into force on signature.`;
    expect(outline(text)).toEqual(['article 4 Cultural diversity', 'article 5 Protocol on Cultural Cooperation', 'article 6 Entry into force']);
  });

  it('does so in capitals, after a blank line, and for an annex, in French and Spanish', () => {
    expect(outline(`ARTICLE 5\nPROTOCOL ON CULTURAL COOPERATION\n\n${BODY}\n\nARTICLE 6\nENTRY INTO FORCE\n\nThis Agreement shall enter into force.`)).toEqual([
      'article 5 PROTOCOL ON CULTURAL COOPERATION',
      'article 6 ENTRY INTO FORCE',
    ]);
    expect(outline(`Article 5\n\nAnnex on Financial Services\n\nAnnex 2 sets out the commitments on financial services.\n\nArticle 6\n\nThis Agreement shall enter into force.`)).toEqual([
      'article 5 Annex on Financial Services',
      'article 6',
    ]);
    expect(outline('Article 5\nProtocole relatif à la coopération culturelle\n\nLe protocole annexé fait partie intégrante du présent accord.\n\nArticle 6\nEntrée en vigueur\n\nLe présent accord entre en vigueur.', 'fr')[0]).toBe(
      'article 5 Protocole relatif à la coopération culturelle',
    );
    expect(outline('Artículo 5\nProtocolo sobre cooperación cultural\n\nEl Protocolo anexo forma parte integrante del presente Acuerdo.\n\nArtículo 6\nEntrada en vigor\n\nEl presente Acuerdo entrará en vigor.', 'es')[0]).toBe(
      'article 5 Protocolo sobre cooperación cultural',
    );
  });

  it('reads the attachment\'s word alone under a bare article heading as its title, not as a protocol that takes the articles after it', () => {
    const text = `Article 4\nCultural diversity\n\nThe Parties shall promote cultural diversity.\n\nArticle 5\nProtocol\n\n${BODY}\n\nArticle 6\nEntry into force\n\nThis Agreement shall enter into force on signature.`;
    expect(outline(text)).toEqual(['article 4 Cultural diversity', 'article 5 Protocol', 'article 6 Entry into force']);
    expect(outline(`ARTICLE 5\nANNEX\n\nAnnex I forms an integral part of this Agreement.\n\nARTICLE 6\nENTRY INTO FORCE\n\nThis Agreement shall enter into force.`)).toEqual([
      'article 5 ANNEX',
      'article 6 ENTRY INTO FORCE',
    ]);
  });

  it('still reads a protocol after the last article\'s text, and one with an article heading right under it', () => {
    const after = `Article 30\nEntry into force\n\nThis Agreement shall enter into force on signature.\n\nPROTOCOL ON CULTURAL COOPERATION\n\nThe Parties shall encourage co-productions.`;
    expect(outline(after)).toEqual(['article 30 Entry into force', 'protocol PROTOCOL ON CULTURAL COOPERATION']);
    const underHeading = `Article 30\n\nPROTOCOL ON CULTURAL COOPERATION\n\nArticle 1\nScope\n\nThe Parties shall encourage co-productions.`;
    expect(outline(underHeading)).toContain('protocol PROTOCOL ON CULTURAL COOPERATION');
  });
});
