/**
 * Count mentions in a sentence: a number (with its qualifier) and the noun
 * phrase it counts. A count is kept when the phrase's head is an aerial
 * threat ("75 'aircraft-type' drones", "64 of these drones", "a Su-34") or
 * when the number stands bare where context supplies the thing counted
 * ("Smolensk recorded five", "and nine over Kaluga"). "65 km", "nine
 * locations", "two people" are not counts.
 */
import type { Qualifier, Weapon } from '@skytally/contracts';
import {
  AIRCRAFT_DESIGNATORS,
  BARE_FOLLOWERS,
  DOWN_VERBS,
  DRONE_DESIGNATORS,
  ewParticiple,
  launchCompound,
  MISSILE_DESIGNATORS,
  MLRS_TYPES,
  MODEL_DESIGNATORS,
  MONTHS,
  NON_HEADS,
  NOT_AERIAL_MODIFIERS,
  NP_STOP,
  OTHER_VERBS,
  TRIGGER_WORDS,
  UNCREWED,
  WEAPON_HEADS,
  weaponHeadAt,
  WEAPON_MODIFIERS,
  WEEKDAYS,
} from './lexicon';
import { isNumberWord } from '@skytally/text';
import { numberAt, qualifierBefore } from './numbers';
import { RULES } from './rules';
import { isWordHyphen, type Tok } from './tokens';

export interface Count {
  value: number;
  qualifier: Qualifier;
  /** Token index where the mention starts (qualifier included). */
  from: number;
  /** Token index of the number's first token. */
  numFrom: number;
  /** Token index just past the number. */
  numTo: number;
  /** Token index just past the noun phrase (= numTo for a bare number). */
  npTo: number;
  /** The weapon the phrase names; null for a bare number. */
  weapon: Weapon | null;
  bare: boolean;
  /** "64 of these drones", "45 of them", "two of which". */
  partitive: boolean;
  /** "45 of 70 drones": the 70 (a set the part is taken from). */
  denominator: boolean;
  /** A part's numbered set ("one of six weapons": 6), when the set is not itself the count. */
  setValue?: number;
  /** "a total of 45", "in total". */
  total: boolean;
  /** "out of a total of 45": a total whose place, if any, belongs to its part. */
  outOf: boolean;
  /** Country adjective inside the phrase ("83 Ukrainian drones"): where the threats came from. */
  origin: string | null;
  /** The country that fires the named type ("ATACMS", "Shahed"), when only one side does. */
  typeOrigin?: string | null;
  /** "single drones over A, B and C": one claim per place. */
  each?: boolean;
  /** "the drone was shot down": a definite singular threat; a claim of 1 only where nothing else in the article counts it. */
  definite?: boolean;
  /** "the rest", "the remaining one", "the other": what is left of a total told in parts (placed, with no place of its own, as the part before it). */
  remainder?: boolean;
  /** "one over A and the other over B": the second single threat of a pair, elsewhere than the first (never at its place). */
  pairOther?: boolean;
}

/** Prefixes glued by a hyphen that make a word of their own ("anti-aircraft", "counter-drone"; rule hyphenHead). */
const PREFIXES: ReadonlySet<string> = new Set(['anti', 'counter', 'non', 'pro']);
/** A determiner or number that makes the phrase after "of" no bare singular (rule headlineDowningOf). */
const ARTICLE_OR_NUMBER =
  /^(?:a|an|the|its|their|\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|several|all|some|many)$/;
/** Participles that take "down" in a headline's downing ("shot down", "brought down"). */
const HEADLINE_PARTICLE_VERBS: ReadonlySet<string> = new Set(['shot', 'brought', 'knocked', 'taken']);
/** What may follow a headline's passive participle ("… downed over Kyiv region", "… shot down near Kupiansk"). */
const HEADLINE_AFTER_VERB = new Set([
  '',
  'over',
  'above',
  'in',
  'near',
  'on',
  'at',
  'by',
  'outside',
  'off',
  ',',
  ':',
  '-',
  '–',
  '—',
]);

/** Singular heads a definite threat may have ("the drone", "the Ukrainian UAV", "the cruise missile"). */
const DEFINITE_HEADS = new Set([
  'drone',
  'uav',
  'missile',
  'rocket',
  'shahed',
  'geran',
  'bomb',
  'helicopter',
  'plane',
  'jet',
  'fighter',
  'bomber',
  'warplane',
]);
/** A definite head within the four words after k, and `extra` more for a model's name (see modelNameExtra). */
function definiteHeadAhead(toks: Tok[], k: number, extra: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + 4 + extra); x++) if (DEFINITE_HEADS.has(toks[x]!.low)) return true;
  return false;
}

/**
 * How many tokens more a definite singular's phrase may take for a model's name in it (rule definiteHyphenModel): two
 * for each glued hyphen among the four tokens after k ("the Neptune-MD cruise missile", "the Kh-101 missile": the name
 * is one word) and one for each quotation mark ('the "Neptune" anti-ship missile').
 */
function modelNameExtra(toks: Tok[], k: number): number {
  if (!RULES.definiteHyphenModel) return 0;
  let n = 0;
  let quotes = 0;
  for (let x = k; x < Math.min(toks.length, k + 4 + 2 * n + quotes); x++) {
    if (isWordHyphen(toks, x)) n++;
    else if (QUOTE_MARKS.has(toks[x]!.raw)) quotes++;
  }
  return 2 * n + quotes;
}
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', '«', '»']);

/** "by the drone", "debris of the drone": an agent or a part, not the threat downed. */
const DEFINITE_NOT_AFTER = new Set(['by', 'of', 'from', 'with', 'using', 'via', 'for', 'as', 'like', 'than']);

const LAUNCH_WORDS = new Set(['launched', 'fired', 'used', 'sent', 'deployed']);
/** "one of its three helicopters", "two of our 14 drones": an owner's pronoun before a partitive's numbered set. */
const OWNER_PRONOUNS = new Set(['its', 'their', 'our', 'his', 'her', 'your']);
const SET_QUALIFIER = new Set([
  'over',
  'about',
  'some',
  'nearly',
  'almost',
  'around',
  'more',
  'at',
  'up',
  'approximately',
  'roughly',
]);
/** What is left of a threat where it fell ("debris from one of the destroyed drones"). */
const DEBRIS_NOUNS = new Set([
  'debris',
  'wreckage',
  'fragments',
  'fragment',
  'parts',
  'pieces',
  'piece',
  'remains',
  'shrapnel',
]);
/** A participle that tells a numbered set as downed ("the two destroyed drones"). */
const SET_DOWNED_PARTICIPLE = /^(?:downed|intercepted|destroyed)$/;
const MORE_WORDS = new Set(['more', 'further', 'other', 'additional', 'extra']);
/** A side's adjective before a type designator (rule moreSideDesignator). */
const SIDE_ADJECTIVES: ReadonlySet<string> = new Set(['russian', 'ukrainian', 'enemy', 'belarusian']);

/** Past a qualifier ("over", "more than", "at least", "up to") at j. */
function qualifierEnd(toks: Tok[], j: number): number {
  const w = toks[j]?.low;
  if (
    (w === 'more' && toks[j + 1]?.low === 'than') ||
    (w === 'at' && toks[j + 1]?.low === 'least') ||
    (w === 'up' && toks[j + 1]?.low === 'to')
  )
    return j + 2;
  if (w && SET_QUALIFIER.has(w) && w !== 'more' && w !== 'at' && w !== 'up') return j + 1;
  return j;
}

/** A set's number in words where one in digits is read ("six out of eight drones", as "6 out of 8 drones"). */
function setInWords(toks: Tok[], j: number, text: string, base: number): boolean {
  return isNumberWord(toks[j]?.low ?? '') && numberAt(toks, j, text, base) !== null;
}

function setNumberAhead(toks: Tok[], j: number, text: string, base: number): boolean {
  const k = qualifierEnd(toks, j);
  return k > j && numberAt(toks, k, text, base) !== null;
}

/** "seven shells fired by Grad launchers", "Vampire projectiles": an MLRS's projectiles are rockets (claims.md, edge case 8). */
function mlrsRocket(toks: Tok[], weapon: Weapon, from: number, npTo: number): Weapon {
  if (weapon !== 'unknown' && weapon !== 'missile') return weapon;
  // "17 projectiles from the RM-70 Vampire launcher", "8 rockets of the US-made HIMARS": model numbers and word hyphens go on
  // (and "an": "a missile fired from an Olkha multiple rocket launcher")
  let end = Math.min(toks.length, npTo + (RULES.mlrsModifier ? 8 : 5));
  for (let k = from; k < end; k++) {
    const w = toks[k]!.low;
    if (RULES.mlrsModifier && k >= npTo && (isWordHyphen(toks, k) || toks[k]!.kind === 'n')) {
      // ("four missiles fired from a Czech-made RM-70 Vampire multiple rocket launcher": the pieces of hyphened words and
      // model numbers do not use up the reach; rule mlrsReach)
      if (RULES.mlrsReach) end = Math.min(toks.length, end + 1);
      continue;
    }
    // ("eleven projectiles from the Ukrainian military's Czech-made RM-70 Vampire launcher": an owner's possessive goes on,
    // and the reach with it; rule mlrsOwner)
    if (RULES.mlrsOwner && k >= npTo && (w === "'" || w === '’') && toks[k + 1]?.low === 's') {
      k++;
      end = Math.min(toks.length, end + 6);
      continue;
    }
    if (
      w === 'atacms' ||
      (k >= npTo &&
        (toks[k]!.kind !== 'w' ||
          (NP_STOP.has(w) && !['by', 'from', 'of', 'the', 'a'].includes(w) && !(RULES.mlrsModifier && w === 'an'))))
    )
      break;
    if (MLRS_TYPES.has(w)) return 'rocket';
  }
  return weapon;
}
/** After a count's noun: "launched from the U.S.-supplied M142 High Mobility Artillery Rocket System" (rule rocketSystemNamed). */
const ROCKET_SYSTEM_AFTER =
  /^\s+(?:launched|fired)\s+(?:from|by)\s+(?:U\.S\.|[^,;.!?]){0,80}?\b(?:rocket\s+(?:system|launcher)s?|MLRS)\b/i;

/** A count given before: what "the rest" may be the remainder of. */
export interface Breakdown {
  value: number;
  weapon: Weapon | null;
}

/** In counts of one weapon in order, the first that exceeds the sum of those after it (the total), less that sum. */
function remainderOf(values: number[]): number | null {
  let after = values.reduce((a, b) => a + b, 0);
  for (let k = 0; k < values.length - 1; k++) {
    after -= values[k]!;
    if (values[k]! > after) return values[k]! - after;
  }
  return null;
}

const REST_WORDS = new Set(['rest', 'remaining', 'remainder']);
/** A threat's noun in the singular ("aircraft" is either). */
const SINGULAR_THREAT = /^(?:drone|uav|missile|rocket|shahed|bomb|helicopter|jet|plane|projectile|target)$/;
/** Prepositions of place after "the other" in a pair ("one over A and the other over B"). */
const PAIR_PLACE = new Set(['over', 'above', 'in', 'near', 'at', 'on', 'off', 'outside']);

/** A set mentioned before ("Russia fired 31 missiles"): what "all of them", "all but two" count. */
export interface SetMention {
  value: number;
  weapon: Weapon;
  qualifier: Qualifier;
  /** The largest set of each other weapon in the same list ("23 missiles and 428 drones": the 23 missiles). */
  others?: SetMention[];
}

/** The set a later "all of them" counts: the largest count of threats (launch platforms aside) in a list. */
export function largestSet(counts: Count[]): SetMention | null {
  let best: Count | null = null;
  for (const o of counts)
    if (o.weapon !== null && !o.bare && !o.definite && o.weapon !== 'aircraft' && (!best || o.value > best.value))
      best = o;
  if (!best) return null;
  const others = new Map<Weapon, SetMention>();
  // (a weapon counted twice in the list has no one set: "10 Kalibr missiles, 13 Kh-101 missiles and 300 drones"; review)
  const twice = new Set<Weapon>();
  for (const o of counts)
    if (o.weapon !== null && o.weapon !== best.weapon && !o.bare && !o.definite && o.weapon !== 'aircraft') {
      if (others.has(o.weapon)) twice.add(o.weapon);
      others.set(o.weapon, { value: o.value, weapon: o.weapon, qualifier: o.qualifier });
    }
  for (const w of twice) others.delete(w);
  return {
    value: best.value,
    weapon: best.weapon!,
    qualifier: best.qualifier,
    ...(others.size > 0 ? { others: [...others.values()] } : {}),
  };
}

/** One modifier of a threat's kind before the second head of a mixed count ("missiles and exploding drones"; rule modifiedOtherHead). */
const MIXED_OTHER_MODIFIERS = new Set(
  'exploding attack kamikaze strike suicide combat cruise ballistic guided loitering'.split(' '),
);
/** Prepositions of place before "N others" (rule placeOthers). */
// (not "on": "mobile groups fired on four others", "electronic warfare was used on three others" are threats; review)
// (nor "at": "fired at three others, which were later destroyed", second review)
const PLACE_PREPOSITIONS = new Set(['in', 'across', 'near']);
/** A count written without a numeral that stands for a set named before ("all of them", "every one of the X"). */
function referenceCount(value: number, qualifier: Qualifier, from: number, to: number, weapon: Weapon | null): Count {
  const none = { partitive: false, denominator: false, total: false, outOf: false, origin: null };
  return { value, qualifier, from, numFrom: from, numTo: to, npTo: to, weapon, bare: true, ...none };
}

/** One threat named by its noun phrase from `from` ("the drone", a headline's "Enemy bomber"), counted 1. */
function singleThreat(from: number, np: NounPhrase, weapon: Weapon | null): Count {
  const none = { bare: false, partitive: false, denominator: false, total: false, outOf: false };
  const origin = { origin: np.origin, typeOrigin: np.typeOrigin ?? null };
  return {
    value: 1,
    qualifier: 'exact',
    from,
    numFrom: from,
    numTo: from + 1,
    npTo: np.to,
    weapon,
    ...none,
    ...origin,
  };
}

const VERB_AFTER_ALL = new Set(['were', 'was', 'have', 'had', 'been']);
/** Words between "all the" and the threats' noun that keep it the set named before ("all the enemy drones"; not a
 * side's demonym, which may name another set than the one launched). */
const ALL_THE_MODIFIERS = new Set('enemy hostile attack attacking incoming launched kamikaze'.split(' '));
/**
 * After "all of" at k: where the head's words start past "the" or an owner's possessive ("all of the drones", "all of
 * Russia's drones", "all of the enemy's drones"); -1 when neither follows.
 */
function allOfHead(toks: Tok[], k: number): number {
  let x = k;
  if (toks[x]?.low === 'the') x++;
  // an owner: one capitalised name, or "the enemy", then "'s"
  if (
    toks[x]?.kind === 'w' &&
    (/^\p{Lu}/u.test(toks[x]!.raw) || toks[x]!.low === 'enemy') &&
    ["'", '’'].includes(toks[x + 1]?.raw ?? '') &&
    toks[x + 2]?.low === 's'
  )
    return x + 3;
  return x > k ? x : -1;
}
/**
 * From k: past what tells where the threats were made, and the modifiers "all the" takes — a hyphened origin
 * ("Iranian-made", "US-supplied"), "kamikaze", "attack", "enemy" — at most ten tokens; where the head starts, or k. A
 * side's bare demonym ("all the Ukrainian drones"), a type ("all the cruise missiles") or a model ("all the Gerbera
 * drones", "all of the Kh-101 missiles") may pick out a part of the set named before, or another set, so none is read
 * past (two reviews).
 */
function pastOriginModifiers(toks: Tok[], k: number): number {
  let x = k;
  while (x < k + 10 && x < toks.length) {
    const t = toks[x]!;
    const hyphened = toks[x + 1]?.raw === '-' && toks[x + 2] !== undefined && toks[x + 2]!.kind === 'w';
    if (t.kind === 'w' && /^\p{Lu}/u.test(t.raw) && hyphened && ORIGIN_PARTICIPLES.has(toks[x + 2]!.low)) x += 3;
    else if (t.kind === 'w' && !/^\p{Lu}/u.test(t.raw) && ALL_THE_MODIFIERS.has(t.low)) {
      // ("kamikaze-drones" ends at its head)
      if (hyphened && WEAPON_HEADS.has(toks[x + 2]!.low)) return x + 2;
      x++;
    } else break;
  }
  // (the head, or the drones' long name, "unmanned aerial vehicles")
  const head = toks[x]?.kind === 'w' ? toks[x]!.low : '';
  return WEAPON_HEADS.has(head) || (head === 'unmanned' && toks[x + 1]?.low === 'aerial') ? x : k;
}
/** What "all" takes before the part left out: "all but one", "all bar one", "all except one" (rule allButOneOf). */
const ALL_BUT: ReadonlySet<string> = new Set(['but', 'bar', 'except', 'save']);
/** The second half of a hyphened origin: "Iranian-made", "US-supplied", "Russian-designed". */
const ORIGIN_PARTICIPLES: ReadonlySet<string> = new Set([
  'made',
  'designed',
  'built',
  'produced',
  'supplied',
  'manufactured',
]);
/** "All the drones are reported / said / believed to have been shot down" (rule allTheAre). */
const REPORTED_PRESENT = new Set(['reported', 'said', 'believed', 'thought', 'understood']);
/** "brings to ten the …", "raised to 14 the …": a running total's verb before its number. */
const RAISE_VERBS = new Set([
  'brings',
  'brought',
  'bringing',
  'raises',
  'raised',
  'raising',
  'takes',
  'took',
  'taking',
]);
/** "nearly all the drones", "not all the missiles": less than the set. */
const NOT_ALL = new Set(['nearly', 'almost', 'virtually', 'practically', 'not', 'most', 'largely']);
const CLAIM_PARTICIPLE = /^(?:intercepted|destroyed|downed|neutrali[sz]ed)$/;
/** An unnumbered set of threats: "several waves of drones", "dozens of missiles", "a number of UAVs" (rule vagueSetFirst). */
const VAGUE_SET =
  /\b(?:several|many|numerous|multiple|dozens\s+of|scores\s+of|hundreds\s+of|waves?\s+of|swarms?\s+of|groups?\s+of|a\s+number\s+of|a\s+series\s+of)\s+(?:(?!(?:of|the|these|those|as|and|or|but|hundred|thousand)\b)[\w-]+\s+){0,2}(?:drones|uavs|missiles|rockets|shaheds|aerial\s+vehicles)\b/i;
/** Words before a gerund that say it was not done ("instead of intercepting"). */
const NOT_DONE_BEFORE: ReadonlySet<string> = new Set(['of', 'than', 'without']);
const CLAIM_GERUND = /^(?:intercepting|destroying|downing|neutrali[sz]ing)$/;

