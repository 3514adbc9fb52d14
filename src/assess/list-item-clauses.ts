import { itemLabelOf, segmentIndexAt, splitSentences, squash, withoutItemLabel, type Segment } from '../nlp/index.js';

/**
 * A list item read with the lead-ins it hangs from ("2. The Council shall: … (c) provide for public
 * participation, including by: (i) establishing mechanisms ..."), each lead-in of its own level.
 */
export interface ListItemClause {
  /** Where the item starts and ends in the article. */
  start: number;
  end: number;
  /** The lead-ins and the item as printed, with "…" where items between them are left out. */
  text: string;
  /**
   * The same words as one sentence, without labels and colons ("The Council shall provide for public
   * participation, including by establishing mechanisms ..."): what legal force reads, so that the item's
   * own verb meets the lead-in's modal ("shall: (a) seek to" is "shall seek to").
   */
  reading: string;
  /** The item's own words, without its label. */
  own: string;
}

/** The lists of one article: which sentence introduces which items. */
export interface ArticleLists {
  /**
   * The item that holds `offset`, read with its lead-ins from `from` on; undefined when `offset` is in
   * no item, in an item that itself introduces a list, or in an item whose lead-ins all end before
   * `from` (in another numbered paragraph).
   */
  itemAt(offset: number, from: number): ListItemClause | undefined;
  /**
   * When `offset` is in a lead-in, the items under it that introduce nothing themselves, each read with
   * its lead-ins from `from` on, up to `to`; otherwise none.
   */
  itemsUnder(offset: number, from: number, to: number): ListItemClause[];
}

/** Items beyond this many under one lead-in are not read: a schedule's list says nothing more about force. */
const MOST_ITEMS = 60;

/** The lists of an article, read from its sentences with items apart (splitSentences of the whole article, when already made). */
export function articleLists(article: string, segments: readonly Segment[] = splitSentences(article)): ArticleLists {
  const byStart = new Map(segments.map((segment) => [segment.start, segment]));
  const leadIns = new Set(segments.flatMap((segment) => (segment.leadIn ? [segment.leadIn.start] : [])));
  /** The lead-ins of a segment, innermost first. */
  const leadInsOf = (segment: Segment): Segment[] => {
    const chain: Segment[] = [];
    for (let at = segment.leadIn?.start; at !== undefined && chain.length < 8; ) {
      const leadIn = byStart.get(at);
      if (!leadIn || chain.includes(leadIn)) break;
      chain.push(leadIn);
      at = leadIn.leadIn?.start;
    }
    return chain;
  };
  /** Where the item that `segment` belongs to starts: a line that runs on after an item's semicolon ("; for this purpose it shall ...") belongs to that item. */
  const labelledStart = (segment: Segment): number => {
    let i = segments.indexOf(segment);
    while (i > 0 && !itemLabelOf(article.slice((segments[i] as Segment).start, (segments[i] as Segment).start + 12))) {
      const before = segments[i - 1] as Segment;
      if (before.leadIn?.start !== segment.leadIn?.start || leadIns.has(before.start)) break;
      i--;
    }
    return (segments[i] as Segment).start;
  };
  const clauseOf = (item: Segment, from: number): ListItemClause | undefined => {
    // A lead-in that starts before `from` (the article's heading line run into it) counts from `from` on.
    const chain = leadInsOf(item)
      .filter((leadIn) => leadIn.end > from)
      .map((leadIn) => ({ start: Math.max(leadIn.start, from), end: leadIn.end }))
      .reverse();
    if (chain.length === 0) return undefined;
    const whole = { start: labelledStart(item), end: item.end };
    const pieces: Array<{ start: number; end: number }> = [...chain, whole];
    const text = pieces.map((piece, i) => {
      const words = squash(article.slice(piece.start, piece.end));
      const before = pieces[i - 1];
      return i === 0 || article.slice(before!.end, piece.start).trim() === '' ? words : `… ${words}`;
    });
    const own = withoutItemLabel(squash(article.slice(whole.start, whole.end)));
    const reading = [...chain.map((leadIn) => withoutItemLabel(squash(article.slice(leadIn.start, leadIn.end))).replace(/[\s:]+$/, '')), own].join(' ');
    return { start: whole.start, end: whole.end, text: text.join(' '), reading, own };
  };
  const segmentAt = (offset: number) => segments[segmentIndexAt(offset, segments)];
  return {
    itemAt(offset, from) {
      const item = segmentAt(offset);
      if (!item?.leadIn || leadIns.has(item.start)) return undefined;
      return clauseOf(item, from);
    },
    itemsUnder(offset, from, to) {
      const leadIn = segmentAt(offset);
      if (!leadIn || !leadIns.has(leadIn.start)) return [];
      const items: ListItemClause[] = [];
      for (let i = segments.indexOf(leadIn) + 1; i < segments.length && items.length < MOST_ITEMS; i++) {
        const segment = segments[i] as Segment;
        if (segment.start >= to || !segment.leadIn) break;
        if (leadIns.has(segment.start) || !leadInsOf(segment).includes(leadIn)) continue;
        const clause = clauseOf(segment, from);
        if (clause) items.push(clause);
      }
      return items;
    },
  };
}
