import { CHECKLIST_ITEMS } from '../../assess/types.js';
import { CATEGORIES } from '../../model.js';
import { chartSvg, overviewCharts } from './charts.js';
import { partiesCell } from './columns.js';
import type { AgreementRow } from './row.js';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** How the page links each row to its brief: `briefBase` + the brief's file name. */
export interface PageOptions {
  briefBase?: string;
}

const CSS = `
:root { --ink:#1d2733; --muted:#5b6775; --line:#d8dee6; }
* { box-sizing: border-box; }
body { font: 14px/1.45 "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; background: #f4f6f9; }
main { margin: 0 auto; padding: 28px 32px 48px; background: #fff; min-height: 100vh; max-width: 1400px; }
h1 { font-size: 24px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
.meta { color: var(--muted); margin: 0 0 16px; }
figure.chart { margin: 0 0 8px; overflow-x: auto; } figure.chart svg { max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; font-size: 12.5px; }
th, td { padding: 4px 7px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; white-space: nowrap; }
td.title { white-space: normal; min-width: 260px; } td.parties { white-space: normal; min-width: 180px; max-width: 320px; }
th { position: sticky; top: 0; background: #eef2f6; cursor: pointer; user-select: none; font-size: 11.5px; }
th[aria-sort=ascending]::after { content: " ▲"; } th[aria-sort=descending]::after { content: " ▼"; }
td.n { text-align: right; } td.zero { color: #b8c0ca; }
.present { color: #1e7b3c; } .partial { color: #9a6400; } .absent { color: #b3261e; } .not-applicable { color: var(--muted); } .undetermined { color: #5a4a8a; font-style: italic; }
.covered { color: #1e7b3c; } .partly-covered { color: #9a6400; } .not-covered { color: #b3261e; } .no-ecommerce { color: var(--muted); }
tr.error td { background: #fdf0ef; }
`;

/** Sorts the table by a clicked header: numbers as numbers, the rest as text; a second click reverses. */
const SORT_SCRIPT = `
document.querySelectorAll('table.sortable th').forEach(function (th, column) {
  th.addEventListener('click', function () {
    var table = th.closest('table'), body = table.tBodies[0];
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (h) { h.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var key = function (row) { var cell = row.cells[column]; return cell.getAttribute('data-sort') || cell.textContent; };
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = key(a), y = key(b), nx = parseFloat(x), ny = parseFloat(y);
      var order = !isNaN(nx) && !isNaN(ny) ? nx - ny : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
`;

function tableRow(row: AgreementRow, options: PageOptions): string {
  const title = esc(row.title ?? row.id);
  const linked = row.brief && options.briefBase !== undefined ? `<a href="${esc(options.briefBase + row.brief)}">${title}</a>` : title;
  const counts = CATEGORIES.map((c) => {
    const n = row.errors.length > 0 ? '' : row.findings[c];
    return `<td class="n${n === 0 ? ' zero' : ''}">${n}</td>`;
  }).join('');
  const statuses = CHECKLIST_ITEMS.map((item) => {
    const status = row.checklist?.[item] ?? '';
    return `<td class="${status}">${esc(status)}</td>`;
  }).join('');
  return `<tr${row.errors.length > 0 ? ' class="error"' : ''}><td>${esc(row.id)}</td><td class="title">${linked}</td><td class="parties">${esc(partiesCell(row))}</td>`
    + `<td data-sort="${esc(row.dateSigned ?? '')}">${esc(row.dateSigned ?? '')}</td><td>${esc(row.language ?? '')}</td>${counts}${statuses}`
    + `<td class="${row.verdict ?? ''}">${esc(row.verdict ?? '')}</td><td>${esc(row.missing.join('; '))}</td><td>${esc(row.errors.join('; '))}</td><td>${esc(row.source)}</td></tr>`;
}

/**
 * The overview as one self-contained page: charts drawn now as inline SVG (no script or network needed
 * to see them), then every agreement in a table sorted by a click on its header, each linked to its brief.
 */
export async function overviewHtml(rows: readonly AgreementRow[], options: PageOptions = {}): Promise<string> {
  const charts = overviewCharts(rows);
  const figures: string[] = [];
  for (const chart of charts) figures.push(`<h2>${esc(chart.title)}</h2>\n<figure class="chart" id="${chart.id}">${await chartSvg(chart)}</figure>`);
  const read = rows.filter((r) => r.errors.length === 0).length;
  const headers = ['id', 'title', 'Parties', 'signed', 'language', ...CATEGORIES, ...CHECKLIST_ITEMS, 'e-commerce verdict', 'missing', 'errors', 'source'];
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Overview of ${rows.length} agreement(s)</title><style>${CSS}</style></head>
<body><main>
<h1>Overview of ${rows.length} agreement(s)</h1>
<p class="meta">${read} read and assessed${rows.length > read ? `, ${rows.length - read} could not be read` : ''} · findings per category, the checklist against the 2005 Convention (Arts. 16, 21) and the digital guidelines (paras. 18–19), and the e-commerce verdict</p>
${figures.join('\n')}
<h2>Agreements</h2>
<div class="table-wrap"><table class="sortable" id="agreements"><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => tableRow(r, options)).join('\n')}
</tbody></table></div>
</main>
<script>${SORT_SCRIPT}</script>
</body></html>
`;
}
