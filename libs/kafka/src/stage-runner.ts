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
 *
 * Faults (see README, "Faults and guarantees"): a failing batch is always
 * handed back to kafkajs as retriable, so the consumer restarts and rejoins
 * instead of dying; a producer the broker no longer accepts is replaced; a
 * restore that failed is tried again; and a member that was stalled past its
 * session (a zombie) finds out from a heartbeat before it writes anything.
 */
import {
  type Batch,
  type Consumer,
  type EachBatchPayload,
  type Kafka,
  KafkaJSError,
  type KafkaMessage,
  Partitioners,
  type Producer,
  type TopicMessages,
} from 'kafkajs';
import { ContractViolation } from '@skytally/contracts';
import type { Logger } from '@skytally/logger';
import { safeForLog } from '@skytally/text';
import {
  type Assignment,
  headersToStrings,
  type InboundMessage,
  type MessageFailed,
  type MessageResult,
  type OutboundMessage,
  type StageProcessor,
} from './messages';
import { FlushGroup } from './flush-group';
import type { Phase } from './phase-timings';
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
  /**
   * Produce and commit once the flush group holds this many outputs (a handed-on
   * batch's included), and at the end of a batch no other waits behind. Default 1,000.
   */
  flushEvery?: number;
  /**
   * Produce and commit, too, once this many ms have passed since the batch's
   * last flush (checked between slices). Default FLUSH_AFTER_MS.
   */
  flushAfterMs?: number;
  /** How many messages of a batch go to processBatch in one call. Default 100. */
  sliceSize?: number;
  /** The consumer's fetch settings; RUNNER_FETCH by default. */
  fetch?: FetchSettings;
  /**
   * How many of a fetch's batches kafkajs hands over at once
   * (`partitionsConsumedConcurrently`). They still take turns with the
   * stage's state, and flush together (FlushGroup). Default BATCH_CONCURRENCY.
   */
  batchConcurrency?: number;
  sessionTimeoutMs?: number;
  fromBeginning?: boolean;
  /** How often the processor's punctuate() (and a pending restore) runs between batches. Default 5 s. */
  punctuateEveryMs?: number;
  /**
   * Called when the consumer has crashed for good (kafkajs will not restart
   * it). The process is then alive but does nothing; the service exits so
   * that whatever supervises it starts a fresh one.
   */
  onFatal?: (error: Error) => void;
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

/** How much a fetch asks for, and how long the broker may wait to gather it. */
export interface FetchSettings {
  minBytes: number;
  maxWaitTimeInMs: number;
  maxBytesPerPartition: number;
}

/**
 * The fetch every stage (and the benchmark's relay) uses. A broker answers a
 * fetch as soon as it has `minBytes` or `maxWaitTimeInMs` has passed: at
 * 64 KiB (≈17 articles) a busy stage gets batches instead of a few messages
 * per round trip, which saved 18 % of the relay's CPU at the same latency
 * (BENCHMARKS.md, runner settings), while a quiet one waits at most 50 ms.
 * 4 MiB per partition: a full slice (1,000 articles of ≈3.7 KB) per fetch.
 */
export const RUNNER_FETCH: FetchSettings = {
  minBytes: 64 * 1024,
  maxWaitTimeInMs: 50,
  maxBytesPerPartition: 4 * 1024 * 1024,
};

/** What the runner needs of a kafkajs client (a fake one in the runner's spec). */
export type KafkaClient = Pick<Kafka, 'producer' | 'consumer'>;

/** Why a message was dead-lettered without retries: its handler rejected it (Outcome `reject`). */
export class MessageRejected extends Error {
  constructor(
    readonly reason: string,
    readonly detail?: string,
  ) {
    super(detail === undefined ? reason : `${reason}: ${detail}`);
    this.name = 'MessageRejected';
  }
}

