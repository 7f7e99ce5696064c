/**
 * A local Kafka cluster of N nodes (default 3), each a JVM that is both broker and KRaft controller
 * (combined mode: three voters, so the quorum and every partition survive one node down). Each
 * node is an ordinary local broker (local-broker.launcher.ts) in `<stateDir>/node-<id>`, formatted
 * with one shared cluster id and the same static voter list; `<stateDir>/cluster.json` records the
 * nodes. Replication factor N (capped at 3) and min.insync.replicas = factor - 1 for every topic
 * created without its own, and for the internal offsets and transaction topics.
 *
 * One node can be killed and restarted on its own (restartLocalBroker(nodeDir(...))): it keeps its
 * ports, id and voters from its broker.json and rejoins.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { LocalBroker, LocalBrokerStatus } from './broker.options';
import { readStateRecord } from './broker-process.guard';
import { isPortFree, pickFreePort } from './free-port.finder';
import {
  localBrokerStatus,
  newClusterId,
  startLocalBroker,
  stopLocalBroker,
  type StopOutcome,
} from './local-broker.launcher';

export interface LocalClusterOptions {
  stateDir: string;
  /** Nodes, each broker + controller. Default 3. */
  brokers?: number;
  /** JVM heap per node, MiB. Default 384. */
  heapMb?: number;
  timeoutMs?: number;
}

export interface LocalCluster {
  /** Bootstrap string with every node: `127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3`. */
  brokers: string;
  stateDir: string;
  nodes: LocalBroker[];
  replicationFactor: number;
  minInsyncReplicas: number;
  stop(): Promise<void>;
}

interface ClusterRecord {
  clusterId: string;
  nodes: { nodeId: number; port: number; controllerPort: number }[];
  replicationFactor: number;
  minInsyncReplicas: number;
}

const HOST = '127.0.0.1';
const CLUSTER_FILE = 'cluster.json';

export function nodeDir(stateDir: string, nodeId: number): string {
  return join(resolve(stateDir), `node-${nodeId}`);
}

function readClusterRecord(stateDir: string): ClusterRecord | undefined {
  const file = join(stateDir, CLUSTER_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ClusterRecord;
  } catch {
    return undefined;
  }
}

export function isLocalCluster(stateDir: string): boolean {
  return readClusterRecord(resolve(stateDir)) !== undefined;
}

/** Ports recorded for a node when still free (its data and clients expect them), else new free ones. */
async function nodePorts(
  stateDir: string,
  nodeId: number,
  taken: Set<number>,
): Promise<{ port: number; controllerPort: number }> {
  const previous = readStateRecord(nodeDir(stateDir, nodeId));
  const pick = async (recorded: number | undefined) => {
    if (recorded && !taken.has(recorded) && (await isPortFree(recorded))) return recorded;
    for (;;) {
      const p = await pickFreePort(HOST);
      if (!taken.has(p)) return p;
    }
  };
  const port = await pick(previous?.port);
  taken.add(port);
  const controllerPort = await pick(previous?.controllerPort);
  taken.add(controllerPort);
  return { port, controllerPort };
}

/** How many times a new cluster is started on new ports when one it picked was taken before a node bound it. */
const NEW_CLUSTER_ATTEMPTS = 3;

/**
 * Starts every node of the cluster in stateDir that is not running (all at once: a controller
 * quorum needs a majority before any node is ready), and resolves when each answers metadata
 * listing itself with a leader for every partition.
 *
 * A new cluster's ports are picked free seconds before its JVMs bind them, from the range the
 * system also hands out for outgoing connections: another process can take one in between (CI's
 * other chaos run did, once). A new cluster holds nothing yet, so it is deleted and started again
 * on new ports; an existing one keeps its ports (its clients know them) and fails as it is.
 */
export async function startLocalCluster(opts: LocalClusterOptions): Promise<LocalCluster> {
  const isNew = readClusterRecord(resolve(opts.stateDir)) === undefined;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startClusterNodes(opts);
    } catch (err) {
      if (!isNew || attempt >= NEW_CLUSTER_ATTEMPTS || !isPortTaken(err)) throw err;
      await destroyLocalCluster(opts.stateDir);
    }
  }
}

/** A node exited because its port was taken (its log's tail is in the message). */
function isPortTaken(err: unknown): boolean {
  return err instanceof Error && /Address already in use|failed to bind/.test(err.message);
}

