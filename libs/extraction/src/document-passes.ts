/**
 * The document passes of extractClaims: after every sentence has given its drafts, these read the article as a whole —
 * counts paired with places listed "respectively", places shared by coordinated counts, headline totals and their
 * rounded or partial restatements, parts that inherit their total's place, breakdowns linked to their totals, definite
 * singulars and debris kept only where nothing else counts them — and `finalise` merges the repeats into claims.
 * ../README.md has the rules and the decisions behind them.
 */
import type { Claim } from '@skytally/contracts';
import { findOfficial, findPlaces } from '@skytally/gazetteer';
import { claimIdOf, identityKey } from './claim-id';
import { moreParticular } from './claimant';
import type { Draft, ExtractedClaim } from './draft';
import { referencePoint } from './locate';
import { CONTESTED, compatible, countryOfRegion } from './region-country';
import { RULES } from './rules';
import { QUOTE_OPEN, type Span } from './sentences';
/** "shot down 5 missiles and 40 drones over Kursk": counts of different weapons joined by "and" share the place. */
const RESPECTIVELY = /\brespectively\b/i;

/**
 * "…in the Bryansk and Kaluga regions, with 44 and 13 drones destroyed respectively": counts listed after as many
 * places pair with them in order; "3 over the Belgorod and Astrakhan provinces respectively": one count over several
 * places is one claim per place (as "each").
 */
export function respectively(drafts: Draft[], sentences: Span[]): void {
  // only a sentence with a claim has counts to pair (`here` below): the others are not read for the word at all
  // (splitting a draft below keeps its sentence, so this set stays true through the loop)
  const claimed = new Set(drafts.map((d) => d.sentence));
  for (let si = 0; si < sentences.length; si++) {
    if (!claimed.has(si)) continue;
    const s = sentences[si]!;
    const m = RESPECTIVELY.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    const here = drafts
      .map((d, i) => ({ d, i }))
      .filter(({ d }) => d.sentence === si && d.countStart !== undefined && d.countEnd <= at + 1);
    if (here.length === 0) continue;
    const places = findPlaces(s.text)
      .filter((p) => (p.kind === 'region' || p.kind === 'place' || p.kind === 'sea') && s.start + p.start < at)
      .map((p) => ({ code: p.code, start: s.start + p.start }));
    const lastD = here[here.length - 1]!;
    if (countsThenPlaces(here, s)) continue;
    // the counts after the last place named before "respectively", joined by commas and "and"
    const lastPlace = places.length ? places[places.length - 1]!.start : -1;
    const tail = here.filter(({ d }) => d.countStart! > lastPlace);
    if (tail.length >= 2 && tail.every(({ d }) => d.claim.weapon === tail[0]!.d.claim.weapon)) {
      const before = places.filter((p) => p.start > (here[here.length - tail.length - 1]?.d.countEnd ?? -1));
      const codes: string[] = [];
      for (const p of before) if (!codes.includes(p.code)) codes.push(p.code);
      if (codes.length !== tail.length) continue;
      tail.forEach(({ d }, k) => {
        const code = codes[k]!;
        const country = countryOfRegion(code) ?? d.claim.country;
        Object.assign(d.claim, { scope: 'region', regions: [code], country });
        d.unplaced = false;
        d.restated = true;
      });
      continue;
    }
    // one count whose own places are several, the last count before "respectively"
    const d = lastD.d;
    if (d.claim.scope !== 'region' || d.claim.regions.length < 2) continue;
    if (places.filter((p) => p.start > d.countEnd).length < 2) continue;
    const copies = d.claim.regions.map((r) => ({ ...d, claim: { ...d.claim, regions: [r] } }));
    drafts.splice(lastD.i, 1, ...copies);
  }
}

/** Between two counts of one list: a comma or "and", a few words at most ("12 drones and 3 missiles", "four and two"). */
const LIST_GAP = /^[^.;:\d]{0,30}$/;
const LIST_JOIN = /(?:,|\band\b)/;

/**
 * "four and two drones respectively were brought down over the Kursk and Belgorod regions", "12 drones and 3 missiles
 * over A and B respectively": a list of counts before a list of as many places pairs with them in order; true when done.
 */
function countsThenPlaces(here: Array<{ d: Draft; i: number }>, s: Span): boolean {
  // the counts listed together at the end of the sentence's counts before "respectively"
  let first = here.length - 1;
  while (first > 0) {
    const gap = s.text.slice(here[first - 1]!.d.countEnd - s.start, (here[first]!.d.countStart ?? 0) - s.start);
    if (!LIST_GAP.test(gap) || !LIST_JOIN.test(gap) || findPlaces(gap).length > 0) break;
    first--;
  }
  const list = here.slice(first);
  if (list.length < 2) return false;
  const from = list[list.length - 1]!.d.countEnd - s.start;
  const codes: string[] = [];
  for (const p of findPlaces(s.text))
    if (
      p.start >= from &&
      (p.kind === 'region' || p.kind === 'place' || p.kind === 'sea') &&
      !referencePoint(s.text, p.start) &&
      !codes.includes(p.code)
    )
      codes.push(p.code);
  if (codes.length !== list.length) return false;
  list.forEach(({ d }, k) => {
    const code = codes[k]!;
    Object.assign(d.claim, { scope: 'region', regions: [code], country: countryOfRegion(code) ?? d.claim.country });
    d.unplaced = false;
    d.restated = true;
  });
  return true;
}

export function shareCoordinatedPlaces(drafts: Draft[], body: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (!coordinated(a, b, body)) continue;
    if (a.claim.scope === 'country' && b.claim.scope === 'region' && compatible(a.claim.country, b.claim))
      Object.assign(a.claim, { scope: 'region', regions: [...b.claim.regions], country: b.claim.country });
    else if (b.claim.scope === 'country' && a.claim.scope === 'region' && compatible(b.claim.country, a.claim))
      Object.assign(b.claim, { scope: 'region', regions: [...a.claim.regions], country: a.claim.country });
  }
  // "had shot down 13 Ukrainian drones over the Belgorod region that day and intercepted 9 rockets": a second verb phrase
  // of the same subject, with no place of its own, was where the first's place is (rule coordinatedVerbPlace)
  if (RULES.coordinatedVerbPlace)
    for (let i = 0; i + 1 < drafts.length; i++) {
      const a = drafts[i]!;
      const b = drafts[i + 1]!;
      if (a.sentence !== b.sentence || a.restated || b.restated || b.partitive || b.countStart === undefined) continue;
      if (a.claim.scope !== 'region' || b.claim.scope !== 'country' || !compatible(b.claim.country, a.claim)) continue;
      if (!PLACE_THEN_VERB.test(body.slice(a.countEnd, b.countStart))) continue;
      Object.assign(b.claim, { scope: 'region', regions: [...a.claim.regions], country: a.claim.country });
    }
  // "Five UAVs were destroyed and two were intercepted over the territory of the Republic of Crimea": a count with its
  // own passive downing and no place, then "and N were …" placed, is over that place too (rule passivePairPlace)
  if (RULES.passivePairPlace)
    for (let i = 0; i + 1 < drafts.length; i++) {
      const a = drafts[i]!;
      const b = drafts[i + 1]!;
      if (a.sentence !== b.sentence || a.restated || b.restated || b.partitive || b.countStart === undefined) continue;
      if (a.claim.scope !== 'country' || b.claim.scope !== 'region' || !compatible(a.claim.country, b.claim)) continue;
      if (a.claim.weapon !== b.claim.weapon || !PASSIVE_THEN_AND.test(body.slice(a.countEnd, b.countStart))) continue;
      if (!OWN_PASSIVE_THEN_PLACE.test(body.slice(b.countEnd, b.countEnd + 60))) continue;
      Object.assign(a.claim, { scope: 'region', regions: [...b.claim.regions], country: b.claim.country });
    }
  // "destroyed four drones, two missiles and a Tochka-U missile over the Belgorod region": the place after a list of
  // counts is every item's, back to the first (the pass above moves it one item; rule listSharesPlace)
  // (only from the sentence's last count, whose place closes the list: not a part after it, "…, including 20 drones over
  // Kharkiv", "…, 7 of them over Bryansk"; review)
  if (!RULES.listSharesPlace) return;
  for (let last = drafts.length - 1; last > 0; last--) {
    if (last + 1 < drafts.length && drafts[last + 1]!.sentence === drafts[last]!.sentence) continue;
    if (drafts[last]!.claim.scope !== 'region') continue;
    for (let i = last - 1; i >= 0; i--) {
      const a = drafts[i]!;
      const b = drafts[i + 1]!;
      if (!coordinated(a, b, body) || b.claim.scope !== 'region') break;
      if (a.claim.scope === 'country' && compatible(a.claim.country, b.claim))
        Object.assign(a.claim, { scope: 'region', regions: [...b.claim.regions], country: b.claim.country });
    }
  }
}

