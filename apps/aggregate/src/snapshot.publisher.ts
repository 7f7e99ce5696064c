import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Kafka, Producer } from 'kafkajs';
import { IDEMPOTENT_PRODUCER, KAFKA, type OutboundMessage } from '@skytally/kafka';

/**
 * Publishes snapshots outside the consume loop (the wall-clock advance). They
 * are absolute, so one racing a batch's own snapshots is harmless: the later
 * one per key wins and both are correct at their asOf.
 */
@Injectable()
export class SnapshotPublisher implements OnModuleDestroy {
  private producer?: Producer;
  private connecting?: Promise<void>;

  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}

  async publish(messages: OutboundMessage[]): Promise<void> {
    if (!this.producer) {
      this.producer = this.kafka.producer(IDEMPOTENT_PRODUCER);
      this.connecting = this.producer.connect();
    }
    await this.connecting;
    const byTopic = new Map<string, { key: string | Buffer | null; value: string | Buffer | null }[]>();
    for (const m of messages) {
      if (!byTopic.has(m.topic)) byTopic.set(m.topic, []);
      byTopic.get(m.topic)!.push({ key: m.key, value: m.value });
    }
    const producer = this.producer;
    try {
      await producer.sendBatch({ topicMessages: [...byTopic].map(([topic, msgs]) => ({ topic, messages: msgs })), acks: -1 });
    } catch (err) {
      // A producer kafkajs gave up on (the broker lost its producer id in a
      // crash) fails every later send: drop it so the next tick starts afresh.
      if ((err as { retriable?: boolean }).retriable !== true && this.producer === producer) {
        this.producer = undefined;
        await producer.disconnect().catch(() => undefined);
      }
      throw err;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.producer?.disconnect();
  }
}
