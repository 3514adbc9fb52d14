import type { NodeKind, Note, OutlineNode } from '../model.js';
import { trimEndOffset } from './lines.js';
import { ATTACHMENT_KINDS } from './vocabulary.js';

/** A node to place in the tree, in text order. */
export interface Block {
  kind: NodeKind;
  /** Nesting rank: lower opens first (part 1 ... article 6); 0 for top-level blocks. */
  rank: number;
  number?: string;
  heading?: string;
  start: number;
  /** Offset just past the heading's last line (see OutlineNode.headingEnd). */
  headingEnd?: number;
  /** Set for blocks whose end is known in advance (footnotes); others end at the next sibling-or-higher block. */
  end?: number;
  /** A footnotes block's notes (see OutlineNode.notes). */
  notes?: Note[];
}

/** Kinds that stand alone at the top and contain nothing but footnotes. */
const FLAT_KINDS: ReadonlySet<NodeKind> = new Set(['preamble', 'conclusion']);
/** Levels that close an annex, appendix or protocol: the main text resumes. */
const MAIN_LEVEL_MAX_RANK = 3;

function canContain(parent: Block, child: Block): boolean {
  if (child.end !== undefined) return true;
  if (FLAT_KINDS.has(parent.kind) || FLAT_KINDS.has(child.kind)) return false;
  if (ATTACHMENT_KINDS.has(child.kind)) return parent.kind !== 'appendix' && ATTACHMENT_KINDS.has(parent.kind) && child.kind === 'appendix';
  if (ATTACHMENT_KINDS.has(parent.kind)) return child.rank > MAIN_LEVEL_MAX_RANK;
  return parent.rank < child.rank;
}

/**
 * Nests blocks by rank: each block closes the open blocks it cannot sit inside. A node ends where the
 * next node that closes it starts, trimmed of trailing whitespace; the last ones end with the text.
 */
export function buildTree(text: string, blocks: readonly Block[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: { block: Block; node: OutlineNode }[] = [];
  const close = (upTo: number): void => {
    const { node } = stack.pop()!;
    node.end = trimEndOffset(text, upTo, node.start);
  };
  for (const block of blocks) {
    while (stack.length > 0 && !canContain(stack[stack.length - 1]!.block, block)) close(block.start);
    const node = toNode(block);
    (stack.length > 0 ? stack[stack.length - 1]!.node.children : roots).push(node);
    if (block.end === undefined) stack.push({ block, node });
  }
  while (stack.length > 0) close(text.length);
  return roots;
}

function toNode(block: Block): OutlineNode {
  const node: OutlineNode = { kind: block.kind, start: block.start, end: block.end ?? block.start, children: [] };
  if (block.number !== undefined) node.number = block.number;
  if (block.heading !== undefined) node.heading = block.heading;
  if (block.headingEnd !== undefined) node.headingEnd = block.headingEnd;
  if (block.notes !== undefined) node.notes = block.notes;
  return node;
}
