/**
 * Scores the extractor on one batch of dev passages only (by id prefix), so a
 * batch that has just landed can be measured before any rule is written for it:
 * that "fresh, pre-tuning" figure is an honest estimate of how the rules do on
 * real news they have never seen, to set beside test's summary line.
 *
 *   npx tsx scripts/eval-extract-fresh.ts            the `rg` batch (default)
 *   npx tsx scripts/eval-extract-fresh.ts --prefix=rf
 *   npx tsx scripts/eval-extract-fresh.ts --prefix=ra,rb,rc,rd,re,rf   dev as it was before the batch
 *   npx tsx scripts/eval-extract-fresh.ts --list     one line per passage (tallies only)
 *   npx tsx scripts/eval-extract-fresh.ts --split=test --prefix=rn   a test batch: the summary line only
 *
 * The dev split is read unless --split=test; for test only the totals are printed (never a passage,
 * so --list is refused): rules are not tuned on test. Passages still being written (no body or gold)
 * are counted and skipped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addTally,
  newFields,
  predictPassage,
  prf,
  scorePassage,
  ZERO,
  type GoldClaim,
} from '../libs/extraction/test/score-real';

interface Passage {
  id: string;
  publishedAt: string;
  title?: string;
  body: string;
  gold: GoldClaim[];
  negative?: boolean;
}

const args = process.argv.slice(2);
const prefix = args.find((a) => a.startsWith('--prefix='))?.slice('--prefix='.length) ?? 'rg';
const prefixes = prefix.split(',');
const split = args.find((a) => a.startsWith('--split='))?.slice('--split='.length) ?? 'dev';
if (split !== 'dev' && split !== 'test') throw new Error(`--split must be dev or test, not ${split}`);
const list = args.includes('--list');
if (list && split === 'test') throw new Error('--list is for dev only: test passages are scored as a summary line');
const dir = join(__dirname, '..', 'tests/fixtures/extract/real', split);

let total = ZERO;
let passages = 0;
let skipped = 0;
let negatives = 0;
let negativeFalse = 0;
for (const f of readdirSync(dir)
  .filter((x) => prefixes.some((q) => x.startsWith(q)) && x.endsWith('.json'))
  .sort()) {
  let p: Passage;
  try {
    p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Passage;
    if (typeof p.body !== 'string' || !Array.isArray(p.gold)) throw new Error('incomplete');
  } catch {
    skipped++;
    continue;
  }
  const { tally } = scorePassage(p.gold, predictPassage(p), newFields());
  total = addTally(total, tally);
  passages++;
  // A negative has no gold at all (as tests/unit/extract-corpus.spec.ts holds the corpus to).
  if (p.gold.length === 0) {
    negatives++;
    if (tally.fp > 0) negativeFalse += tally.fp;
  }
  if (list) console.log(`${p.id.padEnd(8)} TP ${tally.tp} FP ${tally.fp} FN ${tally.fn}`);
}
const m = prf(total);
console.log(
  `${split === 'test' ? 'test ' : ''}${prefix}: ${passages} passages (${skipped} incomplete skipped), TP ${total.tp} FP ${total.fp} FN ${total.fn}, ` +
    `P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}; negatives ${negatives}, false claims on them ${negativeFalse}`,
);
