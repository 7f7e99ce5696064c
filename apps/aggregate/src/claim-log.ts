/**
 * Where the aggregate rebuilds its state from: the retained claims topic,
 * read for the partitions this instance owns. An interface, so the store's
 * batching logic is tested with the claims in memory and the service reads
 * them from Kafka.
 */
import type { Kafka } from 'kafkajs';
import { readTopicToEnd, topicPartitionCount } from '@skytally/kafka';

export const CLAIM_LOG = Symbol('CLAIM_LOG');

export interface ClaimLog {
  /** Partitions of the claims topic: with the keys, which rows a partition holds. */
  partitionCount(): Promise<number>;
  /** Reads `partitions` from their start to where they end now; returns how many messages it read. */
  read(
    partitions: number[],
    onMessage: (key: Buffer | null, value: Buffer | null, partition: number) => void,
    heartbeat: () => Promise<void>,
  ): Promise<number>;
}

export class KafkaClaimLog implements ClaimLog {
  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
  ) {}

  partitionCount(): Promise<number> {
    return topicPartitionCount(this.kafka, this.topic);
  }

  read(
    partitions: number[],
    onMessage: (key: Buffer | null, value: Buffer | null, partition: number) => void,
    heartbeat: () => Promise<void>,
  ): Promise<number> {
    if (!partitions.length) return Promise.resolve(0);
    return readTopicToEnd(this.kafka, this.topic, {
      partitions,
      heartbeat,
      onMessage: (m, partition) => onMessage(m.key, m.value, partition),
    });
  }
}
