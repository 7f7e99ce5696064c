/**
 * The words the claim grammar knows. Kept as data-like tables so a reviewer
 * can read the rules: which words are aerial threats (and which weapon),
 * which verbs report an interception, which report something else.
 */
import type { Weapon } from '@skytally/contracts';
import { RULES } from './rules';

/** Head nouns (lower case) and the weapon they name. */
export const WEAPON_HEADS: ReadonlyMap<string, Weapon> = new Map<string, Weapon>([
  ...words(
    'drone drones uav uavs uas shahed shaheds geran gerans lancet lancets orlan orlans quadcopter quadcopters kamikazes gerbera gerberas liutyi lyutyi bayraktar bayraktars zala supercam supercams forpost mohajer',
    'drone',
  ),
  ...words(
    'missile missiles kalibr kalibrs iskander iskanders kinzhal kinzhals atacms zircon zircons tsirkon onyx oniks scalp scalps taurus neptune neptunes tochka shadow shadows harm flamingo flamingos tomahawk tomahawks',
    'missile',
  ),
  ...words('rocket rockets himars mlrs vampire vampires grad grads uragan smerch olkha vilkha', 'rocket'),
  ...words('bomb bombs jdam jdams kab kabs fab fabs gbu', 'bomb'),
  ...words(
    'aircraft airplane airplanes plane planes jet jets warplane warplanes fighter fighters helicopter helicopters bomber bombers gunship gunships chopper choppers mirage mirages',
    'aircraft',
  ),
  ...words(
    'target targets object objects projectile projectiles munition munitions shell shells threats craft balloon balloons',
    'unknown',
  ),
]);

/** "unmanned aerial vehicle(s)": a drone written in three words (patterns add the plural "s" themselves). */
export const AERIAL_VEHICLE = String.raw`(?:unmanned|uncrewed|pilotless)\s+aerial\s+vehicle`;

/** The words that say a vehicle has no crew ("unmanned aerial vehicles"). */
export const UNCREWED: ReadonlySet<string> = new Set(['unmanned', 'uncrewed', 'pilotless']);

/** Token k heads a threat's noun: a head word, or the first of "unmanned aerial vehicle(s)". */
export function weaponHeadAt(toks: readonly { low: string }[], k: number): boolean {
  const w = toks[k]?.low ?? '';
  if (WEAPON_HEADS.has(w)) return true;
  return UNCREWED.has(w) && toks[k + 1]?.low === 'aerial' && /^vehicles?$/.test(toks[k + 2]?.low ?? '');
}

/** The weapon a noun a pattern captured names: a head word, or "unmanned aerial vehicles" (a drone). */
export function weaponOfNoun(noun: string): Weapon | undefined {
  return WEAPON_HEADS.get(noun) ?? (/\baerial\s+vehicles?$/.test(noun) ? 'drone' : undefined);
}

/** Modifiers that decide the weapon whatever the head says ("unmanned aerial vehicles", "HIMARS projectiles"). */
/** MLRS types: their projectiles are rockets whatever the text calls them (claims.md, edge case 8). */
export const MLRS_TYPES: ReadonlySet<string> = new Set(
  'grad grads vampire vampires himars uragan smerch olkha vilkha tornado mlrs bm rszo'.split(' '),
);

/** Verbs of detection: "detected and destroyed" reports the second verb. */
export const DETECT_VERBS: ReadonlySet<string> = new Set(
  'detected spotted tracked observed located identified recorded registered seen sighted'.split(' '),
);

/** Ordinals: "a fourth was intercepted" is one more. */
export const ORDINALS: ReadonlySet<string> = new Set(
  'second third fourth fifth sixth seventh eighth ninth tenth'.split(' '),
);

