import { SnapshotSchema, type ClaimRecord } from '@skytally/contracts';
import { AggregateCore, type AggregateOptions } from './aggregate.core';
import { claim } from '../test/claim.fixture';
import { must } from '../test/must';
import { countryOfKey } from './routing';

const H = 3_600_000;
const T0 = Date.parse('2025-06-10T12:00:00.000Z');
const at = (ms: number) => new Date(ms).toISOString();

function clock(start = T0) {
  let t = start;
  return { now: () => t, set: (ms: number) => void (t = ms), advance: (ms: number) => void (t += ms) };
}

function core(opts: AggregateOptions = {}) {
  const c = clock();
  return { clock: c, core: new AggregateCore({ now: c.now, ...opts }) };
}

const snap = (core: AggregateCore, key: string) => must(core.snapshots([key])[0], `snapshot of ${key}`);

describe('AggregateCore', () => {
  it('has nothing to say before the first claim', () => {
    const { core: agg } = core();
    expect(agg.asOf()).toBeNull();
    expect(agg.snapshots()).toEqual([]);
    expect(agg.flush()).toEqual({ keys: [], days: [] });
  });

  describe('out-of-order claims', () => {
    const records = [0, 5, 30, 2, 49, 1].map((hoursAgo, i) =>
      claim({ articleId: `a${i}`, count: i + 1, eventTime: at(T0 - hoursAgo * H), ingestedAt: at(T0) }),
    );
    it('count the same whatever the arrival order; only the ones behind asOf are late', () => {
      const inOrder = core().core;
      const sorted = [...records].sort((a, b) => a.eventTime.localeCompare(b.eventTime));
      expect(sorted.map((r) => inOrder.apply(r).late)).toEqual([false, false, false, false, false, false]);
      const shuffled = core().core;
      expect(records.map((r) => shuffled.apply(r).late)).toEqual([false, true, true, true, true, false]);
      expect(shuffled.snapshots()).toEqual(inOrder.snapshots());
      // 24h: 0h, 5h, 2h, 1h ago (and 0h is the head: asOf = head − 1h)
      expect(snap(inOrder, 'RU-BRY').windows).toEqual({ '24h': 1 + 2 + 4 + 6, '7d': 21, '30d': 21, all: 21 });
    });
  });

  describe('late claims past the lateness', () => {
    it('are reported late, and counted in all and in every later snapshot', () => {
      const { core: agg } = core();
      agg.apply(claim({ articleId: 'new', count: 10, eventTime: at(T0), ingestedAt: at(T0) }));
      const result = agg.apply(
        claim({ articleId: 'old', count: 3, eventTime: at(T0 - 40 * 24 * H), ingestedAt: at(T0) }),
      );
      expect(result).toMatchObject({
        late: true,
        lateByMs: 40 * 24 * H - H,
        duplicateClaimId: false,
        changedKeys: ['RU-BRY'],
      });
      expect(result.changedDays).toEqual(['RU-BRY|2025-05-01']);
      expect(snap(agg, 'RU-BRY').windows).toEqual({ '24h': 10, '7d': 10, '30d': 10, all: 13 });
      agg.apply(claim({ articleId: 'newer', count: 1, eventTime: at(T0 + H), ingestedAt: at(T0) }));
      expect(snap(agg, 'RU-BRY').windows.all).toBe(14);
      expect(agg.dailyBuckets(['RU-BRY|2025-05-01'])[0]).toMatchObject({ count: 3, claims: 1, sources: 1 });
    });

    it('within the lateness are not late', () => {
      const { core: agg } = core();
      agg.apply(claim({ articleId: 'a', eventTime: at(T0), ingestedAt: at(T0) }));
      expect(agg.apply(claim({ articleId: 'b', count: 2, eventTime: at(T0 - H), ingestedAt: at(T0) })).late).toBe(
        false,
      );
      expect(agg.apply(claim({ articleId: 'c', count: 3, eventTime: at(T0 - H - 1), ingestedAt: at(T0) })).late).toBe(
        true,
      );
    });
  });

  describe('a quiet stream', () => {
    it('keeps the windows sliding with the wall clock, and tick() says which rows changed', () => {
      const { core: agg, clock: c } = core({ idleMs: 10 * 60_000 });
      agg.apply(claim({ articleId: 'a', regions: ['RU-BRY'], count: 4, eventTime: at(T0), ingestedAt: at(T0) }));
      agg.apply(
        claim({ articleId: 'b', regions: ['RU-KLU'], count: 2, eventTime: at(T0 - 20 * H), ingestedAt: at(T0) }),
      );
      expect(agg.flush().keys).toEqual(['RU-BRY', 'RU-KLU']);
      expect(agg.idleAdvanceFrom()).toBe(T0 + 10 * 60_000);

      c.advance(9 * 60_000);
      expect(agg.tick()).toEqual([]);
      expect(agg.asOf()).toBe(at(T0 - H));

      c.advance(6 * H); // asOf = T0 − 1h + 6h09: RU-KLU's claim (T0 − 20h) leaves 24h, RU-BRY's stays
      expect(agg.tick()).toEqual(['RU-KLU']);
      expect(snap(agg, 'RU-KLU').windows['24h']).toBe(0);
      expect(agg.tick()).toEqual([]);

      c.advance(30 * 24 * H);
      expect(agg.tick()).toEqual(['RU-BRY', 'RU-KLU']);
      expect(snap(agg, 'RU-BRY').windows).toEqual({ '24h': 0, '7d': 0, '30d': 0, all: 4 });
    });

    it('keeps the idle advance across a restart, because arrival is ingestedAt', () => {
      const records = [
        claim({ articleId: 'a', eventTime: at(T0), ingestedAt: at(T0) }),
        claim({ articleId: 'b', count: 2, eventTime: at(T0 + H), ingestedAt: at(T0 + 3 * 24 * H) }),
      ];
      const live = core({ idleMs: 60_000 });
      live.core.apply(must(records[0]));
      live.clock.set(T0 + 3 * 24 * H);
      live.core.apply(must(records[1]));
      const replayed = new AggregateCore({ idleMs: 60_000, now: () => T0 + 3 * 24 * H });
      for (const r of [...records].reverse()) replayed.apply(r);
      expect(replayed.asOf()).toBe(live.core.asOf());
      expect(replayed.asOf()).toBe(at(T0 - H + 3 * 24 * H));
      expect(replayed.snapshots()).toEqual(live.core.snapshots());
    });

    it('judges lateness at arrival, so a replay long after does not call every claim late', () => {
      const records = [0, 1, 2].map((d) =>
        claim({
          articleId: `a${d}`,
          count: d + 1,
          eventTime: at(T0 + d * 24 * H),
          ingestedAt: at(T0 + d * 24 * H + H),
        }),
      );
      const replayed = new AggregateCore({ now: () => T0 + 365 * 24 * H });
      expect(records.map((r) => replayed.apply(r).late)).toEqual([false, false, false]);
      expect(
        replayed.apply(claim({ articleId: 'old', eventTime: at(T0), ingestedAt: at(T0 + 2 * 24 * H + H) })).late,
      ).toBe(true);
    });
  });

  describe('multi-region claims', () => {
    it('go to each region’s shared, per window, never into windows, claims or sources', () => {
      const { core: agg } = core();
      agg.apply(
        claim({ articleId: 'a', regions: ['RU-TVE', 'RU-KLU'], count: 2, eventTime: at(T0), ingestedAt: at(T0) }),
      );
      agg.apply(
        claim({ articleId: 'b', regions: ['RU-KLU'], count: 9, eventTime: at(T0 - 3 * 24 * H), ingestedAt: at(T0) }),
      );
      agg.apply(
        claim({
          articleId: 'c',
          regions: ['RU-KLU', 'RU-TVE'],
          count: 7,
          eventTime: at(T0 - 3 * 24 * H),
          ingestedAt: at(T0),
        }),
      );
      expect(snap(agg, 'RU-KLU')).toMatchObject({
        windows: { '24h': 0, '7d': 9, '30d': 9, all: 9 },
        shared: { all: 9, '24h': 2, '7d': 9, '30d': 9 },
        claims: 1,
        sources: 1,
      });
      expect(snap(agg, 'RU-TVE')).toMatchObject({
        windows: { all: 0 },
        shared: { all: 9 },
        claims: 0,
        sources: 0,
        byWeapon: {},
      });
      expect(agg.snapshots(['RU'])).toEqual([]);
      expect(agg.dailyBuckets(['RU-TVE|2025-06-10'])[0]).toMatchObject({ count: 0, shared: 2, claims: 0 });
    });
  });

  describe('a total and its breakdown', () => {
    const total = claim({
      articleId: 'a',
      claimId: 'a#total',
      regions: [],
      count: 83,
      eventTime: at(T0),
      ingestedAt: at(T0),
    });
    const parts = [
      claim({
        articleId: 'a',
        regions: ['RU-BRY'],
        count: 64,
        eventTime: at(T0),
        ingestedAt: at(T0),
        partOf: 'a#total',
      }),
      claim({
        articleId: 'a',
        regions: ['RU-KLU'],
        count: 9,
        eventTime: at(T0),
        ingestedAt: at(T0),
        partOf: 'a#total',
      }),
      claim({
        articleId: 'a',
        regions: ['RU-KLU', 'RU-TVE'],
        count: 2,
        eventTime: at(T0),
        ingestedAt: at(T0),
        partOf: 'a#total',
      }),
    ];

    it('are never added together: the country row counts the total, the region rows the parts', () => {
      for (const order of [
        [total, ...parts],
        [...parts, total],
      ]) {
        const { core: agg } = core();
        for (const r of order) agg.apply(r);
        expect(snap(agg, 'RU')).toMatchObject({
          scope: 'country',
          country: 'RU',
          windows: { all: 83 },
          claims: 1,
          unattributed: 83 - 64 - 9 - 2,
        });
        expect(snap(agg, 'RU-BRY').windows.all).toBe(64);
      }
    });

    it('re-emits the country row when a part arrives after the total', () => {
      const { core: agg } = core();
      agg.apply(total);
      agg.flush();
      expect(agg.apply(must(parts[0])).changedKeys).toEqual(['RU', 'RU-BRY']);
      expect(agg.flush().keys).toEqual(['RU', 'RU-BRY']);
      expect(snap(agg, 'RU').unattributed).toBe(19);
    });

    it('counts a part once even when another outlet reports it, and never below zero', () => {
      const { core: agg } = core();
      for (const r of [total, ...parts]) agg.apply(r);
      agg.apply(claim({ articleId: 'b', regions: ['RU-BRY'], count: 64, eventTime: at(T0), ingestedAt: at(T0) }));
      agg.apply(
        claim({
          articleId: 'b',
          regions: ['RU-SMO'],
          count: 50,
          eventTime: at(T0),
          ingestedAt: at(T0),
          partOf: 'a#total',
        }),
      );
      expect(snap(agg, 'RU').unattributed).toBe(0);
      expect(snap(agg, 'RU-BRY')).toMatchObject({ windows: { all: 64 }, sources: 2 });
    });

    it('matches parts to a total reported by several articles', () => {
      const { core: agg } = core();
      agg.apply(total);
      agg.apply(
        claim({ articleId: 'c', claimId: 'c#total', regions: [], count: 83, eventTime: at(T0), ingestedAt: at(T0) }),
      );
      agg.apply(
        claim({
          articleId: 'c',
          regions: ['RU-BRY'],
          count: 64,
          eventTime: at(T0),
          ingestedAt: at(T0),
          partOf: 'c#total',
        }),
      );
      expect(snap(agg, 'RU')).toMatchObject({ windows: { all: 83 }, claims: 1, sources: 2, unattributed: 19 });
    });

    it('believes the breakdown a total carries (attributed) when its parts live on other instances', () => {
      const { core: agg } = core();
      agg.apply({ ...total, attributed: 75 });
      expect(snap(agg, 'RU')).toMatchObject({ windows: { all: 83 }, claims: 1, unattributed: 8 });
      // Another outlet's report of the same total, with a fuller breakdown: the fuller one wins.
      agg.apply(
        claim({
          articleId: 'd',
          claimId: 'd#total',
          regions: [],
          count: 83,
          eventTime: at(T0),
          ingestedAt: at(T0),
          attributed: 80,
        }),
      );
      expect(snap(agg, 'RU')).toMatchObject({ claims: 1, sources: 2, unattributed: 3 });
    });

    it('leaves a country-scope part inside its total ("83 drones, 75 of them over the south")', () => {
      const { core: agg } = core();
      agg.apply(total);
      agg.apply(
        claim({ articleId: 'a', regions: [], count: 75, eventTime: at(T0), ingestedAt: at(T0), partOf: 'a#total' }),
      );
      expect(snap(agg, 'RU')).toMatchObject({ windows: { all: 83 }, claims: 1, unattributed: 83 });
    });
  });

  describe('idempotent redelivery', () => {
    it('changes nothing when the same claimId comes again', () => {
      const { core: agg } = core();
      const r = claim({ articleId: 'a', count: 5, eventTime: at(T0), ingestedAt: at(T0) });
      expect(agg.apply(r).duplicateClaimId).toBe(false);
      const before = { snaps: agg.snapshots(), days: agg.dailyBuckets(), flush: agg.flush() };
      const again = agg.apply({ ...r, evidence: { text: 'reworded', start: 1, end: 9 } });
      expect(again).toEqual({ changedKeys: [], changedDays: [], late: false, lateByMs: 0, duplicateClaimId: true });
      expect(agg.snapshots()).toEqual(before.snaps);
      expect(agg.dailyBuckets()).toEqual(before.days);
      expect(agg.flush()).toEqual({ keys: [], days: [] });
    });

    it('settles a claimId that comes back with different content the same way in any order', () => {
      const a = claim({ articleId: 'a', claimId: 'x', count: 5, eventTime: at(T0), ingestedAt: at(T0) });
      const b = claim({
        articleId: 'a',
        claimId: 'x',
        count: 6,
        regions: ['RU-KLU'],
        eventTime: at(T0),
        ingestedAt: at(T0),
      });
      const one = core().core;
      const two = core().core;
      for (const r of [a, b, a]) one.apply(r);
      for (const r of [b, a, b]) two.apply(r);
      expect(one.snapshots()).toEqual(two.snapshots());
      expect(one.dailyBuckets()).toEqual(two.dailyBuckets());
      expect(one.stats().reports).toBe(1);
    });
  });

  describe('flush', () => {
    it('reports each change once, and rows whose windows moved with asOf', () => {
      const { core: agg } = core();
      agg.apply(claim({ articleId: 'a', regions: ['RU-KLU'], eventTime: at(T0 - 26 * H), ingestedAt: at(T0) }));
      agg.apply(
        claim({ articleId: 'b', regions: ['RU-BRY'], count: 2, eventTime: at(T0 - 24 * H), ingestedAt: at(T0) }),
      );
      expect(agg.flush()).toEqual({ keys: ['RU-BRY', 'RU-KLU'], days: ['RU-BRY|2025-06-09', 'RU-KLU|2025-06-09'] });
      // A new head moves asOf from T0 − 25h to T0 − 1h: KLU's claim (T0 − 26h) leaves 24h, BRY's (T0 − 24h) stays.
      const r = agg.apply(
        claim({ articleId: 'c', regions: ['RU-SMO'], count: 3, eventTime: at(T0), ingestedAt: at(T0) }),
      );
      expect(r.changedKeys).toEqual(['RU-SMO']);
      expect(agg.flush()).toEqual({ keys: ['RU-KLU', 'RU-SMO'], days: ['RU-SMO|2025-06-10'] });
    });
  });

  describe('partitioned instances', () => {
    it('materialise only the rows they own', () => {
      const { core: agg } = core({ owns: (key) => countryOfKey(key) === 'UA' });
      agg.apply(claim({ articleId: 'a', regions: ['RU-BRY'], eventTime: at(T0), ingestedAt: at(T0) }));
      const r = agg.apply(
        claim({ articleId: 'b', regions: ['UA-51'], country: 'UA', eventTime: at(T0), ingestedAt: at(T0) }),
      );
      expect(r.changedKeys).toEqual(['UA-51']);
      expect(agg.snapshots().map((s) => s.key)).toEqual(['UA-51']);
    });
  });

  it('names rows with nameOf and validates against the contract', () => {
    const { core: agg } = core({ nameOf: (k) => (k === 'RU-BRY' ? 'Bryansk Oblast' : k) });
    const records: ClaimRecord[] = [
      claim({ articleId: 'a', eventTime: at(T0), ingestedAt: at(T0) }),
      claim({ articleId: 'a', regions: ['SEA-BLACK'], country: 'UA', eventTime: at(T0), ingestedAt: at(T0) }),
      claim({ articleId: 'a', regions: [], weapon: 'missile', eventTime: at(T0), ingestedAt: at(T0) }),
    ];
    for (const r of records) agg.apply(r);
    const snaps = agg.snapshots();
    for (const s of snaps) expect(SnapshotSchema.parse(s)).toEqual(s);
    expect(snaps.map((s) => [s.key, s.name, s.country, s.scope])).toEqual([
      ['RU', 'RU', 'RU', 'country'],
      ['RU-BRY', 'Bryansk Oblast', 'RU', 'region'],
      ['SEA-BLACK', 'SEA-BLACK', 'UA', 'region'],
    ]);
  });

  it('rejects, with a reason, a claim whose event time is not a time', () => {
    const { core: agg } = core();
    expect(agg.apply(claim({ eventTime: 'yesterday' })).rejected).toMatchObject({ reason: 'invalid_time' });
    expect(agg.apply(claim({ eventTime: at(T0), eventDate: '2025-13-45' })).rejected).toMatchObject({
      reason: 'invalid_time',
    });
    expect(agg.apply(claim({ eventTime: at(T0), scope: 'region', regions: [] })).rejected).toMatchObject({
      reason: 'invalid_claim',
    });
    expect(agg.stats().reports).toBe(0);
    expect(agg.flush()).toEqual({ keys: [], days: [] });
  });
});
