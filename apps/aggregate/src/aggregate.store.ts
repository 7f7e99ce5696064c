/**
 * Aggregate's state: an AggregateCore over the claims of the partitions this
 * instance owns, and which rows those are.
 *
 * Ownership is by partition assignment, not by the keys that happened to
 * arrive: a row is ours when its key hashes to a partition we were assigned
 * (claims are keyed by row, see @skytally/aggregation routing). A
 * multi-region claim changes every row it names, and each of those rows is
 * published by whichever instance owns it — on the first copy that reaches
 * it, whatever the batch boundaries.
 *
 * The retained claims topic is the changelog: on every assignment the core
 * is rebuilt from the owned partitions, then every owned row is republished.
 * Changes count as published only once the brokers acknowledged them
 * (prepare → send → acknowledged → confirm), so a failed send is redone.
 */
import { Inject, Injectable } from '@nestjs/common';
import { type ClaimRecord, type TopicNames, decodePayload, encodePayload } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { AggregateCore, type ApplyResult, type Changes } from '@skytally/aggregation';
import { type OutboundMessage, partitionForKey } from '@skytally/kafka';
import { CONFIG, LOGGER, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Logger } from '@skytally/logger';
import { rowName } from '@skytally/stage-options';
import { CLAIM_LOG, type ClaimLog } from './claim-log';

/** The wall clock, injectable so tests can drive time. */
export const CLOCK = Symbol('CLOCK');
export type Clock = () => number;

@Injectable()
export class AggregateStore {
  private core: AggregateCore;
  private owned = new Set<number>();
  private partitionCount = 0;

  constructor(
    @Inject(CONFIG) private readonly config: SkytallyConfig,
    @Inject(CLAIM_LOG) private readonly log: ClaimLog,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(CLOCK) private readonly now: Clock,
  ) {
    this.core = this.newCore();
  }

  /** After a rebalance: no row is ours until restore() says which. */
  forgetOwnership(): void {
    this.owned = new Set();
  }

  /** Rebuilds the core from the owned partitions; returns every owned row and daily bucket. */
  async restore(partitions: number[], heartbeat: () => Promise<void>): Promise<OutboundMessage[]> {
    const started = Date.now();
    const core = this.newCore();
    const partitionCount = await this.log.partitionCount();
    let rejected = 0;
    core.expectInputs(partitions);
    const read = await this.log.read(
      partitions,
      (_key, value, partition) => {
        try {
          if (core.apply(decodePayload('claims', value), partition).rejected) rejected++;
        } catch {
          // The live path dead-letters such a message; the replay skips it.
          rejected++;
        }
      },
      heartbeat,
    );
    core.dropIdleInputs();
    this.core = core;
    this.owned = new Set(partitions);
    this.partitionCount = partitionCount;
    const out = this.messages(core.prepare());
    this.logger.info(
      {
        partitions,
        partitionCount,
        claimsRead: read,
        skipped: rejected,
        published: out.length,
        ms: Date.now() - started,
        ...core.stats(),
      },
      'aggregate state restored from the claims topic',
    );
    return out;
  }

  /** `partition`: where the claim came from (the horizon follows the slowest partition). */
  apply(claim: ClaimRecord, partition: number): ApplyResult {
    return this.core.apply(claim, partition);
  }

  /** Owned snapshots and daily buckets whose values changed since the last acknowledged publish. */
  changes(): OutboundMessage[] {
    return this.messages(this.core.prepare());
  }

  /** The same for the wall-clock advance on a quiet stream (rows only: daily buckets do not move with the clock). */
  tick(): OutboundMessage[] {
    return this.messages(this.core.prepare({ days: false }));
  }

  /** What the last changes()/tick()/restore() returned was acknowledged by the brokers. */
  acknowledged(): void {
    this.core.confirm();
  }

  /** Whether this instance publishes `rowKey`: the key's partition is assigned to it. */
  owns(rowKey: string): boolean {
    return this.partitionCount > 0 && this.owned.has(partitionForKey(rowKey, this.partitionCount));
  }

  private messages({ keys, days }: Changes): OutboundMessage[] {
    const rows = this.core.snapshots(keys.filter((k) => this.owns(k)));
    const buckets = this.core.dailyBuckets(days.filter((k) => this.owns(k.slice(0, k.indexOf('|')))));
    return [
      ...rows.map((s) => ({
        topic: this.topics.rolling,
        key: s.key,
        value: encodePayload('rolling', s),
        coalesce: true,
      })),
      ...buckets.map((d) => ({
        topic: this.topics.daily,
        key: d.key,
        value: encodePayload('daily', d),
        coalesce: true,
      })),
    ];
  }

  private newCore(): AggregateCore {
    return new AggregateCore({
      allowedLatenessMs: this.config.SKYTALLY_ALLOWED_LATENESS_MS,
      idleMs: this.config.SKYTALLY_IDLE_MS,
      maxFutureMs: this.config.SKYTALLY_MAX_FUTURE_MS,
      horizonDays: this.config.SKYTALLY_AGGREGATE_HORIZON_DAYS,
      nameOf: rowName,
      now: this.now,
    });
  }
}
