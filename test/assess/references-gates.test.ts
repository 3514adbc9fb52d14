import { describe, expect, it } from 'vitest';
import { failedGates, GATES } from '../../src/assess/gates.js';
import { GATE_NAMES } from '../../src/assess/gate-names.js';
import { loadReferences, parseReferences } from '../../src/assess/references.js';
import { UserError } from '../../src/errors.js';
import { agreement, detections, finding } from './build.js';

describe('references', () => {
  it('loads every provision the checklist checks', () => {
    const refs = loadReferences();
    for (const id of ['convention-art-16', 'convention-art-20', 'convention-art-21', 'og-18.1', 'og-18.2', 'og-19.1', 'og-19.2', 'og-19.3', 'og-19.4', 'og-19.5']) {
      expect(refs.get(id)?.summary.length, id).toBeGreaterThan(40);
    }
  });

  it('lists every problem of a bad file in one user error', () => {
    const bad = 'references:\n  - id: og-19.4\n    source: convention\n    number: "19.4"\n    title: T\n    summary: short\n  - id: art16\n    source: convention\n    number: "16"\n    title: T\n    summary: A long enough summary of the provision.\n';
    expect(() => parseReferences(bad, 'refs.yaml')).toThrow(UserError);
    try {
      parseReferences(bad, 'refs.yaml');
    } catch (error) {
      const line = (error as UserError).toLine();
      expect(line).toMatch(/^culturescan: refs\.yaml: /);
      expect(line).toMatch(/references\.0\.summary/);
      expect(line).toMatch(/references\.1\.id/);
      expect(line).toMatch(/belongs to the guidelines/);
    }
  });
});

describe('gates', () => {
  const doc = agreement(['Chapter 9 Electronic Commerce', 'Article 9.1 Customs Duties', 'Neither Party shall impose customs duties on electronic transmissions.'], ['CAN', 'JOR']);
  const findings = [finding(doc, 'ecommerce', '9.1', 'customs duties')];

  it('names each gate the bare agreement fails, in the order asked', () => {
    expect(failedGates(doc, detections(findings), ['no-policy-space', 'ecommerce-not-covered', 'no-cultural-exemption', 'no-convention-reference', 'no-preferential-treatment'])).toEqual([
      'no-policy-space', 'ecommerce-not-covered', 'no-cultural-exemption', 'no-convention-reference', 'no-preferential-treatment',
    ]);
  });

  it('passes the e-commerce gate once a whole-agreement cultural exception exists', () => {
    const covered = agreement(['Chapter 9 Electronic Commerce', 'Article 9.1 Customs Duties', 'Neither Party shall impose customs duties on electronic transmissions.', 'Chapter 10 Exceptions', 'Article 10.1 Culture', 'Nothing in this Agreement shall apply to measures with respect to cultural industries.'], ['CAN', 'JOR']);
    const f = [finding(covered, 'ecommerce', '9.1', 'customs duties'), finding(covered, 'cultural-exemption', '10.1', 'cultural industries')];
    expect(failedGates(covered, detections(f), ['ecommerce-not-covered', 'no-cultural-exemption'])).toEqual([]);
  });

  it('rejects an unknown gate with the list of known ones', () => {
    expect(() => failedGates(doc, detections(findings), ['no-such-gate'])).toThrow(/unknown gate 'no-such-gate'; known gates: no-cultural-exemption/);
    expect(GATES.length).toBeGreaterThanOrEqual(4);
  });

  it('defines every named gate, in the order of the names scan --help lists', () => {
    expect(GATES.map((g) => g.name)).toEqual([...GATE_NAMES]);
  });
});
