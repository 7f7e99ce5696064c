/**
 * Identity check for work on libs/aggregation that must not change its
 * output (speed-ups, refactors): feeds seeded claim streams through the core
 * the way the service does — a publish (prepare → confirm) every 500 claims —
 * and records every published snapshot and daily bucket, then compares a
 * later run against the record, publish by publish, as exact JSON.
 *
 * Streams (state-bench's generator: totals with breakdowns, multi-region
 * claims, reprints, late reports): three years of event time (the horizon
 * seals most of it); a burst of 1.2 days (everything within the horizon, as
 * in the 100k-article end-to-end run); the burst again with every 7th claim
 * redelivered 50 claims later and a checkpoint + restore half-way, then the
 * rest applied to the restored core.
 *
 *   npx tsx scripts/check-aggregate-identity.ts --record /tmp/aggregate-identity.json [--claims 60000]
 *   npx tsx scripts/check-aggregate-identity.ts --compare /tmp/aggregate-identity.json
 *
 * Exit 1 on the first differing publishes (up to 5 are printed).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type ClaimRecord, decodePayload } from '@skytally/contracts';
import {
  AggregateCore,
  decodeLiveState,
  decodeSealedState,
  encodeCoreState,
  splitCheckpoint,
  type AggregateOptions,
} from '../libs/aggregation/src';
import { claimStream, coreOptions, partitionOf } from './bench/state-bench';

const PUBLISH_EVERY = 500;
const NOW = Date.parse('2026-01-10T00:00:00.000Z');

const { values: args } = parseArgs({
  options: {
    record: { type: 'string' },
    compare: { type: 'string' },
    claims: { type: 'string', default: '60000' },
  },
});

const options = (): AggregateOptions => coreOptions(NOW);

/** What one publish hands out: the changed snapshots and buckets, as JSON. */
function publish(core: AggregateCore): string {
  const changes = core.prepare();
  const out = JSON.stringify([core.snapshots(changes.keys), core.dailyBuckets(changes.days)]);
  core.confirm();
  return out;
}

interface Stream {
  name: string;
  spanDays: number;
  redeliver: boolean;
  restoreHalfWay: boolean;
}

const STREAMS: Stream[] = [
  { name: 'three years', spanDays: 3 * 365, redeliver: false, restoreHalfWay: false },
  { name: 'burst', spanDays: 1.2, redeliver: false, restoreHalfWay: false },
  { name: 'burst, redelivered, restored', spanDays: 1.2, redeliver: true, restoreHalfWay: true },
];

function run(stream: Stream, n: number): string[] {
  let core = new AggregateCore(options());
  const publishes: string[] = [];
  const pending: ClaimRecord[] = [];
  let applied = 0;
  const apply = (claim: ClaimRecord) => {
    core.apply(claim, partitionOf(claim));
    if (++applied % PUBLISH_EVERY === 0) publishes.push(publish(core));
    if (stream.restoreHalfWay && applied === Math.floor(n / 2)) {
      const parts = splitCheckpoint(core.checkpoint());
      const live = decodeLiveState(encodeCoreState(parts.live));
      const sealed = decodeSealedState(encodeCoreState(parts.sealed));
      core = AggregateCore.restore(live, options(), [sealed]);
      publishes.push(publish(core));
    }
  };
  let i = 0;
  for (const bytes of claimStream(n, 7, stream.spanDays)) {
    const claim = decodePayload('claims', bytes);
    apply(claim);
    if (stream.redeliver && i % 7 === 0) pending.push(claim);
    if (pending.length > 50) apply(pending.shift()!);
    i++;
  }
  for (const claim of pending) apply(claim);
  publishes.push(publish(core));
  publishes.push(JSON.stringify([core.snapshots(), core.stats()]));
  return publishes;
}

function main(): void {
  const n = Number(args.claims);
  const record: Record<string, string[]> = {};
  for (const stream of STREAMS) {
    const started = Date.now();
    record[stream.name] = run(stream, n);
    console.log(`${stream.name}: ${record[stream.name]!.length} publishes in ${Date.now() - started} ms`);
  }
  if (args.record) {
    writeFileSync(args.record, JSON.stringify({ claims: n, record }));
    console.log(`recorded ${args.record}`);
    return;
  }
  if (!args.compare) throw new Error('give --record FILE or --compare FILE');
  const before = JSON.parse(readFileSync(args.compare, 'utf8')) as { claims: number; record: Record<string, string[]> };
  if (before.claims !== n)
    throw new Error(`the record has ${before.claims} claims a stream; run with --claims ${before.claims}`);
  let differing = 0;
  let compared = 0;
  for (const [name, publishes] of Object.entries(record)) {
    const was = before.record[name] ?? [];
    if (was.length !== publishes.length) {
      console.log(`${name}: ${publishes.length} publishes, the record has ${was.length}`);
      differing++;
    }
    publishes.forEach((p, i) => {
      compared++;
      if (p === was[i]) return;
      if (++differing <= 5)
        console.log(`${name}, publish ${i}:\n  now    ${p.slice(0, 400)}\n  record ${(was[i] ?? '').slice(0, 400)}`);
    });
  }
  console.log(`${compared} publishes compared, ${differing} differ`);
  if (differing) process.exitCode = 1;
}

main();
