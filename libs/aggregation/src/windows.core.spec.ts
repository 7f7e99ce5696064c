import fc from 'fast-check';
import { DAY_MS } from './time.util';
import { FINITE_WINDOWS, inWindow, windowCounts, windowsAt } from './windows.core';

describe('windowCounts', () => {
  it('sums each window as inWindow decides, entry by entry, whatever the times', () => {
    const asOf = Date.UTC(2026, 11, 3);
    // Times around every boundary, exactly on them, ahead of asOf, and long before.
    const time = fc.oneof(
      fc.integer({ min: asOf - 40 * DAY_MS, max: asOf + DAY_MS }),
      fc
        .constantFrom(asOf, asOf - DAY_MS, asOf - 7 * DAY_MS, asOf - 30 * DAY_MS)
        .chain((b) => fc.integer({ min: b - 2, max: b + 2 })),
    );
    const entry = fc.record({ time, count: fc.integer({ min: 0, max: 500 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const expected = { '24h': 0, '7d': 0, '30d': 0, all: 0 };
        for (const e of entries) {
          expected.all += e.count;
          for (const w of FINITE_WINDOWS) if (inWindow(e.time, asOf, w)) expected[w] += e.count;
        }
        expect(windowCounts(entries, asOf)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out an entry exactly at a window start (windows are open there)', () => {
    const asOf = Date.UTC(2026, 11, 3);
    const counts = windowCounts(
      [
        { time: asOf - DAY_MS, count: 1 },
        { time: asOf - 7 * DAY_MS, count: 10 },
        { time: asOf - 30 * DAY_MS, count: 100 },
        { time: asOf + 1, count: 1000 },
      ],
      asOf,
    );
    expect(counts).toEqual({ '24h': 1000, '7d': 1001, '30d': 1011, all: 1111 });
  });
});

describe('windowsAt', () => {
  const asOf = Date.UTC(2026, 11, 3);
  const time = fc.integer({ min: asOf - 40 * DAY_MS, max: asOf + DAY_MS });
  const entries = fc.array(fc.record({ time, count: fc.integer({ min: 1, max: 500 }) }), { maxLength: 40 });

  it('says until when its counts hold: the same at every later asOf before it, other at it', () => {
    fc.assert(
      fc.property(entries, fc.double({ min: 0, max: 1, noNaN: true }), (list, f) => {
        const { counts, until } = windowsAt(list, asOf);
        expect(until).toBeGreaterThan(asOf);
        const horizon = Number.isFinite(until) ? until : asOf + 40 * DAY_MS;
        const later = asOf + Math.floor(f * (horizon - asOf - 1));
        expect(windowCounts(list, later)).toEqual(counts);
        if (Number.isFinite(until)) expect(windowCounts(list, until)).not.toEqual(counts);
      }),
      { numRuns: 300 },
    );
  });

  it('holds for ever when no entry is in a finite window', () => {
    expect(windowsAt([{ time: asOf - 31 * DAY_MS, count: 3 }], asOf)).toEqual({
      counts: { '24h': 0, '7d': 0, '30d': 0, all: 3 },
      until: Infinity,
    });
  });
});
