import type { Comparison, LineageEntry } from '../../compare/index.js';
import type { AgreementDocument } from '../../model.js';
import { comparisonHtml } from './html.js';
import { comparisonJson } from './json.js';
import { lineageJson, lineageMarkdown, type LineageLayout } from './lineage.js';
import { comparisonMarkdown, type MarkdownLayout } from './markdown.js';

/**
 * A comparison format: a pure function from the two documents and their comparison to the text to
 * write; `layout.width`, the columns of the terminal it is printed to (Markdown fits its table to it).
 */
export type ComparisonFormatter = (left: AgreementDocument, right: AgreementDocument, comparison: Comparison, layout?: MarkdownLayout) => string;

/** The comparison formats by name; `compare --format` accepts exactly these. */
export const COMPARISON_FORMATS = { markdown: comparisonMarkdown, html: comparisonHtml, json: comparisonJson } as const satisfies Record<string, ComparisonFormatter>;

export type ComparisonFormat = keyof typeof COMPARISON_FORMATS;
export const COMPARISON_FORMAT_NAMES = Object.keys(COMPARISON_FORMATS) as ComparisonFormat[];

/** The lineage formats by name; `lineage --format` accepts exactly these. */
export const LINEAGE_FORMATS = { markdown: lineageMarkdown, json: lineageJson } as const satisfies Record<string, (entries: readonly LineageEntry[], layout: LineageLayout) => string>;
export type LineageFormat = keyof typeof LINEAGE_FORMATS;
export const LINEAGE_FORMAT_NAMES = Object.keys(LINEAGE_FORMATS) as LineageFormat[];