export function findCounts(
  toks: Tok[],
  text: string,
  base: number,
  previous: number | null = null,
  previousSet: SetMention | null = null,
  /** Read "the drone", "the cruise missile" as a definite count of 1 (claim sentences only). */
  definiteSingulars = false,
  /** The breakdown a "the rest" completes: its total and the parts given before this sentence (claim sentences only). */
  breakdown: (() => Breakdown[]) | null = null,
  /** A headline line (no closing stop): "Russian drone downed over Kyiv region" drops the article. */
  headline = false,
): Count[] {
  const out: Count[] = [];
  // "Enemy bomber shot down in Kharkiv region", "Su-34 downed near Kupiansk": a headline's singular threat without its
  // article, as its subject, is one
  if (headline && toks.length > 2) {
    const np = nounPhrase(toks, 0);
    const head = np && np.weapon !== null && !np.nonHead ? toks[np.to - 1] : undefined;
    const verb = np ? toks[np.to]?.low : undefined;
    if (
      np &&
      head &&
      (DEFINITE_HEADS.has(head.low) || (np.weapon === 'aircraft' && head.low !== 'aircraft' && !/s$/.test(head.low))) &&
      (verb === 'downed' ||
        verb === 'intercepted' ||
        verb === 'destroyed' ||
        (verb === 'shot' && toks[np.to + 1]?.low === 'down') ||
        // ("Russian drone brought down over Kyiv region", "… neutralised near Odesa": rule headlineVerbs)
        (RULES.headlineVerbs &&
          ((HEADLINE_PARTICLE_VERBS.has(verb ?? '') && toks[np.to + 1]?.low === 'down') ||
            verb === 'neutralised' ||
            verb === 'neutralized'))) &&
      // a passive, not the interceptor of an object ("F-16 jet intercepted most of the missiles")
      HEADLINE_AFTER_VERB.has(toks[toks[np.to + 1]?.low === 'down' ? np.to + 2 : np.to + 1]?.low ?? '')
    )
      out.push(singleThreat(0, np, np.weapon));
    // ("Russia Reports Downing of U.S.-Built F-16 Fighter Jet": a headline's downing noun with its singular threat after
    // "of" and no article; rule headlineDowningOf)
    if (out.length === 0 && RULES.headlineDowningOf) {
      const at = toks.findIndex((t, k) => DOWNING_NOUNS.has(t.low) && toks[k + 1]?.low === 'of');
      const of = at >= 0 ? nounPhrase(toks, at + 2) : null;
      const ofHead = of && of.weapon !== null && !of.nonHead ? toks[of.to - 1] : undefined;
      if (
        of &&
        ofHead &&
        !ARTICLE_OR_NUMBER.test(toks[at + 2]!.low) &&
        (DEFINITE_HEADS.has(ofHead.low) ||
          (of.weapon === 'aircraft' && ofHead.low !== 'aircraft' && !/s$/.test(ofHead.low))) &&
        (of.to >= toks.length - 1 || HEADLINE_AFTER_VERB.has(toks[of.to]!.low))
      )
        out.push(singleThreat(at + 2, of, of.weapon));
    }
  }
  // (past a headline's subject only: a threat after "Downing of" leaves the words before it to be read; review)
  for (let i = out.length > 0 && out[0]!.from === 0 ? out[0]!.npTo : 0; i < toks.length; i++) {
    // "All of them were destroyed", "all but two were shot down" after "Russia fired 31 missiles": the set, or the set less N
    if (toks[i]!.low === 'all' && toks[i + 1]?.low !== 'the' && toks[i - 1]?.low !== 'of') {
      const set = largestSet(out);
      const ref: SetMention | null = set ?? previousSet;
      // "Russia launched 40 drones at Ukraine overnight, all of which were shot down": a relative clause on the set
      const ofThem =
        toks[i + 1]?.low === 'of' &&
        (['them', 'these', 'those'].includes(toks[i + 2]?.low ?? '') ||
          (toks[i + 2]?.low === 'which' && toks[i - 1]?.raw === ','));
      const butN = toks[i + 1]?.low === 'but' ? numberAt(toks, i + 2, text, base) : null;
      // "all but three of the 40 drones were shot down": the set named after the exception, less it
      if (butN && !butN.weak && toks[butN.to]?.low === 'of') {
        const at = toks[butN.to + 1]?.low === 'the' ? butN.to + 2 : butN.to + 1;
        const setN = numberAt(toks, at, text, base);
        const np = setN && !setN.weak ? nounPhrase(toks, setN.to) : null;
        if (setN && np && np.weapon !== null && !np.nonHead && setN.value > butN.value) {
          out.push(referenceCount(setN.value - butN.value, 'exact', i, np.to, np.weapon));
          i = np.to - 1;
          continue;
        }
      }
      const to = ofThem ? i + 3 : butN ? butN.to : i + 1;
      const verbNext = ['were', 'was', 'have', 'had', 'been'].includes(toks[to]?.low ?? '');
      // "shot down all of them": the object of an interception verb
      const objectOf =
        ofThem &&
        (toks[i - 1]?.low === 'down' ||
          /^(?:intercepted|destroyed|downed|neutrali[sz]ed)$/.test(toks[i - 1]?.low ?? ''));
      // ("Russia launched 34 drones. … the capital came under attack by several waves of drones, but they had all been
      // shot down": "all" is the unnumbered set its own sentence names, not the set of a sentence before; rule
      // vagueSetFirst)
      const vagueSetHere = RULES.vagueSetFirst && set === null && VAGUE_SET.test(text.slice(0, toks[i]!.start - base));
      if (ref && !vagueSetHere && (verbNext || objectOf) && (!butN || (!butN.weak && butN.value < ref.value))) {
        out.push(
          referenceCount(butN ? ref.value - butN.value : ref.value, butN ? 'exact' : ref.qualifier, i, to, ref.weapon),
        );
        i = to - 1;
        continue;
      }
    }
    // "Russia fired 8 missiles at the Lviv region, each of which was intercepted", "…, every one of which was shot down":
    // the set before the comma, as "all of which" (rule everyOneOfWhich)
    if (RULES.everyOneOfWhich && toks[i - 1]?.raw === ',' && (toks[i]!.low === 'each' || toks[i]!.low === 'every')) {
      const which = eachOfWhichEnd(toks, i);
      // (the threats counted right before the comma, not the largest set: "launched 30 drones at Kharkiv, hitting three
      // substations, each of which was destroyed" refers to the substations; review)
      const last = out[out.length - 1];
      const ref = which > 0 && last && last.weapon !== null && onlyPlaceBetween(toks, last.npTo, i - 1) ? last : null;
      if (ref && ['were', 'was', 'have', 'had', 'has', 'been'].includes(toks[which + 1]?.low ?? '')) {
        out.push(referenceCount(ref.value, ref.qualifier, i, which + 1, ref.weapon));
        i = which;
        continue;
      }
    }
    // "with 17 drones, but air defence shot down all the targets", "all the missiles were destroyed": the whole set named
    // just before, as "all of them" (a head of another weapon than the set's is another set)
    // ("nearly all the drones": not all, no count)
    // ("all of the drones", "all of Russia's drones": the same, rule allOfThe)
    const allOf = RULES.allOfThe && toks[i]!.low === 'all' && toks[i + 1]?.low === 'of' ? allOfHead(toks, i + 2) : -1;
    if (
      toks[i]!.low === 'all' &&
      (toks[i + 1]?.low === 'the' || allOf > 0) &&
      toks[i - 1]?.low !== 'of' &&
      !NOT_ALL.has(toks[i - 1]?.low ?? '')
    ) {
      const ref = largestSet(out) ?? previousSet;
      // ("all the enemy drones", "all the incoming unmanned aerial vehicles": an attacker's word before the head, and
      // the three words of the drones' long name as one head, rule allTheModified)
      let h = allOf > 0 ? allOf : i + 2;
      if (RULES.allTheModified) while (h < i + 4 && ALL_THE_MODIFIERS.has(toks[h]?.low ?? '')) h++;
      // ("all of the Iranian-made kamikaze drones": a hyphened origin before the head too, rule allTheOrigin)
      if (RULES.allTheOrigin) h = pastOriginModifiers(toks, h);
      const longName =
        RULES.allTheModified &&
        toks[h]?.low === 'unmanned' &&
        toks[h + 1]?.low === 'aerial' &&
        toks[h + 2]?.low === 'vehicles';
      const headEnd = longName ? h + 3 : h + 1;
      const head = toks[headEnd - 1];
      const headWeapon = longName ? 'drone' : head ? (WEAPON_HEADS.get(head.low) ?? null) : null;
      const generic = head !== undefined && /^(?:targets|threats|objects)$/.test(head.low);
      // ("All the drones are reported to have been shot down": a present report of the downing, rule allTheAre)
      const verbNext =
        VERB_AFTER_ALL.has(toks[headEnd]?.low ?? '') ||
        (RULES.allTheAre &&
          toks[headEnd]?.low === 'are' &&
          REPORTED_PRESENT.has(toks[headEnd + 1]?.low ?? '') &&
          toks[headEnd + 2]?.low === 'to' &&
          toks[headEnd + 3]?.low === 'have' &&
          toks[headEnd + 4]?.low === 'been');
      // ("succeeded in intercepting all of Russia's drones": the gerund's object too, rule allOfThe)
      const objectOf =
        toks[i - 1]?.low === 'down' ||
        CLAIM_PARTICIPLE.test(toks[i - 1]?.low ?? '') ||
        // (not "instead of / rather than / without intercepting all …", review)
        (RULES.allOfThe && CLAIM_GERUND.test(toks[i - 1]?.low ?? '') && !NOT_DONE_BEFORE.has(toks[i - 2]?.low ?? ''));
      // ("all the drones that crossed into the Chernihiv region", "all of the drones aimed at the city": a part the
      // clause after the head picks out, not the whole set; rule allOfThe, review)
      const narrowed =
        RULES.allOfThe &&
        !verbNext &&
        (toks[headEnd]?.low === 'that' ||
          toks[headEnd]?.low === 'which' ||
          /(?:ed|ing)$/.test(toks[headEnd]?.low ?? ''));
      // ("fired 23 missiles and 428 drones … shot down all the missiles": the set of the head's weapon, not the largest,
      // rule allOfWeapon)
      // (not with an exception after it: "all the missiles except one"; review)
      const own =
        RULES.allOfWeapon &&
        ref &&
        headWeapon !== null &&
        headWeapon !== ref.weapon &&
        !EXCEPT.has(toks[headEnd]?.low ?? '')
          ? (ref.others?.find((o) => o.weapon === headWeapon) ?? null)
          : null;
      const set = own ?? ref;
      if (
        set &&
        !narrowed &&
        (generic || (headWeapon !== null && headWeapon === set.weapon && /s$/.test(head!.low))) &&
        (verbNext || objectOf)
      ) {
        out.push(referenceCount(set.value, set.qualifier, i, headEnd, set.weapon));
        i = headEnd - 1;
        continue;
      }
    }
    // "every one of the aircraft was downed", "destroyed every one of the Iskander missiles": all of the set named before
    if (
      toks[i]!.low === 'every' &&
      toks[i + 1]?.low === 'one' &&
      toks[i + 2]?.low === 'of' &&
      ['the', 'them', 'these', 'those'].includes(toks[i + 3]?.low ?? '') &&
      toks[i + 4]?.kind !== 'n' &&
      !isNumberWord(toks[i + 4]?.low ?? '')
    ) {
      const ref = largestSet(out) ?? previousSet;
      let to = i + 4;
      while (to < toks.length && to < i + 8 && toks[to]!.kind === 'w' && !VERB_AFTER_ALL.has(toks[to]!.low)) to++;
      const verbNext = VERB_AFTER_ALL.has(toks[to]?.low ?? '');
      const objectOf =
        toks[i - 1]?.low === 'down' ||
        CLAIM_PARTICIPLE.test(toks[i - 1]?.low ?? '') ||
        // "shot every one of them down"
        (DOWN_VERBS.has(toks[i - 1]?.low ?? '') && toks[i + 4]?.low === 'down');
      // ("28 missiles and 16 drones. Every one of the missiles was shot down": a noun that names another weapon than the
      // largest set's names one of the others, which the whole-set reading finds; rule everyOneOfNoun)
      let named: Weapon | undefined;
      for (let k = i + 4; RULES.everyOneOfNoun && named === undefined && k < to; k++)
        named = WEAPON_HEADS.get(toks[k]!.low);
      // ("every one of the aircraft" may be drones: only a drone, missile, rocket or bomb noun names another set)
      const otherSet =
        named !== undefined && named !== 'unknown' && named !== 'aircraft' && ref !== null && ref.weapon !== named;
      // (a plural reference: never a set of one, "a Kinzhal had knocked out …. every one of them")
      if (ref && ref.value >= 2 && (verbNext || objectOf) && !otherSet) {
        if (objectOf && !verbNext) to = i + 4;
        out.push(referenceCount(ref.value, ref.qualifier, i, to, ref.weapon));
        i = to - 1;
        continue;
      }
    }
    // "Of them, 18 were over Kursk, 12 over Bryansk, and the rest over Belgorod", "the remaining drones over …": the total
    // less the parts given before it
    // ("most of the remaining missiles": a share of the remainder, no count)
    if (breakdown && toks[i]!.low === 'the' && REST_WORDS.has(toks[i + 1]?.low ?? '') && toks[i - 1]?.low !== 'of') {
      let to = i + 2;
      const next = toks[to];
      const numbered = next !== undefined && (next.kind === 'n' || isNumberWord(next.low));
      // "the rest of the country", "the remaining wreckage": not the threats
      const ofThem = toks[to]?.low === 'of' && ['them', 'these', 'those'].includes(toks[to + 1]?.low ?? '');
      const ofOther = toks[to]?.low === 'of' && !ofThem;
      if (ofThem) to += 2;
      // "20 over Kursk … and the rest over other regions": a remainder over places left unnamed is the total's, which
      // already counts it (claims.md edge case 3), not a claim of its own (rule restElsewhere)
      const elsewhere =
        RULES.restElsewhere && REST_ELSEWHERE.test(text.slice(toks[to - 1]!.end - base, toks[to - 1]!.end - base + 40));
      const np = toks[i + 1]!.low === 'remaining' ? nounPhrase(toks, to) : null;
      // "twelve of them last night and the remaining one this morning": a remainder told with its numeral, when the parts
      // given leave exactly that
      const stated = numbered && RULES.statedRemainder ? numberAt(toks, to, text, base) : null;
      const statedNp = stated && !stated.weak ? nounPhrase(toks, stated.to) : null;
      if (
        (!numbered || (stated && !stated.weak && toks[stated.to]?.low !== 'of')) &&
        !ofOther &&
        !elsewhere &&
        !(!stated && np && (np.weapon === null || np.nonHead) && np.to > to) &&
        !(statedNp && (statedNp.weapon === null || statedNp.nonHead) && statedNp.to > stated!.to)
      ) {
        const seq = [
          ...breakdown(),
          ...out
            .filter((o) => !o.denominator)
            .map((o) => ({ value: o.value * eachTimes(toks, o.npTo, i, text, base), weapon: o.weapon })),
        ];
        // "the remaining aircraft" after drones: the generic word takes the weapon of the parts
        let last: Weapon | null = null;
        for (const o of seq) last = o.weapon ?? last;
        const weapon =
          np && np.weapon !== null && !np.nonHead && !(last !== null && ['aircraft', 'unknown'].includes(np.weapon))
            ? np.weapon
            : last;
        const same = seq.filter((o) => o.weapon === null || weapon === null || o.weapon === weapon).map((o) => o.value);
        // ("…, while the remaining drone was downed over the Bryansk region": a singular noun says one, whatever the sums)
        const value =
          RULES.singularRemainder &&
          !stated &&
          np &&
          np.weapon !== null &&
          !np.nonHead &&
          SINGULAR_THREAT.test(toks[np.to - 1]!.low)
            ? 1
            : remainderOf(same);
        if (value !== null && (!stated || stated.value === value)) {
          if (stated) to = statedNp && statedNp.weapon !== null && !statedNp.nonHead ? statedNp.to : stated.to;
          else if (np && np.weapon !== null && !np.nonHead) to = np.to;
          out.push({
            ...referenceCount(value, 'exact', i, to, weapon),
            ...(RULES.statedRemainder ? { remainder: true } : {}),
          });
          i = to - 1;
          continue;
        }
      }
    }
    // "Two were intercepted over the Istra district. The other was destroyed over Shebekino": the one left of a total told
    // in parts ("the others were …" the several left)
    if (
      toks[i]!.low === 'the' &&
      (toks[i + 1]?.low === 'other' || toks[i + 1]?.low === 'others') &&
      breakdown &&
      toks[i - 1]?.low !== 'of' &&
      RULES.statedRemainder
    ) {
      const plural = toks[i + 1]!.low === 'others';
      const to = !plural && toks[i + 2]?.low === 'one' ? i + 3 : i + 2;
      if ((plural ? ['were', 'have', 'had'] : ['was', 'has', 'had']).includes(toks[to]?.low ?? '')) {
        const seq = [
          ...breakdown(),
          ...out.filter((o) => !o.denominator).map((o) => ({ value: o.value, weapon: o.weapon })),
        ];
        let weapon: Weapon | null = null;
        for (const o of seq) weapon = o.weapon ?? weapon;
        const value = remainderOf(seq.filter((o) => o.weapon === null || o.weapon === weapon).map((o) => o.value));
        if (value !== null && (plural ? value > 1 : value === 1)) {
          out.push({ ...referenceCount(value, 'exact', i, to, weapon), remainder: true });
          i = to - 1;
          continue;
        }
      }
    }
    // "shot down one drone over the Kaluga region and the other over the highway", "one over A, the second over B": the
    // second of a pair told one by one is a single threat too (a count with no verb of its own, as "and nine over Kaluga")
    if (
      toks[i]!.low === 'the' &&
      (toks[i + 1]?.low === 'other' || toks[i + 1]?.low === 'second') &&
      (toks[i - 1]?.low === 'and' || toks[i - 1]?.raw === ',') &&
      PAIR_PLACE.has(toks[i + (toks[i + 2]?.low === 'one' ? 3 : 2)]?.low ?? '')
    ) {
      const one = out[out.length - 1];
      if (one !== undefined && one.value === 1 && !one.denominator && toks[one.numFrom]!.low === 'one') {
        const to = toks[i + 2]?.low === 'one' ? i + 3 : i + 2;
        out.push({ ...referenceCount(1, 'exact', i, to, one.weapon), pairOther: true });
        i = to - 1;
        continue;
      }
    }
    // "and the same number over Tula": the number it refers to (claims.md, edge case 9)
    if (
      toks[i]!.low === 'same' &&
      toks[i - 1]?.low === 'the' &&
      ['number', 'amount'].includes(toks[i + 1]?.low ?? '')
    ) {
      const ref = out.length > 0 ? out[out.length - 1]!.value : previous;
      if (ref !== null && !(toks[i + 2]?.low === 'of')) {
        out.push({
          value: ref,
          qualifier: 'exact',
          from: i - 1,
          numFrom: i - 1,
          numTo: i + 2,
          npTo: i + 2,
          weapon: null,
          bare: true,
          partitive: false,
          denominator: false,
          total: false,
          outOf: false,
          origin: null,
        });
        i += 1;
        continue;
      }
    }
    // "The drone was shot down over the Bryansk region", "air defence destroyed the drone": a definite singular threat
    // ("shot this drone down" too, rule demonstrativeSingular; kept as a claim by the document pass only when nothing
    // else in the article counts that weapon)
    const extra =
      (toks[i]!.low === 'the' ||
        (RULES.demonstrativeSingular && toks[i]!.low === 'this' && !THIS_GENERIC.test(text))) &&
      definiteSingulars &&
      !REST_WORDS.has(toks[i + 1]?.low ?? '')
        ? modelNameExtra(toks, i + 1)
        : -1;
    if (extra >= 0 && definiteHeadAhead(toks, i + 1, extra)) {
      const np = nounPhrase(toks, i + 1);
      const head = np && np.weapon !== null && !np.nonHead ? toks[np.to - 1] : undefined;
      if (
        head &&
        np &&
        head.kind === 'w' &&
        DEFINITE_HEADS.has(head.low) &&
        np.to - i <= 5 + extra &&
        !["'", '’'].includes(toks[np.to]?.raw ?? '') &&
        !DEFINITE_NOT_AFTER.has(toks[i - 1]?.low ?? '') &&
        toks[np.to]?.low !== 'of'
      ) {
        out.push({ ...singleThreat(i, np, np.generic ? null : np.weapon), definite: true });
        i = np.to - 1;
        continue;
      }
    }
    const n = numberAt(toks, i, text, base);
    if (!n) continue;
    // "every one of them had been intercepted" with no set named before: "one" counts nothing here
    if (toks[i - 1]?.low === 'every' && toks[i]!.low === 'one') continue;
    // "the 'one-of-a-kind' Kinzhals", "a one-in-a-million shot": an article inside a hyphened compound counts nothing
    // (rule hyphenedArticle)
    if (
      RULES.hyphenedArticle &&
      (toks[i]!.low === 'a' || toks[i]!.low === 'an') &&
      toks[i - 1]?.raw === '-' &&
      toks[i - 1]!.end === toks[i]!.start
    )
      continue;
    // "28 Shahed 136 drones", "Kh 101 missiles": a model number written with a space, not a count;
    // "above five of Russia's regions", "over three of the border regions": places are counted, not threats
    if (
      modelNumber(toks, n.from) ||
      regionsCounted(toks, n.to) ||
      (RULES.partOfPlaces && partOfPlacesBefore(toks, n.from, n.to))
    ) {
      i = n.to - 1;
      continue;
    }
    // "no one was hurt", "not one": not a count
    if (
      toks[i - 1]?.low === 'no' ||
      // "NATO's Article 4", "Flight 17", "Resolution 2202": a label's number (rule labelNumber)
      (RULES.labelNumber && LABELS.has(toks[i - 1]?.raw ?? '')) ||
      // "could not prevent 35 hits at 14 locations", "6 hits were recorded": hits counted, "hits" no verb here (rule
      // hitsNoun)
      (RULES.hitsNoun && hitsCounted(toks, n.to)) ||
      (RULES.weaponImpacts && impactsCounted(toks, n.to))
    ) {
      i = n.to - 1;
      continue;
    }
    // "between 30 and 40 drones", "30 to 40 drones": a range is no count, neither of its ends (corpus README)
    const rangeEnd = rangeAfter(toks, n.to, text, base);
    if (rangeEnd > 0 && (toks[i - 1]?.low === 'between' || toks[n.to]?.low === 'to')) {
      i = rangeEnd - 1;
      continue;
    }
    if (isDateOrYear(toks, n.from, n.to, n.value)) {
      i = n.to - 1;
      continue;
    }
    // "a particularly intense one in the Black Sea area", "the night was a long one": "one" as a pronoun after an
    // adjective, not a count (rule adjectiveOne)
    if (RULES.adjectiveOne && toks[i]!.low === 'one' && pronounOne(toks, i)) continue;
    // "in three and a half years of war": a duration, not a count (rule andAHalfDuration)
    if (RULES.andAHalfDuration && andAHalfDuration(toks, n.to)) {
      i = n.to + 3;
      continue;
    }
    // "one of the largest attacks", "one of the country's biggest refineries": a member of a set, not a count
    if (toks[i]!.low === 'one' && toks[n.to]?.low === 'of' && oneOfNotACount(toks, n.to + 1)) {
      i = n.to - 1;
      continue;
    }
    // "debris of downed drones fell in three others", "hit six districts … and damage in two others": places counted by
    // "others" after a preposition of place, not threats (rule placeOthers)
    if (RULES.placeOthers && toks[n.to]?.low === 'others' && PLACE_PREPOSITIONS.has(toks[n.from - 1]?.low ?? '')) {
      i = n.to;
      continue;
    }
    let q = qualifierBefore(toks, n.from);
    // "reports about a drone shot down", "talked about a missile": "about" before the article "a" is the preposition, not
    // "about one" ("about a dozen" is a number of its own; rule aboutAnArticle)
    if (
      RULES.aboutAnArticle &&
      n.value === 1 &&
      q.from === n.from - 1 &&
      (toks[n.from]!.low === 'a' || toks[n.from]!.low === 'an') &&
      (toks[q.from]!.low === 'about' || toks[q.from]!.low === 'around')
    )
      q = { qualifier: 'exact', from: n.from };
    if (n.odd && q.qualifier === 'exact') q.qualifier = 'about';
    let j = n.to;
    // "100+ drones": a plus sign glued to the number is "more than", and the noun comes after it
    if (toks[j]?.raw === '+' && toks[j]!.start === toks[j - 1]!.end && q.qualifier === 'exact') {
      q.qualifier = 'more_than';
      j++;
    }
    let partitive = false;
    // "shot down 58, or 92%, of the 63 drones": a share between commas before the set
    if (toks[j]?.raw === ',' && toks[j + 1]?.low === 'or') {
      let x = j + 2;
      while (x < j + 5 && toks[x]?.kind === 'w' && /^(?:about|around|some|nearly|almost|roughly)$/.test(toks[x]!.low))
        x++;
      const pct = toks[x + 1]?.raw === '%' || toks[x + 1]?.low === 'percent' ? x + 2 : -1;
      if (toks[x]?.kind === 'n' && pct > 0 && toks[pct]?.raw === ',' && toks[pct + 1]?.low === 'of') j = pct + 1;
    }
    // "over three of the region's municipalities", "two of the city's districts": a set the possessive names that is no
    // threat is no count (rule ownedOtherSet)
    if (
      RULES.ownedOtherSet &&
      toks[j]?.low === 'of' &&
      toks[j + 1]?.low === 'the' &&
      ownedOtherThanThreats(toks, j + 2)
    ) {
      i = n.to - 1;
      continue;
    }
    // "64 of these drones", "45 of them", "two of which", "45 of the drones"
    if (toks[j]?.low === 'of' && ['these', 'them', 'those', 'which', 'the', 'whom'].includes(toks[j + 1]?.low ?? '')) {
      partitive = true;
      j += 2;
    } else if (
      RULES.possessivePartitive &&
      toks[j]?.low === 'of' &&
      OWNER_PRONOUNS.has(toks[j + 1]?.low ?? '') &&
      numberAt(toks, qualifierEnd(toks, j + 2), text, base) !== null
    ) {
      partitive = true; // "one of its three Ka-52 helicopters", "two of their 12 drones": the set with its owner's pronoun
      j += 2;
    } else if (
      RULES.pronounSetPartitive &&
      toks[j]?.low === 'of' &&
      OWNER_PRONOUNS.has(toks[j + 1]?.low ?? '') &&
      toks[j + 2]?.low !== 'own' &&
      isWeaponAhead(toks, j + 2, 3)
    ) {
      partitive = true; // "20 of its drones", "two of their cruise missiles": the set with its owner's pronoun, no number
      j += 2;
    } else if (
      RULES.ownSetPartitive &&
      toks[j]?.low === 'of' &&
      OWNER_PRONOUNS.has(toks[j + 1]?.low ?? '') &&
      toks[j + 2]?.low === 'own'
    ) {
      partitive = true; // "one of its own Ka-52 helicopters": a part of the owner's own set
      j += 3;
    } else if (
      toks[j]?.low === 'of' &&
      (toks[j + 1]?.kind === 'n' ||
        (isNumberWord(toks[j + 1]?.low ?? '') && numberAt(toks, j + 1, text, base) !== null))
    ) {
      partitive = true; // "35 of 40 drones", "one of two missiles": the 40 is the set, read past it
      j += 1;
    } else if (toks[j]?.low === 'of' && possessiveSet(toks, j + 1) > 0) {
      partitive = true; // "41 of Russia's missiles", "12 of the enemy's drones": the set named with its owner
      j = possessiveSet(toks, j + 1);
    } else if (
      toks[j]?.low === 'of' &&
      SET_QUALIFIER.has(toks[j + 1]?.low ?? '') &&
      setNumberAhead(toks, j + 1, text, base)
    ) {
      partitive = true; // "9 of over 15 missiles", "40 of some 60 drones"
      j += 1;
    } else if (
      toks[j]?.low === 'out' &&
      toks[j + 1]?.low === 'of' &&
      (setInWords(toks, j + 2, text, base) ||
        toks[j + 2]?.kind === 'n' ||
        ['these', 'them', 'those', 'the'].includes(toks[j + 2]?.low ?? ''))
    ) {
      partitive = true; // "42 out of 55 drones", "six out of eight drones", "12 out of the 20 missiles"
      j += toks[j + 2]!.kind === 'n' || setInWords(toks, j + 2, text, base) ? 2 : 3;
    } else if (
      (toks[j]?.low === 'out' ? toks[j + 1]?.low === 'of' && toks[j + 2]?.low === 'a' : toks[j]?.low === 'of') &&
      toks[j + (toks[j]!.low === 'out' ? 2 : 1)]?.low === 'a' &&
      toks[j + (toks[j]!.low === 'out' ? 3 : 2)]?.low === 'total' &&
      toks[j + (toks[j]!.low === 'out' ? 4 : 3)]?.low === 'of' &&
      numberAt(toks, j + (toks[j]!.low === 'out' ? 5 : 4), text, base) !== null
    ) {
      partitive = true; // "26 out of a total of 31 drones", "26 of a total of 31": the total is the set the part is taken from
      j += toks[j]!.low === 'out' ? 5 : 4;
    } else if (toks[j]?.low === 'out' && (toks[j + 1]?.kind === 'n' || setInWords(toks, j + 1, text, base))) {
      partitive = true; // "40 out 52 missiles" (headline shorthand)
      j += 1;
    }
    // "11 of the 16 drones", "9 of over 15 missiles": skip the set's number (and its qualifier), keep its noun
    let setAt = j;
    if (partitive) setAt = qualifierEnd(toks, j);
    const setPlain = setAt === j;
    const setNumber = partitive ? numberAt(toks, setAt, text, base) : null;
    // ("…had been intercepted in one of the districts, without saying which one.": an interrogative "which one" counts
    // nothing; rule whichOne)
    if (
      RULES.whichOne &&
      toks[i]!.low === 'one' &&
      (toks[i - 1]?.low === 'which' || toks[i - 1]?.low === 'what') &&
      (toks[i + 1] === undefined || toks[i + 1]!.kind === 'p')
    ) {
      i = n.to - 1;
      continue;
    }
    // "every one of the 31 drones": all of them
    // ("every last one of the 70-odd exploding drones": the same; rule everyLastOne)
    const every =
      toks[i - 1]?.low === 'every' ||
      (RULES.everyLastOne && toks[i - 1]?.low === 'last' && toks[i - 2]?.low === 'every');
    const everyOne = n.value === 1 && every && setNumber !== null && !setNumber.weak;
    // "destroyed every one of the drones" with no set named: all of an unknown number, no count of one
    if (n.value === 1 && every && partitive && !everyOne) {
      i = n.to - 1;
      continue;
    }
    if (setNumber && !setNumber.weak) j = setNumber.to;
    // "pieces of one of the two destroyed drones", "one of the three downed drones fell on a house": the set is told as
    // downed, so the set is the count (claims.md edge case 6: "debris from five downed drones" is five downed)
    const downedSet =
      RULES.downedSet &&
      setNumber !== null &&
      !setNumber.weak &&
      setNumber.value >= 2 &&
      setNumber.value > n.value &&
      setPlain &&
      SET_DOWNED_PARTICIPLE.test(toks[j]?.low ?? '');
    // "9 of 14 of those drones"
    if (setNumber && toks[j]?.low === 'of' && ['these', 'those', 'the', 'them'].includes(toks[j + 1]?.low ?? ''))
      j += 2;
    // "two more drones", "three further missiles", "12 other missiles"
    // (and a type designator: "one more Su-34 fighter-bomber", "two more Ka-52 helicopters"; rule moreDesignator)
    if (
      MORE_WORDS.has(toks[j]?.low ?? '') &&
      toks[j + 1]?.kind === 'w' &&
      (WEAPON_HEADS.has(toks[j + 1]!.low) ||
        WEAPON_MODIFIERS.has(toks[j + 1]!.low) ||
        isWeaponAhead(toks, j + 1, 3) ||
        (RULES.moreDesignator && isDesignator(toks, j + 1)) ||
        // ("one more Russian Su-34 fighter-bomber": a side's adjective before the designator; rule moreSideDesignator)
        (RULES.moreSideDesignator &&
          SIDE_ADJECTIVES.has(toks[j + 1]!.low) &&
          toks[j + 2] !== undefined &&
          isDesignator(toks, j + 2)))
    )
      j++;
    // "That brings to ten the enemy aircraft downed …": a running total written with its number first, its noun after
    // "the" (the number the total now stands at, as "bringing the total to ten")
    if (
      !partitive &&
      toks[j]?.low === 'the' &&
      toks[q.from - 1]?.low === 'to' &&
      RAISE_VERBS.has(toks[q.from - 2]?.low ?? '') &&
      isWeaponAhead(toks, j + 1, 4)
    )
      j++;
    let np = nounPhrase(toks, j);
    // "another", "both", "a fourth" standing for a thing counted before: "and a fourth was intercepted"
    // ("intercepted, one after another, drones flying towards Moscow": the idiom counts nothing; rule oneAfterAnother)
    if (
      RULES.oneAfterAnother &&
      toks[i]!.low === 'another' &&
      toks[i - 1]?.low === 'after' &&
      toks[i - 2]?.low === 'one'
    )
      continue;
    const bareAnother =
      n.weak &&
      (['another', 'both', 'a', 'an'].includes(toks[i]!.low) || (RULES.theNextOrdinal && toks[i]!.low === 'the')) &&
      (toks[i]!.low !== 'a' && toks[i]!.low !== 'an' ? true : n.to - n.from === 2) &&
      isBareFollower(toks, j) &&
      // "Another attack by the Kyiv regime was repelled", "both strikes": a noun after the determiner, not a verb
      !(toks[i]!.low !== 'a' && toks[i]!.low !== 'an' && ATTACK_NOUNS.has(toks[j]?.low ?? '')) &&
      (!np || np.weapon === null) &&
      toks[j]?.low !== 'of' &&
      // "over the Belgorod and Kursk regions, both on the border with Ukraine": an apposition about the places
      !(toks[i]!.low === 'both' && toks[i - 1]?.raw === ',' && PLACE_APPOSITION.has(toks[j]?.low ?? '')) &&
      // "destroyed the drones both over six regions and over Crimea": "both … and" joins two phrases, it counts nothing
      !(toks[i]!.low === 'both' && CORRELATIVE_AFTER.has(toks[j]?.low ?? '') && andAhead(toks, j + 1));
    // "aimed at both civilian and military targets", "both drones and missiles": "both … and" joins two words, it counts
    // nothing (rule bothCorrelative)
    if (
      RULES.bothCorrelative &&
      toks[i]!.low === 'both' &&
      np &&
      (toks.slice(j, np.to).some((t) => t.low === 'and' || t.low === 'or') ||
        // (after the phrase, only before a bare weapon noun: not "downed both missiles and 21 of the drones", "both
        // missiles and most of the drones", where "both" counts the missiles; review)
        (toks[np.to]?.low === 'and' && WEAPON_HEADS.has(toks[np.to + 1]?.low ?? '')))
    ) {
      i = np.to - 1;
      continue;
    }
    // "at Lenin 2", "on Sadovaya 14": an address, not a count
    if (
      !np?.weapon &&
      toks[n.from]!.kind === 'n' &&
      /^\p{Lu}/u.test(toks[n.from - 1]?.raw ?? '') &&
      toks[n.from - 1]?.kind === 'w' &&
      ['at', 'on', 'street', 'st'].includes(toks[n.from - 2]?.low ?? '')
    ) {
      i = n.to - 1;
      continue;
    }
    // "destroyed a stock of 650 guided missiles", "a shipment of 300 drones": weapons in store or in transit, no threats in
    // the air (rule containerOf)
    // ("a depot with 200 Shahed drones", "a warehouse holding 300 drones": the same with another link; review)
    if (RULES.containerOf && CONTAINER_LINKS.has(toks[q.from - 1]?.low ?? '') && heldInContainer(toks, q.from - 2)) {
      i = (np?.to ?? n.to) - 1;
      continue;
    }
    if (n.weak && (!np || np.weapon === null) && !bareAnother) continue;
    // "a weapon Moscow presented as an unstoppable hypersonic missile": a predicate of a kind, not a count ("as well as a drone" is)
    if (n.weak && toks[q.from - 1]?.low === 'as' && toks[q.from - 2]?.low !== 'well') {
      i = (np?.to ?? n.to) - 1;
      continue;
    }
    // "fired by a Vampire launcher", "using a seaborne drone", "with a Magura drone": an agent or instrument, not a count of threats
    // ("debris from a downed drone", "wreckage from a drone that was shot down" tell where one downed threat fell, as
    // "debris of …" does, which then needs its downing told: rule debrisFrom)
    if (
      n.weak &&
      ['by', 'with', 'using', 'via', 'from'].includes(toks[q.from - 1]?.low ?? '') &&
      !(
        RULES.debrisFrom &&
        toks[q.from - 1]!.low === 'from' &&
        DEBRIS_FROM.test(toks[q.from - 2]?.low ?? '') &&
        // (its downing told within a few words: not "fragments from a drone injured a man", review)
        toks.slice(n.to, n.to + 6).some((t) => DOWNING_WORD.test(t.low))
      )
    ) {
      i = (np?.to ?? n.to) - 1;
      continue;
    }
    // "destroyed a ground control station for a Russian reconnaissance drone": the single threat is a complement of
    // another noun, not the thing counted
    if (n.weak && toks[q.from - 1]?.low === 'for' && /^\p{Ll}{3,}$/u.test(toks[q.from - 2]?.raw ?? '')) {
      i = (np?.to ?? n.to) - 1;
      continue;
    }
    const prevLow = toks[q.from - 1]?.low;
    const total =
      (prevLow === 'of' && toks[q.from - 2]?.low === 'total') ||
      (toks[np?.to ?? j]?.low === 'total' && toks[(np?.to ?? j) - 1]?.low === 'in');
    // "30 "Shaheds" out of 31": the set the part is taken from
    const outOfSet =
      prevLow === 'of' &&
      toks[q.from - 2]?.low === 'out' &&
      (precededByCount(out, q.from - 2, toks) ||
        // "shot down 22 missiles of different types, out of 43 air targets": the set, after a comma and a short "of"
        // post-modifier of the part (rule commaOutOf; not "22 over Kyiv, out of 40 over the country")
        (RULES.commaOutOf &&
          toks[q.from - 3]?.raw === ',' &&
          out.length > 0 &&
          out[out.length - 1]!.npTo <= q.from - 3 &&
          q.from - 3 - out[out.length - 1]!.npTo <= 4 &&
          (q.from - 3 === out[out.length - 1]!.npTo || toks[out[out.length - 1]!.npTo]!.low === 'of') &&
          toks.slice(out[out.length - 1]!.npTo, q.from - 3).every((t) => t.kind === 'w')));
    const outOf =
      prevLow === 'of' &&
      [2, 4, 5].some((b) => toks[q.from - b]?.low === 'out' && toks[q.from - b + 1]?.low === 'of') &&
      !outOfSet;
    // "Of the 80 drones, 62 were shot down": the set a later count is taken from
    // also without the article ("…, of 70 attack UAVs 58 are neutralised", as translated summaries write it)
    const setOpener =
      (prevLow === 'the' && toks[q.from - 2]?.low === 'of' && (q.from - 2 === 0 || toks[q.from - 3]?.kind === 'p')) ||
      (prevLow === 'of' && (q.from - 1 === 0 || toks[q.from - 2]?.kind === 'p') && countAfterSet(toks, np?.to ?? j));
    // "shot down out of 52 launched": a launched set, not a total of interceptions
    // also "out of the 156 launched"
    // also "were among 30 launched overnight", "one of the 40 drones Russia fired": a set a downed part was among
    const amongAt = prevLow === 'the' ? q.from - 2 : q.from - 1;
    // not "destroyed a total of 18 drones launched by Russia": a total after its verb is the count (rule totalLaunched)
    // (only after a verb of downing, adverbials between: not "downed 20 drones from a total of 25 launched"; review)
    const verbsTotal = RULES.totalLaunched && total && prevLow === 'of' && verbBeforeTotal(toks, q.from - 4);
    // not "A total of 47 drones launched by Ukraine were destroyed": a total whose launch is a modifier, before the
    // passive downing it is the subject of, is the count (rule totalLaunchedSubject)
    const subjectTotal =
      RULES.totalLaunchedSubject && total && prevLow === 'of' && passiveDowningAfterLaunch(toks, (np?.to ?? j) + 1);
    // not "reported the interception of more than 200 drones launched by Ukraine": the count a downing noun names is
    // what was downed, launched as it was (rule downingOfLaunched)
    const downingOf = RULES.downingOfLaunched && prevLow === 'of' && DOWNING_NOUNS.has(toks[q.from - 2]?.low ?? '');
    const launchedSet =
      ((prevLow === 'of' || (prevLow === 'the' && toks[q.from - 2]?.low === 'of' && toks[q.from - 3]?.low === 'out')) &&
        !verbsTotal &&
        !subjectTotal &&
        !downingOf &&
        (LAUNCH_WORDS.has(toks[np?.to ?? j]?.low ?? '') ||
          // ("shot down, out of some 110 missiles of various kinds that were fired": a set launched in a relative clause,
          // rule outOfLaunchedRelative)
          (RULES.outOfLaunchedRelative &&
            (toks[q.from - 2]?.low === 'out' || toks[q.from - 3]?.low === 'out') &&
            launchedInRelative(toks, np?.to ?? j)))) ||
      (toks[amongAt]?.low === 'among' && launchedAfter(toks, np?.to ?? j));
    // "71 drones of the 85 launched", "about half of the 60 drones": the set a part or a share is taken from
    // also "80% of the 50 drones", "two-thirds of 90 drones": a share with or without the article
    const setAfterPart =
      (prevLow === 'the' &&
        toks[q.from - 2]?.low === 'of' &&
        (precededByCount(out, q.from - 2) || SHARE_WORDS.has(toks[q.from - 3]?.low ?? ''))) ||
      (prevLow === 'of' && SHARE_WORDS.has(toks[q.from - 2]?.low ?? ''));
    // "38 missiles and 171 drones of the 181 attack drones and 61 missiles Russia fired": the definite set goes on
    // through "and" (a set "of 50 drones and 3 missiles" with no article may also end before a count downed)
    const setBefore = out[out.length - 1];
    const setListItem =
      prevLow === 'and' &&
      setBefore !== undefined &&
      setBefore.denominator &&
      setBefore.npTo === q.from - 1 &&
      toks[setBefore.from - 1]?.low === 'the' &&
      toks[setBefore.from - 2]?.low === 'of' &&
      launchedAfter(toks, np?.to ?? j);
    const denominator =
      (!total && prevLow === 'of' && (precededByCount(out, q.from - 1) || outOfSet)) ||
      setOpener ||
      launchedSet ||
      setAfterPart ||
      setListItem;
    // "shot down five rocket launchers of the HIMARS system", "downed … 16 multiple rocket launchers": no launcher is
    // downed in the air, so a translation that names the launcher for its rockets counts rockets (claims.md, edge case 8)
    if (np && np.nonHead && rocketLaunchers(toks, np.to) && downedInAir(toks, q.from, np.to))
      np = { ...np, weapon: 'rocket', nonHead: false };
    if (np && np.nonHead) {
      i = np.to - 1;
      continue;
    }
    // "a Su-25 of the Ukrainian Air Force": whose it was
    if (np && np.weapon !== null && np.origin === null && toks[np.to]?.low === 'of' && toks[np.to + 1]?.low === 'the') {
      const owner = toks[np.to + 2]?.low;
      if (owner === 'ukrainian' || owner === 'russian') np.origin = owner === 'ukrainian' ? 'UA' : 'RU';
    }
    // "22 drones launched by Ukraine", "missiles fired by the Russian army": who sent them, as "Ukrainian drones" says
    // (rule launchedByOrigin)
    if (
      RULES.launchedByOrigin &&
      np &&
      np.weapon !== null &&
      np.origin === null &&
      LAUNCH_WORDS.has(toks[np.to]?.low ?? '') &&
      toks[np.to + 1]?.low === 'by'
    ) {
      np.origin = launcherCountry(toks, np.to + 2);
    }
    if (np && np.weapon !== null) {
      // "Single drones were downed over A, B and C": one over each
      const each = toks[i]!.low === 'single' && /s$/.test(toks[np.to - 1]?.low ?? '');
      let weapon = mlrsRocket(toks, np.weapon, n.to, np.to);
      // ("seven missiles launched from the U.S.-supplied M142 High Mobility Artillery Rocket System, or Himars": a launcher
      // named in words fires rockets, claims.md edge case 8; rule rocketSystemNamed)
      if (
        RULES.rocketSystemNamed &&
        weapon === 'missile' &&
        ROCKET_SYSTEM_AFTER.test(text.slice(toks[np.to - 1]!.end - base, toks[np.to - 1]!.end - base + 160))
      )
        weapon = 'rocket';
      out.push({
        value: everyOne || downedSet ? setNumber.value : n.value,
        qualifier: downedSet ? 'exact' : q.qualifier,
        from: q.from,
        numFrom: n.from,
        numTo: n.to,
        npTo: np.to,
        weapon: np.generic ? null : weapon,
        bare: false,
        partitive: partitive && !everyOne && !downedSet,
        denominator,
        total,
        outOf,
        origin: np.origin,
        typeOrigin: np.typeOrigin ?? null,
        ...(partitive && !everyOne && !downedSet && setNumber && !setNumber.weak ? { setValue: setNumber.value } : {}),
        ...(each ? { each } : {}),
      });
      i = np.to - 1;
      continue;
    }
    if (n.weak && !bareAnother) continue;
    // "more than a dozen cruise missiles, about ten ballistic ones": "ones" stands for the noun of the count before
    const onesAt = onesHead(toks, j);
    const prevWeapon = out[out.length - 1]?.weapon ?? null;
    if (onesAt > 0 && prevWeapon !== null && !partitive) {
      out.push({
        value: n.value,
        qualifier: q.qualifier,
        from: q.from,
        numFrom: n.from,
        numTo: n.to,
        npTo: onesAt + 1,
        weapon: prevWeapon,
        bare: false,
        partitive: false,
        denominator,
        total,
        outOf,
        origin: null,
      });
      i = onesAt;
      continue;
    }
    // "Thirty-one of these came down over Smolensk": a partitive count is a count of what came before
    // "and a further seven by electronic warfare": the verb of the clause before is elided
    const furtherBy = toks[j]?.low === 'by' && MORE_WORDS.has(toks[n.from - 1]?.low ?? '');
    // ("hits were recorded at 12 locations, and fragments of downed drones fell at four more": more of the places counted
    // after the same preposition before, not threats; rule morePlacesAfter)
    if (RULES.morePlacesAfter && toks[j]?.low === 'more' && morePlacesAfter(toks, q.from)) {
      i = n.to - 1;
      continue;
    }
    if (isBareFollower(toks, j) || partitive || furtherBy) {
      out.push({
        value: n.value,
        qualifier: q.qualifier,
        from: q.from,
        numFrom: n.from,
        numTo: n.to,
        npTo: j,
        weapon: null,
        bare: true,
        partitive,
        denominator,
        total,
        outOf,
        origin: null,
        ...(partitive && setNumber && !setNumber.weak ? { setValue: setNumber.value } : {}),
      });
      // "showing 56 of 72 brought down": the set's number is read past, as after "56 of 72 missiles"
      if (partitive && setNumber && !setNumber.weak) {
        i = setNumber.to - 1;
        continue;
      }
    }
    i = n.to - 1;
  }
  // "four and two drones respectively", "12 and 7 drones": a bare number right before "and" and a counted phrase shares
  // its head
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k]!;
    const b = out[k + 1]!;
    if (a.bare && a.weapon === null && !a.partitive && b.weapon !== null && !b.bare && b.numFrom === a.numTo + 1)
      if (toks[a.numTo]?.low === 'and' && toks[a.npTo]?.low === 'and') a.weapon = b.weapon;
  }
  return out;
}

