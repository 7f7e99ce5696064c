/**
 * `npm start` and `npm run demo`: a local broker (unless KAFKA_BROKERS names
 * one), the four services as processes, the seeds (or --input) fed in, and
 * the rolling counts shown as they change. Demo mode waits until every
 * article has passed through, prints the final counts and exits; otherwise it
 * runs until Ctrl-C. Either way it stops everything it started.
 */
import type { Admin, Kafka } from 'kafkajs';
import { type Snapshot, topicNames } from '@skytally/contracts';
import { createKafka, ensureTopics, retryRetriable } from '@skytally/kafka';
import type { LocalBroker } from '@skytally/broker';
import { type SkytallyConfig, childEnv, repoRoot, skytallyHome } from '@skytally/config';
import {
  type ServiceProcess,
  pipelineLag,
  removeDemoTopics,
  startService,
  startServices,
  stopServices,
} from '@skytally/pipeline';
import { ensureLocalBroker } from './local-broker';
import type { CliContext } from './cli-context';
import { readArticles } from '../input/article-files';
import { feedArticles } from './feeder';
import { SnapshotWatcher } from './snapshot-watcher';
import { renderTable } from '../view/snapshot-table';
import { join } from 'node:path';

export interface RunOptions {
  demo: boolean;
  json: boolean;
  inputs: string[];
  timeoutMs: number;
}

export async function runPipeline(options: RunOptions, ctx: CliContext): Promise<number> {
  const { config, logger } = ctx;
  const say = (msg: string) => process.stderr.write(`skytally: ${msg}\n`);
  const inputs = options.inputs.length ? options.inputs : [join(repoRoot(), 'seeds')];
  const articles = readArticles(inputs);

  let broker: LocalBroker | undefined;
  let services: ServiceProcess[] = [];
  let watcher: SnapshotWatcher | undefined;
  let admin: Admin | undefined;
  let stopping: Promise<void> | undefined;
  // A demo run's own topics and groups, deleted when it ends (issue 14: the broker stays tidy).
  let demoTopics: SkytallyConfig | undefined;

  const shutdown = () =>
    (stopping ??= (async () => {
      say('stopping…');
      await watcher?.stop(admin).catch(() => undefined);
      await admin?.disconnect().catch(() => undefined);
      await stopServices(services);
      if (demoTopics) await removeDemoTopics(demoTopics, logger);
      if (broker) {
        say('stopping the local broker');
        await broker.stop();
      }
    })());

  const onSignal = () => {
    void shutdown().then(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let brokers = config.KAFKA_BROKERS;
    if (!brokers) {
      say('starting a local Kafka broker (KAFKA_BROKERS is not set)…');
      const started = Date.now();
      const local = await ensureLocalBroker(config);
      // A broker the user started with `skytally broker start` keeps running after us.
      if (local.owned) broker = local.broker;
      brokers = local.broker.brokers;
      say(`broker up at ${brokers} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    // The demo runs on topics of its own, so its counts are its input's alone.
    const prefix = config.SKYTALLY_TOPIC_PREFIX || (options.demo ? `demo-${Date.now().toString(36)}.` : '');
    const runConfig = { ...config, KAFKA_BROKERS: brokers, SKYTALLY_TOPIC_PREFIX: prefix };
    if (options.demo && !config.SKYTALLY_TOPIC_PREFIX) demoTopics = runConfig;
    const topics = topicNames(prefix);
    const kafka: Kafka = createKafka(runConfig, 'cli', logger);
    admin = kafka.admin();
    await admin.connect();
    await ensureTopics(admin, runConfig);

    say('starting ingest, dedup, extract and aggregate…');
    const env = childEnv({
      KAFKA_BROKERS: brokers,
      SKYTALLY_TOPIC_PREFIX: prefix,
      LOG_LEVEL: config.LOG_LEVEL ?? 'info',
    });
    const logDir = join(skytallyHome(config), 'logs');
    services = await startServices({ env, logDir });
    services.forEach((s) =>
      s.child.once('exit', (code, signal) => {
        if (!stopping) say(`${s.stage} exited unexpectedly (${signal ?? code}); see ${s.logFile}`);
      }),
    );
    // The live page (apps/dashboard), for `npm start` only; the pipeline runs on without it if it cannot start.
    let dashboardLine = '';
    if (!options.demo) {
      try {
        const dashboard = await startService('dashboard', { env }, logDir);
        services.push(dashboard);
        dashboardLine = `dashboard at ${dashboard.url}`;
        say(dashboardLine);
      } catch (err) {
        say(`the dashboard did not start (${(err as Error).message.split('\n')[0]}); see SKYTALLY_DASHBOARD_PORT`);
      }
    }

    let redraw: NodeJS.Timeout | undefined;
    watcher = new SnapshotWatcher(kafka, topics.rolling, logger, () => {
      if (options.demo || redraw) return;
      redraw = setTimeout(() => {
        redraw = undefined;
        draw(watcher!.latest.values(), dashboardLine);
      }, 200);
    });
    await watcher.start();

    await feedArticles(kafka, topics.raw, articles);
    say(`fed ${articles.length} article(s) to ${topics.raw}`);

    if (!options.demo) {
      say('showing the rolling counts; Ctrl-C stops everything');
      draw(watcher.latest.values(), dashboardLine);
      await new Promise<void>(() => {});
    }

    await waitUntilDrained(admin, prefix, topics, watcher, options.timeoutMs, say);
    const finals = [...watcher.latest.values()].sort((a, b) => a.key.localeCompare(b.key));
    process.stdout.write(options.json ? `${JSON.stringify(finals, null, 2)}\n` : `${renderTable(finals)}\n`);
    return 0;
  } catch (err) {
    say(`failed: ${(err as Error).message}`);
    return 1;
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    await shutdown();
  }
}

function draw(snapshots: Iterable<Snapshot>, footer = ''): void {
  const clear = process.stdout.isTTY ? '\x1b[2J\x1b[H' : '';
  process.stdout.write(`${clear}${renderTable(snapshots)}\n${footer ? `${footer}\n` : ''}`);
}

async function waitUntilDrained(
  admin: Admin,
  prefix: string,
  topics: ReturnType<typeof topicNames>,
  watcher: SnapshotWatcher,
  timeoutMs: number,
  say: (msg: string) => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastReport = '';
  // Two clean readings in a row: a stage may be between consuming and committing.
  let clean = 0;
  while (clean < 2) {
    if (Date.now() > deadline) throw new Error(`the pipeline did not drain within ${timeoutMs} ms`);
    // A restarted broker answers "not the correct coordinator" / "coordinator loading" for a while: retry, bounded.
    const lag = await retryRetriable("reading the stages' progress", () => pipelineLag(admin, prefix, topics));
    const pending = Object.values(lag).reduce((a, b) => a + b, 0);
    clean =
      pending === 0 && (await retryRetriable('reading interceptions.rolling', () => watcher.caughtUp(admin)))
        ? clean + 1
        : 0;
    const report = Object.entries(lag)
      .map(([stage, n]) => `${stage} ${n}`)
      .join(', ');
    if (pending && report !== lastReport) say(`waiting: ${report} message(s) to go`);
    lastReport = report;
    await new Promise((r) => setTimeout(r, 250));
  }
}
