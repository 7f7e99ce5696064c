/**
 * The loop every stage runs, written once: consume a batch, hand each message
 * to the stage's processor, produce what it returns, and only then commit.
 *
 * Delivery guarantee: at-least-once. Outputs of a batch are acknowledged by
 * the brokers (acks=all, idempotent producer) before the batch's offsets are
 * committed, so a crash can repeat work but never lose it; every stage is
 * idempotent under repetition (stable ids, absolute snapshots).
 *
 * A message that keeps failing is retried `maxAttempts` times, then goes to
 * the dead-letter topic with the error and its origin in headers; the
 * partition moves on. Heartbeats are sent during long batches and restores.
 */
import { type Consumer, type EachBatchPayload, type Kafka, Partitioners, type Producer, type TopicMessages } from 'kafkajs';
import type { Logger } from '@skytally/logger';
import { safeForLog } from '@skytally/text';
import { type Assignment, headersToStrings, type InboundMessage, type OutboundMessage, type StageProcessor } from './messages';
import { StageStats } from './stage-stats';

export interface StageRunnerOptions {
  stage: string;
  groupId: string;
  inputTopics: string[];
  deadLetterTopic: string;
  maxAttempts: number;
  logger: Logger;
  stats?: StageStats;
  statsIntervalMs?: number;
  /** Produce and commit at least this often within a long batch. */
  flushEvery?: number;
  sessionTimeoutMs?: number;
  fromBeginning?: boolean;
}

/**
 * Producer settings every skytally producer uses: idempotent (no duplicates
 * from its own retries), one request in flight (kafkajs needs it for
 * idempotence), and retries without end — a stage waits out a broker restart
 * rather than giving up, since it commits nothing until its output is written.
 */
export const IDEMPOTENT_PRODUCER = {
  idempotent: true,
  maxInFlightRequests: 1,
  createPartitioner: Partitioners.DefaultPartitioner,
  retry: { retries: Number.MAX_SAFE_INTEGER, initialRetryTime: 300, maxRetryTime: 10_000 },
};

export class StageRunner {
  readonly stats: StageStats;
  private consumer?: Consumer;
  private producer?: Producer;
  private pendingRestore: Assignment | null = null;
  private running = false;
  private joined = false;
  private crashed: string | null = null;
  private lastBatchAt: number | null = null;
  private readonly log: Logger;

