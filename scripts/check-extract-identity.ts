/**
 * Identity check for work on libs/extraction that must not change its output
 * (speed-ups, refactors): records extractClaims and explainClaims for every
 * text the project has, then compares a later run against the record, text by
 * text, as exact JSON (key order included; `undefined` kept as a marker).
 *
 * Texts: tests/fixtures/extract/real/{dev,test}, the holdout, every case of
 * tests/fixtures/extract/*.cases.json, the seed articles, the bodies of
 * tests/fixtures/dedup/real/*.jsonl, and N generated bench articles
 * (scripts/bench/article-generator.ts, default seed, as core-bench uses it).
 *
 *   npx tsx scripts/check-extract-identity.ts --record /tmp/extract-identity.json [--generated 5000]
 *   npx tsx scripts/check-extract-identity.ts --compare /tmp/extract-identity.json
 *
 * Exit 1 on the first differing texts (up to 5 are printed).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { explainClaims, extractClaims, type ArticleInput } from '../libs/extraction/src';
import { ArticleGenerator } from './bench/article-generator';

const ROOT = join(__dirname, '..');
const FIX = join(ROOT, 'tests/fixtures');

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => join(dir, f));

interface Text {
  key: string;
  article: ArticleInput;
}

function texts(generated: number): Text[] {
  const out: Text[] = [];
  for (const dir of ['extract/real/dev', 'extract/real/test', 'extract/holdout']) {
    for (const file of jsonFiles(join(FIX, dir))) {
      const p = JSON.parse(readFileSync(file, 'utf8')) as {
        id: string;
        body: string;
        title?: string;
        publishedAt?: string | null;
      };
      out.push({
        key: `${dir}/${p.id}`,
        article: { articleId: p.id, body: p.body, title: p.title, publishedAt: p.publishedAt ?? null },
      });
    }
  }
  for (const file of jsonFiles(join(FIX, 'extract')).filter((f) => f.endsWith('.cases.json'))) {
    const name = file.slice(file.lastIndexOf('/') + 1, -'.cases.json'.length);
    const { cases } = JSON.parse(readFileSync(file, 'utf8')) as {
      cases: Array<{ id: string; text: string; publishedAt?: string | null }>;
    };
    // (Keyed by position too: a few case ids repeat within a file.)
    cases.forEach((c, i) =>
      out.push({
        key: `cases/${name}/${i}:${c.id}`,
        article: { articleId: c.id, body: c.text, publishedAt: c.publishedAt ?? null },
      }),
    );
  }
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')) as Array<{
    id: string;
    publishedAt: string | null;
  }>;
  for (const m of manifest) {
    const body = readFileSync(join(ROOT, 'seeds', `${m.id}.txt`), 'utf8');
    out.push({ key: `seeds/${m.id}`, article: { articleId: m.id, body, publishedAt: m.publishedAt } });
  }
  const dedupDir = join(FIX, 'dedup/real');
  for (const f of readdirSync(dedupDir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dedupDir, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .forEach((line, i) => {
        const { article: a } = JSON.parse(line) as {
          article: { articleId: string; body: string; title?: string; publishedAt?: string | null };
        };
        out.push({
          key: `dedup/${f}:${i}`,
          article: { articleId: a.articleId, body: a.body, title: a.title, publishedAt: a.publishedAt ?? null },
        });
      });
  }
  const gen = new ArticleGenerator();
  gen.take(generated).forEach((r, i) => {
    out.push({
      key: `generated/${i}`,
      article: { articleId: r.id, body: r.body, title: r.title, publishedAt: r.publishedAt },
    });
  });
  return out;
}

const exact = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x === undefined ? '__undefined__' : x));

function outputs(t: Text): string {
  return exact({ claims: extractClaims(t.article), explained: explainClaims(t.article) });
}

function main(): void {
  const { values } = parseArgs({
    options: { record: { type: 'string' }, compare: { type: 'string' }, generated: { type: 'string' } },
  });
  if (values.record) {
    const all = texts(Number(values.generated ?? 5000));
    const record: Record<string, string> = {};
    for (const t of all) {
      if (t.key in record) throw new Error(`duplicate text key ${t.key}`);
      record[t.key] = outputs(t);
    }
    writeFileSync(values.record, JSON.stringify({ generated: Number(values.generated ?? 5000), record }));
    console.log(`recorded ${all.length} texts to ${values.record}`);
    return;
  }
  if (!values.compare) throw new Error('--record FILE or --compare FILE');
  const { generated, record } = JSON.parse(readFileSync(values.compare, 'utf8')) as {
    generated: number;
    record: Record<string, string>;
  };
  const all = texts(generated);
  const differing: string[] = [];
  // texts added to the fixtures since the record (a new corpus batch) have nothing to compare with
  let unrecorded = 0;
  for (const t of all) {
    if (!(t.key in record)) unrecorded++;
    else if (record[t.key] !== outputs(t)) differing.push(t.key);
  }
  const present = new Set(all.map((t) => t.key));
  const missing = Object.keys(record).filter((k) => !present.has(k)).length;
  const compared = all.length - unrecorded;
  if (differing.length || missing) {
    console.log(`${differing.length} of ${compared} recorded texts differ (${missing} recorded texts not found)`);
    for (const k of differing.slice(0, 5)) console.log(`  ${k}`);
    process.exit(1);
  }
  const extra = unrecorded ? ` (${unrecorded} texts added since the record not compared)` : '';
  console.log(`${compared} texts identical (extractClaims and explainClaims)${extra}`);
}

main();
