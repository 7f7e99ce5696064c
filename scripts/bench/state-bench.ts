/**
 * `npm run bench -- --state [--claims N]`: the aggregate's state as the
 * stream grows. Feeds N claims (default 1,000,000) through the aggregate core
 * the way the service does (decoded from topic bytes, applied, a publish —
 * prepare/confirm — every batch of 500), then rebuilds a fresh core from the
 * same bytes as a restore does. Prints, last line, one JSON object:
 *
 *   claims, rss_mb, heap_mb, restore_s, aps_at_10k, aps_at_1m, reports, rows, days
 *
 * aps_at_10k / aps_at_1m: claims per second (CPU time) over the 10k claims
 * before the 10k mark and before the last mark. rss_mb: the process after the
 * live run and a full GC (the claim bytes are generated on the fly, never
 * held). Targets (issue 10): rss ≤ 300, restore ≤ 30 s, aps_at_1m ≥ 0.8 × aps_at_10k.
 */
import { AggregateCore } from '@skytally/aggregation';
import { parseConfig } from '@skytally/config';
import { type ClaimRecord, decodePayload, encodePayload } from '@skytally/contracts';
import { rowName } from '@skytally/stage-options';
import { mulberry32 } from './rng';

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
export function* claimStream(n: number, seed = 7): Generator<string> {
  const random = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const start = Date.parse('2023-01-01T00:00:00.000Z');
  const span = 3 * 365 * 24 * H;
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
          regionKey: regions[0],
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
    recent.push(claims[0]);
    if (recent.length > 50) recent.shift();
  }
}

function newCore(now: number): AggregateCore {
  const config = parseConfig({});
  return new AggregateCore({
    nameOf: rowName,
    now: () => now,
    allowedLatenessMs: config.SKYTALLY_ALLOWED_LATENESS_MS,
    idleMs: config.SKYTALLY_IDLE_MS,
    horizonDays: config.SKYTALLY_AGGREGATE_HORIZON_DAYS,
  });
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export async function runStateBench(n: number, log: (line: string) => void): Promise<Record<string, number>> {
  const now = Date.parse('2026-01-10T00:00:00.000Z');
  const marks = [10_000, n].filter((m, i, xs) => m <= n && xs.indexOf(m) === i);
  const aps: Record<number, number> = {};
  const live = newCore(now);
  let applied = 0;
  let windowStart = cpuMs();
  const wallStart = Date.now();
  for (const bytes of claimStream(n)) {
    live.apply(decodePayload('claims', bytes));
    applied++;
    if (applied % BATCH === 0 || applied === n) {
      live.prepare();
      live.confirm();
    }
    for (const m of marks) if (applied === m - Math.min(10_000, m)) windowStart = cpuMs();
    for (const m of marks) {
      if (applied === m) {
        aps[m] = Math.round(Math.min(10_000, m) / ((cpuMs() - windowStart) / 1000));
        log(
          `  ${m.toLocaleString('en')} claims: ${aps[m].toLocaleString('en')} claims/s over the last ${Math.min(10_000, m).toLocaleString('en')}; rss ${rssMb()} MB`,
        );
      }
    }
  }
  // A full collection, then a moment for V8 to hand freed pages back, as an idle service would.
  gc();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  gc();
  const rss = rssMb();
  const mem = process.memoryUsage();
  const heap = Math.round(mem.heapUsed / 2 ** 20);
  const stats = live.stats();
  log(
    `live: ${n.toLocaleString('en')} claims in ${((Date.now() - wallStart) / 1000).toFixed(1)} s; rss ${rss} MB, heap used ${heap} MB of ${Math.round(mem.heapTotal / 2 ** 20)} MB, external ${Math.round(mem.external / 2 ** 20)} MB; ${JSON.stringify(stats)}`,
  );

  // The restore path: a fresh core from the same bytes, then one publish of everything.
  const restoreStart = Date.now();
  const restored = newCore(now);
  for (const bytes of claimStream(n)) restored.apply(decodePayload('claims', bytes));
  restored.prepare();
  const restoreS = (Date.now() - restoreStart) / 1000;
  log(`restore: ${restoreS.toFixed(1)} s`);
  return {
    claims: n,
    rss_mb: rss,
    heap_mb: heap,
    restore_s: Number(restoreS.toFixed(1)),
    aps_at_10k: aps[10_000] ?? 0,
    aps_at_1m: aps[n] ?? 0,
    reports: stats.reports,
    distinct_claims: stats.claims,
    rows: stats.rows,
    days: stats.days,
  };
}

function rssMb(): number {
  return Math.round(process.memoryUsage().rss / 2 ** 20);
}

if (require.main === module) {
  const i = process.argv.indexOf('--claims');
  const n = i >= 0 ? Number(process.argv[i + 1]) : 1_000_000;
  void runStateBench(n, (line) => console.log(line)).then((result) => console.log(JSON.stringify(result)));
}
