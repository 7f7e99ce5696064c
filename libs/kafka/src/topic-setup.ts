import {
  type AclEntry,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  type Admin,
  ConfigResourceTypes,
  type ITopicConfig,
  ResourcePatternTypes,
} from 'kafkajs';
import { COMPACTED_TOPICS, type TopicKey, readerGroupStart, topicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';

/**
 * Topics that must have exactly one partition, and why. Dedup compares every
 * article with every other, so one consumer must own all of articles.ingested;
 * the group protocol then gives it to exactly one instance and fails over on a
 * crash. Its index changelog is restored by that one owner, in write order.
 */
const SINGLE_PARTITION: Partial<Record<TopicKey, string>> = {
  ingested: 'dedup compares every article with every other, so one consumer must own the whole topic',
  dedupChangelog: "dedup's single owner restores its index from it in the order it was written",
};

/** Topics that must keep everything: aggregate rebuilds its state from the claims. */
const RETAIN_FOREVER: readonly TopicKey[] = ['claims'];

/** A plan entry: the topic as the services create it, and what they rely on when it already exists. */
export interface PlannedTopic extends ITopicConfig {
  topic: string;
  numPartitions: number;
  configEntries: { name: string; value: string }[];
  /** Set when the topic must have exactly this many partitions, whoever created it: the reason. */
  exactPartitions?: { count: number; why: string };
}

export function topicPlan(config: SkytallyConfig): PlannedTopic[] {
  const names = topicNames(config.SKYTALLY_TOPIC_PREFIX);
  return (Object.keys(names) as TopicKey[]).map((key) => {
    const configEntries: { name: string; value: string }[] = [];
    if (COMPACTED_TOPICS.includes(key)) configEntries.push({ name: 'cleanup.policy', value: 'compact' });
    if (RETAIN_FOREVER.includes(key))
      configEntries.push(
        { name: 'cleanup.policy', value: 'delete' },
        { name: 'retention.ms', value: '-1' },
        { name: 'retention.bytes', value: '-1' },
      );
    const single = SINGLE_PARTITION[key];
    return {
      topic: names[key],
      numPartitions: single ? 1 : config.SKYTALLY_PARTITIONS,
      replicationFactor: config.SKYTALLY_REPLICATION_FACTOR,
      configEntries,
      ...(single ? { exactPartitions: { count: 1, why: single } } : {}),
    };
  });
}

/** What the broker says about a topic: its partition count and (some of) its configuration. */
export interface ExistingTopic {
  topic: string;
  partitions: number;
  /** config name -> value; a name the broker did not report is not checked. */
  configs: ReadonlyMap<string, string>;
}

/** Why a config entry matters, for the error message. */
const CONFIG_REASONS: Record<string, string> = {
  'cleanup.policy':
    'readers rebuild state from it: compacted topics keep the latest value per key, the claims keep every claim',
  'retention.ms': 'aggregate rebuilds its counts from every claim ever written',
  'retention.bytes': 'aggregate rebuilds its counts from every claim ever written',
};

/**
 * Every way the existing topics break what the services rely on (empty: none). Pure, so it is
 * tested directly; ensureTopics asks the broker and refuses to start on any.
 */
export function topicLayoutProblems(plan: readonly PlannedTopic[], existing: readonly ExistingTopic[]): string[] {
  const found = new Map(existing.map((t) => [t.topic, t]));
  const problems: string[] = [];
  for (const planned of plan) {
    const topic = found.get(planned.topic);
    if (!topic) continue;
    const exact = planned.exactPartitions;
    if (exact && topic.partitions !== exact.count)
      problems.push(
        `${planned.topic} has ${topic.partitions} partitions; it must have exactly ${exact.count} (${exact.why})`,
      );
    for (const { name, value } of planned.configEntries) {
      const actual = topic.configs.get(name);
      if (actual === undefined || sameConfig(name, actual, value)) continue;
      problems.push(
        `${planned.topic} has ${name}=${actual}; it must be ${value} (${CONFIG_REASONS[name] ?? 'see README'})`,
      );
    }
  }
  return problems;
}

/** cleanup.policy is a list ("compact,delete"): compared as a set. */
function sameConfig(name: string, actual: string, wanted: string): boolean {
  if (name !== 'cleanup.policy') return actual.trim() === wanted;
  const set = (v: string) => [...new Set(v.split(',').map((p) => p.trim()))].sort().join(',');
  return set(actual) === set(wanted);
}

/** Existing topics that break a guarantee: the services refuse to start rather than count wrong in silence. */
export class TopicLayoutError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `existing topics break what skytally relies on; not starting:\n  - ${problems.join('\n  - ')}\n` +
        'Recreate those topics (delete them; the services create them as they need them) or run on topics of ' +
        'their own (SKYTALLY_TOPIC_PREFIX).',
    );
    this.name = 'TopicLayoutError';
  }
}

