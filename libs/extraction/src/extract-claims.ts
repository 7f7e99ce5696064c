/**
 * extractClaims: the interception claims in one article, by rule.
 *
 * Pipeline per article: split sentences; find places once for the whole
 * body; for each sentence that contains an interception word, find counts,
 * decide each count's sense from the word that governs it, place it,
 * attribute it and date it. Then link breakdowns to their totals and drop
 * repeats. Pure and deterministic; never throws (bad input gives []).
 * The rules and the decisions behind them: ../README.md.
 */
import type { Claim, Weapon } from '@skytally/contracts';
import { findPlaces, type PlaceMention } from '@skytally/gazetteer';
import { claimIdOf, identityKey } from './claim-id';
import { findClaimants, type ClaimantMention } from './claimant';
import { findCounts, type Count } from './counts';
import { eventDateOf } from './event-date';
import { WEAPON_HEADS } from './lexicon';
import { locate, placesWithin, type LocateInput } from './locate';
import { governorOf, vetoed, type Governor } from './polarity';
import { segmentsOf, type Segment } from './segments';
import { splitSentences } from './sentences';
import { tokens, type Tok } from './tokens';

export interface ArticleInput {
  articleId: string;
  body: string;
  title?: string | null;
  /** ISO date or date-time. */
  publishedAt?: string | null;
}

export type ExtractedClaim = Claim & { claimId: string; partOf: string | null };

/** Cheap pre-filter: only sentences with one of these are parsed. */
const TRIGGER = /intercept|shot down|shoot(?:s|ing)? down|shootdown|downed|downing|destr(?:oy|uct)|neutrali[sz]|suppress|repel|repuls|(?:brought|bring|brings|taken|took|take|knocked) down|eliminat|jammed/i;
const BREAKDOWN = /\b(?:of these|of them|of those|of which|among them)\b|^\s*(?:of|among)\b|\bof the (?:drones|uavs|missiles|rockets|bombs)\b/i;
const OF_THESE = /^(?:of (?:these|them|those|this number|the total|which)|among (?:them|these)|in addition)\b/i;
const WEAPON_WORD = /\b(drones?|uavs?|shaheds?|missiles?|rockets?|bombs?|aircraft|planes?|jets?|helicopters?)\b/gi;

interface Draft {
  claim: Claim;
  /** Where the count's phrase ends in the body: to find "N missiles and M drones over X". */
  countEnd: number;
  sentence: number;
  partitive: boolean;
  listItem: boolean;
  outOf: boolean;
  firstInSentence: boolean;
  claimantExplicit: boolean;
  partOf: number | null;
  /** Its clause opens with "as well as", "plus": it shares the verb (and the place) of the count before it. */
  alsoOf: boolean;
  /** Country scope only because the text named no place at all (not "over Russia"). */
  unplaced: boolean;
}

const EACH = new Set(['each', 'apiece']);
/** Cheap test before dating a sentence that has no claim. */
const DATE_HINT = /\d|day\b|overnight|tonight|night/i;

export function extractClaims(article: ArticleInput): ExtractedClaim[] {
  try {
    return extract(article);
  } catch {
    return []; // the contract: never throw on any input
  }
}