export const WEAPON_MODIFIERS: ReadonlyMap<string, Weapon> = new Map<string, Weapon>([
  // ("remotely piloted aircraft": a drone, whatever the head says)
  ...words('unmanned uncrewed pilotless drone uav kamikaze shahed geran loitering remotely', 'drone'),
  // (the types the heads name, before a generic head: "Lancet loitering munitions", "Orlan reconnaissance craft")
  ...words('lancet orlan zala supercam gerbera lyutyi liutyi bayraktar mohajer forpost', 'drone'),
  ...words('missile cruise ballistic kalibr iskander kinzhal atacms kh scalp neptune', 'missile'),
  ...words('zircon tsirkon onyx oniks taurus tochka flamingo winged hypersonic aeroballistic', 'missile'),
  // ("jet projectiles", "reactive shells": how translations from Russian and Ukrainian render an MLRS's rockets)
  ...words('himars mlrs vampire grad uragan smerch olkha vilkha rocket jet reactive', 'rocket'),
  ...words('guided glide jdam kab gbu', 'bomb'),
]);

/** Aircraft type designators ("Su-34", "Ka-52", "Il-76") that are heads on their own. */
export const AIRCRAFT_DESIGNATORS: ReadonlySet<string> = new Set([
  'su',
  'mig',
  'ka',
  'mi',
  'tu',
  'il',
  'an',
  'yak',
  'be',
  'f',
]);

/**
 * More type designators, read with rule modelNames, with the model numbers they are read with (null: any): "A-50",
 * "A-100" (the early-warning aircraft; a capital A glued to a hyphen and those numbers only, so neither the article nor
 * "two A-1 trucks"), "L-39" (the trainer), "UJ-22", "UJ-26", "FP-1", "FP-2" (Ukrainian long-range drones:
 * DRONE_DESIGNATORS).
 */
export const MODEL_DESIGNATORS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['a', new Set(['50', '100'])],
  ['l', new Set(['39'])],
  ['uj', null],
  ['fp', new Set(['1', '2'])],
]);

/**
 * Designators of drone types: the letters alone ("UJ-22 Airborne", "UJ-26 Bober"), or with the model numbers that make
 * an aircraft designator a drone ("Tu-141 Strizh", "Tu-143 Reys", "Tu-300 Korshun": Soviet reconnaissance drones;
 * "An-196", the Liutyi).
 */
export const DRONE_DESIGNATORS: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([
  ['uj', null],
  ['fp', null],
  ['tu', new Set(['141', '143', '300'])],
  ['an', new Set(['196'])],
]);

/** Letters of a missile type written as letters, hyphen, digits: "Kh-101", "X-59" (the Cyrillic Х as a Latin X), "KN-23". */
export const MISSILE_DESIGNATORS: ReadonlySet<string> = new Set(['kh', 'x', 'kn']);

/** Nouns after a weapon word that make it a modifier of something else ("drone attacks", "missile launchers"). */
export const NON_HEADS: ReadonlySet<string> = new Set(
  (
    'attack attacks strike strikes raid raids launcher launchers launch launches control operator operators unit units team teams crew crews ' +
    'base bases factory factories plant plants depot depots warehouse warehouses site sites production parts components debris wreckage ' +
    'fragments fragment system systems carrier carriers boat boats alert alerts threat threats danger barrage barrages swarm swarms fire ' +
    'incursion incursions hits programme program workshop workshops storage assembly hub hubs pilots pilot defence defense forces regiment ' +
    'battalion brigade division squadron facility facilities shelter shelters maker makers manufacturer manufacturers industry sector war warfare ' +
    'field fields range shop shops zone zones corridor corridors ' +
    // (a position or battery of an air-defence missile system is ground equipment: "destroyed a Patriot PAC-3 missile
    // position in Kyiv", session 51)
    'position positions battery batteries emplacement emplacements'
  ).split(' '),
);

/** Aerial threats that are not aerial: sea drones are out of scope. */
export const NOT_AERIAL_MODIFIERS: ReadonlySet<string> = new Set([
  'sea',
  'naval',
  'maritime',
  'surface',
  'underwater',
  'ground',
  'land',
  'fpv',
]);

