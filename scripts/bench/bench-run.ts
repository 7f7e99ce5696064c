/**
 * `npm run bench`: how close the pipeline runs to the speed of Kafka itself.
 *
 * Starts its own local broker, then on it, each on fresh topics:
 *   1. a short warm-up through the relay (the broker's JIT), not reported;
 *   2. relay at full speed: four no-op relay processes (relay-hop.ts);
 *   3. pipeline at full speed: the four real services from dist/;
 *   4. pipeline, then relay, at a fixed rate of 50 % and 80 % of the
 *      pipeline's rate measured in 3;
 *      every run in 2–4 first feeds the same --warm-articles (10,000) at full speed
 *      through its fresh processes, then the measured articles (steady state: V8 has
 *      optimised the code by then); the full-speed runs' warm-up phase is reported
 *      too, as "(cold)" — what fresh processes do with their first articles;
 *   5. the pure cores alone, one core, in a child process (core-bench.ts): interleaved per
 *      article, then one stage at a time (--isolated), as the services run them.
 * Prints a table and, last, one JSON line with every figure.
 *
 *   npm run bench                              # 20k articles measured per run (about 7 minutes)
 *   npm run bench -- --articles 100000         # the 100k scaling figure
 *   npm run bench -- --core-articles 1000000   # 1M through the cores (long)
 *   npm run bench -- --write                   # also rewrite BENCHMARKS.md's figures
 *   npm run bench -- --no-rates                # skip the fixed-rate runs
 *   npm run bench -- --rate-warmup-seconds 0   # measure fixed-rate runs from their first article (default: after 10 s)
 *   npm run bench -- --warm-articles 0         # no warm-up phase: fresh processes measured from their first article
 *   npm run bench -- --state [--claims N]      # the aggregate's state with 1M claims (state-bench.ts), no broker
 *   npm run bench -- --profile DIR             # also a V8 CPU profile of every service and relay hop, per run,
 *                                              # summarised by `npx tsx scripts/bench/profile-summary.ts DIR/<run>`
 *
 * Needs dist/ (npm ci builds it; `npm run build` after changing sources).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel, type Message } from 'kafkajs';
import { startLocalBroker } from '@skytally/broker';
import type { SkytallyConfig } from '@skytally/config';
import { kafkaClientOptions } from '@skytally/kafka';
import { ArticleGenerator } from './article-generator';
import type { CoreCheckpoint, IsolatedCores } from './core-bench';
import { type Phase, type RunContext, type RunResult, runPipeline, runRelay } from './e2e-runs';
import { renderReport } from './report';

const { values: args } = parseArgs({
  options: {
    articles: { type: 'string', default: '20000' },
    'core-articles': { type: 'string', default: '20000' },
    'core-checkpoints': { type: 'string', default: '10000,100000,1000000' },
    'rate-seconds': { type: 'string', default: '20' },
    'rate-warmup-seconds': { type: 'string', default: '10' },
    'warm-articles': { type: 'string', default: '10000' },
    'no-rates': { type: 'boolean', default: false },
    write: { type: 'boolean', default: false },
    state: { type: 'boolean', default: false },
    claims: { type: 'string', default: '1000000' },
    profile: { type: 'string' },
  },
});

async function main(): Promise<void> {
  const root = join(__dirname, '..', '..');
  checkDist(root);
  if (args.state) {
    // In a child with --expose-gc, so rss_mb is measured after a full collection; on the built JS,
    // the code the service runs (under tsx its loader adds ≈ 40 MB of its own to the rss).
    execFileSync(
      process.execPath,
      ['--expose-gc', join(root, 'dist', 'scripts', 'bench', 'state-bench.js'), '--claims', String(args.claims)],
      { stdio: 'inherit' },
    );
    return;
  }
  const n = Number(args.articles);
  const runId = `bench-${Date.now().toString(36)}-`;
  const machine = {
    cpus: cpus().length,
    cpu_model: cpus()[0]?.model ?? 'unknown',
    mem_gb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    kafka: '',
    kafkajs: (
      JSON.parse(readFileSync(join(root, 'node_modules', 'kafkajs', 'package.json'), 'utf8')) as { version: string }
    ).version,
    commit: gitCommit(root),
    loadavg_start: loadavg().map((l) => Number(l.toFixed(2))),
  };
  log(
    `machine: ${machine.cpus} cpus (${machine.cpu_model}), ${machine.mem_gb} GB, node ${machine.node}; load ${machine.loadavg_start.join(' ')}`,
  );

  // Live news, not a backfill: the articles' dates end an hour before now.
  // (With the generator's fixed 2025 dates, every claim arrives past the
  // aggregate's horizon and is sealed at once; later reports of a sealed claim
  // count once but add no source, so the inclusion method, which counts
  // sources, never saw ~2,800 articles. README, aggregate horizon.)
  // The fixed-rate runs may need more than n (30 s at 80 % of a fast pipeline: 1,723/s on an idle
  // machine on 2026-12-03, 51,690 articles): at least 70,000 after the warm-up articles.
  const hour = 3_600_000;
  const warm = Number(args['warm-articles']);
  const generated = warm + Math.max(n, 70_000);
  const gen = new ArticleGenerator({ startMs: Math.floor((Date.now() - generated * 2_000) / hour) * hour - hour });
  const all: (Message & { key: string })[] = gen
    .take(generated)
    .map(({ kind: _kind, ...a }) => ({ key: a.id, value: JSON.stringify(a) }));
  const warmup = all.slice(0, warm);
  const rest = all.slice(warm);
  const messages = rest.slice(0, n);
  const bytes = messages.reduce((s, m) => s + Buffer.byteLength(m.value as string), 0);
  log(
    `generated ${generated} articles (${warm} for the warm-ups, ${n} measured at full speed), ${(bytes / n / 1024).toFixed(1)} KB average message`,
  );

  const stateDir = mkdtempSync(join(tmpdir(), 'skytally-bench-broker-'));
  const broker = await startLocalBroker({ stateDir });
  machine.kafka = readBrokerVersion(stateDir);
  log(`broker ${broker.brokers} (Kafka ${machine.kafka}, pid ${broker.pid})`);
  const kafka = new Kafka({
    ...kafkaClientOptions(
      { KAFKA_BROKERS: broker.brokers, KAFKA_CLIENT_ID: 'skytally-bench' } as SkytallyConfig,
      'bench',
    ),
    logLevel: logLevel.ERROR,
  });
  const ctx: RunContext = {
    kafka,
    brokers: broker.brokers,
    brokerPid: broker.pid,
    root,
    logDir: join(root, '.skytally', 'bench-logs'),
    timeoutMs: Math.max(120_000, n * 20),
    ...(args.profile ? { profileDir: resolve(args.profile) } : {}),
  };
  const runs: (RunResult & { loadavg: number[] })[] = [];
  const record = (r: RunResult) => {
    const withLoad = { ...r, loadavg: loadavg().map((l) => Number(l.toFixed(2))) };
    runs.push(withLoad);
    const claims = r.claimLatency
      ? ` (feed → claim record: p50 ${r.claimLatency.p50} ms, p99 ${r.claimLatency.p99} ms)`
      : '';
    log(
      `${r.name}${r.offeredRate ? ` @${r.offeredRate}/s` : ''}: ${r.aps} articles/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${claims}; load ${withLoad.loadavg.join(' ')}${r.notes.length ? `\n    ${r.notes.join('\n    ')}` : ''}`,
    );
    return r;
  };
  try {
    log('warm-up (relay, 2000 articles, not reported)');
    await runRelay(ctx, `${runId}warm-`, [{ name: 'warm-up', messages: all.slice(0, 2000) }]);
    // Every run first feeds the same `warm` articles at full speed through its fresh processes (their
    // code compiled and optimised by V8, their tables built), then the measured articles. The warm-up
    // phase of the full-speed runs is reported as "(cold)": what fresh processes do at first.
    const withWarmup = (name: string, measured: Phase): Phase[] =>
      warm > 0 ? [{ name: `${name} (cold)`, messages: warmup }, measured] : [measured];
    log(`relay at full speed (${warm} articles warm-up, then ${n})`);
    (await runRelay(ctx, `${runId}r-`, withWarmup('relay', { name: 'relay', messages }))).forEach(record);
    log(`pipeline at full speed (${warm} articles warm-up, then ${n})`);
    const pipeline = (await runPipeline(ctx, `${runId}p-`, withWarmup('pipeline', { name: 'pipeline', messages })))
      .map(record)
      .find((r) => r.name === 'pipeline');
    if (!pipeline) throw new Error('the pipeline at full speed did not finish its warm-up');
    if (!args['no-rates']) {
      // Each fixed-rate run feeds `rate-warmup-seconds` at the rate first, not measured (fresh
      // processes, relay and pipeline alike), then `rate-seconds` measured.
      const warmupSeconds = Number(args['rate-warmup-seconds']);
      const warmupMs = warmupSeconds * 1000;
      for (const share of [0.5, 0.8]) {
        const rate = Math.max(1, Math.round(pipeline.aps * share));
        const count = Math.min(rest.length, Math.round(rate * (warmupSeconds + Number(args['rate-seconds']))));
        log(
          `pipeline at ${share * 100}% of max: ${rate} articles/s, ${count} articles (after ${warm} at full speed; the first ${warmupSeconds} s not measured)`,
        );
        const atRate = (name: string): Phase => ({ name, messages: rest.slice(0, count), rate, warmupMs });
        const measuredOnly = (results: RunResult[]) =>
          results.filter((r) => !r.name.endsWith('(cold)')).forEach(record);
        measuredOnly(
          await runPipeline(
            ctx,
            `${runId}p${share * 100}-`,
            withWarmup('pipeline', atRate(`pipeline@${share * 100}%`)),
          ),
        );
        // The relay at the same offered rate: the latency Kafka and the runner's loop cost by themselves.
        measuredOnly(
          await runRelay(ctx, `${runId}r${share * 100}-`, withWarmup('relay', atRate(`relay@${share * 100}%`))),
        );
      }
    }
  } finally {
    await broker.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }

  log(`pure cores on one core, ${args['core-articles']} articles`);
  const cores = runCores(root, Number(args['core-articles']), args['core-checkpoints']);
  log(`the same cores one stage at a time, ${args['core-articles']} articles`);
  const isolated = runIsolated(root, Number(args['core-articles']));
  const report = renderReport({
    machine,
    runs,
    cores,
    isolated,
    loadavgEnd: loadavg().map((l) => Number(l.toFixed(2))),
  });
  console.log(report.table);
  if (args.write) writeFigures(root, report.markdown);
  console.log(JSON.stringify(report.json));
}

/** core-bench --isolated in a child with --expose-gc (a full collection between stages). */
function runIsolated(root: string, total: number): IsolatedCores | null {
  const line = coreBench(root, ['--articles', String(total), '--isolated']).find(Boolean);
  return line ? (JSON.parse(line) as IsolatedCores) : null;
}

