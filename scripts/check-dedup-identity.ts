/**
 * Whether a change to libs/dedup leaves every decision as it was: runs the
 * dedup core over fixed inputs and records, per decide(), the verdict, the
 * original, rule, similarity and every index change (entries in full), and
 * per run the final stats(). A change meant only to make the core faster
 * must leave this record byte-identical.
 *
 * Inputs (all deterministic):
 *  - the real corpus (dev, test) by date and in four seeded shuffles, with the
 *    service's options (dedupOptionsFor: gazetteer places) and once with the
 *    default place finder;
 *  - the generated corpus (corpus.jsonl) as stored and in two shuffles;
 *  - 20,000 articles from the core bench's generator through ingest(), with
 *    the core bench's options; and 8,000 with a 3,000-entry index (evictions).
 * In every run some articles come a second time later (a crash replays what
 * was not committed), some come again with a corrected body (same id, new
 * content), and half-way a second core is rebuilt by restore() from the
 * changes so far and decides the rest alongside the first (its decisions are
 * recorded too: a restarted service must answer the same).
 *
 *   npx tsx scripts/check-dedup-identity.ts --out /tmp/dedup-base.jsonl         # record
 *   npx tsx scripts/check-dedup-identity.ts --out /tmp/after.jsonl --against /tmp/dedup-base.jsonl
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '@skytally/contracts';
import { DedupCore, type DedupDecision, type DedupOptions, type IndexChange } from '@skytally/dedup';
import { ingest } from '@skytally/ingestion';
import { mulberry32, shuffled } from '@skytally/random';
import { dedupOptionsFor } from '@skytally/stage-options';
import type { SkytallyConfig } from '@skytally/config';
import { contentHash } from '@skytally/text';
import { ArticleGenerator } from './bench/article-generator';
import { type RealCorpusArticle, ingestedRealArticle } from '../libs/dedup/test/real-article';

const FIXTURES = join(__dirname, '..', 'tests', 'fixtures', 'dedup');
const SERVICE = dedupOptionsFor({ SKYTALLY_DEDUP_HORIZON_DAYS: 30 } as SkytallyConfig);

/** The real corpus as ingest hands it to dedup (as eval-dedup loads it). */
function loadReal(name: string): Article[] {
  return lines(join(FIXTURES, 'real', `${name}.jsonl`)).map((l) =>
    ingestedRealArticle((JSON.parse(l) as { article: RealCorpusArticle }).article),
  );
}

function loadCorpus(): Article[] {
  return lines(join(FIXTURES, 'corpus.jsonl')).map((l) => (JSON.parse(l) as { article: Article }).article);
}

/** Articles of the core bench's generator, through ingest() as core-bench does. */
function generated(n: number): Article[] {
  const gen = new ArticleGenerator();
  const origin = { topic: 'bench', partition: 0, offset: '0' };
  return Array.from({ length: n }, () => {
    const raw = gen.next();
    const { kind: _kind, ...fields } = raw;
    const value = Buffer.from(JSON.stringify(fields));
    const receivedAt = new Date(Date.parse(raw.publishedAt) + 60_000);
    const outcome = ingest({ key: Buffer.from(raw.id), value, receivedAt, origin }, { maxBodyBytes: 1_048_576 });
    if (outcome.kind !== 'article') throw new Error(`${raw.id} rejected`);
    return outcome.article;
  });
}

const lines = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');

/** The same article corrected: a sentence added, so a new contentHash under the same id. */
function corrected(a: Article): Article {
  const body = `${a.body}\n\nThis article was corrected.`;
  return { ...a, body, contentHash: contentHash(body) };
}

/**
 * The order articles are decided in: each once, and after every 4th a replay
 * of one decided a few dozen before; after every 97th, a corrected earlier one.
 */
function withReplays(articles: readonly Article[]): Article[] {
  const out: Article[] = [];
  articles.forEach((a, i) => {
    out.push(a);
    if (i % 4 === 3) out.push(articles[Math.max(0, i - 1 - (i % 53))] as Article);
    if (i % 97 === 96) out.push(corrected(articles[i - 40] as Article));
  });
  return out;
}

const record = (d: DedupDecision) =>
  JSON.stringify(d, (_k, v: unknown) => (v instanceof Uint8Array || v instanceof Int32Array ? Array.from(v) : v));

/** Decides `articles` in order and writes one line per decision; half-way, a restored core joins. */
function run(name: string, articles: readonly Article[], opts: DedupOptions, out: string[]): number {
  const core = new DedupCore(opts);
  const log: IndexChange[] = [];
  const seq = withReplays(articles);
  const half = Math.floor(seq.length / 2);
  let restored: DedupCore | null = null;
  seq.forEach((a, i) => {
    if (i === half) {
      restored = new DedupCore(opts);
      for (const c of log) restored.restore(c);
      out.push(`${name} restored size=${restored.size()} size=${core.size()}`);
    }
    const d = core.decide(a);
    log.push(...d.changes);
    out.push(`${name} ${i} ${a.articleId} ${record(d)}`);
    if (restored !== null) out.push(`${name} ${i}r ${a.articleId} ${record(restored.decide(a))}`);
  });
  out.push(`${name} stats ${JSON.stringify(core.stats())} size=${core.size()}`);
  return seq.length * 2 - half;
}

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' }, against: { type: 'string' } } });
  const out: string[] = [];
  let decisions = 0;
  const t0 = Date.now();
  for (const split of ['dev', 'test']) {
    const real = loadReal(split);
    const byDate = [...real].sort((x, y) => Date.parse(x.ingestedAt) - Date.parse(y.ingestedAt));
    decisions += run(`${split}/date`, byDate, SERVICE, out);
    decisions += run(`${split}/date/default-places`, byDate, {}, out);
    for (const seed of [1, 2, 3, 4])
      decisions += run(`${split}/shuffle${seed}`, shuffled(mulberry32(seed), real), SERVICE, out);
  }
  const corpus = loadCorpus();
  decisions += run('corpus', corpus, SERVICE, out);
  for (const seed of [5, 6])
    decisions += run(`corpus/shuffle${seed}`, shuffled(mulberry32(seed), corpus), SERVICE, out);
  const gen = generated(20_000);
  decisions += run('generated', gen, SERVICE, out);
  decisions += run('generated/evicting', gen.slice(0, 8_000), { ...SERVICE, maxEntries: 3_000 }, out);

  const text = out.join('\n') + '\n';
  const digest = createHash('sha256').update(text).digest('hex');
  if (values.out) writeFileSync(values.out, text);
  console.log(`${decisions} decisions, ${out.length} lines, sha256 ${digest} (${Date.now() - t0} ms)`);
  if (values.against) {
    const base = readFileSync(values.against, 'utf8');
    if (base === text) {
      console.log(`identical to ${values.against}`);
      return;
    }
    const a = base.split('\n');
    const b = text.split('\n');
    const first = a.findIndex((l, i) => l !== b[i]);
    console.log(`DIFFERS from ${values.against} at line ${first + 1}:\n- ${a[first]}\n+ ${b[first]}`);
    process.exitCode = 1;
  }
}

main();
