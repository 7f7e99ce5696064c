/**
 * A fake kafkajs client for the stage runner's spec (the way kafkajs tests its
 * own runner): the consumer hands synthetic batches to the runner's eachBatch
 * — one at a time, or a fetch's batches at once as kafkajs does with
 * partitionsConsumedConcurrently — and keeps offsets as kafkajs does
 * (resolveOffset per partition; a commit commits every partition's resolved
 * offset + 1, whichever batch's payload asks);
 * the producer acknowledges or fails each send as told. Everything the runner
 * does to them goes into one ordered log.
 */
import type { EachBatchPayload, KafkaMessage } from 'kafkajs';
import type { KafkaClient } from '../src/stage-runner';

type Listener = (event: { payload: Record<string, unknown> }) => void;

export interface SentMessage {
  topic: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
}

export class FakeProducer {
  readonly sent: SentMessage[] = [];
  /** Errors the next sends throw, one per send, in order. */
  readonly failures: Error[] = [];
  connected = false;

  constructor(
    readonly id: number,
    private readonly log: string[],
  ) {}

  connect(): Promise<void> {
    this.connected = true;
    return Promise.resolve();
  }

  disconnect(): Promise<void> {
    this.connected = false;
    this.log.push(`producer ${this.id} disconnected`);
    return Promise.resolve();
  }

  sendBatch(request: {
    topicMessages: { topic: string; messages: { key?: Bytes; value?: Bytes; headers?: unknown }[] }[];
  }): Promise<void> {
    const failure = this.failures.shift();
    if (failure) {
      this.log.push(`producer ${this.id} failed`);
      return Promise.reject(failure);
    }
    for (const { topic, messages } of request.topicMessages) {
      for (const m of messages) {
        this.sent.push({
          topic,
          key: text(m.key),
          value: text(m.value),
          headers: (m.headers ?? {}) as Record<string, string>,
        });
      }
      this.log.push(`producer ${this.id} sent ${messages.length} to ${topic}`);
    }
    return Promise.resolve();
  }
}

type Bytes = string | Buffer | null | undefined;

function text(value: Bytes): string | null {
  return value === null || value === undefined ? null : value.toString();
}

export class FakeConsumer {
  readonly events = {
    GROUP_JOIN: 'consumer.group_join',
    REBALANCING: 'consumer.rebalancing',
    CRASH: 'consumer.crash',
  } as const;
  /** Committed offsets by `topic/partition`: the next offset to read, as Kafka keeps them. */
  readonly committed = new Map<string, string>();
  /** Set to make heartbeats fail (a rebalance, a fenced member). */
  heartbeatError: Error | null = null;
  /** Heartbeats the runner sent (kafkajs would send one at most every heartbeatInterval). */
  heartbeats = 0;
  /** How many isStale() calls answer false before the batch goes stale. */
  staleAfter = Infinity;
  /** Resolved offsets by `topic/partition`, consumer-wide as kafkajs's offset manager keeps them. */
  private readonly resolved = new Map<string, string>();
  private readonly listeners = new Map<string, Listener[]>();
  private eachBatch?: (payload: EachBatchPayload) => Promise<void>;

  constructor(private readonly log: string[]) {}

  on(event: string, listener: Listener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  emit(event: string, payload: Record<string, unknown>): void {
    for (const listener of this.listeners.get(event) ?? []) listener({ payload });
  }

  /** The group assigned these partitions to the member `m1`. */
  join(assignment: Record<string, number[]>): void {
    this.emit(this.events.GROUP_JOIN, { memberId: 'm1', memberAssignment: assignment });
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }
  disconnect(): Promise<void> {
    return Promise.resolve();
  }
  subscribe(): Promise<void> {
    return Promise.resolve();
  }

  run(config: { eachBatch: (payload: EachBatchPayload) => Promise<void> }): Promise<void> {
    this.eachBatch = config.eachBatch;
    return Promise.resolve();
  }

  describeGroup(): Promise<{ state: string; members: { memberId: string }[] }> {
    return Promise.resolve({ state: 'Stable', members: [{ memberId: 'm1' }] });
  }

  /** Hands one batch to the runner, as kafkajs's fetch loop does; resolves or rejects as eachBatch does. */
  deliver(topic: string, partition: number, values: (string | null)[], firstOffset = 0): Promise<void> {
    return this.handOver({ topic, partition, values, firstOffset });
  }

  /**
   * Hands a fetch's batches to the runner all at once, as kafkajs does with
   * partitionsConsumedConcurrently above 1; each entry settles as its
   * eachBatch does, and its settling is logged (`returned in/0`, `failed in/0`).
   */
  deliverFetch(batches: FakeBatch[]): Promise<PromiseSettledResult<void>[]> {
    return Promise.allSettled(
      batches.map((b) =>
        this.handOver(b).then(
          () => void this.log.push(`returned ${b.topic}/${b.partition}`),
          (err: unknown) => {
            this.log.push(`failed ${b.topic}/${b.partition}`);
            throw err;
          },
        ),
      ),
    );
  }

  private async handOver({ topic, partition, values, firstOffset = 0 }: FakeBatch): Promise<void> {
    if (!this.eachBatch) throw new Error('the runner has not called run() yet');
    const messages = values.map((value, i): KafkaMessage => ({
      key: Buffer.from(`k${firstOffset + i}`),
      value: value === null ? null : Buffer.from(value),
      offset: String(firstOffset + i),
      timestamp: '0',
      attributes: 0,
      headers: {},
    }));
    let staleChecks = 0;
    const where = `${topic}/${partition}`;
    const payload = {
      batch: {
        topic,
        partition,
        messages,
        highWatermark: String(firstOffset + values.length),
        offsetLag: () => '0',
      },
      resolveOffset: (offset: string) => {
        this.resolved.set(where, offset);
      },
      heartbeat: () => {
        this.heartbeats++;
        if (!this.heartbeatError) return Promise.resolve();
        this.log.push('heartbeat failed');
        return Promise.reject(this.heartbeatError);
      },
      commitOffsetsIfNecessary: () => {
        for (const [at, offset] of this.resolved) {
          const next = String(Number(offset) + 1);
          if (this.committed.get(at) !== next) {
            this.committed.set(at, next);
            this.log.push(`commit ${at} ${next}`);
          }
        }
        return Promise.resolve();
      },
      isRunning: () => true,
      isStale: () => staleChecks++ >= this.staleAfter,
    } as unknown as EachBatchPayload;
    await this.eachBatch(payload);
  }
}

export interface FakeBatch {
  topic: string;
  partition: number;
  values: (string | null)[];
  firstOffset?: number;
}

export class FakeKafka {
  readonly log: string[] = [];
  readonly consumer = new FakeConsumer(this.log);
  readonly producers: FakeProducer[] = [];

  /** As the runner takes it: only producer() and consumer() are used. */
  get client(): KafkaClient {
    return {
      consumer: () => this.consumer,
      producer: () => {
        const producer = new FakeProducer(this.producers.length + 1, this.log);
        this.producers.push(producer);
        return producer;
      },
    } as unknown as KafkaClient;
  }

  /** Everything every producer sent, in order. */
  sent(): SentMessage[] {
    return this.producers.flatMap((p) => p.sent);
  }
}
