import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod';
import { BUILTIN_RULES_DIR } from '../paths.js';
import { RuleSchema } from '../rules/schema.js';

/** Writes rules/schema.json from the zod rule schema, so that editors check rule files as they are typed. */
const schema = {
  ...z.toJSONSchema(RuleSchema, { io: 'input', unrepresentable: 'any', target: 'draft-7' }),
  title: 'culturescan rule',
};
const target = join(BUILTIN_RULES_DIR, 'schema.json');
writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
