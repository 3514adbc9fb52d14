import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../../src/ingest/index.js';
import type { AgreementDocument } from '../../src/model.js';
import { flatten } from '../structure/helpers.js';
import { convertAll, hasSoffice, renderLines, toFodt, writeText } from '../support/render-formats.js';
import { toEurLexHtml, toWebPageHtml } from '../support/render-web-pages.js';

/**
 * Long article titles, as agreements print them: in title case wrapped by the text's own line breaks
 * ("… Negligible Value and" / "Printed Advertising Materials"), in sentence case on a line of their
 * own under a bare "Article 4.1", and followed by the sub-heading that opens an article whose
 * paragraphs are grouped under sub-headings ("Rules of Origin and Related Matters" / "Application of
 * Chapter Two"). The text, its lines wrapped as published texts are, opened by LibreOffice (a paragraph
 * a line) and printed to PDF, which wraps each long line again at its own page width, and set as a
 * government's web page and as the official journal's HTML (each title a paragraph of its own), must
 * give every heading the title the text gives it, whole and alone.
 */
const AGREEMENT = `FREE TRADE AGREEMENT BETWEEN THE REPUBLIC OF AURELIA AND THE KINGDOM OF BOREALIS

The Republic of Aurelia and the Kingdom of Borealis, hereinafter referred to as "the Parties",
have agreed as follows:

CHAPTER 1
NATIONAL TREATMENT AND MARKET ACCESS FOR GOODS

Article 1.1: Duty-Free Entry of Certain Commercial Samples of Negligible Value and
Printed Advertising Materials
Each Party shall grant duty-free entry to commercial samples of negligible value, and to
printed advertising materials, imported from the territory of the other Party, regardless of
their origin, where such samples and materials are imported solely for the solicitation of
orders for goods or services provided from the territory of the other Party.

Article 1.2: Adaptation to Regional Conditions, including Pest- or Disease-Free Areas and
Areas of Low Pest or Disease Prevalence
1. The Parties shall adapt their sanitary or phytosanitary measures relating to animal or plant
pest or disease to the sanitary or phytosanitary characteristics of the area of origin and
destination of the goods.
2. When assessing the characteristics of an area, the Parties shall take into account the
prevalence of specific pests or diseases and the existence of eradication or control
programmes.

Article 1.3: Rules of Origin and Related Matters
Application of Chapter Two
1. Except as provided in this Article, Chapter Two (Rules of Origin and Origin Procedures)
applies to textile and apparel goods of either Party traded between them.
2. The rules of origin set forth in this Agreement shall not apply in determining the country
of origin of a textile or apparel good for non-preferential purposes.
Consultations
3. On the request of either Party, the Parties shall consult on any matter arising under this
Article, with a view to reaching a mutually satisfactory solution within sixty days.

Article 1.4: Additional Obligations Relating to Conduct of Major Suppliers of Public
Telecommunications Services
Treatment by Major Suppliers
1. Each Party shall ensure that major suppliers in its territory accord suppliers of public
telecommunications services of the other Party treatment no less favourable than such major
suppliers accord to their own subsidiaries.
Resale
2. Each Party shall ensure that major suppliers in its territory do not impose unreasonable or
discriminatory conditions or limitations on the resale of their public telecommunications services.

Article 1.5: Consultations when the Important Interests of a Party are Adversely Affected
in the Territory of the Other Party
1. Each Party shall, in accordance with its laws, take into consideration the important interests
of the other Party in the course of its enforcement activities.

Article 1.6: Domestic Review of Supplier Challenges
Independent Review Authorities
1. Each Party shall establish or designate at least one impartial administrative or judicial
authority that is independent from its procuring entities to receive and review challenges that
suppliers submit relating to the measures of the Party implementing this Chapter.
2. Each Party shall ensure that its review procedures are published and are timely, transparent,
effective, and consistent with due process principles.

Article 1.7: Additional Obligations Relating to Major Suppliers of Public Telecommunications Services 1
1. Each Party shall ensure that major suppliers in its territory provide interconnection at any
technically feasible point in the network of the major supplier.

Article 1.8: Measures Relating to the Protection of Biodiversity and of the Traditional Knowledge
Associated with Genetic Resources
1. The Parties recognise the importance of the conservation and sustainable use of biological
diversity for the achievement of sustainable development.

Article 1.9: Temporary Admission of Professional Equipment for Exhibition or Demonstration
Purposes, Sports Events and Cultural Performances
1. Each Party shall grant temporary admission free of customs duties to professional equipment,
including equipment for the press, broadcasting and cinematography.

CHAPTER 2
INVESTMENT

Article 2.1: Constitution of a Tribunal When a Party Fails to Appoint an Arbitrator or
the Disputing Parties are Unable to Agree on a Presiding Arbitrator
1. The Secretary-General shall serve as appointing authority for an arbitration under this
Chapter, in accordance with the rules of arbitration the disputing parties have chosen.
2. If a tribunal has not been constituted within ninety days from the date that a claim is
submitted to arbitration, the Secretary-General shall appoint the arbitrator or arbitrators not
yet appointed.

Article 2.2: Public Enterprises and Enterprises Entrusted with Special or Exclusive
Rights, including Designated Monopolies
1. Nothing in this Chapter prevents a Party from designating or maintaining public or private
monopolies according to its laws, provided that it does so in a manner consistent with this
Agreement.
2. Each Party shall ensure that its public enterprises act in accordance with the obligations
of this Agreement wherever they exercise any regulatory, administrative or other governmental
authority.

CHAPTER 3
TRADE AND SUSTAINABLE DEVELOPMENT

Article 3.1

Recognition for trade purposes of animal health and pest status and regional conditions

1. The importing Party shall recognise for trade purposes the animal health status of the
exporting Party or of its regions, as determined in accordance with the procedures set out in
this Chapter.

Article 3.2

Review of any measure taken to comply after the adoption of appropriate measures

1. The Party complained against shall notify the other Party of any measure it has taken to
comply with the ruling of the arbitration panel and of its request to end the measures applied.

Article 3.3

Protection of data submitted to obtain an authorisation to put a medicinal product on the market

1. Each Party shall implement a comprehensive system to guarantee the confidentiality, non-
disclosure and non-reliance of data submitted for the purpose of obtaining an authorisation.

Article 3.4
Non-Implementation –
Compensation and Suspension of Concessions
or Other Obligations
1. If the Party complained against fails to comply with the award within the reasonable period
of time, the complaining Party may suspend the application of concessions to that Party.

Article 3.5

Cultural cooperation

1. The Parties shall promote cultural exchanges and cooperation in the audiovisual sector, in
accordance with the Convention on the Protection and Promotion of the Diversity of Cultural
Expressions.

1 For greater certainty, this Article does not apply to suppliers of audiovisual services.

DONE at Aurelia City on 2 September 2023, in duplicate in the English language.
`;