function extract(article: ArticleInput): ExtractedClaim[] {
  const body = typeof article?.body === 'string' ? article.body : '';
  const articleId = typeof article?.articleId === 'string' && article.articleId.length > 0 ? article.articleId : 'unknown';
  const publishedAt = typeof article?.publishedAt === 'string' ? article.publishedAt : null;
  if (body.length === 0 || !TRIGGER.test(body)) return [];

  const sentences = splitSentences(body);
  // Places and weapon words are looked up lazily: most sentences never need them.
  let articleCountryMemo: string | null | undefined;
  const articleCountryOf = (): string | null => (articleCountryMemo === undefined ? (articleCountryMemo = dominantCountry(findPlaces(body))) : articleCountryMemo);
  let weaponWordsMemo: Array<{ at: number; weapon: Weapon }> | null = null;
  const weaponWords = (): Array<{ at: number; weapon: Weapon }> => (weaponWordsMemo ??= weaponWordsOf(body));
  const drafts: Draft[] = [];
  let last: Draft | null = null;
  let prevSentenceClaimant: ClaimantMention | null = null;
  let articleDate: string | null = null;

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // a breakdown sentence may carry no interception word: "Of these, 29 were over Kursk Oblast"
    const continuesBreakdown = last !== null && si - last.sentence <= 1 && BREAKDOWN.test(s.text);
    if (!TRIGGER.test(s.text) && !continuesBreakdown) {
      prevSentenceClaimant = lastOf(findClaimantsIfAny(s.text, s.start)) ?? prevSentenceClaimant;
      if (drafts.length === 0 && DATE_HINT.test(s.text)) articleDate = eventDateOf(s.text, publishedAt) ?? articleDate;
      continue;
    }
    const toks = tokens(s.text, s.start);
    const counts = findCounts(toks, s.text, s.start);
    const claimants = findClaimants(s.text, s.start);
    if (counts.length === 0) {
      prevSentenceClaimant = lastOf(claimants) ?? prevSentenceClaimant;
      articleDate = eventDateOf(s.text, publishedAt) ?? articleDate;
      continue;
    }
    const sentPlaces = findPlaces(s.text).map((p) => ({ ...p, start: p.start + s.start, end: p.end + s.start }));
    const segs = segmentsOf(s.text, s.start, sentPlaces);
    let prev = null as { gov: Governor; weapon: Weapon | null } | null;
    let claimsHere = 0;

    for (let ci = 0; ci < counts.length; ci++) {
      const c = counts[ci]!;
      if (c.denominator) continue;
      let gov = governorOf(toks, c, counts);
      const partitive = c.partitive || OF_THESE.test(s.text);
      // "…nine intercepted UAVs, while Smolensk Oblast recorded five": a count with no verb of its own takes the sense of the one before
      if ((gov.polarity === 'neutral' || gov.polarity === 'none') && !negatedBefore(toks, c)) {
        if (prev?.gov.polarity === 'claim') gov = prev.gov;
        // "Of these, 29 were over Kursk Oblast": a breakdown of the last claim
        else if (!prev && partitive && last && si - last.sentence <= 1) gov = { polarity: 'claim', at: -1 };
      }
      const countStart = toks[c.from]!.start;
      const weapon: Weapon = c.weapon ?? prev?.weapon ?? lastWeaponBefore(weaponWords(), countStart) ?? 'unknown';
      if (gov.polarity !== 'claim' || vetoed(toks, c, gov, s.text, s.start, weapon)) {
        prev = { gov: { polarity: gov.polarity === 'claim' ? 'other' : gov.polarity, at: gov.at }, weapon: c.weapon ?? prev?.weapon ?? null };
        continue;
      }
      prev = { gov, weapon };

      const explicit = claimantFor(claimants, countStart);
      const carried = !explicit && last && si - last.sentence <= 3 ? last : null;
      const claimantMention = explicit ?? (carried ? null : prevSentenceClaimant);
      const claimantText = explicit?.text ?? carried?.claim.claimant ?? claimantMention?.text ?? null;
      const claimantCountry = explicit?.country ?? claimantMention?.country ?? (carried ? carried.claim.country : null);
      const jurisdiction = explicit?.jurisdiction ?? claimantMention?.jurisdiction ?? null;

      let seg = segs.find((g) => countStart >= g.start && countStart < g.end) ?? { start: s.start, end: s.end, joinedByAnd: false, descriptive: false, afterColon: false };
      // the clause of a count is the clause of its verb: "Four Grad rockets, 21 Vampire rockets and two UAVs were destroyed over Kursk",
      // "The largest share — 14 drones — was intercepted over Tula"
      if (gov.at >= 0 && toks[gov.at]!.start >= seg.end) {
        const vseg = segs.find((g) => toks[gov.at]!.start >= g.start && toks[gov.at]!.start < g.end);
        if (vseg && !vseg.descriptive) seg = { ...seg, end: vseg.end };
      }
      const countEnd = toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end;
      const nextCount = counts[ci + 1];
      const prevCount = counts[ci - 1];
      const hint = claimantCountry ?? sentPlaces.find((p) => p.country && p.kind !== 'demonym')?.country ?? articleCountryOf();
      const base = {
        body, sentenceStart: s.start, sentenceText: s.text, toks, countStart, countEnd,
        prevCountEnd: prevCount ? (toks[prevCount.npTo - 1]?.end ?? 0) : 0,
        nextCountStart: nextCount ? toks[nextCount.from]!.start : Infinity,
        segment: seg, places: sentPlaces, claimants, outOf: c.outOf, countryHint: hint,
        ...(gov.at >= 0 && toks[gov.at]!.start > countStart ? { verbAt: toks[gov.at]!.start } : {}),
      };
      const loc = locate(base);
      let regions = loc.regions;
      if (regions.length === 0 && !c.outOf) regions = fallbackRegions(base, segs, counts, ci, toks, c);
      if (regions.length === 0 && !c.outOf) regions = loc.intro;
      if (regions.length === 0 && !c.outOf) regions = loc.reference;
      if (regions.length === 0 && jurisdiction && !c.outOf && !loc.locCountry) regions = [jurisdiction];
      const scope = regions.length > 0 ? 'region' : 'country';
      const landCountry = regions.map(countryOfRegion).find((x): x is string => x !== null) ?? null;
      const country =
        scope === 'region'
          ? (landCountry ?? claimantCountry ?? loc.locCountry ?? articleCountryOf() ?? 'RU')
          : (loc.locCountry ?? loc.defender ?? invert(c.typeOrigin ?? null) ?? claimantCountry ?? loc.seenCountry ?? invert(c.origin) ?? articleCountryOf());
      if (!country) continue;

      const evStart = seg.start;
      const evEnd = trimEnd(body, seg.start, seg.end);
      let eventDate = eventDateOf(s.text, publishedAt);
      if (!eventDate && carried) eventDate = carried.claim.eventDate;
      // a date written earlier in the article (the lead's "overnight on March 3") dates the claims after it
      if (!eventDate) eventDate = articleDate;
      const claim: Claim = {
        articleId, count: c.value, qualifier: c.qualifier, weapon, scope, regions: scope === 'region' ? regions : [], country,
        claimant: claimantText, eventDate,
        evidence: { text: body.slice(evStart, evEnd), start: evStart, end: evEnd },
      };
      // "three each over the Oryol and Lipetsk regions": one claim per region
      const each = scope === 'region' && regions.length > 1 && EACH.has(toks[c.npTo]?.low ?? '');
      for (const rs of each ? regions.map((r) => [r]) : [regions]) {
        const draft: Draft = {
          claim: each ? { ...claim, regions: rs } : claim, sentence: si, partitive, outOf: c.outOf, countEnd,
          listItem: seg.afterColon || /^(?:including|of which|of them|plus)\b/i.test(body.slice(seg.start, seg.start + 12)) || (c.bare && claimsHere > 0),
          firstInSentence: claimsHere === 0, claimantExplicit: explicit !== null, partOf: null,
          alsoOf: /^(?:as well as|along with|plus|and also|together with)\b/i.test(body.slice(seg.start, seg.start + 14)),
          unplaced: scope === 'country' && !loc.segCountry,
        };
        drafts.push(draft);
        last = draft;
        claimsHere++;
      }
    }
    prevSentenceClaimant = lastOf(claimants) ?? prevSentenceClaimant;
    articleDate = eventDateOf(s.text, publishedAt) ?? articleDate;
  }
  shareCoordinatedPlaces(drafts, body);
  linkParts(drafts);
  return finalise(drafts);
}

