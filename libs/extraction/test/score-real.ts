/**
 * Scoring on whole passages (the real-news corpus tests/fixtures/extract/real/
 * and the hold-out): predicted claims matched to gold by identity as claims.md
 * defines it — scope, sorted regions (region scope) or country (country
 * scope), count, weapon. The qualifier, claimant and eventDate are not part
 * of identity; their agreement on matched claims is counted apart.
 *
 * Gold claims may carry `alt` (other places accepted) and `optional` (neither
 * a miss nor, when predicted, a false positive). Identical gold identities in
 * one passage are one claim. A single Moscow city and a single Moscow Oblast
 * claim of the same count and weapon match each other (claims.md: either code
 * is accepted where the text cannot tell them apart).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultClaimantKey } from '@skytally/aggregation';
import { normaliseBody } from '@skytally/text';
import { extractClaims } from '../src';

export interface GoldPlace {
  scope: 'region' | 'country';
  regions: string[];
  country?: string | null;
}

export interface GoldClaim extends GoldPlace {
  count: number;
  qualifier?: string;
  weapon: string;
  country: string | null;
  claimant?: string | null;
  eventDate?: string | null;
  alt?: GoldPlace[];
  optional?: boolean;
  note?: string;
  evidence?: string;
}

/** A passage of tests/fixtures/extract/real as its JSON file holds it (the fields the scripts read). */
export interface RealPassage {
  id: string;
  split?: 'dev' | 'test';
  outlet: string;
  source?: { url?: string };
  publishedAt: string;
  title?: string;
  body: string;
  negative?: boolean;
  structures?: string[];
  gold: GoldClaim[];
}

/** The passages of one folder of the corpus, in file-name order (`keep` filters the file names). */
export function readPassages(dir: string, keep: (file: string) => boolean = () => true): RealPassage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && keep(f))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as RealPassage);
}

