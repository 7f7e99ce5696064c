/**
 * Scores the extractor on the real-news passages whose id starts with a prefix,
 * e.g. a new batch before any rule is tuned on it (its fresh generalisation figure).
 *
 *   npx tsx scripts/eval-extract-subset.ts rg            # dev and test passages rg*
 *   npx tsx scripts/eval-extract-subset.ts rg --verbose  # plus each dev passage's misses and false claims
 *   npx tsx scripts/eval-extract-subset.ts rg --json
 *
 * Same matching as eval-extract (identity, `alt`, `optional`). Per-passage
 * failures are printed for `dev` only: `test` is scored, never read.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  addTally,
  newFields,
  predictPassage,
  prf,
  scorePassage,
  showClaim,
  ZERO,
  type GoldClaim,
  type Tally,
} from '../libs/extraction/test/score-real';

interface Passage {
  id: string;
  publishedAt: string;
  title?: string | null;
  body: string;
  gold: GoldClaim[];
  negative?: boolean;
}

const SPLITS = ['dev', 'test'] as const;
const ROOT = join(__dirname, '..', 'tests/fixtures/extract/real');

function load(split: string, prefix: string): Passage[] {
  return readdirSync(join(ROOT, split))
    .filter((f) => f.startsWith(prefix) && f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(ROOT, split, f), 'utf8')) as Passage);
}

function main(): number {
  const args = process.argv.slice(2);
  const prefix = args.find((a) => !a.startsWith('-'));
  if (!prefix) {
    console.error('usage: eval-extract-subset.ts PREFIX [--verbose] [--json]');
    return 2;
  }
  const verbose = args.includes('--verbose') || args.includes('-v');
  const summary: Record<string, object> = {};
  for (const split of SPLITS) {
    const passages = load(split, prefix);
    let tally: Tally = ZERO;
    let negatives = 0;
    let negativeFalse = 0;
    for (const p of passages) {
      const score = scorePassage(p.gold, predictPassage(p), newFields());
      tally = addTally(tally, score.tally);
      if (p.negative || p.gold.length === 0) {
        negatives++;
        negativeFalse += score.tally.fp;
      }
      if (verbose && split === 'dev' && (score.missed.length || score.extra.length)) {
        console.log(`[${p.id}] TP ${score.tally.tp} FP ${score.tally.fp} FN ${score.tally.fn}`);
        for (const g of score.missed) console.log(`  FN ${showClaim(g)}  ev: ${g.evidence ?? ''}`);
        for (const x of score.extra) console.log(`  FP ${showClaim(x)}  ev: ${x.evidence?.text ?? ''}`);
      }
    }
    const m = prf(tally);
    summary[split] = { passages: passages.length, ...tally, ...m, negatives, negativeFalse };
    if (!args.includes('--json') && passages.length > 0)
      console.log(
        `${split} ${prefix}*: ${passages.length} passages, gold ${tally.tp + tally.fn}, TP ${tally.tp} FP ${tally.fp} FN ${tally.fn}, P ${m.p.toFixed(3)} R ${m.r.toFixed(3)} F1 ${m.f1.toFixed(3)}; negatives ${negatives}, false claims on them ${negativeFalse}`,
      );
  }
  if (args.includes('--json')) console.log(JSON.stringify(summary, null, 2));
  return 0;
}

process.exitCode = main();
