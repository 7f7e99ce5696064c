/**
 * Identity check for the gazetteer (issue 15): records what every exported
 * function of libs/gazetteer returns over a large, varied text set, and later
 * compares against that record, so a speed change can be shown to change no
 * output at all. Also a micro-benchmark of findPlaces over the same texts.
 *
 *   npx tsx scripts/check-gazetteer-identity.ts --record /tmp/gaz-baseline.json   # before a change
 *   npx tsx scripts/check-gazetteer-identity.ts --compare /tmp/gaz-baseline.json  # after: exit 1 on any difference
 *   npx tsx scripts/check-gazetteer-identity.ts --bench [--runs 5]                # findPlaces CPU time, median
 *
 * The texts: every string in tests/fixtures/extract/{real/dev,real/test,holdout}/*.json
 * and tests/fixtures/extract/*.cases.json, every string in the dedup corpora
 * (corpus.jsonl, real/*.jsonl), 5,000 generated benchmark articles (title and
 * body), and variants of each: its lines and sentences (extraction calls the
 * finder per sentence), substrings cut at odd offsets, upper- and lower-cased
 * copies, and a handful of hand-written edge cases. The record keeps
 * findPlaces' and findOfficial's full outputs per text, a hash of tokenise's
 * (dedup's spec imports it), and every code lookup over every known code.
 * The record is large (tens of MB): keep it outside the repository.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as gaz from '@skytally/gazetteer';
import { tokenise } from '../libs/gazetteer/src/tokenise';
import { ArticleGenerator } from './bench/article-generator';

const FIXTURES = join(__dirname, '../tests/fixtures');

/** Every string of at least three characters in a JSON value. */
function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    if (value.length >= 3) out.push(value);
  } else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

function jsonFiles(dir: string, suffix = '.json'): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(suffix))
    .sort()
    .map((f) => join(dir, f));
}

/** Names and phrases at the edges of the matcher: lists, glued words, case, non-ASCII, possessives. */
const EDGE_CASES = [
  '',
  'Moscow',
  'moscow',
  'MOSCOW',
  'Moscow-backed forces in the Kyiv-controlled area near Sevastopol-annexed',
  'the Pskov, Bryansk, Kaluga, Orlov, Ryazan and Moscow regions',
  'the Kursk, and Belgorod regions; the Black and Azov Seas; Kaluga or Tver oblasts',
  'regions Kaluga and Tver regions, Moscow regions',
  "Moscow's mayor, Kyiv’s and Sevastopolʼs",
  'İstanbul İ Moscow İİ Kyiv region ẞ Belgorod',
  'Москва Ἀθῆναι Ölberg Orenburg Őrség Kursk',
  'St. Petersburg St Petersburg Rostov-on-Don Rostov on Don',
  'the capital the Russian capital the Ukrainian capital Kyiv time 14:00 Moscow time',
  'the Kyiv Post and the Moscow Times, the Kyiv Independent; Kharkiv post-midnight',
  'Sobyanin said, Gladkov said, Vladimir Putin, Bogomaz-Gladkov',
  'a perm and a klin',
  'X regions',
  ' , and regions',
];

function baseTexts(generated: number): string[] {
  const out: string[] = [];
  const dirs = ['extract/real/dev', 'extract/real/test', 'extract/holdout'].map((d) => join(FIXTURES, d));
  const files = [...dirs.flatMap((d) => jsonFiles(d)), ...jsonFiles(join(FIXTURES, 'extract'), '.cases.json')];
  for (const f of files) strings(JSON.parse(readFileSync(f, 'utf8')), out);
  for (const f of ['dedup/corpus.jsonl', 'dedup/real/dev.jsonl', 'dedup/real/test.jsonl']) {
    for (const line of readFileSync(join(FIXTURES, f), 'utf8').split('\n'))
      if (line.trim() !== '') strings(JSON.parse(line), out);
  }
  const gen = new ArticleGenerator();
  for (let i = 0; i < generated; i++) {
    const a = gen.next();
    out.push(a.title, a.body);
  }
  return out;
}

