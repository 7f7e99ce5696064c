import type { Admin } from 'kafkajs';
import { consumerGroup, topicNames } from '@skytally/contracts';
import { groupProgress, pipelineLag, stageInputs } from './drain-monitor';

/** An admin answering from fixed end offsets and committed offsets, as a broker would. */
function brokerState(
  ends: Record<string, { partition: number; low: number; high: number }[]>,
  commits: Record<string, { partition: number; offset: number }[]>,
): Admin {
  const answers: Partial<Admin> = {
    fetchTopicOffsets: (topic: string) =>
      Promise.resolve(
        (ends[topic] ?? []).map((p) => ({
          partition: p.partition,
          offset: String(p.high),
          high: String(p.high),
          low: String(p.low),
        })),
      ),
    fetchOffsets: ({ groupId, topics }: { groupId: string; topics?: string[] }) =>
      Promise.resolve(
        (topics ?? []).map((topic) => ({
          topic,
          partitions: (commits[groupId] ?? []).map((c) => ({ partition: c.partition, offset: String(c.offset) })),
        })),
      ) as ReturnType<Admin['fetchOffsets']>,
  };
  return answers as Admin;
}

describe('drain monitor', () => {
  const topics = topicNames('p.');

  it("names each stage's group the way the services do, on the stage's input topic", () => {
    const inputs = stageInputs('p.', topics);
    expect(inputs.dedup).toEqual({ groupId: consumerGroup('p.', 'dedup'), topic: 'p.articles.ingested' });
    expect(inputs.aggregate).toEqual({ groupId: 'p.skytally-aggregate', topic: 'p.interceptions.claims' });
    expect(Object.keys(inputs)).toEqual(['ingest', 'dedup', 'extract', 'aggregate']);
  });

  it('counts from the committed offset, or from the start of a partition the group never committed', async () => {
    const admin = brokerState(
      {
        'p.interceptions.claims': [
          { partition: 0, low: 0, high: 10 },
          { partition: 1, low: 4, high: 9 },
        ],
      },
      {
        'p.skytally-aggregate': [
          { partition: 0, offset: 7 },
          { partition: 1, offset: -1 },
        ],
      },
    );
    expect(await groupProgress(admin, stageInputs('p.', topics).aggregate)).toEqual([
      { partition: 0, committed: 7, lag: 3 },
      { partition: 1, committed: -1, lag: 5 },
    ]);
  });

  it('is zero for every stage only when every group has committed to the end', async () => {
    const ends = {
      'p.articles.raw': [{ partition: 0, low: 0, high: 5 }],
      'p.articles.ingested': [{ partition: 0, low: 0, high: 5 }],
      'p.articles.unique': [{ partition: 0, low: 0, high: 4 }],
      'p.interceptions.claims': [{ partition: 0, low: 0, high: 6 }],
    };
    const done = {
      'p.skytally-ingest': [{ partition: 0, offset: 5 }],
      'p.skytally-dedup': [{ partition: 0, offset: 5 }],
      'p.skytally-extract': [{ partition: 0, offset: 4 }],
      'p.skytally-aggregate': [{ partition: 0, offset: 6 }],
    };
    expect(await pipelineLag(brokerState(ends, done), 'p.', topics)).toEqual({
      ingest: 0,
      dedup: 0,
      extract: 0,
      aggregate: 0,
    });
    const behind = { ...done, 'p.skytally-extract': [{ partition: 0, offset: 1 }] };
    expect(await pipelineLag(brokerState(ends, behind), 'p.', topics)).toEqual({
      ingest: 0,
      dedup: 0,
      extract: 3,
      aggregate: 0,
    });
  });
});
