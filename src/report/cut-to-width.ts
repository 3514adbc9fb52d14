/** The text on one line, cut to `width` characters with `…` as its last one when it was longer. */
export function cutToWidth(text: string, width: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= width ? line : `${line.slice(0, Math.max(0, width - 1))}…`;
}
