/**
 * Where dedup's index lives: in memory (DedupCore), with every change written
 * to the compacted changelog topic `skytally.dedup-index` (key articleId,
 * value an index entry, null to evict). On assignment of articles.ingested
 * the index is rebuilt by reading that topic to its end, so a restart or a
 * failover to another instance remembers what came before.
 */
import { Inject, Injectable } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { DedupIndexEntrySchema, type TopicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { DedupCore, type IndexChange } from '@skytally/dedup';
import { type OutboundMessage, readTopicToEnd } from '@skytally/kafka';
import { CONFIG, KAFKA, LOGGER, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Logger } from '@skytally/logger';
import { dedupOptionsFor } from '@skytally/stage-options';

@Injectable()
export class DedupStore {
  private current: DedupCore;

  constructor(
    @Inject(CONFIG) private readonly config: SkytallyConfig,
    @Inject(KAFKA) private readonly kafka: Kafka,
    @Inject(TOPIC_NAMES) private readonly topics: TopicNames,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    this.current = new DedupCore(dedupOptionsFor(config));
  }

  get core(): DedupCore {
    return this.current;
  }

  /** Replaces the index with the one the changelog holds. */
  async restore(heartbeat: () => Promise<void>): Promise<void> {
    const started = Date.now();
    const core = new DedupCore(dedupOptionsFor(this.config));
    let skipped = 0;
    const read = await readTopicToEnd(this.kafka, this.topics.dedupChangelog, {
      heartbeat,
      onMessage: (message) => {
        const articleId = message.key?.toString('utf8');
        if (!articleId) return;
        const parsed = message.value
          ? DedupIndexEntrySchema.safeParse(JSON.parse(message.value.toString('utf8')))
          : null;
        if (parsed && !parsed.success) {
          skipped++;
          return;
        }
        core.restore({ articleId, entry: parsed ? parsed.data : null });
      },
    });
    this.current = core;
    this.logger.info(
      { changelogMessages: read, entries: core.size(), skipped, ms: Date.now() - started },
      'dedup index restored from changelog',
    );
  }

  changelogMessages(changes: IndexChange[]): OutboundMessage[] {
    return changes.map((c) => ({
      topic: this.topics.dedupChangelog,
      key: c.articleId,
      value: c.entry ? JSON.stringify(c.entry) : null,
    }));
  }
}
