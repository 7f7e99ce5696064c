import fc from 'fast-check';
import { SlotTable } from './slot-table';

describe('SlotTable', () => {
  // 300 fits 9 bits: 23 bits of tag; 0x7ffffffe: no tag bits at all; both growth policies
  it.each([
    [300, 'double'],
    [0x7ffffffe, 'double'],
    [300, 'quarter'],
    [0x7ffffffe, 'quarter'],
  ] as const)(
    'behaves as a multimap under random inserts and removals (largest value %i, growth %s)',
    (maxValue, growth) => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 300 })), { maxLength: 600 }), (ops) => {
          const keys = new Map<number, number>(); // slot -> key
          const table = new SlotTable((slot) => keys.get(slot) ?? -1, 16, maxValue, growth);
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
            expect(table.countUpTo(key, 1000)).toBe(expected.length);
            expect(table.find(key, () => true) >= 0).toBe(expected.length > 0);
          }
        }),
        { numRuns: 200 },
      );
    },
  );

  it('refuses a value beyond its largest', () => {
    const table = new SlotTable((slot) => slot, 16, 300);
    expect(() => table.insert(301)).toThrow(RangeError);
  });
});
