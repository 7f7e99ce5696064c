import type { SkytallyConfig } from '@skytally/config';
import { createKafka, retryRetriable } from '@skytally/kafka';
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
        await retryRetriable('deleting consumer groups', () => admin.deleteGroups(removed.groups), opts);
    } catch (err) {
      logger.warn({ err: (err as Error).message, prefix }, "could not delete the run's consumer groups");
    }
  } catch (err) {
    logger.warn({ err: (err as Error).message, prefix }, "could not reach the broker to delete the run's topics");
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return removed;
}
