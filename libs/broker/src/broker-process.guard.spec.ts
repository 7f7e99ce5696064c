import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  isOurBrokerCommandLine,
  isProcessAlive,
  readCommandLine,
  readPidFile,
  serverPropertiesPath,
  verifiedBrokerPid,
  waitForExit,
  writePidFile,
} from './broker-process.guard';
import { localBrokerStatus, stopLocalBroker } from './local-broker.launcher';

describe('isOurBrokerCommandLine', () => {
  const stateDir = '/tmp/skytally-state';
  const props = serverPropertiesPath(stateDir);

  it('accepts the JVM started for this state dir', () => {
    expect(isOurBrokerCommandLine(['java', '-Xmx512m', '-cp', '/x/libs/*', 'kafka.Kafka', props], stateDir)).toBe(true);
  });

  it('rejects a broker of another state dir, another program, or a prefix match', () => {
    expect(isOurBrokerCommandLine(['java', 'kafka.Kafka', '/tmp/other/server.properties'], stateDir)).toBe(false);
    expect(isOurBrokerCommandLine(['java', 'kafka.tools.StorageTool', 'format', '-c', props], stateDir)).toBe(false);
    expect(isOurBrokerCommandLine(['vim', props], stateDir)).toBe(false);
    expect(isOurBrokerCommandLine(['java', 'kafka.Kafka', `${props}.bak`], stateDir)).toBe(false);
  });

  it('accepts a one-string `ps` line (no /proc) only when it ends with our main class and config', () => {
    expect(isOurBrokerCommandLine([`java -Xmx512m -cp /x/* kafka.Kafka ${props}`], stateDir)).toBe(true);
    expect(isOurBrokerCommandLine([`java kafka.Kafka ${props}.bak`], stateDir)).toBe(false);
  });
});

describe('pid files and processes', () => {
  let dir: string;
  const children: ChildProcess[] = [];
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'skytally-guard-'))));
  afterEach(() => {
    for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  /** A stand-in "broker": node with the same trailing argv as our JVM. */
  function fakeBroker(stateDir: string): ChildProcess {
    const child = spawn(
      process.execPath,
      ['-e', 'setInterval(() => {}, 1000)', 'kafka.Kafka', serverPropertiesPath(stateDir)],
      { stdio: 'ignore' },
    );
    children.push(child);
    return child;
  }

  it('round-trips the pid file and ignores garbage', () => {
    expect(readPidFile(dir)).toBeUndefined();
    writePidFile(dir, 1234);
    expect(readPidFile(dir)).toBe(1234);
    writeFileSync(join(dir, 'broker.pid'), 'not a pid');
    expect(readPidFile(dir)).toBeUndefined();
  });

  it('does not trust a pid file pointing at a live process that is not our broker', () => {
    writePidFile(dir, process.pid);
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(verifiedBrokerPid(dir)).toBeUndefined();
  });

  it('trusts, stops and then forgets a process whose command line is our broker for this state dir', async () => {
    const child = fakeBroker(dir);
    writePidFile(dir, child.pid!);
    await waitForCommandLine(child.pid!);
    expect(verifiedBrokerPid(dir)).toBe(child.pid);
    expect(verifiedBrokerPid(join(dir, 'elsewhere'))).toBeUndefined();
    expect((await localBrokerStatus(dir)).running).toBe(true);

    expect(await stopLocalBroker(dir)).toBe('terminated');
    expect(isProcessAlive(child.pid!)).toBe(false);
    expect(readPidFile(dir)).toBeUndefined();
    expect(await localBrokerStatus(dir)).toEqual({ running: false, stateDir: dir });
  });

  it('reports a stale pid file as not running and leaves strangers alone', async () => {
    const stranger = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(stranger);
    writePidFile(dir, stranger.pid!);
    expect(await stopLocalBroker(dir)).toBe('not-running');
    expect(isProcessAlive(stranger.pid!)).toBe(true);
    expect(readPidFile(dir)).toBeUndefined();
  });

  it('sees a killed child as gone once it is reaped', async () => {
    const child = fakeBroker(dir);
    child.kill('SIGKILL');
    expect(await waitForExit(child.pid!, 5000)).toBe(true);
  });
});

async function waitForCommandLine(pid: number): Promise<void> {
  const deadline = Date.now() + 5000;
  while (!(readCommandLine(pid) ?? []).includes('kafka.Kafka')) {
    if (Date.now() > deadline) throw new Error('fake broker did not start');
    await new Promise((r) => setTimeout(r, 20));
  }
}
