/**
 * The horizon: claims folded into sums once their day is past it read exactly
 * as if every claim were kept, as long as no report arrives later than the
 * horizon (the one case the README says is approximate).
 */
import fc from 'fast-check';
import type { ClaimRecord, DailyBucket } from '@skytally/contracts';
import { AggregateCore } from './aggregate.core';
import { decodeCoreState, encodeCoreState } from './checkpoint';
import { claim } from '../test/claim.fixture';
import { must } from '../test/must';
import { DAY, DAY0, H, arbReport, reportFields } from '../test/report-arbitrary';
import { HashSet53, HourSeries, hash53 } from './sealed';

/** Claims over 60 days, arriving in day order within two days of their event, on whole hours. */
const arbStream = fc.array(arbReport, { minLength: 1, maxLength: 60 }).map((gs) => {
  const out: ClaimRecord[] = [];
  gs.forEach((g, i) => {
    const { article, base } = reportFields(g, i);
    out.push(claim(base));
    if (g.total && g.where.length === 1) {
      out.push(
        claim({
          ...base,
          claimId: `${article}#t${i}`,
          scope: 'country',
          regions: [],
          count: g.count + 2,
          attributed: g.count,
        }),
      );
    }
  });
  // Ingest stamps arrivals in order.
  return out.sort((a, b) => a.ingestedAt!.localeCompare(b.ingestedAt!));
});

function run(
  claims: ClaimRecord[],
  horizonDays?: number,
): { snapshots: unknown; days: unknown; stats: ReturnType<AggregateCore['stats']> } {
  const now = DAY0 + 70 * DAY;
  const core = new AggregateCore({ now: () => now, horizonDays });
  claims.forEach((c, i) => {
    core.apply(c);
    if (i % 7 === 6) core.flush();
  });
  core.flush();
  return { snapshots: core.snapshots(), days: core.dailyBuckets(), stats: core.stats() };
}

describe('the horizon (horizonDays)', () => {
  it('reads exactly as keeping every claim, when no report is later than the horizon', () => {
    fc.assert(
      fc.property(arbStream, (claims) => {
        const kept = run(claims);
        const sealed = run(claims, 5);
        expect(sealed.snapshots).toEqual(kept.snapshots);
        expect(sealed.days).toEqual(kept.days);
        expect(sealed.stats.claims).toBe(kept.stats.claims);
        // …and it did fold something whenever the stream outran the horizon.
        const span = (Date.parse(claims.at(-1)!.ingestedAt!) - Date.parse(must(claims[0]).eventTime)) / DAY;
        if (span > 8) expect(sealed.stats.reports).toBeLessThan(kept.stats.reports);
      }),
      { numRuns: 200 },
    );
  });

  it('lets sealed reports go, and stays idempotent for them', () => {
    const claims = Array.from({ length: 40 }, (_, d) =>
      claim({
        articleId: `a${d}`,
        count: 2,
        eventDate: new Date(DAY0 + d * DAY).toISOString().slice(0, 10),
        eventTime: new Date(DAY0 + d * DAY).toISOString(),
        ingestedAt: new Date(DAY0 + d * DAY + H).toISOString(),
      }),
    );
    const core = new AggregateCore({ now: () => DAY0 + 50 * DAY, horizonDays: 5 });
    for (const c of claims) core.apply(c);
    core.flush();
    expect(core.stats().reports).toBeLessThanOrEqual(7);
    expect(must(core.snapshots(['RU-BRY'])[0]).windows.all).toBe(80);
    // A redelivery of a sealed claim changes nothing; a reprint of it from another article is one more source.
    expect(core.apply(must(claims[3]))).toMatchObject({ pastHorizon: true, changedKeys: [] });
    const reprint = core.apply({ ...must(claims[3]), articleId: 'reprint', claimId: 'reprint#0' });
    expect(reprint).toMatchObject({ pastHorizon: true, changedKeys: ['RU-BRY'], changedDays: [] });
    expect(core.apply({ ...must(claims[3]), articleId: 'reprint', claimId: 'reprint#0' })).toMatchObject({
      changedKeys: [],
    });
    expect(core.snapshots(['RU-BRY'])[0]).toMatchObject({ windows: { all: 80 }, claims: 40, sources: 41 });
    // The sealed bucket keeps sums, not articles: it is left as it was (one source low, never high).
    expect(core.dailyBuckets(['RU-BRY|2025-03-04'])[0]).toMatchObject({ count: 2, claims: 1, sources: 1 });
  });

  it('counts a report later than the horizon as one more source, as if it had come before the seal', () => {
    // The stream, then reprints of some of its claims from articles of their own, arriving
    // after the horizon has passed their day: with a horizon they meet a sealed claim,
    // without one a live claim. Every row must read the same, sources included; a daily
    // bucket the same but for its sources, which may read low (its sums keep no articles).
    const arbLate = arbStream.chain((claims) =>
      fc
        .subarray(
          claims.map((_, i) => i),
          { maxLength: Math.min(8, claims.length) },
        )
        .map((picked) => {
          const end = Math.max(...claims.map((c) => Date.parse(c.ingestedAt!)));
          const late = picked.map((i, k) => {
            const c = must(claims[i]);
            return {
              ...c,
              articleId: `late-${k}`,
              claimId: `late-${k}#0`,
              ingestedAt: new Date(end + (k + 1) * H).toISOString(),
            };
          });
          return [...claims, ...late];
        }),
    );
    fc.assert(
      fc.property(arbLate, (claims) => {
        const kept = run(claims);
        const sealed = run(claims, 5);
        expect(sealed.snapshots).toEqual(kept.snapshots);
        const days = sealed.days as DailyBucket[];
        const keptDays = kept.days as DailyBucket[];
        expect(days.map(({ sources: _s, ...rest }) => rest)).toEqual(keptDays.map(({ sources: _s, ...rest }) => rest));
        days.forEach((d, i) => expect(d.sources).toBeLessThanOrEqual(must(keptDays[i]).sources));
      }),
      { numRuns: 150 },
    );
  });
});

