import type { LineageEntry } from '../../compare/index.js';
import { cell } from '../markdown-cell.js';

/** The template lineage as Markdown: one row per agreement in order of signature, with its likeliest template. */
export function lineageMarkdown(entries: readonly LineageEntry[]): string {
  const withTemplate = entries.filter((e) => e.template);
  const out = [
    '# Template lineage of cultural clauses',
    '',
    `${entries.length} agreement(s); ${withTemplate.length} repeat cultural clauses of an earlier one nearly word for word (at least 80% of three-word runs in common, same category).`,
    '',
    '| Agreement | Signed | Cultural clauses | Likeliest template | Signed | Clauses repeated |',
    '|---|---|---|---|---|---|',
  ];
  for (const e of entries) {
    const t = e.template;
    const template = t ? [`${cell(t.title)} (\`${t.documentId}\`)`, t.dateSigned ?? '', `${t.shared} of ${e.clauses} (${Math.round(t.share * 100)}%)`] : ['—', '', ''];
    out.push(`| ${cell(e.title)} (\`${e.documentId}\`) | ${e.dateSigned ?? ''} | ${e.clauses} | ${template.join(' | ')} |`);
  }
  out.push('');
  return out.join('\n');
}

export function lineageJson(entries: readonly LineageEntry[]): string {
  return `${JSON.stringify(entries.map((e) => ({ ...e, ...(e.template ? { template: { ...e.template, share: Number(e.template.share.toFixed(3)) } } : {}) })), null, 2)}\n`;
}