export class StageRunner {
  readonly stats: StageStats;
  private consumer?: Consumer;
  private producer?: Producer;
  private pendingRestore: Assignment | null = null;
  private running = false;
  private joined = false;
  private crashed: string | null = null;
  private lastBatchAt: number | null = null;
  /** This member's id in the group, from the last join: what the scheduled path fences on. */
  private memberId: string | null = null;
  private scheduleTimer?: NodeJS.Timeout;
  /** Batches and scheduled runs take turns: the processor's state is never touched by two at once. */
  private readonly turn = new Turn();
  /** A scheduled run holds (or waits for) the turn: batches heartbeat while they wait for it. */
  private scheduledRunning = false;
  /** Batches waiting for the turn: a batch that ends while one waits hands its flush on to it. */
  private batchesQueued = 0;
  /** What the last batch handed on, for the next one to flush with its own. */
  private handedOn: FlushGroup<OutboundMessage> | null = null;
  private readonly log: Logger;

  constructor(
    private readonly kafka: KafkaClient,
    private readonly processor: StageProcessor,
    private readonly options: StageRunnerOptions,
  ) {
    if (!processor.process && !processor.processBatch)
      throw new Error(`stage ${options.stage}: the processor has neither process nor processBatch`);
    this.stats = options.stats ?? new StageStats();
    this.log = options.logger;
  }

  get isRunning(): boolean {
    return this.running;
  }

  async start(): Promise<void> {
    const { groupId, inputTopics } = this.options;
    this.producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
    const sessionTimeout = this.options.sessionTimeoutMs ?? 30_000;
    this.consumer = this.kafka.consumer({
      groupId,
      sessionTimeout,
      // A third of the session at most, so one lost heartbeat does not cost the membership.
      heartbeatInterval: Math.min(3_000, Math.floor(sessionTimeout / 3)),
      ...(this.options.fetch ?? RUNNER_FETCH),
    });
    this.consumer.on(this.consumer.events.GROUP_JOIN, ({ payload }) => {
      this.joined = true;
      this.crashed = null;
      this.memberId = payload.memberId;
      this.pendingRestore = payload.memberAssignment;
      this.notifyRebalance();
      this.log.info({ assignment: payload.memberAssignment, groupId }, 'partitions assigned');
      // Restore now, not when (if ever) the first message comes.
      if (this.processor.restore) setTimeout(() => void this.runScheduled(), 0).unref();
    });
    this.consumer.on(this.consumer.events.REBALANCING, () => {
      this.joined = false;
      this.notifyRebalance();
    });
    this.consumer.on(this.consumer.events.CRASH, ({ payload }) => {
      this.log.error(
        { err: errorSummary(payload.error), restart: payload.restart },
        payload.restart ? 'consumer failed; kafkajs restarts it' : 'consumer crashed for good',
      );
      if (!payload.restart) {
        this.crashed = payload.error.message;
        if (this.running) this.options.onFatal?.(payload.error);
      }
    });
    await this.producer.connect();
    await this.consumer.connect();
    await this.consumer.subscribe({ topics: inputTopics, fromBeginning: this.options.fromBeginning ?? true });
    await this.consumer.run({
      partitionsConsumedConcurrently: this.options.batchConcurrency ?? BATCH_CONCURRENCY,
      autoCommit: true,
      // Commit whenever asked (after each flush), never on a timer behind our back.
      autoCommitInterval: null,
      autoCommitThreshold: 1,
      eachBatchAutoResolve: false,
      eachBatch: (payload) => this.handleBatch(payload).catch((err: unknown) => Promise.reject(asRetriable(err))),
    });
    this.running = true;
    if (this.processor.punctuate || this.processor.restore) {
      this.scheduleTimer = setInterval(() => void this.runScheduled(), this.options.punctuateEveryMs ?? 5_000);
      this.scheduleTimer.unref();
    }
    this.stats.startReporting(this.log, this.options.statsIntervalMs ?? 10_000);
    this.log.info({ groupId, inputTopics }, 'stage started');
  }