/** Between two counts: the first's place, then "and" and the second's own downing verb (rule coordinatedVerbPlace). */
const PLACE_THEN_VERB =
  /^(?:\s+(?:of|from)\s+(?:Ukraine|Russia))?\s+(?:over|in|above)\s+(?:the\s+)?[^,.;:()]{1,60}?\s+and\s+(?:(?:also|then|later)\s+)?(?:intercepted|destroyed|downed|neutrali[sz]ed|(?:shot|brought)\s+down)\s+(?:a\s+total\s+of\s+)?$/i;

/** A passive downing ("were shot down", "had been intercepted and destroyed"), its verbs `verbs` or a phrasal one. */
const passiveDowning = (verbs: string): string =>
  String.raw`(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?(?:(?:intercepted|detected)\s+and\s+)?(?:${verbs}|(?:shot|brought)\s+down)`;
const DOWNED_PARTICIPLES = 'intercepted|destroyed|downed|neutrali[sz]ed|eliminated|suppressed';
/** Between two counts: the first's own passive downing, then "and" (rule passivePairPlace). */
const PASSIVE_THEN_AND = new RegExp(String.raw`^\s+${passiveDowning(DOWNED_PARTICIPLES)}\s+and\s+$`, 'i');
/** After the second count: its own passive downing, then straight to its place (rule passivePairPlace). */
const OWN_PASSIVE_THEN_PLACE = new RegExp(
  String.raw`^(?:\s+(?:more|others))?\s+${passiveDowning(`${DOWNED_PARTICIPLES}|jammed`)}\s+(?:over|in|above)\b`,
  'i',
);

/** What opens a part of the count before rather than another item of a list ("…, including 20 drones over Kharkiv"). */
const PART_OPENS = /^[^.;]*\b(?:including|of\s+which|of\s+them|among\s+them|among\s+which)\b/i;

/** Right after a count's phrase: who launched it ("launched by Ukraine", "fired by the Russian army"). */
const LAUNCHER_AFTER =
  /^\s+(?:launched|fired|sent)\s+by\s+(?:the\s+)?(?:Ukraine|Russia|Kyiv|Kiev|Moscow|(?:Ukrainian|Russian)\s+(?:army|forces|military|troops))\b/;

/** Two counts of one sentence joined as one list (", ", "and", ", and"), of different weapons or each with its noun. */
function coordinated(a: Draft, b: Draft, body: string): boolean {
  if (a.sentence !== b.sentence || a.restated || b.restated) return false;
  // (a part after the list, "…, including 20 drones over Kharkiv", "…, 7 of them over Bryansk", is no item of it; rule
  // listSharesPlace, review)
  if (
    RULES.listSharesPlace &&
    (b.partitive ||
      (b.countStart !== undefined && PART_OPENS.test(body.slice(a.countEnd, Math.max(a.countEnd, b.countStart)))))
  )
    return false;
  // ("seven Storm Shadow cruise missiles and four Neptune-MD missiles above the Black Sea": two counts of one weapon,
  // each with its noun, joined by "and" alone; not "274 drones, eight of them over …" nor "13 and then eight drones")
  if (a.claim.weapon === b.claim.weapon && !(RULES.sameWeaponCoordinated && twoNamedCountsJoined(a, b, body)))
    return false;
  let gap = body.slice(a.countEnd, b.claim.evidence.start <= a.countEnd ? b.countEnd : b.claim.evidence.start);
  // ("…eleven American HIMARS projectiles, and have reported the destruction of nine drones in …": a verb between the
  // second item's clause start and its count makes it a clause of its own, no next item of a list; rule gapToCount)
  if (
    RULES.gapToCount &&
    b.countStart !== undefined &&
    b.countStart > b.claim.evidence.start &&
    b.claim.evidence.start > a.countEnd &&
    OWN_VERB_BEFORE_COUNT.test(body.slice(b.claim.evidence.start, b.countStart))
  )
    return false;
  // ("37 drones launched by Ukraine and 5 tactical missiles had been destroyed over five Russian regions": the first
  // item's launcher is no break in the list; rule launcherInList)
  if (RULES.launcherInList) gap = gap.replace(LAUNCHER_AFTER, '');
  // (a designator's plural "s" left after the first item's phrase: "two Ka-52s and a Mi-8"; rule designatorNoun)
  if (RULES.designatorNoun && /\d$/.test(body.slice(a.countStart ?? a.countEnd, a.countEnd)))
    gap = gap.replace(/^s\b/, '');
  return /^\s*(?:,\s*)?and\s/.test(gap) || /^\s*,\s*$/.test(gap) || b.alsoOf;
}

/** A verb of the clause before its count ("have reported the destruction of"; rule gapToCount). */
const OWN_VERB_BEFORE_COUNT = /\b(?:have|has|had|was|were|is|are|reported|said|announced|claimed|confirmed)\b/i;
const OWN_VERB_AFTER = /^s?\s+(?:was|were|had|has|have|that|which|who|\p{L}+ed)\b/iu;
const NOUN_AFTER_NUMBER = /^\S+\s+\p{L}{3,}/u;
const NOUN_OR_DESIGNATOR = /^\S+\s+(?:\p{L}{3,}|\p{L}{1,3}-\d)/u;

/** Two counts of one sentence, each with its own noun, with only "and" between: "seven cruise missiles and four Neptune-MD missiles". */
function twoNamedCountsJoined(a: Draft, b: Draft, body: string): boolean {
  if (!a.unplaced || b.partOf !== null || b.partitive || a.countStart === undefined || b.countStart === undefined)
    return false;
  // (a designator's plural "s" is left after its count's phrase: "two Ka-52s and a Mi-8")
  if (!(RULES.designatorNoun ? /^s?\s+and\s+$/ : /^\s+and\s+$/).test(body.slice(a.countEnd, b.countStart)))
    return false;
  // (nor when the second count has a verb or participle of its own before the place: "two Kh-22s and a Kh-31 was shot
  // down over Odesa", "a Mi-8 crashed over Kherson", "a Su-34 based in Crimea"; rule designatorNoun, review)
  if (RULES.designatorNoun && OWN_VERB_AFTER.test(body.slice(b.countEnd, b.countEnd + 24))) return false;
  // ("two Ka-52s and a Mi-8": a type designator is a noun too; rule designatorNoun)
  const nounOf = (d: Draft): boolean =>
    (RULES.designatorNoun ? NOUN_OR_DESIGNATOR : NOUN_AFTER_NUMBER).test(body.slice(d.countStart, d.countEnd));
  return nounOf(a) && nounOf(b);
}

