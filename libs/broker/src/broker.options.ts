import { join } from 'node:path';
// Relative, not @skytally/config: Jest's global setup loads this library without the path mapper.
import { type SkytallyConfig, skytallyHome } from '../../config/src';

/** Options of `startLocalBroker`; every field is optional. */
export interface LocalBrokerOptions {
  /** Client (PLAINTEXT) port on 127.0.0.1. 0/undefined: the port recorded in stateDir, else a free one. */
  port?: number;
  /** KRaft controller port on 127.0.0.1. 0/undefined: as for `port`. */
  controllerPort?: number;
  /** Holds server.properties, the data (log.dirs), the pid file and broker.json. Undefined: a fresh temp dir. */
  stateDir?: string;
  /** JVM heap (-Xms and -Xmx), MiB. Default 512. */
  heapMb?: number;
  /** Where server.log and the JVM's stdout/stderr (broker.out) go. Default <stateDir>/logs. */
  logDir?: string;
  /** How long to wait for the broker to answer a metadata request. Default 90 s. */
  timeoutMs?: number;
  /** Extra JVM flags, space-separated, after the defaults (so they win). Default: SKYTALLY_KAFKA_JVM_OPTS. */
  jvmOpts?: string;
  /**
   * SASL_SSL (SCRAM-SHA-512) + TLS + ACLs (StandardAuthorizer, the admin the only super user)
   * instead of PLAINTEXT. Fixed when the state dir is first formatted; later starts keep it.
   */
  secure?: boolean;
  /** Secure only: SASL users to create besides `admin` and `skytally` (tests: a principal with fewer rights). */
  extraUsers?: string[];
  /** Internal (startLocalCluster): this broker is one node of a local cluster. Kept in broker.json for restarts. */
  cluster?: { nodeId: number; voters: string; clusterId: string; replicationFactor: number; minInsyncReplicas: number };
}

/** How to reach a secure broker: the CA to trust, the users and a `source`-able client settings file. */
export interface SecureBrokerAccess {
  caFile: string;
  /** user -> password; `admin` is the super user, `skytally` the services' principal. */
  users: Record<string, string>;
  /** KAFKA_BROKERS, KAFKA_SSL*, KAFKA_SASL_* for the `skytally` user (mode 0600). */
  clientEnvFile: string;
}

/** A running broker started (or found running) by this library. */
export interface LocalBroker {
  /** Bootstrap string for clients, e.g. "127.0.0.1:9092". */
  brokers: string;
  pid: number;
  stateDir: string;
  /** Set for a secure broker. */
  secure?: SecureBrokerAccess;
  /** Stops this broker (SIGTERM, then SIGKILL after a bound). */
  stop(): Promise<void>;
}

export interface LocalBrokerStatus {
  running: boolean;
  pid?: number;
  brokers?: string;
  stateDir: string;
  /** A secure broker: where its client settings are. */
  clientEnvFile?: string;
}

export const DEFAULT_PORT = 9092;
export const DEFAULT_HEAP_MB = 512;
export const DEFAULT_TIMEOUT_MS = 90_000;

/** The options of the user's own broker (`skytally broker start`): a fixed state dir under SKYTALLY_HOME and port 9092. */
export function defaultBrokerOptions(
  config: Pick<SkytallyConfig, 'SKYTALLY_HOME' | 'SKYTALLY_KAFKA_JVM_OPTS'>,
): LocalBrokerOptions & { stateDir: string; port: number } {
  return {
    stateDir: join(skytallyHome(config), 'broker'),
    port: DEFAULT_PORT,
    heapMb: DEFAULT_HEAP_MB,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    jvmOpts: config.SKYTALLY_KAFKA_JVM_OPTS,
  };
}