  /** Finishes the batch in hand, commits, and disconnects. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    if (this.scheduleTimer) clearInterval(this.scheduleTimer);
    this.stats.stopReporting();
    await this.consumer?.disconnect();
    await this.producer?.disconnect();
    this.log.info({ stats: this.stats.snapshot() }, 'stage stopped');
  }

  /** Readiness: consuming as a member of the group, not crashed, not stopping. */
  health(): { ready: boolean; detail: Record<string, unknown> } {
    const ready = this.running && this.joined && !this.crashed;
    return {
      ready,
      detail: {
        running: this.running,
        joined: this.joined,
        crashed: this.crashed,
        lastBatchAt: this.lastBatchAt && new Date(this.lastBatchAt).toISOString(),
        lag: this.stats.totalLag(),
      },
    };
  }

  /**
   * The scheduled path: a restore still pending after an assignment, then the
   * processor's punctuate(). It waits its turn with batches, and writes only
   * while the group still lists this member with its assignment (describeGroup:
   * outside eachBatch there is no heartbeat to fence on). A run that finds a
   * batch under way is skipped: the batch does the same work.
   */
  async runScheduled(): Promise<void> {
    if (!this.running || !this.joined || this.turn.busy) return;
    this.scheduledRunning = true;
    await this.turn
      .take(async () => {
        if (!this.running || !this.joined) return;
        const fence = throttle(() => this.assertMember(), 3_000);
        if (this.pendingRestore && this.processor.restore) await this.restore(fence);
        if (!this.processor.punctuate) return;
        const outputs = await this.processor.punctuate(Date.now());
        if (!outputs.length) return;
        await this.assertMember();
        await this.send(outputs);
        await this.processor.acknowledged?.();
      })
      .catch((err: unknown) =>
        this.log.warn({ err: errorSummary(err) }, 'scheduled run failed; it is tried again on the next one'),
      )
      .finally(() => (this.scheduledRunning = false));
  }

  private async restore(heartbeat: () => Promise<void>): Promise<void> {
    const assignment = this.pendingRestore!;
    const restored = await this.processor.restore!({ assignment, heartbeat });
    // Still a member? A restore can outlast a session (broker restart, a stall).
    await heartbeat();
    await this.send(restored);
    await this.processor.acknowledged?.();
    // Cleared only once done: a restore that failed (the broker went away
    // mid-read) must run again before the next batch is applied to a
    // half-built state — clearing it up front lost counts.
    if (this.pendingRestore === assignment) this.pendingRestore = null;
  }

  /** Throws unless the group is stable with this member in it (the scheduled path's fence). */
  private async assertMember(): Promise<void> {
    const group = await this.consumer!.describeGroup();
    if (group.state !== 'Stable' || !this.memberId || !group.members.some((m) => m.memberId === this.memberId)) {
      throw new KafkaJSError(`not a stable member of ${this.options.groupId} (group ${group.state}); writing nothing`, {
        retriable: true,
      });
    }
  }

