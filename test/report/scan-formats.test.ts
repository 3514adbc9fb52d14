import { describe, expect, it } from 'vitest';
import { csv, csvField, CSV_COLUMNS } from '../../src/report/scan/csv.js';
import { SCAN_FORMATS, SCAN_FORMAT_NAMES, SCAN_STREAMS } from '../../src/report/scan/index.js';
import { documentRecord } from '../../src/report/scan/jsonl.js';
import { markedLine } from '../../src/report/scan/result.js';
import { summarize } from '../../src/report/scan/summary.js';
import { finding, results } from './scan-fixtures.js';
import { parseCsv } from '../support/csv-parse.js';

describe('scan format registry', () => {
  it('offers the five formats by name', () => {
    expect(SCAN_FORMAT_NAMES.sort()).toEqual(['csv', 'json', 'jsonl', 'markdown', 'text']);
  });
  it.each(SCAN_FORMAT_NAMES)('%s is pure: same input, same output', (name) => {
    expect(SCAN_FORMATS[name](results())).toBe(SCAN_FORMATS[name](results()));
  });
});

describe('csvField', () => {
  it('quotes only when it must, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(7)).toBe('7');
  });
});

describe('csv', () => {
  const rows = parseCsv(csv(results()));
  it('has a header and one row per finding, every row as wide as the header', () => {
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toHaveLength(CSV_COLUMNS.length);
  });
  it('round-trips awkward fields', () => {
    const f = finding();
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(record).toMatchObject({
      documentId: 'draft-a',
      category: 'cultural-exemption',
      articleId: '501',
      path: 'Chapter 12 Services > Article 12.3 Scope',
      page: '4',
      start: '120',
      ruleIds: 'audiovisual-services-excluded;broadcasting-carve-out',
      excerpt: f.excerpt,
    });
    expect(rows[2]![CSV_COLUMNS.indexOf('articleId')]).toBe('');
  });
});

describe('jsonl', () => {
  it('writes exactly one line per document with the agreed keys, errors included', () => {
    const lines = SCAN_FORMATS.jsonl(results()).trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const docs = lines.map((l) => JSON.parse(l));
    for (const d of docs) expect(Object.keys(d)).toEqual(['documentId', 'source', 'title', 'language', 'meta', 'findings', 'signals', 'errors']);
    expect(docs[0].findings).toHaveLength(2);
    // The informational kinds come apart, under their own key: `findings` holds the seven categories alone.
    expect(docs[0].signals.map((s: { kind: string }) => s.kind)).toEqual(['civil-society-participation']);
    expect(docs[0].signals[0]).not.toHaveProperty('category');
    expect(docs[0].signals[0].location.articleTitle).toBe('Joint Forum');
    expect(docs[1]).toMatchObject({ documentId: 'broken', title: null, errors: ['not a PDF file'] });
  });
});

describe('json', () => {
  it('is written document by document as exactly the indented JSON of the whole run, with none, one or several documents', () => {
    for (const some of [[], results().slice(0, 1), results()]) {
      const whole = `${JSON.stringify({ documents: some.map(documentRecord), summary: summarize(some) }, null, 2)}\n`;
      expect(SCAN_FORMATS.json(some)).toBe(whole);
    }
  });

  it('holds every document and the totals', () => {
    const parsed = JSON.parse(SCAN_FORMATS.json(results()));
    expect(parsed.documents.map((d: { documentId: string }) => d.documentId)).toEqual(['draft-a', 'broken', 'quiet']);
    expect(parsed.summary).toEqual({
      documents: 3,
      scanned: 2,
      unreadable: 1,
      findings: 2,
      byCategory: { 'cultural-exemption': 1, ecommerce: 1 },
      signals: 1,
    });
  });
});

describe('markdown', () => {
  const md = SCAN_FORMATS.markdown(results());
  it('has a table per document with findings, rows kept on one line', () => {
    const tableRows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Category'));
    expect(tableRows).toHaveLength(2);
    // Six cells: the pipe in the excerpt is escaped, so it does not add a column.
    for (const r of tableRows) expect(r.split(/(?<!\\)\|/).length - 2).toBe(6);
    expect(md).toContain('## Draft A, with commas');
  });
  it('names unreadable documents and says when there is nothing', () => {
    expect(md).toContain('**Could not be scanned:** not a PDF file');
    expect(md).toContain('_No findings._');
  });
});

describe('text', () => {
  const text = SCAN_FORMATS.text(results());
  it('groups findings by category under each agreement, with location and excerpt', () => {
    const lines = text.split('\n');
    const exemption = lines.indexOf('  cultural-exemption (1)');
    expect(exemption).toBeGreaterThan(0);
    expect(lines[exemption + 1]).toBe('    Chapter 12 Services > Article 12.3 Scope (p. 4) [notice]');
    expect(lines[exemption + 2]).toMatch(/^ {6}This Chapter does not apply to «audio-visual services»/);
    expect(text).toContain('    Preamble [info]');
  });
  it('shows findings only: a signal is the assessment\'s evidence, not a finding to read here', () => {
    expect(text).not.toContain('civil-society-participation');
    expect(SCAN_FORMATS.markdown(results())).not.toContain('civil-society-participation');
    expect(csv(results())).not.toContain('civil-society-participation');
  });
  it('ends with the totals', () => {
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '2 agreement(s) scanned, 2 finding(s) (cultural-exemption 1, ecommerce 1); 1 could not be scanned',
    );
  });
});

describe('streamed formats', () => {
  it('write each document on its own, and the pieces make the whole report', () => {
    for (const name of SCAN_FORMAT_NAMES) {
      const writer = SCAN_STREAMS[name]();
      const pieces = [writer.head, ...results().map((r) => writer.document(r)), writer.tail()];
      expect(pieces.join(''), name).toBe(SCAN_FORMATS[name](results()));
      // A document's piece names that document (its id) and no other.
      expect(pieces[1], name).toContain('draft-a');
      expect(pieces[1], name).not.toContain('quiet');
    }
  });
});

describe('markedLine', () => {
  it('keeps the first mark in view when it sits past the width', () => {
    const excerpt = `${'Each Party shall notify the other Party of measures affecting trade in services. '.repeat(3)}5. This Section does not apply to «audio-visual services».`;
    const line = markedLine(excerpt, 160);
    expect(line.length).toBeLessThanOrEqual(160);
    expect(line).toContain('«audio-visual services»');
    expect(line.startsWith('…')).toBe(true);
  });

  it('cuts at the end as before when the mark is already in view', () => {
    const excerpt = `«Nothing» in this Agreement ${'applies to measures of many kinds '.repeat(10)}`;
    expect(markedLine(excerpt, 60)).toBe(`${excerpt.slice(0, 59).trimEnd()}…`);
  });
});
