import { StageStats } from '../stage-stats';
import { HealthServer } from './health.server';

describe('health and metrics endpoint', () => {
  const stats = new StageStats();
  let ready = false;
  const server = new HealthServer('ingest', stats, () => ({ ready, detail: { joined: ready } }));
  let base = '';

  beforeAll(async () => {
    base = `http://127.0.0.1:${await server.listen(0)}`;
  });
  afterAll(() => server.close());

  it('is live from the start', async () => {
    const res = await fetch(`${base}/health/live`);
    expect(res.status).toBe(200);
  });

  it('is ready only when the consumer is', async () => {
    ready = false;
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    ready = true;
    const res = await fetch(`${base}/health/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', stage: 'ingest', joined: true });
  });

  it('exposes the stage counters and lag to Prometheus', async () => {
    stats.inc('in', 5);
    stats.inc('rejected', 2);
    stats.setLag('articles.raw', 0, 7);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('skytally_stage_events_total{stage="ingest",event="in"} 5');
    expect(text).toContain('skytally_stage_events_total{stage="ingest",event="rejected"} 2');
    expect(text).toContain('skytally_consumer_lag{stage="ingest"} 7');
    expect(text).toContain('skytally_process_resident_memory_bytes');
  });

  it('exposes how long the parts of the batches took, as a histogram per phase', async () => {
    stats.observe('send', 12);
    stats.observe('send', 700);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('skytally_stage_phase_seconds_bucket{le="0.015",stage="ingest",phase="send"} 1');
    expect(text).toContain('skytally_stage_phase_seconds_bucket{le="0.7",stage="ingest",phase="send"} 2');
    expect(text).toContain('skytally_stage_phase_seconds_count{stage="ingest",phase="send"} 2');
  });

  it('binds loopback unless told otherwise', async () => {
    const other = new HealthServer('dedup', new StageStats(), () => ({ ready: true, detail: {} }));
    try {
      await other.listen(0);
      expect((other as unknown as { server: { address(): { address: string } } }).server.address().address).toBe(
        '127.0.0.1',
      );
    } finally {
      await other.close();
    }
    const wide = new HealthServer('dedup', new StageStats(), () => ({ ready: true, detail: {} }));
    try {
      await wide.listen(0, '0.0.0.0');
      expect((wide as unknown as { server: { address(): { address: string } } }).server.address().address).toBe(
        '0.0.0.0',
      );
    } finally {
      await wide.close();
    }
  });

  it('answers 404 elsewhere', async () => {
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