/** The texts to check: the base texts, their lines and sentences, and cut/cased variants. */
function identityTexts(generated = 5000): string[] {
  const base = baseTexts(generated);
  const seen = new Set<string>(EDGE_CASES);
  const add = (t: string): void => void seen.add(t);
  base.forEach((t, n) => {
    add(t);
    for (const line of t.split('\n')) add(line);
    for (const s of t.split(/(?<=[.!?])\s+/)) add(s);
    // every 7th text also cut at odd offsets (mid-word starts and ends) and re-cased
    if (n % 7 === 0) {
      const k = Math.floor(t.length / 3);
      add(t.slice(k + 1));
      add(t.slice(0, t.length - k - 1));
      add(t.toLowerCase());
      add(t.toUpperCase());
    }
  });
  return [...seen];
}

function hash(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('hex');
}

/** What the gazetteer returns for everything that takes no free text. */
function lookups(): Record<string, unknown> {
  const codes = [...gaz.listRegions().map((r) => r.code), 'RU', 'UA', 'BY', 'XX', '', 'RU-XXX', 'SEA-NONE', 'ru'];
  return {
    version: gaz.GAZETTEER_VERSION,
    regions: gaz.listRegions(),
    officials: gaz.listOfficials(),
    byCode: codes.map((c) => [
      c,
      gaz.regionName(c),
      gaz.countryName(c),
      gaz.isKnownRegion(c),
      gaz.isKnownCountry(c),
      gaz.countryOfRegion(c),
      gaz.capitalOf(c),
      gaz.nameOf(c),
    ]),
  };
}

interface Baseline {
  texts: number;
  textsHash: string;
  lookups: Record<string, unknown>;
  /** Per text: findPlaces, findOfficial, hash of tokenise. */
  outputs: [gaz.PlaceMention[], gaz.Official | null, string][];
}

function record(texts: string[]): Baseline {
  return {
    texts: texts.length,
    textsHash: hash(texts),
    lookups: lookups(),
    outputs: texts.map((t) => [gaz.findPlaces(t), gaz.findOfficial(t), hash(tokenise(t))]),
  };
}

function compare(texts: string[], baselineFile: string): number {
  const base = JSON.parse(readFileSync(baselineFile, 'utf8')) as Baseline;
  // Compare as JSON, the form the baseline was stored in (also checks key order and absent keys).
  const now = JSON.parse(JSON.stringify(record(texts))) as Baseline;
  if (now.textsHash !== base.textsHash) {
    console.error(`text set differs from the baseline's (${now.texts} vs ${base.texts} texts): regenerate it`);
    return 2;
  }
  let bad = 0;
  if (JSON.stringify(now.lookups) !== JSON.stringify(base.lookups)) {
    console.error('lookups differ');
    bad++;
  }
  now.outputs.forEach((o, i) => {
    if (JSON.stringify(o) === JSON.stringify(base.outputs[i])) return;
    if (bad++ < 5)
      console.error(
        `text ${i} differs: ${JSON.stringify(texts[i]!.slice(0, 160))}\n  was ${JSON.stringify(base.outputs[i])}\n  now ${JSON.stringify(o)}`,
      );
  });
  console.log(bad === 0 ? `identical on ${texts.length} texts` : `${bad} differences on ${texts.length} texts`);
  return bad === 0 ? 0 : 1;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function bench(texts: string[], runs: number): void {
  let sink = 0;
  for (const t of texts) sink += gaz.findPlaces(t).length; // warm-up
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    for (const t of texts) sink += gaz.findPlaces(t).length;
    times.push(cpuMs() - t0);
  }
  const chars = texts.reduce((s, t) => s + t.length, 0);
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(runs / 2)]!;
  console.log(
    JSON.stringify({
      texts: texts.length,
      mb: +(chars / 1e6).toFixed(1),
      runs_ms: times.map((t) => Math.round(t)),
      median_ms: Math.round(median),
      mb_per_s: +(chars / 1e3 / median).toFixed(2),
      sink,
    }),
  );
}

function main(): void {
  const { values } = parseArgs({
    options: {
      record: { type: 'string' },
      compare: { type: 'string' },
      bench: { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      generated: { type: 'string', default: '5000' },
    },
  });
  const texts = identityTexts(Number(values.generated));
  if (values.record !== undefined) {
    writeFileSync(values.record, JSON.stringify(record(texts)));
    console.log(`recorded ${texts.length} texts to ${values.record}`);
  }
  if (values.compare !== undefined) process.exitCode = compare(texts, values.compare);
  if (values.bench) bench(texts, Number(values.runs));
}

main();