/**
 * "Ukraine says it shot down more than a dozen drones" over a body's "about 15
 * drones": a headline or lede (the first three sentences: headline, caption or dateline, lede) that rounds the body's
 * count is the same claim (claims.md, edge case 1). A rounded count (more than,
 * at least, about, up to) within a quarter of a later count of the same weapon
 * and place, and on the right side of it, is dropped for it.
 */
export function roundedInHeadline(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i]!;
    if (a.sentence > 2 || a.claim.qualifier === 'exact' || a.partOf !== null || drafts.some((o) => o.partOf === i))
      continue;
    const same = drafts.find(
      (b, j) =>
        j !== i &&
        b.sentence > a.sentence &&
        b.claim.weapon === a.claim.weapon &&
        b.claim.count !== a.claim.count &&
        b.claim.scope === a.claim.scope &&
        b.claim.country === a.claim.country &&
        b.claim.regions.join() === a.claim.regions.join() &&
        rounds(a.claim, b.claim.count),
    );
    if (same) drafts.splice(i, 1);
  }
}

/** A count vetoed as a tally over a month or longer (polarity's `cumulative`), kept to judge its repeats by. */
export interface TallyMention {
  count: number;
  weapon: Claim['weapon'];
  sentence: number;
  /** The codes of the subdivisions and seas the tally's sentence names. */
  places: string[];
}

/**
 * A period of the sentence's own shorter than a month (a day, a night, hours, a week, a date or a time of day): a count
 * told with one tells that period, not the tally ("Over this week … 97 of the 105 Shaheds", "33 UAVs within three hours").
 */
const OWN_PERIOD =
  /\b(?:overnight|tonight|today|yesterday|last night|(?:this|in the|early in the) (?:morning|afternoon|evening)|at (?:around )?dawn|(?:past|last) (?:day|24 hours)|early today|attack|raid|strike|salvo|barrage|wave|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:during|in|on) the night|night of|hours?|week|weekend|noon|midday|midnight|on the \d{1,2}(?:st|nd|rd|th)|\d{1,2}:\d\d|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}* \d{1,2})\b/iu;

/**
 * "We have intercepted and destroyed more than 620 Shahed drones" over the body's "since September last year … over 620
 * Shahed drones": a count of ten or more told again, in the headline, the lede or a quote, where the article tells it as
 * a tally over a month or longer, at the tally's places (or none where the tally names none), is that tally (claims.md,
 * edge case 1: one statement), not a claim of its own, unless its own sentence names a shorter period or an attack.
 */
export function tallyRestated(drafts: Draft[], tallies: TallyMention[], sentences: Span[]): void {
  if (tallies.length === 0) return;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i]!;
    if (a.partOf !== null || drafts.some((o) => o.partOf === i)) continue;
    const own = sentences[a.sentence]?.text ?? '';
    // (ten or more: a small count told twice, once as a month's, is more often two events than one; and only where
    // edge case 1 tells a statement again, the headline or lede or a quote: a body sentence with a speaker of its own is
    // a report, review)
    if (a.claim.count < 10 || (a.sentence > 2 && !QUOTE_OPEN.test(own)) || OWN_PERIOD.test(own)) continue;
    // (at the tally's places: its own, or none where the tally names none; "25 drones over the Odesa region" is not
    // "since the start of the year, 25 … over Kyiv", review)
    const told = tallies.some(
      (t) =>
        t.count === a.claim.count &&
        t.weapon === a.claim.weapon &&
        t.sentence !== a.sentence &&
        (a.claim.scope === 'region'
          ? a.claim.regions.every((r) => t.places.includes(r))
          : t.places.length === 0 || (a.headline === true && a.unplaced)),
    );
    if (told) drafts.splice(i, 1);
  }
}

/**
 * "Attack attempt on Crimea; 17 UAVs downed" over "… destroyed 17 Ukrainian drones over the Black Sea and Crimea": a
 * headline or lede count placed at some of the places a later restatement of the same count gives is that claim
 * (claims.md, edge case 1), not a second one.
 */
export function headlineSubset(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i]!;
    if (a.sentence > 2 || a.claim.scope !== 'region' || a.partOf !== null || drafts.some((o) => o.partOf === i))
      continue;
    const fuller = drafts.find(
      (b, j) =>
        j !== i &&
        b.sentence > a.sentence &&
        b.sentence - a.sentence <= 3 &&
        b.claim.scope === 'region' &&
        b.claim.weapon === a.claim.weapon &&
        b.claim.count === a.claim.count &&
        b.claim.country === a.claim.country &&
        b.claim.regions.length > a.claim.regions.length &&
        a.claim.regions.every((r) => b.claim.regions.includes(r)),
    );
    if (fuller) {
      drafts.splice(i, 1);
      for (const d of drafts) if (d.partOf !== null && d.partOf > i) d.partOf--;
    }
  }
}

function rounds(a: Claim, exact: number): boolean {
  const near = Math.abs(exact - a.count) <= Math.max(2, Math.round(a.count * 0.25));
  if (!near) return false;
  if (a.qualifier === 'more_than') return exact > a.count;
  if (a.qualifier === 'at_least') return exact >= a.count;
  if (a.qualifier === 'up_to') return exact <= a.count;
  return true;
}

/**
 * "Eight rockets were brought down" in a story about missiles: translated
 * reports often call missiles rockets. A generic "rockets" (no MLRS named
 * anywhere in the article) in an article that speaks of missiles is a missile.
 */
export function missilesCalledRockets(drafts: Draft[], body: string): void {
  if (!drafts.some((d) => d.claim.weapon === 'rocket') || MLRS_NAMED.test(body) || !/\bmissiles?\b/i.test(body)) return;
  for (const d of drafts) if (d.claim.weapon === 'rocket') d.claim.weapon = 'missile';
}

const MLRS_NAMED =
  /\b(?:grads?|vampires?|himars|uragan|smerch|olkha|vilkha|tornado|mlrs|multiple[\s-]+(?:launch\s+)?rocket|rocket\s+launchers?|bm-\d+|rszo|artillery\s+rockets?)\b/i;

/** An area a share names of its own: "elsewhere", "over other regions", "across the country". */
const SHARE_ELSEWHERE = /\b(?:elsewhere|other|others|neighbou?ring|across|nationwide|rest|throughout)\b/i;
/** The rest of the sentence from `at` (to its stop). */
function sentenceFrom(body: string, at: number): string {
  const stop = body.slice(at).search(/[.!?\n]/);
  return body.slice(at, stop < 0 ? body.length : at + stop);
}
/** "Five of the drones", "four of them": a share told with its set (rule partitivePartPlace). */
const OF_THEM_AFTER = /^[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:them|these|those|the)\b/i;

/**
 * "…downed 18 drones close to the Crimean peninsula. Twelve were shot down by air defence systems and six more by
 * electronic warfare.": unplaced counts of the next sentence that add up to a placed total are its parts, over its places;
 * so is one share of it told with "of them" (rule partitivePartPlace).
 */
