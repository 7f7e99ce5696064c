/**
 * A small HTTP endpoint per service, for orchestrators and Prometheus:
 *
 *   GET /health/live   200 while the process's event loop turns
 *   GET /health/ready  200 once the consumer has joined its group and is
 *                      running; 503 before that, after a fatal crash, or
 *                      while shutting down (body: the state as JSON)
 *   GET /metrics       Prometheus text format: the stage's counters
 *                      (skytally_stage_events_total{stage,event}), consumer
 *                      lag, how long the parts of its batches take
 *                      (skytally_stage_phase_seconds{stage,phase}), and
 *                      Node's process metrics
 *
 * Plain node:http rather than a Nest HTTP app: a microservice has no HTTP
 * adapter, and three routes don't justify a hybrid application.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { PHASE_BUCKETS_MS } from '../phase-timings';
import type { StageStats } from '../stage-stats';

export interface HealthState {
  ready: boolean;
  detail: Record<string, unknown>;
}

export class HealthServer {
  private server?: Server;
  readonly registry = new Registry();

  constructor(
    private readonly stage: string,
    private readonly stats: StageStats,
    private readonly state: () => HealthState,
  ) {
    collectDefaultMetrics({ register: this.registry, prefix: 'skytally_' });
    const counters = this.stats;
    new Counter({
      name: 'skytally_stage_events_total',
      help: 'Events a stage has counted since it started (in, out per topic, rejected, duplicates, claims, dead-lettered…)',
      labelNames: ['stage', 'event'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [event, value] of Object.entries(counters.snapshot()))
          if (event !== 'lag') this.inc({ stage, event }, value);
      },
    });
    const phases = new Histogram({
      name: 'skytally_stage_phase_seconds',
      help: "How long each part of the stage's batches took (phase: age of a batch's first record, batch, wait, process, end, send, commit)",
      labelNames: ['stage', 'phase'],
      buckets: PHASE_BUCKETS_MS.map((ms) => ms / 1000),
      registers: [this.registry],
    });
    this.stats.onTiming((phase, ms) => phases.observe({ stage, phase }, ms / 1000));
    new Gauge({
      name: 'skytally_consumer_lag',
      help: 'Messages behind the end of the input partitions, as of the last batch',
      labelNames: ['stage'],
      registers: [this.registry],
      collect() {
        this.set({ stage }, counters.totalLag());
      },
    });
  }

  /**
   * Listens on host:port (port 0: a free one) and resolves with the port. Loopback by default
   * (SKYTALLY_HEALTH_HOST): metrics name topics and stages, which is nobody else's business
   * unless the operator says so with 0.0.0.0 or an interface address.
   */
  async listen(port: number, host = '127.0.0.1'): Promise<number> {
    this.server = createServer((req, res) => {
      void this.route(req.url ?? '/').then(({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type });
        res.end(body);
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server!.once('error', reject);
      this.server!.listen(port, host, () => resolve());
    });
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async route(url: string): Promise<{ status: number; type: string; body: string }> {
    const json = 'application/json';
    if (url === '/health/live')
      return { status: 200, type: json, body: JSON.stringify({ status: 'up', stage: this.stage }) };
    if (url === '/health/ready') {
      const state = this.state();
      return {
        status: state.ready ? 200 : 503,
        type: json,
        body: JSON.stringify({ status: state.ready ? 'ready' : 'not ready', stage: this.stage, ...state.detail }),
      };
    }
    if (url === '/metrics')
      return { status: 200, type: this.registry.contentType, body: await this.registry.metrics() };
    return {
      status: 404,
      type: json,
      body: JSON.stringify({ error: 'not found', routes: ['/health/live', '/health/ready', '/metrics'] }),
    };
  }
}
