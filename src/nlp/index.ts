/** The only door to natural (and, later, compromise): stemming, words, sentences, paragraphs. */
export { foldCodeUnit, foldWord, stemWord, StemCache, type WordKeys } from './stem.js';
export { tokenize, firstTokenAtOrAfter, lastTokenEndingBy, mayRespell, packedLength, packedStart, plainStart, stretchAround, tokenizeStretches, NOT_PLAIN, PACKED_LENGTH, Words } from './tokens.js';
export { keyPrefix, rarestWord, MIN_ANCHOR_LENGTH } from './word-prefix.js';
export { parseWordCounts, WordCounts } from './word-counts.js';
export { joinListItems, offsetBeforeSquash, segmentIndexAt, splitSentences, squash, trim, type ListItems, type Segment } from './sentences.js';
export { itemLabelOf, withoutItemLabel } from './item-labels.js';
export { splitParagraphs } from './paragraphs.js';
