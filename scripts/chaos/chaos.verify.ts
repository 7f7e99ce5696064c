/**
 * The end of a chaos run: reads what the pipeline wrote and holds it against
 * the expectation. Every input article must be on articles.unique,
 * articles.duplicates or articles.rejected; every region's all-time count must
 * equal the clean-run one (short: lost, over: double counted), and every
 * snapshot must equal it field by field (asOf aside: it records when a row
 * was last republished, which depends on batch timing, not on the counts).
 */
import type { Kafka } from 'kafkajs';
import type { Snapshot, TopicNames } from '@skytally/contracts';
import { readTopicToEnd } from '@skytally/kafka';
import type { ChaosMessage } from './chaos.corpus';
import type { Expected } from './chaos.expected';

export interface Verdict {
  articles: number;
  accounted: number;
  lostArticles: string[];
  lostInterceptions: number;
  doubleCounted: number;
  snapshotKeys: number;
  snapshotMismatches: string[];
  /** The first few mismatches in full (asOf aside), so a failed run says what differs, not just where. */
  snapshotDiffs: { key: string; want: string | null; got: string | null }[];
  conflictingVerdicts: number;
  fateDifferences: number;
  repeatedOutputs: number;
  deadLettered: number;
}

async function readAll(kafka: Kafka, topic: string): Promise<{ key: string | null; value: string | null }[]> {
  const out: { key: string | null; value: string | null }[] = [];
  await readTopicToEnd(kafka, topic, {
    onMessage: (m) => out.push({ key: m.key?.toString('utf8') ?? null, value: m.value?.toString('utf8') ?? null }),
  });
  return out;
}

/** A snapshot as JSON, less its asOf (when it was computed, which differs from run to run). */
function comparable(s: Snapshot): string {
  return JSON.stringify({ ...s, asOf: undefined });
}

export async function verify(
  kafka: Kafka,
  topics: TopicNames,
  corpus: ChaosMessage[],
  expected: Expected,
): Promise<Verdict> {
  const [unique, duplicates, rejected, rolling, deadLetters] = await Promise.all([
    readAll(kafka, topics.unique),
    readAll(kafka, topics.duplicates),
    readAll(kafka, topics.rejected),
    readAll(kafka, topics.rolling),
    readAll(kafka, topics.deadLetter),
  ]);
  const idOf = (m: { value: string | null }) => (JSON.parse(m.value ?? '{}') as { articleId?: string }).articleId ?? '';
  const uniqueIds = new Set(unique.map(idOf));
  const duplicateIds = new Set(duplicates.map(idOf));
  const rejectedIds = new Set(rejected.map((m) => m.key ?? ''));
  const lostArticles = corpus
    .filter((m) => !uniqueIds.has(m.id) && !duplicateIds.has(m.id) && !rejectedIds.has(m.id))
    .map((m) => m.id);
  let fateDifferences = 0;
  for (const m of corpus) {
    const fate = uniqueIds.has(m.id)
      ? 'unique'
      : duplicateIds.has(m.id)
        ? 'duplicate'
        : rejectedIds.has(m.id)
          ? 'rejected'
          : null;
    if (fate && fate !== expected.fates.get(m.id)) fateDifferences++;
  }

  const latest = new Map<string, Snapshot>();
  for (const m of rolling) if (m.key && m.value) latest.set(m.key, JSON.parse(m.value) as Snapshot);
  let lostInterceptions = 0;
  let doubleCounted = 0;
  const snapshotMismatches: string[] = [];
  const snapshotDiffs: Verdict['snapshotDiffs'] = [];
  for (const key of new Set([...expected.snapshots.keys(), ...latest.keys()])) {
    const want = expected.snapshots.get(key);
    const got = latest.get(key);
    const diff = (got?.windows.all ?? 0) - (want?.windows.all ?? 0);
    if (diff < 0) lostInterceptions -= diff;
    if (diff > 0) doubleCounted += diff;
    if (!want || !got || comparable(want) !== comparable(got)) {
      snapshotMismatches.push(key);
      if (snapshotDiffs.length < 3)
        snapshotDiffs.push({ key, want: want ? comparable(want) : null, got: got ? comparable(got) : null });
    }
  }

  return {
    articles: corpus.length,
    accounted: corpus.length - lostArticles.length,
    lostArticles,
    lostInterceptions,
    doubleCounted,
    snapshotKeys: latest.size,
    snapshotMismatches,
    snapshotDiffs,
    conflictingVerdicts: [...uniqueIds].filter((id) => duplicateIds.has(id)).length,
    fateDifferences,
    // At-least-once at work: outputs written more than once (crash before commit); harmless by design.
    repeatedOutputs:
      unique.length - uniqueIds.size + (duplicates.length - duplicateIds.size) + (rejected.length - rejectedIds.size),
    deadLettered: deadLetters.length,
  };
}
