/**
 * ingest — validates and normalises raw articles.
 *
 * In:  articles.raw (key optional; value plain text or the JSON article form)
 * Out: articles.ingested (key articleId, value Article)
 *      articles.rejected (key as received, value Rejection: reason, detail, original bytes)
 * Guarantee: at-least-once; every input yields exactly one output, and a
 * replay yields the same articleId (ids come from the input or its content).
 */
import { Controller, Inject } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { type TopicNames, TOPICS, encodePayload } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { ingest } from '@skytally/ingestion';
import { CONFIG, type InboundMessage, LOGGER, type OutboundMessage, StageStats, TOPIC_NAMES } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';
import { safeForLog } from '@skytally/text';

@Controller()
export class IngestConsumer {
  constructor(
    @Inject(CONFIG) private readonly config: SkytallyConfig,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(StageStats) private readonly stats: StageStats,
  ) {}

  @MessagePattern(TOPICS.raw)
  handle(@Payload() message: InboundMessage): OutboundMessage[] {
    const origin = { topic: message.topic, partition: message.partition, offset: message.offset };
    const outcome = ingest(
      { key: message.key, value: message.value, receivedAt: new Date(), origin },
      { maxBodyBytes: this.config.SKYTALLY_MAX_BODY_BYTES, maxFutureMs: this.config.SKYTALLY_MAX_FUTURE_MS },
    );
    if (outcome.kind === 'rejected') {
      this.stats.inc('rejected');
      this.logger.warn(
        { ...origin, reason: outcome.rejection.reason, detail: safeForLog(outcome.rejection.detail, 200) },
        'article rejected',
      );
      return [{ topic: this.topics.rejected, key: message.key, value: encodePayload('rejected', outcome.rejection) }];
    }
    const { article } = outcome;
    this.stats.inc('articles');
    this.logger.debug({ ...origin, articleId: article.articleId }, 'article ingested');
    return [{ topic: this.topics.ingested, key: article.articleId, value: encodePayload('ingested', article) }];
  }
}
