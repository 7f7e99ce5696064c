/**
 * `npm run bench -- --state [--claims N]`: the aggregate's state as the
 * stream grows. Feeds N claims (default 1,000,000) through the aggregate core
 * the way the service does (decoded from topic bytes, applied, a publish —
 * prepare/confirm — every batch of 500, a checkpoint for the changelog as
 * the service takes them — every CHECKPOINT_EVERY claims, or every half live
 * part when that is more (checkpointSpacing) —, its live part and sealed delta
 * encoded to bytes as the service produces them). Then restores as the service does after a
 * crash, at the worst point: a fresh core from the changelog as compaction
 * leaves it at the last checkpoint but one (every sealed delta up to it and
 * its live part; so the tail is a whole interval), plus the claims after it
 * decoded from topic bytes, then one publish of everything. Prints, last
 * line, one JSON object:
 *
 *   claims, rss_mb, heap_mb, restore_s, restore_cpu_s, aps_at_10k, aps_at_1m,
 *   changelog_mb, checkpoint_ms (wall; checkpoint_cpu_ms, CPU), tail_claims, …
 *
 * --hash adds checkpoint_sha256: the sha256 of every checkpoint's bytes in
 * order, for work that must leave the changelog's bytes as they were.
 *
 * aps_at_10k / aps_at_1m: claims per second (CPU time) over the 10k claims
 * before the 10k mark and before the last mark, checkpoints included.
 * rss_mb: the process after the live run, a full GC and ten seconds idle (V8's
 * memory reducer); rss_busy_mb: before that (the claim bytes are generated
 * on the fly, never held); rss_busy_avg_mb: the mean of the rss read every
 * 10,000 claims over the second half of the run (one reading swings by
 * 100 MB and more with where V8's collections happen to be); rss_base_mb: before the first claim (node, the
 * modules, and under tsx its loader thread: ≈ 35 MB more than the built JS,
 * dist/scripts/bench/state-bench.js, which is what the service runs: `runtime`
 * says which). Targets (issue 10): rss ≤ 300, restore ≤ 30 s,
 * aps_at_1m ≥ 0.8 × aps_at_10k.
 */
