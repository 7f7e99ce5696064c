import { existsSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { type LocalBroker, defaultBrokerOptions, localBrokerStatus, startLocalBroker, stopLocalBroker } from '@skytally/broker';
import type { SkytallyConfig } from '@skytally/config';
import { createKafka, retryRetriable } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';

/** The user's local broker: its state folder and preferred port (9092). */
export function userBrokerOptions(config: SkytallyConfig) {
  return defaultBrokerOptions({ SKYTALLY_HOME: config.SKYTALLY_HOME });
}

/**
 * The brokers the CLI talks to: KAFKA_BROKERS when set, else the local broker
 * when it runs, else the default address.
 */
export async function resolveBrokers(config: SkytallyConfig): Promise<string> {
  if (config.KAFKA_BROKERS) return config.KAFKA_BROKERS;
  const status = await localBrokerStatus(userBrokerOptions(config).stateDir);
  return status.running && status.brokers ? status.brokers : '127.0.0.1:9092';
}

/**
 * Starts the local broker unless it already runs. `owned` says whether this
 * call started it (and so whether the caller should stop it). Port 9092 is
 * preferred; when something else holds it, a free port is used. Resolves once
 * the broker is ready: it serves metadata and every partition has a leader.
 */
export async function ensureLocalBroker(config: SkytallyConfig): Promise<{ broker: LocalBroker; owned: boolean }> {
  const options = userBrokerOptions(config);
  const status = await localBrokerStatus(options.stateDir);
  const port = status.running || (await isPortFree(options.port)) ? options.port : 0;
  const broker = await startLocalBroker({ ...options, port });
  return { broker, owned: !status.running };
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * Deletes the topics and consumer groups of one run's prefix (a demo runs on a
 * fresh `demo-<time>.` prefix; without this every run would leave 8 topics and
 * 4 groups on the broker, ~21 partitions, and after a few dozen runs the broker
 * takes long to restart). Call it after the services have stopped (a group with
 * members cannot be deleted). Refuses an empty prefix: that is the user's data.
 * Best effort and bounded: a failure is reported, never thrown.
 */
export async function removeDemoTopics(runConfig: SkytallyConfig, logger: Logger, timeoutMs = 30_000): Promise<{ topics: string[]; groups: string[] }> {
  const prefix = runConfig.SKYTALLY_TOPIC_PREFIX;
  if (!prefix) throw new Error('removeDemoTopics: refusing to delete topics without a prefix');
  const admin = createKafka(runConfig, 'cli-cleanup', logger).admin();
  const removed = { topics: [] as string[], groups: [] as string[] };
  try {
    await admin.connect();
    const opts = { timeoutMs };
    removed.groups = (await retryRetriable('listing consumer groups', () => admin.listGroups(), opts)).groups
      .map((g) => g.groupId)
      .filter((id) => id.startsWith(prefix));
    if (removed.groups.length) await retryRetriable('deleting consumer groups', () => admin.deleteGroups(removed.groups), opts).catch((err: Error) => logger.warn({ err: err.message }, 'could not delete the run\'s consumer groups'));
    removed.topics = (await retryRetriable('listing topics', () => admin.listTopics(), opts)).filter((t) => t.startsWith(prefix));
    if (removed.topics.length) await retryRetriable('deleting topics', () => admin.deleteTopics({ topics: removed.topics, timeout: timeoutMs }), opts);
  } catch (err) {
    logger.warn({ err: (err as Error).message, prefix }, 'could not delete the run\'s topics');
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return removed;
}

/**
 * `skytally broker reset`: stops the local broker if it runs and deletes its
 * whole state folder (topics, consumer offsets, KRaft metadata, logs). The jar
 * cache is kept. Returns what it did, for the command to print.
 */
export async function resetLocalBroker(config: SkytallyConfig): Promise<{ stateDir: string; stopped: boolean; existed: boolean }> {
  const { stateDir } = userBrokerOptions(config);
  const outcome = await stopLocalBroker(stateDir);
  const existed = existsSync(stateDir);
  rmSync(stateDir, { recursive: true, force: true });
  return { stateDir, stopped: outcome !== 'not-running', existed };
}
