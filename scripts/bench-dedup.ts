/**
 * Throughput and memory of the dedup core on generated ~3 KB articles.
 *
 *   npx tsx scripts/bench-dedup.ts              # 100k articles
 *   npx tsx scripts/bench-dedup.ts --million    # 1M articles (takes a few minutes)
 *   node --expose-gc --import tsx scripts/bench-dedup.ts   # exact heap figures, and (up to 100k) the
 *                                               # generator's garbage collected outside the timed part
 *   npx tsx scripts/bench-dedup.ts --count 20000 --core /tmp/old/libs/dedup/src/index.ts
 *                                               # another build of the core (before/after)
 *   npx tsx scripts/bench-dedup.ts --gazetteer  # the service's place finder instead of the default
 *
 * The last lines are the final figures as JSON, and the index's estimate by structure (MB).
 *
 * Articles are word salad from a Zipf-like 40k-word vocabulary in the shape
 * of a report (6 paragraphs, ~3 KB, a few numbers and region names); about a
 * quarter are reprints of a recent article (boilerplate added, a paragraph
 * dropped). Event times span 20 days, so with the 30-day default horizon all
 * of them stay in the index: the memory figure is for a full index.
 * Only decide() is timed, in CPU time of this process (process.cpuUsage(),
 * so other work on a shared machine does not count); generating the text and
 * its SHA-256 is not.
 */
import { parseArgs } from 'node:util';
import type { Article } from '@skytally/contracts';
import { DedupCore as CurrentCore } from '@skytally/dedup';
import { findPlaces } from '@skytally/gazetteer';
import { contentHash } from '@skytally/text';
import { mulberry32, pick } from '@skytally/random';
import { SYLLABLES } from './bench/article-generator';

const { values } = parseArgs({
  options: {
    million: { type: 'boolean' },
    count: { type: 'string' },
    core: { type: 'string' },
    gazetteer: { type: 'boolean' },
  },
});
const DedupCore: typeof CurrentCore = values.core
  ? // eslint-disable-next-line @typescript-eslint/no-require-imports -- another build of the core, chosen at run time
    (require(values.core) as { DedupCore: typeof CurrentCore }).DedupCore
  : CurrentCore;
const TOTAL = values.count ? Number(values.count) : values.million ? 1_000_000 : 100_000;
const REPORT_EVERY = TOTAL >= 1_000_000 ? 100_000 : TOTAL >= 100_000 ? 25_000 : 5_000;

const rand = mulberry32(42);

// The first 18 of the article generator's syllables: the same made-up words as before.
const SYL = SYLLABLES.slice(0, 18);
const VOCAB = Array.from({ length: 40_000 }, () => {
  let w = '';
  for (let s = 1 + Math.floor(rand() * 3); s >= 0; s--) w += SYL[Math.floor(rand() * SYL.length)];
  return w;
});
const REGIONS = ['Bryansk', 'Kursk', 'Belgorod', 'Voronezh', 'Kharkiv', 'Sumy', 'Odesa', 'Kyiv', 'Rostov', 'Tula'];
/** Zipf-like: low indexes far more often (rand() < 1 keeps the index in range). */
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2.5)] ?? '';

function paragraph(): string {
  const parts: string[] = [];
  for (let i = 0; i < 80; i++) parts.push(word());
  parts[10] = String(Math.floor(rand() * 60));
  parts[11] = 'drones over the';
  parts[12] = `${pick(rand, REGIONS)} region`;
  return parts.join(' ') + '.';
}

const recent: string[][] = [];
const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);

function nextArticle(i: number): Article {
  let paras: string[];
  if (recent.length > 10 && rand() < 0.25) {
    paras = [...pick(rand, recent)];
    paras.splice(1 + Math.floor(rand() * (paras.length - 1)), 1);
    paras[0] = `WIRE (Agency) - ${paras[0]}`;
    paras.push('Subscribe to our channel for live updates.');
  } else {
    paras = Array.from({ length: 6 }, paragraph);
    recent.push(paras);
    if (recent.length > 500) recent.shift();
  }
  const body = paras.join('\n\n');
  const t = new Date(START + Math.floor((i / TOTAL) * 20 * DAY)).toISOString();
  return {
    articleId: `bench-${i}`,
    url: null,
    source: null,
    title: null,
    publishedAt: t,
    ingestedAt: t,
    body,
    contentHash: contentHash(body),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (n: number) => (n / 1048576).toFixed(1);

const core = new DedupCore(
  values.gazetteer ? { places: (text: string) => [...new Set(findPlaces(text).map((p) => p.code))] } : {},
);
gc?.();
const before = process.memoryUsage();
let decideUs = 0;
let bytes = 0;
const wall0 = performance.now();
let result = {};
// Articles are made in batches outside the timed section; one pair of CPU
// readings per batch, so the readings themselves do not count.
const BATCH = 500;
for (let start = 1; start <= TOTAL; start += BATCH) {
  const batch: Article[] = [];
  for (let i = start; i < start + BATCH && i <= TOTAL; i++) batch.push(nextArticle(i));
  if (gc && TOTAL <= 100_000) gc(); // the generator's garbage is not decide()'s
  const t0 = process.cpuUsage();
  for (const a of batch) core.decide(a);
  const t1 = process.cpuUsage(t0);
  decideUs += t1.user + t1.system;
  for (const a of batch) bytes += a.body.length;
  const i = start + batch.length - 1;
  if (i % REPORT_EVERY === 0 || i === TOTAL) {
    gc?.();
    const m = process.memoryUsage();
    const perSec = Math.round(i / (decideUs / 1e6));
    const s = core.stats();
    result = {
      articles: i,
      articlesPerSecond: perSec,
      cpuMicrosPerArticle: Math.round(decideUs / i),
      avgBodyBytes: Math.round(bytes / i),
      indexed: core.size(),
      duplicates: s.exact + s.near,
      candidatesPerArticle: Number((s.candidates / i).toFixed(2)),
      heapUsedMB: Number(mb(m.heapUsed - before.heapUsed)),
      arrayBuffersMB: Number(mb(m.arrayBuffers - before.arrayBuffers)),
      indexEstimateMB: Number(mb(core.memoryEstimateBytes())),
      gcForced: gc !== undefined,
    };
    console.log(
      `${i} articles: ${perSec} articles/s in decide() (CPU), index ${core.size()} entries, ` +
        `heapUsed +${mb(m.heapUsed - before.heapUsed)} MB, arrayBuffers +${mb(m.arrayBuffers - before.arrayBuffers)} MB, ` +
        `index estimate ${mb(core.memoryEstimateBytes())} MB, wall ${((performance.now() - wall0) / 1000).toFixed(0)} s`,
    );
  }
}
console.log(JSON.stringify(result));
// Where the index's bytes go (the estimate above, by structure), when the core says (an older --core may not).
const breakdown = (core as { memoryBreakdown?: () => Record<string, number> }).memoryBreakdown?.();
if (breakdown !== undefined) {
  const byStructure = Object.entries(breakdown).map(([name, b]) => [name, Number(mb(b))] as const);
  console.log(JSON.stringify({ indexMBByStructure: Object.fromEntries(byStructure) }));
}
