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
import { isNumberStart, parseNumberWords } from '@skytally/text';
import { capitalOf, findPlaces, regionName, type PlaceMention } from '@skytally/gazetteer';
import {
  actorSubject,
  anaphoricSpeaker,
  bareBody,
  findClaimants,
  ownSpeaker,
  resolveListed,
  type ClaimantMention,
} from './claimant';
import { findCounts, largestSet, type Breakdown, type Count, type SetMention } from './counts';
import { eventDateOf as ruleEventDate } from './event-date';
import {
  AERIAL_VEHICLE,
  DOWN_VERBS,
  QUALIFIER_WORDS_MORE,
  UNCREWED,
  WEAPON_HEADS,
  weaponHeadAt,
  weaponOfNoun,
} from './lexicon';
import {
  CITY_OBLAST,
  datelineAt,
  fromBefore,
  isSeat,
  locate,
  placesWithin,
  referencePoint,
  WEAPON_OF,
  type LocateInput,
} from './locate';
import { LiteralSets } from './literals';
import { misspeltRegions } from './misspelt-region';
import { numberAt } from './numbers';
import {
  continuesLossTally,
  cumulative,
  debrisOfOneDowned,
  DEBRIS_VETOES,
  CUMULATIVE,
  governorOf,
  inAppositionTo,
  onGroundAfter,
  verbPolarity,
  vetoed,
  vetoReason,
  type Governor,
  SUPERLATIVE_BEFORE,
} from './polarity';
import { RULES } from './rules';
import { segmentsOf, type Segment } from './segments';
import { QUOTE_OPEN, splitSentences, type Span } from './sentences';
import { tokens, type Tok } from './tokens';
import {
  blankHashtags,
  blankInterjections,
  blankQuotedWeaponNames,
  foldDottedOrigin,
  foldLookAlikes,
  foldTitleCase,
} from './typography';
import { foldLayout } from './layout';
import { withoutFurniture } from './furniture';
import type { Draft, ExtractedClaim } from './draft';
import {
  additivePlace,
  debrisSingles,
  definiteSingulars,
  finalise,
  headlineSubset,
  linkParts,
  missilesCalledRockets,
  parallelPlace,
  partsInheritPlace,
  placesListedAfter,
  respectively,
  roundedInHeadline,
  runningTotalPlace,
  shareCoordinatedPlaces,
  tallyRestated,
  type TallyMention,
  unknownPartsOfTotal,
  unknownRestated,
} from './document-passes';
import { CONTESTED, contestedOnly, countryOfRegion } from './region-country';

export interface ArticleInput {
  articleId: string;
  body: string;
  title?: string | null;
  /** ISO date or date-time. */
  publishedAt?: string | null;
}

export type { ExtractedClaim };