function findClaimantsIfAny(text: string, base: number): ClaimantMention[] {
  // claimants named in a sentence without a claim may speak in the next one ("The ministry said. 'Air defences…'")
  return /ministry|governor|mayor|air force|general staff|military|army|Gov\./i.test(text) ? findClaimants(text, base) : [];
}

function lastOf<T>(xs: T[]): T | null {
  return xs.length > 0 ? xs[xs.length - 1]! : null;
}

function claimantFor(claimants: ClaimantMention[], at: number): ClaimantMention | null {
  // the forces that intercepted are the claimant only when no one else is named ("Air defence forces destroyed 9, the governor said")
  const speakers = claimants.filter((c) => !c.actor);
  const pool = speakers.length > 0 ? speakers : claimants;
  let best: ClaimantMention | null = null;
  for (const c of pool) if (c.start < at) best = c;
  return best ?? pool[0] ?? null;
}

function negatedBefore(toks: ReturnType<typeof tokens>, c: Count): boolean {
  const w = toks[c.from - 1]?.low;
  return w === 'not' || w === 'no' || w === 'none';
}

/**
 * When a count's own clause names no place: the clause before it if that
 * clause has no count ("Kyiv: 8 missiles intercepted", "over Kaluga, 8"),
 * else — for a bare or partitive count — the place of the count it refers
 * back to ("fired 15 drones at the Belgorod region; 13 were shot down").
 */
