import { resolve } from 'node:path';
import type { ArticleText } from '../../eval/articles.js';
import { articleTexts } from '../../eval/articles.js';
import { evaluate } from '../../eval/evaluate.js';
import { formatEvalReport } from '../../eval/format.js';
import { parseGold, type GoldSet } from '../../eval/gold.js';
import { parseCommandArgs } from '../args.js';
import type { Command } from '../command.js';
import { EXIT } from '../errors.js';
import { UserError } from '../../errors.js';
import { readInputFile } from '../../input-file.js';
import { reportFileProblems } from '../files.js';
import { documentIdOf, listAndStartScan, scanFiles } from '../scan-files.js';
import { STDIN_OPTIONS, stdinSpec } from '../stdin-input.js';
import { startProgress } from '../progress.js';
import { inputFiles, parseJobs, ruleDirs } from '../scan-options.js';

const usage = `Usage: culturescan eval --gold FILE.jsonl [options] PATH...

Scans the agreements that the gold file lists (PATH: files, folders or glob patterns; others are
skipped) and scores the findings against the gold labels, per category, at article level
(treaty, article, category) and at agreement level (treaty, category), then lists the false
positives and false negatives.

Options:
  --gold FILE     gold labels, one JSON line per article: {treaty, article_id, labels[]}
  --json          print the scores and the error lists as JSON
  --rules DIR     also load the rules in DIR, over the built-in ones (repeatable)
  --jobs N        scan N files at once, in this process and N-1 worker threads (default: one
                  per idle CPU for a large batch; 1 = no worker threads)
  --name NAME     with PATH '-' (standard input): its name, which must be the gold treaty's
  --format-in F   with PATH '-': the format when the name does not tell it (txt, md, html, docx, pdf, xml)
  --quiet         no progress line on stderr (shown only when stderr is a terminal)
`;

const options = {
  gold: { type: 'string' },
  json: { type: 'boolean' },
  rules: { type: 'string', multiple: true },
  jobs: { type: 'string' },
  ...STDIN_OPTIONS,
  quiet: { type: 'boolean' },
} as const;

async function readGold(file: string, cwd: string): Promise<GoldSet> {
  const text = (await readInputFile(resolve(cwd, file), { shown: file })).toString('utf8');
  return parseGold(text, file);
}

/** Article ids the gold file lists, per treaty: the ones whose text a false negative may need. */
function goldArticleIds(gold: GoldSet): Map<string, Set<string>> {
  const ids = new Map<string, Set<string>>();
  for (const a of gold.articles) ids.set(a.treaty, (ids.get(a.treaty) ?? new Set()).add(a.articleId));
  return ids;
}

export const evalCommand: Command = {
  name: 'eval',
  usage,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs('eval', args, options);
    if (values.gold === undefined) throw new UserError('eval: --gold FILE is required');
    if (positionals.length === 0) throw new UserError('eval: give the files or folders that hold the gold agreements');
    const jobs = parseJobs(values.jobs);
    const gold = await readGold(values.gold, io.cwd);
    const wanted = new Set(gold.treaties);
    // Worker threads asked for with --jobs load their modules while this thread lists the files.
    const { files, start } = await listAndStartScan({ ruleDirs: ruleDirs(values.rules ?? [], io.cwd), cwd: io.cwd, cacheDir: io.cacheDir, jobs, wantDocument: true }, async () => {
      const listed = (await inputFiles(positionals, io, stdinSpec(values, positionals))).filter((f) => wanted.has(documentIdOf(f.display)));
      if (listed.length === 0) throw new UserError(`none of the ${wanted.size} gold agreements is among the given paths`);
      return listed;
    });
    const ids = goldArticleIds(gold);
    const texts = new Map<string, Map<string, ArticleText>>();
    const progress = startProgress(io, files.length, values.quiet ?? false);
    const results = await scanFiles(files, {
      ...start,
      progress,
      inspect: (doc) => texts.set(doc.id, articleTexts(doc, ids.get(doc.id) ?? new Set())),
    }).finally(() => progress.finish());
    reportFileProblems(results, io);
    const report = evaluate(gold, results, texts);
    for (const treaty of report.missing) {
      io.stderr(`culturescan: warning: gold agreement ${treaty} was not scanned; its labels count as missed\n`);
    }
    io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatEvalReport(report));
    return report.missing.length === gold.treaties.length ? EXIT.usage : EXIT.ok;
  },
};