/** Cheap pre-filter: only sentences with one of these are parsed. */
const TRIGGER_RE =
  /intercept|shot[ -]down|shoot(?:s|ing)? down|shootdown|down(?:ed|ing|s\b)|destr(?:oy|uct)|neutrali[sz]|suppress|repel|repuls|(?:brought|bring|brings|bringing|taken|took|take|taking|knocked|knocking|gunned) down|eliminat|liquidat|obliterated|annihilated|jammed|foiled|thwarted|(?:were|was|been) (?:(?:also|later|then|likewise|successfully|reportedly|all|subsequently) )?stopped|\b(?:shot|shoot|shoots|shooting|brought|bring|brings|bringing|knocked|knocking|took|take|takes|taken|taking)\s+(?:[\w'’-]+\s+){1,5}down\b(?!\s+to\b)|\b(?:took|take|takes|taken|taking|knock|knocks|knocked|knocking|wipe|wipes|wiped|wiping) out\b|\bto down\b| out of the (?:sky|air)\b|\b(?:rendered|made)\s+harmless\b|\b(?:was|were|been|be|being) (?:(?:also|all|reportedly|successfully|later|then) )?shot (?:over|above)\b/i;
/**
 * A piece of text every alternative of TRIGGER_RE contains ("down" for all the "… down", " out" for "took out"):
 * the sentences without any (most of an article) are ruled out by these, about a third faster.
 */
const TRIGGER_PIECES = [
  'down',
  'intercept',
  'destr',
  'neutrali',
  'suppress',
  'repel',
  'repuls',
  'eliminat',
  'liquidat',
  'obliterat',
  'annihilat',
  'jammed',
  'foiled',
  'thwarted',
  'stopped',
  ' out',
  'harmless',
  'shot over',
  'shot above',
];
const TRIGGER_PART = new RegExp(TRIGGER_PIECES.join('|'), 'i');
const FELL = /\bfell\b|\bcame down\b/i;
/** "brought them down": a downing with no trigger word (rule setDowned), for an article that has none either. */
const THEM_DOWN = /\bthem\s+(?:all\s+)?down\b/i;
/**
 * Defenders, targets and launchers of other wars ("Iranian-made drones" are this war's: only Iran speaking or defending),
 * and the neighbours the gazetteer does not hold (a claim no known country can hold is dropped: README decisions).
 */
const OTHER_WAR =
  /\b(?:Israel|Israeli|Iron Dome|Gaza|Red Sea|Yemen|Houthis?|Saudi|Syria|Syrian|Lebanon|Lebanese|Hezbollah|Hamas|Iraq|Iraqi|Tel Aviv|Jerusalem|Tehran|Isfahan|Iran\s+(?:said|says|claimed|reported)|Iran['’]s\s+air\s+defen[cs]es?|Iranian\s+air\s+defen[cs]es?|Romania|Romanian|Moldova|Moldovan|Lithuania|Lithuanian|Latvia|Latvian|Estonia|Estonian|Hungary|Hungarian|Slovakia|Slovak|Finland|Finnish)\b/;
/** The same with the Gulf states, India and Pakistan, Armenia and Azerbaijan (rule moreOtherWars). */
const OTHER_WAR_WIDE = new RegExp(
  OTHER_WAR.source.replace(
    '|Finnish)',
    String.raw`|Finnish|UAE|United\s+Arab\s+Emirates|Emirat(?:i|es)|Bahrain(?:i)?|Kuwait(?:i)?|Qatar(?:i)?|Jordan(?:ian)?|India|Indian|Pakistan|Pakistani|Armenia|Armenian|Azerbaijan|Azerbaijani)`,
  ),
);
/** Rarer triggers kept out of the two above (each alternative there costs on every sentence): "disabled by electronic
 * warfare" and the other EW participles, 'were "landed"', "air defence stopped" (rule activeStopped decides its count). */
const TRIGGER_RARE =
  /(?:ed|out of action) by (?:means of )?(?:electronic|EW\b|REB\b|radio-electronic|jamming)|landed["”'’»]|\bhit\b[^.;]{0,80}\b(?:by|with|using) (?:the |its |their )?(?:(?:Russian|Ukrainian) )?(?:air[ -]defen[cs]e|anti-aircraft|surface-to-air|Patriot|S-[34]00|Pantsir)|\b(?:air[ -]|anti-aircraft )defen[cs]es?(?: (?:systems?|means|forces|units|crews|troops))? (?:ha(?:ve|s|d) )?hit\b|\bdefen[cs]e (?:systems?|means) (?:ha(?:ve|s|d) )?hit\b|\bhit (?:over|above) |\b(?:defen[cs]es?|defenders|forces|units|systems|crews|[Ff]leet) (?:ha(?:ve|s|d) (?:\w+ly |now |already |also |just )?)?stopped\b/i;
/** A count in words or digits and the threats it counts, as MILITARY_HIT and DEFEATED_THREATS read them after their verb. */
const COUNT_WORD = String.raw`(?:\d[\d,]*|[a-z]+(?:teen|ty)(?:-[a-z]+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const THREATS_COUNTED = String.raw`(?:(?:Ukrainian|Russian|enemy|attack|more) )*(?:drones?|UAVs?|missiles?|Shaheds?|rockets?|unmanned|fixed-wing)\b`;
/** "The Russian military hit 22 UAVs" (rule militaryHit; lexicon's airDefenceHit reads the verb). */
const MILITARY_HIT = new RegExp(
  String.raw`\b(?:military|army) (?:ha(?:ve|s|d) )?hit (?:all )?(?:an?|${COUNT_WORD}) ${THREATS_COUNTED}`,
  'i',
);
/** "17 UAVs were hit by the air force", "hit by Ukraine's air force" (rule airForceHit; lexicon's airDefenceHit reads the verb). */
const AIR_FORCE_HIT =
  /\bhit\b[^.;]{0,80}\bby (?:the |its |their )?(?:(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s) )?air forces?\b/i;
/** "the Air Defence Force defeated about 17 UAVs" (rule defeatedThreats; lexicon's defeatedThreats reads the verb). */
const DEFEATED_THREATS = new RegExp(
  String.raw`\bdefeated (?:(?:about|some|around|nearly|almost|over|more than|up to|at least) )?(?:all )?${COUNT_WORD} ${THREATS_COUNTED}`,
  'i',
);
/** The same with the qualifiers of QUALIFIER_WORDS_MORE: "roughly", "approximately", "circa" … (rule defeatedQualifiers). */
const DEFEATED_THREATS_MORE = new RegExp(
  DEFEATED_THREATS.source.replace('|at least)', `|at least|${[...QUALIFIER_WORDS_MORE].join('|')})`),
  'i',
);
/** "29 of the drones fell to air defences", "fell to Russia's anti-aircraft fire" (rule fellToAirDefence; lexicon's fellToAirDefence reads the verb). */
const FELL_TO_AIR_DEFENCE =
  /\bfell (?:(?:prey|victim) )?to (?:(?:the|its|their|our|Russian|Ukrainian|Russia['’]s|Ukraine['’]s|local|enemy) ){0,3}(?:air[ -]defen[cs]es?|anti-aircraft|mobile fire|electronic warfare)\b/i;
/** 'our defenders "grounded" a drone': the slang of 'were "landed"' as other translations give it (rule groundedSlang). */
const GROUNDED_QUOTED = /grounded["”'’»]/i;
/** "fended off five drones" (rule fendedOff: kept apart so that switching the rule off leaves the triggers as they were). */
const FEND_OFF = /\bfend(?:ed|s|ing)? off\b/i;
const TRIGGER = {
  test: (text: string): boolean => (TRIGGER_PART.test(text) && TRIGGER_RE.test(text)) || rareTriggered(text),
};
/** The rare triggers: TRIGGER_RARE and the switchable "fended off" and "the military hit". */
function rareTriggered(text: string): boolean {
  return (
    TRIGGER_RARE.test(text) ||
    (RULES.fendedOff && FEND_OFF.test(text)) ||
    (RULES.groundedSlang && GROUNDED_QUOTED.test(text)) ||
    (RULES.fellToAirDefence && FELL_TO_AIR_DEFENCE.test(text)) ||
    (RULES.militaryHit && MILITARY_HIT.test(text)) ||
    (RULES.airForceHit && AIR_FORCE_HIT.test(text)) ||
    (RULES.defeatedThreats && (RULES.defeatedQualifiers ? DEFEATED_THREATS_MORE : DEFEATED_THREATS).test(text)) ||
    (RULES.targetsHitIn && TARGETS_HIT_IN.test(text)) ||
    (RULES.renderedObjectHarmless && RENDERED_OBJECT_HARMLESS.test(text))
  );
}
/** "rendered at least 18 Ukrainian drones harmless" (rule renderedObjectHarmless). */
const RENDERED_OBJECT_HARMLESS = /\b(?:rendered|made)\s+(?:[\w'’-]+\s+){1,8}harmless\b/i;
/** "Ten of the air targets were hit in the Krasnodar Region": air targets hit in a place (rule targetsHitIn). */
const TARGETS_HIT_IN = /\b(?:air|aerial)\s+targets\s+(?:were|had\s+been|have\s+been)\s+hit\s+(?:in|over|above)\s/i;
/**
 * TRIGGER.test(body) || (RULES.setDowned && THEM_DOWN.test(body)): whether an article can hold a claim at all. A body
 * with a common trigger word is told by the first two regexes, which stop at it (near the top, in most articles); one
 * without is read once more for the rare pieces and "them" (BODY_RARE_HINTS), not once by each rare regex in turn.
 */
function mayClaim(body: string): boolean {
  if (TRIGGER_PART.test(body) && TRIGGER_RE.test(body)) return true;
  const hints = BODY_RARE_HINTS.scan(body);
  return ((hints & 1) !== 0 && rareTriggered(body)) || (RULES.setDowned && (hints & 2) !== 0 && THEM_DOWN.test(body));
}
/** A piece every alternative of TRIGGER_RARE contains (all but "ed by …", "out of action by …", "landed", "grounded",
 * "fended off", "defeated" and "air defence stopped" have "hit", as "the military hit" and "hit by the air force" have;
 * "fell " is "fell to air defences"'s, "harmless" "rendered … harmless"'s). */
const TRIGGER_RARE_PIECES = [
  'ed by ',
  'action by ',
  'landed',
  'grounded',
  'hit',
  'fend',
  'stopped',
  'defeated',
  'fell ',
  'harmless',
];
/** ATTACK_HINT's pieces (it is case-sensitive: a piece found in any case is only a necessary condition). */
const ATTACK_PIECES = ['ttack', 'aunch', 'fired', 'struck', 'targeted'];
/**
 * The sentence loop reads all these sets of one sentence in one pass (HINTS.scan): a sentence without a piece of a
 * regex's set cannot match it, so the regex is not run (most sentences have none of them).
 */
const HINTS = new LiteralSets([
  TRIGGER_PIECES,
  TRIGGER_RARE_PIECES,
  ATTACK_PIECES,
  ['them'],
  ['fell', 'came down'],
  ['sent'],
  // (rule usedAgainstSet: a set "used against" a place, read only in sentences these pieces are in; a pattern with words
  // between, "aimed 16 missiles at", read the same on dev and gave two more false claims on test)
  ['used against', 'aimed at', 'directed against', 'directed at'],
  // (rule courseSet: "Twelve Ukrainian drones went for the Russian capital")
  ['went for', 'headed for', 'heading for'],
  // (rule detectedSetTarget: DETECTED_OVER's words)
  ['detected', 'spotted', 'tracked', 'recorded', 'registered'],
]);
const HAS_TRIGGER_PIECE = 1;
const HAS_RARE_PIECE = 2;
const HAS_ATTACK_PIECE = 4;
const HAS_THEM = 8;
const HAS_FELL_PIECE = 16;
const HAS_SENT_PIECE = 32;
const HAS_USED_AGAINST_PIECE = 64;
const HAS_COURSE_PIECE = 128;
const HAS_DETECTED_PIECE = 256;
/** The rare triggers' pieces (bit 1) and THEM_DOWN's (bit 2), for a whole body (mayClaim). */
const BODY_RARE_HINTS = new LiteralSets([TRIGGER_RARE_PIECES, ['them']]);
/** TRIGGER.test(text), given HINTS.scan(text). */
function triggeredWith(text: string, hints: number): boolean {
  return (
    ((hints & HAS_TRIGGER_PIECE) !== 0 && TRIGGER_RE.test(text)) ||
    ((hints & HAS_RARE_PIECE) !== 0 && rareTriggered(text))
  );
}
const BREAKDOWN =
  /\b(?:of these|of them|of those|of which|among them)\b|^\s*(?:of|among)\b|\bof the (?:drones|uavs|missiles|rockets|bombs|unmanned aerial vehicles)\b/i;
/** "They included five over the Kursk region, four over …": the threats just counted, broken down (rule includedBreakdown). */
const INCLUDED_BREAKDOWN =
  /^\s*(?:they|these|those|the\s+(?:drones|uavs|missiles|rockets|targets))\s+(?:included|include)\b/i;
/** "The total also took in 16 drones over Bryansk region and 13 over …": parts of the total told before (rule totalIncluded). */
const TOTAL_INCLUDED =
  /^\s*the\s+(?:total|tally|figure|number)\s+(?:also\s+)?(?:included|includes|took\s+in|takes\s+in|comprised|comprises|covered|covers)\b/i;
/** The largest claim of the two sentences before `si`: the total "The total also took in …" breaks down (rule totalIncluded). */
function totalBefore(drafts: readonly Draft[], si: number): Draft | null {
  let best: Draft | null = null;
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence >= si - 2; k--)
    if (drafts[k]!.sentence < si && (!best || drafts[k]!.claim.count > best.claim.count)) best = drafts[k]!;
  return best;
}
/** "To those are added 24 in Voronezh, eight in Vladimir …": more parts of the claim before (rule addedBreakdown). */
const ADDED_BREAKDOWN =
  /^\s*(?:(?:to|with)\s+(?:these|those|them|this|that)\s+(?:are|were|must\s+be|should\s+be|can\s+be)\s+added|added\s+to\s+(?:these|those|this|that)\s+(?:are|were))\b/i;
/** The word after each count of an added breakdown ("24 in Voronezh, eight over Vladimir"). */
const ADDED_ITEM_PREPS = new Set(['in', 'over', 'above', 'near', 'across']);

/**
 * After an added count (its noun phrase ends at k): a place ("24 in Voronezh", "one each in Rostov") up to its comma,
 * "and" or the end, with no verb of its own ("20 in Belgorod that hit a substation" has one).
 */
function addedItem(toks: Tok[], k: number): boolean {
  const prep = toks[k]?.low === 'each' ? k + 1 : k;
  if (!ADDED_ITEM_PREPS.has(toks[prep]?.low ?? '')) return false;
  for (let x = prep + 1; x < toks.length; x++) {
    const t = toks[x]!;
    if (t.raw === ',' || t.raw === ';' || t.low === 'and') return true;
    if (t.kind === 'w' && (t.low === 'that' || t.low === 'which' || verbPolarity(toks, x) !== null)) return false;
  }
  return true;
}
const OF_THESE = /^(?:of (?:these|them|those|this number|the total|which)|among (?:them|these)|in addition)\b/i;
const WEAPON_WORD =
  /\b(?:(?:sea|naval|surface|maritime|unmanned surface|uncrewed surface)\s+(?:drones?|vehicles?)|unmanned\s+boats?|(?:drone\s+)?boats?)\b|\b(drones?|uavs?|shaheds?|missiles?|rockets?|bombs?|aircraft|planes?|jets?|helicopters?|(?<=(?:aerial|unmanned|uncrewed|pilotless)\s)vehicles|atacms|kalibrs?|iskanders?|kinzhals?|himars|jdams?)\b/gi;

/** After a drone count, up to its place: ", naval drones this time", ", all of them sea drones" (no verb between). */
const NAVAL_APPOSITION =
  /^(?:\s+(?:in|over|off|near|on)\s+(?:the\s+)?[\p{L}'’ -]{1,40}?)?,\s+(?:all\s+(?:of\s+them\s+)?|both\s+|these\s+|they\s+were\s+)?(?:naval|sea|surface|maritime|(?:unmanned|uncrewed)\s+surface)\s+(?:drones|vessels|boats)\b(?!\s+(?:having|had|have|has|were|was|are|is|being|been|that|which|also)\b)/iu;

/** Right before an aircraft word: a modifier that makes it a drone ("unmanned", "uncrewed aerial"). */
const UNCREWED_BEFORE = /\b(?:unmanned|uncrewed|pilotless)(?:\s+aerial)?\s+$/i;

const CAPITAL_CITIES: ReadonlySet<string> = new Set(['UA-30', 'RU-MOW', 'BY-HM']);
/**
 * The country of the one capital a sentence names as an attack's target before the count ("Russia's raid on Kyiv had
 * been beaten off … 25 cruise missiles as they neared the capital"), or null: when it names none so, or names another
 * capital anywhere ("hours after missiles struck Kyiv", "after talks in Minsk": review), the claimant's side decides.
 */
function onlyNamedCapital(
  places: readonly PlaceMention[],
  body: string,
  sentenceStart: number,
  countStart: number,
): string | null {
  const named = places.filter((p) => !p.generic && CAPITAL_CITIES.has(p.code));
  if (new Set(named.map((p) => p.code)).size !== 1) return null;
  const target = named.find(
    (p) => p.end <= countStart && ATTACK_ON_BEFORE.test(body.slice(Math.max(sentenceStart, p.start - 40), p.start)),
  );
  return target?.country ?? null;
}

/** Country-scope claims of one sentence whose places the next sentences may give. */
interface Awaiting {
  drafts: Draft[];
  sentence: number;
}

/** The latest claim of sentence `si` placed at regions and larger than `value`: the total a part of it is of. */
function totalInSentence(drafts: Draft[], si: number, value: number): Draft | null {
  for (let k = drafts.length - 1; k >= 0 && drafts[k]!.sentence === si; k--)
    if (drafts[k]!.claim.scope === 'region' && drafts[k]!.claim.count > value) return drafts[k]!;
  return null;
}
/** Right after a part's count: a compass point or a part of "its" area only ("one in the north-west", "three over its
 * western part", "two in the west of the peninsula"; rule compassPartOfTotal). */
const COMPASS_PART =
  /^\s*(?:(?:were|was)\s+(?:\w+\s+){0,2}?)?(?:in|over|above|across)\s+(?:the|its)\s+(?:far\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|centre|center)(?:\s+(?:part|parts|area|areas))?(?:\s+of\s+(?:the|its)\s+(?:peninsula|region|oblast|province|republic|territory))?(?=\s*(?:[,.;]|and\b|$))/i;
const EACH = new Set(['each', 'apiece']);
// (case-sensitive, written out for a capital at a sentence's start: "in the south of Ukraine" names a place with its capital,
// which an i flag would no longer tell from "in the eastern direction"; "the north-west of his region" is in that region)
const VAGUE_PLACE =
  /\b(?:[Oo]ver|[Ii]n|[Aa]cross|[Aa]bove)\s+(?:[Tt]he\s+)?(?:(?:other|several|various|different|many|multiple|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:\w+\s+)?(?:regions|oblasts|areas|provinces)|(?:the\s+)?(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est|[Cc]entre|[Cc]enter|[Cc]entral|[Nn]orthern|[Ss]outhern|[Ee]astern|[Ww]estern)(?:ern)?(?:-(?:east|west)(?:ern)?)?\b(?!-|\s+(?:of\s+)?\p{Lu}|\s+of\s+(?:the|his|her|its|their|this)\s+(?:region|oblast|city|province|republic|area|district)\b))|\b[Aa]cross the country\b/u;
/** "15 above provinces next to it", "in regions bordering Kyiv": regions with no determiner and no name as the first place after the count, in its own clause ("over the city, more than in regions further north" is a comparison, "over the city in one of the heaviest attacks in regions near the border" is placed; reviews; rule barePluralRegions). */
const BARE_PLURAL_REGIONS =
  /^(?:(?!\b(?:over|in|across|above|near|on|at)\b)[^,;:])*\b(?:over|in|across|above)\s+(?:regions|oblasts|provinces)\b(?!\s+of\b)/i;
/**
 * Right after a count's phrase, before any comma or name: regions it leaves unnamed ("150 more over other regions", "14 in
 * neighbouring regions", "30 over several Russian regions"; rule ownVaguePlace). "In several / nearby areas" is often
 * inside a region named before, so "areas" only with "other"; and not "other areas of the Bryansk region",
 * "neighbouring regions of Belgorod and Kursk" (review); "elsewhere", "other parts of the country", "a number of other
 * regions" too.
 */
const OWN_VAGUE_PLACE =
  /^(?:\s+(?:more|others|drones|UAVs|missiles))?(?:\s+elsewhere\b|\s+(?:over|in|across|above)\s+(?:the\s+)?(?:(?:a\s+number\s+of|a\s+few)\s+)?(?:other\s+(?:\w+\s+)?(?:regions|oblasts|provinces|areas)|other\s+parts\s+of\s+(?:the\s+)?(?:country|Russia|Ukraine)|(?:neighbouring|neighboring|nearby|adjacent|surrounding)\s+(?:\w+\s+)?(?:regions|oblasts|provinces|territories)|(?:several|various|different|many|multiple)\s+(?:\w+\s+)?(?:regions|oblasts|provinces))\b)/i;
/** After such a place: its own place named ("other areas of the Bryansk region", "… in the Kursk region"; review), not a country ("elsewhere in Russia"). */
const OWN_VAGUE_NAMED =
  /^\s+(?:of\b(?!\s+(?:the\s+)?(?:country|Russia|Ukraine)\b)|(?:in|near|around)\s+(?:the\s+)?(?!(?:Russia|Ukraine|Belarus)\b)\p{Lu})/u;
/** "taking the total brought down since Saturday to", "bringing the number of downed drones to": a running total's new value follows. */
const RUNNING_TOTAL =
  /\b(?:taking|bringing|raising|pushing|lifting|putting|which\s+(?:takes|took|brings|brought|raises|raised))\s+(?:the|its|their|this|that)\s+(?:\w+\s+){0,2}(?:total|tally|number|count)\b[^,;.]{0,60}\bto\s+$/i;
const NUMBERED_REGIONS =
  /^[^.;:]{0,90}?\b(?:over|in|across|above)\s+(?:the\s+)?(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?:\w+\s+)?(?:regions|oblasts|provinces|areas)\b/i;
const VAGUE_BESIDE =
  /\b(?:over|in|across|above)\s+(?:the\s+)?(?:southern|northern|western|eastern|central|several|other|various|border|frontier)\s+(?:\w+\s+)?(?:regions|areas|oblasts)\s+(?:and|as well as)\b/i;
/** A country, or its unnamed regions, first in a list of places: "above Russia, above occupied Crimea and …", "over Russian regions and Crimea". */
const COUNTRY_BESIDE =
  /\b(?:over|in|across|above)\s+(?:(?:the\s+)?territory\s+of\s+)?(?:Russia|Ukraine|the\s+Russian\s+Federation|(?:the\s+)?(?:Russian|Ukrainian)\s+regions)\s*(?:,|\band\b|\bas\s+well\s+as\b)\s*(?:(?:over|above|in)\s+)?(?:the\s+)?(?:occupied\s+|annexed\s+)?(?:Crimea|Crimean|Black|Azov|\p{Lu}[\p{L}-]+\s+(?:region|oblast|Region|Oblast|krai|Krai|Sea))/u;
/** "over the south of the country and Crimea": a part of the country beside a named place (country scope, edge case 4). */
const COUNTRY_PART_BESIDE =
  /\b(?:over|in|across|above)\s+the\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west|centre|center)\s+of\s+(?:the\s+country|Russia|Ukraine)\s+(?:and|as well as)\b/i;
/** "over various regions of Russia", "in a Russian region on the border": the country named only as holding the place. */
const REGIONS_OF_COUNTRY =
  /\b(?:various|several|multiple|many|a\s+number\s+of|\w+)\s+(?:regions|oblasts|provinces)\s+of\s+(?:Russia|Ukraine)\b|\b(?:various|several|multiple|many|\w+)\s+(?:Russian|Ukrainian)\s+(?:regions|oblasts|provinces)\b|\b(?:a|an|one)\s+(?:\w+\s+)?(?:Russian|Ukrainian)\s+(?:border\s+|frontier\s+)?(?:region|oblast|province)\b|\b(?:a|an|one)\s+(?:\w+\s+)?(?:region|oblast|province)\s+of\s+(?:Russia|Ukraine)\b/i;
const SOME_OF_THE_REGIONS =
  /\b(?:a\s+number\s+of|several|various|many|multiple|some)\s+(?:\w+\s+)?(?:regions|oblasts|provinces|areas)\b[^.;]*\bamong\s+them\b/i;
// ("…over the Moscow region, the Belgorod region and a number of other places": session 50)
const PARTIAL_LIST =
  /\b(?:and|as\s+well\s+as|or)\s+(?:in\s+|over\s+|above\s+)?(?:the\s+)?(?:other|several|various|some\s+other|a\s+few\s+other|a\s+number\s+of(?:\s+other)?)\s+(?:\w+\s+)?(?:regions|oblasts|areas|provinces|(?:parts|places|territories)(?!\s+(?:in|of)\s+(?:the\s+)?[\w-]+\s+(?:region|oblast|province)\b))\b|\band\s+elsewhere\b|\bamong\s+others\b|\bamong\s+other\s+(?:regions|places|areas)\b/i;
/** A count that adds to one before it: "another", "a further", "one more", "an additional", "yet another", "two more". */
const ADDITIVE =
  /(?:^|\s)(?:another|a\s+further|further|an?\s+additional|additional|yet\s+another|(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more|further|additional))\b/i;
/** A word of downing (rule aircraftAfterDrones: the sentence before tells the drones downed). */
const DOWNED_WORD =
  /\b(?:shot|brought|taken)\s+down\b|\b(?:downed|intercepted|destroyed|eliminated|neutrali[sz]ed|suppressed)\b/i;
/**
 * "against several Russian regions, Crimea among them": after the count, an unnamed set of regions with one of the
 * count's own places between it and "among them" (rule someRegionsAmong; not a set elsewhere in the sentence, review).
 */
function someRegionsAmong(rest: string, regions: readonly string[]): boolean {
  const m = SOME_OF_THE_REGIONS.exec(rest);
  return m !== null && findPlaces(m[0]).some((p) => regions.includes(p.code));
}

/** A count told as more of what the sentence before counted (rule previousSentenceSide). */
const LINKED_COUNT = /\b(?:another|further|additional|more|also|too|as\s+well)\b/i;
/** "more" right after a bare count ("Two more were shot down"). */
const MORE_AFTER = /^\s+(?:more|further|additional)\b/i;
const DRONE_WORD = /\b(?:drones?|UAVs?|unmanned)\b/i;
const AIRFIELD_WORD = /\b(?:airfields?|air\s?bases?|airports?|hangars?|parked|on\s+the\s+ground)\b/i;
/** ("two enemy aircraft", "two Russian aircraft" after drones are manned ones more often than the drones again.) */
const PLAIN_AIRCRAFT_WORDS = new Set(['of', 'the', 'these', 'those', 'them']);

/** Words of crewed or civil aircraft besides MANNED_WORD's types: with one in the article, a plain "aircraft" is no drone. */
const CREWED_MORE =
  /\b(?:pilots?|choppers?|airliners?|trainers?|crewed|manned|Yak-?\d+|A-50|An-?\d+|Mirage|Tornado|Rafale|Gripen|satellite)\b/i;

/** The sentences telling drones downed ("shot down 220 drones", "the interception of two drones"), not only launched. */
function droneDowned(sentences: readonly Span[]): number[] {
  const out: number[] = [];
  sentences.forEach((s, k) => {
    if (DRONE_WORD.test(s.text) && (DOWNED_WORD.test(s.text) || /\binterception/i.test(s.text))) out.push(k);
  });
  return out;
}

/** "six aircraft", "one of the aircraft", "two enemy aircraft": the word "aircraft" with no type, model or manned modifier. */
function plainAircraft(toks: Tok[], c: Count): boolean {
  const head = toks[c.npTo - 1];
  if (head === undefined || (head.low !== 'aircraft' && head.low !== 'craft')) return false;
  for (let k = c.numTo; k < c.npTo - 1; k++) if (!PLAIN_AIRCRAFT_WORDS.has(toks[k]!.low)) return false;
  return true;
}

/**
 * A short sentence between a claim and the one that attributes it that tells only an aftermath ("Debris of one of them
 * damaged private houses."): no speech, no quote, no word of downing, no number in digits (rule anaphorAfterAside).
 */
function quietAside(text: string): boolean {
  return text.length <= 120 && !ASIDE_SPEAKS.test(text) && !TRIGGER.test(text) && !/\d/.test(text);
}
const ASIDE_SPEAKS =
  /["“”«»]|\b(?:said|says|say|told|tells|reported|reports|wrote|writes|announced|stated|added|according|claimed|claims)\b/i;

/** "the ministry said", "the defence ministry reported": an unnamed body speaking in the sentence. */
const BODY_SPEAKS =
  /\bthe\s+(?:defen[cs]e\s+)?(?:ministry|military|army|air\s+force|general\s+staff)\s+(?:also\s+)?(?:said|says|reported|reports|added|stated|announced)\b/i;
/** "Officials in Odesa said", "authorities in the Sumy region reported": officials named by their place, speaking (rule otherOfficials). */
const OTHER_OFFICIALS =
  /^[^.;]{0,40}?\b(?:[Oo]fficials|[Aa]uthorities|[Ll]ocal\s+authorities)\s+(?:in|of)\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s*){1,3}(?:region|oblast|province)?)[^.;]{0,40}?\b(?:said|say|says|reported|report|stated|announced)\b/u;

/**
 * The one region the officials a sentence opens on are named by ("Officials in Odesa in the south said …"), null when
 * their place is none the gazetteer reads or several; undefined when the sentence opens on no such officials.
 */
function otherOfficialsPlace(text: string): string | null | undefined {
  // (most sentences name no officials: a plain look before the pattern)
  if (!text.includes('fficials') && !text.includes('uthorities')) return undefined;
  // ("Officials in the Novgorod region, directly south of the Leningrad region, said …": the aside that says where
  // their place lies is read past; rule referenceAside)
  const m = OTHER_OFFICIALS.exec(RULES.referenceAside ? text.replace(REFERENCE_ASIDE, '$1,') : text);
  if (!m) return undefined;
  const codes = new Set(
    findPlaces(m[1]!)
      .filter((p) => p.kind === 'region' || p.kind === 'place' || (p.kind === 'capital' && !p.generic))
      .map((p) => p.code),
  );
  return codes.size === 1 ? [...codes][0]! : null;
}

/** "Ukraine also reported", "Russia separately said": a country telling a report apart from the official's before. */
const COUNTRY_ALSO_SPEAKS =
  /\b(?:Russia|Ukraine|Moscow|Kyiv)\s+(?:also|separately|further)\s+(?:said|says|reported|reports|claimed|claims|announced|stated)\b/;
/** "Mr Sobolev", "Ms. Ivanova": an honorific before a surname. */
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+\p{Lu}/u;
/** "…," he wrote; she said: the speaker named before. */
const PRONOUN_SPEECH = /\b(?:he|she)\s+(?:said|says|wrote|writes|added|reported|noted|stated|posted)\b/i;
const SPEECH_ASIDE = /\b(?:said|says|added|reported|according|claimed|noted|stated)\b/i;
/** "in that attack", "during the same raid": an attack told in a sentence before. */
const THAT_ATTACK = /\b(?:in|during)\s+(?:that|this|the\s+same)\s+(?:attack|raid|strike|assault)\b/i;
const THE_REGION =
  /\b(?:over|in|above|across|within)\s+the\s+(?:region|oblast|province|city|republic|area)\b(?!\s+of\b)/i;
/** "over his region", "in her own oblast": the speaker's region (rule speakersOwnRegion). */
const THEIR_REGION =
  /\b(?:over|in|above|across|within)\s+(?:his|her|their)\s+(?:own\s+)?(?:region|oblast|province|city|republic|area)\b/i;
/** "over the same region": the region named before (rule sameRegion); not "the same region as …", a comparison (review). */
const THE_SAME_REGION =
  /\b(?:over|in|above|across|within)\s+the\s+same\s+(?:region|oblast|province|city|republic|area)\b(?!\s+(?:as|of)\b)/i;
/**
 * "over the southern part of the region", "in the region's airspace", "over the north of the oblast": a part of "the
 * region" is in it (rule regionPart).
 */
const THE_REGION_PART =
  /\b(?:over|in|on|above|across|within)\s+the\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|border|outer)\s+)?(?:part|parts|districts?|areas?|outskirts|territory|airspace|skies|sky|north|south|east|west|centre|center)\s+(?:of|over|above)\s+the\s+(?:region|oblast|province|republic)\b(?!\s+of\b)|\b(?:over|in|above|across|within)\s+the\s+(?:region|oblast|province|republic)['’]s\s+(?:(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|central|border)\s+)?(?:part|parts|districts?|areas?|outskirts|territory|airspace|skies|sky|north|south|east|west|centre|center)\b/i;
/** "one UAV was shot down in the sky over our region": a local official's own region, the one named before (rule ourRegion). */
const OUR_REGION = /\b(?:over|in|above|across|within)\s+our\s+(?:region|oblast|province|republic)\b(?!\s+of\b)/i;
/** Heads an MLRS's rockets are called by (rule mlrsBefore). */
const GENERIC_SHELLS = new Set(['projectiles', 'projectile', 'shells', 'shell']);
/** Missiles and bombs named: an MLRS's "projectiles" beside them may be either (rule mlrsBefore). */
const OTHER_ARMS =
  /\b(?:missiles?|ATACMS|Storm\s+Shadows?|SCALP|Kalibrs?|Iskanders?|Kinzhals?|Neptunes?|Tochka|bombs?|KABs?|JDAMs?)\b/i;
/** An MLRS named: "RM-70 Vampire", "Grad launchers", "multiple rocket launchers" (rule mlrsBefore). */
const MLRS_NAMED =
  /\b(?:Grads?|Vampires?|HIMARS|Uragan|Smerch|Olkha|Vilkha|Tornado|MLRS|RM-70|BM-21|BM-27|BM-30|multiple[-\s]+(?:launch\s+)?rocket)\b/i;
/** Whether `text` attributes itself to `name` by its surname: "…, Savchuk said.", "Savchuk added that …" (rule speakerIntroducedBefore). */
function spokenBySurname(text: string, name: string): boolean {
  const surname = /\p{Lu}[\p{L}'’-]+$/u.exec(name)?.[0];
  if (!surname || surname === name) return false;
  const at = text.indexOf(surname);
  return at >= 0 && SPEECH_VERB.test(text.slice(Math.max(0, at - 12), at + surname.length + 14));
}
/** A country's voice: its air force, general staff, ministry, army or president (rule ourTerritory). */
const NATIONAL_VOICE =
  /\b(?:air\s+force|general\s+staff|defen[cs]e\s+ministry|ministry|armed\s+forces|military|army|president|MoD|(?:Ukraine|Russia|Belarus)['’]s)\b/i;
/** The same opening its sentence before a comma: "In our skies, nine drones were destroyed" (rule ourTerritory). */
const OUR_TERRITORY_OPENS = /^\s*(?:over|in|above|across|within)\s+our\s+(?:territory|skies|sky|airspace|land)\s*,/i;
/** "over our territory", "in our skies": the speaker's own ground, the region named just before (rule ourTerritory). */
const OUR_TERRITORY = /\b(?:over|in|above|across|within)\s+our\s+(?:territory|skies|sky|airspace|land)\b(?!\s+of\b)/i;
/** "…units, in the course of combat work to protect the region's airspace, destroyed two drones": the region named before (rule protectsRegionSky). */
const PROTECTS_REGION_SKY =
  /\b(?:protect|protects|protected|protecting|defend|defends|defended|defending|guard|guards|guarded|guarding|cover|covering)\s+the\s+(?:region|oblast|province|republic)['’]s\s+(?:airspace|skies|sky)\b/i;
/** Whether "protect the region's airspace" ends in sentence `s` before `end` (a body offset; rule protectsRegionSky). */
function skyProtectedBy(s: Span, end: number): boolean {
  // (the first match is the one that ends first: one pass over the sentence, no slice)
  const m = PROTECTS_REGION_SKY.exec(s.text);
  return m !== null && s.start + m.index + m[0].length <= end;
}
/** A locative "there" ("There the military downed 15", "15 were destroyed there"), not an existential one ("there were"). */
const THERE =
  /\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might|could|seems?|seemed|appears?|appeared|be|been|remains?|remained|must|should|can|exists?)\b|['’]s\b)/i;
/** ", which the air force calls decoys, were": a relative clause between commas, then the count's own verb. */
const RELATIVE_ASIDE = /^\s*,?\s*which\b[^,;:]*,\s*(?:(?:were|was|had|have|has|been|also|later)\s+)*$/i;
/** Between a count and its verb: ", the largest number in a month, were" (rule appositionAside). */
const APPOSITION_ASIDE =
  /^\s*,\s*(?:a|an|the|\p{Lu}[\p{L}-]*['’]s)\s[^,;:]*,\s*(?:(?:were|was|had|have|has|been|also|later|then|likewise|successfully|reportedly|all|subsequently)\s+)*(?:(?:shot|brought)\s+)?$/iu;
const ALSO_BEFORE = /(?:as well as|along with|together with|plus)\s+$/i;
const DASH_OR_COLON = new Set(['—', '–', '-', ':']);
const COURSE_VERBS = new Set(['flying', 'heading', 'moving', 'travelling', 'traveling', 'approaching', 'headed']);
const COURSE_AFTER = new Set(['towards', 'toward', 'to', 'for']);
const CLAIM_VERB = /^(?:intercepted|downed|destroyed|neutrali[sz]ed|suppressed|repelled|down)$/;

/** The comma that ends a set's phrase at `npTo`, read past a country that owns it ("334 drones of Ukraine,"), or -2 (no
 * token starts right after it). */
function setEndsAt(toks: Tok[], npTo: number): number {
  const k = toks[npTo]?.low === 'of' && /^(?:ukraine|russia)$/.test(toks[npTo + 1]?.low ?? '') ? npTo + 2 : npTo;
  return toks[k]?.raw === ',' ? k : -2;
}

/** "over the peninsula", "part of the peninsula", "the peninsula's west" (not "the Crimean peninsula", which the gazetteer reads). */
const THE_PENINSULA = /\bthe\s+peninsula\b/i;
/** Another peninsula named by name ("the Taman peninsula"): "the peninsula" may be that one. */
const OTHER_PENINSULA = /\b(?!Crimean\b)\p{Lu}\p{L}+\s+[Pp]eninsula\b/u;

/** The article names Crimea or Sevastopol and no other peninsula: "the peninsula" is Crimea. */
function crimeaNamed(body: string): boolean {
  return !OTHER_PENINSULA.test(body) && findPlaces(body).some((p) => p.code === 'UA-43' || p.code === 'UA-40');
}

/** The capitals wire bureaus file from (rule datelineNotScene). */
const BUREAU_CAPITALS: ReadonlySet<string> = new Set(['RU-MOW', 'UA-30', 'BY-HM']);

/** The one region (or city) the two sentences before `si` name, if exactly one, else the one the article names before them; for "over the region". */
function regionNamedBefore(
  sentences: Span[],
  si: number,
  body: string,
  /** "headed for the city": the city named before (a capital too), not a region. */
  city = false,
  /** Not places given only as reference points ("200 km south of Moscow"). */
  noReferences = false,
): string | null {
  const kindOk = (p: PlaceMention): boolean =>
    city
      ? (p.kind === 'capital' && !p.generic) || p.kind === 'place' || (p.kind === 'region' && CITY_REGIONS.has(p.code))
      : p.kind === 'region' || p.kind === 'place';
  for (let k = si - 1; k >= Math.max(0, si - 2); k--) {
    const s = sentences[k]!;
    const codes = [
      ...new Set(
        findPlaces(s.text)
          .filter(
            (p) =>
              kindOk(p) &&
              !(noReferences && referencePoint(s.text, p.start)) &&
              // ("MOSCOW (Reuters) - Residents of the Bryansk region …": a capital where the story was filed names no scene;
              // a regional city's dateline, "KHARKIV (AP) —", is the scene the correspondent went to; rule datelineNotScene)
              !(
                RULES.datelineNotScene &&
                BUREAU_CAPITALS.has(p.code) &&
                isDateline(body, p.start + s.start, p.end + s.start)
              ),
          )
          .map((p) => p.code),
      ),
    ];
    if (codes.length === 1) return codes[0]!;
    if (codes.length > 1) return null;
  }
  // "Residents of the Bryansk region were woken by loud bangs overnight. … The governor said three drones had been shot
  // down over the region": further back, the one region everything before names
  if (RULES.regionOfArticle && si > 2) {
    const before = body.slice(0, sentences[si - 2]!.start);
    const codes = new Set(
      findPlaces(before)
        .filter(
          (p) =>
            kindOk(p) && !(RULES.datelineNotScene && BUREAU_CAPITALS.has(p.code) && isDateline(body, p.start, p.end)),
        )
        .map((p) => p.code),
    );
    if (codes.size === 1) return [...codes][0]!;
  }
  return null;
}

/**
 * "The governor of the Kaluga region said a drone was downed over the south of the region": the one region the sentence
 * names before the count's clause as the speaker's ("governor of X", "the X regional administration", "X's governor")
 * or as its opening "In the X region," (rule regionPart); null when it names none or several so, or only in passing (a
 * route, a comparison, an origin: review).
 */
function regionNamedEarlierIn(body: string, from: number, to: number): string | null {
  if (to <= from) return null;
  const text = body.slice(from, to);
  const codes = new Set(
    findPlaces(text)
      .filter(
        (p) =>
          (p.kind === 'region' || p.kind === 'place') &&
          !referencePoint(text, p.start) &&
          (SPEAKER_OF_BEFORE.test(text.slice(Math.max(0, p.start - 40), p.start)) ||
            SPEAKER_AFTER.test(text.slice(p.end, p.end + 50)) ||
            OPENING_IN.test(text.slice(0, p.start))),
      )
      .map((p) => p.code),
  );
  return codes.size === 1 ? [...codes][0]! : null;
}
/** "governor of (the) X", "head of the X": the speaker's region after their title. */
const SPEAKER_OF_BEFORE =
  /\b(?:governor|head|mayor|administration|authorities|officials?|chief|leader)\s+of\s+(?:the\s+)?(?:(?:central|southern|northern|eastern|western|border|frontline)\s+)?$/i;
/** "X region governor", "the X regional military administration", "X's governor": the speaker's region before their title. */
const SPEAKER_AFTER =
  /^\s*(?:(?:region|oblast|province|krai|republic)\s*)?(?:['’]s\s+)?(?:regional\s+)?(?:military\s+)?(?:state\s+)?(?:governor|administration|head|authorities|mayor|officials?)\b/i;
/** A sentence that opens "In the X region,", "In X,". */
const OPENING_IN = /^\s*(?:[Ii]n|[Oo]ver)\s+(?:the\s+)?$/;

/** A quote that opens and does not close in its sentence. */
const OPEN_QUOTE_ONLY = /^\s*["“«][^"”»]*$/;

/**
 * "X, head of the region's administration, wrote this. 'The enemy had no chance. They destroyed all five …'", "…,' he
 * said": the sentence two after the official named is still their word when it says so (he/she said) or the quote the
 * sentence between opened goes on into it.
 */
function quotedOn(si: number, named: number, text: string, sentences: Span[]): boolean {
  if (si - named !== 2) return false;
  return PRONOUN_SPEECH.test(text) || OPEN_QUOTE_ONLY.test(sentences[si - 1]?.text ?? '');
}

/** "the region's governor", "the regional governor", "the regional military administration", "the mayor of that city", "the city's mayor": a title naming its place by reference. */
const TITLE_BY_REFERENCE =
  /\b(?:the\s+(?:region|oblast|province)['’]s\s+(?:governor|head|(?:military\s+)?administration|authorities)|the\s+regional\s+(?:governor|(?:military\s+)?administration|authorities)|(?:governor|head)\s+of\s+(?:the|that|this)\s+(?:region|oblast|province)\b|the\s+city['’]s\s+mayor|the\s+city\s+mayor|mayor\s+of\s+(?:the|that|this)\s+city\b)/i;

/** The jurisdiction of a claimant whose title names its place by reference: the one region (city) named before its sentence. */
function titleByReference(m: ClaimantMention, at: number, sentences: Span[], body: string): string | null {
  const s = sentences[at];
  if (!s) return null;
  const around = body.slice(Math.max(s.start, m.start - 30), Math.min(s.end, m.end + 30));
  const title = TITLE_BY_REFERENCE.exec(around);
  return title ? regionNamedBefore(sentences, at, body, /mayor/i.test(title[0]), true) : null;
}

/** The sentence opens with one adverb and a comma ("Preliminarily,", "Overall,", "Later,"). */
function openingAdverb(toks: Tok[]): boolean {
  const w = toks[0];
  return (
    w !== undefined && w.kind === 'w' && (w.low.endsWith('ly') || OPENING_ADVERBS.has(w.low)) && toks[1]?.raw === ','
  );
}
const OPENING_ADVERBS = new Set(['overall', 'later', 'then', 'afterwards', 'subsequently', 'altogether', 'earlier']);

/** Between a sea and a place it names: "near", "off", "close to", "not far from" (and "the coast / city / port of"). */
const NEAR_LANDMARK =
  /^\s*,?\s*(?:near|off|close\s+to|not\s+far\s+from|outside)\s+(?:the\s+)?(?:(?:coast|city|port|town)\s+of\s+)?$/i;

/** Of two regions, one a sea named first and the other a place named right after it by "near …": that sea, else null. */
function seaBeforeLandmark(
  body: string,
  places: readonly PlaceMention[],
  regions: readonly string[],
  seg: { start: number; end: number },
): string | null {
  const inSeg = places.filter((p) => p.start >= seg.start && p.end <= seg.end);
  const sea = inSeg.find((p) => p.kind === 'sea' && regions.includes(p.code));
  if (!sea) return null;
  const land = inSeg.find((p) => p.start > sea.end && p.code !== sea.code && regions.includes(p.code));
  return land && NEAR_LANDMARK.test(body.slice(sea.end, land.start)) ? sea.code : null;
}

/** Verbs that see threats without stopping them ("detected", "spotted"; "picked up" is read apart; rule detectedAndDowned). */
const DETECTION_VERBS: ReadonlySet<string> = new Set(['detected', 'spotted', 'tracked', 'identified', 'located']);
/**
 * The token of the verb of downing that takes the count `c` back as "it" / "them" after "and" ("and destroyed them",
 * "and then shot it down"), within 16 tokens of it, before the next count and the clause's end; else -1 (rule
 * detectedAndDowned).
 */
function downedByPronounAfter(toks: Tok[], c: Count, next: Count | undefined): number {
  const end = Math.min(next ? next.from : toks.length, c.npTo + 16);
  for (let k = c.npTo; k < end; k++) {
    const t = toks[k]!;
    if (t.raw === ';' || t.raw === ':' || t.raw === '.') return -1;
    if (t.low !== 'and') continue;
    const v = ADVERB_AFTER_AND.has(toks[k + 1]?.low ?? '') ? k + 2 : k + 1;
    const w = toks[v]?.low ?? '';
    const obj = toks[v + 1]?.low ?? '';
    if (DOWN_VERBS.has(w) && (obj === 'it' || obj === 'them') && toks[v + 2]?.low === 'down') return v;
    if (PRONOUN_DOWN_VERBS.has(w) && (obj === 'it' || obj === 'them' || obj === 'both')) return v;
  }
  return -1;
}
const ADVERB_AFTER_AND: ReadonlySet<string> = new Set(['then', 'later', 'subsequently', 'successfully']);
const PRONOUN_DOWN_VERBS: ReadonlySet<string> = new Set([
  'destroyed',
  'downed',
  'intercepted',
  'neutralised',
  'neutralized',
  'eliminated',
]);

/** "Specifically, …", "In particular, …", "Namely, …": a sentence that details the one before (rule elaborationOpener). */
const ELABORATION_OPENS =
  /^\W{0,2}(?:(?:More\s+)?[Ss]pecifically|In\s+particular|Namely|In\s+detail|More\s+precisely)\s*,/;

/** The one region or regional place a sentence names (not a country, a sea or a generic capital), else null. */
function oneRegionOf(text: string): string | null {
  let code: string | null = null;
  for (const p of findPlaces(text)) {
    if (p.kind !== 'region' && p.kind !== 'place') continue;
    if (code !== null && code !== p.code) return null;
    code = p.code;
  }
  return code;
}

/** A clause of contrast ("while …", "whereas …"): a scene of its own when it has its own report. */
const CONTRAST_OPENS = /^(?:while|whereas)\b/i;
/** A report of its own before the count ("while the air force said it had destroyed 13"; not "while air defence shot
 * down 8 others", whose scene is the opening place's, review). */
const OWN_REPORT = /\b(?:said|says|reported|reports|announced|claimed|stated|added)\b/i;

/** Right after a demonym: the defences it names ("Ukrainian air defences", "Russian anti-aircraft units"). */
const DEFENCES_AFTER = /^\s+(?:air[ -]defen[cs]es?|anti-aircraft|air force|defenders)\b/i;

/** The country of a sentence's demonym (or, rule possessiveDefences, a country's possessive) that names its air defences, else null (rule capitalOfDefender). */
function defenderDemonym(body: string, places: readonly PlaceMention[]): string | null {
  for (const p of places) {
    if (p.kind === 'demonym' && p.country && DEFENCES_AFTER.test(body.slice(p.end, p.end + 20))) return p.country;
    // ("…, 45 of which Ukraine's air defences shot down over the capital": a country's possessive on its defences, as the
    // demonym; rule possessiveDefences)
    if (
      RULES.possessiveDefences &&
      p.kind === 'country' &&
      POSSESSIVE_S.test(body.slice(p.end, p.end + 2)) &&
      DEFENCES_AFTER.test(body.slice(p.end + 2, p.end + 22))
    )
      return p.code;
  }
  return null;
}
const POSSESSIVE_S = /^['’]s$/;

/** "…of downed drones, 17,": the participle of an interception directly before a weapon noun, within six tokens before `to`; else 0. */
function downedNounBefore(toks: Tok[], to: number): number {
  for (let k = to - 1; k >= Math.max(1, to - 6); k--) {
    if (/^(?:downed|intercepted|destroyed|neutrali[sz]ed)$/.test(toks[k]!.low) && weaponHeadAt(toks, k + 1)) return k;
  }
  return 0;
}

/** The last interception verb before token `to` ("shot down", "intercepted"), or -1. */
function lastClaimVerb(toks: Tok[], to: number): number {
  for (let k = to - 1; k >= 0; k--)
    if (
      CLAIM_VERB.test(toks[k]!.low) &&
      (toks[k]!.low !== 'down' || /^(?:shot|brought|taken)$/.test(toks[k - 1]?.low ?? ''))
    )
      return k;
  return -1;
}
const PERIOD_HINT = {
  test: (t: string): boolean => t.includes('month') || t.includes('year') || t.includes('ince') || t.includes('war'),
};
const SAME_PERIOD = /\b(?:over|during|in|for)\s+(?:the\s+same|that|this)\s+(?:period|time)\b/i;
/** "since then", "since that time": the span a sentence before opened ("since February 2022, when …"; rule sinceThen). */
const SINCE_THEN = /\bsince\s+(?:then|that\s+(?:time|day|date))\b/i;
const EACH_WORD = /\b(?:each|apiece)\b/i;
const EACH_WITH_MORE =
  /^\s*,?\s*(?:(?:as well as|and also|and|plus)\s+(?:over|in|above|across)\b|(?:and\s+)?(?:over|in|above|across)\s+the\b|and\s+the\s+\p{Lu})/iu;
/** A line that lists counts and places with no verb ("8 – over the territory of Bryansk region,", "The breakdown: 25 in Kursk, …"). */
const VERBLESS_LIST =
  /^(?:[•·▪►*–—-]\s*)?(?:[\p{L}\s]{0,40}:\s*)?(?:(?:(?:in|over)\s+)?(?:\d+\s+|the\s+)?other\s+(?:regions|areas|oblasts|provinces)\s*[–—:-]\s*\d|(?:(?:at least|over|more than|up to|about|another|a further)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|single)\b[^.]{0,12}?(?:\s*[–—:-]\s*|\s+)(?:\p{L}+\s+){0,2}?(?:over|in|above|near|across|—|–)\b|(?:(?:in|over|above)\s+)?(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?(?:\s+(?:region|oblast|krai|republic|Region|Oblast|Krai|Republic))?\s*[–—:-]\s*\d)/iu;
/** Thirteen to ninety-nine in words ("forty-seven", "seventeen"). */
const TENS_IN_WORDS = String.raw`(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;
/** The same with the tens and teens in words ("— forty-seven UAVs over the territory of the Belgorod region"; rule tensInLists). */
const VERBLESS_LIST_WIDE = new RegExp(
  VERBLESS_LIST.source.replace('|a dozen|single)', `|a dozen|single|${TENS_IN_WORDS})`),
  'iu',
);
/**
 * The same with a count in words after a place's colon or dash ("Rostov: three drones", "Tula region – five"), as a
 * digit is read there (rule wordsAfterPlace).
 */
const PLACE_THEN_DIGIT = String.raw`\s*[–—:-]\s*\d)`;
// (a word's own hyphen is no dash: not "fifty-one", read as a place "fifty" and its count "one"; nor is a word count
// before "of", "more" or another number one: "Kursk: one of the targets", "Rostov: one more time", "Lviv: seven thirty";
// review)
const PLACE_THEN_COUNT = String.raw`(?:\s*[–—:-]\s*\d|(?:\s*[–—:]\s*|\s+-\s*|-\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|${TENS_IN_WORDS})\b(?![\s-]+(?:of|more|o['’]clock|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))\b)))`;
const VERBLESS_LIST_WORDS = new RegExp(VERBLESS_LIST_WIDE.source.replace(PLACE_THEN_DIGIT, PLACE_THEN_COUNT), 'iu');
/** The same with a two-word noun after the count ("49 unmanned aircraft – over the territory of …"; rule twoWordNounList). */
// (only before a dash or colon: not "One unmanned aircraft blew up in the settlement of …"; review)
const VERBLESS_LIST_LONG_NOUN = new RegExp(
  VERBLESS_LIST_WORDS.source.replace(
    String.raw`\b[^.]{0,12}?(?:`,
    String.raw`\b(?:\s+(?:unmanned|uncrewed)\s+aircraft(?=\s*[–—:-])|[^.]{0,12}?)(?:`,
  ),
  'iu',
);
/** The verbless list pattern the switchable rules ask for. */
function verblessList(): RegExp {
  if (!RULES.tensInLists) return VERBLESS_LIST;
  if (!RULES.wordsAfterPlace) return VERBLESS_LIST_WIDE;
  return RULES.twoWordNounList ? VERBLESS_LIST_LONG_NOUN : VERBLESS_LIST_WORDS;
}
/**
 * A numbered item goes on with the claim before it only with that claim's weapon and side, and no airfield: not "2.
 * Kharkiv: 3 guided bombs" after "1. … shot down 15 drones over the Rostov region", nor "2. Engels: 2 Tu-95 bombers"
 * (rule numberedItems, review).
 */
function itemGoesOn(text: string, claim: Claim): boolean {
  if (AIRFIELD_WORD.test(text)) return false;
  const toks = tokens(text, 0);
  for (let k = 0; k < toks.length; k++) {
    const w = WEAPON_HEADS.get(toks[k]!.low);
    if (w !== undefined && w !== claim.weapon) return false;
  }
  return findPlaces(text).every(
    (p) => p.kind === 'demonym' || (p.kind === 'country' ? p.code : countryOfRegion(p.code)) === claim.country,
  );
}

/** A list line that is a count and its threats alone: "• 57 Shahed-136/131 attack UAVs;", "- 4 X-59 guided missiles." (rule typedItemList). */
const TYPED_ITEM =
  /^\s*(?:[•·▪►*–—-]\s*)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[\w/’'-]+\s+){0,4}?(?:drones|UAVs|missiles|rockets|bombs|aircraft|helicopters|jets|Shaheds|targets|(?:unmanned|uncrewed)\s+aerial\s+vehicles)\s*[;,.]?\s*$/i;
/** Sentence `si` is one of the count lines right under a line ending on a colon (rule typedItemList). */
function inTypedList(sentences: readonly Span[], si: number): boolean {
  if (!TYPED_ITEM.test(sentences[si]!.text)) return false;
  let k = si - 1;
  while (k >= 0 && si - k <= 8 && TYPED_ITEM.test(sentences[k]!.text)) k--;
  return k >= 0 && si - k <= 8 && /:\s*$/.test(sentences[k]!.text);
}
/** A numbered list's item number, which the sentence splitter leaves as a sentence of its own ("3." before "Ulyanovsk: 3 drones"). */
const ITEM_NUMBER_ONLY = /^\s*\d{1,2}[.)]\s*$/;
/** "They were two Iskander missiles, two Kh-59 cruise missiles and 16 drones": the threats just counted, told by type. */
const FLYING = new Set(['flying', 'operating', 'manoeuvring', 'maneuvering']);
const OVER_WORDS = new Set(['over', 'above', 'across']);
const OVER_OPENER = /^\W*(?:Over|Above|Across|Off)\s/;
/** Right after a count, its course and nothing placed before it: "… drones flying towards Dagestan", "… attacking the capital". */
const COURSE_AFTER_COUNT =
  /^\s*(?:(?:that|which)\s+were\s+)?(?:flying|heading|headed|moving|travelling|traveling|approaching|attacking|targeting|aimed\s+at|en\s+route)\b[^,;:]*$/i;
const COPULAR_NUMBERS = (
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen ' +
  'nineteen twenty thirty forty fifty sixty seventy eighty ninety'
)
  .split(' ')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
/** "Three were over the Bryansk region and three over the Kursk region": parts of the claim before, placed with "were" (rule copularPlaced). */
const COPULAR_PLACED = new RegExp(
  String.raw`^(?:(?:[Aa]t least|[Aa]bout|[Ss]ome|[Aa]nother|[Aa] further)\s+)?(?:\d+|(?:${COPULAR_NUMBERS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\s+(?:were|was)\s+(?:in\s+the\s+(?:air|sky|skies)\s+)?(?:over|above|across)\s+(?:the\s+)?\p{Lu}`,
  'u',
);
/** "…specified that four were over the territory of …", "added that 12 were in the Kursk region" (rule specifiedThatPlaced). */
const SPECIFIED_THAT_PLACED = new RegExp(
  String.raw`\b(?:specified|added|clarified|detailed|explained|noted)\s+that\s+(?:(?:at least|about|some)\s+)?(?:\d+|(?:${COPULAR_NUMBERS}))\s+(?:were|was)\s+(?:over|above|across|in)\s+(?:the\s+)?(?:territory\s+of\s+(?:the\s+)?)?\p{Lu}`,
  'iu',
);
const COPULAR_PARTS =
  /^(?:They|These|Those)\s+(?:were|are)\s+(?:(?:at least|about|some)\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^;]*$/;
/** A line up to its first comma or semicolon: a breakdown item's own clause ("— 22 UAVs over the Moscow region, among them 19 that were heading for Moscow"). */
function headClause(text: string): string {
  const end = text.search(/[,;]/);
  return end < 0 ? text : text.slice(0, end);
}
/** "The ministry listed", "It counted", "The governor's post itemised": who lists a tally, then the list (rule listedBreakdown). */
const TALLY_HEAD =
  /^(?:(?:the|its|it|he|she|they)\s+)?(?:[\p{L}’'-]+\s+){0,3}?(?:listed|counted|tallied|itemi[sz]ed)\s+/iu;
/** A sentence that is a verbless list after a verb of listing ("The ministry listed 36 more over the Bryansk region, …"). */
function listedAfterTally(text: string): boolean {
  const head = TALLY_HEAD.exec(text);
  if (!head) return false;
  const rest = text.slice(head[0].length);
  return verblessList().test(rest) && !ANY_VERB.test(headClause(rest));
}
/** Any verb that would make the line a statement of its own. */
const ANY_VERB =
  /\b(?:was|were|is|are|has|have|had|said|says|reported|launched|fired|hit|struck|killed|injured|wounded|damaged|attacked|recorded|fell)\b/i;
/** A sentence that restates the count before it with a definite subject: "The drones were shot down over …", "They were downed over …". */
const RESTATEMENT =
  /^["“«]?\s*(?:(?:according\s+to|citing)\s+[^,.]{1,60},\s*|(?:it|he|she|they|the\s+\w+(?:\s+\w+)?|(?:[\w’'-]+\s+){1,3}?[\w’'-]+)\s+(?:said|says|added|reported|reports|noted|specified|clarified)\s+(?:that\s+)?)?(?:(?:all\s+(?:of\s+)?)?(?:they|these|those|(?:the\s+)?(?:enemy\s+|russian\s+|ukrainian\s+|attack\s+|strike\s+|kamikaze\s+|combat\s+|cruise\s+|ballistic\s+)*(?:drones?|uavs?|(?:unmanned|uncrewed|pilotless)\s+aerial\s+vehicles?|missiles?|rockets?|targets|aerial targets|air targets|shaheds?|bombs?))\b(?:[^.]{0,40}|\s+(?:were|was|had\s+been)\s+(?:launched|fired|sent)\s+from\s+[^.]{1,80}?\s+and\s+(?:were\s+|was\s+)?(?:then\s+)?)\b(?:shot down|downed|intercepted|destroyed|neutrali[sz]ed|brought down|taken down)\b|[^.]{0,60}\b(?:shot|brought)\s+(?:them|these|those|all of them)\s+down\b|[^.]{0,160}\b(?:shot down|downed|destroyed|intercepted|neutrali[sz]ed)\s+all\s+(?:of\s+)?(?:the\s+)?(?:enemy\s+|russian\s+|ukrainian\s+|attack\s+)*(?:drones|uavs|(?:unmanned|uncrewed|pilotless)\s+aerial\s+vehicles|missiles|rockets|targets|shaheds)\b|(?:the\s+)?(?:interceptions?|shootdowns?|downings?)\s+(?:(?:all\s+)?(?:took\s+place|occurred|happened)|(?:were|was)\s+(?:recorded|registered|reported))\b)[^.]{0,140}\b(?:over|in|above|near|on\s+the\s+outskirts\s+of)\b/i;
/** The same, with every verb of a downing the first alternative knows in the "all the drones" and "them down" forms ("brought down all enemy drones in the Kyiv, Poltava … regions"; rule restatementVerbs). */
const RESTATEMENT_WIDE = new RegExp(
  RESTATEMENT.source
    .replace(
      String.raw`intercepted|neutrali[sz]ed)\s+all\s+`,
      String.raw`intercepted|neutrali[sz]ed|(?:brought|took|taken|knocked) down|eliminated)\s+all\s+`,
    )
    .replace(
      String.raw`(?:shot|brought)\s+(?:them|these|those|all of them)`,
      String.raw`(?:shot|brought|took|knocked)\s+(?:them|these|those|all of them)`,
    ),
  'i',
);
/** RESTATEMENT, or RESTATEMENT_WIDE with rule restatementVerbs. */
function restatementPattern(): RegExp {
  return RULES.restatementVerbs ? RESTATEMENT_WIDE : RESTATEMENT;
}
/** Where a sentence's clauses meet: ", and", "; ". */
const CLAUSE_JOIN = /,\s+and\s+|;\s+/g;

/**
 * The sentence, or the clause of it after ", and" / "; ", that restates the count before it (RESTATEMENT): "All the
 * drones took off from the Oryol region, and the downings happened over the regions of …" places the count by its
 * second clause, and only by it.
 */
function restatingClause(s: { start: number; text: string }): { start: number; text: string } | null {
  const restatement = restatementPattern();
  // ("14 of the 17 missiles fired had been destroyed. All missiles aimed at the capital were destroyed": the threats on
  // their way to one target are a part, not the count told again; rule aimedPartNotRestated)
  if (RULES.aimedPartNotRestated && AIMED_PART_OPENS.test(s.text)) return null;
  if (restatement.test(s.text)) return s;
  CLAUSE_JOIN.lastIndex = 0;
  for (let m = CLAUSE_JOIN.exec(s.text); m !== null; m = CLAUSE_JOIN.exec(s.text)) {
    const at = m.index + m[0].length;
    const clause = s.text.slice(at);
    if (restatement.test(clause)) return { start: s.start + at, text: clause };
  }
  return null;
}

/** A sentence that opens on all the threats aimed at one place ("All missiles aimed at the capital were …"; rule aimedPartNotRestated). */
const AIMED_PART_OPENS =
  /^["“]?\s*all\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:drones|UAVs|missiles|rockets|targets|Shaheds)\s+(?:that\s+were\s+)?(?:aimed|directed|heading|headed|flying|fired|launched)\s+(?:at|towards?|for)\b/i;

/** Cheap test before dating a sentence that has no claim. */
const DATE_HINT = /\d|day\b|overnight|tonight|night/i;

/** Why a number in the article did or did not become a claim (`skytally extract --explain`). */
export interface Decision {
  /** The number as written, with its offsets into the body. */
  text: string;
  start: number;
  end: number;
  claim: boolean;
  /** The rule that decided it, in words. */
  rule: string;
}

/**
 * The claims of one article. A bug throws: callers (the extract stage) retry
 * and dead-letter, so an error never passes for "no claims". Input that is not
 * an article (no body) gives no claims.
 */
export function extractClaims(article: ArticleInput): ExtractedClaim[] {
  return extract(article, null, {});
}

/** Replaceable parts, for measuring a library against the hand-written rule it would replace (libs/extraction/test/nlp-trial.ts). */
export interface Parts {
  sentences?: (text: string) => Span[];
  eventDate?: (sentence: string, publishedAt: string | null) => string | null;
}

export function extractClaimsWith(article: ArticleInput, parts: Parts): ExtractedClaim[] {
  return extract(article, null, parts);
}

/** The claims and, for every number in the body, the rule that decided whether it is a claim. */
export function explainClaims(article: ArticleInput): { claims: ExtractedClaim[]; decisions: Decision[] } {
  const decisions: Decision[] = [];
  const claims = extract(article, decisions, {});
  const original = typeof article?.body === 'string' ? article.body : '';
  const body = textForRules(original);
  // numbers no rule looked at: sentences without an interception word, dates, model numbers
  const seen = new Set(decisions.map((d) => d.start));
  for (const s of splitSentences(body)) {
    const toks = tokens(s.text, s.start);
    for (let i = 0; i < toks.length; i++) {
      const n = numberAt(toks, i, s.text, s.start);
      if (!n || n.weak) continue;
      const start = toks[n.from]!.start;
      const end = toks[n.to - 1]!.end;
      if (!seen.has(start) && !decisions.some((d) => start >= d.start && start < d.end)) {
        decisions.push({
          text: original.slice(start, end),
          start,
          end,
          claim: false,
          rule: TRIGGER.test(s.text)
            ? 'not a count of aerial threats (a date, a model number, or the noun is not a weapon)'
            : 'the sentence has no interception word',
        });
      }
      i = n.to - 1;
    }
  }
  decisions.sort((a, b) => a.start - b.start);
  // the rules' notes quote the folded text; a reader sees the article's own characters
  if (body !== original) for (const d of decisions) d.text = original.slice(d.start, d.end);
  return { claims, decisions };
}

/** The body as the rules read it: look-alikes, layout, interjections, hashtags and Title Case folded, one character for one. */
function textForRules(original: string): string {
  return foldTitleCase(
    blankHashtags(blankInterjections(foldLayout(blankQuotedWeaponNames(foldDottedOrigin(foldLookAlikes(original)))))),
  );
}

function extract(article: ArticleInput, trace: Decision[] | null, parts: Parts): ExtractedClaim[] {
  const original = typeof article?.body === 'string' ? article.body : '';
  // the rules read ASCII hyphens and apostrophes; offsets are the same in both, evidence is quoted from the original
  const body = textForRules(original);
  const articleId =
    typeof article?.articleId === 'string' && article.articleId.length > 0 ? article.articleId : 'unknown';
  const publishedAt = typeof article?.publishedAt === 'string' ? article.publishedAt : null;
  // ("Six drones tried to strike X. Air defence brought them down": the one downing no trigger word of a sentence names)
  if (body.length === 0 || !mayClaim(body)) return [];
  const sentences = withoutFurniture((parts.sentences ?? splitSentences)(body), publishedAt);
  /** Each sentence's text is body.slice(start, end) (splitSentences'; a replaced splitter may not say so). */
  const sentencesOfBody = parts.sentences === undefined;
  const eventDateOf = parts.eventDate ?? ruleEventDate;
  // Places and weapon words are looked up lazily: most sentences never need them.
  const lookups = new ArticleLookups(body);
  const drafts: Draft[] = [];
  /** Counts vetoed as tallies over a month or longer, whose repeats are no claims either (rule tallyRestated). */
  const tallies: TallyMention[] = [];
  let seaMemo: [string | null] | undefined;
  let crimeaMemo: [boolean] | undefined;
  /** Whether the article names a crewed type anywhere (rule aircraftAfterDrones), read when first asked. */
  let mannedMemo: [boolean] | undefined;
  let navalOnlyMemo: [boolean] | undefined;
  /** The sentences that tell drones downed (rule aircraftInDroneArticle; crewed words are mannedMemo's), read when first asked. */
  let droneDownedMemo: number[] | undefined;
  let last: Draft | null = null;
  let prevSentenceClaimant: ClaimantMention | null = null;
  let prevClaimantSentence = -1;
  // Sentences without a claim are read for a claimant and a date only when a claim needs them (most never do): they
  // wait here (by index), latest last, and settle*() reads them from the latest back: what reading each in turn gave.
  const unreadClaimants: number[] = [];
  let articleDate: string | null = null;
  const undatedSentences: Span[] = [];
  /** The last claim made in a sentence with an interception word: what a verbless breakdown line continues. */
  let anchor: Draft | null = null;
  let articleAttacker: string | null = null;
  let lastSet: SetMention | null = null;
  /** Where the last set was named and whether its clause covers a month or longer ("launched 4,000 drones since the war began"). */
  let setTally: { sentence: number; tally: boolean } | null = null;
  /**
   * The one place a launch sentence sends its set at ("22 drones attacked Crimea"): where its parts were stopped, when they
   * name none (`generic`: that place is "the capital" unnamed, whose country the part's side tells; rule
   * genericCapitalTarget).
   */
  let setTarget: {
    set: SetMention;
    regions: string[];
    sentence: number;
    generic: boolean;
    /** A set told as detected (rule detectedSetTarget), and the country its threats came from, if told. */
    detected?: { origin: string | null };
    /** A set told only as on its course to the place (rule courseSet), and the country its threats came from, if told. */
    course?: { origin: string | null };
  } | null = null;
  /** The places of each sentence, read once (a sentence's own, and again when a later count looks back at it). */
  const placesMemo: Array<PlaceMention[] | undefined> = [];
  const placesOfSentence = (k: number): PlaceMention[] => (placesMemo[k] ??= placesInSentence(body, sentences[k]!));
  /** Sentences with counts the attack's target placed, and the largest (rule attackTargetPlace): parts of that attack. */
  const attackPlaced = new Map<number, number>();
  /** A country-scope claim whose places may come in the next sentence ("…14 of 20 drones. They were downed over A, B and C."). */
  let awaitingPlace: Awaiting | null = null;

  // (methods of one object, not functions bound to names: see ArticleLookups)
  const reading = {
    settleClaimant(si: number): void {
      // a claimant named before the two sentences before `si` is never read (the conditions at `carried` below), so
      // when none is found in those two, any older one is as good as none
      let found = false;
      for (let k = unreadClaimants.length - 1; k >= 0 && unreadClaimants[k]! >= si - 2; k--) {
        const u = sentences[unreadClaimants[k]!]!;
        const named = lastOf(findClaimantsIfAny(u.text, u.start));
        if (named) {
          [prevSentenceClaimant, prevClaimantSentence, found] = [named, unreadClaimants[k]!, true];
          break;
        }
      }
      if (!found && unreadClaimants.length > 0 && unreadClaimants[0]! < si - 2)
        [prevSentenceClaimant, prevClaimantSentence] = [null, -10];
      unreadClaimants.length = 0;
    },
    claimantsNamed(claimants: ClaimantMention[], si: number): void {
      if (claimants.length === 0) return;
      [prevSentenceClaimant, prevClaimantSentence] = [lastOf(claimants), si];
      unreadClaimants.length = 0;
    },
    settleArticleDate(): void {
      for (let k = undatedSentences.length - 1; k >= 0; k--) {
        const date = eventDateOf(undatedSentences[k]!.text, publishedAt);
        if (date) {
          articleDate = date;
          break;
        }
      }
      undatedSentences.length = 0;
    },
    /**
     * "Six UAVs tried to strike the Bryansk region. Air defence units brought them down …", "Every enemy target was
     * destroyed", "the drones were all destroyed above A, B and C": the whole set of a launch sentence just before, none of
     * it claimed yet, downed by reference (claims.md, edge case 9; rule setDowned). Pushes the claim and says whether it did.
     */
    // (last claim and awaited claim passed in, the claim handed back: assigned here, the loop's state would live in a
    // closure context and cost every access)
    claimWholeSet(
      si: number,
      s: Span,
      claimants: ClaimantMention[] | null,
      last: Draft | null,
      awaitingPlace: Awaiting | null,
    ): Draft | null {
      // (a sentence with no trigger word downs a set only as "brought them down"; a claim told before the set, still
      // awaiting its places, is what a restatement after it places)
      if (!RULES.setDowned || si === 0 || (claimants === null && !THEM_DOWN.test(s.text))) return null;
      if (awaitingPlace && si - awaitingPlace.sentence <= 2) return null;
      const ref = downedReference(s.text);
      if (!ref) return null;
      // the launch sentence is read only now (most sentences never need it): the latest of the two before, none of its
      // set claimed since
      let set: { sentence: number; sets: SetMention[] } | null = null;
      for (let k = si - 1; k >= Math.max(0, si - 2) && set === null; k--) {
        if (last !== null && last.sentence >= k) break;
        const t = sentences[k]!;
        if (!SET_HINT.test(t.text) || TRIGGER.test(t.text)) continue;
        const sets = findCounts(tokens(t.text, t.start), t.text, t.start)
          .filter((c) => c.weapon !== null && c.weapon !== 'aircraft' && !c.bare && !c.definite)
          .map((c) => ({ value: c.value, qualifier: c.qualifier, weapon: c.weapon! }));
        if (sets.length > 0) set = { sentence: k, sets };
      }
      let whole = set ? wholeOf(ref, set.sets) : null;
      // ("74 drones were sent … The drones were intercepted over several regions" after "the destruction of 51 drones":
      // "the drones" without "all" may restate a claim of them told before, so it counts the whole set only when none
      // was; rule definitePluralSet)
      // (and only right after the launch: "… 12 drones at Moscow. Some reached the city. The drones were intercepted" are
      // the rest)
      // (nor when the launch sentence counts two sets of that weapon, "45 drones on Sunday and 60 on Monday", nor with a
      // part through or a strike on the ground told, "except one that hit a school"; second review)
      if (
        whole &&
        ref.definite &&
        (set!.sentence !== si - 1 ||
          drafts.some((d) => d.claim.weapon === whole!.weapon) ||
          set!.sets.filter((x) => x.weapon === whole!.weapon).length > 1 ||
          new Set(sentences[set!.sentence]!.text.match(DAY_WORD)?.map((d) => d.toLowerCase())).size > 1 ||
          DEFINITE_SET_VETO.test(s.text))
      )
        whole = null;
      const wholeRegions =
        set && whole ? (placesOfRestatement(s) ?? targetOf(body, sentences[set.sentence]!, SET_TARGET_BEFORE)) : null;
      let wholeCountry = wholeRegions?.map(countryOfRegion).find((x): x is string => x !== null) ?? null;
      // "Russia launched 19 drones overnight. Ukraine shot all of them down": no place, the side the set was sent at
      if (set && whole && !wholeRegions && RULES.wholeSetCountry)
        wholeCountry = defenderOfSet(sentences[set.sentence]!);
      if (!set || !whole || !wholeCountry) return null;
      reading.settleClaimant(si);
      const found = claimants ?? findClaimants(s.text, s.start);
      const named = lastOf(found);
      const speaker = named ?? (si - prevClaimantSentence <= 2 ? prevSentenceClaimant : null);
      const evEnd = trimEnd(body, s.start, s.end);
      const own = eventDateOf(s.text, publishedAt);
      let eventDate = own ?? eventDateOf(sentences[set.sentence]!.text, publishedAt);
      if (!eventDate) {
        reading.settleArticleDate();
        eventDate = inheritedDate(articleDate, publishedAt);
      }
      const draft: Draft = {
        claim: {
          articleId,
          count: whole.value,
          qualifier: whole.qualifier,
          weapon: whole.weapon,
          scope: wholeRegions ? 'region' : 'country',
          regions: wholeRegions ? [...wholeRegions].sort() : [],
          country: wholeCountry,
          claimant: speaker?.text ?? null,
          eventDate,
          evidence: { text: body.slice(s.start, evEnd), start: s.start, end: evEnd },
        },
        sentence: si,
        partitive: false,
        listItem: false,
        outOf: false,
        countEnd: s.start + whole.end,
        countStart: s.start + whole.start,
        firstInSentence: true,
        claimantExplicit: named !== null,
        partOf: null,
        alsoOf: false,
        unplaced: false,
      };
      if (trace)
        trace.push({
          text: s.text.slice(whole.start, whole.end),
          start: s.start + whole.start,
          end: s.start + whole.end,
          claim: true,
          rule: `the whole set of ${whole.value} counted just before, downed by reference; ${
            wholeRegions ? `placed at ${draft.claim.regions.join(', ')}` : `country scope (${wholeCountry})`
          }`,
        });
      reading.claimantsNamed(found, si);
      if (own) [articleDate, undatedSentences.length] = [own, 0];
      else undatedSentences.push(s);
      return draft;
    },
  };

  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    // a breakdown sentence may carry no interception word: "Of these, 29 were over Kursk Oblast",
    // "The breakdown: 25 in Kursk, 10 in each of Oryol and Tula", "8 – over the territory of Bryansk region,"
    // (read as a range of the body when the sentence is one: see LiteralSets.scan)
    const hints = sentencesOfBody ? HINTS.scan(body, s.start, s.end) : HINTS.scan(s.text);
    const triggered = triggeredWith(s.text, hints);
    const verbless =
      !triggered &&
      last !== null &&
      anchor !== null &&
      // (or further back, when the line before announces a list: "Here are the regions and the numbers downed:")
      (si - last.sentence <= 1 ||
        (si - last.sentence <= 3 && /:\s*$/.test(sentences[si - 1]!.text)) ||
        // ("2. Rostov: 15 drones destroyed / 3. Ulyanovsk: 3 drones": past the item's number, rule numberedItems)
        (RULES.numberedItems &&
          si - last.sentence === 2 &&
          ITEM_NUMBER_ONLY.test(sentences[si - 1]!.text) &&
          itemGoesOn(s.text, last.claim))) &&
      // ("They were two ballistic missiles, two cruise missiles and 16 attack drones": the claim before, told by type)
      ((verblessList().test(s.text) && !ANY_VERB.test(headClause(s.text))) ||
        // ("The ministry listed 36 more over the Bryansk region, 27 over Voronezh …": a list told by a verb of listing, rule
        // listedBreakdown)
        (RULES.listedBreakdown && listedAfterTally(s.text)) ||
        // ("…destroyed 95 air targets in the air battle: / • 57 Shahed-136/131 attack UAVs; / • 34 … cruise missiles;":
        // lines of a count and its threats under a line that ends on a colon; rule typedItemList)
        (RULES.typedItemList && inTypedList(sentences, si)) ||
        COPULAR_PARTS.test(s.text) ||
        (RULES.copularPlaced && COPULAR_PLACED.test(s.text)) ||
        // ("…, which specified that four were over the territory of the Republic of Crimea, two over the Black Sea, …":
        // the same told after "specified / added that"; rule specifiedThatPlaced)
        (RULES.specifiedThatPlaced && SPECIFIED_THAT_PLACED.test(s.text)));
    // ("The total also took in 16 drones over …": the total it breaks down, read once for the sentence; rule totalIncluded)
    const total = RULES.totalIncluded && TOTAL_INCLUDED.test(s.text) ? totalBefore(drafts, si) : null;
    const continuesBreakdown =
      !triggered &&
      ((last !== null &&
        si - last.sentence <= 1 &&
        (BREAKDOWN.test(s.text) ||
          (RULES.includedBreakdown && INCLUDED_BREAKDOWN.test(s.text)) ||
          (RULES.addedBreakdown && ADDED_BREAKDOWN.test(s.text)))) ||
        // ("…destroyed 46 drones. Among them were seven over the region around Moscow. The total also took in 16 …": the
        // total two sentences back; rule totalIncluded)
        total !== null ||
        verbless ||
        // "All 28 attack drones fell over Poltava, …" right after the claim of 28 (rule fellRestated)
        (RULES.fellRestated &&
          last !== null &&
          si - last.sentence <= 2 &&
          (hints & HAS_FELL_PIECE) !== 0 &&
          FELL.test(s.text)));
    // ("six ATACMS missiles had been used against Sevastopol. Air defence intercepted five of them": a set told as used or
    // aimed against a place is sent there as an attack's is; rule usedAgainstSet)
    const usedAgainst = !triggered && RULES.usedAgainstSet && (hints & HAS_USED_AGAINST_PIECE) !== 0;
    // ("Twelve Ukrainian drones went for the Russian capital Moscow. … The other eight were hit by air defence": a set
    // on its course to a place, whose parts a later sentence downs there; rule courseSet)
    // (not a part of a set told before, "Of the 40 drones, 12 headed for Moscow", nor a delivery; review)
    const onCourse =
      !triggered &&
      RULES.courseSet &&
      (hints & HAS_COURSE_PIECE) !== 0 &&
      COURSE_SET.test(s.text) &&
      !COURSE_NOT_ATTACK.test(s.text);
    // "Russia attacked Ukraine overnight with 101 drones. … air defences had shot down 63": the article's attacker
    const attackHint = (hints & HAS_ATTACK_PIECE) !== 0 && ATTACK_HINT.test(s.text);
    // ("Russia once again launched a drone offensive against Ukraine": an adverb between, rule attackerAdverb)
    // ("Russian forces launched 80 drones overnight": a side's forces attacking, rule demonymAttacker)
    const attackerHere =
      (attackHint
        ? (attackerNamed(s.text) ??
          (RULES.attackerAdverb ? ATTACKER_ADVERB.exec(s.text)?.[1] : undefined) ??
          (RULES.demonymAttacker ? DEMONYM_LAUNCHED_COUNT.exec(s.text)?.[1] : undefined))
        : undefined) ??
      (usedAgainst ? AIMED_BY.exec(s.text)?.[1] : undefined) ??
      // ("Russia sent 52 attack drones against Ukraine overnight. Air defence shot down 37 of them": a country that sent
      // the threats is the attacker, as one that launched them is; rule sentAttacker)
      (RULES.sentAttacker && (hints & HAS_SENT_PIECE) !== 0 ? SENT_ATTACKER.exec(s.text)?.[1] : undefined);
    if (attackerHere) articleAttacker = SPEAKER_COUNTRY[attackerHere] ?? articleAttacker;
    // "Russia fired 31 missiles overnight." — the set a later "all of them" counts
    if ((attackHint && !triggered) || usedAgainst || onCourse) {
      const setToks = tokens(s.text, s.start);
      const setCounts = findCounts(setToks, s.text, s.start);
      const set = largestSet(setCounts);
      lastSet = set ?? lastSet;
      if (set && RULES.tallyPart) setTally = { sentence: si, tally: setIsTally(setToks, setCounts, set, s) };
      if (set && RULES.setTargetPlace) {
        const regions = targetOf(
          body,
          s,
          onCourse && !attackHint && !usedAgainst ? COURSE_TARGET_BEFORE : TARGET_BEFORE,
        );
        setTarget = regions
          ? {
              set,
              regions,
              sentence: si,
              generic: RULES.genericCapitalTarget && onlyGenericCapital(s, regions),
              ...(onCourse && !attackHint && !usedAgainst
                ? { course: { origin: setCounts.find((o) => o.value === set.value)?.origin ?? null } }
                : {}),
            }
          : null;
      }
    } else if (
      !triggered &&
      RULES.detectedSetTarget &&
      (hints & HAS_DETECTED_PIECE) !== 0 &&
      DETECTED_OVER.test(s.text)
    ) {
      // "Ten drones were detected over the territory of Crimea … Seven drones were shot down": a set seen over one place,
      // whose parts a later sentence downs there (rule detectedSetTarget)
      const seen = findCounts(tokens(s.text, s.start), s.text, s.start);
      const set = largestSet(seen);
      lastSet = set ?? lastSet;
      if (set && RULES.setTargetPlace) {
        const regions = targetOf(body, s, DETECTED_BEFORE);
        const origin = seen.find((o) => o.value === set.value && o.weapon === set.weapon)?.origin ?? null;
        setTarget = regions ? { set, regions, sentence: si, generic: false, detected: { origin } } : null;
      }
    } else if (!triggered && (hints & HAS_SENT_PIECE) !== 0 && SENT.test(s.text)) {
      // "Around 28 strike drones were sent at the peninsula. … all of them were shot down": the set a later "all of
      // them" counts (a sending names no tally here; its sender is read above, rule sentAttacker)
      const set = largestSet(findCounts(tokens(s.text, s.start), s.text, s.start));
      lastSet = set ?? lastSet;
      // ("Ukraine had sent 23 kamikaze drones against the Crimean Peninsula. Air-defence systems destroyed 15 of them":
      // the place a set was sent against or at, whose parts a later sentence downs there; rule sentTarget)
      if (set && RULES.sentTarget && RULES.setTargetPlace) {
        const regions = targetOf(body, s, TARGET_BEFORE);
        if (regions)
          setTarget = {
            set,
            regions,
            sentence: si,
            generic: RULES.genericCapitalTarget && onlyGenericCapital(s, regions),
          };
      }
    }
    if (!triggered && !continuesBreakdown) {
      // "Ukrainian troops brought them down over the Poltava … regions": a restatement that places the count before it
      const restating = awaitingPlace && si - awaitingPlace.sentence <= 2 ? restatingClause(s) : null;
      if (awaitingPlace && restating) {
        placeRestated(awaitingPlace.drafts, restating);
        awaitingPlace = null;
      } else if (awaitingPlace && RULES.aimedRestated && si - awaitingPlace.sentence === 1) {
        // "…shot down three Kalibr cruise missiles. The missiles were fired from a ship in the Black Sea and were aimed
        // at Odesa Oblast": the set told again with its target, and no other place, is placed there (claims.md, edge
        // case 11: the target when the text gives no other place; rule aimedRestated)
        const aimed = aimedTarget(s.text, sentences[awaitingPlace.sentence]!.text);
        if (aimed) {
          placeRestated(awaitingPlace.drafts, { start: s.start, text: aimed });
          if (awaitingPlace.drafts.some((d) => d.restated)) awaitingPlace = null;
        }
      }
      // (with no claimants passed, claimWholeSet reads only a sentence THEM_DOWN matches: one with "them" in it)
      const whole: Draft | null =
        (hints & HAS_THEM) !== 0 ? reading.claimWholeSet(si, s, null, last, awaitingPlace) : null;
      if (whole) {
        drafts.push(whole);
        last = anchor = whole;
        awaitingPlace = null;
        continue;
      }
      unreadClaimants.push(si);
      if (drafts.length === 0 && DATE_HINT.test(s.text)) undatedSentences.push(s);
      continue;
    }
    // "14 drones (UAVs) were destroyed": a short aside in brackets is read past, not as a clause break
    const text = maskAsides(s.text);
    const toks = tokens(text, s.start);
    // a line with no closing stop is a headline ("Russian drone downed over Kyiv region")
    const headline = !/[.!?…"”'»)]\s*$/.test(s.text);
    // (the counts claimed in the sentences before: what "the rest" may be the remainder of)
    let counts = findCounts(
      toks,
      text,
      s.start,
      last?.claim.count ?? null,
      lastSet,
      true,
      () => claimedBefore(drafts, si),
      headline,
    );
    const setHere = largestSet(counts);
    lastSet = setHere ?? lastSet;
    const priorSetTally = setTally;
    // "They included five over the Kursk region, …": parts of the claim before only when they can be (its weapon or none,
    // each no larger than it), not the three Kinzhals of a launched set "they" may mean
    // (and "To those are added 24 in Voronezh, …", rule addedBreakdown)
    // (the added ones only as verbless "24 in Voronezh" items: "12 drones that struck Kursk" keeps its own verb)
    const includedParts =
      last !== null &&
      ((RULES.includedBreakdown && INCLUDED_BREAKDOWN.test(s.text)) ||
        (RULES.addedBreakdown && ADDED_BREAKDOWN.test(s.text) && counts.every((o) => addedItem(toks, o.npTo)))) &&
      counts.every((o) => (o.weapon === null || o.weapon === last!.claim.weapon) && o.value <= last!.claim.count);
    const totalParts =
      total !== null &&
      counts.every((o) => (o.weapon === null || o.weapon === total.claim.weapon) && o.value < total.claim.count);
    if (setHere && RULES.tallyPart) setTally = { sentence: si, tally: setIsTally(toks, counts, setHere, s) };
    // ("Moscow Mayor Sergei Sobolev wrote … According to Mr Sobolev, five more were stopped": the official named before)
    let honorificBefore: ClaimantMention | null = null;
    if (HONORIFIC.test(s.text)) {
      reading.settleClaimant(si);
      honorificBefore = si - prevClaimantSentence <= 2 ? prevSentenceClaimant : null;
    }
    let claimants = findClaimants(s.text, s.start, honorificBefore);
    // (so for a surname alone that the officials' list placed, rule listedSurnameNamedBefore; only findClaimants knows
    // which mentions those are, so the official named before is looked up after it, and only for them)
    if (claimants.some((m) => m.listed)) {
      reading.settleClaimant(si);
      const before = si - prevClaimantSentence <= 2 ? prevSentenceClaimant : null;
      claimants = claimants.map((m) => (m.listed ? resolveListed(m, before) : m));
    }
    // "The bomb was brought down on the outskirts of …": a definite singular that restates a claim awaiting its place
    if (
      counts.length > 0 &&
      counts.every((c) => c.definite) &&
      awaitingPlace &&
      si - awaitingPlace.sentence <= 2 &&
      awaitingPlace.drafts.some((d) => counts.some((c) => c.weapon === null || c.weapon === d.claim.weapon)) &&
      restatementPattern().test(s.text)
    )
      counts = [];
    if (counts.length === 0) {
      const whole = reading.claimWholeSet(si, s, claimants, last, awaitingPlace);
      if (whole) {
        drafts.push(whole);
        last = anchor = whole;
        awaitingPlace = null;
        continue;
      }
      // "The drones were shot down over the Kherson, Sumy and Poltava regions": a restatement that places the count before it
      const restating = awaitingPlace && si - awaitingPlace.sentence <= 2 ? restatingClause(s) : null;
      if (awaitingPlace && restating) {
        placeRestated(awaitingPlace.drafts, restating);
        awaitingPlace = null;
      }
      reading.claimantsNamed(claimants, si);
      undatedSentences.push(s);
      continue;
    }
    const sentPlaces = placesOfSentence(si);
    const segs = segmentsOf(text, s.start, sentPlaces);
    let prev = null as { gov: Governor; weapon: Weapon | null } | null;
    let claimsHere = 0;
    /** The "were flying over" verb a part of the claim before was read past (rule flyingOverPart), or -1. */
    let flyingAt = -1;
    let sentenceAttacker: string | null | undefined;
    let sentenceDate: string | null | undefined;
    /** The place the officials this sentence opens on are named by (rule otherOfficials), read once per sentence. */
    let othersMemo: [string | null | undefined] | undefined;
    let samePeriodTally: boolean | undefined;
    let lossGoesOn: boolean | undefined;
    let otherWarHere: boolean | undefined;
    let thisWarHere: boolean | undefined;

    for (let ci = 0; ci < counts.length; ci++) {
      const c = counts[ci]!;
      // (the governor of the count before, as that count's turn left it: `prev` is this count's own by the time it is placed)
      const prevGov = prev?.gov ?? null;
      if (c.denominator) {
        // the set a part is taken from: its weapon is the part's ("Of the 122 missiles and drones fired at Ukraine, 114 were intercepted")
        prev = { gov: { polarity: 'other', at: -1 }, weapon: c.weapon };
        continue;
      }
      // "All 28 attack drones fell over Poltava, Mykolaiv …": the count just claimed, restated with its places
      // (c.from > 0 tested, not toks[-1] read: a read before an array's start is a case the optimised code of extract()
      // may not have seen, and seeing it throws that code away)
      const restated =
        awaitingPlace && si - awaitingPlace.sentence <= 2 && c.from > 0 && toks[c.from - 1]!.low === 'all'
          ? awaitingPlace.drafts.find(
              (d) => d.claim.count === c.value && (c.weapon === null || c.weapon === d.claim.weapon),
            )
          : undefined;
      if (restated) {
        placeRestated([restated], s);
        note(trace, body, toks, c, false, () => 'a restatement of the count before it: it gives that claim its places');
        awaitingPlace = null;
        continue;
      }
      let gov = governorOf(toks, c, counts);
      // "Air defence detected two Ukrainian drones over the Ryazan region and destroyed them": a count seen by a verb of
      // detection, then downed by a coordinated verb with "it" or "them" for it (rule detectedAndDowned)
      if (
        RULES.detectedAndDowned &&
        ((gov.polarity === 'other' && gov.at >= 0 && DETECTION_VERBS.has(toks[gov.at]!.low)) ||
          // ("picked up a Ukrainian drone … and shot it down": the phrasal verb the lexicon does not hold)
          (gov.polarity === 'none' && toks[c.from - 1]?.low === 'up' && toks[c.from - 2]?.low === 'picked'))
      ) {
        const k = downedByPronounAfter(toks, c, counts[ci + 1]);
        if (k >= 0) gov = { polarity: 'claim', at: k };
      }
      // "the attack included seven Shahed drones and five cruise missiles, which were destroyed": a relative clause after
      // a pair of counts joined by "and" tells both downed, when the first has no verb of its own (rule pairWhichRelative)
      if (
        RULES.pairWhichRelative &&
        (gov.polarity === 'none' || gov.polarity === 'neutral') &&
        ci + 1 < counts.length
      ) {
        const next = counts[ci + 1]!;
        if (
          toks[c.npTo]?.low === 'and' &&
          next.from === c.npTo + 1 &&
          toks[next.npTo]?.raw === ',' &&
          toks[next.npTo + 1]?.low === 'which'
        ) {
          const g = governorOf(toks, next, counts);
          if (g.polarity === 'claim' && g.at > next.npTo + 1) gov = g;
        }
      }
      // "downed a Su-25 and wiped out four Mi-8 helicopters at an airfield": a verb reached across an earlier count does
      // not govern a count that has a verb of its own before it and stands on the ground
      if (
        RULES.groundVerbs &&
        gov.polarity === 'claim' &&
        ci > 0 &&
        gov.at >= 0 &&
        gov.at < counts[ci - 1]!.from &&
        /^\p{Ll}+$/u.test(toks[c.from - 1]?.raw ?? '') &&
        !/^(?:and|or|as|plus|including|with|another|further|also|of|by|while)$/.test(toks[c.from - 1]!.low) &&
        onGroundAfter(body.slice(toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end, s.end))
      )
        gov = { polarity: 'other', at: c.from - 1 };
      const partitive = c.partitive || OF_THESE.test(s.text) || includedParts || totalParts;
      // "Russia fired 472 drones and seven missiles at Ukraine, 385 of which were neutralized": a part of a mixed set
      const mixed =
        c.bare &&
        (c.partitive ||
          // ("…81 drones and two Iskander-M ballistic missiles at Ukraine, of which 69 were shot down": the part after "of
          // which", rule ofWhichMixed)
          (RULES.ofWhichMixed &&
            toks[c.from - 2]?.low === 'of' &&
            (toks[c.from - 1]?.low === 'which' || toks[c.from - 1]?.low === 'them') &&
            // (not right after the last count's phrase, "…23 missiles and 25 drones, of which 10 over …", whose part of
            // the drones it is: only past the words after both, "… at Ukraine, of which 69")
            ci >= 1 &&
            toks[counts[ci - 1]!.npTo]?.raw !== ',')) &&
        ci >= 2 &&
        counts[ci - 1]!.weapon !== null &&
        counts[ci - 2]!.weapon !== null &&
        counts[ci - 1]!.weapon !== counts[ci - 2]!.weapon &&
        /^\s*and\s*$/.test(body.slice(toks[counts[ci - 2]!.npTo - 1]!.end, toks[counts[ci - 1]!.from]!.start)) &&
        // ("two missiles and two fighter jets, one of them over A and the other over B": the pair is the count of two
        // just before)
        !(c.value === 1 && counts[ci + 1]?.pairOther === true && counts[ci - 1]!.value === 2);
      // "…nine intercepted UAVs, while Smolensk Oblast recorded five": a count with no verb of its own takes the sense of the one before
      let rule: string | null = null; // set when a rule other than the count's own verb decides (for --explain)
      /** The count takes the verb of the count before it: an item of the same list ("17 targets: four planes, six drones"). */
      let listedAfter = false;
      // "4 over the Moscow region (2 of them were flying towards Moscow)": a part of the set just claimed, told with its
      // course ("were flying / heading towards"), is downed with it (claims.md, edge case 11)
      let partWeapon: Weapon | null = null;
      let courseAt = -1;
      if (
        gov.polarity === 'other' &&
        c.partitive &&
        prev?.gov.polarity === 'claim' &&
        COURSE_VERBS.has(toks[gov.at]?.low ?? '') &&
        // "2 of them were flying towards", or right after the part ("14 of them flying towards Moscow")
        (toks[gov.at - 1]?.low === 'were' || toks[gov.at - 1]?.low === 'was' || gov.at === c.npTo) &&
        COURSE_AFTER.has(toks[gov.at + 1]?.low ?? '')
      ) {
        courseAt = gov.at;
        gov = prev.gov;
        rule = 'a part of the count before it, told with its course';
        // "2 of the aircraft" after drones: the drones (Russian reports call them flying craft)
        if (c.weapon === 'aircraft' && prev.weapon === 'drone') partWeapon = 'drone';
      }
      // "shot down 334 Ukrainian drones, 93 of which fell in the Moscow region": a part of the set just claimed that fell
      // over a named place is where that part was downed (rule partFellAt; not "fell on homes", where no place is told)
      if (
        RULES.partFellAt &&
        gov.polarity === 'other' &&
        c.partitive &&
        prev?.gov.polarity === 'claim' &&
        // right after the set it is part of, which is downed, not a launched set ("40 of the 50 drones, 10 of which fell")
        // and not across another clause ("40 drones, but 10 got through, 3 of which fell"; review)
        ci > 0 &&
        !counts[ci - 1]!.denominator &&
        !counts[ci - 1]!.partitive &&
        (toks[counts[ci - 1]!.from - 1]?.low !== 'of' || toks[counts[ci - 1]!.from - 2]?.low === 'total') &&
        setEndsAt(toks, counts[ci - 1]!.npTo) + 1 === c.from &&
        gov.at === c.npTo &&
        toks[gov.at]?.low === 'fell' &&
        /^(?:in|over|near|across)$/.test(toks[gov.at + 1]?.low ?? '') &&
        sentPlaces.some((p) => p.start === toks[gov.at + 2]?.start || p.start === toks[gov.at + 3]?.start)
      ) {
        gov = prev.gov;
        rule = 'a part of the count before it, fallen over a named place';
      }
      // "brought down every drone and missile Russia fired at the capital, nine Kinzhal missiles among them": a part of the
      // set the clause before downed, named after a comma with "among them"
      if (
        RULES.amongThem &&
        gov.polarity !== 'claim' &&
        toks[c.from - 1]?.raw === ',' &&
        toks[c.npTo]?.low === 'among' &&
        toks[c.npTo + 1]?.low === 'them' &&
        c.weapon !== null
      ) {
        // the nearest interception verb before it in the same clause (not across ", and Russia fired 40 missiles, nine …
        // among them")
        let v = -1;
        for (let k = c.from - 2; k >= 0 && v < 0; k--) {
          const t = toks[k]!;
          if (
            t.raw === ';' ||
            t.raw === ':' ||
            (t.raw === ',' && /^(?:and|but|while|whereas)$/.test(toks[k + 1]?.low ?? ''))
          )
            break;
          if (t.kind === 'w' && verbPolarity(toks, k) === 'claim') v = k;
        }
        if (v >= 0) {
          gov = { polarity: 'claim', at: v };
          rule = 'a part ("N … among them") of the set the clause before downed';
        }
      }
      // "Of these, 29 were flying illegally over the Belgorod region, five over the Voronezh region": a part told where it
      // flew, as "were over" tells it, and the items listed after it, which that verb governs too (rule flyingOverPart)
      if (
        RULES.flyingOverPart &&
        gov.polarity === 'other' &&
        gov.at >= 0 &&
        gov.at === flyingAt &&
        prev?.gov.polarity === 'claim'
      )
        gov = prev.gov;
      else if (
        RULES.flyingOverPart &&
        gov.polarity === 'other' &&
        partitive &&
        !prev &&
        FLYING.has(toks[gov.at]?.low ?? '') &&
        (toks[gov.at - 1]?.low === 'were' || toks[gov.at - 1]?.low === 'was') &&
        OVER_WORDS.has(toks[gov.at + (toks[gov.at + 1]?.low.endsWith('ly') ? 2 : 1)]?.low ?? '')
      ) {
        flyingAt = gov.at;
        gov = { polarity: 'none', at: -1 };
      }
      // "…downed 186 drones and 16 missiles, but hits from 10 missiles and 26 drones were recorded at nine locations" (the
      // air force's daily report): counts of hits got through, and the items after them go with them (rule hitsRecorded)
      if (RULES.hitsRecorded && gov.polarity !== 'claim' && hitsOf(toks, c.from))
        gov = { polarity: 'other', at: c.from - 2 };
      if ((gov.polarity === 'neutral' || gov.polarity === 'none') && !negatedBefore(toks, c)) {
        // "used 36 missiles, of which Ukraine intercepted 23, and 25 drones, of which it intercepted 21": a count after a
        // part taken "of which", itself followed by ", of which", is the next set, not a count downed with that part
        // (nor a count in apposition to the one before, "A Su-25, a jet based in Crimea, was shot down": the same
        // threat; rule appositionAside)
        // (nor a count after a verb negated since the count before: "intercepted seven of the eight cruise missiles, but they
        // could not stop the ballistic missile", rule negatedVerbBetween)
        if (
          prev?.gov.polarity === 'claim' &&
          !(ci > 0 && setOfWhichAfter(toks, c) && inOfWhichClause(toks, counts[ci - 1]!)) &&
          !inAppositionTo(toks, c, counts) &&
          !(RULES.negatedVerbBetween && ci > 0 && negationBetween(toks, counts[ci - 1]!.npTo, c.from)) &&
          // (nor one whose own verb tells it landing on something: "four drones had been shot down …, while another UAV
          // had fallen onto a building"; rule ownImpactVerb)
          !(RULES.ownImpactVerb && impactRightAfter(toks, c.npTo)) &&
          // (nor people hurt: "…raids that left one person dead and five others hurt"; rule othersHurt)
          !(RULES.othersHurt && OTHERS_HURT_AFTER.test(body.slice(toks[c.numTo - 1]!.end, toks[c.numTo - 1]!.end + 40)))
        ) {
          gov = prev.gov;
          rule = 'no verb of its own: takes the interception verb of the count before it';
          listedAfter = true;
        }
        // "Of these, 29 were over Kursk Oblast": a breakdown of the last claim
        // (not "one of six next-generation weapons": a numbered set that is not the claim's count is another set)
        else if (
          !prev &&
          partitive &&
          last &&
          si - last.sentence <= 1 &&
          !(RULES.otherSetPart && c.setValue !== undefined && c.setValue !== last.claim.count) &&
          !(RULES.partStruck && partStruck(toks, c.npTo))
        ) {
          gov = { polarity: 'claim', at: -1 };
          rule = 'a partitive breakdown ("of these") of the claim before it';
        } else if (
          ci === 0 &&
          c.from > 0 &&
          DASH_OR_COLON.has(toks[c.from - 1]!.raw) &&
          lastClaimVerb(toks, c.from - 1) >= 0
        ) {
          // "…drones were shot down on the night of May 25 — 116 drones in total", "…was destroyed over the Rostov region - 37": the count the statement before it announces
          gov = { polarity: 'claim', at: lastClaimVerb(toks, c.from - 1) };
          rule = 'the count a statement before a dash or colon announces';
        } else if (
          ALSO_BEFORE.test(body.slice(Math.max(s.start, toks[c.from]!.start - 16), toks[c.from]!.start)) &&
          lastClaimVerb(toks, c.from) >= 0
        ) {
          // "…were shot down, as well as 148 drones outside the war zone": the verb of the clause before
          gov = { polarity: 'claim', at: lastClaimVerb(toks, c.from) };
          rule = 'joined by "as well as" to the interception before it';
        } else if (
          c.bare &&
          toks[c.from - 1]?.raw === ',' &&
          toks[c.npTo]?.raw === ',' &&
          downedNounBefore(toks, c.from - 1)
        ) {
          // "the largest number of downed drones, 17, was recorded over the Tula region": the count of the downed threats named before it
          gov = { polarity: 'claim', at: downedNounBefore(toks, c.from - 1) };
          rule = 'an apposition to downed threats named before it';
        } else if (verbless && anchor && c.value <= anchor.claim.count) {
          gov = { polarity: 'claim', at: -1 };
          rule = 'a verbless breakdown line after a claim';
        }
      }
      const countStart = toks[c.from]!.start;
      // "The fixed-wing drones struck 14 regions, … where the batteries shot down six aircraft", "Other drone attacks hit …,
      // and one of the aircraft was brought down": a plain "aircraft" after drones named earlier in the sentence is those
      // drones told again (a manned type, "military", "fighter" or a model keeps it an aircraft)
      if (
        c.weapon === 'aircraft' &&
        partWeapon === null &&
        plainAircraft(toks, c) &&
        DRONE_WORD.test(body.slice(s.start, countStart)) &&
        // ("shot down 45 drones and two aircraft": drones counted before it are other threats than the aircraft; but
        // "17 drones in Kursk … and another aircraft in Oryol" adds one more of them, rule anotherAircraft)
        (!counts.slice(0, ci).some((o) => o.weapon === 'drone') ||
          // ("one drone was destroyed in the Kherson region, four aircraft in the Mykolaiv region and seven drones in the
          // Odesa region", "nine drones in the south: two aircraft in Kherson and seven in Odesa": an item of a list of
          // drones, between a drone count and one of drones or of no noun; rule aircraftInDroneList)
          (RULES.aircraftInDroneList &&
            counts[ci - 1]?.weapon === 'drone' &&
            counts[ci + 1] !== undefined &&
            (counts[ci + 1]!.weapon === 'drone' || counts[ci + 1]!.weapon === null) &&
            !(mannedMemo ??= [MANNED_WORD.test(body) || CREWED_MORE.test(body)])[0] &&
            // ("Sukhoi", "planes": crewed words of their own; review)
            !CREWED_IN_LIST.test(body) &&
            // (an item of a list of places: "four aircraft in the Mykolaiv region", second review)
            PLACE_WORDS_AFTER.has(toks[c.npTo]?.low ?? '')) ||
          (RULES.anotherAircraft &&
            toks[c.from]?.low === 'another' &&
            c.npTo - c.from === 2 &&
            // (not when the sentence names a crewed type: "another aircraft, a Su-25 attack jet", review)
            !MANNED_WORD.test(s.text))) &&
        // ("drones went after the airfield, when three aircraft had been destroyed": aircraft on the ground, the drones' targets)
        !AIRFIELD_WORD.test(s.text)
      )
        partWeapon = 'drone';
      // "The drones were eliminated between 20.00 and 22.30 by air defence. Six aircraft were intercepted over the Bryansk
      // region": a plain "aircraft" right after a sentence about drones, in an article that names no crewed type, is those
      // drones told again (rule aircraftAfterDrones)
      if (
        RULES.aircraftAfterDrones &&
        c.weapon === 'aircraft' &&
        partWeapon === null &&
        plainAircraft(toks, c) &&
        ((si > 0 &&
          DRONE_WORD.test(sentences[si - 1]!.text) &&
          // (a sentence that tells the drones downed, not only launched: review)
          DOWNED_WORD.test(sentences[si - 1]!.text)) ||
          // ("22 aircraft had been shot down" in an article about drones that names no crewed type anywhere: the drones,
          // as Russian reports call them flying craft; rule aircraftInDroneArticle)
          // (not beside a drone count of its own sentence, nor from the aircraft's own sentence, nor in an article that
          // speaks of pilots, choppers or airliners; second review)
          (RULES.aircraftInDroneArticle &&
            !counts.some((o) => o.weapon === 'drone') &&
            (droneDownedMemo ??= droneDowned(sentences)).some((k) => k !== si))) &&
        !counts.slice(0, ci).some((o) => o.weapon === 'drone') &&
        !AIRFIELD_WORD.test(s.text) &&
        !(mannedMemo ??= [MANNED_WORD.test(body) || CREWED_MORE.test(body)])[0]
      )
        partWeapon = 'drone';
      // "One F-16 put all four of its missiles into cruise missiles and then used its cannon to shoot down three more": the
      // aircraft counted before, the subject of the verb that downs this bare count, is the interceptor, not the threat
      // (rule interceptorNotThreat)
      const interceptor =
        RULES.interceptorNotThreat &&
        prev?.weapon === 'aircraft' &&
        prev.gov.polarity !== 'claim' &&
        c.weapon === null &&
        gov.at > counts[ci - 1]!.npTo &&
        gov.at < c.from;
      let before =
        (c.weapon === null || c.weapon === 'unknown') && (!prev?.weapon || interceptor)
          ? lastWeaponBefore(lookups.weaponWords(), countStart)
          : null;
      // ("Russia launched 65 Shahed drones and a missile overnight. Air defences brought down 46 of them": a part larger
      // than one is not of the single threat named last, but of the set named before it; rule partOfLargerSet)
      if (RULES.partOfLargerSet && before !== null && c.partitive && c.value > 1) {
        const earlier = beforeSingleThreat(lookups.weaponWords(), countStart, body);
        if (earlier !== null) before = earlier;
      }
      // ("Six aircraft were intercepted over Bryansk … Three more – in the Kaluga region": the aircraft before were drones
      // told again, rule aircraftAfterDrones)
      if (
        RULES.aircraftAfterDrones &&
        before === 'aircraft' &&
        !(mannedMemo ??= [MANNED_WORD.test(body) || CREWED_MORE.test(body)])[0] &&
        DRONE_WORD.test(body.slice(0, countStart))
      )
        before = 'drone';
      // "…repelled an attack by surface drones. So far four drones have been destroyed": plain drones destroyed right
      // after naval drones were named (no aerial word between, no air defence or downing in the sentence) are those boats
      const navalDrones =
        c.weapon === 'drone' &&
        c.npTo - c.numTo === 1 &&
        /^drones?$/.test(toks[c.npTo - 1]?.low ?? '') &&
        gov.at >= 0 &&
        /^(?:destroy|eliminat|neutrali)/.test(toks[gov.at]?.low ?? '') &&
        !AERIAL_DOWNING.test(s.text) &&
        lastWeaponBefore(lookups.weaponWords(), countStart) === 'naval';
      // "Sevastopol governor reports a drone shot down near the city … a surface drone had been spotted at sea": in an
      // article whose only drones named by kind are naval and that names nothing aerial, a plain "drone" is that boat
      const navalArticle =
        c.weapon === 'drone' &&
        /^drones?$/.test(toks[c.npTo - 1]?.low ?? '') &&
        c.npTo - c.numTo <= 1 &&
        // (the aerial words first: nearly every article names one early, and the naval test reads the whole body)
        (navalOnlyMemo ??= [!AERIAL_MARKER.test(body) && NAVAL_DRONE.test(body)])[0];
      // "four objects have been destroyed" after "an attack by surface drones": not aerial; "destroyed five Ukrainian
      // drones in the Black Sea, naval drones this time": an apposition that tells the drones are naval
      if (
        ((c.weapon === null || c.weapon === 'unknown') && !prev?.weapon && before === 'naval') ||
        (c.weapon === 'drone' && NAVAL_APPOSITION.test(body.slice(toks[c.npTo - 1]!.end, s.start + s.text.length))) ||
        navalDrones ||
        navalArticle ||
        (RULES.vesselHead && vesselHead(toks, c.npTo - 1))
      ) {
        note(trace, body, toks, c, false, () => 'the thing counted is a naval drone or boat (not aerial)');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon: null };
        continue;
      }
      // ("In 2024 Ukraine's defence forces shot down over 12.7 thousand RF missiles and attack UAVs, 38 aircraft, …" in an
      // article of 2025: a sentence opening on a year before the article's is that year's tally; rule pastYearTally)
      if (RULES.pastYearTally && pastYearOpener(s.text, publishedAt)) {
        note(trace, body, toks, c, false, () => 'a tally of a year before the article: no claim of one night');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon: null };
        continue;
      }
      // ("…destroyed 36 of the occupiers' UAVs, 19 were knocked off course (locationally lost)", "24 lost in location —
      // they crashed by themselves": what the air force counts as lost from its tracking is no interception, claims.md
      // edge case 6; rule locationallyLost)
      if (RULES.locationallyLost && LOCATIONALLY_LOST.test(clauseAfter(body, toks[c.npTo - 1]!.end))) {
        note(trace, body, toks, c, false, () => 'lost from tracking ("locationally lost"): no interception');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon: null };
        continue;
      }
      // ("President Zelensky said almost all of the 72 flying objects had been shot down": a share told only as "almost all"
      // leaves the count downed untold, rule nearlyAllOf; "Ukrainian forces shot down all but 12 of the drones launched that
      // day": the count is of those not downed, rule allButCount)
      const allBefore = body.slice(Math.max(s.start, toks[c.from]!.start - 30), toks[c.from]!.start);
      if (
        (RULES.nearlyAllOf && NEARLY_ALL_BEFORE.test(allBefore)) ||
        (RULES.allButCount && c.value > 1 && ALL_BUT_BEFORE.test(allBefore))
      ) {
        note(
          trace,
          body,
          toks,
          c,
          false,
          () => 'a set told with "almost all" or "all but" downed: not the count downed',
        );
        prev = { gov: { polarity: 'other', at: gov.at }, weapon: null };
        continue;
      }
      // "Tehran's downing in 2020 of a Ukrainian passenger plane": an airliner is no aerial threat (rule civilianAircraft)
      if (
        RULES.civilianAircraft &&
        c.weapon === 'aircraft' &&
        CIVILIAN_AIRCRAFT.test(body.slice(toks[c.from]!.start, toks[c.npTo - 1]!.end))
      ) {
        note(trace, body, toks, c, false, () => 'the aircraft counted is a civilian one (not a threat)');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon: null };
        continue;
      }
      // "…three Ukrainian drones had also been destroyed. … 'The three aircraft were destroyed'": the definite count of
      // aircraft restates the drones just counted (unmanned aircraft, as ministry copy calls them)
      const dronesAgain =
        c.weapon === 'aircraft' &&
        c.value >= 2 &&
        (toks[c.from]?.low === 'the' || toks[c.from - 1]?.low === 'the') &&
        drafts.some((d) => d.claim.weapon === 'drone' && d.claim.count === c.value && si - d.sentence <= 3);
      // ("…foiled an attack with Czech-made RM-70 Vampire multiple rocket launchers. It confirmed that 11 projectiles had
      // been destroyed": an MLRS's projectiles, named in the sentence before, are rockets; rule mlrsBefore)
      const mlrsShells =
        RULES.mlrsBefore &&
        c.weapon === 'unknown' &&
        GENERIC_SHELLS.has(toks[c.npTo - 1]?.low ?? '') &&
        (MLRS_NAMED.test(s.text) || (si > 0 && MLRS_NAMED.test(sentences[si - 1]!.text))) &&
        // (not beside missiles or bombs, a mixed attack: "with Grad rockets and Storm Shadow cruise missiles … 18
        // projectiles were shot down"; review)
        !OTHER_ARMS.test(s.text) &&
        !(si > 0 && OTHER_ARMS.test(sentences[si - 1]!.text));
      const weapon: Weapon =
        partWeapon ??
        (dronesAgain ? 'drone' : null) ??
        (mlrsShells ? 'rocket' : null) ??
        // ("…three unmanned aerial vehicles were detected over Kyiv. Air defence … shot all three objects down": generic
        // objects as many as the threats of one weapon the sentence before counted are those threats; rule objectsOfSet)
        // ("…while the drones, of which 13 were downed, came from several directions": the plural threats right before ",
        // of which" are the part's; rule ofWhichNoun)
        (RULES.ofWhichNoun &&
        c.bare &&
        toks[c.from - 2]?.low === 'of' &&
        (toks[c.from - 1]?.low === 'which' || toks[c.from - 1]?.low === 'them') &&
        toks[c.from - 3]?.raw === ','
          ? headWeaponAt(toks, c.from - 4)
          : null) ??
        // ("…, while the drones, 12 of which were brought down, came in from several directions": the same with the count
        // before "of which"; rule countOfWhichNoun)
        (RULES.countOfWhichNoun &&
        toks[c.from - 1]?.raw === ',' &&
        toks[c.numTo]?.low === 'of' &&
        (toks[c.numTo + 1]?.low === 'which' || toks[c.numTo + 1]?.low === 'them')
          ? headWeaponAt(toks, c.from - 2)
          : null) ??
        // (only a set the sentence before told with no downing of its own, "were detected", "were launched": a count
        // downed there is another statement, "14 drones were shot down over Kyiv. … 14 aerial targets were destroyed …")
        (RULES.objectsOfSet &&
        c.weapon === 'unknown' &&
        si > 0 &&
        GENERIC_OBJECTS.has(toks[c.npTo - 1]?.low ?? '') &&
        !TRIGGER.test(sentences[si - 1]!.text)
          ? weaponCountedBefore(sentences[si - 1]!, c.value)
          : null) ??
        c.weapon ??
        (mixed ? 'unknown' : null) ??
        (interceptor ? null : prev?.weapon) ??
        (before === 'naval' ? null : before) ??
        'unknown';
      if ((samePeriodTally ??= samePeriodTallyAt(sentences, si))) {
        note(
          trace,
          body,
          toks,
          c,
          false,
          () => 'a cumulative tally: "the same period" refers to a month or longer named before',
        );
        continue;
      }
      // "Russia has launched 4,000 drones since the war began. Of those, 3,100 were shot down", "…launched 2,500 drones
      // during October; air defences shot down 2,100 of them": a part of a set counted over a month or longer is a tally
      if (RULES.tallyPart && partitive && c.bare && partOfTally(toks, counts, ci, s, si, priorSetTally)) {
        note(trace, body, toks, c, false, () => 'a cumulative tally: a part of a set counted over a month or longer');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon };
        continue;
      }
      // "Russia sent eight drones against Ukrainian territory, and these too were destroyed": a set its own sentence downs
      // by reference after it, before any other interception word
      if (
        RULES.setDownedHere &&
        ((gov.polarity === 'other' && gov.at >= 0 && LAUNCH_VERB.test(toks[gov.at]!.low)) ||
          // ("had attacked overnight with 19 drones and one guided missile": a launch verb just before, read past)
          (gov.polarity === 'none' && launchVerbBefore(toks, c.from))) &&
        weapon !== null &&
        !c.bare
      ) {
        const downedAt = downedHereAfter(toks, text, s.start, c, weapon);
        if (downedAt >= 0) {
          gov = { polarity: 'claim', at: downedAt };
          rule = 'a set its own sentence downs by reference after it ("and these too were destroyed")';
        }
      }
      // "air defence intercepted 28 of the drones … All 28 attack drones fell over Poltava, Mykolaiv …": a count just claimed,
      // restated with "fell" and its places, is that claim (claims.md, edge case 2)
      const fellAt = [gov.at, c.npTo].find(
        (k) => k >= 0 && (toks[k]?.low === 'fell' || (toks[k]?.low === 'came' && toks[k + 1]?.low === 'down')),
      );
      if (
        RULES.fellRestated &&
        gov.polarity !== 'claim' &&
        fellAt !== undefined &&
        c.value >= 2 &&
        drafts.some(
          (d) => d.claim.count === c.value && d.claim.weapon === weapon && d.sentence < si && si - d.sentence <= 2,
        )
      ) {
        gov = { polarity: 'claim', at: fellAt };
        rule = 'a count just claimed, restated with "fell" and its places';
      }
      // (not after a set named in the sentence, "Of the 14 missiles Russia fired, four fell over …", nor with what the part
      // then did, "… and hit homes"; review)
      const overAt = fellAt === undefined ? -1 : fellAt + 1;
      if (
        RULES.fellOverPart &&
        gov.polarity !== 'claim' &&
        fellAt !== undefined &&
        toks[fellAt]!.low === 'fell' &&
        (toks[overAt]?.low === 'over' || toks[overAt]?.low === 'above') &&
        !counts.some((o) => o.denominator) &&
        !IMPACT_AFTER_FALL.test(body.slice(toks[overAt].start, s.end)) &&
        partOfSetDownedBefore(drafts, si, c.value, weapon, DOWNED_PARTITIVE.test(s.text), counts)
      ) {
        gov = { polarity: 'claim', at: fellAt };
        rule = 'a part of a set just downed, told as where it fell';
      }
      // "The General Staff said … 198 aircraft, 160 helicopters, 1,187 tanks … had been destroyed. Russian forces also
      // lost 2,005 vehicles …, adding that 92 cruise missiles … had been hit and destroyed": a loss tally told on
      if (gov.polarity === 'claim' && si > 0 && (lossGoesOn ??= continuesLossTally(sentences[si - 1]!.text, s.text))) {
        note(
          trace,
          body,
          toks,
          c,
          false,
          () => 'vetoed: a war-loss tally continued from the sentence before ("also lost …")',
        );
        prev = { gov: { polarity: 'other', at: gov.at }, weapon };
        continue;
      }
      // "…shot down a Mi-24 helicopter. The enemy helicopter was destroyed near …": the aircraft just downed, told again,
      // is in the air whatever this sentence says
      const airBefore =
        c.definite === true && last !== null && last.claim.weapon === 'aircraft' && si - last.sentence <= 2;
      const vetoedHere = gov.polarity === 'claim' && vetoed(toks, c, gov, s.text, s.start, weapon, airBefore);
      // one downed threat told by where its debris fell: a claim, flagged, that debrisSingles may still drop
      const debris =
        vetoedHere &&
        RULES.debrisSingle &&
        debrisOfOneDowned(toks, c, gov.at) &&
        DEBRIS_VETOES.has(vetoReason(toks, c, gov, s.text, s.start, weapon, airBefore) ?? '');
      if (gov.polarity !== 'claim' || (vetoedHere && !debris)) {
        // (ten or more, as tallyRestated reads them: most vetoed counts are small, and cumulative is not cheap)
        if (RULES.tallyRestated && vetoedHere && c.value >= 10 && cumulative(toks, c, s.text, s.start))
          tallies.push({
            count: c.value,
            weapon,
            sentence: si,
            places: placesOfSentence(si)
              .filter((p) => p.kind === 'region' || p.kind === 'place' || p.kind === 'sea')
              .map((p) => p.code),
          });
        note(trace, body, toks, c, false, () =>
          gov.polarity === 'claim'
            ? `vetoed: ${vetoReason(toks, c, gov, s.text, s.start, weapon, airBefore)}`
            : gov.polarity === 'other'
              ? `governed by "${toks[gov.at]?.raw ?? ''}", which is not an interception`
              : gov.polarity === 'neutral'
                ? `governed by "${toks[gov.at]?.raw ?? ''}", which reports a figure, not an interception`
                : 'no interception verb governs it',
        );
        prev = {
          gov: { polarity: gov.polarity === 'claim' ? 'other' : gov.polarity, at: gov.at },
          weapon: c.weapon ?? prev?.weapon ?? null,
        };
        continue;
      }
      prev = { gov, weapon };

      reading.settleClaimant(si);
      // "…, the governor of the Krasnodar Territory, Veniamin Kondrashov, said. 'More than 12 drones were suppressed by air
      // defence forces,' he wrote": the forces are the actor; "he" is the official named in the sentence before
      const actorOnly = claimantFor(claimants, countStart);
      const explicit =
        actorOnly?.actor &&
        RULES.pronounSpeaker &&
        si - prevClaimantSentence === 1 &&
        (prevSentenceClaimant as ClaimantMention | null)?.actor === false &&
        Boolean((prevSentenceClaimant as ClaimantMention | null)?.jurisdiction) &&
        (PRONOUN_SPEECH.test(s.text) || QUOTE_OPEN.test(s.text))
          ? null
          : actorOnly;
      // the last claim's claimant carries on, unless someone was named after it ("… said this on Telegram. 'They destroyed all five …'")
      const carried =
        !explicit && last && si - last.sentence <= 3 && !(prevSentenceClaimant && prevClaimantSentence > last.sentence)
          ? last
          : null;
      // a claimant named in an earlier sentence speaks for the next two; their jurisdiction places only the sentence right after
      // ("Moscow's mayor said the attack caused no damage. This came after Ukraine said it had shot down 31 of 40 drones":
      // a country speaking in the sentence is the speaker there, not an official of the other side named before)
      const earlier =
        carried || si - prevClaimantSentence > 2 ? null : (prevSentenceClaimant as ClaimantMention | null);
      let claimantMention = explicit ?? earlier;
      if (!explicit && earlier?.country && RULES.ownSpeaker) {
        const own = speakerCountry(s.text);
        if (own !== null && own !== earlier.country) claimantMention = null;
      }
      const ownClaimant =
        (explicit?.actor ? null : explicit?.text) ??
        ownSpeaker(
          s.text,
          countStart - s.start,
          body.slice(0, s.start),
          carried?.claim.claimant ?? claimantMention?.text ?? null,
        );
      // ("Nine drones were destroyed. The governor said so.": the next sentence only attributes this one)
      const anaphor =
        ownClaimant === null && sentences[si + 1] !== undefined
          ? (anaphoricSpeaker(sentences[si + 1]!.text, body.slice(0, sentences[si + 1]!.start)) ??
            // ("…shot down three drones. Debris of one of them damaged houses. The head of the Volyn regional
            // administration reported this": past one short aside that neither speaks nor downs; rule anaphorAfterAside)
            (RULES.anaphorAfterAside && sentences[si + 2] !== undefined && quietAside(sentences[si + 1]!.text)
              ? anaphoricSpeaker(sentences[si + 2]!.text, body.slice(0, sentences[si + 2]!.start))
              : null))
          : null;
      const anaphorClaimant = anaphor?.text ?? null;
      const claimantText =
        ownClaimant ??
        explicit?.text ??
        carried?.claim.claimant ??
        claimantMention?.text ??
        bareBody(s.text, countStart - s.start) ??
        null;
      // ("Ukraine's air defences took down 84 drones": the forces, when no claimant is found even in the claim's repeats)
      const actorClaimant = claimantText === null ? actorSubject(s.text, countStart - s.start) : null;
      // "Belarus said it had shot down a Ukrainian drone": a country speaking is the claimant's side
      const claimantCountry =
        explicit?.country ??
        claimantMention?.country ??
        speakerCountry(s.text) ??
        // a claim over contested land and seas only (Crimea and the Black Sea) does not tell whose side spoke
        (carried && !(carried.claim.scope === 'region' && contestedOnly(carried.claim.regions))
          ? carried.claim.country
          : null);
      // ("A drone attack was carried out, the mayor said. Besides the drones, the ministry said air defence shot down two
      // missiles": a body that speaks in the sentence is not the official named before, whose jurisdiction does not place it)
      // ("Serhiy Lysenko, head of the Dnipropetrovsk regional military administration, wrote on Telegram. Air defence
      // forces destroyed 5 drones.": forces that only act, and speak for no one, leave the official before to place it)
      const placing = explicit?.actor && RULES.actorKeepsJurisdiction ? earlier : claimantMention;
      // ("The mayor of Lviv said … Officials in Odesa said air defences shot down 19 missiles": other officials named by
      // their place speak in the sentence, for that place, rule otherOfficials)
      const others = RULES.otherOfficials && !explicit ? (othersMemo ??= [otherOfficialsPlace(s.text)])[0] : undefined;
      // (an official the sentence names again by name or bare title, introduced before with their place; rules
      // officialNamedAgain, bareTitleAgain: null when that place is not the count's, and then no one else's is either)
      const introduced =
        explicit?.jurisdiction || others || ownClaimant === null
          ? undefined
          : jurisdictionIntroduced(ownClaimant, si, sentences, {
              sentence: s,
              spoken: speakerCountry(s.text),
              origin: c.origin,
            });
      const ownJurisdiction =
        explicit?.jurisdiction ??
        others ??
        (introduced !== undefined ? introduced : null) ??
        // (nor a country telling a report of its own: "Ukraine also reported that a drone had been shot down" after a mayor)
        (introduced === undefined &&
        others === undefined &&
        (si - prevClaimantSentence <= 1 || quotedOn(si, prevClaimantSentence, s.text, sentences)) &&
        placing?.jurisdiction &&
        !BODY_SPEAKS.test(s.text) &&
        !COUNTRY_ALSO_SPEAKS.test(s.text) &&
        // ("Voronezh region governor Alexander Gusarov said that several drones had been destroyed over the region. Before
        // this, on the night of September 9, Russian air defence systems had shot down 126 drones": an earlier event, told
        // after the official's report, is not the official's to place; rule earlierEventOpener)
        !(RULES.earlierEventOpener && EARLIER_EVENT_OPENER.test(s.text))
          ? placing.jurisdiction
          : null) ??
        // ("Yurii Savchuk, head of the Odesa regional military administration, described the attack. For three hours
        // drones kept coming at the region, Savchuk said. Air defence destroyed 19 Shaheds.": the official named two
        // sentences before still speaks when the sentence between is theirs by surname; rule speakerIntroducedBefore)
        (RULES.speakerIntroducedBefore &&
        introduced === undefined &&
        others === undefined &&
        si - prevClaimantSentence === 2 &&
        placing?.jurisdiction &&
        spokenBySurname(sentences[si - 1]!.text, placing.text) &&
        !BODY_SPEAKS.test(s.text) &&
        !COUNTRY_ALSO_SPEAKS.test(s.text)
          ? placing.jurisdiction
          : null) ??
        null;
      // "The region's governor said four drones had been destroyed", "the mayor of that city said air defence destroyed
      // the drone": a title that names its place by reference speaks for the one region (city) the sentences before name
      const titled =
        ownJurisdiction === null
          ? (explicit ??
            (si - prevClaimantSentence === 1 && !BODY_SPEAKS.test(s.text) && !COUNTRY_ALSO_SPEAKS.test(s.text)
              ? claimantMention
              : null))
          : null;
      const jurisdiction =
        ownJurisdiction ??
        (titled && titled.jurisdiction === null
          ? titleByReference(titled, titled === explicit ? si : prevClaimantSentence, sentences, body)
          : null);

      let seg = segs.find((g) => countStart >= g.start && countStart < g.end) ?? {
        start: s.start,
        end: s.end,
        joinedByAnd: false,
        descriptive: false,
        afterColon: false,
      };
      // "8 – over the territory of Bryansk region": a dash between a count and its place
      if (!sentPlaces.some((p) => p.start >= seg.start && p.end <= seg.end)) {
        const nx = segs.find((g) => g.start >= seg.end);
        if (
          nx &&
          /^\s*[–—-]/.test(body.slice(seg.end, nx.start)) &&
          !counts.some((o) => toks[o.from]!.start >= nx.start && toks[o.from]!.start < nx.end)
        )
          seg = { ...seg, end: nx.end };
      }
      // the clause of a count is the clause of its verb: "Four Grad rockets, 21 Vampire rockets and two UAVs were destroyed over Kursk",
      // "The largest share — 14 drones — was intercepted over Tula"
      if (gov.at >= 0 && toks[gov.at]!.start >= seg.end) {
        const vseg = segs.find((g) => toks[gov.at]!.start >= g.start && toks[gov.at]!.start < g.end);
        const between = body.slice(seg.end, toks[gov.at]!.start);
        // ("another 14 drones, which came from the north, were destroyed over …": the relative clause read past as an aside)
        // (and a noun phrase in apposition: "Sixteen drones, the largest number in a month, were shot down over …"; rule
        // appositionAside)
        if (
          vseg &&
          (!vseg.descriptive ||
            SPEECH_ASIDE.test(between) ||
            RELATIVE_ASIDE.test(between) ||
            (RULES.appositionAside && APPOSITION_ASIDE.test(between)))
        )
          seg = { ...seg, end: vseg.end };
      }
      // "Ukrainian air defence shot down 30 drones, while Israel intercepted 100 Iranian missiles", "Romania said it had shot
      // down two drones": a count whose own clause is set in another war or a country the gazetteer does not hold (and names no
      // place it holds) is no claim here, whatever the article's country
      // (a sentence that names this war's places or sides is read with the first list only: the Gulf states, India and
      // Pakistan also mediate and visit in it, "the prisoner swap, mediated by the UAE, came hours after Russia launched
      // 100 drones"; rules moreOtherWars and otherWarClause)
      thisWarHere ??= sentPlaces.some((p) => p.country === 'UA' || p.country === 'RU');
      const otherWar = RULES.moreOtherWars && !thisWarHere ? OTHER_WAR_WIDE : OTHER_WAR;
      if (
        RULES.otherWar &&
        (otherWarHere ??= otherWar.test(s.text)) &&
        (otherWar.test(body.slice(seg.start, seg.end)) ||
          // ("The UAE Ministry of Defence says its air defences intercepted 198 drones and destroyed 136 of the 170
          // ballistic missiles": a later clause of a sentence set in another war before its count, naming no place or side
          // of its own, is set there too; rule otherWarClause)
          (RULES.otherWarClause &&
            !thisWarHere &&
            otherWar.test(body.slice(s.start, countStart)) &&
            !sentPlaces.some((p) => p.start >= seg.start && p.end <= seg.end))) &&
        !sentPlaces.some((p) => p.start >= seg.start && p.end <= seg.end && p.kind !== 'demonym')
      ) {
        note(trace, body, toks, c, false, () => 'set in another war or country (Israel, the Red Sea, Romania …)');
        prev = { gov: { polarity: 'other', at: gov.at }, weapon };
        continue;
      }
      const countEnd = toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end;
      const nextCount = counts[ci + 1];
      const attacker =
        sentenceAttacker === undefined ? (sentenceAttacker = attackerCountry(body, sentPlaces, s)) : sentenceAttacker;
      const base = {
        body,
        sentenceStart: s.start,
        sentenceText: s.text,
        toks,
        countStart,
        countEnd,
        prevCountEnd: prevCountEndOf(toks, counts, ci, prevGov, gov),
        nextCountStart: nextCount ? toks[nextCount.from]!.start : Infinity,
        segment: seg,
        places: sentPlaces,
        claimants,
        outOf: c.outOf,
        // (a method: see ArticleLookups)
        countryHint(): string | null {
          return (
            // ("its anti-aircraft defence destroyed eleven Russian missiles directed at the capital": the capital of the
            // side the threats' own origin attacks; rule originAimedCapital)
            (RULES.originAimedCapital && c.origin && AIMED_AT_CAPITAL.test(s.text) ? invert(c.origin) : null) ??
            // ("Russia's latest air raid on Kyiv had been beaten off … 25 cruise missiles as they neared the capital": the
            // one capital the sentence names as the attack's target, rule capitalInSentence)
            (RULES.capitalInSentence ? onlyNamedCapital(sentPlaces, body, s.start, countStart) : null) ??
            claimantCountry ??
            // ("Russia launched 87 drones at Ukraine, 45 of which Ukrainian air defences shot down over the capital": the
            // defences' side, rule capitalOfDefender)
            (RULES.capitalOfDefender ? defenderDemonym(body, sentPlaces) : null) ??
            sentPlaces.find((p) => p.country && p.kind !== 'demonym' && !p.generic)?.country ??
            // ("Russia launched 30 drones at Kyiv overnight. Air defence shot down 25 drones approaching the capital": the
            // capital of the side attacked, not of the attacker the article names most; rule capitalOfAttacked)
            (RULES.capitalOfAttacked ? invert(articleAttacker) : null) ??
            lookups.country()
          );
        },
        ...(gov.at >= 0 && toks[gov.at]!.start > countStart ? { verbAt: toks[gov.at]!.start } : {}),
      };
      const loc = locate(base);
      let regions = loc.regions;
      // "over the Belgorod (five drones), Voronezh (three drones) … regions": a bracketed count is at the place just before
      // its bracket; a total before such a list is over all the places the list brackets a count after
      if (RULES.bracketedCounts) {
        const listed = bracketedPlaces(body, sentPlaces, countStart, countEnd, s.end);
        if (listed) regions = listed;
      }
      // "six of the nine missiles fired at targets across the country, Kyiv included, had been destroyed": places inside a
      // post-modifier are where the threats were sent; the place after the verb is where they were stopped, and a vague
      // target ("across the country") is no place at all (claims.md, edge cases 4 and 11)
      let modifierVague = false;
      if (gov.modifierFrom !== undefined && regions.length > 0) {
        const verbStart = toks[gov.at]!.start;
        const stopped = locate({ ...base, countEnd: verbStart, prevCountEnd: verbStart }).regions;
        modifierVague = VAGUE_PLACE.test(body.slice(toks[gov.modifierFrom]!.start, verbStart));
        if (stopped.length > 0) regions = stopped;
        else if (modifierVague) regions = [];
      }
      // "117 drones over five regions of the Russian Federation, Moscow region among them": a number of regions that the
      // named places do not fill is a place no subdivision holds (claims.md, edge case 4)
      const numbered = RULES.regionsOfMany ? NUMBERED_REGIONS.exec(body.slice(countEnd, seg.end)) : null;
      if (numbered && regions.length > 0 && regions.length < regionsNumbered(numbered[1]!)) {
        regions = [];
        modifierVague = true;
      }
      // "Two drones apiece were destroyed over four regions at once: the Tambov, Volgograd, Oryol and Kaluga regions": the
      // places listed after the colon, when they are as many as the number of regions said (rule numberedRegionsListed)
      if (RULES.numberedRegionsListed && regions.length === 0 && !c.outOf) {
        const listed = numberedRegionsListed(body, countEnd, s.end, sentPlaces);
        if (listed) {
          regions = listed;
          modifierVague = false;
        }
      }
      // "…five drones had been downed over A, B and C, taking the total brought down since Saturday to 26": the new value of a
      // running total is not where its last part was; its own clause names no place (claims.md, edge case 3), neither after
      // the count nor inside the total's phrase ("bringing the number downed over the Kursk region since Friday to 48")
      const running =
        toks[c.from - 1]?.low === 'to'
          ? RUNNING_TOTAL.exec(body.slice(Math.max(seg.start, countStart - 90), countStart))
          : null;
      const runningFrom = running ? Math.max(seg.start, countStart - 90) + running.index : -1;
      if (
        running !== null &&
        !sentPlaces.some(
          (p) =>
            ((p.start >= countEnd && p.end <= seg.end) || (p.start >= runningFrom && p.end <= countStart)) &&
            p.kind !== 'demonym',
        )
      ) {
        regions = [];
        modifierVague = true;
      }
      // "…drones heading for Moscow and brought down nearly 150 more over other regions", "seven near the capital and another
      // 14 in neighbouring regions": a vague place right after the count is its own, whatever the clause named before it,
      // and no place is sought elsewhere for it (claims.md, edge case 4; rule ownVaguePlace)
      if (RULES.ownVaguePlace) {
        const after = body.slice(countEnd, seg.end);
        const own = OWN_VAGUE_PLACE.exec(after);
        if (
          own &&
          !OWN_VAGUE_NAMED.test(after.slice(own[0].length)) &&
          !sentPlaces.some((p) => p.kind !== 'demonym' && p.start >= countEnd && p.start < countEnd + own[0].length)
        ) {
          regions = [];
          modifierVague = true;
        }
      }
      // "27 drones over southern regions and Crimea": a vague place beside a named one is country scope (claims.md, edge case 4)
      if (RULES.vagueBeside && regions.length > 0 && VAGUE_BESIDE.test(body.slice(countEnd, seg.end))) regions = [];
      // "84 drones were intercepted above Russia, above occupied Crimea and above the Azov Sea": the whole country beside
      // its regions and seas is country scope (as "over Russia, Crimea and the Black and Azov Seas", README)
      if (RULES.countryBeside && regions.length > 0 && COUNTRY_BESIDE.test(body.slice(countEnd, seg.end))) regions = [];
      // (the part of the country first, before any named place: "over the Mykolaiv region in the south of the country and
      // over Odesa" says where Mykolaiv lies)
      if (regions.length > 0) {
        const part = COUNTRY_PART_BESIDE.exec(body.slice(countEnd, seg.end));
        if (
          part &&
          !sentPlaces.some((p) => p.kind !== 'demonym' && p.start >= countEnd && p.end <= countEnd + part.index)
        )
          regions = [];
      }
      // "in the Kyiv, Sumy and other regions", "… and elsewhere", "among others": a partial list is country scope
      let partialCountry: string | null = null;
      if (
        RULES.partialList &&
        regions.length > 0 &&
        (PARTIAL_LIST.test(body.slice(countEnd, seg.end)) ||
          // ("against several Russian regions, Crimea among them": one region of an unnamed set, rule someRegionsAmong)
          (RULES.someRegionsAmong && someRegionsAmong(body.slice(countEnd, s.start + s.text.length), regions)))
      ) {
        // (in the country of the places it names; "over Crimea and various regions" names contested land only, so the
        // country is told as for any country-scope count: "of Russia", the defender, the claimant, the threats' origin)
        partialCountry = contestedOnly(regions) ? null : landCountryOf(regions);
        regions = [];
      }
      // "above Russian regions and above the Black and Azov Seas": a country named as the place, with seas beside it, is country scope
      if (loc.segCountry && regions.length > 0 && regions.every((r) => r.startsWith('SEA-'))) regions = [];
      // "over the Sea of Azov near Berdyansk": a town named by the sea it was over is a reference point, the sea is where
      // (rule seaNearPlace)
      if (RULES.seaNearPlace && regions.length === 2) {
        const sea = seaBeforeLandmark(body, sentPlaces, regions, seg);
        if (sea) regions = [sea];
      }
      // "10 more over other regions", "across the country", "in the south": a place no subdivision holds, so no fallback (claims.md, edge case 4)
      // "over the southern part of the region": a part of the region named before, not a vague place (rule regionPart)
      // (the tail after the count read once for both tests)
      const tail = body.slice(countEnd, seg.end);
      const vaguePlace =
        regions.length === 0 &&
        !modifierVague &&
        (VAGUE_PLACE.test(tail) || (RULES.barePluralRegions && BARE_PLURAL_REGIONS.test(tail)));
      if (RULES.regionPart && vaguePlace && THE_REGION_PART.test(tail)) {
        const named = regionNamedEarlierIn(body, s.start, countStart) ?? regionNamedBefore(sentences, si, body);
        if (named) regions = [named];
      }
      // "four drones over Crimea, one in the north-west and three over its western part": a part of a placed total in its
      // sentence at a compass point only is in the total's places (rule compassPartOfTotal)
      if (
        RULES.compassPartOfTotal &&
        vaguePlace &&
        regions.length === 0 &&
        (c.bare || c.partitive) &&
        COMPASS_PART.test(tail)
      ) {
        // (the total a whole of its own, not an item of a list, and no other place, colon or semicolon between: "40 over
        // the Odesa region and 12 in the east" after "52 drones were downed:" is a sibling; review)
        const total = totalInSentence(drafts, si, c.value);
        if (
          total &&
          !total.listItem &&
          !/[;:]/.test(body.slice(total.countEnd, countStart)) &&
          !sentPlaces.some(
            (p) => p.start >= total.countEnd && p.start < countStart && !total.claim.regions.includes(p.code),
          )
        )
          regions = [...total.claim.regions];
      }
      // ("One more drone, which was flying in the direction of Lviv region, was eliminated over another region in the west
      // of Ukraine": "another region" is where it was stopped, unnamed, so the course gives no place; rule anotherRegion)
      const another = RULES.anotherRegion && regions.length > 0 ? ANOTHER_REGION.exec(tail) : null;
      const anotherRegion =
        another !== null &&
        !counts.some((o) => toks[o.from]!.start >= countEnd && toks[o.from]!.start < countEnd + another.index);
      if (anotherRegion) regions = [];
      const vague = regions.length === 0 && (modifierVague || vaguePlace || anotherRegion);
      if (vague) regions = [];
      else if (regions.length === 0 && !c.outOf)
        regions = fallbackRegions(base, segs, counts, ci, toks, c, loc.reference.length > 0);
      // "thirteen drones were brought down in the Belgorod region, twelve of them last night and the remaining one this
      // morning": a remainder naming no place is where the part before it in the sentence was
      if (
        regions.length === 0 &&
        c.remainder &&
        !c.outOf &&
        !vague &&
        last?.sentence === si &&
        last.claim.scope === 'region'
      )
        regions = [...last.claim.regions];
      // "shot down over the sea near Cape Chersonese": the one sea the article names, or the Black Sea off a coast it names
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        RULES.theSea &&
        (THE_SEA.test(body.slice(seg.start, seg.end)) ||
          (RULES.theWaters && THE_WATERS.test(body.slice(seg.start, seg.end))))
      ) {
        const sea = (seaMemo ??= [seaOf(body)])[0];
        if (sea) regions = [sea];
      }
      // ("In Kharkiv, too, blasts were reported, while the air force said it had destroyed 13 drones": the opening place is
      // the scene of the clause before a contrast with a report of its own, not of the count in it, rule whileOwnScene)
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        !(
          RULES.whileOwnScene &&
          CONTRAST_OPENS.test(body.slice(seg.start, seg.start + 8)) &&
          OWN_REPORT.test(body.slice(seg.start, countStart))
        )
      )
        regions = loc.intro;
      // ("Officials in the Novgorod region, directly south of the Leningrad region, said four drones had been shot down":
      // a reference point in an aside after the speaker's place says where that place lies; rule referenceAside)
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        RULES.referenceAside &&
        jurisdiction &&
        !loc.locCountry &&
        REFERENCE_ASIDE.test(body.slice(s.start, countStart))
      )
        regions = [jurisdiction];
      if (regions.length === 0 && !c.outOf && !vague) regions = loc.reference;
      // ("Kyiv mayor reports 'explosion', Ukraine downs 16 missiles": a country as the subject of the count's own downing
      // speaks for the whole land, not the official named before; rule countryDownsCount)
      if (
        regions.length === 0 &&
        jurisdiction &&
        !c.outOf &&
        !loc.locCountry &&
        !vague &&
        !(
          RULES.countryDownsCount &&
          COUNTRY_DOWNS_BEFORE.test(body.slice(Math.max(s.start, countStart - 40), countStart))
        )
      )
        regions = [jurisdiction];
      // "Preliminarily, a drone and 3 cruise missiles were shot down. The head of the Dnipropetrovsk OVA, Serhii Lysenko,
      // said so.": the office of the speaker the next sentence names for this one places it as an office named before does
      if (regions.length === 0 && RULES.anaphorOffice && anaphor?.jurisdiction && !c.outOf && !loc.locCountry && !vague)
        regions = [anaphor.jurisdiction];
      // "22 Ukrainian drones attacked Crimea overnight. Fifteen drones were shot down by air defence": a part of the set
      // launched at one place, in a sentence that names no place at all, was stopped there (claims.md, edge case 11)
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        !loc.locCountry &&
        RULES.setTargetPlace &&
        setTarget &&
        si - setTarget.sentence <= 2 &&
        setTarget.set.weapon === weapon &&
        c.value <= setTarget.set.value &&
        // (a part of a detected set tells no other origin: "Ten drones were detected over Crimea. Ukraine's air force said it
        // shot down seven Russian drones" are another side's; review)
        (setTarget.detected === undefined || c.origin === null || c.origin === setTarget.detected.origin) &&
        // (nor past a claim placed elsewhere since: "… detected over the Bryansk region. Five were shot down over the
        // Kursk region. Three more were jammed" adds to the Kursk count; second review)
        (setTarget.detected === undefined || !placedElsewhereSince(drafts, setTarget.sentence, setTarget.regions)) &&
        // (a set on its course: only a count of the same night, in a sentence that sends it nowhere else, and not past a
        // claim placed elsewhere since; review)
        (!setTarget.course ||
          ((c.origin === null || setTarget.course.origin === null || c.origin === setTarget.course.origin) &&
            oneNight(sentences[setTarget.sentence]!.text, s.text) &&
            !ELSEWHERE_WORDS.test(s.text) &&
            !placedElsewhereSince(drafts, setTarget.sentence, setTarget.regions))) &&
        // (nor a count told over a wider area than the target: "About 40 drones went for Kyiv. The air force said it
        // downed 35 drones and 3 missiles across the country"; rule widerThanSetTarget)
        !(RULES.widerThanSetTarget && WIDER_AREA.test(ownClause(body, countEnd, s.end))) &&
        // "Ukraine's air force said 12 were destroyed": the target's own country, named for the speaker, is no other place
        sentPlaces.every(
          (p) => p.kind === 'demonym' || (p.kind === 'country' && p.code === countryOfRegion(setTarget!.regions[0]!)),
        )
      )
        // ("428 drones were used against the capital … the air force intercepted 403 of the 428": the defender's capital,
        // as locate reads an unnamed capital, not Moscow by default; rule genericCapitalTarget)
        regions = setTarget.generic
          ? [capitalOf(base.countryHint() ?? 'RU') ?? setTarget.regions[0]!]
          : [...setTarget.regions];
      // "…recorded over Crimea; seven were shot down by air defence and three were jammed": a count that names no place,
      // after a placed count of the same threats in its sentence and no place between them, is where that one was
      const sibling: Draft | null = last;
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        !loc.locCountry &&
        RULES.siblingPlace &&
        sibling?.sentence === si &&
        sibling.claim.scope === 'region' &&
        sibling.claim.weapon === weapon &&
        // ("Twelve drones were shot down over Crimea, and a further three drones were jammed": only the places of that
        // count between, when this one adds to it; rule additiveSiblingPlace)
        !sentPlaces.some(
          (p) =>
            p.start >= sibling.countEnd &&
            p.start < countStart &&
            !(
              RULES.additiveSiblingPlace &&
              sibling.claim.regions.includes(p.code) &&
              ADDITIVE.test(body.slice(Math.max(s.start, countStart - 12), countEnd)) &&
              !ELSEWHERE_AFTER.test(body.slice(countEnd, seg.end))
            ),
        ) &&
        !WIDER_THAN_TARGET.test(body.slice(sibling.countEnd, seg.end)) &&
        !unreadPlaceIn(body, seg.start, seg.end, sentPlaces)
      )
        regions = [...sibling.claim.regions];
      // "Kazan came under a series of drone attacks. … Four UAVs were destroyed by duty air-defence crews": a count that
      // names no place, after a sentence telling an attack on one place, was stopped there (claims.md, edge case 11)
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        !loc.locCountry &&
        RULES.attackTargetPlace &&
        namesNoScene(body, s.start, sentPlaces) &&
        // ("Russian forces sent 365 drones against Ukraine, … brought down seven cruise missiles": a sentence that tells
        // its own attack on a whole country is not placed by an earlier one's target; rule countryTargetSentence)
        !(RULES.countryTargetSentence && COUNTRY_TARGETED.test(s.text)) &&
        !WIDER_THAN_TARGET.test(s.text) &&
        // ("Ukraine attacked Moscow … Russian air defences destroyed 37 more drones over other parts of western Russia":
        // parts of a land are more than the one place attacked; rule partsOfWider)
        !(RULES.partsOfWider && PARTS_OF.test(s.text)) &&
        // ("Kamikaze drones hit the Kyiv region … Earlier, Ukraine reported the destruction of 17 kamikaze drones during
        // the past day": an earlier report is not of the attack told before it; rule earlierReportOpener)
        !(RULES.earlierReportOpener && EARLIER_REPORT_OPENER.test(s.text)) &&
        !unreadPlaceIn(body, seg.start, seg.end, sentPlaces)
      ) {
        const target = attackTargetBefore(sentences, si, drafts, attackPlaced, c.value, placesOfSentence, weapon);
        // ("Kyiv came under a Russian drone attack. Russian air defence shot down 20 Ukrainian drones": threats of the
        // target's own country were not sent at it; rule targetNotOwnThreats)
        if (
          target &&
          onlyTargetCountry(body, s.start, sentPlaces, target) &&
          // (not a land one side holds and the other claims, "Ukrainian drones attacked Crimea")
          !(
            RULES.targetNotOwnThreats &&
            c.origin !== null &&
            c.origin === countryOfRegion(target) &&
            !contestedOnly([target])
          )
        ) {
          regions = [target];
          attackPlaced.set(si, Math.max(c.value, attackPlaced.get(si) ?? 0));
        }
      }
      // "The Moscow region came under a massive attack by Ukrainian drones: according to the ministry, 24 drones were
      // shot down": the part before a colon tells the attack as a sentence before would (rule colonTarget)
      if (regions.length === 0 && !c.outOf && !vague && !loc.locCountry && RULES.colonTarget) {
        const target = targetBeforeColon(s, countStart, seg, sentPlaces, body, c.origin ?? null);
        if (target) regions = [target];
      }
      // "…the enemy rained Vampire rockets on the Belgorod region. Twelve were intercepted": a bare count opening its
      // sentence counts the threats of the sentence before, and the one region that sentence names places it
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        !loc.locCountry &&
        si > 0 &&
        ci === 0 &&
        // "Twelve were intercepted": the sentence opens with a bare number (no noun of its own), and the sentence before
        // counted nothing downed
        c.bare &&
        c.weapon === null &&
        ((c.from === 0 && c.numFrom === 0) ||
          // ("Preliminarily, ten were destroyed": one opening adverb and its comma before, rule adverbOpener)
          (RULES.adverbOpener && c.from === 2 && c.numFrom === 2 && openingAdverb(toks))) &&
        !c.partitive &&
        !drafts.some((d) => d.sentence === si - 1)
      ) {
        const named = threatSentencePlace(sentences[si - 1]!);
        if (
          named !== null &&
          sentPlaces.every((p) => p.kind === 'demonym' || (p.kind === 'country' && p.code === countryOfRegion(named)))
        )
          regions = [named];
      }
      // "…thwarted an attack aimed at targets in the Bryansk region. Specifically, air defences intercepted 4 UAVs": a
      // sentence that opens by saying it details the one before is where that one was (rule elaborationOpener)
      if (
        regions.length === 0 &&
        RULES.elaborationOpener &&
        !c.outOf &&
        !vague &&
        !loc.locCountry &&
        si > 0 &&
        ELABORATION_OPENS.test(s.text) &&
        sentPlaces.every((p) => p.kind === 'demonym' || p.kind === 'country')
      ) {
        const named = oneRegionOf(sentences[si - 1]!.text);
        // (a country that is the threats' own side, "4 UAVs of Ukraine", is no place of the sentence's)
        if (
          named !== null &&
          sentPlaces.every(
            (p) =>
              p.kind === 'demonym' ||
              p.code === countryOfRegion(named) ||
              p.code === c.origin ||
              WEAPON_OF.test(body.slice(Math.max(0, p.start - 40), p.start)),
          )
        )
          regions = [named];
      }
      // "Ukraine attacked Crimea overnight … 38 drones were downed over the Black Sea and part of the peninsula": "the
      // peninsula" is Crimea in an article that names it (and names no other peninsula)
      if (!c.outOf && !vague && !regions.includes('UA-43') && THE_PENINSULA.test(body.slice(seg.start, seg.end))) {
        if ((crimeaMemo ??= [crimeaNamed(body)])[0]) regions = [...regions, 'UA-43'].sort();
      }
      // "Drones attacked the Belgorod region overnight. Air defences shot down 12 drones over the region": the region named just before
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        (THE_REGION.test(body.slice(seg.start, seg.end)) ||
          (RULES.regionPart && THE_REGION_PART.test(body.slice(seg.start, seg.end))) ||
          (RULES.sameRegion && THE_SAME_REGION.test(body.slice(seg.start, seg.end))) ||
          // "Russia accused Ukraine of striking Crimea … Seven missiles were intercepted in that attack": the attack's place
          THAT_ATTACK.test(body.slice(seg.start, seg.end)) ||
          // (the count's own clause or the sentence's part before it, and no country told for the count: "…, and 30
          // more were shot down across Russia" is not the region's; review)
          (RULES.protectsRegionSky && !loc.locCountry && skyProtectedBy(s, seg.end)) ||
          (RULES.ourRegion && s.text.includes('our ') && OUR_REGION.test(body.slice(seg.start, seg.end))) ||
          // ("Air defence was at work in the Cherkasy region … Over our territory, 27 UAVs were neutralised", a regional
          // head writes; rule ourTerritory)
          // (not a country's voice in the sentence: "Ukraine's air force said 50 drones were shot down over our
          // territory")
          (RULES.ourTerritory &&
            s.text.includes('our ') &&
            // (or the sentence opens with it before its first count: "In our skies, nine drones were destroyed")
            (OUR_TERRITORY.test(body.slice(seg.start, seg.end)) || (ci === 0 && OUR_TERRITORY_OPENS.test(s.text))) &&
            // (in the sentence or the one before: "…, Ukraine's air force said. Over our territory, 62 drones were
            // neutralised, it added"; review)
            !NATIONAL_VOICE.test(s.text) &&
            !(si > 0 && NATIONAL_VOICE.test(sentences[si - 1]!.text))) ||
          (RULES.thereAnaphora && THERE.test(body.slice(seg.start, seg.end))))
      ) {
        const named =
          (RULES.regionPart ? regionNamedEarlierIn(body, s.start, countStart) : null) ??
          regionNamedBefore(sentences, si, body);
        if (named) regions = [named];
      }
      // "The governor of the southern Mykolaiv region said … 12 Shahed drones over his region": the speaker's own region,
      // named as theirs before the count in the same sentence (an unnamed one stays country scope; rule speakersOwnRegion)
      if (
        regions.length === 0 &&
        !c.outOf &&
        !vague &&
        RULES.speakersOwnRegion &&
        THEIR_REGION.test(body.slice(seg.start, seg.end))
      ) {
        const named = regionNamedEarlierIn(body, s.start, countStart);
        if (named) regions = [named];
      }
      // "all 27 cruise missiles headed for the city had been downed": the course's "the city" is the one city named before
      // (the target, the only place: claims.md, edge case 11)
      if (regions.length === 0 && !c.outOf && !vague && CITY_COURSE.test(body.slice(seg.start, seg.end))) {
        const named = regionNamedBefore(sentences, si, body, true);
        if (named) regions = [named];
      }
      // "…in Kherson told the agency that Ukrainian troops had fired four Tochka-U missiles at the city, three of which
      // were shot down": a part of a set fired at "the city" is at the one city its sentence or the two before name
      if (regions.length === 0 && !c.outOf && !vague && (c.partitive || c.bare) && FIRED_AT_CITY.test(s.text)) {
        const cities = new Set(
          sentPlaces
            .filter((p) => p.start < countStart && (p.kind === 'place' || (p.kind === 'capital' && !p.generic)))
            .map((p) => p.code),
        );
        const named =
          cities.size === 1 ? [...cities][0]! : cities.size === 0 ? regionNamedBefore(sentences, si, body, true) : null;
        if (named) regions = [named];
      }
      // (also when the participle was read past as a modifier: "23 UAVs, 14 of them flying towards Moscow, were shot down")
      if (courseAt < 0 && (c.partitive || toks[c.from - 1]?.low === 'including')) {
        const v = toks[c.npTo]?.low === 'were' || toks[c.npTo]?.low === 'was' ? c.npTo + 1 : c.npTo;
        if (COURSE_VERBS.has(toks[v]?.low ?? '') && COURSE_AFTER.has(toks[v + 1]?.low ?? '')) courseAt = v;
      }
      // the part told with its course is where it was heading ("14 of them flying towards Moscow": RU-MOW), not where the
      // whole count was stopped (claims.md, edge case 11)
      if (courseAt >= 0) {
        const from = toks[courseAt]!.end;
        const stop = /[,;)(—–]|\s(?:and|while|but)\s/.exec(s.text.slice(from - s.start));
        const to = stop === null ? s.end : from + stop.index;
        const course = sentPlaces.filter(
          (p) => p.start >= from && p.end <= to && p.kind !== 'country' && p.kind !== 'demonym',
        );
        if (course.length > 0) regions = [...new Set(course.map((p) => p.code))].sort();
      }
      // "Over the Caspian Sea, air defences shot down two drones flying towards Dagestan": the place the sentence opens on is
      // where they were stopped; the course's end is only the target, which stands in when no other place is given
      // (claims.md, edge case 11; rule introOverCourse)
      if (
        RULES.introOverCourse &&
        courseAt < 0 &&
        regions.length > 0 &&
        loc.intro.length > 0 &&
        // (an opening "Over / Above / Off …", not "In Kyiv, Zelensky said …", the speaker's city; review)
        OVER_OPENER.test(s.text) &&
        COURSE_AFTER_COUNT.test(body.slice(countEnd, seg.end))
      )
        regions = [...loc.intro];
      // "…were neutralised over the Voronezh, Kursk and Tambov regions, as well as Krasnodar Krai": a clause after it that
      // only names places ("as well as", "and also", "plus") continues its list
      if (regions.length > 0 && !vague && seg.end < s.end) {
        const next = segs.find((g) => g.start >= seg.end);
        if (
          next &&
          PLACES_MORE.test(body.slice(next.start, next.end)) &&
          !counts.some((o) => toks[o.from]!.start >= next.start && toks[o.from]!.start < next.end) &&
          onlyPlaces(body, sentPlaces, next.start, next.end)
        ) {
          const found = placesWithin(base, next.start, next.end);
          if (found.length > 0) regions = [...new Set([...regions, ...found])].sort();
        }
      }
      // "intercepted 110 drones launched at close to a dozen Russian regions", "116 drones that had been aimed at 14
      // regions, Ryazan and Moscow among them": a count sent at a number of regions is over them all, in no one place the
      // sentence names (rule widerTargetOfCount)
      // (not when the sentence tells where they were stopped, "…launched at several regions were destroyed over the
      // Bryansk region", nor when it names every region of the number, "launched at two regions, Kursk and Bryansk";
      // second review)
      const wider =
        RULES.widerTargetOfCount && regions.length > 0
          ? WIDER_TARGET_OF_COUNT.exec(body.slice(countEnd, seg.end))
          : null;
      const widerTarget =
        wider !== null &&
        !sentPlaces.some(
          (p) =>
            p.kind !== 'country' &&
            p.kind !== 'demonym' &&
            LOCATING_BEFORE.test(body.slice(Math.max(s.start, p.start - 24), p.start)),
        ) &&
        numberOf(wider[1]!) !== new Set(regions).size;
      const landCountry = landCountryOf(regions);
      if (widerTarget) regions = [];
      // ("destroyed 66 Ukrainian unmanned aircraft in western Russia and in the Crimea region": a compass part of a whole
      // country beside a region is wider than the region; rule countryPartWider)
      // (the part first, before any place of the clause: not "close to Zhytomyr in central Ukraine and over the western
      // Khmelnytskyi region", where it places a town)
      if (RULES.countryPartWider && regions.length > 0) {
        const part = COUNTRY_PART.exec(body.slice(countEnd, seg.end));
        const at = part ? countEnd + part.index : -1;
        if (
          part &&
          !sentPlaces.some((p) => p.start >= countEnd && p.start < at && p.kind !== 'demonym' && p.kind !== 'country')
        )
          regions = [];
      }
      const scope = regions.length > 0 ? 'region' : 'country';
      // ("Myanmar junta says downed 12 'terrorist' drones over capital", a related story's line on a page about Kyiv): a
      // count a state outside this war tells, in a sentence that names none of the lands the gazetteer knows, is no
      // claim of either side (rule foreignStateActor)
      if (
        RULES.foreignStateActor &&
        scope === 'country' &&
        !loc.locCountry &&
        !loc.seenCountry &&
        claimantCountry === null &&
        FOREIGN_STATE.test(s.text) &&
        !OUR_LANDS.test(s.text)
      ) {
        note(trace, body, toks, c, false, () => 'told by a state outside this war, of no land the gazetteer knows');
        continue;
      }
      const country =
        scope === 'region'
          ? (landCountry ?? claimantCountry ?? loc.locCountry ?? lookups.country() ?? 'RU')
          : ((widerTarget ? landCountry : null) ??
            partialCountry ??
            loc.locCountry ??
            loc.defender ??
            invert(c.typeOrigin ?? null) ??
            // ("…the Ukrainian air force said. 22 Ukrainian drones destroyed": threats of the claimant's own side were
            // downed by the other side)
            (claimantCountry !== null && claimantCountry === c.origin ? invert(c.origin) : claimantCountry) ??
            invert(attacker) ??
            invert(c.origin) ??
            // ("…shot down 17 Russian aerial targets: four planes, three helicopters …": an item of the list the count
            // before it in the sentence opened is on that count's side)
            (listedAfter && last?.sentence === si ? last.claim.country : null) ??
            // ("4 Russian helicopters and 2 jets were shot down": a count of the same sentence's claim before it, when
            // nothing else tells its side)
            (RULES.sameSentenceSide && last?.sentence === si && !loc.seenCountry ? last.claim.country : null) ??
            // ("intercepted 9 of Russia's drones", "all of Ukraine's drones": the owner's country sent them, no place;
            // rule ownerOrigin)
            (RULES.ownerOrigin ? invert(ownerOrigin(body.slice(countStart, seg.end))) : null) ??
            loc.seenCountry ??
            invert(threatOrigin(s.text)) ??
            // ("Kyiv, for its part, says its forces destroyed 51 drones. The air force said a further 17 drones were
            // jammed": a count told as more of the same, with no side of its own, goes on with the side of the claim just
            // before it; a new speaker's other count may be the other side's, review; rule previousSentenceSide)
            (RULES.previousSentenceSide &&
            last?.sentence === si - 1 &&
            LINKED_COUNT.test(body.slice(Math.max(s.start, countStart - 24), countEnd))
              ? last.claim.country
              : null) ??
            invert(articleAttacker) ??
            lookups.country() ??
            invert(threatOrigin(body)) ??
            // ("the enemy attacked with 112 Shahed-type UAVs … 74 drones were shot down in the north, south and east of the
            // country": no side named, but arms only one side of this war fires; rule typesTellSide)
            // (a count of two or more: "an airborne target" in a story of one drone over Belarus is no claim of its own)
            (RULES.typesTellSide && c.value >= 2 ? defenderByTypes(body) : null));
      if (!country) {
        note(trace, body, toks, c, false, () => 'no country can be told for it');
        continue;
      }

      const evStart = seg.start;
      const evEnd = trimEnd(body, seg.start, seg.end);
      if (sentenceDate === undefined) sentenceDate = eventDateOf(s.text, publishedAt);
      let eventDate = sentenceDate;
      if (!eventDate && carried) eventDate = carried.claim.eventDate;
      // a date written earlier in the article (the lead's "overnight on March 3") dates the claims after it
      if (!eventDate) {
        reading.settleArticleDate();
        eventDate = inheritedDate(articleDate, publishedAt);
      }
      const claim: Claim = {
        articleId,
        count: c.value,
        qualifier: c.qualifier,
        weapon,
        scope,
        regions: scope === 'region' ? regions : [],
        country,
        claimant: claimantText,
        eventDate,
        evidence: { text: body.slice(evStart, evEnd), start: evStart, end: evEnd },
      };
      // "three each over the Oryol and Lipetsk regions", "five … each over A and B", "one over each of A, B and C", "single drones over A and B": one claim per region
      const eachWord =
        EACH.has(toks[c.npTo]?.low ?? '') || c.each === true || EACH_WORD.test(body.slice(countEnd, seg.end));
      // "one each over Lipetsk and Tula, as well as over Rostov region", "seven each in Saratov, over the Azov Sea,
      // and over the Black Sea": the clauses after it that only name places continue its list
      const more: string[] = [];
      if (scope === 'region' && eachWord) {
        for (const next of segs.filter((g) => g.start >= seg.end)) {
          const text = body.slice(next.start, next.end);
          if (!EACH_WITH_MORE.test(text)) break;
          if (counts.some((o) => toks[o.from]!.start >= next.start && toks[o.from]!.start < next.end)) break;
          const found = placesWithin(base, next.start, next.end);
          if (found.length === 0) break;
          more.push(...found);
        }
      }
      const each = scope === 'region' && eachWord && regions.length + more.length > 1;
      if (each && more.length > 0) regions = [...new Set([...regions, ...more])].sort();
      note(
        trace,
        body,
        toks,
        c,
        true,
        () =>
          `${rule ?? `governed by the interception word "${toks[gov.at]?.raw ?? ''}"`}; ${scope === 'region' ? `placed at ${regions.join(', ')}` : `country scope (${country})`}`,
      );
      for (const rs of each ? regions.map((r) => [r]) : [regions]) {
        const draft: Draft = {
          claim: each ? { ...claim, regions: rs } : claim,
          sentence: si,
          partitive: partitive || verbless,
          outOf: c.outOf,
          countEnd,
          countStart,
          listItem:
            seg.afterColon ||
            /^(?:including|of which|of them|plus)\b/i.test(body.slice(seg.start, seg.start + 12)) ||
            (c.bare && claimsHere > 0),
          firstInSentence: claimsHere === 0,
          claimantExplicit: explicit !== null,
          ...(actorClaimant !== null ? { actorClaimant } : {}),
          ...(anaphorClaimant !== null ? { anaphorClaimant } : {}),
          ...(headline ? { headline: true } : {}),
          partOf: null,
          alsoOf: /^(?:as well as|along with|plus|and also|together with)\b/i.test(
            body.slice(seg.start, seg.start + 14),
          ),
          // "over various regions of Russia", "over several Russian regions": a country named only as holding the regions
          unplaced: scope === 'country' && (!loc.segCountry || REGIONS_OF_COUNTRY.test(body.slice(countEnd, seg.end))),
          // ("Two more were shot down": a bare count's "more" is after its phrase)
          additive:
            RULES.additiveCounts &&
            ADDITIVE.test(
              body.slice(
                Math.max(s.start, countStart - 12),
                countEnd + (MORE_AFTER.exec(body.slice(countEnd, countEnd + 12))?.[0].length ?? 0),
              ),
            ),
          ...(c.definite ? { definite: true } : {}),
          ...(debris ? { debris: true } : {}),
          ...(c.pairOther ? { pairOther: true } : {}),
          ...(vague || partialCountry !== null ? { vague: true } : {}),
        };
        drafts.push(draft);
        last = draft;
        if (!verbless) anchor = draft;
        claimsHere++;
        const pending: Awaiting | null = awaitingPlace;
        const kept: Draft[] = pending && pending.sentence === si ? pending.drafts : [];
        if (scope === 'country' && !c.bare && draft.unplaced && !debris)
          awaitingPlace = { drafts: [...kept, draft], sentence: si };
        else if (pending && pending.sentence !== si) awaitingPlace = null;
      }
    }
    // "58 drones were destroyed overnight; they were brought down over the Voronezh, Belgorod … regions": the restatement
    // after a semicolon of the same sentence places the count as one in the next sentence would (claims.md, edge case 2)
    if (awaitingPlace !== null && awaitingPlace.sentence === si) {
      const semi = s.text.lastIndexOf('; ');
      const rest = semi > 0 ? { start: s.start + semi + 2, text: s.text.slice(semi + 2) } : null;
      if (rest && restatementPattern().test(rest.text) && !rest.text.slice(0, 80).match(/\d/)) {
        placeRestated(awaitingPlace.drafts, rest);
        if (awaitingPlace.drafts.some((d) => d.restated)) awaitingPlace = null;
      }
    }
    reading.claimantsNamed(claimants, si);
    if (sentenceDate === undefined) undatedSentences.push(s);
    else if (sentenceDate !== null) {
      articleDate = sentenceDate;
      undatedSentences.length = 0;
    }
  }
  definiteSingulars(drafts);
  if (RULES.respectively) respectively(drafts, sentences);
  if (RULES.shareCoordinatedPlaces) shareCoordinatedPlaces(drafts, body);
  if (RULES.missilesCalledRockets) missilesCalledRockets(drafts, body);
  if (RULES.roundedInHeadline) roundedInHeadline(drafts);
  if (RULES.tallyRestated) tallyRestated(drafts, tallies, sentences);
  if (RULES.unknownPartsOfTotal) unknownPartsOfTotal(drafts);
  if (RULES.unknownRestated) unknownRestated(drafts, sentences);
  if (RULES.headlineSubset) headlineSubset(drafts);
  if (RULES.partsInheritPlace) partsInheritPlace(drafts, body);
  if (RULES.placesListedAfter) placesListedAfter(drafts, sentences);
  if (RULES.additivePlace) additivePlace(drafts, sentences);
  if (RULES.runningTotalPlace) runningTotalPlace(drafts, body);
  if (RULES.parallelPlace) parallelPlace(drafts, body);
  debrisSingles(drafts);
  linkParts(drafts, body);
  return finalise(drafts, body === original ? null : original, body);
}

