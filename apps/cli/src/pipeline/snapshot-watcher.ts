import { randomUUID } from 'node:crypto';
import type { Admin, Consumer, Kafka } from 'kafkajs';
import { type Snapshot, decodePayload, readerGroupStart } from '@skytally/contracts';
import type { Logger } from '@skytally/logger';

/**
 * Follows interceptions.rolling from the beginning and keeps the latest
 * snapshot per key, as any compacted-topic reader would. Uses a throwaway
 * consumer group, deleted on stop, so watching leaves nothing behind.
 */
export class SnapshotWatcher {
  readonly latest = new Map<string, Snapshot>();
  private consumer?: Consumer;
  private readonly groupId = `${readerGroupStart('watch')}${randomUUID()}`;
  private readonly consumed = new Map<number, string>();

  constructor(
    private readonly kafka: Kafka,
    private readonly topic: string,
    private readonly logger: Logger,
    private readonly onChange: (snapshot: Snapshot) => void = () => {},
  ) {}

  async start(): Promise<void> {
    this.consumer = this.kafka.consumer({ groupId: this.groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000 });
    await this.consumer.connect();
    await this.consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await this.consumer.run({
      autoCommit: false,
      eachMessage: ({ message, partition }) => {
        this.consumed.set(partition, message.offset);
        if (!message.value) {
          // A tombstone: the key has no counts any more.
          if (message.key) this.latest.delete(message.key.toString());
          return Promise.resolve();
        }
        try {
          const snapshot = decodePayload('rolling', message.value);
          this.latest.set(snapshot.key, snapshot);
          this.onChange(snapshot);
        } catch (err) {
          this.logger.warn(
            { err: (err as Error).message, partition, offset: message.offset },
            'skipping a snapshot that breaks the contract',
          );
        }
        return Promise.resolve();
      },
    });
  }

  /** True once every partition has been read up to its current end. */
  async caughtUp(admin: Admin): Promise<boolean> {
    const ends = await admin.fetchTopicOffsets(this.topic);
    return ends.every((p) => {
      const read = this.consumed.get(p.partition);
      return BigInt(p.high) === 0n || (read !== undefined && BigInt(read) + 1n >= BigInt(p.high));
    });
  }

  async stop(admin?: Admin): Promise<void> {
    await this.consumer?.disconnect();
    if (admin) await admin.deleteGroups([this.groupId]).catch(() => undefined);
  }
}
