/**
 * Reads a topic (or some of its partitions) from the beginning up to where
 * it ends now, then stops: how stages rebuild state from a changelog or a
 * retained topic on start-up and after a rebalance. kafkajs has no manual
 * partition assignment, so it uses a throwaway consumer group, deleted after.
 */
import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { readerGroupStart } from '@skytally/contracts';

export interface ReadToEndOptions {
  partitions?: number[];
  onMessage(message: KafkaMessage, partition: number): void;
  heartbeat?: () => Promise<void>;
  timeoutMs?: number;
}

export async function readTopicToEnd(kafka: Kafka, topic: string, options: ReadToEndOptions): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${readerGroupStart('restore')}${randomUUID()}`;
  try {
    const ends = await admin.fetchTopicOffsets(topic);
    const targets = new Map(
      ends
        .filter(
          (p) => (!options.partitions || options.partitions.includes(p.partition)) && BigInt(p.high) > BigInt(p.low),
        )
        .map((p) => [p.partition, BigInt(p.high)]),
    );
    if (!targets.size) return 0;
    const wanted = new Set(targets.keys());
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxBytesPerPartition: 8 * 1024 * 1024,
    });
    let read = 0;
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`reading ${topic} to its end took over ${options.timeoutMs ?? 300_000} ms`)),
          options.timeoutMs ?? 300_000,
        );
        const finish = (partition: number) => {
          wanted.delete(partition);
          if (!wanted.size) {
            clearTimeout(timer);
            resolve();
          }
        };
        consumer
          .run({
            autoCommit: false,
            eachBatch: async (payload) => {
              const { batch } = payload;
              const end = targets.get(batch.partition);
              if (end === undefined || !wanted.has(batch.partition)) return;
              for (const message of batch.messages) {
                if (BigInt(message.offset) >= end) break;
                options.onMessage(message, batch.partition);
                read++;
              }
              await payload.heartbeat();
              // The caller's heartbeat is the stage consumer's, in another group.
              // Its rebalance error must end this read, not reach kafkajs from
              // inside this consumer's eachBatch: kafkajs would take it for this
              // throwaway group rebalancing and rejoin it over and over, while
              // the stage consumer, blocked in the restore, missed its own
              // rebalance until the 60 s rebalance timeout threw it out.
              try {
                await options.heartbeat?.();
              } catch (err) {
                clearTimeout(timer);
                reject(err instanceof Error ? err : new Error(String(err)));
                return;
              }
              const last = batch.messages.at(-1);
              if (last && BigInt(last.offset) + 1n >= end) finish(batch.partition);
            },
          })
          .then(() => {
            // The throwaway member is assigned every partition: fetch only the wanted ones.
            const others = ends.map((p) => p.partition).filter((p) => !wanted.has(p));
            if (others.length) consumer.pause([{ topic, partitions: others }]);
          })
          .catch(reject);
      });
    } finally {
      await consumer.disconnect();
    }
    return read;
  } finally {
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

/** How many partitions `topic` has (what a stage needs to map keys to partitions). */
export async function topicPartitionCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0]?.partitions.length ?? 0;
  } finally {
    await admin.disconnect();
  }
}