/** Verbs of what became of a part other than its downing: reaching its target, or another fate ("4 of them had died"). */
const STRUCK = new Set(
  'struck hit crashed slammed smashed exploded detonated damaged reached penetrated evaded slipped missed died killed injured wounded'.split(
    ' ',
  ),
);

/**
 * "One of the drones, manoeuvring among residential blocks, struck a nine-storey building", "133 of them have since
 * reached their destinations": a part whose own clause has it strike, reach or suffer another fate is what got through
 * (or another set: flights, people), not a part of the downing (rule partStruck).
 */
function partStruck(toks: Tok[], from: number): boolean {
  let k = from;
  // (past one aside between commas that opens with a participle: ", manoeuvring among residential blocks,")
  if (toks[k]?.raw === ',' && /(?:ing|ed)$/.test(toks[k + 1]?.low ?? '')) {
    let x = k + 1;
    while (x < Math.min(toks.length, k + 14) && toks[x]!.raw !== ',') x++;
    if (toks[x]?.raw !== ',') return false;
    k = x + 1;
  }
  // (the verb right after, past its auxiliaries and adverbs: "have since reached", "had died"; not a later clause's,
  // review)
  while (k < toks.length && k < from + 20 && (AUX_OR_ADVERB.has(toks[k]!.low) || toks[k]!.low.endsWith('ly'))) k++;
  // ("One of the drones blew up in a village": another fate, rule partBlewUp)
  // (not "blew up in mid-air after being hit", the downing itself; review)
  if (
    RULES.partBlewUp &&
    toks[k]?.low === 'blew' &&
    toks[k + 1]?.low === 'up' &&
    !toks.slice(k + 2, k + 10).some((t) => IN_THE_AIR_WORDS.has(t.low)) &&
    // (on the ground: "in a village", "on a roof", not "over the Kaluga region after being downed"; second review)
    toks.slice(k + 2, k + 8).some((t) => GROUND_PLACE_WORDS.has(t.low))
  )
    return true;
  return STRUCK.has(toks[k]?.low ?? '');
}
/** After "blew up": the air, or a hit, that make it the downing ("in mid-air after being hit"). */
const IN_THE_AIR_WORDS = new Set([
  'air',
  'mid-air',
  'midair',
  'sky',
  'hit',
  'struck',
  'intercepted',
  'shot',
  'downed',
  'flight',
]);
const GROUND_PLACE_WORDS = new Set(
  'village villages house houses home homes roof building buildings ground field yard street garage car town settlement'.split(
    ' ',
  ),
);
const AUX_OR_ADVERB = new Set('have has had was were since later then also eventually still'.split(' '));