/** Reads the partition counts and the planned configs of `plan`'s topics from the broker. */
async function describeTopics(
  admin: Admin,
  plan: readonly PlannedTopic[],
  opts: RetryOptions,
): Promise<ExistingTopic[]> {
  const topics = plan.map((t) => t.topic);
  const [{ topics: metadata }, { resources }] = await Promise.all([
    retryRetriable('reading topic metadata', () => admin.fetchTopicMetadata({ topics }), opts),
    retryRetriable(
      'reading topic configs',
      () =>
        admin.describeConfigs({
          includeSynonyms: false,
          resources: plan.map((t) => ({
            type: ConfigResourceTypes.TOPIC,
            name: t.topic,
            configNames: t.configEntries.map((c) => c.name),
          })),
        }),
      opts,
    ),
  ]);
  const configs = new Map(
    resources.map((r) => [r.resourceName, new Map(r.configEntries.map((c) => [c.configName, c.configValue]))]),
  );
  return metadata.map((t) => ({
    topic: t.name,
    partitions: t.partitions.length,
    configs: configs.get(t.name) ?? new Map<string, string>(),
  }));
}

/**
 * Kafka error codes that mean "not yet": a broker still loading its partitions after a restart,
 * a leader election in progress, a topic the controller created that this broker's metadata does
 * not show yet. Worth retrying for a while; anything else (authentication, authorization, bad
 * config) is not, and fails at once.
 */
export const RETRIABLE_KAFKA_ERRORS: ReadonlySet<string> = new Set([
  'UNKNOWN_TOPIC_OR_PARTITION',
  'LEADER_NOT_AVAILABLE',
  'NOT_LEADER_OR_FOLLOWER',
  'NOT_LEADER_FOR_PARTITION',
  'NOT_CONTROLLER',
  'REQUEST_TIMED_OUT',
  'NOT_ENOUGH_REPLICAS',
  'NOT_ENOUGH_REPLICAS_AFTER_APPEND',
  'COORDINATOR_LOAD_IN_PROGRESS',
  'COORDINATOR_NOT_AVAILABLE',
  'NOT_COORDINATOR',
  'KAFKA_STORAGE_ERROR',
  'OFFSET_NOT_AVAILABLE',
  'FETCH_SESSION_ID_NOT_FOUND',
  'REBALANCE_IN_PROGRESS',
  'THROTTLING_QUOTA_EXCEEDED',
]);

/** The Kafka error type of a kafkajs error, looking through the retrier's and the admin's wrappers. */
export function kafkaErrorType(err: unknown): string | undefined {
  for (
    let e = err as { type?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown } | undefined,
      depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.type === 'string') return e.type;
    const inner: unknown =
      e.originalError ?? e.cause ?? (Array.isArray(e.errors) ? (e.errors as unknown[])[0] : undefined);
    e = inner as typeof e;
  }
  return undefined;
}

export function isRetriableKafkaError(err: unknown): boolean {
  const type = kafkaErrorType(err);
  if (type) return RETRIABLE_KAFKA_ERRORS.has(type);
  // Connection-level trouble (broker restarting, socket closed) is retriable too.
  const name = (err as { name?: string } | undefined)?.name ?? '';
  return (
    name === 'KafkaJSConnectionError' ||
    name === 'KafkaJSConnectionClosedError' ||
    name === 'KafkaJSRequestTimeoutError' ||
    (name === 'KafkaJSNumberOfRetriesExceeded' &&
      isRetriableKafkaError((err as { originalError?: unknown }).originalError))
  );
}

