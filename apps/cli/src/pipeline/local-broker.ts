import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  ADMIN_USER,
  type LocalBroker,
  type LocalCluster,
  SERVICE_USER,
  defaultBrokerOptions,
  isPortFree,
  localBrokerStatus,
  localClusterStatus,
  startLocalBroker,
  startLocalCluster,
  stopLocalBroker,
  stopLocalCluster,
} from '@skytally/broker';
import type { SkytallyConfig } from '@skytally/config';
import { createKafka, grantServiceAcls, retryRetriable, waitForLeaders } from '@skytally/kafka';
import type { Logger } from '@skytally/logger';

/** The user's local broker: its state folder and preferred port (9092). */
export function userBrokerOptions(config: SkytallyConfig) {
  return defaultBrokerOptions(config);
}

/** The secure local broker (`skytally broker start --secure`): its own state folder beside the plain one, a free port. */
export function secureBrokerOptions(config: SkytallyConfig) {
  const plain = userBrokerOptions(config);
  return { ...plain, stateDir: join(dirname(plain.stateDir), 'broker-secure'), port: 0, secure: true };
}

/** The local three-broker cluster (`skytally broker start --brokers 3`): `<home>/cluster/node-<id>`. */
export function clusterStateDir(config: SkytallyConfig): string {
  return join(dirname(userBrokerOptions(config).stateDir), 'cluster');
}

/**
 * Starts the local cluster (every node not running), and writes `<home>/cluster/client.env`:
 * KAFKA_BROKERS with every node, SKYTALLY_REPLICATION_FACTOR for the topics the services create.
 */
export async function ensureLocalCluster(
  config: SkytallyConfig,
  brokers: number,
): Promise<{ cluster: LocalCluster; owned: boolean; clientEnvFile: string }> {
  const stateDir = clusterStateDir(config);
  const before = await localClusterStatus(stateDir);
  const cluster = await startLocalCluster({ stateDir, brokers, timeoutMs: 180_000 });
  const clientEnvFile = join(stateDir, 'client.env');
  writeFileSync(
    clientEnvFile,
    [
      '# skytally: client settings of the local cluster (skytally broker start --brokers N)',
      `export KAFKA_BROKERS='${cluster.brokers}'`,
      `export SKYTALLY_REPLICATION_FACTOR=${cluster.replicationFactor}`,
      '',
    ].join('\n'),
  );
  return { cluster, owned: before.running < cluster.nodes.length, clientEnvFile };
}

/** Every local broker state folder the CLI manages (stop, status, reset act on all). */
export function localBrokerDirs(config: SkytallyConfig): { name: string; stateDir: string }[] {
  return [
    { name: 'broker', stateDir: userBrokerOptions(config).stateDir },
    { name: 'secure broker', stateDir: secureBrokerOptions(config).stateDir },
    { name: 'cluster', stateDir: clusterStateDir(config) },
  ];
}

/** Stops the local broker(s) of one state folder: a cluster's nodes, or the broker. */
export async function stopLocalBrokers(stateDir: string): Promise<string | undefined> {
  const nodes = await stopLocalCluster(stateDir);
  if (nodes.length) {
    const stopped = nodes.filter((o) => o !== 'not-running');
    return stopped.length ? `${stopped.length} of ${nodes.length} nodes (${stopped.join(', ')})` : undefined;
  }
  const outcome = await stopLocalBroker(stateDir);
  return outcome === 'not-running' ? undefined : outcome;
}

/** Topic prefixes the `skytally` principal may use on the secure broker: none, and every demo run's own. */
export const SECURE_PREFIXES = ['', 'demo-'];

/**
 * Starts the secure local broker unless it runs, then, as its admin, waits until it serves every
 * partition and grants the `skytally` principal exactly the ACLs the services need (libs/kafka
 * serviceAclPlan). Resolves with the broker; `broker.secure.clientEnvFile` holds the client settings.
 */
export async function ensureSecureBroker(
  config: SkytallyConfig,
  logger: Logger,
): Promise<{ broker: LocalBroker; owned: boolean }> {
  const options = secureBrokerOptions(config);
  const status = await localBrokerStatus(options.stateDir);
  const broker = await startLocalBroker(options);
  const access = broker.secure;
  if (!access)
    throw new Error(`the broker in ${options.stateDir} is not secure; reset it first (skytally broker reset)`);
  const adminConfig: SkytallyConfig = {
    ...config,
    KAFKA_BROKERS: broker.brokers,
    KAFKA_SSL: true,
    KAFKA_SSL_CA_FILE: access.caFile,
    KAFKA_SASL_MECHANISM: 'scram-sha-512',
    KAFKA_SASL_USERNAME: ADMIN_USER,
    KAFKA_SASL_PASSWORD: access.users[ADMIN_USER],
  };
  const admin = createKafka(adminConfig, 'cli-broker-admin', logger).admin();
  try {
    await retryRetriable('connecting to the secure broker as admin', () => admin.connect(), {
      timeoutMs: config.SKYTALLY_KAFKA_READY_TIMEOUT_MS,
    });
    const topics = await retryRetriable('listing topics', () => admin.listTopics(), {
      timeoutMs: config.SKYTALLY_KAFKA_READY_TIMEOUT_MS,
    });
    if (topics.length) await waitForLeaders(admin, topics, { timeoutMs: config.SKYTALLY_KAFKA_READY_TIMEOUT_MS });
    await grantServiceAcls(admin, `User:${SERVICE_USER}`, SECURE_PREFIXES, {
      timeoutMs: config.SKYTALLY_KAFKA_READY_TIMEOUT_MS,
    });
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
  return { broker, owned: !status.running };
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
  try {
    return { broker: await startLocalBroker({ ...options, port }), owned: !status.running };
  } catch (err) {
    // Something took 9092 between the look and the start (another project's broker starting): any free port will do.
    if (port === 0 || !/already in use/.test((err as Error).message)) throw err;
    return { broker: await startLocalBroker({ ...options, port: 0 }), owned: true };
  }
}

/**
 * `skytally broker reset`: stops the local brokers (plain and secure) if they
 * run and deletes their state folders (topics, consumer offsets, KRaft
 * metadata, logs, a secure broker's certificates and passwords). The jar cache
 * is kept. Returns what it did, for the command to print.
 */
export async function resetLocalBroker(
  config: SkytallyConfig,
): Promise<{ stateDir: string; stopped: boolean; existed: boolean }[]> {
  const done = [];
  for (const { stateDir } of localBrokerDirs(config)) {
    const stopped = (await stopLocalBrokers(stateDir)) !== undefined;
    const existed = existsSync(stateDir);
    rmSync(stateDir, { recursive: true, force: true });
    done.push({ stateDir, stopped, existed });
  }
  return done;
}
