/**
 * ingest — validates and normalises raw articles.
 *
 * In:  articles.raw (key optional; value plain text or the JSON article form)
 * Out: articles.ingested (key articleId, value Article)
 *      articles.rejected (key as received, value Rejection: reason, detail, original bytes)
 * Guarantee: at-least-once; every input yields exactly one output, and a
 * replay yields the same articleId (ids come from the input or its content).
 *
 * Called once per batch. The article the core returns has just passed the
 * Article schema (ingestArticle's last step), so it is serialised without a
 * second validation (articleJson: JSON.stringify's bytes, faster on long
 * bodies); dedup and extract validate it on consume.
 */
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TOPICS, encodePayload } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { type IngestOptions, articleJson, ingestArticle, rejectionOf } from '@skytally/ingestion';
import { type InboundMessage, type MessageResult, type OutboundMessage, eachMessage } from '@skytally/kafka';
import { CONFIG, StageConsumer, batchPattern } from '@skytally/kafka-nest';
import { safeForLog } from '@skytally/text';

@Controller()
export class IngestConsumer extends StageConsumer {
  /** Injected as a property (after the constructor StageConsumer shares): the limits come from it. */
  @Inject(CONFIG) private readonly config!: SkytallyConfig;
  private options?: IngestOptions;

  @MessagePattern(batchPattern(TOPICS.raw))
  handleBatch(@Payload() messages: InboundMessage[]): MessageResult[] {
    const receivedAt = new Date();
    return eachMessage(messages, (message) => this.handle(message, receivedAt));
  }

  handle(message: InboundMessage, receivedAt = new Date()): OutboundMessage[] {
    const origin = { topic: message.topic, partition: message.partition, offset: message.offset };
    const input = { key: message.key, value: message.value, receivedAt, origin };
    this.options ??= {
      maxBodyBytes: this.config.SKYTALLY_MAX_BODY_BYTES,
      maxFutureMs: this.config.SKYTALLY_MAX_FUTURE_MS,
    };
    const result = ingestArticle(input, this.options);
    if (result.kind === 'reject') {
      // A rejection is ingest's answer, not a failure: it goes to articles.rejected with the original bytes.
      this.stats.inc('rejected');
      this.logger.warn(
        { ...origin, reason: result.reason, detail: safeForLog(result.detail, 200) },
        'article rejected',
      );
      const rejection = rejectionOf(input, result.reason, result.detail);
      return [{ topic: this.topics.rejected, key: message.key, value: encodePayload('rejected', rejection) }];
    }
    const [article] = result.values;
    this.stats.inc('articles');
    this.logger.debug({ ...origin, articleId: article.articleId }, 'article ingested');
    return [{ topic: this.topics.ingested, key: article.articleId, value: articleJson(article) }];
  }
}
