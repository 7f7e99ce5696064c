/**
 * After a SIGKILL and a restart on a quiet stream (no claim comes after it),
 * the aggregate restores at once, republishes its rows, and its windows keep
 * sliding with the wall clock. kafkajs never hands over an empty batch, so
 * before the runner's scheduled path a restarted instance published nothing
 * until the next claim.
 */
import type { Snapshot } from '@skytally/contracts';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness } from './harness/pipeline.harness';

const S = 1000;

describe('aggregate restart on a quiet stream', () => {
  const harness = new PipelineHarness({
    SKYTALLY_IDLE_MS: '1000',
    SKYTALLY_ALLOWED_LATENESS_MS: '0',
    SKYTALLY_SESSION_TIMEOUT_MS: '6000',
  });

  afterAll(() => harness.teardown());

  it('republishes its rows and keeps the windows sliding', async () => {
    await harness.setup();
    await harness.startAll();
    const t0 = Date.now();
    // Bryansk's report drops out of the 24h window about 25 s from now, Kaluga's stays in it.
    const oldOne = new Date(t0 - 24 * 3600 * S + 25 * S).toISOString();
    const newOne = new Date(t0 - 5 * S).toISOString();
    await harness.feed([
      {
        key: 'q1',
        value: JSON.stringify({
          id: 'q1',
          publishedAt: oldOne,
          body: 'Air defences destroyed four drones over the Bryansk region, the defence ministry said.',
        }),
      },
      {
        key: 'q2',
        value: JSON.stringify({
          id: 'q2',
          publishedAt: newOne,
          body: 'Air defences destroyed three drones over the Kaluga region, the defence ministry said.',
        }),
      },
    ]);
    await harness.drained(60_000);
    const before = await harness.latestSnapshots();
    expect(before.get('RU-BRY')?.windows['24h']).toBe(4);
    expect(before.get('RU-KLU')?.windows['24h']).toBe(3);

    const endBeforeKill = await rollingEnd(harness);
    await harness.kill('aggregate');
    await harness.start('aggregate', 'aggregate-restarted');

    // Republished by the restarted instance, with no claim arriving: both rows appear after the old end.
    await waitFor(
      async () => {
        const after = await snapshotsAfter(harness, endBeforeKill);
        return after.has('RU-BRY') && after.has('RU-KLU');
      },
      { timeoutMs: 45_000 },
    );

    // And the wall clock keeps moving the windows: Bryansk's report leaves the 24h window.
    await waitFor(async () => (await harness.latestSnapshots()).get('RU-BRY')?.windows['24h'] === 0, {
      timeoutMs: 60_000,
    });
    const last = await harness.latestSnapshots();
    expect(last.get('RU-BRY')?.windows).toMatchObject({ '24h': 0, '7d': 4, all: 4 });
    expect(last.get('RU-KLU')?.windows).toMatchObject({ '24h': 3, all: 3 });
    expect(Date.parse(last.get('RU-BRY')!.asOf)).toBeLessThanOrEqual(Date.now());
  });
});

async function rollingEnd(harness: PipelineHarness): Promise<Map<number, number>> {
  const offsets = await harness.admin.fetchTopicOffsets(harness.topics.rolling);
  return new Map(offsets.map((p) => [p.partition, Number(p.high)]));
}

/** Snapshots written after `end` (per partition), latest per key. */
async function snapshotsAfter(harness: PipelineHarness, end: Map<number, number>): Promise<Map<string, Snapshot>> {
  const out = new Map<string, Snapshot>();
  const counts = new Map<number, number>();
  for (const m of await harness.readAll(harness.topics.rolling)) {
    const seen = counts.get(m.partition) ?? 0;
    counts.set(m.partition, seen + 1);
    if (seen >= (end.get(m.partition) ?? 0) && m.key && m.value) out.set(m.key, JSON.parse(m.value) as Snapshot);
  }
  return out;
}
