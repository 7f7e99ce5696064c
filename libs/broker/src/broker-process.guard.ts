/**
 * Knows which process is "our" broker, so stop/kill never hit a stranger: a pid file is only trusted
 * when that pid is alive AND its command line is `... kafka.Kafka <stateDir>/server.properties`
 * (pids get reused after a crash or a reboot; the state dir pins the exact broker).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const PID_FILE = 'broker.pid';
/** Ports and bootstrap string of the last start, reused by later starts and by status. */
export const STATE_FILE = 'broker.json';
export const KAFKA_MAIN_CLASS = 'kafka.Kafka';

export interface BrokerStateRecord {
  pid: number;
  port: number;
  controllerPort: number;
  brokers: string;
  kafkaVersion: string;
  startedAt: string;
  logDir: string;
  heapMb: number;
  /** SASL_SSL + ACLs (see secure-material.ts); absent for a PLAINTEXT broker. */
  secure?: boolean;
  /** A node of a local cluster (local-cluster.ts): kept so a restart of this node alone rejoins it. */
  cluster?: { nodeId: number; voters: string; clusterId: string; replicationFactor: number; minInsyncReplicas: number };
}

export function serverPropertiesPath(stateDir: string): string {
  return join(resolve(stateDir), 'server.properties');
}

export function readPidFile(stateDir: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(join(stateDir, PID_FILE), 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function writePidFile(stateDir: string, pid: number): void {
  writeFileSync(join(stateDir, PID_FILE), `${pid}\n`);
}

export function removePidFile(stateDir: string): void {
  rmSync(join(stateDir, PID_FILE), { force: true });
}

export function readStateRecord(stateDir: string): BrokerStateRecord | undefined {
  const file = join(stateDir, STATE_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as BrokerStateRecord;
  } catch {
    return undefined;
  }
}

export function writeStateRecord(stateDir: string, record: BrokerStateRecord): void {
  writeFileSync(join(stateDir, STATE_FILE), JSON.stringify(record, null, 2) + '\n');
}

/**
 * True when `args` (a process's argv) is the JVM this library starts for `stateDir`. Exact argv
 * comparison where available (/proc), else the `ps` line as one string (macOS), compared as text.
 */
export function isOurBrokerCommandLine(args: readonly string[], stateDir: string): boolean {
  const props = serverPropertiesPath(stateDir);
  const i = args.indexOf(KAFKA_MAIN_CLASS);
  if (i >= 0) return args[i + 1] === props;
  return args.length === 1 && args[0]!.endsWith(` ${KAFKA_MAIN_CLASS} ${props}`);
}

/** argv of a live process: /proc/<pid>/cmdline on Linux, `ps` elsewhere; undefined when unknown. */
export function readCommandLine(pid: number): string[] | undefined {
  const procFile = `/proc/${pid}/cmdline`;
  if (existsSync('/proc/self/cmdline')) {
    try {
      return readFileSync(procFile, 'utf8')
        .split('\0')
        .filter((a, idx, all) => a !== '' || idx < all.length - 1);
    } catch {
      return undefined;
    }
  }
  const ps = spawnSync('ps', ['-ww', '-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  const line = ps.status === 0 ? ps.stdout.trim() : '';
  return line ? [line] : undefined;
}

/** Alive and not a zombie (a killed child we have not reaped yet still answers kill(pid, 0)). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3, after the parenthesised command name (which may itself contain spaces or parens).
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The pid in stateDir's pid file if that process is alive and is our broker for stateDir. */
export function verifiedBrokerPid(stateDir: string): number | undefined {
  const pid = readPidFile(stateDir);
  if (pid === undefined || !isProcessAlive(pid)) return undefined;
  const args = readCommandLine(pid);
  return args && isOurBrokerCommandLine(args, stateDir) ? pid : undefined;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isProcessAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Sends `signal`; ESRCH (already gone) is fine. */
export function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ESRCH') throw err;
  }
}

/** SIGTERM (Kafka shuts down cleanly: flushes, writes its clean-shutdown marker), SIGKILL after graceMs. */
export async function terminateProcess(pid: number, graceMs: number): Promise<'terminated' | 'killed'> {
  signalProcess(pid, 'SIGTERM');
  if (await waitForExit(pid, graceMs)) return 'terminated';
  signalProcess(pid, 'SIGKILL');
  if (await waitForExit(pid, 10_000)) return 'killed';
  throw new Error(`broker pid ${pid} survived SIGKILL for 10 s`);
}

/** Last `lines` lines of a file, '' when it does not exist (for error messages). */
export function tailFile(file: string, lines = 40): string {
  try {
    return readFileSync(file, 'utf8')
      .split('\n')
      .slice(-lines - 1)
      .join('\n');
  } catch {
    return '';
  }
}
