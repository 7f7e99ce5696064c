import type { SkytallyConfig } from '@skytally/config';
import type { Admin } from 'kafkajs';
import { RETRIABLE_KAFKA_ERRORS, createKafka, retryRetriable } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';

/**
 * Deletes the topics and consumer groups of one run's prefix (a demo runs on a
 * fresh `demo-<time>.` prefix; without this every run would leave 8 topics and
 * 4 groups on the broker, ~21 partitions, and after a few dozen runs the broker
 * takes long to restart). Call it after the services have stopped (a group with
 * members cannot be deleted). Refuses an empty prefix: that is the user's data.
 * Best effort and bounded: a failure is reported, never thrown.
 */
export async function removeDemoTopics(
  runConfig: SkytallyConfig,
  logger: Logger,
  timeoutMs = 30_000,
): Promise<{ topics: string[]; groups: string[] }> {
  const prefix = runConfig.SKYTALLY_TOPIC_PREFIX;
  if (!prefix) throw new Error('removeDemoTopics: refusing to delete topics without a prefix');
  const admin = createKafka(runConfig, 'cli-cleanup', logger).admin();
  const removed = { topics: [] as string[], groups: [] as string[] };
  const opts = { timeoutMs };
  try {
    await retryRetriable('connecting', () => admin.connect(), opts);
    // Topics first (they hold the partitions that slow a restart), each part on its own: a failure
    // to list or delete the groups must not leave the topics behind.
    try {
      removed.topics = (await retryRetriable('listing topics', () => admin.listTopics(), opts)).filter((t) =>
        t.startsWith(prefix),
      );
      if (removed.topics.length)
        await retryRetriable(
          'deleting topics',
          () => admin.deleteTopics({ topics: removed.topics, timeout: timeoutMs }),
          opts,
        );
    } catch (err) {
      logger.warn({ err: (err as Error).message, prefix }, "could not delete the run's topics");
    }
    try {
      removed.groups = (await retryRetriable('listing consumer groups', () => admin.listGroups(), opts)).groups
        .map((g) => g.groupId)
        .filter((id) => id.startsWith(prefix));
      if (removed.groups.length)
        await retryRetriable('deleting consumer groups', () => deleteGroups(admin, removed.groups, timeoutMs), opts);
    } catch (err) {
      logger.warn({ err: describeGroupsError(err), prefix }, "could not delete the run's consumer groups");
    }
  } catch (err) {
    logger.warn({ err: (err as Error).message, prefix }, "could not reach the broker to delete the run's topics");
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return removed;
}

/** What kafkajs's DeleteGroups error carries: each group that failed, with the broker's reason. */
interface FailedGroup {
  groupId: string;
  error?: { type?: string };
}

/** Per-group answers worth waiting out: members still leaving, a coordinator moving or loading. */
const WAIT_FOR: ReadonlySet<string> = new Set(['NON_EMPTY_GROUP', ...RETRIABLE_KAFKA_ERRORS]);

/**
 * Deletes `groups`, again for those the broker answered "not now" about (kafkajs reports them per
 * group, which retryRetriable cannot see), for at most `timeoutMs`. A group already gone is done.
 */
async function deleteGroups(admin: Admin, groups: string[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let left = groups;
  for (;;) {
    try {
      await admin.deleteGroups(left);
      return;
    } catch (err) {
      const failed = ((err as { groups?: FailedGroup[] }).groups ?? []).filter(
        (g) => g.error?.type !== 'GROUP_ID_NOT_FOUND',
      );
      if (!failed.length && (err as { groups?: unknown }).groups) return;
      const waitable = failed.length > 0 && failed.every((g) => WAIT_FOR.has(g.error?.type ?? ''));
      if (!waitable || Date.now() >= deadline) throw err;
      left = failed.map((g) => g.groupId);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
}

/** The error's message, with each group's reason when kafkajs gives them. */
function describeGroupsError(err: unknown): string {
  const groups = (err as { groups?: FailedGroup[] }).groups;
  const reasons = groups?.map((g) => `${g.groupId}: ${g.error?.type ?? 'unknown'}`).join(', ');
  return reasons ? `${(err as Error).message} (${reasons})` : (err as Error).message;
}
