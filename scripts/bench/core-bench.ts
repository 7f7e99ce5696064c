/**
 * Per-stage cost of the pure cores, on one core, no Kafka: the generated
 * articles stream through ingest() → DedupCore.decide() → extractClaims() →
 * AggregateCore (apply, and per batch of 500 claims flush + snapshots +
 * daily buckets, as the aggregate service does once per consumed batch).
 * Each stage's time is summed separately, so the figures say where the time
 * goes; generating the articles is not timed. Time is CPU time of this
 * process (process.cpuUsage), not wall time, so other work on a shared
 * machine does not inflate it. The adapters' JSON and zod
 * checks are not in these figures (the end-to-end benchmark has them).
 *
 * Checkpoints (e.g. 10k, 100k, 1M) report throughput so far and memory: the
 * dedup index's own estimate, the aggregate's state size, and heap used
 * (after a forced GC when run with --expose-gc, as bench-run does).
 *
 *   npx tsx scripts/bench/core-bench.ts --articles 100000 [--checkpoints 10000,100000]
 *   node --expose-gc --import tsx scripts/bench/core-bench.ts --articles 1000000 --dedup-only   # the 1M index
 *   node --expose-gc --import tsx scripts/bench/core-bench.ts --articles 20000 --isolated       # one stage at a time
 */
import { parseArgs } from 'node:util';
import type { Article, ClaimRecord } from '@skytally/contracts';
import { AggregateCore, routingKeys } from '@skytally/aggregation';
import { DedupCore } from '@skytally/dedup';
import { type ExtractedClaim, extractClaims } from '@skytally/extraction';
import { ingest } from '@skytally/ingestion';
import { dedupOptionsFor, rowName } from '@skytally/stage-options';
import type { SkytallyConfig } from '@skytally/config';
import { ArticleGenerator } from './article-generator';

export interface CoreCheckpoint {
  articles: number;
  avg_body_bytes: number;
  ingest_aps: number;
  dedup_aps: number;
  extract_aps: number;
  /** Articles/s through the aggregate (its input is claims: claims_per_unique says how many). */
  aggregate_aps: number;
  aggregate_claims_ps: number;
  /** All four cores back to back on one core. */
  chain_aps: number;
  unique: number;
  claims: number;
  dedup_index_entries: number;
  dedup_index_estimate_mb: number;
  aggregate_rows: number;
  aggregate_claims: number;
  heap_used_mb: number;
  rss_mb: number;
  gc_forced: boolean;
}

const AGG_BATCH = 500;

/** CPU milliseconds used by this process so far. */
/**
 * The aggregate core as its service drives it: event time simulated (2025…,
 * asOf follows it, not the wall clock), and every AGG_BATCH claims a flush
 * and the snapshots and daily buckets it publishes, serialised.
 */
class SimulatedAggregate {
  now = Date.UTC(2025, 0, 1);
  readonly core = new AggregateCore({
    allowedLatenessMs: 3_600_000,
    idleMs: 60_000,
    nameOf: rowName,
    now: () => this.now,
  });
  private pending = 0;

