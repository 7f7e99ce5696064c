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
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TOPICS, decodePayload } from '@skytally/contracts';
import { toClaimRecords } from '@skytally/aggregation';
import { extractClaims } from '@skytally/extraction';
import { type InboundMessage, type MessageResult, type OutboundMessage, eachMessage } from '@skytally/kafka';
import { StageConsumer, batchPattern } from '@skytally/kafka-nest';

@Controller()
export class ExtractConsumer extends StageConsumer {
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
