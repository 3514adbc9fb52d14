import * as z from 'zod';
import { CATEGORIES, INFO_KINDS, LANGUAGES, NODE_KINDS, SEVERITIES } from '../model.js';

/** What `inside.kinds` may name: the outline's kinds, and `agreement`, the title of the agreement itself. */
const HEADING_KINDS = [...NODE_KINDS, 'agreement'] as const;
export type HeadingKind = (typeof HEADING_KINDS)[number];
import { catastrophicBacktracking } from './backtracking.js';
import { compileRuleRegex } from './regex.js';

/**
 * The rule-file schema: the documentation of every field (`.describe()`), the TypeScript types
 * (z.infer) and rules/schema.json (z.toJSONSchema) all come from here. `ruleSchema(context)` adds
 * the checks that need to know the file (its name, the vocabularies and references around it).
 */
export interface RuleFileContext {
  /** The file name without extension: the id must equal it. */
  fileId?: string;
  vocabExists?: (name: string) => boolean;
  /** Known reference ids (rules/references.yaml); undefined = accept any kebab-case id. */
  referenceIds?: ReadonlySet<string>;
  /**
   * Whether regexes are checked for catastrophic backtracking (default: yes). Off for rules checked
   * when they were built (the built-in ones, which the test suite checks): the check costs seconds
   * over the whole pack, at every start.
   */
  checkBacktracking?: boolean;
}

export const PARTS = ['preamble', 'body', 'annex'] as const;
export const OPERATORS = ['terms', 'vocab', 'regex', 'all', 'any', 'cites'] as const;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const KEBAB_MESSAGE = 'must be kebab-case: lower-case letters and digits separated by single hyphens';
/** Reference ids also allow dots, for paragraph numbers: og-19.4. */
const REFERENCE_ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