/** "over each of the Kursk and Voronezh regions", "one each over A, B and C": how many places a count given "each" covers. */
const EACH_PLACES =
  /^[^.;,:\d]*?\beach\s+(?:of|over|in)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:(?:,\s*|\s+and\s+)\p{Lu}[\p{L}-]+)*)/u;

/**
 * A count's part of a total when told "each" over several places ("a single drone over each of A and B, and the rest
 * over C": two, not one), read from the count's phrase end to `to` (the remainder's token); 1 when not told so.
 */
function eachTimes(toks: Tok[], from: number, to: number, text: string, base: number): number {
  if (from >= to || toks[from] === undefined || toks[to] === undefined) return 1;
  const m = EACH_PLACES.exec(text.slice(toks[from].start - base, toks[to].start - base));
  if (!m) return 1;
  return m[1]!.split(/,\s*|\s+and\s+/).length;
}

/** "ballistic ones", "more ones": the index of a head "ones" within two lower-case words from `j`, else -1. */
function onesHead(toks: Tok[], j: number): number {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const t = toks[k]!;
    if (t.kind !== 'w' || NP_STOP.has(t.low)) return -1;
    if (t.low === 'ones') return k;
  }
  return -1;
}

/** After "one of": a superlative or a non-weapon noun before any weapon word ("the heaviest raids", "its biggest"). */
const ONE_OF_SET = new Set(['them', 'these', 'those']);
const ONE_OF_DOWNED = /^(?:downed|destroyed|intercepted|neutrali[sz]ed)$/;
const ONE_OF_COURSE = new Set(['flying', 'heading', 'headed', 'approaching', 'moving', 'travelling', 'traveling']);

