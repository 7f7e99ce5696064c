/**
 * npx tsx libs/extraction/test/speed.ts [--articles 20000]
 *
 * extractClaims alone, on one core, CPU time (process.cpuUsage): the bench's
 * generated ~3.7 KB articles (scripts/bench/article-generator.ts, as
 * scripts/bench/core-bench.ts feeds them), and the real-news dev passages
 * (shorter, denser in claims) repeated. Generation is not timed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ArticleGenerator } from '../../../scripts/bench/article-generator';
import { extractClaims } from '../src/extract-claims';

const n = Number(process.argv[process.argv.indexOf('--articles') + 1]) || 20000;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function time(name: string, articles: Array<{ articleId: string; body: string; publishedAt: string }>): void {
  for (const a of articles.slice(0, 500)) extractClaims(a); // warm-up
  let claims = 0;
  let bytes = 0;
  const t0 = cpu();
  for (const a of articles) {
    claims += extractClaims(a).length;
    bytes += a.body.length;
  }
  const ms = cpu() - t0;
  console.log(
    `${name}: ${articles.length} articles, ${(bytes / articles.length / 1024).toFixed(1)} KB avg, ${claims} claims, ${Math.round((articles.length / ms) * 1000)} articles/s, ${((ms * 1000) / articles.length).toFixed(0)} µs/article (CPU)`,
  );
}

const gen = new ArticleGenerator();
time(
  'generated (bench)',
  gen.take(n).map((r) => ({ articleId: r.id, body: r.body, publishedAt: r.publishedAt })),
);
const dev = join(__dirname, '../../../tests/fixtures/extract/real/dev');
const real = readdirSync(dev)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dev, f), 'utf8')) as { id: string; body: string; publishedAt: string });
const reps = Math.max(1, Math.ceil(n / 4 / real.length));
time(
  'real dev passages',
  Array.from({ length: reps }, () =>
    real.map((p) => ({ articleId: p.id, body: p.body, publishedAt: p.publishedAt })),
  ).flat(),
);
