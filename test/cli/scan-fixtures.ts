import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Invented agreement text (never corpus text) with a cultural carve-out and an e-commerce article. */
export const GOOD_TEXT = `Free Trade Agreement between Northland and Southland

Chapter 1 General Provisions

Article 1.1 Objectives
The Parties establish a free trade area.

Article 1.2 Cultural industries
Nothing in this Agreement shall be construed to apply to measures adopted or maintained by a Party with respect to cultural industries.

Chapter 2 Electronic Commerce

Article 2.1 Customs duties
Neither Party shall impose customs duties on electronic transmissions.
`;

/** Invented text that names the 2005 Convention by its full title. */
export const CONVENTION_TEXT = `Agreement between Eastland and Westland

Preamble
The Parties, recalling the Convention on the Protection and Promotion of the Diversity of Cultural Expressions, adopted in Paris on 20 October 2005, have agreed as follows.

Article 1 Objective
The Parties establish a free trade area.
`;

/** An invented ToTA-shaped XML file: the element layout of the corpus, with our own sentences. */
export function totaXml(name: string, articles: { id: string; number: string; text: string }[]): string {
  const body = articles
    .map((a) => `      <article number="${a.number}" article_identifier="${a.id}">${a.text}</article>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<treaty>
  <meta>
    <name>${name}</name>
    <type>Free Trade Agreement</type>
    <status>In Force</status>
    <date_signed>2020-01-01</date_signed>
    <parties_original><partyisocode n="1">AAA</partyisocode><partyisocode n="2">BBB</partyisocode></parties_original>
  </meta>
  <body>
    <chapter name="General" chapter_identifier="1">
${body}
    </chapter>
  </body>
</treaty>
`;
}

/** A fresh temporary folder holding `files` (relative path → content). */
export function tempTree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'culturescan-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
