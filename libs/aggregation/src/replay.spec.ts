/**
 * Replay invariance: the service rebuilds state by replaying the claims topic,
 * which redelivers, reorders across partitions, and may resend a claimId.
 * Any permutation and duplication of the same claims must give identical
 * snapshots, daily buckets and asOf, whenever flush() is called in between.
 */
import fc from 'fast-check';
import { DailyBucketSchema, SnapshotSchema, type ClaimRecord } from '@skytally/contracts';
import { AggregateCore } from './aggregate.core';
import { claim } from '../test/claim.fixture';
import { must } from '../test/must';

const DAY = 86_400_000;
const DAY0 = Date.parse('2025-06-01T00:00:00.000Z');
const NOW = DAY0 + 45 * DAY;

const arbClaim: fc.Arbitrary<ClaimRecord> = fc
  .record({
    article: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
    where: fc.constantFrom(['RU-BRY'], ['RU-KLU'], ['RU-KLU', 'RU-TVE'], [] as string[], ['SEA-BLACK']),
    country: fc.constantFrom('RU', 'RU', 'UA'),
    count: fc.integer({ min: 1, max: 3 }),
    weapon: fc.constantFrom('drone' as const, 'missile' as const),
    claimant: fc.constantFrom('Russian defence ministry', 'Russian Ministry of Defense', 'governor', null),
    day: fc.integer({ min: 0, max: 40 }),
    hour: fc.integer({ min: 0, max: 23 }),
    dated: fc.boolean(),
    // Arrival after the event (up to 4 days: late news, backfills), as real claims have it.
    ingestHours: fc.option(fc.integer({ min: 0, max: 96 }), { nil: null }),
    // Same article + identity (+ variant) = same claimId, as the extractor derives it;
    // with different times this exercises a claimId coming back with other content.
    variant: fc.integer({ min: 0, max: 1 }),
    partOf: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  })
  .map((g) => {
    const eventTime = DAY0 + g.day * DAY + (g.dated ? 0 : g.hour * 3_600_000);
    return claim({
      articleId: g.article,
      claimId: `${g.article}#${g.where.join(',') || g.country}#${g.count}#${g.weapon}#${g.variant}`,
      regions: g.where,
      scope: g.where.length === 0 ? 'country' : 'region',
      country: g.country,
      count: g.count,
      weapon: g.weapon,
      claimant: g.claimant,
      eventDate: g.dated ? new Date(eventTime).toISOString().slice(0, 10) : null,
      eventTime: new Date(eventTime).toISOString(),
      ingestedAt: g.ingestHours === null ? undefined : new Date(eventTime + g.ingestHours * 3_600_000).toISOString(),
      partOf: g.partOf === null ? null : `${g.article}#${g.country}#${g.partOf}#drone#0`,
    });
  });

/** The same claims, permuted, with some redelivered, and flushes sprinkled in. */
const arbReplay = fc.array(arbClaim, { minLength: 1, maxLength: 40 }).chain((claims) =>
  fc.record({
    claims: fc.constant(claims),
    order: fc.shuffledSubarray(claims, { minLength: claims.length, maxLength: claims.length }),
    again: fc.array(fc.nat({ max: claims.length - 1 }), { maxLength: 15 }),
    flushEvery: fc.integer({ min: 1, max: 7 }),
  }),
);

function final(core: AggregateCore) {
  return { asOf: core.asOf(), snapshots: core.snapshots(), days: core.dailyBuckets(), stats: core.stats() };
}

describe('replay invariance (fast-check)', () => {
  it('any order and duplication of the same claims gives the same final state', () => {
    fc.assert(
      fc.property(arbReplay, ({ claims, order, again, flushEvery }) => {
        const reference = new AggregateCore({ now: () => NOW, idleMs: 6 * 3_600_000 });
        for (const c of claims) reference.apply(c);

        const replayed = new AggregateCore({ now: () => NOW, idleMs: 6 * 3_600_000 });
        const stream = [...order];
        for (const [k, i] of again.entries()) stream.splice((k * 7) % (stream.length + 1), 0, must(claims[i]));
        stream.forEach((c, i) => {
          replayed.apply(c);
          if (i % flushEvery === 0) replayed.flush();
        });

        expect(final(replayed)).toEqual(final(reference));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every row consistent with itself and with the contract', () => {
    fc.assert(
      fc.property(fc.array(arbClaim, { minLength: 1, maxLength: 40 }), (claims) => {
        const core = new AggregateCore({ now: () => NOW });
        for (const c of claims) core.apply(c);
        for (const s of core.snapshots()) {
          SnapshotSchema.parse(s);
          const w = s.windows;
          expect(w['24h'] <= w['7d'] && w['7d'] <= w['30d'] && w['30d'] <= w.all).toBe(true);
          expect(Object.values(s.byWeapon).reduce((a, b) => a + b, 0)).toBe(w.all);
          expect(s.claims <= w.all).toBe(true);
          if (s.scope === 'country') expect(s.unattributed! <= w.all).toBe(true);
          else expect(s.unattributed).toBeUndefined();
        }
        const days = core.dailyBuckets();
        for (const d of days) DailyBucketSchema.parse(d);
        // The daily buckets of a row add up to its all-time count and shared count.
        for (const s of core.snapshots()) {
          const mine = days.filter((d) => d.region === s.key);
          expect(mine.reduce((a, d) => a + d.count, 0)).toBe(s.windows.all);
          expect(mine.reduce((a, d) => a + d.shared, 0)).toBe(s.shared.all);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('never counts an interception twice: without corroboration, rows add up to the claims', () => {
    // Distinct identities only, so each record is its own claim.
    fc.assert(
      fc.property(fc.uniqueArray(arbClaim, { selector: (c) => c.claimId, maxLength: 30 }), (records) => {
        const identity = (c: ClaimRecord) => `${c.scope}|${c.regions.join(',')}|${c.country}|${c.count}|${c.weapon}`;
        const claims = records.filter((c, i) => records.findIndex((d) => identity(d) === identity(c)) === i);
        const core = new AggregateCore({ now: () => NOW });
        for (const c of claims) core.apply(c);
        const snaps = core.snapshots();
        const sum = (f: (s: (typeof snaps)[number]) => number) => snaps.reduce((a, s) => a + f(s), 0);
        const single = claims.filter((c) => c.scope === 'region' && c.regions.length === 1);
        const multi = claims.filter((c) => c.regions.length > 1);
        const totals = claims.filter((c) => c.scope === 'country' && !c.partOf);
        const count = (cs: ClaimRecord[]) => cs.reduce((a, c) => a + c.count, 0);
        expect(sum((s) => (s.scope === 'region' ? s.windows.all : 0))).toBe(count(single));
        expect(sum((s) => (s.scope === 'country' ? s.windows.all : 0))).toBe(count(totals));
        expect(sum((s) => s.shared.all)).toBe(multi.reduce((a, c) => a + c.count * c.regions.length, 0));
      }),
      { numRuns: 200 },
    );
  });
});
