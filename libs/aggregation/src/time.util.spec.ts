import fc from 'fast-check';
import { DAY_MS, iso, isoDay } from './time.util';

const toISOString = (ms: number): string => new Date(ms).toISOString();
const YEAR_10000_MS = 253_402_300_800_000;

describe('iso and isoDay', () => {
  it('write what toISOString writes, at the edges of days, years and the fast range', () => {
    const edges = [0, 1, 999, 1000, 59_999, 3_599_999, DAY_MS - 1, DAY_MS, 951_782_400_000, 951_868_799_999];
    const instants = [...edges, YEAR_10000_MS - 1, YEAR_10000_MS, -1, -DAY_MS, -62_198_755_200_000, 1.5, 8.64e15];
    for (const ms of instants) {
      expect(iso(ms)).toBe(toISOString(ms));
      expect(isoDay(ms)).toBe(toISOString(ms).slice(0, 10));
    }
  });

  it('write what toISOString writes for any instant it can write', () => {
    fc.assert(
      fc.property(fc.integer({ min: -8.64e15, max: 8.64e15 }), (ms) => {
        expect(iso(ms)).toBe(toISOString(ms));
        expect(isoDay(ms)).toBe(toISOString(ms).slice(0, 10));
      }),
      { numRuns: 20_000 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 1_500_000_000_000, max: 2_000_000_000_000 }), (ms) => {
        expect(iso(ms)).toBe(toISOString(ms));
      }),
      { numRuns: 20_000 },
    );
  });

  it('throw as toISOString does for NaN and beyond its range', () => {
    for (const ms of [NaN, Infinity, 8.64e15 + 1]) {
      expect(() => iso(ms)).toThrow(RangeError);
      expect(() => isoDay(ms)).toThrow(RangeError);
    }
  });
});
