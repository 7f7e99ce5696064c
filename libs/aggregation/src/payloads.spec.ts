import fc from 'fast-check';
import { encodePayload } from '@skytally/contracts';
import { claim } from '../test/claim.fixture';
import { DAY, DAY0, H, arbReport, reportFields } from '../test/report-arbitrary';
import { AggregateCore } from './aggregate.core';

describe('AggregateCore payloads', () => {
  it('are the bytes encodePayload gives for the same snapshots and buckets', () => {
    fc.assert(
      fc.property(fc.array(arbReport, { minLength: 1, maxLength: 40 }), (reports) => {
        const now = DAY0 + 70 * DAY;
        const core = new AggregateCore({ now: () => now, horizonDays: 10, nameOf: (k) => `name of ${k}` });
        reports.forEach((g, i) => {
          const { base } = reportFields(g, i);
          core.apply(claim({ ...base, claimant: i % 3 ? 'governor' : null }), i % 2);
          if (i % 7 !== 6) return;
          const changes = core.prepare();
          expect(core.snapshotPayloads(changes.keys)).toEqual(
            core.snapshots(changes.keys).map((s) => ({ key: s.key, value: encodePayload('rolling', s) })),
          );
          expect(core.dailyBucketPayloads(changes.days)).toEqual(
            core.dailyBuckets(changes.days).map((d) => ({ key: d.key, value: encodePayload('daily', d) })),
          );
          core.confirm();
        });
        const keys = core.snapshots().map((s) => s.key);
        expect(keys.length).toBeGreaterThan(0);
        expect(core.snapshotPayloads(keys).map((p) => p.value)).toEqual(
          core.snapshots().map((s) => encodePayload('rolling', s)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('skip keys the core does not know', () => {
    const core = new AggregateCore({ now: () => DAY0 + H });
    core.apply(claim({ eventTime: new Date(DAY0).toISOString(), ingestedAt: new Date(DAY0).toISOString() }));
    expect(core.snapshotPayloads(['RU-BRY', 'XX-NONE']).map((p) => p.key)).toEqual(['RU-BRY']);
    expect(core.dailyBucketPayloads(['RU-BRY|2025-03-01', 'XX-NONE|2025-03-01']).map((p) => p.key)).toEqual([
      'RU-BRY|2025-03-01',
    ]);
  });
});