export function partsInheritPlace(drafts: Draft[], body: string): void {
  for (const total of drafts) {
    if (total.claim.scope !== 'region') continue;
    const next = drafts.filter((d) => d.sentence === total.sentence + 1);
    const parts = next.filter(
      (d) => d.unplaced && d.claim.scope === 'country' && d.partOf === null && d.claim.weapon === total.claim.weapon,
    );
    // ("Air defence destroyed seven drones over the Sumy region. Five of the drones were shot down by the East Air
    // Command": one share of the claim just before, "of them" or "of the drones", is over its places; rule
    // partitivePartPlace)
    const share =
      RULES.partitivePartPlace &&
      parts.length === 1 &&
      next.length === 1 &&
      parts[0]!.partitive &&
      OF_THEM_AFTER.test(body.slice(parts[0]!.countStart ?? 0, parts[0]!.countEnd)) &&
      // ("Five of them were shot down elsewhere / over other regions": an area of the share's own, second review)
      !SHARE_ELSEWHERE.test(sentenceFrom(body, parts[0]!.countEnd)) &&
      parts[0]!.claim.count < total.claim.count &&
      parts[0]!.claim.country === total.claim.country &&
      // (the total the only claim of its sentence: not "35 drones, 14 of them over the Kyiv region. Five of the drones
      // were shot down by F-16 pilots", where the share is of the 35; review)
      drafts.every((o) => o === total || o.sentence !== total.sentence) &&
      drafts.indexOf(parts[0]!) === drafts.indexOf(total) + 1;
    if (!share && (parts.length < 2 || parts.length !== next.length)) continue;
    if (!share && parts.reduce((n, d) => n + d.claim.count, 0) !== total.claim.count) continue;
    for (const d of parts) {
      d.claim = { ...d.claim, scope: 'region', regions: [...total.claim.regions], country: total.claim.country };
      d.unplaced = false;
    }
  }
}

/**
 * "…destroyed 17 Ukrainian UAVs. Ten of the air targets were hit in the Krasnodar Region, six in the Belgorod Region and
 * one in the Bryansk Region": counts of threats of no named kind, two or more in the next sentence and the only counts
 * there, that add up to a total of one weapon told just before are its parts, of that weapon (rule unknownPartsOfTotal).
 */
export function unknownPartsOfTotal(drafts: Draft[]): void {
  for (const total of drafts) {
    if (total.claim.weapon === 'unknown') continue;
    const next = drafts.filter((d) => d.sentence === total.sentence + 1);
    if (next.length < 2 || next.some((d) => d.claim.weapon !== 'unknown' || d.claim.country !== total.claim.country))
      continue;
    if (next.reduce((n, d) => n + d.claim.count, 0) !== total.claim.count) continue;
    for (const d of next) d.claim = { ...d.claim, weapon: total.claim.weapon };
  }
}

/** Words that tell a count as added or of another time (rule unknownRestated). */
const ADDED_OR_OTHER_TIME =
  /\b(?:also|another|further|separately|more|elsewhere|nationwide|earlier|later|yesterday|previous|wave|week|past|since|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the\s+day\s+before|in\s+the\s+(?:morning|afternoon|evening))\b/i;
/**
 * "The head of the city administration said about 14 drones were shot down over Kyiv. 'Air defence destroyed almost 14
 * aerial targets,' he wrote", a headline's 'Six "mopeds" shot down over Mykolaiv region' over the body's six Shaheds: a
 * count of threats of no named kind, within two sentences of the same count of a named kind in the same country, at the
 * same places or none, is that statement told again (claims.md, edge case 1), not a second claim, when one of the two is
 * a headline or the unknown one opens a quote, the same speaker (or none) tells both, and nothing marks the unknown
 * count as added or of another time (rule unknownRestated).
 */
export function unknownRestated(drafts: Draft[], sentences: Span[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const a = drafts[i]!;
    if (a.claim.weapon !== 'unknown' || a.additive || a.partOf !== null || drafts.some((o) => o.partOf === i)) continue;
    // (a count told as added or of another time is another set: "Four air targets were also destroyed", "The day before,
    // air defence destroyed 18 aerial targets", "another wave came, and 12 air targets …"; review)
    const own = sentences[a.sentence]?.text ?? '';
    if (ADDED_OR_OTHER_TIME.test(own)) continue;
    // (in another sentence: "12 drones and 12 air targets over Kharkiv" counts two sets; nor "another 40 air targets")
    const named = drafts.find(
      (b) =>
        b !== a &&
        b.sentence !== a.sentence &&
        b.claim.weapon !== 'unknown' &&
        b.claim.count === a.claim.count &&
        b.claim.country === a.claim.country &&
        Math.abs(b.sentence - a.sentence) <= 2 &&
        (a.claim.scope === 'country' || b.claim.regions.join() === a.claim.regions.join()) &&
        // (where edge case 1 tells a statement again: a headline, or a quote or post of the speaker; review)
        // (a headline's "Ukraine says" is whoever the body names)
        (a.headline === true ||
          b.headline === true ||
          (QUOTE_OPEN.test(own) &&
            (a.claim.claimant === null || b.claim.claimant === null || a.claim.claimant === b.claim.claimant))),
    );
    if (named) drafts.splice(i, 1);
  }
}

/** "bringing the total to", "taking the night's tally to": a running total's number follows (rule runningTotalPlace). */
const RUNNING_TOTAL_BEFORE =
  /\b(?:bringing|taking|raising|pushing)\s+(?:the|their|its|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?:total|tally|number|count)(?:\s+(?:of|for|since|downed|destroyed|intercepted|shot\s+down)\s+(?:[\w'’-]+\s+){0,4}?)?\s*to\s+(?:(?:at\s+least|more\s+than|over|about|around|some)\s+)?$/i;
/** A wider area, or a body speaking, in a running total's phrase: "… across Russia to 95", "according to the ministry". */
const RUNNING_TOTAL_OTHER =
  /\b(?:across|over|throughout|nationwide|regions|country|district|federal|Russia|Ukraine|according\s+to|ministry|general\s+staff|air\s+force)\b/i;

/** The claimant is an official of the place `code` ("Sobyanin", "Moscow mayor", "the governor of the Kursk region"). */
function speaksFor(claimant: string | null, code: string): boolean {
  if (claimant === null) return false;
  if (findOfficial(claimant)?.region === code) return true;
  return /\b(?:mayor|governor|head)\b/i.test(claimant) && findPlaces(claimant).some((p) => p.code === code);
}

/**
 * "Sobyanin said another drone flying towards Moscow had been shot down, bringing the total to 21": a running total is
 * over the place of the count it adds up, the claim just before it (in its sentence or the one before), of the same
 * weapon, when it names no place of its own and an official of that one place tells it (rule runningTotalPlace).
 */
export function runningTotalPlace(drafts: Draft[], body: string): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.claim.scope !== 'country' || !d.unplaced || d.countStart === undefined) continue;
    const before = RUNNING_TOTAL_BEFORE.exec(body.slice(Math.max(0, d.countStart - 90), d.countStart));
    if (before === null || RUNNING_TOTAL_OTHER.test(before[0])) continue;
    // ("…, bringing the total to 21, according to the defence ministry": a body's count, review)
    const after = body.slice(
      d.countEnd,
      body.indexOf('.', d.countEnd) < 0 ? body.length : body.indexOf('.', d.countEnd),
    );
    if (RUNNING_TOTAL_OTHER.test(after)) continue;
    const prev = drafts[i - 1]!;
    if (
      prev.claim.scope !== 'region' ||
      prev.claim.weapon !== d.claim.weapon ||
      prev.claim.country !== d.claim.country ||
      d.sentence - prev.sentence > 1 ||
      prev.claim.count >= d.claim.count ||
      // (a ministry's running total adds up counts over many places, thirteenth round: only an official's of their own
      // city or region, the mayor's of drones flying at Moscow, is over the place)
      prev.claim.regions.length !== 1 ||
      !speaksFor(d.claim.claimant, prev.claim.regions[0]!)
    )
      continue;
    d.claim = { ...d.claim, scope: 'region', regions: [...prev.claim.regions], country: prev.claim.country };
    d.unplaced = false;
  }
}

