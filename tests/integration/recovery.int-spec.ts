/**
 * Crashes mid-stream lose nothing and count nothing twice: a stage killed
 * with SIGKILL and started again carries on from its committed offsets, and
 * the final snapshots equal what the four pure cores compute from the same
 * articles offline (as the chaos runs check) — with two aggregate instances,
 * one of them killed.
 */
import { type Snapshot, consumerGroup } from '@skytally/contracts';
import { expectedOutcome } from '../../scripts/chaos/chaos.expected';
import { waitFor } from '../support/kafka-test-utils';
import { claimsCorpus, expectedTotals, toMessages } from './harness/claims-corpus';
import { PipelineHarness } from './harness/pipeline.harness';

// 600 bulletins (one claim each, the regions in turn). The run feeds two thirds, kills, then feeds
// the rest: both kills land mid-stream however fast the machine is (asserted below: each killed
// instance had work left on its partitions).
const CORPUS = claimsCorpus(600);
const MESSAGES = toMessages(CORPUS);
const BEFORE_KILLS = MESSAGES.slice(0, 400);
const AFTER_KILLS = MESSAGES.slice(400);
// No wall-clock advance during the test.
const ENV = { SKYTALLY_IDLE_MS: String(24 * 3600 * 1000) };

/** Snapshots by key, less asOf (when a row was last republished depends on batch timing, not on the counts). */
function comparable(snapshots: Map<string, Snapshot>): Record<string, Omit<Snapshot, 'asOf'>> {
  return Object.fromEntries(
    [...snapshots].sort(([a], [b]) => a.localeCompare(b)).map(([key, { asOf: _asOf, ...rest }]) => [key, rest]),
  );
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
  // The cores, offline, on the same articles: what a run without crashes must end with. (A clean run
  // on the broker used to be the reference; the cores are the same code without the broker's cost.)
  const clean = comparable(
    expectedOutcome(
      MESSAGES.map((m) => ({ id: m.key, partition: 0, value: m.value, kind: 'original' as const })),
      { ...process.env, ...ENV },
    ).snapshots,
  );

  it('the cores count every bulletin once', () => {
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
