/**
 * Topic names, in one place. Every name can be prefixed with one string
 * (`SKYTALLY_TOPIC_PREFIX`) so several pipelines can share a cluster, and so
 * each test gets topics of its own.
 */
export const TOPICS = {
  raw: 'articles.raw',
  ingested: 'articles.ingested',
  rejected: 'articles.rejected',
  unique: 'articles.unique',
  duplicates: 'articles.duplicates',
  claims: 'interceptions.claims',
  rolling: 'interceptions.rolling',
  daily: 'interceptions.daily',
  deadLetter: 'skytally.dead-letter',
  dedupChangelog: 'skytally.dedup-index',
  aggregateChangelog: 'skytally.aggregate-state',
} as const;

export type TopicKey = keyof typeof TOPICS;
export type TopicName = (typeof TOPICS)[TopicKey];

/** The topic names with a prefix applied, as the services and the CLI use them. */
export type TopicNames = { [K in TopicKey]: string };

export function topicNames(prefix = ''): TopicNames {
  const names = {} as TopicNames;
  for (const key of Object.keys(TOPICS) as TopicKey[]) names[key] = `${prefix}${TOPICS[key]}`;
  return names;
}

/** Topics that keep only the latest value per key (snapshots, state changelogs). */
export const COMPACTED_TOPICS: readonly TopicKey[] = ['rolling', 'daily', 'dedupChangelog', 'aggregateChangelog'];

/** The stages that consume from Kafka as a consumer group, in pipeline order. */
export const STAGES = ['ingest', 'dedup', 'extract', 'aggregate'] as const;
export type ConsumerStage = (typeof STAGES)[number];

/** A stage's consumer group: one name, used by the services, the CLI's drain monitor and the tests. */
export function consumerGroup(prefix: string, stage: ConsumerStage): string {
  return `${prefix}skytally-${stage}`;
}

/**
 * Readers that follow or replay a topic under a throwaway group of their own, `<start><unique id>`:
 * the dashboard (under the run's topic prefix), `skytally watch` and the demo, and the stages'
 * restores (no prefix). The ACL plan grants these starts.
 */
export type ReaderKind = 'dashboard' | 'watch' | 'restore';

/** How a reader's throwaway group names start: `<prefix>skytally-<kind>-`. */
export function readerGroupStart(kind: ReaderKind, prefix = ''): string {
  return `${prefix}skytally-${kind}-`;
}