/**
 * "Air defences destroyed 30 drones over the Belgorod region. Another 12 drones were intercepted later": a count that
 * adds to the one before ("another", "a further", "one more") in a sentence that names no place at all is where the
 * claim it adds to was stopped — the last claim before it (within three sentences) when that claim is placed, of the
 * same weapon and country, and every claim of its sentence with that weapon is at the same places.
 */
export function additivePlace(drafts: Draft[], sentences: Span[]): void {
  // ("Another drone was downed after midnight, while six more drones were stopped before dawn": a second added count of
  // the sentence adds to the same claim as the first, so one the rule placed stands aside for the claim before it)
  const placedHere = new Set<number>();
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (!d.additive || d.claim.scope !== 'country' || !d.unplaced || d.vague || d.outOf) continue;
    let j = i - 1;
    if (RULES.additivePair) while (j > 0 && placedHere.has(j) && drafts[j]!.sentence === d.sentence) j--;
    const prev = drafts[j]!;
    if (prev.sentence >= d.sentence || d.sentence - prev.sentence > 4 || prev.claim.scope !== 'region') continue;
    // ("Earlier the air defence had annihilated an air target moving towards the city. Around 21:00 another three drones
    // were annihilated": a target of no named kind before, rule additiveAfterTarget)
    const afterTarget = prev.claim.weapon !== d.claim.weapon && prev.claim.weapon === 'unknown';
    const sameKind = prev.claim.weapon === d.claim.weapon || (RULES.additiveAfterTarget && afterTarget);
    if (!sameKind || prev.claim.country !== d.claim.country) continue;
    const key = prev.claim.regions.join(',');
    if (
      drafts.some(
        (o) =>
          o.sentence === prev.sentence && o.claim.weapon === prev.claim.weapon && o.claim.regions.join(',') !== key,
      )
    )
      continue;
    // "Another drone was shot down near Kharkiv" is placed already; "another 20 across Ukraine" is vague: only a
    // sentence naming no place at all (a demonym on the threats or the defenders aside) takes the place before
    const text = sentences[d.sentence]?.text ?? '';
    if (findPlaces(text).some((p) => p.kind !== 'demonym')) continue;
    // ("Another 20 drones were shot down elsewhere", "… across the country", "… over the sea": an area of its own;
    // rule additiveOwnArea)
    if (RULES.additiveOwnArea && ADDED_ELSEWHERE.test(text)) continue;
    // (after "an air target" a governor reported, only the same speaker's count of the same day: "The ministry later said
    // a further 90 drones had been downed" is another report's; review)
    if (
      afterTarget &&
      (d.claimantExplicit ||
        ADDED_OTHER_TIME.test(text) ||
        CENTRAL_SPEAKER.test(text) ||
        (d.claim.claimant !== null && prev.claim.claimant !== null && d.claim.claimant !== prev.claim.claimant))
    )
      continue;
    d.claim = { ...d.claim, scope: 'region', regions: [...prev.claim.regions], country: prev.claim.country };
    d.unplaced = false;
    placedHere.add(i);
  }
}

/** An added count's sentence that tells an area of its own, not where the claim before it was (rule additiveOwnArea). */
const ADDED_ELSEWHERE =
  /\b(?:elsewhere|nationwide|(?:across|throughout)\s+(?:the\s+)?(?:country|Russia|Ukraine|\w+\s+regions)|regions|oblasts|provinces|other\s+(?:areas|parts)|(?:several|various|many|multiple)\s+(?:\w+\s+)?areas|(?:neighbouring|neighboring)(?!\s+\w+\s+of\s+the\s+same)|further\s+(?:south|north|east|west)|at\s+the\s+front|front[\s-]?line|Federal\s+District|Far\s+East|Urals|Volga|Siberia|off\s+the\s+coast|over\s+the\s+(?:sea|water)|border\s+(?:zone|areas?)|along\s+the\s+border|rural\s+areas|on\s+the\s+\w+\s+side)\b/i;
/** An added count's sentence set on its own day or period (additiveAfterTarget). */
const ADDED_OTHER_TIME =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|following\s+(?:days?|night|morning|evening)|past\s+(?:week|month|day)|last\s+(?:week|month)|the\s+day\s+before|previous\s+(?:night|day|evening|24\s+hours)|(?:over\s+)?the\s+weekend|earlier\s+(?:in|this)\s+(?:the\s+)?week|(?:past|last)\s+24\s+hours)\b/i;
/** A speaker of national totals (additiveAfterTarget: not the governor or mayor who reported the air target). */
const CENTRAL_SPEAKER = /\b(?:ministry|air\s+force|general\s+staff)\b/i;

const PARALLEL_JOIN = /^[\s,]*(?:and|plus|as\s+well\s+as)\s/i;
const PARALLEL_SLOT = /\b(?:by|with|using|were|was|had|have|been|[a-z]{3,}(?:ed|ted))\b/i;
const PARALLEL_DOWN = /\b(?:shot|brought|taken|knocked)\s+down\b/i;

/**
 * "9 drones were destroyed by mobile fire groups and 4 more by electronic warfare over the Kherson region", "three
 * UAVs downed, plus two intercepted, above the Azov Sea", "destroyed ten UAVs and intercepted six more over the Black
 * Sea": two counts told in parallel (of one weapon, the second an added count or joined by "plus"), each with its own
 * verb or agent, and the place closing the pair, are both there.
 * Not "20 drones overnight, and another 5 over Kursk" (the place right after the second count is only its own), nor
 * a part ("30 drones overnight, and 5 over the Kyiv region").
 */
export function parallelPlace(drafts: Draft[], body: string): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (a.sentence !== b.sentence || a.restated || b.restated) continue;
    if (a.claim.scope !== 'country' || !a.unplaced || a.vague || a.outOf || b.claim.scope !== 'region') continue;
    if (b.countStart === undefined || b.countStart <= a.countEnd) continue;
    const join = body.slice(a.countEnd, b.countStart);
    if (!PARALLEL_JOIN.test(join.replace(/^[^,]*?(?=[\s,]*(?:and|plus|as\s+well\s+as)\s)/i, ''))) continue;
    const more = b.additive || /^\S+\s+(?:more|further|additional)\b/i.test(body.slice(b.countStart, b.countEnd + 12));
    // (of one weapon, the second must add to the first: "30 drones overnight, and 5 over Kyiv" is a part)
    if (a.claim.weapon === b.claim.weapon && !more && !/\bplus\s/i.test(join)) continue;
    if (findPlaces(join).some((p) => p.kind !== 'demonym')) continue;
    const after = body.slice(b.countEnd, b.claim.evidence.end);
    const place = findPlaces(after).find((p) => p.kind !== 'demonym' && p.kind !== 'country');
    // ("destroyed ten UAVs and intercepted six more over the Black Sea": the second count's own verb before it)
    const ownVerb = RULES.parallelVerbs && more && /^[\s,]*and\s+[a-z]{3,}ed\s+$/i.test(join);
    // ("six drones had been destroyed and four more shot down over the Voronezh region": a two-word participle, rule
    // parallelShotDown)
    const slot = after.slice(0, place?.start ?? 0);
    if (!place || !(PARALLEL_SLOT.test(slot) || ownVerb || (RULES.parallelShotDown && PARALLEL_DOWN.test(slot))))
      continue;
    if (!compatible(a.claim.country, b.claim)) continue;
    a.claim = { ...a.claim, scope: 'region', regions: [...b.claim.regions], country: b.claim.country };
    a.unplaced = false;
  }
}

