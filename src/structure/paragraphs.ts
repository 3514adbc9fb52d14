import type { OutlineNode } from '../model.js';
import { trimEndOffset, type Line } from './lines.js';
import { romanValue } from './numbers.js';

type Scheme = 'number' | 'letter' | 'roman' | 'digit';

interface Marker {
  scheme: Scheme;
  label: string;
  /** 1 for "1.", 2 for "(a)" / "(1)", 3 for "(i)" under a letter. */
  level: number;
}

const NUMBERED = /^(\d{1,3})\.(?=\s|$)/;
const BRACKETED = /^\(?([a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)(?=\s|$)/;
const letterValue = (label: string): number => label.charCodeAt(label.length - 1) - 96 + (label.length - 1) * 26;

/**
 * Numbered paragraphs ("1.") and sub-paragraphs ("(a)", "(i)", "(1)") of an article body, nested.
 * A marker is taken only when it continues its list (1 → 2, (a) → (b)) or starts one, so that a
 * year or a stray "(e)" at the start of a wrapped line is not read as a paragraph.
 * `bodyLines` are the article's lines after its heading; `stops` are the lines of footnote blocks, where
 * every open paragraph ends and none begins.
 */
export function findParagraphs(text: string, lines: readonly Line[], bodyLines: number[], stops: ReadonlySet<number>): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const open: { node: OutlineNode; marker: Marker }[] = [];
  const last = new Map<Scheme, number>();
  const closeUntil = (level: number, at: number): void => {
    while (open.length > 0 && open[open.length - 1]!.marker.level >= level) {
      const { node } = open.pop()!;
      node.end = trimEndOffset(text, at, node.start);
    }
  };
  let lastLine = -1;
  for (const i of bodyLines) {
    const line = lines[i]!;
    lastLine = i;
    if (stops.has(i)) {
      closeUntil(0, line.start);
      continue;
    }
    const marker = readMarker(line.text, open[open.length - 1]?.marker, last);
    if (!marker) continue;
    if (marker.level === 1) last.clear();
    else if (marker.level === 2) last.delete('roman');
    last.set(marker.scheme, marker.scheme === 'number' || marker.scheme === 'digit' ? Number(marker.label) : marker.scheme === 'roman' ? romanValue(marker.label) : letterValue(marker.label));
    closeUntil(marker.level, line.contentStart);
    const node: OutlineNode = {
      kind: 'paragraph',
      number: marker.scheme === 'number' ? marker.label : `(${marker.label})`,
      start: line.contentStart,
      end: line.end,
      children: [],
    };
    (open.length > 0 ? open[open.length - 1]!.node.children : roots).push(node);
    open.push({ node, marker });
  }
  closeUntil(0, lastLine === -1 ? 0 : lines[lastLine]!.end);
  return roots;
}

function readMarker(text: string, current: Marker | undefined, last: ReadonlyMap<Scheme, number>): Marker | null {
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const n = Number(numbered[1]);
    const previous = last.get('number');
    const fits = previous === undefined ? n <= 2 : n === previous + 1;
    return fits ? { scheme: 'number', label: numbered[1]!, level: 1 } : null;
  }
  const bracketed = BRACKETED.exec(text);
  if (!bracketed) return null;
  const label = bracketed[1]!;
  if (/^\d+$/.test(label)) return follows(Number(label), last.get('digit')) ? { scheme: 'digit', label, level: 2 } : null;
  const letter = last.get('letter');
  if (/^[a-z]$/.test(label) && letter !== undefined && letterValue(label) === letter + 1) return { scheme: 'letter', label, level: 2 };
  if (/^[ivxl]+$/.test(label) && follows(romanValue(label), last.get('roman'))) {
    return { scheme: 'roman', label, level: current && current.scheme !== 'number' ? 3 : 2 };
  }
  if (/^[a-z]{1,2}$/.test(label) && follows(letterValue(label), letter)) return { scheme: 'letter', label, level: 2 };
  return null;
}

/** Starts a list (1) or continues it (previous + 1). */
const follows = (value: number, previous: number | undefined): boolean =>
  previous === undefined ? value === 1 : value === previous + 1 || value === 1;