/** The clause before verb `v` has an air defence as its subject, not a drone or a strike (rule oneOfThemObject, review). */
function defenderSubjectBefore(toks: Tok[], v: number): boolean {
  for (let x = v - 1; x >= Math.max(0, v - 8); x--) {
    const w = toks[x]!;
    if (w.kind === 'p' && w.raw !== '-' && w.raw !== "'" && w.raw !== '’') return false;
    if (DEFENDER_WORDS.has(w.low)) return true;
    if (ATTACKER_WORDS.has(w.low)) return false;
  }
  return false;
}
const DEFENDER_WORDS = new Set(
  'defence defense defences defenses defenders units crews gunners troops forces systems fighters pilots warfare'.split(
    ' ',
  ),
);
const ATTACKER_WORDS = new Set('drone drones uav uavs strike strikes missile missiles attack attacks'.split(' '));

/** The comma that closes a short aside opened by the comma at `open` (five words at most, no count), or `open` - 1 when none. */
function asideCloses(toks: Tok[], open: number): number {
  for (let x = open + 1; x < Math.min(toks.length, open + 7); x++) {
    const t = toks[x]!;
    if (t.raw === ',') return x > open + 1 ? x : open - 1;
    if (t.kind !== 'w' || isNumberWord(t.low)) return open - 1;
  }
  return open - 1;
}

function oneOfNotACount(toks: Tok[], k: number): boolean {
  // ("shot down all but one of the attack drones": the set less one, not one; rule allButOneOf)
  // ("all bar one of", "all except one of": the same, second review)
  if (
    RULES.allButOneOf &&
    toks[k - 2]?.low === 'one' &&
    ALL_BUT.has(toks[k - 3]?.low ?? '') &&
    toks[k - 4]?.low === 'all'
  )
    return true;
  // "One of them was brought down in the Kaluga region": a part downed in its own passive, as "two of them were" is
  if (ONE_OF_SET.has(toks[k]?.low ?? '') && toks[k - 2]?.low === 'one') {
    // ("Only one of them, it was noted, was brought down over Tatarstan": read past a short aside between commas; rule
    // oneOfAside)
    const a = RULES.oneOfAside && toks[k + 1]?.raw === ',' ? asideCloses(toks, k + 1) : k;
    const v =
      toks[a + 1]?.low === 'was' ? a + 2 : toks[a + 1]?.low === 'had' && toks[a + 2]?.low === 'been' ? a + 3 : -1;
    const w = toks[v]?.low ?? '';
    if (v > 0 && (ONE_OF_DOWNED.test(w) || (/^(?:shot|brought)$/.test(w) && toks[v + 1]?.low === 'down'))) return false;
  }
  // "Air defence units destroyed one of them", "shot down one of these": the object of an active downing (rule oneOfThemObject)
  if (
    RULES.oneOfThemObject &&
    ONE_OF_SET.has(toks[k]?.low ?? '') &&
    toks[k - 2]?.low === 'one' &&
    (ONE_OF_DOWNED.test(toks[k - 3]?.low ?? '') ||
      (toks[k - 3]?.low === 'down' && /^(?:shot|brought|took|knocked)$/.test(toks[k - 4]?.low ?? ''))) &&
    defenderSubjectBefore(toks, toks[k - 3]?.low === 'down' ? k - 4 : k - 3)
  )
    return false;
  // ", one of them flying towards Moscow", ", one of which was heading for the capital": a part told with its course,
  // a count as "two of them flying towards Moscow" is
  if (
    (toks[k]?.low === 'them' || toks[k]?.low === 'which') &&
    toks[k - 2]?.low === 'one' &&
    toks[k - 3]?.raw === ',' &&
    ONE_OF_COURSE.has(toks[toks[k + 1]?.low === 'was' ? k + 2 : k + 1]?.low ?? '')
  )
    return false;
  // "destroyed two drones, one of them over the Kaluga region and the other …": a part told with its place, after a comma
  if (
    toks[k]?.low === 'them' &&
    toks[k - 2]?.low === 'one' &&
    toks[k - 3]?.raw === ',' &&
    PAIR_PLACE.has(toks[k + 1]?.low ?? '') &&
    toks[k + 2]?.low !== 'which'
  )
    return false;
  let end = Math.min(toks.length, k + 6);
  for (let x = k; x < end; x++) {
    const t = toks[x]!;
    // ("one of Russia's fighter jets", "one of the enemy's drones": an owner's possessive is the set's determiner, and
    // the reach grows by its tokens; rule oneOfPossessive)
    const possessive = RULES.oneOfPossessive && t.kind === 'w' ? possessiveAt(toks, x + 1) : 0;
    if (possessive > 0) {
      x += possessive;
      end = Math.min(toks.length, end + 3);
      continue;
    }
    // ("one of the Kh-101 missiles", "one of the Shahed-136 drones": a model's hyphen inside the set's name, after a
    // threat's name or a missile's letters, not "one of the S-400 launchers", "one of the T-72 tanks"; rule oneOfModel)
    if (RULES.oneOfModel && isWordHyphen(toks, x) && threatModel(toks[x - 1]?.low ?? '')) continue;
    if (t.kind !== 'w') return t.kind === 'n' ? false : x > k;
    if (weaponHeadAt(toks, x) || isNumberWord(t.low)) return false; // "one of two missiles", "one of the unmanned aerial vehicles"
    if (isDesignator(toks, x)) return false; // "one of the Ka-52 helicopters"
    if (
      ((/(?:est|most)$/.test(t.low) && t.low.length > 4) || (RULES.oneOfSuperlativeThreats && t.low === 'most')) &&
      !['arrest', 'interest', 'protest'].includes(t.low)
    )
      // ("one of the costliest fighter jets", "one of the newest Shahed drones": a superlative set of threats is one
      // threat of it; "one of the largest drone attacks" stays a member of a set of attacks; rule
      // oneOfSuperlativeThreats)
      return !(RULES.oneOfSuperlativeThreats && threatsAhead(toks, x + 1));
    if (
      !['the', 'a', 'its', 'their', 'his', 'her', 'our', 's', 'these', 'those', 'such', 'many', 'several'].includes(
        t.low,
      ) &&
      // ("one of its own Ka-52 helicopters")
      !(RULES.ownSetPartitive && t.low === 'own' && OWNER_PRONOUNS.has(toks[x - 1]?.low ?? '')) &&
      !/^\p{Lu}/u.test(t.raw) &&
      !WEAPON_MODIFIERS.has(t.low) &&
      // ("one of the attack drones", "one of the enemy missiles": an attacker's word before the head, rule oneOfAttackers)
      !(RULES.oneOfAttackers && ALL_THE_MODIFIERS.has(t.low)) &&
      // "debris from one of the destroyed drones": a member of a downed set, where its debris fell (the participle read
      // past; not "an explosive device on one of the downed UAVs went off")
      !(RULES.oneOfDowned && SET_DOWNED_PARTICIPLE.test(t.low) && debrisOfOne(toks, k))
    )
      return true;
  }
  return false;
}

/**
 * At y: an apostrophe and "s" ("Russia's", "the enemy’s"), or an apostrophe glued to a plural ("the invaders’"); how
 * many tokens it takes, else 0.
 */
function possessiveAt(toks: Tok[], y: number): number {
  const ap = toks[y];
  if (ap === undefined || (ap.raw !== "'" && ap.raw !== '’')) return 0;
  if (toks[y + 1]?.low === 's') return 2;
  const owner = toks[y - 1];
  return owner !== undefined && owner.end === ap.start && /s$/.test(owner.low) && toks[y + 1]?.kind === 'w' ? 1 : 0;
}

/** A word before a model's hyphen that names a threat ("Shahed-136", "Kh-101", "Iskander-M", "Neptune-MD"). */
function threatModel(w: string): boolean {
  return WEAPON_HEADS.has(w) || WEAPON_MODIFIERS.has(w) || MISSILE_DESIGNATORS.has(w);
}

/**
 * From y, within four words: a threat's head that ends its phrase ("fighter jets above …", "Shahed drones."), not a
 * modifier of another noun ("drone attacks", "drone assaults", "missile strikes").
 */
function threatsAhead(toks: Tok[], y: number): boolean {
  for (let x = y; x < Math.min(toks.length, y + 4); x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' && !isWordHyphen(toks, x)) return false;
    if (weaponHeadAt(toks, x) || isDesignator(toks, x)) {
      // ("fighter jets": the last of the heads heads the phrase; "drone and missile waves", "drone, missile attacks": a
      // coordinated modifier is read past to the noun it modifies)
      let end = x;
      for (;;) {
        while (weaponHeadAt(toks, end + 1)) end++;
        const joiner = toks[end + 1]?.low ?? '';
        if ((joiner === 'and' || joiner === 'or' || joiner === ',') && weaponHeadAt(toks, end + 2)) end += 2;
        else break;
      }
      const next = toks[end + 1];
      return next === undefined || next.kind === 'p' || SET_PHRASE_ENDS.has(next.low);
    }
  }
  return false;
}
/** Words that may follow a threat's phrase (a place, a verb, a clause): anything else is the noun it modifies. */
const SET_PHRASE_ENDS = new Set(
  'over above in near at on off by from of to towards toward was were had has have that which launched fired sent flying heading and or as during overnight this last'.split(
    ' ',
  ),
);