export interface RetryOptions {
  /** Give up after this long (default 60 s; ensureTopics: SKYTALLY_KAFKA_READY_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Told about every retried error, at most once per distinct message. */
  onRetry?: (message: string) => void;
}

/**
 * Runs `fn` until it succeeds, retrying the errors above for at most `timeoutMs`. Then it throws one
 * clear line: what it was doing, the broker's last answer, and for how long it kept getting it.
 */
export async function retryRetriable<T>(what: string, fn: () => Promise<T>, opts: RetryOptions = {}): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const started = Date.now();
  let delay = 200;
  let lastMessage = '';
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (!isRetriableKafkaError(err)) throw err;
      const message = (err as Error).message;
      if (Date.now() - started >= timeoutMs) {
        throw new Error(
          `${what}: the broker still answered "${message}" after ${((Date.now() - started) / 1000).toFixed(0)} s of retrying; is it still starting or short of replicas? (skytally broker status, and its server.log)`,
          { cause: err },
        );
      }
      if (message !== lastMessage)
        opts.onRetry?.(`${what}: ${message}; retrying for up to ${(timeoutMs / 1000).toFixed(0)} s`);
      lastMessage = message;
      await new Promise((r) => setTimeout(r, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  }
}

/**
 * Creates every topic the pipeline uses, idempotently (existing topics are
 * left as they are), and waits until every partition of every one of them has
 * a leader. Retriable answers (a broker that restarted and still loads its
 * partitions says "This server does not host this topic-partition" about a
 * topic its controller has just created) are retried for `opts.timeoutMs`.
 * Then checks the topics against what the services rely on (one partition for
 * articles.ingested, claims kept forever, …: topicLayoutProblems) and throws a
 * TopicLayoutError naming every problem, so a service refuses to start rather
 * than count wrong in silence.
 */
export async function ensureTopics(admin: Admin, config: SkytallyConfig, retry: RetryOptions = {}): Promise<string[]> {
  const opts = { timeoutMs: config.SKYTALLY_KAFKA_READY_TIMEOUT_MS, ...retry };
  const plan = topicPlan(config);
  const existing = new Set(await retryRetriable('listing topics', () => admin.listTopics(), opts));
  const missing = plan.filter((t) => !existing.has(t.topic));
  if (missing.length) {
    await retryRetriable(
      'creating topics',
      async () => {
        try {
          // Leaders are awaited below: kafkajs's own wait retries only LEADER_NOT_AVAILABLE.
          await admin.createTopics({ topics: missing, waitForLeaders: false });
        } catch (err) {
          // Another instance may have created them between list and create (or an earlier try did).
          if (!/already exists/i.test(String((err as Error).message)) && kafkaErrorType(err) !== 'TOPIC_ALREADY_EXISTS')
            throw err;
        }
      },
      opts,
    );
  }
  await waitForLeaders(
    admin,
    plan.map((t) => t.topic),
    opts,
  );
  const problems = topicLayoutProblems(plan, await describeTopics(admin, plan, opts));
  if (problems.length) throw new TopicLayoutError(problems);
  return missing.map((t) => t.topic);
}

/** Resolves once every partition of `topics` has a leader; retriable errors and leaderless partitions are retried for `opts.timeoutMs`. */
export async function waitForLeaders(admin: Admin, topics: string[], opts: RetryOptions = {}): Promise<void> {
  await retryRetriable(
    `waiting for leaders of ${topics.length} topic(s)`,
    async () => {
      const { topics: found } = await admin.fetchTopicMetadata({ topics });
      const leaderless = found.flatMap((t) =>
        t.partitions
          .filter((p) => p.leader < 0 || (p.partitionErrorCode ?? 0) !== 0)
          .map((p) => `${t.name}-${p.partitionId}`),
      );
      const absent = topics.filter((name) => !found.some((t) => t.name === name));
      if (leaderless.length || absent.length) {
        const what = absent.length
          ? `${absent[0]} is not in the broker's metadata yet`
          : `${leaderless.length} partition(s) have no leader (e.g. ${leaderless[0]})`;
        throw Object.assign(new Error(what), { type: 'LEADER_NOT_AVAILABLE' });
      }
    },
    opts,
  );
}

