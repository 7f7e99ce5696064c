import { type DynamicModule, Global, Module } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { topicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import type { Logger } from '@skytally/logger';
import { StageStats } from '@skytally/kafka';

export const CONFIG = Symbol('skytally.config');
export const LOGGER = Symbol('skytally.logger');
export const TOPIC_NAMES = Symbol('skytally.topics');
export const KAFKA = Symbol('skytally.kafka');

export interface StageContext {
  config: SkytallyConfig;
  logger: Logger;
  kafka: Kafka;
  stats: StageStats;
}

/** What every stage's providers may inject: config, logger, topic names, the Kafka client, stats. */
@Global()
@Module({})
export class StageContextModule {
  static forRoot(context: StageContext): DynamicModule {
    const providers = [
      { provide: CONFIG, useValue: context.config },
      { provide: LOGGER, useValue: context.logger },
      { provide: KAFKA, useValue: context.kafka },
      { provide: TOPIC_NAMES, useValue: topicNames(context.config.SKYTALLY_TOPIC_PREFIX) },
      { provide: StageStats, useValue: context.stats },
    ];
    return { module: StageContextModule, providers, exports: providers.map((p) => p.provide) };
  }
}