describe("a total's unattributed count when one of its parts is sealed", () => {
  const arrival = new Date(DAY0 + 5 * DAY).toISOString();
  // The part is dated two days back, its total is not: the horizon (one day) seals the part only.
  const part = claim({
    articleId: 'a',
    claimId: 'a#p',
    regions: ['RU-BRY'],
    count: 5,
    eventDate: '2025-03-03',
    eventTime: '2025-03-03T00:00:00.000Z',
    publishedAt: arrival,
    ingestedAt: arrival,
    partOf: 'a#t',
  });
  const total = claim({
    articleId: 'a',
    claimId: 'a#t',
    regions: [],
    count: 20,
    eventTime: arrival,
    publishedAt: arrival,
    ingestedAt: arrival,
  });
  const another = claim({ articleId: 'b', regions: [], count: 7, eventTime: arrival, ingestedAt: arrival });
  const core = () => new AggregateCore({ now: () => DAY0 + 6 * DAY, horizonDays: 1 });

  it('stays what the part left: the sealed part still covers its live total, read before or not', () => {
    const readBefore = core();
    const notRead = core();
    for (const c of [part, total]) {
      readBefore.apply(c, 0);
      notRead.apply(c, 0);
    }
    expect(readBefore.snapshots(['RU'])[0]?.unattributed).toBe(15);
    readBefore.checkpoint();
    notRead.checkpoint();
    expect(readBefore.stats().reports).toBe(1);
    readBefore.apply(another, 0);
    notRead.apply(another, 0);
    // (15 that a's total leaves, 7 of b's, which has no parts; with the part uncovered it read 20 + 7)
    expect(readBefore.snapshots(['RU'])[0]?.unattributed).toBe(22);
    expect(readBefore.snapshots(['RU'])).toEqual(notRead.snapshots(['RU']));
  });

  it('covers a total that arrives after its part was sealed, as one batch does', () => {
    const unattributed = (flushBetween: boolean) => {
      const c = core();
      c.apply(part, 'parts');
      if (flushBetween) c.flush();
      c.apply(total, 'totals');
      c.flush();
      return c.snapshots(['RU'])[0]?.unattributed;
    };
    expect(unattributed(true)).toBe(15);
    expect(unattributed(false)).toBe(15);
  });

  it('covers a live total with a late part that joins a claim already sealed, as one batch does', () => {
    const when = (d: number) => new Date(DAY0 + d * DAY).toISOString();
    const region = (articleId: string, count: number, dated: number | null, arrival: number, partOf?: string) =>
      claim({
        articleId,
        claimId: `${articleId}#${partOf ? 'p' : 'r'}`,
        regions: ['RU-BRY'],
        count,
        eventDate: dated === null ? null : when(dated).slice(0, 10),
        eventTime: when(dated ?? arrival),
        ingestedAt: when(arrival),
        ...(partOf ? { partOf } : {}),
      });
    // X is sealed once W arrives three days later; A's part (the same identity and day as X) arrives with its total.
    const x = region('x', 2, 3, 3);
    const w = region('w', 1, null, 6);
    const aTotal = claim({
      articleId: 'A',
      claimId: 'A#t',
      regions: [],
      count: 10,
      eventTime: when(6),
      ingestedAt: when(6),
    });
    const aPart = region('A', 2, 3, 6, 'A#t');
    const unattributed = (flushAfterTotal: boolean) => {
      const c = new AggregateCore({ now: () => DAY0 + 7 * DAY, horizonDays: 2 });
      c.apply(x, 'parts');
      c.flush();
      c.apply(w, 'parts');
      c.apply(aTotal, 'totals');
      if (flushAfterTotal) c.flush();
      c.apply(aPart, 'parts');
      c.flush();
      return c.snapshots(['RU'])[0]?.unattributed;
    };
    expect(unattributed(true)).toBe(8);
    expect(unattributed(false)).toBe(8);
  });

  it('is carried by the checkpoint: a restored core reads it as the one that never stopped', () => {
    const live = core();
    for (const c of [part, total]) live.apply(c, 0);
    const bytes = encodeCoreState(live.checkpoint());
    const restored = AggregateCore.restore(decodeCoreState(bytes), { now: () => DAY0 + 6 * DAY, horizonDays: 1 });
    expect(restored.stats().reports).toBe(1);
    for (const c of [live, restored]) c.apply(another, 0);
    expect(restored.snapshots(['RU'])[0]?.unattributed).toBe(22);
    expect(restored.snapshots(['RU'])).toEqual(live.snapshots(['RU']));
  });
});

