/**
 * The system under test, as the chaos run drives it: one local broker of its
 * own (a temp state dir, so killing it hurts nobody else) and the four
 * services as real processes, supervised the way systemd or Kubernetes would:
 * a process that dies unplanned is started again. Every pid here is one this
 * module spawned; nothing else is ever signalled.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type LocalBroker,
  killLocalBroker,
  nodeDir,
  restartLocalBroker,
  startLocalBroker,
  startLocalCluster,
  stopLocalBroker,
  stopLocalCluster,
} from '@skytally/broker';
import { type ServiceProcess, type StageName, repoRoot, startService, stopServices } from '@skytally/pipeline';
import { childEnv } from '@skytally/config';

export interface Instance {
  name: string;
  stage: StageName;
  service?: ServiceProcess;
  /** Set while the chaos run means it to be down (killed, being replaced, scaled away). */
  planned: boolean;
  starting?: Promise<void>;
}

export class ChaosCluster {
  readonly stateDir = mkdtempSync(join(tmpdir(), 'skytally-chaos-broker-'));
  readonly logDir = mkdtempSync(join(tmpdir(), 'skytally-chaos-logs-'));
  brokers = '';
  /** The services run from a private copy of dist/, so a rebuild during the run cannot break a restart. */
  readonly distDir: string;
  unplannedExits = 0;
  private broker?: LocalBroker;
  private readonly instances = new Map<string, Instance>();
  private closing = false;

  constructor(
    private readonly env: Record<string, string>,
    private readonly log: (line: string) => void,
    /** 1: one broker; 3: a local KRaft cluster (libs/broker startLocalCluster). */
    readonly brokerCount = 1,
  ) {
    const scratch = join(repoRoot(), '.skytally', 'chaos');
    mkdirSync(scratch, { recursive: true });
    this.distDir = mkdtempSync(join(scratch, 'dist-'));
    cpSync(join(repoRoot(), 'dist'), this.distDir, { recursive: true });
  }

  async startBroker(): Promise<void> {
    if (this.brokerCount > 1) {
      this.brokers = (
        await startLocalCluster({ stateDir: this.stateDir, brokers: this.brokerCount, timeoutMs: 180_000 })
      ).brokers;
      return;
    }
    this.broker = await startLocalBroker({ stateDir: this.stateDir, heapMb: 512, timeoutMs: 120_000 });
    this.brokers = this.broker.brokers;
  }

  /** Cluster: stops node `nodeId` with `signal` and starts it again on its data, ports and id. */
  async restartNode(nodeId: number, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    const dir = nodeDir(this.stateDir, nodeId);
    await killLocalBroker(dir, signal);
    await startLocalBroker({ stateDir: dir, timeoutMs: 120_000 });
  }

  /** Stops the broker with `signal` and starts it again on the same data and port. */
  async restartBroker(signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
    this.broker = await restartLocalBroker(this.stateDir, { signal, timeoutMs: 120_000 });
    if (this.broker.brokers !== this.brokers)
      throw new Error(`broker came back on ${this.broker.brokers}, not ${this.brokers}`);
  }

  list(stage?: StageName): Instance[] {
    return [...this.instances.values()].filter((i) => !stage || i.stage === stage);
  }

  async start(stage: StageName, name: string): Promise<Instance> {
    const instance: Instance = this.instances.get(name) ?? { name, stage, planned: false };
    this.instances.set(name, instance);
    instance.planned = false;
    await this.spawn(instance);
    return instance;
  }

  /** Sends `signal` to one instance; for SIGKILL/SIGTERM waits for it to exit. */
  async signal(name: string, signal: NodeJS.Signals): Promise<void> {
    const instance = this.instances.get(name);
    const child = instance?.service?.child;
    if (!instance || !child || child.exitCode !== null || child.signalCode !== null)
      throw new Error(`${name} is not running`);
    if (signal === 'SIGSTOP' || signal === 'SIGCONT') {
      child.kill(signal);
      return;
    }
    instance.planned = true;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill(signal);
    });
  }

  /** SIGKILL, then start the same instance again at once, as a supervisor would. */
  async crashAndRestart(name: string): Promise<void> {
    await this.signal(name, 'SIGKILL');
    const instance = this.instances.get(name)!;
    instance.planned = false;
    await this.spawn(instance);
  }

  /** Graceful removal (scale down): SIGTERM, and it stays down. */
  async remove(name: string): Promise<number | null> {
    const instance = this.instances.get(name);
    if (!instance?.service) throw new Error(`no instance ${name}`);
    const child = instance.service.child;
    await this.signal(name, 'SIGTERM');
    this.instances.delete(name);
    return child.exitCode;
  }

  /** True once every instance is up and has said "ready". */
  allReady(): boolean {
    return this.list().every(
      (i) => !i.starting && i.service && i.service.child.exitCode === null && i.service.child.signalCode === null,
    );
  }

  async close(keepState: boolean): Promise<void> {
    this.closing = true;
    await stopServices(this.list().flatMap((i) => (i.service ? [i.service] : [])));
    if (this.brokerCount > 1) await stopLocalCluster(this.stateDir, 10_000).catch(() => undefined);
    else await stopLocalBroker(this.stateDir).catch(() => undefined);
    if (!keepState) rmSync(this.stateDir, { recursive: true, force: true });
    rmSync(this.distDir, { recursive: true, force: true });
  }

  private spawn(instance: Instance): Promise<void> {
    const starting = (async () => {
      // A start can fail while the broker is away (topic set-up gives up): try again.
      for (let attempt = 1; ; attempt++) {
        try {
          const service = await startService(
            instance.stage,
            {
              env: childEnv({ ...this.env, KAFKA_BROKERS: this.brokers }),
              readyTimeoutMs: 120_000,
              distDir: this.distDir,
            },
            join(this.logDir, instance.name),
          );
          instance.service = service;
          service.child.once('exit', (code, signal) => this.onExit(instance, service, code, signal));
          return;
        } catch (err) {
          if (this.closing || attempt >= 10) throw err;
          this.log(
            `  ${instance.name} failed to start (attempt ${attempt}): ${(err as Error).message.split('\n')[0]}; retrying`,
          );
          await new Promise((r) => setTimeout(r, 2_000));
        }
      }
    })();
    instance.starting = starting;
    return starting.finally(() => {
      if (instance.starting === starting) instance.starting = undefined;
    });
  }

  private onExit(
    instance: Instance,
    service: ServiceProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): void {
    if (this.closing || instance.planned || instance.service !== service || !this.instances.has(instance.name)) return;
    this.unplannedExits++;
    this.log(`  ${instance.name} exited unplanned (${signal ?? code}); the supervisor starts it again`);
    void this.spawn(instance).catch((err) =>
      this.log(`  ${instance.name} could not be restarted: ${(err as Error).message}`),
    );
  }
}