/** ", of which …" / ", of them …" right after the count's phrase: the count is a set a later part is taken from. */
function setOfWhichAfter(toks: Tok[], c: Count): boolean {
  return (
    toks[c.npTo]?.raw === ',' &&
    toks[c.npTo + 1]?.low === 'of' &&
    (toks[c.npTo + 2]?.low === 'which' || toks[c.npTo + 2]?.low === 'them')
  );
}

/** The count stands in a clause opened by ", of which" / ", of them" ("…, of which Ukraine intercepted 23"). */
function inOfWhichClause(toks: Tok[], c: Count): boolean {
  let k = c.from - 1;
  while (k >= 0 && toks[k]!.raw !== ',') k--;
  return k >= 0 && toks[k + 1]?.low === 'of' && (toks[k + 2]?.low === 'which' || toks[k + 2]?.low === 'them');
}

/** ", as well as Krasnodar Krai", "and also over the Black Sea": a clause that adds places. */
const PLACES_MORE = /^\s*,?\s*(?:as well as|and also|plus)\s+(?:(?:over|in|above)\s+)?(?:the\s+)?\p{Lu}/u;
/** Words a clause of places only may hold beside the names. */
const PLACE_FILLER =
  /\b(?:as|well|and|also|plus|over|in|above|the|of|regions?|oblasts?|krai|territory|territories|republics?|provinces?|seas?)\b|[\s,.;]/gi;