describe('a late article with a claim that is new and one that repeats a sealed claim, on a sealed day', () => {
  it('counts the article once in the daily bucket, whichever comes first', () => {
    const at = (d: number) => new Date(DAY0 + d * DAY).toISOString();
    const report = (article: string, n: number, weapon: 'drone' | 'missile', arrivalDay: number) =>
      claim({
        claimId: `${article}#${weapon}`,
        articleId: article,
        count: n,
        weapon,
        eventDate: at(0).slice(0, 10),
        eventTime: at(0),
        ingestedAt: at(arrivalDay),
      });
    const late = [report('a1', 3, 'missile', 6), report('a1', 5, 'drone', 6)];
    for (const order of [late, [...late].reverse()]) {
      const feed = (horizonDays?: number) => {
        const core = new AggregateCore({ now: () => DAY0 + 10 * DAY, horizonDays });
        core.apply(report('a0', 5, 'drone', 0));
        core.apply(report('x', 1, 'drone', 5));
        core.flush();
        for (const c of order) core.apply(c);
        core.flush();
        return core;
      };
      const kept = feed();
      const sealed = feed(2);
      expect(sealed.snapshots()).toEqual(kept.snapshots());
      expect(sealed.dailyBuckets(['RU-BRY|2025-03-01'])).toEqual(kept.dailyBuckets(['RU-BRY|2025-03-01']));
      // a0, x and a1, a1 once.
      expect(must(kept.dailyBuckets(['RU-BRY|2025-03-01'])[0]).sources).toBe(3);
    }
  });
});

describe('HourSeries', () => {
  it('sums the hours after a boundary, whatever order hours come in', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 9 })), { maxLength: 40 }),
        fc.integer({ min: -5, max: 505 }),
        (items, b) => {
          const series = new HourSeries();
          for (const [hour, n] of items) series.add(hour * H + 17, n);
          const expected = items.filter(([hour]) => hour * H > b * H).reduce((s, [, n]) => s + n, 0);
          expect(series.after(b * H)).toBe(expected);
        },
      ),
    );
  });

  it('says until when its windows hold: the same at every later asOf before it, other at it', () => {
    const hours = fc.array(fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 9 })), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(
        hours,
        fc.integer({ min: 0, max: 2100 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (items, a, f) => {
          const series = new HourSeries();
          for (const [hour, n] of items) series.add(hour * H + 17, n);
          const asOf = a * H + 5;
          const { counts, until } = series.windowsAt(asOf);
          expect(until).toBeGreaterThan(asOf);
          const later = asOf + Math.floor(f * ((Number.isFinite(until) ? until : asOf + 40 * DAY) - asOf - 1));
          expect(series.windowsAt(later).counts).toEqual(counts);
          if (Number.isFinite(until)) expect(series.windowsAt(until).counts).not.toEqual(counts);
        },
      ),
    );
  });

  it('HashSet53 holds what it was given and nothing else', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 300 }), fc.string(), (keys, other) => {
        const set = new HashSet53();
        for (const k of keys) expect(set.add(hash53(k))).toBe(true);
        for (const k of keys) expect(set.add(hash53(k))).toBe(false);
        expect(set.size).toBe(keys.length);
        for (const k of keys) expect(set.has(hash53(k))).toBe(true);
        if (!keys.includes(other)) expect(set.has(hash53(other))).toBe(false);
      }),
    );
  });

  it('hash53 is a stable 53-bit number', () => {
    expect(hash53('a#1')).toBe(hash53('a#1'));
    expect(hash53('a#1')).not.toBe(hash53('a#2'));
    expect(Number.isSafeInteger(hash53('x'.repeat(100)))).toBe(true);
  });
});
