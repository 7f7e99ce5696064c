/**
 * Feeds pre-serialised articles to a topic and stamps each one's feed time
 * (the moment its batch was handed to the producer). At full speed it sends
 * batches of 500 back to back; at a fixed rate it sends, every 10 ms, the
 * articles whose scheduled time has come (open loop: a slow send does not
 * lower the offered rate, the next tick catches up).
 */
import type { Kafka, Message } from 'kafkajs';
import { IDEMPOTENT_PRODUCER } from '@skytally/kafka';

export interface FeedResult {
  startedAt: number;
  endedAt: number;
  /** Article id → feed time (ms since epoch). */
  fedAt: Map<string, number>;
}

const BATCH = 500;
const TICK_MS = 10;

export async function feed(
  kafka: Kafka,
  topic: string,
  messages: (Message & { key: string })[],
  ratePerSecond?: number,
): Promise<FeedResult> {
  const producer = kafka.producer(IDEMPOTENT_PRODUCER);
  await producer.connect();
  const fedAt = new Map<string, number>();
  const startedAt = Date.now();
  try {
    let i = 0;
    while (i < messages.length) {
      let upto: number;
      if (ratePerSecond) {
        const due = Math.min(messages.length, Math.floor(((Date.now() - startedAt) / 1000) * ratePerSecond) + 1);
        if (due <= i) {
          await sleep(TICK_MS);
          continue;
        }
        upto = Math.min(due, i + BATCH);
      } else {
        upto = Math.min(messages.length, i + BATCH);
      }
      const batch = messages.slice(i, upto);
      const now = Date.now();
      for (const m of batch) fedAt.set(m.key, now);
      await producer.send({ topic, messages: batch, acks: -1 });
      i = upto;
    }
  } finally {
    await producer.disconnect();
  }
  return { startedAt, endedAt: Date.now(), fedAt };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