/** "debris from one of the …", "fragments of one of the …" (k is just past that "of"). */
function debrisOfOne(toks: Tok[], k: number): boolean {
  const prep = toks[k - 3]?.low;
  return (prep === 'of' || prep === 'from') && DEBRIS_NOUNS.has(toks[k - 4]?.low ?? '');
}

/** Words after ", both" that describe places, not threats ("…regions, both on the border", "…, both bordering Ukraine"). */
const PLACE_APPOSITION = new Set([
  'on',
  'in',
  'near',
  'along',
  'close',
  'bordering',
  'located',
  'situated',
  'adjacent',
  'adjoining',
  'next',
]);

/** Words after "both" that open the first of two joined phrases ("both over A and over B", "both in the air and on the ground"). */
const CORRELATIVE_AFTER = new Set([
  'over',
  'above',
  'in',
  'on',
  'near',
  'at',
  'across',
  'inside',
  'within',
  'from',
  'by',
  'with',
]);

/**
 * An "and" ahead in the same clause (up to 16 tokens, not past a full stop or semicolon) that opens the second phrase
 * of "both … and" ("and over B"): not "shot down both over the city and no one was hurt", where "both" is the count.
 */
function andAhead(toks: Tok[], from: number): boolean {
  for (let k = from; k < toks.length && k < from + 16; k++) {
    const low = toks[k]!.low;
    if (low === 'and' && CORRELATIVE_AFTER.has(toks[k + 1]?.low ?? '')) return true;
    if (low === '.' || low === ';') return false;
  }
  return false;
}

function precededByCount(found: Count[], ofIndex: number, toks?: Tok[]): boolean {
  const last = found[found.length - 1];
  if (last === undefined) return false;
  if (last.npTo >= ofIndex - 1 && last.npTo <= ofIndex) return true;
  // closing quotes between: «30 "Shaheds" out of 31»
  if (!toks || last.npTo > ofIndex) return false;
  for (let k = last.npTo; k < ofIndex; k++) if (!`"'”’»`.includes(toks[k]!.raw)) return false;
  return true;
}

/** A day of the month at k ("27" of "on 27 October"): one or two digits up to 31. */
function dayBefore(toks: Tok[], k: number): boolean {
  const t = toks[k];
  return t !== undefined && t.kind === 'n' && /^\d{1,2}$/.test(t.raw) && Number(t.raw) >= 1 && Number(t.raw) <= 31;
}

const WEEKDAY_NAMES: ReadonlySet<string> = new Set(WEEKDAYS);
const PARTS_OF_DAY = new Set(['morning', 'evening', 'night', 'afternoon']);
const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'utc', 'msk', 'eet', 'eest', 'cet', 'cest']);

function isDateOrYear(toks: Tok[], from: number, to: number, value: number): boolean {
  const t = toks[from]!;
  if (t.kind === 'n' && /^\d{4}$/.test(t.raw) && value >= 1900 && value <= 2100) {
    // "2000 drones" would be written "2,000"; a bare four-digit 19xx/20xx is a year.
    const after = toks[to];
    if (!after || !WEAPON_HEADS.has(after.low)) return true;
  }
  if (t.kind === 'n') {
    const prev = toks[from - 1];
    const next = toks[to];
    // (not after "27 October" with a word next: the day is given, so the number after the month opens a count, "on 27
    // October 38 drones were shot down"; a year there has four digits, above, or two at a bracket or the end, "(26 Mar 66)")
    if (
      prev &&
      MONTHS.has(prev.low) &&
      prev.kind === 'w' &&
      /^\p{Lu}/u.test(prev.raw) &&
      !(RULES.dayMonthCount && dayBefore(toks, from - 2) && next?.kind === 'w')
    )
      return true;
    // "on Oct. 14", "Sept. 6": an abbreviated month and its day
    const prev2 = toks[from - 2];
    if (
      prev?.raw === '.' &&
      prev2 &&
      MONTHS.has(prev2.low) &&
      /^\p{Lu}/u.test(prev2.raw) &&
      /^\d{1,2}$/.test(t.raw) &&
      value <= 31
    )
      return true;
    if (next && MONTHS.has(next.low) && /^\p{Lu}/u.test(next.raw)) return true;
    // "(local time, GMT+3)", "UTC-5": a time zone's offset (rule timeZoneOffset)
    // (written together, "GMT+3", and an offset's size: "06:40 GMT - 14 drones …" is a stamp and a count, review)
    if (
      RULES.timeZoneOffset &&
      prev &&
      prev2 &&
      ['+', '-', '−', '–'].includes(prev.raw) &&
      TIME_ZONES.has(prev2.low) &&
      prev2.end === prev.start &&
      prev.end === t.start &&
      value <= 14
    )
      return true;
    // "early on Sunday (7)", "on Saturday night (27)": the day of the month in brackets after a weekday, as Brazilian and
    // Portuguese copy writes it (rule bracketedDay)
    if (RULES.bracketedDay && prev?.raw === '(' && next?.raw === ')' && /^\d{1,2}$/.test(t.raw) && value <= 31) {
      const w = toks[from - 2]?.low ?? '';
      const day = PARTS_OF_DAY.has(w) ? (toks[from - 3]?.low ?? '') : w;
      if (WEEKDAY_NAMES.has(day)) return true;
    }
    // "on 9 and 10 September", "9-10 September": the first day of a span whose month follows the second (rule daySpan)
    if (
      RULES.daySpan &&
      /^\d{1,2}$/.test(t.raw) &&
      value <= 31 &&
      next &&
      ['and', 'to', '-', '–', '—'].includes(next.low)
    ) {
      const day = toks[to + 1];
      const month = toks[to + 2];
      if (
        day?.kind === 'n' &&
        /^\d{1,2}$/.test(day.raw) &&
        month &&
        MONTHS.has(month.low) &&
        /^\p{Lu}/u.test(month.raw)
      )
        return true;
    }
    // "…overnight on 9.": a day number after "on" that ends the sentence (a month left out), no count
    if (
      prev?.low === 'on' &&
      /^\d{1,2}$/.test(t.raw) &&
      value <= 31 &&
      (next === undefined || next.raw === '.' || next.raw === ';')
    )
      return true;
  }
  return false;
}

/** Before the count at `from`: "at", "in" or "on", as before an earlier count in the sentence of a noun that is no
 * threat ("at 12 locations … at four more"; rule morePlacesAfter). */
function morePlacesAfter(toks: Tok[], from: number): boolean {
  const prep = toks[from - 1]?.low ?? '';
  if (prep !== 'at' && prep !== 'in' && prep !== 'on') return false;
  for (let k = from - 3; k >= 0 && k >= from - 30; k--) {
    const t = toks[k]!;
    if (t.raw === '.' || t.raw === ';') return false;
    if (t.low !== prep) continue;
    const n = toks[k + 1];
    const w = toks[k + 2];
    if (n && (n.kind === 'n' || isNumberWord(n.low)) && w?.kind === 'w' && !isWeaponAhead(toks, k + 2, 2)) return true;
  }
  return false;
}

/** From k, the second number of a range and the word after it: a noun that is no threat ("or five civilians"). */
function rangeOfOther(toks: Tok[], k: number): boolean {
  const n = toks[k];
  if (!n || !(n.kind === 'n' || isNumberWord(n.low))) return false;
  const w = toks[k + 1];
  return (
    w !== undefined &&
    w.kind === 'w' &&
    !BARE_FOLLOWERS.has(w.low) &&
    !TRIGGER_WORDS.has(w.low) &&
    !OTHER_VERBS.has(w.low) &&
    !isWeaponAhead(toks, k + 1, 4)
  );
}

/** Before a bare number: a word that adds it to a count before ("another 17", "a further 17"; rule additiveTimeBare). */
const ADDED_BEFORE = new Set(['another', 'further']);
/** From j: "this morning", "in the afternoon", "overnight", "later", "on Monday" — a time closing the count's clause (rule additiveTimeBare). */
function timeAfterBare(toks: Tok[], j: number): boolean {
  const w = toks[j]?.low ?? '';
  let end = -1;
  if ((w === 'this' || w === 'that') && PARTS_OF_DAY.has(toks[j + 1]?.low ?? '')) end = j + 2;
  else if (w === 'in' && toks[j + 1]?.low === 'the' && PARTS_OF_DAY.has(toks[j + 2]?.low ?? '')) end = j + 3;
  else if (w === 'overnight' || w === 'later') end = j + 1;
  else if (w === 'on' && /day$/.test(toks[j + 1]?.low ?? '')) end = j + 2;
  if (end < 0) return false;
  const after = toks[end];
  return after === undefined || after.kind === 'p' || after.low === 'and';
}

/** Adverbs of how threats were stopped, closing a bare count ("jammed another seven electronically"; rule bareAdverb): a
 * list, since time adverbs in -ly ("17 previously", "14 initially") close other numbers. */
const MANNER_ADVERBS = new Set(
  'electronically successfully respectively simultaneously completely effectively safely'.split(' '),
);

/** From k: "every one of which", "each of which", "each one of which"; the index of "which", else -1 (rule everyOneOfWhich). */
export function eachOfWhichEnd(toks: Tok[], k: number): number {
  let x = k;
  if (toks[x]?.low === 'every' && toks[x + 1]?.low === 'one') x += 2;
  else if (toks[x]?.low === 'each') x += toks[x + 1]?.low === 'one' ? 2 : 1;
  else return -1;
  return toks[x]?.low === 'of' && toks[x + 1]?.low === 'which' ? x + 1 : -1;
}

/** Between a count's phrase and the comma of its relative clause, nothing but a place phrase ("at the Lviv region"): no
 * verb, participle or number that would start another noun phrase (rule everyOneOfWhich). */
function onlyPlaceBetween(toks: Tok[], from: number, comma: number): boolean {
  if (comma - from > 6) return false;
  for (let x = from; x < comma; x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || TRIGGER_WORDS.has(t.low) || OTHER_VERBS.has(t.low) || t.low.endsWith('ing')) return false;
  }
  return true;
}

/** After a bare count, a course ("five headed towards Moscow", "two bound for Kyiv"; rule headedBare). */
const COURSE_PARTICIPLES = new Set(['headed', 'heading', 'bound', 'aimed', 'directed', 'moving', 'approaching']);
const COURSE_PREPOSITIONS = new Set(['for', 'towards', 'toward', 'to', 'at']);

/** Participles of a course in a relative clause ("that were heading for Moscow"). */
const HEADING = new Set([
  'flying',
  'heading',
  'approaching',
  'moving',
  'trying',
  'attempting',
  'aimed',
  'directed',
  'bound',
]);

/**
 * What makes "this drone" the type rather than one downed (rule demonstrativeSingular): a habit or a present tense ("This
 * Shahed is often shot down", "gets shot down every night"), a kind, a salvo or wave, a year ("was intercepted over Kyiv
 * in 2023", an explainer's history).
 */
const THIS_GENERIC =
  /\b(?:is|are|gets|get|can|cannot|often|rarely|regularly|usually|typically|sometimes|every|times|variant|type|kind|model|wave|salvo|in\s+(?:19|20)\d\d)\b/i;

function isBareFollower(toks: Tok[], j: number): boolean {
  const t = toks[j];
  if (!t) return true;
  // "21 - over the Bryansk region": a hyphen with spaces round it is a dash; glued ("21-year") it is not
  if (t.kind === 'p')
    return (
      t.raw !== '%' &&
      t.raw !== '/' &&
      (t.raw !== '-' ||
        (toks[j - 1] !== undefined &&
          toks[j - 1]!.end < t.start &&
          toks[j + 1] !== undefined &&
          toks[j + 1]!.start > t.end))
    );
  // "repelled nine attacks on four front sectors": after a number, "attacks" is the plural noun, not a verb the count is
  // the subject of (which would be "attack"; rule attackNounAfterCount)
  if (RULES.attackNounAfterCount && PLURAL_ATTACK_NOUNS.has(t.low)) return false;
  // ("forcing all four of Moscow's main airports to close": "of" an owner's things that are no threats; rule
  // ofOwnersThing)
  if (RULES.ofOwnersThing && t.low === 'of' && ownersThingNoThreat(toks, j + 1)) return false;
  // ("foiling one more attempt by the Kiev regime", "two more attacks": "more" before a noun that is no threat counts
  // that noun; rule moreNotThreat)
  if (RULES.moreNotThreat && MORE_WORDS.has(t.low) && MORE_NOT_THREAT.has(toks[j + 1]?.low ?? '')) return false;
  // "66 brought down over Kursk", "three flying towards Moscow": a verb follows
  if (
    TRIGGER_WORDS.has(t.low) ||
    OTHER_VERBS.has(t.low) ||
    (DOWN_VERBS.has(t.low) && toks[j + 1]?.low === 'down') ||
    ewParticiple(toks, j)
  )
    return true;
  // ("among them five headed towards Moscow", "two bound for Kyiv": a course participle and its preposition; rule
  // headedBare)
  if (RULES.headedBare && COURSE_PARTICIPLES.has(t.low) && COURSE_PREPOSITIONS.has(toks[j + 1]?.low ?? '')) return true;
  // "including 11 that were flying towards Moscow"
  if ((t.low === 'that' || t.low === 'which') && toks[j - 2]?.low === 'including') return true;
  // "12 near Crimea and two that were heading for Moscow": a listed bare count with its relative clause
  if (
    (t.low === 'that' || t.low === 'which') &&
    (toks[j - 2]?.low === 'and' || toks[j - 2]?.raw === ',') &&
    ['were', 'was'].includes(toks[j + 1]?.low ?? '') &&
    HEADING.has(toks[j + 2]?.low ?? '')
  )
    return true;
  // "16 before midnight and 32 after it", "a further 32 after the new year began": a share told by its time (rule timeBare)
  if (RULES.timeBare && (t.low === 'before' || t.low === 'after') && sharedByTime(toks, j)) return true;
  // ("shot down six drones during the night and another 17 this morning": an added count told by its time, rule
  // additiveTimeBare)
  if (RULES.additiveTimeBare && ADDED_BEFORE.has(toks[j - 2]?.low ?? '') && timeAfterBare(toks, j)) return true;
  // "four or five civilians died there": a range whose noun is no threat counts something else (rule rangeOfOther)
  if (RULES.rangeOfOther && (t.low === 'or' || t.low === 'to') && rangeOfOther(toks, j + 1)) return false;
  // "jammed another seven electronically.": a manner adverb closing the clause (rule bareAdverb)
  if (RULES.bareAdverb && MANNER_ADVERBS.has(t.low) && (toks[j + 1] === undefined || toks[j + 1]!.kind === 'p'))
    return true;
  // "…seven drones had tried to attack, three being shot down over Moscow": an absolute participle (rule beingDowned)
  if (RULES.beingDowned && t.low === 'being' && beingDowned(toks, j + 1)) return true;
  // "12 were destroyed by air defence and another two by mobile fire groups": the verb gapped, its agent kept (rule
  // bareByAgent)
  if (RULES.bareByAgent && t.low === 'by' && interceptingAgent(toks, j + 1) && threatCountBefore(toks, j - 1))
    return true;
  // "…and the other three close to one of Moscow's ring roads": "close to", "next to" as "near" (rule bareCloseTo)
  if (RULES.bareCloseTo && (t.low === 'close' || t.low === 'next') && toks[j + 1]?.low === 'to') return true;
  return BARE_FOLLOWERS.has(t.low);
}

/** At k: "Moscow's main airports", "the city's districts": a name's possessive and, within four words, no threat (rule ofOwnersThing). */
function ownersThingNoThreat(toks: Tok[], k: number): boolean {
  const at = toks[k]?.low === 'the' ? k + 1 : k;
  if (toks[at]?.kind !== 'w' || possessiveAt(toks, at + 1) !== 2) return false;
  return toks[at + 3]?.kind === 'w' && !isWeaponAhead(toks, at + 3, 4);
}

/** Nouns after "N more" that count no threat (rule moreNotThreat). */
const MORE_NOT_THREAT = new Set(
  (
    'attempt attempts attack attacks strike strikes raid raids wave waves time times night nights day days hour hours ' +
    'people persons civilians victims casualties buildings houses homes provocation provocations'
  ).split(' '),
);

/** Who stops threats, after "by" (rule bareByAgent). */
const INTERCEPTING_AGENTS = new Set(
  (
    'air anti mobile fighter fighters aviation pilots helicopter helicopters troops units forces crews groups gunners ' +
    'electronic ew reb national border guards defenders patriot nasams iris pantsir systems ships navy'
  ).split(' '),
);

/** At k, after "by": an interceptor ("mobile fire groups", "the National Guard", "electronic warfare"; rule bareByAgent). */
function interceptingAgent(toks: Tok[], k: number): boolean {
  let x = k;
  if (toks[x]?.low === 'the' || toks[x]?.low === 'its' || toks[x]?.low === 'their') x++;
  if (toks[x]?.low === 'ukrainian' || toks[x]?.low === 'russian') x++;
  const w = toks[x]?.low ?? '';
  // ("by air" alone is a way of travel, "by air force figures" a source: only "air defence" / "air force" units; review)
  if (w === 'air') {
    const next = toks[x + 1]?.low ?? '';
    return /^defen[cs]es?$/.test(next) || (next === 'force' && !AGENT_SOURCE.test(toks[x + 2]?.low ?? ''));
  }
  return INTERCEPTING_AGENTS.has(w);
}
const AUX_AFTER_BARE = new Set(['were', 'was', 'had', 'have', 'has', 'more', 'others', 'of']);
const AGENT_SOURCE = /^(?:figures?|counts?|data|estimates?|tally|tallies|reports?|statements?)$/;

/**
 * The count whose number ends at `end` follows another count of threats in the sentence (the gapped downing is of the
 * threats before: not "three saboteurs detained, two by border guards", "300 moved out, 200 by troops"; review).
 */
function threatCountBefore(toks: Tok[], end: number): boolean {
  let x = end;
  while (x >= 0 && (toks[x]!.kind === 'n' || isNumberWord(toks[x]!.low))) x--;
  for (let y = x; y >= 0 && y > x - 40; y--) {
    const t = toks[y]!;
    if (t.raw === '.' || t.raw === ';') return false;
    if (t.kind === 'n' || isNumberWord(t.low)) {
      // the nearest count before: what its noun is decides; a bare one ("Twelve were destroyed by …") is of the threats
      // the report is about
      for (let z = y + 1; z < x && z <= y + 5; z++) if (weaponHeadAt(toks, z)) return true;
      const next = toks[y + 1]?.low ?? '';
      return AUX_AFTER_BARE.has(next) || TRIGGER_WORDS.has(next);
    }
  }
  return false;
}

/** Words of an exception after "all the X" (rule allOfWeapon stands aside). */
const EXCEPT = new Set(['except', 'but', 'save', 'apart', 'bar', 'excluding']);

/** Plural nouns of an attack that read as verbs in the third person (rule attackNounAfterCount). */
const PLURAL_ATTACK_NOUNS = new Set(['attacks', 'strikes', 'raids', 'assaults']);

