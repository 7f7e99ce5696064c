/**
 * Reads some partitions of a topic from given offsets up to where they end
 * now: the claims after a checkpoint, and the tail of the aggregate's
 * changelog. (libs/kafka's readTopicToEnd always starts at the beginning;
 * once it takes start offsets this file can go.) kafkajs has no manual
 * assignment: a throwaway group whose offsets are set before it joins, so
 * it fetches nothing before them, and which is deleted after.
 */
import { randomUUID } from 'node:crypto';
import { readerGroupStart } from '@skytally/contracts';
import type { Kafka, KafkaMessage } from 'kafkajs';

export interface ReadFromOptions {
  /** Partition → first offset to read; a partition not listed is not read. */
  from: Map<number, bigint>;
  onMessage(message: KafkaMessage, partition: number): void;
  heartbeat?: () => Promise<void>;
  timeoutMs?: number;
}

/** Returns how many messages it read. */
export async function readPartitionsFrom(kafka: Kafka, topic: string, options: ReadFromOptions): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `${readerGroupStart('restore')}${randomUUID()}`;
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    // Where each wanted partition starts (never before its low mark) and ends now.
    const plan = new Map<number, { start: bigint; end: bigint }>();
    for (const p of offsets) {
      const from = options.from.get(p.partition);
      if (from === undefined) continue;
      const start = from > BigInt(p.low) ? from : BigInt(p.low);
      if (start < BigInt(p.high)) plan.set(p.partition, { start, end: BigInt(p.high) });
    }
    if (!plan.size) return 0;
    // Every partition of the group gets an offset: the unwanted ones at their end, so nothing is fetched there.
    await admin.setOffsets({
      groupId,
      topic,
      partitions: offsets.map((p) => ({
        partition: p.partition,
        offset: String(plan.get(p.partition)?.start ?? p.high),
      })),
    });
    const consumer = kafka.consumer({ groupId, sessionTimeout: 30_000, heartbeatInterval: 3_000 });
    const pending = new Set(plan.keys());
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
              let done = false;
              for (const message of batch.messages) {
                const offset = BigInt(message.offset);
                if (offset < range.start) continue;
                if (offset >= range.end) {
                  done = true;
                  break;
                }
                options.onMessage(message, batch.partition);
                read++;
                if (offset + 1n >= range.end) done = true;
              }
              await payload.heartbeat();
              // The caller's heartbeat belongs to the stage's group: its rebalance ends this read.
              try {
                await options.heartbeat?.();
              } catch (err) {
                clearTimeout(timer);
                reject(err instanceof Error ? err : new Error(String(err)));
                return;
              }
              if (done) pending.delete(batch.partition);
              if (!pending.size) {
                clearTimeout(timer);
                resolve();
              }
            },
          })
          .catch((err: unknown) => {
            clearTimeout(timer);
            reject(err instanceof Error ? err : new Error(String(err)));
          });
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
