import type { Admin } from 'kafkajs';
import { parseConfig } from '@skytally/config';
import {
  type ExistingTopic,
  TopicLayoutError,
  ensureTopics,
  isRetriableKafkaError,
  kafkaErrorType,
  retryRetriable,
  serviceAclEntries,
  serviceAclPlan,
  topicLayoutProblems,
  topicPlan,
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
      () =>
        ++calls < 4
          ? Promise.reject(
              protocolError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition'),
            )
          : Promise.resolve('ok'),
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
        () => Promise.reject(protocolError('LEADER_NOT_AVAILABLE', 'There is no leader for this topic-partition')),
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
      retryRetriable('listing topics', () => {
        calls++;
        return Promise.reject(protocolError('SASL_AUTHENTICATION_FAILED', 'bad password'));
      }),
    ).rejects.toThrow('bad password');
    expect(calls).toBe(1);
  });
});

/**
 * A broker's answers about topics: `layout` gives a topic's partition count and configs (default:
 * one partition, the configs the plan asks for), `failFirst` metadata reads answer "not yet".
 */
function fakeBroker(
  existing: string[],
  layout: Record<string, { partitions?: number; configs?: Record<string, string> }> = {},
  failFirst = 0,
) {
  const calls = { metadata: 0, created: [] as string[] };
  const partitions = (name: string) =>
    Array.from({ length: layout[name]?.partitions ?? 1 }, (_, partitionId) => ({
      partitionId,
      leader: 1,
      partitionErrorCode: 0,
    }));
  const admin = {
    listTopics: () => Promise.resolve(existing),
    createTopics: ({ topics }: { topics: { topic: string }[] }) => {
      calls.created.push(...topics.map((t) => t.topic));
      return Promise.resolve(true);
    },
    fetchTopicMetadata: ({ topics }: { topics: string[] }) => {
      if (++calls.metadata <= failFirst)
        return Promise.reject(
          protocolError('UNKNOWN_TOPIC_OR_PARTITION', 'This server does not host this topic-partition'),
        );
      return Promise.resolve({ topics: topics.map((name) => ({ name, partitions: partitions(name) })) });
    },
    describeConfigs: ({ resources }: { resources: { name: string; configNames: string[] }[] }) =>
      Promise.resolve({
        resources: resources.map((r) => ({
          resourceName: r.name,
          errorCode: 0,
          configEntries: r.configNames.flatMap((configName) => {
            const value = layout[r.name]?.configs?.[configName] ?? planned.get(`${r.name}/${configName}`);
            return value === undefined ? [] : [{ configName, configValue: value }];
          }),
        })),
      }),
  } as unknown as Admin;
  const planned = new Map(
    topicPlan(parseConfig({ SKYTALLY_TOPIC_PREFIX: 'p.' })).flatMap((t) =>
      t.configEntries.map((c) => [`${t.topic}/${c.name}`, c.value] as const),
    ),
  );
  return { admin, calls };
}

describe('ensureTopics', () => {
  const config = parseConfig({ SKYTALLY_TOPIC_PREFIX: 'p.', SKYTALLY_PARTITIONS: '2' });

  it('creates what is missing and waits through a broker that does not show new topics yet', async () => {
    const { admin, calls } = fakeBroker(['p.articles.raw'], {}, 2);
    const made = await ensureTopics(admin, config, { timeoutMs: 10_000 });
    expect(made).not.toContain('p.articles.raw');
    expect(made).toEqual(calls.created);
    expect(made.length).toBeGreaterThan(5);
    // Two "not yet" answers, the leaders, then the layout check.
    expect(calls.metadata).toBe(4);
  });

  it('refuses an existing articles.ingested with three partitions, naming the topic, the count and why', async () => {
    const { admin } = fakeBroker(['p.articles.ingested'], { 'p.articles.ingested': { partitions: 3 } });
    const failure = ensureTopics(admin, config, { timeoutMs: 10_000 });
    await expect(failure).rejects.toBeInstanceOf(TopicLayoutError);
    await expect(failure).rejects.toThrow(
      /p\.articles\.ingested has 3 partitions; it must have exactly 1 \(dedup compares every article/,
    );
  });

  it('refuses a claims topic that would forget claims, and lists every problem at once', async () => {
    const { admin } = fakeBroker(['p.interceptions.claims', 'p.skytally.dedup-index'], {
      'p.interceptions.claims': { configs: { 'retention.ms': '604800000', 'cleanup.policy': 'compact' } },
      'p.skytally.dedup-index': { partitions: 2 },
    });
    const err = (await ensureTopics(admin, config, { timeoutMs: 10_000 }).catch((e: unknown) => e)) as TopicLayoutError;
    expect(err.problems).toEqual([
      expect.stringMatching(/^p\.interceptions\.claims has cleanup\.policy=compact; it must be delete/),
      expect.stringMatching(/^p\.interceptions\.claims has retention\.ms=604800000; it must be -1/),
      expect.stringMatching(/^p\.skytally\.dedup-index has 2 partitions; it must have exactly 1/),
    ]);
    expect(err.message).toMatch(/SKYTALLY_TOPIC_PREFIX/);
  });
});

describe('topicLayoutProblems', () => {
  const plan = topicPlan(parseConfig({ SKYTALLY_PARTITIONS: '3' }));
  const topic = (name: string, partitions: number, configs: Record<string, string> = {}): ExistingTopic => ({
    topic: name,
    partitions,
    configs: new Map(Object.entries(configs)),
  });

  it('accepts the topics as the services create them, and any partition count where none is assumed', () => {
    const asCreated = plan.map((t) =>
      topic(t.topic, t.numPartitions, Object.fromEntries(t.configEntries.map((c) => [c.name, c.value]))),
    );
    expect(topicLayoutProblems(plan, asCreated)).toEqual([]);
    expect(topicLayoutProblems(plan, [topic('articles.raw', 12), topic('interceptions.claims', 7)])).toEqual([]);
  });

  it('reads cleanup.policy as a set, and leaves unreported configs unchecked', () => {
    expect(
      topicLayoutProblems(plan, [
        topic('interceptions.rolling', 3, { 'cleanup.policy': 'compact' }),
        topic('interceptions.daily', 3, { 'cleanup.policy': 'compact,delete' }),
        topic('interceptions.claims', 3),
      ]),
    ).toEqual([expect.stringMatching(/^interceptions\.daily has cleanup\.policy=compact,delete; it must be compact/)]);
  });

  it('plans one partition for the single-owner topics whatever SKYTALLY_PARTITIONS says', () => {
    const single = plan.filter((t) => t.exactPartitions).map((t) => [t.topic, t.numPartitions]);
    expect(single).toEqual([
      ['articles.ingested', 1],
      ['skytally.dedup-index', 1],
    ]);
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
