/**
 * Does a count report an interception? Finds the word that governs it:
 * inside the phrase ("nine intercepted UAVs"), a passive after it ("64 of
 * these drones were shot down"), an active verb before it in the same
 * clause ("destroyed two drones"), or a verb right after it ("32 drones
 * struck Odesa"). Then rules out denials, hypotheticals, cumulative tallies
 * and things destroyed on the ground.
 */
import type { Weapon } from '@skytally/contracts';
import { isNumberWord, parseNumberWords } from '@skytally/text';
import { eachOfWhichEnd, exceptBefore, type Count } from './counts';
import {
  DETECT_VERBS,
  DOWN_VERBS,
  ewParticiple,
  airDefenceHit,
  fellToAirDefence,
  defeatedThreats,
  launchCompound,
  MODIFIER_FOLLOWERS,
  NEUTRAL_VERBS,
  NON_HEADS,
  OTHER_VERBS,
  TRIGGER_WORDS,
  MONTHS,
  UNCREWED,
  WEAPON_HEADS,
  WEEKDAYS,
  weaponHeadAt,
} from './lexicon';
import { RULES } from './rules';
import { isWordHyphen, type Tok } from './tokens';

export type Polarity = 'claim' | 'other' | 'neutral' | 'none';

export interface Governor {
  polarity: Polarity;
  /** Token index of the governing word, or -1. */
  at: number;
  /** Token index where a post-modifier read past to reach the verb starts ("launched at Kyiv" in "drones launched at Kyiv were shot down"). */
  modifierFrom?: number;
}

const RIGHT_STOPS = new Set(
  'that which who whom and or but while whereas as said says say told according after before when because although though since until if'.split(
    ' ',
  ),
);
const AUX = new Set(
  'were was are is have has had been being be got get reportedly also all successfully then later allegedly reported reportedly subsequently quickly reliably respectively'.split(
    ' ',
  ),
);
/** Auxiliaries that make the verb after them passive ("were shot down", "had been destroyed"; not "had destroyed"). */
const PASSIVE_AUX = new Set('were was are is been being be got get'.split(' '));
const PERFECT_AUX = new Set(['had', 'has', 'have']);
const OBJECT_START = new Set(
  'a an the its their his her one two three four five six seven eight nine ten all both several dozens'.split(' '),
);

function objectFollows(toks: Tok[], k: number, bareToo = false): boolean {
  // ("a surface-to-air missile downs 'Russian fighter jets'": an object in quotes, named by its side)
  const t = QUOTE_MARKS.has(toks[k]?.raw ?? '') ? toks[k + 1] : toks[k];
  if (!t) return false;
  return (
    t.kind === 'n' ||
    OBJECT_START.has(t.low) ||
    OBJECT_SIDE.has(t.low) ||
    (bareToo && RULES.countedShooters && bareThreatObject(toks, k))
  );
}

/**
 * "Two Gripen jets shot down drones", "three Patriot batteries intercepted ballistic missiles": a plural threat with no
 * determiner, up to three modifiers before it, is the verb's object (so the count before the verb counts the shooters).
 */
function bareThreatObject(toks: Tok[], k: number): boolean {
  for (let x = k; x < Math.min(toks.length, k + 4); x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || BARE_OBJECT_STOPS.has(t.low)) return false;
    // (a singular head may modify the next: "Shahed drones")
    if (WEAPON_HEAD_WORDS.test(t.low) && (t.low.endsWith('s') || t.low === 'aircraft')) return true;
  }
  return false;
}
/** Words that end a bare object's modifiers before its noun: an adverb of time or place, a preposition, a verb's helper. */
const BARE_OBJECT_STOPS = new Set(
  (
    'over in on at near above across by from to into during overnight tonight today yesterday earlier later also ' +
    'were was are is have has had been be being and or but that which who while as after before since'
  ).split(' '),
);

/** Token k comes right after the count's own phrase (past a plural "s" glued to a designator: "F-16s"). */
function rightAfterPhrase(toks: Tok[], c: Count, k: number): boolean {
  if (k === c.npTo) return true;
  const s = toks[c.npTo];
  return k === c.npTo + 1 && s !== undefined && s.raw === 's' && s.start === toks[c.npTo - 1]?.end;
}

/** "…downs Russian jets", "shot down enemy drones": an object named by its side. */
const OBJECT_SIDE = new Set(['russian', 'ukrainian', 'enemy', 'hostile']);

/** Words that are nouns as often as verbs: a verb only after a subject, an auxiliary, "to", an adverb or a counted noun phrase. */
const NOUNISH = new Set(
  'attack attacks strike strikes fire fires launch launches hit hits damage use supply crash raid'.split(' '),
);
const SUBJECT_SLOT = new Set(
  'it they we he she i who which that to were was is are has have had will would could can may might did does do also then and or not'.split(
    ' ',
  ),
);

function verbSlot(toks: Tok[], k: number): boolean {
  const p = toks[k - 1];
  if (!p || p.kind !== 'w') return true;
  return (
    SUBJECT_SLOT.has(p.low) ||
    /ly$/.test(p.low) ||
    /^\p{Lu}/u.test(p.raw) ||
    WEAPON_HEAD_WORDS.test(p.low) ||
    // "while five others hit their targets", "two more hit the city": a counted subject
    COUNTED_SUBJECT_ENDS.has(p.low) ||
    // "while four hit targets": a number written in words as the subject
    isNumberWord(p.low) ||
    // "but two of them hit the building": a part of a set as the subject (rule partSubject)
    (RULES.partSubject && ANAPHORS.has(p.low) && p.low !== 'which' && toks[k - 2]?.low === 'of')
  );
}
const CONTRAST_CLAUSE = /,\s+(?:while|whereas|whilst|but|although|though)\b|;/i;
const CONTRAST = new Set(['while', 'whereas', 'whilst']);
const COUNTED_SUBJECT_ENDS = new Set(['others', 'ones', 'more', 'remaining', 'rest']);

const WEAPON_HEAD_WORDS =
  /^(?:drones?|uavs?|shaheds?|missiles?|rockets?|bombs?|aircraft|jets?|helicopters?|targets?|projectiles?|vehicles)$/;

const NP_WORDS_STOP = new Set('were was are is have has had been be that which who and or but the a an'.split(' '));
const DETERMINERS = new Set(
  'the a an this that these those its their his her our massive combined large-scale overnight latest'.split(' '),
);
const REPORTED = new Set(['said', 'reported', 'believed', 'thought', 'claimed', 'understood', 'known']);
// "took out / knocked out / wiped out 23 drones"
const TAKE_OUT = new Set(
  'took take takes taken taking knocked knock knocks knocking wiped wipe wipes wiping'.split(' '),
);
// "fended off five drones" (rule fendedOff)
const FEND = new Set(['fend', 'fends', 'fended', 'fending']);
/** A verb whose particle follows it ("shot down", "wiped out"): what comes after is past the particle. */
function withParticle(toks: Tok[], k: number): boolean {
  const w = toks[k]!.low;
  return (
    // (a split "brought the helicopter down" has its object next, not the particle: rule splitDownObject)
    (DOWN_VERBS.has(w) && (!RULES.splitDownObject || toks[k + 1]?.low === 'down')) ||
    (TAKE_OUT.has(w) && toks[k + 1]?.low === 'out') ||
    (RULES.fendedOff && FEND.has(w) && toks[k + 1]?.low === 'off')
  );
}

/** The verbs of "knocked out", "wiped out" that news also writes of losses on the ground. */
const GROUND_OUT = /^(?:knock|wip)/;
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '—', '–', '.', '!', '?']);
const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'none',
  'nor',
  'neither',
  'could',
  'would',
  'can',
  'cannot',
  'might',
  'may',
  'will',
  'should',
  'unable',
  'failed',
  'fail',
  'fails',
  'capable',
  'able',
  'designed',
  'if',
]);
const TO_BLOCKERS = new Set(
  'able unable capable designed plans plan planned aim aims aimed intended intends intend tried try trying attempt attempted attempting failed fails fail want wants wanted seek seeks sought expected likely ready ability need needs needed meant order'.split(
    ' ',
  ),
);
const DESTROY =
  /^(destroy|destroyed|destroying|destroys|destruction|eliminate|eliminated|eliminating|elimination|liquidated|liquidating|liquidation|obliterated|annihilated)$/;
/** "neutralised", "neutralizing": what news writes of aircraft lost on the ground as well as of downings (rule neutralisedAsDestroyed). */
const NEUTRALISE = /^neutrali[sz](?:e|es|ed|ing|ation)$/;
/** `(a|b|c)` from a list of alternatives (regex source, not escaped: the lists below hold plain words). */
const oneOf = (words: readonly string[]): string => `(${words.join('|')})`;
/** "in a strike", "during the Ukrainian raid". */
const STRIKE_WORDS = ['strike', 'strikes', 'raid', 'shelling', 'bombardment'];
/** Places where things stand on the ground: "at the airfield", "in their depots". */
const GROUND_SITES = [
  'air ?base',
  'airbase',
  'airfield',
  'air field',
  'airport',
  'aerodrome',
  'base',
  'bases',
  'depot',
  'depots',
  'warehouse',
  'warehouses',
  'hangar',
  'hangars',
  'storage',
  'arsenal',
  'plant',
  'factory',
  'workshop',
  'parking',
  'positions',
  'launch sites?',
  'launchers?',
];
const BARE_SITES = ['depot', 'warehouse', 'arsenal', 'hangar', 'airfield', 'airbase', 'air base'];
const IN_STRIKE = new RegExp(
  String.raw`^(in|by|during) (a|an|the|their|its|this|that|one|several|these)? ?(\w+ ){0,2}${oneOf(STRIKE_WORDS)}$`,
  'i',
);
/** "air defences destroyed", "the anti-aircraft units destroyed": the subject right before the verb is air defence. */
/** "destroyed by air defence", "destroyed by anti-aircraft fire": the agent right after the verb. */
const BY_AIR_DEFENCE =
  /^\s+by\s+(?:the\s+)?(?:(?:Russian|Ukrainian|our)\s+)?(?:air[\s-]defen[cs]es?|anti-?aircraft|surface-to-air|Patriot|interceptors?)\b/i;
const AIR_DEFENCE_SUBJECT =
  /\b(?:air[\s-]defen[cs]es?|anti-?aircraft|surface-to-air|Patriot|interceptors?)(?:\s+(?:systems?|forces|units|crews|troops|batteries|means))?\s+(?:have\s+|has\s+|had\s+)?$/i;
const GROUND = new RegExp(
  [
    String.raw`\b(in|by|during) (a|an|the|their|its|this|that|one|several|these)? ?(\w+ ){0,2}${oneOf(STRIKE_WORDS)}\b`,
    String.raw`\bon the ground\b`,
    String.raw`\b(at|in|on) (a|an|the|their|its|one|two|several|this|that)? ?(\w+ ){0,3}${oneOf(GROUND_SITES)}\b`,
    String.raw`\bparked\b`,
    String.raw`\b${oneOf(BARE_SITES)}s?\b`,
  ].join('|'),
  'i',
);
/** Threats "hit" where they stood: on the ground, parked or stored, loaded, at a base (rule militaryHit). */
const HIT_ON_GROUND =
  /\bon the ground\b|\bparked\b|\bstored\b|\bloaded\b|\b(?:in|inside) (?:a|an|the|its|their)? ?(?:\w+ )?(?:hangars?|warehouses?|depots?|storage|trucks?)\b|\b(?:at|on) (?:a|an|the|its|their)? ?(?:\w+ ){0,2}(?:air ?base|airfield|aerodrome|launch (?:site|pad))s?\b/i;
const AT_SITE = new RegExp(
  String.raw`\bon the ground\b|\bparked\b|\b(?:at|on) (?:a|an|the|its|their)? ?(?:\w+ ){0,2}(?:air ?base|airfield|aerodrome)s?\b`,
  'i',
);
const AIR_CONTEXT =
  /\b(shot down|shoot down|downed|intercept\w*|in the air|in the sky|in mid-?air|in aerial|air defen[cs]e|anti-aircraft|air-defen[cs]e|over )/i;
/** A fight in the air: "in an air battle", "in a dogfight", "in aerial combat" (rule airBattle). */
const AIR_BATTLE = /\b(?:air|aerial)\s+(?:battle|combat|duel|fight|engagement)s?\b|\bdog-?fights?\b/i;
/** The same, with "over" only before a place, not a number ("The SBU says over 40 aircraft were destroyed": a quantity;
 * rule overQuantity). */
const AIR_CONTEXT_NO_QUANTITY = new RegExp(
  AIR_CONTEXT.source.replace(
    '|over )',
    String.raw`|over (?!(?:\d|a\s+(?:dozen|hundred|thousand)\b|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|one\s+hundred|hundreds|dozens|several)\b)))`,
  ),
  'i',
);
// Tallies over a month or longer: since an event or a year, over a month/year, so far this year, in a named month as a whole,
// "Russia has so far sent 3,650 drones, of which …" (the attacker's total to date)
/** "struck the Kirovske military airfield in occupied Crimea, ": a strike on an airfield told before a count's verb (rule airfieldStruckBefore). */
const AIRFIELD_STRUCK_BEFORE =
  /\b(?:struck|hit|attacked|targeted|raided|bombed|shelled)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,4}(?:airfield|air\s?base|aerodrome)s?\b[^.;]{0,60},\s*(?:\p{L}+ing\s+)?$/iu;
/** A place on the ground or a strike within the words after a count ("four helicopters at an airfield"). */
export function onGroundAfter(tail: string): boolean {
  return GROUND.test(tail.slice(0, 80));
}

export const CUMULATIVE = new RegExp(
  String.raw`\bsince the (start|beginning|outset) of\b(?! (?:the |this )?(?:day|night|morning|evening|attack|raid|today))|\bin total since\b|\bsince\b[^.;]{0,60}?\b(20\d\d|appeared|began|begun|started|invasion|invaded|invading|war|introduced|first used|first launched|first spotted|was spotted|were spotted|deployed|delivered|entered service|went into service|arrived|was supplied|were supplied|handed over|(?:a|one|two|three|four|five|six|\d+) (?:years?|months?) ago)\b` +
    String.raw`|\b(during|over|in|throughout|for) (the|this|last|that) (past |previous |whole |entire )?(few |several |two |three |four |six |\d+ )?(month|year|months|years)\b|\bso far this (month|year)\b|\b(this|last) year\b|\bha(?:s|ve) so far (?:sent|launched|fired|used)\b(?![^.;]{0,60}\b(?:tonight|today|overnight|last night|this (?:morning|evening|night))\b)` +
    String.raw`|\bper (month|year)\b|\bthis month alone\b|\bin the (first|second|third|fourth) (quarter|half)\b|\b(during|throughout) (january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)|\bin (january|february|march|april|may|june|july|august|september|october|november|december)( 20\d\d)? (as a whole|alone)\b`,
  'i',
);
/**
 * A piece every alternative of CUMULATIVE contains ("since", "month", "year", "so far", "quarter", "half", "during",
 * "throughout", "alone", "whole"): most clauses have none, and this finds that in a third of CUMULATIVE's time.
 */
const CUMULATIVE_PIECE = /since|month|year|so far|quarter|half|during|throughout|alone|whole/i;

const NEW_CLAUSE = new Set(['and', 'but', 'yet', 'although', 'though']);
const SUBJECT_WORDS = new Set(
  'it they he she we i ukraine russia kyiv moscow officials the its their his her'.split(' '),
);

function newSubject(t: Tok | undefined): boolean {
  return t !== undefined && t.kind === 'w' && SUBJECT_WORDS.has(t.low);
}

export function governorOf(toks: Tok[], c: Count, counts: Count[]): Governor {
  // 1. inside the phrase: "nine intercepted UAVs", "20 launched drones"
  for (let k = c.numTo; k < c.npTo; k++) {
    if (NON_HEADS.has(toks[k]!.low)) continue; // "attack drones", "strike drones": nouns here
    if (gluedByHyphen(toks, k)) continue; // "Russia-launched drones": whose, not what happened
    const p = verbPolarity(toks, k);
    // "23 of 29 attacking drones", "incoming missiles": a present participle before the head describes it
    if (RULES.ingAdjective && p === 'other' && toks[k]!.low.endsWith('ing') && k + 1 < c.npTo) continue;
    if (p) return { polarity: p, at: k };
  }
  // 2. a passive or verb right after the phrase
  const right = rightGovernor(toks, c, counts);
  // 3. an active verb before the count, in the same clause
  const left = leftGovernor(toks, c);
  // ("shot down two missiles said to have been launched by Ukraine": a reduced relative of report after the object is no
  // verb of the count's, the verb before it governs; rule reportedToHaveBeen)
  if (right && left && RULES.reportedToHaveBeen && reportedToHaveBeen(toks, c.npTo, right.gov.at)) return left;
  // "shot down 303 drones, and 415 were lost from radar": a verb reached only across a list of counts yields to the count's own verb before it
  if (right && right.passive && !(right.viaList && left)) return right.gov;
  // "…were shot down, and 12 hit their targets": a bare number right before an active verb is its subject
  if (
    right &&
    left &&
    c.bare &&
    right.gov.polarity === 'other' &&
    // (also right after an aside between commas: "one, as you can see, hit"; or after "more": "and two more fell close
    // to the bus station")
    (right.gov.at === c.npTo ||
      (right.gov.at === c.npTo + 1 && (toks[c.npTo]!.low === 'more' || toks[c.npTo]!.low === 'others')) ||
      // ("and that 21 had hit their targets": a perfect's auxiliary between)
      (right.gov.at === c.npTo + 1 && PERFECT_AUX.has(toks[c.npTo]!.low)) ||
      (toks[c.npTo]?.raw === ',' && toks[right.gov.at - 1]?.raw === ',' && right.viaList === false) ||
      // ("but two others, including a Kh-31P missile, got through the defences": after an "including" aside)
      (RULES.includingAside && verbAfterIncluding(toks, c, counts, right.gov.at))) &&
    !MODIFIER_FOLLOWERS.has(toks[c.npTo + 1]?.low ?? '')
  )
    return right.gov;
  if (left) return left;
  if (right) return right.gov;
  return { polarity: 'none', at: -1 };
}

/** From `from` to the next count at `to`: "and over the Republic of Adygea", ", over the Belgorod region" — the next item's
 * place put before its count, and nothing else (rule frontedPlaceItems). */
function frontedPlaceBetween(toks: Tok[], from: number, to: number): boolean {
  let k = from;
  if (toks[k]?.low !== 'and' && toks[k]?.raw !== ',') return false;
  k++;
  if (toks[k]?.low === 'and') k++;
  if (!FRONTED_PLACE_PREPOSITIONS.has(toks[k]?.low ?? '')) return false;
  const words = to - k - 1;
  if (words < 1 || words > 7) return false;
  for (let x = k + 1; x < to; x++) {
    const t = toks[x]!;
    if (t.kind !== 'w' || verbPolarity(toks, x) !== null) return false;
  }
  return (
    /^\p{Lu}/u.test(toks[to - 1]!.raw) ||
    /^(?:region|oblast|province|krai|territory|republic)s?$/.test(toks[to - 1]!.low)
  );
}
const FRONTED_PLACE_PREPOSITIONS = new Set(['over', 'in', 'above']);

/** Before "harmless" at k: "rendered" / "made" within ten words, with a number between (rule renderedObjectHarmless). */
function renderedBefore(toks: Tok[], k: number): boolean {
  let number = false;
  for (let x = k - 1; x >= Math.max(0, k - 10); x--) {
    const t = toks[x]!;
    if (t.kind === 'p') return false;
    if (t.kind === 'n' || isNumberWord(t.low)) number = true;
    if (RENDERED.has(t.low)) return number && x < k - 1;
  }
  return false;
}

/** Verbs of report before "to have been" ("said to have been launched"; rule reportedToHaveBeen). */
const REPORTED_TO_HAVE = new Set([
  'said',
  'reported',
  'believed',
  'thought',
  'alleged',
  'understood',
  'claimed',
  'known',
  'presumed',
]);
/** Right after the count's phrase at `from`: "said to have been" and then the verb at `at`. */
function reportedToHaveBeen(toks: Tok[], from: number, at: number): boolean {
  return (
    REPORTED_TO_HAVE.has(toks[from]?.low ?? '') &&
    toks[from + 1]?.low === 'to' &&
    toks[from + 2]?.low === 'have' &&
    toks[from + 3]?.low === 'been' &&
    at === from + 4
  );
}

/** The verb at `at` follows the count (and its "others" / "more") right after an ", including …," aside, auxiliaries between. */
function verbAfterIncluding(toks: Tok[], c: Count, counts: Count[], at: number): boolean {
  let x = c.npTo;
  if (toks[x]?.low === 'others' || toks[x]?.low === 'more') x++;
  if (toks[x]?.raw !== ',' || (toks[x + 1]?.low !== 'including' && toks[x + 1]?.low !== 'among')) return false;
  const close = asideEnd(toks, x, counts);
  if (close === x) return false;
  let v = close + 1;
  while (v < at && AUX.has(toks[v]!.low)) v++;
  return v === at;
}

/** "knocked them out of the air." / "… out of the air over Kursk": the idiom's end (rule outOfTheAir). */
function airIdiomEnds(next: Tok | undefined): boolean {
  return next === undefined || next.kind === 'p' || next.kind === 'n' || AIR_IDIOM_ENDS.has(next.low);
}

/** "remained airborne", "stayed in the air" (rule stillAirborne). */
const REMAINED = new Set(['remained', 'remain', 'remains', 'stayed']);

/** After a form of "be" or "remain": "(still) airborne", "(still) in the air", "still flying" (rule stillAirborne). */
function stillInAir(toks: Tok[], k: number): boolean {
  const still = toks[k]?.low === 'still';
  const at = still ? k + 1 : k;
  const w = toks[at]?.low;
  if (w === 'airborne') return true;
  if (w === 'in' && toks[at + 1]?.low === 'the' && toks[at + 2]?.low === 'air') return true;
  return still && w === 'flying';
}

/** A capitalised "May" at k is the month when a number, punctuation or a preposition of time is beside it (not "Russia
 * May Have Downed …" in a title-case headline; review); rule mayMonth. */
function mayIsMonth(toks: Tok[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  if (next === undefined || next.kind === 'n' || next.kind === 'p') return true;
  return prev !== undefined && (prev.kind === 'n' || MONTH_BEFORE.has(prev.low));
}
const MONTH_BEFORE = new Set('in on of since until till by from to during early late mid last this next'.split(' '));

/** "40 drones a night", "per day", "each week" right after the count's phrase: a rate (rule averageRate). */
function perPeriod(toks: Tok[], k: number): boolean {
  // (not "a day after the attack", "a night earlier": a time, not a rate)
  return PER.has(toks[k]?.low ?? '') && PERIODS.has(toks[k + 1]?.low ?? '') && !PERIOD_TIME.has(toks[k + 2]?.low ?? '');
}
const PERIOD_TIME = new Set(['after', 'before', 'earlier', 'later', 'ago', 'of', 'when']);
const PER = new Set(['a', 'per', 'each', 'every']);
const PERIODS = new Set(['night', 'day', 'week', 'month']);

function gluedByHyphen(toks: Tok[], k: number): boolean {
  const h = toks[k - 1];
  return h !== undefined && h.raw === '-' && h.end === toks[k]!.start && toks[k - 2]?.end === h.start;
}

/** An interception verb at k, or after "later", "then", "also" or an "-ly" adverb there ("which were later shot down"). */
function claimAfterAdverb(toks: Tok[], k: number): boolean {
  if (verbPolarity(toks, k) === 'claim') return true;
  const w = toks[k]?.low ?? '';
  return (w === 'later' || w === 'then' || w === 'also' || w.endsWith('ly')) && verbPolarity(toks, k + 1) === 'claim';
}

/** The comma closing a relative clause opened by "which" at `from` ("which were flying towards Moscow,") when a verb
 * follows it, or -1: words only between (no count, no other punctuation), at most 12 of them. */
function relativeClauseEnd(toks: Tok[], from: number): number {
  for (let x = from + 1; x < Math.min(toks.length, from + 14); x++) {
    const t = toks[x]!;
    if (t.raw === ',') {
      const next = toks[x + 1]?.low ?? '';
      return x > from + 1 && (AUX.has(next) || verbPolarity(toks, x + 1) !== null) ? x : -1;
    }
    // ("…, which Russia launched at Ukraine on the night of July 13, were shot down": a date's day inside the clause;
    // rule relativeWithDate)
    if (
      RULES.relativeWithDate &&
      t.kind === 'n' &&
      (MONTHS.has(toks[x - 1]?.low ?? '') || MONTHS.has(toks[x + 1]?.low ?? ''))
    )
      continue;
    if (t.kind !== 'w') return -1;
  }
  return -1;
}
/** A phrasal downing verb's particle ("shot down", "took out"; rule detectedSeries). */
const PARTICLES: ReadonlySet<string> = new Set(['down', 'out']);

/** The count sits in an apposition or parenthesis opened just before it ("The largest share — 14 drones — was …", "…, 28 drones, was …"). */
function closesApposition(toks: Tok[], c: Count, k: number): boolean {
  const open = toks[c.from - 1]?.raw;
  const close = toks[k]!.raw;
  if (open === '(' && close === ')') return true;
  if ((open === '—' || open === '–' || open === '-') && (close === '—' || close === '–' || close === '-')) return true;
  // ", 28 drones, was neutralised": a comma pair only when a verb follows at once
  return (
    open === ',' &&
    close === ',' &&
    toks[c.from - 2]?.kind === 'w' &&
    (AUX.has(toks[k + 1]?.low ?? '') || verbPolarity(toks, k + 1) !== null)
  );
}

/** Adverbs that make a verb say only part of its subject ("were largely shot down"). */
const PART_ADVERBS: ReadonlySet<string> = new Set(['mostly', 'largely', 'partly', 'mainly', 'partially', 'chiefly']);
const PERCENT_LEAD = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'or', 'approximately', 'over']);

