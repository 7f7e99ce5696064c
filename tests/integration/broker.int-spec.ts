/**
 * The broker the harness provides really carries messages: kafkajs producer -> topic -> consumer,
 * with keys, headers, per-partition order, consumer-group offsets; and (local broker only) the
 * lifecycle later chaos tests rely on: SIGKILL, restart on the same data dir and port, data intact.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel, type Admin, type Producer } from 'kafkajs';
import {
  killLocalBroker,
  localBrokerStatus,
  restartLocalBroker,
  startLocalBroker,
  stopLocalBroker,
} from '@skytally/broker';
import {
  collectMessages,
  createTestKafka,
  createTopics,
  deleteTopics,
  readTopic,
  uniqueSuffix,
  waitForMessages,
} from '../support/kafka-test-utils';

// jest.config.js sets testTimeout inside the `integration` project, where Jest ignores it (it is a
// global option), so the budget is set here: first group joins and broker restarts take seconds.
jest.setTimeout(120_000);

describe('Kafka broker round trip', () => {
  let kafka: Kafka;
  let admin: Admin;
  let producer: Producer;
  const created: string[] = [];

  beforeAll(async () => {
    kafka = createTestKafka('broker-int');
    admin = kafka.admin();
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await Promise.all([admin.connect(), producer.connect()]);
  });

  afterAll(async () => {
    await deleteTopics(admin, created);
    await Promise.all([producer?.disconnect(), admin?.disconnect()]);
  });

  async function newTopic(partitions: number): Promise<string> {
    const topic = `it-broker-${uniqueSuffix()}`;
    await createTopics(admin, [topic], partitions);
    created.push(topic);
    return topic;
  }

  it('delivers every produced message exactly once, keyed messages in order, headers intact', async () => {
    const topic = await newTopic(3);
    const keys = ['kyiv', 'lviv', 'odesa', 'kharkiv', 'dnipro'];
    const sent = Array.from({ length: 50 }, (_, seq) => ({
      key: keys[seq % keys.length]!,
      value: JSON.stringify({ seq }),
      headers: { 'trace-id': `t-${seq}` },
    }));
    const collector = await collectMessages(kafka.consumer({ groupId: `it-broker-${uniqueSuffix()}` }), [topic]);
    try {
      // Two batches so the consumer sees messages produced after it joined as well as before.
      await producer.send({ topic, acks: -1, messages: sent.slice(0, 25) });
      await producer.send({ topic, acks: -1, messages: sent.slice(25) });
      const got = await waitForMessages(collector.messages, sent.length);

      const seqs = got.map((m) => (JSON.parse(m.value!) as { seq: number }).seq);
      expect(new Set(seqs).size).toBe(sent.length);
      expect([...seqs].sort((a, b) => a - b)).toEqual(sent.map((_, i) => i));
      for (const key of keys) {
        const forKey = got.filter((m) => m.key === key);
        expect(new Set(forKey.map((m) => m.partition)).size).toBe(1);
        const order = forKey.map((m) => (JSON.parse(m.value!) as { seq: number }).seq);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
      for (const m of got) expect(m.headers['trace-id']).toBe(`t-${(JSON.parse(m.value!) as { seq: number }).seq}`);
      expect(new Set(got.map((m) => m.partition)).size).toBeGreaterThan(1);
    } finally {
      await collector.stop();
    }
  });

  it('resumes a consumer group from its committed offsets', async () => {
    const topic = await newTopic(1);
    const groupId = `it-resume-${uniqueSuffix()}`;
    await producer.send({ topic, acks: -1, messages: [1, 2, 3].map((n) => ({ value: `first-${n}` })) });

    const first = await collectMessages(kafka.consumer({ groupId }), [topic]);
    await waitForMessages(first.messages, 3);
    await first.stop(); // commits the consumed offsets

    await producer.send({ topic, acks: -1, messages: [4, 5].map((n) => ({ value: `second-${n}` })) });
    const second = await collectMessages(kafka.consumer({ groupId }), [topic]);
    try {
      const got = await waitForMessages(second.messages, 2);
      expect(got.map((m) => m.value)).toEqual(['second-4', 'second-5']);
    } finally {
      await second.stop();
    }
    // A fresh group still sees the whole topic.
    expect((await readTopic(kafka, topic, 5)).map((m) => m.value)).toEqual([
      'first-1',
      'first-2',
      'first-3',
      'second-4',
      'second-5',
    ]);
  });
});

// Needs a JVM; the harness says whether the local broker works here.
const lifecycle =
  process.env.SKYTALLY_TEST_BROKER_KIND === 'local' && process.env.SKYTALLY_TEST_BROKER_LIFECYCLE !== '0'
    ? describe
    : describe.skip;

lifecycle('local broker lifecycle (own broker, not the shared one)', () => {
  let stateDir: string;
  beforeAll(() => (stateDir = mkdtempSync(join(tmpdir(), 'skytally-it-lifecycle-'))));
  afterAll(async () => {
    await stopLocalBroker(stateDir);
    rmSync(stateDir, { recursive: true, force: true });
  });

  async function withKafka<T>(brokers: string, fn: (k: Kafka) => Promise<T>): Promise<T> {
    return fn(
      new Kafka({ clientId: 'it-lifecycle', brokers: [brokers], logLevel: logLevel.NOTHING, retry: { retries: 8 } }),
    );
  }

  it('keeps data and address across SIGKILL + restart, and never runs two brokers per state dir', async () => {
    const broker = await startLocalBroker({ stateDir, heapMb: 256 });
    expect(await startLocalBroker({ stateDir })).toMatchObject({ pid: broker.pid, brokers: broker.brokers });
    const topic = `it-lifecycle-${uniqueSuffix()}`;
    await withKafka(broker.brokers, async (k) => {
      const admin = k.admin();
      const producer = k.producer({ idempotent: true, maxInFlightRequests: 1 });
      await Promise.all([admin.connect(), producer.connect()]);
      await createTopics(admin, [topic], 1);
      await producer.send({ topic, acks: -1, messages: ['a', 'b', 'c'].map((value) => ({ value })) });
      await Promise.all([admin.disconnect(), producer.disconnect()]);
    });

    expect(await killLocalBroker(stateDir, 'SIGKILL')).toBe(true);
    expect((await localBrokerStatus(stateDir)).running).toBe(false);

    const again = await restartLocalBroker(stateDir);
    expect(again.brokers).toBe(broker.brokers);
    expect(again.pid).not.toBe(broker.pid);
    const values = await withKafka(again.brokers, async (k) =>
      (await readTopic(k, topic, 3, 60_000)).map((m) => m.value),
    );
    expect(values).toEqual(['a', 'b', 'c']);

    expect(await stopLocalBroker(stateDir)).toBe('terminated');
    expect(await localBrokerStatus(stateDir)).toEqual({ running: false, stateDir });
  });
});