  constructor(
    private readonly kafka: Kafka,
    private readonly processor: StageProcessor,
    private readonly options: StageRunnerOptions,
  ) {
    this.stats = options.stats ?? new StageStats();
    this.log = options.logger;
  }

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    const { groupId, inputTopics } = this.options;
    this.producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
    this.consumer = this.kafka.consumer({
      groupId,
      sessionTimeout: this.options.sessionTimeoutMs ?? 30_000,
      heartbeatInterval: 3_000,
      maxBytesPerPartition: 4 * 1024 * 1024,
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.joined = true;
      this.crashed = null;
      this.pendingRestore = payload.memberAssignment;
      this.log.info({ assignment: payload.memberAssignment, groupId }, 'partitions assigned');
    });
    this.consumer.on(this.consumer.events.REBALANCING, () => {
      this.joined = false;
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart) this.crashed = payload.error.message;
      this.log.error({ err: payload.error, restart: payload.restart }, 'consumer crashed');
    });
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: inputTopics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      autoCommit: true,
      // Commit whenever asked (after each flush), never on a timer behind our back.
      autoCommitInterval: null,
      autoCommitThreshold: 1,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload),
    });
    this.running = true;
    this.stats.startReporting(this.log, this.options.statsIntervalMs ?? 10_000);
    this.log.info({ groupId, inputTopics }, 'stage started');
  }

  /** Finishes the batch in hand, commits, and disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stats.stopReporting();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.log.info({ stats: this.stats.snapshot() }, 'stage stopped');
  }

  /** Readiness: consuming as a member of the group, not crashed, not stopping. */
  health(): { ready: boolean; detail: Record<string, unknown> } {
    const ready = this.running && this.joined && !this.crashed;
    return { ready, detail: { running: this.running, joined: this.joined, crashed: this.crashed, lastBatchAt: this.lastBatchAt && new Date(this.lastBatchAt).toISOString(), lag: this.stats.totalLag() } };
  }

  /** The producer, for stages that also publish on a timer (aggregate's wall-clock advance). */
  get outputProducer(): Producer | undefined {
    return this.producer;
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale } = payload;
    this.lastBatchAt = Date.now();
    if (this.pendingRestore && this.processor.restore) {
      const assignment = this.pendingRestore;
      this.pendingRestore = null;
      const restored = await this.processor.restore({ assignment, heartbeat });
      await this.send(restored);
    }
    this.pendingRestore = null;

    const flushEvery = this.options.flushEvery ?? 1000;
    let outputs: OutboundMessage[] = [];
    let lastDone: string | null = null;
    const flush = async () => {
      if (this.processor.endBatch) outputs.push(...(await this.processor.endBatch()));
      await this.send(outputs);
      outputs = [];
      if (lastDone !== null) resolveOffset(lastDone);
      await commitOffsetsIfNecessary();
      await heartbeat();
    };

    for (const raw of batch.messages) {
      if (!isRunning() || isStale()) break;
      const message: InboundMessage = {
        topic: batch.topic,
        partition: batch.partition,
        offset: raw.offset,
        key: raw.key,
        value: raw.value,
        headers: headersToStrings(raw.headers),
        timestamp: raw.timestamp,
      };
      this.stats.inc('in');
      outputs.push(...(await this.processWithRetry(message)));
      lastDone = raw.offset;
      if (outputs.length >= flushEvery) await flush();
    }
    await flush();
    this.stats.setLag(batch.topic, batch.partition, Number(batch.offsetLag()));
  }

  private async processWithRetry(message: InboundMessage): Promise<OutboundMessage[]> {
    const { maxAttempts } = this.options;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      try {
        return await this.processor.process(message);
      } catch (err) {
        lastError = err;
        // A message that breaks its contract will break it again: no point retrying.
        if (isPermanent(err)) break;
        this.log.warn(
          { err: errorSummary(err), attempt, maxAttempts, topic: message.topic, partition: message.partition, offset: message.offset },
          'message failed',
        );
        if (attempt < maxAttempts) await delay(Math.min(1000, 50 * 2 ** attempt));
      }
    }
    this.stats.inc('deadLettered');
    this.log.error(
      { err: errorSummary(lastError), topic: message.topic, partition: message.partition, offset: message.offset, deadLetterTopic: this.options.deadLetterTopic },
      'message dead-lettered after retries; partition moves on',
    );
    return [deadLetter(message, lastError, this.options)];
  }

  private async send(outputs: OutboundMessage[]): Promise<void> {
    if (!outputs.length || !this.producer) return;
    const byTopic = new Map<string, TopicMessages>();
    for (const out of coalesce(outputs)) {
      let group = byTopic.get(out.topic);
      if (!group) byTopic.set(out.topic, (group = { topic: out.topic, messages: [] }));
      group.messages.push({ key: out.key, value: out.value, headers: out.headers });
      this.stats.inc(`out:${out.topic}`);
    }
    await this.producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
  }
}

/** Keeps, for messages marked `coalesce`, only the last one per topic and key. */
export function coalesce(outputs: OutboundMessage[]): OutboundMessage[] {
  const lastIndex = new Map<string, number>();
  outputs.forEach((o, i) => {
    if (o.coalesce) lastIndex.set(`${o.topic}\u0000${String(o.key)}`, i);
  });
  return outputs.filter((o, i) => !o.coalesce || lastIndex.get(`${o.topic}\u0000${String(o.key)}`) === i);
}

export function deadLetter(message: InboundMessage, error: unknown, options: Pick<StageRunnerOptions, 'stage' | 'deadLetterTopic' | 'maxAttempts'>): OutboundMessage {
  return {
    topic: options.deadLetterTopic,
    key: message.key,
    value: message.value,
    headers: {
      ...message.headers,
      'skytally-error': safeForLog(errorSummary(error), 1000),
      'skytally-stage': options.stage,
      'skytally-origin-topic': message.topic,
      'skytally-origin-partition': String(message.partition),
      'skytally-origin-offset': message.offset,
      'skytally-attempts': String(options.maxAttempts),
    },
  };
}

function isPermanent(err: unknown): boolean {
  return err instanceof Error && err.name === 'ContractViolation';
}

function errorSummary(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
