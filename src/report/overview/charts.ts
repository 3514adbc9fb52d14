import type { TopLevelSpec } from 'vega-lite';
import { VERDICTS } from '../../assess/types.js';
import { CATEGORIES } from '../../model.js';
import { aggregate, percent, UNDATED, UNKNOWN_PARTY } from './aggregate.js';
import type { AgreementRow } from './row.js';

/** The Parties with most agreements that the heat map shows (beyond a few dozen rows it stops being readable). */
const HEATMAP_PARTIES = 40;

const FONT = 'Segoe UI, system-ui, Helvetica Neue, Arial, sans-serif';
/**
 * No label is ever cut short (`labelLimit: 0`): the labels are the guide's category names and Parties'
 * codes, all short enough to show whole, and without a browser Vega can only estimate a text's width
 * (0.8 of the font size a character), which cut 'international-coordination' at a limit of 220 pixels.
 */
const CONFIG = { font: FONT, view: { stroke: null }, axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0 }, legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 0 } };

/** A count of agreements: whole numbers on the axis. */
const COUNT_AXIS = { tickMinStep: 1, format: 'd' };

/** A chart of the page: its title (an <h2>), and the Vega-Lite spec drawing it. */
export interface Chart {
  id: string;
  title: string;
  spec: TopLevelSpec;
}

/** The three charts of the overview page, drawn from the rows alone. */
export function overviewCharts(rows: readonly AgreementRow[]): Chart[] {
  const years = aggregate(rows, 'year').filter((g) => g.group !== UNDATED);
  const byYearCategory = years.flatMap((g) => CATEGORIES.map((category) => ({ year: Number(g.group), category, agreements: g.withCategory[category] })));
  const byYearVerdict = years.flatMap((g) => VERDICTS.map((verdict) => ({ year: Number(g.group), verdict, agreements: g.verdicts[verdict] })));
  const parties = aggregate(rows, 'party')
    .filter((g) => g.group !== UNKNOWN_PARTY)
    .sort((a, b) => b.agreements - a.agreements || a.group.localeCompare(b.group))
    .slice(0, HEATMAP_PARTIES);
  const heat = parties.flatMap((g) => CATEGORIES.map((category) => ({ party: `${g.group} (${g.agreements})`, category, share: percent(g.withCategory[category], g.agreements) })));
  const yearAxis = { field: 'year', type: 'ordinal', title: 'year of signature', axis: { labelAngle: -60 } } as const;
  return [
    {
      id: 'categories-by-year',
      title: 'Agreements with each category, by year of signature',
      spec: {
        width: 760, height: 260, config: CONFIG,
        data: { values: byYearCategory },
        mark: { type: 'line', point: true },
        encoding: { x: yearAxis, y: { field: 'agreements', type: 'quantitative', title: 'agreements', axis: COUNT_AXIS }, color: { field: 'category', type: 'nominal', sort: [...CATEGORIES] } },
      },
    },
    {
      id: 'verdicts-by-year',
      title: 'E-commerce verdict, by year of signature',
      spec: {
        width: 760, height: 240, config: CONFIG,
        data: { values: byYearVerdict },
        mark: 'bar',
        encoding: {
          x: yearAxis,
          y: { field: 'agreements', type: 'quantitative', stack: true, title: 'agreements', axis: COUNT_AXIS },
          color: { field: 'verdict', type: 'nominal', sort: [...VERDICTS], scale: { domain: [...VERDICTS], range: ['#1e7b3c', '#d39200', '#b3261e', '#aab4c0', '#7a68b0'] } },
        },
      },
    },
    {
      id: 'party-category',
      title: `Share of each Party's agreements with each category (the ${Math.min(HEATMAP_PARTIES, parties.length)} Parties with most agreements)`,
      spec: {
        width: { step: 62 } as never, height: { step: 14 } as never, config: CONFIG,
        data: { values: heat },
        mark: 'rect',
        encoding: {
          x: { field: 'category', type: 'nominal', sort: [...CATEGORIES], title: null, axis: { labelAngle: -30, orient: 'top' } },
          y: { field: 'party', type: 'nominal', sort: null, title: 'Party (agreements)' },
          color: { field: 'share', type: 'quantitative', title: '% of agreements', scale: { scheme: 'blues', domain: [0, 100] } },
        },
      },
    },
  ];
}

/** Draws a chart to SVG in this process (Vega's headless view: no browser, no canvas, no network). */
export async function chartSvg(chart: Chart): Promise<string> {
  // Imported when a chart is drawn: Vega awaits at its top level, so the packed command line (CommonJS)
  // can only import() it, and only the HTML overview needs it.
  const [{ parse, View }, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  const view = new View(parse(compile(chart.spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
