import type { Admin, ITopicConfig } from 'kafkajs';
import { COMPACTED_TOPICS, type TopicKey, topicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';

/**
 * Topics that must have one partition. Dedup compares every article with
 * every other, so one consumer must own all of articles.ingested; the group
 * protocol then gives it to exactly one instance and fails over on a crash.
 */
const SINGLE_PARTITION: readonly TopicKey[] = ['ingested', 'dedupChangelog'];

/** Topics that must keep everything: aggregate rebuilds its state from the claims. */
const RETAIN_FOREVER: readonly TopicKey[] = ['claims'];

export function topicPlan(config: SkytallyConfig): ITopicConfig[] {
  const names = topicNames(config.SKYTALLY_TOPIC_PREFIX);
  return (Object.keys(names) as TopicKey[]).map((key) => {
    const configEntries: { name: string; value: string }[] = [];
    if (COMPACTED_TOPICS.includes(key)) configEntries.push({ name: 'cleanup.policy', value: 'compact' });
    if (RETAIN_FOREVER.includes(key)) configEntries.push({ name: 'retention.ms', value: '-1' });
    return {
      topic: names[key],
      numPartitions: SINGLE_PARTITION.includes(key) ? 1 : config.SKYTALLY_PARTITIONS,
      replicationFactor: config.SKYTALLY_REPLICATION_FACTOR,
      configEntries,
    };
  });
}

/**
 * Creates every topic the pipeline uses, idempotently (existing topics are
 * left as they are), and waits until each has a leader.
 */
export async function ensureTopics(admin: Admin, config: SkytallyConfig): Promise<string[]> {
  const plan = topicPlan(config);
  const existing = new Set(await admin.listTopics());
  const missing = plan.filter((t) => !existing.has(t.topic));
  if (missing.length) {
    try {
      await admin.createTopics({ topics: missing, waitForLeaders: true });
    } catch (err) {
      // Another instance may have created them between list and create.
      if (!/already exists/i.test(String((err as Error).message))) throw err;
    }
  }
  return missing.map((t) => t.topic);
}