/** The comma closing ", about 93%," opened at k, or -1. */
function shareAsideEnd(toks: Tok[], k: number): number {
  if (toks[k]!.raw !== ',') return -1;
  let x = k + 1;
  while (x < k + 4 && toks[x]?.kind === 'w' && PERCENT_LEAD.has(toks[x]!.low)) x++;
  if (toks[x]?.kind !== 'n') return -1;
  const after = toks[x + 1]?.raw === '%' || toks[x + 1]?.low === 'percent' ? x + 2 : -1;
  return after > 0 && toks[after]?.raw === ',' ? after : -1;
}

/** The index of the punctuation closing an aside that opens at k (a dash or bracket pair, or ", X said,"), or k when there is none. */
function asideEnd(toks: Tok[], k: number, counts: Count[]): number {
  // ("Nine Russian military aircraft - four fighter jets and five military helicopters - were shot down": a breakdown of
  // the count between dashes or brackets, read past to the count's verb; rule breakdownAside)
  if (RULES.breakdownAside) {
    const close = breakdownAsideClose(toks, k, counts);
    if (close > 0) return close;
  }
  const open = toks[k]!.raw;
  const close = open === '(' ? ')' : open === '—' || open === '–' ? open : open === ',' ? ',' : null;
  if (!close) return k;
  // "Sixteen drones, the largest number in a month, were shot down", "A Su-25, a Russian attack jet, was downed": a noun
  // phrase in apposition between commas, with no verb of its own, read past to the count's passive (rule appositionAside)
  if (RULES.appositionAside && close === ',') {
    const end = appositionEnd(toks, k);
    if (end > 0) return end;
  }
  // "Five missiles, including two Kinzhals, were shot down": the parts named between commas, with counts of their own
  // (each a part, which takes this verb), read past to the count's verb (rule includingAside)
  // ("15 drones, 14 of them Shaheds, were shot down", "…, most of them Shaheds, …", "(12 of them Shaheds)": what the
  // threats were, told between commas or brackets, read past in the same way; rule typeAside)
  const typeAside = RULES.typeAside && (close === ',' || close === ')') && typeAsideOpens(toks, k + 1, counts);
  const including =
    (RULES.includingAside &&
      close === ',' &&
      (toks[k + 1]?.low === 'including' || (toks[k + 1]?.low === 'among' && toks[k + 2]?.low === 'them'))) ||
    typeAside;
  for (let x = k + 1; x < Math.min(toks.length, k + (including ? 20 : 10)); x++) {
    if (!including && counts.some((o) => o.from === x)) return k;
    const t = toks[x]!;
    if (t.raw === close) {
      // a comma pair only around a report ("the ministry said"), else it is a list or a clause
      if (
        close === ',' &&
        !toks.slice(k + 1, x).some(
          (w) =>
            /^(?:said|says|added|reported|according|claimed|noted|stated)$/.test(w.low) ||
            // (", by preliminary information,", ", reportedly,": the report's hedge, rule hedgeAside)
            (RULES.hedgeAside &&
              /^(?:preliminary|preliminarily|initial|reportedly|allegedly|officially|presumably|apparently)$/.test(
                w.low,
              )),
        ) &&
        !(including && (AUX.has(toks[x + 1]?.low ?? '') || verbPolarity(toks, x + 1) !== null)) &&
        // (or, after what they were, the list going on: "…, 14 of them Shaheds, as well as both cruise missiles were")
        !(typeAside && (toks[x + 1]?.low === 'and' || toks[x + 1]?.low === 'plus' || asWellAsEnd(toks, x + 1) > 0)) &&
        !(RULES.participleAside && participleAside(toks, k, x)) &&
        !relativeAside(toks, k, x) &&
        !asClauseAside(toks, k, x) &&
        !(RULES.adverbAside && connectiveAside(toks, k, x))
      )
        return k;
      return x;
    }
    if (t.kind === 'p' && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') return k;
  }
  return k;
}

/** The verbs of a sighting, read past to what was seen ("seen being shot down", "seen approaching Moscow"). */
const SIGHTED = new Set(['seen', 'sighted']);

/** Words that may open a noun phrase in apposition to a count (rule appositionAside). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the']);
/** Words that end an apposition: it is a clause, a list or a report, not a noun phrase. */
const APPOSITION_STOPS = new Set(
  'and or but which who that whose while as when where said says according reported claimed added'.split(' '),
);

/**
 * From a comma at k: ", the largest number in a month,", ", a Russian attack jet,": a noun phrase in apposition (an
 * article or a name's possessive first; no auxiliary, clause word, interception word or punctuation of its own; at most
 * eight words) closed by a comma that the count's own passive follows at once ("were shot down", "was also destroyed",
 * "had been intercepted"); the closing comma's index, else -1.
 */
function appositionEnd(toks: Tok[], k: number): number {
  // (an article, or a name's possessive: ", Russia's largest raid this month,")
  const owner =
    toks[k + 1]?.kind === 'w' &&
    /^\p{Lu}/u.test(toks[k + 1]!.raw) &&
    (toks[k + 2]?.raw === "'" || toks[k + 2]?.raw === '’') &&
    toks[k + 3]?.low === 's';
  // (", or unmanned aircraft,": a gloss of the noun in other words; rule orGloss)
  const gloss = RULES.orGloss && toks[k + 1]?.low === 'or';
  if (!APPOSITION_OPENERS.has(toks[k + 1]?.low ?? '') && !owner && !gloss) return -1;
  for (let x = owner ? k + 4 : k + 2; x < Math.min(toks.length, k + 10); x++) {
    const t = toks[x]!;
    if (t.raw === ',') return x > k + 2 && passiveClaimAt(toks, x + 1) ? x : -1;
    if (t.kind === 'p' && !isWordHyphen(toks, x) && t.raw !== "'" && t.raw !== '’') return -1;
    if (t.kind !== 'w') continue;
    // (nouns that are verbs too, "a Russian attack jet", are read as nouns: the passive after the comma decides)
    if (APPOSITION_STOPS.has(t.low) || AUX.has(t.low) || TRIGGER_WORDS.has(t.low)) return -1;
  }
  return -1;
}

/**
 * "A Su-25, a jet based in Crimea, was shot down": a count of one in apposition to the count right before it is that
 * count, not one of its own (rule appositionAside).
 */
export function inAppositionTo(toks: Tok[], c: Count, counts: readonly Count[]): boolean {
  return (
    RULES.appositionAside &&
    toks[c.from - 1]?.raw === ',' &&
    counts.some((o) => o.npTo === c.from - 1) &&
    appositionEnd(toks, c.from - 1) > 0
  );
}

/** At v: a passive of interception ("were shot down", "was also destroyed", "had been intercepted"). */
function passiveClaimAt(toks: Tok[], v: number): boolean {
  if (!ASIDE_AUX.has(toks[v]?.low ?? '')) return false;
  let x = v + 1;
  if (toks[x]?.low === 'been') x++;
  if (STOPPED_ADVERBS.has(toks[x]?.low ?? '')) x++;
  if (toks[x]?.low === 'been') x++;
  return verbPolarity(toks, x) === 'claim';
}

/** Words that tell what most or all of the threats just counted were ("mostly Shaheds", "most of them Shaheds"). */
const SHARE_ADVERBS = new Set(['mostly', 'mainly', 'largely', 'chiefly', 'predominantly', 'primarily']);
const SHARE_OF_THEM = new Set(['most', 'many', 'all', 'some', 'half', 'both']);

/**
 * At x, right after the comma or bracket after a count: "14 of them Shaheds", "mostly Shaheds", "most of them Shaheds",
 * "all of them Iranian-made": an aside telling what the threats were (rule typeAside).
 */
function typeAsideOpens(toks: Tok[], x: number, counts: Count[]): boolean {
  // (what they were, not where: "half of them over the Bryansk region" is a place's share; review)
  const what = (y: number): boolean => toks[y]?.kind === 'w' && !PLACE_PREPOSITIONS.has(toks[y].low);
  if (SHARE_ADVERBS.has(toks[x]?.low ?? '')) return what(x + 1);
  if (SHARE_OF_THEM.has(toks[x]?.low ?? '') && toks[x + 1]?.low === 'of' && toks[x + 2]?.low === 'them')
    return what(x + 3);
  const part = counts.find((o) => o.from === x);
  if (!part) return false;
  // ("14 of them Shaheds": "of them" inside the part's phrase or right after it, then what they were)
  // ("14 of them over the Moscow region", "14 of which were over …": where a share of them was, rule placeShareAside)
  for (let y = part.numTo; y <= part.npTo; y++)
    if (
      toks[y]?.low === 'of' &&
      (toks[y + 1]?.low === 'them' || (RULES.placeShareAside && toks[y + 1]?.low === 'which'))
    )
      return what(y + 2) || (RULES.placeShareAside && shareIsWhere(toks, y + 2));
  return false;
}
/** The closer a breakdown aside's opener takes: a dash the same dash (a hyphen only with spaces round it), "(" a ")". */
function asideCloser(toks: Tok[], k: number): string | null {
  const t = toks[k];
  if (t === undefined || t.kind !== 'p') return null;
  if (t.raw === '(') return ')';
  if (t.raw === '—' || t.raw === '–') return t.raw;
  const spaced =
    t.raw === '-' && toks[k - 1] !== undefined && toks[k - 1]!.end < t.start && toks[k + 1]?.start !== t.end;
  return spaced ? '-' : null;
}

/**
 * The index of the token closing a breakdown aside opened at `k` (rule breakdownAside), or -1: right after a count's
 * phrase, a dash or bracket, then only counts with a weapon of their own joined by commas, "and" or "plus", then the same
 * dash or the bracket's close ("- four fighter jets and five military helicopters -", "(12 Shaheds and two missiles)").
 */
function breakdownAsideClose(toks: Tok[], k: number, counts: Count[]): number {
  const close = asideCloser(toks, k);
  if (close === null || !counts.some((o) => o.npTo === k)) return -1;
  let x = k + 1;
  while (x < toks.length && x < k + 24) {
    const part = counts.find((o) => o.from === x && !o.bare && o.weapon !== null);
    if (!part) return -1;
    x = part.npTo;
    const t = toks[x];
    if (t === undefined) return -1;
    if (t.raw === close && (close !== '-' || toks[x - 1]!.end < t.start)) return x;
    if (t.raw === ',' && toks[x + 1]?.low === 'and') x += 2;
    else if (t.raw === ',' || t.low === 'and' || t.low === 'plus') x += 1;
    else return -1;
  }
  return -1;
}

/** The punctuation at `k`, right after count `c`'s phrase, closes a breakdown aside `c` is a part of (rule breakdownAside). */
function closesBreakdownAside(toks: Tok[], k: number, c: Count, counts: Count[]): boolean {
  if (toks[k]!.raw !== ')' && toks[k]!.raw !== '—' && toks[k]!.raw !== '–' && toks[k]!.raw !== '-') return false;
  for (let open = c.from - 1; open >= Math.max(0, c.from - 24); open--)
    if (asideCloser(toks, open) !== null) return breakdownAsideClose(toks, open, counts) === k;
  return false;
}

/** "on the point / verge / brink of": an act all but done (rule onThePointOf). */
const ALL_BUT_DONE: ReadonlySet<string> = new Set(['point', 'verge', 'brink']);
/** Words of a report's hedge between commas (", according to preliminary data,", ", reportedly,", ", it said,"). */
const HEDGE_WORDS: ReadonlySet<string> = new Set(
  'according preliminary preliminarily initial reportedly allegedly officially presumably said says reported data information'.split(
    ' ',
  ),
);

/**
 * At k, a comma right before a count: the comma that opens a hedge aside ending here, right after an interception
 * verb ("destroyed, according to preliminary data, 23 drones"), else −1 (rule hedgeBeforeObject).
 */
function hedgeOpens(toks: Tok[], k: number): number {
  let hedge = false;
  for (let o = k - 1; o >= Math.max(0, k - 9); o--) {
    const t = toks[o]!;
    if (t.raw === ',') return hedge && o > 0 && verbPolarity(toks, o - 1) === 'claim' ? o : -1;
    if (t.kind !== 'w') return -1;
    if (HEDGE_WORDS.has(t.low)) hedge = true;
    // ("intercepted or destroyed, within three hours, 114 Ukrainian drones": a time between the verb and its object,
    // rule timeAsideObject)
    if (RULES.timeAsideObject && TIME_ASIDE_WORDS.has(t.low)) hedge = true;
  }
  return -1;
}
/** Words of a time between commas (rule timeAsideObject). */
const TIME_ASIDE_WORDS: ReadonlySet<string> = new Set([
  ...'within hours hour minutes overnight night morning evening afternoon yesterday today'.split(' '),
  ...WEEKDAYS,
]);

/** From y: "(were|was) over / in / above …", where a share of the threats was (rule placeShareAside). */
function shareIsWhere(toks: Tok[], y: number): boolean {
  const at = toks[y]?.low === 'were' || toks[y]?.low === 'was' ? y + 1 : y;
  return ['over', 'in', 'above', 'near'].includes(toks[at]?.low ?? '');
}
const PLACE_PREPOSITIONS = new Set([
  'over',
  'in',
  'near',
  'from',
  'above',
  'across',
  'on',
  'at',
  'to',
  'towards',
  'around',
]);

/** ", too,", ", however,", ", in turn,": a connective between commas, read past to the count's own verb (rule adverbAside). */
const CONNECTIVES = new Set([
  'too',
  'also',
  'however',
  'meanwhile',
  'likewise',
  'moreover',
  'furthermore',
  'though',
  'then',
]);
const CONNECTIVE_PAIRS = new Set([
  'in turn',
  'as well',
  'in addition',
  'for its part',
  'for their part',
  'in total',
  'in all',
]);
function connectiveAside(toks: Tok[], open: number, close: number): boolean {
  const words = toks.slice(open + 1, close).map((t) => t.low);
  return words.length === 1 ? CONNECTIVES.has(words[0]!) : CONNECTIVE_PAIRS.has(words.join(' '));
}

const COURSE = new Set(['flying', 'heading', 'headed', 'moving', 'approaching', 'travelling', 'traveling']);
/**
 * A count's own outcome that is no interception: lost from radar (claims.md, edge case 6), or blown up where it fell.
 * Intransitive, so never a participle modifying its noun ("drones exploded in …" is no "drones that were exploded"):
 * the count's own verb however a preposition follows.
 */
const VANISHED = new Set(['vanished', 'disappeared', 'exploded', 'detonated']);

const ASIDE_AUX = new Set(['were', 'was', 'had', 'have', 'has']);
/** After "out of the air": the idiom ends the phrase (punctuation, the sentence's end, a place or time word);
 * anything else makes "air" a modifier ("out of the air campaign", "out of the air fleet"). */
const AIR_IDIOM_ENDS = new Set(
  'over above near in on at by during after before as when while and with within overnight last early late this yesterday tonight again since then'.split(
    ' ',
  ),
);
/** "take … out of the sky" (rule takeOutOfSky). */
const SKY_TAKE = new Set('take takes took taken taking'.split(' '));
/** Before "to take": a downing met ("managed to take", "was able to take"); anything else ("aims to", "failed to") is not one. */
const SKY_TAKE_MET = new Set(['managed', 'able']);
const MODALS = new Set('will would could can may might should must shall'.split(' '));
const SKY_CLAUSE_WORDS = new Set('before after when while as that which who because until since'.split(' '));
/** Adjectives of a threat's noun phrase that end as a participle does ("unmanned aerial vehicles", "guided missiles"). */
const ED_ADJECTIVES = new Set('unmanned uncrewed guided armed advanced upgraded modified combined'.split(' '));

/** "take" at x, "out" at `out`: the object between has no verb of its own, and the taking was done, not hoped for. */
function tookOutOfSky(toks: Tok[], x: number, out: number): boolean {
  // (not denied: "was not able to take", "never took", "couldn't take")
  for (let y = x - 1; y >= Math.max(0, x - 4); y--) {
    const b = toks[y]!;
    if (b.low === 'not' || b.low === 'never' || (b.low === 't' && /['’]/.test(toks[y - 1]?.raw ?? ''))) return false;
  }
  for (let y = x + 1; y < out; y++) {
    const w = toks[y]!;
    // (no clause of its own between: "took an hour before six drones dropped out of the sky", "took cover, and 12 drones
    // came out of the sky"; "drones and missiles" is one object)
    if (w.kind === 'p' && (w.raw === ',' || w.raw === ';')) return false;
    if ((w.low === 'and' || w.low === 'or') && !WEAPON_HEAD_WORDS.test(toks[y + 1]?.low ?? '')) return false;
    if (w.kind !== 'w') continue;
    if (SKY_CLAUSE_WORDS.has(w.low) || verbPolarity(toks, y) !== null) return false;
    if (w.low.endsWith('ed') && toks[y - 1]?.raw !== '-' && !ED_ADJECTIVES.has(w.low)) return false;
  }
  const before = toks[x - 1]?.low ?? '';
  if (MODALS.has(before)) return false;
  return before !== 'to' || SKY_TAKE_MET.has(toks[x - 2]?.low ?? '');
}
/** Subjects right before an active "stopped" that make it a downing (rule activeStopped). */
// ("air defence units and the Black Sea Fleet stopped 56 of the drones": a fleet too; not "troops" or "the military",
// which stop vehicles and flights as well, review)
const STOPPERS = new Set('defence defense defences defenses defenders forces units systems crews fleet'.split(' '));
/**
 * A threat's phrase ends at k, or a post-modifier on one does ("A rocket fired from an Olkha multiple rocket launcher
 * was also stopped"): its noun, a number or a pronoun within eight words back, before any other punctuation or "to",
 * "after", "as", "when" ("deliveries of 300 drones to Russia were stopped" is no threat stopped).
 */
function threatSubjectAt(toks: Tok[], k: number): boolean {
  for (let x = k; x >= Math.max(0, k - 8); x--) {
    const t = toks[x]!;
    if (t.kind === 'n' || WEAPON_HEADS.has(t.low) || THREAT_PRONOUNS.has(t.low) || isNumberWord(t.low)) return true;
    if ((t.kind === 'p' && !isWordHyphen(toks, x)) || SUBJECT_STOPS.has(t.low)) return false;
  }
  return false;
}
const SUBJECT_STOPS = new Set(['to', 'after', 'as', 'when', 'before', 'while']);
const THREAT_PRONOUNS = new Set('they them these those which that others more ones'.split(' '));
/** Adverbs between a passive auxiliary and "stopped" (rule adverbStopped): "was also stopped", "were all stopped". */
const STOPPED_ADVERBS: ReadonlySet<string> = new Set(
  'also later then likewise successfully reportedly all subsequently'.split(' '),
);
/** Words that may open the count an active "stopped" takes as its object ("stopped 35 of them", "stopped all 23"). */
const STOPPED_OBJECT_START = new Set(
  'all the some at more up over about nearly almost another both every each most around roughly'.split(' '),
);
/** The object of "stopped" at k is a count, not "working", "firing at", "short of", "a shipment of". */
function stoppedObject(toks: Tok[], k: number): boolean {
  const t = toks[k];
  if (t === undefined || !(t.kind === 'n' || isNumberWord(t.low) || STOPPED_OBJECT_START.has(t.low))) return false;
  // (an attack stopped is no count of threats: "have stopped one more attack on Sevastopol"; nor a thing stopped from
  // doing something: "has stopped 2 helicopters from landing", review)
  for (let x = k + 1; x < Math.min(toks.length, k + 6); x++) {
    if (STOPPED_NOT_THREATS.has(toks[x]!.low)) return false;
    if (toks[x]!.low === 'from' && toks[x + 1]?.low.endsWith('ing')) return false;
  }
  return true;
}
const PERFECT_ADVERBS = new Set(['now', 'already', 'also', 'just']);
/** Before "stopped" at k: "has", "have" or "had" (and an adverb: "has already stopped") after the defence. */
function perfectStopper(toks: Tok[], k: number): boolean {
  const adverb = toks[k - 1]?.low ?? '';
  const aux = adverb.endsWith('ly') || PERFECT_ADVERBS.has(adverb) ? k - 2 : k - 1;
  return PERFECT_AUX.has(toks[aux]?.low ?? '') && STOPPERS.has(toks[aux - 1]?.low ?? '');
}
/** Nouns of what was stopped that are no threats counted ("one more attack", "two raids", "three attempts"). */
const STOPPED_NOT_THREATS = new Set(
  'attack attacks raid raids wave waves attempt attempts assault assaults strike strikes offensive'.split(' '),
);
/** What threats that were not stopped did (rule gotThrough): "evaded the defences", "got / broke through". */
const EVADED = new Set('evaded evade evades evading eluded penetrated penetrate penetrates bypassed dodged'.split(' '));
const THROUGH_VERBS = new Set(
  'got get gets getting broke break breaks breaking slipped slip made passed pass passes let lets letting'.split(' '),
);
/** Verbs of "… out of the sky" that tell a downing (not "fell" or "came"). */
const SKY_VERBS = new Set(
  'knock knocks knocked knocking blow blows blew blown blowing blast blasts blasted blasting shoot shoots shot shooting'.split(
    ' ',
  ),
);
const IRREGULAR_PARTICIPLES = new Set(['built', 'made', 'sent', 'bought', 'thought', 'meant', 'held', 'kept']);

/**
 * "Thirteen Shahed drones, designed to explode on impact, were also downed", "12 drones, launched from the Sumy region,
 * were shot down": a participle phrase between commas (a lower-case participle first, no count in it), with the count's
 * auxiliary right after the closing comma, describes the count.
 */
function participleAside(toks: Tok[], open: number, close: number): boolean {
  const first = toks[open + 1];
  if (!first || first.kind !== 'w' || TRIGGER_WORDS.has(first.low)) return false;
  if (!/^\p{Ll}+(?:ed|en|wn)$/u.test(first.raw) && !IRREGULAR_PARTICIPLES.has(first.raw)) return false;
  return ASIDE_AUX.has(toks[close + 1]?.low ?? '');
}

/**
 * From a comma or a relative pronoun at `open`: ", picked up and jammed by electronic warfare, came down", "that electronic
 * warfare suppressed came down": words only (no count, no clause punctuation, at most 20), an interception verb among
 * them, closed (by a comma after an aside) right before a verb of falling; the interception verb's index, else -1.
 */
function downingBeforeFall(toks: Tok[], open: number, counts: readonly Count[]): number {
  const comma = toks[open]!.raw === ',';
  let downed = -1;
  for (let x = open + 1; x < Math.min(toks.length, open + 22); x++) {
    const t = toks[x]!;
    if (comma && t.raw === ',')
      return downed > 0 && (FALL_AFTER.test(wordsFrom(toks, x + 1)) || passiveClaimAt(toks, x + 1)) ? downed : -1;
    if (t.kind === 'p' && !isWordHyphen(toks, x)) return -1;
    if (counts.some((o) => o.from === x)) return -1;
    if (t.kind !== 'w') continue;
    // (a clause of its own inside, "that were flying towards Kyiv while others were shot down", is not the count's)
    if (ASIDE_CLAUSE_OPENERS.has(t.low)) return -1;
    if (!comma && downed > 0 && x === downed + 1 + downedParticle(toks, downed))
      return FALL_AFTER.test(wordsFrom(toks, x)) ? downed : -1;
    if (downed < 0 && verbPolarity(toks, x) === 'claim') downed = x;
  }
  return -1;
}
/**
 * Words that open another clause, name another subject or only a part of the count ("one of which was shot down",
 * "neither of which"), inside an aside (rule downedAsideFell).
 */
const ASIDE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  'while whereas when as after before because although though since until unless if others other some but or one neither none only half most few'.split(
    ' ',
  ),
);
/** A downing verb's particle ("shot down"): the words after the verb that are still the verb. */
function downedParticle(toks: Tok[], v: number): number {
  return toks[v + 1]?.low === 'down' || toks[v + 1]?.low === 'out' ? 1 : 0;
}
/** The next three words from `from`, lower case, joined by spaces (a loop, as wordsBefore's, for the same reason). */
function wordsFrom(toks: Tok[], from: number): string {
  const end = Math.min(toks.length, from + 3);
  let words = '';
  for (let k = from; k < end; k++) words += k === from ? toks[k]!.low : ` ${toks[k]!.low}`;
  return words;
}
/** A fall after the downing: "came down", "crashed", "fell" (not "fell short", "fell silent"). */
const FALL_AFTER = /^(?:came down|crashed|fell(?! short| silent| apart| behind)|went down)\b/;

/** "one, as you can see, hit", "five, as we know, were downed": a short "as" clause of knowing or seeing between commas. */
function asClauseAside(toks: Tok[], open: number, close: number): boolean {
  if (toks[open + 1]?.low !== 'as' || close - open > 6) return false;
  for (let x = open + 2; x < close; x++) if (/^(?:see|seen|know|known|expected)$/.test(toks[x]!.low)) return true;
  return false;
}

/**
 * "another 41 craft, which the air force calls decoys, disappeared from radar": a non-restrictive relative clause between
 * commas, with no interception verb of its own, followed at once by the count's verb, describes the count.
 */
function relativeAside(toks: Tok[], open: number, close: number): boolean {
  if (toks[open + 1]?.low !== 'which') return false;
  const after = toks[close + 1];
  if (!after || after.kind !== 'w' || (!AUX.has(after.low) && verbPolarity(toks, close + 1) === null)) return false;
  // (nor a course: "the drone, which was heading for Moscow, was downed over Ramenskoye" is read as before)
  for (let x = open + 2; x < close; x++)
    if (COURSE.has(toks[x]!.low) || verbPolarity(toks, x) === 'claim') return false;
  return true;
}

/**
 * From a comma at k: ", 14 of them flying towards Moscow,", ", including 5 heading for the capital,", ", 5 of which were
 * flying towards Moscow,": a part of the count before, told with its course, closed by a comma; the closing comma's
 * index, else -1.
 */
function partAsideEnd(toks: Tok[], k: number, counts: Count[]): number {
  let x = k + 1;
  if (toks[x]?.low === 'including') x++;
  const part = counts.find((o) => o.from === x);
  if (!part) return -1;
  x = part.npTo;
  if (toks[x]?.low === 'of' && (toks[x + 1]?.low === 'them' || toks[x + 1]?.low === 'which')) x += 2;
  if (toks[x]?.low === 'were' || toks[x]?.low === 'was') x++;
  if (!COURSE.has(toks[x]?.low ?? '')) return -1;
  for (let y = x + 1; y < Math.min(toks.length, x + 8); y++) {
    const t = toks[y]!;
    if (t.raw === ',') return y;
    if (t.kind === 'p' && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') return -1;
    if (counts.some((o) => o.from === y)) return -1;
  }
  return -1;
}

/** From k (after a detection verb): the index of an "and" within a few words that is followed by an interception verb; else 0. */
function detectedThenAnd(toks: Tok[], k: number, counts: Count[]): number {
  for (let x = k; x < Math.min(toks.length, k + 9); x++) {
    const t = toks[x]!;
    if (t.kind === 'p' && !(t.raw === '-' && isWordHyphen(toks, x))) return 0;
    if (counts.some((o) => o.from === x)) return 0;
    if (t.low === 'and') {
      let v = x + 1;
      if (toks[v]?.low === 'then' || toks[v]?.low === 'later' || toks[v]?.low === 'subsequently') v++;
      return verbPolarity(toks, v) === 'claim' ? v - 1 : 0;
    }
    if (TRIGGER_WORDS.has(t.low) || OTHER_VERBS.has(t.low) || AUX.has(t.low)) return 0;
  }
  return 0;
}

/** "Debris from five downed drones" implies five downed (claims.md, edge case 6): a number of two or more with the participle in its phrase. */
function impliesDowned(toks: Tok[], c: Count): boolean {
  if (c.value < 2 || toks[c.numFrom]!.low === 'a' || toks[c.numFrom]!.low === 'an') return false;
  for (let k = c.numTo; k < c.npTo; k++) if (/^(?:downed|intercepted|destroyed|shot)$/.test(toks[k]!.low)) return true;
  return false;
}

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/**
 * "The Russian army had to shoot down one of its own helicopters", "air defence was forced to intercept": an obligation
 * in the past that was met — a report, as "managed to" is (not "has to", "will have to").
 */
function hadTo(toks: Tok[], verb: number): boolean {
  if (!RULES.pastObligation) return false;
  const w = toks[verb - 2]?.low;
  if (w === 'had') return !['will', 'would', 'may', 'might'].includes(toks[verb - 3]?.low ?? '');
  return (w === 'forced' || w === 'compelled') && ['was', 'were'].includes(toks[verb - 3]?.low ?? '');
}

/** Before a passive "shot" (rule shotOver), and the prepositions of where after it. */
const PASSIVE_BE: ReadonlySet<string> = new Set(['was', 'were', 'been', 'be', 'being']);
const OVER: ReadonlySet<string> = new Set(['over', 'above']);

/** After a passive "shot over": fired across a border, a river or heads, or towards somewhere; a quantity ("over a dozen"). */
const SHOT_ACROSS =
  /^\s+(?:over|above)\s+(?:(?:the\s+)?(?:border|front\s*line|frontline|heads?|river|Dnipro|Dnieper)\b|(?:a\s+dozen|a\s+hundred|\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty)\b)|\b(?:from|towards?|into|at)\b/i;
/** A sentence about filming or photographs: "shot" there is a camera's. */
const SHOT_FILMED = /\b(?:camera|film(?:ed|ing)?|footage|photographers?|videos?|photos?|pictures?|images?)\b/i;

/** At k "shot": a passive, its form of "be" right before or with an adverb between ("were also shot over"). */
function passiveShot(toks: readonly Tok[], k: number): boolean {
  const b = toks[k - 1]?.low ?? '';
  return PASSIVE_BE.has(b) || (SHOT_AUX.has(b) && !PASSIVE_BE.has(b) && PASSIVE_BE.has(toks[k - 2]?.low ?? ''));
}

/** Between a count and its passive "shot" (rule shotOver): auxiliaries and adverbs only ("had also been shot over"). */
const SHOT_AUX: ReadonlySet<string> = new Set([
  'successfully',
  'was',
  'were',
  'been',
  'be',
  'being',
  'had',
  'have',
  'has',
  'also',
  'all',
  'reportedly',
  'later',
  'then',
]);

/** The count is the subject of the passive "shot" at g: its phrase ends right before the auxiliaries, not inside "of". */
function subjectOfShot(toks: readonly Tok[], c: Count, g: number): boolean {
  // ("A total of 19 drones were shot over …": the total's "of" is the count's own)
  const ofBefore = toks[c.from - 1]?.low === 'of' && toks[c.from - 2]?.low !== 'total';
  if (c.npTo > g || toks[c.npTo - 1]?.low === 'of' || ofBefore) return false;
  for (let y = c.npTo; y < g; y++) if (!SHOT_AUX.has(toks[y]!.low)) return false;
  return true;
}

/** The verbs of "rendered harmless", "made harmless". */
const RENDERED: ReadonlySet<string> = new Set([
  'rendered',
  'render',
  'renders',
  'rendering',
  'made',
  'make',
  'makes',
  'making',
]);

export function verbPolarity(toks: Tok[], k: number): Polarity | null {
  // Past the last token (a text that stops after "…, 247 combat helicopters,"): no verb, not an error.
  const w = toks[k]?.low;
  if (w === undefined) return null;
  if (TRIGGER_WORDS.has(w)) return 'claim';
  if (ewParticiple(toks, k)) return 'claim';
  if (airDefenceHit(toks, k)) return 'claim';
  if (defeatedThreats(toks, k)) return 'claim';
  if (RULES.fellToAirDefence && fellToAirDefence(toks, k)) return 'claim';
  // 'were "landed"': Ukrainian military slang (приземлили) for brought down, always in scare quotes
  // ('"grounded"', the same slang as other translations give it; rule groundedSlang)
  if (
    (w === 'landed' || (w === 'grounded' && RULES.groundedSlang)) &&
    QUOTE_MARKS.has(toks[k - 1]?.raw ?? '') &&
    QUOTE_MARKS.has(toks[k + 1]?.raw ?? '')
  )
    return 'claim';
  if (w === 'down' && DOWN_VERBS.has(toks[k - 1]?.low ?? '')) return 'claim';
  // "but two others got through the defences", "three evaded air defence": threats that were not stopped (rule
  // gotThrough: without it, a count with no verb of its own took the interception verb of the count before it)
  if (
    RULES.gotThrough &&
    (EVADED.has(w) || ((w === 'through' || w === 'past') && THROUGH_VERBS.has(toks[k - 1]?.low ?? '')))
  )
    return 'other';
  // "were rendered harmless by air defence", as translations from German ("unschädlich gemacht") write a downing
  if (RENDERED.has(w) && toks[k + 1]?.low === 'harmless') return 'claim';
  if (w === 'harmless' && RENDERED.has(toks[k - 1]?.low ?? '')) return 'claim';
  // ("air defence rendered at least 18 Ukrainian drones harmless": the object between; rule renderedObjectHarmless)
  if (w === 'harmless' && RULES.renderedObjectHarmless && renderedBefore(toks, k)) return 'claim';
  // "managed to down ten of the drones": down as a verb
  if (w === 'down' && toks[k - 1]?.low === 'to' && toks[k + 1] !== undefined && toks[k + 1]!.kind !== 'p')
    return 'claim';
  if (DOWN_VERBS.has(w) && toks[k + 1]?.low === 'down') return 'claim';
  // "shot every one of them down", "brought two drones down": the particle after a short object
  if (DOWN_VERBS.has(w) && splitDown(toks, k)) return 'claim';
  // "took out 36 drones"
  if (TAKE_OUT.has(w) && toks[k + 1]?.low === 'out') return 'claim';
  if (w === 'out' && TAKE_OUT.has(toks[k - 1]?.low ?? '')) return 'claim';
  if (RULES.fendedOff && FEND.has(w) && toks[k + 1]?.low === 'off') return 'claim';
  // "six missiles slipped off the radar or were jammed": what was lost from radar is no interception (rule offRadar)
  if (RULES.offRadar && OFF_RADAR_VERBS.has(w) && toks[k + 1]?.low === 'off' && radarAhead(toks, k + 2)) return 'other';
  // "27 UAVs had been shot over the region": a passive "shot" with no particle, then where (rule shotOver)
  if (RULES.shotOver && w === 'shot' && passiveShot(toks, k) && OVER.has(toks[k + 1]?.low ?? '')) return 'claim';
  // "knocked 20 drones out of the sky", "was blown out of the sky": the idiom for a downing
  // ("took 30 of them out of the air": the same idiom, rule outOfTheAir)
  const sky = toks[k + 3]?.low;
  if (
    w === 'out' &&
    toks[k + 1]?.low === 'of' &&
    toks[k + 2]?.low === 'the' &&
    (sky === 'sky' || (RULES.outOfTheAir && sky === 'air' && airIdiomEnds(toks[k + 4])))
  ) {
    // ("managed to take more than thirty-two drones and missiles out of the sky": "take" too, and a longer object, rule
    // takeOutOfSky)
    for (let x = k - 1; x >= Math.max(0, k - (RULES.takeOutOfSky ? 12 : 9)); x--)
      if (SKY_VERBS.has(toks[x]!.low) || (RULES.takeOutOfSky && SKY_TAKE.has(toks[x]!.low) && tookOutOfSky(toks, x, k)))
        return 'claim';
  }
  // "during the attack", "a massive strike", "the night attack": a noun, not a verb
  // "18 drones were stopped over Saratov": a passive "stopped" reports an interception
  if (w === 'stopped' && PASSIVE_AUX.has(toks[k - 1]?.low ?? '')) return 'claim';
  // ("a rocket … was also stopped near Kamenka": one adverb between, rule adverbStopped)
  if (
    w === 'stopped' &&
    RULES.adverbStopped &&
    STOPPED_ADVERBS.has(toks[k - 1]?.low ?? '') &&
    PASSIVE_AUX.has(toks[k - 2]?.low ?? '') &&
    // (with a threat as its subject right before: not "work at the refinery was also stopped after two drones struck",
    // "deliveries of 300 drones to Russia were reportedly stopped"; review)
    threatSubjectAt(toks, k - 3)
  )
    return 'claim';
  // "Ukraine's air defence stopped 35 of them": active, with the defence as its subject (rule activeStopped)
  if (w === 'stopped' && RULES.activeStopped && STOPPERS.has(toks[k - 1]?.low ?? '') && stoppedObject(toks, k + 1))
    return 'claim';
  // "air defence has stopped 40 of them": the perfect of the same (rule stoppedPerfect)
  if (w === 'stopped' && RULES.stoppedPerfect && perfectStopper(toks, k) && stoppedObject(toks, k + 1)) return 'claim';
  // ("the HIMARS multiple-launch system": the second half of a hyphened compound is no verb, rule hyphenCompound; a
  // participle, "air-launched", "sea-launched", still tells a launch, and the parts of a launched set stay launch counts)
  if (OTHER_VERBS.has(w) && RULES.hyphenCompound && !w.endsWith('ed') && gluedByHyphen(toks, k)) return null;
  // ("nine HIMARS multiple rocket launch systems were destroyed": "launch" before the noun it modifies is no verb, rule
  // launchCompound)
  if (launchCompound(toks, k)) return null;
  if (OTHER_VERBS.has(w))
    return DETERMINERS.has(toks[k - 1]?.low ?? '') || (NOUNISH.has(w) && !verbSlot(toks, k)) ? null : 'other';
  if (NEUTRAL_VERBS.has(w)) return 'neutral';
  return null;
}

/**
 * At k a verb of "… down": its particle after an object of up to five words, none a verb or a clause break ("shot every
 * one of them down", "brought the two drones down"; not "brought the total down to 40").
 */
/** "what brought …", "whether air defence or a malfunction brought …": the verb's subject is in question (rule downOnto, review). */
function causeUnknown(toks: Tok[], k: number): boolean {
  for (let x = k - 1; x >= Math.max(0, k - 8); x--) if (/^(?:what|whatever|whether)$/.test(toks[x]!.low)) return true;
  return false;
}

function splitDown(toks: Tok[], k: number): boolean {
  // (up to six words between: "brought more than 60 Russian unmanned aerial vehicles down"; was four, which the drones'
  // long name did not fit)
  for (let x = k + 2; x < Math.min(toks.length, k + 9); x++) {
    const t = toks[x]!;
    // ("brought the missile down onto homes": where it fell; rule downOnto)
    if (t.low === 'down')
      return toks[x + 1]?.low !== 'to' && !(RULES.downOnto && toks[x + 1]?.low === 'onto' && causeUnknown(toks, k));
    if (t.kind === 'p' && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') return false;
    // ("brought the enemy attack drone down": "attack" before a threat's head is its modifier, not a verb; rule
    // splitDownModifier)
    const modifier = RULES.splitDownModifier && NON_HEADS.has(t.low) && WEAPON_HEAD_WORDS.test(toks[x + 1]?.low ?? '');
    if (
      t.kind === 'w' &&
      (t.low === 'and' || t.low === 'or' || TRIGGER_WORDS.has(t.low) || (OTHER_VERBS.has(t.low) && !modifier))
    )
      return false;
  }
  return false;
}

/** Present participles of an attack that modify the counted phrase before its own verb ("drones attacking Kyiv were shot down"). */
const ATTACKING: ReadonlySet<string> = new Set(['attacking', 'targeting', 'targetting', 'striking', 'raiding']);
/** Finite verbs of what a threat did, which end an attacking participle's phrase ("attacking Belgorod hit houses"). */
const THREAT_DID: ReadonlySet<string> = new Set(
  'hit struck damaged killed injured wounded crashed exploded fell caused set started'.split(' '),
);

/** Tokens [from, to) hold a clause break (a comma, "and", "or", "but") or a verb of what the threats did. */
function clauseBetween(toks: Tok[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const t = toks[x]!;
    if (t.raw === ',' || t.raw === ';' || t.low === 'and' || t.low === 'or' || t.low === 'but' || THREAT_DID.has(t.low))
      return true;
  }
  return false;
}

/** Participles whose infinitive modifies the counted phrase ("drones trying to attack Moscow"). */
const TRYING = new Set([
  'trying',
  'attempting',
  'seeking',
  'aiming',
  'intending',
  'meant',
  'sent',
  'flying',
  'heading',
]);

function rightGovernor(
  toks: Tok[],
  c: Count,
  counts: Count[],
): { gov: Governor; passive: boolean; viaList?: boolean } | null {
  if (inAppositionTo(toks, c, counts)) return null;
  let aux = false;
  let modifierFrom: number | undefined;
  // ("40 drones out of 52 were shot down": the set after the phrase is no count of its own)
  const nextCount = counts.find((o) => o.from > c.from && !o.denominator);
  let stop = Math.min(
    toks.length,
    c.npTo + 9 + placeAfter(toks, c.npTo),
    // (nor a part named in an ", including …," aside, rule includingAside)
    nextCount &&
      !['and', 'or', ','].includes(toks[nextCount.from - 1]?.low ?? '') &&
      // ("over the Krasnodar region five drones and over the Republic of Adygea three drones were destroyed": the next
      // item's place put before its count; rule frontedPlaceItems)
      !(RULES.frontedPlaceItems && frontedPlaceBetween(toks, c.npTo, nextCount.from)) &&
      !(
        RULES.includingAside &&
        (toks[nextCount.from - 1]?.low === 'including' ||
          (toks[nextCount.from - 1]?.low === 'them' && toks[nextCount.from - 2]?.low === 'among'))
      )
      ? nextCount.from
      : Infinity,
  );
  let closed = false;
  let listEnd = c.npTo;
  for (let k = c.npTo; k < stop; k++) {
    const t = toks[k]!;
    // "brought down 343 drones in what appears to be the largest drone attack": the clause "in what" opens is about the
    // event, and its words are no verb of the count's (rule inWhatClause)
    if (RULES.inWhatClause && t.low === 'in' && toks[k + 1]?.low === 'what') break;
    // "123 others, decoys by the same account, were lost": "others" / "more" after a bare count is still its phrase, so an
    // aside after it is read past to the count's own verb
    if (k === listEnd && c.bare && (t.low === 'others' || t.low === 'more')) {
      listEnd = k + 1;
      continue;
    }
    // ("seven drones in all that were flying towards the Russian capital were downed": a total's "in all" before a
    // relative clause is still the count's phrase; rule inAllRelative)
    if (
      RULES.inAllRelative &&
      k === listEnd &&
      t.low === 'in' &&
      (toks[k + 1]?.low === 'all' || toks[k + 1]?.low === 'total') &&
      (toks[k + 2]?.low === 'that' || toks[k + 2]?.low === 'which')
    ) {
      k++;
      listEnd = k + 1;
      continue;
    }
    // "Almost half of the drones, 45 in all, were destroyed": a total's "in all / in total / altogether" closes the
    // apposition the count sits in (rule inAllApposition)
    if (RULES.inAllApposition && !closed && k === c.npTo && toks[c.from - 1]?.raw === ',') {
      const end =
        t.low === 'altogether'
          ? k + 1
          : (t.low === 'in' && (toks[k + 1]?.low === 'all' || toks[k + 1]?.low === 'total')) ||
              (t.low === 'all' && toks[k + 1]?.low === 'told')
            ? k + 2
            : -1;
      // (not when the verb says only part of them: "50 in all, were largely shot down", review)
      if (
        end > 0 &&
        toks[end]?.raw === ',' &&
        (AUX.has(toks[end + 1]?.low ?? '') || verbPolarity(toks, end + 1) !== null) &&
        !toks.slice(end + 1, end + 4).some((w) => PART_ADVERBS.has(w.low))
      ) {
        k = end;
        closed = true;
        continue;
      }
    }
    // ("The largest numbers of craft – eleven each – were intercepted over …": "each" inside the apposition, then its
    // close; rule eachInApposition)
    if (
      RULES.eachInApposition &&
      !closed &&
      k === c.npTo &&
      c.bare &&
      (t.low === 'each' || t.low === 'apiece') &&
      toks[k + 1] !== undefined &&
      closesApposition(toks, c, k + 1)
    ) {
      closed = true;
      k++;
      listEnd = k + 1;
      continue;
    }
    // ("over the Krasnodar region five drones and over the Republic of Adygea three drones were destroyed": the next item,
    // its place put before its count, goes on with the list; rule frontedPlaceItems)
    if (RULES.frontedPlaceItems && k === listEnd && (t.low === 'and' || t.raw === ',')) {
      const item = counts.find((o) => o.from > k && o.from <= k + 9);
      if (item && frontedPlaceBetween(toks, k, item.from)) {
        k = item.npTo - 1;
        listEnd = item.npTo;
        stop = Math.min(toks.length, Math.max(stop, item.npTo + 9 + placeAfter(toks, item.npTo)));
        continue;
      }
    }
    if (t.kind === 'p') {
      // "15 drones, 14 of them Shaheds, were shot down", "…, all of them Shaheds, …": what they were, read past first (not
      // as a list of counts, nor as "all of which" with its own verb; rule typeAside)
      if (RULES.typeAside && t.raw === ',' && k === listEnd && typeAsideOpens(toks, k + 1, counts)) {
        const past = asideEnd(toks, k, counts);
        if (past > k) {
          k = past;
          listEnd = past + 1;
          stop = Math.min(toks.length, Math.max(stop, past + 9));
          continue;
        }
      }
      // "A Su-25, a Russian attack jet, was shot down": a noun phrase in apposition, a count of one as it may be, is no
      // list; read past to the count's passive (rule appositionAside)
      // (also one after the place the count's phrase names, or is aimed at: "Twelve drones over Kursk, the border region,
      // were shot down", "16 drones aimed at Odesa, the port city, were downed")
      const apposition =
        RULES.appositionAside && t.raw === ',' && (k === listEnd || placeModifier(toks, listEnd, k))
          ? appositionEnd(toks, k)
          : -1;
      if (apposition > 0) {
        k = apposition;
        listEnd = apposition + 1;
        stop = Math.min(toks.length, Math.max(stop, apposition + 9));
        continue;
      }
      // "Four Grad rockets, 21 Vampire rockets and two UAVs were destroyed": a list of counts shares the verb after it
      const listed =
        t.raw === ',' && k === listEnd
          ? counts.find((o) => !o.bare && (o.from === k + 1 || (o.from === k + 2 && toks[k + 1]?.low === 'and')))
          : undefined;
      if (listed) {
        k = listed.npTo - 1;
        listEnd = listed.npTo;
        stop = Math.min(toks.length, Math.max(stop, listed.npTo + 9));
        continue;
      }
      // "two over the Belgorod Region, one over the Kursk Region, as well as 19 drones over the Black Sea had been destroyed":
      // a list of counts, each with its place, shares the verb after the list
      const placed =
        RULES.placedList && t.raw === ',' && k > listEnd && placePhrase(toks, listEnd, k)
          ? nextListed(toks, k, counts)
          : undefined;
      if (placed) {
        k = placed.npTo - 1;
        listEnd = placed.npTo;
        stop = Math.min(toks.length, Math.max(stop, placed.npTo + 9 + placeAfter(toks, placed.npTo)));
        continue;
      }
      // "Three drones, picked up by air defence and jammed by electronic warfare, came down over the Bryansk region": the
      // downing told in the aside governs a count whose own verb is only its fall (rule downedAsideFell; before
      // the relative clauses below, ", which air defence shot down, crashed", second review)
      const downedInAside =
        RULES.downedAsideFell && t.raw === ',' && k === listEnd ? downingBeforeFall(toks, k, counts) : -1;
      if (downedInAside > 0) return { gov: { polarity: 'claim', at: downedInAside }, passive: true };
      // "around ten enemy drones, which were neutralised close to the capital": a non-restrictive relative clause's own
      // interception verb governs, as without the comma; "ten drones, which were flying towards Moscow, were shot down":
      // one of another verb, closed by a comma before the count's own verb, is read past
      if (RULES.relativeAside && t.raw === ',' && k === listEnd && toks[k + 1]?.low === 'which') {
        if (PASSIVE_AUX.has(toks[k + 2]?.low ?? '') && claimAfterAdverb(toks, k + 3)) continue;
        // (", which have been shot down": the perfect, rule perfectPassive)
        if (
          RULES.perfectPassive &&
          PERFECT_AUX.has(toks[k + 2]?.low ?? '') &&
          toks[k + 3]?.low === 'been' &&
          claimAfterAdverb(toks, k + 4)
        )
          continue;
        const close = relativeClauseEnd(toks, k + 1);
        if (close > 0) {
          k = close;
          listEnd = close + 1;
          stop = Math.min(toks.length, Math.max(stop, close + 9));
          continue;
        }
      }
      // "at least five drones, all of which were shot down": the relative clause's verb governs
      if (
        t.raw === ',' &&
        k === listEnd &&
        toks[k + 1]?.low === 'all' &&
        toks[k + 2]?.low === 'of' &&
        (toks[k + 3]?.low === 'which' || toks[k + 3]?.low === 'them')
      ) {
        k += 3;
        continue;
      }
      // ("at least four drones, every one of which was shot down or jammed", "…, each of which was destroyed": rule
      // everyOneOfWhich)
      const each = RULES.everyOneOfWhich && t.raw === ',' && k === listEnd ? eachOfWhichEnd(toks, k + 1) : -1;
      if (each > 0) {
        k = each;
        continue;
      }
      // "A total of 27 drones — mostly Shaheds — were shot down", "Forty drones, the ministry said, were destroyed": an aside after the phrase
      // "110 of them, about 93%, had been intercepted": a share between commas (not a list: listEnd stays)
      const share = RULES.percentAside && k === listEnd ? shareAsideEnd(toks, k) : -1;
      if (share > 0) {
        k = share;
        continue;
      }
      // "23 UAVs, 14 of them flying towards Moscow, were shot down": a part told with its course, between commas
      const part = t.raw === ',' && k === listEnd ? partAsideEnd(toks, k, counts) : -1;
      if (part > 0) {
        k = part;
        listEnd = part + 1;
        stop = Math.min(toks.length, Math.max(stop, part + 9));
        continue;
      }
      if (k === listEnd) {
        const past = asideEnd(toks, k, counts);
        if (past > k) {
          k = past;
          listEnd = past + 1;
          if (RULES.participleAside) stop = Math.min(toks.length, Math.max(stop, past + 6));
          continue;
        }
      }
      if (!closed && k === c.npTo && closesApposition(toks, c, k)) {
        closed = true;
        continue;
      }
      if (RULES.postmodifiers && isWordHyphen(toks, k)) continue; // "Tochka-U", "Kh-59": one word
      // ("… aircraft - four fighter jets and five military helicopters - were shot down": a part inside a breakdown aside
      // takes the verb after the aside's close; rule breakdownAside)
      if (RULES.breakdownAside && k === listEnd && closesBreakdownAside(toks, k, c, counts)) {
        listEnd = k + 1;
        stop = Math.min(toks.length, Math.max(stop, k + 9));
        continue;
      }
      if (CLAUSE_PUNCT.has(t.raw) || t.raw === '-') return null;
      continue;
    }
    // "22 of the drones (that) Russia launched overnight were shot down", "22 of the drones it sent had been shot down":
    // an object relative clause with a subject of its own, read past to the count's own verb
    if (RULES.objectRelative && k === listEnd && t.kind === 'w') {
      const verb = objectRelativeEnd(toks, k, counts);
      if (verb > 0) {
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    // "Four drones that air defence on duty picked up and electronic warfare suppressed came down over the Bryansk
    // region": an object relative whose own verb is the downing, the count's verb only its fall (rule downedAsideFell)
    if (RULES.downedAsideFell && k === listEnd && (t.low === 'that' || t.low === 'which')) {
      const downed = downingBeforeFall(toks, k, counts);
      if (downed > 0) return { gov: { polarity: 'claim', at: downed }, passive: true };
    }
    // "Three drones that were flying towards Moscow were brought down", "missiles which were aimed at Kyiv were
    // intercepted": a relative clause of the threats' course, read past to the count's own verb (as the reduced "drones
    // flying towards Moscow were brought down" is)
    if (RULES.progressiveRelative && k === listEnd && courseRelative(toks, k)) {
      const verb = passiveAfterCourse(toks, k + 3, counts);
      if (verb > 0) {
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    // "Four drones that got through the outer ring were later shot down": a relative clause of where the threats went,
    // in the active past, read past to the count's own verb as the progressive one is (rule motionRelative)
    if (RULES.motionRelative && k === listEnd && motionRelative(toks, k)) {
      // (past the particle of "got through", which alone tells threats not stopped)
      const particle = toks[k + 2]?.low === 'through' || toks[k + 2]?.low === 'past';
      const verb = passiveAfterCourse(toks, k + (particle ? 3 : 2), counts);
      if (verb > 0) {
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    // "five drones that had attacked the Russian capital were destroyed": the target's clause, read past (rule
    // attackRelative)
    const targetEnd = RULES.attackRelative && k === listEnd ? attackRelativeEnd(toks, k) : -1;
    if (targetEnd > 0) {
      const verb = passiveAfterCourse(toks, targetEnd, counts);
      if (verb > 0 && !partlyAfter(toks, verb)) {
        // (the clause's target is where they were sent: a place after the verb is where they were stopped)
        modifierFrom = k;
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    // "Two ballistic missiles of the Tochka-U type were intercepted": a prepositional post-modifier of the phrase
    if (RULES.postmodifiers && k === listEnd && t.low === 'of' && !c.partitive) {
      const verb = passiveAfterModifier(toks, k + 1, counts);
      if (verb > 0 && !leftGovernor(toks, c)) {
        modifierFrom = k;
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    // "while five others were still airborne": threats still in the air were not stopped (rule stillAirborne; "were still
    // in the air", "remained airborne", "were still flying" too, second review)
    if (RULES.stillAirborne && (PASSIVE_AUX.has(t.low) || REMAINED.has(t.low)) && stillInAir(toks, k + 1))
      return { gov: { polarity: 'other', at: k }, passive: true };
    if (AUX.has(t.low) || t.low.endsWith('ly')) {
      if (PASSIVE_AUX.has(t.low)) aux = true;
      // ("22 UAVs belonging to the Armed Forces of Ukraine had been destroyed": a passive in the perfect is one word longer
      // than "were destroyed" and reaches as far; rule perfectPassive)
      else if (RULES.perfectPassive && PERFECT_AUX.has(t.low) && toks[k + 1]?.low === 'been')
        stop = Math.min(toks.length, stop + 1);
      continue;
    }
    // "19 drones trying to attack Moscow had been shot down": the infinitive belongs to a modifier of the phrase
    if (k === listEnd && TRYING.has(t.low) && toks[k + 1]?.low === 'to' && toks[k + 2]?.kind === 'w') {
      let x = k + 3;
      while (x < toks.length && x < k + 7 && toks[x]!.kind === 'w' && !AUX.has(toks[x]!.low)) x++;
      if (AUX.has(toks[x]?.low ?? '')) {
        k = x - 1;
        stop = Math.min(toks.length, Math.max(stop, x + 6));
        continue;
      }
    }
    // "nine rockets were said to have been intercepted": a report of a report
    if (
      REPORTED.has(t.low) &&
      toks[k + 1]?.low === 'to' &&
      (toks[k + 2]?.low === 'have' || toks[k + 2]?.low === 'be')
    ) {
      k += toks[k + 3]?.low === 'been' ? 3 : 2;
      aux = true;
      continue;
    }
    // "three drones that were suppressed by electronic warfare", "drones, all of which were hit": a relative clause of the count
    // (and its perfect, "a missile that had been intercepted")
    if (
      (t.low === 'that' || t.low === 'which') &&
      k <= c.npTo + 1 &&
      ((PASSIVE_AUX.has(toks[k + 1]?.low ?? '') &&
        (verbPolarity(toks, k + 2) === 'claim' || (RULES.relativeAside && claimAfterAdverb(toks, k + 2)))) ||
        (RULES.perfectRelative &&
          PERFECT_AUX.has(toks[k + 1]?.low ?? '') &&
          toks[k + 2]?.low === 'been' &&
          verbPolarity(toks, k + 3) === 'claim'))
    )
      continue;
    // "nine ballistic missiles which, according to the Ukrainian military, were shot down": a report between the relative
    // pronoun and its passive, read past (rule relativeReportAside)
    if (
      RULES.relativeReportAside &&
      (t.low === 'that' || t.low === 'which') &&
      k <= c.npTo + 1 &&
      toks[k + 1]?.raw === ','
    ) {
      const past = asideEnd(toks, k + 1, counts);
      let v = past + 1;
      while (v < toks.length && v < past + 4 && (AUX.has(toks[v]!.low) || toks[v]!.low.endsWith('ly'))) v++;
      // (an auxiliary and the interception participle right after: not "were supposed to be shot down")
      if (past > k + 1 && PASSIVE_AUX.has(toks[past + 1]?.low ?? '') && verbPolarity(toks, v) === 'claim') {
        k = past;
        stop = Math.min(toks.length, Math.max(stop, past + 8));
        continue;
      }
    }
    // "24 drones that had Russian territory as their target were destroyed", "ten drones which had been aimed at Moscow
    // were shot down": a relative clause right after the counted phrase, its own verb first, read past to the count's own
    // passive interception verb (rule relativeModifier)
    // (not the relatives older rules read: of the course, the way, the target; review)
    if (
      RULES.relativeModifier &&
      (t.low === 'that' || t.low === 'which') &&
      k === listEnd &&
      !courseRelative(toks, k) &&
      !motionRelative(toks, k) &&
      attackRelativeEnd(toks, k) < 0
    ) {
      const verb = relativePassiveEnd(toks, k, counts);
      // (not in a condition: "If the 20 drones that Russia sends each night were all shot down, …"; second review)
      if (verb > 0 && !partlyAfter(toks, verb) && !conditionBefore(toks, c.from) && !leftGovernor(toks, c)) {
        modifierFrom = k;
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    if (t.low === 'not' || t.low === 'never') return { gov: { polarity: 'none', at: k }, passive: true };

    // "39 Shahed-type drones and drones of other types had been downed": read past a coordinated noun phrase
    if ((t.low === 'and' || t.low === 'or') && k === listEnd) {
      let x = k + 1;
      // ("40 drones and all the missiles were shot down", "and all of the missiles": the article after "all" is the
      // phrase's, rule allTheCoordinated)
      if (RULES.allTheCoordinated && toks[x]?.low === 'all') {
        x += toks[x + 1]?.low === 'of' ? 2 : 1;
        if (toks[x]?.low === 'the') x++;
      }
      // "and other types of unmanned aerial vehicles"
      while (
        x < Math.min(toks.length, k + 7) &&
        toks[x]!.kind === 'w' &&
        !WEAPON_HEAD_WORDS.test(toks[x]!.low) &&
        !NP_WORDS_STOP.has(toks[x]!.low)
      )
        x++;
      if (x < toks.length && WEAPON_HEAD_WORDS.test(toks[x]!.low) && !counts.some((o) => o.from > k && o.from <= x)) {
        if (
          toks[x + 1]?.low === 'of' &&
          ['other', 'various', 'different', 'several'].includes(toks[x + 2]?.low ?? '') &&
          /^(?:types?|kinds?|models?)$/.test(toks[x + 3]?.low ?? '')
        )
          x += 3;
        k = x;
        listEnd = x + 1;
        stop = Math.min(toks.length, Math.max(stop, x + 9));
        continue;
      }
    }
    // "one over the Kursk Region and seven over the Krasnodar Region were destroyed"
    const placedAnd =
      RULES.placedList && t.low === 'and' && k > listEnd && placePhrase(toks, listEnd, k)
        ? counts.find((o) => o.from === k + 1)
        : undefined;
    // "over the Black and Azov Seas": an "and" inside a place phrase
    if (
      RULES.placedList &&
      t.low === 'and' &&
      k > listEnd &&
      /^\p{Lu}/u.test(toks[k + 1]?.raw ?? '') &&
      placePhrase(toks, listEnd, k)
    )
      continue;
    if (placedAnd) {
      k = placedAnd.npTo - 1;
      listEnd = placedAnd.npTo;
      stop = Math.min(toks.length, Math.max(stop, placedAnd.npTo + 9 + placeAfter(toks, placedAnd.npTo)));
      continue;
    }
    // "6 drones and 2 Neptune missiles were intercepted": read past a coordinated count
    // (not "40 drones came in and 35 of them were shot down": a part of the count is no count beside it)
    // (also "one Iskander and all 27 cruise missiles were downed": "all" before the coordinated count)
    // ("19 missiles as well as 4 drones were rendered harmless": "as well as" joins two counts as "and" does)
    const join =
      t.low === 'and' || t.low === 'or' ? k : RULES.asWellAsCounts && k === listEnd ? asWellAsEnd(toks, k) : -1;
    const coordinated =
      join >= 0
        ? counts.find(
            (o) =>
              (o.from === join + 1 || (o.from === join + 2 && toks[join + 1]!.low === 'all')) &&
              !partOfAnaphor(toks, o),
          )
        : undefined;
    if (coordinated) {
      k = coordinated.npTo - 1;
      listEnd = coordinated.npTo;
      stop = Math.min(toks.length, Math.max(stop, coordinated.npTo + 9));
      continue;
    }
    const p = verbPolarity(toks, k);
    // ("three drones were downed; two others came down on the depot site and burned": rule crashedOwnVerb)
    // (right after the count's phrase: not "a missile whose fragments came down near …")
    // (nor a part of a downed set, "Thirty-one of these came down over the Smolensk region": where they were downed)
    if (
      RULES.crashedOwnVerb &&
      !aux &&
      !c.partitive &&
      k === listEnd &&
      t.low === 'came' &&
      toks[k + 1]?.low === 'down'
    )
      return { gov: { polarity: 'other', at: k }, passive: true, viaList: acrossCounts(counts, c, listEnd) };
    if (p === null) {
      // "A drone entered Polish airspace and was shot down": the count is the subject of two coordinated verbs
      if ((t.low === 'and' || t.low === 'but') && k > listEnd) {
        // (the shared auxiliary only after a participle of perceiving: "picked up", "tracked"; not "hit and destroyed")
        const v = coordinatedPassive(toks, k, counts, aux && !OTHER_VERBS.has(participleBefore(toks, listEnd, k)));
        if (v > 0) return { gov: { polarity: 'claim', at: v }, passive: true };
      }
      // …however long the first verb phrase ("crossed into Polish airspace at about 3:30 and was intercepted")
      if (k === listEnd && t.kind === 'w' && t.low.endsWith('ed') && !aux) {
        const v = coordinatedPassiveAfter(toks, k + 1, counts);
        if (v > 0) return { gov: { polarity: 'claim', at: v }, passive: true };
      }
      // "three drones flying toward the capital were shot down": a modifier may sit between
      if (RIGHT_STOPS.has(t.low)) return null;
      continue;
    }
    // "while 15 more vanished from radar", "and 12 disappeared from radar": what became of the count (its own verb, as
    // a passive is), not a participle modifying it ("launched from")
    // ("while 44 decoy drones fell in open ground": "fell" is never a participle, rule fellOwnVerb)
    // ("…, and two others crashed into the depot": a fate of its own, never a participle, rule crashedOwnVerb)
    if (
      p === 'other' &&
      !aux &&
      (VANISHED.has(t.low) ||
        (RULES.fellOwnVerb && t.low === 'fell') ||
        (RULES.crashedOwnVerb && !c.partitive && k === listEnd && t.low === 'crashed'))
    )
      return { gov: { polarity: 'other', at: k }, passive: true, viaList: acrossCounts(counts, c, listEnd) };
    // "four UAVs attacking the city had been brought down", "drones targeting Kyiv were shot down": a present participle of
    // the attack right after the counted phrase modifies it; the count's own verb is the passive after its object (rule
    // attackingModifier)
    if (p === 'other' && !aux && RULES.attackingModifier && k === listEnd && ATTACKING.has(t.low)) {
      const verb = passiveAfterModifier(toks, k + 1, counts);
      // (not past a verb of the phrase's own or a clause break: "drones attacking Belgorod hit houses, and several were
      // shot down"; review)
      if (verb > 0 && !clauseBetween(toks, k + 1, verb) && !partlyAfter(toks, verb) && !leftGovernor(toks, c)) {
        modifierFrom = k;
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
        continue;
      }
    }
    if (p === 'other' && !aux && MODIFIER_FOLLOWERS.has(toks[k + 1]?.low ?? '')) {
      // "nine rockets launched by HIMARS and Olkha multiple launch rocket systems were shot down": the participle
      // opens a reduced relative, however long; the count's own verb is the passive after it
      const verb = RULES.postmodifiers && k === listEnd ? passiveAfterModifier(toks, k + 1, counts) : -1;
      if (verb > 0 && !leftGovernor(toks, c)) {
        modifierFrom = k;
        k = verb - 1;
        stop = Math.min(toks.length, Math.max(stop, verb + 6));
      }
      continue; // "drones launched from Ukraine"
    }
    // "both missiles fired were shot down": a participle that only modifies, the verb follows
    // (also across a time phrase: "the 27 drones the occupier sent this time were shot down")
    if (p === 'other' && !aux && PASSIVE_AUX.has(toks[k + 1 + timePhrase(toks, k + 1)]?.low ?? '')) continue;
    // ("51 of the 56 drones launched had been shot down": the perfect's auxiliary too, the participle right after the
    // counted phrase; rule participleThenPerfect)
    if (
      p === 'other' &&
      !aux &&
      RULES.participleThenPerfect &&
      k === listEnd &&
      PERFECT_AUX.has(toks[k + 1]?.low ?? '') &&
      toks[k + 2]?.low === 'been'
    )
      continue;
    // "A Belarusian fighter jet shot down a Russian drone": the count is the subject of an active verb with an object
    // (a bare plural object only right after the count's own phrase: not after a coordinated count, "7 drones …, and two
    // F-16s destroyed cruise missiles", where the 7 is the verb before's; review)
    if (
      p === 'claim' &&
      !aux &&
      objectFollows(toks, withParticle(toks, k) ? k + 2 : k + 1, rightAfterPhrase(toks, c, k))
    )
      return { gov: { polarity: 'other', at: k }, passive: true };
    // "27 air targets were detected and destroyed": the second verb reports what happened
    if (DETECT_VERBS.has(t.low) && toks[k + 1]?.low === 'and' && verbPolarity(toks, k + 2) === 'claim') {
      k++;
      continue;
    }
    // ("were detected, intercepted and destroyed": a series of verbs after the detection, rule detectedSeries)
    if (
      RULES.detectedSeries &&
      DETECT_VERBS.has(t.low) &&
      toks[k + 1]?.raw === ',' &&
      verbPolarity(toks, k + 2) === 'claim' &&
      // (past the verb's particle: "detected, shot down and destroyed")
      [toks[k + 3], toks[k + 4]].some(
        (w, i) => (w?.low === 'and' || w?.raw === ',') && (i === 0 || PARTICLES.has(toks[k + 3]?.low ?? '')),
      )
    ) {
      k++;
      continue;
    }
    if (SIGHTED.has(t.low)) {
      // "14 drones seen approaching Moscow were destroyed": a sighting that only modifies, read past to the verb
      if (!aux && /ing$/.test(toks[k + 1]?.low ?? '') && toks[k + 1]?.low !== 'being') continue;
      // "three drones were seen being shot down", "were seen to be destroyed": what was seen is the downing
      if (toks[k + 1]?.low === 'being' && verbPolarity(toks, k + 2) === 'claim') {
        k++;
        continue;
      }
      if (toks[k + 1]?.low === 'to' && toks[k + 2]?.low === 'be' && verbPolarity(toks, k + 3) === 'claim') {
        k += 2;
        continue;
      }
    }
    // "was spotted in time and destroyed", "were detected over the Oryol region and destroyed over …": also across the
    // detection's own adverbs and place, up to the "and" of the verb that reports the outcome
    if (DETECT_VERBS.has(t.low)) {
      const and = detectedThenAnd(toks, k + 1, counts);
      if (and > 0) {
        k = and;
        continue;
      }
    }
    // "Nine drones attacked the Belgorod region and were destroyed": the second of two coordinated verbs reports the outcome
    if (p !== 'claim') {
      const v = coordinatedPassiveAfter(toks, k + 1, counts);
      if (v > 0) return { gov: { polarity: 'claim', at: v }, passive: true };
    }
    const at = withParticle(toks, k) ? k + 1 : k;
    return {
      gov: { polarity: p, at, ...(modifierFrom !== undefined ? { modifierFrom } : {}) },
      passive: aux || p === 'claim',
      viaList: acrossCounts(counts, c, listEnd),
    };
  }
  return null;
}

/**
 * The phrase read up to `listEnd` holds another count ("303 drones and 415 were lost"): a list, whose verb yields to the
 * count's own verb before it. An aside with no count ("123 others, by the same account, were lost") is no list.
 */
function acrossCounts(counts: readonly Count[], c: Count, listEnd: number): boolean {
  return listEnd !== c.npTo && counts.some((o) => o !== c && o.from >= c.npTo && o.from < listEnd);
}

/** At k a time phrase ("this time", "last night", "that day", "overnight", "today"): its length in tokens, else 0. */
function timePhrase(toks: Tok[], k: number): number {
  const w = toks[k]?.low;
  if (w === 'overnight' || w === 'today' || w === 'yesterday') return 1;
  if (
    (w === 'this' || w === 'that' || w === 'last') &&
    /^(?:time|night|morning|evening|day|week)$/.test(toks[k + 1]?.low ?? '')
  )
    return 2;
  return 0;
}

const TIME_PREPS = new Set(['before', 'after', 'until']);
const ANAPHORS = new Set(['them', 'these', 'those', 'which']);

/** "35 of them", "20 of these drones": a part of a set named before. */
function partOfAnaphor(toks: Tok[], c: Count): boolean {
  return c.partitive && toks[c.numTo]?.low === 'of' && ANAPHORS.has(toks[c.numTo + 1]?.low ?? '');
}

/** The word after the last passive auxiliary in [from, to): the first participle of "were <picked> up and …". */
function participleBefore(toks: Tok[], from: number, to: number): string {
  for (let x = to - 1; x > from; x--) if (PASSIVE_AUX.has(toks[x - 1]!.low)) return toks[x]!.low;
  return '';
}

const THEN_WORDS = new Set(['then', 'later', 'subsequently', 'eventually', 'finally', 'soon', 'quickly', 'also']);

/**
 * At k an "and" / "but" after the count's own verb phrase: the index of the interception participle of a passive
 * that is the second conjunct of the same subject ("… and were shot down", "but was later intercepted"; with
 * `sharedAux`, after a passive, also "were picked up and brought down"), or -1.
 */
function coordinatedPassive(toks: Tok[], k: number, counts: readonly Count[], sharedAux = false): number {
  let x = k + 1;
  while (x < toks.length && x < k + 4 && THEN_WORDS.has(toks[x]!.low)) x++;
  const t = toks[x];
  if (!t) return -1;
  if (PASSIVE_AUX.has(t.low)) x++;
  else if ((t.low === 'had' || t.low === 'has' || t.low === 'have') && toks[x + 1]?.low === 'been') x += 2;
  // "were picked up and brought down": the auxiliary before the first participle serves both
  else if (!sharedAux) return -1;
  while (x < toks.length && x < k + 8 && (AUX.has(toks[x]!.low) || toks[x]!.low.endsWith('ly'))) x++;
  if (x >= toks.length || counts.some((o) => o.from <= x && o.npTo > x)) return -1;
  return verbPolarity(toks, x) === 'claim' ? (withParticle(toks, x) ? x + 1 : x) : -1;
}

/** From k, the rest of a verb phrase (its object, places, times) up to an "and" / "but" that opens a coordinated passive interception; -1 if none. */
function coordinatedPassiveAfter(toks: Tok[], k: number, counts: readonly Count[]): number {
  for (let x = k; x < Math.min(toks.length, k + 14); x++) {
    const t = toks[x]!;
    if (counts.some((o) => o.from === x && !o.bare)) return -1;
    if (t.kind === 'p') {
      if (t.raw === ',' && (toks[x + 1]?.low === 'and' || toks[x + 1]?.low === 'but')) continue;
      // "at about 3:30": a time of day
      if (t.raw === ':' && toks[x - 1]?.kind === 'n' && toks[x + 1]?.kind === 'n' && toks[x + 1]!.start === t.end)
        continue;
      if (isWordHyphen(toks, x) || t.raw === "'" || t.raw === '’') continue;
      return -1;
    }
    if (t.low === 'and' || t.low === 'but') return coordinatedPassive(toks, x, counts);
    if (TIME_PREPS.has(t.low)) continue; // "before dawn", "after midnight"
    if (RIGHT_STOPS.has(t.low) || AUX.has(t.low) || verbPolarity(toks, x) === 'claim') return -1;
  }
  return -1;
}

/** Words that end a post-modifier: a new clause, a report, a relative. */
const MODIFIER_ENDS = new Set(
  'that which who whom but while whereas as said says told according after before when because although though since until if'.split(
    ' ',
  ),
);

/**
 * From k, inside a post-modifier of a counted phrase (a reduced relative "launched by Russia during the night
 * attack", a prepositional phrase "of the Tochka-U type", an aside ", Kyiv included,"), the index of the
 * passive auxiliary whose participle is an interception ("were shot down", "had been destroyed"), or -1. The
 * modifier may not hold another count, a clause break or the start of a new clause.
 */
function passiveAfterModifier(toks: Tok[], k: number, counts: readonly Count[], reach = 16): number {
  let end = Math.min(toks.length, k + reach);
  for (let x = k; x < end; x++) {
    const t = toks[x]!;
    // ("19 missiles of various types as well as 4 drones were rendered harmless": a count joined after the modifier)
    const joined = RULES.asWellAsCounts ? asWellAsEnd(toks, x) : -1;
    const next = joined > 0 ? counts.find((o) => o.from === joined + 1) : undefined;
    if (next) {
      x = next.npTo - 1;
      end = Math.min(toks.length, next.npTo + 16);
      continue;
    }
    if (counts.some((o) => o.from === x)) return -1;
    if (t.kind === 'p') {
      if (t.raw === ',' || t.raw === "'" || t.raw === '’' || t.raw === '"' || isWordHyphen(toks, x)) continue;
      // "of the Iranian type Shahed-136/131": two model numbers joined by a slash are one name
      if (t.raw === '/' && modelSlash(toks, x)) continue;
      return -1;
    }
    // ("two drones of Ukraine that were flying towards Moscow were shot down": the course's clause, read past)
    if (RULES.progressiveRelative && courseRelative(toks, x)) {
      const verb = passiveAfterCourse(toks, x + 3, counts);
      return verb > 0 ? verb : -1;
    }
    if (MODIFIER_ENDS.has(t.low)) return -1;
    // "and" joins names inside the modifier ("by HIMARS and Olkha launchers"), never a new verb phrase
    if ((t.low === 'and' || t.low === 'or') && (AUX.has(toks[x + 1]?.low ?? '') || newSubject(toks[x + 1]))) return -1;
    if (passiveAuxAt(toks, x)) return interceptionAfterAux(toks, x) ? x : -1;
    if (verbPolarity(toks, x) === 'claim') return -1;
  }
  return -1;
}

/** Words that end a relative clause before the main verb could follow, or make it another report. */
const RELATIVE_STOPS = new Set(
  (
    'that which who whom and or but while whereas said says say told reported reports claimed claims insists insisted ' +
    'according when because although though if until stockpiled stored parked kept warehoused loaded'
  ).split(' '),
);

/** A condition opened before the count ("If the 20 drones …", "unless", "whether"). */
function conditionBefore(toks: Tok[], to: number): boolean {
  for (let x = 0; x < to; x++) if (CONDITIONS.has(toks[x]!.low)) return true;
  return false;
}
const CONDITIONS = new Set(['if', 'unless', 'whether']);

/**
 * From a relative pronoun at k ("that had Russian territory as their target", "which had been aimed at Moscow"): the
 * passive auxiliary of the count's own interception verb after the clause's own verb, or -1. The clause must have a
 * word of its own first; its own passive is read past once ("which had been aimed"), not one that is a downing ("that
 * were shot down", read as the count's own elsewhere).
 */
function relativePassiveEnd(toks: Tok[], k: number, counts: readonly Count[]): number {
  for (let x = k + 1; x < Math.min(toks.length, k + 16); x++) {
    const t = toks[x]!;
    if (counts.some((o) => o.from === x)) return -1;
    if (t.kind === 'p') {
      if (t.raw === "'" || t.raw === '’' || isWordHyphen(toks, x)) continue;
      return -1;
    }
    if (RELATIVE_STOPS.has(t.low)) return -1;
    if (passiveAuxAt(toks, x)) {
      const claim = interceptionAfterAux(toks, x);
      if (x === k + 1) {
        if (claim) return -1;
        // the clause's own auxiliary and participle ("had been aimed", "were carrying")
        x += toks[x + 1]?.low === 'been' ? 2 : 1;
        continue;
      }
      return claim ? x : -1;
    }
    if (t.kind === 'w' && verbPolarity(toks, x) === 'claim') return -1;
  }
  return -1;
}

/** Time adverbs without "-ly" between an auxiliary and its participle ("were later shot down", "were then destroyed"). */
const THEN_ADVERBS = new Set(['later', 'then', 'also', 'eventually', 'soon']);

/** At x a passive's auxiliary: "were", "was", "been", or "had / have / has" before "been". */
function passiveAuxAt(toks: Tok[], x: number): boolean {
  const w = toks[x]!.low;
  return PASSIVE_AUX.has(w) || ((w === 'had' || w === 'have' || w === 'has') && toks[x + 1]?.low === 'been');
}

/** The verb after the auxiliary at x (past more auxiliaries and "-ly" adverbs) is an interception. */
function interceptionAfterAux(toks: Tok[], x: number): boolean {
  let v = x + 1;
  while (
    v < toks.length &&
    (AUX.has(toks[v]!.low) || toks[v]!.low.endsWith('ly') || (RULES.motionRelative && THEN_ADVERBS.has(toks[v]!.low)))
  )
    v++;
  return verbPolarity(toks, v) === 'claim';
}

/** The last token of "as well as" starting at x, else -1. */
function asWellAsEnd(toks: Tok[], x: number): number {
  return toks[x]?.low === 'as' && toks[x + 1]?.low === 'well' && toks[x + 2]?.low === 'as' ? x + 2 : -1;
}

/** A slash glued between two numbers ("Shahed-136/131"). */
function modelSlash(toks: Tok[], x: number): boolean {
  const a = toks[x - 1];
  const b = toks[x + 1];
  return a?.kind === 'n' && b?.kind === 'n' && a.end === toks[x]!.start && toks[x]!.end === b.start;
}

/** Participles of a course or a launch in a relative clause on a count ("missiles which were aimed at Kyiv were …"). */
const SENT_ON_COURSE = new Set('aimed headed directed launched fired sent'.split(' '));

/**
 * From k (after "that were flying"): the passive auxiliary of the count's own interception verb right after the course's
 * words ("towards Moscow were shot down"), or -1. Only words between: a comma, "and", "or", "but", a count or another verb
 * ends the clause ("which were aimed at Kyiv, and most were shot down": the verb is another subject's).
 */
function passiveAfterCourse(toks: Tok[], k: number, counts: readonly Count[]): number {
  // (14 words with rule longCourse: "that tried to strike the south-western Bryansk and Kursk regions were brought down")
  for (let x = k; x < Math.min(toks.length, k + (RULES.longCourse ? 14 : 10)); x++) {
    const t = toks[x]!;
    if (counts.some((o) => o.from === x)) return -1;
    if (t.kind === 'p') {
      if (t.raw === '-' || t.raw === "'" || t.raw === '’') continue;
      return -1;
    }
    if (passiveAuxAt(toks, x)) return interceptionAfterAux(toks, x) ? x : -1;
    // ("that was trying to fly to Moscow city was destroyed": the aim's infinitive is part of the course)
    if (t.low === 'to' && COURSE_INFINITIVES.has(toks[x + 1]?.low ?? '')) {
      x++;
      continue;
    }
    // ("flying towards Moscow and Tula were shot down": places joined; "and most were …" is another subject's)
    if ((t.low === 'and' || t.low === 'or') && /^\p{Lu}/u.test(toks[x + 1]?.raw ?? '')) continue;
    if (
      t.low === 'and' ||
      t.low === 'or' ||
      t.low === 'but' ||
      COURSE_ENDS.has(t.low) ||
      verbPolarity(toks, x) !== null
    )
      return -1;
  }
  return -1;
}
/** Words that end a course's clause: a subordinate clause or a new subject ("while others were shot down"). */
const COURSE_ENDS = new Set(
  'when while as after before where since until because if though although others they it he she we'.split(' '),
);
const COURSE_INFINITIVES = new Set(['fly', 'reach', 'hit', 'strike', 'attack', 'get']);

/** Active past verbs of where threats went ("that crossed the border", "which got through the outer ring"). */
const MOVED = new Set(
  // (not "targeted", "attacked", "approached", "entered", "reached": their object is a target, which the count's own place
  // would then be merged with, review)
  'got crossed flew broke slipped tried headed made'.split(' '),
);

/** At k "that/which got through …", "that crossed …": a relative clause of the threats' way (rule motionRelative). */
function motionRelative(toks: Tok[], k: number): boolean {
  return (toks[k]!.low === 'that' || toks[k]!.low === 'which') && MOVED.has(toks[k + 1]?.low ?? '');
}

/** Active past verbs of an attack in a relative clause on a count (rule attackRelative). */
const ATTACKED = new Set('attacked targeted'.split(' '));

/** At k "that (had) attacked the capital": a relative clause of the threats' target, in the active past; the token after its verb, else -1 (rule attackRelative). */
function attackRelativeEnd(toks: Tok[], k: number): number {
  if (!(toks[k]!.low === 'that' || toks[k]!.low === 'which')) return -1;
  const v = toks[k + 1]?.low === 'had' ? k + 2 : k + 1;
  return ATTACKED.has(toks[v]?.low ?? '') ? v + 1 : -1;
}

/** At k "that/which were flying …", "which were aimed …": a relative clause of the threats' course or launch (rule progressiveRelative). */
function courseRelative(toks: Tok[], k: number): boolean {
  const verb = toks[k + 2];
  return (
    (toks[k]!.low === 'that' || toks[k]!.low === 'which') &&
    PASSIVE_AUX.has(toks[k + 1]?.low ?? '') &&
    verb?.kind === 'w' &&
    (verb.low.endsWith('ing') || SENT_ON_COURSE.has(verb.low))
  );
}

/** After the auxiliary at `aux`: "mostly", "partly" — not the whole count downed ("were mostly destroyed"; review). */
function partlyAfter(toks: Tok[], aux: number): boolean {
  return PARTLY.has(toks[aux + 1]?.low ?? '');
}
const PARTLY = new Set(['mostly', 'partly', 'partially', 'largely', 'mainly']);

/** Tokens [from, to) of an aim's clause hold no verb of its own, no ", and", no "where". */
function aimClauseClean(toks: Tok[], from: number, to: number): boolean {
  for (let x = from; x < to; x++) {
    const t = toks[x]!;
    if (t.low === 'where' || (t.raw === ',' && toks[x + 1]?.low === 'and')) return false;
    if (t.kind === 'w' && verbPolarity(toks, x) !== null) return false;
  }
  return true;
}

/** Subjects of an object relative clause on a count ("the drones [that] Russia launched", "the drones it sent"). */
const RELATIVE_SUBJECTS = new Set(
  'it they russia ukraine moscow kyiv russian ukrainian the enemy occupiers invaders forces troops army military'.split(
    ' ',
  ),
);
/** The sides as plural nouns ("the Russians", "the occupiers" are in RELATIVE_SUBJECTS; rule relativeAimed). */
const SIDE_PLURALS = new Set(['russians', 'ukrainians']);
/** More names a side's reports give the other ("the drones the occupier sent", "the aggressor", "the Kyiv regime"; rule relativeSubjectNouns). */
const RELATIVE_SUBJECT_NOUNS = new Set([
  'occupier',
  'invader',
  'aggressor',
  'aggressors',
  'adversary',
  'kremlin',
  'regime',
]);
/** Verbs of aiming an object relative clause on a count may have ("the missiles the Russians aimed at …"; rule relativeAimed). */
const RELATIVE_AIMING = new Set(['aimed', 'targeted']);
/** Verbs of sending an object relative clause on a count has ("the drones Russia launched"). */
const RELATIVE_SENDING = new Set('launched fired sent used deployed dispatched unleashed released directed'.split(' '));

/**
 * Where the count's own verb phrase starts after an object relative clause that opens at token `k` ("[that] Russia
 * launched overnight were shot down", "it sent had been shot down"): the auxiliary of a passive interception verb, or -1.
 */
function objectRelativeEnd(toks: Tok[], k: number, counts: readonly Count[]): number {
  let x = k;
  if (toks[x]!.low === 'that' || toks[x]!.low === 'which') x++;
  // the subject: a pronoun, a country, or up to three words of a side's forces ("the Russian army")
  const subjectFrom = x;
  while (
    x < subjectFrom + 3 &&
    toks[x]?.kind === 'w' &&
    (RELATIVE_SUBJECTS.has(toks[x]!.low) ||
      (RULES.relativeAimed && SIDE_PLURALS.has(toks[x]!.low)) ||
      (RULES.relativeSubjectNouns && RELATIVE_SUBJECT_NOUNS.has(toks[x]!.low)))
  )
    x++;
  if (x === subjectFrom) return -1;
  if (AUX.has(toks[x]?.low ?? '') && !PASSIVE_AUX.has(toks[x]!.low)) x++; // "Russia had launched"
  // ("6 missiles that the Russians aimed at the Ternopil region … were destroyed", rule relativeAimed)
  const aimed = RULES.relativeAimed && RELATIVE_AIMING.has(toks[x]?.low ?? '');
  if (!RELATIVE_SENDING.has(toks[x]?.low ?? '') && !aimed) return -1;
  // (an aim's target and its night take more words: "aimed at the Ternopil region from the evening of 13 May to the
  // morning of 14 May were destroyed")
  const verb = passiveAfterModifier(toks, x + 1, counts, aimed ? 24 : 16);
  // (an aim's clause ends at a verb of its own, ", and" or "where": "the 12 drones that the Russians aimed at Lviv hit
  // the power plant, and several homes were destroyed"; review)
  if (aimed && verb > 0 && (partlyAfter(toks, verb) || !aimClauseClean(toks, x + 1, verb))) return -1;
  return verb > 0 ? verb : -1;
}

const PLACE_PREPS = new Set(['over', 'in', 'above', 'across', 'near', 'within', 'on']);

/** Tokens [from, to) are a place phrase ("over the Belgorod Region", "above the Black and Azov Seas") and nothing else. */
function placePhrase(toks: Tok[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 10 || !PLACE_PREPS.has(toks[from]!.low)) return false;
  for (let k = from + 1; k < to; k++) {
    const t = toks[k]!;
    if (
      t.kind === 'p'
        ? t.raw !== '-' && t.raw !== '’' && t.raw !== "'"
        : AUX.has(t.low) || verbPolarity(toks, k) !== null
    )
      return false;
  }
  return true;
}

/** The participles of a course or aim before a place ("aimed at Odesa", "flying towards Moscow"; rule appositionAside). */
const AIMED = new Set([...COURSE, 'aimed', 'targeting', 'targetting', 'launched', 'fired', 'sent']);
const AIM_PREPS = new Set([...PLACE_PREPS, 'at', 'towards', 'toward', 'to', 'for']);

/** Words that go on a threat's phrase past where the count's phrase was cut ("16 Shahed kamikaze unmanned aerial vehicles"). */
const PHRASE_REST = new Set([...UNCREWED, 'kamikaze', 'aerial', 'vehicle', 'vehicles', 'attack', 'strike', 'type']);

/**
 * Tokens [from, to) are a place phrase, or a course or aim and its place ("aimed at the port of Odesa"), and nothing
 * else, past the rest of the threat's phrase.
 */
function placeModifier(toks: Tok[], start: number, to: number): boolean {
  let from = start;
  while (from < to && (PHRASE_REST.has(toks[from]!.low) || WEAPON_HEADS.has(toks[from]!.low))) from++;
  if (placePhrase(toks, from, to)) return true;
  if (!AIMED.has(toks[from]?.low ?? '') || !AIM_PREPS.has(toks[from + 1]?.low ?? '') || to - from > 10) return false;
  for (let k = from + 2; k < to; k++) {
    const t = toks[k]!;
    if (t.kind === 'p' ? !isWordHyphen(toks, k) && t.raw !== '’' && t.raw !== "'" : AUX.has(t.low)) return false;
    if (t.kind === 'w' && verbPolarity(toks, k) !== null) return false;
  }
  return to - from > 2;
}

/** How many tokens a place phrase right after k takes ("over the waters of the Black and Azov Seas"), or 0. */
function placeAfter(toks: Tok[], k: number): number {
  if (!RULES.placedList || !PLACE_PREPS.has(toks[k]?.low ?? '')) return 0;
  let x = k + 1;
  while (
    x < toks.length &&
    x < k + 10 &&
    toks[x]!.kind === 'w' &&
    !AUX.has(toks[x]!.low) &&
    verbPolarity(toks, x) === null
  )
    x++;
  return Math.max(0, x - k - 3);
}

/** The count that continues a list after the comma at k: ", 9 over …", ", and 9 …", ", as well as 19 drones …". */
function nextListed(toks: Tok[], k: number, counts: Count[]): Count | undefined {
  const at =
    toks[k + 1]?.low === 'and'
      ? k + 2
      : toks[k + 1]?.low === 'as' && toks[k + 2]?.low === 'well' && toks[k + 3]?.low === 'as'
        ? k + 4
        : k + 1;
  return counts.find((o) => o.from === at);
}

/** Tokens `k`, `k + 1`, `k + 2` are "(", a number, ")". */
function bracketedCount(toks: Tok[], k: number): boolean {
  return (
    toks[k]?.raw === '(' &&
    toks[k + 2]?.raw === ')' &&
    (toks[k + 1]?.kind === 'n' ||
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(toks[k + 1]?.low ?? ''))
  );
}

const BRACKET_NOUN = /^(?:drones?|uavs?|shaheds?|missiles?|rockets?|bombs?)$/;
/** Generic nouns of threats in such a bracket: "(25 craft)", "(six units)" (rule bracketedGenericNoun). */
const BRACKET_GENERIC_NOUN = /^(?:craft|units?|pieces?)$/;

/**
 * "Belgorod (five drones)": tokens `k` … are "(", a number, a threat noun, ")"; with rule bracketedLongName also the
 * noun's long form, "(five unmanned aerial vehicles)", as Russian ministry statements in translation write it.
 */
function bracketedNounCount(toks: Tok[], k: number): boolean {
  if (
    !RULES.bracketedCounts ||
    toks[k]?.raw !== '(' ||
    !(
      toks[k + 1]?.kind === 'n' ||
      /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/.test(toks[k + 1]?.low ?? '')
    )
  )
    return false;
  if (toks[k + 3]?.raw === ')' && BRACKET_NOUN.test(toks[k + 2]?.low ?? '')) return true;
  // ("over the waters of the Black Sea (25 craft), over Crimea (six)": a generic noun of the threats counted; rule
  // bracketedGenericNoun)
  if (toks[k + 3]?.raw === ')' && RULES.bracketedGenericNoun && BRACKET_GENERIC_NOUN.test(toks[k + 2]?.low ?? ''))
    return true;
  // ("unmanned aerial vehicles": the lexicon's long name of a drone, three tokens)
  return (
    RULES.bracketedLongName &&
    UNCREWED.has(toks[k + 2]?.low ?? '') &&
    weaponHeadAt(toks, k + 2) &&
    toks[k + 5]?.raw === ')'
  );
}

/** The "(" of the bracket a ")" at k closes, within six tokens back, else -1. */
function openBracketBefore(toks: Tok[], k: number): number {
  for (let j = k; j >= Math.max(0, k - 6); j--) if (toks[j]!.raw === '(') return j;
  return -1;
}

function leftGovernor(toks: Tok[], c: Count): Governor | null {
  let neutral: Governor | null = null;
  // "over the Belgorod (five drones), Voronezh (three drones) … regions": a count in brackets after its place, with its noun
  const ownBracket = bracketedNounCount(toks, c.from - 1);
  const limit = c.bare || c.partitive ? 16 : 12;
  for (let k = c.from - 1, seen = 0; k >= 0 && seen < limit; k--, seen++) {
    const t = toks[k]!;
    if (t.kind === 'p') {
      // "destroyed, according to preliminary data, 23 drones": a report's hedge between the verb and its object is read
      // past (rule hedgeBeforeObject)
      if (RULES.hedgeBeforeObject && t.raw === ',' && k === c.from - 1) {
        const open = hedgeOpens(toks, k);
        if (open >= 0) {
          k = open;
          continue;
        }
      }
      // "shot down in Volgograd Oblast (five) and Bryansk Oblast (two)": a count in brackets after its place
      if (c.bare && bracketedCount(toks, t.raw === '(' ? k : k - 2)) continue;
      if (
        (c.bare || ownBracket) &&
        bracketedNounCount(toks, t.raw === '(' ? k : t.raw === ')' ? openBracketBefore(toks, k) : k - 3)
      )
        continue;
      if (CLAUSE_PUNCT.has(t.raw) && !((c.bare || c.partitive) && (t.raw === ',' || t.raw === '—' || t.raw === '–')))
        return neutral;
      // "…downing that many jets, and Ukraine has received 20": a new clause with its own subject
      if (t.raw === ',' && NEW_CLAUSE.has(toks[k + 1]?.low ?? '') && newSubject(toks[k + 2])) return neutral;
      continue;
    }
    // "58 had been destroyed, while five others hit their targets": a contrasting clause has its own verb
    if (CONTRAST.has(t.low) && toks[k - 1]?.raw === ',') return neutral;
    // "downed 12 attack drones and three cruise missiles": a modifier inside an earlier count's phrase, not a verb
    if (NON_HEADS.has(t.low) && WEAPON_HEAD_WORDS.test(toks[k + 1]?.low ?? '')) continue;
    // (and before the drones' long name, "downed 12 attack unmanned aerial vehicles and three cruise missiles", rule
    // longNameHeads)
    if (
      RULES.longNameHeads &&
      NON_HEADS.has(t.low) &&
      UNCREWED.has(toks[k + 1]?.low ?? '') &&
      toks[k + 2]?.low === 'aerial'
    )
      continue;
    // "intercepted 11 American-supplied ATACMS missiles … and 19 drones": a participle glued by a hyphen modifies a noun
    if (gluedByHyphen(toks, k)) continue;
    const p = verbPolarity(toks, k);
    // "drones flying towards Moscow and a further 6": a participle modifying an earlier noun does not govern
    if (p === 'other' && MODIFIER_FOLLOWERS.has(toks[k + 1]?.low ?? '') && k !== c.from - 1) continue;
    // "Rostov accounted for ten": a neutral verb lets an earlier interception verb show through
    if (p === 'neutral') {
      neutral = neutral ?? { polarity: p, at: k };
      continue;
    }
    if (p) return { polarity: p, at: k };
    if (t.low === 'none' && toks[k + 1]?.low === 'of') return { polarity: 'none', at: k };
  }
  return neutral;
}

const SHOT_DOWN =
  /\b(?:shot|shooting|brought|bringing)\s+down\b|\bdown(?:ed|ing)\b|\bdestroy(?:ed|ing)\b|\bintercept(?:ed|ing)\b|\bneutrali[sz](?:ed|ing)\b/i;

/** Where a clause of its own opens before a count: "; ", ", and that …". */
const CLAUSE_BEFORE = /;\s*|,\s+(?:and|but)\s+that\s+/g;

/** Where the count's clause ends after it: another clause joined by a conjunction or a participle of saying. */
const CLAUSE_AFTER_COUNT_BEFORE = /[;]|,\s+(?:and|but|while|whereas)\s+(?!\d)|,\s+(?:adding|saying|noting|stressing)\b/;
/** The same, and a comment on the event after a comma, "…, in what was the seventh attack this month" (rule inWhatTally). */
const CLAUSE_AFTER_COUNT = new RegExp(String.raw`${CLAUSE_AFTER_COUNT_BEFORE.source}|,\s+in\s+what\b`);

/** A tally over a month or longer, in the count's own clause (up to a following ", and <subject>", ";" or ", but"). */
/** Whether the clause of count `c` covers a month or longer ("since the war began", "during March"): a tally, not a report. */
export function cumulative(toks: Tok[], c: Count, sentence: string, base: number): boolean {
  const end = (toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end) - base;
  const rest = sentence.slice(end);
  // "…27 drones in the last two days, he said, adding that … since the war began": a clause of its own
  // (and ", in what was Russia's seventh attack on Kyiv in the month of July": a comment on the event, whose period is
  // the comment's, rule inWhatTally)
  const cut = (RULES.inWhatTally ? CLAUSE_AFTER_COUNT : CLAUSE_AFTER_COUNT_BEFORE).exec(rest);
  // and from the last ", and that …" / "; " before it: "…since the war began, and that troops had shot down 27 drones"
  const startAt = (toks[c.from]?.start ?? base) - base;
  let from = 0;
  // (exec on one regex, not matchAll on a literal: matchAll copies the regex each call, and this runs for every count)
  const head = sentence.slice(0, startAt);
  CLAUSE_BEFORE.lastIndex = 0;
  for (let m = CLAUSE_BEFORE.exec(head); m !== null; m = CLAUSE_BEFORE.exec(head)) from = m.index + m[0].length;
  const clause = sentence.slice(from, end + (cut ? cut.index : rest.length));
  const m = CUMULATIVE_PIECE.test(clause) ? CUMULATIVE.exec(clause) : null;
  // "the heaviest attack on the capital since the invasion started": a comparison, not a tally
  if (
    m !== null &&
    !SUPERLATIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 70), m.index)) &&
    // ("this is the 14th attack on Kyiv since the start of May, and the air defence forces destroyed around 37 drones": an
    // ordinal's attacks, told before the count, are what the period counts; rule ordinalAttackPeriod)
    !(
      RULES.ordinalAttackPeriod &&
      m.index < startAt - from &&
      ORDINAL_ATTACK_BEFORE.test(clause.slice(Math.max(0, m.index - 70), m.index))
    ) &&
    // "the Crimean city, occupied by the Russians since 2014": the year a place was seized, not the count's period
    !(RULES.seizedSince && /^since\s+(?:19|20)\d\d$/i.test(m[0]) && SEIZED_JUST_BEFORE.test(clause.slice(0, m.index)))
  )
    return true;
  // "12 Russian aircraft were shot down in February 2024", "3,200 drones in 2023", "…to date", "during the war": two or more
  // over a named month or year or the whole war, in the count's own phrase (up to its first comma) or a sentence-opening
  // "In 2023, …" (a single threat "in August 2024" is one downing dated by its month; "the peninsula Russia annexed in
  // 2014" after a comma is another clause)
  if (!RULES.periodTally || c.value < 2) return false;
  // (the phrase ends at a comma, a bracket or a dash: "41 drones over Crimea -- annexed by Russia in 2014 --" dates the
  // annexation, not the count)
  const own = sentence.slice(
    (toks[c.from]?.start ?? base) - base,
    end + (OWN_PHRASE_END.exec(rest)?.index ?? rest.length),
  );
  const period = PERIOD_TALLY.exec(own) ?? (RULES.monthTally ? MONTH_TALLY.exec(own) : null);
  if (period !== null && !ANNEXED_BEFORE.test(own.slice(Math.max(0, period.index - 40), period.index))) return true;
  // "over the past 100 days", "during the summer", "between January and June", "since their introduction": a span of a
  // month or more told in other words than a month's or a year's name (rule periodSpans)
  const bits = RULES.periodSpans ? spanPieces(sentence) : 0;
  if (bits !== 0) {
    // in the count's own phrase, or in an opener whose clause the count is in ("Over the past 100 days, Moscow's air
    // defence shot down 1,900 drones"; not "Since the summer, Kyiv has seen attacks, and on Tuesday … 40 drones"; review)
    if (longSpan(own, bits)) return true;
    const opener = OPENER.exec(sentence);
    // (the opener is the span itself, and no comma between it and the count: not "After a quiet spell since the summer,
    // Kyiv came under attack again and …", nor '"… throughout the winter," he said, after …'; review)
    if (opener !== null && opener[0].length <= startAt && !/[,;:]/.test(sentence.slice(opener[0].length, startAt)))
      if (longSpan(opener[0], bits, true)) return true;
  }
  // "Ukraine said it has to date shot down more than 320 drones" (anywhere in the count's clause), "320 drones since
  // September" (in its own phrase; not "the biggest raid since late September"): the whole period up to now (rule
  // monthTally)
  if (RULES.monthTally) {
    if (TO_DATE.test(clause)) return true;
    const since = SINCE_MONTH.exec(own);
    if (since !== null && !SUPERLATIVE_BEFORE.test(own.slice(Math.max(0, since.index - 70), since.index))) return true;
  }
  // "164 helicopters have been destroyed over the whole of the special operation" (rule operationTally)
  // (not after a superlative: "in the biggest attack during the conflict", review)
  if (RULES.operationTally) {
    const op = OPERATION_TALLY.exec(own);
    if (op !== null && !SUPERLATIVE_BEFORE.test(own.slice(Math.max(0, op.index - 70), op.index))) return true;
  }
  const opener = PERIOD_OPENER.exec(sentence);
  if (opener !== null && opener[0].length <= startAt && PERIOD_TALLY.test(opener[0])) return true;
  // "Over the course of the war, Ukraine says it has destroyed 174 …" (not "the war's largest attack", nor past a ":" or
  // ";" or with a day of the count's own; rule courseOpener, review)
  const course = RULES.courseOpener ? COURSE_OPENER.exec(sentence) : null;
  if (
    course !== null &&
    course[0].length <= startAt &&
    !/[;:]|,\s+(?:and|but|while)\b/.test(sentence.slice(course[0].length, startAt)) &&
    // (the count's own clause: not "…, including 12 on Tuesday", second review)
    !COUNT_OWN_DAY.test(
      sentence.slice(course[0].length, startAt + (/[,;]/.exec(sentence.slice(startAt))?.index ?? sentence.length)),
    )
  )
    return true;
  // "In February, interceptor drones flew 6,100 sorties and destroyed over 1,400 …": a sentence that opens on a month,
  // no day, tells the month as a whole
  const month = MONTH_OPENER.exec(sentence);
  return month !== null && month[0].length <= startAt;
}

/**
 * Counts in sentences that report no event (rule notReports): a rate ("8 out of every 10", "nine in ten", "on average"),
 * a question or a counterfactual ("Did air defence shoot down 50 drones …?", "Had 40 drones been shot down …, residents
 * would …"), a report the sentence calls false or denies ("The report that 30 drones … was false", "denied that 20 …"),
 * unexploded threats made safe on the ground, jets intercepting (escorting) aircraft, and a general statement about a
 * single threat ("A cruise missile intercepted over Kyiv can scatter debris …").
 */
function notAReport(
  toks: Tok[],
  c: Count,
  g: number,
  sentence: string,
  base: number,
  lead: string,
  weapon: Weapon,
): string | null {
  if (
    weapon === 'aircraft' &&
    /^intercept/.test(toks[g]!.low) &&
    (ESCORT_SETTING.test(sentence) ||
      ALLIED_INTERCEPTOR.test(sentence.slice(Math.max(0, toks[g]!.start - base - 40), toks[g]!.start - base)) ||
      PATROL_INTERCEPTED.test(sentence.slice(toks[g]!.end - base, toks[g]!.end - base + 40))) &&
    !SHOT_DOWN_WORDS.test(sentence)
  )
    return 'jets intercepting (escorting) aircraft, not a downing';
  if (c.value === 1 && GENERIC_SINGLE.test(sentence)) return 'a general statement about a single threat, not a report';
  // ("Shooting down a Shahed drone costs far more than building one": a downing as a gerund subject; rule gerundGeneric)
  if (c.value === 1 && RULES.gerundGeneric && GENERIC_GERUND.test(sentence))
    return 'a general statement about a single threat, not a report';
  const numEnd = toks[c.numTo - 1]!.end - base;
  // ("…, adding that the other four were probably "decoys"": what the threats were, not a downing; rule decoysWere)
  if (RULES.decoysWere && DECOYS_WERE.test(sentence.slice(numEnd, numEnd + 50)))
    return 'what the threats were (decoys), not a downing';
  if (RATE_AFTER.test(sentence.slice(numEnd, numEnd + 24)) || RATE_BEFORE.test(lead.slice(-24)))
    return 'a rate ("8 out of every 10", "nine in ten", "on average"), not a count';
  // (the rest only in a sentence with a literal piece of one of them: most have none, and a sentence has many counts)
  if (sentence !== piecesOf.sentence) {
    piecesOf.sentence = sentence;
    piecesOf.found = NOT_REPORT_PIECES.test(sentence);
  }
  if (!piecesOf.found) return null;
  const numStart = toks[c.from]!.start - base;
  const npEnd = (toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end) - base;
  const tail = sentence.slice(npEnd);
  if ((ON_AVERAGE_BEFORE.test(lead) && !CLAUSE_BREAK.test(lead)) || ON_AVERAGE_AFTER.test(tail))
    return 'a rate ("8 out of every 10", "nine in ten", "on average"), not a count';
  if (QUESTION.test(sentence) || (COUNTERFACTUAL.test(sentence) && /\bwould\b/i.test(sentence) && !/[,;:]/.test(lead)))
    return 'a question or a counterfactual, not a report';
  if (
    (DENIED_PIECE.test(lead) && deniedClause(lead)) ||
    (CALLED_FALSE.test(tail) &&
      (REPORT_THAT.test(lead) ||
        // ("reports in foreign media of a Russian plane supposedly downed over Ukraine were untrue": where the reports
        // ran, between the noun and "of"; rule reportsInMedia)
        (RULES.reportsInMedia && REPORT_IN_MEDIA_OF.test(lead))))
  )
    return 'a report the sentence denies or calls false';
  if (
    RULES.denialForms &&
    (DENIES_CLAUSE.test(lead) ||
      REJECTS_REPORT.test(lead) ||
      ((CALLED_FALSE.test(tail) || DISMISSED_AFTER.test(tail)) && REPORT_ABOUT.test(lead)))
  )
    return 'a report the sentence denies or calls false';
  const phrase = sentence.slice(numStart, npEnd);
  if ((UNEXPLODED_IN.test(phrase) || UNEXPLODED_AFTER.test(tail.slice(0, 40))) && !DOWNED_IN_PHRASE.test(phrase))
    return 'an unexploded threat made safe on the ground';
  return null;
}
/** The last sentence notAReport looked at, and whether it holds a piece of a rate, a question, a denial or a dud. */
const piecesOf = { sentence: '', found: false };
const NOT_REPORT_PIECES =
  /average|\?|^\W*Had\s|den(?:ied|ies|y)|not\s+true|false|fake|untrue|fabricat|a\s+lie\b|explode|detonate|reject|refut|disput|dismiss|fiction|hoax/i;
/** "8 out of every 10", "7 of every 10", "one in three", "nine in ten": the share of a rate, after its number. */
const RATE_AFTER =
  /^\s+(?:(?:out\s+)?of\s+every|in\s+(?:every\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a\s+hundred|hundred)\b)/i;
/** "…out of every 10", "nine in ten": the base of a rate, before its number. */
const RATE_BEFORE =
  /\b(?:out\s+of\s+every|of\s+every|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+in(?:\s+every)?)\s+$/i;
/** A break between an opener and a later clause: ", but", ", and", ";", ":", ", while". */
const CLAUSE_BREAK = /,\s+(?:but|and|while|whereas)\b|[;:]/;
/**
 * "On average, Ukraine intercepts …" (opening the sentence; right before the count is rule averageRate's); "… 7 of 10
 * drones on average." (closing its phrase; not "…, on average more than in May", a comparison).
 */
const ON_AVERAGE_BEFORE = /^\W*on\s+average\b/i;
const ON_AVERAGE_AFTER = /^\s+(?:[\w-]+\s+){0,3}?on\s+average\s*(?:[,.;]|$)/i;
/** A yes/no question: the sentence opens on an auxiliary and ends with a question mark. */
const QUESTION = /^\W*(?:Did|Do|Does|Were|Was|Has|Have|Had|Is|Are)\b[^?]*\?\W*$/;
/** "Had 40 drones been shot down …": a condition by inversion (with "would" in the sentence). */
const COUNTERFACTUAL = /^\W*Had\s(?!it\s+not\s+been\b)/;
/** The count is inside the clause a denial opens ("denied that 20 drones …"; not "denied that X, saying 12 drones …"). */
function deniedClause(lead: string): boolean {
  let m: RegExpExecArray | null = null;
  DENIED_THAT.lastIndex = 0;
  for (let x = DENIED_THAT.exec(lead); x !== null; x = DENIED_THAT.exec(lead)) m = x;
  return m !== null && !/[,;:]|\bbut\b|\bwhile\b/.test(lead.slice(m.index + m[0].length));
}
const DENIED_PIECE = /den(?:ied|ies|y)|not true|falsely/i;
/** "Ukraine denied that …", "It is not true that …", "falsely reported that …". */
const DENIED_THAT =
  /\b(?:denied|denies|deny|denying)\s+that\b|\bit\s+is\s+not\s+true\s+that\b|\bfalsely\s+(?:reported|claimed|said)\b/gi;
/** "The report that …", "The figure of …", "claims that …": a report the rest of the sentence may call false. */
const REPORT_THAT = /\b(?:reports?|claims?|figures?|information|rumou?rs?)\s+(?:that|of)\b/i;
/** "reports in foreign media of", "claims in the Western press that" (rule reportsInMedia). */
const REPORT_IN_MEDIA_OF =
  /\b(?:reports?|claims?|rumou?rs?)\s+(?:in|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:media|press|outlets|channels)\s+(?:that|of)\b/i;
/**
 * "Kyiv denies Russia shot down four jets" (a headline's denial, no "that"): the count in the clause right after the
 * verb (rule denialForms).
 */
const DENIES_CLAUSE =
  /\b(?:denied|denies|deny|denying)\s+(?:(?!(?:and|but|while|saying|adding|that|as|after|when|because|since|this|it)\b)[\w'’-]+\s+){1,5}$/i;
/**
 * "Moscow rejects Ukraine's claim it downed …", "refutes Russian report that …", "dismissed Moscow's assertion that …":
 * a report a verb of denial takes as its object, the count in that report's own clause (rule denialForms).
 */
// (the report is the clause after "that / it / they", or the count right after "of / about" and perhaps its downing, "claim
// of downing four jets"; not past "and said", "as":
// "dismissed information about casualties and said 12 drones were shot down", review)
const REJECTS_REPORT =
  /\b(?:reject(?:s|ed|ing)?|refut(?:e|es|ed|ing)|disput(?:e|es|ed|ing)|dismiss(?:es|ed|ing)?|den(?:ies|ied|y|ying))\s+(?:[\w'’-]+\s+){0,3}?(?:reports?|claims?|assertions?|allegations?|statements?|information)\s+(?:(?:that|it|they|its|their)\s+(?:(?!(?:and|as|while|but)\b)[^,;:\s]+\s+)*|(?:of|about)\s+(?:(?:having\s+)?(?:downing|shooting\s+down|destroying|intercepting|downed|shot\s+down|destroyed)\s+|the\s+(?:downing|destruction|interception)\s+of\s+)?|to\s+have\s+(?:downed|shot\s+down|destroyed|intercepted)\s+)?$/i;
/** A clause of its own after a denial: ", saying", ", but", "; " (rule denialClauseOnly). */
const OWN_CLAUSE_AFTER =
  /,\s+(?:saying|adding|noting|stressing|insisting|and|but|while|whereas)\b|;|:\s|\s[-–—]\s|\band\s+(?:said|says|reported|reports|added|insisted|stressed|announced)\b|\s(?:as|while)\s/i;
/**
 * After a denial, a clause of the denier's own holds the count: past a separator, with no "that" before the count unless
 * a verb of saying of that clause comes first ("Kyiv rejected claims by Moscow, and by pro-Kremlin bloggers, that 15 …"
 * and "…, and that 10 more were intercepted" stay denied; review).
 */
function ownClauseAfterDenial(fromDenial: string): boolean {
  const sep = OWN_CLAUSE_AFTER.exec(fromDenial);
  if (sep === null) return false;
  const after = fromDenial.slice(sep.index);
  const that = /\bthat\b/i.exec(after);
  if (that === null) return true;
  // ("saying Moscow lied that 50 drones …", "saying Moscow's report that 30 drones … was invented": the report again,
  // second review)
  const speech = OWN_SPEECH.exec(after.slice(0, that.index));
  return speech !== null && !REPORT_AGAIN.test(after.slice(speech.index, that.index));
}
/** A report, or a lie, named again between a verb of saying and its "that". */
const REPORT_AGAIN =
  /\b(?:lied|lies|lying|reports?|claims?|assertions?|allegations?|invented|fabricated|false|fake|untrue)\b/i;
/** A verb of saying of the denier's own clause before its "that" (rule denialClauseOnly). */
const OWN_SPEECH =
  /\b(?:said|says|saying|insisted|insisting|maintained|noted|noting|added|adding|stressed|reported|announced)\b/i;
/** "The claim that … was dismissed by Moscow as fiction", "calls Kyiv's claim of 6 downed Kinzhals a fabrication". */
const DISMISSED_AFTER =
  /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:dismissed|rejected|refuted|debunked)\b|^\s+(?:as\s+)?an?\s+(?:fabrication|fiction|fake|lie|hoax)\b/i;
/** REPORT_THAT, and reports "about" a threat, assertions and allegations (rule denialForms). */
const REPORT_ABOUT =
  /\b(?:reports?|claims?|figures?|information|rumou?rs?|assertions?|allegations?)\s+(?:that|of|about)\b/i;
const CALLED_FALSE =
  /\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:(?:completely|entirely|simply)\s+)?(?:false|fake|untrue|not\s+true|fabricated|a\s+fake|a\s+lie|denied)\b/i;
const UNEXPLODED_IN = /\bunexploded\b/i;
/** "two downed Shahed drones that failed to explode": downed first, so a claim (claims.md, edge case 6). */
const DOWNED_IN_PHRASE = /\b(?:downed|shot[\s-]down|intercepted|destroyed)\b/i;
const UNEXPLODED_AFTER =
  /^\s*(?:,\s*)?(?:that|which)\s+(?:had\s+)?(?:failed\s+to|did\s+not|didn['’]t)\s+(?:explode|detonate)\b/i;
/** The allied interceptor right before "intercepted": "RAF Typhoons intercepted", "NORAD intercepted", "NATO jets intercepted". */
const ALLIED_INTERCEPTOR =
  /\b(?:NATO|RAF|NORAD|[Aa]llied|Typhoons?|Eurofighters?|F-35s?|Gripens?|QRA)\b(?:\s+[\w-]+){0,2}\s+(?:have\s+|has\s+|had\s+)?$/;
/** "intercepted three NATO patrol aircraft", "intercepted a US reconnaissance plane": aircraft met on patrol, not downed. */
const PATROL_INTERCEPTED =
  /^\s+(?:(?:a|an|the|two|three|four|five|six|\d+)\s+)?(?:NATO|US|U\.S\.|American|British|French|German|Swedish|Polish|allied|patrol|reconnaissance|surveillance|spy)\b/;
/** Jets meeting aircraft in peacetime: escorts, air policing, international airspace. */
const ESCORT_SETTING = /\bescort(?:ed|ing|s)?\b|\bair\s+policing\b|\binternational\s+airspace\b/i;
const SHOT_DOWN_WORDS = /\b(?:shot|shoot|shooting|brought|bring)\s+down\b|\bdowned\b|\bdestroy(?:ed|ing)\b/i;
/** "A single drone shot down over Moscow can close Sheremetyevo …": a threat in general, then a modal. */
const GENERIC_SINGLE =
  /^\W*(?:A|An|One|A\s+single|Each|Every)\s+(?:[\w-]+\s+){0,3}(?:shot\s+down|downed|intercepted|destroyed)\b[^,.;:]{0,60}?\s(?:can(?!\s+(?:be|still\s+be)\s+(?:seen|heard|watched))|costs?)\b/;

/** Right after a count: "were probably "decoys"", "was a dummy" (rule decoysWere; not "were decoy drones", a weapon's noun). */
const DECOYS_WERE =
  /^\s*(?:more\s+|others\s+)?(?:were|was)\s+(?:(?:probably|likely|apparently|reportedly|believed\s+to\s+be|said\s+to\s+be|only|just|merely)\s+)?(?:an?\s+)?["“'‘]?(?:decoys?|dummies|dummy|fakes)\b(?!\s+(?:drones?|UAVs?|missiles?))/i;
/** A sentence that opens on downing one threat as a gerund, then a present verb of what that takes ("Shooting down a drone costs …"; rule gerundGeneric). */
const GENERIC_GERUND =
  /^\W*(?:(?:Shooting|Bringing|Taking|Knocking)\s+down|Intercepting|Downing|Destroying|Neutrali[sz]ing)\s+(?:a|an|one|a\s+single)\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+\s+)?(?:certainly\s+|still\s+|often\s+|usually\s+)?(?:costs?|is|requires?|takes?|means|can|may|needs?)\b/;

/** A month's name as written in prose (capitalised: "may" is a verb), for the period patterns below. */
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A span of a month or more in `clause`, not after a superlative or "first" ("the first attack on the city in 40 days"). */
function longSpan(clause: string, pieces: number, atStart = false): boolean {
  for (let i = 0; i < SPANS.length; i++) {
    if ((pieces & (1 << i)) === 0) continue;
    const re = SPANS[i]!;
    re.lastIndex = 0;
    for (let m = re.exec(clause); m !== null; m = re.exec(clause)) {
      if (SUPERLATIVE_BEFORE.test(clause.slice(Math.max(0, m.index - 70), m.index))) continue;
      if (atStart && /\w/.test(clause.slice(0, m.index))) continue;
      if (re !== DAYS_OR_WEEKS) return true;
      const n = spanNumber(m[1]!);
      if (n !== null && n * (/^weeks$/i.test(m[2]!) ? 7 : 1) >= 28) return true;
    }
  }
  return false;
}
/**
 * Which span patterns match somewhere in a sentence (bit i for SPANS[i]), remembered for the
 * sentence last asked about: a sentence has many counts, and most sentences have none.
 */
function spanPieces(sentence: string): number {
  if (sentence === spansOf.sentence) return spansOf.bits;
  // (a literal piece first, the pattern only where it is: most sentences have neither)
  const pieces = [
    sentence.includes('days') || sentence.includes('weeks'),
    SEASON_PIECE.test(sentence),
    sentence.includes('whole of') || MONTH_PAIR_PIECE.test(sentence),
    sentence.includes('ince'),
  ];
  let bits = 0;
  for (let i = 0; i < SPANS.length; i++) {
    if (!pieces[i]) continue;
    const re = SPANS[i]!;
    re.lastIndex = 0;
    if (re.test(sentence)) bits |= 1 << i;
  }
  spansOf.sentence = sentence;
  spansOf.bits = bits;
  return bits;
}
const SEASON_PIECE = /summer|winter|spring|autumn/i;
/** A month's name ending, then "and" / "to" / "through": the piece of "between January and June". */
const MONTH_PAIR_PIECE = /(?:ary|rch|ril|May|une|uly|ust|ber)\s+(?:and|to|through)\s/;
const spansOf = { sentence: '', bits: 0 };
/** A sentence's opening phrase up to its first comma. */
const OPENER = /^[^,;:]{1,60},/;
/** "100", "six", "a hundred": digits, or number words as the rest of the extractor reads them. */
function spanNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^\d+$/.test(t)) return Number(t);
  const words = t.split(/\s+/);
  return parseNumberWords({ length: words.length, at: (i) => words[i] ?? '' }, 0)?.value ?? null;
}
/** "over the past 30 days", "during the last six weeks", "in 47 days": a number of days or weeks (the caller weighs it). */
const DAYS_OR_WEEKS =
  /\b(?:in|over|during|for|within|throughout)\s+(?:the\s+)?(?:(?:past|last|previous|first)\s+)?(\d[\d,]*|[a-z]+|a\s+hundred)\s+(days|weeks)\b/gi;
/** "over the summer", "during the winter", "since spring": a season as a whole (not "in the summer", which may date one event). */
const SEASON_SPAN =
  /\b(?:during|over|throughout|since)\s+(?:the\s+)?(?:whole\s+|entire\s+)?(?:summer|winter|spring|autumn)\b(?=\s*(?:[,.;:]|$|alone\b))/gi;
/** "between January and June", "in March and April": two months' span. */
const MONTHS_SPAN = new RegExp(
  String.raw`\b(?:[Bb]etween|[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+(?:early\s+|late\s+|mid-?\s*)?(?:${MONTH_NAME})\s+(?:and|to|through)\s+(?:early\s+|late\s+|mid-?\s*)?(?:${MONTH_NAME})\b(?!\s+\d)|\b(?:for|over|in|during)\s+(?:the\s+)?whole\s+of\s+20\d\d\b`,
  'g',
);
/** "since their introduction", "since January 1", "since the new year": from a start a month or more back. */
const SINCE_SPAN = new RegExp(
  String.raw`\b[Ss]ince\s+(?:(?:their|its|the)\s+(?:introduction|deployment|arrival|first\s+use|first\s+appearance)|January\s+1(?:st)?\b|1(?:st)?\s+January|(?:the\s+)?[Nn]ew\s+[Yy]ear)|^\W*Since\s+(?:early\s+|late\s+|mid-?\s*)?(?:${MONTH_NAME}),`,
  'g',
);
const SPANS = [DAYS_OR_WEEKS, SEASON_SPAN, MONTHS_SPAN, SINCE_SPAN];

/**
 * "shot down 4,260 Ukrainian drones in December", "1,200 drones during March": a named month with no day after it (not
 * "in December 29", nor "December's biggest attack"), in the count's own phrase (rule monthTally); not "in early May",
 * which dates one event ("three drones were destroyed over the Kremlin in early May").
 */
const MONTH_TALLY = new RegExp(
  String.raw`\b(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Oo]ver)\s+(?:${MONTH_NAME})\b(?!['’]s|,?\s+\d)`,
);
/** "since September", "since early March": a period from a named month (no day) to now (rule monthTally). */
const SINCE_MONTH = new RegExp(
  String.raw`\bsince\s+(?:early\s+|late\s+|mid-?\s*)?(?:${MONTH_NAME})\b(?!['’]s|,?\s+\d)`,
);
/** "to date": everything up to now (rule monthTally); not "up to date figures". */
const TO_DATE = /(?<!\bup\s)\bto\s+date\b/i;

const MONTH_OPENER = new RegExp(String.raw`^\W*(?:In|During|Throughout)\s+(?:${MONTH_NAME}),`);

/** "occupied by the Russians ", "annexed by Moscow ", "held ": a seizure participle (and its agent) right before "since <year>". */
const SEIZED_JUST_BEFORE =
  /\b(?:annexed|occupied|seized|captured|controlled|held)(?:\s+by\s+(?:the\s+)?[\p{L}-]+(?:\s+[\p{L}-]+)?)?\s+$/iu;
const OWN_PHRASE_END = /[,;(]|\s[-–—]{1,2}\s/;
/** "…the peninsula Russia annexed in 2014", "occupied since 2014": the year of a place's seizure, not of the count. */
const ANNEXED_BEFORE = /\b(?:annexed|occupied|seized|captured|invaded|annexation|occupation)\b[^.;]*$/i;
/** A sentence's opening period, up to its comma ("In 2023,", "During the war,"). */
const PERIOD_OPENER = /^\s*(?:In|During|Throughout|So far in)\s[^,]{0,40},/;
/** …and "Over the course of the war," (rule courseOpener). */
const COURSE_OPENER =
  /^\s*(?:Over|In) the course of (?:the|Russia['’]s) (?:[\w-]+\s+){0,2}?(?:war|invasion|conflict)(?!['’]s)\b[^,]{0,20},/;
/** A day of the count's own clause after an opener (rule courseOpener). */
const COUNT_OWN_DAY =
  /\b(?:overnight|tonight|today|yesterday|last night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|single (?:night|day)|this (?:morning|week)|night of|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/i;
/** The whole of the war told as "the special (military) operation" or "the conflict" (rule operationTally). */
const OPERATION_TALLY =
  /\b(?:during|throughout|over\s+the\s+course\s+of|in\s+the\s+course\s+of|over\s+the\s+whole\s+of)\s+the\s+(?:whole\s+|entire\s+)?(?:special\s+(?:military\s+)?operation|SMO|conflict)\b(?!['’]s|-|\s+(?:zone|area|region|districts?|line)\b)/i;
const PERIOD_TALLY =
  /(?<!\b(?:since|than|until|seen|used)\s)\blast month\b|\b(?:in|during|throughout|so far in) (?:(?:early |mid-?|late )?(?:january|february|march|april|may|june|july|august|september|october|november|december),? )?20\d\d\b|\bto date\b|\b(?:during|throughout|over the course of) the (?:full-scale )?war\b|\b(?:in the war so far|so far in the war)\b/i;

/** Numbered ground-equipment categories of a war-loss list ("748 tanks and other armoured fighting vehicles, 76 multiple launch rocket systems, 274 field artillery …"). */
const LOSS_ITEM =
  /\b\d[\d,.]*\s+(?:(?:\w+\s+){0,2}tanks\b|(?:\w+\s+){0,2}armou?red\b|(?:\w+\s+){0,2}artillery\b|(?:\w+\s+){0,3}mortars\b|multiple[\s-]+(?:launch\s+)?rocket\s+(?:systems|launchers)\b|(?:\w+\s+){0,3}(?:military|motor)\s+(?:motor\s+)?vehicles\b|units\s+of\s+(?:special\s+)?military\b|(?:\w+\s+){0,2}surface-to-air\s+missile\s+systems\b|(?:\w+\s+){0,2}air[\s-]defen[cs]e\s+systems\b|(?:\w+\s+){0,2}vehicles\b|(?:\w+\s+){0,2}(?:vessels|warships|ships|boats)\b)/gi;

/** A numbered ground-equipment item ("19 tanks", "four armoured vehicles", "two artillery systems"). */
const GROUND_ITEM =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens of)\s+(?:[\w-]+\s+){0,2}(?:tanks?|armou?red\b|artillery\b|mortars?|howitzers?|(?:military|motor|combat)\s+vehicles?|personnel\s+carriers?|fighting\s+vehicles?|trucks?)\b/i;

/** Right after a count destroyed: threats stored, readied or aboard, never in the air (rule storedThreats). */
const STORED_AFTER =
  /^\s*(?:[\w-]+\s+){0,3}?(?:(?:prepared|readied|ready|awaiting|waiting)\s+for\s+(?:launch|use|take-?off)|stored|in\s+storage|aboard|on\s+board|before\s+(?:they|it)\s+could\s+(?:be\s+)?(?:launched|used|fired|take\s+off))\b/i;

/** After the verb: the air, a place it was over, or air defence as the agent. */
const IN_AIR_AFTER =
  /^[^,;.]*?\b(?:by\s+(?:the\s+)?(?:air[\s-]defen[cs]es?|anti-?aircraft|mobile\s+fire)|in\s+(?:the\s+)?(?:air|sky)|in\s+mid-?air|over)\b/i;
/** Between a count and its passive verb: threats stored or readied, never in the air (rule storedBeforeVerb). */
// (after ", which were (being)" too; not "kept at bay", "kept in the air", review)
const STORED_BEFORE_VERB =
  /^\s*(?:[\w'’-]+,?\s+){0,3}?(?:(?:which|that)\s+(?:were|was|had\s+been|have\s+been)\s+(?:being\s+)?)?(?:stored|parked|kept\s+in\s+storage|kept\s+(?:at|in)\s+(?:a|an|the)\s+(?:base|airfield|depot|warehouse|hangar|arsenal)|awaiting\s+(?:launch|use|take-?off)|waiting\s+(?:for\s+)?(?:launch|use)|(?:prepared|readied|ready)\s+(?:for|to)\s+(?:launch|use|take-?off)|in\s+storage)\b/i;

/** A war-loss tally (claims.md edge case 7): the sentence lists three or more numbered ground-equipment categories. */
const LOSS_WORD =
  /tanks|armou?red|artillery|mortars|vehicles|launchers|rocket systems|missile systems|defen[cs]e systems/i;

let lossMemo: { sentence: string; loss: boolean; aerial: boolean } = { sentence: '', loss: false, aerial: true };

function lossTally(sentence: string): boolean {
  // (the memo holds the rule's switch too: the cross-validation and the specs run one sentence with it on and off)
  if (lossMemo.sentence === sentence && lossMemo.aerial === RULES.aerialVehicles) return lossMemo.loss;
  const loss = lossTallyOf(sentence);
  lossMemo = { sentence, loss, aerial: RULES.aerialVehicles };
  return loss;
}

function lossTallyOf(sentence: string): boolean {
  // cheap test first: most claim sentences name no ground equipment
  if (!LOSS_WORD.test(sentence)) return false;
  let n = 0;
  for (const m of sentence.matchAll(LOSS_ITEM)) {
    // ("67 unmanned aerial vehicles" are drones, not ground vehicles: rule aerialVehicles)
    if (RULES.aerialVehicles && AERIAL_VEHICLES.test(m[0])) continue;
    if (++n >= 3) return true;
  }
  return false;
}
const AERIAL_VEHICLES = /\baerial\s+vehicles$/i;

/** "Russian forces also lost 2,005 vehicles, 12 ships …" after a war-loss tally: the same tally, told on in the next sentence. */
export function continuesLossTally(previous: string, sentence: string): boolean {
  return (
    /\b(?:also|further|additionally)\s+lost\b|\blost\s+(?:also|another|a\s+further)\b/i.test(sentence) &&
    lossTally(previous)
  );
}

// (or a superlative attack further back: "the biggest drone strike Ukraine has mounted against Russia since …"; not "the
// latest figures show … since", second review)
export const SUPERLATIVE_BEFORE =
  /\b(?:\w{3,}est|most|first|record|worst)\b(?:\s+\w+){0,6}\s*$|\b(?:\w{3,}est|most|record|worst)\s+(?:[\w'’-]+\s+){0,2}(?:attacks?|strikes?|raids?|assaults?|barrages?|bombardments?|offensives?)\b(?:\s+\S+){0,8}\s*$/i;

/** An ordinal attack right before a period: "the 14th attack on Kyiv " before "since the start of May" (rule ordinalAttackPeriod). */
const ORDINAL_ATTACK_BEFORE =
  /\b(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)\s+(?:[\w'’-]+\s+){0,2}(?:attacks?|strikes?|raids?|assaults?|waves?|barrages?)\b(?:\s+\S+){0,6}\s*$/i;

const LOST_OUTCOME = new Set(['lost', 'disappeared', 'vanished', 'missing']);
/** "slipped off / dropped off / fell off the radar" (rule offRadar). */
const OFF_RADAR_VERBS: ReadonlySet<string> = new Set(['slipped', 'dropped', 'fell', 'went', 'disappeared', 'vanished']);

/** From k: "(the) radar" ("slipped off the radar", "dropped off radar screens"). */
function radarAhead(toks: readonly Tok[], k: number): boolean {
  return toks[k]?.low === 'radar' || (toks[k]?.low === 'the' && toks[k + 1]?.low === 'radar');
}

/** At k "radar": "off the radar", "from radar", "off radar screens" before it. */
function offOrFromBefore(toks: readonly Tok[], k: number): boolean {
  const b = toks[k - 1]?.low === 'the' ? k - 2 : k - 1;
  return toks[b]?.low === 'off' || toks[b]?.low === 'from';
}
const OR_AUX = new Set(['were', 'was', 'had', 'have', 'has', 'been', 'be', 'went', 'got']);

/** The interception verb at `g` is one side of an "or" whose other side is "lost" / "disappeared" ("jammed or lost from radar", "lost from radar or shot down"). */
function orLost(toks: Tok[], g: number, firstVerb: number): boolean {
  let a = g + 1;
  if (toks[a]?.low === 'down' || toks[a]?.low === 'out' || (RULES.fendedOff && toks[a]?.low === 'off')) a++;
  if (toks[a]?.low === 'or') {
    let k = a + 1;
    while (OR_AUX.has(toks[k]?.low ?? '')) k++;
    if (LOST_OUTCOME.has(toks[k]?.low ?? '')) return true;
    // ("were shot down or dropped off the radar", rule offRadar)
    if (RULES.offRadar && OFF_RADAR_VERBS.has(toks[k]?.low ?? '') && toks[k + 1]?.low === 'off') return true;
  }
  let b = firstVerb - 1;
  while (OR_AUX.has(toks[b]?.low ?? '')) b--;
  if (toks[b]?.low !== 'or') return false;
  for (let k = b - 1; k >= Math.max(0, b - 4); k--) {
    const w = toks[k]!.low;
    if (LOST_OUTCOME.has(w)) return true;
    // ("six missiles slipped off the radar or were jammed": off or from the radar is lost from it, rule offRadar)
    if (RULES.offRadar && w === 'radar' && offOrFromBefore(toks, k)) return true;
    if (toks[k]!.kind === 'p' || toks[k]!.kind === 'n') return false;
  }
  return false;
}

const REL_AUX = new Set(['was', 'were', 'had', 'has', 'have', 'been', 'being']);
const MAIN_AUX = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had']);
const MAIN_AFTER = new Set(['fell', 'crashed', 'landed', 'hit', 'damaged', 'struck', 'exploded']);
const FOUND = new Set([
  'found',
  'discovered',
  'recovered',
  'located',
  'spotted',
  'seen',
  'lying',
  'fell',
  'crashed',
  'landed',
  'damaged',
]);

/** "<part> of the drones (that/which were) shot down <main verb>": `g` sits in a relative clause on the set. */
function setRelativeThenVerb(toks: Tok[], c: Count, g: number): boolean {
  let k = c.npTo;
  // "One of the drones brought down damaged a house": a reduced relative, with no "that was"
  if (toks[k]?.low === 'that' || toks[k]?.low === 'which') {
    k++;
    while (REL_AUX.has(toks[k]?.low ?? '')) k++;
  }
  if (k !== g && !(toks[g]!.low === 'down' && k === g - 1)) return false;
  let after = g + 1;
  if (toks[after]?.low === 'down' || toks[after]?.low === 'out' || (RULES.fendedOff && toks[after]?.low === 'off'))
    after++;
  // "… shot down over Kursk was found": a short place phrase may come first
  for (let n = 0; n < 5 && toks[after] !== undefined && toks[after]!.kind !== 'p'; n++, after++)
    if (MAIN_AFTER.has(toks[after]!.low) || (MAIN_AUX.has(toks[after]!.low) && FOUND.has(toks[after + 1]?.low ?? '')))
      return true;
  return false;
}

/** A sentence set in an exercise or a test ("during exercises", "in drills", "at a test range"). */
const EXERCISE =
  /\b(?:during|in|at|as part of)\s+(?:the\s+|a\s+|an\s+)?(?:joint\s+|military\s+|tactical\s+|live-fire\s+|air[\s-]defen[cs]e\s+|command[\s-]staff\s+|snap\s+)*(?:exercises?|drills?|manoeuvres|maneuvers|tests|trials|training|test\s+firings?|(?:a\s+)?test\s+range)\b/i;
/** A piece every word of EXERCISE holds: most sentences have none, and this short regex rules them out. */
const EXERCISE_HINT = /xercis|drill|manoeuv|maneuv|test|trial|training/i;
/** Targets made for practice ("mock targets", "simulated missiles"). */
const MOCK_WORDS = new Set(['mock', 'simulated', 'practice', 'training', 'dummy', 'imitation']);

function mockTarget(toks: Tok[], c: Count): boolean {
  for (let k = c.numTo; k < c.npTo; k++) if (MOCK_WORDS.has(toks[k]!.low)) return true;
  return false;
}

// once per sentence: the regex is read for every count the sentence holds
let exerciseMemo: { sentence: string; is: boolean } = { sentence: '', is: false };

function exerciseSetting(sentence: string): boolean {
  if (exerciseMemo.sentence !== sentence)
    exerciseMemo = { sentence, is: EXERCISE_HINT.test(sentence) && EXERCISE.test(sentence) };
  return exerciseMemo.is;
}

/** Verbs of what a falling threat did on the ground. */
const DAMAGE_VERBS = new Set(
  'damaged damages damage hit hits struck fell falls crashed crashes caused causes started starts sparked sparks set sets ignited triggered killed kills injured injures wounded smashed shattered'.split(
    ' ',
  ),
);
/** "debris of", "wreckage from a", "the fall of the" just before a count: where a downed threat fell. */
const DEBRIS_BEFORE =
  /\b(wreckage|debris|fragments?|remains|parts|pieces?|shards?|fall|falling) (of|from)( the| a| an)?$/;
/** A participle that says the threat was downed ("a downed drone", "one destroyed missile"). */
const DOWNED_PARTICIPLE = /^(?:downed|intercepted|destroyed)$/;

/** "shot-down" written with a hyphen before a noun ("a shot-down missile"): the tokens "shot", "-", "down" from k. */
function shotDownAt(toks: Tok[], k: number): boolean {
  const h = toks[k + 1];
  const d = toks[k + 2];
  return toks[k]?.low === 'shot' && h?.raw === '-' && d?.low === 'down' && h.start === toks[k].end && d.start === h.end;
}
const CAUSE_ASIDES = new Set(['also', 'however', 'then', 'later', 'reportedly', 'nevertheless', 'still']);
const CAUSE_NOMINALS = new Set(['destruction', 'downing', 'interception', 'elimination']);

/**
 * "In the Rozdilna district a downed drone also damaged a warehouse", "The destruction of one of the drones, however,
 * started a fire": a single threat whose downing is told only inside its own subject phrase (a participle before the
 * noun, or a nominal "the destruction of") and whose verb is the damage it did where it fell — as the debris of a downed
 * threat, no claim (claims.md edge case 6 counts "debris from five downed drones", two or more, which stays a claim).
 */
function downedCause(toks: Tok[], c: Count, g: number): boolean {
  if (c.value !== 1) return false;
  const inside = g >= c.numTo && g < c.npTo && (DOWNED_PARTICIPLE.test(toks[g]!.low) || shotDownAt(toks, g));
  const nominal =
    g < c.from &&
    CAUSE_NOMINALS.has(toks[g]!.low) &&
    toks[g + 1]?.low === 'of' &&
    (g + 2 === c.from || (g + 3 === c.from && /^(?:the|a|an)$/.test(toks[g + 2]!.low)));
  if (!inside && !nominal) return false;
  let k = c.npTo;
  for (let n = 0; n < 4 && toks[k] !== undefined; n++) {
    const t = toks[k]!;
    if (t.raw === ',' || CAUSE_ASIDES.has(t.low)) k++;
    else break;
  }
  return DAMAGE_VERBS.has(toks[k]?.low ?? '');
}

/** Whether the word at k (past "also", "however" and commas) is a verb of damage ("smashed", "fell", "hit"). */
function damageVerbAfter(toks: Tok[], k: number): boolean {
  for (let n = 0; n < 4 && toks[k] !== undefined; n++) {
    const t = toks[k]!;
    if (t.raw === ',' || CAUSE_ASIDES.has(t.low)) k++;
    else break;
  }
  return DAMAGE_VERBS.has(toks[k]?.low ?? '');
}

const DEBRIS_VETO = 'debris or wreckage of a downed threat';
const CAUSE_VETO = 'a downed threat told as the cause of damage (where it fell)';
/** vetoReason's answers for a downed threat told by its debris: debrisOfOneDowned may turn them into a claim of one. */
export const DEBRIS_VETOES: ReadonlySet<string> = new Set([DEBRIS_VETO, CAUSE_VETO]);

/**
 * "Debris of a downed missile damaged a roof in the Kyiv region", "a downed drone fell onto a building in Kyiv",
 * "fragments of a drone downed by air defence were found near Kirishi": one threat whose downing is told only by
 * where its debris fell. Claims.md edge case 6 reads "debris from five downed drones" as five downed; one downed
 * threat's debris is one downed — a claim (flagged `debris`) that stands only where no other claim of its weapon
 * already counts it at its place (debrisSingles, document-passes.ts). Not without the participle ("debris of a
 * drone fell": edge case 6 needs "downed").
 */
export function debrisOfOneDowned(toks: Tok[], c: Count, g: number): boolean {
  if (c.value !== 1) return false;
  let downed = false;
  for (let k = c.numTo; k < c.npTo; k++) {
    // "pieces of one of the two destroyed drones": the numbered set is the downing told, not its one
    if (toks[k]!.kind === 'n' || isNumberWord(toks[k]!.low)) return false;
    downed ||= DOWNED_PARTICIPLE.test(toks[k]!.low) || shotDownAt(toks, k);
  }
  // "a drone downed by air defence", "a missile shot down earlier"
  if (!downed) {
    const after = toks[c.npTo]?.low ?? '';
    downed = DOWNED_PARTICIPLE.test(after) || (after === 'shot' && toks[c.npTo + 1]?.low === 'down');
  }
  // "parts of a Russian missile that had been intercepted", "debris from a drone which was shot down"
  if (!downed && RULES.perfectRelative && (toks[c.npTo]?.low === 'that' || toks[c.npTo]?.low === 'which')) {
    let v = c.npTo + 1;
    if (PERFECT_AUX.has(toks[v]?.low ?? '') && toks[v + 1]?.low === 'been') v += 2;
    else if (toks[v]?.low === 'was' || toks[v]?.low === 'were') v += 1;
    else v = -1;
    const w = v > 0 ? (toks[v]?.low ?? '') : '';
    downed = DOWNED_PARTICIPLE.test(w) || (w === 'shot' && toks[v + 1]?.low === 'down');
  }
  if (!downed) return false;
  return DEBRIS_BEFORE.test(wordsBefore(toks, c.from)) || (g >= 0 && downedCause(toks, c, g));
}

/** Words of a count's own phrase between "if" and its number ("if all 16", "unless the 20"). */
const CONDITION_LEAD = new Set(['all', 'the', 'some', 'about', 'around', 'nearly', 'roughly']);
const FINITE_AUX = new Set(['were', 'are', 'is', 'was', 'be', 'get', 'gets', 'got']);

/**
 * The count at c opens a clause of condition or open question as its subject, its own verb finite after it: "If 16
 * drones were shot down over Odesa, …", "unless 20 drones are shot down", "whether all 16 drones were shot down". Not
 * "even if", "as if", "what if", "if only" (a downing taken as given), nor a count whose downing is a participle ("whether
 * the 40 drones shot down over Kyiv carried warheads": reported), nor an "if" further back (review: "did not say if anyone
 * was hurt when two drones were shot down" is a report).
 */
function conditionOpens(toks: Tok[], c: Count, verb: number): boolean {
  let x = c.from - 1;
  while (x > c.from - 3 && CONDITION_LEAD.has(toks[x]?.low ?? '')) x--;
  const w = toks[x]?.low ?? '';
  if (!CONDITIONS.has(w)) return false;
  const before = toks[x - 1]?.low ?? '';
  if (before === 'even' || before === 'as' || before === 'what' || toks[x + 1]?.low === 'only') return false;
  for (let k = c.npTo; k < verb; k++) if (FINITE_AUX.has(toks[k]!.low)) return true;
  return false;
}

/** Adverbs of a habit ("usually", "often"). */
const HABIT_ADVERBS = new Set(
  'usually normally typically often regularly routinely generally frequently sometimes rarely seldom commonly'.split(
    ' ',
  ),
);
const PRESENT_AUX = new Set(['are', 'is', 'get', 'gets']);

/**
 * The verb at v is told as a habit: a present auxiliary and an adverb of habit before it ("are usually shot down",
 * "usually get intercepted"), or a present verb ("shoots down", "intercept") after a recurrence ("every night") in its
 * own clause or in the phrase that opens the sentence. `base` is where the sentence starts in the body.
 */
function habitAt(toks: Tok[], v: number, base: number): boolean {
  const a = toks[v - 1]?.low ?? '';
  const b = toks[v - 2]?.low ?? '';
  if (HABIT_ADVERBS.has(a) && (PRESENT_AUX.has(b) || /s$/.test(toks[v]!.low))) return true;
  if (HABIT_ADVERBS.has(b) && PRESENT_AUX.has(a)) return true;
  if (!PRESENT_AUX.has(a) && !PRESENT_DOWNING.test(toks[v]!.low)) return false;
  // ("every night" before the verb in its own clause, or opening the sentence: not "Kyiv under fire every night: air
  // defence shoots down 40 drones", "Ukraine downs 40 drones as Russia attacks every night", "… in an attack Russia now
  // repeats every week"; review)
  let first = v;
  while (first > 0 && toks[first - 1]!.start >= base) first--;
  let from = v;
  while (from > first && !CLAUSE_PUNCT.has(toks[from - 1]!.raw) && !CLAUSE_OPENERS.has(toks[from - 1]!.low)) from--;
  if (everyPeriodIn(toks, from, v)) return true;
  // ("Every night, air defence shoots down …": the sentence's opening phrase, one comma before the clause)
  if (from - 1 <= first || toks[from - 1]!.raw !== ',') return false;
  for (let k = first; k < from - 1; k++) if (CLAUSE_PUNCT.has(toks[k]!.raw)) return false;
  return everyPeriodIn(toks, first, from - 1);
}
/** A present verb of downing ("shoots down", "intercept"). */
const PRESENT_DOWNING = /^(?:shoots|downs|intercepts|destroys|neutrali[sz]es|shoot|intercept|destroy)$/;
/** Words that open another clause inside a sentence. */
const CLAUSE_OPENERS = new Set([
  'as',
  'while',
  'when',
  'where',
  'which',
  'who',
  'that',
  'but',
  'and',
  'after',
  'because',
]);
/** Tokens [from, to) hold "every night", "each day". */
function everyPeriodIn(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if ((toks[k]!.low === 'every' || toks[k]!.low === 'each') && RECURRING_PERIODS.has(toks[k + 1]!.low)) return true;
  return false;
}
const RECURRING_PERIODS = new Set(['night', 'day', 'week', 'morning', 'evening']);

/**
 * Whether the attack the defences repelled came from the air alone and was stopped whole (rule defencesRepelled; review):
 * no ground force in the sentence ("an attack by infantry supported by 14 drones"), no crewed aircraft counted ("an
 * attack by 12 Russian aircraft": repelled is not shot down), none of it said to get through.
 */
function repelledFromTheAir(sentence: string, c: Count): boolean {
  return (
    c.weapon !== 'aircraft' &&
    c.weapon !== 'bomb' &&
    !GROUND_FORCE.test(sentence) &&
    !GOT_THROUGH.test(sentence) &&
    // ("with several drones exploding in residential areas", "five of them caused damage": not where debris is told)
    !(PART_DAMAGE.test(sentence) && !/\b(?:debris|fragments|wreckage)\b/i.test(sentence))
  );
}
const GROUND_FORCE =
  /\b(?:infantry|assault|assaults|troops|soldiers|tanks?|armou?red|(?<!aerial\s)vehicles|motorcycles|motorbikes|buggies|brigades?|battalions?|supported\s+by|ground|BMPs?|BTRs?|IFVs?|APCs?|MRAPs?|sabotage)\b/i;
const GOT_THROUGH = /\b(?:got\s+through|broke\s+through|hit|struck|reached|penetrated|slipped\s+through|partially)\b/i;
const PART_DAMAGE = /\b(?:explod\w*|caused\s+damage|damaged|impacts?)\b/i;
/** Right before a verb of repelling: the defences or defenders as its subject, a quotation mark maybe opening on the verb (rule defencesRepelled). */
const DEFENCES_BEFORE_VERB =
  /\b(?:the|its|our|their|Russian|Ukrainian)\s+(?:defen[cs]es|defenders)\s+(?:have\s+|has\s+|had\s+)?["“'‘]?$/i;
/** An interception verb in its base form, as after a modal ("can Ukraine shoot down …"). */
const BASE_DOWNING = /^(?:shoot|intercept|destroy|down|bring|neutrali[sz]e|stop|take|knock|repel|eliminate)$/;
/**
 * The verb at v is the own verb of a question that opens the sentence with a modal or "do" ("Could 30 drones be shot
 * down …?", "Can Ukraine shoot down 30 missiles …?"): a passive after "be" or a base form, and no clause, "to" or report
 * between the modal and the verb (review: "Can you believe we had to shoot down 40 drones …?" reports).
 */
function modalQuestionVerb(toks: Tok[], v: number, sentence: string, base: number): boolean {
  if (toks[v - 1]?.low !== 'be' && !BASE_DOWNING.test(toks[v]!.low)) return false;
  if (!MODAL_QUESTION.test(sentence)) return false;
  let k = v - 1;
  while (k >= 0 && toks[k]!.start >= base) {
    if (QUESTION_BREAKS.has(toks[k]!.low) || CLAUSE_PUNCT.has(toks[k]!.raw)) return false;
    k--;
  }
  return true;
}
const QUESTION_BREAKS = new Set([
  'that',
  'who',
  'which',
  'to',
  'after',
  'when',
  'because',
  'since',
  'while',
  'believe',
  'think',
  'said',
]);
/** A question that opens with a modal or "do" and ends with a question mark ("Could 30 drones be shot down …?"). */
const MODAL_QUESTION = /^\s*["“«]?\s*(?:could|can|will|would|should|might|may|do|does)\b[^?]*\?\s*["”»]?\s*$/i;

/** Nouns of places an "all … except N" may name (rule exceptCount). */
const PLACE_NOUNS = new Set(
  'region regions area areas oblast oblasts province provinces district districts city cities town towns places parts'.split(
    ' ',
  ),
);
/** A noun of places among the eight words before the "except" right before `from` (rule exceptCount). */
function placesExcepted(toks: Tok[], from: number): boolean {
  const except = toks[from - 1]?.low === 'except' ? from - 1 : from - 2;
  for (let k = except - 1; k >= Math.max(0, except - 8); k--) if (PLACE_NOUNS.has(toks[k]!.low)) return true;
  return false;
}
/** "out of" or "of (the)" right before a count at `from`: the set a share is taken from (rule shareOfSet). */
function setBefore(toks: Tok[], from: number): boolean {
  const k = toks[from - 1]?.low === 'the' ? from - 2 : from - 1;
  // (not "all of the 14 drones, most of them Shaheds, were shot down": the whole set, review)
  if (toks[k]?.low !== 'of' || WHOLE_BEFORE_OF.has(toks[k - 1]?.low ?? '')) return false;
  return k === from - 2 || toks[k - 1]?.low === 'out' || k === 0 || toks[k - 1]?.kind === 'p';
}
const WHOLE_BEFORE_OF = new Set(['all', 'each', 'every', 'both', 'none', 'any']);
/** Share words with no number ("half", "most", "the majority") (rule shareOfSet). */
const SHARE_WORDS = new Set(['half', 'most', 'majority', 'third', 'quarter', 'some', 'many', 'few', 'part', 'bulk']);
/** A share word between a set's phrase and its verb, no count between (rule shareOfSet). */
function shareBetween(toks: Tok[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    if (toks[k]!.kind === 'n') return false;
    if (SHARE_WORDS.has(toks[k]!.low)) return true;
  }
  return false;
}
/** The four words before a count of aircraft the threats were launched from (rule launchPlatform). */
const LAUNCHED_FROM = /\b(?:launched|fired|released|dropped|carried)\s+(?:[\w-]+\s+)?(?:from|by)(?:\s+aboard)?$/;
/** The four tokens before token `from`, lower-cased and joined by spaces. */
function wordsBefore(toks: Tok[], from: number): string {
  // (a loop, not slice, map and join: the array map makes differs in V8's elements kind between unoptimised and
  // optimised code, and each new kind seen throws away the optimised code that reads it)
  const first = Math.max(0, from - 4);
  let words = '';
  for (let k = first; k < from; k++) words += k === first ? toks[k]!.low : ` ${toks[k]!.low}`;
  return words;
}

/** Right before a count: a passive downing and its "by" ("were shot down by", "destroyed by fire from"). */
const PASSIVE_AGENT =
  /\b(?:(?:was|were|been|being|be)\s+(?:\w+\s+)?(?:shot|brought|taken|knocked)\s+down|(?:was|were|been|being|be)\s+(?:\w+\s+)?(?:destroyed|downed|intercepted|hit|struck|sunk))\s+by\s+(?:(?:fire|missiles?|shots?|strikes?|a\s+strike)\s+(?:\w+\s+){0,2}from\s+)?(?:the\s+)?$/i;
/** The same with "neutralised" ("were neutralised by fire delivered from two drones"; rule neutralisedAsDestroyed). */
const PASSIVE_AGENT_NEUTRALISED =
  /\b(?:was|were|been|being|be)\s+(?:\w+\s+)?neutrali[sz]ed\s+by\s+(?:(?:fire|missiles?|shots?|strikes?|a\s+strike)\s+(?:\w+\s+){0,2}from\s+)?(?:the\s+)?$/i;

/** Rules out what is written as an interception but is not one. */
export function vetoed(...args: Parameters<typeof vetoReason>): boolean {
  return vetoReason(...args) !== null;
}

/**
 * Why an interception-governed count is still not a claim; null when it is one. `airBefore`: the count tells again an
 * aircraft just downed (the air context is the sentence before).
 */
export function vetoReason(
  toks: Tok[],
  c: Count,
  gov: Governor,
  sentence: string,
  base: number,
  weapon: Weapon,
  airBefore = false,
): string | null {
  // "34 cruise missiles launched overnight from nine strategic bombers", "fired by 11 Tu-95 bombers": the aircraft the
  // threats came from, not ones downed (rule launchPlatform)
  if (RULES.launchPlatform && weapon === 'aircraft' && LAUNCHED_FROM.test(wordsBefore(toks, c.from)))
    return 'a launch platform ("launched from nine bombers")';
  // "repelled the attacks in all of the regions except two", "in every region except for three": what the verb before
  // left out (rule exceptCount; not "Except for one drone shot down over Kursk, …", nor "except for three, which were
  // suppressed", with verbs of their own; review)
  // (only when what "all" names before "except" are places: "all the missiles except one" is one missile downed; second
  // look)
  if (RULES.exceptCount && gov.at >= 0 && gov.at < c.from && exceptBefore(toks, c.from) && placesExcepted(toks, c.from))
    return 'what the verb before left out ("all except two")';
  // "out of eight missiles only half were brought down", "of the 14 drones, most were shot down": a set whose share, told
  // by no number, was downed (rule shareOfSet)
  if (RULES.shareOfSet && gov.at > c.npTo && setBefore(toks, c.from) && shareBetween(toks, c.npTo, gov.at))
    return 'a set whose share, told by no number, was downed ("out of eight, only half")';
  if (gov.at < 0) {
    // a breakdown with no verb of its own: only the count's own context can rule it out ("debris from one of the drones")
    const before = wordsBefore(toks, c.from);
    if (DEBRIS_BEFORE.test(before) && !impliesDowned(toks, c)) return DEBRIS_VETO;
    if (lossTally(sentence)) return 'a war-loss tally (ground equipment listed with it)';
    return cumulative(toks, c, sentence, base) ? 'a cumulative tally (a month or longer)' : null;
  }
  // denials and hypotheticals: "did not intercept", "could intercept 50", "able to shoot down"
  const g = gov.at;
  // ("The video was shot over Kyiv as 12 drones flew in": a passive "shot" counts only its subject, rule shotOver)
  // (and only when the count's phrase is right before its auxiliaries: not "Photos of 12 drones were shot over Kyiv")
  if (RULES.shotOver && toks[g]!.low === 'shot' && OVER.has(toks[g + 1]?.low ?? '')) {
    if (!subjectOfShot(toks, c, g)) return 'a passive "shot" over a place counts its subject only';
    // ("were shot over the border from the Belgorod region toward Kharkiv", "shot over a dozen times", "shot over Kyiv on
    // camera": fired across, a quantity, or filmed)
    const clause = /^[^,;.]*/.exec(sentence.slice(toks[g]!.end - base))![0];
    if (SHOT_ACROSS.test(clause) || SHOT_FILMED.test(sentence))
      return 'a passive "shot" over a place that is no downing';
  }
  const firstVerb = toks[g]!.low === 'down' ? g - 1 : g;
  for (let k = Math.max(0, firstVerb - 3); k < firstVerb; k++) {
    const w = toks[k]!.low;
    if (
      NEGATORS.has(w) &&
      !(w === 'no' && toks[k + 1]?.low === 'longer') &&
      // ("Eight Iranian-designed Shaheds were destroyed": the end of a compound before the head is no modal, rule
      // compoundNotNegator)
      !(RULES.compoundNotNegator && k > 0 && isWordHyphen(toks, k - 1)) &&
      !(w === 'able' && wasAbleTo(toks, firstVerb)) &&
      // ("In May, Ukraine shot down four warplanes": the month, not the modal, rule mayMonth)
      !(RULES.mayMonth && toks[k]!.raw === 'May' && mayIsMonth(toks, k))
    )
      return 'a denial or hypothetical before the verb';
    if (w === 't' && toks[k - 1]?.raw.match(/^['’]$/)) return 'a denial before the verb'; // didn't, couldn't
  }
  // "If 16 drones were shot down over Odesa, the port would be safe", "unless 20 drones are shot down", "unclear whether
  // all 16 were shot down": a condition or an open question, not a report (rule conditionClause)
  if (RULES.conditionClause && conditionOpens(toks, c, firstVerb))
    return 'a condition or an open question ("if", "unless", "whether"), not a report';
  // "Sixteen drones are usually shot down over the Sumy region", "every night air defence shoots down 40 drones": a
  // habit told in the present, not a report (rule habitPresent)
  if (RULES.habitPresent && habitAt(toks, firstVerb, base)) return 'a habit told in the present, not a report';
  // "Could 30 drones be shot down over Moscow in one night?": a question that opens with a modal (rule modalQuestion)
  // (the question's own verb only: "Could the 40 drones shot down over Moscow signal a new campaign?" asks about a
  // downing it reports)
  if (RULES.modalQuestion && modalQuestionVerb(toks, firstVerb, sentence, base)) return 'a question, not a report';
  // "49 were jammed or lost from radar", "lost from radar or jammed": a disjunction with a non-interception outcome (claims.md, edge case 6)
  if (orLost(toks, g, firstVerb)) return 'a disjunction with "lost" or "disappeared" (not an interception)';
  // "to intercept": an aim, not a report — unless someone "managed to" or "was able to"
  if (
    toks[firstVerb - 1]?.low === 'to' &&
    !['managed', 'succeeded', 'went'].includes(toks[firstVerb - 2]?.low ?? '') &&
    !wasAbleTo(toks, firstVerb) &&
    !hadTo(toks, firstVerb) &&
    toks[firstVerb]!.low !== 'downing' &&
    !(RULES.usedToDown && usedMeansTo(toks, firstVerb))
  )
    return 'an aim ("to intercept"), not a report';
  if (toks[firstVerb - 1]?.low === 'of' && TO_BLOCKERS.has(toks[firstVerb - 2]?.low ?? ''))
    return 'a capability, not a report'; // capable of intercepting
  // "the F-16s were on the point of shooting down the drone when it left the airspace": all but done, so not done (rule
  // onThePointOf)
  if (RULES.onThePointOf && toks[firstVerb - 1]?.low === 'of' && ALL_BUT_DONE.has(toks[firstVerb - 2]?.low ?? ''))
    return 'an act all but done ("on the point of shooting down"), not a report';
  // "none of the 20 drones", "not a single drone"
  const before = wordsBefore(toks, c.from);
  if (/\bnone of( the)?$|\bnot$|\bnot a$|\bnot one$|\bzero$|\bhow many of( the)?$|\bany of( the)?$/.test(before))
    return 'a denial ("none of", "not a single")';
  // "its air defences had stopped every drone but four": the exception to a whole, not a count (rule everyBut)
  if (
    RULES.everyBut &&
    /\b(?:every|each|all)\s+(?:(?:the|single|other)\s+)?(?:drones?|uavs?|shaheds?|missiles?|rockets?|targets?|aircraft|one|ones)\s+but$/.test(
      before,
    )
  )
    return 'an exception ("every drone but four")';
  // "shot down on average four out of five incoming missiles", "an average of 40 drones a night": a rate (rule averageRate)
  if (RULES.averageRate && (/\b(?:on|an|the)\s+average(?:\s+of)?$/.test(before) || perPeriod(toks, c.npTo)))
    return 'a rate ("on average", "40 drones a night"), not a count';
  // "wreckage of a downed drone", "debris from two intercepted drones": where debris fell, not a claim
  if (DEBRIS_BEFORE.test(before) && !impliesDowned(toks, c)) return DEBRIS_VETO;
  if (RULES.downedCause && downedCause(toks, c, g)) return CAUSE_VETO;
  // "One of the drones that was shot down was found in a village": the relative clause describes the set the part is taken
  // from; the part's own verb comes after it
  if (c.partitive && setRelativeThenVerb(toks, c, g))
    return 'a part of a downed set with a verb of its own (found, fell …)';
  // "denied reports that 20 drones had been intercepted"
  const lead = sentence.slice(0, toks[c.from]!.start - base);
  const denied = /\b(denied|denies|deny|dismissed|rejected|refuted)\b[^.]*\b(reports?|claims?)\b/i.exec(lead);
  // ("Kyiv denies Russia's claims, saying its air defence shot down 12 drones": the count in a clause of its own after
  // the denial is the denier's report; rule denialClauseOnly)
  if (denied !== null && !(RULES.denialClauseOnly && ownClauseAfterDenial(lead.slice(denied.index))))
    return 'a denied report';
  const why = RULES.notReports ? notAReport(toks, c, g, sentence, base, lead, weapon) : null;
  if (why !== null) return why;
  if (cumulative(toks, c, sentence, base)) return 'a cumulative tally (a month or longer)';
  // "Three drones were shot down by two Su-35 fighters", "patrol boats were destroyed by fire from two drones": the
  // agent of a passive downing (or what it fired from) is not what was downed
  const beforeCount = RULES.passiveAgent
    ? sentence.slice(Math.max(0, toks[c.from]!.start - base - 60), toks[c.from]!.start - base)
    : '';
  if (
    RULES.passiveAgent &&
    (PASSIVE_AGENT.test(beforeCount) || (RULES.neutralisedAsDestroyed && PASSIVE_AGENT_NEUTRALISED.test(beforeCount)))
  )
    return 'the agent of a passive downing, not what was downed';
  if (lossTally(sentence)) return 'a war-loss tally (ground equipment listed with it)';
  // "During exercises, air defence crews shot down 12 mock targets", "…shot down three drones in tests": practice, no threat
  if (RULES.exerciseTargets && (exerciseSetting(sentence) || mockTarget(toks, c)))
    return 'an exercise or test, not a threat stopped';
  // "repelled an attack by N drones": the attack's size — a claim only when air defence repelled it and no shoot-down count is given
  if (
    /^repel|^repuls|^foil|^thwart|^fend/.test(toks[firstVerb]!.low) &&
    /\b(?:attack|raid|assault|strike)s?\s+(?:by|of|involving)\b/i.test(
      sentence.slice(toks[firstVerb]!.end - base, toks[c.from]!.start - base),
    )
  ) {
    const subject = sentence.slice(0, toks[firstVerb]!.start - base);
    if (
      !/\bair[\s-]defen[cs]es?\b|\banti-aircraft\b|\b(?:forces|units|systems|crews)\s+(?:have\s+|has\s+|had\s+)?$/i.test(
        subject,
      ) &&
      // ('he said the defences had "repelled an attack by six drones"': the defences, a quotation opening on the verb;
      // rule defencesRepelled)
      !(RULES.defencesRepelled && DEFENCES_BEFORE_VERB.test(subject) && repelledFromTheAir(sentence, c))
    )
      return 'the size of an attack that was repelled, not a count downed';
    if (SHOT_DOWN.test(sentence.slice(toks[c.npTo - 1]!.end - base)))
      return 'the size of an attack; the shoot-down count is given apart';
  }
  // destroyed on the ground, in a strike, at an airbase
  // (and "knocked out", "wiped out", which news also writes of ground losses; "hit", read as a downing when air defence or
  // the military hits threats, only where the words put them on the ground, not "over an airfield" or "on approach to an
  // airbase": rule militaryHit, review)
  const hitOnGround =
    RULES.militaryHit &&
    toks[g]!.low === 'hit' &&
    // (in the hit's own clause: not "…, 14 of which were destroyed on the ground")
    HIT_ON_GROUND.test(/^[^,;]*/.exec(sentence.slice(toks[g]!.end - base, toks[g]!.end - base + 100))![0]);
  if (hitOnGround) return 'hit on the ground';
  if (
    DESTROY.test(toks[g]!.low) ||
    // (for aircraft only: "five drones were neutralised in the area of the military airfield" is a governor's downing)
    (RULES.neutralisedAsDestroyed && weapon === 'aircraft' && NEUTRALISE.test(toks[g]!.low)) ||
    (toks[g]!.low === 'out' && GROUND_OUT.test(toks[g - 1]!.low)) ||
    (GROUND_OUT.test(toks[g]!.low) && toks[g + 1]?.low === 'out')
  ) {
    const from = Math.min(toks[g]!.start, toks[c.from]!.start) - base;
    const whole = sentence.slice(Math.max(toks[g]!.end, toks[c.npTo - 1]?.end ?? 0) - base);
    // (only up to a contrasting clause: "destroyed 12 drones over Bryansk, while 5 more hit an oil depot")
    const cut = CONTRAST_CLAUSE.exec(whole);
    const tail = cut ? whole.slice(0, cut.index) : whole;
    const head = sentence.slice(0, from);
    const ground = GROUND.exec(tail.slice(0, 120));
    // "Ukraine's air defences destroyed a hypersonic missile during a raid on Kyiv": air defence destroys in the air, so the
    // raid is the attack the threat flew in (a ground site after it still vetoes)
    const inRaid =
      ground !== null &&
      IN_STRIKE.test(ground[0]) &&
      AIR_DEFENCE_SUBJECT.test(head.slice(-80)) &&
      // ("two helicopters during a raid on the Kherson airfield": the site after the raid still vetoes)
      !GROUND.test(tail.slice(ground.index + ground[0].length, 160));
    // "five were destroyed by air defence and two struck the airfield": destroyed by air defence is in the air; the site
    // after it is another count's target
    const byAirDefence =
      ground !== null && BY_AIR_DEFENCE.test(sentence.slice(toks[g]!.end - base, toks[g]!.end - base + 40));
    // "pieces of one of the two destroyed drones smashed windows … and wrecked cars parked close by": a participle inside
    // the phrase whose own verb is the damage it did — the words after that verb say where it fell, not where it was destroyed
    const damageAfter =
      ground !== null && RULES.damageNotGround && g >= c.numTo && g < c.npTo && damageVerbAfter(toks, c.npTo);
    if (
      (ground !== null && !inRaid && !byAirDefence && !damageAfter) ||
      /\b(strike|strikes) on\b[^.]*$/i.test(head) ||
      // ("drones struck the Kirovske military airfield in occupied Crimea, wiping out two helicopters": aircraft destroyed
      // in a strike the sentence told on an airfield before them are lost on the ground; rule airfieldStruckBefore)
      (RULES.airfieldStruckBefore && weapon === 'aircraft' && AIRFIELD_STRUCK_BEFORE.test(head))
    )
      return 'destroyed on the ground or in a strike';
    // "destroying 15 Shaheds prepared for launch", "nine Kalibr missiles were destroyed aboard the ship", "destroyed 20
    // drones before they could be launched": threats never airborne (claims.md, edge case 7; rule storedThreats)
    if (RULES.storedThreats && STORED_AFTER.test(tail.slice(0, 80))) return 'destroyed before launch, stored or aboard';
    // "Around 200 Shaheds stored in the hangars were destroyed", "Ten Shahed drones awaiting launch were destroyed": the
    // same words between the count and its passive verb (rule storedBeforeVerb)
    if (
      RULES.storedBeforeVerb &&
      g >= c.numTo &&
      STORED_BEFORE_VERB.test(sentence.slice(toks[c.numTo - 1]!.end - base, toks[g]!.start - base)) &&
      // ("Forty Shaheds that had been kept in storage were destroyed over Kyiv by air defence", second review)
      !IN_AIR_AFTER.test(sentence.slice(toks[g]!.end - base, toks[g]!.end - base + 60))
    )
      return 'destroyed before launch, stored or aboard';
    // "destroyed 19 tanks and four drones": the verb's object list numbers ground equipment before the count, so it is
    // a battlefield loss list, not an interception (claims.md, edge case 7)
    if (g < c.from && GROUND_ITEM.test(sentence.slice(toks[g]!.end - base, toks[c.from]!.start - base)))
      return 'listed with ground equipment the same verb destroyed (a loss list)';
    // an aircraft "destroyed" is a loss on the ground unless the text puts it in the air
    // ("destroyed a Russian surveillance aircraft above the Sea of Azov": "above" a place is in the air too, rule
    // aboveAirContext)
    if (
      weapon === 'aircraft' &&
      !airBefore &&
      !(RULES.overQuantity ? AIR_CONTEXT_NO_QUANTITY : AIR_CONTEXT).test(sentence) &&
      // (right after the aircraft's phrase: not "in a field above Zaporizhzhia", "a base above Astrakhan"; review)
      !(RULES.aboveAirContext && toks[c.npTo]?.low === 'above') &&
      // ("A Ukrainian MiG-29 fighter was destroyed in an air battle near Slavyansk": a fight in the air is air context;
      // rule airBattle)
      !(RULES.airBattle && AIR_BATTLE.test(sentence))
    )
      return 'an aircraft destroyed with no air context (a ground loss)';
  } else if (weapon === 'aircraft') {
    // "a drone has taken down a Su-25 during a raid on an airbase": whatever the verb, an aircraft at an airbase or on
    // the ground was not stopped in the air (a strike alone does not say so: jets are shot down on strike missions)
    const tail = sentence.slice((toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end) - base);
    if (AT_SITE.test(tail.slice(0, 100))) return 'an aircraft hit at an airbase or on the ground';
  }
  return null;
}

/**
 * "was able to shoot down 37 missiles", "were also able to destroy 31 of them": in the past tense "able to" tells what
 * happened, as "managed to" does; "is able to", "will be able to" and "able to shoot down 50 a night" stay a capability.
 */
function wasAbleTo(toks: readonly Tok[], firstVerb: number): boolean {
  if (toks[firstVerb - 2]?.low !== 'able') return false;
  const w = toks[firstVerb - 3]?.low ?? '';
  if (w === 'was' || w === 'were') return true;
  const v = toks[firstVerb - 4]?.low ?? '';
  return ABLE_ADVERBS.has(w) && (v === 'was' || v === 'were');
}

const ABLE_ADVERBS: ReadonlySet<string> = new Set(['also', 'only', 'still', 'eventually', 'finally']);

/**
 * "Belarus used its aviation to bring down a Russian Shahed": an active, past "used" or "employed", its object between it
 * and the "to" before the verb at firstVerb, in the same clause (rule usedToDown). Not a passive or a modal before it
 * ("were used to intercept the drones", "could be used to", "will use"), nor "used to" right before the verb (a habit).
 */
function usedMeansTo(toks: readonly Tok[], firstVerb: number): boolean {
  for (let k = firstVerb - 3; k >= Math.max(0, firstVerb - 10); k--) {
    const t = toks[k]!;
    if (t.kind === 'p' && t.raw !== '-' && t.raw !== "'" && t.raw !== '’') return false;
    if (t.low !== 'used' && t.low !== 'employed') continue;
    // ("were also used to", "had successfully used"): past one adverb before it
    const w = toks[k - 1]?.low ?? '';
    const before = w === 'also' || w === 'then' || w.endsWith('ly') ? (toks[k - 2]?.low ?? '') : w;
    // ("could have used", "would not have used": a perfect after a modal is no report; "has used" is)
    const perfect = before === 'have' || before === 'has' || before === 'had';
    const modal = perfect ? (toks[k - (before === w ? 2 : 3)]?.low ?? '') : '';
    return !NOT_ACTIVE_PAST.has(w) && !NOT_ACTIVE_PAST.has(before) && !NOT_ACTIVE_PAST.has(modal);
  }
  return false;
}

/** Before "used": a passive, a modal, a negation or an infinitive, none of which reports the means' work. */
const NOT_ACTIVE_PAST: ReadonlySet<string> = new Set(
  'be been being is are was were am to can could will would may might should must not never'.split(' '),
);