const LIST_LINE = /^[\s•·*–—-]*[^\d]{2,60}$/;

/**
 * "…13 drones were shot down over the territory of four regions, namely:" followed by lines that only name places
 * ("• Mykolaiv region,"): the count is over the places listed (one multi-region claim).
 */
export function placesListedAfter(drafts: Draft[], sentences: Span[]): void {
  for (const d of drafts) {
    if (!(d.claim.scope === 'country' && d.partOf === null)) continue;
    const s = sentences[d.sentence];
    if (!s || !/:\s*$/.test(s.text) || drafts.some((o) => o.sentence === d.sentence && o !== d)) continue;
    const codes: string[] = [];
    for (let k = d.sentence + 1; k < sentences.length; k++) {
      const line = sentences[k]!.text;
      if (!LIST_LINE.test(line) || drafts.some((o) => o.sentence === k)) break;
      const found = findPlaces(line).filter((p) => p.kind === 'region' || p.kind === 'place' || p.kind === 'sea');
      if (found.length === 0) break;
      codes.push(...found.map((p) => p.code));
    }
    const regions = [...new Set(codes)].sort();
    const land = regions.map(countryOfRegion).find((x): x is string => x !== null);
    if (regions.length === 0 || (land !== undefined && land !== d.claim.country)) continue;
    d.claim = { ...d.claim, scope: 'region', regions };
    d.unplaced = false;
  }
}

/** Breakdowns point at their total ("83 intercepted … 64 of these over Bryansk"). */
export function linkParts(drafts: Draft[], body: string): void {
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
      const continues =
        prev !== undefined &&
        prev.partOf === j &&
        d.sentence - prev.sentence <= 1 &&
        !(d.claimantExplicit && d.claim.claimant !== t.claim.claimant);
      if (d.sentence - t.sentence > 2 && !continues) continue;
      if (d.sentence - t.sentence > 6) break;
      if (t.partOf !== null || t.claim.count <= d.claim.count) continue;
      if (t.claim.weapon !== d.claim.weapon && d.claim.weapon !== 'unknown') continue;
      if (t.claim.scope === 'region' && !d.claim.regions.every((r) => t.claim.regions.includes(r))) continue;
      const sum = partsSum.get(j) ?? 0;
      if (sum + d.claim.count > t.claim.count) continue;
      const sameSentenceList = t.sentence === d.sentence && t.firstInSentence && d.listItem;
      const listed = (d.listItem && t.sentence === d.sentence) || sameSentenceList;
      // ("4 planes and 3 helicopters were shot down": a list item joined by "and" right after the count before is its
      // coordinate, not its part; rule coordinateNotPart, read only for a pair that would be linked)
      if (d.partitive || continues || (listed && !coordinateOf(t, d, body))) {
        d.partOf = j;
        partsSum.set(j, sum + d.claim.count);
        break;
      }
    }
  }
}

/**
 * Whether count `d`, with a noun of its own, follows count `t`'s phrase with only "and" between ("4 planes and 3
 * helicopters"; rule coordinateNotPart). A bare number is a breakdown's item ("41 drones and 18 over Bryansk, 12 over
 * Kursk and 11 over Belgorod", review).
 */
function coordinateOf(t: Draft, d: Draft, body: string): boolean {
  return (
    RULES.coordinateNotPart &&
    t.sentence === d.sentence &&
    d.countStart !== undefined &&
    d.countStart > t.countEnd &&
    /^\s+and\s+$/.test(body.slice(t.countEnd, d.countStart)) &&
    // (the phrase of a bare number is the number alone, one word: "12", "twelve", "twenty-one")
    /\s/.test(body.slice(d.countStart, d.countEnd).trim())
  );
}

/** "Air defence downed 19 Shaheds and a missile" … "a Kh-59 missile in the Dnipropetrovsk oblast and 19 Shaheds in …": the
 * single threat `i` is restated as `twin` because a companion count of its sentence was already merged into a claim of the twin's sentence. */
function companionRestated(drafts: Draft[], alias: number[], i: number, twin: number): boolean {
  if (!RULES.companionRepeat) return false;
  const s = drafts[i]!.sentence;
  for (let k = i - 1; k >= 0 && drafts[k]!.sentence === s; k--) {
    const a = alias[k];
    if (
      a !== undefined &&
      a !== k &&
      drafts[a]!.sentence === drafts[twin]!.sentence &&
      drafts[k]!.claim.weapon !== drafts[i]!.claim.weapon
    )
      return true;
  }
  for (let k = i + 1; k < drafts.length && drafts[k]!.sentence === s; k++) {
    const o = drafts[k]!.claim;
    if (o.scope !== 'country' || o.weapon === drafts[i]!.claim.weapon || o.count < 2) continue;
    if (
      drafts.some(
        (x, j) =>
          j !== k &&
          x.sentence === drafts[twin]!.sentence &&
          x.claim.scope === 'region' &&
          x.claim.count === o.count &&
          x.claim.weapon === o.weapon,
      )
    )
      return true;
  }
  return false;
}

/**
 * "The drone was shot down by air defence means": a definite singular threat is a claim of 1 only where no other claim
 * of the article counts that weapon in the same country at an overlapping place (else it restates that claim; placed,
 * it gives a lone unplaced single threat of the two sentences before it its place, as a restatement does).
 */
export function definiteSingulars(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!d.definite) continue;
    const c = d.claim;
    // unplaced, it restates any claim of its weapon (whichever country it was read in); placed, one at its places or
    // an unplaced one of its country
    // ("…intercepted a Neptune missile above the bay. … the missile was brought down 'above the sea'": a single told
    // again just after it over the sea is that single, the sea a looser reading of its place)
    const overlaps = (o: Draft): boolean =>
      o.claim.weapon === c.weapon &&
      (c.scope === 'country' ||
        (singleJustBefore(o) && c.regions.every((r) => r.startsWith('SEA-'))) ||
        (o.claim.scope === 'country'
          ? o.claim.country === c.country || singleJustBefore(o)
          : o.claim.regions.some((r) => c.regions.includes(r))));
    // "Russian air defence downed a Ukrainian transport plane. … the plane was brought down near Odesa": a single threat
    // told again with its place, in the other side's country, is the one just counted (a Russian report over Ukraine)
    const singleJustBefore = (o: Draft): boolean =>
      c.count === 1 && o.claim.count === 1 && d.sentence - o.sentence <= 2 && d.sentence >= o.sentence;
    const others = drafts.filter((o) => o !== d && !o.definite && overlaps(o));
    if (others.length === 0) continue;
    const lone = others.find(
      (o) =>
        o.claim.scope === 'country' && o.claim.count === 1 && d.sentence - o.sentence <= 2 && d.sentence >= o.sentence,
    );
    if (lone && c.scope === 'region' && others.length === 1) {
      lone.claim = { ...lone.claim, scope: 'region', regions: c.regions, country: c.country };
      // (its place is this single's alone, not one its sentence's other counts share: rule definitePlacesSingle)
      if (RULES.definitePlacesSingle) lone.restated = true;
    }
    // ("…downs 92 drones and a missile overnight" … four sentences on, "the Neptune-MD cruise missile was destroyed over
    // the Sea of Azov": every other mention is that one single, unplaced, of the same side, before it — the headline and
    // the lede tell it, the definite places it; rule definitePlacesSingle)
    else if (
      RULES.definitePlacesSingle &&
      c.scope === 'region' &&
      others.every(
        (o) =>
          o.claim.scope === 'country' &&
          o.claim.count === 1 &&
          o.claim.country === c.country &&
          o.sentence < d.sentence &&
          // (not far back, nor an added single: "another missile" is one more, not the one told again; review)
          d.sentence - o.sentence <= 8 &&
          !o.additive &&
          o.partOf === null,
      )
    )
      for (const o of others) {
        o.claim = { ...o.claim, scope: 'region', regions: c.regions, country: c.country };
        // (a place told far on, for this count alone: not one its sentence's other counts share)
        o.restated = true;
      }
    drafts.splice(i, 1);
    for (const o of drafts) if (o.partOf !== null && o.partOf > i) o.partOf--;
  }
}

