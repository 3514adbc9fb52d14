import { MIN_TEMPLATE_CLAUSES, MIN_TEMPLATE_SHARE, type LineageEntry, type TemplateCandidate } from '../../compare/index.js';
import { cell } from '../markdown-cell.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The template lineage as Markdown: one row per agreement in order of signature, with its likeliest template. */
export function lineageMarkdown(entries: readonly LineageEntry[]): string {
  const withTemplate = entries.filter((e) => e.template);
  const undated = entries.filter((e) => e.undated);
  const out = [
    '# Template lineage of cultural clauses',
    '',
    `${entries.length} agreement(s); ${withTemplate.length} repeat cultural clauses of an earlier one nearly word for word (at least 80% of three-word runs in common, same category), ` +
      `for at least ${MIN_TEMPLATE_CLAUSES} clauses and ${percent(MIN_TEMPLATE_SHARE)} of their cultural clauses.` +
      (undated.length > 0 ? ` ${undated.length} undated agreement(s) are listed without a template: with no date, which one copied which cannot be told.` : ''),
    '',
    '| Agreement | Signed | Cultural clauses | Likeliest template | Signed | Clauses repeated |',
    '|---|---|---|---|---|---|',
  ];
  for (const e of entries) {
    const t = e.template;
    const template = t ? [`${cell(t.title)} (\`${t.documentId}\`)`, t.dateSigned ?? '', `${t.shared} of ${e.clauses} (${percent(t.share)})`] : ['—', '', ''];
    out.push(`| ${cell(e.title)} (\`${e.documentId}\`) | ${e.undated ? 'undated' : (e.dateSigned ?? '')} | ${e.clauses} | ${template.join(' | ')} |`);
  }
  out.push('');
  return out.join('\n');
}

function candidateJson(c: TemplateCandidate) {
  return { ...c, share: Number(c.share.toFixed(3)), pairs: c.pairs.map((p) => ({ ...p, similarity: Number(p.similarity.toFixed(3)) })) };
}

/** The lineage as JSON: each agreement with its template's shared clause pairs and the runners-up. */
export function lineageJson(entries: readonly LineageEntry[]): string {
  const out = entries.map((e) => ({ ...e, ...(e.template ? { template: candidateJson(e.template) } : {}), runnersUp: e.runnersUp.map(candidateJson) }));
  return `${JSON.stringify(out, null, 2)}\n`;
}
