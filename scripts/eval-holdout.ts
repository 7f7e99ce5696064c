/**
 * npx tsx scripts/eval-holdout.ts [--verbose] [--article=h07] [--json]
 *
 * Scores the claim extractor on the blind hold-out set in
 * tests/fixtures/extract/holdout/*.json: full news-style articles written
 * independently of the extractor's rules and its own cases, annotated by
 * shared/spec/claims.md (and the extraction README's decisions where claims.md
 * is silent).
 *
 * Matching is by claim identity as claims.md defines it: scope, sorted regions
 * (region scope) or country (country scope), count and weapon. The qualifier,
 * claimant and eventDate are NOT part of identity; their agreement on matched
 * claims is reported separately. Gold claims may carry:
 *   - `alt`: other places accepted for the same claim (e.g. RU-MOS for an
 *     ambiguous Moscow, or country scope where the place is arguable);
 *   - `optional`: arguable claims — not counted as misses, and a predicted claim
 *     matching one is not a false positive.
 * Identical gold identities within one article are one claim (claims.md: a
 * repeated statement is one claim).
 *
 * This is a measurement, not a gate: it exits 0 whatever the scores.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
// One namespace for the scoring helpers shared with eval-extract (matching rules live in score-real).
import * as real from '../libs/extraction/test/score-real';
import type { Fields, GoldClaim, PredictedClaim, Tally } from '../libs/extraction/test/score-real';

interface Article {
  id: string;
  style: string;
  outlet: string;
  publishedAt: string;
  title?: string;
  body: string;
  gold: GoldClaim[];
  notes?: string;
}

const DIR = join(__dirname, '..', 'tests', 'fixtures', 'extract', 'holdout');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const asJson = args.includes('--json');
const only = args.find((a) => a.startsWith('--article='))?.slice('--article='.length);

/** Why a missed gold claim and a stray prediction probably belong together. */
function nearMiss(g: GoldClaim, p: PredictedClaim): string | null {
  const where = real.identityOf({ ...p, count: 0, weapon: '' }).replace(/\|0\|$/, '|');
  const sameWhere = real.acceptedIdentities(g).some((k) => k.startsWith(where));
  if (g.count === p.count && g.weapon === p.weapon && !sameWhere) return 'place differs';
  if (g.count === p.count && g.weapon !== p.weapon && sameWhere) return 'weapon differs';
  if (g.count !== p.count && g.weapon === p.weapon && sameWhere) return 'count differs';
  return null;
}

function pct(x: number): string {
  return (100 * x).toFixed(1).padStart(5);
}

function loadArticles(): Article[] {
  const files = readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const out: Article[] = [];
  for (const f of files) {
    const a = JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Article;
    for (const g of a.gold) {
      const sorted = [...g.regions].sort();
      if (sorted.join() !== g.regions.join())
        console.warn(`warning: ${a.id}: regions not sorted in gold ${real.showClaim(g)}`);
      if ((g.scope === 'region') !== g.regions.length > 0)
        console.warn(`warning: ${a.id}: scope/regions mismatch in gold ${real.showClaim(g)}`);
    }
    out.push(a);
  }
  return out;
}

interface ArticleResult {
  id: string;
  style: string;
  outlet: string;
  tally: Tally;
  fn: GoldClaim[];
  fp: PredictedClaim[];
  optionalHit: number;
  fieldIssues: string[];
}

function scoreArticle(a: Article, predicted: PredictedClaim[], fields: Fields): ArticleResult {
  const r = real.scorePassage(a.gold, predicted, fields);
  return {
    id: a.id,
    style: a.style,
    outlet: a.outlet,
    tally: r.tally,
    fn: r.missed,
    fp: r.extra,
    optionalHit: r.optionalHit,
    fieldIssues: r.fieldIssues,
  };
}

