import type * as z from 'zod';

type Key = string | number;

/** A zod issue in plain words, with its path; unions are opened to the branch that fits best. */
export interface PlainIssue {
  path: Key[];
  message: string;
  /** For an unknown key: the key, so that the location points at it. */
  key?: string;
}

export function plainIssues(issues: readonly z.core.$ZodIssue[], prefix: Key[] = []): PlainIssue[] {
  return issues.flatMap((issue) => plainIssue(issue, [...prefix, ...(issue.path as Key[])]));
}

function plainIssue(issue: z.core.$ZodIssue, path: Key[]): PlainIssue[] {
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: [...path, key], key, message: `unknown key '${key}'` }));
    case 'invalid_type':
      return [{ path, message: /received undefined$/.test(issue.message) ? `is missing (expected ${article(issue.expected)})` : issue.message.replace(/^Invalid input: /, '') }];
    case 'invalid_value':
      return [{ path, message: `must be one of ${issue.values.map(String).join(', ')}` }];
    case 'too_small':
      return [{ path, message: issue.origin === 'array' && Number(issue.minimum) === 1 ? 'must not be empty' : issue.origin === 'string' ? 'must not be empty' : `must be at least ${issue.minimum}` }];
    case 'too_big':
      return [{ path, message: `must be at most ${issue.maximum}` }];
    case 'invalid_union': {
      // Keep the branches that failed for a reason other than being the wrong type altogether.
      const relevant = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
      if (relevant.length === 0) return [{ path, message: 'has the wrong type here' }];
      return plainIssues(relevant[0] as z.core.$ZodIssue[], path);
    }
    default:
      return [{ path, message: issue.message }];
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
