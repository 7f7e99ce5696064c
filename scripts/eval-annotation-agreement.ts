/**
 * How far two annotators agree on the real-news corpus (issue 11): a blind second annotation of a sample of passages
 * (written without the corpus gold or any extractor output; tests/fixtures/extract/real/second-annotation/) against the
 * corpus gold, and the extractor scored against each, on the same passages. It bounds what a score against one
 * annotator can mean: an extractor cannot agree with one annotator much more than a second careful one does.
 *
 *   npx tsx scripts/eval-annotation-agreement.ts                 summary lines (test and dev samples)
 *   npx tsx scripts/eval-annotation-agreement.ts --list=dev      the dev sample's disagreements, passage by passage
 *
 * Agreement of two annotations A and B of one passage: a required claim of either is agreed when the other annotation
 * has a claim (required or optional) whose accepted identities (its place, its `alt` places, the Moscow twin) meet its
 * own. "Recall" is the share of A's required claims B agrees with, "precision" the share of B's; F1 their harmonic mean.
 * Only summary lines are printed for test (its passages are not read while rules change).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  acceptedIdentities,
  addTally,
  identityOf,
  newFields,
  predictPassage,
  prf,
  readPassages,
  scorePassage,
  showClaim,
  ZERO,
  type GoldClaim,
  type RealPassage,
  type Tally,
} from '../libs/extraction/test/score-real';

type Passage = RealPassage;

interface Second {
  id: string;
  gold: GoldClaim[];
}

const ROOT = join(__dirname, '../tests/fixtures/extract/real');
const SECOND = join(ROOT, 'second-annotation');
const listSplit = process.argv.find((a) => a.startsWith('--list='))?.slice('--list='.length);
if (listSplit === 'test') throw new Error('test passages are scored, not listed (issue 11: never read its failures)');

const corpus = new Map<string, Passage>();
for (const split of ['dev', 'test'] as const) for (const p of readPassages(join(ROOT, split))) corpus.set(p.id, p);

const seconds: Second[] = readdirSync(SECOND)
  .filter((n) => n.endsWith('.json'))
  .map((n) => JSON.parse(readFileSync(join(SECOND, n), 'utf8')) as Second);

/**
 * Passages the README's annotation rules name by id (the second annotator read those sections, so a call made there
 * for a named passage was known): their agreement is also given apart.
 */
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const rulesText = readme.slice(readme.indexOf('## Format'), readme.indexOf('## Second-annotation changes'));
const namedInRules = new Set(rulesText.match(/\b[rs][a-z]\d{3}\b/g) ?? []);

/**
 * Required claims of `a` that some claim of `b` (required or optional) accepts the same identity as; `strict` reads
 * only each claim's own place (no `alt`, no Moscow twin) on both sides.
 */
function agreed(a: GoldClaim[], b: GoldClaim[], strict = false): { agreed: number; of: number; lost: GoldClaim[] } {
  const ids = (c: GoldClaim): string[] => (strict ? [identityOf(c)] : acceptedIdentities(c));
  const others = b.map((c) => new Set(ids(c)));
  const seen = new Set<string>();
  const lost: GoldClaim[] = [];
  let n = 0;
  let of = 0;
  for (const c of a.filter((x) => !x.optional)) {
    const own = ids(c);
    if (seen.has(own[0]!)) continue; // one claim per identity in a passage (claims.md, edge case 1)
    seen.add(own[0]!);
    of++;
    if (others.some((o) => own.some((i) => o.has(i)))) n++;
    else lost.push(c);
  }
  return { agreed: n, of, lost };
}

const f3 = (x: number): string => x.toFixed(3);
const harmonic = (a: number, b: number): number => (a + b === 0 ? 0 : (2 * a * b) / (a + b));

const samples: Array<[string, 'dev' | 'test', Second[]]> = (['test', 'dev'] as const).flatMap((split) => {
  const all = seconds.filter((s) => corpus.get(s.id)?.split === split);
  return [
    [split, split, all],
    [`${split} (not named in the rules)`, split, all.filter((s) => !namedInRules.has(s.id))],
  ] as Array<[string, 'dev' | 'test', Second[]]>;
});

for (const [label, split, sample] of samples) {
  if (sample.length === 0) continue;
  let aAgreed = 0;
  let aOf = 0;
  let bAgreed = 0;
  let bOf = 0;
  let vsA: Tally = ZERO;
  let vsB: Tally = ZERO;
  let negativesDiffer = 0;
  let strictA = 0;
  let strictB = 0;
  for (const s of sample) {
    const p = corpus.get(s.id)!;
    const ab = agreed(p.gold, s.gold);
    const ba = agreed(s.gold, p.gold);
    aAgreed += ab.agreed;
    aOf += ab.of;
    strictA += agreed(p.gold, s.gold, true).agreed;
    strictB += agreed(s.gold, p.gold, true).agreed;
    bAgreed += ba.agreed;
    bOf += ba.of;
    if ((p.gold.filter((g) => !g.optional).length === 0) !== (s.gold.filter((g) => !g.optional).length === 0))
      negativesDiffer++;
    const predicted = predictPassage(p);
    vsA = addTally(vsA, scorePassage(p.gold, predicted, newFields()).tally);
    vsB = addTally(vsB, scorePassage(s.gold, predicted, newFields()).tally);
    if (listSplit === split && label === split && (ab.lost.length > 0 || ba.lost.length > 0)) {
      console.log(`[${s.id}]`);
      for (const g of ab.lost) console.log(`  corpus only: ${showClaim(g)}  — ${g.evidence?.slice(0, 140) ?? ''}`);
      for (const g of ba.lost) console.log(`  second only: ${showClaim(g)}  — ${g.evidence?.slice(0, 140) ?? ''}`);
    }
  }
  const r = aAgreed / aOf;
  const pr = bAgreed / bOf;
  const f1 = harmonic(r, pr);
  const a = prf(vsA);
  const b = prf(vsB);
  console.log(
    `${label}: ${sample.length} passages; corpus gold ${aOf} required claims, second annotation ${bOf}; ` +
      `agreement: second finds ${aAgreed}/${aOf} of the corpus's (${f3(r)}), corpus finds ${bAgreed}/${bOf} of the second's (${f3(pr)}), F1 ${f3(f1)}; ` +
      `passages negative in one annotation only: ${negativesDiffer}; ` +
      `own places only (no alt): ${strictA}/${aOf} and ${strictB}/${bOf}, F1 ${f3(harmonic(strictA / aOf, strictB / bOf))}`,
  );
  console.log(
    `${label}: extractor against the corpus gold P ${f3(a.p)} R ${f3(a.r)} F1 ${f3(a.f1)} (TP ${vsA.tp} FP ${vsA.fp} FN ${vsA.fn}); ` +
      `against the second annotation P ${f3(b.p)} R ${f3(b.r)} F1 ${f3(b.f1)} (TP ${vsB.tp} FP ${vsB.fp} FN ${vsB.fn})`,
  );
}
