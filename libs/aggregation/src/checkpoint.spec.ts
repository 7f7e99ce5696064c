/**
 * The changelog's state: bytes that decode to what was encoded, and a core
 * restored from a checkpoint plus the claims after it reads exactly as the
 * core that never stopped and as a full replay of every claim — for random
 * claim streams (reprints, multi-region claims, totals with their parts,
 * late reports, redeliveries) and random crash points, with the horizon on.
 */
import fc from 'fast-check';
import type { ClaimRecord } from '@skytally/contracts';
import { AggregateCore, type AggregateOptions, splitCheckpoint } from './aggregate.core';
import {
  CheckpointFormatError,
  decodeCoreState,
  decodeLiveState,
  decodeSealedState,
  EncodedState,
  encodeCoreState,
} from './checkpoint';
import { type LiveReport, liveItemText } from './corroboration';
import { claim } from '../test/claim.fixture';
import { DAY, DAY0, H, arbReport, reportFields } from '../test/report-arbitrary';

const NOW = DAY0 + 70 * DAY;

const arbClaims = fc
  .array(fc.record({ report: arbReport, noArrival: fc.boolean(), redeliver: fc.boolean() }), {
    minLength: 1,
    maxLength: 80,
  })
  .map((gs) => {
    const out: ClaimRecord[] = [];
    gs.forEach(({ report: g, noArrival, redeliver }, i) => {
      const fields = reportFields(g, i);
      const { article } = fields;
      const base = {
        ...fields.base,
        // A claim without ingestedAt arrives when it is applied (the clock).
        ingestedAt: noArrival && g.reprint === 0 ? undefined : fields.base.ingestedAt,
        evidence: { text: `evidence of ${article}`, start: 0, end: 10 },
      };
      const made = claim(base);
      out.push(made);
      if (g.total && g.where.length === 1) {
        const part = claim({ ...base, claimId: `${article}#p${i}`, partOf: `${article}#t${i}` });
        out.push(part);
        out.push(claim({ ...base, claimId: `${article}#t${i}`, scope: 'country', regions: [], count: g.count + 2 }));
      }
      if (redeliver) out.push(made);
    });
    // Ingest stamps arrivals in order; those without one arrive now, last. (A report that arrives
    // after its day was sealed is the one case where a full replay may read otherwise: horizon.spec.ts.)
    const arrival = (c: ClaimRecord) => (c.ingestedAt ? Date.parse(c.ingestedAt) : Infinity);
    return out.sort((a, b) => arrival(a) - arrival(b));
  });

const options = (horizonDays: number | undefined): AggregateOptions => ({ now: () => NOW, horizonDays });

/** Applies `claims` as the service does: from the partition of their key, a publish (prepare/confirm) every `batch`. */
function feed(core: AggregateCore, claims: ClaimRecord[], batch: number): void {
  claims.forEach((c, i) => {
    core.apply(c, (c.regions[0] ?? c.country).length % 3);
    if (i % batch === batch - 1) core.flush();
  });
  core.flush();
}

function view(core: AggregateCore): unknown {
  return { asOf: core.asOf(), snapshots: core.snapshots(), days: core.dailyBuckets(), claims: core.stats().claims };
}

describe('encodeCoreState / decodeCoreState', () => {
  it('round-trips a core state, typed arrays included', () => {
    const core = new AggregateCore(options(3));
    feed(
      core,
      [0, 1, 2, 10, 11, 20].map((d, i) =>
        claim({
          claimId: `c${i}`,
          articleId: `a${i}`,
          eventTime: new Date(DAY0 + d * DAY).toISOString(),
          ingestedAt: new Date(DAY0 + d * DAY + H).toISOString(),
          regions: i % 2 ? ['RU-BRY', 'RU-KLU'] : ['RU-TUL'],
        }),
      ),
      2,
    );
    const state = core.checkpoint();
    expect(state.rows.length).toBeGreaterThan(0);
    expect(state.sealedClaims.length).toBeGreaterThan(0);
    const decoded = decodeCoreState(encodeCoreState(state));
    // The core hands out its reports, each read (and written) as {claim, arrival}.
    expect(decoded).toEqual({ ...state, live: state.live.map(({ claim, arrival }) => ({ claim, arrival })) });
    expect(decoded.watermark).toBeInstanceOf(Float64Array);
    // Reports keep no evidence text.
    expect(state.live.every((r) => r.claim.evidence.text === '')).toBe(true);
  });

  it('rejects what is not a checkpoint of this version, or is cut short', () => {
    const bytes = encodeCoreState(new AggregateCore(options(3)).checkpoint());
    expect(() => decodeCoreState(Buffer.from('{"rows":[]}'))).toThrow(CheckpointFormatError);
    const other = Buffer.from(bytes);
    other.writeUInt8(99, 4);
    expect(() => decodeCoreState(other)).toThrow(/version 99/);
    expect(() => decodeCoreState(bytes.subarray(0, bytes.length - 3))).toThrow(CheckpointFormatError);
  });
});