/** "Of those", "of them", "of the downed drones": the set just downed (not "of the rest", "of the launched drones"; rule fellOverPart, review). */
const DOWNED_PARTITIVE =
  /\b(?:of|among)\s+(?:those|them|these|which)\b|\bof\s+the\s+(?:downed|destroyed|intercepted)\b/i;
/** What a part that fell then did: "… and hit homes", ", damaging roofs" (rule fellOverPart). */
const IMPACT_AFTER_FALL =
  /^[^.;]*?(?:\band|,)\s+(?:then\s+)?(?:hit|hitting|damaged|damaging|struck|striking|set|setting|injured|injuring|killed|killing|caused|causing|started|starting|smashed|did\s+not|didn['’]t)\b/i;
/**
 * Whether a count `value` of `weapon` is a part of a set claimed in the last two sentences: after "of those" (`partitive`),
 * any larger set of the weapon; else one whose count the sentence's own counts add up to ("one fell over the north and the
 * remaining two over its west" after three downed). Rule fellOverPart.
 */
function partOfSetDownedBefore(
  drafts: readonly Draft[],
  si: number,
  value: number,
  weapon: Weapon | null,
  partitive: boolean,
  counts: readonly Count[],
): boolean {
  let sum = 0;
  for (const o of counts) if (!o.denominator) sum += o.value;
  return drafts.some(
    (d) =>
      d.sentence < si &&
      si - d.sentence <= 2 &&
      (weapon === null || d.claim.weapon === weapon) &&
      d.claim.count > value &&
      (partitive || d.claim.count === sum),
  );
}

/** [from, to) holds place names and filler words only ("as well as Krasnodar Krai", "and also over the Black Sea"). */
function onlyPlaces(body: string, places: readonly PlaceMention[], from: number, to: number): boolean {
  let rest = '';
  let at = from;
  for (const p of places) {
    if (p.start < from || p.end > to || p.kind === 'demonym') continue;
    rest += body.slice(at, p.start) + ' ';
    at = p.end;
  }
  rest += body.slice(at, to);
  return rest.replace(PLACE_FILLER, '').length === 0;
}

/** The number of "over five regions" (a word or digits). */
/** "over four regions at once: the Tambov, …": a number of regions, then a colon (rule numberedRegionsListed). */
// (right after the count's phrase and its verb, no comma between: not "12 drones, and damage was reported in three
// regions: …"; review)
const NUMBERED_REGIONS_COLON =
  /^[^.;:,]{0,40}?\b(?:over|in|across|above)\s+(?:the\s+territory\s+of\s+|the\s+)?(two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:\w+\s+)?(?:regions|oblasts|provinces|areas)\b[^.;:,]{0,25}:\s*/i;
/** A word that makes the places a part of the count's ("mainly over", "including in"). */
const PARTLY_OVER =
  /\b(?:mainly|mostly|largely|chiefly|primarily|predominantly|including|among|notably|particularly|especially)\s+(?:over|in|across|above)\b/i;
/** A count in a list ("20 over the Bryansk region, 15 over …"): the list is a breakdown, not the total's places. */
const LISTED_COUNT =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens)\b\s+(?:\w+\s+){0,3}(?:over|in|above|across)\b/i;
/** The same with the tens and teens in words (rule tensInLists). */
const LISTED_COUNT_WIDE = new RegExp(
  LISTED_COUNT.source.replace('|a dozen|dozens)', `|a dozen|dozens|${TENS_IN_WORDS})`),
  'i',
);

/** The places listed after "over N regions:", when there are N of them and the list has no counts of its own; else null. */
function numberedRegionsListed(
  body: string,
  from: number,
  sentenceEnd: number,
  places: readonly PlaceMention[],
): string[] | null {
  const m = NUMBERED_REGIONS_COLON.exec(body.slice(from, sentenceEnd));
  // ("mainly over two regions: …", "including over three regions: …": some of the count is elsewhere, edge case 4)
  if (!m || PARTLY_OVER.test(m[0])) return null;
  const listFrom = from + m[0].length;
  const stop = body.slice(listFrom, sentenceEnd).search(/[;:]/);
  const listTo = stop < 0 ? sentenceEnd : listFrom + stop;
  // ("over four regions: 20 over the Bryansk region, 15 over …": a breakdown, its total stays unplaced, edge case 3)
  if ((RULES.tensInLists ? LISTED_COUNT_WIDE : LISTED_COUNT).test(body.slice(listFrom, listTo))) return null;
  const codes = new Set(
    places
      .filter((p) => p.start >= listFrom && p.end <= listTo && p.kind !== 'country' && p.kind !== 'demonym')
      .map((p) => p.code),
  );
  return codes.size === regionsNumbered(m[1]!) ? [...codes].sort() : null;
}

function regionsNumbered(written: string): number {
  const named = written.toLowerCase();
  return parseNumberWords({ length: 1, at: (k) => (k === 0 ? named : '') }, 0)?.value ?? Number(named);
}

/** The counts claimed in the sentences just before sentence `si`: what "the rest" may be the remainder of. */
function claimedBefore(drafts: Draft[], si: number): Breakdown[] {
  return drafts
    .filter((d) => d.sentence >= si - (RULES.statedRemainder ? 3 : 2))
    .map((d) => ({ value: d.claim.count, weapon: d.claim.weapon }));
}

/** "This month alone, their losses exceeded … Over the same period, 188 HIMARS rockets … had been intercepted": a tally by reference. */
function samePeriodTallyAt(sentences: Span[], si: number): boolean {
  const text = sentences[si]!.text;
  if (!SAME_PERIOD.test(text))
    return RULES.sinceThen && SINCE_THEN.test(text) && si > 0 && spanOpenedIn(sentences[si - 1]!.text);
  for (let k = Math.max(0, si - 3); k <= si; k++) {
    const t = sentences[k]!.text;
    if (PERIOD_HINT.test(t) && CUMULATIVE.test(t)) return true;
  }
  return false;
}

/**
 * The sentence just before "since then" opens a span of a month or more ("since February 2022, when …"), not as a
 * comparison ("the largest attack since the war began") and not at an hour ("at about 23:00", "after midnight"): rule
 * sinceThen, review.
 */
function spanOpenedIn(t: string): boolean {
  if (!PERIOD_HINT.test(t) || CLOCK_OR_MIDNIGHT.test(t)) return false;
  const m = CUMULATIVE.exec(t);
  return m !== null && !SUPERLATIVE_BEFORE.test(t.slice(Math.max(0, m.index - 70), m.index));
}
const CLOCK_OR_MIDNIGHT = /\b\d{1,2}[:.]\d{2}\b|\bmidnight\b|\b\d{1,2}\s*[ap]\.?m\b/i;

/** Records why a count did or did not become a claim, when explaining (`trace`). */
function note(trace: Decision[] | null, body: string, toks: Tok[], c: Count, claim: boolean, why: () => string): void {
  if (trace)
    trace.push({
      text: body.slice(toks[c.from]!.start, toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end),
      start: toks[c.from]!.start,
      end: toks[c.npTo - 1]?.end ?? toks[c.numTo - 1]!.end,
      claim,
      rule: why(),
    });
}

/**
 * What a few claims need of the whole article, read when first asked (most articles never need them): the country
 * its places mostly name, the weapon words it uses.
 *
 * (This and the per-article helpers in extract() are methods, not functions bound to names made on each call: the
 * loader the core bench runs under (tsx, keepNames) names such a function each time it is made, which cost more than
 * most of their calls.)
 */
class ArticleLookups {
  private readonly body: string;
  private countryMemo: string | null | undefined = undefined;
  private weaponWordsMemo: WeaponWord[] | null = null;

  constructor(body: string) {
    this.body = body;
  }

  country(): string | null {
    if (this.countryMemo === undefined)
      this.countryMemo = dominantCountry(withoutOrigins(this.body, findPlaces(this.body)));
    return this.countryMemo;
  }

  weaponWords(): WeaponWord[] {
    return (this.weaponWordsMemo ??= weaponWordsOf(this.body));
  }
}

/** Days a sentence may name (review: a course on Saturday does not place a count of Tuesday). */
const DAY_WORD =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|this\s+week)\b/gi;
/** Words that set a sentence at another time than the night counted ("two weeks ago", "in the summer", "last week"). */
const ANOTHER_TIME =
  /\b(?:ago|yesterday|in\s+the\s+(?:summer|spring|autumn|fall|winter)|first\s+(?:year|months?|weeks?|days?)|last\s+(?:week|month|year|summer|spring|autumn|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|this\s+week|earlier\s+(?:in\s+the\s+(?:day|week|month)|this\s+(?:week|month))|the\s+day\s+before|previous\s+(?:night|day|evening)|(?:19|20)\d\d|(?:in|on|since)\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b/i;
/** A count told as another report's ("Separately, …", "In a separate incident", "Meanwhile"; second review). */
const SEPARATE_REPORT = /\b(?:separately|separate\s+(?:incident|attack|report)|meanwhile)\b/i;
/**
 * Whether a course told in sentence `course` and a count of sentence `count` are of one night (rules aimedAtTarget,
 * courseSet): neither sets itself at another time, and the days they name, if the count's names any, are the course's.
 */
function oneNight(course: string, count: string): boolean {
  for (const t of [course, count])
    if (BACKGROUND_TIME.test(t) || PAST_PERIOD.test(t) || ANOTHER_TIME.test(t)) return false;
  if (SEPARATE_REPORT.test(count)) return false;
  const days = (t: string): string =>
    [...t.matchAll(DAY_WORD)]
      .map((m) => m[0].toLowerCase())
      .sort()
      .join();
  const own = days(count);
  return own === '' || own === days(course);
}
/** A set of threats with a verb of course after it: "Twelve Ukrainian drones went for …", "30 drones headed for …" (rule courseSet). */
const COURSE_SET =
  /\b(?:drones?|UAVs?|vehicles?|missiles?|rockets?|Shaheds?|projectiles|aircraft)\s+(?:(?:had|have|has)\s+)?(?:went|headed|heading|were\s+heading|was\s+heading)\s+for\b/i;
/** A course that is no attack, or a part of a set told before ("Of the 40 drones, 12 headed for Moscow"; review). */
const COURSE_NOT_ATTACK = /^\s*of\s+(?:the\s+)?\d|\b(?:convoy|shipment|delivery|deliveries|delivered|cargo)\b/i;
/** A count's sentence that tells it stopped away from a target ("elsewhere", "in other regions", "in the west"). */
const ELSEWHERE_WORDS =
  /\b(?:elsewhere|other\s+(?:regions|areas|parts|oblasts|provinces)|in\s+the\s+(?:west|east|north|south)\b|neighbouring|neighboring|border|frontier|en\s+route|along\s+the\s+route|on\s+(?:their|its|the)\s+way)\b/i;
/** Right before the place a set went for ("went for the Russian capital ", "headed for "; rule courseSet). */
const COURSE_TARGET_BEFORE =
  /\b(?:went|headed|heading)\s+for\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:city\s+of\s+|(?:\w+\s+){0,2})?$/i;
// ("at the civilian infrastructure of Kherson", "on the energy facilities of the Odesa region": two words and "of")
const TARGET_BEFORE =
  /\b(?:attacked|attacking|struck|striking|targeted|targeting|at|on|against|towards?)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:city\s+of\s+|(?:\w+\s+){0,2}(?:of\s+(?:the\s+)?)?)?$/i;