function fallbackRegions(base: LocateInput, segs: Segment[], counts: Count[], ci: number, toks: Tok[], c: Count): string[] {
  const si = segs.findIndex((g) => g.start <= base.countStart && base.countStart < g.end);
  const before = segs[si - 1];
  if (before && !before.descriptive && !counts.some((o) => toks[o.from]!.start >= before.start && toks[o.from]!.start < before.end)) {
    const r = placesWithin(base, before.start, before.end);
    if (r.length > 0) return r;
  }
  const ante = counts[ci - 1];
  if (ante && (c.bare || c.partitive)) {
    const aStart = toks[ante.from]!.start;
    const aSeg = segs.find((g) => g.start <= aStart && aStart < g.end);
    if (aSeg) return placesWithin(base, aSeg.start, aSeg.end);
  }
  return [];
}

/** "shot down 5 missiles and 40 drones over Kursk": counts of different weapons joined by "and" share the place. */
function shareCoordinatedPlaces(drafts: Draft[], body: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (a.sentence !== b.sentence || a.claim.weapon === b.claim.weapon) continue;
    const gap = body.slice(a.countEnd, b.claim.evidence.start <= a.countEnd ? b.countEnd : b.claim.evidence.start);
    if (!/^\s*(?:,\s*)?and\s/.test(gap) && !/^\s*,\s*$/.test(gap) && !b.alsoOf) continue;
    if (a.claim.scope === 'country' && b.claim.scope === 'region' && compatible(a.claim.country, b.claim)) Object.assign(a.claim, { scope: 'region', regions: [...b.claim.regions], country: b.claim.country });
    else if (b.claim.scope === 'country' && a.claim.scope === 'region' && compatible(b.claim.country, a.claim)) Object.assign(b.claim, { scope: 'region', regions: [...a.claim.regions], country: a.claim.country });
  }
}

