/**
 * dashboard reader — fills the DashboardState from the pipeline's topics.
 *
 * In:  interceptions.rolling and interceptions.daily (compacted: the latest
 *      value per key is the state), interceptions.claims (the evidence) and
 *      articles.unique (titles, outlets, links), all from the beginning.
 * Out: nothing; a signal on `changes$` after every batch applied.
 * Group: `<prefix>skytally-dashboard-<uuid>`, new at every start and never
 *      committed, so every process reads everything from the start: the
 *      topics are the state, there is nothing to resume. (kafkajs cannot
 *      assign partitions by hand, so a group it is.) The group is deleted on
 *      a clean shutdown; without offsets the broker forgets it anyway.
 * A message that breaks its contract is skipped and counted, never fatal.
 */
import { randomUUID } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import { Subject } from 'rxjs';
import { type SchemaTopic, type TopicNames, decodePayload, readerGroupStart } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { CONFIG, KAFKA, LOGGER, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Logger } from '@skytally/logger';
import { DashboardState } from './dashboard.state';
import type { KafkaStatus } from './dashboard.views';

/** No fetch for this long (an idle fetch returns every FETCH_WAIT_MS) means the broker is gone. */
const STALE_AFTER_MS = 10_000;
const FETCH_WAIT_MS = 1_000;

@Injectable()
export class DashboardReader implements OnModuleInit, OnModuleDestroy {
  readonly changes$ = new Subject<void>();
  private readonly groupId: string;
  private consumer?: Consumer;
  /** Partitions not yet read up to where they ended at start-up, with that end. */
  private readonly pending = new Map<string, bigint>();
  private caughtUp = false;
  private readonly startedAt = Date.now();
  private lastFetchAt: number | null = null;
  private crashedAt: number | null = null;
  private skipped = 0;

  constructor(
    @Inject(CONFIG) config: SkytallyConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly state: DashboardState,
  ) {
    this.groupId = `${readerGroupStart('dashboard', config.SKYTALLY_TOPIC_PREFIX)}${randomUUID()}`;
  }

  private get reads(): Record<string, SchemaTopic> {
    const { rolling, daily, claims, unique } = this.topics;
    return { [rolling]: 'rolling', [daily]: 'daily', [claims]: 'claims', [unique]: 'unique' };
  }

  async onModuleInit(): Promise<void> {
    await this.noteEnds();
    const consumer = (this.consumer = this.kafka.consumer({
      groupId: this.groupId,
      maxWaitTimeInMs: FETCH_WAIT_MS,
      maxBytesPerPartition: 4 * 1024 * 1024,
    }));
    consumer.on(consumer.events.FETCH, () => {
      this.lastFetchAt = Date.now();
      this.crashedAt = null;
    });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      this.crashedAt = Date.now();
      this.logger.warn({ err: payload.error.message, restart: payload.restart }, 'dashboard consumer crashed');
      this.changes$.next();
    });
    await consumer.connect();
    await consumer.subscribe({ topics: Object.keys(this.reads), fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachBatch: async (payload) => {
        const { batch } = payload;
        for (const message of batch.messages) {
          this.apply(batch.topic, batch.partition, message);
          this.state.advance(batch.topic, batch.partition, message.offset);
          this.noteRead(batch.topic, batch.partition, message.offset);
        }
        await payload.heartbeat();
        this.changes$.next();
      },
    });
    this.logger.info(
      { groupId: this.groupId, partitionsToCatchUp: this.pending.size },
      'reading the pipeline topics from the beginning',
    );
  }

  async onModuleDestroy(): Promise<void> {
    this.changes$.complete();
    await this.consumer?.disconnect().catch(() => undefined);
    const admin = this.kafka.admin();
    await admin
      .connect()
      .then(() => admin.deleteGroups([this.groupId]))
      .catch(() => undefined)
      .finally(() => admin.disconnect());
  }

  status(now = Date.now()): KafkaStatus {
    const connected = this.crashedAt === null && this.lastFetchAt !== null && now - this.lastFetchAt < STALE_AFTER_MS;
    const since = this.crashedAt ?? this.lastFetchAt ?? this.startedAt;
    return {
      caughtUp: this.caughtUp,
      connected,
      lastFetchAt: this.lastFetchAt === null ? null : new Date(this.lastFetchAt).toISOString(),
      staleSince: connected ? null : new Date(since).toISOString(),
    };
  }

  private apply(topic: string, partition: number, message: KafkaMessage): void {
    const key = message.key?.toString('utf8') ?? '';
    const kind = this.reads[topic];
    try {
      if (kind === 'rolling')
        this.state.applySnapshot(key, message.value ? decodePayload('rolling', message.value) : null);
      else if (kind === 'daily')
        this.state.applyDaily(key, message.value ? decodePayload('daily', message.value) : null);
      else if (kind === 'claims' && message.value) this.state.applyClaim(decodePayload('claims', message.value));
      else if (kind === 'unique' && message.value) {
        const { articleId, title, source, url, publishedAt } = decodePayload('unique', message.value);
        this.state.applyArticle({ articleId, title, source, url, publishedAt });
      }
    } catch (err) {
      this.skipped++;
      this.logger.warn(
        { topic, partition, offset: message.offset, err: (err as Error).message, skipped: this.skipped },
        'skipped a message the dashboard cannot read',
      );
    }
  }

  private async noteEnds(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      for (const topic of Object.keys(this.reads)) {
        for (const p of await admin.fetchTopicOffsets(topic)) {
          if (BigInt(p.high) > BigInt(p.low)) this.pending.set(`${topic}\u0000${p.partition}`, BigInt(p.high));
        }
      }
    } finally {
      await admin.disconnect();
    }
    this.caughtUp = this.pending.size === 0;
  }

  private noteRead(topic: string, partition: number, offset: string): void {
    if (this.caughtUp) return;
    const id = `${topic}\u0000${partition}`;
    const end = this.pending.get(id);
    if (end !== undefined && BigInt(offset) + 1n >= end) this.pending.delete(id);
    if (this.pending.size === 0) {
      this.caughtUp = true;
      this.logger.info(
        { ms: Date.now() - this.startedAt, version: this.state.version, rows: this.state.rows().length },
        'caught up with the pipeline topics',
      );
    }
  }
}
