import fc from 'fast-check';
import { CompactCounter, Counter } from './counter';

describe('CompactCounter', () => {
  it('counts as Counter does through any adds and removals (tables growing, shrinking, entries shifted back)', () => {
    const op = fc.record({ key: fc.integer({ min: 0, max: 60 }), n: fc.integer({ min: -3, max: 3 }) });
    fc.assert(
      fc.property(fc.array(op, { maxLength: 400 }), (ops) => {
        const compact = new CompactCounter();
        const reference = new Counter();
        for (const { key, n } of ops) {
          const k = `article-${key}`;
          // Counter throws on a count below zero; so must this one, leaving it as it was.
          let threw = false;
          try {
            reference.add(k, n);
          } catch {
            threw = true;
          }
          if (threw) expect(() => compact.add(k, n)).toThrow('went negative');
          else compact.add(k, n);
          expect(compact.size).toBe(reference.size);
          for (let j = 0; j <= 60; j++) expect(compact.get(`article-${j}`)).toBe(reference.get(`article-${j}`));
        }
      }),
      { numRuns: 200 },
    );
  });
});