  private notifyRebalance(): void {
    Promise.resolve(this.processor.onRebalance?.()).catch((err: unknown) =>
      this.log.warn({ err: errorSummary(err) }, 'rebalance hook failed'),
    );
  }

  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const started = performance.now();
    const first = payload.batch.messages[0];
    if (first) this.stats.observe('age', Date.now() - Number(first.timestamp));
    // A scheduled run (a restore, say) may hold the turn: keep the membership alive while waiting.
    // (Another batch holding it heartbeats for the group itself.)
    while (this.scheduledRunning) {
      await payload.heartbeat();
      await delay(100);
    }
    this.batchesQueued++;
    const handedOn = await this.turn.take(() => {
      this.batchesQueued--;
      this.timeSince('wait', started);
      return this.processBatch(payload);
    });
    // Outside the turn, so that the batch it was handed to can run.
    if (handedOn) await handedOn.flushed;
    this.timeSince('batch', started);
  }

  /**
   * Runs a batch through the processor and flushes; or, when another batch
   * waits for the turn, hands its outputs and offset on to that one
   * (FlushGroup) and returns what to wait for.
   */
  private async processBatch(payload: EachBatchPayload): Promise<{ flushed: Promise<void> } | undefined> {
    const { batch } = payload;
    const heartbeat = () => payload.heartbeat();
    this.lastBatchAt = Date.now();
    // Outputs and offsets of the batches before this one in the fetch, if they handed on.
    let group = this.handedOn ?? new FlushGroup<OutboundMessage>();
    this.handedOn = null;
    try {
      if (this.pendingRestore && this.processor.restore) await this.restore(heartbeat);
      else this.pendingRestore = null;

      const flushEvery = this.options.flushEvery ?? 1000;
      const flushAfterMs = this.options.flushAfterMs ?? FLUSH_AFTER_MS;
      let lastFlushAt = performance.now();
      let lastDone: string | null = null;
      const flush = async () => {
        const { outputs } = group;
        if (this.processor.endBatch) {
          const ending = performance.now();
          append(outputs, await this.processor.endBatch());
          this.timeSince('end', ending);
        }
        // Fence for zombies: a process stopped (SIGSTOP, a long GC, a frozen VM)
        // past its session has lost its partitions to another member. kafkajs
        // only heartbeats between batches, so without this it would write the
        // outputs of a batch someone else now owns — for aggregate, stale
        // absolute snapshots over fresh ones. A heartbeat that fails with a
        // rebalance error aborts the batch before anything is written.
        // (It is throttled to heartbeatInterval, so it costs nothing per flush.)
        await heartbeat();
        if (outputs.length) {
          const sending = performance.now();
          await this.send(outputs);
          this.timeSince('send', sending);
        }
        await this.processor.acknowledged?.();
        group.resolveOffsets();
        if (lastDone !== null) payload.resolveOffset(lastDone);
        const committing = performance.now();
        await payload.commitOffsetsIfNecessary();
        this.timeSince('commit', committing);
        group.release();
        group = new FlushGroup<OutboundMessage>();
        await heartbeat();
        lastFlushAt = performance.now();
      };

      // One dispatch into the stage per slice; a heartbeat between slices
      // (kafkajs sends one only once heartbeatInterval has passed) keeps the
      // membership through a long batch — a stage's handler runs without
      // yielding, and 1,000 dedup articles on a loaded machine outlast a short
      // session. Produced and committed every flushEvery outputs or flushAfterMs,
      // and at the end.
      const sliceSize = this.options.sliceSize ?? 100;
      let processMs = 0;
      for (let start = 0; start < batch.messages.length; start += sliceSize) {
        if (!payload.isRunning() || payload.isStale()) break;
        if (start > 0) await heartbeat();
        const slice = batch.messages.slice(start, start + sliceSize).map((raw) => inbound(batch, raw));
        this.stats.inc('in', slice.length);
        const processing = performance.now();
        append(group.outputs, await this.processSlice(slice));
        processMs += performance.now() - processing;
        lastDone = slice[slice.length - 1]?.offset ?? lastDone;
        if (group.outputs.length >= flushEvery || performance.now() - lastFlushAt >= flushAfterMs) await flush();
      }
      this.stats.observe('process', processMs);
      this.stats.setLag(batch.topic, batch.partition, Number(batch.offsetLag()));
      if (this.batchesQueued > 0) {
        // Another batch of the fetch waits for the turn: it flushes for both.
        const done = lastDone;
        const flushed = group.handOn(done === null ? null : () => payload.resolveOffset(done));
        this.handedOn = group;
        return { flushed };
      }
      await flush();
      return undefined;
    } catch (err) {
      // Nothing of the group was committed: the batches that handed on are fetched again too.
      group.fail(err);
      throw err;
    }
  }

  /** Records the time since `start` (a performance.now()) as one of `phase`'s. */
  private timeSince(phase: Phase, start: number): void {
    this.stats.observe(phase, performance.now() - start);
  }

  /** One dispatch for the slice; if it throws, each message on its own with retries. */
  private async processSlice(messages: InboundMessage[]): Promise<OutboundMessage[]> {
    const outputs: OutboundMessage[] = [];
    if (this.processor.processBatch) {
      let results: readonly MessageResult[] | null = null;
      try {
        results = await this.processor.processBatch(messages);
        if (results.length !== messages.length)
          throw new Error(`processBatch returned ${results.length} results for ${messages.length} messages`);
      } catch (err) {
        const first = messages[0];
        this.log.warn(
          { err: errorSummary(err), topic: first?.topic, partition: first?.partition, offset: first?.offset },
          'batch failed; retrying its messages one by one',
        );
      }
      if (results) {
        for (let i = 0; i < messages.length; i++) {
          // Same length, checked above.
          const message = messages[i] as InboundMessage;
          const result = results[i] as MessageResult;
          if (isFailed(result) && !(result.error instanceof ContractViolation))
            append(outputs, await this.processWithRetry(message, result.error));
          else append(outputs, this.settle(message, result));
        }
        return outputs;
      }
    }
    for (const message of messages) append(outputs, await this.processWithRetry(message));
    return outputs;
  }

  private async processOne(message: InboundMessage): Promise<MessageResult> {
    if (this.processor.process) return this.processor.process(message);
    if (!this.processor.processBatch) throw new Error('the processor has neither process nor processBatch');
    const [result] = await this.processor.processBatch([message]);
    if (result === undefined) throw new Error('processBatch returned no result for a message');
    // A handler that reports its own failure is retried like one that throws.
    if (isFailed(result)) throw result.error;
    return result;
  }

  /**
   * The outputs a handler's result stands for: its list, an emit's values,
   * nothing for a drop, a dead letter at once for a reject or a contract
   * violation (retrying cannot change the answer).
   */
  private settle(message: InboundMessage, result: MessageResult): readonly OutboundMessage[] {
    if (isOutputList(result)) return result;
    switch (result.kind) {
      case 'failed':
        if (!(result.error instanceof ContractViolation)) throw result.error;
        this.stats.inc('rejected:contract_violation');
        return [this.deadLetterNow(message, result.error, 1)];
      case 'emit':
        return result.values;
      case 'drop':
        this.stats.inc(`dropped:${result.reason}`);
        return [];
      case 'reject':
        this.stats.inc(`rejected:${result.reason}`);
        return [this.deadLetterNow(message, new MessageRejected(result.reason, result.detail), 1)];
    }
  }

  /** `firstError`: the message already failed once (in its batch), which counts as its first attempt. */
  private async processWithRetry(message: InboundMessage, firstError?: unknown): Promise<readonly OutboundMessage[]> {
    const { maxAttempts } = this.options;
    let lastError: unknown = firstError;
    let attempts = firstError === undefined ? 0 : 1;
    if (firstError !== undefined) this.logFailure(message, firstError, 1);
    for (let attempt = attempts + 1; attempt <= maxAttempts; attempt++) {
      attempts = attempt;
      try {
        return this.settle(message, await this.processOne(message));
      } catch (err) {
        lastError = err;
        // A message that breaks its contract will break it again: no point retrying.
        if (err instanceof ContractViolation) {
          this.stats.inc('rejected:contract_violation');
          break;
        }
        this.logFailure(message, err, attempt);
        if (attempt < maxAttempts) await delay(Math.min(1000, 50 * 2 ** attempt));
      }
    }
    return [this.deadLetterNow(message, lastError, attempts)];
  }

  private logFailure(message: InboundMessage, err: unknown, attempt: number): void {
    const { topic, partition, offset } = message;
    this.log.warn(
      { err: errorSummary(err), attempt, maxAttempts: this.options.maxAttempts, topic, partition, offset },
      'message failed',
    );
  }

  private deadLetterNow(message: InboundMessage, error: unknown, attempts: number): OutboundMessage {
    this.stats.inc('deadLettered');
    this.log.error(
      {
        err: errorSummary(error),
        attempts,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        deadLetterTopic: this.options.deadLetterTopic,
      },
      // One wording whatever the attempts (1 for a reject or a contract violation): alerts and tests match on it.
      'message dead-lettered after retries; partition moves on',
    );
    return deadLetter(message, error, this.options, attempts);
  }

  private async send(outputs: OutboundMessage[]): Promise<void> {
    if (!outputs.length || !this.producer) return;
    // In requests of at most MAX_REQUEST_BYTES, one after another (order per
    // partition holds: one request in flight). kafkajs writes one record batch
    // per partition per request, and the broker refuses a record batch over
    // its message.max.bytes (1 MiB by default) as MESSAGE_TOO_LARGE — not
    // retriable, so a flush of many large articles (ingest flushes up to 1000
    // outputs) failed every time and the stage never moved again.
    let chunk: OutboundMessage[] = [];
    let bytes = 0;
    for (const out of coalesce(outputs)) {
      const size = byteLength(out.key) + byteLength(out.value) + 64;
      if (chunk.length && bytes + size > MAX_REQUEST_BYTES) {
        await this.sendChunk(chunk);
        chunk = [];
        bytes = 0;
      }
      chunk.push(out);
      bytes += size;
    }
    if (chunk.length) await this.sendChunk(chunk);
  }

  private async sendChunk(outputs: OutboundMessage[]): Promise<void> {
    const producer = this.producer!;
    const byTopic = new Map<string, TopicMessages>();
    for (const out of outputs) {
      let group = byTopic.get(out.topic);
      if (!group) byTopic.set(out.topic, (group = { topic: out.topic, messages: [] }));
      group.messages.push({ key: out.key, value: out.value, headers: out.headers });
    }
    try {
      await producer.sendBatch({ topicMessages: [...byTopic.values()], acks: -1 });
    } catch (err) {
      // kafkajs gives up on an idempotent producer the broker no longer knows
      // (UNKNOWN_PRODUCER_ID, OUT_OF_ORDER_SEQUENCE_NUMBER after a broker
      // crash lost its producer state): every later send fails the same way
      // and the stage is stuck. Start a new producer (a new producer id);
      // the batch is redone and may repeat outputs, which every stage's
      // consumer absorbs (stable ids, absolute snapshots).
      if ((err as { retriable?: boolean }).retriable !== true && this.producer === producer)
        await this.replaceProducer(err);
      throw err;
    }
    for (const out of outputs) this.stats.inc(`out:${out.topic}`);
  }

  private async replaceProducer(cause: unknown): Promise<void> {
    this.log.warn({ err: errorSummary(cause) }, 'producer failed for good; replacing it');
    const old = this.producer;
    this.producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
    await old?.disconnect().catch(() => undefined);
    await this.producer.connect();
  }
}