/** EncodedState's bytes, read `steps` bytes at a time (cycling). */
function readAll(encoded: EncodedState, steps: number[]): Buffer {
  const out = Buffer.alloc(encoded.length);
  let at = 0;
  for (let i = 0; at < out.length; i++) {
    const n = encoded.read(out, at, Math.min(out.length, at + (steps[i % steps.length] ?? 1)));
    if (n === 0) break;
    at += n;
  }
  expect(encoded.left).toBe(0);
  return out;
}

describe('EncodedState', () => {
  it("hands out encodeCoreState's bytes, whatever the pieces it is read in (live part, sealed delta, both)", () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 6 }),
        fc.constantFrom(undefined, 2),
        (stream, steps, horizonDays) => {
          // Claimants in other scripts: UTF-8 bytes are not characters.
          const claims = stream.map((c, i) => (i % 3 ? c : { ...c, claimant: `Міноборони ${i} ✈︎ 🚀` }));
          const core = new AggregateCore(options(horizonDays));
          feed(core, claims, 4);
          const state = core.checkpoint();
          const { sealedBefore, inputs, watermark, live, sealedClaims, rows, days } = state;
          for (const part of [{ sealedBefore, inputs, watermark, live }, { sealedClaims, rows, days }, state]) {
            const encoded = new EncodedState(part);
            expect(encoded.length).toBe(encodeCoreState(part).length);
            expect(readAll(encoded, steps).equals(encodeCoreState(part))).toBe(true);
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it('writes each live report as JSON.stringify does, whatever its optional fields and strings (liveItemText)', () => {
    const arbVariant = fc.record({
      claimant: fc.oneof(fc.constant(null), fc.string(), fc.constant('Міноборони "ЗСУ" \\ ✈︎ 🚀\n')),
      publishedAt: fc.constantFrom(
        undefined,
        null,
        'canonical',
        '2025-03-01T10:00:00Z',
        '2025-03-01T10:00:00.000+00:00',
      ),
      ingested: fc.constantFrom('canonical', 'none', '2025-03-02T00:00:00Z'),
      eventTime: fc.constantFrom('canonical', 'offset'),
      partOf: fc.constantFrom(undefined, null, 'a#t', 'a "t"'),
      attributed: fc.constantFrom(undefined, 0, 7),
      qualifier: fc.constantFrom('exact' as const, 'at_least' as const, 'about' as const),
      regions: fc.constantFrom(['RU-KLU', 'RU-BRY'], ['RU-BRY'], [] as string[]),
    });
    fc.assert(
      fc.property(fc.array(arbVariant, { minLength: 1, maxLength: 12 }), (variants) => {
        const core = new AggregateCore(options(undefined));
        variants.forEach((v, i) => {
          const t = DAY0 + (i % 3) * H;
          const iso = new Date(t).toISOString();
          core.apply({
            ...claim({
              claimId: `a${i % 4}#${i}`,
              articleId: `a${i % 4}`,
              regions: v.regions,
              scope: v.regions.length ? 'region' : 'country',
              claimant: v.claimant,
              qualifier: v.qualifier,
              eventTime: v.eventTime === 'canonical' ? iso : iso.replace('.000Z', '+00:00'),
              eventDate: i % 2 ? iso.slice(0, 10) : null,
              ingestedAt:
                v.ingested === 'canonical'
                  ? new Date(t + H).toISOString()
                  : v.ingested === 'none'
                    ? undefined
                    : v.ingested,
              attributed: v.attributed,
            }),
            regions: v.regions,
            publishedAt: v.publishedAt === 'canonical' ? iso : v.publishedAt,
            partOf: v.partOf,
          });
        });
        const { live } = core.checkpoint();
        expect(live.length).toBe(variants.length);
        for (const r of live) expect(liveItemText(r as unknown as LiveReport)).toBe(JSON.stringify(r));
      }),
      { numRuns: 200 },
    );
  });

  it('encodes many reports in several pieces, and an empty live part', () => {
    const core = new AggregateCore(options(undefined));
    feed(
      core,
      Array.from({ length: 700 }, (_, i) =>
        claim({
          claimId: `c${i}`,
          articleId: `a${i}`,
          count: 1 + (i % 7),
          regions: [i % 2 ? 'RU-BRY' : 'RU-KLU'],
          eventTime: new Date(DAY0 + 60 * DAY + i * 60_000).toISOString(),
          ingestedAt: new Date(DAY0 + 60 * DAY + i * 60_000).toISOString(),
        }),
      ),
      50,
    );
    const { sealedBefore, inputs, watermark, live } = core.checkpoint();
    expect(live.length).toBe(700);
    for (const part of [
      { sealedBefore, inputs, watermark, live },
      { sealedBefore, inputs, watermark, live: [] },
    ]) {
      expect(readAll(new EncodedState(part), [65_536]).equals(encodeCoreState(part))).toBe(true);
      expect(decodeLiveState(readAll(new EncodedState(part), [999]))).toEqual(decodeLiveState(encodeCoreState(part)));
    }
  });
});

describe('restore from a checkpoint', () => {
  it('checkpoint + the claims after it == never stopping == a full replay (random streams and crash points)', () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(undefined, 2, 5),
        (stream, at, batch, horizonDays) => {
          // A claim without ingestedAt arrives at the clock, 70 days on: with a horizon that is a
          // report past it, where batch boundaries decide what is sealed first (README, the horizon).
          const claims = horizonDays === undefined ? stream : stream.filter((c) => c.ingestedAt);
          const crash = at % (claims.length + 1);
          const live = new AggregateCore(options(horizonDays));
          feed(live, claims.slice(0, crash), batch);
          const bytes = encodeCoreState(live.checkpoint());
          feed(live, claims.slice(crash), batch);

          const restored = AggregateCore.restore(decodeCoreState(bytes), options(horizonDays));
          // A crash after the checkpoint and before the offsets commit redelivers the claims just before it, too.
          feed(restored, claims.slice(Math.max(0, crash - batch)), batch);
          expect(view(restored)).toEqual(view(live));

          const replay = new AggregateCore(options(horizonDays));
          feed(replay, claims, batch);
          expect(view(restored)).toEqual(view(replay));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('reads a total the same when a part of it was sealed first (a batch boundary a checkpoint made; fast-check found it)', () => {
    // Two articles' totals of 4 are one claim (the same identity a day apart); each article breaks 2 of it down, in
    // another region. A flush after the first claim moves the batch boundaries, so the first part is sealed while
    // the corroborated total, dated a day later, is still live: it must still count as covering that total.
    const at = (d: string) => `2025-03-${d}:00.000Z`;
    const article = (id: string, day: string, region: string, arrival: string, eventDate: string | null) => {
      const base = { articleId: id, eventTime: at(day), ingestedAt: at(arrival), eventDate, count: 2 };
      return [
        claim({ ...base, claimId: `${id}#0`, regions: [region] }),
        claim({ ...base, claimId: `${id}#p`, regions: [region], partOf: `${id}#t` }),
        claim({ ...base, claimId: `${id}#t`, regions: [], count: 4 }),
      ];
    };
    const claims = [
      ...article('d24', '25T00:00', 'RU-BRY', '25T00:00', null),
      ...article('d25', '26T00:00', 'RU-TUL', '26T00:00', '2025-03-26'),
      ...article('d26', '27T16:00', 'SEA-BLACK', '28T00:00', null).map((c) => ({ ...c, count: c.count - 1 })),
      ...article('d27', '28T00:00', 'SEA-BLACK', '29T00:00', null).map((c) => ({ ...c, count: c.count - 1 })),
    ];
    const live = new AggregateCore(options(2));
    feed(live, claims.slice(0, 1), 4);
    const bytes = encodeCoreState(live.checkpoint());
    feed(live, claims.slice(1), 4);
    const replay = new AggregateCore(options(2));
    feed(replay, claims, 4);
    expect(view(live)).toEqual(view(replay));
    const restored = AggregateCore.restore(decodeCoreState(bytes), options(2));
    feed(restored, claims, 4);
    expect(view(restored)).toEqual(view(live));
    // (4 − 2 − 2 of the corroborated total, 3 − 1 of each of the other two)
    expect(live.snapshots(['RU'])[0]?.unattributed).toBe(4);
  });

  it('a chain of checkpoints (sealed deltas added up, the newest live part) + the claims after it == never stopping', () => {
    fc.assert(
      fc.property(
        arbClaims,
        fc.array(fc.nat(), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 9 }),
        fc.constantFrom(2, 5),
        (stream, points, batch, horizonDays) => {
          const claims = stream.filter((c) => c.ingestedAt);
          const cuts = [...new Set(points.map((p) => p % (claims.length + 1)))].sort((a, b) => a - b);
          const live = new AggregateCore(options(horizonDays));
          // As the service writes them: each checkpoint's sealed delta once, its live part.
          const deltas: Buffer[] = [];
          let lastLive: Buffer = Buffer.alloc(0);
          let done = 0;
          for (const cut of cuts) {
            feed(live, claims.slice(done, cut), batch);
            done = cut;
            const parts = splitCheckpoint(live.checkpoint());
            deltas.push(encodeCoreState(parts.sealed));
            lastLive = encodeCoreState(parts.live);
          }
          feed(live, claims.slice(done), batch);
          const restored = AggregateCore.restore(
            decodeLiveState(lastLive),
            options(horizonDays),
            deltas.map((d) => decodeSealedState(d)),
          );
          feed(restored, claims.slice(Math.max(0, done - batch)), batch);
          expect(view(restored)).toEqual(view(live));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("carries a late report's source of a sealed claim in the next sealed delta", () => {
    const at = (d: number) => new Date(DAY0 + d * DAY).toISOString();
    const report = (article: string, d: number, arrivalDay: number) =>
      claim({
        claimId: `${article}#0`,
        articleId: article,
        eventTime: at(d),
        ingestedAt: at(arrivalDay),
        regions: ['RU-BRY'],
      });
    const live = new AggregateCore(options(2));
    feed(live, [report('a', 0, 0), report('b', 5, 5)], 1);
    const split = (c: ReturnType<AggregateCore['checkpoint']>) => ({
      sealed: encodeCoreState({ sealedClaims: c.sealedClaims, rows: c.rows, days: c.days }),
      live: encodeCoreState({ sealedBefore: c.sealedBefore, inputs: c.inputs, watermark: c.watermark, live: c.live }),
    });
    const first = split(live.checkpoint());
    // A reprint of day 0's claim from another article, days after day 0 was sealed.
    feed(live, [report('reprint', 0, 6)], 1);
    const second = split(live.checkpoint());
    expect(live.snapshots(['RU-BRY'])[0]).toMatchObject({ claims: 2, sources: 3 });
    const restored = AggregateCore.restore(decodeLiveState(second.live), options(2), [
      decodeSealedState(first.sealed),
      decodeSealedState(second.sealed),
    ]);
    restored.flush();
    expect(view(restored)).toEqual(view(live));
  });

  it('restores a live report where it was, though alone it would join a sealed claim (the 1M bench difference)', () => {
    // Day 0 is sealed, day 1 is live. The undated report c (day 1) came before b dated it: applied
    // first at a restore, it used to find only the sealed dated claim of day 0 and be taken for a
    // report of it, so its claimant and article went missing from the restored rows.
    const at = (d: number, h = 0) => new Date(DAY0 + d * DAY + h * H).toISOString();
    const report = (id: string, d: number, h: number, dated: boolean, claimant: string) =>
      claim({
        claimId: `${id}#0`,
        articleId: id,
        claimant,
        eventDate: dated ? at(d).slice(0, 10) : null,
        eventTime: dated ? at(d) : at(d, h),
        publishedAt: at(d, h),
        ingestedAt: at(d, h),
        regions: ['RU-BRY'],
      });
    const core = new AggregateCore(options(2));
    feed(
      core,
      [
        report('a', 0, 6, true, 'governor'),
        report('c', 1, 8, false, 'air force'),
        report('b', 1, 9, true, 'governor'),
        report('d', 3, 1, false, 'governor'),
      ],
      1,
    );
    const restored = AggregateCore.restore(decodeCoreState(encodeCoreState(core.checkpoint())), options(2));
    expect(restored.snapshots()[0]?.byClaimant).toEqual({ 'air force': 1, governor: 3 });
    expect(view(restored)).toEqual(view(core));
  });

  it('publishes every row and bucket right after a restore', () => {
    const core = new AggregateCore(options(2));
    const claims = [0, 5, 9].map((d, i) =>
      claim({
        claimId: `c${i}`,
        articleId: `a${i}`,
        eventTime: new Date(DAY0 + d * DAY).toISOString(),
        ingestedAt: new Date(DAY0 + d * DAY).toISOString(),
        regions: ['RU-BRY'],
      }),
    );
    feed(core, claims, 1);
    const restored = AggregateCore.restore(core.checkpoint(), options(2));
    const { keys, days } = restored.prepare();
    expect(keys).toEqual(['RU-BRY']);
    expect(days).toEqual(core.dailyBuckets().map((d) => d.key));
    expect(restored.snapshots()).toEqual(core.snapshots());
  });
});