/**
 * Between two places of one list: "A and B", "A, B", "A, and the villages of B", names the gazetteer does not know
 * between them ("A, the villages of Karnaukhovka, B"; rule targetList).
 */
const LISTED_AFTER_TARGET =
  /^(?:,|\s+and\b)(?:,?\s+(?:and|the|of|villages?|settlements?|towns?|cities|city|districts?|khutor|\p{Lu}[\p{L}'’-]*))*,?\s+$/u;
/** Whether a launch sentence sends its threats at or across a whole country ("at Ukraine", "across Russia"; rule openingScene). */
function countryTargeted(s: Span, found: readonly PlaceMention[], before: RegExp): boolean {
  for (let i = 0; i < found.length; i++) {
    const q = found[i]!;
    if (q.kind !== 'country') continue;
    const lead = s.text.slice(Math.max(0, q.start - 40), q.start);
    if (before.test(lead) || /\b(?:across|over|throughout|all\s+over)\s+(?:the\s+)?$/i.test(lead)) return true;
  }
  return false;
}
/** A verb of saying or meeting: a sentence with one opens on the place of who speaks, not of the attack (rule openingScene). */
const REPORTING_VERB =
  /\b(?:said|says|say|told|tells|reported|reports|announced|announces|stated|states|wrote|writes|added|adds|claimed|claims|according|released|posted|published|met|meets|praised|briefed)\b/i;
/** A conjunction that puts a launch in a clause of its own beside the scene (rule openingScene). */
const SUBORDINATE = /\b(?:as|while|after|when|before|since|because|though|although|whereas|amid)\b/i;
/** A sentence's opening up to a place that sets its scene: "In the ", "Over ", "Across the " (rule openingScene). */
const OPENING_SCENE = /^\s*(?:In|Over|Across)\s+(?:the\s+)?$/;
/**
 * The one subdivision a launch sentence names as its target ("22 drones attacked Crimea", "fired 15 drones at the
 * Belgorod region"), or null when it names none, several, or only origins ("launched from Kursk").
 */
function targetOf(body: string, s: Span, before: RegExp = TARGET_BEFORE): string[] | null {
  const codes = new Set<string>();
  /** Where the last target read ends (body offset): a place listed after it is a target too (rule targetList). */
  let targetEnd = -1;
  const found = findPlaces(s.text);
  for (const p of found) {
    if (p.kind === 'country' || p.kind === 'demonym') continue;
    const start = p.start + s.start;
    if (isDateline(body, start, p.end + s.start)) continue;
    // ("fired at the Odesa region from a ship in the Black Sea": where the launch came from is no target)
    if (LAUNCHED_FROM_BEFORE.test(body.slice(Math.max(s.start, start - 40), start))) continue;
    // ("Kyiv tried to attack Crimea with 38 drones": a capital that launches is the government, no target; rule
    // capitalLaunches)
    if (RULES.capitalLaunches && CAPITAL_NAME.test(p.text) && CAPITAL_LAUNCHES.test(s.text.slice(p.end))) continue;
    // ("In the Belgorod district, 12 drones struck the settlements of …": the scene the sentence opens with is where its
    // attack fell; rule openingScene)
    // (not where someone speaks, "In Kyiv, Zelensky said Russia launched 50 drones at Ukraine", nor a scene beside a
    // launch in another clause or at a wider target, "In Kyiv, residents sheltered as Russia launched 120 drones across
    // Ukraine", "In Odesa, Russia launched 50 drones at the southern regions", nor a sea launched from; review)
    const scene =
      RULES.openingScene &&
      OPENING_SCENE.test(s.text.slice(0, p.start)) &&
      s.text[p.end] === ',' &&
      p.kind !== 'sea' &&
      !REPORTING_VERB.test(s.text) &&
      !SUBORDINATE.test(s.text) &&
      !WIDER_THAN_TARGET.test(s.text) &&
      !countryTargeted(s, found, before);
    // ("struck the settlements of Dubovoye and Razumnoye, the villages of …": the places listed after a target)
    const listed =
      RULES.targetList && targetEnd >= 0 && LISTED_AFTER_TARGET.test(s.text.slice(targetEnd - s.start, p.start));
    const preceding = body.slice(Math.max(s.start, start - 40), start);
    // ("Kyiv tried to attack Crimea with 38 drones": the infinitive of an attack names its target too; rule
    // toAttackTarget)
    // ("Ukraine fired 16 cruise missiles at a Russian shipyard in Kerch": a site named as the target, then the place it
    // is in; rule siteInTarget)
    const siteIn = RULES.siteInTarget && before === TARGET_BEFORE && SITE_IN_TARGET_BEFORE.test(preceding);
    if (
      !scene &&
      !listed &&
      !siteIn &&
      !before.test(preceding) &&
      !(RULES.toAttackTarget && TO_ATTACK_BEFORE.test(preceding))
    )
      return null;
    // ("Russia launched 134 drones at Kyiv and other cities of Ukraine": a target with others beside it is no one place
    // of the set; rule andOtherTargets)
    if (RULES.andOtherTargets && AND_OTHER_PLACES.test(s.text.slice(p.end))) return null;
    targetEnd = p.end + s.start;
    codes.add(p.code);
  }
  return codes.size === 1 ? [...codes] : null;
}

/** Right after a target: "and other cities", ", as well as several other regions of" (rule andOtherTargets). */
const AND_OTHER_PLACES =
  /^(?:\s+(?:region|oblast|province|city))?,?\s+(?:and|as\s+well\s+as)\s+(?:(?:several|many|various|a\s+number\s+of|dozens\s+of)\s+)?other\s+(?:[\w-]+\s+)?(?:cities|towns|regions|oblasts|provinces|areas|parts|places|settlements|targets)\b/i;

/** Right before the place a targeted site is in: "at a Russian shipyard in ", "on an airfield near the " (rule siteInTarget). */
const SITE_IN_TARGET_BEFORE =
  /\b(?:attacked|struck|targeted|at|on|against)\s+(?:a|an|the)\s+(?:[\w-]+\s+){1,3}(?:in|near|outside)\s+(?:the\s+)?$/i;
/** Right before a target an attempt names: "tried to attack ", "attempted to strike the " (rule toAttackTarget). */
const TO_ATTACK_BEFORE =
  /\b(?:tried|tries|trying|attempted|attempting|sought)\s+to\s+(?:attack|strike|hit|target)\s+(?:the\s+)?$/i;
/** Right after a capital that is the subject of a launch: "Kyiv launched", "Moscow tried to attack" (rule capitalLaunches). */
const CAPITAL_LAUNCHES =
  /^\s+(?:(?:has|had|again|also|then|later|overnight)\s+)*(?:launched|fired|sent|attacked|struck|targeted|unleashed|(?:tried|attempted)\s+to\s+(?:attack|strike|hit|target))\b/i;

/** A civilian aircraft in a count's own phrase ("a Ukrainian passenger plane", "two airliners"; rule civilianAircraft). */
const CIVILIAN_AIRCRAFT =
  /\b(?:passenger|civilian|commercial)\s+(?:plane|planes|jet|jets|aircraft|airliners?)\b|\bairliners?\b/i;

/** "hits from 10 missiles", "impacts of 26 drones": a count right after a noun of hits (rule hitsRecorded). */
function hitsOf(toks: Tok[], from: number): boolean {
  const prep = toks[from - 1]?.low;
  return (prep === 'from' || prep === 'by' || prep === 'of') && HIT_NOUNS.has(toks[from - 2]?.low ?? '');
}
const HIT_NOUNS: ReadonlySet<string> = new Set(['hits', 'impacts', 'hit', 'impact']);

/** Whether a target's one region was named only as "the capital", whose country the gazetteer cannot tell (it says Moscow). */
function onlyGenericCapital(s: Span, regions: readonly string[]): boolean {
  const named = findPlaces(s.text).filter((p) => p.code === regions[0]);
  return regions.length === 1 && named.length > 0 && named.every((p) => p.kind === 'capital' && p.generic === true);
}

/** "from a ship in the Black Sea", "from the occupied Kherson region": an origin up to four words before a place. */
const LAUNCHED_FROM_BEFORE = /\bfrom\s+(?:(?!at\b|on\b|towards?\b)[\w-]+\s+){0,4}$/i;

/** "X has (once again) come under drone attack": the perfect of "came under", read as it is (rule perfectUnderAttack). */
const UNDER_ATTACK_PERFECT_AFTER =
  /^\s*(?:has|have|had)\s+(?:(?:also|again|once\s+again|repeatedly|now|just)\s+)?come\s+under\s+(?:(?:a|an|another|heavy|massive|repeated)\s+)?(?:(?:series|wave|waves)\s+of\s+)?(?:[\w-]+\s+){0,2}attacks?\b/i;
/** "X came under (a series of) drone attacks", "X was attacked": a place as the subject of an attack. */
const UNDER_ATTACK_AFTER =
  /^\s*(?:(?:came|comes|was|were|is|has\s+been|had\s+been)\s+(?:(?:also|again|once\s+again|repeatedly)\s+)?under\s+(?:(?:a|an|another|heavy|massive|repeated)\s+)?(?:(?:series|wave|waves)\s+of\s+)?(?:[\w-]+\s+){0,2}attacks?\b|(?:was|were|has|had|have)\s+(?:(?:also|again|once\s+again|already|repeatedly)\s+)?(?:been\s+)?(?:attacked|targeted)\b)/i;
/**
 * As UNDER_ATTACK_AFTER, up to four words before the attack noun ("came under a drawn-out Russian drone attack", "the
 * largest Russian drone attack of the war", "a combined drone and missile attack"), which aerialAttack then reads (rule
 * attackNounModifiers).
 */
const UNDER_ATTACK_AFTER_LONG =
  /^\s*(?:(?:came|comes|was|were|is|has\s+been|had\s+been)\s+(?:(?:also|again|once\s+again|repeatedly)\s+)?under\s+(?:(?:a|an|another|heavy|massive|repeated|the)\s+)?(?:(?:series|wave|waves)\s+of\s+)?(?:[\w-]+\s+){0,4}attacks?\b|(?:was|were|has|had|have)\s+(?:(?:also|again|once\s+again|already|repeatedly)\s+)?(?:been\s+)?(?:attacked|targeted)\b)/i;
/**
 * Whether the words before the attack noun of a long match tell an attack from the air ("drone", "missile", "air") and
 * no other kind ("artillery", "glide bomb", "FPV", "hacker"; second review).
 */
function aerialAttack(m: RegExpExecArray | null): boolean {
  if (!m) return false;
  return AERIAL_ATTACK_WORD.test(m[0]) && !OTHER_ATTACK_WORD.test(m[0]);
}
const AERIAL_ATTACK_WORD = /\b(?:drones?|UAVs?|Shaheds?|missiles?|air|aerial|rocket)\b/i;
const OTHER_ATTACK_WORD =
  /\b(?:artillery|FPV|bombs?|KABs?|glide|hacker|hackers|cyber|infantry|ground|tank|mortar|shelling|ballistic|terrorist)\b/i;
/** "a drone attack on Kazan", "Russia's sixth raid on Kyiv": the target after an attack noun. */
const ATTACK_ON_BEFORE =
  /\b(?:attacks?|raids?|strikes?|assaults?|barrages?|salvos?)\s+(?:on|against)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:(?:Ukrainian|Russian)\s+)?(?:capital,?\s+|city\s+of\s+|port\s+(?:city\s+)?(?:of\s+)?)?$/i;

/**
 * "carried out drone attacks on the military airfield in Kursk", "launched a strike on an oil depot near Tuapse": the place
 * of a site an attack was carried out on (rule attackOnFacility; not "Its attacks on the energy infrastructure in the
 * Odesa region caused blackouts", a background beside a launch at the whole country, review).
 */
const ATTACK_ON_FACILITY_BEFORE =
  /\b(?:carried\s+out|carries\s+out|launched|launches|conducted|mounted|staged)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:attacks?|raids?|strikes?)\s+(?:on|against)\s+(?:an?|the)\s+(?:[\w-]+\s+){1,3}(?:in|near|outside|at)\s+(?:the\s+)?$/i;
/** A past week or month an attack is set in: "at the weekend", "in February", "last week" (rules appositionAttacked, attackNounModifiers). */
const PAST_PERIOD =
  /\b(?:at\s+the\s+weekend|last\s+(?:week|month|year|spring|summer|autumn|winter)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|since\s+\d{4})\b/;
/** Words that set an attack in the past or as a campaign, not the night a count is of ("last month", "continued"). */
const BACKGROUND_TIME =
  /\b(?:last\s+(?:month|week|year)|continued|continues|renewed|stepped\s+up|campaign|in\s+recent\s+(?:days|weeks|months)|since|times|daily|regular|regularly|repeatedly|frequent|frequently|this\s+(?:year|month))\b/i;
/** A place the gazetteer does not know, told as one ("12 over Sverdlovsk", "near Gorbakha"): the count has a place of its own. */
const UNREAD_PLACE =
  /\b(?:over|in|near|above|across|at)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Telegram)\b)(?=\p{Lu}\p{Ll})/gu;

/** Whether body[from, to) tells a place with a preposition that no place the gazetteer found starts at ("12 over Sverdlovsk"). */
function unreadPlaceIn(body: string, from: number, to: number, places: readonly PlaceMention[]): boolean {
  const text = body.slice(from, to);
  UNREAD_PLACE.lastIndex = 0;
  for (let m = UNREAD_PLACE.exec(text); m !== null; m = UNREAD_PLACE.exec(text)) {
    const at = from + m.index + m[0].length;
    if (!places.some((p) => p.start === at)) return true;
  }
  return false;
}

/**
 * A launch or an attack at a whole country: "sent 365 drones … against Ukraine", "attacked Russia overnight" (rule
 * countryTargetSentence; not the noun, "in the latest Russian attack on Ukraine", a wire's stock phrase; second review).
 */
const COUNTRY_TARGETED =
  /\b(?:sent|launched|fired|directed|unleashed)\b[^.;:]{0,80}?\b(?:against|at|on|towards?)\s+(?:Ukraine|Russia)\b(?!['’])|\battacked\s+(?:Ukraine|Russia)\b(?!['’])/;
/** A count's own clause telling it was elsewhere: "shot down elsewhere", "at sea", "in other regions" (rule additiveSiblingPlace). */
const ELSEWHERE_AFTER =
  /\b(?:elsewhere|at\s+sea|over\s+(?:the\s+)?(?:water|waters|sea)|near\s+the\s+border|(?:in|over)\s+(?:other|neighbouring|neighboring)\s+(?:regions|areas)|across\s+(?:the\s+country|Russia|Ukraine))\b/i;
/** Whether a claim after sentence `since` is placed somewhere other than `regions` (rule detectedSetTarget). */
function placedElsewhereSince(drafts: readonly Draft[], since: number, regions: readonly string[]): boolean {
  for (let i = drafts.length - 1; i >= 0 && drafts[i]!.sentence > since; i--) {
    const c = drafts[i]!.claim;
    if (c.scope === 'region' && c.regions.join() !== regions.join()) return true;
  }
  return false;
}
/** Right after a count: sent at a number of regions ("launched at close to a dozen Russian regions"; rule widerTargetOfCount). */
const WIDER_TARGET_OF_COUNT =
  /^\s*(?:that\s+(?:had\s+been|have\s+been|were|was)\s+|which\s+(?:had\s+been|were)\s+)?(?:launched|sent|aimed|fired|directed|flying|heading)\s+(?:at|towards?|against|into)\s+(?:(?:close\s+to|almost|nearly|some|about|around|more\s+than|over|at\s+least|up\s+to)\s+)?(\d+|a\s+dozen|dozens\s+of|several|various|multiple|many|a\s+number\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\s+(?:[\w-]+\s+)?(?:regions|oblasts|provinces|areas)\b/i;
/** Just before a place told as where threats were stopped: "over the ", "in the skies above " (rule widerTargetOfCount). */
const LOCATING_BEFORE =
  /\b(?:over|above|in|near|within)\s+(?:the\s+)?(?:(?:skies|sky|airspace)\s+(?:over|above|of)\s+(?:the\s+)?)?$/i;
/** A number written in digits or words ("fourteen", "a dozen"), or NaN for "several", "many". */
function numberOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const words = text.toLowerCase().split(/\s+/);
  const n = parseNumberWords({ length: words.length, at: (k) => words[k] ?? '' }, 0);
  return n !== null && n.used === words.length ? n.value : NaN;
}
/** Words of an area wider than one attacked place, in a count's sentence or an attack's ("a number of regions"). */
const WIDER_THAN_TARGET =
  /\b(?:territory|territories|country|nationwide|regions|oblasts|provinces|areas|cities|towns|fronts?|directions|in\s+all|in\s+total|altogether|all\s+told|a\s+total\s+of|overall)\b/i;

/** "in western Russia and in …", "over southern Ukraine and over …": a compass part of a whole country and another area
 * beside it (rule countryPartWider). */
const COUNTRY_PART =
  /\b(?:in|over|across|above)\s+(?:the\s+)?(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central)\s+(?:Russia|Ukraine)\s+and\s+(?:(?:also\s+)?(?:in|over|above|across)\s+)/i;
/** "over other parts of western Russia", "in parts of the country" (rule partsOfWider). */
const PARTS_OF = /\bparts\s+of\b/i;

/**
 * An area wider than one place, told of a count: "across the country", "nationwide", "over several regions" (rule
 * widerThanSetTarget; not "in total" or "over the territory", which a part of an attack on one place may say).
 */
