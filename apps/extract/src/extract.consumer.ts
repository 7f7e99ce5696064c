/**
 * extract — finds interception claims in unique articles.
 *
 * In:  articles.unique (key articleId, value Article)
 * Out: interceptions.claims (key regionKey, value ClaimRecord), one per claim
 * Guarantee: at-least-once; extraction is deterministic and `claimId` is
 * derived from the article and the claim, so a replay repeats the same
 * records and the aggregate applies them once.
 *
 * Called once per batch. Claim records are built by typed code and validated
 * where they are consumed (the aggregate dead-letters one that breaks its
 * contract), so they are serialised without a second validation here.
 */
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type TopicNames, TOPICS, decodePayload } from '@skytally/contracts';
import { toClaimRecords } from '@skytally/aggregation';
import { extractClaims } from '@skytally/extraction';
import {
  type InboundMessage,
  type MessageResult,
  type OutboundMessage,
  StageStats,
  eachMessage,
} from '@skytally/kafka';
import { LOGGER, TOPIC_NAMES, batchPattern } from '@skytally/kafka-nest';
import type { Logger } from '@skytally/logger';

@Controller()
export class ExtractConsumer {
  constructor(
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(StageStats) private readonly stats: StageStats,
  ) {}

  @MessagePattern(batchPattern(TOPICS.unique))
  handleBatch(@Payload() messages: InboundMessage[]): MessageResult[] {
    return eachMessage(messages, (message) => this.handle(message));
  }

  handle(message: InboundMessage): OutboundMessage[] {
    const article = decodePayload('unique', message.value);
    const records = toClaimRecords(article, extractClaims(article));
    this.stats.inc('articles');
    this.stats.inc('claims', records.length);
    this.logger.debug(
      {
        articleId: article.articleId,
        topic: message.topic,
        partition: message.partition,
        offset: message.offset,
        claims: records.length,
      },
      'article extracted',
    );
    return records.map((record) => ({
      topic: this.topics.claims,
      key: record.regionKey,
      value: JSON.stringify(record),
    }));
  }
}
