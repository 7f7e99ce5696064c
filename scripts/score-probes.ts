/**
 * Scores the extractor on a file of probe passages that are not corpus files: passages a helper session wrote from
 * fresh real pages, or invented sentences a review wrote against one rule. Each is scored as the corpus is
 * (libs/extraction/test/score-real.ts: identity, `alt` places, `optional` claims), so a round can be read on text no
 * rule was written from, and a rule on against the same rule off.
 *
 *   npx tsx scripts/score-probes.ts FILE               misses and false claims per passage, then the totals
 *   npx tsx scripts/score-probes.ts FILE -q            the totals only
 *   npx tsx scripts/score-probes.ts FILE --off=a,b     the same with rules a and b switched off (libs/extraction/src/rules.ts)
 *
 * FILE is a JSON array of {id, publishedAt, body, title?, negative?, gold[]}: the corpus's passage format
 * (tests/fixtures/extract/real/README.md, "Format") without its bookkeeping fields.
 */
import { readFileSync } from 'node:fs';
import { RULES, withRulesOff, type RuleName } from '../libs/extraction/src/rules';
import {
  addTally,
  newFields,
  predictPassage,
  prf,
  scorePassage,
  showClaim,
  ZERO,
  type RealPassage,
  type Tally,
} from '../libs/extraction/test/score-real';

/** A corpus passage without its bookkeeping fields (outlet, source, split, structures). */
type Probe = Pick<RealPassage, 'id' | 'publishedAt' | 'body' | 'title' | 'negative' | 'gold'>;

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('-'));
if (!file) throw new Error('usage: score-probes.ts FILE [-q] [--off=rule,rule]');
const quiet = args.includes('-q');
const off = (args.find((a) => a.startsWith('--off='))?.slice('--off='.length) ?? '').split(',').filter(Boolean);
for (const r of off) if (!(r in RULES)) throw new Error(`no rule named ${r} (libs/extraction/src/rules.ts)`);

const probes = JSON.parse(readFileSync(file, 'utf8')) as Probe[];
if (!Array.isArray(probes)) throw new Error(`${file}: a JSON array of passages is expected`);

function score(): { total: Tally; falseOnNegatives: number; day: string; claimant: string } {
  let total = ZERO;
  let falseOnNegatives = 0;
  const fields = newFields();
  for (const p of probes) {
    const predicted = predictPassage({ id: p.id, body: p.body, title: p.title, publishedAt: p.publishedAt });
    const s = scorePassage(p.gold, predicted, fields, p.publishedAt.slice(0, 10));
    total = addTally(total, s.tally);
    if (p.negative) falseOnNegatives += s.extra.length;
    if (quiet || (s.missed.length === 0 && s.extra.length === 0)) continue;
    console.log(`--- ${p.id}${p.negative ? ' (negative)' : ''}`);
    for (const m of s.missed) console.log(`  missed ${showClaim(m)}  | ${(m.evidence ?? '').slice(0, 150)}`);
    for (const e of s.extra) console.log(`  false  ${showClaim(e)}  | ${(e.evidence?.text ?? '').slice(0, 150)}`);
  }
  return {
    total,
    falseOnNegatives,
    day: `${fields.day.agree}/${fields.day.checked}`,
    claimant: `${fields.claimant.agree}/${fields.claimant.checked}`,
  };
}

const r = off.length > 0 ? withRulesOff(off as RuleName[], score) : score();
const { p, r: recall, f1 } = prf(r.total);
console.log(
  `${file}${off.length > 0 ? ` (off: ${off.join(', ')})` : ''}: ${probes.length} passages, TP ${r.total.tp} FP ${r.total.fp} FN ${r.total.fn}, ` +
    `P ${p.toFixed(3)} R ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; false claims on negatives ${r.falseOnNegatives}; ` +
    `day counted ${r.day}, claimant ${r.claimant}`,
);
