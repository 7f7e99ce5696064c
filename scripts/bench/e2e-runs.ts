/**
 * The two end-to-end runs on one broker, each on fresh topics (a prefix per
 * run) and fresh processes:
 *
 * - relay: four relay-hop processes, raw(3) → hop1(1) → hop2(3) → hop3(3) →
 *   out(3) — the partition counts of articles.raw, articles.ingested,
 *   articles.unique and interceptions.claims — carrying the same payloads.
 *   Latency: feed → arrival of the article at the watcher on `out`.
 * - pipeline: the four real services (dist/apps/<stage>/main.js). Latency:
 *   feed → arrival of the first snapshot that includes the article
 *   (inclusion-tracker.ts explains how that is known).
 *
 * Throughput is articles fed / (last arrival − first feed). Both watchers
 * run in this process and record arrival times when a batch is handed over.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Admin, Kafka, Message } from 'kafkajs';
import { consumerGroup, topicNames } from '@skytally/contracts';
import type { SkytallyConfig } from '@skytally/config';
import { ensureTopics, waitForLeaders } from '@skytally/kafka';
import { type ServiceProcess, pipelineLag, startService, stopServices } from '@skytally/pipeline';
import { type FeedResult, feed, sleep } from './feeder';
import { type PhaseCounts, formatPhases, freePort, phaseQuantiles, scrapePhases } from './phase-scrape';
import { type ClaimLike, InclusionTracker, p99BySlice, percentiles } from './inclusion-tracker';
import { type ProcFigures, ProcSampler } from './proc-sampler';

export interface RunResult {
  name: string;
  articles: number;
  offeredRate: number | null;
  aps: number;
  feedSeconds: number;
  seconds: number;
  latency: { p50: number; p95: number; p99: number; max: number; n: number };
  /** Pipeline only: feed → arrival of the article's first claim record (ingest, dedup, extract). */
  claimLatency?: { p50: number; p95: number; p99: number; max: number; n: number };
  procs: ProcFigures[];
  notes: string[];
}

export interface RunContext {
  kafka: Kafka;
  brokers: string;
  brokerPid: number;
  root: string;
  logDir: string;
  timeoutMs: number;
  /** When set, every service and relay hop writes a V8 CPU profile there (`--cpu-prof`), one folder per run. */
  profileDir?: string;
}

/** The environment that makes a child write `<dir>/<run>/<name>.cpuprofile` when it exits (cpu-profile.cjs). */
export function profileEnv(ctx: RunContext, run: string, name: string): NodeJS.ProcessEnv {
  if (!ctx.profileDir) return {};
  const preload = `--require ${join(__dirname, 'cpu-profile.cjs')}`;
  return {
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
    SKYTALLY_CPU_PROFILE: join(ctx.profileDir, run, `${name}.cpuprofile`),
  };
}

const STAGES = ['ingest', 'dedup', 'extract', 'aggregate'] as const;

/** A run's figures: throughput is articles fed over the time from the first feed to the last arrival (`end`). */
function runResult(
  name: string,
  articles: number,
  rate: number | undefined,
  fed: FeedResult,
  end: number,
  measured: Pick<RunResult, 'latency' | 'claimLatency' | 'procs' | 'notes'>,
): RunResult {
  return {
    name,
    articles,
    offeredRate: rate ?? null,
    aps: Math.round(articles / ((end - fed.startedAt) / 1000)),
    feedSeconds: (fed.endedAt - fed.startedAt) / 1000,
    seconds: (end - fed.startedAt) / 1000,
    ...measured,
  };
}

/**
 * One stretch of feed through a run's processes. A run feeds its phases in
 * order through the same processes and topics, each measured on its own (CPU,
 * throughput, latency of its articles), after the one before has drained.
 */
export interface Phase {
  name: string;
  messages: (Message & { key: string })[];
  /** Articles per second; full speed when absent. */
  rate?: number;
  /** Latency leaves out articles fed in this first stretch of the phase. */
  warmupMs?: number;
}