/** One ACL the services' principal needs, in words the README uses. */
export interface ServiceAcl {
  resource: 'topic' | 'group';
  pattern: 'literal' | 'prefixed';
  name: string;
  operations: Array<'READ' | 'WRITE' | 'CREATE' | 'DELETE' | 'DESCRIBE' | 'DESCRIBE_CONFIGS'>;
}

/**
 * Exactly what the services and the CLI need on a broker with ACLs, for the topic prefixes they
 * run with ('' = no prefix: the topics by name; 'demo-' = every `npm run demo` run's own prefix):
 *   - their topics: create them (ensureTopics), describe them and their configs, read and write;
 *     under a prefix also delete them (a demo run removes its topics when it ends);
 *   - the consumer groups `<prefix>skytally-<stage>` (and the dashboard's `<prefix>skytally-dashboard-*`):
 *     read (join, commit), describe (lag), delete (a demo run's cleanup); plus the short-lived
 *     groups that read a topic to its end, `skytally-restore-*` (dedup, aggregate) and
 *     `skytally-watch-*` (CLI watch, demo). With no prefix all of these are `skytally-*`.
 * Nothing on the cluster: since Kafka 2.8 an idempotent producer needs WRITE on a topic, not
 * IdempotentWrite on the cluster (KIP-679), and CreateTopics is allowed by CREATE on the topic.
 */
export function serviceAclPlan(prefixes: readonly string[]): ServiceAcl[] {
  const topicOps: ServiceAcl['operations'] = ['CREATE', 'DESCRIBE', 'DESCRIBE_CONFIGS', 'READ', 'WRITE'];
  const groupOps: ServiceAcl['operations'] = ['READ', 'DESCRIBE', 'DELETE'];
  const plan: ServiceAcl[] = [];
  for (const prefix of prefixes) {
    if (prefix) {
      plan.push({ resource: 'topic', pattern: 'prefixed', name: prefix, operations: [...topicOps, 'DELETE'] });
    } else {
      for (const name of Object.values(topicNames('')))
        plan.push({ resource: 'topic', pattern: 'literal', name, operations: topicOps });
    }
    // '' -> `skytally-*`, which also covers the restore/watch groups; a prefix family -> its groups `<prefix…>skytally-*`.
    plan.push({ resource: 'group', pattern: 'prefixed', name: prefix || 'skytally-', operations: groupOps });
  }
  if (!prefixes.includes('')) {
    for (const kind of ['restore', 'watch'] as const)
      plan.push({ resource: 'group', pattern: 'prefixed', name: readerGroupStart(kind), operations: groupOps });
  }
  return plan;
}

/** The plan as kafkajs ACL entries for `principal` (e.g. `User:skytally`), from any host. */
export function serviceAclEntries(principal: string, prefixes: readonly string[]): AclEntry[] {
  return serviceAclPlan(prefixes).flatMap((acl) =>
    acl.operations.map((op) => ({
      resourceType: acl.resource === 'topic' ? AclResourceTypes.TOPIC : AclResourceTypes.GROUP,
      resourceName: acl.name,
      resourcePatternType: acl.pattern === 'literal' ? ResourcePatternTypes.LITERAL : ResourcePatternTypes.PREFIXED,
      principal,
      host: '*',
      operation: AclOperationTypes[op],
      permissionType: AclPermissionTypes.ALLOW,
    })),
  );
}

/** Grants the plan to `principal` (idempotent: Kafka ignores an ACL that already exists). Needs an admin allowed to alter ACLs. */
export async function grantServiceAcls(
  admin: Admin,
  principal: string,
  prefixes: readonly string[],
  opts: RetryOptions = {},
): Promise<number> {
  const acl = serviceAclEntries(principal, prefixes);
  await retryRetriable('creating ACLs', () => admin.createAcls({ acl }), opts);
  return acl.length;
}
