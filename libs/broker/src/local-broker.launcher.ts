/**
 * Starts, stops and inspects a real single-node Apache Kafka broker (4.x, or 3.x; KRaft, combined
 * broker+controller) as a detached JVM, from the jars scripts/fetch-kafka.mjs caches. No Docker.
 *
 * Everything about one broker lives in its state dir:
 *   server.properties, log4j2.properties  regenerated on every start (log4j.properties for Kafka 3.x)
 *   data/                                  log.dirs (topics + KRaft metadata log), formatted once
 *   logs/server.log, logs/broker.out       Kafka's log and the JVM's stdout/stderr
 *   broker.pid                             pid of the running JVM (removed on stop)
 *   broker.json                            ports/bootstrap of the last start, reused by the next one
 * so a restart on the same state dir keeps its data and its address (what chaos tests need).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
// Relative, not @skytally/config: Jest's global setup loads this library without the path mapper.
import { loadConfig } from '../../config/src';
import {
  DEFAULT_HEAP_MB,
  DEFAULT_TIMEOUT_MS,
  type LocalBroker,
  type LocalBrokerOptions,
  type LocalBrokerStatus,
} from './broker.options';
import {
  type BrokerStateRecord,
  isProcessAlive,
  KAFKA_MAIN_CLASS,
  readStateRecord,
  removePidFile,
  serverPropertiesPath,
  signalProcess,
  tailFile,
  terminateProcess,
  verifiedBrokerPid,
  waitForExit,
  writePidFile,
  writeStateRecord,
} from './broker-process.guard';
import { isPortFree, pickFreePort } from './free-port.finder';
import { ensureKafkaJars, type KafkaJars } from './kafka-jars.fetcher';
import { notReadyReason, probeMetadata } from './metadata.probe';
import { renderLog4j2Properties, renderLog4jProperties, renderServerProperties } from './server-properties.renderer';
import { acquireStartLock } from './start-lock';
import {
  ensureSecureMaterial,
  scramFormatArgs,
  type SecureMaterial,
  writeClientEnv,
  ADMIN_USER,
} from './secure-material';

const HOST = '127.0.0.1';
/** Kafka's clean shutdown of a single node takes a few seconds; past this we SIGKILL. */
const STOP_GRACE_MS = 30_000;

export type StopOutcome = 'not-running' | 'terminated' | 'killed';

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function handle(stateDir: string, pid: number, brokers: string, secure?: SecureMaterial): LocalBroker {
  const access = secure && {
    caFile: secure.caFile,
    users: secure.users,
    clientEnvFile: writeClientEnv(join(stateDir, 'client.env'), brokers, secure),
  };
  return {
    brokers,
    pid,
    stateDir,
    ...(access ? { secure: access } : {}),
    stop: async () => void (await stopLocalBroker(stateDir)),
  };
}

/**
 * Starts the broker of `opts.stateDir` (a fresh temp dir when omitted) and resolves once it answers
 * a metadata request. When that state dir's broker is already running, resolves with it instead.
 */