/**
 * kafkajs restarts a consumer whose batch failed only when the error is
 * retriable; any other error (a restore that timed out, a producer that gave
 * up) would leave the process running with no consumer at all. Every batch
 * can be redone (nothing is committed before its outputs are written), so
 * the runner hands back every failure as retriable; rebalance errors pass
 * through untouched, kafkajs rejoins on them.
 */
function asRetriable(err: unknown): Error {
  if (err instanceof KafkaJSError && err.retriable) return err;
  const type = (err as { type?: string } | null)?.type;
  if (
    err instanceof Error &&
    (type === 'REBALANCE_IN_PROGRESS' ||
      type === 'NOT_COORDINATOR_FOR_GROUP' ||
      type === 'ILLEGAL_GENERATION' ||
      type === 'UNKNOWN_MEMBER_ID')
  )
    return err;
  return new KafkaJSError(`batch failed: ${errorSummary(err)}`, { retriable: true });
}

/**
 * How long a batch's outputs may wait for the rest of the batch (timed per
 * batch: outputs handed on by an earlier batch of the fetch wait for this
 * batch's first flush, so up to this and a slice longer). A fast stage
 * never reaches it (1,000 outputs come first); a slow one — dedup owns one
 * partition, and a batch grows to hundreds of articles whenever it falls
 * behind, at ≈ 0.2–0.5 ms each — would otherwise hold the first article's
 * outputs until the last is done, and the stages after it idle meanwhile:
 * the bench's phase timings showed dedup batches of ≈ 600 articles taking
 * 1.5 s in the handler before anything went out. A flush costs a produce
 * request and a commit, so at most ten a second per busy stage.
 */