/** Regions both sides report over (Crimea, Sevastopol and the four oblasts Russia claims): either side's country-scope count may be placed there. */
const CONTESTED = new Set(['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'UA-40']);

function compatible(country: string, placed: Claim): boolean {
  return country === placed.country || placed.regions.every((r) => CONTESTED.has(r) || r.startsWith('SEA-'));
}

function trimEnd(body: string, start: number, end: number): number {
  while (end > start && /[\s,.;:!?]/.test(body[end - 1]!)) end--;
  return end;
}

function countryOfRegion(code: string): string | null {
  return code.startsWith('SEA-') ? null : code.slice(0, 2);
}

function invert(origin: string | null): string | null {
  return origin === 'UA' ? 'RU' : origin === 'RU' ? 'UA' : null;
}

/** The country most places in the article belong to; null when it names none. */
function dominantCountry(places: PlaceMention[]): string | null {
  const tally = new Map<string, number>();
  for (const p of places) if (p.country && p.kind !== 'demonym') tally.set(p.country, (tally.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of tally) if (v > n) [best, n] = [k, v];
  return best;
}

function weaponWordsOf(body: string): Array<{ at: number; weapon: Weapon }> {
  const out: Array<{ at: number; weapon: Weapon }> = [];
  WEAPON_WORD.lastIndex = 0;
  for (let m = WEAPON_WORD.exec(body); m !== null; m = WEAPON_WORD.exec(body)) {
    const w = WEAPON_HEADS.get(m[1]!.toLowerCase());
    if (w) out.push({ at: m.index, weapon: w });
  }
  return out;
}

function lastWeaponBefore(words: Array<{ at: number; weapon: Weapon }>, at: number): Weapon | null {
  let found: Weapon | null = null;
  for (const w of words) {
    if (w.at >= at) break;
    found = w.weapon;
  }
  return found;
}

/** Breakdowns point at their total ("83 intercepted … 64 of these over Bryansk"). */
function linkParts(drafts: Draft[]): void {
  const partsSum = new Map<number, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.outOf) {
      const part = drafts[i - 1];
      if (part && part.sentence === d.sentence && part.claim.count < d.claim.count && part.partOf === null) {
        part.partOf = i;
        partsSum.set(i, part.claim.count);
      }
      continue;
    }
    for (let j = i - 1; j >= 0; j--) {
      const t = drafts[j]!;
      const prev = drafts[i - 1];
      const continues = prev !== undefined && prev.partOf === j && d.sentence - prev.sentence <= 1 && !(d.claimantExplicit && d.claim.claimant !== t.claim.claimant);
      if (d.sentence - t.sentence > 2 && !continues) continue;
      if (d.sentence - t.sentence > 6) break;
      if (t.partOf !== null || t.claim.count <= d.claim.count) continue;
      if (t.claim.weapon !== d.claim.weapon && d.claim.weapon !== 'unknown') continue;
      if (t.claim.scope === 'region' && !d.claim.regions.every((r) => t.claim.regions.includes(r))) continue;
      const sum = partsSum.get(j) ?? 0;
      if (sum + d.claim.count > t.claim.count) continue;
      const sameSentenceList = t.sentence === d.sentence && t.firstInSentence && d.listItem;
      if (d.partitive || (d.listItem && t.sentence === d.sentence) || sameSentenceList || continues) {
        d.partOf = j;
        partsSum.set(j, sum + d.claim.count);
        break;
      }
    }
  }
}

/** Drops repeats (the same identity once; Moscow city and Moscow Oblast for the same count as one) and assigns ids. */
function finalise(drafts: Draft[]): ExtractedClaim[] {
  const keptIndex = new Map<string, number>();
  const alias: number[] = [];
  const kept: number[] = [];
  // "9 drones over Sumy Oblast" … a quote: "We shot down 9 drones": a placeless repeat of a placed count is the same claim
  const placed = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.claim.scope === 'region') placed.set(`${d.claim.country}|${d.claim.count}|${d.claim.weapon}`, i);
  });
  for (let i = 0; i < drafts.length; i++) {
    const c = drafts[i]!.claim;
    const twin = drafts[i]!.unplaced && c.scope === 'country' && drafts[i]!.partOf === null ? placed.get(`${c.country}|${c.count}|${c.weapon}`) : undefined;
    if (twin !== undefined && twin !== i && !drafts.some((o) => o.partOf === i)) {
      alias[i] = twin;
      continue;
    }
    const keys = [identityKey(c)];
    if (c.scope === 'region' && c.regions.length === 1 && (c.regions[0] === 'RU-MOW' || c.regions[0] === 'RU-MOS')) {
      keys.push(identityKey({ ...c, regions: [c.regions[0] === 'RU-MOW' ? 'RU-MOS' : 'RU-MOW'] }));
    }
    const dup = keys.map((k) => keptIndex.get(k)).find((x) => x !== undefined);
    if (dup !== undefined) {
      alias[i] = dup;
      continue;
    }
    alias[i] = i;
    keptIndex.set(keys[0]!, i);
    kept.push(i);
  }
  const ids = new Map<number, string>();
  for (const i of kept) ids.set(i, claimIdOf(drafts[i]!.claim));
  return kept.map((i) => {
    const d = drafts[i]!;
    const target = d.partOf === null ? null : alias[d.partOf]!;
    const partOf = target === null || target === i ? null : (ids.get(target) ?? null);
    return { ...d.claim, claimId: ids.get(i)!, partOf };
  });
}