export async function startLocalBroker(opts: LocalBrokerOptions = {}): Promise<LocalBroker> {
  const stateDir = resolve(opts.stateDir ?? mkdtempSync(join(tmpdir(), 'skytally-broker-')));
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  mkdirSync(stateDir, { recursive: true });
  const release = await acquireStartLock(stateDir, timeoutMs);
  try {
    const runningPid = verifiedBrokerPid(stateDir);
    const previous = readStateRecord(stateDir);
    const dataDir = join(stateDir, 'data');
    const formatted = existsSync(join(dataDir, 'meta.properties'));
    // Secure or not is decided when the data is formatted (the SCRAM users live in it).
    const secure = formatted && previous ? previous.secure === true : opts.secure === true;
    if (formatted && opts.secure !== undefined && opts.secure !== secure) {
      throw new Error(
        `the broker data in ${stateDir} is ${secure ? 'secure (SASL_SSL)' : 'PLAINTEXT'}; reset it (skytally broker reset) or use another state dir to change that`,
      );
    }
    if (runningPid !== undefined && previous) {
      await waitUntilReady(
        runningPid,
        previous.port,
        previous.logDir,
        Date.now() + timeoutMs,
        secure ? { since: 0 } : undefined,
      );
      return handle(stateDir, runningPid, previous.brokers, secure ? ensureSecureMaterial(stateDir) : undefined);
    }
    if (runningPid !== undefined)
      throw new Error(
        `a broker (pid ${runningPid}) runs on ${stateDir} but ${stateDir}/broker.json is missing; stop it first`,
      );
    removePidFile(stateDir); // stale: that process is gone or is not ours

    const jars = await ensureKafkaJars();
    const cluster = opts.cluster ?? previous?.cluster;
    const port = await choosePort('port', opts.port, previous?.port);
    const controllerPort = await choosePort('controllerPort', opts.controllerPort, previous?.controllerPort, [port]);
    const logDir = resolve(opts.logDir ?? previous?.logDir ?? join(stateDir, 'logs'));
    const heapMb = opts.heapMb ?? DEFAULT_HEAP_MB;
    mkdirSync(logDir, { recursive: true });
    const material = secure ? ensureSecureMaterial(stateDir, opts.extraUsers) : undefined;
    const security = material && {
      keystore: material.keystore,
      truststore: material.truststore,
      storePassword: material.storePassword,
      adminUser: ADMIN_USER,
      adminPassword: material.users[ADMIN_USER]!,
    };
    writeFileSync(
      serverPropertiesPath(stateDir),
      renderServerProperties({ port, controllerPort, dataDir, security, node: cluster }),
      { mode: 0o600 },
    );
    const log4j = writeLoggingConfig(jars, stateDir, logDir);

    if (!formatted)
      await formatStorage(jars, stateDir, log4j, logDir, material ? scramFormatArgs(material) : [], cluster?.clusterId);

    const logSize = fileSize(join(logDir, 'server.log'));
    const pid = spawnBroker(
      jars,
      stateDir,
      log4j,
      logDir,
      heapMb,
      opts.jvmOpts ?? loadConfig().SKYTALLY_KAFKA_JVM_OPTS ?? '',
    );
    writePidFile(stateDir, pid);
    const brokers = `${HOST}:${port}`;
    const record: BrokerStateRecord = {
      pid,
      port,
      controllerPort,
      brokers,
      kafkaVersion: jars.version,
      startedAt: new Date().toISOString(),
      logDir,
      heapMb,
      ...(secure ? { secure } : {}),
      ...(cluster ? { cluster } : {}),
    };
    writeStateRecord(stateDir, record);
    try {
      await waitUntilReady(pid, port, logDir, Date.now() + timeoutMs, secure ? { since: logSize } : undefined);
    } catch (err) {
      // Never leave a half-started JVM behind: the caller gets the error, not a process to hunt down.
      if (isProcessAlive(pid)) await terminateProcess(pid, 5_000);
      removePidFile(stateDir);
      throw err;
    }
    return handle(stateDir, pid, brokers, material);
  } finally {
    release();
  }
}

async function choosePort(
  name: string,
  requested: number | undefined,
  recorded: number | undefined,
  taken: number[] = [],
): Promise<number> {
  if (requested) {
    if (!(await isPortFree(requested))) {
      throw new Error(
        `${name} ${requested} on ${HOST} is already in use (another Kafka? check \`skytally broker status\` or \`ss -ltnp | grep ${requested}\`)`,
      );
    }
    return requested;
  }
  // Keep the address of the previous start so clients and restarts (chaos tests) find the broker again.
  if (recorded && !taken.includes(recorded) && (await isPortFree(recorded))) return recorded;
  for (;;) {
    const port = await pickFreePort(HOST);
    if (!taken.includes(port)) return port;
  }
}

/** Kafka 4.x logs through log4j2 (KIP-653), 3.x through reload4j: writes the matching config, returns its path. */
function writeLoggingConfig(jars: KafkaJars, stateDir: string, logDir: string): string {
  const log4j2 = jars.logging !== 'reload4j';
  const file = join(stateDir, log4j2 ? 'log4j2.properties' : 'log4j.properties');
  writeFileSync(file, log4j2 ? renderLog4j2Properties(logDir) : renderLog4jProperties(logDir));
  return file;
}

function jvmBase(jars: KafkaJars, log4j: string, logDir: string): string[] {
  return [
    jars.logging === 'reload4j'
      ? `-Dlog4j.configuration=${pathToFileURL(log4j).href}`
      : `-Dlog4j2.configurationFile=${log4j}`,
    `-Dkafka.logs.dir=${logDir}`,
    '-Djava.awt.headless=true',
    '-cp',
    join(jars.libsDir, '*'),
  ];
}