export const FLUSH_AFTER_MS = 100;

/**
 * How many batches of a fetch kafkajs hands to the runner at once; above the
 * partitions a stage owns (SKYTALLY_PARTITIONS, 3 by default), so a fetch's
 * batches flush as one group. Chosen by measurement (BENCHMARKS.md).
 */
export const BATCH_CONCURRENCY = 8;

/** The most one produce request carries: well under the broker's default message.max.bytes (1 MiB). */
const MAX_REQUEST_BYTES = 512 * 1024;

function byteLength(value: string | Buffer | null): number {
  return value === null ? 0 : typeof value === 'string' ? Buffer.byteLength(value) : value.length;
}

/** Keeps, for messages marked `coalesce`, only the last one per topic and key. */
export function coalesce(outputs: OutboundMessage[]): OutboundMessage[] {
  const lastIndex = new Map<string, number>();
  outputs.forEach((o, i) => {
    if (o.coalesce) lastIndex.set(`${o.topic}\u0000${String(o.key)}`, i);
  });
  return outputs.filter((o, i) => !o.coalesce || lastIndex.get(`${o.topic}\u0000${String(o.key)}`) === i);
}

/** `attempts`: how many tries were made (one for a contract violation, which is not retried). */
export function deadLetter(
  message: InboundMessage,
  error: unknown,
  options: Pick<StageRunnerOptions, 'stage' | 'deadLetterTopic' | 'maxAttempts'>,
  attempts = options.maxAttempts,
): OutboundMessage {
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
      'skytally-attempts': String(attempts),
    },
  };
}

