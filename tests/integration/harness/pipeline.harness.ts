/**
 * Runs the real pipeline for a test: the four built services as processes on
 * the test broker (KAFKA_BROKERS, set by the global setup), on topics with a
 * prefix of their own, plus helpers to feed articles and read results.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Admin, Kafka, type Message, logLevel } from 'kafkajs';
import { type Snapshot, type TopicNames, topicNames } from '@skytally/contracts';
import { parseConfig } from '@skytally/config';
import { IDEMPOTENT_PRODUCER, ensureTopics } from '@skytally/kafka';
import { type ServiceProcess, type StageName, pipelineLag, startService, stopServices } from '@skytally/pipeline';

/** The JSON value of a message read back (a tombstone fails the test: none is expected where this is used). */
export function jsonValue<T>(message: { value: string | null }): T {
  if (message.value === null) throw new Error('expected a JSON value, got a message without one');
  return JSON.parse(message.value) as T;
}

/** The one item of `items`: fails the test (naming `what`) unless there is exactly one. */
export function onlyOne<T>(items: readonly T[], what: string): T {
  const [item] = items;
  if (items.length !== 1 || item === undefined) throw new Error(`expected exactly one ${what}, got ${items.length}`);
  return item;
}

/** Session timeout of the services the harness starts (the chaos run uses the same). */
export const TEST_SESSION_TIMEOUT_MS = 6_000;

export class PipelineHarness {
  readonly prefix = `t${randomUUID().slice(0, 8)}.`;
  readonly topics: TopicNames = topicNames(this.prefix);
  readonly kafka: Kafka;
  readonly admin: Admin;
  readonly logDir = mkdtempSync(join(tmpdir(), 'skytally-it-'));
  private readonly services = new Map<string, ServiceProcess>();
  private readonly env: NodeJS.ProcessEnv;

  constructor(extraEnv: Record<string, string> = {}) {
    const brokers = process.env.KAFKA_BROKERS;
    if (!brokers)
      throw new Error(
        'KAFKA_BROKERS is not set: run integration tests through jest (the global setup starts a broker)',
      );
    this.kafka = new Kafka({ clientId: 'skytally-test', brokers: brokers.split(','), logLevel: logLevel.NOTHING });
    this.admin = this.kafka.admin();
    this.env = {
      ...process.env,
      KAFKA_BROKERS: brokers,
      SKYTALLY_TOPIC_PREFIX: this.prefix,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      SKYTALLY_STATS_INTERVAL_MS: '2000',
      // The broker's shortest allowed session (group.min.session.timeout.ms): a stage started after a
      // SIGKILL joins once the dead member's session ends, 6 s instead of the services' default 30 s.
      SKYTALLY_SESSION_TIMEOUT_MS: String(TEST_SESSION_TIMEOUT_MS),
      ...extraEnv,
    };
  }

  async setup(): Promise<void> {
    await this.admin.connect();
    await ensureTopics(
      this.admin,
      parseConfig({ KAFKA_BROKERS: process.env.KAFKA_BROKERS, SKYTALLY_TOPIC_PREFIX: this.prefix }),
    );
  }

  /** Starts a stage; `name` lets a test run two instances of one stage. */
  async start(stage: StageName, name: string = stage): Promise<ServiceProcess> {
    const service = await startService(stage, { env: this.env, readyTimeoutMs: 90_000 }, join(this.logDir, name));
    this.services.set(name, service);
    return service;
  }

  async startAll(): Promise<void> {
    await Promise.all((['ingest', 'dedup', 'extract', 'aggregate'] as const).map((s) => this.start(s)));
  }

  kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const service = this.services.get(name);
    if (!service) throw new Error(`no service ${name}`);
    return new Promise((resolve) => {
      if (service.child.exitCode !== null || service.child.signalCode !== null) return resolve();
      service.child.once('exit', () => resolve());
      service.child.kill(signal);
    });
  }

  /** The partitions of `topic` a service was last assigned, from its own log. */
  assignedPartitions(name: string, topic: string): number[] {
    const service = this.services.get(name);
    if (!service) throw new Error(`no service ${name}`);
    const lines = readFileSync(service.logFile, 'utf8')
      .split('\n')
      .filter((l) => l.includes('"msg":"partitions assigned"'));
    const last = lines.at(-1);
    if (!last) return [];
    const { assignment } = JSON.parse(last) as { assignment: Record<string, number[]> };
    return assignment[topic] ?? [];
  }

  /**
   * Writes `messages` to articles.raw, each exactly once. Idempotent: on a topic just created, a
   * send can fail for one partition ("not the leader") after the others took their share, and a
   * plain producer's retry wrote those again (seen: 5,332 raw messages for 5,000 fed, 2 of 3
   * partitions' share of one send, which the shutdown test took for repeated outputs).
   */
  async feed(messages: { key?: string | null; value: string | Buffer | null }[]): Promise<void> {
    const producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
    await producer.connect();
    for (let i = 0; i < messages.length; i += 500) {
      await producer.send({
        topic: this.topics.raw,
        messages: messages.slice(i, i + 500).map((m) => ({ key: m.key ?? null, value: m.value })),
      });
    }
    await producer.disconnect();
  }

  /** Sends `messages` to `topic` as they are (keys, partitions, headers), acknowledged by every replica, once (see feed). */
  async send(topic: string, messages: Message[]): Promise<void> {
    const producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
    await producer.connect();
    try {
      await producer.send({ topic, acks: -1, messages });
    } finally {
      await producer.disconnect();
    }
  }

  /** Waits until the stages (default: all) have committed everything before them (see drain-monitor). */
  async drained(timeoutMs = 120_000, stages: StageName[] = ['ingest', 'dedup', 'extract', 'aggregate']): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let clean = 0;
    let lag: Record<string, number> = {};
    while (clean < 2) {
      if (Date.now() > deadline)
        throw new Error(`pipeline did not drain: ${JSON.stringify(lag)}; logs in ${this.logDir}`);
      const all = await pipelineLag(this.admin, this.prefix, this.topics);
      lag = Object.fromEntries(stages.map((s) => [s, all[s]]));
      clean = Object.values(lag).every((n) => n === 0) ? clean + 1 : 0;
      await new Promise((r) => setTimeout(r, 300));
    }
  }

  /** Every message of a topic, read from the beginning to its current end. */
  async readAll(
    topic: string,
  ): Promise<{ key: string | null; value: string | null; partition: number; headers: Record<string, string> }[]> {
    const { readTopicToEnd } = await import('@skytally/kafka');
    const out: { key: string | null; value: string | null; partition: number; headers: Record<string, string> }[] = [];
    await readTopicToEnd(this.kafka, topic, {
      onMessage: (m, partition) =>
        out.push({
          key: m.key?.toString() ?? null,
          value: m.value?.toString() ?? null,
          partition,
          headers: Object.fromEntries(Object.entries(m.headers ?? {}).map(([k, v]) => [k, String(v)])),
        }),
    });
    return out;
  }

  /** The latest snapshot per key on interceptions.rolling, as a compacted-topic reader sees it. */
  async latestSnapshots(): Promise<Map<string, Snapshot>> {
    const latest = new Map<string, Snapshot>();
    const byPartitionOrder = await this.readAll(this.topics.rolling);
    for (const m of byPartitionOrder) if (m.key && m.value) latest.set(m.key, JSON.parse(m.value) as Snapshot);
    return latest;
  }

  async teardown(): Promise<void> {
    await stopServices([...this.services.values()]);
    await this.admin.disconnect();
  }
}