import {
  AggregateCore,
  CHECKPOINT_EVERY,
  checkpointSpacing,
  decodeLiveState,
  decodeSealedState,
  EncodedState,
  splitCheckpoint,
} from '@skytally/aggregation';
import { parseConfig } from '@skytally/config';
import { type ClaimRecord, decodePayload, encodePayload } from '@skytally/contracts';
import { mulberry32, pick as pickFrom } from '@skytally/random';
import { rowName } from '@skytally/stage-options';
import { createHash, type Hash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

const BATCH = 500;
const H = 3_600_000;

const RU = [
  'RU-BRY',
  'RU-KLU',
  'RU-SMO',
  'RU-KRS',
  'RU-BEL',
  'RU-VOR',
  'RU-ORL',
  'RU-TUL',
  'RU-RYA',
  'RU-LIP',
  'RU-ROS',
  'RU-KDA',
  'RU-TAM',
  'RU-MOS',
  'RU-MOW',
  'RU-TVE',
  'RU-PSK',
  'RU-NIZ',
  'RU-SAR',
  'RU-VGG',
  'RU-AST',
  'RU-LEN',
  'RU-NGR',
  'RU-KLU',
  'RU-IVA',
  'RU-VLA',
  'RU-YAR',
  'RU-KOS',
  'RU-TA',
  'RU-BA',
];
const UA = [
  'UA-05',
  'UA-07',
  'UA-12',
  'UA-14',
  'UA-18',
  'UA-21',
  'UA-23',
  'UA-26',
  'UA-30',
  'UA-32',
  'UA-35',
  'UA-46',
  'UA-48',
  'UA-51',
  'UA-53',
  'UA-56',
  'UA-59',
  'UA-61',
  'UA-63',
  'UA-65',
  'UA-68',
  'UA-71',
  'UA-74',
  'UA-77',
  'UA-43',
  'UA-40',
];
const WEAPONS = ['drone', 'drone', 'drone', 'missile', 'rocket', 'bomb', 'unknown'] as const;

/**
 * Claims as extract publishes them: articles of 1–6 claims (a total and its
 * breakdown, multi-region claims, corroborating reprints of earlier reports),
 * three years of event time in order with some late arrivals.
 */
export function* claimStream(n: number, seed = 7, spanDays = 3 * 365): Generator<string> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => pickFrom(random, xs);
  // Whatever the span, the stream ends where the three-year default does (ten days before the bench's clock).
  const span = spanDays * 24 * H;
  const start = Date.parse('2023-01-01T00:00:00.000Z') + (3 * 365 - spanDays) * 24 * H;
  const recent: ClaimRecord[] = [];
  let emitted = 0;
  for (let a = 0; emitted < n; a++) {
    // Ingest stamps arrival in order; a late report is one published (and dated) long before it arrives.
    const ingested = start + Math.floor((emitted / n) * span);
    const late = random() < 0.05 ? Math.floor(random() * 72 * H) : 0;
    const published = ingested - Math.floor(random() * H) - late;
    const articleId = `bench-article-${a}`;
    const base = {
      articleId,
      qualifier: 'exact' as const,
      claimant: pick(['Russian Defence Ministry', "Ukraine's air force", 'governor', null]),
      evidence: { text: `Air defences destroyed drones over the region, article ${a}.`, start: 0, end: 60 },
      publishedAt: new Date(published).toISOString(),
      ingestedAt: new Date(ingested).toISOString(),
    };
    const dated = random() < 0.6;
    const eventDate = dated ? new Date(published).toISOString().slice(0, 10) : null;
    const eventTime = dated ? `${eventDate}T00:00:00.000Z` : base.publishedAt;
    const claims: ClaimRecord[] = [];
    if (random() < 0.1 && recent.length) {
      // A reprint: the same claim from another article.
      const r = pick(recent);
      claims.push({ ...r, ...base, claimId: `${articleId}#0`, eventDate: r.eventDate, eventTime: r.eventTime });
    } else {
      const side = random() < 0.6 ? RU : UA;
      const country = side === RU ? 'RU' : 'UA';
      const weapon = pick(WEAPONS);
      const parts = 1 + Math.floor(random() * 4);
      let sum = 0;
      const totalId = `${articleId}#total`;
      for (let i = 0; i < parts; i++) {
        const count = 1 + Math.floor(random() * 30);
        sum += count;
        const multi = random() < 0.15;
        const regions = multi ? [...new Set([pick(side), pick(side)])].sort() : [pick(side)];
        claims.push({
          ...base,
          claimId: `${articleId}#${i}`,
          count,
          weapon,
          scope: 'region',
          regions,
          country,
          eventDate,
          eventTime,
          regionKey: regions[0] ?? country,
          partOf: parts > 1 ? totalId : null,
        });
      }
      if (parts > 1)
        claims.push({
          ...base,
          claimId: totalId,
          count: sum + Math.floor(random() * 5),
          weapon,
          scope: 'country',
          regions: [],
          country,
          eventDate,
          eventTime,
          regionKey: country,
          partOf: null,
          attributed: sum,
        });
    }
    for (const c of claims) {
      if (emitted >= n) return;
      yield encodePayload('claims', c);
      emitted++;
    }
    const first = claims[0];
    if (first) recent.push(first);
    if (recent.length > 50) recent.shift();
  }
}

/** The service's core options (default config) with the clock fixed at `now`. */
export function coreOptions(now: number) {
  const config = parseConfig({});
  return {
    nameOf: rowName,
    now: () => now,
    allowedLatenessMs: config.SKYTALLY_ALLOWED_LATENESS_MS,
    idleMs: config.SKYTALLY_IDLE_MS,
    horizonDays: config.SKYTALLY_AGGREGATE_HORIZON_DAYS,
  };
}