/**
 * A participle of a downing after "being" at k (rule beingDowned): "three being shot down", "two being intercepted";
 * not "destroyed" or "eliminated", which tanks and troops are too ("50 tanks …, 30 being destroyed by drones"), nor
 * "taken" without "down" ("two being taken prisoner"; review).
 */
function beingDowned(toks: Tok[], k: number): boolean {
  const w = toks[k]?.low ?? '';
  if (AIR_DOWNED_PARTICIPLES.has(w)) return true;
  return (w === 'shot' || w === 'brought' || w === 'knocked') && toks[k + 1]?.low === 'down';
}
const AIR_DOWNED_PARTICIPLES = new Set('downed intercepted neutralised neutralized jammed suppressed'.split(' '));

/** Times a share is told by ("before midnight", "after 1 a.m.", "after it", "after the new year began"). */
const TIME_NOUNS = new Set(['midnight', 'noon', 'dawn', 'daybreak', 'sunrise', 'sunset', 'dusk', 'it', 'that', 'this']);
/** Hedges between "at" and clock minutes ("at around five after midnight"). */
const CLOCK_HEDGES = new Set(['about', 'around', 'roughly', 'approximately', 'some']);
/** "the first at 11 p.m. and the second 20 after that": an ordinal before the number makes it minutes, not a share. */
const CLOCK_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'next', 'last', 'other']);
/** Verbs of threats that were not stopped ("10 before midnight struck Kharkiv"). */
const NOT_STOPPED = new Set('hit hits struck strike exploded fell crashed damaged landed reached'.split(' '));

/**
 * At j "before"/"after" after a bare number: a time the share is told by, with no verb of its own after it, and not a
 * clock time ("at five after midnight") nor "one after the other" (review).
 */
function sharedByTime(toks: Tok[], j: number): boolean {
  const next = toks[j + 1];
  // clock minutes, not a share: "at five after midnight", "at about 5 after 3 a.m.", "the second 20 after that"
  const before = toks[j - 2]?.low ?? '';
  if (before === 'at' || (CLOCK_HEDGES.has(before) && toks[j - 3]?.low === 'at') || CLOCK_ORDINALS.has(before))
    return false;
  // ("18 before 1 a.m. and 27 after.": the time left out, as the first share gave it)
  if (!next || next.raw === '.' || next.raw === ',' || next.raw === ';') return toks[j]!.low === 'after';
  const time =
    next.kind === 'n' ||
    (TIME_NOUNS.has(next.low) && !(next.low === 'that' && toks[j + 2]?.kind === 'w')) ||
    (next.low === 'the' && ['new', 'start', 'end', 'first', 'second'].includes(toks[j + 2]?.low ?? ''));
  if (!time) return false;
  for (let x = j + 1; x < Math.min(toks.length, j + 8); x++) {
    const w = toks[x]!;
    if (w.kind === 'p' || w.low === 'and') break;
    if (NOT_STOPPED.has(w.low)) return false;
  }
  return true;
}

interface NounPhrase {
  weapon: Weapon | null;
  to: number;
  /** A weapon word modifies another noun ("drone attacks"): not a count of threats. */
  nonHead: boolean;
  origin: string | null;
  /** The country that fires this type ("ATACMS" → UA, "Shahed" → RU). */
  typeOrigin?: string | null;
  /** A generic head ("craft"): the weapon comes from the context. */
  generic?: boolean;
}

/** Weapon types only one side fires: the other side is the defender ("air defence downed four ATACMS" → RU). */
const FIRED_BY: ReadonlyMap<string, string> = new Map([
  ...'atacms himars storm scalp neptune neptunes vampire vampires taurus hrim bayraktar liutyi lyutyi vilkha flamingo flamingos jdam jdams'
    .split(' ')
    .map((w): [string, string] => [w, 'UA']),
  ...'shahed shaheds geran gerans kinzhal kinzhals kalibr kalibrs iskander iskanders kh zircon zircons tsirkon onyx oniks lancet lancets orlan orlans kab kabs gerbera gerberas'
    .split(' ')
    .map((w): [string, string] => [w, 'RU']),
]);

/** Names whose model number may follow after a space ("Shahed 136", "Geran 2", "Kh 101", "Su 34"). */
const MODEL_NAMES = new Set([
  'shahed',
  'geran',
  'kh',
  'su',
  'mig',
  'tu',
  'ka',
  'mi',
  'il',
  'iskander',
  'tochka',
  'gerbera',
  // ("two Mirage 2000 jets": the French fighter, Ukraine's since 2025)
  'mirage',
]);

const REGION_NOUNS = new Set(['regions', 'oblasts', 'provinces', 'republics', 'districts', 'areas', 'territories']);

/** From k: "of Russia's regions", "of the border regions", "of them regions": a partitive whose set is places. */
function regionsCounted(toks: Tok[], k: number): boolean {
  if (toks[k]?.low !== 'of') return false;
  // ("45 drones destroyed, 39 of them in three regions bordering Ukraine": "of them" is the threats; regions unnamed after
  // it, with no "the", are where, rule partInRegions; "two of them in the regions of Mykolaiv and Kirovohrad" after drones
  // and missiles is left as it was read)
  // ("over nine regions, five of them border regions", "four of which are border regions": the part is of the regions)
  if (
    RULES.partInRegions &&
    PARTITIVE_PRONOUNS.has(toks[k + 1]?.low ?? '') &&
    ['in', 'over', 'across'].includes(toks[k + 2]?.low ?? '')
  ) {
    let x = k + 3;
    while (x < Math.min(toks.length, k + 8) && !REGION_NOUNS.has(toks[x]!.low) && toks[x]!.low !== 'the') x++;
    if (REGION_NOUNS.has(toks[x]?.low ?? '')) return false;
  }
  for (let x = k + 1; x < Math.min(toks.length, k + 6); x++) {
    const w = toks[x]!.low;
    if (REGION_NOUNS.has(w)) return true;
    if (toks[x]!.kind !== 'w' && toks[x]!.raw !== '’' && toks[x]!.raw !== "'") return false;
    if (WEAPON_HEADS.has(w)) return false;
  }
  return false;
}

const PARTITIVE_PRONOUNS = new Set(['them', 'these', 'those', 'which']);

/** Token k is "hits" or "strikes" as the noun a number counts: a preposition, an auxiliary or a stop after it (rule hitsNoun). */
function hitsCounted(toks: Tok[], k: number): boolean {
  const w = toks[k]?.low;
  if (w !== 'hits' && w !== 'strikes') return false;
  const next = toks[k + 1];
  return next === undefined || next.kind === 'p' || HITS_FOLLOWERS.has(next.low);
}
/** "ten drone impacts", "four ballistic missile hits", "12 impacts": impacts counted, a weapon's words before (rule weaponImpacts). */
function impactsCounted(toks: Tok[], k: number): boolean {
  let x = k;
  while (x < k + 3 && IMPACT_MODIFIERS.has(toks[x]?.low ?? '')) x++;
  const w = toks[x]?.low;
  if (w === 'impacts') return true;
  return x > k && (w === 'hits' || w === 'strikes') && hitsCounted(toks, x);
}
const IMPACT_MODIFIERS = new Set(
  'drone drones uav uavs missile missiles ballistic cruise shahed rocket bomb enemy russian ukrainian direct'.split(
    ' ',
  ),
);
const HITS_FOLLOWERS = new Set('at in on across were was have had recorded registered by'.split(' '));

/** Capitalised nouns whose number names one of them, not how many (rule labelNumber). */
const LABELS = new Set(
  'Article Section Paragraph Chapter Clause Resolution Protocol Flight Route Highway Terminal Gate Runway Platform Unit Block Building Channel'.split(
    ' ',
  ),
);

/** Token k follows "except" or "except for" (rule exceptCount; not "apart from", which adds: "Apart from 12 drones shot down …"). */
export function exceptBefore(toks: Tok[], k: number): boolean {
  const w = toks[k - 1]?.low;
  return w === 'except' || (w === 'for' && toks[k - 2]?.low === 'except');
}

/** What a part of regions goes on to say of them: "three of which do not border Ukraine", "two of them bordering it". */
const PLACE_PREDICATES = new Set(
  'border borders bordering neighbour neighbours neighbouring neighbor neighbors neighboring adjoin adjoining lie lies lying'.split(
    ' ',
  ),
);

/**
 * A count from..to that is "N of which / of them" right after a comma ending a phrase of regions ("brought down six
 * drones in four Russian regions early this morning, three of which do not border Ukraine"): a part of the regions, not
 * of the threats (rule partOfPlaces; not "…, 20 of them over Kursk", a part of the threats with its place).
 */
function partOfPlacesBefore(toks: Tok[], from: number, to: number): boolean {
  if (toks[to]?.low !== 'of' || (toks[to + 1]?.low !== 'which' && toks[to + 1]?.low !== 'them')) return false;
  // (or "do / does not border": not "are", "is", said of threats as often, "20 of which are Lyutyi drones"; review)
  const predicate =
    PLACE_PREDICATES.has(toks[to + 2]?.low ?? '') ||
    ((toks[to + 2]?.low === 'do' || toks[to + 2]?.low === 'does') &&
      toks[to + 3]?.low === 'not' &&
      PLACE_PREDICATES.has(toks[to + 4]?.low ?? '')) ||
    // ("three of them with no border with Ukraine", "two of them not bordering it": rule partOfPlacesWith)
    (RULES.partOfPlacesWith &&
      (toks[to + 2]?.low === 'with' || toks[to + 2]?.low === 'without' || toks[to + 2]?.low === 'not') &&
      [toks[to + 3], toks[to + 4], toks[to + 5]].some((t) => PLACE_PREDICATES.has(t?.low ?? '')));
  if (!predicate || toks[from - 1]?.raw !== ',') return false;
  for (let x = from - 2; x >= Math.max(0, from - 7); x--) {
    const w = toks[x]!.low;
    if (REGION_NOUNS.has(w)) return true;
    if (toks[x]!.kind !== 'w' || WEAPON_HEADS.has(w)) return false;
  }
  return false;
}

/** Token k is a number right after a model name ("Shahed 136"), so part of the name, not a count. */
function modelNumber(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const p = toks[k - 1];
  if (t?.kind === 'n' && p !== undefined && p.end + 1 === t.start && MODEL_NAMES.has(p.low) && /^\d+$/.test(t.raw))
    return true;
  // "one Kh- 59 guided missile": a model's hyphen glued to its name and a space before the number (rule spacedHyphenModel)
  const name = toks[k - 2];
  if (
    RULES.spacedHyphenModel &&
    t?.kind === 'n' &&
    p?.raw === '-' &&
    name !== undefined &&
    name.end === p.start &&
    p.end + 1 === t.start &&
    MODEL_NAMES.has(name.low) &&
    /^\d+$/.test(t.raw)
  )
    return true;
  // "Shahed-131 and 136 drones", "Kh-101 or 555 missiles": the second of a pair of models one family names
  if (t?.kind !== 'n' || (p?.low !== 'and' && p?.low !== 'or')) return false;
  const family = toks[k - 4];
  const pair = MODEL_PAIRS.get(family?.low ?? '');
  return pair !== undefined && pair.has(toks[k - 2]?.raw ?? '') && pair.has(t.raw) && gluedModel(toks, k - 2);
}

/** From k: "launched", "fired by", "Russia fired", "that Russia launched", "the enemy sent": a launch clause on the phrase before. */
function launchedAfter(toks: Tok[], k: number): boolean {
  let x = k;
  if (toks[x]?.low === 'that' || toks[x]?.low === 'which') x++;
  if (toks[x]?.low === 'the') x++;
  if (SET_OWNERS.has(toks[x]?.low ?? '') || toks[x]?.low === 'russians' || toks[x]?.low === 'occupiers') x++;
  if (toks[x]?.low === 'had' || toks[x]?.low === 'has' || toks[x]?.low === 'have') x++;
  return LAUNCH_WORDS.has(toks[x]?.low ?? '');
}

/** Model families written as pairs ("Shahed-131/136", "Kh-101/555", "S-300/400", "Kh-59/69"). */
const MODEL_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['shahed', new Set(['131', '136', '238'])],
  ['geran', new Set(['1', '2', '3'])],
  ['kh', new Set(['101', '555', '59', '69', '22', '32', '31', '35'])],
  ['s', new Set(['300', '400'])],
]);

/** "Shahed-131", "Kh-101": a number glued by a hyphen to the word before it. */
function gluedModel(toks: Tok[], k: number): boolean {
  const h = toks[k - 1];
  const w = toks[k - 2];
  return h?.raw === '-' && w?.kind === 'w' && w.end === h.start && h.end === toks[k]!.start;
}

/** Adjectives after "a" that still count one threat ("a single one was shot down", "a further one", "a second one"). */
const ONE_STILL_COUNTS: ReadonlySet<string> = new Set(
  'single lone further second third fourth fifth sixth seventh final last more additional new'.split(' '),
);
/** Adverbs before the adjective of a pronoun "one" ("a particularly intense one"). */
const DEGREE_ADVERBS: ReadonlySet<string> = new Set(
  'particularly especially very unusually relatively really extremely fairly rather quite most'.split(' '),
);

/** At i "one": "a/an (adverb) adjective one", the pronoun ("a long one", "a particularly intense one"; rule adjectiveOne). */
function pronounOne(toks: Tok[], i: number): boolean {
  const adj = toks[i - 1];
  if (!adj || adj.kind !== 'w' || !/^[a-z]+$/.test(adj.raw) || ONE_STILL_COUNTS.has(adj.low) || isNumberWord(adj.low))
    return false;
  let a = i - 2;
  if (DEGREE_ADVERBS.has(toks[a]?.low ?? '')) a--;
  return toks[a]?.low === 'a' || toks[a]?.low === 'an';
}

const DURATION_UNITS: ReadonlySet<string> = new Set(
  'years year months month weeks week days day hours hour minutes decades'.split(' '),
);

/** From k after a number: "and a half" and a unit of time ("three and a half years"; rule andAHalfDuration). */
function andAHalfDuration(toks: Tok[], k: number): boolean {
  return (
    toks[k]?.low === 'and' &&
    toks[k + 1]?.low === 'a' &&
    toks[k + 2]?.low === 'half' &&
    DURATION_UNITS.has(toks[k + 3]?.low ?? '')
  );
}

/** At k after a set's noun: "(of various kinds) that were fired", "which had been launched" (rule outOfLaunchedRelative). */
function launchedInRelative(toks: Tok[], k: number): boolean {
  let x = k;
  if (toks[x]?.low === 'of' && KINDS_OF.has(toks[x + 1]?.low ?? '') && TYPES.has(toks[x + 2]?.low ?? '')) x += 3;
  if (toks[x]?.low !== 'that' && toks[x]?.low !== 'which') return false;
  x++;
  if (toks[x]?.low === 'had' && toks[x + 1]?.low === 'been') x += 2;
  else if (toks[x]?.low === 'were' || toks[x]?.low === 'was') x++;
  else return false;
  return LAUNCH_WORDS.has(toks[x]?.low ?? '');
}
const KINDS_OF: ReadonlySet<string> = new Set(['various', 'different', 'all', 'several']);
const TYPES: ReadonlySet<string> = new Set(['kinds', 'types', 'sorts']);

const SET_OWNERS = new Set(['russia', 'ukraine', 'moscow', 'kyiv', 'kiev', 'enemy']);

/** At k "region's municipalities": a possessive word whose set, after it, is no threat. */
function ownedOtherThanThreats(toks: Tok[], k: number): boolean {
  const ap = toks[k + 1]?.raw;
  return (
    toks[k]?.kind === 'w' &&
    (ap === "'" || ap === '’') &&
    toks[k + 2]?.low === 's' &&
    toks[k + 3]?.kind === 'w' &&
    // (not "the enemy's Kh-101 cruise missiles", "the enemy's long-range attack unmanned aerial vehicles", review)
    !SET_OWNERS.has(toks[k].low) &&
    !isWeaponAhead(toks, k + 3, 8)
  );
}

/**
 * From k: "Russia's", "the enemy's" before the set's noun; the index past the possessive, else 0 ("9 of Iran's Shahed
 * drones", "of America's ATACMS": any name owns a set of threats named after it, rule namedOwner).
 */
function possessiveSet(toks: Tok[], k: number): number {
  const at = toks[k]?.low === 'the' ? k + 1 : k;
  const owner = toks[at];
  if (
    !owner ||
    !(
      SET_OWNERS.has(owner.low) ||
      (RULES.namedOwner && owner.kind === 'w' && /^\p{Lu}(?:\p{Ll}+|\p{Lu}+)$/u.test(owner.raw))
    )
  )
    return 0;
  const ap = toks[at + 1]?.raw;
  if ((ap !== "'" && ap !== '’') || toks[at + 2]?.low !== 's') return 0;
  // ("7 of Kharkiv's 20 drones": a name's set with a number of its own is a place's count, not an owner's set)
  if (!SET_OWNERS.has(owner.low) && toks[at + 3]?.kind === 'n') return 0;
  return isWeaponAhead(toks, at + 3, 4) ? at + 3 : 0;
}

/** Shares of a set ("half of the 60 drones"): the set is no count downed. */
const SHARE_WORDS = new Set([
  'half',
  'most',
  'majority',
  'bulk',
  'many',
  'some',
  'several',
  'dozens',
  'third',
  'quarter',
  // a fraction or a percentage of the set ("two-thirds of", "80% of", "80 per cent of"): no count of its own either
  'thirds',
  'quarters',
  'fifth',
  'fifths',
  'tenth',
  'tenths',
  '%',
  'percent',
  'cent',
]);

const MAKER_PARTICIPLES = new Set([
  'made',
  'supplied',
  'built',
  'produced',
  'manufactured',
  'designed',
  'provided',
  'donated',
]);
/** A maker's arms and the side that fires them (as FIRED_BY for types): Western arms Ukraine, Iranian and North Korean Russia. */
const MAKERS: ReadonlyMap<string, string> = new Map([
  ...'us usa american french british uk german western nato italian swedish norwegian'
    .split(' ')
    .map((m) => [m, 'UA'] as const),
  ...'iran iranian korean'.split(' ').map((m) => [m, 'RU'] as const),
]);

/** Verbs whose object is "fire" after a singular weapon ("a downed drone set / started / sparked fire"; rule setFireVerb). */
const FIRE_VERBS: ReadonlySet<string> = new Set([
  'set',
  'sets',
  'started',
  'starts',
  'sparked',
  'sparks',
  'caused',
  'causes',
  'ignited',
]);

/** Debris nouns that take "from" for what they came from ("debris from a downed drone"; rule debrisFrom). */
const DEBRIS_FROM = /^(?:debris|wreckage|fragments)$/;

/** A downing told next to a debris noun's threat ("a downed drone", "a drone that was shot down"; rule debrisFrom). */
const DOWNING_WORD = /^(?:downed|intercepted|destroyed|shot|neutrali[sz]ed|suppressed|eliminated)$/;

/** A verb of downing before "a total of" (rule totalLaunched). */
const TOTAL_VERB = /^(?:intercepted|downed|destroyed|neutrali[sz]ed|eliminated|suppressed|down)$/;

/** From k back (the token before "a total of"): a verb of downing within four words, with no number, comma or
 * "from", "of", "out", "was" between ("intercepted in recent hours a total of nine"). */
function verbBeforeTotal(toks: Tok[], k: number): boolean {
  for (let x = k; x >= Math.max(0, k - 4); x--) {
    const t = toks[x]!;
    if (TOTAL_VERB.test(t.low)) return true;
    if (t.kind !== 'w' || isNumberWord(t.low) || /^(?:from|of|out|was|is|were|are)$/.test(t.low)) return false;
  }
  return false;
}

