/**
 * The first `shown` of a list, joined by commas, and how many more there are: "a.txt, b.txt and 4
 * more", as a one-line message names the files or pairs it is about without running on.
 */
export function firstNamed(items: readonly string[], shown: number): string {
  const more = items.length > shown ? ` and ${items.length - shown} more` : '';
  return `${items.slice(0, shown).join(', ')}${more}`;
}
