/**
 * How far behind each stage is. Stages commit only after their outputs are
 * acknowledged, so when every stage's lag is zero at once, all input has
 * passed all the way through.
 */
import type { Admin } from 'kafkajs';
import { STAGES, type TopicNames, consumerGroup } from '@skytally/contracts';
import type { StageName } from './service-processes';

export interface StageInput {
  groupId: string;
  topic: string;
}

/** Each stage's consumer group and input topic, as the services name them. */
export function stageInputs(prefix: string, topics: TopicNames): Record<StageName, StageInput> {
  const input: Record<StageName, string> = {
    ingest: topics.raw,
    dedup: topics.ingested,
    extract: topics.unique,
    aggregate: topics.claims,
  };
  return Object.fromEntries(
    STAGES.map((stage) => [stage, { groupId: consumerGroup(prefix, stage), topic: input[stage] }]),
  ) as Record<StageName, StageInput>;
}

/** Where a consumer group stands on one partition of its input. */
export interface PartitionProgress {
  partition: number;
  /** The group's committed offset (the next message it will read); -1: it has committed nothing there. */
  committed: number;
  /** Messages from there (or from the partition's start) to its end. */
  lag: number;
}

/** Where `groupId` stands on every partition of `topic`. */
export async function groupProgress(admin: Admin, { groupId, topic }: StageInput): Promise<PartitionProgress[]> {
  const [ends, committed] = await Promise.all([
    admin.fetchTopicOffsets(topic),
    admin.fetchOffsets({ groupId, topics: [topic] }),
  ]);
  const done = new Map(committed[0]?.partitions.map((p) => [p.partition, Number(p.offset)]) ?? []);
  return ends.map((p) => {
    const at = done.get(p.partition) ?? -1;
    return { partition: p.partition, committed: at, lag: Number(p.high) - (at < 0 ? Number(p.low) : at) };
  });
}

/** Messages of `topic` that `groupId` has not committed yet (a partition it never committed counts from its start). */
export async function groupLag(admin: Admin, input: StageInput): Promise<number> {
  return (await groupProgress(admin, input)).reduce((sum, p) => sum + p.lag, 0);
}

/** Messages each stage has not yet committed. */
export async function pipelineLag(
  admin: Admin,
  prefix: string,
  topics: TopicNames,
): Promise<Record<StageName, number>> {
  const inputs = stageInputs(prefix, topics);
  const result = {} as Record<StageName, number>;
  for (const stage of STAGES) result[stage] = await groupLag(admin, inputs[stage]);
  return result;
}
