import { Module } from '@nestjs/common';
import type { TopicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { CONFIG, KAFKA, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Kafka } from 'kafkajs';
import { AggregateConsumer } from './aggregate.consumer';
import { AggregateStore, CLOCK } from './aggregate.store';
import { CHECKPOINT_EVERY } from '@skytally/aggregation';
import { CLAIM_LOG, KafkaClaimLog } from './claim-log';
import { CHECKPOINT_EVERY_CLAIMS, KafkaStateLog, STATE_LOG } from './state-changelog';

@Module({
  controllers: [AggregateConsumer],
  providers: [
    AggregateStore,
    { provide: CLOCK, useValue: Date.now },
    {
      provide: CLAIM_LOG,
      useFactory: (kafka: Kafka, topics: TopicNames) => new KafkaClaimLog(kafka, topics.claims),
      inject: [KAFKA, TOPIC_NAMES],
    },
    {
      provide: STATE_LOG,
      useFactory: (kafka: Kafka, topics: TopicNames) => new KafkaStateLog(kafka, topics.aggregateChangelog),
      inject: [KAFKA, TOPIC_NAMES],
    },
    {
      provide: CHECKPOINT_EVERY_CLAIMS,
      useFactory: (config: SkytallyConfig) => config.SKYTALLY_AGGREGATE_CHECKPOINT_EVERY ?? CHECKPOINT_EVERY,
      inject: [CONFIG],
    },
  ],
})
export class AggregateModule {}