/** Verb and noun stems that report an interception (matched on lower-case tokens). */
export const TRIGGER_WORDS: ReadonlySet<string> = new Set(
  (
    'intercept intercepted intercepting intercepts interception interceptions downed downing downs shootdown shootdowns destroy destroyed destroying ' +
    'destroys destruction neutralise neutralised neutralising neutralize neutralized neutralizing neutralises neutralizes suppress suppressed ' +
    'suppressing repel repelled repelling repulsed eliminate eliminated eliminating elimination jammed foiled thwarted ' +
    'liquidated liquidating liquidation obliterated annihilated'
  ).split(' '),
);

/** Particles that turn a verb into an interception verb: "shot down", "brought down". */
/** Participles that report an interception only with electronic warfare as their agent ("disabled by electronic warfare"). */
const EW_PARTICIPLES: ReadonlySet<string> = new Set([
  'disabled',
  'incapacitated',
  'deactivated',
  'disrupted',
  'grounded',
]);
const OUT_OF_ACTION_VERBS: ReadonlySet<string> = new Set(['put', 'knocked', 'taken']);
const EW_AGENT = new Set(['electronic', 'ew', 'reb', 'jamming', 'jammers', 'radio-electronic']);

/** "a further seven disabled by electronic warfare", "were incapacitated by EW means": an EW participle with its agent. */
export function ewParticiple(toks: readonly { low: string }[], k: number): boolean {
  // "five were put out of action by electronic warfare": the phrase as one participle
  const outOfAction =
    OUT_OF_ACTION_VERBS.has(toks[k]?.low ?? '') &&
    toks[k + 1]?.low === 'out' &&
    toks[k + 2]?.low === 'of' &&
    toks[k + 3]?.low === 'action';
  if (!outOfAction && !EW_PARTICIPLES.has(toks[k]?.low ?? '')) return false;
  let by = outOfAction ? k + 4 : k + 1;
  while (by <= k + 3 && toks[by] !== undefined && toks[by]!.low !== 'by') by++;
  if (toks[by]?.low !== 'by') return false;
  for (let a = by + 1; a <= by + 4 && toks[a] !== undefined; a++) if (EW_AGENT.has(toks[a]!.low)) return true;
  return false;
}

const AIR_DEFENCE_AGENT = /^(?:antiaircraft|surface|sam|patriot|pantsir|manpads)$/;
/** The head of the count after "hit" when it is an aerial threat (rule militaryHit). */
const HIT_THREATS = /^(?:drones?|uavs?|missiles?|shaheds?|rockets?|unmanned|fixed)$/;