/** One-time `kafka-storage format` of the data dir (static quorum: no --standalone needed). */
async function formatStorage(
  jars: KafkaJars,
  stateDir: string,
  log4j: string,
  logDir: string,
  extraArgs: string[] = [],
  givenClusterId?: string,
): Promise<void> {
  // A Kafka cluster id is a base64url-encoded 16-byte UUID (22 chars), what `kafka-storage random-uuid` prints.
  const clusterId = givenClusterId ?? newClusterId();
  // `--cluster-id=<id>`, not `-t <id>`: an id starting with '-' (1 in 64) would read as a flag.
  const args = [
    '-Xmx256m',
    ...jvmBase(jars, log4j, logDir),
    'kafka.tools.StorageTool',
    'format',
    `--cluster-id=${clusterId}`,
    '-c',
    serverPropertiesPath(stateDir),
    '--ignore-formatted',
    ...extraArgs,
  ];
  const output = await new Promise<{ code: number | null; text: string }>((done, fail) => {
    const child = spawn(jars.java, args, { cwd: stateDir, stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (c: Buffer) => (text += c.toString()));
    child.stderr.on('data', (c: Buffer) => (text += c.toString()));
    child.once('error', fail);
    child.once('close', (code) => done({ code, text }));
  });
  if (output.code !== 0)
    throw new Error(`formatting ${stateDir}/data failed (exit ${output.code}):\n${redact(output.text, extraArgs)}`);
}

function spawnBroker(
  jars: KafkaJars,
  stateDir: string,
  log4j: string,
  logDir: string,
  heapMb: number,
  jvmOpts: string,
): number {
  const out = openSync(join(logDir, 'broker.out'), 'a');
  try {
    const args = [
      `-Xms${Math.min(heapMb, 128)}m`,
      `-Xmx${heapMb}m`,
      // Small heap, few cores: the serial collector has no background threads competing with the tests.
      '-XX:+UseSerialGC',
      // A broker that ran out of heap should die visibly, not limp on.
      '-XX:+ExitOnOutOfMemoryError',
      // C1 only: about 40% less CPU to get to "ready" (measured 5.9 s -> 3.6 s of JVM CPU); a dev
      // broker is mostly idle and I/O-bound, so peak JIT speed matters less than a quick start.
      '-XX:TieredStopAtLevel=1',
      // Extra/overriding flags, e.g. SKYTALLY_KAFKA_JVM_OPTS="-XX:TieredStopAtLevel=4" (later flags win).
      ...jvmOpts.split(/\s+/).filter(Boolean),
      ...jvmBase(jars, log4j, logDir),
      KAFKA_MAIN_CLASS,
      serverPropertiesPath(stateDir),
    ];
    // detached + unref: the broker outlives the CLI/test process that started it, in its own process group.
    const child = spawn(jars.java, args, { cwd: stateDir, detached: true, stdio: ['ignore', out, out] });
    if (child.pid === undefined) throw new Error(`could not start ${jars.java}`);
    child.on('error', () => undefined);
    child.unref();
    return child.pid;
  } finally {
    closeSync(out);
  }
}

/** A Kafka cluster id: a base64url-encoded 16-byte UUID (22 chars), what `kafka-storage random-uuid` prints. */
export function newClusterId(): string {
  return randomBytes(16).toString('base64url');
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** Removes any password that appears in the --add-scram arguments from a text (error messages). */
function redact(text: string, args: string[]): string {
  let out = text;
  for (const a of args) {
    const m = /password=([^\],]+)/.exec(a);
    if (m) out = out.split(m[1]!).join('[hidden]');
  }
  return out;
}

/** Kafka's own line once every listener accepts connections (a secure broker cannot be probed without SASL). */
const STARTED_LINE = 'Kafka Server started';

function startedSince(logDir: string, since: number): boolean {
  try {
    const text = readFileSync(join(logDir, 'server.log'));
    return text.subarray(Math.min(since, text.length)).includes(STARTED_LINE);
  } catch {
    return false;
  }
}

/**
 * Ready = the PLAINTEXT probe lists the broker and a leader for every partition; a secure broker
 * (`secureSince`: the server.log offset before it was launched) is ready when it has logged that
 * it started (clients then wait for leaders themselves, with credentials: libs/kafka ensureTopics).
 */
async function waitUntilReady(
  pid: number,
  port: number,
  logDir: string,
  deadline: number,
  secure?: { since: number },
): Promise<void> {
  let lastError: string;
  for (;;) {
    if (!isProcessAlive(pid)) {
      throw new Error(`the Kafka broker (pid ${pid}) exited during startup.\n${logTails(logDir)}`);
    }
    if (secure) {
      if (startedSince(logDir, secure.since)) return;
      lastError = `no "${STARTED_LINE}" in ${logDir}/server.log yet`;
      if (Date.now() >= deadline)
        throw new Error(
          `the secure Kafka broker on ${HOST}:${port} (pid ${pid}) was not ready in time (last: ${lastError}).\n${logTails(logDir)}`,
        );
      await sleep(250);
      continue;
    }
    try {
      const reason = notReadyReason(await probeMetadata(HOST, port, 5_000), port);
      if (reason === undefined) return;
      lastError = reason;
    } catch (err) {
      lastError = (err as Error).message;
    }
    if (Date.now() >= deadline) {
      throw new Error(
        `the Kafka broker on ${HOST}:${port} (pid ${pid}) was not ready in time (last: ${lastError}).\n${logTails(logDir)}`,
      );
    }
    await sleep(250);
  }
}

function logTails(logDir: string): string {
  const server = tailFile(join(logDir, 'server.log'), 40);
  const out = tailFile(join(logDir, 'broker.out'), 20);
  return `--- ${logDir}/server.log (tail) ---\n${server}\n--- ${logDir}/broker.out (tail) ---\n${out}`;
}

/** Stops the broker of stateDir if it runs (SIGTERM, SIGKILL after 30 s) and removes its pid file. */
export async function stopLocalBroker(stateDir: string, graceMs = STOP_GRACE_MS): Promise<StopOutcome> {
  const dir = resolve(stateDir);
  const pid = verifiedBrokerPid(dir);
  if (pid === undefined) {
    removePidFile(dir);
    return 'not-running';
  }
  const how = await terminateProcess(pid, graceMs);
  removePidFile(dir);
  return how;
}

/**
 * Sends `signal` to the broker of stateDir (chaos tests: SIGTERM for a clean stop, SIGKILL for a
 * crash) and waits up to timeoutMs for it to exit. Resolves false when it was not running or is
 * still running at the deadline (the pid file is then kept).
 */
export async function killLocalBroker(
  stateDir: string,
  signal: NodeJS.Signals = 'SIGKILL',
  timeoutMs = STOP_GRACE_MS,
): Promise<boolean> {
  const dir = resolve(stateDir);
  const pid = verifiedBrokerPid(dir);
  if (pid === undefined) return false;
  signalProcess(pid, signal);
  if (!(await waitForExit(pid, timeoutMs))) return false;
  removePidFile(dir);
  return true;
}

/**
 * Stops (or, with `signal`, kills) the broker of stateDir and starts it again on the same data and,
 * unless opts say otherwise, the same ports and heap.
 */
export async function restartLocalBroker(
  stateDir: string,
  opts: Omit<LocalBrokerOptions, 'stateDir'> & { signal?: NodeJS.Signals } = {},
): Promise<LocalBroker> {
  const dir = resolve(stateDir);
  const { signal, ...rest } = opts;
  if (signal) await killLocalBroker(dir, signal);
  else await stopLocalBroker(dir);
  const previous = readStateRecord(dir);
  return startLocalBroker({ heapMb: previous?.heapMb, ...rest, stateDir: dir });
}

/** Whether the broker of stateDir runs, and where (a Promise: callers treat it like the other calls here). */
export function localBrokerStatus(stateDir: string): Promise<LocalBrokerStatus> {
  const dir = resolve(stateDir);
  const pid = verifiedBrokerPid(dir);
  if (pid === undefined) return Promise.resolve({ running: false, stateDir: dir });
  const record = readStateRecord(dir);
  return Promise.resolve({
    running: true,
    pid,
    brokers: record?.brokers,
    stateDir: dir,
    ...(record?.secure ? { clientEnvFile: join(dir, 'client.env') } : {}),
  });
}

/** Stops the broker and deletes its whole state dir (temp brokers of tests). */
export async function destroyLocalBroker(stateDir: string): Promise<void> {
  await stopLocalBroker(stateDir);
  rmSync(resolve(stateDir), { recursive: true, force: true });
}
