/**
 * An agreement whose table of contents ends with annexes, each entry wrapped over two lines, the last
 * one ending with the article it relates to ("… Treatment Exemptions in relation to" / "Article 2"),
 * then a page number. That line is the end of a contents entry, not the heading of Article 2: the
 * outline holds the preamble, Chapter 1 and its three articles, whatever the layout (plain text, or
 * every printed line a paragraph of its own, as a word processor saves a printed text).
 */
export const WRAPPED_CONTENTS_ENTRY = [
  'AGREEMENT BETWEEN AURELIA AND BOREALIS FOR AN ECONOMIC PARTNERSHIP',
  'Table of Contents',
  'Preamble',
  'Chapter 1 General Provisions',
  'Article 1 Objectives',
  'Article 2 Most-Favoured-Nation Treatment',
  'Article 3 Cultural Cooperation',
  'Annex 1 referred to Schedules in relation to',
  'in Chapter 1 Article 1',
  'Annex 2 referred to Reservations for Existing Measures',
  'in Chapter 1',
  'Annex 3 referred to Lists of Most-Favoured-Nation',
  'in Chapter 1 Treatment Exemptions in relation to',
  'Article 2',
  '4',
  'Preamble',
  'Aurelia and Borealis,',
  'Recognising the importance of cultural diversity;',
  'HAVE AGREED as follows:',
  'Chapter 1',
  'General Provisions',
  'Article 1',
  'Objectives',
  'The objectives of this Agreement are to liberalise trade in goods and services.',
  'Article 2',
  'Most-Favoured-Nation Treatment',
  'Each Party shall accord to services of the other Party treatment no less favourable than it accords to like services of a non-Party.',
  'Article 3',
  'Cultural Cooperation',
  'The Parties shall cooperate in the audiovisual sector.',
] as const;

/** Its outline, as `kind number` labels. */
export const WRAPPED_CONTENTS_ENTRY_OUTLINE = ['preamble', 'chapter 1', 'article 1', 'article 2', 'article 3'] as const;
