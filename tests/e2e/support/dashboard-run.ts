/**
 * The real pipeline plus the dashboard, for the browser test: the four
 * stages and the dashboard as processes on the test broker, on topics of
 * their own (PipelineHarness), the dashboard on a port picked once so that it
 * can be restarted where the browser expects it.
 *
 * SKYTALLY_E2E_DIST_DIR runs the services from another build than dist/
 * (inside the repository), as the chaos run can.
 */
import { join, resolve } from 'node:path';
import { pickFreePort } from '@skytally/broker';
import { type ServiceProcess, type StageName, repoRoot, startService, stopServices } from '@skytally/pipeline';
import { PipelineHarness } from '../../integration/harness/pipeline.harness';

const STAGES: StageName[] = ['ingest', 'dedup', 'extract', 'aggregate'];

export class DashboardRun {
  readonly pipeline = new PipelineHarness();
  private stages: ServiceProcess[] = [];
  private dashboard?: ServiceProcess;
  private port = 0;
  private starts = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    await this.pipeline.setup();
    this.port = await pickFreePort();
    this.stages = await Promise.all(
      STAGES.map((stage) => startService(stage, this.options(), join(this.pipeline.logDir, stage))),
    );
    await this.startDashboard();
  }

  async startDashboard(): Promise<ServiceProcess> {
    this.dashboard = await startService(
      'dashboard',
      this.options(),
      join(this.pipeline.logDir, `dashboard-${++this.starts}`),
    );
    return this.dashboard;
  }

  /** SIGTERM, as a supervisor stops it; resolves with its exit code once it has exited. */
  async stopDashboard(): Promise<number | null> {
    const dashboard = this.dashboard;
    if (!dashboard) return null;
    await stopServices([dashboard]);
    this.dashboard = undefined;
    return dashboard.child.exitCode;
  }

  async stop(): Promise<void> {
    await stopServices([...this.stages, ...(this.dashboard ? [this.dashboard] : [])]);
    await this.pipeline.teardown();
  }

  private options() {
    return {
      env: {
        ...process.env,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS,
        SKYTALLY_TOPIC_PREFIX: this.pipeline.prefix,
        SKYTALLY_DASHBOARD_PORT: String(this.port),
        SKYTALLY_DASHBOARD_HOST: '127.0.0.1',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      },
      distDir: process.env.SKYTALLY_E2E_DIST_DIR ? resolve(repoRoot(), process.env.SKYTALLY_E2E_DIST_DIR) : undefined,
      readyTimeoutMs: 90_000,
    };
  }
}
