/**
 * "A local broker that is ready when it says so, and stays tidy" (issue 14): `skytally run --demo`
 * many times against ONE local broker data folder, the way a user tries the demo again and again.
 * Each run starts the broker on that folder (the demo owns it) and stops it at the end, so the
 * broker restarts between runs. The folder starts crowded: 36 earlier runs' leftover topics (288
 * topics, ~800 partitions), the state that used to lock users out with "This server does not host
 * this topic-partition" right after "broker up". Every run must exit 0 with the seeds' counts.
 *
 * The `soak` project, not `npm test`: `npm run test:soak` makes SKYTALLY_DEMO_LOOP_RUNS runs (40:
 * the soak that shows the rare start-up ordering failure stays gone; each run is a broker start +
 * the demo, 15-40 s on 2 cores) and CI (.ci/run) runs it after `npm test`. One run alone, as
 * `npm test` used to make, is the soak's first run: three broker starts for ~90 s of one worker.
 * SKYTALLY_DEMO_LOOP_ROOT: another built checkout to run the demo from.
 * Needs a JVM (the local broker); skipped when the harness runs on Docker or an external broker.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { startLocalBroker, stopLocalBroker } from '@skytally/broker';
import type { Snapshot } from '@skytally/contracts';

const repo = join(__dirname, '../..');
/** The built checkout whose `bin/skytally.js` runs (default this one; a private copy keeps a long run safe from rebuilds). */
const root = process.env.SKYTALLY_DEMO_LOOP_ROOT ?? repo;
const bin = join(root, 'bin/skytally.js');
const RUNS = Number(process.env.SKYTALLY_DEMO_LOOP_RUNS ?? 1);
const LEFTOVER_RUNS = 36;
const STAGE_TOPICS = [
  'articles.raw',
  'articles.ingested',
  'articles.rejected',
  'articles.unique',
  'articles.duplicates',
  'interceptions.claims',
  'interceptions.rolling',
  'interceptions.daily',
];

jest.setTimeout(120_000 + RUNS * 150_000);

const local =
  process.env.SKYTALLY_TEST_BROKER_KIND === 'local' && process.env.SKYTALLY_TEST_BROKER_LIFECYCLE !== '0'
    ? describe
    : describe.skip;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
}

function demo(env: NodeJS.ProcessEnv): Promise<RunResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, 'run', '--demo', '--json'], {
      env,
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr, seconds: (Date.now() - started) / 1000 }));
  });
}

const counts = (snapshots: Snapshot[]) =>
  Object.fromEntries(
    snapshots.map((s) => [s.key, { windows: s.windows, claims: s.claims, sources: s.sources, shared: s.shared }]),
  );

local('the demo, again and again, on one local broker data folder', () => {
  let home: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'skytally-it-demo-loop-'));
    // The jar cache is shared; the broker's data is this test's own.
    const cache = join(process.env.SKYTALLY_HOME ?? join(repo, '.skytally'), 'kafka');
    symlinkSync(cache, join(home, 'kafka'));
    mkdirSync(join(home, 'broker'));
    env = { ...process.env, SKYTALLY_HOME: home, LOG_LEVEL: 'warn', LOG_FORMAT: 'json' };
    delete env.KAFKA_BROKERS;
    delete env.SKYTALLY_TOPIC_PREFIX;

    // What 36 runs of the demo used to leave behind.
    const admin = await startBrokerAdmin(0);
    for (let run = 0; run < LEFTOVER_RUNS; run++) {
      const prefix = `demo-leftover${run}.`;
      await admin.createTopics({
        topics: STAGE_TOPICS.map((t, i) => ({ topic: prefix + t, numPartitions: i === 1 ? 1 : 3 })),
        waitForLeaders: false,
      });
    }
    await admin.disconnect();
    await stopLocalBroker(join(home, 'broker'));
  });

  /** Starts the demo's broker on its folder (on `port`, or where it last ran) and connects an admin to it. */
  async function startBrokerAdmin(port?: number): Promise<Admin> {
    const broker = await startLocalBroker({ stateDir: join(home, 'broker'), port, timeoutMs: 120_000 });
    const admin = new Kafka({
      clientId: 'it-demo-loop',
      brokers: [broker.brokers],
      logLevel: logLevel.NOTHING,
    }).admin();
    await admin.connect();
    return admin;
  }

  afterAll(async () => {
    await stopLocalBroker(join(home, 'broker'));
    if (process.env.SKYTALLY_KEEP_BROKER_STATE !== '1') rmSync(home, { recursive: true, force: true });
  });

  it(`passes ${RUNS} run(s) in a row, each on a freshly restarted broker, with the same counts`, async () => {
    const results: RunResult[] = [];
    let expected: ReturnType<typeof counts> | undefined;
    for (let i = 0; i < RUNS; i++) {
      const r = await demo(env);
      results.push(r);
      const failure =
        r.code === 0
          ? ''
          : `run ${i + 1} of ${RUNS} exited ${r.code}:\n${r.stderr
              .split('\n')
              .filter((l) => l.startsWith('skytally:'))
              .join('\n')}`;
      expect(failure).toBe('');
      const got = counts(JSON.parse(r.stdout) as Snapshot[]);
      expected ??= got;
      expect(got).toEqual(expected);
      expect(got['RU-BRY']?.windows.all).toBe(64);
      // The demo started the broker itself, so it must have stopped it.
      expect(r.stderr).toContain('stopping the local broker');
    }
    const secs = results.map((r) => r.seconds).sort((a, b) => a - b);
    const median = secs[Math.floor(secs.length / 2)] ?? NaN;
    process.stderr.write(
      `[demo-loop] ${RUNS} runs, all exit 0; seconds per run: min ${Math.min(...secs).toFixed(1)}, median ${median.toFixed(1)}, max ${Math.max(...secs).toFixed(1)}\n`,
    );

    // Tidy: the demo deletes its own topics on the way out (removeDemoTopics), so only the leftovers remain.
    const admin = await startBrokerAdmin();
    const demoTopics = (await admin.listTopics()).filter(
      (t) => t.startsWith('demo-') && !t.startsWith('demo-leftover'),
    );
    await admin.disconnect();
    process.stderr.write(`[demo-loop] topics the runs left behind: ${demoTopics.length}\n`);
    expect(demoTopics).toEqual([]);
  });
});
