/**
 * Scoring for the extractor's evaluation (scripts/eval-extract.ts and the
 * table test): matches predicted claims to expected ones by identity —
 * scope, sorted regions (or country), count, weapon — plus, in strict mode,
 * the qualifier. A Moscow city claim matches a Moscow Oblast one with the
 * same count and weapon (claims.md: either is accepted).
 */
import type { Claim } from '@skytally/contracts';

export type ExpectedClaim = Pick<Claim, 'count' | 'qualifier' | 'weapon' | 'scope' | 'regions' | 'country'> & {
  claimant?: string | null;
  eventDate?: string | null;
};

export interface EvalCase {
  id: string;
  family: string;
  text: string;
  publishedAt?: string | null;
  expected: ExpectedClaim[];
  /** A case the rules do not meet yet, and why: scored by eval:extract, skipped by the table test. */
  knownGap?: string;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  fieldChecks: number;
  fieldErrors: number;
}

export interface CaseResult {
  tally: Tally;
  missed: ExpectedClaim[];
  extra: Claim[];
  fieldErrors: string[];
}

type Identity = Pick<Claim, 'count' | 'qualifier' | 'weapon' | 'scope' | 'regions' | 'country'>;

export function keyOf(c: Identity, strict: boolean, swapMoscow = false): string {
  let regions = [...c.regions].sort();
  if (swapMoscow && regions.length === 1)
    regions = regions.map((r) => (r === 'RU-MOW' ? 'RU-MOS' : r === 'RU-MOS' ? 'RU-MOW' : r));
  const where = c.scope === 'region' ? regions.join(',') : c.country;
  return `${c.scope}|${where}|${c.count}|${c.weapon}${strict ? `|${c.qualifier}` : ''}`;
}

export function scoreCase(expected: ExpectedClaim[], predicted: Claim[], strict: boolean): CaseResult {
  const used = new Set<number>();
  const missed: ExpectedClaim[] = [];
  const fieldErrors: string[] = [];
  let tp = 0;
  let fieldChecks = 0;
  for (const e of expected) {
    const k = keyOf(e, strict);
    const ks = keyOf(e, strict, true);
    let idx = predicted.findIndex((p, i) => !used.has(i) && keyOf(p, strict) === k);
    if (idx < 0) idx = predicted.findIndex((p, i) => !used.has(i) && keyOf(p, strict) === ks);
    if (idx < 0) {
      missed.push(e);
      continue;
    }
    used.add(idx);
    tp++;
    const p = predicted[idx]!;
    if (e.claimant !== undefined) {
      fieldChecks++;
      if (!sameClaimant(e.claimant, p.claimant))
        fieldErrors.push(`claimant ${JSON.stringify(p.claimant)} ≠ ${JSON.stringify(e.claimant)}`);
    }
    if (e.eventDate !== undefined) {
      fieldChecks++;
      if (e.eventDate !== p.eventDate) fieldErrors.push(`eventDate ${p.eventDate} ≠ ${e.eventDate}`);
    }
  }
  const extra = predicted.filter((_, i) => !used.has(i));
  return {
    tally: { tp, fp: extra.length, fn: missed.length, fieldChecks, fieldErrors: fieldErrors.length },
    missed,
    extra,
    fieldErrors,
  };
}

/** Claimants are compared loosely: case, a leading "the", and possessives do not matter. */
function sameClaimant(a: string | null, b: string | null): boolean {
  const norm = (s: string | null): string | null =>
    s === null
      ? null
      : s
          .toLowerCase()
          .replace(/^the\s+/, '')
          .replace(/['’]s\b/g, '')
          .replace(/\s+/g, ' ')
          .trim();
  return norm(a) === norm(b);
}

export function add(a: Tally, b: Tally): Tally {
  return {
    tp: a.tp + b.tp,
    fp: a.fp + b.fp,
    fn: a.fn + b.fn,
    fieldChecks: a.fieldChecks + b.fieldChecks,
    fieldErrors: a.fieldErrors + b.fieldErrors,
  };
}

export const EMPTY: Tally = { tp: 0, fp: 0, fn: 0, fieldChecks: 0, fieldErrors: 0 };

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
