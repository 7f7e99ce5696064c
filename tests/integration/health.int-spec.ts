/**
 * A running service answers its health and metrics endpoint: ready once its
 * consumer has joined, counters that move as messages pass.
 */
import { pickFreePort } from '@skytally/broker';
import { waitFor } from '../support/kafka-test-utils';
import { PipelineHarness } from './harness/pipeline.harness';

describe('health and metrics of a real service', () => {
  let port: number;
  let harness: PipelineHarness;

  beforeAll(async () => {
    port = await pickFreePort();
    harness = new PipelineHarness({ SKYTALLY_HEALTH_PORT: String(port) });
    await harness.setup();
    await harness.start('ingest');
  });
  afterAll(() => harness.teardown());

  it('is live, becomes ready, and counts what passes', async () => {
    const base = `http://127.0.0.1:${port}`;
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await waitFor(
      async () => {
        const res = await fetch(`${base}/health/ready`);
        return res.status === 200 ? res.json() : null;
      },
      { timeoutMs: 60_000, description: 'ingest ready' },
    );
    expect(ready).toMatchObject({ status: 'ready', stage: 'ingest', joined: true });

    await harness.feed([
      { key: 'a', value: 'Two drones were shot down over the Kursk region.' },
      { key: 'b', value: '' },
    ]);
    await harness.drained(60_000, ['ingest']);
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toContain('skytally_stage_events_total{stage="ingest",event="in"} 2');
    expect(metrics).toContain('skytally_stage_events_total{stage="ingest",event="rejected"} 1');
    expect(metrics).toMatch(/skytally_consumer_lag\{stage="ingest"\} \d+/);
  });
});
