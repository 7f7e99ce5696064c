/**
 * aggregate — rolling, event-time counts per region and per country.
 *
 * In:  interceptions.claims (key: the row the claim feeds — its region, each
 *      region of a multi-region claim, or its country; value ClaimRecord)
 * Out: interceptions.rolling (compacted, key region or country code, value an
 *      absolute Snapshot), interceptions.daily (compacted, key `<key>|<day>`)
 * Guarantee: exactly-once effect over at-least-once delivery — claims apply
 * idempotently by claimId, state is rebuilt from the retained claims topic on
 * every assignment, and snapshots are absolute, so replays converge. Every
 * output goes through the stage runner's produce-then-commit path, fenced,
 * including the wall-clock advance (punctuate).
 */
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type Outcome, TOPICS, decodePayload, reject } from '@skytally/contracts';
import {
  type InboundMessage,
  type MessageResult,
  type OutboundMessage,
  type RestoreContext,
  eachMessage,
} from '@skytally/kafka';
import {
  StageConsumerWith,
  acknowledgedPattern,
  batchPattern,
  endBatchPattern,
  punctuatePattern,
  rebalancePattern,
  restorePattern,
} from '@skytally/kafka-nest';
import { AggregateStore } from './aggregate.store';

@Controller()
export class AggregateConsumer extends StageConsumerWith<AggregateStore>(AggregateStore) {
  @MessagePattern(restorePattern(TOPICS.claims))
  restore(@Payload() context: RestoreContext): Promise<OutboundMessage[]> {
    this.stats.inc('restores');
    return this.store.restore(context.assignment[this.topics.claims] ?? [], () => context.heartbeat());
  }

  /** Partitions may have moved to another instance: publish nothing until restore() says what is ours. */
  @MessagePattern(rebalancePattern(TOPICS.claims))
  onRebalance(): OutboundMessage[] {
    this.store.forgetOwnership();
    return [];
  }

  /** One dispatch per batch (Nest's per-message path was a few per cent of this service): each claim on its own. */
  @MessagePattern(batchPattern(TOPICS.claims))
  handleBatch(@Payload() messages: InboundMessage[]): MessageResult[] {
    return eachMessage(messages, (message) => this.handle(message));
  }

  handle(message: InboundMessage): OutboundMessage[] | Outcome<OutboundMessage> {
    const claim = decodePayload('claims', message.value);
    const result = this.store.apply(claim, message.partition, message.offset);
    const where = {
      articleId: claim.articleId,
      claimId: claim.claimId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
    };
    if (result.rejected) {
      // Predictable: it would fail the same way every time. Straight to the dead-letter topic.
      this.stats.inc('rejected');
      this.logger.warn(
        { ...where, reason: result.rejected.reason, detail: result.rejected.detail },
        'claim rejected; dead-lettered',
      );
      // The runner dead-letters a rejection at once, with `reason: detail`, and counts it by reason.
      return reject(result.rejected.reason, result.rejected.detail);
    }
    if (result.duplicateClaimId) {
      this.stats.inc('redelivered');
      this.logger.debug(where, 'claim already applied');
    } else {
      this.stats.inc('claims');
    }
    if (result.clampedFrom) {
      this.stats.inc('clamped');
      this.logger.info(
        { ...where, eventDate: result.clampedFrom, publishedAt: claim.publishedAt },
        'claim dated after its article: counted on the publication day',
      );
    }
    if (result.late) {
      this.stats.inc('late');
      this.logger.info(
        { ...where, lateByMs: result.lateByMs, eventTime: claim.eventTime },
        'late claim: counted in all-time and later snapshots',
      );
    }
    return [];
  }

  /** Once per flush (a fetch's batches flush as one group): windows are recounted when asOf moves, so not per claim. */
  @MessagePattern(endBatchPattern(TOPICS.claims))
  endBatch(): OutboundMessage[] {
    return this.store.changes();
  }

  /** Windows keep sliding on a quiet stream: publish whatever the wall clock moved. */
  @MessagePattern(punctuatePattern(TOPICS.claims))
  punctuate(): OutboundMessage[] {
    return this.store.tick();
  }

  @MessagePattern(acknowledgedPattern(TOPICS.claims))
  acknowledged(): OutboundMessage[] {
    this.store.acknowledged();
    return [];
  }
}
