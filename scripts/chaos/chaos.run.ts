/**
 * One chaos run: starts a broker of its own and the four services, feeds a
 * generated corpus while a seeded scheduler injects faults one after another
 * (each waited out until the pipeline makes progress again), drains, and
 * compares what came out with what a clean run gives. Used by
 * `npm run chaos` (chaos-run.ts) and by tests/faults/chaos.fault-spec.ts.
 */
import { type Admin, Kafka, logLevel } from 'kafkajs';
import { topicNames } from '@skytally/contracts';
import { parseConfig } from '@skytally/config';
import { IDEMPOTENT_PRODUCER, ensureTopics, sendPerPartition } from '@skytally/kafka';
import { STAGES, type StageName } from '@skytally/pipeline';
import { type Rng, mulberry32, pick } from '@skytally/random';
import { ChaosCluster } from './chaos.cluster';
import { type ChaosMessage, chaosCorpus } from './chaos.corpus';
import { expectedOutcome } from './chaos.expected';
import { type Fault, faultFamily, faultLabel, faultPlan } from './chaos.faults';
import { type Progress, progressOf, waitForProgress } from './chaos.progress';
import { verify } from './chaos.verify';

export interface ChaosOptions {
  articles: number;
  seed: number;
  mode: 'full' | 'short';
  /** Session timeout of the services' consumer groups; a zombie stalls for longer. */
  sessionTimeoutMs?: number;
  keepState?: boolean;
  log?: (line: string) => void;
  /** 1 (default): one broker, restarted whole; 3: a local cluster whose partition leaders are killed. */
  brokers?: number;
}

export interface ChaosResult {
  faults: number;
  fault_counts: Record<string, number>;
  articles: number;
  accounted: number;
  lost: number;
  lost_articles: number;
  lost_interceptions: number;
  double_counted: number;
  snapshot_keys: number;
  snapshot_mismatches: number;
  max_recovery_s: number;
  recovery_s: Record<string, number>;
  unrecovered: number;
  unplanned_restarts: number;
  graceful_exits: string;
  repeated_outputs: number;
  dead_lettered: number;
  conflicting_verdicts: number;
  claims_expected: number;
  seed: number;
  mode: string;
  duration_s: number;
  ok: boolean;
  logs: string;
  brokers: number;
}

const RECOVERY_TIMEOUT_MS = 120_000;

