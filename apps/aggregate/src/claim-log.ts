/**
 * Where the aggregate rebuilds its state from: the retained claims topic,
 * read for the partitions this instance owns, after the offsets its last
 * checkpoint covers (state-changelog.ts). An interface, so the store's
 * batching logic is tested with the claims in memory and the service reads
 * them from Kafka.
 */
import type { Kafka } from 'kafkajs';
import { readPartitionsFrom, topicPartitionCount } from '@skytally/kafka';

export const CLAIM_LOG = Symbol('CLAIM_LOG');

export interface ClaimLog {
  /** Partitions of the claims topic: with the keys, which rows a partition holds. */
  partitionCount(): Promise<number>;
  /**
   * Reads each partition in `from` from that offset (its start when the
   * offset is older) to where it ends now; returns how many messages it read.
   */
  read(
    from: Map<number, bigint>,
    onMessage: (key: Buffer | null, value: Buffer | null, partition: number, offset: string) => void,
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
    from: Map<number, bigint>,
    onMessage: (key: Buffer | null, value: Buffer | null, partition: number, offset: string) => void,
    heartbeat: () => Promise<void>,
  ): Promise<number> {
    if (!from.size) return Promise.resolve(0);
    return readPartitionsFrom(this.kafka, this.topic, {
      from,
      heartbeat,
      onMessage: (m, partition) => onMessage(m.key, m.value, partition, m.offset),
    });
  }
}