export async function runRelay(ctx: RunContext, prefix: string, phases: Phase[]): Promise<RunResult[]> {
  const t = (n: string) => `${prefix}relay.${n}`;
  const admin = ctx.kafka.admin();
  await admin.connect();
  const relayTopics = [t('raw'), t('hop1'), t('hop2'), t('hop3'), t('out')];
  // kafkajs's own waitForLeaders throws on a topic not yet in the metadata; the library's retries it.
  await admin.createTopics({
    waitForLeaders: false,
    topics: relayTopics.map((topic) => ({
      topic,
      numPartitions: topic === t('hop1') ? 1 : 3,
      replicationFactor: 1,
    })),
  });
  await waitForLeaders(admin, relayTopics);
  await admin.disconnect();
  const hops: [string, string][] = [
    [t('raw'), t('hop1')],
    [t('hop1'), t('hop2')],
    [t('hop2'), t('hop3')],
    [t('hop3'), t('out')],
  ];
  const children = await Promise.all(
    hops.map(([from, to], i) =>
      spawnRelay(ctx, from, to, `${prefix}relay-${i + 1}`, profileEnv(ctx, prefix, `relay-${i + 1}`)),
    ),
  );
  const seen = new Map<string, number>();
  const watcher = await watch(ctx.kafka, `${prefix}watch-relay`, [t('out')], (_topic, batch, at) => {
    for (const m of batch) {
      const id = m.key?.toString() ?? '';
      if (!seen.has(id)) seen.set(id, at);
    }
  });
  const results: RunResult[] = [];
  try {
    let expected = 0;
    for (const { name, messages, rate, warmupMs = 0 } of phases) {
      expected += messages.length;
      const sampler = new ProcSampler([
        ...children.map((c, i) => ({ name: `relay-${i + 1}`, pid: c.pid! })),
        { name: 'broker', pid: ctx.brokerPid },
      ]).start();
      const fed = await feed(ctx.kafka, t('raw'), messages, rate);
      const deadline = Date.now() + ctx.timeoutMs;
      const stall = new StallCheck();
      while (seen.size < expected && Date.now() < deadline && !stall.stalled(seen.size)) await sleep(20);
      const procs = sampler.stop();
      const measured = afterWarmup(fed, warmupMs);
      const latencies: number[] = [];
      let arrived = 0;
      let end = fed.startedAt;
      for (const [id, at] of fed.fedAt) {
        const seenAt = seen.get(id);
        if (seenAt === undefined) continue;
        arrived++;
        end = Math.max(end, seenAt);
        if (measured(at)) latencies.push(seenAt - at);
      }
      const notes =
        arrived < messages.length
          ? [`only ${arrived}/${messages.length} arrived (timeout or no progress for ${STALL_MS / 1000} s)`]
          : [];
      if (rate) notes.push(p99BySlice(fed.fedAt, (id) => seen.get(id) ?? null, SLICE_MS));
      results.push(runResult(name, messages.length, rate, fed, end, { latency: percentiles(latencies), procs, notes }));
      if (arrived < messages.length) break;
    }
    return results;
  } finally {
    await watcher.disconnect();
    await Promise.all(children.map((c) => stopChild(c)));
  }
}