  apply(records: readonly ClaimRecord[]): void {
    for (const rec of records) this.core.apply(rec);
    this.pending += records.length;
    if (this.pending >= AGG_BATCH) {
      this.pending = 0;
      const { keys, days } = this.core.flush();
      JSON.stringify(this.core.snapshots(keys));
      JSON.stringify(this.core.dailyBuckets(days));
    }
  }
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

export function runCoreBench(
  total: number,
  checkpoints: number[],
  onCheckpoint: (c: CoreCheckpoint) => void = () => {},
  dedupOnly = false,
): CoreCheckpoint[] {
  const gen = new ArticleGenerator();
  const dedup = new DedupCore(dedupOptionsFor({ SKYTALLY_DEDUP_HORIZON_DAYS: 30 } as SkytallyConfig));
  const agg = new SimulatedAggregate();
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const ns = { ingest: 0, dedup: 0, extract: 0, aggregate: 0 };
  let bytes = 0;
  let unique = 0;
  let claims = 0;
  const results: CoreCheckpoint[] = [];
  const marks = new Set(checkpoints.filter((c) => c <= total));
  marks.add(total);
  const origin = { topic: 'bench', partition: 0, offset: '0' };

  for (let i = 1; i <= total; i++) {
    const raw = gen.next();
    const value = Buffer.from(
      JSON.stringify({
        id: raw.id,
        url: raw.url,
        source: raw.source,
        title: raw.title,
        publishedAt: raw.publishedAt,
        body: raw.body,
      }),
    );
    const key = Buffer.from(raw.id);
    agg.now = Date.parse(raw.publishedAt) + 60_000;
    bytes += raw.body.length;

    let t = cpuMs();
    const outcome = ingest({ key, value, receivedAt: new Date(agg.now), origin }, { maxBodyBytes: 1_048_576 });
    let t2 = cpuMs();
    ns.ingest += t2 - t;
    // (The generator makes no invalid articles; a rejection would be a bug here.)
    if (outcome.kind !== 'article') throw new Error(`${raw.id} rejected: ${outcome.rejection.reason}`);
    const article = outcome.article;

    t = t2;
    const decision = dedup.decide(article);
    t2 = cpuMs();
    ns.dedup += t2 - t;
    if (decision.verdict === 'unique') unique++;
    if (decision.verdict === 'unique' && !dedupOnly) {
      t = t2;
      const extracted = extractClaims(article);
      t2 = cpuMs();
      ns.extract += t2 - t;
      const records = claimRecords(article, extracted);
      claims += records.length;
      // Through JSON, as the claims reach the aggregate service from Kafka
      // (untimed): evidence.text straight from the extractor is a slice that
      // keeps the whole article body alive, which would inflate the state.
      const received = JSON.parse(JSON.stringify(records)) as ClaimRecord[];
      t = cpuMs();
      agg.apply(received);
      ns.aggregate += cpuMs() - t;
    }

    if (marks.has(i) || (dedupOnly && i % 100_000 === 0)) {
      gc?.();
      const mem = process.memoryUsage();
      const perSec = (n: number, ms: number) => Math.round(n / (ms / 1000));
      const s = agg.core.stats();
      const c: CoreCheckpoint = {
        articles: i,
        avg_body_bytes: Math.round(bytes / i),
        ingest_aps: perSec(i, ns.ingest),
        dedup_aps: perSec(i, ns.dedup),
        extract_aps: perSec(unique, ns.extract),
        aggregate_aps: perSec(unique, ns.aggregate),
        aggregate_claims_ps: perSec(claims, ns.aggregate),
        chain_aps: perSec(i, ns.ingest + ns.dedup + ns.extract + ns.aggregate),
        unique,
        claims,
        dedup_index_entries: dedup.size(),
        dedup_index_estimate_mb: round1(dedup.memoryEstimateBytes() / 1_048_576),
        aggregate_rows: s.rows,
        aggregate_claims: s.claims,
        heap_used_mb: round1((mem.heapUsed - heap0) / 1_048_576),
        rss_mb: round1(mem.rss / 1_048_576),
        gc_forced: gc !== undefined,
      };
      results.push(c);
      onCheckpoint(c);
    }
  }
  return results;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** As apps/extract's claim records: one record per shard the claim touches. */
function claimRecords(article: Article, extracted: ExtractedClaim[]): ClaimRecord[] {
  return extracted.flatMap((c) =>
    routingKeys(c).map((regionKey) => ({
      ...c,
      regionKey,
      eventTime: c.eventDate ? `${c.eventDate}T00:00:00.000Z` : (article.publishedAt ?? article.ingestedAt),
      publishedAt: article.publishedAt,
      ingestedAt: article.ingestedAt,
    })),
  );
}

/** Each stage's own speed, measured one stage at a time (runIsolatedCores). */
export interface IsolatedCores {
  isolated: true;
  articles: number;
  ingest_aps: number;
  dedup_aps: number;
  extract_aps: number;
  aggregate_aps: number;
  aggregate_claims_ps: number;
  unique: number;
  claims: number;
}

/**
 * The same articles through the same cores, but one stage over all of them
 * before the next (inputs prepared untimed, a full GC between stages), as the
 * services run them: one stage per process. Interleaved per article
 * (runCoreBench), each stage also pays for the collection of the others'
 * garbage and shares the caches with them — dedup read about a third slower
 * in the chain than alone (`--dedup-only`) in the same session.
 */
export function runIsolatedCores(total: number): IsolatedCores {
  const gen = new ArticleGenerator();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const origin = { topic: 'bench', partition: 0, offset: '0' };
  const raws = Array.from({ length: total }, () => {
    const raw = gen.next();
    const { id, url, source, title, publishedAt, body } = raw;
    return {
      key: Buffer.from(id),
      value: Buffer.from(JSON.stringify({ id, url, source, title, publishedAt, body })),
      receivedAt: new Date(Date.parse(publishedAt) + 60_000),
    };
  });
  const perSec = (n: number, ms: number) => Math.round(n / (ms / 1000));

  gc();
  let t = cpuMs();
  const outcomes = raws.map((r) => ingest({ ...r, origin }, { maxBodyBytes: 1_048_576 }));
  const ingestMs = cpuMs() - t;
  const articles = outcomes.map((o) => {
    if (o.kind !== 'article') throw new Error(`rejected: ${o.rejection.reason}`);
    return o.article;
  });

  gc();
  const dedup = new DedupCore(dedupOptionsFor({ SKYTALLY_DEDUP_HORIZON_DAYS: 30 } as SkytallyConfig));
  t = cpuMs();
  const verdicts = articles.map((a) => dedup.decide(a).verdict);
  const dedupMs = cpuMs() - t;
  const unique = articles.filter((_, i) => verdicts[i] === 'unique');

  gc();
  t = cpuMs();
  const extracted = unique.map((a) => extractClaims(a));
  const extractMs = cpuMs() - t;
  // Untimed, as in runCoreBench: one record per shard, through JSON as from Kafka.
  const received = unique.map((article, i) => ({
    now: Date.parse(article.publishedAt ?? article.ingestedAt) + 60_000,
    records: JSON.parse(JSON.stringify(claimRecords(article, extracted[i]!))) as ClaimRecord[],
  }));

  gc();
  const agg = new SimulatedAggregate();
  let claims = 0;
  t = cpuMs();
  for (const { now, records } of received) {
    agg.now = now;
    agg.apply(records);
    claims += records.length;
  }
  const aggregateMs = cpuMs() - t;

  return {
    isolated: true,
    articles: total,
    ingest_aps: perSec(total, ingestMs),
    dedup_aps: perSec(total, dedupMs),
    extract_aps: perSec(unique.length, extractMs),
    aggregate_aps: perSec(unique.length, aggregateMs),
    aggregate_claims_ps: perSec(claims, aggregateMs),
    unique: unique.length,
    claims,
  };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string' },
      checkpoints: { type: 'string' },
      'dedup-only': { type: 'boolean' },
      isolated: { type: 'boolean' },
    },
  });
  const total = Number(values.articles ?? 100_000);
  if (values.isolated) {
    console.log(JSON.stringify(runIsolatedCores(total)));
    process.exit(0);
  }
  const checkpoints = (values.checkpoints ?? '10000,100000,1000000').split(',').map(Number);
  runCoreBench(total, checkpoints, (c) => console.log(JSON.stringify(c)), values['dedup-only']);
}
