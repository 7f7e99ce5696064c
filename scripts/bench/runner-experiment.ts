/**
 * Runner settings, tried on the relay baseline (which runs the runner's loop
 * around no work): full-speed throughput and latency at a fixed rate for each
 * variant, on one broker, so a proposed change to libs/kafka/src/stage-runner.ts
 * comes with figures. Not part of `npm run bench`.
 *
 *   npx tsx scripts/bench/runner-experiment.ts [--articles 6000] [--rate 300] [--variants 0,3] [--rounds 2]
 *
 * CPU figures are of the four relays and the broker together.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';
import { startLocalBroker } from '@skytally/broker';
import { ArticleGenerator } from './article-generator';
import { type RunContext, runRelay } from './e2e-runs';

const VARIANTS: { name: string; env: Record<string, string> }[] = [
  { name: 'as the runner (the batches of a fetch flush as one group, commit per flush)', env: {} },
  { name: 'one batch at a time (partitionsConsumedConcurrently 1)', env: { RELAY_CONCURRENCY: '1' } },
  { name: 'commit every 200 ms (group flush as the runner)', env: { RELAY_COMMIT_INTERVAL_MS: '200' } },
  {
    name: 'fetch minBytes 1 byte, maxWait 5 s (kafkajs defaults, the runner before a4a135f)',
    env: { RELAY_MIN_BYTES: '1', RELAY_MAX_WAIT_MS: '5000' },
  },
];

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '6000' },
      rate: { type: 'string', default: '300' },
      variants: { type: 'string' },
      rounds: { type: 'string', default: '2' },
    },
  });
  const chosen = values.variants ? values.variants.split(',').map(Number) : VARIANTS.map((_, i) => i);
  const n = Number(values.articles);
  const rate = Number(values.rate);
  const messages = new ArticleGenerator()
    .take(n)
    .map(({ kind: _k, ...a }) => ({ key: a.id, value: JSON.stringify(a) }));
  const stateDir = mkdtempSync(join(tmpdir(), 'skytally-runner-exp-'));
  const broker = await startLocalBroker({ stateDir });
  const kafka = new Kafka({ clientId: 'runner-exp', brokers: [broker.brokers], logLevel: logLevel.ERROR });
  const ctx: RunContext = {
    kafka,
    brokers: broker.brokers,
    brokerPid: broker.pid,
    root: join(__dirname, '..', '..'),
    logDir: join(tmpdir(), 'skytally-runner-exp-logs'),
    timeoutMs: 120_000,
  };
  const id = Date.now().toString(36);
  try {
    await runRelay(ctx, `x${id}-warm-`, [{ name: 'warm-up', messages: messages.slice(0, 2000) }]);
    for (let round = 0; round < Number(values.rounds); round++) {
      for (const [i, v] of VARIANTS.entries()) {
        if (!chosen.includes(i)) continue;
        Object.assign(
          process.env,
          { RELAY_CONCURRENCY: '', RELAY_COMMIT_INTERVAL_MS: '', RELAY_MIN_BYTES: '', RELAY_MAX_WAIT_MS: '' },
          v.env,
        );
        const [max] = await runRelay(ctx, `x${id}-${round}-${i}-max-`, [{ name: 'relay', messages }]);
        const [fixed] = await runRelay(ctx, `x${id}-${round}-${i}-rate-`, [
          { name: 'relay', messages: messages.slice(0, rate * 15), rate },
        ]);
        if (!max || !fixed) throw new Error('a relay run returned no result');
        const cpu = (r: typeof max) => Number(r.procs.reduce((s, p) => s + p.cpu_s, 0).toFixed(1));
        console.log(
          JSON.stringify({
            round,
            variant: v.name,
            max_aps: max.aps,
            cpu_s_at_max: cpu(max),
            at_rate: rate,
            p50_ms: fixed.latency.p50,
            p99_ms: fixed.latency.p99,
            cpu_s_at_rate: cpu(fixed),
            loadavg: loadavg().map((l) => Number(l.toFixed(2))),
          }),
        );
      }
    }
  } finally {
    await broker.stop();
    rmSync(stateDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
