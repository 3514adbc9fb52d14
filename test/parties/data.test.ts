import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DEVELOPED_ECONOMIES_FILE, PARTY_GROUPS_FILE } from '../../src/parties/data.js';

const Code = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');
const DevelopedEconomiesSchema = z.strictObject({
  about: z.string().min(20),
  source: z.strictObject({ title: z.string().min(1), publisher: z.string().min(1), year: z.number().int() }),
  developed: z.array(Code).min(1),
  classifiedLikeAbout: z.string().min(20),
  classifiedLike: z.record(Code, Code),
});
const PartyGroupsSchema = z.strictObject({
  about: z.string().min(20),
  groups: z.array(z.strictObject({ id: z.string().regex(/^[A-Z][A-Z-]+$/), name: z.string().min(1), names: z.array(z.string().min(2)).min(1), members: z.array(Code).min(2) })),
  aliases: z.record(Code, z.array(z.string().min(2))),
});

describe('the Parties data files', () => {
  it('hold the published list of developed economies with its source, and the groups with their members', () => {
    const developed = DevelopedEconomiesSchema.parse(JSON.parse(readFileSync(DEVELOPED_ECONOMIES_FILE, 'utf8')));
    expect(developed.developed).toHaveLength(36); // the EU's 27, four other European economies, five others
    for (const like of Object.values(developed.classifiedLike)) expect(developed.developed).toContain(like);
    const groups = PartyGroupsSchema.parse(JSON.parse(readFileSync(PARTY_GROUPS_FILE, 'utf8')));
    expect(new Set(groups.groups.map((g) => g.id)).size).toBe(groups.groups.length);
    expect(groups.groups.find((g) => g.id === 'EU')?.members).toHaveLength(27);
  });
});