/**
 * "Air defence destroyed 24 missiles … debris from a downed missile damaged a roof in the Kyiv region": the single
 * whose debris fell is a claim at that place (a placed part of the unplaced total, edge case 5), unless a claim of its
 * weapon already counts threats there (it is one of them) or the text gives it no place (nothing to add to the total).
 */
export function debrisSingles(drafts: Draft[]): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i]!;
    if (!d.debris) continue;
    const c = d.claim;
    const counted =
      c.scope !== 'region' ||
      drafts.some(
        (o) =>
          o !== d &&
          !o.debris &&
          o.claim.weapon === c.weapon &&
          o.claim.scope === 'region' &&
          o.claim.regions.some((r) => c.regions.includes(r)),
      );
    if (!counted) continue;
    drafts.splice(i, 1);
    for (const o of drafts) if (o.partOf !== null && o.partOf > i) o.partOf--;
  }
}

/** The kept claim at the end of i's alias chain (a repeat can be merged into one that was itself merged). */
function aliasRoot(alias: number[], i: number, n: number): number {
  let root = alias[i]!;
  for (let hops = 0; alias[root] !== undefined && alias[root] !== root && hops < n; hops++) root = alias[root]!;
  return root;
}

/**
 * "Russia downs 81 drones" (a headline, nobody named) … "81 drones were destroyed overnight, the ministry said": a kept
 * claim with no claimant takes the first claimant of a repeat merged into it — one claim, told twice, and the second
 * telling says who claims it (claims.md rule 12 reads a sentence before; a repeat is the same claim, so its
 * attribution is this one's). A claimant is not part of a claim's identity: ids do not change.
 */
function claimantFromRepeats(drafts: Draft[], alias: number[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const claimant = drafts[i]!.claim.claimant;
    if (claimant === null || alias[i] === i) continue;
    const kept = drafts[aliasRoot(alias, i, drafts.length)]!;
    if (kept.claim.claimant === null || (kept.headline && moreParticular(kept.claim.claimant, claimant)))
      kept.claim = { ...kept.claim, claimant };
  }
}

/**
 * A claim told again is one claim (claims.md, edge case 1), and the article dates it if any of its statements does: a
 * headline or lede with no date takes the date of the first repeat that has one ("said on Sunday", "on March 20").
 */
function dateFromRepeats(drafts: Draft[], alias: number[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const date = drafts[i]!.claim.eventDate;
    if (date === null || alias[i] === i) continue;
    const kept = drafts[aliasRoot(alias, i, drafts.length)]!;
    if (kept.claim.eventDate === null) kept.claim = { ...kept.claim, eventDate: date };
  }
}

/** "Later, a cruise missile was shot down over …", "Separately, the brigade said …", "another drone": a placed single told as a later, further or other one. */
function toldAsLater(d: Draft, body: string): boolean {
  // (a part of another total, "Of those, 25 were shot down, including one over Poltava", is that total's; review)
  if (d.additive === true || d.partOf !== null) return true;
  // (from the sentence's start: the evidence may be a clause after the opener)
  const start = d.claim.evidence.start;
  const head = body.slice(Math.max(0, start - 60), start);
  const opener = head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('\n')) + 1);
  const told = opener + d.claim.evidence.text;
  // (a day, a week or a year of its own: "Last week, a missile was shot down over …", "On Thursday, …"; review)
  return LATER_OPENS.test(told) || OWN_TIME.test(told);
}
/** A day, a week or a year of a sentence's own (rule ledeSinglePlacedLater). */
const OWN_TIME =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last\s+\w+|the\s+(?:night|day|week)\s+before|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December|ago|earlier|previous|previously|once|similar|summer|winter|spring|autumn|weeks?|months?|the\s+\d+(?:st|nd|rd|th))\b/i;
/** Openers that tell another event: later, separately, elsewhere (rule ledeSinglePlacedLater). */
const LATER_OPENS =
  /^\W*(?:later|afterwards|subsequently|then|meanwhile|earlier|separately|elsewhere|also|in\s+(?:a\s+separate|another)\b|in\s+the\s+(?:morning|evening|afternoon))\b/i;

/** How far into the body the lede reaches, in characters: a headline and a first sentence or two (rule ledeSinglePlacedLater). */
const LEDE_CHARS = 300;

