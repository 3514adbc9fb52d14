/**
 * What the overview page shows once Chromium has rendered it: which charts hold an SVG, the texts each
 * chart prints (axis and legend labels, titles), how many table rows, which brief links.
 */
export function pageFacts(dom: string): { charts: Record<string, boolean>; chartTexts: Record<string, string[]>; rows: number; briefLinks: string[] } {
  const charts: Record<string, boolean> = {};
  const chartTexts: Record<string, string[]> = {};
  for (const m of dom.matchAll(/<figure class="chart" id="([\w-]+)">([\s\S]*?)<\/figure>/g)) {
    charts[m[1]!] = /^<svg\b[^>]*>[\s\S]*<(?:path|rect|line)\b[\s\S]*<\/svg>$/.test(m[2]!.trim());
    chartTexts[m[1]!] = [...m[2]!.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((t) => t[1]!);
  }
  const body = /<table class="sortable" id="agreements">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(dom)?.[1] ?? '';
  const rows = body.match(/<tr\b/g)?.length ?? 0;
  const briefLinks = [...body.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]!);
  return { charts, chartTexts, rows, briefLinks };
}
