/**
 * Crashes mid-stream lose nothing and count nothing twice: a stage killed
 * with SIGKILL and started again carries on from its committed offsets, and
 * the final snapshots equal those of a clean run — also with two aggregate
 * instances, one of them killed.
 */
import { type Snapshot, consumerGroup } from '@skytally/contracts';
import { waitFor } from '../support/kafka-test-utils';
import { claimsCorpus, expectedTotals, toMessages } from './harness/claims-corpus';
import { PipelineHarness } from './harness/pipeline.harness';

// 600 bulletins (one claim each, the regions in turn), ~60% less to process than the 1,500 it was
// (two runs of it per test file). The crash run feeds two thirds, kills, then feeds the rest: both
// kills land mid-stream however fast the machine is (asserted below: each killed instance had work
// left on its partitions).
const CORPUS = claimsCorpus(600);
const MESSAGES = toMessages(CORPUS);
const BEFORE_KILLS = MESSAGES.slice(0, 400);
const AFTER_KILLS = MESSAGES.slice(400);
// No wall-clock advance during the test: both runs must reach the same asOf.
const ENV = { SKYTALLY_IDLE_MS: String(24 * 3600 * 1000) };

function comparable(snapshots: Map<string, Snapshot>): Record<string, Snapshot> {
  return Object.fromEntries([...snapshots].sort(([a], [b]) => a.localeCompare(b)));
}

/** The group's committed offset per partition of `topic` (0 where it has none). */
async function committedByPartition(harness: PipelineHarness, groupId: string, topic: string): Promise<number[]> {
  const [offsets] = await harness.admin.fetchOffsets({ groupId, topics: [topic] });
  const byPartition: number[] = [];
  for (const p of offsets?.partitions ?? []) byPartition[p.partition] = Math.max(0, Number(p.offset));
  return byPartition;
}

async function committed(harness: PipelineHarness, groupId: string, topic: string): Promise<number> {
  return (await committedByPartition(harness, groupId, topic)).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** The end offset of each partition of `topic`. */
async function ends(harness: PipelineHarness, topic: string): Promise<number[]> {
  const byPartition: number[] = [];
  for (const p of await harness.admin.fetchTopicOffsets(topic)) byPartition[p.partition] = Number(p.high);
  return byPartition;
}

describe('recovery from crashes on a real broker', () => {
  let clean: Record<string, Snapshot>;

  beforeAll(async () => {
    const harness = new PipelineHarness(ENV);
    try {
      await harness.setup();
      await harness.startAll();
      await harness.feed(MESSAGES);
      await harness.drained();
      clean = comparable(await harness.latestSnapshots());
    } finally {
      await harness.teardown();
    }
  });

  it('the clean run counts every bulletin once', () => {
    for (const [region, total] of expectedTotals(CORPUS)) expect(clean[region]?.windows.all).toBe(total);
  });

  it('SIGKILL of extract and of one of two aggregate instances mid-stream gives the same final snapshots', async () => {
    const harness = new PipelineHarness(ENV);
    try {
      await harness.setup();
      await Promise.all([
        harness.start('ingest'),
        harness.start('dedup'),
        harness.start('extract'),
        harness.start('aggregate', 'aggregate-1'),
        harness.start('aggregate', 'aggregate-2'),
      ]);
      await harness.feed(BEFORE_KILLS);

      const extractGroup = consumerGroup(harness.prefix, 'extract');
      await waitFor(
        async () => (await committed(harness, extractGroup, harness.topics.unique)) > BEFORE_KILLS.length / 5,
        {
          timeoutMs: 120_000,
        },
      );
      await harness.kill('extract');
      // What the killed extract had committed: its restart must carry on from there.
      const extractAtKill = await committed(harness, extractGroup, harness.topics.unique);
      await harness.start('extract', 'extract-restarted');

      // Kill the instance that owns the claims' partition, not the idle one.
      const aggregateGroup = consumerGroup(harness.prefix, 'aggregate');
      await waitFor(
        async () => (await committed(harness, aggregateGroup, harness.topics.claims)) > BEFORE_KILLS.length / 4,
        {
          timeoutMs: 120_000,
        },
      );
      const withData = (await harness.admin.fetchTopicOffsets(harness.topics.claims))
        .filter((p) => Number(p.high) > 0)
        .map((p) => p.partition);
      const busiest = ['aggregate-1', 'aggregate-2'].find((name) =>
        harness.assignedPartitions(name, harness.topics.claims).some((p) => withData.includes(p)),
      )!;
      expect(busiest).toBeDefined();
      const busiestPartitions = harness.assignedPartitions(busiest, harness.topics.claims);
      await harness.kill(busiest);
      const aggregateAtKill = await committedByPartition(harness, aggregateGroup, harness.topics.claims);
      await harness.start('aggregate', `${busiest}-restarted`);
      await harness.feed(AFTER_KILLS);

      await harness.drained(180_000);
      // Both kills were mid-stream: each killed instance had work left on its partitions.
      expect(extractAtKill).toBeLessThan(CORPUS.length);
      const claimEnds = await ends(harness, harness.topics.claims);
      expect(busiestPartitions.some((p) => (aggregateAtKill[p] ?? 0) < (claimEnds[p] ?? 0))).toBe(true);
      expect(comparable(await harness.latestSnapshots())).toEqual(clean);
    } finally {
      await harness.teardown();
    }
  });
});
