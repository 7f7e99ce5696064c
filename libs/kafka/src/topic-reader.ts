/**
 * Reads some partitions of a topic from given offsets up to where they end
 * now, then stops: how stages rebuild state from a changelog or a retained
 * topic on start-up and after a rebalance (dedup's changelog from the start,
 * the aggregate's changelog and the claims after its checkpoint). kafkajs has
 * no manual partition assignment: a throwaway group, its consumer told where
 * to start by a seek on every join (kafkajs applies seeks before the next
 * fetch; the unwanted partitions at their end, so nothing is fetched there;
 * a rejoin resumes where the read got to, since the group commits nothing),
 * deleted after. Not `admin.setOffsets`: that joins the group with a consumer
 * of its own and waits out one fetch (about 5 s) before the real consumer
 * joins again: five seconds on every restore and every read.
 */
import { randomUUID } from 'node:crypto';
import type { Kafka, KafkaMessage } from 'kafkajs';
import { readerGroupStart } from '@skytally/contracts';

export interface ReadFromOptions {
  /**
   * Partition → first offset to read (never before the partition's low mark); a partition not
   * listed is not read. Unset: every partition from its beginning.
   */
  from?: Map<number, bigint>;
  onMessage(message: KafkaMessage, partition: number): void;
  /** The caller's own group heartbeat: its rebalance error ends the read. */
  heartbeat?: () => Promise<void>;
  timeoutMs?: number;
  /** kafkajs's fetch size per partition (its default when unset). */
  maxBytesPerPartition?: number;
}

export interface ReadToEndOptions extends Omit<ReadFromOptions, 'from'> {
  /** The partitions to read; all when unset. */
  partitions?: number[];
}

/** Reads `topic` (or the given partitions) from the beginning to where it ends now; returns how many messages. */
export async function readTopicToEnd(kafka: Kafka, topic: string, options: ReadToEndOptions): Promise<number> {
  const { partitions, ...rest } = options;
  // A changelog's records can be large (a dedup index chunk): 8 MiB a fetch keeps the round trips few.
  return readPartitionsFrom(kafka, topic, {
    maxBytesPerPartition: 8 * 1024 * 1024,
    ...rest,
    ...(partitions ? { from: new Map(partitions.map((p) => [p, 0n])) } : {}),
  });
}

/** Reads the partitions in `options.from` from their offsets to where they end now; returns how many messages. */
export async function readPartitionsFrom(kafka: Kafka, topic: string, options: ReadFromOptions): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${readerGroupStart('restore')}${randomUUID()}`;
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    // Where each wanted partition starts (never before its low mark) and ends now.
    const plan = new Map<number, { start: bigint; end: bigint }>();
    for (const p of offsets) {
      const from = options.from ? options.from.get(p.partition) : 0n;
      if (from === undefined) continue;
      const start = from > BigInt(p.low) ? from : BigInt(p.low);
      if (start < BigInt(p.high)) plan.set(p.partition, { start, end: BigInt(p.high) });
    }
    if (!plan.size) return 0;
    const consumer = kafka.consumer({
      groupId,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      ...(options.maxBytesPerPartition ? { maxBytesPerPartition: options.maxBytesPerPartition } : {}),
    });
    const pending = new Set(plan.keys());
    // Where each wanted partition's next message is: where a rejoin resumes.
    const next = new Map([...plan].map(([partition, { start }]) => [partition, start]));
    const seekAll = (): void => {
      for (const p of offsets)
        consumer.seek({
          topic,
          partition: p.partition,
          offset: String(pending.has(p.partition) ? (next.get(p.partition) ?? p.high) : p.high),
        });
    };
    const removeJoinListener = consumer.on(consumer.events.GROUP_JOIN, seekAll);
    let read = 0;
    try {
      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: false });
      await new Promise<void>((resolve, reject) => {
        const limitMs = options.timeoutMs ?? 300_000;
        const timer = setTimeout(() => reject(new Error(`reading ${topic} took over ${limitMs} ms`)), limitMs);
        void consumer
          .run({
            autoCommit: false,
            eachBatch: async (payload) => {
              const { batch } = payload;
              const range = plan.get(batch.partition);
              if (!range || !pending.has(batch.partition)) return;
              let pastEnd = false;
              for (const message of batch.messages) {
                const offset = BigInt(message.offset);
                // Below `next`: read already (a batch fetched before a rejoin's seek, handed over after it).
                if (offset < (next.get(batch.partition) ?? range.start)) continue;
                if (offset >= range.end) {
                  pastEnd = true;
                  break;
                }
                options.onMessage(message, batch.partition);
                next.set(batch.partition, offset + 1n);
                read++;
              }
              // Settled before any heartbeat: a heartbeat that throws (this group rebalancing) must not
              // leave a finished partition pending, since its next fetch is empty and kafkajs never
              // hands over an empty batch: the read would wait for its time limit.
              if (pastEnd || (next.get(batch.partition) ?? range.start) >= range.end) pending.delete(batch.partition);
              if (!pending.size) {
                clearTimeout(timer);
                resolve();
                return;
              }
              await payload.heartbeat();
              // The caller's heartbeat is the stage consumer's, in another group. Its rebalance
              // error must end this read, not reach kafkajs from inside this consumer's eachBatch:
              // kafkajs would take it for this throwaway group rebalancing and rejoin it over and
              // over, while the stage consumer, blocked in the restore, missed its own rebalance
              // until the 60 s rebalance timeout threw it out.
              try {
                await options.heartbeat?.();
              } catch (err) {
                clearTimeout(timer);
                reject(err instanceof Error ? err : new Error(String(err)));
              }
            },
          })
          .catch((err: unknown) => {
            clearTimeout(timer);
            reject(err instanceof Error ? err : new Error(String(err)));
          });
      });
    } finally {
      removeJoinListener();
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
