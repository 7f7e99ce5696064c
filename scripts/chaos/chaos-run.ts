/**
 * npm run chaos [-- --articles N] [-- --seed S] [-- --short] [-- --keep] [-- --brokers 3]
 *
 * Feeds a generated corpus with known expected snapshots through the four
 * services as real processes on a broker of its own, while a seeded scheduler
 * SIGKILLs every service (three times each), stalls consumers past their
 * session timeout (SIGSTOP, then SIGCONT), restarts the broker with SIGTERM
 * and with SIGKILL, and scales stages from one instance to two and back.
 * Then it accounts for every article and compares the final snapshots with a
 * clean run's. Progress goes to stderr; the last line on stdout is one JSON
 * object. Exits 1 unless nothing was lost and nothing counted twice.
 * Needs `npm run build` first (it runs dist/apps/<stage>/main.js).
 */
import { existsSync } from 'node:fs';
import { STAGES, stageEntry } from '@skytally/pipeline';
import { runChaos } from './chaos.run';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function positiveInt(name: string, fallback: number): number {
  const raw = option(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`chaos: ${name} needs a positive integer, not ${JSON.stringify(raw)}\n`);
    process.exit(2);
  }
  return n;
}

async function main(): Promise<void> {
  const short = process.argv.includes('--short');
  for (const stage of STAGES) {
    if (!existsSync(stageEntry(stage))) {
      process.stderr.write(`chaos: ${stageEntry(stage)} is missing: run \`npm run build\` first\n`);
      process.exit(2);
    }
  }
  const result = await runChaos({
    articles: positiveInt('--articles', short ? 400 : 3000),
    seed: positiveInt('--seed', 1),
    mode: short ? 'short' : 'full',
    keepState: process.argv.includes('--keep'),
    brokers: positiveInt('--brokers', 1),
  });
  process.stderr.write(
    `\n${result.ok ? 'OK' : 'FAILED'}: ${result.faults} faults, ${result.accounted}/${result.articles} articles accounted for, ` +
      `lost ${result.lost}, double counted ${result.double_counted}, ${result.snapshot_mismatches} of ${result.snapshot_keys} snapshots differ, ` +
      `slowest recovery ${result.max_recovery_s} s, ${result.duration_s} s in all\n`,
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(result.lost === 0 && result.double_counted === 0 && result.ok ? 0 : 1);
}

main().catch((err: unknown) => {
  process.stderr.write(`chaos: ${(err as Error).stack ?? String(err)}\n`);
  process.stdout.write(`${JSON.stringify({ ok: false, error: (err as Error).message })}\n`);
  process.exit(1);
});
