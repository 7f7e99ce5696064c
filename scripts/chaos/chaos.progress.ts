/**
 * How far each stage has got: the offsets its consumer group has committed on
 * its input topic, and what is still ahead of it. Stages commit only after
 * their outputs are written, so committed offsets moving is the pipeline
 * making progress.
 */
import type { Admin } from 'kafkajs';
import { STAGES, type TopicNames } from '@skytally/contracts';
import { type StageName, groupProgress, stageInputs } from '@skytally/pipeline';

export interface StageProgress {
  committed: number;
  lag: number;
  /** Per partition of the input topic: committed offset and what is left. */
  partitions: Map<number, { committed: number; lag: number }>;
}

export type Progress = Record<StageName, StageProgress>;

export async function progressOf(admin: Admin, prefix: string, topics: TopicNames): Promise<Progress> {
  const inputs = stageInputs(prefix, topics);
  const entries = await Promise.all(
    STAGES.map(async (stage) => {
      let committed = 0;
      let lag = 0;
      const partitions = new Map<number, { committed: number; lag: number }>();
      for (const p of await groupProgress(admin, inputs[stage])) {
        committed += Math.max(0, p.committed);
        lag += p.lag;
        partitions.set(p.partition, { committed: Math.max(0, p.committed), lag: p.lag });
      }
      return [stage, { committed, lag, partitions }] as const;
    }),
  );
  return Object.fromEntries(entries) as Progress;
}

/**
 * Waits until, for every stage in `stages`, every partition of its input has
 * either been committed past where it was at `before`, or has nothing left
 * to do while all instances are up. Per partition, so that one healthy
 * instance of two moving on does not hide the stalled one's partitions.
 * Returns the seconds from `since`, or null when `timeoutMs` passes first.
 */
export async function waitForProgress(
  probe: () => Promise<Progress>,
  before: Progress,
  stages: readonly StageName[],
  since: number,
  ready: () => boolean,
  timeoutMs: number,
): Promise<number | null> {
  const deadline = Date.now() + timeoutMs;
  const pending = new Set(stages);
  while (Date.now() < deadline) {
    try {
      const now = await probe();
      for (const stage of [...pending]) {
        const moved = [...now[stage].partitions].every(
          ([p, { committed, lag }]) =>
            committed > (before[stage].partitions.get(p)?.committed ?? 0) || (lag === 0 && ready()),
        );
        if (moved) pending.delete(stage);
      }
      if (!pending.size) return (Date.now() - since) / 1000;
    } catch {
      // The broker may still be on its way back: ask again.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return null;
}