function main(): void {
  const articles = loadArticles().filter((a) => !only || a.id === only);
  const fields = real.newFields();
  const results: ArticleResult[] = [];
  const bodies = new Map<string, string>();
  for (const a of articles) {
    bodies.set(a.id, a.body);
    // the hold-out is scored on bodies alone, as it always was (its titles are not passed)
    const predicted = real.predictPassage({ id: a.id, body: a.body, publishedAt: a.publishedAt });
    results.push(scoreArticle(a, predicted, fields));
  }

  let total: Tally = real.ZERO;
  const byStyle = new Map<string, { tally: Tally; n: number; noClaim: number }>();
  for (const r of results) {
    total = real.addTally(total, r.tally);
    const s = byStyle.get(r.style) ?? { tally: real.ZERO, n: 0, noClaim: 0 };
    s.tally = real.addTally(s.tally, r.tally);
    s.n++;
    if (r.tally.tp + r.tally.fn === 0) s.noClaim++;
    byStyle.set(r.style, s);
  }
  const o = real.prf(total);

  if (asJson) {
    const styles = Object.fromEntries(
      [...byStyle].map(([k, v]) => [k, { ...v.tally, ...real.prf(v.tally), articles: v.n }]),
    );
    console.log(JSON.stringify({ articles: results.length, ...total, ...o, styles, fields }, null, 2));
    return;
  }

  console.log(
    `Hold-out: ${results.length} articles, ${total.tp + total.fn} gold claims (optional excluded), ${total.tp + total.fp} scored predictions\n`,
  );
  console.log('style          arts  gold   TP   FP   FN      P      R     F1');
  for (const [style, s] of [...byStyle].sort()) {
    const m = real.prf(s.tally);
    console.log(
      `${style.padEnd(14)} ${String(s.n).padStart(4)} ${String(s.tally.tp + s.tally.fn).padStart(5)} ${String(s.tally.tp).padStart(4)} ${String(s.tally.fp).padStart(4)} ${String(s.tally.fn).padStart(4)}  ${pct(m.p)}  ${pct(m.r)}  ${pct(m.f1)}`,
    );
  }
  console.log(
    `${'OVERALL'.padEnd(14)} ${String(results.length).padStart(4)} ${String(total.tp + total.fn).padStart(5)} ${String(total.tp).padStart(4)} ${String(total.fp).padStart(4)} ${String(total.fn).padStart(4)}  ${pct(o.p)}  ${pct(o.r)}  ${pct(o.f1)}`,
  );
  const noClaim = results.filter((r) => r.tally.tp + r.tally.fn === 0);
  console.log(
    `\nArticles with no gold claims: ${noClaim.length}, of which clean (no FP): ${noClaim.filter((r) => r.tally.fp === 0).length}`,
  );
  console.log(
    'Articles fully correct (no FP, no FN):',
    results.filter((r) => r.tally.fp === 0 && r.tally.fn === 0).length,
    '/',
    results.length,
  );
  console.log('\nOn matched claims (not part of identity):');
  for (const [k, f] of Object.entries(fields))
    console.log(`  ${k.padEnd(10)} ${f.agree}/${f.checked} agree (${f.checked ? pct(f.agree / f.checked) : '  n/a'}%)`);

  if (!verbose) {
    console.log('\n(--verbose lists every false positive and false negative with its evidence sentence)');
    return;
  }
  console.log('\n=== Errors by article ===');
  for (const r of results) {
    if (r.fn.length === 0 && r.fp.length === 0 && r.fieldIssues.length === 0) continue;
    const m = real.prf(r.tally);
    console.log(
      `\n[${r.id}] ${r.style} / ${r.outlet}  TP ${r.tally.tp} FP ${r.tally.fp} FN ${r.tally.fn}  F1 ${pct(m.f1)}`,
    );
    for (const g of r.fn) {
      const near = r.fp.map((p) => [p, nearMiss(g, p)] as const).find(([, why]) => why);
      const hint = near ? `   ~ near-miss: predicted ${real.showClaim(near[0])} (${near[1]})` : '';
      console.log(`  FN  ${real.showClaim(g)}  [claimant ${JSON.stringify(g.claimant ?? null)}]${hint}`);
      if (g.note) console.log(`      note: ${g.note}`);
      console.log(`      ev: ${g.evidence ?? '(no evidence recorded)'}`);
    }
    for (const p of r.fp) {
      console.log(`  FP  ${real.showClaim(p)}  [claimant ${JSON.stringify(p.claimant)}]`);
      const ev = p.evidence ? p.evidence.text : '(no evidence)';
      console.log(`      ev: ${ev}`);
    }
    for (const f of r.fieldIssues) console.log(`  field  ${f}`);
  }
}

main();
process.exitCode = 0;
