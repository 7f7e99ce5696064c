import fc from 'fast-check';
import { grownCapacity } from './dedup.core';
import { VisitedSet } from './visited-set';

describe('VisitedSet', () => {
  it('answers as a Set would, walk after walk (and across its growth)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 400 }), { maxLength: 8 }),
        (walks) => {
          const visited = new VisitedSet();
          for (const walk of walks) {
            visited.clear();
            const expected = new Set<number>();
            for (const x of walk) {
              expect(visited.add(x)).toBe(!expected.has(x));
              expected.add(x);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('grownCapacity', () => {
  it('grows by a quarter, by at most the step, and always to at least what is needed', () => {
    expect(grownCapacity(1024, 1025, 65536)).toBe(1280);
    expect(grownCapacity(400_000, 400_001, 65536)).toBe(465_536);
    expect(grownCapacity(1024, 5000, 65536)).toBe(5000);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e7 }), fc.integer({ min: 1, max: 1e5 }), (current, step) => {
        const next = grownCapacity(current, current + 1, step);
        expect(next).toBeGreaterThan(current);
        expect(next - current).toBeLessThanOrEqual(Math.max(1, Math.min(Math.ceil(current / 4), step)));
      }),
    );
  });
});
