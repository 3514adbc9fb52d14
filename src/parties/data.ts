import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { PACKAGE_ROOT } from '../paths.js';

const Code = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');

const DevelopedEconomiesSchema = z.strictObject({
  source: z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), year: z.number().int() }),
  developed: z.array(Code).min(1),
  classifiedLike: z.record(Code, Code),
});
export type DevelopedEconomies = z.infer<typeof DevelopedEconomiesSchema>;

const PartyGroupsSchema = z.strictObject({
  groups: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), names: z.array(z.string().min(2)).min(1), members: z.array(Code).min(2) })),
  aliases: z.record(Code, z.array(z.string().min(2))),
});
export type PartyGroups = z.infer<typeof PartyGroupsSchema>;
export type PartyGroup = PartyGroups['groups'][number];

export const DEVELOPED_ECONOMIES_FILE = join(PACKAGE_ROOT, 'data', 'developed-economies.yaml');
export const PARTY_GROUPS_FILE = join(PACKAGE_ROOT, 'data', 'party-groups.yaml');

function load<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

let developed: DevelopedEconomies | undefined;
let groups: PartyGroups | undefined;

/** The published list of developed economies the project classifies Parties by (data/developed-economies.yaml). */
export function developedEconomies(): DevelopedEconomies {
  developed ??= load(DEVELOPED_ECONOMIES_FILE, DevelopedEconomiesSchema);
  return developed;
}

/** Groups of States that sign as one side, and the extra names of single States (data/party-groups.yaml). */
export function partyGroups(): PartyGroups {
  groups ??= load(PARTY_GROUPS_FILE, PartyGroupsSchema);
  return groups;
}
