/**
 * dedup — drops exact and near-duplicate articles, never two reports whose
 * numbers or places differ.
 *
 * In:  articles.ingested (key articleId, value Article; one partition, so one
 *      instance owns the whole index — others stand by and take over on a
 *      rebalance after restoring the index)
 * Out: articles.unique (key articleId, value Article) for originals,
 *      articles.duplicates (key articleId, value DuplicateVerdict) for copies,
 *      skytally.dedup-index (compacted changelog of the index).
 * Guarantee: at-least-once; an article redelivered after a crash is found in
 * the index under its own id and passes as unique again, so nothing is lost
 * and downstream stages are idempotent by articleId / claimId.
 *
 * Called once per batch, in offset order (the index depends on it). A unique
 * article goes on as the bytes it came in (validated on consume), not parsed
 * and serialised again.
 */
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { TOPICS, decodePayload, encodePayload } from '@skytally/contracts';
import {
  type InboundMessage,
  type MessageResult,
  type OutboundMessage,
  type RestoreContext,
  eachMessage,
} from '@skytally/kafka';
import { StageConsumerWith, batchPattern, restorePattern } from '@skytally/kafka-nest';
import { DedupStore } from './dedup.store';

@Controller()
export class DedupConsumer extends StageConsumerWith<DedupStore>(DedupStore) {
  @MessagePattern(restorePattern(TOPICS.ingested))
  async restore(@Payload() context: RestoreContext): Promise<OutboundMessage[]> {
    await this.store.restore(() => context.heartbeat());
    this.stats.inc('restores');
    return [];
  }

  @MessagePattern(batchPattern(TOPICS.ingested))
  handleBatch(@Payload() messages: InboundMessage[]): MessageResult[] {
    return eachMessage(messages, (message) => this.handle(message));
  }

  handle(message: InboundMessage): OutboundMessage[] {
    const article = decodePayload('ingested', message.value);
    const decision = this.store.core.decide(article);
    const out = this.store.changelogMessages(decision.changes);
    const where = {
      articleId: article.articleId,
      topic: message.topic,
      partition: message.partition,
      offset: message.offset,
    };
    if (decision.verdict === 'unique') {
      this.stats.inc('unique');
      this.logger.debug({ ...where, rule: decision.rule }, 'article is unique');
      out.push({ topic: this.topics.unique, key: article.articleId, value: message.value });
    } else {
      this.stats.inc('duplicates');
      const verdict = {
        articleId: article.articleId,
        duplicateOf: decision.duplicateOf,
        similarity: decision.similarity,
        kind: decision.kind,
      };
      this.logger.info(
        {
          ...where,
          duplicateOf: verdict.duplicateOf,
          kind: verdict.kind,
          rule: decision.rule,
          similarity: verdict.similarity,
        },
        'duplicate dropped',
      );
      out.push({ topic: this.topics.duplicates, key: article.articleId, value: encodePayload('duplicates', verdict) });
    }
    return out;
  }
}
