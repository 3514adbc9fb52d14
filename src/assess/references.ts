import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { UserError } from '../errors.js';
import { PACKAGE_ROOT } from '../paths.js';

/** One Convention article or guideline paragraph, summarised in the project's own words. */
const ReferenceSchema = z.strictObject({
  id: z
    .string()
    .regex(/^(convention-art-\d+|og-\d+\.\d+)$/, 'ids look like convention-art-16 or og-19.4')
    .describe('Stable id that rules cite in `references`.'),
  source: z.enum(['convention', 'guidelines']).describe('The 2005 Convention or its 2017 digital guidelines.'),
  number: z.string().min(1).describe('Article or paragraph number as printed, e.g. "16" or "19.4".'),
  title: z.string().min(1).describe('A short title.'),
  summary: z.string().min(20).describe('What the provision asks of Parties, paraphrased.'),
});
export type Reference = z.infer<typeof ReferenceSchema>;

const ReferencesFileSchema = z
  .strictObject({ references: z.array(ReferenceSchema).min(1).describe('Every citable provision.') })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.references.forEach((ref, i) => {
      if (seen.has(ref.id)) ctx.addIssue({ code: 'custom', path: ['references', i, 'id'], message: `duplicate id '${ref.id}'` });
      seen.add(ref.id);
      const expected = ref.id.startsWith('og-') ? 'guidelines' : 'convention';
      if (ref.source !== expected) ctx.addIssue({ code: 'custom', path: ['references', i, 'source'], message: `'${ref.id}' belongs to the ${expected}` });
    });
  });

const BUILTIN_REFERENCES_FILE = join(PACKAGE_ROOT, 'rules', 'references.yaml');

/** Parses and validates the text of a references file; every problem is listed in one UserError. */
export function parseReferences(text: string, file = 'references.yaml'): Map<string, Reference> {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new UserError(`not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, file);
  }
  const result = ReferencesFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    throw new UserError(issues.join('; '), file);
  }
  return new Map(result.data.references.map((ref) => [ref.id, ref]));
}

let builtin: Map<string, Reference> | undefined;

/** The references shipped in rules/references.yaml, read once. */
export function loadReferences(file = BUILTIN_REFERENCES_FILE): Map<string, Reference> {
  if (file !== BUILTIN_REFERENCES_FILE) return parseReferences(readFileSync(file, 'utf8'), file);
  builtin ??= parseReferences(readFileSync(file, 'utf8'), file);
  return builtin;
}

/** The ids a rule may cite, for the rules loader's cross-check. */
export function referenceIds(file = BUILTIN_REFERENCES_FILE): Set<string> {
  return new Set(loadReferences(file).keys());
}