export async function runPipeline(ctx: RunContext, prefix: string, phases: Phase[]): Promise<RunResult[]> {
  const config = {
    SKYTALLY_TOPIC_PREFIX: prefix,
    SKYTALLY_PARTITIONS: 3,
    SKYTALLY_REPLICATION_FACTOR: 1,
  } as SkytallyConfig;
  const topics = topicNames(prefix);
  const admin = ctx.kafka.admin();
  await admin.connect();
  await ensureTopics(admin, config);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    KAFKA_BROKERS: ctx.brokers,
    SKYTALLY_TOPIC_PREFIX: prefix,
    SKYTALLY_PARTITIONS: '3',
    LOG_LEVEL: 'warn',
    SKYTALLY_STATS_INTERVAL_MS: '0',
  };
  delete env.SKYTALLY_HEALTH_PORT;
  const services: ServiceProcess[] = [];
  const tracker = new InclusionTracker();
  let watcher: Awaited<ReturnType<typeof watch>> | undefined;
  try {
    const metricsPorts = new Map<string, number>();
    for (const stage of STAGES) {
      metricsPorts.set(stage, await freePort());
      const stageEnv = {
        ...env,
        ...profileEnv(ctx, prefix, stage),
        SKYTALLY_HEALTH_PORT: String(metricsPorts.get(stage)),
      };
      services.push(await startService(stage, { env: stageEnv }, join(ctx.logDir, prefix)));
    }
    const scrapeAll = () =>
      Promise.all(STAGES.map(async (stage) => [stage, await scrapePhases(metricsPorts.get(stage)!)] as const));
    // Fed once every stage's consumer has its partitions, as the relay's hops announce ready on
    // their join (a service says ready once it is consuming, before the group has assigned anything).
    await groupsStable(
      admin,
      STAGES.map((stage) => consumerGroup(prefix, stage)),
    );
    watcher = await watch(ctx.kafka, `${prefix}watch-pipeline`, [topics.claims, topics.rolling], (topic, batch, at) => {
      if (topic === topics.claims) {
        for (const m of batch) if (m.value) tracker.onClaim(JSON.parse(m.value.toString()) as ClaimLike, at);
      } else {
        for (const m of batch) {
          if (!m.value) continue;
          const s = JSON.parse(m.value.toString()) as { key: string; sources: number };
          tracker.onSnapshot(s.key, s.sources, at);
        }
      }
    });
    const results: RunResult[] = [];
    for (const phase of phases) {
      const result = await measurePipelinePhase(ctx, prefix, phase, services, admin, tracker, scrapeAll);
      results.push(result);
      if (result.notes.some((n) => n.startsWith('STALLED') || n.startsWith('pipeline lag did not'))) break;
    }
    return results;
  } finally {
    await watcher?.disconnect();
    await stopServices(services);
    await admin.disconnect();
  }
}

/** One phase through the running services: fed, drained (every stage committed, every measurable article seen). */
async function measurePipelinePhase(
  ctx: RunContext,
  prefix: string,
  { name, messages, rate, warmupMs = 0 }: Phase,
  services: ServiceProcess[],
  admin: Admin,
  tracker: InclusionTracker,
  scrapeAll: () => Promise<(readonly [string, PhaseCounts])[]>,
): Promise<RunResult> {
  const topics = topicNames(prefix);
  let stalled = false;
  const sampler = new ProcSampler([
    ...services.map((s) => ({ name: s.stage, pid: s.child.pid! })),
    { name: 'broker', pid: ctx.brokerPid },
  ]).start();
  // The phases after the warm-up, as the latency figures: a scrape when it ends, one at the end.
  const afterWarmupPhases = sleep(warmupMs).then(scrapeAll);
  const fed = await feed(ctx.kafka, topics.raw, messages, rate);
  const deadline = Date.now() + ctx.timeoutMs;
  let drainedAt: number | null = null;
  const stall = new StallCheck();
  while (Date.now() < deadline) {
    if (stall.stalled(tracker.snapshotsSeen)) {
      stalled = true;
      break;
    }
    if (drainedAt === null) {
      const lag = await pipelineLag(admin, prefix, topics);
      if (Object.values(lag).every((n) => n === 0)) drainedAt = Date.now();
    }
    if (drainedAt !== null && tracker.pending() === 0) break;
    await sleep(100);
  }
  const procs = sampler.stop();
  const [before, after] = [new Map(await afterWarmupPhases), new Map(await scrapeAll())];
  const phaseNote = `batch phases p50/p99 ms${warmupMs ? ' after the warm-up' : ''}: ${STAGES.map((stage) =>
    formatPhases(stage, phaseQuantiles(before.get(stage)!, after.get(stage)!)),
  ).join('; ')}`;
  const latencies: number[] = [];
  const claimLatencies: number[] = [];
  const measured = afterWarmup(fed, warmupMs);
  for (const [id, at] of tracker.firstClaimAt) {
    const fedAt = fed.fedAt.get(id);
    if (fedAt !== undefined && measured(fedAt)) claimLatencies.push(at - fedAt);
  }
  let end = 0;
  let tracked = 0;
  for (const id of tracker.articles()) {
    const at = tracker.includedAt(id);
    const fedAt = fed.fedAt.get(id);
    if (at === null || fedAt === undefined) continue;
    tracked++;
    end = Math.max(end, at);
    if (measured(fedAt)) latencies.push(at - fedAt);
  }
  const notes = stalled
    ? [`STALLED: no snapshot for ${STALL_MS / 1000} s with work left (see ${join(ctx.logDir, prefix)})`]
    : [];
  notes.push(`latency over ${latencies.length} articles with a single-region claim (of ${messages.length} fed)`);
  if (rate) notes.push(p99BySlice(fed.fedAt, (id) => tracker.includedAt(id), SLICE_MS));
  notes.push(phaseNote);
  if (drainedAt === null) notes.push('pipeline lag did not reach 0 before the timeout');
  if (tracker.pending()) notes.push(`${tracker.pending()} measurable articles never seen in a snapshot`);
  const bad = tracker.mismatchedRows();
  notes.push(
    bad.length
      ? `method check FAILED for ${bad.length} rows: ${bad.slice(0, 3).join('; ')}`
      : "method check: every row's final sources = articles attributed to it",
  );
  if (tracked === 0) end = drainedAt ?? Date.now();
  return runResult(name, messages.length, rate, fed, end, {
    latency: percentiles(latencies),
    claimLatency: percentiles(claimLatencies),
    procs,
    notes,
  });
}