function runCores(root: string, total: number, checkpoints: string): CoreCheckpoint[] {
  return coreBench(root, ['--articles', String(total), '--checkpoints', checkpoints]).map(
    (l) => JSON.parse(l) as CoreCheckpoint,
  );
}

/** core-bench.ts in a child with --expose-gc; its JSON lines. */
function coreBench(root: string, args: string[]): string[] {
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'scripts', 'bench', 'core-bench.ts'), ...args],
    { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * 1024 * 1024 },
  );
  return out.split('\n').filter((l) => l.startsWith('{'));
}

/** dist/ must exist, and should not be older than the sources it is built from. */
function checkDist(root: string): void {
  const entry = join(root, 'dist', 'apps', 'aggregate', 'main.js');
  if (!existsSync(entry)) throw new Error('dist/ is missing: run `npm run build` (npm ci does it) first');
  const built = statSync(entry).mtimeMs;
  const newest = ['libs', 'apps']
    .flatMap((dir) => (readdirSync(join(root, dir), { recursive: true }) as string[]).map((f) => join(root, dir, f)))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))
    .reduce((m, f) => Math.max(m, statSync(f).mtimeMs), 0);
  if (newest > built)
    log('WARNING: some sources are newer than dist/; run `npm run build` for figures of the current code');
}

function readBrokerVersion(stateDir: string): string {
  try {
    return (
      (JSON.parse(readFileSync(join(stateDir, 'broker.json'), 'utf8')) as { kafkaVersion?: string }).kafkaVersion ??
      'unknown'
    );
  } catch {
    return 'unknown';
  }
}

const START = '<!-- bench:figures:start -->';
const END = '<!-- bench:figures:end -->';

function writeFigures(root: string, markdown: string): void {
  const file = join(root, 'BENCHMARKS.md');
  const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a < 0 || b < a) throw new Error(`BENCHMARKS.md has no ${START} … ${END} block`);
  writeFileSync(file, `${text.slice(0, a + START.length)}\n${markdown}\n${text.slice(b)}`);
  log('BENCHMARKS.md figures updated');
}

function log(line: string): void {
  console.error(`[bench] ${line}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

/** The commit measured, so a figure can be traced to its code; "+changes" if the working tree differs. */
function gitCommit(root: string): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], {
      cwd: root,
      encoding: 'utf8',
    });
    return dirty.trim() ? `${sha}+changes` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}
