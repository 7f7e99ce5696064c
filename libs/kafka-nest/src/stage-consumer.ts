/**
 * The opening every stage's controller shares: its topic names, logger and
 * stats, injected once here instead of in four constructors.
 *
 *   @Controller() class ExtractConsumer extends StageConsumer { … }            // (topics, logger, stats)
 *   @Controller() class DedupConsumer extends StageConsumerWith<DedupStore>(DedupStore) { … this.store … }
 *                                                                            // (store, topics, logger, stats)
 *
 * A subclass without a constructor of its own is built by Nest from these
 * parameters (their metadata is inherited), and by a test with `new`.
 */
import { Inject, type InjectionToken } from '@nestjs/common';
import type { TopicNames } from '@skytally/contracts';
import { StageStats } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';
import { LOGGER, TOPIC_NAMES } from './stage-context.module';

export abstract class StageConsumer {
  constructor(
    @Inject(TOPIC_NAMES) protected readonly topics: TopicNames,
    @Inject(LOGGER) protected readonly logger: Logger,
    @Inject(StageStats) protected readonly stats: StageStats,
  ) {}
}

/** A StageConsumer whose first constructor parameter is the stage's store (`token`: its class or provider token). */
export function StageConsumerWith<S>(token: InjectionToken) {
  abstract class StageConsumerWithStore extends StageConsumer {
    constructor(
      @Inject(token) protected readonly store: S,
      @Inject(TOPIC_NAMES) topics: TopicNames,
      @Inject(LOGGER) logger: Logger,
      @Inject(StageStats) stats: StageStats,
    ) {
      super(topics, logger, stats);
    }
  }
  return StageConsumerWithStore;
}
