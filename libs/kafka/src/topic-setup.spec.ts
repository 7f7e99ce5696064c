import type { Admin } from 'kafkajs';
import { parseConfig } from '@skytally/config';
import {
  ensureTopics,
  isRetriableKafkaError,
  kafkaErrorType,
  retryRetriable,
  serviceAclEntries,
  serviceAclPlan,
} from './topic-setup';

const protocolError = (type: string, message = type) =>
  Object.assign(new Error(message), { name: 'KafkaJSProtocolError', type });

describe('retriable Kafka errors', () => {
  it('finds the type through the retrier and aggregate wrappers', () => {
    const inner = protocolError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition');
    expect(
      kafkaErrorType(
        Object.assign(new Error('retries'), { name: 'KafkaJSNumberOfRetriesExceeded', originalError: inner }),
      ),
    ).toBe('UNKNOWN_TOPIC_OR_PARTITION');
    expect(kafkaErrorType(Object.assign(new Error('agg'), { errors: [protocolError('TOPIC_ALREADY_EXISTS')] }))).toBe(
      'TOPIC_ALREADY_EXISTS',
    );
    expect(isRetriableKafkaError(inner)).toBe(true);
    expect(isRetriableKafkaError(protocolError('LEADER_NOT_AVAILABLE'))).toBe(true);
    expect(isRetriableKafkaError(protocolError('SASL_AUTHENTICATION_FAILED'))).toBe(false);
    expect(isRetriableKafkaError(protocolError('TOPIC_AUTHORIZATION_FAILED'))).toBe(false);
    expect(isRetriableKafkaError(new Error('boom'))).toBe(false);
  });

  it('retries "not yet" answers until they stop, reporting each distinct one once', async () => {
    let calls = 0;
    const seen: string[] = [];
    const value = await retryRetriable(
      'creating topics',
      async () => {
        if (++calls < 4)
          throw protocolError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition');
        return 'ok';
      },
      { timeoutMs: 10_000, onRetry: (m) => seen.push(m) },
    );
    expect(value).toBe('ok');
    expect(calls).toBe(4);
    expect(seen).toEqual(['creating topics: This server does not host this topic-partition; retrying for up to 10 s']);
  });

  it('gives up after the bound with one line naming what and why', async () => {
    const started = Date.now();
    await expect(
      retryRetriable(
        'listing topics',
        async () => {
          throw protocolError('LEADER_NOT_AVAILABLE', 'There is no leader for this topic-partition');
        },
        { timeoutMs: 500 },
      ),
    ).rejects.toThrow(
      /^listing topics: the broker still answered "There is no leader for this topic-partition" after \d+ s of retrying/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('does not retry what waiting cannot fix', async () => {
    let calls = 0;
    await expect(
      retryRetriable('listing topics', async () => {
        calls++;
        throw protocolError('SASL_AUTHENTICATION_FAILED', 'bad password');
      }),
    ).rejects.toThrow('bad password');
    expect(calls).toBe(1);
  });
});

describe('ensureTopics', () => {
  it('creates what is missing and waits through a broker that does not show new topics yet', async () => {
    const config = parseConfig({ SKYTALLY_TOPIC_PREFIX: 'p.', SKYTALLY_PARTITIONS: '2' });
    let metadataCalls = 0;
    const created: string[] = [];
    const admin = {
      listTopics: async () => ['p.articles.raw'],
      createTopics: async ({ topics }: { topics: { topic: string }[] }) =>
        void created.push(...topics.map((t) => t.topic)),
      fetchTopicMetadata: async ({ topics }: { topics: string[] }) => {
        if (++metadataCalls < 3)
          throw protocolError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition');
        return {
          topics: topics.map((name) => ({ name, partitions: [{ partitionId: 0, leader: 1, partitionErrorCode: 0 }] })),
        };
      },
    } as unknown as Admin;
    const made = await ensureTopics(admin, config, { timeoutMs: 10_000 });
    expect(made).not.toContain('p.articles.raw');
    expect(made).toEqual(created);
    expect(made.length).toBeGreaterThan(5);
    expect(metadataCalls).toBe(3);
  });
});

describe('serviceAclPlan', () => {
  it('grants the unprefixed topics by name and every group under skytally-, nothing on the cluster', () => {
    const plan = serviceAclPlan(['']);
    expect(plan.filter((a) => a.resource === 'topic').map((a) => a.name)).toEqual(
      expect.arrayContaining(['articles.raw', 'interceptions.rolling', 'skytally.dead-letter']),
    );
    expect(
      plan.every((a) => a.resource !== 'topic' || (a.pattern === 'literal' && !a.operations.includes('DELETE'))),
    ).toBe(true);
    expect(plan.filter((a) => a.resource === 'group')).toEqual([
      { resource: 'group', pattern: 'prefixed', name: 'skytally-', operations: ['READ', 'DESCRIBE', 'DELETE'] },
    ]);
  });

  it('grants a prefix family its topics (with delete) and groups, plus the restore and watch groups', () => {
    const plan = serviceAclPlan(['demo-']);
    expect(plan).toContainEqual({
      resource: 'topic',
      pattern: 'prefixed',
      name: 'demo-',
      operations: ['CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'READ', 'WRITE', 'DELETE'],
    });
    expect(plan.filter((a) => a.resource === 'group').map((a) => a.name)).toEqual([
      'demo-',
      'skytally-restore-',
      'skytally-watch-',
    ]);
    expect(
      serviceAclEntries('User:skytally', ['demo-']).every((e) => e.principal === 'User:skytally' && e.host === '*'),
    ).toBe(true);
  });
});