export interface PredictedClaim {
  count: number;
  qualifier: string;
  weapon: string;
  scope: 'region' | 'country';
  regions: string[];
  country: string | null;
  claimant: string | null;
  eventDate: string | null;
  evidence?: { text: string; start: number; end: number };
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface FieldAgreement {
  checked: number;
  agree: number;
}

/**
 * `day`: the day a matched claim is counted on in the aggregate's windows — its eventDate, else the article's
 * publication day (libs/aggregation's toClaimRecords) — against the same for the gold claim (a gold `eventDate: null`
 * says the text gives no date, so the publication day); on gold claims that carry an `eventDate` at all, and only when
 * the caller gives the publication day.
 */
export type Fields = Record<'qualifier' | 'claimant' | 'eventDate' | 'day', FieldAgreement>;

export interface PassageScore {
  tally: Tally;
  missed: GoldClaim[];
  extra: PredictedClaim[];
  optionalHit: number;
  fieldIssues: string[];
}

export const ZERO: Tally = { tp: 0, fp: 0, fn: 0 };

export function newFields(): Fields {
  return {
    qualifier: { checked: 0, agree: 0 },
    claimant: { checked: 0, agree: 0 },
    eventDate: { checked: 0, agree: 0 },
    day: { checked: 0, agree: 0 },
  };
}

export function addTally(a: Tally, b: Tally): Tally {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function prf(t: Tally): { p: number; r: number; f1: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function whereKey(p: GoldPlace): string {
  return p.scope === 'region' ? `region|${[...p.regions].sort().join(',')}` : `country|${p.country ?? ''}`;
}

export function identityOf(c: GoldPlace & { count: number; weapon: string }): string {
  return `${whereKey(c)}|${c.count}|${c.weapon}`;
}

function moscowTwin(c: GoldPlace & { count: number; weapon: string }): string | null {
  if (c.scope !== 'region' || c.regions.length !== 1) return null;
  const r = c.regions[0];
  if (r !== 'RU-MOW' && r !== 'RU-MOS') return null;
  return identityOf({ ...c, regions: [r === 'RU-MOW' ? 'RU-MOS' : 'RU-MOW'] });
}

/** Every identity a gold claim accepts: its own place, its `alt` places, and the Moscow twin of each. */
export function acceptedIdentities(g: GoldClaim): string[] {
  const places: GoldPlace[] = [g, ...(g.alt ?? []).map((a) => ({ ...a, country: a.country ?? g.country }))];
  const out: string[] = [];
  for (const p of places) {
    const c = { ...p, count: g.count, weapon: g.weapon };
    out.push(identityOf(c));
    const twin = moscowTwin(c);
    if (twin) out.push(twin);
  }
  return out;
}

const normClaimant = (s: string | null | undefined): string =>
  (s ?? '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s\b/g, '')
    .replace(/\bdefen[cs]e\b/g, 'defence')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Loose claimant agreement: equal after normalisation, or one contains the other ("Sobyanin" / "Sergei Sobyanin"); or
 * the same after the folding the aggregate counts `byClaimant` under (`defaultClaimantKey`: "Russian Ministry of
 * Defense" and "the Russian Defence Ministry" are one bucket there, so one claimant to the user), or one such key within
 * the other ("the MOD" / "Russian Defense Ministry", as "Defence Ministry" / "Russian Defence Ministry" above).
 */
export function sameClaimant(gold: string | null | undefined, pred: string | null): boolean {
  const a = normClaimant(gold);
  const b = normClaimant(pred);
  if (a === b) return true;
  if (!a || !b) return false;
  if (a.includes(b) || b.includes(a)) return true;
  const fa = defaultClaimantKey(gold ?? null);
  const fb = defaultClaimantKey(pred);
  return fa.includes(fb) || fb.includes(fa);
}

export function showClaim(c: {
  count: number;
  qualifier?: string;
  weapon: string;
  scope: string;
  regions: string[];
  country: string | null;
}): string {
  const where = c.scope === 'region' ? c.regions.join('+') : `country ${c.country}`;
  const q = c.qualifier && c.qualifier !== 'exact' ? ` (${c.qualifier})` : '';
  return `${c.count}${q} ${c.weapon} @ ${where}`;
}

export function scorePassage(
  goldIn: GoldClaim[],
  predicted: PredictedClaim[],
  fields: Fields,
  /** The article's publication day (`YYYY-MM-DD`), for `fields.day`; none, no `day` counted. */
  publishedDay: string | null = null,
): PassageScore {
  const seen = new Set<string>();
  const gold = goldIn.filter((g) => {
    const k = identityOf(g);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const required = gold.filter((g) => !g.optional);
  const optional = gold.filter((g) => g.optional);
  const used = new Set<number>();
  const matched = new Map<GoldClaim, number>();
  // pass 1: the primary identity; pass 2: accepted alternatives
  for (const pass of [0, 1]) {
    for (const g of required) {
      if (matched.has(g)) continue;
      const keys = pass === 0 ? [identityOf(g)] : acceptedIdentities(g);
      const idx = predicted.findIndex((p, i) => !used.has(i) && keys.includes(identityOf(p)));
      if (idx >= 0) {
        used.add(idx);
        matched.set(g, idx);
      }
    }
  }
  let optionalHit = 0;
  for (const g of optional) {
    const keys = acceptedIdentities(g);
    const idx = predicted.findIndex((p, i) => !used.has(i) && keys.includes(identityOf(p)));
    if (idx >= 0) {
      used.add(idx);
      optionalHit++;
    }
  }
  // predicted repeats of an identity already matched are the same claim, not a false one
  const matchedKeys = new Set([...used].map((i) => identityOf(predicted[i]!)));
  const fieldIssues: string[] = [];
  for (const [g, idx] of matched) {
    const p = predicted[idx]!;
    if (g.qualifier !== undefined) {
      fields.qualifier.checked++;
      if (g.qualifier === p.qualifier) fields.qualifier.agree++;
      else fieldIssues.push(`${showClaim(g)}: qualifier ${p.qualifier} ≠ ${g.qualifier}`);
    }
    if (g.claimant !== undefined && g.claimant !== null) {
      fields.claimant.checked++;
      if (sameClaimant(g.claimant, p.claimant)) fields.claimant.agree++;
      else fieldIssues.push(`${showClaim(g)}: claimant ${JSON.stringify(p.claimant)} ≠ ${JSON.stringify(g.claimant)}`);
    }
    if (g.eventDate !== undefined && publishedDay !== null) {
      fields.day.checked++;
      if ((g.eventDate ?? publishedDay) === (p.eventDate ?? publishedDay)) fields.day.agree++;
    }
    if (g.eventDate !== undefined && g.eventDate !== null) {
      fields.eventDate.checked++;
      if (g.eventDate === p.eventDate) fields.eventDate.agree++;
      else fieldIssues.push(`${showClaim(g)}: eventDate ${p.eventDate} ≠ ${g.eventDate}`);
    }
  }
  const missed = required.filter((g) => !matched.has(g));
  const extra = predicted.filter((p, i) => !used.has(i) && !matchedKeys.has(identityOf(p)));
  return { tally: { tp: matched.size, fp: extra.length, fn: missed.length }, missed, extra, optionalHit, fieldIssues };
}

/** The extractor's claims on one passage, as the scorer reads them (a bug in the extractor throws, and the eval stops). */
export function predictPassage(p: {
  id: string;
  body: string;
  title?: string | null;
  publishedAt: string | null;
}): PredictedClaim[] {
  // (the body as ingest stores it, which the extract service reads: references decoded, markup read as text, spaces
  // folded; session 37)
  return extractClaims({
    articleId: p.id,
    body: normaliseBody(p.body),
    title: p.title ?? null,
    publishedAt: p.publishedAt,
  });
}