function regexString(what: string, context: RuleFileContext) {
  return z
    .string()
    .min(1)
    .superRefine((source, ctx) => {
      let regex: RegExp;
      try {
        regex = compileRuleRegex(source);
      } catch (error) {
        // V8 quotes the rewritten source (\s+ for spaces ...): keep only its reason, which the author can act on.
        const reason = (error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
        ctx.addIssue({ code: 'custom', message: `Invalid regular expression: ${reason}` });
        return;
      }
      const hang = context.checkBacktracking === false ? undefined : catastrophicBacktracking(regex);
      if (hang) ctx.addIssue({ code: 'custom', message: hang });
    })
    .describe(what);
}

const WithinSchema = z
  .union([
    z.enum(['sentence', 'paragraph', 'article']),
    z.strictObject({ words: z.int().min(2).max(500).describe('Every sub-pattern within a stretch of this many consecutive words.') }),
  ])
  .describe('The window in which every sub-pattern of `all` must match: sentence, paragraph, article (default) or { words: N }.');
const PartSchema = z.enum(PARTS).describe('preamble, body (articles outside annexes) or annex (annexes, appendices, protocols).');
const InsideSchema = z
  .strictObject({
    heading: regexString('A regular expression tested on the headings of the enclosing outline nodes (chapter, section, article ...), e.g. "Article 8.70 Objective".', {}).optional(),
    kinds: z
      .array(z.enum(HEADING_KINDS))
      .min(1)
      .optional()
      .describe('Only the headings of these outline kinds are tested (default: every enclosing node and the unit itself); `agreement`, the agreement\'s own title, is tested only when listed.'),
    part: z.union([PartSchema, z.array(PartSchema).min(1)]).optional().describe('The part of the agreement the unit must stand in.'),
    after: z
      .enum(CATEGORIES)
      .optional()
      .describe('An earlier unit of the same agreement has a finding of this category from the rules without `after` or `cites` (they run first): what a short name ("the Convention") can stand for once the agreement has named its subject in full.'),
  })
  .superRefine((value, ctx) => {
    if (value.heading === undefined && value.part === undefined && value.after === undefined) ctx.addIssue({ code: 'custom', message: 'inside needs `heading`, `part` or `after`' });
    if (value.kinds && value.heading === undefined) ctx.addIssue({ code: 'custom', message: '`kinds` only makes sense with `heading`', path: ['kinds'] });
  })
  .describe('A condition on where the unit stands in the outline.');

const CitesSchema = z
  .strictObject({
    category: z.enum(CATEGORIES).describe('The cited article must have a finding of this category from the other rules.'),
    heading: regexString('A regular expression the cited article\'s own heading must match, e.g. "cultur" for an article headed "Cultural Industries".', {}).optional(),
  })
  .describe('A citation by number ("Article 2005", "Articles 15-1 and 15-5") of another article of the same agreement: one with a finding of `category`, and a heading matching `heading` when given. Numbers followed by "of the GATT", "of the WTO Agreement" … point outside and do not count.');

export type Within = z.output<typeof WithinSchema>;
export type Cites = z.output<typeof CitesSchema>;
export type Inside = z.output<typeof InsideSchema>;

/** A pattern, written out by hand because a recursive zod schema cannot infer its own type. */
export interface Pattern {
  terms?: string[];
  vocab?: string;
  regex?: string;
  all?: Pattern[];
  any?: Pattern[];
  cites?: Cites;
  exact?: boolean;
  within?: Within;
  not?: Pattern;
  inside?: Inside;
  atLeast?: number;
  party?: PartyRole;
}

export const PARTY_ROLES = ['beneficiary', 'grantor'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export function ruleSchema(context: RuleFileContext = {}) {
  const pattern: z.ZodType<Pattern> = z
    .strictObject({
      terms: z.array(z.string().trim().min(1)).min(1).optional().describe('Phrases matched on word boundaries, case-insensitive, word by word on stems in the document language.'),
      vocab: z
        .string()
        .regex(KEBAB, KEBAB_MESSAGE)
        .superRefine((name, ctx) => {
          if (context.vocabExists && !context.vocabExists(name)) ctx.addIssue({ code: 'custom', message: `unknown vocabulary '${name}': there is no vocab/${name}.txt beside the rules` });
        })
        .optional()
        .describe('Like `terms`, with the phrases of rules/vocab/<name>.txt (one a line, # comments).'),
      regex: regexString('A JavaScript regular expression, case-insensitive; \\b is Unicode-aware and a space matches any whitespace.', context).optional(),
      get all(): z.ZodOptional<z.ZodArray<z.ZodType<Pattern>>> {
        return z.array(pattern).min(1).optional().describe('Every sub-pattern matches inside one window (see `within`).');
      },
      get any(): z.ZodOptional<z.ZodArray<z.ZodType<Pattern>>> {
        return z.array(pattern).min(1).optional().describe('At least one sub-pattern matches.');
      },
      cites: CitesSchema.optional(),
      exact: z.boolean().optional().describe('With terms/vocab: compare words as written (case- and accent-insensitive), not by stem.'),
      within: WithinSchema.optional(),
      get not(): z.ZodOptional<z.ZodType<Pattern>> {
        return pattern.optional().describe('The window must not contain a match of this pattern.');
      },
      inside: InsideSchema.optional(),
      atLeast: z
        .int()
        .min(2)
        .max(50)
        .optional()
        .describe('The pattern must match in at least this many places of the window (e.g. a phrase that recurs through a paragraph: its main subject).'),
      party: z
        .enum(PARTY_ROLES)
        .optional()
        .describe(
          'With regex, in a one-way grant (Convention Art. 16): a match counts only where the State or group it names can hold this role. `beneficiary`: the name the match ends in, read whole ("musicians from Canada"), is no developed economy. `grantor`: the name in the words right before the match, its subject ("Peru" shall grant), is no developing Party of an agreement that has a developed one. A match naming no known State holds either role.',
        ),
    })
    .superRefine((value, ctx) => {
      const operators = OPERATORS.filter((key) => value[key] !== undefined);
      if (operators.length > 1) ctx.addIssue({ code: 'custom', message: `a pattern takes exactly one of ${OPERATORS.join(', ')} (found ${operators.join(' and ')}); nest them under all/any` });
      if (operators.length === 0 && value.inside === undefined) ctx.addIssue({ code: 'custom', message: `a pattern needs one of ${OPERATORS.join(', ')}, or inside` });
      if (value.within !== undefined && value.all === undefined) ctx.addIssue({ code: 'custom', message: '`within` only applies to `all`', path: ['within'] });
      if (value.exact !== undefined && value.terms === undefined && value.vocab === undefined) ctx.addIssue({ code: 'custom', message: '`exact` only applies to `terms` or `vocab`', path: ['exact'] });
      if (value.party !== undefined && value.regex === undefined) ctx.addIssue({ code: 'custom', message: '`party` only applies to `regex`', path: ['party'] });
    })
    .describe('A pattern: one operator (terms, vocab, regex, all, any, cites), plus the modifiers not, inside, atLeast (and within for all, exact for terms/vocab, party for regex); or inside alone, a condition without text.');

  const otherArticle = z.strictObject({
    text: z.string().min(1).describe('The article body.'),
    path: z.array(z.string().min(1)).optional().describe('Headings from the top; a last "Article ..." heading is the article\'s own (its number is what a citation names).'),
  });
  const placedExample = z.strictObject({
    text: z.string().min(1).describe('The article body.'),
    path: z.array(z.string().min(1)).optional().describe('Headings from the top, e.g. ["Chapter 12 Electronic Commerce", "Article 12.3 Customs duties"]; a last "Article ..." heading is the article\'s own.'),
    part: z.enum(PARTS).optional().describe('Where the text stands (default body; preamble makes it the preamble).'),
    language: z.enum(LANGUAGES).optional().describe('The language of the text (default: the rule\'s first language).'),
    parties: z.array(z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 3166-1 alpha-3 code, e.g. FRA')).min(1).optional().describe('The Parties of the agreement the text stands in (default: unknown).'),
    title: z.string().min(1).optional().describe('The title of the agreement the text stands in (default: "example"), for `inside.kinds: [agreement]`.'),
    others: z.array(otherArticle).min(1).optional().describe('Other articles of the same agreement, placed before this one: what a `cites` pattern can point to. The example then runs with every rule of the categories it cites.'),
  });
  const example = z.union([z.string().min(1), placedExample]).describe('An article body, or an object that places it in an outline.');

  return z
    .strictObject({
      id: z
        .string()
        .regex(KEBAB, KEBAB_MESSAGE)
        .superRefine((id, ctx) => {
          if (context.fileId !== undefined && id !== context.fileId) ctx.addIssue({ code: 'custom', message: `the id '${id}' must equal the file name '${context.fileId}'` });
        })
        .describe('Kebab-case, equal to the file name; stable, since review decisions and --rule filters refer to it.'),
      category: z.enum([...CATEGORIES, ...INFO_KINDS]).describe('One of the seven finding categories, or an informational kind: its matches are signals the assessment reads, never findings.'),
      title: z.string().trim().min(1).describe('What the rule finds, in a line.'),
      rationale: z.string().trim().min(1).describe('Why it matters to a negotiator.'),
      references: z
        .array(
          z
            .string()
            .regex(REFERENCE_ID, 'must be a reference id: lower-case letters and digits separated by hyphens or dots, e.g. og-19.4')
            .superRefine((ref, ctx) => {
              if (context.referenceIds && !context.referenceIds.has(ref)) ctx.addIssue({ code: 'custom', message: `unknown reference '${ref}' (known: ${[...context.referenceIds].join(', ')})` });
            }),
        )
        .default([])
        .describe('Ids of rules/references.yaml: convention-art-16, convention-art-21, og-18.1 ... og-19.5.'),
      severity: z.enum(SEVERITIES).describe('info, notice or warning.'),
      languages: z.array(z.enum(LANGUAGES)).min(1).describe('The document languages the rule applies to.'),
      tags: z.array(z.string().min(1)).default([]).describe('Free facets the assessment reads, e.g. carve-out:broadcasting.'),
      appliesTo: z
        .strictObject({
          developingParty: z
            .boolean()
            .optional()
            .describe('Only in agreements with a developing-country Party (or whose Parties are unknown): preferential treatment in the sense of Convention Art. 16 needs a beneficiary.'),
        })
        .optional()
        .describe('Conditions on the agreement as a whole that the rule needs.'),
      unit: z.enum(['article']).optional().describe('The unit a finding is reported on: the enclosing article (or the preamble).'),
      match: pattern,
      examples: z
        .strictObject({
          match: z.array(example).min(1).describe('Texts the rule must fire on.'),
          noMatch: z.array(example).min(1).describe('Texts the rule must not fire on.'),
        })
        .describe('The rule\'s own proof, run by `culturescan rules test` and the test suite.'),
    })
    .describe('One culturescan rule: what it finds, why it matters, and its own examples.');
}

export const RuleSchema = ruleSchema();
export type RuleDefinition = z.output<typeof RuleSchema>;
export type RuleExample = RuleDefinition['examples']['match'][number];
