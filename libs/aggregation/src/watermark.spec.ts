import fc from 'fast-check';
import { must } from '../test/must';
import { OnePairAnEntryWatermark } from '../test/watermark-reference';
import { Watermark } from './watermark';

const L = 100;
const IDLE = 50;

describe('Watermark', () => {
  it('is the newest event less the lateness while claims keep coming', () => {
    const w = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
    expect(w.asOf(0)).toBeNull();
    w.add(1000, 500);
    w.add(1010, 700);
    w.add(1020, 600);
    expect(w.asOf(1020)).toBe(600);
    expect(w.asOf(1069)).toBe(600);
  });

  it('follows the wall clock once idle, by the whole quiet time', () => {
    const w = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
    w.add(1000, 700);
    expect(w.asOf(1049)).toBe(600);
    expect(w.asOf(1050)).toBe(650);
    expect(w.asOf(2000)).toBe(1600);
    expect(w.asOf(900)).toBe(600); // a clock behind the arrivals does not move it back
  });

  it('banks a quiet gap, so a claim ending it cannot pull asOf back; removing that claim restores the open gap', () => {
    const w = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
    w.add(1000, 700);
    w.add(2000, 710);
    expect(w.asOf(2000)).toBe(1600);
    w.remove(2000, 710);
    expect(w.asOf(2000)).toBe(1600);
    expect(w.size).toBe(1);
    w.remove(2000, 710); // absent: no-op
    expect(w.size).toBe(1);
  });

  it('says what asOf was at an earlier arrival, from the entries that had arrived by then', () => {
    const w = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
    expect(w.asOfAt(1000)).toBeNull();
    w.add(1000, 700);
    w.add(3000, 720);
    expect(w.asOfAt(999)).toBeNull();
    expect(w.asOfAt(1000)).toBe(600);
    expect(w.asOfAt(1040)).toBe(600);
    expect(w.asOfAt(2000)).toBe(1600);
    expect(w.asOfAt(3000)).toBe(2600);
    expect(w.asOfAt(3000)).toBe(w.asOf(3000));
  });

  it('depends only on the set of (arrival, event) pairs', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }));
    fc.assert(
      fc.property(
        fc
          .array(pair, { minLength: 1, maxLength: 30 })
          .chain((ps) =>
            fc.tuple(fc.constant(ps), fc.shuffledSubarray(ps, { minLength: ps.length, maxLength: ps.length })),
          ),
        fc.integer({ min: 0, max: 3000 }),
        ([ps, shuffled], now) => {
          const a = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
          const b = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
          for (const [arr, ev] of ps) a.add(arr, ev);
          for (const [arr, ev] of shuffled) b.add(arr, ev);
          expect(b.asOf(now)).toBe(a.asOf(now));
          // and it is the formula in the doc block, computed naively
          const sorted = [...ps].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
          const idle = (g: number) => (g >= IDLE && g > 0 ? g : 0);
          let max = -Infinity;
          let best = -Infinity;
          sorted.forEach(([arr, ev], k) => {
            if (k > 0) best = Math.max(best, max - L + idle(arr - must(sorted[k - 1])[0]));
            max = Math.max(max, ev);
          });
          best = Math.max(best, max - L + idle(now - must(sorted.at(-1))[0]));
          // …bounded by the clock: no input moves asOf past now.
          expect(a.asOf(now)).toBe(Math.min(now, best));
        },
      ),
    );
  });

  it('never moves back as claims arrive in arrival order with the clock', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 1000 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 30 }), (steps) => {
        const w = new Watermark({ allowedLatenessMs: L, idleMs: IDLE });
        let now = 0;
        let last = -Infinity;
        for (const [dt, ev] of steps) {
          now += dt;
          const before = w.asOf(now);
          if (before !== null) expect(before).toBeGreaterThanOrEqual(last);
          w.add(now, ev);
          const after = w.asOf(now)!;
          expect(after).toBeGreaterThanOrEqual(before ?? -Infinity);
          last = after;
        }
      }),
    );
  });

  it('holding each distinct pair once with a count, reads and checkpoints as one entry a pair did', () => {
    // Few values, so pairs repeat (the claims of one article share theirs); adds, removes, folds, a reload.
    const step = fc.record({
      op: fc.constantFrom('add', 'add', 'add', 'remove', 'fold', 'reload'),
      arrival: fc.integer({ min: 0, max: 12 }).map((x) => x * 40),
      event: fc.integer({ min: 0, max: 4 }).map((x) => x * 100),
    });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 80 }), fc.integer({ min: 0, max: 800 }), (steps, now) => {
        const opts = { allowedLatenessMs: L, idleMs: IDLE };
        let w = new Watermark(opts);
        const ref = new OnePairAnEntryWatermark(opts);
        const added: Array<[number, number]> = [];
        for (const { op, arrival, event } of steps) {
          if (op === 'add') {
            w.add(arrival, event);
            ref.add(arrival, event);
            added.push([arrival, event]);
          } else if (op === 'remove' && added.length) {
            const [a, e] = must(added[arrival % added.length]);
            w.remove(a, e);
            ref.remove(a, e);
          } else if (op === 'fold') {
            w.fold(arrival);
            ref.fold(arrival);
          } else if (op === 'reload') {
            const again = new Watermark(opts);
            again.load(w.pairs());
            w = again;
          }
          expect([...w.pairs()]).toEqual([...ref.pairs()]);
          expect([w.size, w.held]).toEqual([ref.size, ref.held]);
          expect(w.asOf(now)).toBe(ref.asOf(now));
          expect(w.asOfAt(arrival)).toBe(ref.asOfAt(arrival));
          expect(w.idleFrom()).toBe(ref.idleFrom());
        }
      }),
      { numRuns: 500 },
    );
  });
});
