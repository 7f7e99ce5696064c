/**
 * Aggregate's state: an AggregateCore over the claims of the partitions this
 * instance owns. The retained claims topic is the changelog: on every
 * (re)assignment the core is rebuilt by reading the owned partitions to their
 * end, then every owned row is republished whole. Snapshots are absolute and
 * claims apply idempotently by claimId, so a crash at any point followed by
 * this replay leaves exactly the snapshots of a clean run.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { type ClaimRecord, type TopicNames, decodePayload, encodePayload } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { AggregateCore, rowShard } from '@skytally/aggregation';
import { CONFIG, KAFKA, LOGGER, type OutboundMessage, TOPIC_NAMES, readTopicToEnd } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';
import { rowName } from '@skytally/stage-options';

@Injectable()
export class AggregateStore {
  private current: AggregateCore;
  /** Message keys (row keys) seen on the partitions this instance owns: the rows it publishes. */
  private ownedShards = new Set<string>();

  constructor(
    @Inject(CONFIG) private readonly config: SkytallyConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.current = this.newCore();
  }

  get core(): AggregateCore {
    return this.current;
  }

  /** After a rebalance: nothing is known to be ours until restore() or a claim says so. */
  forgetOwnership(): void {
    this.ownedShards = new Set();
  }

  /** Notes that this instance owns the shard a claim arrived under. */
  own(shard: string | null): void {
    if (shard) this.ownedShards.add(shard);
  }

  async restore(partitions: number[], heartbeat: () => Promise<void>): Promise<OutboundMessage[]> {
    const started = Date.now();
    const core = this.newCore();
    this.ownedShards = new Set();
    let bad = 0;
    const read = await readTopicToEnd(this.kafka, this.topics.claims, {
      partitions,
      heartbeat,
      onMessage: (message) => {
        this.own(message.key?.toString('utf8') ?? null);
        try {
          core.apply(decodePayload('claims', message.value));
        } catch {
          // The live path dead-letters such a message; the replay just skips it.
          bad++;
        }
      },
    });
    core.flush();
    this.current = core;
    const out = this.publishAll();
    this.logger.info({ partitions, claimsRead: read, skipped: bad, published: out.length, ms: Date.now() - started, ...core.stats() }, 'aggregate state restored from the claims topic');
    return out;
  }

  apply(claim: ClaimRecord): ReturnType<AggregateCore['apply']> {
    return this.current.apply(claim);
  }

  /** Snapshots and daily buckets whose values changed since the last call. */
  changes(): OutboundMessage[] {
    const { keys, days } = this.current.flush();
    return [...this.snapshotMessages(keys), ...this.dailyMessages(days)];
  }

  /** Wall-clock advance on a quiet stream. */
  tick(): OutboundMessage[] {
    return this.snapshotMessages(this.current.tick());
  }

  private publishAll(): OutboundMessage[] {
    return [...this.snapshotMessages(this.current.snapshots().map((s) => s.key)), ...this.dailyMessages(this.current.dailyBuckets().map((d) => d.key))];
  }

  private owns(rowKey: string): boolean {
    return this.ownedShards.has(rowShard(rowKey));
  }

  private snapshotMessages(keys: string[]): OutboundMessage[] {
    return this.current
      .snapshots(keys.filter((k) => this.owns(k)))
      .map((s) => ({ topic: this.topics.rolling, key: s.key, value: encodePayload('rolling', s), coalesce: true }));
  }

  private dailyMessages(keys: string[]): OutboundMessage[] {
    return this.current
      .dailyBuckets(keys.filter((k) => this.owns(k.split('|')[0])))
      .map((d) => ({ topic: this.topics.daily, key: d.key, value: encodePayload('daily', d), coalesce: true }));
  }

  private newCore(): AggregateCore {
    return new AggregateCore({
      allowedLatenessMs: this.config.SKYTALLY_ALLOWED_LATENESS_MS,
      idleMs: this.config.SKYTALLY_IDLE_MS,
      nameOf: rowName,
    });
  }
}