/** After "the rest": over places the text leaves unnamed ("the rest over other regions", "the remaining drones in other areas"). */
const REST_ELSEWHERE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:over|in|across|above)\s+(?:the\s+)?(?:other|several|various|different)\s+(?:regions|areas|oblasts|provinces|parts|places)\b(?!\s+of\b)/i;

/** Past tenses that, right after a number, are its verb and never a modifier of a head ("four hit targets"). */
const FINITE_AFTER_NUMBER: ReadonlySet<string> = new Set(['hit', 'struck', 'reached']);

/** The end of a range's second number after its first ("… and 40", "… to 40"), or -1. */
function rangeAfter(toks: Tok[], k: number, text: string, base: number): number {
  const w = toks[k]?.low;
  if (w !== 'and' && w !== 'to') return -1;
  // ("between 30 and 40", "30 to 40": not "up to 40", which qualifies one number)
  if (w === 'to' && toks[k - 2]?.low === 'up') return -1;
  const m = numberAt(toks, k + 1, text, base);
  return m && !m.weak ? m.to : -1;
}

/** "groups", "batteries", "crews": a plural word that is no threat's head or modifier (nor "this", "thus", "plus"). */
function pluralNonThreat(t: Tok): boolean {
  return (
    t.kind === 'w' &&
    t.low.length > 3 &&
    !NOT_PLURALS.has(t.low) &&
    t.low.endsWith('s') &&
    !t.low.endsWith('ss') &&
    !t.low.endsWith('ous') &&
    !WEAPON_HEADS.has(t.low) &&
    !WEAPON_MODIFIERS.has(t.low) &&
    !UNCREWED.has(t.low)
  );
}

const NOT_PLURALS = new Set([
  'this',
  'thus',
  'plus',
  'less',
  'unless',
  'across',
  'always',
  'perhaps',
  'towards',
  'afterwards',
]);

/** Reads modifiers and a head noun from token j; null when nothing noun-like follows. */
function nounPhrase(toks: Tok[], j: number): NounPhrase | null {
  let k = j;
  let lastWeapon = -1;
  let words = 0;
  let origin: string | null = null;
  let modifierWeapon: Weapon | null = null;
  let notAerial = false;
  let typeOrigin: string | null = null;
  let typeHeadWeapon: Weapon | null = null;
  while (k < toks.length && words <= 6) {
    const t = toks[k]!;
    if (t.kind === 'p') {
      // quotes and hyphens inside a phrase: "aircraft-type", «Shahed»
      if (
        `"'“”‘’«»-`.includes(t.raw) &&
        k > j - 1 &&
        (t.raw !== '-' || toks[k - 1]?.end === t.start || toks[k + 1]?.start === t.end)
      ) {
        k++;
        continue;
      }
      // "Kh-101/Kh-555 cruise missiles": alternatives glued by a slash
      if (t.raw === '/' && toks[k - 1]?.end === t.start && toks[k + 1]?.start === t.end) {
        k++;
        continue;
      }
      // ("44 HIMARS, Vampire and Alder rockets": types named in a list before their one head; rule namedTypesList)
      const head = RULES.namedTypesList && t.raw === ',' && lastWeapon === k - 1 ? headAfterNamedTypes(toks, k) : -1;
      if (head > 0) {
        words += head - k;
        k = head;
        continue;
      }
      break;
    }
    if (t.kind === 'n') {
      // a model number glued by a hyphen: Shahed-136, Kh-101, Su-34 (or by a space: Shahed 136)
      if ((toks[k - 1]?.raw === '-' && toks[k - 1]!.start === t.start - 1) || modelNumber(toks, k)) {
        k++;
        continue;
      }
      // and its alternative after a slash: Shahed-131/136
      if (toks[k - 1]?.raw === '/' && toks[k - 1]!.start === t.start - 1 && toks[k - 2]?.kind === 'n' && k - 2 > j) {
        k++;
        continue;
      }
      break;
    }
    const w = t.low;
    // "Russia-launched", "Iran-made": a participle glued by a hyphen modifies the noun; the country is the threats' origin
    if (
      k > j &&
      toks[k - 1]?.raw === '-' &&
      toks[k - 1]!.start === t.start - 1 &&
      toks[k - 2]?.end === toks[k - 1]!.start &&
      // ("20 kamikaze-drones", "attack-UAVs": a threat's head glued after a modifier is the head, no participle; rule
      // hyphenHead)
      // ("a Ukrainian anti-aircraft gun": a prefix makes no head)
      !(RULES.hyphenHead && WEAPON_HEADS.has(w) && !isWeaponAhead(toks, k + 1, 2) && !PREFIXES.has(toks[k - 2]!.low))
    ) {
      const glued = toks[k - 2]!.low;
      if (glued === 'russia' || glued === 'russian') origin = origin ?? 'RU';
      if (glued === 'ukraine' || glued === 'ukrainian') origin = origin ?? 'UA';
      // "French-made Hammer bombs", "US-supplied rockets", "Iranian-designed drones": whose arms only one side fires
      if (MAKER_PARTICIPLES.has(w)) typeOrigin = typeOrigin ?? MAKERS.get(glued) ?? null;
      words++;
      k++;
      continue;
    }
    // "Shahed-131 and 136 drones": the second model of a pair, in the phrase
    if ((w === 'and' || w === 'or') && k > j && modelNumber(toks, k + 1)) {
      k += 2;
      continue;
    }
    // "cruise and ballistic missiles", "attack and reconnaissance drones": coordinated modifiers of one head
    if ((w === 'and' || w === 'or') && lastWeapon < 0 && k > j && modifierThenHead(toks, k + 1)) {
      words++;
      k++;
      continue;
    }
    // ("a Russian Be-12", "an A-50": a designator whose letters are a stop word still names the type, rule modelNames)
    if (NP_STOP.has(w) && !(RULES.modelNames && isDesignator(toks, k))) break;
    // "Two Pantsir systems shot nine drones down": a number word after the phrase has begun starts another count, it is
    // no word of this one (rule numberEndsPhrase)
    if (RULES.numberEndsPhrase && k > j && isNumberWord(w)) break;
    // "aerial attack assets", "air attack means"
    if (w === 'attack' && /^(?:assets|means|weapons)$/.test(toks[k + 1]?.low ?? '')) {
      words++;
      k++;
      continue;
    }
    // "an attack-and-reconnaissance drone", "long-range": a hyphenated compound modifies the head after it
    if (
      !WEAPON_HEADS.has(w) &&
      toks[k + 1]?.raw === '-' &&
      toks[k + 1]!.start === t.end &&
      toks[k + 2]?.kind === 'w' &&
      toks[k + 2]!.start === toks[k + 1]!.end
    ) {
      // ("11 FPV-drones", "sea-drones": the glued modifier still says the head is no aerial threat, rule hyphenHead)
      // (not "surface-to-air missiles": only a modifier glued to the head itself)
      if (RULES.hyphenHead && NOT_AERIAL_MODIFIERS.has(w) && WEAPON_HEADS.has(toks[k + 2]!.low)) notAerial = true;
      words++;
      k++;
      continue;
    }
    const isVerb =
      TRIGGER_WORDS.has(w) ||
      (OTHER_VERBS.has(w) && !launchCompound(toks, k)) ||
      (DOWN_VERBS.has(w) && toks[k + 1]?.low === 'down');
    // ("unmanned aircraft systems": the drone's head, not a noun the aircraft modifies, rule aerialSystems)
    const nonHead = lastWeapon >= 0 && NON_HEADS.has(w) && !isAerialVehicle(toks, k);
    if (nonHead && !isWeaponAhead(toks, k + 1, 2)) return { weapon: null, to: k + 1, nonHead: true, origin };
    if (nonHead) {
      words++;
      k++;
      continue; // "Su-25 attack aircraft"
    }
    // "missiles and drones": a mixed count, weapon unknown
    if (lastWeapon >= 0 && (w === 'and' || w === 'or')) break;
    if (isVerb && lastWeapon >= 0) break; // "11 drones intercepted": the verb follows the phrase
    // "while four hit targets": a finite verb of what the threats did, right after the number, ends the phrase there
    if (k === j && FINITE_AFTER_NUMBER.has(w)) break;
    // "Four mobile fire groups destroyed Shahed drones": a verb after a plural noun that names no threat is that subject's
    // verb, not a participle before the head (rule countedShooters)
    if (isVerb && RULES.countedShooters && k > j && lastWeapon < 0 && pluralNonThreat(toks[k - 1]!)) break;
    if (
      isVerb &&
      !isWeaponAhead(toks, k + 1) &&
      !((toks[k + 1]?.low === 'and' || toks[k + 1]?.low === 'or') && modifierThenHead(toks, k + 2))
    )
      break;
    if (w === 'ukrainian') origin = 'UA';
    if (w === 'russian') origin = 'RU';
    typeOrigin = typeOrigin ?? FIRED_BY.get(w) ?? null;
    if (NOT_AERIAL_MODIFIERS.has(w)) notAerial = true;
    const mw = WEAPON_MODIFIERS.get(w);
    if (mw && lastWeapon < 0) modifierWeapon = modifierWeapon ?? mw;
    // "five aircraft-type unmanned aircraft", "four Orlan-10 unmanned aircraft": "unmanned" before the head makes a drone,
    // whatever came before it (rule uncrewedAircraft)
    if (RULES.uncrewedAircraft && UNCREWED.has(w) && WEAPON_HEADS.get(toks[k + 1]?.low ?? '') === 'aircraft')
      modifierWeapon = 'drone';
    // "aircraft-type drones", "drone-carrying": a hyphenated compound is a modifier, not the head ("Iskander-M",
    // "Kinzhal-K": a model letter after the hyphen keeps the head)
    if (
      WEAPON_HEADS.has(w) &&
      toks[k + 1]?.raw === '-' &&
      toks[k + 1]!.start === t.end &&
      toks[k + 2]?.kind === 'w' &&
      toks[k + 2]!.start === toks[k + 1]!.end &&
      // ("Iskander-Ms": a model letter in the plural, rule modelNames)
      !(RULES.modelNames ? /^[A-Z]{1,3}s?$/ : /^[A-Z]{1,3}$/).test(toks[k + 2]!.raw)
    ) {
      // ("one fighter-bomber", "two fighter-jets": a compound of two heads of one weapon is that head, rule compoundHead;
      // "20 drones-kamikaze", as Russian orders it: a head and a modifier of its own weapon, rule hyphenHead)
      const compound = RULES.compoundHead && WEAPON_HEADS.get(toks[k + 2]!.low) === WEAPON_HEADS.get(w);
      if (compound || (RULES.hyphenHead && WEAPON_MODIFIERS.get(toks[k + 2]!.low) === WEAPON_HEADS.get(w))) {
        lastWeapon = compound ? k + 2 : k;
        words++;
        k += 2;
        continue;
      }
      if (lastWeapon < 0) modifierWeapon = modifierWeapon ?? WEAPON_HEADS.get(w)!;
      words++;
      k += 3;
      continue;
    }
    // "unmanned aerial vehicles": a vehicle is a drone only when written as one
    if (WEAPON_HEADS.has(w) || isDesignator(toks, k) || isAerialVehicle(toks, k)) {
      // (a type's name before the head: "Storm Shadow rockets", rule missileTypeRockets)
      if (lastWeapon >= 0 && typeHeadWeapon === null && /^\p{Lu}/u.test(toks[lastWeapon]!.raw))
        typeHeadWeapon = WEAPON_HEADS.get(toks[lastWeapon]!.low) ?? null;
      lastWeapon = k;
    } else if (lastWeapon >= 0) {
      // ("two Tochka-U tactical missiles": a type's model letter after its hyphen, then words before the head; rule
      // modelLetterHead)
      const head = RULES.modelLetterHead ? headAfterModelLetter(toks, k, lastWeapon) : -1;
      if (head > 0) {
        words += head - k;
        k = head;
        continue;
      }
      // "a Tu-141 Strizh reconnaissance drone", "7 Tu-143 Reys drones": a designator naming a drone type, its head a few words on
      if (isDesignator(toks, lastWeapon) && droneHeadAhead(toks, k, 3)) {
        words++;
        k++;
        continue;
      }
      // a word after the weapon noun: either it is the real head ("drone attacks") or the phrase ended
      // "Shahed attack drones": the modifier noun is followed by another weapon head
      // "Shahed unmanned aerial vehicles", "Iranian-made Shahed unmanned aerial vehicles": a type named before the
      // three-word head
      if (UNCREWED.has(w) && toks[k + 1]?.low === 'aerial' && isAerialVehicle(toks, k + 2)) {
        words += 2;
        k += 2;
        continue;
      }
      if (NON_HEADS.has(w) && isWeaponAhead(toks, k + 1, 2)) {
        words++;
        k++;
        continue;
      }
      if (NON_HEADS.has(w)) return { weapon: null, to: k + 1, nonHead: true, origin };
      // "6 JDAM guided aerial bombs", "one Kinzhal ballistic missile": a type named before the modifiers of its head
      if (!/s$/.test(toks[lastWeapon]!.low) && modifiersThenHead(toks, k) && RULES.typeBeforeHead) {
        words++;
        k++;
        continue;
      }
      // "a Vampire multiple rocket launcher": a singular weapon word modifies a noun a few words on
      for (let x = k; x < Math.min(toks.length, k + 3) && !/s$/.test(toks[lastWeapon]!.low); x++) {
        const nx = toks[x]!;
        if (nx.kind !== 'w' || NP_STOP.has(nx.low) || /^\p{Lu}/u.test(nx.raw)) break;
        // "debris of a downed drone set fire to …": the clause's verb, not a noun ("fire") the weapon modifies
        if (RULES.setFireVerb && FIRE_VERBS.has(nx.low) && /^fires?$/.test(toks[x + 1]?.low ?? '')) break;
        if (NON_HEADS.has(nx.low) && !isWeaponAhead(toks, x + 1, 2))
          return { weapon: null, to: x + 1, nonHead: true, origin };
      }
      break;
    }
    words++;
    k++;
  }
  // "2 Kh-101s", "a Kh-59": a missile type written as letters, hyphen, digits, with no noun after it
  if (lastWeapon < 0 && isMissileDesignator(toks, j)) {
    const end = toks[j + 3]?.low === 's' && toks[j + 3]!.start === toks[j + 2]!.end ? j + 4 : j + 3;
    return { weapon: 'missile', to: end, nonHead: false, origin, typeOrigin: typeOrigin ?? 'RU' };
  }
  // "11 cruise and 3 ballistic missiles": a head shared with the count after "and"
  if (
    lastWeapon < 0 &&
    modifierWeapon &&
    k > j &&
    (toks[k]?.low === 'and' || toks[k]?.low === 'or') &&
    (toks[k + 1]?.kind === 'n' || isNumberWord(toks[k + 1]?.low ?? ''))
  )
    return { weapon: modifierWeapon, to: k, nonHead: false, origin, typeOrigin };
  if (lastWeapon < 0) return words > 0 || k > j ? { weapon: null, to: k, nonHead: false, origin, typeOrigin } : null;
  if (notAerial) return { weapon: null, to: lastWeapon + 1, nonHead: true, origin };
  const conj = toks[lastWeapon + 1];
  const other = toks[lastWeapon + 2];
  // "a missile and drone attack", "a combined missile and air strike": weapon words coordinated as modifiers of an
  // attack noun, not a count of threats
  if (
    conj &&
    (conj.low === 'and' || conj.low === 'or') &&
    !/s$/.test(toks[lastWeapon]!.low) &&
    coordinatedModifierOf(toks, lastWeapon + 2)
  )
    return { weapon: null, to: lastWeapon + 4, nonHead: true, origin };
  // "destroyed two Ukrainian HIMARS and MLRS rocket launchers": weapon names coordinated as modifiers of a launcher noun
  // (rule coordinatedLaunchers)
  // (only after a model's name, "HIMARS and …", not after the count's own plural noun: "10 drones and Pantsir systems
  // destroyed 2 missiles", review)
  const launchersEnd =
    RULES.coordinatedLaunchers &&
    conj &&
    (conj.low === 'and' || conj.low === 'or') &&
    MLRS_TYPES.has(toks[lastWeapon]!.low)
      ? launcherNounAfter(toks, lastWeapon + 2)
      : -1;
  if (launchersEnd > 0) return { weapon: null, to: launchersEnd, nonHead: true, origin };
  // "the destruction of two HIMARS multiple rocket launchers", "two HIMARS launchers": an MLRS name before a launcher
  // noun modifies it (rule mlrsLauncherHead)
  const ownLauncherEnd =
    RULES.mlrsLauncherHead && MLRS_TYPES.has(toks[lastWeapon]!.low)
      ? /^launchers?$/.test(toks[lastWeapon + 1]?.low ?? '') && !/(?:ed|s)$/.test(toks[lastWeapon + 2]?.low ?? '')
        ? lastWeapon + 2
        : launcherNounAfter(toks, lastWeapon + 1)
      : -1;
  // (not downed in the air, over a place or after "interception of": there "shot down two Vampire MLRS launchers",
  // "destroyed seven HIMARS multiple rocket launchers over the Belgorod region" name their rockets, as translations do;
  // review)
  if (
    ownLauncherEnd > 0 &&
    !downedInAir(toks, j, ownLauncherEnd) &&
    toks[ownLauncherEnd]?.low !== 'over' &&
    !toks.slice(Math.max(0, j - 6), j).some((t) => /^intercept/.test(t.low))
  )
    return { weapon: null, to: ownLauncherEnd, nonHead: true, origin };
  // "31 drones and Iskander missile" (a headline's singular without its article): not one mixed count
  const otherHead = toks[lastWeapon + 3] && WEAPON_HEADS.has(toks[lastWeapon + 3]!.low) ? toks[lastWeapon + 3]! : other;
  const singularAfterPlural =
    otherHead !== undefined &&
    /s$/.test(toks[lastWeapon]!.low) &&
    !/s$/.test(otherHead.low) &&
    otherHead.low !== 'aircraft' &&
    /^\p{Lu}/u.test(other?.raw ?? '');
  // ("108 Shahed-type attack unmanned aircraft and drones of other types": an aircraft with no crew is a drone, so no mixed
  // count; rule uncrewedAircraftAnd)
  const headKind =
    RULES.uncrewedAircraftAnd &&
    WEAPON_HEADS.get(toks[lastWeapon]!.low) === 'aircraft' &&
    UNCREWED.has(toks[lastWeapon - 1]?.low ?? '')
      ? 'drone'
      : WEAPON_HEADS.get(toks[lastWeapon]!.low);
  if (
    conj &&
    (conj.low === 'and' || conj.low === 'or') &&
    other &&
    WEAPON_HEADS.has(other.low) &&
    WEAPON_HEADS.get(other.low) !== headKind &&
    !singularAfterPlural
  ) {
    return { weapon: 'unknown', to: lastWeapon + 3, nonHead: false, origin, typeOrigin };
  }
  // ("31 of 32 missiles and exploding drones": the other weapon's head after one modifier of its kind; rule
  // modifiedOtherHead)
  // (or the drones' three-word head there: "missiles and exploding unmanned aerial vehicles")
  const modifiedOther = toks[lastWeapon + 3];
  const longDroneHead =
    UNCREWED.has(modifiedOther?.low ?? '') &&
    toks[lastWeapon + 4]?.low === 'aerial' &&
    toks[lastWeapon + 5] !== undefined &&
    isAerialVehicle(toks, lastWeapon + 5);
  const otherWeapon = longDroneHead ? 'drone' : WEAPON_HEADS.get(modifiedOther?.low ?? '');
  if (
    RULES.modifiedOtherHead &&
    conj &&
    (conj.low === 'and' || conj.low === 'or') &&
    other &&
    MIXED_OTHER_MODIFIERS.has(other.low) &&
    otherWeapon !== undefined &&
    otherWeapon !== WEAPON_HEADS.get(toks[lastWeapon]!.low) &&
    /s$/.test(toks[longDroneHead ? lastWeapon + 5 : lastWeapon + 3]!.low) === /s$/.test(toks[lastWeapon]!.low)
  )
    return {
      weapon: 'unknown',
      to: longDroneHead ? lastWeapon + 6 : lastWeapon + 4,
      nonHead: false,
      origin,
      typeOrigin,
    };
  // "45 missiles and unmanned aerial vehicles": the drones' three-word head as the other weapon of a mixed count
  if (
    conj &&
    (conj.low === 'and' || conj.low === 'or') &&
    UNCREWED.has(other?.low ?? '') &&
    toks[lastWeapon + 3]?.low === 'aerial' &&
    toks[lastWeapon + 4] !== undefined &&
    isAerialVehicle(toks, lastWeapon + 4) &&
    WEAPON_HEADS.has(toks[lastWeapon]!.low) &&
    WEAPON_HEADS.get(toks[lastWeapon]!.low) !== 'drone' &&
    modifierWeapon !== 'drone'
  )
    return { weapon: 'unknown', to: lastWeapon + 5, nonHead: false, origin, typeOrigin };
  const headWord = toks[lastWeapon]!.low;
  let weapon: Weapon = isDesignator(toks, lastWeapon)
    ? designatorWeapon(toks, lastWeapon)
    : /^(?:assets|means|weapons)$/.test(headWord)
      ? 'unknown'
      : (WEAPON_HEADS.get(headWord) ?? 'drone');
  // "the 196 craft intercepted": a generic head takes the weapon of its context
  // (not when a drone's modifier names it: "126 enemy unmanned craft", "two Orlan reconnaissance craft"; rule uncrewedCraft)
  const generic = headWord === 'craft' && !(RULES.uncrewedCraft && modifierWeapon === 'drone');
  // "unmanned aerial vehicles", "HIMARS projectiles", "aircraft-type drones": the modifier wins over a generic head
  if (modifierWeapon && (weapon === 'unknown' || (weapon === 'aircraft' && modifierWeapon === 'drone')))
    weapon = modifierWeapon;
  // "Kalibr rockets", "Kh-59 rockets", "Storm Shadow rockets", "cruise rockets": a missile's type before the generic
  // "rocket(s)" (as translations write a missile) is a missile, as an MLRS's name before "missiles" is a rocket (claims.md,
  // edge case 8; rule missileTypeRockets)
  if (
    RULES.missileTypeRockets &&
    weapon === 'rocket' &&
    (headWord === 'rocket' || headWord === 'rockets') &&
    (modifierWeapon === 'missile' || typeHeadWeapon === 'missile')
  )
    weapon = 'missile';
  let to = lastWeapon + 1;
  while (
    toks[to]?.raw === '-' &&
    toks[to + 1]?.kind === 'n' &&
    toks[to]!.start === toks[to - 1]!.end &&
    toks[to + 1]!.start === toks[to]!.end
  )
    to += 2; // "Shahed-136"
  // "Su34": the model number glued to a designator is part of the name
  if (
    RULES.gluedDesignator &&
    toks[to]?.kind === 'n' &&
    toks[to]!.start === toks[to - 1]!.end &&
    isDesignator(toks, lastWeapon)
  )
    to += 1;
  return { weapon, to, nonHead: false, origin, typeOrigin, ...(generic ? { generic } : {}) };
}

