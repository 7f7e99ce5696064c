import fc from 'fast-check';
import { SlotTable } from './slot-table';

describe('SlotTable', () => {
  it('behaves as a multimap under random inserts and removals (backward-shift deletion)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 300 })), { maxLength: 600 }), (ops) => {
        const keys = new Map<number, number>(); // slot -> key
        const table = new SlotTable((slot) => keys.get(slot) as number, 16);
        for (const [insert, slot] of ops) {
          if (insert && !keys.has(slot)) {
            keys.set(slot, slot % 7); // many slots share a key
            table.insert(slot);
          } else if (!insert && keys.has(slot)) {
            expect(table.remove(slot)).toBe(true);
            keys.delete(slot);
          }
        }
        expect(table.size).toBe(keys.size);
        for (let key = 0; key < 7; key++) {
          const found: number[] = [];
          table.forEach(key, (s) => found.push(s));
          const expected = [...keys].filter(([, k]) => k === key).map(([s]) => s);
          expect(found.sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a - b));
        }
      }),
      { numRuns: 200 },
    );
  });
});