function inbound(batch: Batch, raw: KafkaMessage): InboundMessage {
  return {
    topic: batch.topic,
    partition: batch.partition,
    offset: raw.offset,
    key: raw.key,
    value: raw.value,
    headers: headersToStrings(raw.headers),
    timestamp: raw.timestamp,
  };
}

function isOutputList(result: MessageResult): result is readonly OutboundMessage[] {
  return Array.isArray(result);
}

function isFailed(result: MessageResult): result is MessageFailed {
  return !isOutputList(result) && result.kind === 'failed';
}

/** Appends in place (a spread of thousands of outputs into push() can overflow the stack). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}

function errorSummary(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

/** One holder at a time; the next waits for the last to finish, whatever its outcome. */
export class Turn {
  private tail: Promise<unknown> = Promise.resolve();
  private holders = 0;

  get busy(): boolean {
    return this.holders > 0;
  }

  take<T>(work: () => Promise<T>): Promise<T> {
    this.holders++;
    const run = this.tail.then(work).finally(() => this.holders--);
    this.tail = run.catch(() => undefined);
    return run;
  }
}

/** Calls `fn` at most once per `ms`; calls in between resolve at once. */
function throttle(fn: () => Promise<void>, ms: number): () => Promise<void> {
  let last = 0;
  return async () => {
    if (Date.now() - last < ms) return;
    await fn();
    last = Date.now();
  };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
