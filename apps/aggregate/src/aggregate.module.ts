import { Module } from '@nestjs/common';
import type { TopicNames } from '@skytally/contracts';
import { KAFKA, TOPIC_NAMES } from '@skytally/kafka-nest';
import type { Kafka } from 'kafkajs';
import { AggregateConsumer } from './aggregate.consumer';
import { AggregateStore, CLOCK } from './aggregate.store';
import { CLAIM_LOG, KafkaClaimLog } from './claim-log';

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
  ],
})
export class AggregateModule {}