/**
 * Whether an article fed at `at` is measured: fixed-rate runs leave out the
 * first `warmupMs` of feed (fresh processes compile their code and build
 * their tables on the first articles), relay and pipeline alike; the slices
 * (p99BySlice) still show them.
 */
function afterWarmup(fed: FeedResult, warmupMs: number): (at: number) => boolean {
  return (at) => at >= fed.startedAt + warmupMs;
}

/** Waits until every group is Stable with a member (its partitions assigned), up to a minute. */
async function groupsStable(admin: Admin, groupIds: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { groups } = await admin.describeGroups(groupIds);
    if (groups.every((g) => g.state === 'Stable' && g.members.length > 0)) return;
    if (Date.now() > deadline)
      throw new Error(
        `consumer groups not stable after 60 s: ${groups.map((g) => `${g.groupId} ${g.state}`).join(', ')}`,
      );
    await sleep(100);
  }
}

const STALL_MS = 30_000;
/** Fixed-rate runs print their p99 per slice of this much feed time (p99BySlice). */
const SLICE_MS = 2_000;

/** True once the progress figure has not moved for STALL_MS. */
class StallCheck {
  private last = -1;
  private since = Date.now();

  stalled(progress: number): boolean {
    if (progress !== this.last) {
      this.last = progress;
      this.since = Date.now();
    }
    return Date.now() - this.since > STALL_MS;
  }
}

async function watch(
  kafka: Kafka,
  groupId: string,
  topics: string[],
  onBatch: (topic: string, messages: { key: Buffer | null; value: Buffer | null }[], at: number) => void,
) {
  const consumer = kafka.consumer({ groupId, maxBytesPerPartition: 8 * 1024 * 1024, maxWaitTimeInMs: 100 });
  const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  await consumer.run({
    partitionsConsumedConcurrently: 3,
    eachBatch: ({ batch }) => Promise.resolve(onBatch(batch.topic, batch.messages, Date.now())),
  });
  await joined;
  return consumer;
}

function spawnRelay(
  ctx: RunContext,
  from: string,
  to: string,
  group: string,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ctx.root, 'scripts', 'bench', 'relay-hop.ts')], {
    cwd: ctx.root,
    env: { ...process.env, ...extraEnv, KAFKA_BROKERS: ctx.brokers, RELAY_IN: from, RELAY_OUT: to, RELAY_GROUP: group },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`relay ${group} did not start`)), 60_000);
    child.on('message', (m: { type?: string }) => {
      if (m?.type === 'ready') {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`relay ${group} exited (${code}) before it was ready`)));
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