async function startClusterNodes(opts: LocalClusterOptions): Promise<LocalCluster> {
  const stateDir = resolve(opts.stateDir);
  mkdirSync(stateDir, { recursive: true });
  const previous = readClusterRecord(stateDir);
  const count = previous?.nodes.length ?? opts.brokers ?? 3;
  if (opts.brokers !== undefined && previous && opts.brokers !== previous.nodes.length) {
    throw new Error(`the cluster in ${stateDir} has ${previous.nodes.length} nodes; reset it to change that`);
  }
  if (count < 1) throw new Error('a cluster needs at least one node');
  const replicationFactor = previous?.replicationFactor ?? Math.min(count, 3);
  const minInsyncReplicas = previous?.minInsyncReplicas ?? Math.max(1, replicationFactor - 1);
  const clusterId = previous?.clusterId ?? newClusterId();

  const taken = new Set<number>();
  const nodes: ClusterRecord['nodes'] = [];
  for (let nodeId = 1; nodeId <= count; nodeId++) {
    const status = await localBrokerStatus(nodeDir(stateDir, nodeId));
    const record = readStateRecord(nodeDir(stateDir, nodeId));
    if (status.running && record) {
      taken.add(record.port).add(record.controllerPort);
      nodes.push({ nodeId, port: record.port, controllerPort: record.controllerPort });
    } else {
      nodes.push({ nodeId, ...(await nodePorts(stateDir, nodeId, taken)) });
    }
  }
  const voters = nodes.map((n) => `${n.nodeId}@${HOST}:${n.controllerPort}`).join(',');
  writeFileSync(
    join(stateDir, CLUSTER_FILE),
    JSON.stringify({ clusterId, nodes, replicationFactor, minInsyncReplicas } satisfies ClusterRecord, null, 2) + '\n',
  );

  const started = await Promise.allSettled(
    nodes.map((n) =>
      startLocalBroker({
        stateDir: nodeDir(stateDir, n.nodeId),
        port: n.port,
        controllerPort: n.controllerPort,
        heapMb: opts.heapMb ?? 384,
        timeoutMs: opts.timeoutMs,
        cluster: { nodeId: n.nodeId, voters, clusterId, replicationFactor, minInsyncReplicas },
      }).catch(async (err: Error) => {
        // A running node keeps its ports: startLocalBroker returns it without a port check.
        if ((await localBrokerStatus(nodeDir(stateDir, n.nodeId))).running)
          return startLocalBroker({ stateDir: nodeDir(stateDir, n.nodeId) });
        throw err;
      }),
    ),
  );
  const failed = started.flatMap((r, i) =>
    r.status === 'rejected' ? [`node ${i + 1}: ${(r.reason as Error).message}`] : [],
  );
  if (failed.length) {
    await stopLocalCluster(stateDir);
    throw new Error(`the local cluster did not start:\n${failed.join('\n')}`);
  }
  const handles = started.map((r) => (r as PromiseFulfilledResult<LocalBroker>).value);
  return {
    brokers: handles.map((h) => h.brokers).join(','),
    stateDir,
    nodes: handles,
    replicationFactor,
    minInsyncReplicas,
    stop: async () => void (await stopLocalCluster(stateDir)),
  };
}

/** Stops every node (all at once, SIGTERM then SIGKILL after graceMs). */
export async function stopLocalCluster(stateDir: string, graceMs?: number): Promise<StopOutcome[]> {
  const record = readClusterRecord(resolve(stateDir));
  if (!record) return [];
  return Promise.all(record.nodes.map((n) => stopLocalBroker(nodeDir(stateDir, n.nodeId), graceMs)));
}

export interface LocalClusterStatus {
  stateDir: string;
  running: number;
  brokers?: string;
  nodes: (LocalBrokerStatus & { nodeId: number })[];
}

export async function localClusterStatus(stateDir: string): Promise<LocalClusterStatus> {
  const dir = resolve(stateDir);
  const record = readClusterRecord(dir);
  if (!record) return { stateDir: dir, running: 0, nodes: [] };
  const nodes = await Promise.all(
    record.nodes.map(async (n) => ({ nodeId: n.nodeId, ...(await localBrokerStatus(nodeDir(dir, n.nodeId))) })),
  );
  const up = nodes.filter((n) => n.running);
  return {
    stateDir: dir,
    running: up.length,
    brokers: up.length ? up.map((n) => n.brokers).join(',') : undefined,
    nodes,
  };
}

/** Stops the cluster and deletes its state dir. */
export async function destroyLocalCluster(stateDir: string): Promise<void> {
  await stopLocalCluster(stateDir);
  rmSync(resolve(stateDir), { recursive: true, force: true });
}
