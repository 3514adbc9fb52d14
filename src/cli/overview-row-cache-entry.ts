import * as z from 'zod';
import { CHECKLIST_ITEMS, STATUSES, VERDICTS } from '../assess/types.js';
import { CATEGORIES } from '../model.js';

const counts = z.object(Object.fromEntries(CATEGORIES.map((c) => [c, z.number().int().nonnegative()]))).strict();
const checklist = z.object(Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.enum(STATUSES)]))).strict();

/**
 * An entry of the cache of overview rows, checked in full before it is used: a damaged or foreign file is
 * never trusted. Only rows of files read and assessed without a problem are kept, so `errors` is empty
 * and there is no brief.
 */
export const rowEntrySchema = z.object({
  key: z.string(),
  row: z.object({
    id: z.string(),
    title: z.string().nullable(),
    source: z.string(),
    parties: z.array(z.object({ code: z.string(), status: z.enum(['developed', 'developing']), group: z.string().optional() }).strict()),
    dateSigned: z.string().nullable(),
    year: z.number().int().nullable(),
    yearFrom: z.literal('file name').optional(),
    language: z.string().nullable(),
    findings: counts,
    checklist,
    verdict: z.enum(VERDICTS),
    missing: z.array(z.string()),
    cutShort: z.literal(true).optional(),
    warnings: z.array(z.string()).optional(),
    errors: z.array(z.string()).length(0),
  }).strict(),
}).strict();
