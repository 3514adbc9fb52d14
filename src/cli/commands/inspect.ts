import type { AgreementDocument, OutlineNode } from '../../model.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { UserError } from '../../errors.js';
import { readTypedAgreement } from '../files.js';
import { STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';

const USAGE = `Usage: culturescan inspect FILE [--json]

Shows how culturescan reads one agreement: its title, format, language and page count, then its
outline (preamble, chapters, sections, articles, annexes …) as an indented tree with page numbers.

Options:
  --json          print {documentId, source, format, language, title, meta, outline} as JSON
  --name NAME     with FILE '-' (standard input): the name shown for it; its ending tells the format
  --format-in F   with FILE '-': the format when the name does not tell it (txt, md, html, docx, pdf, xml)
`;

export const inspectCommand: Command = {
  name: 'inspect',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('inspect', args, { json: { type: 'boolean' }, ...STDIN_OPTIONS });
    if (positionals.length !== 1) throw new UserError('inspect: give exactly one FILE (see `culturescan inspect --help`)');
    const file = positionals[0]!;
    const document = await readTypedAgreement(file, io, stdinSpec(values, positionals));
    io.stdout(values.json ? `${JSON.stringify(inspectJson(document), null, 2)}\n` : outlineText(document));
    return EXIT.ok;
  },
};


/** The JSON shape of `inspect --json`. */
function inspectJson(document: AgreementDocument) {
  const { id, source, format, language, title, meta, outline } = document;
  return { documentId: id, source, format, language, title, meta, outline };
}

/** One header line, then one line per outline node, indented two spaces per level. */
function outlineText(document: AgreementDocument): string {
  const facts: string[] = [document.format, document.language];
  if (document.pages.length > 0) facts.push(`${document.pages.length} page${document.pages.length === 1 ? '' : 's'}`);
  const lines = [`${document.title} (${facts.join(', ')})`];
  const walk = (nodes: readonly OutlineNode[], depth: number) => {
    for (const node of nodes) {
      lines.push(`${'  '.repeat(depth)}${nodeLine(node)}`);
      walk(node.children, depth + 1);
    }
  };
  walk(document.outline, 1);
  if (document.outline.length === 0) lines.push('  (no outline found)');
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: OutlineNode): string {
  let line = node.number ? `${node.kind} ${node.number}` : node.kind;
  if (node.heading) line += `  ${node.heading}`;
  if (node.page !== undefined) line += `  (p. ${node.page})`;
  if (node.externalId !== undefined) line += `  [id ${node.externalId}]`;
  return line;
}
