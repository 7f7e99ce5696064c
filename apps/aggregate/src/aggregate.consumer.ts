/**
 * aggregate — rolling, event-time counts per region and per country.
 *
 * In:  interceptions.claims (key: the row the claim feeds — its region, each
 *      region of a multi-region claim, or its country; value ClaimRecord)
 * Out: interceptions.rolling (compacted, key region or country code, value an
 *      absolute Snapshot), interceptions.daily (compacted, key `<key>|<day>`)
 * Guarantee: exactly-once effect over at-least-once delivery — claims apply
 * idempotently by claimId, state is rebuilt from the retained claims topic on
 * every assignment, and snapshots are absolute, so replays converge.
 */
import { Controller, Inject, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type TopicNames, TOPICS, decodePayload } from '@skytally/contracts';
import { type InboundMessage, LOGGER, type OutboundMessage, type RestoreContext, StageStats, TOPIC_NAMES, endBatchPattern, rebalancePattern, restorePattern } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';
import { AggregateStore } from './aggregate.store';
import { SnapshotPublisher } from './snapshot.publisher';

const TICK_MS = 5_000;

@Controller()
export class AggregateConsumer implements OnModuleInit, OnModuleDestroy {
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly store: AggregateStore,
    private readonly publisher: SnapshotPublisher,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(StageStats) private readonly stats: StageStats,
  ) {}

  @MessagePattern(restorePattern(TOPICS.claims))
  restore(@Payload() context: RestoreContext): Promise<OutboundMessage[]> {
    this.stats.inc('restores');
    return this.store.restore(context.assignment[this.topics.claims] ?? [], context.heartbeat);
  }

  /**
   * Partitions may have moved to another instance: stop publishing their rows
   * (the wall-clock tick would otherwise overwrite the new owner's snapshots
   * with stale ones) until restore() rebuilds what this instance now owns.
   */
  @MessagePattern(rebalancePattern(TOPICS.claims))
  onRebalance(): OutboundMessage[] {
    this.store.forgetOwnership();
    return [];
  }

  @MessagePattern(TOPICS.claims)
  handle(@Payload() message: InboundMessage): OutboundMessage[] {
    const claim = decodePayload('claims', message.value);
    this.store.own(message.key?.toString('utf8') ?? null);
    const result = this.store.apply(claim);
    const where = { articleId: claim.articleId, claimId: claim.claimId, topic: message.topic, partition: message.partition, offset: message.offset };
    if (result.duplicateClaimId) {
      this.stats.inc('redelivered');
      this.logger.debug(where, 'claim already applied');
    } else {
      this.stats.inc('claims');
    }
    if (result.late) {
      this.stats.inc('late');
      this.logger.info({ ...where, lateByMs: result.lateByMs, eventTime: claim.eventTime }, 'late claim: counted in all-time and later snapshots');
    }
    return [];
  }

  /** Once per batch: windows are recounted when asOf moves, so not per claim. */
  @MessagePattern(endBatchPattern(TOPICS.claims))
  endBatch(): OutboundMessage[] {
    return this.store.changes();
  }

  onModuleInit(): void {
    // Windows keep sliding on a quiet stream: publish whatever the wall clock moved.
    this.timer = setInterval(() => {
      const out = this.store.tick();
      if (out.length) void this.publisher.publish(out).catch((err) => this.logger.warn({ err: (err as Error).message }, 'could not publish the wall-clock advance'));
    }, TICK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
