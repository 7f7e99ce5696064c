import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '@skytally/config';
import { kafkaClientOptions, securityFailure } from './kafka-client.factory';

describe('kafka client options from the environment', () => {
  it('defaults to a local plaintext broker', () => {
    const options = kafkaClientOptions(parseConfig({}), 'ingest');
    expect(options.brokers).toEqual(['127.0.0.1:9092']);
    expect(options.ssl).toBeUndefined();
    expect(options.sasl).toBeUndefined();
    expect(options.clientId).toBe('skytally-ingest');
  });

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'] as const)('configures SASL %s', (mechanism) => {
    const options = kafkaClientOptions(
      parseConfig({
        KAFKA_BROKERS: 'b1:9093, b2:9093',
        KAFKA_SASL_MECHANISM: mechanism,
        KAFKA_SASL_USERNAME: 'u',
        KAFKA_SASL_PASSWORD: 'p',
      }),
      'dedup',
    );
    expect(options.brokers).toEqual(['b1:9093', 'b2:9093']);
    expect(options.sasl).toEqual({ mechanism, username: 'u', password: 'p' });
  });

  it('configures TLS with a CA and a client certificate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tls-'));
    for (const f of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, f), `-----${f}-----`);
    const options = kafkaClientOptions(
      parseConfig({
        KAFKA_SSL: 'true',
        KAFKA_SSL_CA_FILE: join(dir, 'ca.pem'),
        KAFKA_SSL_CERT_FILE: join(dir, 'cert.pem'),
        KAFKA_SSL_KEY_FILE: join(dir, 'key.pem'),
        KAFKA_SSL_REJECT_UNAUTHORIZED: 'false',
      }),
      'extract',
    );
    expect(options.ssl).toEqual({
      rejectUnauthorized: false,
      ca: ['-----ca.pem-----'],
      cert: '-----cert.pem-----',
      key: '-----key.pem-----',
    });
  });
});

describe('security failures that no retry fixes', () => {
  const config = parseConfig({
    KAFKA_BROKERS: 'b1:9093',
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: 'skytally',
    KAFKA_SASL_PASSWORD: 'hunter2-secret',
  });

  it('names a failed SASL login with the user, never the password', () => {
    const line = securityFailure(
      'SASL SCRAM SHA512 authentication failed: Authentication failed during authentication due to invalid credentials',
      config,
    )!;
    expect(line).toMatch(/^Kafka authentication failed for user "skytally" \(SASL scram-sha-512\) at b1:9093/);
    expect(line).not.toContain('hunter2');
  });

  it('names the principal and what it may not do on an authorization failure', () => {
    expect(
      securityFailure(
        'Response Produce(key: 0, version: 7) | Not authorized to access topics: [Topic authorization failed]',
        config,
      ),
    ).toBe(
      'Kafka authorization failed: principal "User:skytally" may not write to a topic it needs (Topic authorization failed on Produce); grant it the ACLs listed in the README ("An existing Kafka cluster")',
    );
    expect(
      securityFailure(
        'Response JoinGroup(key: 11, version: 5) | Not authorized to access group: Group authorization failed',
        config,
      ),
    ).toMatch(/may not join a group it needs/);
  });

  it('leaves retriable trouble alone', () => {
    expect(
      securityFailure('Response Metadata(key: 3, version: 6) | This server does not host this topic-partition', config),
    ).toBeUndefined();
    expect(securityFailure('Closed connection', config)).toBeUndefined();
    expect(securityFailure('Connection error: connect ECONNREFUSED 127.0.0.1:9092', config)).toBeUndefined();
  });
});

describe('sendPerPartition', () => {
  it('sends each partition of a send as its own request, keyed messages where kafkajs would put them', async () => {
    const { Kafka, Partitioners } = await import('kafkajs');
    const { partitionsForPartitioner, sendPerPartition } = await import('./kafka-client.factory');
    const kafka = new Kafka({ clientId: 't', brokers: ['127.0.0.1:1'] });
    const requests: { topic: string; partitions: number[] }[] = [];
    const fakeProducer = {
      sendBatch: (b: { topicMessages: { topic: string; messages: { partition?: number }[] }[] }) => {
        for (const tm of b.topicMessages)
          requests.push({ topic: tm.topic, partitions: tm.messages.map((m) => m.partition ?? -1) });
        return Promise.resolve([]);
      },
    };
    (kafka as unknown as { producer: () => unknown }).producer = () => ({ ...fakeProducer });
    (kafka as unknown as { admin: () => unknown }).admin = () => ({
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      fetchTopicMetadata: () =>
        Promise.resolve({ topics: [{ partitions: [0, 1, 2].map((partitionId) => ({ partitionId })) }] }),
      describeCluster: () => Promise.resolve({ brokers: [{ nodeId: 1 }, { nodeId: 2 }, { nodeId: 3 }] }),
    });
    const producer = sendPerPartition(kafka).producer({ createPartitioner: Partitioners.DefaultPartitioner });
    const keys = ['RU-BRY', 'RU-MOW', 'UA-30', 'RU-KLU', 'RU-BRY'];
    await producer.send({ topic: 't', messages: keys.map((key) => ({ key, value: key })) });
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) expect(new Set(r.partitions).size).toBe(1);
    const partitioner = Partitioners.DefaultPartitioner();
    const meta = partitionsForPartitioner(3);
    const expected = keys.map((key) =>
      partitioner({ topic: 't', partitionMetadata: meta, message: { key, value: key } }),
    );
    expect(requests.flatMap((r) => r.partitions).sort()).toEqual([...expected].sort());
    requests.length = 0;
    await producer.send({
      topic: 't',
      messages: [
        { value: 'a', partition: 2 },
        { value: 'b', partition: 2 },
      ],
    });
    expect(requests).toEqual([{ topic: 't', partitions: [2, 2] }]);
  });

  it('on a cluster of one broker, sends as given (one request), and splits when the count is unknown', async () => {
    const { Kafka } = await import('kafkajs');
    const { sendPerPartition } = await import('./kafka-client.factory');
    const kafka = new Kafka({ clientId: 't', brokers: ['127.0.0.1:1'] });
    const requests: number[][] = [];
    (kafka as unknown as { producer: () => unknown }).producer = () => ({
      sendBatch: (b: { topicMessages: { messages: { partition?: number }[] }[] }) => {
        requests.push(b.topicMessages.flatMap((tm) => tm.messages.map((m) => m.partition ?? -1)));
        return Promise.resolve([]);
      },
    });
    let describe: () => Promise<{ brokers: unknown[] }> = () => Promise.resolve({ brokers: [{ nodeId: 1 }] });
    (kafka as unknown as { admin: () => unknown }).admin = () => ({
      connect: () => Promise.resolve(),
      disconnect: () => Promise.resolve(),
      fetchTopicMetadata: () =>
        Promise.resolve({ topics: [{ partitions: [0, 1, 2].map((partitionId) => ({ partitionId })) }] }),
      describeCluster: () => describe(),
    });
    const messages = ['RU-BRY', 'RU-MOW', 'UA-30', 'RU-KLU'].map((key) => ({ key, value: key }));
    await sendPerPartition(kafka).producer().send({ topic: 't', messages });
    expect(requests).toEqual([[-1, -1, -1, -1]]);
    requests.length = 0;
    describe = () => Promise.reject(new Error('broker away'));
    await sendPerPartition(kafka).producer().send({ topic: 't', messages });
    expect(requests.length).toBeGreaterThan(1);
    for (const r of requests) expect(new Set(r).size).toBe(1);
  });
});
