/**
 * Graceful shutdown: SIGTERM to a busy stage finishes the batch in hand,
 * commits, and exits 0 in bounded time, leaving no partial output: what it
 * wrote is exactly what it committed, so after a restart every input's
 * output is on the downstream topic exactly once (ingest's outputs are
 * deterministic per input, so a repeat would show).
 */
import { consumerGroup } from '@skytally/contracts';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness } from './harness/pipeline.harness';

const ARTICLES = 5_000;
const SHUTDOWN_BOUND_MS = 15_000;

function body(i: number): string {
  // A few kilobytes each, so ingest is still busy when the signal comes.
  const filler = `Officials in the region said emergency services were at work after the attack number ${i}. `.repeat(
    30,
  );
  return `Air defence systems shot down ${(i % 50) + 2} drones over the Kursk region overnight, the ministry said. ${filler}`;
}

async function committed(harness: PipelineHarness): Promise<number> {
  const [offsets] = await harness.admin.fetchOffsets({
    groupId: consumerGroup(harness.prefix, 'ingest'),
    topics: [harness.topics.raw],
  });
  return (offsets?.partitions ?? []).reduce((sum, p) => sum + Math.max(0, Number(p.offset)), 0);
}

async function ends(harness: PipelineHarness, topic: string): Promise<number> {
  return (await harness.admin.fetchTopicOffsets(topic)).reduce((sum, p) => sum + Number(p.high), 0);
}

describe('graceful shutdown', () => {
  // The services' own 30 s session, not the harness's 6 s: nothing is killed here, and a session lost
  // under load would rebalance ingest mid-drain and repeat a batch (seen: 16,670 outputs for 15,000).
  const harness = new PipelineHarness({ SKYTALLY_SESSION_TIMEOUT_MS: '30000' });

  beforeAll(() => harness.setup());
  afterAll(() => harness.teardown());

  it('SIGTERM to a busy ingest: exits 0 in bounded time, outputs equal commits, and nothing is repeated after a restart', async () => {
    await harness.feed(
      Array.from({ length: ARTICLES }, (_, i) => ({
        key: `s-${i}`,
        value: JSON.stringify({ id: `s-${i}`, body: body(i) }),
      })),
    );
    // Each article once on the input (the premise of counting outputs).
    expect(await ends(harness, harness.topics.raw)).toBe(ARTICLES);
    const service = await harness.start('ingest', 'ingest-1');
    await waitFor(async () => (await committed(harness)) > 0, {
      timeoutMs: 60_000,
      intervalMs: 20,
      description: 'ingest to commit its first batch',
    });

    const signalledAt = Date.now();
    const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      service.child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    service.child.kill('SIGTERM');
    const { code, signal } = await exit;
    const tookMs = Date.now() - signalledAt;
    expect({ code, signal }).toEqual({ code: 0, signal: null });
    expect(tookMs).toBeLessThan(SHUTDOWN_BOUND_MS);

    // It was busy: the signal came with work left.
    const done = await committed(harness);
    expect(done).toBeLessThan(ARTICLES);
    // No partial output: exactly one output per committed input, none for the rest.
    expect((await ends(harness, harness.topics.ingested)) + (await ends(harness, harness.topics.rejected))).toBe(done);

    await harness.start('ingest', 'ingest-2');
    await harness.drained(120_000, ['ingest']);
    const ingested = await harness.readAll(harness.topics.ingested);
    const ids = ingested.map((m) => m.key!);
    expect(ids).toHaveLength(ARTICLES);
    expect(new Set(ids).size).toBe(ARTICLES);
    expect(await harness.readAll(harness.topics.rejected)).toHaveLength(0);
  });
});