const WIDER_AREA =
  /\b(?:across|throughout|all\s+over)\s+(?:the\s+)?(?:country(?!['’]s)|Ukraine|Russia)\b|\bnationwide\b(?!\s+(?:air|alert|alarm|blackout|curfew|TV|television))|\b(?:several|various|many|multiple|other|\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+number\s+of)\s+(?:\w+\s+)?(?:regions|oblasts|provinces|cities)\b(?!\s+(?:of|in)\s+the\s+(?:oblast|region|city|province))/i;
/** The rest of a count's clause: from its end to the next comma, semicolon, colon or dash (rule widerThanSetTarget; review). */
function ownClause(body: string, from: number, to: number): string {
  const rest = body.slice(from, to);
  const cut = rest.search(/[,;:]|\s[—–-]\s|\s(?:in\s+what|which|that|who)\b/);
  return cut < 0 ? rest : rest.slice(0, cut);
}

/** How many sentences back an attack's target may place a count ("X came under attack. They came from … . Air defence reacted. Four were destroyed"). */
const ATTACK_TARGET_REACH = 4;

/**
 * The target of the nearest attack told before sentence `si` (rule attackTargetPlace), or null when a sentence on the way
 * back names another place or counts something downed: the text must give no other place.
 */
function attackTargetBefore(
  sentences: readonly Span[],
  si: number,
  drafts: readonly Draft[],
  attackPlaced: ReadonlyMap<number, number>,
  value: number,
  placesOf: (k: number) => PlaceMention[],
  /** The count's weapon (rule aimedAtTarget: a course of another weapon's threats places nothing). */
  weapon: Weapon,
): string | null {
  for (let k = si - 1; k >= 0 && si - k <= ATTACK_TARGET_REACH; k--) {
    // (a sentence whose counts the same target placed holds parts of that attack, and so may a smaller count after it:
    // "Seven were shot down. Separately, five were put out of action"; a larger one is a wider total: "Last night 13
    // were brought down. Over the whole night, 38")
    const part = attackPlaced.get(k);
    if ((part === undefined || value > part) && drafts.some((d) => d.sentence === k)) return null;
    const s = sentences[k]!;
    const places = placesOf(k);
    const target =
      (RULES.launcherNotAttack ? ATTACK_HINT_STRICT : ATTACK_HINT).test(s.text) ||
      (RULES.aimedAtTarget && aimedCourse(s.text, sentences[si]!.text, weapon, value))
        ? attackedPlace(s, places)
        : null;
    if (target) return target;
    // ("Having launched Shaheds from occupied Crimea, the enemy sent them at the coastal districts of the region": where
    // the launch came from is no other place of the attack, when the sentence counts no set of its own, which would be
    // another attack's, "Overnight, Russia launched 40 drones from the Kursk region"; rule originNotTarget)
    // (nor past a sentence that names a side or a wider target, "Overnight, Russia launched Shaheds from the Kursk
    // region at several regions", or a vague set, "dozens of drones": another attack's; review)
    if (!namesSubdivision(places)) continue;
    if (
      !allLaunchedFrom(s, places) ||
      WIDER_THAN_TARGET.test(s.text) ||
      VAGUE_SET.test(s.text) ||
      largestSet(findCounts(tokens(s.text, s.start), s.text, s.start))
    )
      return null;
  }
  return null;
}

/**
 * The one subdivision a sentence tells an attack on, whether or not it counts what was sent ("Kazan came under a
 * series of drone attacks", "Russia hit the Ukrainian capital Kyiv with an air attack", "a drone attack on
 * Sevastopol"); null when it names none, several, or a place in another role (an origin, a place of damage).
 */
function attackedPlace(s: Span, places: readonly PlaceMention[]): string | null {
  if (WIDER_THAN_TARGET.test(s.text)) return null;
  const codes = new Set<string>();
  // (`places` are in body offsets, without datelines: placesInSentence)
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (p.kind === 'country' || p.kind === 'demonym' || (p.kind === 'capital' && p.generic)) continue;
    if (launchedFrom(s, p)) continue;
    // ("The Russian capital Moscow has come under attack": a place in apposition to the same place after it is that
    // one mention, whose role the words around the last tell; rule appositionTarget)
    if (RULES.appositionTarget && inApposition(s, p, places[i + 1])) continue;
    const at = p.start - s.start;
    const before = s.text.slice(Math.max(0, at - 50), at);
    // ("attacks on the Nikopol and Synelnykivskyi districts of Dnipropetrovsk region": the region the attacked districts
    // lie in is that target's; rule attackedDistrictsOf)
    if (RULES.attackedDistrictsOf && codes.size > 0 && DISTRICTS_OF_BEFORE.test(before)) {
      codes.add(p.code);
      continue;
    }
    // ("Ukraine's capital, Kyiv, came under a drone attack": the name in apposition between commas, its closing comma
    // read past to the attack after it; rule appositionAttacked)
    const apposed = RULES.appositionAttacked && /,\s*$/.test(before) && s.text[p.end - s.start] === ',';
    const after = s.text.slice(p.end - s.start + (apposed ? 1 : 0), p.end - s.start + 60);
    // (what only these two rules read is tonight's attack only: not "has been attacked repeatedly since 2022", "came
    // under … attack last month", "a large Russian cyber attack"; review)
    const now = !BACKGROUND_TIME.test(s.text) && !PAST_PERIOD.test(s.text);
    const underAttack =
      (!apposed || now) &&
      (UNDER_ATTACK_AFTER.test(after) ||
        (RULES.attackNounModifiers &&
          now &&
          aerialAttack(UNDER_ATTACK_AFTER_LONG.exec(after)) &&
          !/\bcyber/i.test(after)));
    if (
      !SET_TARGET_BEFORE.test(before) &&
      !ATTACK_ON_BEFORE.test(before) &&
      !(
        RULES.attackOnFacility &&
        ATTACK_ON_FACILITY_BEFORE.test(s.text.slice(Math.max(0, at - 100), at)) &&
        !BACKGROUND_TIME.test(s.text)
      ) &&
      !underAttack &&
      // (not a background of many attacks, "Kharkiv has come under daily attack since spring"; review)
      !(RULES.perfectUnderAttack && UNDER_ATTACK_PERFECT_AFTER.test(after) && !BACKGROUND_TIME.test(s.text))
    )
      return null;
    codes.add(p.code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

/** A place's aside that names only where it lies: "region, directly south of the Leningrad region," (rule referenceAside). */
const REFERENCE_ASIDE =
  /\b(region|oblast|province|krai|territory|republic),\s+(?:(?:directly|just|immediately|further)\s+)?(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|next\s+to|bordering|adjacent\s+to|neighbou?ring)\s+(?:the\s+)?\p{Lu}[\p{L}-]+(?:\s+(?:region|oblast|province|krai|territory|republic))?,/u;

/** A sentence that opens "In 2024", "Throughout 2023", a year before the article's publication (rule pastYearTally). */
function pastYearOpener(text: string, publishedAt: string | null): boolean {
  const m = PAST_YEAR_OPENER.exec(text);
  if (!m || publishedAt === null) return false;
  const year = Number(publishedAt.slice(0, 4));
  return Number.isFinite(year) && Number(m[1]) < year;
}
const PAST_YEAR_OPENER = /^\W*(?:In|During|Throughout|Over)\s+((?:19|20)\d\d)\b(?!\s*[-–]\d)/;
/** In a count's clause: "(locationally lost)", "lost in location", "location lost" (rule locationallyLost). */
const LOCATIONALLY_LOST =
  /\blocationally\s+lost\b|\blost\s+(?:in\s+)?location(?:ally)?\b|\blocation(?:ally)?\s+lost\b/i;
/** From `from` to the clause's end: the next comma, semicolon, full stop, dash, "and" or number, at most 80 characters
 * (brackets kept). */
function clauseAfter(body: string, from: number): string {
  const rest = body.slice(from, from + 80);
  const stop = rest.search(/[,;.—–\d]|\band\b/);
  return stop < 0 ? rest : rest.slice(0, stop);
}
/** Right before a count of more than one: "all but ", "all bar " (one is rule allButOneOf's). */
const ALL_BUT_BEFORE = /\ball\s+(?:but|bar)\s+$/i;
/** Right before a count: "almost all of the ", "nearly all " (rule nearlyAllOf). */
const NEARLY_ALL_BEFORE = /\b(?:almost|nearly|virtually|practically)\s+all\s+(?:of\s+)?(?:the\s+|these\s+|those\s+)?$/i;

/** Right before a place: the districts or communities of it just named ("… districts of "; rule attackedDistrictsOf). */
const DISTRICTS_OF_BEFORE =
  /\b(?:districts?|raions?|communities|community|hromadas?|outskirts|suburbs|areas?)\s+of\s+(?:the\s+)?$/i;

/**
 * A state outside this war as the actor of a sentence: "Myanmar junta says", "the Israeli military said", "Saudi air
 * defences" (rule foreignStateActor). Makers of arms ("Iranian-made", "Iranian Shahed drones") are not actors.
 */
const FOREIGN_STATE =
  /\b(?:Myanmar|Israel|Israeli|Iran|Iranian|Syria|Syrian|Yemen|Yemeni|Houthis?|Saudi(?:\s+Arabia)?|Sudan|Sudanese|Pakistan|Pakistani|India|Indian|Azerbaijan|Azerbaijani|Armenia|Armenian|Taiwan|Taiwanese|Lebanon|Lebanese|Hezbollah|Iraq|Iraqi|Libya|Libyan|Jordan|Jordanian|Turkey|Turkish|Türkiye|Emirati|UAE|North\s+Korea|South\s+Korea|Japan|Japanese)(?:['’]s)?\s+(?:junta|military|army|armed\s+forces|air\s+force|air\s+defen[cs]es?|forces|government|defen[cs]e\s+ministry|ministry|says|said|claims|claimed)\b/;
/** The lands of this war, by name (rule foreignStateActor). */
const OUR_LANDS = /\b(?:Russia|Russian|Ukrain|Belarus|Poland|Polish|Moscow|Kyiv|Kiev|Minsk|Crimea)/i;

/** Right after a bare number: "others hurt", "more were injured", "people killed" (rule othersHurt). */
const OTHERS_HURT_AFTER =
  /^\s+(?:others?|more|people|civilians)\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?(?:hurt|injured|wounded|killed|dead)\b/i;

/** From `at`, right after a count's noun: "(had) fallen onto a", "crashed into the", "hit a" — the threat's own impact (rule ownImpactVerb). */
function impactRightAfter(toks: Tok[], at: number): boolean {
  const k = IMPACT_AUX.has(toks[at]?.low ?? '') ? at + 1 : at;
  const verb = toks[k]?.low ?? '';
  const next = toks[k + 1]?.low ?? '';
  if (FALL_VERBS.has(verb)) return next === 'onto' || next === 'on' || next === 'into';
  return STRIKE_VERBS.has(verb) && (next === 'a' || next === 'an' || next === 'the');
}
const IMPACT_AUX: ReadonlySet<string> = new Set(['had', 'has', 'have']);
const FALL_VERBS: ReadonlySet<string> = new Set(['fell', 'fallen', 'crashed', 'slammed']);
const STRIKE_VERBS: ReadonlySet<string> = new Set(['hit', 'struck']);

/** Whether a count's sentence names no place but countries, demonyms and seats of who speaks (attackTargetPlace). */
function namesNoScene(body: string, sentenceStart: number, places: readonly PlaceMention[]): boolean {
  // (loops, not closures over the sentence loop's variables: see placesInSentence)
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (p.kind !== 'demonym' && p.kind !== 'country' && !(RULES.seatNoScene && isSeat(body, sentenceStart, p)))
      return false;
  }
  return true;
}

/**
 * Whether every place a count's sentence names is a demonym, the target's country, a country that owns the threats, or
 * a seat of who speaks in the target's country ("the Defence Ministry in Moscow said" tells Russia's report, so a count
 * after an attack on Odesa is no part of it; review) (attackTargetPlace).
 */
function onlyTargetCountry(
  body: string,
  sentenceStart: number,
  places: readonly PlaceMention[],
  target: string,
): boolean {
  const land = countryOfRegion(target);
  for (let i = 0; i < places.length; i++) {
    const p = places[i]!;
    if (p.kind === 'demonym' || p.code === land) continue;
    if (RULES.seatNoScene && isSeat(body, sentenceStart, p)) {
      if (countryOfRegion(p.code) === land) continue;
      return false;
    }
    if (!ownsThreats(body, sentenceStart, p)) return false;
  }
  return true;
}

/** "four drones of Ukraine": a country after a weapon noun and "of" owns the threats (rule ownerNoScene). */
function ownsThreats(body: string, sentenceStart: number, p: PlaceMention): boolean {
  return (
    RULES.ownerNoScene &&
    p.kind === 'country' &&
    WEAPON_OF.test(body.slice(Math.max(sentenceStart, p.start - 40), p.start))
  );
}

/** Whether any of a sentence's places is more than a country or a demonym. */
function namesSubdivision(places: readonly PlaceMention[]): boolean {
  for (let i = 0; i < places.length; i++)
    if (places[i]!.kind !== 'demonym' && places[i]!.kind !== 'country') return true;
  return false;
}

/** Whether every place of sentence `s` is where threats were launched from (rule originNotTarget). */
function allLaunchedFrom(s: Span, places: readonly PlaceMention[]): boolean {
  for (let i = 0; i < places.length; i++) if (!launchedFrom(s, places[i]!)) return false;
  return true;
}

/**
 * Whether a place of sentence `s` (body offsets) is where threats were launched from: "from" before it in a sentence
 * with a verb of launching ("Having launched Shaheds from occupied Crimea", "it sent missiles … from the Black Sea";
 * not "Reports from Kursk said", review; rule originNotTarget).
 */
function launchedFrom(s: Span, p: PlaceMention): boolean {
  const at = p.start - s.start;
  return (
    RULES.originNotTarget && LAUNCHED_FROM_BEFORE.test(s.text.slice(Math.max(0, at - 40), at)) && LAUNCHING.test(s.text)
  );
}
/** A verb of launching threats (rule originNotTarget). */
const LAUNCHING = /\b(?:launch|launched|launches|launching|fired|firing|sent|sending|flew|flown)\b/i;
/** A set counted without a number ("dozens of drones", "a wave of drones"): an attack of its own (rule originNotTarget). */
const VAGUE_SET = /\b(?:dozens|scores|hundreds|several|many|a\s+(?:number|wave|swarm|series|barrage))\s+of\b/i;

/** Whether `next` names `p`'s place again right after it, in apposition ("the Russian capital Moscow"; rule appositionTarget). */
function inApposition(s: Span, p: PlaceMention, next: PlaceMention | undefined): boolean {
  return (
    next !== undefined &&
    next.code === p.code &&
    /^,?\s{1,2}$/.test(s.text.slice(p.end - s.start, next.start - s.start))
  );
}

/**
 * The one place the part of sentence `s` before the colon ahead of `countStart` tells an attack on, when the part after
 * it names no place and no wider area (rule colonTarget); else null.
 */
function targetBeforeColon(
  s: Span,
  countStart: number,
  seg: Segment,
  places: readonly PlaceMention[],
  body: string,
  /** The counted threats' own country ("45 Russian drones"), if the phrase tells it. */
  origin: string | null,
): string | null {
  const colon = s.text.lastIndexOf(':', countStart - s.start);
  // (not a clock, "at 04:30")
  if (colon <= 0 || /\d/.test(s.text[colon + 1] ?? '')) return null;
  const cut = s.start + colon;
  const after = places.filter((p) => p.start > cut && p.kind !== 'country' && p.kind !== 'demonym');
  if (after.length > 0 || WIDER_THAN_TARGET.test(body.slice(cut, seg.end))) return null;
  // (the part before the colon starts at its last ";": "Russian drones attacked Kyiv on Monday; the overnight picture:")
  const open = s.text.lastIndexOf(';', colon) + 1;
  const head: Span = { start: s.start + open, end: cut, text: s.text.slice(open, colon) };
  if (!(RULES.launcherNotAttack ? ATTACK_HINT_STRICT : ATTACK_HINT).test(head.text)) return null;
  const target = attackedPlace(
    head,
    places.filter((p) => p.start >= head.start && p.end <= cut),
  );
  if (!target) return null;
  // (as rule attackTargetPlace: every country the sentence names is the target's, and the threats counted are not the
  // target country's own, "Ukraine was also hit: … 45 Russian drones were shot down", review; a country after "of /
  // from / by" owns or sends the threats, "an attack by drones of Ukraine")
  const land = countryOfRegion(target);
  const otherCountry = places.some(
    (p) =>
      p.kind === 'country' &&
      p.code !== land &&
      !/\b(?:of|from|by)\s+$/i.test(body.slice(Math.max(s.start, p.start - 8), p.start)),
  );
  if (otherCountry || origin === land) return null;
  return target;
}

/** "from the Sumy region", "from occupied Crimea": an origin before a place. */
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * The one region (or city) a sentence that names threats gives, origins left out ("…rained rockets from Vampire launchers
 * on the region" after "in the Belgorod region"); null when it names no threat, none or several places.
 */
function threatSentencePlace(s: Span): string | null {
  if (!tokens(s.text).some((t) => WEAPON_HEADS.has(t.low))) return null;
  const codes = new Set<string>();
  for (const p of findPlaces(s.text)) {
    if (p.kind === 'country' || p.kind === 'demonym' || (p.kind === 'capital' && p.generic)) continue;
    if (FROM_BEFORE.test(s.text.slice(Math.max(0, p.start - 40), p.start))) continue;
    codes.add(p.code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

/** A set told as seen over a place: "were detected over", "was spotted in the skies over" (rule detectedSetTarget). */
const DETECTED_OVER =
  /\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:detected|spotted|tracked|registered|recorded)\s+(?:over|above|in)\b/i;
/** Just before the place a set was seen over: "detected over the territory of ", "spotted in the skies over the ". */
const DETECTED_BEFORE =
  /\b(?:detected|spotted|tracked|registered|recorded)\s+(?:over|above|in)\s+(?:the\s+)?(?:(?:territory|skies?|sky|airspace)\s+(?:of|over|above)\s+(?:the\s+)?)?(?:\w+\s+){0,2}$/i;
/** A launch sentence's words for sending threats: where a set a later sentence may down whole is counted (rule setDowned). */
const SET_HINT = /ttack|aunch|fired|struck|strike|aimed|targeted|sent\b|\bfl(?:ew|own)\s+into\b/;
/** As TARGET_BEFORE, and "tried to strike the Bryansk region". */
const SET_TARGET_BEFORE =
  /\b(?:attacked|attacking|attack|struck|striking|strike|hit|targeted|targeting|target|at|on|against|towards?|(?:flew|flown)\s+into)\s+(?:the\s+)?(?:(?:Russia|Ukraine)['’]s\s+)?(?:city\s+of\s+|(?:\w+\s+){0,2})?$/i;
const DOWNED_WORDS = String.raw`(?:shot\s+down|brought\s+down|taken\s+down|knocked\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated)`;
/**
 * A whole set downed by reference, with no number: "brought them down", "destroyed them", "they were all shot down",
 * "the drones were all destroyed", "every enemy target was destroyed", "all the UAVs were intercepted" (group 1-3: the
 * noun it names, if any). Not "nearly / almost / not all".
 */
const SET_DOWNED = new RegExp(
  String.raw`\b(?:brought|shot|took|knocked|taken)\s+(?:them|all\s+of\s+them)\s+(?:all\s+)?down\b` +
    String.raw`|\b(?:downed|destroyed|intercepted|neutrali[sz]ed)\s+them\b` +
    String.raw`|\bthey\s+(?:were|had\s+been|have\s+been)\s+all\s+${DOWNED_WORDS}` +
    String.raw`|\b(?:these|those)\s+(?:too|also|as\s+well)\s+(?:were|had\s+been|have\s+been)\s+(?:all\s+)?${DOWNED_WORDS}` +
    String.raw`|\bthe\s+(?:\w+\s+)?(drones|uavs|missiles|rockets|shaheds|targets|${AERIAL_VEHICLE}s)\s+(?:were|had\s+been|have\s+been)\s+all\s+${DOWNED_WORDS}` +
    String.raw`|\b(?:every|each)\s+(?:(?:enemy|russian|ukrainian|attack|attacking|hostile|single|aerial|air)\s+)*(drone|uav|missile|rocket|shahed|target|${AERIAL_VEHICLE})\s+(?:was|had\s+been|has\s+been)\s+${DOWNED_WORDS}` +
    String.raw`|(?<!\b(?:nearly|almost|not|virtually|practically)\s)\ball\s+(?:of\s+)?(?:the\s+)?(?:(?:enemy|russian|ukrainian|attack|attacking|hostile)\s+)*(drones|uavs|missiles|rockets|shaheds|targets|${AERIAL_VEHICLE}s)\s+(?:were|had\s+been|have\s+been)\s+${DOWNED_WORDS}`,
  'i',
);
/** "Ukrainian forces managed to shoot them down", "were able to destroy them": a downing achieved, in the infinitive (rule managedToDownSet). */
const MANAGED_SET_DOWNED =
  /\b(?:managed|(?:was|were)\s+able|succeeded)\s+to\s+(?:(?:shoot|bring|take|knock)\s+(?:them|all\s+of\s+them)\s+(?:all\s+)?down|(?:down|destroy|intercept|neutrali[sz]e)\s+(?:them|all\s+of\s+them))\b/i;
/** "Every one of the missiles was shot down": the whole set the noun names (rule everyOneOfNoun; group 1: the noun). */
const EVERY_ONE_OF_SET = new RegExp(
  String.raw`\bevery\s+one\s+of\s+the\s+(?:[\w-]+\s+){0,2}?(drones|uavs|missiles|rockets|shaheds|${AERIAL_VEHICLE}s)\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+${DOWNED_WORDS}`,
  'i',
);
const SET_DOWNED_TOO = new RegExp(
  String.raw`\bthey,?\s+(?:too|also|as\s+well),?\s+(?:were|had\s+been|have\s+been)\s+(?:all\s+)?${DOWNED_WORDS}` +
    String.raw`|\bthey\s+(?:were|had\s+been|have\s+been)\s+(?:also|likewise|as\s+well)\s+${DOWNED_WORDS}`,
  'i',
);
/**
 * "Ukraine fired three missiles at Crimea. … the missiles were destroyed above the Dzhankoi area": the set's noun with
 * "the" and no "all", its sentence opening on it or on an attribution (rule definitePluralSet; "all" is SET_DOWNED's).
 */
const SET_DOWNED_DEFINITE = new RegExp(
  String.raw`^(?:[^,;]{0,60},\s*)?the\s+(?:(?:enemy|russian|ukrainian|attack|attacking|hostile|cruise|ballistic)\s+)*(drones|uavs|missiles|rockets|shaheds|${AERIAL_VEHICLE}s)\s+(?:were|had\s+been|have\s+been)\s+(?:(?:later|then|successfully|subsequently)\s+)?${DOWNED_WORDS}`,
  'i',
);
/** A part of a set through, or a strike on its launch site, told beside "the drones were destroyed" (rule definitePluralSet; "on the ground" is SET_DOWNED_VETO's, read first). */
const DEFINITE_SET_VETO =
  /\b(?:except|apart\s+from|but\s+(?:one|two|three|four|five|\d+|some)|some\s+\w+ing|hit|hitting|reached|strikes?\s+on|launch\s+sites?)\b/i;
/** A word every alternative of SET_DOWNED holds: most sentences are ruled out by this one. */
const SET_DOWNED_HINT = /them|all|every|each|these|those/i;
/** Words that make a whole-set downing no claim: denials, hypotheticals, a disjunction with "lost", the ground. */
const SET_DOWNED_VETO =
  /\b(?:no|not|never|none|nothing|failed|unable|could|would|will|can|cannot|if|whether|unclear|unknown|lost|on\s+the\s+ground|airfield|airbase|parked)\b|n['’]t\b/i;

/**
 * The count a sentence downs by reference to the sets of the launch sentence before it: the set of the weapon it
 * names, else the one weapon counted there (the largest count of it); null when the reference is missing, vetoed or
 * ambiguous (several weapons and no noun).
 */
function downedReference(
  text: string,
): { noun: string | undefined; start: number; end: number; definite?: boolean } | null {
  const m =
    (SET_DOWNED_HINT.test(text) ? SET_DOWNED.exec(text) : null) ??
    (RULES.setDownedToo && /\bthey\b/i.test(text) ? SET_DOWNED_TOO.exec(text) : null) ??
    (RULES.everyOneOfNoun && /\bevery one of the\b/i.test(text) ? EVERY_ONE_OF_SET.exec(text) : null) ??
    (RULES.managedToDownSet && /\bthem\b/i.test(text) ? MANAGED_SET_DOWNED.exec(text) : null);
  const definite = m === null && RULES.definitePluralSet ? SET_DOWNED_DEFINITE.exec(text) : null;
  const found = m ?? definite;
  if (!found || SET_DOWNED_VETO.test(text)) return null;
  return {
    noun: (found[1] ?? found[2] ?? found[3])?.toLowerCase(),
    start: found.index,
    end: found.index + found[0].length,
    ...(definite ? { definite: true } : {}),
  };
}

/** The set a whole-set downing counts (see downedReference). */
function wholeOf(
  ref: { noun: string | undefined; start: number; end: number },
  sets: SetMention[],
): { value: number; qualifier: SetMention['qualifier']; weapon: Weapon; start: number; end: number } | null {
  const noun = ref.noun;
  const named = noun && noun !== 'target' && noun !== 'targets' ? weaponOfNoun(noun) : undefined;
  const weapons = new Set(sets.map((x) => x.weapon));
  const weapon = named ?? (weapons.size === 1 ? sets[0]!.weapon : undefined);
  if (!weapon) return null;
  let best: SetMention | null = null;
  for (const x of sets) if (x.weapon === weapon && (!best || x.value > best.value)) best = x;
  return best ? { ...best, start: ref.start, end: ref.end } : null;
}

/** The other side of the one that launched a set ("Russia launched 19 drones" → UA), or null when the sentence names none. */
function defenderOfSet(s: Span): string | null {
  const attacker = attackerNamed(s.text) ?? DEMONYM_ATTACKER.exec(s.text)?.[1];
  const side = attacker ? SPEAKER_COUNTRY[attacker] : undefined;
  return side === 'RU' ? 'UA' : side === 'UA' ? 'RU' : null;
}
/** "Russian forces launched", "Ukrainian troops attacked": a side's forces sending the set. */
const DEMONYM_ATTACKER =
  /\b(Russian|Ukrainian)\s+(?:armed\s+)?(?:forces|troops|army|military)\s+(?:had\s+|has\s+|have\s+)?(?:fired|launched|sent|attacked|struck|fires|launches|sends|attacks|strikes)\b/;

/**
 * Where the count before `ci` ends: a place before it belongs to that count. Not a subject of this count's own verb
 * ("In Chernivtsi a fighter jet shot down an enemy missile": the jet is the defender, and the place before it is the
 * missile's), which is skipped for the count before it.
 */
function prevCountEndOf(toks: Tok[], counts: Count[], ci: number, prevGov: Governor | null, gov: Governor): number {
  let k = ci - 1;
  const before = counts[k];
  if (
    before &&
    prevGov?.polarity === 'other' &&
    gov.polarity === 'claim' &&
    prevGov.at >= before.npTo &&
    prevGov.at < counts[ci]!.from &&
    Math.abs(gov.at - prevGov.at) <= 1
  )
    k--;
  const c = counts[k];
  return c ? (toks[c.npTo - 1]?.end ?? 0) : 0;
}

/** A verb of sending threats that a later "these too were destroyed" in its sentence may turn into a downing. */
const LAUNCH_VERB = /^(?:attacked|attacking|launched|launching|fired|firing|sent|sending|used)$/;

/** A launch verb among the six words before token `from`, with no stop between ("attacked overnight with 19 drones and"). */
function launchVerbBefore(toks: Tok[], from: number): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 7); k--) {
    const t = toks[k]!;
    if (t.kind === 'p' && t.raw !== ',') return false;
    if (LAUNCH_VERB.test(t.low)) return true;
  }
  return false;
}

/**
 * The token of the downing verb of a whole-set reference after count `c` in its sentence ("…, and these too were
 * destroyed", "… and that it had shot all of them down"), or -1: none, vetoed, another interception word first, or a
 * noun of other threats ("all the missiles were destroyed" after a count of drones).
 */
function downedHereAfter(toks: Tok[], text: string, textStart: number, c: Count, weapon: Weapon): number {
  const from = toks[c.npTo - 1]?.end ?? -1;
  if (from < 0) return -1;
  const rest = text.slice(from - textStart);
  const ref = downedReference(rest);
  if (!ref) return -1;
  const named = ref.noun && ref.noun !== 'target' && ref.noun !== 'targets' ? weaponOfNoun(ref.noun) : undefined;
  if (named !== undefined && named !== weapon) return -1;
  const refStart = from + ref.start;
  const refEnd = from + ref.end;
  for (let k = c.npTo; k < toks.length && toks[k]!.start < refEnd; k++) {
    if (toks[k]!.kind !== 'w' || verbPolarity(toks, k) !== 'claim') continue;
    return toks[k]!.start >= refStart ? k : -1;
  }
  return -1;
}

/** The subdivisions and seas a sentence names, origins ("launched from …") aside; null with none or a partial list. */
function placesOfRestatement(s: { start: number; text: string }): string[] | null {
  if (RULES.partialList && (PARTIAL_LIST.test(s.text) || SOME_OF_THE_REGIONS.test(s.text))) return null;
  const codes = new Set<string>();
  for (const p of findPlaces(s.text))
    if (
      (p.kind === 'region' || p.kind === 'place' || p.kind === 'sea') &&
      !fromBefore(s.text.slice(Math.max(0, p.start - 60), p.start))
    )
      codes.add(p.code);
  return codes.size > 0 ? [...codes] : null;
}

/** Places the restated country-scope claim at the places of the restatement, when they are in the claim's country. */
function placeRestated(candidates: Draft[], s: { start: number; text: string }): void {
  // "The missiles were shot down over Vinnytsia region" places the missiles; "they"/"them" only a lone claim
  // a plural first ("anti-aircraft missile units shot down all enemy drones" restates drones)
  const noun = (RESTATED_NOUN.exec(s.text) ?? RESTATED_SINGLE.exec(s.text))?.[1]?.toLowerCase();
  const weapon = noun ? (weaponOfNoun(noun) ?? (noun === 'targets' ? 'unknown' : undefined)) : undefined;
  // "the bomb was brought down on the outskirts of Zaporizhzhia": a singular restates a single threat
  const single = noun !== undefined && !noun.endsWith('s');
  const matching = (weapon ? candidates.filter((d) => d.claim.weapon === weapon) : candidates).filter(
    (d) => !single || d.claim.count === 1,
  );
  if (matching.length !== 1) return;
  const draft = matching[0]!;
  // "… over the Lipetsk and Rostov regions, among others": only some of the places, so no place for the whole count
  // ("over a number of regions, Crimea, Kursk … among them": some of the regions, named as examples)
  if (RULES.partialList && (PARTIAL_LIST.test(s.text) || SOME_OF_THE_REGIONS.test(s.text))) return;
  const places = findPlaces(s.text).filter(
    (p) =>
      (p.kind === 'region' || p.kind === 'place' || p.kind === 'sea') &&
      // "The drones were launched from the Primorsko-Akhtarsk district … and brought down over …": an origin is no place
      !(RULES.restatedOrigin && fromBefore(s.text.slice(Math.max(0, p.start - 60), p.start))) &&
      // ("KYIV (Reuters) – … it had shot down all 33 drones …": where the story was filed, rule restatedDateline)
      !(RULES.restatedDateline && datelineAt(s.text, p)),
  );
  const codes = [...new Set(places.map((p) => p.code))].sort();
  // the claim's own country's regions; with them, contested land and seas ("…, the Black Sea and annexed Crimea")
  const own = (c: string): boolean => c.startsWith(`${draft.claim.country}-`);
  // ("…36 UAVs of the Ukrainian Armed Forces. The drones were destroyed near A in the LPR and B in the DPR": a Russian
  // report over occupied land only, whose codes are Ukrainian — claims.md, edge case 11)
  const contested = RULES.restatedContested && codes.some((c) => CONTESTED.has(c));
  // ("The missiles were downed over the Sea of Azov": a sea lies off both sides, so it places a claim of either)
  const seasOnly = codes.every((c) => c.startsWith('SEA-'));
  if (
    codes.length === 0 ||
    !(codes.some(own) || contested || seasOnly) ||
    !codes.every((c) => own(c) || CONTESTED.has(c) || c.startsWith('SEA-'))
  )
    return;
  const land = codes.map(countryOfRegion).find((x): x is string => x !== null);
  Object.assign(draft.claim, { scope: 'region', regions: codes, ...(land ? { country: land } : {}) });
  draft.unplaced = false;
  draft.restated = true;
}

/**
 * "The missiles were … aimed at", "They had been heading for": the set told again with its course (rule aimedRestated;
 * group 1: the words before the noun, group 2: the noun).
 */
const AIMED_RESTATED = new RegExp(
  String.raw`^\s*(?:(?:the|these|those|all(?:\s+of)?(?:\s+the)?)\s+((?:[\w-]+\s+){0,2}?)(drones|uavs|shaheds|missiles|rockets|targets|${AERIAL_VEHICLE}s)|they|all\s+of\s+them)\s+(?:were|had\s+been|have\s+been)\b(?:(?!\b(?:mostly|mainly|largely|partly|partially|some|most|many|several|also|not|never)\b)[^.;]){0,80}?\b(?:(?:aimed|directed|headed|heading|flying)\s+(?:at|for|towards?)|targeting)\s+`,
  'i',
);
const OTHER_SET_WORDS = new Set(['remaining', 'other', 'rest', 'first', 'last', 'second', 'third', 'few', 'some']);
const OPEN_TARGET = /\b(?:other|others|elsewhere|among|including|last|previous|earlier|week|month|year)\b/i;
/**
 * The noun of a sentence that tells the set before again with its course, and the target after the course word up to
 * the end of its phrase ("missiles Odesa Oblast"), for placeRestated; null when the sentence is no such restatement.
 */
function aimedTarget(text: string, claimSentence: string): string | null {
  const m = AIMED_RESTATED.exec(text);
  if (m === null) return null;
  // ("The remaining drones …", "The ballistic missiles …" after cruise missiles: another set; the set's words are the
  // claim's own, second review)
  const words = (m[1] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const claimLow = claimSentence.toLowerCase();
  if (words.some((w) => OTHER_SET_WORDS.has(w) || !claimLow.includes(w))) return null;
  const rest = text.slice(m.index + m[0].length);
  // (a list of places goes on past its commas: "aimed at Kyiv, Odesa and Kharkiv"; review)
  const end =
    /[;:.()]|,\s+(?!(?:and\s+)?\p{Lu})|\s+(?:and|but|while)\s+(?:were|was|had|have|then)\b/u.exec(rest)?.index ??
    rest.length;
  const target = rest.slice(0, end);
  // (an open list, "Moscow and other cities", or another time, "last week", names no one target; review)
  if (OPEN_TARGET.test(target)) return null;
  return `${m[2] ?? 'they'} ${target}`;
}

const RESTATED_NOUN = new RegExp(
  String.raw`\b(drones|uavs|shaheds|missiles|rockets|bombs|targets|${AERIAL_VEHICLE}s)\b`,
  'i',
);
const RESTATED_SINGLE = new RegExp(
  String.raw`\bthe\s+(?:\w+\s+)?(drone|uav|shahed|missile|rocket|bomb|${AERIAL_VEHICLE})\b`,
  'i',
);

const DEFENDER_POSSESSIVE =
  /^['’]s\s+(?:own\s+)?(?:air[\s-]+defen[cs]es?|air\s+force|anti-aircraft|forces|armed\s+forces|military|army|troops|defenders|mobile\s+fire\s+groups|fighter\s+jets|jets|pilots|electronic\s+warfare)\b/i;

/** "Russian forces had launched", "Ukrainian troops attacked": a side's forces as the attacker. */
const DEMONYM_ATTACKS =
  /^\s+(?:armed\s+)?(?:forces|troops|army|military)\s+(?:had\s+|has\s+|have\s+)?(?:fired|launched|sent|attacked|struck|fires|launches|sends|attacks|strikes)\b/i;

/** The attacking country named in the count's clause ("fired by Russia", "launched from Russia", "Russia fired"): the defender is the other side. */
function attackerCountry(
  body: string,
  places: PlaceMention[],
  seg: { start: number; end?: number; text?: string },
): string | null {
  const end = seg.end ?? seg.start + (seg.text?.length ?? 0);
  for (const p of places) {
    if (p.start < seg.start || p.end > end) continue;
    // "…, adding that Russian forces had launched 45 projectiles": the side's forces as the attacker
    if (p.kind === 'demonym' && p.country && DEMONYM_ATTACKS.test(body.slice(p.end, p.end + 40))) return p.country;
    if (p.kind !== 'country') continue;
    // "shot down 119 UAVs of Ukraine": the threats' owner is the attacker, as "Ukrainian UAVs" would say
    if (RULES.weaponOwner && WEAPON_OF.test(body.slice(Math.max(0, p.start - 40), p.start))) return p.code;
    // "fired by Russia" names the attacker; "destroyed by Ukraine's air defences" the defender
    if (
      /\b(?:by|from)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, p.start - 12), p.start)) &&
      !DEFENDER_POSSESSIVE.test(body.slice(p.end, p.end + 40))
    )
      return p.code;
    if (
      // ("Russia has so far launched 40 drones", "Russia also fired …": an adverb between)
      /^\s+["“]?(?:had\s+|has\s+)?(?:(?:so\s+far|already|also|again|reportedly)\s+)?(?:fired|launched|sent|attacked|struck|fires|launches|sends|attacks|strikes)\b/i.test(
        body.slice(p.end, p.end + 32),
      )
    )
      return p.code;
  }
  return null;
}

const BRACKETED_COUNT =
  /^\s*[a-z-]+\s+(?:drones?|uavs?|(?:unmanned|uncrewed)\s+aerial\s+vehicles?|shaheds?|missiles?|rockets?|bombs?)\s*$/i;
const BRACKETED_HEAD = /^\s*(?:drones|uavs|shaheds|missiles|rockets|bombs|aircraft|helicopters)\s*$/i;

// ("Geran-2 (Shahed-136)": names of up to eight letters on either side, not only the 1-4-letter designators)
const MODEL_ALIAS = /(\b[A-Za-z]{1,8}-\d{1,4}[A-Za-z]?\s*)(\([A-Za-z]{1,8}-?\d{1,4}[A-Za-z]?(?:\s+[A-Z][a-z]+)?\))/g;

/** Blanks out short bracketed asides without digits ("(UAVs)", "(Russia)") or naming a model again, keeping offsets. */
function maskAsides(text: string): string {
  if (!text.includes('(')) return text;
  // "(five)" is a count, not an aside: "downed in Volgograd Oblast (five) and Bryansk Oblast (two)"
  return (
    text
      .replace(/\(([^()\d]{1,30})\)/g, (m, inner: string, at: number) =>
        isNumberStart(inner.trim().toLowerCase()) ||
        // "over the Belgorod (five drones), Voronezh (three drones) … regions": a count with its noun, after a place
        (RULES.bracketedCounts &&
          BRACKETED_COUNT.test(inner) &&
          isNumberStart(inner.trim().split(/\s+/)[0]!.toLowerCase()))
          ? m
          : // "71 of the 72 (drones)": a threat noun in brackets right after a number is the number's noun
            BRACKETED_HEAD.test(inner) && /\d\s*$/.test(text.slice(Math.max(0, at - 3), at))
            ? ` ${inner} `
            : ' '.repeat(m.length),
      )
      .replace(/\b([A-Za-z]+)(\s*\(\d{1,4}\))/g, (m, word: string, digits: string) =>
        // "twelve (12) Ukrainian UAVs": the digits repeat the number written in words
        isNumberStart(word.toLowerCase()) ? word + ' '.repeat(digits.length) : m,
      )
      // "one Tu-141 (VR-2 Strizh) drone": a model's other designation in brackets is an aside too
      .replace(MODEL_ALIAS, (_m, model: string, alias: string) => model + ' '.repeat(alias.length))
  );
}

// one regex scan instead of four includes() (each of which rescanned the sentence): about twice as fast
const ATTACK_HINT = /ttack|aunch|fired|struck|targeted/;
/** The same without "launcher(s)", a weapon, not an attack ("Patriot launchers … during a drill at Warsaw's airport"; rule launcherNotAttack). */
const ATTACK_HINT_STRICT = /ttack|aunch(?!er)|fired|struck|targeted/;
/** "a salvo of drones and missiles aimed at the capital Kyiv": a course set at a place tells an attack on it, the threats named before it (not "The main blow was aimed at Kyiv", a part; rule aimedAtTarget). */
const AIMED_AT =
  /\b(drones?|UAVs?|vehicles?|missiles?|rockets?|projectiles|Shaheds?|targets|salvos?|bombs)\s+(?:\w+\s+)?(?:aimed|directed|headed|heading|flying)\s+(?:at|towards?|for)\b(?!\s+\w+ing\b)/i;
/** A number right before a course's noun, a word of it between ("Two cruise missiles aimed at …"). */
const COURSE_NUMBER =
  /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen)\s+(?:[\w-]+\s+)?$/i;
/** Nouns of a course that any weapon's count may be part of ("a salvo of drones and missiles aimed at …"). */
const MIXED_NOUN = /^(?:targets|salvos?|projectiles)$/i;
/** Before a course's noun: a part of the threats only ("most of the drones were aimed at Kyiv"; review). */
const PART_BEFORE =
  /\b(?:(?:most|some|many|part|few|several|bulk|half|majority|one|two|three)\s+of\s+(?:the\s+|these\s+|them\s+)?|(?:the\s+)?(?:first|initial|last)\s+)(?:[\w-]+\s+){0,2}$/i;
/** A verb of saying: a sentence with its own speaker. */
const SAID = /\b(?:said|says|reported|reports|announced|wrote)\b/;
/** After a course: a habit, not tonight's ("Shaheds aimed at Kharkiv often fly low"; second review). */
const HABIT_AFTER = /^[^.;]{0,60}?\b(?:often|usually|regularly|routinely|frequently|repeatedly|nightly|tend|tends)\b/i;
/**
 * Whether sentence `text` tells tonight's course of threats at a place that a count of `weapon` in sentence `count` may
 * be part of (rule aimedAtTarget): not a part of the threats, not another weapon's, not another time, not a statement
 * in the present ("drones aimed at Moscow are a sign of desperation"; review).
 */
function aimedCourse(text: string, count: string, weapon: Weapon, value: number): boolean {
  const m = AIMED_AT.exec(text);
  if (!m) return false;
  // (no more than the course's own number: "Two missiles aimed at Kyiv were detected. Air defence destroyed 30 missiles")
  const before = text.slice(0, m.index);
  const own = COURSE_NUMBER.exec(before);
  if (own && value > numberOf(own[1]!.toLowerCase())) return false;
  const noun = m[1]!.toLowerCase();
  // ("unmanned aerial vehicles aimed at …": the vehicles are drones)
  const kind = MIXED_NOUN.test(noun) ? null : (weaponOfNoun(noun) ?? (noun.startsWith('vehicle') ? 'drone' : null));
  return (
    (kind === null || weapon === 'unknown' || kind === weapon) &&
    !PART_BEFORE.test(before) &&
    !/^[^.;]{0,40}?\b(?:are|is)\b/.test(text.slice(m.index + m[0].length)) &&
    !HABIT_AFTER.test(text.slice(m.index + m[0].length)) &&
    !/\?\s*$/.test(text) &&
    // (a course already told downed, with another's count after it: "Drones aimed at Kyiv were shot down, the city said.
    // Ukraine's air force said it had destroyed 56 drones" is the nation's total; second review)
    !(DOWNED_WORD.test(text) && SAID.test(text) && SAID.test(count)) &&
    oneNight(text, count)
  );
}
/** "Russia used against Ukraine 40 Shaheds", "Ukraine aimed at Kerch …": the side that sent a set (rule usedAgainstSet). */
const AIMED_BY = /\b(Russia|Ukraine|Moscow|Kyiv)\s+(?:has\s+|had\s+)?(?:aimed|directed|used)\b/;
const SENT = /\bsent\b/;
/** "Russia sent 52 attack drones", "Ukraine had sent dozens of drones": a country sending threats (rule sentAttacker). */
const SENT_ATTACKER =
  /\b(Russia|Ukraine|Moscow|Kyiv)\s+(?:(?:has|had|also|again|overnight)\s+)?sent\s+(?:(?:more\s+than|over|about|some|at\s+least|nearly|around|dozens\s+of|hundreds\s+of)\s+)?(?:\d[\d,]*\s+|(?:one|two|three|four|five|six|seven|eight|nine|ten|[a-z]+ty(?:-[a-z]+)?)\s+)?(?:[\w-]+\s+){0,3}?(?:drones|UAVs|missiles|rockets|Shaheds|(?:unmanned|uncrewed)\s+aerial\s+vehicles)\b/;
/** Cities that are subdivisions of their own (Kyiv, Moscow, St Petersburg, Sevastopol). */
const CITY_REGIONS = new Set(['UA-30', 'RU-MOW', 'RU-SPE', 'UA-40']);
/** "fired four Tochka-U missiles at the city": a set sent at a city named before. */
const FIRED_AT_CITY = /\b(?:fired|launched|sent|directed)\b[^.;]{0,60}?\bat\s+the\s+city\b(?!\s+of\b)/i;
/** "headed for the city", "flying towards the city": a course to a city named before. */
const CITY_COURSE =
  /\b(?:headed|heading|flying|approaching|aimed)\s+(?:(?:for|towards?|to|at)\s+)?the\s+city\b(?!\s+of\b)/i;
/**
 * Drones named as naval by their kind ("surface drones", "a sea drone", "unmanned boats"). Run on the whole body: it
 * finds the noun first and looks behind for its kind (the same matches, "unmanned surface drones" among them, as the
 * kinds first: half the time, 2 % of the extract service's CPU before).
 */
const NAVAL_DRONE =
  /\bdrones?\b(?<=\b(?:surface|sea|naval|maritime|marine)\s+drones?)|\bboats?\b(?<=\b(?:unmanned|uncrewed|drone)\s+boats?)/i;
/** Heads that name a vessel whatever crews it ("14 uncrewed boats", "unmanned surface vessels"; rule vesselHead). */
const VESSELS = new Set('boat boats vessel vessels ship ships cutter cutters yacht yachts'.split(' '));
/** Craft that sail ("four landing craft", "two assault craft"; rule vesselHead). */
const SAILING_CRAFT = new Set(['landing', 'assault', 'patrol', 'surface', 'amphibious', 'naval', 'sea']);
/** Token k, a count's head, names a vessel: "14 uncrewed boats", "four landing craft" (rule vesselHead). */
function vesselHead(toks: Tok[], k: number): boolean {
  const w = toks[k]?.low ?? '';
  return VESSELS.has(w) || (w === 'craft' && SAILING_CRAFT.has(toks[k - 1]?.low ?? ''));
}
/** Anything aerial an article may name: air defence, aerial or fixed-wing drones, missiles, airspace. */
const AERIAL_MARKER =
  /\bair[\s-]defen[cs]es?\b|\banti-?aircraft\b|\bUAVs?\b|\baerial\b|\bairspace\b|\bShaheds?\b|\bGerans?\b|\bmissiles?\b|\bkamikaze\b|\bfixed-wing\b|\bair\s+(?:raid|alert|attack)s?\b|\baircraft\b/i;
/** What only an aerial threat meets: air defence, a downing, an interception. */
const AERIAL_DOWNING =
  /\bair[\s-]defen[cs]e|\banti-aircraft|\b(?:shot|brought|knocked)\s+down|\bdown(?:ed|ing)\b|\bintercept/i;
const ATTACKER =
  /\b(Russia|Ukraine|Moscow|Kyiv)(?:['’]s\s+(?:army|forces|military|troops))?\s+["“]?(?:has\s+|had\s+)?(?:attacked|launched|fired|struck|attacks|launches|fires|strikes)\b/;
/** The same with the older spelling "Kiev" ("specified that Kiev had fired 11 missiles at Luhansk"; rule kievSpelling). */
const ATTACKER_KIEV = new RegExp(ATTACKER.source.replace('(Russia|Ukraine|Moscow|Kyiv)', '(Kiev)'));
/**
 * "Russian forces launched 80 drones overnight", "Ukrainian forces fired 10 HIMARS rockets": a side's forces launching a
 * count of threats (rule demonymAttacker; not "fired S-400 missiles at the drones", a defender, nor "attacked by", third
 * review).
 */
const DEMONYM_LAUNCHED_COUNT =
  /\b(Russian|Ukrainian)\s+(?:armed\s+)?(?:forces|troops|army|military)\s+(?:had\s+|has\s+|have\s+)?(?:launched|fired|launches|fires)\s+(?:a\s+total\s+of\s+|some\s+|about\s+|around\s+|roughly\s+|approximately\s+|at\s+least\s+|more\s+than\s+|over\s+|up\s+to\s+|nearly\s+|almost\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+dozen|a\s+hundred)\b)/i;
/** The country (its name or capital) that attacks in the sentence, as SPEAKER_COUNTRY keys it. */
function attackerNamed(text: string): string | undefined {
  return ATTACKER.exec(text)?.[1] ?? (RULES.kievSpelling ? ATTACKER_KIEV.exec(text)?.[1] : undefined);
}
/**
 * The same with an adverb of repetition between (rule attackerAdverb): "Russia once again launched", "Russia again
 * attacked"; not "Ukraine meanwhile struck", "Ukraine also fired", which tell a second attacker (review).
 */
const ATTACKER_ADVERB =
  /\b(Russia|Ukraine|Moscow|Kyiv)\s+(?:once\s+again|again|overnight)\s+(?:attacked|launched|fired|struck|attacks|launches|fires|strikes)\b/;
/** "Ukraine said", "Russian officials reported", "Ukraine, for its part, said": a country (its capital, its officials) speaking. */
const SPEAKER =
  /\b(Russia|Ukraine|Belarus|Poland|Moscow|Kyiv|Minsk|Kremlin|Russian|Ukrainian|Belarusian|Polish)(?:\s+(?:officials|authorities|military|army|forces|troops|media|agencies))?(?:,\s+(?:for\s+its\s+part|for\s+their\s+part|in\s+turn|meanwhile|however|in\s+response|for\s+its\s+own\s+part),)?\s+(?:has\s+|had\s+)?(?:said|says|say|reported|reports|report|claimed|claims|claim|announced|stated|boasts|boasted)\b/;
/** The same with the older spelling "Kiev" ("Kiev announced it had shot down 40 …"; rule kievSpelling). */
const SPEAKER_KIEV = new RegExp(SPEAKER.source.replace('|Kyiv|', '|Kyiv|Kiev|'));
/** "Ukrainian drones were shot down": whose threats the sentence counts, when nothing else tells the side. */
const THREAT_ORIGIN =
  /\b(Russian|Ukrainian)\s+(?:attack\s+|kamikaze\s+|combat\s+)?(?:drones|uavs|missiles|rockets|unmanned)\b/i;

/** "of Russia's drones", "all of Kyiv's missiles" right after the count (rule ownerOrigin). */
const OWNER_ORIGIN =
  /^[^,;:]{0,20}?\bof\s+(?:the\s+)?(Russia|Ukraine|Moscow|Kyiv|Kiev)['’]s\s+(?:[\w-]+\s+){0,2}(?:drones|uavs|missiles|rockets|shaheds|aircraft|jets|helicopters|planes|warplanes)\b/;

/**
 * The country owning the threats a count's phrase names right after it ("9 of Russia's drones"); not a target's owner
 * further on ("drones aimed at Russia's bombers", review).
 */
function ownerOrigin(text: string): string | null {
  const m = OWNER_ORIGIN.exec(text);
  return m ? (m[1] === 'Russia' || m[1] === 'Moscow' ? 'RU' : 'UA') : null;
}

/**
 * The defender an article's types of threat tell when nothing else names a side: Shaheds, Gerans, Kalibrs, Kh-101s,
 * Iskanders and Kinzhals are fired at Ukraine; ATACMS, Storm Shadows, HIMARS, Neptunes and Lyutyis at Russia. Nothing
 * when both kinds are named, or the article is about another war (Israel, Yemen, India and Pakistan …), where the same
 * Iranian designs fly.
 */
function defenderByTypes(body: string): string | null {
  const atUkraine = FIRED_AT_UKRAINE.test(body);
  const atRussia = FIRED_AT_RUSSIA.test(body);
  if (atUkraine === atRussia || OTHER_WARS.test(body)) return null;
  return atUkraine ? 'UA' : 'RU';
}
const FIRED_AT_UKRAINE = /\b(?:Shaheds?|Gerans?|Geran-\d|Gerbera|Kalibrs?|Kh-\d{2,3}|Iskanders?|Kinzhals?)\b/i;
const FIRED_AT_RUSSIA = /\b(?:ATACMS|Storm\s+Shadows?|SCALP|HIMARS|Neptunes?|Lyutyi|Liutyi|Vampires?|Olkha)\b/i;
const OTHER_WARS =
  /\b(?:Israel|Israeli|IDF|Tel\s+Aviv|Jerusalem|Gaza|Lebanon|Hezbollah|Yemen|Houthis?|Saudi|India|Indian|Pakistan|Pakistani|Syria|Iraq)\b/;

function threatOrigin(text: string): string | null {
  const m = THREAT_ORIGIN.exec(text);
  return m ? (m[1]!.toLowerCase() === 'russian' ? 'RU' : 'UA') : null;
}
const SPEAKER_COUNTRY: Record<string, string> = {
  Russia: 'RU',
  Moscow: 'RU',
  Kremlin: 'RU',
  Ukraine: 'UA',
  Kyiv: 'UA',
  Kiev: 'UA',
  Belarus: 'BY',
  Minsk: 'BY',
  Poland: 'PL',
  Russian: 'RU',
  Ukrainian: 'UA',
  Belarusian: 'BY',
  Polish: 'PL',
};

function speakerCountry(text: string): string | null {
  const m = (RULES.kievSpelling ? SPEAKER_KIEV : SPEAKER).exec(text);
  return m ? (SPEAKER_COUNTRY[m[1]!] ?? null) : null;
}

/** A claimant that is a bare title ("the mayor wrote", "the governor said"): the official introduced with it (rule bareTitleAgain). */
const BARE_TITLE = /^(?:the\s+)?(mayor|governor)$/i;
/** "The governor of a neighbouring region said", "the mayor of a town outside the capital": not the official introduced before. */
const TITLE_OF = /\b(?:mayor|governor)\s+of\b/i;
/** "Former Kursk Governor Roman Starov": no longer the official of that place. */
const FORMER_TITLE = /\b(?:former|ex-|then-)\s*(?:[\p{L}-]+\s+){0,2}(?:mayor|governor|head)\b/iu;
/**
 * A count across the country or an area ("nationwide", "Russia-wide", "in the Central Federal District", "in the south",
 * "in border areas", "across central Russia", "over frontline regions", "eastern Ukraine"), or one that names a country
 * ("Ukraine's air defences had shot down 45 of the 60 drones Russia launched"): no official's region holds it.
 */
const AREA_WIDE =
  /\b(?:nationwide|countrywide|country-wide|(?:Russia|Ukraine)-wide|federal\s+district|border\s+(?:regions|areas)|frontline\s+(?:regions|areas)|(?:north|south|east|west)(?:ern)?\s+(?:Russia|Ukraine)|central\s+(?:Russia|Ukraine)|in\s+the\s+(?:north|south|east|west|centre|center)\b(?!\s+of\b)|Russia|Ukraine)\b/i;
/** A city that is a region of its own and the region around it (CITY_OBLAST), Sevastopol and Crimea: one place for an official's look back. */
const OBLAST_OF: Readonly<Record<string, string>> = { ...CITY_OBLAST, 'UA-40': 'UA-43' };
const samePlace = (a: string, b: string): boolean => (OBLAST_OF[a] ?? a) === (OBLAST_OF[b] ?? b);

/** What the sentence of a count tells about who spoke and whose threats they were (for `jurisdictionIntroduced`). */
interface SpeakerContext {
  /** The count's sentence. */
  sentence: Span;
  /** The country the sentence says spoke ("Klymko said Russia claimed …"). */
  spoken: string | null;
  /** The country the threats came from ("20 Ukrainian drones"). */
  origin: string | null;
}

/**
 * The place the official `name` was introduced as governing in a sentence before `si` ("Moscow Mayor Sergei Sobolev
 * said …", "Alexander Bogomazov, the governor of the Bryansk region, …"), for a later sentence that names them alone
 * ("Later Sobolev reported …"; rule officialNamedAgain) or by their bare title ("the mayor wrote"; rule bareTitleAgain:
 * the nearest official introduced with that title). Read only for a claim's speaker, so most articles never ask.
 * `undefined` when no such introduction is found; null when it is, but the count is not that place's (two reviews): the
 * sentence tells another side's claim (another country or a body speaks, the threats are the official's own side's,
 * unless the place is one both sides claim), a count across the country or an area, or a sentence between the
 * introduction and the count names another place of that country (the count's own sentence places it by its own clause
 * first, and its other places are other counts'). A null is final: the official named in the sentence speaks, so no
 * official named before places the count ("08:25 Kursk Gov Petrenko said … 08:40 Bogomazov said … 23 drones").
 */
function jurisdictionIntroduced(
  name: string,
  si: number,
  sentences: Span[],
  here: SpeakerContext,
): string | null | undefined {
  const text = here.sentence.text;
  const title = RULES.bareTitleAgain && !TITLE_OF.test(text) ? BARE_TITLE.exec(name)?.[1]?.toLowerCase() : undefined;
  if (!RULES.officialNamedAgain && title === undefined) return undefined;
  const surname = title === undefined ? /\S+$/.exec(name)?.[0] : undefined;
  if (!title && !surname) return undefined;
  const introduces = (m: ClaimantMention, s: Span): boolean =>
    title !== undefined
      ? s.text
          .slice(m.start - s.start, m.end - s.start)
          .toLowerCase()
          .includes(title)
      : m.text === name || m.text.endsWith(` ${name}`) || name.endsWith(` ${m.text}`);
  for (let k = si - 1; k >= 0; k--) {
    const s = sentences[k]!;
    if (title !== undefined ? !s.text.toLowerCase().includes(title) : !s.text.includes(surname!)) continue;
    const mentions = findClaimants(s.text, s.start);
    const named = mentions.find((m) => m.jurisdiction !== null && introduces(m, s));
    // (someone else with the surname named since: "Oleksandr Kravets, head of … Air force spokesman Yuriy Kravets said …
    // Kravets said 62 of them had been shot down" is not the head's for certain; review)
    if (!named && surname !== undefined && mentions.some((m) => m.text !== name && m.text.endsWith(` ${surname}`)))
      return undefined;
    if (!named) continue;
    if (FORMER_TITLE.test(s.text)) return undefined;
    const place = named.jurisdiction!;
    if (BODY_SPEAKS.test(text) || COUNTRY_ALSO_SPEAKS.test(text) || AREA_WIDE.test(text)) return null;
    const side = CONTESTED.has(place) ? null : named.country;
    if (side !== null && ((here.spoken !== null && here.spoken !== side) || here.origin === side)) return null;
    const country = countryOfRegion(place);
    for (let b = k + 1; b < si; b++) if (namesAnotherPlace(sentences[b]!.text, place, country)) return null;
    return place;
  }
  return undefined;
}

/** Whether a sentence names a region, town or named capital of `country` other than `place` (or its capital or region). */
function namesAnotherPlace(text: string, place: string, country: string | null): boolean {
  return findPlaces(text).some(
    (p) =>
      (p.kind === 'region' || p.kind === 'place' || (p.kind === 'capital' && !p.generic)) &&
      (country === null || p.country === country) &&
      !samePlace(p.code, place),
  );
}

function findClaimantsIfAny(text: string, base: number): ClaimantMention[] {
  // claimants named in a sentence without a claim may speak in the next one ("The ministry said. 'Air defences…'")
  // ("…, the head of Crimea, Sergei Aksenko, said. According to him, seven drones were shot down": a head of a region or
  // of an administration too, rule headSpeaks)
  if (/ministry|minister|spokes|commander|governor|mayor|air force|general staff|military|army|Gov\./i.test(text))
    return findClaimants(text, base);
  // (only a head with a region: not "the head of the IAEA", review; and only one who speaks: not "the head of the Kherson
  // region resigned", second review)
  return RULES.headSpeaks && /\b(?:head|chief)\b|administration/i.test(text) && SPEECH_VERB.test(text)
    ? findClaimants(text, base).filter((m) => m.jurisdiction !== null)
    : [];
}

/** A verb of speaking or posting, or "according to" (rule headSpeaks). */
const SPEECH_VERB =
  /\b(?:said|says|say|told|tells|wrote|writes|posted|posts|reported|reports|announced|announces|stated|states|added|adds|according|noted|notes|confirmed|confirms)\b/i;

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

/**
 * Between two tokens, a negated verb of stopping or downing: "could not stop", "couldn't intercept", "failed to shoot
 * down", "were not intercepted", "never downed" (rule negatedVerbBetween; a negation in an aside, "a step the world does
 * not recognise", is none).
 */
function negationBetween(toks: ReturnType<typeof tokens>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = toks[k]!.low;
    if (w !== 'not' && w !== 'never' && w !== 'failed' && w !== 'unable' && !/n['’]t$/.test(w)) continue;
    for (let x = k + 1; x <= Math.min(k + 3, to - 1); x++)
      if (NOT_STOPPED.has(toks[x]!.low) || verbPolarity(toks, x) === 'claim') return true;
  }
  return false;
}
/** Verbs of stopping a threat that are no trigger word of their own. */
const NOT_STOPPED = new Set([
  'stop',
  'stopped',
  'intercept',
  'down',
  'shoot',
  'destroy',
  'repel',
  'counter',
  'neutralise',
  'neutralize',
]);

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
function fallbackRegions(
  base: LocateInput,
  segs: Segment[],
  counts: Count[],
  ci: number,
  toks: Tok[],
  c: Count,
  ownReference: boolean,
): string[] {
  const si = segs.findIndex((g) => g.start <= base.countStart && base.countStart < g.end);
  const before = segs[si - 1];
  // "…were fired at Dnipro, where air defence shot down six missiles": the place the relative clause hangs on, only
  if (RULES.wherePlace && before && /^where\b/i.test(base.body.slice(segs[si]!.start, segs[si]!.start + 6))) {
    const gap = base.body.slice(before.start, before.end).trimEnd();
    const head = base.places.find(
      (p) => p.end === before.start + gap.length && p.kind !== 'country' && p.kind !== 'demonym',
    );
    if (head) {
      const r = placesWithin(base, head.start, head.end);
      if (r.length > 0) return r;
    }
  }
  // "…missiles fired at the Bryansk region were shot down, as well as 148 drones": that place is the other weapon's
  const also = /^(?:as well as|along with|together with|plus)\b/i.test(
    base.body.slice(segs[si]?.start ?? 0, (segs[si]?.start ?? 0) + 14),
  );
  if (
    before &&
    !also &&
    !before.descriptive &&
    !counts.some((o) => toks[o.from]!.start >= before.start && toks[o.from]!.start < before.end)
  ) {
    const r = placesWithin(base, before.start, before.end);
    if (r.length > 0) return r;
  }
  const ante = counts[ci - 1];
  // "…eight drones over Voronezh and destroyed 44 more over areas west of Moscow": a bare count whose own clause places it
  // by a reference point is there, not where the count it refers back to was
  // ("…two drones above Crimea, plus 91 more over Russian territory": a whole country in its own clause; rule ownCountryPlace)
  const seg = segs[si];
  const ownCountry =
    RULES.ownCountryPlace &&
    seg !== undefined &&
    base.places.some(
      (p) =>
        (p.kind === 'country' || p.kind === 'demonym') &&
        p.start >= base.countEnd &&
        p.end <= seg.end &&
        // (right after the count and its "more" or noun, and the whole country: not "over the city in Ukraine's north-east",
        // "officials in Russia said"; review)
        OVER_COUNTRY_GAP.test(base.body.slice(base.countEnd, p.start)) &&
        !/^['’]s\b/.test(base.body.slice(p.end, p.end + 2)) &&
        // ("five more over Russian soil near the region's border": the clause goes back to the place before; review)
        !REFERS_BACK.test(base.body.slice(p.end, seg.end)),
    );
  if (ante && (c.bare || c.partitive) && !ownReference && !c.pairOther && !ownCountry) {
    const aStart = toks[ante.from]!.start;
    const aSeg = segs.find((g) => g.start <= aStart && aStart < g.end);
    if (aSeg) return placesWithin(base, aSeg.start, aSeg.end);
  }
  return [];
}

/** "the region's", "the same area", "there": a clause that goes back to a place named before (rule ownCountryPlace). */
const REFERS_BACK =
  /\b(?:the\s+(?:region|oblast|area|city)['’]s|the\s+same\s+(?:region|oblast|area|city)|there|that\s+(?:region|oblast|area))\b/i;
/** "more over ", " drones in the ": a whole country named right after a count as where the threats were (rule ownCountryPlace). */
const OVER_COUNTRY_GAP =
  /^\s*(?:(?:more|others?)\s+)?(?:[\p{L}-]+\s+)?(?:over|above|across|in|within)\s+(?:the\s+)?$/iu;

/** Regions both sides report over (Crimea, Sevastopol and the four oblasts Russia claims): either side's country-scope count may be placed there. */
const THE_SEA = /\b(?:over|above|at|in|into)\s+the\s+(?:open\s+)?sea\b(?!\s+of\b)/i;
/** "intercepted seven drones above the waters": bare "the waters" after a preposition of place, as "the sea" (rule theWaters). */
const THE_WATERS = /\b(?:over|above)\s+the\s+waters\b(?!\s+(?:of|off|near|around)\b)/i;
/** Places on the Black Sea coast: "the sea" in an article about them is the Black Sea. */
const BLACK_SEA_COAST = new Set(['UA-40', 'UA-43', 'UA-51', 'UA-48', 'RU-KDA']);

/** The sea a bare "the sea" means: the one sea the article names, else the Black Sea when it names a place on that coast. */
function seaOf(body: string): string | null {
  const places = findPlaces(body);
  const seas = new Set(places.filter((p) => p.kind === 'sea').map((p) => p.code));
  if (seas.size === 1) return [...seas][0]!;
  if (seas.size > 1) return null;
  return places.some((p) => BLACK_SEA_COAST.has(p.code)) ? 'SEA-BLACK' : null;
}

function trimEnd(body: string, start: number, end: number): number {
  while (end > start && /[\s,.;:!?]/.test(body[end - 1]!)) end--;
  return end;
}

/** The places of a sentence (not its dateline), with offsets into the body. */
/** A city's own office: its mayor or city administration (rule headlineDashSource). */
const CITY_OFFICE = /\b(?:mayor|city(?:['’]s)?\s+(?:military\s+)?administration|Klitschko|Sobyanin|Sobolev)\b/i;
/** A capital by its name, as a government is named by it (rule headlineDashSource). */
const CAPITAL_NAME = /^(?:Moscow|Kyiv|Kiev|Minsk)$/;
/** ", says" right before a place, a comma right before it, and "says" right after it (rule headlineDashSource). */
const SAYS_BEFORE = /,\s*(?:says|claims)\s+$/i;
const COMMA_BEFORE = /,\s*$/;
const SAYS_AFTER = /^\s+(?:says|claims)\b/i;
/** A spaced dash right before a place (rule headlineDashSource). */
const DASH_BEFORE = /\s[-–—]\s*$/;
/** The end of a headline line after its last word: no stop, perhaps a "| date" or "| outlet" after a bar. */
const HEADLINE_END = /^\s*(?:\([^()\n]{1,20}\)\s*)?(?:\|[^.\n]*)?$/;
/**
 * "Six Storm Shadow missiles shot down - Moscow": a capital after a dash ending the article's first line (its headline)
 * is the government that says it, not a place (rule headlineDashSource; not a live blog's later lines, review). The
 * headline printed again at the head of a later sentence, "… shot down - Moscow | 16 May 2023 | A number of …", is read
 * as the first line is (rule headlineRepeatedSource).
 */
function headlineSource(body: string, s: Span, p: PlaceMention): boolean {
  const line = s.start === 0 ? s.text : headlineRepeated(body, s, p.end);
  return (
    line !== null &&
    // ("…, says Moscow", "…, Kyiv says" at the line's end too, the commonest form; second review)
    (DASH_BEFORE.test(line.slice(Math.max(0, p.start - 4), p.start)) ||
      SAYS_BEFORE.test(line.slice(Math.max(0, p.start - 12), p.start)) ||
      (COMMA_BEFORE.test(line.slice(Math.max(0, p.start - 3), p.start)) && SAYS_AFTER.test(line.slice(p.end)))) &&
    HEADLINE_END.test(line.slice(p.end).replace(SAYS_AFTER, '')) &&
    // (the city's own office speaking in the body makes the city the place: "… shot down - Kyiv", then Kyiv's military
    // administration; second review; read last: the whole body, once the line's end has matched)
    !CITY_OFFICE.test(body)
  );
}

/**
 * The article's first line when sentence `s` opens with it again and a place ending at `end` lies inside it (a mirror's
 * headline printed twice), else null (rule headlineRepeatedSource).
 */
function headlineRepeated(body: string, s: Span, end: number): string | null {
  if (!RULES.headlineRepeatedSource) return null;
  const first = body.slice(0, body.indexOf('\n'));
  return first.length >= 20 && end <= first.length && s.text.startsWith(first) ? first : null;
}
/** "over another region", "in one more oblast": one region, not named (rule anotherRegion). */
const ANOTHER_REGION = /\b(?:over|in|above)\s+(?:another|one\s+more)\s+(?:region|oblast|province)\b/i;
/** "directed at the capital", "aimed at the capital", "heading for the capital" (rule originAimedCapital). */
const AIMED_AT_CAPITAL =
  /\b(?:directed|aimed|fired|launched|sent)\s+(?:at|against|towards?)\s+the\s+capital\b|\b(?:heading|headed|flying)\s+(?:for|towards?|at)\s+the\s+capital\b/i;
/** Right after a sea's name: the land on its shore it describes ("peninsula", "port", "coast of", "resort"; rule seaOfShore). */
const SHORE_AFTER_SEA = /^\s+(?:peninsula|ports?|port\s+city|resorts?|city|town|coast\s+of)\b/i;
/** Right before a count: a country downing it ("Ukraine downs ", "Russia shot down "; rule countryDownsCount). */
const COUNTRY_DOWNS_BEFORE =
  /\b(?:Ukraine|Russia)\s+(?:downs|downed|intercepts|intercepted|destroys|destroyed|shoots\s+down|shot\s+down)\s+(?:all\s+)?$/;
/** A sentence that opens on an earlier report: "Earlier, …", "Previously, …" (rule earlierReportOpener). */
const EARLIER_REPORT_OPENER = /^\W*(?:Earlier|Previously)\s*,/i;
/**
 * A sentence that opens on an earlier event: "Before this, …", "Prior to that …", "The night before, …" (rule
 * earlierEventOpener; not "Earlier", which as often opens the same official's earlier statement of the same night).
 */
const EARLIER_EVENT_OPENER =
  /^\W*(?:Before\s+(?:this|that)|Prior\s+to\s+(?:this|that)|(?:The|On\s+the)\s+(?:day|night|evening)\s+before)\b/i;

/** "the settlements of", "the villages of" (rule settlementsInRegion). */
const SETTLEMENTS_OF = /\b(?:settlements?|villages?|towns?|localities|hamlets?)\s+of\s+/i;
const SETTLEMENTS_OF_ALL = /\b(?:settlements?|villages?|towns?|localities|hamlets?)\s+of\s+/gi;
/** After a listed name: more names, then "in (the)" and the region they lie in (rule settlementsInRegion). */
const LISTED_THEN_IN = /^(?:,\s+\p{Lu}[\p{L}'’-]+)*(?:,?\s+and\s+\p{Lu}[\p{L}'’-]+)?\s+in\s+(?:the\s+)?\p{Lu}/u;
/** Between the opener and a listed name: names, "in the …" regions and list joints only. */
const LIST_SO_FAR = /^[^.;:()]{0,150}$/;

/** Removes from `places` the listed settlements named like a larger place (rule settlementsInRegion). */
function dropNamedSettlements(s: Span, places: PlaceMention[]): void {
  SETTLEMENTS_OF_ALL.lastIndex = 0;
  for (let m = SETTLEMENTS_OF_ALL.exec(s.text); m !== null; m = SETTLEMENTS_OF_ALL.exec(s.text)) {
    const from = m.index + m[0].length;
    for (let i = places.length - 1; i >= 0; i--) {
      const p = places[i]!;
      const at = p.start - s.start;
      if (at < from || !LIST_SO_FAR.test(s.text.slice(from, at))) continue;
      // (a region named as such, "the Kharkov Region", closes the list; only a bare name is a settlement)
      if (p.kind !== 'place' && p.kind !== 'region') continue;
      if (/\s/.test(p.text) || !LISTED_THEN_IN.test(s.text.slice(at + p.text.length))) continue;
      places.splice(i, 1);
    }
  }
}

/** The weapon of a plural head at `k`, "unmanned aircraft" and "unmanned aerial vehicles" drones (rule ofWhichNoun). */
function headWeaponAt(toks: Tok[], k: number): Weapon | null {
  const w = toks[k]?.low ?? '';
  const uncrewed = UNCREWED.has(toks[k - 1]?.low ?? '') || toks[k - 1]?.low === 'aerial';
  if ((w === 'aircraft' || w === 'vehicles') && uncrewed) return 'drone';
  return WEAPON_HEADS.get(w) ?? null;
}

/** Nouns of generic objects a count of threats may be told again with (rule objectsOfSet). */
const GENERIC_OBJECTS: ReadonlySet<string> = new Set(['objects', 'targets', 'object', 'target']);

/** The one weapon other than unknown that counts exactly `value` threats in sentence `s` (rule objectsOfSet). */
function weaponCountedBefore(s: Span, value: number): Weapon | null {
  const found = findCounts(tokens(s.text, s.start), s.text, s.start).filter(
    (o) => o.value === value && o.weapon !== null && o.weapon !== 'unknown',
  );
  return found.length > 0 && found.every((o) => o.weapon === found[0]!.weapon) ? found[0]!.weapon : null;
}

/** A region word, which a misspelt region name stands before (rule misspeltRegion). */
const REGION_WORD = /\b(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Kk]rai)\b/;

function placesInSentence(body: string, s: Span): PlaceMention[] {
  // (a loop, not filter and map: arrays those make differ in V8's elements kind between unoptimised and optimised code,
  // and each new kind seen where they are read throws away extract()'s optimised code)
  const places: PlaceMention[] = [];
  const found = findPlaces(s.text);
  for (let i = 0; i < found.length; i++) {
    const p = found[i]!;
    if (isDateline(body, p.start + s.start, p.end + s.start)) continue;
    if (RULES.headlineDashSource && CAPITAL_NAME.test(p.text) && headlineSource(body, s, p)) continue;
    // ("over the annexed Black Sea peninsula of Crimea", "a Black Sea port": a sea that names the land on its shore, not
    // a place of its own; rule seaOfShore)
    if (RULES.seaOfShore && p.kind === 'sea' && SHORE_AFTER_SEA.test(s.text.slice(p.end, p.end + 24))) continue;
    // "near Gorbakha, Ivanovo district, Brest region": a district named after a town elsewhere lies in the region after it
    const next = found[i + 1];
    if (
      next &&
      next.code !== p.code &&
      (next.kind === 'region' || next.kind === 'place') &&
      (DISTRICT_OF.test(s.text.slice(p.start, next.start)) ||
        // ("the Dnipro district of the city of Kyiv", rule cityDistrict)
        (RULES.cityDistrict && CITY_DISTRICT_OF.test(s.text.slice(p.start, next.start))))
    )
      continue;
    // "Kyiv's Dnipro district": a district of the city before it, named like a place elsewhere (rule cityDistrict)
    const prev = found[i - 1];
    if (
      RULES.cityDistrict &&
      prev &&
      prev.code !== p.code &&
      POSSESSIVE_GAP.test(s.text.slice(prev.end, p.start)) &&
      DISTRICT_AFTER.test(s.text.slice(p.end, p.end + 12))
    ) {
      // ("Moscow's Odintsovo district", "Kyiv's Brovary district": a district of the region around the city is that
      // region's, and the city only names it, claims.md edge case 11; review)
      if (CITY_OBLAST[prev.code] !== p.code) continue;
      if (places[places.length - 1]?.code === prev.code) places.pop();
    }
    places.push({ ...p, start: p.start + s.start, end: p.end + s.start });
  }
  // "over the Briansk region", "the Bilgorod region": a name the gazetteer does not hold, before a region word, is the
  // region it is closest to (rule misspeltRegion; only where the sentence names a region word at all)
  // "near the settlements of Poltava, Novovodyanoye and Novokrasnyanka in the Lugansk People's Republic": a name in a list
  // of settlements that a region closes is a settlement there, whatever larger place shares its name (rule
  // settlementsInRegion)
  if (RULES.settlementsInRegion && SETTLEMENTS_OF.test(s.text)) dropNamedSettlements(s, places);
  if (RULES.misspeltRegion && REGION_WORD.test(s.text)) {
    const misspelt = misspeltRegions(s.text, s.start, places);
    if (misspelt.length > 0) {
      for (let i = 0; i < misspelt.length; i++) places.push(misspelt[i]!);
      places.sort((a, b) => a.start - b.start);
    }
  }
  // "over the Borovsk, Zhukov, Kirov, Mosalsk and Spas-Demensk districts": a list of districts lies in the region most of
  // them name; a name that is also a city elsewhere ("Kirov") is that region's district too (rule districtList)
  if (RULES.districtList && places.length >= 3 && s.text.includes('istricts')) dropStrayDistricts(s, places);
  // "two drones were shot down over the Kremlin": the Kremlin is a place only after a preposition of place (elsewhere it
  // speaks for Moscow, "the Kremlin said"), rule kremlinPlace
  if (RULES.kremlinPlace && s.text.includes('Kremlin')) {
    KREMLIN_PLACE.lastIndex = 0;
    for (let m = KREMLIN_PLACE.exec(s.text); m !== null; m = KREMLIN_PLACE.exec(s.text)) {
      // ("two drones flying at Putin's Kremlin residence": a course of threats at it too, rule kremlinCourse; the course's
      // end stands in only where the sentence names no other place, "a missile headed at the Kremlin was intercepted over
      // the Smolensk region", review)
      if (
        m[1] !== undefined &&
        (!RULES.kremlinCourse ||
          places.some((p) => p.kind !== 'country' && p.kind !== 'demonym') ||
          // (nor one stopped at a place in words the gazetteer does not know, "over the sea", "near the border"; second
          // review)
          STOPPED_UNNAMED.test(s.text))
      )
        continue;
      const start = s.start + m.index + m[0].length - 'Kremlin'.length;
      places.push({ code: 'RU-MOW', country: 'RU', kind: 'place', start, end: start + 7, text: 'Kremlin' });
    }
    places.sort((a, b) => a.start - b.start);
  }
  return places;
}

/** A crewed aircraft named in a sentence: a jet, a helicopter, a fighter, a bomber or a designator. */
/** Crewed words a list of drones' "aircraft" must not have beside it (rule aircraftInDroneList). */
const CREWED_IN_LIST = /\b(?:Sukhoi|MiG|planes?|pilots?|airliners?|combat\s+aircraft)\b/i;
const PLACE_WORDS_AFTER = new Set(['in', 'over', 'above', 'near']);
const MANNED_WORD = /\b(?:jets?|helicopters?|fighters?|bombers?|warplanes?|(?:Su|MiG|Ka|Mi|Tu|Il|F)-?\d)/i;

/** Names in a list closed by "districts" ("the A, B and C districts"; a serial comma too, and "Districts" in a Title Case
 * headline). */
const DISTRICT_LIST = /\b(?:\p{Lu}[\p{L}-]+(?:,\s+(?:and\s+)?|\s+and\s+)){2,}\p{Lu}[\p{L}-]+\s+[Dd]istricts\b/gu;

/** Removes from `places` the members of a district list whose region only they name, when two or more name another. */
function dropStrayDistricts(s: Span, places: PlaceMention[]): void {
  DISTRICT_LIST.lastIndex = 0;
  for (let m = DISTRICT_LIST.exec(s.text); m !== null; m = DISTRICT_LIST.exec(s.text)) {
    const from = s.start + m.index;
    const to = from + m[0].length;
    const inList = places.filter((p) => p.start >= from && p.end <= to);
    const byCode = new Map<string, number>();
    for (const p of inList) byCode.set(p.code, (byCode.get(p.code) ?? 0) + 1);
    const [main, inMain] = [...byCode].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
    if (inMain < 2) continue;
    // (the main region's mentions in the whole sentence: "the outskirts of Kaluga and … districts")
    const n = places.filter((p) => p.code === main).length;
    // (a name that is also its own region's name, as the city of Kirov is Kirov Oblast's, or one stray beside three or more
    // of one region; "the Shebekino, Graivoron and Rylsk districts" names a second region of the count; review)
    for (const p of inList)
      if (p.code !== main && byCode.get(p.code) === 1 && (n >= 3 || regionName(p.code)?.startsWith(p.text)))
        places.splice(places.indexOf(p), 1);
  }
}

/** Where a threat was stopped, in words the gazetteer does not read as a place (rule kremlinCourse; second review). */
const STOPPED_UNNAMED =
  /\b(?:over|above|near|off|along)\s+(?:the\s+)?(?:sea|water|border|coast|lake|river|frontier)\b|\bover\s+Lake\b/i;
// (not "at the Kremlin": where a meeting or a statement was, as speechVenue reads it; review)
const KREMLIN_PLACE =
  /\b(?:(?:over|above|near|towards?|approaching)\s+the|((?:drones?|UAVs?|vehicles?|missiles?|rockets?|Shaheds?|projectiles|targets)\s+(?:(?:that|which)\s+(?:were|was)\s+|(?:were|was)\s+)?(?:flying|flew|aimed|directed|headed|heading)\s+(?:at|for))\s+(?:the|Putin['’]s))\s+Kremlin\b(?![’'-])/gi;

/** Between a district's name and the region it lies in: "Ivanovo district, Brest region", "the Ivanovo district of the Brest region". */
const DISTRICT_OF = /^\S+\s+(?:district|raion|rayon)\s*(?:,|\s+of)\s+(?:the\s+)?$/i;
const CITY_DISTRICT_OF = /^\S+\s+(?:district|raion|rayon)\s+of\s+the\s+city\s+of\s+$/i;
const POSSESSIVE_GAP = /^['’]s\s+$/;
const DISTRICT_AFTER = /^\s+(?:district|raion|rayon)\b/i;

/** The country of the first region not a sea, or null. */
function landCountryOf(regions: readonly string[]): string | null {
  // (a loop, not map and find: see placesInSentence)
  for (let i = 0; i < regions.length; i++) {
    const country = countryOfRegion(regions[i]!);
    if (country !== null) return country;
  }
  return null;
}

function invert(origin: string | null): string | null {
  return origin === 'UA' ? 'RU' : origin === 'RU' ? 'UA' : null;
}

/** The country most places in the article belong to; null when it names none. */
/** "from the directions of Oryol, Bryansk, Kursk …", "launched from Kursk": where threats were sent from. */
const ORIGIN_SPAN = /\bfrom\s+the\s+directions?\s+of\s+[^.;:]*|\b(?:launched|fired|sent)\s+from\s+[^.;:,]*/gi;
/** The same with "from the directions: Bryansk, Kursk, Millerovo", as the Ukrainian air force lists them (rule directionsColon). */
const ORIGIN_SPAN_COLON =
  /\bfrom\s+the\s+directions?(?:\s+of\s+|\s*:\s*)[^.;:]*|\b(?:launched|fired|sent)\s+from\s+[^.;:,]*/gi;

/** The places outside origin spans: a long list of launch sites tells where the attack came from, not whose places these are. */
function withoutOrigins(body: string, places: PlaceMention[]): PlaceMention[] {
  if (!/\bfrom\b/i.test(body)) return places;
  const spans: Array<[number, number]> = [];
  const origins = RULES.directionsColon ? ORIGIN_SPAN_COLON : ORIGIN_SPAN;
  origins.lastIndex = 0;
  for (let m = origins.exec(body); m !== null; m = origins.exec(body)) spans.push([m.index, m.index + m[0].length]);
  return spans.length === 0 ? places : places.filter((p) => !spans.some(([a, b]) => p.start >= a && p.end <= b));
}

function dominantCountry(places: PlaceMention[]): string | null {
  const tally = new Map<string, number>();
  // a generic "the capital" is whose capital this decides: it is no evidence of its own
  for (const p of places)
    if (p.country && p.kind !== 'demonym' && !p.generic) tally.set(p.country, (tally.get(p.country) ?? 0) + 1);
  let best: string | null = null;
  let n = 0;
  for (const [k, v] of tally) if (v > n) [best, n] = [k, v];
  return best;
}

type WeaponWord = { at: number; weapon: Weapon | 'naval' };

/** NATO's, the allies' or friendly aircraft (rule defenderAircraft). */
const DEFENDER_AIRCRAFT_BEFORE =
  /\b(?:NATO|[Aa]llied|[Aa]llies['’]?|[Ff]riendly)\s+(?:(?:\p{Lu}[\p{L}\d-]*|fighter|combat|military|air\s+force)\s+){0,2}$/u;

function weaponWordsOf(body: string): WeaponWord[] {
  const out: WeaponWord[] = [];
  WEAPON_WORD.lastIndex = 0;
  for (let m = WEAPON_WORD.exec(body); m !== null; m = WEAPON_WORD.exec(body)) {
    const naval = m[1] === undefined;
    // "aircraft-type unmanned aerial vehicles": drones, whatever the word before says
    if (
      /^aircraft$/i.test(m[1] ?? '') &&
      /^[\s-]+type\b/i.test(body.slice(m.index + m[0].length, m.index + m[0].length + 8))
    )
      continue;
    const word = naval ? '' : m[1]!.toLowerCase();
    // ("unmanned vehicles" without "aerial": rule unmannedVehicles)
    if (
      word === 'vehicles' &&
      !RULES.unmannedVehicles &&
      !/aerial\s$/i.test(body.slice(Math.max(0, m.index - 7), m.index))
    )
      continue;
    // "anti-aircraft defence", "anti-aircraft missile units": the defence, not a threat
    if (word === 'aircraft' && /\banti-$/i.test(body.slice(Math.max(0, m.index - 5), m.index))) continue;
    // "assisted by NATO aircraft", "allied jets": the defenders' own aircraft, no threat a later "of them" could count
    // (rule defenderAircraft)
    if (
      RULES.defenderAircraft &&
      WEAPON_HEADS.get(word) === 'aircraft' &&
      DEFENDER_AIRCRAFT_BEFORE.test(body.slice(Math.max(0, m.index - 30), m.index))
    )
      continue;
    // "unmanned aerial vehicles" (the pattern reads "vehicles" only after "aerial"): drones
    let w: WeaponWord['weapon'] | undefined = naval ? 'naval' : word === 'vehicles' ? 'drone' : WEAPON_HEADS.get(word);
    // "most of the unmanned aircraft, 30 over …": an aircraft with no crew is a drone (as in a count's own phrase)
    if (w === 'aircraft' && UNCREWED_BEFORE.test(body.slice(Math.max(0, m.index - 24), m.index))) w = 'drone';
    if (w) out.push({ at: m.index, weapon: w });
  }
  return out;
}

/**
 * When the last weapon word before `at` names a single threat ("and a missile", "and one cruise missile"), the weapon of
 * the word before that one, else null (rule partOfLargerSet).
 */
function beforeSingleThreat(words: WeaponWord[], at: number, body: string): Weapon | null {
  let k = -1;
  for (let i = 0; i < words.length && words[i]!.at < at; i++) k = i;
  if (k < 1 || !SINGLE_BEFORE.test(body.slice(Math.max(0, words[k]!.at - 30), words[k]!.at))) return null;
  const w = words[k - 1]!.weapon;
  return w === 'naval' || w === words[k]!.weapon ? null : w;
}
/** Right before a weapon's noun: "a ", "an ", "one ", with up to two words between ("a cruise missile"). */
const SINGLE_BEFORE = /\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}$/i;

function lastWeaponBefore(words: WeaponWord[], at: number): Weapon | 'naval' | null {
  let found: Weapon | 'naval' | null = null;
  for (const w of words) {
    if (w.at >= at) break;
    found = w.weapon;
  }
  return found;
}

const BRACKET_AFTER_PLACE =
  /^\s*(?:region|oblast|province|krai|territory|republic)?\s*\(\s*(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b[^().]{0,20}\)/i;
const BETWEEN_ITEMS = /^[\s,]*(?:and\s+)?(?:in\s+|over\s+|above\s+)?(?:the\s+)?$/i;

/**
 * The places of a bracketed list ("the Belgorod (five drones), Voronezh (three drones) and Kaluga (seven drones)
 * regions", "the regions of Bryansk (11), Kursk (9) and Belgorod (7)"): for a count in brackets, the place right
 * before its bracket; for a count just before such a list (two items or more), every place of it. Null otherwise.
 */
function bracketedPlaces(
  body: string,
  places: PlaceMention[],
  countStart: number,
  countEnd: number,
  sentenceEnd: number,
): string[] | null {
  // (cheap tests first: most counts have no bracket near them)
  let open = countStart - 1;
  while (open > 0 && body[open] === ' ') open--;
  if (body[open] === '(' && /^\s*\)/.test(body.slice(countEnd, countEnd + 3))) {
    const own = places.find(
      (p) =>
        p.kind !== 'country' &&
        p.kind !== 'demonym' &&
        p.end <= open &&
        /^\s*(?:region|oblast|province|krai|territory|republic)?\s*$/i.test(body.slice(p.end, open)),
    );
    return own ? [own.code] : null;
  }
  const paren = body.indexOf('(', countEnd);
  if (paren < 0 || paren >= sentenceEnd) return null;
  const items: PlaceMention[] = [];
  let from = countEnd;
  for (const p of places) {
    if (p.start < from || p.kind === 'country' || p.kind === 'demonym') continue;
    const gap = body.slice(from, p.start);
    // the first item within the count's own words ("20 drones over the", "27 drones over the regions of"), the next
    // ones right after the bracket before
    if (items.length === 0 ? /[\d.;()]/.test(gap) || gap.length > 40 : !BETWEEN_ITEMS.test(gap)) break;
    const m = BRACKET_AFTER_PLACE.exec(body.slice(p.end, sentenceEnd));
    if (!m) break;
    items.push(p);
    from = p.end + m[0].length;
  }
  return items.length >= 2 ? [...new Set(items.map((p) => p.code))].sort() : null;
}

/** Whether the count that names `set` in this sentence is counted over a month or longer. */
function setIsTally(toks: Tok[], counts: Count[], set: SetMention, s: Span): boolean {
  const c = counts.find((o) => o.value === set.value && o.weapon === set.weapon && !o.bare);
  return c !== undefined && cumulative(toks, c, s.text, s.start);
}

const BACK_REFERENCE = /^\s*(?:out\s+)?of\s+(?:them|those|these|which)\b/i;

/**
 * A part ("3,100 of them", "Of those, 3,100 …") of a set that was counted over a month or longer: the set named earlier
 * in the sentence, or in one of the two sentences before when the sentence opens with the reference.
 */
function partOfTally(
  toks: Tok[],
  counts: Count[],
  ci: number,
  s: Span,
  si: number,
  prior: { sentence: number; tally: boolean } | null,
): boolean {
  const c = counts[ci]!;
  const after = s.text.slice((toks[c.numTo - 1]?.end ?? s.start) - s.start);
  const opener = OF_THESE.test(s.text);
  if (!BACK_REFERENCE.test(after) && !opener) return false;
  // the set named before it in the same sentence ("…launched 4,000 drones since the invasion, and 3,100 of them …")
  const here = counts
    .slice(0, ci)
    .reverse()
    .find((o) => o.weapon !== null && !o.bare && o.value > c.value);
  if (here) return !opener && cumulative(toks, here, s.text, s.start);
  return prior !== null && prior.tally && si - prior.sentence <= 2;
}

/** "MOSCOW:", "Kyiv, 26 drones downed…", "KYIV (Reuters) -": where the story was filed, at the start of a line, not where anything was downed. */
const CAPITAL_NAMES = /^(?:Kyiv|Kiev|Moscow|Minsk|Warsaw)$/;

function isDateline(body: string, start: number, end: number): boolean {
  // "KYIV/MOSCOW (dpa-AFX) - …": cities in capitals joined by slashes open one dateline (only a place after a slash is
  // looked back for its line: most places are mid-line, and that scan would be paid for each of them)
  if (start > 0 && body[start - 1] === '/') {
    const lineStart = body.lastIndexOf('\n', start - 1) + 1;
    const slashed = SLASHED_DATELINE.exec(body.slice(lineStart, lineStart + 80));
    return slashed !== null && end <= lineStart + slashed[0].length;
  }
  if (start > 0 && body[start - 1] !== '\n') return false;
  const slashed = SLASHED_DATELINE.exec(body.slice(start, start + 80));
  if (slashed && end <= start + slashed[0].length) return true;
  const after = body.slice(end, end + 24);
  // a comma or an agency in brackets after the name; in capitals ("MOSCOW:", "KYIV —") any dateline mark.
  // "Kursk region — 9 UAVs", "Bryansk: 9" open breakdown lines, not datelines.
  if (/^\s*(?:,|\([A-Za-z .-]{2,20}\))/.test(after)) return true;
  const name = body.slice(start, end);
  if (name === name.toUpperCase()) return /^\s*(?::|[-–—]\s)/.test(after);
  // "Kyiv: 133 of 161 drones neutralised" heading a live-blog entry, "Kyiv – Ukraine's air defence …" opening a wire
  // story: the capital the news came from (not "Kyiv – 12 drones", "Kyiv – Twelve drones": a breakdown line)
  if (!CAPITAL_NAMES.test(name)) return false;
  if (/^:\s/.test(after)) return true;
  const word = /^\s[-–—]\s+(\p{Lu}\p{Ll}+)/u.exec(after)?.[1];
  return word !== undefined && !isNumberStart(word.toLowerCase());
}

/** Two or more names in capitals joined by slashes, then a dateline's mark: "KYIV/MOSCOW (dpa-AFX) -". */
const SLASHED_DATELINE = /^\p{Lu}[\p{Lu}' .-]*(?:\/\p{Lu}[\p{Lu}' .-]*)+\s*(?=,|\([\p{L} .-]{2,20}\)|:|[-–—]\s)/u;

/**
 * The date an undated claim takes from an earlier sentence: none when it lies after the article's publication (a truce
 * announced for next week, a page's later update line: no interception is reported before it happens; rule
 * futureDateNotInherited), and the claim is counted on the publication day, as undated claims are.
 */
function inheritedDate(date: string | null, publishedAt: string | null): string | null {
  if (date === null || publishedAt === null || !RULES.futureDateNotInherited) return date;
  // (ISO days compare as strings)
  // (a day's grace: a report filed late in the evening UTC is already the next day in Kyiv or Moscow, "overnight on 7
  // May" published at 21:30 UTC on 6 May; review)
  const limit = new Date(Date.parse(publishedAt.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10);
  return date > limit ? null : date;
}
