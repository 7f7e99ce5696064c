import type { Admin } from 'kafkajs';
import type { TopicNames } from '@skytally/contracts';
import type { StageName } from './repo-paths';

/** Each stage's consumer group and input topic, as bootstrapStage names them. */
export function stageInputs(prefix: string, topics: TopicNames): Record<StageName, { groupId: string; topic: string }> {
  const group = (stage: StageName) => `${prefix}skytally-${stage}`;
  return {
    ingest: { groupId: group('ingest'), topic: topics.raw },
    dedup: { groupId: group('dedup'), topic: topics.ingested },
    extract: { groupId: group('extract'), topic: topics.unique },
    aggregate: { groupId: group('aggregate'), topic: topics.claims },
  };
}

/**
 * Messages each stage has not yet committed. Stages commit only after their
 * outputs are acknowledged, so when every stage's lag is zero at once, all
 * input has passed all the way through.
 */
export async function pipelineLag(
  admin: Admin,
  prefix: string,
  topics: TopicNames,
): Promise<Record<StageName, number>> {
  const inputs = stageInputs(prefix, topics);
  const result = {} as Record<StageName, number>;
  for (const [stage, { groupId, topic }] of Object.entries(inputs) as [
    StageName,
    { groupId: string; topic: string },
  ][]) {
    const [ends, committed] = await Promise.all([
      admin.fetchTopicOffsets(topic),
      admin.fetchOffsets({ groupId, topics: [topic] }),
    ]);
    const done = new Map(committed[0]?.partitions.map((p) => [p.partition, BigInt(p.offset)]) ?? []);
    let lag = 0n;
    for (const p of ends) {
      const high = BigInt(p.high);
      const low = BigInt(p.low);
      const at = done.get(p.partition) ?? -1n;
      lag += high - (at < 0n ? low : at);
    }
    result[stage] = Number(lag);
  }
  return result;
}
