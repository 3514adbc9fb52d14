import * as z from 'zod';

const offsetMap = z.object({ normStarts: z.array(z.number().int()), origStarts: z.array(z.number().int()) }).strict()
  .refine((m) => m.normStarts.length === m.origStarts.length && m.normStarts.length > 0);

const meta = z.object({
  name: z.string().optional(),
  type: z.string().optional(),
  parties: z.array(z.string()).optional(),
  partyStatus: z.record(z.string(), z.enum(['developing', 'developed'])).optional(),
  dateSigned: z.string().optional(),
  dateInForce: z.string().optional(),
  status: z.string().optional(),
  extra: z.record(z.string(), z.string()).optional(),
}).strict();

/** A cache entry, checked in full before it is used: a damaged or foreign file is never trusted. */
export const entrySchema = z.object({
  key: z.string(),
  extraction: z.object({
    original: z.string(),
    stripped: z.object({ text: z.string(), map: offsetMap }).strict().optional(),
    pageStarts: z.array(z.number().int().nonnegative()).optional(),
    meta: meta.optional(),
    title: z.string().optional(),
    language: z.enum(['en', 'fr', 'es']).optional(),
    normalize: z.object({ spaceRunsAreBreaks: z.boolean().optional() }).strict().optional(),
    cutShort: z.boolean().optional(),
    lostNotes: z.array(z.string()).optional(),
    warnings: z.array(z.string()).optional(),
  }).strict(),
}).strict();