/** Every heading of an outline with its title: "article 1.1 Duty-Free Entry …". */
function headings(doc: AgreementDocument): string[] {
  return flatten(doc.outline)
    .filter((n) => n.kind !== 'paragraph' && n.kind !== 'footnotes' && n.kind !== 'conclusion')
    .map((n) => [n.kind, n.number, n.heading?.replace(/\s+/g, ' ')].filter((part) => part !== undefined).join(' '));
}

const soffice = hasSoffice();
if (!soffice) console.warn('long titles in a PDF skipped: LibreOffice (soffice) is not installed');

describe('long article titles, printed to PDF and set as a web page', () => {
  const dir = mkdtempSync(join(tmpdir(), 'culturescan-long-titles-'));
  const text = writeText(join(dir, 'long-titles.txt'), AGREEMENT);
  let expected: string[] = [];

  beforeAll(async () => {
    const doc = await readAgreement(text);
    expected = headings(doc);
    writeText(join(dir, 'long-titles.web-page.html'), toWebPageHtml(renderLines(doc), doc.title));
    writeText(join(dir, 'long-titles.eur-lex.html'), toEurLexHtml(renderLines(doc), doc.title));
    if (soffice) {
      // Headings in their styles, set larger and bold, wrap short of the body's width.
      const styled = writeText(join(dir, 'long-titles-styled.fodt'), toFodt(renderLines(doc), { headingStyles: true, columns: 1, header: '' }, 'en'));
      convertAll(dir, [text, styled], 'pdf');
    }
  }, 300_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every title whole from the text itself', () => {
    expect(expected).toContain('article 1.1 Duty-Free Entry of Certain Commercial Samples of Negligible Value and Printed Advertising Materials');
    expect(expected).toContain('article 1.3 Rules of Origin and Related Matters');
    expect(expected).toContain('article 1.4 Additional Obligations Relating to Conduct of Major Suppliers of Public Telecommunications Services');
    expect(expected).toContain('article 3.3 Protection of data submitted to obtain an authorisation to put a medicinal product on the market');
    expect(expected).toContain('article 1.5 Consultations when the Important Interests of a Party are Adversely Affected in the Territory of the Other Party');
    expect(expected).toContain('article 1.6 Domestic Review of Supplier Challenges');
    expect(expected).toContain('article 1.7 Additional Obligations Relating to Major Suppliers of Public Telecommunications Services');
    expect(expected).toContain('article 1.9 Temporary Admission of Professional Equipment for Exhibition or Demonstration Purposes, Sports Events and Cultural Performances');
    expect(expected).toContain('article 3.4 Non-Implementation - Compensation and Suspension of Concessions or Other Obligations');
  });

  it.each([['a government web page', 'long-titles.web-page.html'], ["the official journal's HTML", 'long-titles.eur-lex.html'], ['a PDF printed by LibreOffice', join('pdf', 'long-titles.pdf')], ['a PDF whose headings are set larger', join('pdf', 'long-titles-styled.pdf')]])('%s: every heading with the title of the text', async (format, file) => {
    if (format.includes('PDF') && !soffice) return;
    const got = headings(await readAgreement(join(dir, file)));
    expect({ missing: expected.filter((h) => !got.includes(h)), extra: got.filter((h) => !expected.includes(h)) }).toEqual({ missing: [], extra: [] });
  });
});