const HIT_COUNT_WORD =
  /^(?:a|an|all|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;
/** After the threats' head: a possessive or a thing of theirs on the ground ("22 drones' positions", "drone depots"). */
const HIT_NOT_THREAT =
  /^(?:['’]|s|positions?|depots?|launchers?|sites?|warehouses?|storage|workshops?|factory|factories|plants?|operators?|teams?|crews?|units?|bases?|hangars?)$/;

/** The word after "hit N (Ukrainian / Russian / enemy / attack)": the count's head, or '' (rule militaryHit). */
function threatAfter(toks: readonly { low: string; kind: string; raw: string }[], k: number): string {
  let x = k + 1;
  if (toks[x]?.kind !== 'n' && !HIT_COUNT_WORD.test(toks[x]?.low ?? '')) return '';
  x++;
  // ("all 16", "twenty-two", "1,200": the rest of the number)
  while (
    toks[x]?.kind === 'n' ||
    toks[x]?.raw === '-' ||
    toks[x]?.raw === ',' ||
    HIT_COUNT_WORD.test(toks[x]?.low ?? '')
  )
    x++;
  while (['ukrainian', 'russian', 'enemy', 'attack', 'more'].includes(toks[x]?.low ?? '')) x++;
  return HIT_NOT_THREAT.test(toks[x + 1]?.low ?? '') ? '' : (toks[x]?.low ?? '');
}
/** "hit over the weekend / past day": a time, not a place. */
const HIT_OVER_TIME =
  /^(?:weekend|past|last|course|night|period|following|next|same|previous|day|days|hours|years|months|weeks|time|years?)$/;

/** What may stand between "fell to" and an air defence: "the", "Russian", "its", "local" (rule fellToAirDefence). */
const FELL_TO_DETERMINERS = new Set("the its their our russian ukrainian russia ukraine ' ’ s local enemy".split(' '));
/**
 * "29 of the drones fell to air defences", "one fell to the Russian anti-aircraft fire": "fell" with an air defence as
 * what it fell to (rule fellToAirDefence).
 */
export function fellToAirDefence(toks: readonly { low: string }[], k: number): boolean {
  if (toks[k]?.low !== 'fell') return false;
  // ("fell prey to", "fell victim to"; review)
  const to = toks[k + 1]?.low === 'prey' || toks[k + 1]?.low === 'victim' ? k + 2 : k + 1;
  if (toks[to]?.low !== 'to') return false;
  let a = to + 1;
  while (a < k + 7 && FELL_TO_DETERMINERS.has(toks[a]?.low ?? '')) a++;
  const w = toks[a]?.low ?? '';
  // (the tokens split "air-defence" and "anti-aircraft" at the hyphen)
  const next = toks[a + 1]?.low === '-' ? toks[a + 2]?.low : toks[a + 1]?.low;
  return (
    (w === 'air' && /^defen[cs]es?$/.test(next ?? '')) ||
    (w === 'anti' && next === 'aircraft') ||
    // ("fell to mobile fire groups", "fell prey to electronic warfare"; review)
    (w === 'mobile' && next === 'fire') ||
    (w === 'electronic' && next === 'warfare')
  );
}

/**
 * "were hit by air defence systems", "had hit a Ukrainian F-16 with air defence systems": "hit" (as translated Russian and
 * Turkish MoD copy writes the downing) with an air-defence agent or instrument after "by" / "with" in the clause is an
 * interception; any other "hit" is a strike.
 */
export function airDefenceHit(toks: readonly { low: string; kind: string; raw: string }[], k: number): boolean {
  if (toks[k]?.low !== 'hit') return false;
  // "23 UAVs had been hit over the region": a passive "hit" over a place (not "over the weekend") is in the air
  if (['were', 'was', 'been'].includes(toks[k - 1]?.low ?? '') && ['over', 'above'].includes(toks[k + 1]?.low ?? '')) {
    const a = toks[k + 2]?.low === 'the' ? k + 3 : k + 2;
    if (toks[a]?.kind === 'w' && !HIT_OVER_TIME.test(toks[a].low)) return true;
  }
  // "6 UAVs were hit in the Moscow region", "was hit in the air": a passive "hit" in a named place or in the sky (not
  // "in the morning", "in the attack")
  if (['were', 'was', 'been'].includes(toks[k - 1]?.low ?? '') && toks[k + 1]?.low === 'in') {
    const a = toks[k + 2]?.low === 'the' ? k + 3 : k + 2;
    const w = toks[a];
    if (w?.kind === 'w' && (/^\p{Lu}/u.test(w.raw) || /^(?:air|sky|skies)$/.test(w.low))) return true;
  }
  // "Russian air defence systems hit 117 Ukrainian UAVs": an air-defence subject of an active "hit"
  // ("Russian defence systems hit …": "defence systems / means" without "air" too)
  let s = k - 1;
  if (['have', 'has', 'had'].includes(toks[s]?.low ?? '')) s--;
  // ("The Russian military hit 22 UAVs in the Samara region", as the ministry's summaries are translated: the military
  // as the subject, the threats its object; rule militaryHit)
  if (
    RULES.militaryHit &&
    (toks[s]?.low === 'military' || toks[s]?.low === 'army') &&
    HIT_THREATS.test(threatAfter(toks, k))
  )
    return true;
  const systems = ['systems', 'system', 'means'].includes(toks[s]?.low ?? '');
  if (systems || ['forces', 'units', 'crews', 'troops'].includes(toks[s]?.low ?? '')) s--;
  if (
    /^defen[cs]es?$/.test(toks[s]?.low ?? '') &&
    (systems ||
      toks[s - 1]?.low === 'air' ||
      toks[s - 2]?.low === 'air' ||
      // ("the anti-aircraft defence forces had hit an unmanned vehicle", as "air defence" is reworded)
      toks[s - 1]?.low === 'aircraft')
  )
    return true;
  for (let x = k + 1; x <= k + 10 && toks[x] !== undefined; x++) {
    const t = toks[x]!;
    if (t.kind === 'p' && t.low !== '-') return false;
    if (t.low !== 'by' && t.low !== 'with' && t.low !== 'using') continue;
    let a = x + 1;
    if (toks[a]?.low === 'the' || toks[a]?.low === 'its' || toks[a]?.low === 'their') a++;
    if (toks[a]?.low === 'russian' || toks[a]?.low === 'ukrainian') a++;
    // ("hit by Ukraine's air force": the side's possessive, rule airForceHit)
    else if (
      RULES.airForceHit &&
      SIDES.has(toks[a]?.low ?? '') &&
      toks[a + 1]?.kind === 'p' &&
      toks[a + 2]?.low === 's'
    )
      a += 3;
    const w = toks[a]?.low ?? '';
    const next = toks[a + 1]?.low === '-' ? toks[a + 2]?.low : toks[a + 1]?.low;
    // ("17 UAVs were hit by the air force": the air force is the air defence of Ukraine's reports, rule airForceHit)
    if (w === 'air') return /^defen[cs]es?$/.test(next ?? '') || (RULES.airForceHit && /^forces?$/.test(next ?? ''));
    if (w === 'anti') return next === 'aircraft';
    if (w === 's') return next === '300' || next === '400';
    return AIR_DEFENCE_AGENT.test(w);
  }
  return false;
}

/** Qualifiers before a count ("defeated about 17", "defeated more than 20"). */
const QUALIFIER_WORDS: ReadonlySet<string> = new Set(['about', 'some', 'around', 'nearly', 'almost', 'over']);
const QUALIFIER_PAIRS: ReadonlySet<string> = new Set(['more than', 'up to', 'at least']);
/** The other one-word qualifiers the count reader knows ("defeated roughly 17"; rule defeatedQualifiers; DEFEATED_THREATS_MORE reads them too). */
export const QUALIFIER_WORDS_MORE: ReadonlySet<string> = new Set([
  'roughly',
  'approximately',
  'approx',
  'circa',
  'estimated',
]);

/** The sides' names as possessives ("Ukraine's air force"). */
const SIDES: ReadonlySet<string> = new Set(['ukraine', 'russia']);

/**
 * "the Air Defence Force defeated about 17 UAVs": "defeated" (a calque of Ukrainian "уражено", struck) with a count of
 * threats as its object is a downing (rule defeatedThreats); "defeated the attack" has no count of threats.
 */
export function defeatedThreats(toks: readonly { low: string; kind: string; raw: string }[], k: number): boolean {
  if (!RULES.defeatedThreats || toks[k]?.low !== 'defeated') return false;
  // ("defeated about 17", "defeated more than 20": a qualifier before the count)
  const one = toks[k + 1]?.low ?? '';
  const two = `${one} ${toks[k + 2]?.low ?? ''}`;
  const x =
    QUALIFIER_WORDS.has(one) || (RULES.defeatedQualifiers && QUALIFIER_WORDS_MORE.has(one))
      ? k + 1
      : QUALIFIER_PAIRS.has(two)
        ? k + 2
        : k;
  return HIT_THREATS.test(threatAfter(toks, x));
}

// ("as many as 10 drones … were gunned down": session 50, batch xp's dev half)
export const DOWN_VERBS: ReadonlySet<string> = new Set(
  'shot shoot shoots shooting brought bring brings bringing taken take takes took taking knocked shooted gunned'.split(
    ' ',
  ),
);

/** Verbs that report something other than an interception. */
export const OTHER_VERBS: ReadonlySet<string> = new Set(
  (
    'launch launched launches launching fire fired fires firing sent send sends sending struck strike strikes striking hit hits hitting targeted ' +
    'targeting attack attacked attacking attacks damage damaged damaging kill killed killing injure injured injuring wound wounded lost lose ' +
    'loses losing crash crashed crashing fell fall falls exploded explode detonated reached reach flew fly flying used deployed use deploy ' +
    'carried carrying spotted detected observed seen sighted seized captured evacuated received receive receives receiving delivered deliver supplied supply ' +
    'provided provide acquired bought purchased ordered produced produce produces manufactured built possesses owns operates ' +
    'caused causes causing vanished disappeared involved involving involve involves'
  ).split(' '),
);

/** Verbs that report a figure without saying what happened: a bare count they govern takes the sense of the count before it ("Kaluga followed with nine intercepted, while Smolensk recorded five"). */
export const NEUTRAL_VERBS: ReadonlySet<string> = new Set(
  'recorded counted registered tallied logged saw followed accounted'.split(' '),
);

/** Exclusion participles that only modify a noun when followed by one of these ("drones launched from Ukraine"). */
export const MODIFIER_FOLLOWERS: ReadonlySet<string> = new Set(
  'by from at toward towards against into in on over above near around across overnight during'.split(' '),
);

/** Words that a noun phrase never runs through. */
export const NP_STOP: ReadonlySet<string> = new Set(
  (
    'and or but nor the a an this that these those which who whom whose were was are is be been being have has had will would could can may might ' +
    'over in on at by from to into onto with without of off for during after before while when as than near above across around toward towards ' +
    'against per each apiece more others other it they he she we its their his her our said says say told reported according also including ' +
    'plus not no holding containing storing housing carrying'
  ).split(' '),
);

/** After a bare number these words leave it a count of the thing in context ("five over Kursk", "three were downed"). */
export const BARE_FOLLOWERS: ReadonlySet<string> = new Set(
  (
    'over in on at above near across off around during overnight each apiece more others were was are had have has been and or while whereas but ' +
    'closer further farther nearer of in within inside out respectively'
  ).split(' '),
);

/** Speech verbs: places before them frame the report, they do not locate the count. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  'said says say told reported reports claimed claims added wrote announced stated confirmed according'.split(' '),
);

/** The days of the week, Sunday first (as Date.getUTCDay() numbers them). */
export const WEEKDAYS: readonly string[] = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
];

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sept', 9],
  ['sep', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

function words(list: string, weapon: Weapon): Array<[string, Weapon]> {
  return list.split(' ').map((w) => [w, weapon]);
}

/** Nouns "launch" modifies ("rocket launch systems", "launch sites", "launch vehicle"). */
const LAUNCH_HEADS =
  /^(?:systems?|vehicles?|sites?|pads?|platforms?|positions?|tubes?|complex(?:es)?|facilit(?:y|ies)|installations?|points?|areas?|units?|containers?|canisters?|rails?|cells?)$/;

/** At k "launch" before a noun it modifies ("nine HIMARS multiple rocket launch systems"): a noun, no verb (rule launchCompound). */
export function launchCompound(toks: readonly { low: string }[], k: number): boolean {
  const w = toks[k]?.low;
  return RULES.launchCompound && (w === 'launch' || w === 'launches') && LAUNCH_HEADS.test(toks[k + 1]?.low ?? '');
}
