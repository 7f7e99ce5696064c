/**
 * npm run eval:extract — scores the claim extractor.
 *
 * 1. Every case in tests/fixtures/extract/*.cases.json (hand-written, own
 *    words): precision, recall and F1 per family and overall. A match needs
 *    scope, regions/country, count, weapon and qualifier; claimant and
 *    eventDate are checked where a case gives them.
 * 2. The five seeds against tests/fixtures/seeds/gold.jsonl (identity only).
 *
 * Exits 1 when overall F1 < 0.97, any family < 0.9, field accuracy < 0.9, or
 * the seeds are not exactly the gold claims. `--verbose` lists every miss.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractClaims } from '../libs/extraction/src';
import { add, EMPTY, prf, scoreCase, type EvalCase, type ExpectedClaim, type Tally } from '../libs/extraction/src/score.eval';

const ROOT = join(__dirname, '..');
const verbose = process.argv.includes('--verbose');
const THRESHOLDS = { overallF1: 0.97, familyF1: 0.9, fieldAccuracy: 0.9 };

function loadCases(): EvalCase[] {
  const dir = join(ROOT, 'tests/fixtures/extract');
  const out: EvalCase[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cases.json')).sort()) {
    const data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { cases: EvalCase[] };
    out.push(...data.cases);
  }
  return out;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(6);
}

function row(name: string, t: Tally, n: number | string): string {
  const { p, r, f1 } = prf(t);
  return `${name.padEnd(22)} ${String(n).padStart(5)} ${String(t.tp).padStart(5)} ${String(t.fp).padStart(4)} ${String(t.fn).padStart(4)} ${pct(p)} ${pct(r)} ${pct(f1)}`;
}

function main(): number {
  const failures: string[] = [];
  const cases = loadCases();
  const byFamily = new Map<string, { tally: Tally; n: number }>();
  let overall = EMPTY;
  for (const c of cases) {
    const predicted = extractClaims({ articleId: c.id, body: c.text, publishedAt: c.publishedAt ?? null });
    const res = scoreCase(c.expected, predicted, true);
    const fam = byFamily.get(c.family) ?? { tally: EMPTY, n: 0 };
    byFamily.set(c.family, { tally: add(fam.tally, res.tally), n: fam.n + 1 });
    overall = add(overall, res.tally);
    if (verbose && (res.missed.length || res.extra.length || res.fieldErrors.length)) {
      console.log(`✗ ${c.id}: ${c.text.replace(/\n/g, ' / ')}`);
      for (const m of res.missed) console.log(`    missed ${fmt(m)}`);
      for (const x of res.extra) console.log(`    extra  ${fmt(x)}`);
      for (const f of res.fieldErrors) console.log(`    field  ${f}`);
    }
  }
  console.log(`\nOwn evaluation: ${cases.length} cases\n`);
  console.log(`${'family'.padEnd(22)} ${'cases'.padStart(5)} ${'tp'.padStart(5)} ${'fp'.padStart(4)} ${'fn'.padStart(4)} ${'P%'.padStart(6)} ${'R%'.padStart(6)} ${'F1%'.padStart(6)}`);
  for (const [name, { tally, n }] of [...byFamily].sort()) {
    console.log(row(name, tally, n));
    if (prf(tally).f1 < THRESHOLDS.familyF1) failures.push(`family ${name} F1 ${prf(tally).f1.toFixed(3)} < ${THRESHOLDS.familyF1}`);
  }
  console.log(row('OVERALL', overall, cases.length));
  const fieldAcc = overall.fieldChecks === 0 ? 1 : 1 - overall.fieldErrors / overall.fieldChecks;
  console.log(`claimant/eventDate checks: ${overall.fieldChecks - overall.fieldErrors}/${overall.fieldChecks} correct`);
  if (prf(overall).f1 < THRESHOLDS.overallF1) failures.push(`overall F1 ${prf(overall).f1.toFixed(3)} < ${THRESHOLDS.overallF1}`);
  if (fieldAcc < THRESHOLDS.fieldAccuracy) failures.push(`field accuracy ${fieldAcc.toFixed(3)} < ${THRESHOLDS.fieldAccuracy}`);

  // Seeds against gold (identity only, as claims.md defines it).
  const manifest = JSON.parse(readFileSync(join(ROOT, 'seeds/manifest.json'), 'utf8')) as Array<{ id: string; publishedAt: string | null }>;
  const gold = readFileSync(join(ROOT, 'tests/fixtures/seeds/gold.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as ExpectedClaim & { articleId: string });
  let seeds = EMPTY;
  for (const m of manifest) {
    const body = readFileSync(join(ROOT, 'seeds', `${m.id}.txt`), 'utf8');
    const predicted = extractClaims({ articleId: m.id, body, publishedAt: m.publishedAt });
    const expected = gold.filter((g) => g.articleId === m.id).map(({ claimant: _c, ...rest }) => rest);
    const res = scoreCase(expected, predicted, false);
    seeds = add(seeds, res.tally);
    for (const x of res.missed) failures.push(`seed ${m.id} missed ${fmt(x)}`);
    for (const x of res.extra) failures.push(`seed ${m.id} extra ${fmt(x)}`);
  }
  console.log(`\nSeeds vs gold.jsonl (${gold.length} gold claims)`);
  console.log(row('seeds', seeds, manifest.length));
  if (failures.length) {
    console.log(`\nFAIL\n  ${failures.join('\n  ')}`);
    return 1;
  }
  console.log('\nPASS');
  return 0;
}

function fmt(c: ExpectedClaim): string {
  const where = c.scope === 'region' ? c.regions.join('+') : c.country;
  return `${c.count} ${c.qualifier} ${c.weapon} ${c.scope} ${where}${c.claimant !== undefined ? ` claimant=${c.claimant}` : ''}${c.eventDate !== undefined ? ` date=${c.eventDate}` : ''}`;
}

process.exitCode = main();
