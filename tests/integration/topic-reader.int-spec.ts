/**
 * The topic reader that every restore and every test read goes through (libs/kafka/src/topic-reader.ts),
 * on the real test broker: it reads exactly the partitions and offsets asked for, up to where they
 * ended when the read began.
 */
import type { Admin, Kafka } from 'kafkajs';
import { readPartitionsFrom, readTopicToEnd } from '@skytally/kafka';
import { createTestKafka, createTopics, deleteTopics, uniqueSuffix } from '../support/kafka-test-utils';

describe('topic reader', () => {
  let kafka: Kafka;
  let admin: Admin;
  const topic = `reader-${uniqueSuffix()}`;

  beforeAll(async () => {
    kafka = createTestKafka();
    admin = kafka.admin();
    await admin.connect();
    await createTopics(admin, [topic], 3);
    // Idempotent: on a loaded machine a timed-out send is retried, and a plain producer writes it twice.
    const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    // Ten messages per partition, each value naming its partition and position.
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: 30 }, (_, i) => ({ partition: i % 3, value: `p${i % 3}-${Math.floor(i / 3)}` })),
    });
    await producer.disconnect();
    // Ten per partition on the broker itself: what a read returns is then the reader's doing.
    const marks = await admin.fetchTopicOffsets(topic);
    expect(marks.map((m) => [m.partition, m.low, m.high]).sort()).toEqual([
      [0, '0', '10'],
      [1, '0', '10'],
      [2, '0', '10'],
    ]);
  });

  afterAll(async () => {
    await deleteTopics(admin, [topic]);
    await admin.disconnect();
  });

  it('reads only the partitions asked for, from their offsets, in order', async () => {
    const got: string[] = [];
    const n = await readPartitionsFrom(kafka, topic, {
      from: new Map([
        [1, 7n],
        [2, 9n],
      ]),
      onMessage: (m) => got.push(m.value?.toString() ?? ''),
    });
    expect(n).toBe(4);
    expect(got.filter((v) => v.startsWith('p1'))).toEqual(['p1-7', 'p1-8', 'p1-9']);
    expect(got.filter((v) => v.startsWith('p2'))).toEqual(['p2-9']);
  });

  it('reads a whole topic to the end it had when the read began, again and again', async () => {
    for (let round = 0; round < 3; round++) {
      const got: string[] = [];
      await readTopicToEnd(kafka, topic, { onMessage: (m) => got.push(m.value?.toString() ?? '') });
      expect(got.sort()).toEqual(Array.from({ length: 30 }, (_, i) => `p${i % 3}-${Math.floor(i / 3)}`).sort());
    }
    const some: number[] = [];
    await readTopicToEnd(kafka, topic, { partitions: [0], onMessage: (_m, partition) => some.push(partition) });
    expect(some).toEqual(Array(10).fill(0));
  });

  it('reads nothing when there is nothing after the offsets', async () => {
    const n = await readPartitionsFrom(kafka, topic, { from: new Map([[0, 10n]]), onMessage: () => undefined });
    expect(n).toBe(0);
  });
});
