/**
 * Helpers for integration tests against the harness's broker (process.env.KAFKA_BROKERS).
 * Everything waits on a condition with a deadline, never a fixed sleep (the model is kafkajs's own
 * testHelpers: waitFor / waitForMessages / waitForConsumerToJoinGroup). Names are made unique per
 * test so test files can share one broker and run in parallel.
 */
import { randomBytes } from 'node:crypto';
import { Kafka, logLevel, type Admin, type Consumer, type ITopicConfig, type KafkaMessage } from 'kafkajs';

export interface CollectedMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string | null;
  headers: Record<string, string>;
  timestamp: string;
}

/** Random, sortable-ish suffix for topic and group names: `<base36 time>-<8 hex>`. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
}

export function testBrokers(): string[] {
  const raw = process.env.KAFKA_BROKERS;
  if (!raw)
    throw new Error(
      'KAFKA_BROKERS is not set: run integration tests through `jest --selectProjects integration` (tests/support/global-setup.ts)',
    );
  return raw
    .split(',')
    .map((b) => b.trim())
    .filter(Boolean);
}

const LOG_LEVELS: Record<string, logLevel> = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
};

/** A kafkajs client on the test broker; silent unless SKYTALLY_TEST_KAFKAJS_LOG=error|warn|info|debug. */
export function createTestKafka(clientId = `test-${uniqueSuffix()}`): Kafka {
  return new Kafka({
    clientId,
    brokers: testBrokers(),
    logLevel: LOG_LEVELS[process.env.SKYTALLY_TEST_KAFKAJS_LOG ?? 'nothing'] ?? logLevel.NOTHING,
    retry: { initialRetryTime: 100, retries: 8 },
  });
}

export interface WaitOptions {
  timeoutMs?: number;
  /** The least pause between two checks; a check that takes longer (a topic read) pauses twice its own time. */
  intervalMs?: number;
  /** Named in the timeout error. */
  description?: string;
}

function describeError(err: unknown): string {
  return err instanceof Error ? err.message : typeof err === 'string' ? err : JSON.stringify(err);
}

/**
 * Polls `condition` until it returns a truthy value (resolved) and returns that value. Errors thrown
 * by the condition count as "not yet"; the last one is reported on timeout. The pause after a check
 * is at least twice what the check took, so a costly check (reading a topic joins a consumer group of
 * its own: 60-170 ms of client and broker work) polls a third of the time rather than back to back:
 * files run side by side on two cores, and a busy-polling wait slows every other file.
 */
export async function waitFor<T>(condition: () => T | Promise<T>, opts: WaitOptions = {}): Promise<NonNullable<T>> {
  const { timeoutMs = 20_000, intervalMs = 50, description = 'condition' } = opts;
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    const checkStarted = Date.now();
    try {
      const value = await condition();
      if (value) return value;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError === undefined ? '' : `; last error: ${describeError(lastError)}`;
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${description}${why}`);
    }
    const pause = Math.max(intervalMs, 2 * (Date.now() - checkStarted));
    await new Promise((r) => setTimeout(r, Math.min(pause, Math.max(0, deadline - Date.now()))));
  }
}

/** Creates topics (ignoring ones that exist) and waits until every partition has a leader. */
export async function createTopics(
  admin: Admin,
  names: string[],
  partitions = 1,
  extra: Omit<ITopicConfig, 'topic' | 'numPartitions'> = {},
): Promise<void> {
  // Not kafkajs's waitForLeaders: it retries only LEADER_NOT_AVAILABLE, and a topic just created is
  // sometimes not yet in the broker's metadata at all (UNKNOWN_TOPIC_OR_PARTITION), which it threw:
  // a CI run lost partition-guard's two tests to it. The wait below takes errors as "not yet".
  await admin.createTopics({
    topics: names.map((topic) => ({ topic, numPartitions: partitions, ...extra })),
    waitForLeaders: false,
  });
  await waitFor(
    async () => {
      const { topics } = await admin.fetchTopicMetadata({ topics: names });
      return (
        topics.length === names.length &&
        topics.every((t) => t.partitions.length === partitions && t.partitions.every((p) => p.leader >= 0))
      );
    },
    { description: `leaders for ${names.join(', ')}` },
  );
}

/** Best-effort delete (tests clean up after themselves; a failure here must not fail the test). */
export async function deleteTopics(admin: Admin, names: string[]): Promise<void> {
  await admin.deleteTopics({ topics: names, timeout: 10_000 }).catch(() => undefined);
}

export function toCollected(topic: string, partition: number, m: KafkaMessage): CollectedMessage {
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.headers ?? {}))
    if (v !== undefined) headers[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  return {
    topic,
    partition,
    offset: m.offset,
    key: m.key?.toString() ?? null,
    value: m.value?.toString() ?? null,
    headers,
    timestamp: m.timestamp,
  };
}

/** Resolves once the consumer has joined its group (kafkajs GROUP_JOIN event). */
export function waitForConsumerToJoinGroup(consumer: Consumer, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      remove();
      reject(new Error(`consumer did not join its group within ${timeoutMs} ms`));
    }, timeoutMs);
    const remove = consumer.on(consumer.events.GROUP_JOIN, () => {
      clearTimeout(timer);
      remove();
      resolve();
    });
  });
}

export interface MessageCollector {
  /** Grows as messages arrive. */
  messages: CollectedMessage[];
  consumer: Consumer;
  /** Disconnects the consumer (commits what it consumed). */
  stop(): Promise<void>;
}

/** Subscribes `consumer` to `topics`, runs it, and collects every message into `messages`. */
export async function collectMessages(
  consumer: Consumer,
  topics: string[],
  fromBeginning = true,
): Promise<MessageCollector> {
  const messages: CollectedMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning });
  const joined = waitForConsumerToJoinGroup(consumer);
  await consumer.run({
    eachMessage: ({ topic, partition, message }) => {
      messages.push(toCollected(topic, partition, message));
      return Promise.resolve();
    },
  });
  await joined;
  return { messages, consumer, stop: () => consumer.disconnect() };
}

/** A message count to reach, or a predicate over everything collected so far. */
export type Expectation<T> = number | ((messages: T[]) => boolean);

/** Waits until `messages` (e.g. a collector's) satisfies `expected`; returns a snapshot. */
export async function waitForMessages<T>(messages: T[], expected: Expectation<T>, timeoutMs = 30_000): Promise<T[]> {
  const done = typeof expected === 'number' ? (m: T[]) => m.length >= expected : expected;
  const what = typeof expected === 'number' ? `${expected} messages` : 'the expected messages';
  await waitFor(() => done(messages), { timeoutMs, description: `${what} (have ${messages.length})` });
  return [...messages];
}

/** Reads `topic` from the beginning with a throw-away group until `expected` holds, then disconnects. */
export async function readTopic(
  kafka: Kafka,
  topic: string,
  expected: Expectation<CollectedMessage>,
  timeoutMs = 30_000,
): Promise<CollectedMessage[]> {
  const collector = await collectMessages(kafka.consumer({ groupId: `read-${topic}-${uniqueSuffix()}` }), [topic]);
  try {
    return await waitForMessages(collector.messages, expected, timeoutMs);
  } finally {
    await collector.stop();
  }
}
