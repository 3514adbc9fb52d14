import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { parseGold } from '../../src/eval/gold.js';

const line = (value: object) => JSON.stringify(value);

describe('parseGold', () => {
  it('reads article lines, keeps agreement-only lines as treaties, ignores blank lines and extra fields', () => {
    const text = [
      line({ treaty: 't1', article_id: '10', labels: ['ecommerce'], evidence: 'x', note: '' }),
      '',
      line({ treaty: 't1', article_id: '11', labels: [] }),
      line({ treaty: 't2', article_id: '', labels: [] }),
    ].join('\n');
    expect(parseGold(text, 'gold.jsonl')).toEqual({
      treaties: ['t1', 't2'],
      articles: [
        { treaty: 't1', articleId: '10', labels: ['ecommerce'] },
        { treaty: 't1', articleId: '11', labels: [] },
      ],
    });
  });

  const errorOf = (text: string) => {
    try {
      parseGold(text, 'gold.jsonl');
    } catch (error) {
      return error;
    }
    throw new Error('expected parseGold to throw');
  };

  it('names the file and line of text that is not JSON', () => {
    const error = errorOf(`${line({ treaty: 't', article_id: '1', labels: [] })}\n{oops`);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).toLine()).toBe('culturescan: gold.jsonl: line 2: not a JSON object');
  });
  it('rejects an unknown label and a missing field, one line each', () => {
    const unknown = (errorOf(line({ treaty: 't', article_id: '1', labels: ['culture'] })) as UserError).toLine();
    expect(unknown).toMatch(/^culturescan: gold\.jsonl: line 1: labels\.0: /);
    expect(unknown).not.toContain('\n');
    expect((errorOf(line({ article_id: '1', labels: [] })) as UserError).message).toMatch(/^line 1: treaty: /);
  });
  it('rejects an empty file', () => {
    expect((errorOf('\n\n') as UserError).message).toBe('no gold lines');
  });
});
