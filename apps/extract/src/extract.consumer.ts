/**
 * extract — finds interception claims in unique articles.
 *
 * In:  articles.unique (key articleId, value Article)
 * Out: interceptions.claims (key regionKey, value ClaimRecord), one per claim
 * Guarantee: at-least-once; extraction is deterministic and `claimId` is
 * derived from the article and the claim, so a replay repeats the same
 * records and the aggregate applies them once.
 */
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type TopicNames, TOPICS, decodePayload, encodePayload } from '@skytally/contracts';
import { extractClaims } from '@skytally/extraction';
import { type InboundMessage, LOGGER, type OutboundMessage, StageStats, TOPIC_NAMES } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';
import { toClaimRecords } from './claim-records';

@Controller()
export class ExtractConsumer {
  constructor(
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(StageStats) private readonly stats: StageStats,
  ) {}

  @MessagePattern(TOPICS.unique)
  handle(@Payload() message: InboundMessage): OutboundMessage[] {
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
      value: encodePayload('claims', record),
    }));
  }
}