export async function runChaos(options: ChaosOptions): Promise<ChaosResult> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const started = Date.now();
  const random = mulberry32(options.seed ^ 0x5eed);
  const sessionTimeoutMs = options.sessionTimeoutMs ?? 6_000;
  const prefix = `chaos${options.seed}.`;
  const topics = topicNames(prefix);
  const env: Record<string, string> = {
    SKYTALLY_TOPIC_PREFIX: prefix,
    LOG_LEVEL: 'info',
    SKYTALLY_SESSION_TIMEOUT_MS: String(sessionTimeoutMs),
    // No wall-clock advance of asOf during the run: the clean expectation has none.
    SKYTALLY_IDLE_MS: String(24 * 3600 * 1000),
    // The corpus spans 90 days fed in an order that interleaves partitions: keep every article in the index.
    SKYTALLY_DEDUP_HORIZON_DAYS: '3650',
    SKYTALLY_STATS_INTERVAL_MS: '5000',
    SKYTALLY_PARTITIONS: '3',
    SKYTALLY_REPLICATION_FACTOR: String(Math.min(options.brokers ?? 1, 3)),
  };

  const corpus = chaosCorpus(options.articles, options.seed);
  const expected = expectedOutcome(corpus, env);
  log(
    `corpus: ${corpus.length} articles (${countBy(corpus.map((m) => m.kind))}), ${expected.claims} claims, ${expected.snapshots.size} regions expected`,
  );

  const brokerCount = options.brokers ?? 1;
  const cluster = new ChaosCluster(env, log, brokerCount);
  let kafka: Kafka | undefined;
  const admin = () => kafka!.admin();
  try {
    await cluster.startBroker();
    log(`broker: ${cluster.brokers} (state ${cluster.stateDir}); service logs in ${cluster.logDir}`);
    // sendPerPartition: the feeder's sends span partitions; see libs/kafka kafka-client.factory.ts.
    kafka = sendPerPartition(
      new Kafka({
        clientId: 'skytally-chaos',
        brokers: cluster.brokers.split(','),
        logLevel: logLevel.NOTHING,
        retry: { retries: 20, initialRetryTime: 200, maxRetryTime: 3_000 },
      }),
    );
    const setupAdmin = admin();
    await setupAdmin.connect();
    await ensureTopics(setupAdmin, parseConfig({ ...env, KAFKA_BROKERS: cluster.brokers }));
    await setupAdmin.disconnect();
    await Promise.all(STAGES.map((stage) => cluster.start(stage, stage)));
    log('services: ingest, dedup, extract, aggregate up');

    const probeAdmin = admin();
    await probeAdmin.connect();
    const probe = () => progressOf(probeAdmin, prefix, topics);

    const plan = faultPlan(options.mode, random, brokerCount);
    log(`faults planned (seed ${options.seed}): ${plan.map(faultLabel).join(', ')}`);
    let faultsDone = 0;
    const feeder = feed(
      kafka,
      topics.raw,
      corpus,
      () => Math.ceil((corpus.length * (faultsDone + 1)) / (plan.length + 1)),
      log,
    );

    const recoveries: { family: string; seconds: number | null }[] = [];
    const gracefulExits: (number | null)[] = [];
    for (const fault of plan) {
      // Faults land at random points: a seeded pause, with the stream flowing.
      await sleep((options.mode === 'short' ? 500 : 1_000) + random() * (options.mode === 'short' ? 1_500 : 3_000));
      const before = await retry(probe);
      const t0 = Date.now();
      const seconds = await inject(
        fault,
        cluster,
        probe,
        before,
        t0,
        sessionTimeoutMs,
        random,
        gracefulExits,
        log,
        probeAdmin,
        topics,
      );
      recoveries.push({ family: faultFamily(fault), seconds });
      faultsDone++;
      log(
        `  ${faultLabel(fault)}: ${seconds === null ? 'NO progress within the limit' : `progress again after ${seconds.toFixed(1)} s`} (${faultsDone}/${plan.length}, fed ${feeder.fed()}/${corpus.length})`,
      );
    }
    await feeder.done;
    log(`fed all ${corpus.length} articles; waiting for the pipeline to drain`);
    await drain(probe, cluster, 300_000, log);
    await probeAdmin.disconnect();

    const verdict = await verify(kafka, topics, corpus, expected);
    const familyMax: Record<string, number> = {};
    for (const r of recoveries)
      if (r.seconds !== null) familyMax[r.family] = round1(Math.max(familyMax[r.family] ?? 0, r.seconds));
    const lost = verdict.lostArticles.length + verdict.lostInterceptions;
    const result: ChaosResult = {
      faults: plan.length,
      fault_counts: countMap(plan.map(faultFamily)),
      articles: verdict.articles,
      accounted: verdict.accounted,
      lost,
      lost_articles: verdict.lostArticles.length,
      lost_interceptions: verdict.lostInterceptions,
      double_counted: verdict.doubleCounted,
      snapshot_keys: verdict.snapshotKeys,
      snapshot_mismatches: verdict.snapshotMismatches.length,
      max_recovery_s: round1(Math.max(0, ...recoveries.map((r) => r.seconds ?? 0))),
      recovery_s: familyMax,
      unrecovered: recoveries.filter((r) => r.seconds === null).length,
      unplanned_restarts: cluster.unplannedExits,
      graceful_exits: gracefulExits.map(String).join(','),
      repeated_outputs: verdict.repeatedOutputs,
      dead_lettered: verdict.deadLettered,
      conflicting_verdicts: verdict.conflictingVerdicts,
      claims_expected: expected.claims,
      seed: options.seed,
      mode: options.mode,
      duration_s: round1((Date.now() - started) / 1000),
      ok: false,
      logs: cluster.logDir,
      brokers: brokerCount,
    };
    result.ok =
      result.lost === 0 && result.double_counted === 0 && result.snapshot_mismatches === 0 && result.unrecovered === 0;
    if (verdict.lostArticles.length) log(`lost articles (first 10): ${verdict.lostArticles.slice(0, 10).join(', ')}`);
    if (verdict.snapshotMismatches.length)
      log(`snapshots that differ from the clean run: ${verdict.snapshotMismatches.join(', ')}`);
    for (const d of verdict.snapshotDiffs) log(`  ${d.key}\n    clean run: ${d.want}\n    this run:  ${d.got}`);
    return result;
  } finally {
    await cluster.close(options.keepState ?? false);
  }
}

