/**
 * Leave-one-outlet-out cross-validation, on the dev split only, of the
 * extraction rules that can be switched (libs/extraction/src/rules.ts).
 *
 * For every held-out outlet (a source host), each switchable rule is kept only
 * if it raises F1 on the other outlets' passages (a tie switches it off: a rule
 * must earn its place on outlets it was not written for); the held-out
 * outlet's passages are then scored with the rules so chosen. The pooled
 * held-out P/R/F1 is an estimate of how the choice of rules generalises, to
 * set beside dev F1 (every rule on) — the gap is what the choice overfits.
 * Rules that are not switchable are fixed: they are the same in every fold.
 * The test split is never read here.
 *
 *   npx tsx scripts/eval-extract-cv.ts            per-rule table and the CV figure
 *   npx tsx scripts/eval-extract-cv.ts --folds=kind   four folds by outlet kind (wire, Russian, Ukrainian, other) instead
 *   npx tsx scripts/eval-extract-cv.ts --skip=rg       leave out the passages whose id starts so (a batch kept fresh)
 */
import { join } from 'node:path';
import { RULE_NAMES, withRulesOff, type RuleName } from '../libs/extraction/src/rules';
import {
  addTally,
  newFields,
  predictPassage,
  prf,
  readPassages,
  scorePassage,
  ZERO,
  type RealPassage,
  type Tally,
} from '../libs/extraction/test/score-real';

type Passage = RealPassage;

const dir = join(__dirname, '..', 'tests/fixtures/extract/real/dev');
const skip = process.argv.find((a) => a.startsWith('--skip='))?.slice('--skip='.length);
const passages = readPassages(dir, (f) => !(skip && f.startsWith(skip)));

const byKind = process.argv.includes('--folds=kind');
const WIRE = /reuters|associated press|\bap\b|afp|bloomberg|dpa|efe|xinhua|anadolu/i;
const RUS = /tass|ria|interfax(?!-ukraine)|moscow times|meduza|\brt\b|sputnik|kommersant|izvestia|pravda|russia/i;
const UKR = /ukr|kyiv|unian|censor|nv\b|suspilne|liga|babel/i;

function foldOf(p: Passage): string {
  if (byKind)
    return WIRE.test(p.outlet) ? 'wire' : RUS.test(p.outlet) ? 'russian' : UKR.test(p.outlet) ? 'ukrainian' : 'other';
  try {
    return new URL(p.source?.url ?? '').hostname.replace(/^www\./, '');
  } catch {
    return p.outlet.toLowerCase();
  }
}

/** Per-passage tallies with a set of rules off, cached by the set. */
const cache = new Map<string, Tally[]>();
function tallies(off: RuleName[]): Tally[] {
  const key = [...off].sort().join(',');
  let t = cache.get(key);
  if (!t) {
    t = withRulesOff(off, () =>
      passages.map((p) => {
        const predicted = predictPassage(p);
        return scorePassage(p.gold, predicted, newFields()).tally;
      }),
    );
    cache.set(key, t);
  }
  return t;
}

const sum = (ts: Tally[], keep: (i: number) => boolean): Tally =>
  ts.reduce((acc, t, i) => (keep(i) ? addTally(acc, t) : acc), ZERO);
const f1 = (t: Tally): number => prf(t).f1;

const folds = passages.map(foldOf);
const foldNames = [...new Set(folds)];
const allOn = tallies([]);
const singleOff = new Map(RULE_NAMES.map((r) => [r, tallies([r])]));

let pooled = ZERO;
const kept = new Map<RuleName, number>(RULE_NAMES.map((r) => [r, 0]));
for (const fold of foldNames) {
  const train = (i: number): boolean => folds[i] !== fold;
  const base = f1(sum(allOn, train));
  const off = RULE_NAMES.filter((r) => !(base > f1(sum(singleOff.get(r)!, train))));
  for (const r of RULE_NAMES) if (!off.includes(r)) kept.set(r, kept.get(r)! + 1);
  pooled = addTally(
    pooled,
    sum(tallies(off), (i) => folds[i] === fold),
  );
}

const fmt = (t: Tally): string => {
  const m = prf(t);
  return `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)} (TP ${t.tp} FP ${t.fp} FN ${t.fn})`;
};
console.log(
  `dev: ${passages.length} passages, ${foldNames.length} folds (${byKind ? 'outlet kind' : 'source host'})\n`,
);
console.log(
  `${'rule'.padEnd(24)} ${'devΔF1'.padStart(7)} ${'passages'.padStart(8)} ${'folds'.padStart(6)} ${'kept in'.padStart(9)}`,
);
for (const r of RULE_NAMES) {
  const t = singleOff.get(r)!;
  const changed = t.map((x, i) => (x.tp !== allOn[i]!.tp || x.fp !== allOn[i]!.fp ? i : -1)).filter((i) => i >= 0);
  const hosts = new Set(changed.map((i) => folds[i]));
  const d = f1(sum(allOn, () => true)) - f1(sum(t, () => true));
  console.log(
    `${r.padEnd(24)} ${(d >= 0 ? '+' : '') + d.toFixed(4)} ${String(changed.length).padStart(8)} ${String(hosts.size).padStart(6)} ${`${kept.get(r)}/${foldNames.length}`.padStart(9)}`,
  );
}
console.log(`\ndev, every rule on:            ${fmt(sum(allOn, () => true))}`);
console.log(`dev, every switchable rule off: ${fmt(sum(tallies([...RULE_NAMES]), () => true))}`);
console.log(`CV (held-out outlets, rules chosen on the others): ${fmt(pooled)}`);