/** Drops repeats (the same identity once; Moscow city and Moscow Oblast for the same count as one) and assigns ids. */
/** `original`: the body as given, when look-alikes were folded (foldLookAlikes), for the evidence's text; `body`, the text the drafts' offsets are in. */
export function finalise(drafts: Draft[], original: string | null, body: string): ExtractedClaim[] {
  const keptIndex = new Map<string, number>();
  const alias: number[] = [];
  const kept: number[] = [];
  // "9 drones over Sumy Oblast" … a quote: "We shot down 9 drones": a placeless repeat of a placed count is the same claim
  const placed = new Map<string, number>();
  // every placed claim of a country, count and weapon: a single threat's repeat is the one nearest to it
  const placedAll = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (d.claim.scope !== 'region') return;
    const key = `${d.claim.country}|${d.claim.count}|${d.claim.weapon}`;
    placed.set(key, i);
    if (RULES.nearestTwin) placedAll.set(key, [...(placedAll.get(key) ?? []), i]);
    // "destroyed 19 drones in the zone of the special military operation … near Svatovo (LPR) and Avdeyevka (DPR)": a Russian
    // report placed in Ukrainian regions restates the Russian country count of the lede
    // (a single threat only when placed on contested land alone: "a Tochka-U missile" in a Russian lede, "a Tochka-U
    // missile near Alexandrovka in the Kherson region" in the quote — the codes are Ukrainian, the report Russian)
    if (
      RULES.contestedRepeat &&
      (d.claim.count > 1 || (RULES.contestedSingle && d.claim.regions.every((r) => CONTESTED.has(r))))
    ) {
      const any = `*|${d.claim.count}|${d.claim.weapon}`;
      if (!placed.has(any)) placed.set(any, i);
      placedAll.set(any, [...(placedAll.get(any) ?? []), i]);
    }
  });
  for (let i = 0; i < drafts.length; i++) {
    const c = drafts[i]!.claim;
    // a count restated with places is one region claim (claims.md, edge case 2), also when its first mention named the country ("in Ukraine");
    // a single threat is too common a count to be taken for the same one unless nothing placed it
    // (and a headline's single over the country, "Ukrainian drone shot down over Russia", told with its place in the
    // lede just after: edge case 1)
    const headlineSingle =
      RULES.headlineSingle && c.count === 1 && drafts[i]!.headline === true && !drafts[i]!.unplaced;
    // (a single in the lede, told again with its place further on: rule ledeSinglePlacedLater)
    // (only where no place at all was named: "over Russia" keeps a single threat apart, tenth round)
    const ledeSingle =
      RULES.ledeSinglePlacedLater &&
      c.count === 1 &&
      drafts[i]!.unplaced &&
      (drafts[i]!.countStart ?? drafts[i]!.countEnd) < LEDE_CHARS;
    const restatable =
      c.scope === 'country' &&
      drafts[i]!.partOf === null &&
      !drafts[i]!.pairOther &&
      (drafts[i]!.unplaced || c.count > 1 || headlineSingle || ledeSingle);
    let twin = restatable ? placed.get(`${c.country}|${c.count}|${c.weapon}`) : undefined;
    // "Enemy bomber shot down in Kharkiv region" / "…have shot down a Russian Su-34" / … "an enemy plane was last shot down
    // there on 19 May": the placed twin of a single threat is the nearest one, not the last
    if (twin !== undefined && c.count === 1 && RULES.nearestTwin) {
      const si = drafts[i]!.sentence;
      for (const j of placedAll.get(`${c.country}|${c.count}|${c.weapon}`) ?? [])
        if (Math.abs(drafts[j]!.sentence - si) < Math.abs(drafts[twin]!.sentence - si)) twin = j;
    }
    if (twin !== undefined && headlineSingle && !drafts[i]!.unplaced) {
      const gap = drafts[twin]!.sentence - drafts[i]!.sentence;
      if (gap < 1 || gap > 2) twin = undefined;
    }
    // the other side's codes: a Russian report placed in occupied regions, a lede whose country the body's places contradict
    // (the nearest such placed claim: "ATACMS fired at Crimea; Russia says it shot down seven" in the headline is as far
    // from the ministry's unplaced "7 ATACMS" as the lede's placed "seven of the missiles" is near)
    if (twin === undefined && restatable) {
      const si = drafts[i]!.sentence;
      let any = placed.get(`*|${c.count}|${c.weapon}`);
      for (const j of placedAll.get(`*|${c.count}|${c.weapon}`) ?? [])
        if (any === undefined || Math.abs(drafts[j]!.sentence - si) < Math.abs(drafts[any]!.sentence - si)) any = j;
      if (any !== undefined && Math.abs(drafts[any]!.sentence - si) <= 3) twin = any;
    }
    if (
      twin !== undefined &&
      c.count === 1 &&
      Math.abs(drafts[twin]!.sentence - drafts[i]!.sentence) > 2 &&
      !companionRestated(drafts, alias, i, twin) &&
      !(ledeSingle && drafts[twin]!.sentence > drafts[i]!.sentence && !toldAsLater(drafts[twin]!, body))
    )
      twin = undefined;
    // "One more Shahed was destroyed by the Navy. … another drone over Kryvyi Rih": an added count adds to what came before, so
    // it is never a repeat of a later claim (an unplaced one still merges into the placed claim before it, whose place it shares)
    if (drafts[i]!.additive && twin !== undefined && drafts[twin]!.sentence > drafts[i]!.sentence) {
      twin = undefined;
      for (let j = i - 1; j >= 0 && twin === undefined && drafts[i]!.sentence - drafts[j]!.sentence <= 4; j--) {
        const o = drafts[j]!.claim;
        if (o.scope === 'region' && o.country === c.country && o.count === c.count && o.weapon === c.weapon) twin = j;
      }
    }
    // a repeat that is a total with parts is the placed claim only when its parts lie within that claim's places
    // ("23 drones over Crimea and the Azov and Black Seas" … "destroyed 23 drones": of them 11 over the Azov Sea, …)
    const parts = twin === undefined ? [] : drafts.filter((o) => o.partOf === i);
    const partsInside =
      RULES.partsWithinTwin &&
      twin !== undefined &&
      drafts[twin]!.claim.regions.length > 1 &&
      parts.every(
        (o) => o.claim.scope === 'region' && o.claim.regions.every((r) => drafts[twin]!.claim.regions.includes(r)),
      );
    if (twin !== undefined && twin !== i && (parts.length === 0 || partsInside)) {
      alias[i] = twin;
      continue;
    }
    // "intercepted 8 rockets of the US-made HIMARS …" … "they also intercepted 8 HIMARS rockets": the same count of the same
    // weapon restated within two sentences with no place is one claim, also when the two mentions read different countries
    if (RULES.countryRepeat && c.scope === 'country' && c.count > 1 && !drafts[i]!.additive) {
      const earlier = kept.find((j) => {
        const o = drafts[j]!;
        return (
          o.claim.scope === 'country' &&
          o.claim.country !== c.country &&
          o.claim.count === c.count &&
          o.claim.weapon === c.weapon &&
          drafts[i]!.sentence - o.sentence <= 2 &&
          !drafts.some((x) => x.partOf === i || x.partOf === j)
        );
      });
      if (earlier !== undefined) {
        alias[i] = earlier;
        continue;
      }
    }
    const keys = [identityKey(c)];
    if (
      c.scope === 'region' &&
      c.regions.length === 1 &&
      (c.regions[0] === 'RU-MOW' || c.regions[0] === 'RU-MOS') &&
      !drafts[i]!.additive
    ) {
      keys.push(identityKey({ ...c, regions: [c.regions[0] === 'RU-MOW' ? 'RU-MOS' : 'RU-MOW'] }));
    }
    // (a loop, not map and find: see placesInSentence)
    let dup: number | undefined;
    for (const key of keys) if ((dup = keptIndex.get(key)) !== undefined) break;
    if (dup !== undefined) {
      alias[i] = dup;
      continue;
    }
    alias[i] = i;
    keptIndex.set(keys[0]!, i);
    kept.push(i);
  }
  // (after the claims are told apart, so that no claimant set here changes which claims are parts or repeats)
  for (const d of drafts) if (d.anaphorClaimant !== undefined) d.claim = { ...d.claim, claimant: d.anaphorClaimant };
  claimantFromRepeats(drafts, alias);
  if (RULES.dateFromRepeats) dateFromRepeats(drafts, alias);
  for (const i of kept) {
    const d = drafts[i]!;
    if (d.claim.claimant === null && d.actorClaimant !== undefined) d.claim = { ...d.claim, claimant: d.actorClaimant };
  }
  const ids = new Map<number, string>();
  for (const i of kept) ids.set(i, claimIdOf(drafts[i]!.claim));
  return kept.map((i) => {
    const d = drafts[i]!;
    const target = d.partOf === null ? null : alias[d.partOf]!;
    const partOf = target === null || target === i ? null : (ids.get(target) ?? null);
    return withId(d.claim, ids.get(i)!, partOf, original);
  });
}

/**
 * `{ ...claim, claimId, partOf }` written out: the spread's generic copy was a visible share of the profile. Keys in
 * the order of the claim literal in extract() (every claim is made there or copied from one), so JSON is unchanged.
 */
function withId(c: Claim, claimId: string, partOf: string | null, original: string | null): ExtractedClaim {
  const ev = c.evidence;
  return {
    articleId: c.articleId,
    count: c.count,
    qualifier: c.qualifier,
    weapon: c.weapon,
    scope: c.scope,
    regions: c.regions,
    country: c.country,
    claimant: c.claimant,
    eventDate: c.eventDate,
    evidence: original === null ? ev : { text: original.slice(ev.start, ev.end), start: ev.start, end: ev.end },
    claimId,
    partOf,
  };
}