async function inject(
  fault: Fault,
  cluster: ChaosCluster,
  probe: () => Promise<Progress>,
  before: Progress,
  t0: number,
  sessionTimeoutMs: number,
  random: Rng,
  gracefulExits: (number | null)[],
  log: (line: string) => void,
  admin: Admin,
  topics: ReturnType<typeof topicNames>,
): Promise<number | null> {
  const ready = () => cluster.allReady();
  const progress = (stages: readonly StageName[], isReady = ready) =>
    waitForProgress(probe, before, stages, t0, isReady, RECOVERY_TIMEOUT_MS);
  switch (fault.type) {
    case 'kill': {
      const victim = pick(random, cluster.list(fault.stage));
      log(`fault: SIGKILL ${victim.name}, then start it again`);
      await cluster.crashAndRestart(victim.name);
      return progress([fault.stage]);
    }
    case 'broker': {
      log(`fault: broker ${fault.signal}, then start it again on the same data`);
      await cluster.restartBroker(fault.signal);
      return progress(STAGES);
    }
    case 'leader': {
      const topic = topics[fault.topic];
      const {
        topics: [meta],
      } = await retry(() => admin.fetchTopicMetadata({ topics: [topic] }));
      const partitions = meta!.partitions.filter((p) => p.leader >= 0);
      const target = pick(random, partitions);
      log(
        `fault: ${fault.signal} broker ${target.leader}, leader of ${topic}[${target.partitionId}], then start it again`,
      );
      await cluster.restartNode(target.leader, fault.signal);
      return progress(STAGES);
    }
    case 'zombie': {
      const victim = pick(random, cluster.list(fault.stage));
      const stallMs = sessionTimeoutMs + 4_000;
      log(`fault: SIGSTOP ${victim.name} for ${stallMs / 1000} s (session ${sessionTimeoutMs / 1000} s), then SIGCONT`);
      let stopped = true;
      await cluster.signal(victim.name, 'SIGSTOP');
      // A stopped process is alive but not ready: "nothing to do" does not count as recovered while it is frozen.
      const recovered = progress([fault.stage], () => !stopped && ready());
      await sleep(stallMs);
      await cluster.signal(victim.name, 'SIGCONT');
      stopped = false;
      return recovered;
    }
    case 'scale-up': {
      log(`fault: scale ${fault.stage} from 1 to 2 instances`);
      await cluster.start(fault.stage, `${fault.stage}-2`);
      return progress([fault.stage]);
    }
    case 'scale-down': {
      log(`fault: scale ${fault.stage} from 2 to 1 instance (SIGTERM ${fault.stage}-2)`);
      const code = await cluster.remove(`${fault.stage}-2`);
      gracefulExits.push(code);
      return progress([fault.stage]);
    }
  }
}

interface Feeder {
  done: Promise<void>;
  fed(): number;
}

/** Feeds the corpus in small chunks, up to `allowed()` so far: faults land while articles are in flight. */
function feed(
  kafka: Kafka,
  topic: string,
  corpus: ChaosMessage[],
  allowed: () => number,
  log: (line: string) => void,
): Feeder {
  let fed = 0;
  const done = (async () => {
    const producer = kafka.producer(IDEMPOTENT_PRODUCER);
    await producer.connect();
    try {
      while (fed < corpus.length) {
        const limit = Math.min(allowed(), corpus.length);
        if (fed >= limit) {
          await sleep(100);
          continue;
        }
        const chunk = corpus.slice(fed, Math.min(limit, fed + 20));
        await producer.send({
          topic,
          acks: -1,
          messages: chunk.map((m) => ({ key: m.id, value: m.value, partition: m.partition })),
        });
        fed += chunk.length;
        await sleep(50);
      }
    } catch (err) {
      log(`feeder failed: ${(err as Error).message}`);
      throw err;
    } finally {
      await producer.disconnect().catch(() => undefined);
    }
  })();
  return { done, fed: () => fed };
}

/** Every stage has committed everything before it, twice in a row, with every instance up. */
async function drain(
  probe: () => Promise<Progress>,
  cluster: ChaosCluster,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let clean = 0;
  let last: Progress | undefined;
  while (clean < 2) {
    if (Date.now() > deadline)
      throw new Error(`the pipeline did not drain within ${timeoutMs / 1000} s: ${JSON.stringify(last)}`);
    last = await retry(probe);
    clean = cluster.allReady() && STAGES.every((s) => last![s].lag === 0) ? clean + 1 : 0;
    await sleep(500);
  }
  log('drained');
}

async function retry<T>(fn: () => Promise<T>, attempts = 60): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      await sleep(500);
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

function countMap(xs: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const x of xs) out[x] = (out[x] ?? 0) + 1;
  return out;
}

function countBy(xs: string[]): string {
  return Object.entries(countMap(xs))
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
}