/** Between a container and its count: "a stock of", "a depot with", "a warehouse holding". */
const CONTAINER_LINKS = new Set(['of', 'with', 'holding', 'containing', 'storing']);
/** What holds weapons on the ground or in transit ("a stock of 650 missiles", "a batch of 40 drones"). */
const CONTAINERS = new Set(
  'stock stocks stockpile stockpiles cache caches store stores batch batches shipment shipments consignment consignments arsenal arsenals warehouse warehouses depot depots'.split(
    ' ',
  ),
);
/** Verbs that take weapons in store or in transit: "destroying a batch of 40 drones" at a depot; "intercepted a batch of 12
 * drones", "a batch of 12 drones was shot down" are counts of threats in the air (translated copy; reviews). */
const GROUND_VERBS = new Set(
  'destroyed destroying destroy destroys hit hitting struck striking seized seizing captured capturing delivered delivering supplied supplying sent received'.split(
    ' ',
  ),
);

/** Whether the noun at `k` holds the count after it: a container; a batch only after a verb of the ground. */
function heldInContainer(toks: Tok[], k: number): boolean {
  const noun = toks[k]?.low ?? '';
  if (!CONTAINERS.has(noun)) return false;
  if (noun !== 'batch' && noun !== 'batches') return true;
  const verbAt = toks[k - 1]?.low === 'a' || toks[k - 1]?.low === 'the' ? k - 2 : k - 1;
  return GROUND_VERBS.has(toks[verbAt]?.low ?? '');
}

/** Attack nouns a coordinated pair of weapon words modifies ("missile and drone attack", "missile and air strike"). */
const ATTACK_NOUNS = new Set([
  'attack',
  'attacks',
  'strike',
  'strikes',
  'raid',
  'raids',
  'barrage',
  'assault',
  'terror',
]);

/** Nouns of ground launchers a coordinated list of weapon names may modify (rule coordinatedLaunchers). */
const LAUNCHER_NOUNS = new Set(['launcher', 'launchers', 'system', 'systems']);

/**
 * From k (after "and"/"or"): up to three MLRS names or words of a launcher's name ("MLRS rocket", "Uragan", "multiple
 * launch rocket") and then a launcher noun; the token after that noun, else -1. Not a count ("and 3 launchers").
 */
function launcherNounAfter(toks: Tok[], k: number): number {
  for (let x = k; x < Math.min(toks.length, k + 4); x++) {
    const t = toks[x]!;
    // (a launcher noun followed by a verb is a subject of its own: "… and Olkha systems destroyed two", review)
    if (LAUNCHER_NOUNS.has(t.low)) return x > k && !/(?:ed|s)$/.test(toks[x + 1]?.low ?? '') ? x + 1 : -1;
    const name =
      t.kind === 'w' && (MLRS_TYPES.has(t.low) || t.low === 'rocket' || t.low === 'multiple' || t.low === 'launch');
    if (!name && !isWordHyphen(toks, x)) return -1;
  }
  return -1;
}

/** From k (after "and"/"or"): a singular weapon word or "air" followed by an attack noun. */
function coordinatedModifierOf(toks: Tok[], k: number): boolean {
  const m = toks[k]?.low ?? '';
  if (m !== 'air' && !(WEAPON_HEADS.has(m) && !/s$/.test(m))) return false;
  return ATTACK_NOUNS.has(toks[k + 1]?.low ?? '');
}

function isAerialVehicle(toks: Tok[], k: number): boolean {
  const w = toks[k]!.low;
  // "aerial devices", "unmanned aerial devices": drones
  if ((w === 'devices' || w === 'device') && (toks[k - 1]?.low === 'aerial' || toks[k - 1]?.low === 'unmanned'))
    return true;
  // "aerial attack assets", "air attack means": the air force's word for everything it counts
  if (
    (w === 'assets' || w === 'means' || w === 'weapons') &&
    toks[k - 1]?.low === 'attack' &&
    (toks[k - 2]?.low === 'air' || toks[k - 2]?.low === 'aerial')
  )
    return true;
  // "unmanned aerial systems": US military usage, a drone (rule aerialSystems)
  // ("unmanned aircraft systems" too; not "unmanned aerial systems battalions / command posts": a noun after it is
  // what it names, review)
  if (
    RULES.aerialSystems &&
    (w === 'systems' || w === 'system') &&
    (toks[k - 1]?.low === 'aerial' || toks[k - 1]?.low === 'aircraft') &&
    UNCREWED.has(toks[k - 2]?.low ?? '')
  ) {
    const next = toks[k + 1];
    return (
      next === undefined ||
      next.kind !== 'w' ||
      NP_STOP.has(next.low) ||
      TRIGGER_WORDS.has(next.low) ||
      OTHER_VERBS.has(next.low) ||
      DOWN_VERBS.has(next.low)
    );
  }
  if (w !== 'vehicle' && w !== 'vehicles') return false;
  const p = toks[k - 1]?.low;
  return p === 'aerial' || p === 'unmanned' || p === 'air';
}

/** "Kh-101", "Kh-59": a Russian air-launched missile type; with rule modelNames also "X-101" and "KN-23" (MISSILE_DESIGNATORS). */
function isMissileDesignator(toks: Tok[], k: number): boolean {
  const t = toks[k];
  const h = toks[k + 1];
  const d = toks[k + 2];
  return (
    t !== undefined &&
    (t.raw === 'Kh' ||
      t.low === 'kh' ||
      (RULES.modelNames && MISSILE_DESIGNATORS.has(t.low) && /^\p{Lu}+$/u.test(t.raw))) &&
    h?.raw === '-' &&
    d?.kind === 'n' &&
    h.start === t.end &&
    d.start === h.end
  );
}

/** From k: words only (modifiers) up to a weapon head within three ("ballistic missiles", "reconnaissance drones"). */
function modifierThenHead(toks: Tok[], k: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + 3); x++) {
    const t = toks[x]!;
    // ("19 tanks and four drones": a number word after "and" opens a count of its own, it modifies nothing)
    if (t.kind !== 'w' || NP_STOP.has(t.low) || isNumberWord(t.low)) return false;
    if (WEAPON_HEADS.has(t.low)) return x > k;
  }
  return false;
}

/** From k: weapon modifiers only ("guided aerial", "cruise"), then a weapon head. */
/**
 * A model letter glued by a hyphen to the weapon word at `weapon` ("Tochka-U", "Kinzhal-K"), at `k` or just before it,
 * then up to two lower-case words and a weapon head: the head's index, else -1 (rule modelLetterHead).
 */
function headAfterModelLetter(toks: Tok[], k: number, weapon: number): number {
  // (the letter at `k` right after the weapon word's hyphen, or read past already and `k` the word after it)
  const letter = weapon === k - 2 ? k : weapon === k - 3 ? k - 1 : -1;
  if (letter < 2 || toks[letter - 1]?.raw !== '-' || !/^[A-Z]{1,3}$/.test(toks[letter]!.raw)) return -1;
  if (toks[letter - 1]!.start !== toks[letter - 2]!.end || toks[letter]!.start !== toks[letter - 1]!.end) return -1;
  for (let x = letter + 1; x < Math.min(toks.length, letter + 4); x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || !/^\p{Ll}/u.test(t.raw) || NP_STOP.has(t.low)) return -1;
    if (WEAPON_HEADS.has(t.low)) return x > letter + 1 ? x : -1;
  }
  return -1;
}

/**
 * After a capitalised type's name and the comma at `k`: more capitalised names joined by commas, "and" or "or", then a
 * lower-case weapon head ("HIMARS, Vampire and Alder rockets"): the head's index, else -1 (rule namedTypesList).
 */
function headAfterNamedTypes(toks: Tok[], k: number): number {
  if (!/^\p{Lu}/u.test(toks[k - 1]?.raw ?? '')) return -1;
  let names = 0;
  for (let x = k + 1; x < Math.min(toks.length, k + 12); x++) {
    const t = toks[x]!;
    if (t.raw === ',' || t.low === 'and' || t.low === 'or') continue;
    if (t.kind === 'w' && /^\p{Lu}/u.test(t.raw)) {
      names++;
      continue;
    }
    return names > 0 && t.kind === 'w' && WEAPON_HEADS.has(t.low) && /^\p{Ll}/u.test(t.raw) ? x : -1;
  }
  return -1;
}

function modifiersThenHead(toks: Tok[], k: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + 3); x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || !/^\p{Ll}/u.test(t.raw)) return false;
    if (WEAPON_HEADS.has(t.low)) return x > k;
    if (!WEAPON_MODIFIERS.has(t.low) && t.low !== 'aerial' && t.low !== 'air') return false;
  }
  return false;
}

/**
 * From k (after a launch word): its agent or origin ("by Ukraine", "from the Sumy region", "overnight"), then a passive
 * downing ("were destroyed", "had been shot down"): the launched phrase is that downing's subject (rule
 * totalLaunchedSubject). No number, and no punctuation but a hyphen, in between.
 */
function passiveDowningAfterLaunch(toks: Tok[], k: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + 8); x++) {
    const t = toks[x]!;
    if (t.kind === 'p' ? t.raw !== '-' : isNumberWord(t.low) || /^\d/.test(t.low)) return false;
    if (t.low !== 'were' && t.low !== 'was' && t.low !== 'been') continue;
    const v = toks[x + 1]?.low ?? '';
    return (
      airDowning(toks, x + 1) ||
      (DOWN_VERBS.has(v) && toks[x + 2]?.low === 'down') ||
      /^(?:destroyed|neutrali[sz]ed|eliminated)$/.test(v)
    );
  }
  return false;
}

/** Nouns of a downing before "of" and its count ("the interception of 200 drones", "the destruction of 12 missiles"). */
const DOWNING_NOUNS: ReadonlySet<string> = new Set([
  'interception',
  'destruction',
  'downing',
  'elimination',
  'neutralisation',
  'neutralization',
]);

/** The side named at k after "launched by": "Ukraine", "Kyiv", "the Russian army", "Russian forces"; else null. */
function launcherCountry(toks: Tok[], k: number): string | null {
  const at = toks[k]?.low === 'the' ? k + 1 : k;
  const w = toks[at]?.low ?? '';
  const country = LAUNCHER_SIDES.get(w);
  if (country === undefined || toks[at + 1]?.raw === '-') return null;
  // (a demonym is the side only before its forces: "the Ukrainian army", not "the Ukrainian-made launcher")
  if (w === 'ukrainian' || w === 'russian') return LAUNCHER_FORCES.has(toks[at + 1]?.low ?? '') ? country : null;
  // (a country after "the" is no country: "the Russia-based")
  return at === k ? country : null;
}
const LAUNCHER_SIDES: ReadonlyMap<string, string> = new Map([
  ['ukraine', 'UA'],
  ['kyiv', 'UA'],
  ['kiev', 'UA'],
  ['ukrainian', 'UA'],
  ['russia', 'RU'],
  ['moscow', 'RU'],
  ['russian', 'RU'],
]);
const LAUNCHER_FORCES: ReadonlySet<string> = new Set(['army', 'forces', 'military', 'troops', 'side', 'armed']);

/** The phrase ending at `to` ends "rocket launcher(s)". */
function rocketLaunchers(toks: Tok[], to: number): boolean {
  return /^launchers?$/.test(toks[to - 1]?.low ?? '') && toks[to - 2]?.low === 'rocket';
}

/** Verbs of a downing only a thing in the air can undergo ("shot down", "downed", "intercepted"), not "destroyed". */
function airDowning(toks: Tok[], k: number): boolean {
  const w = toks[k]?.low ?? '';
  return (
    w === 'downed' ||
    w === 'intercepted' ||
    (w === 'down' && DOWN_VERBS.has(toks[k - 1]?.low ?? '') && toks[k - 1]?.low !== 'knocked')
  );
}

/**
 * The count from `from` to `to` is downed in the air: the nearest verb before it in its sentence part is an air downing
 * ("shot down a Tochka-U missile and 16 …"), or a passive one follows it ("five … were shot down").
 */
function downedInAir(toks: Tok[], from: number, to: number): boolean {
  const aux = toks[to]?.low === 'were' || toks[to]?.low === 'was' ? to + 1 : to;
  if (airDowning(toks, aux) || airDowning(toks, aux + 1)) return true;
  for (let k = from - 1; k >= Math.max(0, from - 14); k--) {
    const t = toks[k]!;
    if (t.kind === 'p' && (t.raw === '.' || t.raw === ';' || t.raw === ':')) return false;
    if (airDowning(toks, k)) return true;
    if (TRIGGER_WORDS.has(t.low) || OTHER_VERBS.has(t.low)) return false;
  }
  return false;
}

/** "Su-34", "Ka-52", "Il-76": an aircraft type written as letters, hyphen, digits ("Su34", "Ka52": glued, rule
 * gluedDesignator). */
function isDesignator(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const model = RULES.modelNames && !AIRCRAFT_DESIGNATORS.has(t.low) ? MODEL_DESIGNATORS.get(t.low) : undefined;
  if ((!AIRCRAFT_DESIGNATORS.has(t.low) && model === undefined) || !/^\p{Lu}/u.test(t.raw)) return false;
  const h = toks[k + 1];
  const d = toks[k + 2];
  // (a model designator only with the numbers it names: "A-50", not "A-1 trucks")
  if (model !== undefined)
    return (
      h?.raw === '-' &&
      d?.kind === 'n' &&
      h.start === t.end &&
      d.start === h.end &&
      (model === null || model.has(d.raw))
    );
  if (RULES.gluedDesignator && h?.kind === 'n' && h.start === t.end && t.low !== 'an' && t.low !== 'be') return true;
  return h?.raw === '-' && d?.kind === 'n' && h.start === t.end && d.start === h.end;
}

/** The weapon a designator names: an aircraft, or a drone for a drone type ("UJ-22", "Tu-141": DRONE_DESIGNATORS, rule modelNames). */
function designatorWeapon(toks: Tok[], k: number): Weapon {
  const numbers = RULES.modelNames ? DRONE_DESIGNATORS.get(toks[k]!.low) : undefined;
  if (numbers === undefined) return 'aircraft';
  const d = toks[k + 1]?.raw === '-' ? toks[k + 2] : toks[k + 1];
  return numbers === null || (d !== undefined && numbers.has(d.raw)) ? 'drone' : 'aircraft';
}

/** From the end of a set's phrase: the count taken from it follows ("of 70 UAVs 58 are …", "of 70 UAVs, 58 were …"). */
function countAfterSet(toks: Tok[], k: number): boolean {
  const x = toks[k]?.raw === ',' ? k + 1 : k;
  const t = toks[x];
  return t !== undefined && (t.kind === 'n' || (t.kind === 'w' && isNumberWord(t.low)));
}

/** A drone head noun within `span` words from k, with no stop word or verb before it. */
function droneHeadAhead(toks: Tok[], k: number, span: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + span); x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || NP_STOP.has(t.low) || TRIGGER_WORDS.has(t.low) || OTHER_VERBS.has(t.low)) return false;
    if (WEAPON_HEADS.has(t.low)) return WEAPON_HEADS.get(t.low) === 'drone';
  }
  return false;
}

function isWeaponAhead(toks: Tok[], k: number, span = 4): boolean {
  for (let x = k; x < Math.min(toks.length, k + span); x++) {
    const t = toks[x]!;
    // "attack unmanned aerial vehicles": the head is three words on, "unmanned aerial" says it is coming
    if (WEAPON_HEADS.has(t.low) || isAerialVehicle(toks, x) || (UNCREWED.has(t.low) && toks[x + 1]?.low === 'aerial'))
      return true;
    if (t.kind === 'w' && NP_STOP.has(t.low)) return false;
  }
  return false;
}