/** Claims go to partition by key, as on the topic (enough spread for the horizon's slowest input). */
const PARTITIONS = 6;
export function partitionOf(claim: ClaimRecord): number {
  let h = 0;
  for (let i = 0; i < claim.regionKey.length; i++) h = (h * 31 + claim.regionKey.charCodeAt(i)) | 0;
  return Math.abs(h) % PARTITIONS;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** A full collection (--expose-gc). */
function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function runStateBench(
  n: number,
  log: (line: string) => void,
  spanDays?: number,
  hashCheckpoints = false,
): Promise<Record<string, number | string>> {
  // The process before any claim (runtime, transpiler if any, modules): what the state adds is rss_mb minus it.
  gc();
  const baseRss = rssMb();
  const now = Date.parse('2026-01-10T00:00:00.000Z');
  const marks = [10_000, n].filter((m, i, xs) => m <= n && xs.indexOf(m) === i);
  const aps: Record<number, number> = {};
  const live = new AggregateCore(coreOptions(now));
  // The changelog and the claims topic live on the brokers, not in this process: files stand for them.
  const dir = mkdtempSync(join(tmpdir(), 'skytally-state-bench-'));
  const liveFile = join(dir, 'live.bin');
  // The sealed deltas, appended (length-prefixed) as the changelog keeps them: written once each.
  const sealedFile = join(dir, 'sealed.bin');
  const sealedFd = openSync(sealedFile, 'w');
  const tailFile = join(dir, 'tail.ndjson');
  // Restore at the worst point: the last checkpoint is a whole interval behind the crash.
  const restorePoint = Math.max(0, n - CHECKPOINT_EVERY);
  let checkpoints = 0;
  let checkpointMs = 0;
  let checkpointCpuMs = 0;
  // --hash: every checkpoint's bytes (sealed delta, then live part), hashed in order, for work that
  // must not change the changelog to compare with the code before it (off by default: it adds to
  // checkpoint_ms).
  const hash = hashCheckpoints ? createHash('sha256') : null;
  let liveBytes = 0;
  let sealedBytes = 0;
  let applied = 0;
  let sinceCheckpoint = 0;
  let windowStart = cpuMs();
  const wallStart = Date.now();
  const takeCheckpoint = (keep: boolean) => {
    const started = performance.now();
    const startedCpu = cpuMs();
    const parts = splitCheckpoint(live.checkpoint());
    // As the service writes them: encoded a chunk at a time as they go out (EncodedState).
    const liveState = new EncodedState(parts.live);
    const sealed = new EncodedState(parts.sealed);
    if (applied <= restorePoint) {
      const length = Buffer.alloc(4);
      length.writeUInt32LE(sealed.length);
      writeSync(sealedFd, length);
      writeChunks(sealed, sealedFd, hash);
      sealedBytes += sealed.length;
    } else writeChunks(sealed, null, hash);
    if (keep) {
      const fd = openSync(liveFile, 'w');
      writeChunks(liveState, fd, hash);
      closeSync(fd);
      liveBytes = liveState.length;
    } else writeChunks(liveState, null, hash);
    checkpointMs += performance.now() - started;
    checkpointCpuMs += cpuMs() - startedCpu;
    checkpoints++;
  };
  // The rss every 10,000 claims: one reading at the end of the run depends on where V8's collections happened to be.
  const rssSeries: number[] = [];
  const tailFd = openSync(tailFile, 'w');
  if (restorePoint === 0) takeCheckpoint(true);
  for (const bytes of claimStream(n, 7, spanDays)) {
    const claim = decodePayload('claims', bytes);
    live.apply(claim, partitionOf(claim));
    applied++;
    if (applied > restorePoint) writeSync(tailFd, `${bytes}\n`);
    if (applied % BATCH === 0 || applied === n) {
      live.prepare();
      live.confirm();
    }
    if (applied === restorePoint || ++sinceCheckpoint >= checkpointSpacing(CHECKPOINT_EVERY, live.liveReports())) {
      takeCheckpoint(applied === restorePoint);
      sinceCheckpoint = 0;
    }
    if (applied % 10_000 === 0) rssSeries.push(rssMb());
    for (const m of marks) {
      if (applied === m) {
        const rate = Math.round(Math.min(10_000, m) / ((cpuMs() - windowStart) / 1000));
        aps[m] = rate;
        log(
          `  ${m.toLocaleString('en')} claims: ${rate.toLocaleString('en')} claims/s over the last ${Math.min(10_000, m).toLocaleString('en')}; rss ${rssMb()} MB`,
        );
      }
    }
    for (const m of marks) if (applied === m - Math.min(10_000, m)) windowStart = cpuMs();
  }
  closeSync(sealedFd);
  closeSync(tailFd);
  // What the process holds while busy, then what it settles at once quiet: a full collection, then
  // ten seconds idle, the time V8's memory reducer waits (8 s) before it hands the heap's spare
  // pages back (V8 grows the committed heap to a multiple of the live size while allocating fast).
  const busyRss = rssMb();
  gc();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  gc();
  const rss = rssMb();
  // Read with rss: V8's memory reducer may hand pages back at any moment after.
  const spaces = heapSpaces();
  const mapping = rssByMapping();
  const mem = process.memoryUsage();
  const heap = Math.round(mem.heapUsed / 2 ** 20);
  const stats = live.stats();
  const wanted = live.snapshots();
  log(
    `live: ${n.toLocaleString('en')} claims in ${((Date.now() - wallStart) / 1000).toFixed(1)} s; rss ${rss} MB, heap used ${heap} MB of ${Math.round(mem.heapTotal / 2 ** 20)} MB, external ${Math.round(mem.external / 2 ** 20)} MB, array buffers ${Math.round(mem.arrayBuffers / 2 ** 20)} MB; ${JSON.stringify(stats)}`,
  );
  const busyHalf = rssSeries.slice(Math.floor(rssSeries.length / 2));
  const busyAvg = Math.round(busyHalf.reduce((a, b) => a + b, 0) / Math.max(1, busyHalf.length));
  log(`rss every 10,000 claims (MB): ${rssSeries.join(' ')}; mean over the second half ${busyAvg}`);
  log(`heap spaces (committed/used MB): ${spaces}; rss before any claim ${baseRss} MB; rss by mapping: ${mapping}`);
  log(
    `checkpoints: ${checkpoints}, ${(checkpointMs / Math.max(1, checkpoints)).toFixed(0)} ms (${(checkpointCpuMs / Math.max(1, checkpoints)).toFixed(0)} CPU-ms) each to take and encode; changelog at the restore point ${((liveBytes + sealedBytes) / 2 ** 20).toFixed(1)} MB (live part ${(liveBytes / 2 ** 20).toFixed(1)} MB, sealed deltas ${(sealedBytes / 2 ** 20).toFixed(1)} MB)`,
  );

  // The restore path: the changelog's bytes (no zod: our own changelog) — every sealed delta and the
  // live part —, then the claims after it from topic bytes (through zod, as the live path), then one
  // publish of everything.
  const restoreStart = Date.now();
  const restoreCpu = cpuMs();
  const deltas = readDeltas(sealedFile).map((bytes) => decodeSealedState(bytes));
  const restored = AggregateCore.restore(decodeLiveState(readFileSync(liveFile)), coreOptions(now), deltas);
  deltas.length = 0;
  const decodedS = (Date.now() - restoreStart) / 1000;
  let tail = 0;
  for (const line of readFileSync(tailFile, 'utf8').split('\n')) {
    if (!line) continue;
    const claim = decodePayload('claims', line);
    restored.apply(claim, partitionOf(claim));
    tail++;
  }
  restored.prepare();
  const restoreS = (Date.now() - restoreStart) / 1000;
  const restoreCpuS = (cpuMs() - restoreCpu) / 1000;
  const got = restored.snapshots();
  const same = JSON.stringify(got) === JSON.stringify(wanted);
  if (!same) {
    const differing = wanted.filter((w, i) => JSON.stringify(w) !== JSON.stringify(got[i]));
    for (const w of differing.slice(0, 3))
      log(`  differs: ${JSON.stringify(w)} vs ${JSON.stringify(got.find((g) => g.key === w.key))}`);
  }
  log(
    `restore: ${restoreS.toFixed(1)} s, ${restoreCpuS.toFixed(1)} CPU-s (changelog ${decodedS.toFixed(1)} s, then ${tail.toLocaleString('en')} claims); snapshots ${same ? 'equal' : 'DIFFER from'} the live run's`,
  );
  rmSync(dir, { recursive: true, force: true });
  if (!same) process.exitCode = 1;
  return {
    claims: n,
    runtime: __filename.endsWith('.ts') ? 'tsx' : 'built',
    rss_mb: rss,
    rss_busy_mb: busyRss,
    rss_busy_avg_mb: busyAvg,
    rss_base_mb: baseRss,
    heap_mb: heap,
    restore_s: Number(restoreS.toFixed(1)),
    restore_cpu_s: Number(restoreCpuS.toFixed(1)),
    aps_at_10k: aps[10_000] ?? 0,
    aps_at_1m: aps[n] ?? 0,
    aps_ratio: Number(((aps[n] ?? 0) / Math.max(1, aps[10_000] ?? 0)).toFixed(2)),
    changelog_mb: Number(((liveBytes + sealedBytes) / 2 ** 20).toFixed(1)),
    live_part_mb: Number((liveBytes / 2 ** 20).toFixed(1)),
    checkpoint_ms: Math.round(checkpointMs / Math.max(1, checkpoints)),
    checkpoint_cpu_ms: Math.round(checkpointCpuMs / Math.max(1, checkpoints)),
    ...(hash ? { checkpoint_sha256: hash.digest('hex') } : {}),
    tail_claims: tail,
    reports: stats.reports,
    distinct_claims: stats.claims,
    rows: stats.rows,
    days: stats.days,
  };
}

/** A checkpoint part's bytes, 256 KiB at a time as the service's chunks, to `fd` (null: encoded only). */
function writeChunks(part: EncodedState, fd: number | null, hash: Hash | null): void {
  const chunk = Buffer.alloc(256 * 1024);
  while (part.left > 0) {
    const n = part.read(chunk, 0, chunk.length);
    hash?.update(chunk.subarray(0, n));
    if (fd !== null) writeSync(fd, chunk, 0, n);
  }
}

/** The length-prefixed deltas of the sealed file. */
function readDeltas(file: string): Buffer[] {
  const all = readFileSync(file);
  const out: Buffer[] = [];
  for (let at = 0; at + 4 <= all.length;) {
    const length = all.readUInt32LE(at);
    out.push(all.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return out;
}

/** V8's spaces that hold anything, committed/used MB. */
function heapSpaces(): string {
  const mb = (b: number) => Math.round(b / 2 ** 20);
  return getHeapSpaceStatistics()
    .filter((s) => s.space_size > 0)
    .map((s) => `${s.space_name} ${mb(s.space_size)}/${mb(s.space_used_size)}`)
    .join(', ');
}

/**
 * Where the resident pages are (Linux /proc/self/smaps): V8's heap pages are
 * 256 KiB anonymous mappings, malloc (array buffers, Buffers) uses [heap] and
 * its arenas, the node binary's code is file-backed.
 */
function rssByMapping(): string {
  const smaps = '/proc/self/smaps';
  if (!existsSync(smaps)) return 'n/a';
  const kb = new Map<string, number>();
  let kind = '';
  for (const line of readFileSync(smaps, 'utf8').split('\n')) {
    const mapping = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line);
    if (mapping) {
      const size = (parseInt(mapping[2] ?? '0', 16) - parseInt(mapping[1] ?? '0', 16)) / 1024;
      const name = mapping[3] ?? '';
      kind = name.startsWith('/')
        ? 'files'
        : name === '[heap]'
          ? 'malloc heap'
          : name
            ? name
            : size === 256
              ? 'V8 pages'
              : 'other anon';
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line);
    if (rss) kb.set(kind, (kb.get(kind) ?? 0) + Number(rss[1]));
  }
  return [...kb]
    .filter(([, n]) => n >= 1024)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${Math.round(n / 1024)}`)
    .join(', ');
}

function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

if (require.main === module) {
  const i = process.argv.indexOf('--claims');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
  // --span-days D: the claims' event time spans D days instead of three years (a burst: the
  // 100k-article end-to-end run is 2.3 days of news, all of it within the horizon).
  const s = process.argv.indexOf('--span-days');
  const spanDays = s >= 0 ? Number(process.argv[s + 1]) : undefined;
  const hashCheckpoints = process.argv.includes('--hash');
  void runStateBench(n, (line) => console.log(line), spanDays, hashCheckpoints).then((result) =>
    console.log(JSON.stringify(result)),
  );
}
