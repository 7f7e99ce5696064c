/**
 * Where a count is: the places in its own clause (after it first — "shot
 * down over Bryansk" — then before it — "Kaluga Oblast followed with nine"),
 * leaving out places that only describe or orient ("which border the Moscow
 * region", "closer to the capital", "65 km northwest of the Kremlin"),
 * origins ("launched from the Sumy region"), the claimant's own title
 * ("Moscow's mayor") and capitals used for governments ("Moscow said").
 */
import type { PlaceMention } from '@skytally/gazetteer';
import { capitalOf, listOfficials } from '@skytally/gazetteer';
import type { ClaimantMention } from './claimant';
import { SPEECH_VERBS } from './lexicon';
import { CONTESTED } from './region-country';
import { RULES } from './rules';
import type { Segment } from './segments';
import type { Tok } from './tokens';

/** "launched from the Sumy region", "from around Kursk": where the threats came from. */
export const FROM =
  /\bfrom\s+(?:(?:around|near|outside)\s+)?(?:the\s+)?(?:(?:(?:south|north)(?:-?(?:east|west))?ern\s+|eastern\s+|western\s+|occupied\s+)?(?:directions?|shores?|coast|banks?|side|territory|area|waters)\s+of\s+(?:the\s+)?)?(?:(?:Russia|Ukraine|Belarus)['’]s\s+)?(?:(?:neighbou?ring|occupied|annexed|(?:south|north)(?:-?(?:east|west))?ern|eastern|western|border|Russian|Ukrainian|Belarusian)\s+){0,3}$/i;
/** The same with "from the region of X" (rule regionOfPlace). */
const FROM_REGION_OF = new RegExp(FROM.source.replace('|waters)', '|waters|region|province|oblast)'), 'i');
/** The same with "from somewhere near / around / in" (rule fromSomewhere). */
const FROM_SOMEWHERE = new RegExp(
  FROM.source.replace(
    String.raw`(?:(?:around|near|outside)\s+)?`,
    String.raw`somewhere\s+(?:around|near|in|over|off|outside|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of)\s+`,
  ),
  'i',
);
/** "launched over the", "fired above the" before a sea: a launch's area (rule launchedOver; "fired from Tu-95 bombers over" is FROM_PLATFORM's). */
const LAUNCHED_OVER = /\b(?:launched|fired)\s+(?:over|above)\s+(?:the\s+)?(?:(?:waters|area)\s+of\s+(?:the\s+)?)?$/i;
/**
 * `before` ends in an origin's "from" (FROM, with rule regionOfPlace "from the region of", with rule fromSomewhere "from
 * somewhere near": "missiles fired by Tu-95 bombers from somewhere near the Caspian Sea").
 */
export function fromBefore(before: string): boolean {
  return (
    FROM.test(before) ||
    (RULES.regionOfPlace && FROM_REGION_OF.test(before)) ||
    (RULES.fromSomewhere && FROM_SOMEWHERE.test(before))
  );
}
/** "30 km from", "some 20 miles away from the": a distance before "from" (a reference point, not an origin). */
const DISTANCE_FROM =
  /(\d[\d,]*)\s*(?:km|kilometres|kilometers|miles|metres|meters)\s+(?:away\s+)?from\s+(?:the\s+)?$/i;

/** "30 km from Moscow": a distance short enough to be in the oblast around the city (not "200 kilometres from Moscow"). */
function nearDistanceFrom(before: string): boolean {
  const m = DISTANCE_FROM.exec(before);
  return m !== null && Number(m[1]!.replace(/,/g, '')) <= 60;
}
const TO_END = /\sto\s+(?:the\s+)?$/i;
const ON_THE_END = /\son\s+the\s+$/i;
const ON_THE_GAP = /^\s*,?\s+on\s+the\s+$/i;
const TO_GAP = /^\s+to\s+(?:the\s+)?$/i;
/** "flying from", "launched from the": a course or a launch before "from A to B", not a range of places. */
const MOTION_FROM =
  /\b(?:flying|flew|flown|fly|launched|sent|heading|headed|fired|moving|travell?ing|came|coming)\b[^,.;]{0,25}\bfrom\s+(?:\S+\s+){0,3}$/i;
/** Right after a city's name: a road named after it ("the Minsk highway", "Kyiv Avenue"). */
/** Cities named after their river: the river when written with "river" or an article (rule riverNotCity). */
const RIVER_NAMES = /^(?:Dnipro|Dnieper|Dniepr|Dnepr)$/i;
const THE_END = /\bthe\s+$/i;
/** After "the Dnipro": the rest of a region's name or a list, so the oblast ("the Dnipro region", "the Dnipro, Zaporizhzhia …"). */
const REGION_GOES_ON = /^\s*(?:,|and\b|or\b|region|oblast|province|area|district|governor|administration)/i;
const RIVER_AFTER = /^\s+[Rr]iver\b/;
const ROAD_AFTER = /^[\s-]+(?:highway|motorway|freeway|expressway|road|street|avenue|prospekt|prospect|boulevard)\b/i;
/** A statement's venue just before a place, after its speech verb: "announced at a press briefing in", "told a news conference in". */
const SPEECH_VENUE =
  /\b(?:(?:said|says|announced|announces|stated|reported|reports|speaking|spoke)\s+(?:at|to|during)|(?:told|tells)(?:\s+(?:at|to|during))?)\s+(?:an?\s+|the\s+)?(?:(?:press|news)\s+)?(?:briefing|conference)\s+in\s+$/i;
/** "launched from ships in the Black Sea", "fired from Tu-95 bombers over the Caspian Sea": where the launch platform was. */
const FROM_PLATFORM =
  /\bfrom\s+(?:(?:the|a|an|its|their|Russian|Ukrainian|strategic|navy|naval)\s+)*(?:(?:war)?ships?|vessels?|submarines?|boats?|frigates?|corvettes?|carriers?|bombers?|aircraft|planes?|jets?|fighters?|Tu-\S+|MiG-\S+|Su-\S+|launchers?|positions?)(?:\s+\S+){0,2}\s+(?:in|over|on|above|off)\s+(?:the\s+)?(?:(?:waters|area|territory)\s+of\s+(?:the\s+)?)?$/i;
const REFERENCE = new RegExp(
  String.raw`(?:\b(?:closer|nearer)\s+to|\b(?:further|farther|away)\s+from|\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of` +
    String.raw`|\b(?:km|kilometres|kilometers|miles|metres|meters)\s+(?:\(\d+\s+\w+\)\s+)?(?:from|of|away\s+from|outside|short\s+of)` +
    String.raw`|\bborder(?:s|ing)?(?:\s+with)?|\bneighbou?r(?:s|ing)?|\badjacent\s+to|\boff\s+the\s+(?:[\w-]+\s+)?coast\s+of|\bbeyond|\bsurrounding|\bencircling|\bbesides|\bapart\s+from|\bexcept(?:\s+for)?|\bin\s+addition\s+to|\btowards?\s+the\s+border\s+with)\s+(?:the\s+)?(?:(?:(?:Russian|Ukrainian)\s+)?capital,?\s+|city\s+of\s+|town\s+of\s+)?$`,
  'i',
);
/** "to Moscow's north-west", "to the capital's south": a compass point of the place, after its name. */
const COMPASS_AFTER = /^['’]s\s+(?:north|south|east|west)(?:-?(?:east|west))?\b/i;
/** Right before a capital: the threats it sent ("all 13 drones ", "the missiles "; rule capitalSentThreats). */
const THREATS_BEFORE =
  /\b(?:drones|UAVs|missiles|rockets|Shaheds|(?:unmanned|uncrewed)\s+(?:aerial\s+vehicles|aircraft))\s+$/i;
/** Right after a capital: a verb of sending ("Moscow sent", "Kyiv launched"; rule capitalSentThreats). */
const SENT_AFTER = /^\s+(?:had\s+|has\s+)?(?:sent|launched|fired|used|deployed|dispatched)\b/i;
/** A place in `text` given only as a reference point ("200 km south-west of the Russian capital, Moscow"). */
export function referencePoint(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  // ("above the Black Sea and the north-west of the Crimean peninsula": a compass part with its article is part of the
  // place, not a point outside it; rule compassPartOf)
  if (compassPart(before)) return seaOrRegionAround(before);
  return REFERENCE.test(before) || seaOrRegionAround(before) || nearOrNextTo(before);
}
/** "the north-west of " before a place: a part of it (rule compassPartOf). */
function compassPart(before: string): boolean {
  return RULES.compassPartOf && COMPASS_PART_OF.test(before);
}
/** "nearer the capital, ", "next to the Moscow region": a reference point REFERENCE does not read (rules nearerWithoutTo,
 * nextToReference). */
function nearOrNextTo(before: string): boolean {
  return (RULES.nearerWithoutTo && NEARER_WITHOUT_TO.test(before)) || (RULES.nextToReference && NEXT_TO.test(before));
}
/** "the north-west of ", "the south of the ": a compass part of the place after it (rule compassPartOf). */
const COMPASS_PART_OF =
  /\bthe\s+(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?$/i;
/** "…and another over that of Kaluga, both of them next to the Moscow region": a place a place is next to (rule nextToReference). */
const NEXT_TO = /\bnext\s+to\s+(?:the\s+)?(?:(?:(?:Russian|Ukrainian)\s+)?capital,?\s+|city\s+of\s+)?$/i;
/** "two nearer the capital, over the Moscow region's Istra district": nearer a place with no "to", as "closer to" is (rule
 * nearerWithoutTo). */
const NEARER_WITHOUT_TO =
  /\b(?:closer|nearer)\s+(?:the\s+)?(?:(?:(?:Russian|Ukrainian)\s+)?capital,?\s+|city\s+of\s+|town\s+of\s+)?$/i;
/** "the Black Sea off ", "the region around ": a place named only to say where the sea or the land meant is (rules seaOffPlace, regionAround). */
function seaOrRegionAround(before: string): boolean {
  return (RULES.seaOffPlace && SEA_OFF.test(before)) || (RULES.regionAround && REGION_AROUND.test(before));
}
/** "over the region around Moscow", "in the area around the capital": a city as the centre of the land meant, as
 * "surrounding" is (rule regionAround). */
const REGION_AROUND =
  /\b(?:region|area|areas|territory|countryside)\s+around\s+(?:the\s+)?(?:(?:(?:Russian|Ukrainian)\s+)?capital,?\s+|city\s+of\s+)?$/i;
/** "in the Leningrad region, to which St Petersburg belongs", ", which includes the city of X": a place the clause says the one before holds (rule whichPlace). */
const WHICH_PLACE =
  /,\s*(?:to\s+which|which\s+(?:includes|contains|surrounds|encircles|encloses))\s+(?:the\s+(?:city|town)\s+of\s+)?$/i;
/** "over the Black Sea off Crimea", "in the waters off Odesa": the land after a sea and "off" says where the sea is (rule seaOffPlace). */
const SEA_OFF =
  /\b(?:[Ss]ea|[Ww]aters|[Cc]oast|[Ss]trait)\s+off\s+(?:the\s+)?(?:coast\s+of\s+)?(?:(?:occupied|annexed)\s+)?$/;
const CLOSE_TO =
  /\b(?:close\s+to|not\s+far\s+from|near)\s+(?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:capital,?\s+|city\s+of\s+)?$/i;
const AFTER_PLACE_CLOSE_TO =
  /^\s*(?:region|oblast|province|district|area|krai|territory)?\s*,?\s*(?:close\s+to|not\s+far\s+from)\s+(?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:capital,?\s+|city\s+of\s+)?$/i;
/** "in Kaluga, near Moscow": after a place and a comma, "near" says where the first place is (rule nearAfterPlace). */
const AFTER_PLACE_COMMA_NEAR =
  /^\s*(?:region|oblast|province|district|area|krai|territory)?\s*,\s*near\s+(?:the\s+)?(?:(?:Russian|Ukrainian)\s+)?(?:capital,?\s+|city\s+of\s+)?$/i;
/** What may follow the place after ", near": the clause's end, not another item of a list (rule nearAfterPlace). */
const NEAR_PLACE_ENDS = /^\s*(?:[.;:)!?]|,(?!\s*(?:and|or|over|in|near|as\s+well\s+as|above)\b)|$)/;
/** An organisation just before "in <capital>": the capital is its seat. */
const SEAT =
  /\b(?:ministry|air\s+force|military|government|authorities|officials|command|headquarters|general\s+staff|embassy|spokes(?:man|woman|person)|sources?|leadership|kremlin|administration)\s+in\s+(?:the\s+)?$/i;
const SEAT_CITIES: ReadonlySet<string> = new Set(['RU-MOW', 'UA-30', 'BY-HM']);
/** "the Defence Ministry in Moscow", "the air force in Kyiv": a capital named as the seat of who speaks (rule seatNotPlace). */
export function isSeat(body: string, sentenceStart: number, p: PlaceMention): boolean {
  return (
    RULES.seatNotPlace &&
    SEAT_CITIES.has(p.code) &&
    SEAT.test(body.slice(Math.max(sentenceStart, p.start - 60), p.start))
  );
}
const CAPITAL_OBLAST: Record<string, string> = { 'UA-30': 'UA-32', 'RU-MOW': 'RU-MOS', 'BY-HM': 'BY-MI' };
/** The region around a city that is a region of its own ("Moscow's Odintsovo district" is the oblast's). */
export const CITY_OBLAST: Record<string, string> = { ...CAPITAL_OBLAST, 'RU-SPE': 'RU-LEN' };
/** After a country's name: its report of what it did ("says it has", "had"), before the verb (COUNTRY_SUBJECT*). */
const COUNTRY_SAYS = String.raw`^\s+(?:(?:says|said|claims|claimed)\s+(?:it\s+)?(?:has\s+|had\s+)?|has\s+|had\s+)?`;
/** The verbs of downing read first ("Poland shot down …"); the other verbs of downing, below, are rule countrySubjectVerbs. */
const DOWNING_VERBS = String.raw`shoots?\s+down|shot\s+down|downs|downed|intercepts|intercepted|destroys|destroyed`;
const OTHER_DOWNING_VERBS = String.raw`(?:brought|brings|took|takes|knocked|knocks)\s+down|eliminated|eliminates`;
const COUNTRY_SUBJECT = new RegExp(`${COUNTRY_SAYS}(?:${DOWNING_VERBS})\\b`, 'i');
/** The same with the other verbs of downing ("Poland brought down at least four Russian drones"; rule countrySubjectVerbs). */
const COUNTRY_SUBJECT_MORE = new RegExp(`${COUNTRY_SAYS}(?:${OTHER_DOWNING_VERBS}|neutrali[sz]e[ds])\\b`, 'i');
/** After a demonym: its forces in the plural present, "forces bring down", "troops intercept" (rule forcesPresent). */
const FORCES_DOWN_PRESENT =
  /^\s+(?:military|army|armed\s+forces|forces|troops|defenders|units|air\s+defen[cs]es)\s+(?:(?:bring|take|knock|shoot)\s+down|intercept|destroy|down|neutrali[sz]e)\b/i;
/** After a demonym: the side's forces and their report ("military has said it"), before the verb (FORCES_DOWNED*). */
const FORCES_SAY = String.raw`^\s+(?:military|army|armed\s+forces|forces|troops|defenders|units)\s+(?:(?:has|have|had)\s+)?(?:(?:says?|said|claims?|claimed)\s+(?:it|they)\s+(?:has\s+|have\s+|had\s+)?)?`;
const FORCES_DOWNED_BEFORE = new RegExp(`${FORCES_SAY}(?:${DOWNING_VERBS}|neutrali[sz]ed)\\b`, 'i');
/** The same with every verb of downing a count can have ("brought down", "took down", "eliminated", "repelled"; rule forcesVerbs). */
const FORCES_DOWNED = new RegExp(
  `${FORCES_SAY}(?:${DOWNING_VERBS}|neutrali[sz]ed|neutrali[sz]es|${OTHER_DOWNING_VERBS}|repelled|repels)\\b`,
  'i',
);
/** "(military) managed to destroy", "was able to shoot down", "succeeded in downing": a downing met (rule managedSubject). */
const MANAGED_DOWNING =
  /^\s+(?:military|army|armed\s+forces|forces|troops|defenders|units)\s+(?:(?:has|have|had)\s+)?(?:(?:managed|was\s+able|were\s+able|been\s+able)\s+to\s+(?:shoot\s+down|down|intercept|destroy|neutrali[sz]e)|succeeded\s+in\s+(?:shooting\s+down|downing|intercepting|destroying|neutrali[sz]ing))\b/i;
/** A place the threat was flying to or aimed at ("heading for Moscow", "flying to hit targets in Ukraine's Chernihiv region", "trying to fly to Moscow"). */
// ("trying to approach Moscow", "an attack on Moscow": the target too, twenty-third round)
const TOWARDS =
  /\b(?:approach(?:es)?\s+to|approach(?:ed|ing)|to\s+approach|(?:attacks?|strikes?|raids?)\s+on|towards?|(?:heading|headed|bound)\s+for|en\s+route\s+to|on\s+its\s+way\s+to|fly(?:ing)?\s+to|(?:to|at)\s+(?:hit|strike|attack|reach)(?:\s+(?:targets?|objects?|facilities)\s+in)?|targeting|aimed\s+at)\s+(?:the\s+)?(?:(?:Ukraine|Russia)['’]s\s+)?$/i;
/** "in the direction of": a course as "towards" is (rule directionOfTarget). */
const IN_DIRECTION = /\b(?:in\s+the\s+direction\s+of|on\s+a\s+course\s+(?:for|towards?))\s+(?:the\s+)?$/i;
/** "in Moscow's direction", "in the Moscow direction": the place inside the phrase (rule directionOfTarget). */
const IN_THE_BEFORE = /\bin\s+(?:the\s+)?$/i;
const DIRECTION_AFTER = /^(?:['’]s)?\s+direction\b/i;
/** The same, with a part of the place between ("aimed at one of the ports of the Odesa region", "heading for energy facilities in
 * the Kyiv region"; rule targetOfPart). */
const TOWARDS_PART = new RegExp(
  TOWARDS.source.replace(
    String.raw`aimed\s+at)\s+(?:the\s+)?`,
    String.raw`aimed\s+at)\s+(?:(?:one\s+of\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:ports?|cit(?:y|ies)|towns?|villages?|facilit(?:y|ies)|infrastructure|targets?|objects?|sites?|installations?|plants?|bases?|airfields?|airports?|refiner(?:y|ies))\s+(?:of|in|near)\s+)?(?:the\s+)?`,
  ),
  'i',
);
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/i;
const IN_NEIGHBOURING = /\b(?:in|over|across|above)\s+(?:the\s+)?neighbou?ring\s+$/i;
const METONYM =
  /^\s*(?:['’]s\s+)?(?:said|says|saying|claims?|claimed|claiming|accused|accuses|retaliated|responded|denied|denies|blamed|insists|insisted|warned|announced|announces|confirms|confirmed|vowed|officials|government|authorities|leadership|regime|junta)\b|^\s*['’]s\s+(?:(?:own|regular)\s+)?(?:military|army|armed\s+forces|forces|troops|defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|invasion|war)\b|^\s+(?:annexed|annexes|occupied|occupies|invaded|invades|seized|controls|launched|fired)\b|^\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|foreign\s+ministry|government|regime|leadership)\b|^\s*['’]s\s+(?:were|was|are|is|had|have|has)\b|^\s+(?:had|has|have)\s+(?!been\b)(?:(?:until\s+now|long|repeatedly|also|already|previously)\s+)*(?:said|claimed|denied|presented|insisted|warned|accused|called|described|announced|refused|rejected|demanded|threatened|vowed|promised|sought|tried|launched|fired|sent|used|deployed)\b/i;
/** Right after a capital: a verb of the war it wages ("went after", "pounded", "shelled"; rule capitalSubjectVerb). */
const CAPITAL_WAR_VERB =
  /^\s+(?:(?:has|had|again|also|then|later)\s+)*(?:went\s+after|goes\s+after|pounded|pounds|hammered|hammers|pummell?ed|shelled|shells|bombed|bombs|pressed|presses|targeted|targets|attacked|attacks|struck|strikes|kept\s+up|continued|sent|unleashed|unleashes|deployed|deploys|uses|used)\b/i;
/** A passive's agent right after a capital's verb: "Kyiv targeted by drones" (rule capitalSubjectVerb). */
const PASSIVE_BY_AFTER = /^\s+(?:\w+\s+){1,2}?by\b/i;
/** Right before a capital that holds land: "annexed by", "occupied by", "controlled by" (rule annexedByCapital). */
const ANNEXED_BY = /\b(?:annexed|occupied|seized|controlled|held|invaded)\s+by\s+$/i;
/** A capital that disputes a report or is said to use arms: "Kyiv rejects", "Moscow is said to use" (rule capitalDisputes). */
const CAPITAL_DISPUTES =
  /^\s+(?:rejects|rejected|refutes|refuted|dismisses|dismissed|disputes|disputed|(?:is|was|are)\s+(?:said|believed|thought|known)\s+to\s+(?:use|have\s+used|be\s+using|deploy|launch|fire))\b/i;
/** "Moscow also launched 19 drones": the government sending again (not "units around Moscow also fired at …"). */
const CAPITAL_SENT_AGAIN = /^\s+(?:also|again|then|later|once\s+again)\s+(?:launched|fired)\b/i;
/** "the attack that Moscow has carried out": the government's act, not a place (rule byCapital). */
const CAPITAL_ACTS = /^\s+(?:(?:has|have|had)\s+)?(?:carried\s+out|conducted|staged|mounted|unleashed)\b/i;
/** "by Moscow's air defences", "by Moscow air defence", "by the Kyiv city air defence": the city's own, a place. */
const CAPITAL_OWN =
  /^(?:['’]s\b|\s+(?:city\s+)?(?:air[\s-]defen[cs]es?|anti-aircraft|region|oblast|city|military|garrison|forces)\b)/i;
/** "by Kiev's defence forces", "by Moscow's military": a capital's possessive on national forces is the government's (rule capitalNationalForces; not "by Moscow's air defences", the city's own). */
const CAPITAL_NATIONAL =
  /^['’]s\s+(?:defen[cs]e\s+forces|armed\s+forces|army|troops|military|government|regime|(?:defen[cs]e\s+)?ministry)\b/i;
/** Whether what follows a capital makes it the city's own defenders ("by Moscow's air defences"), not the government's. */
function capitalOwn(after: string, sentence: string): boolean {
  return (
    CAPITAL_OWN.test(after) &&
    !(RULES.capitalNationalForces && CAPITAL_NATIONAL.test(after) && !CITY_WORDS.test(sentence))
  );
}
/** A sentence about the city itself ("heading for the city", "the city military administration said"): its defenders are the city's. */
const CITY_WORDS = /\b(?:the\s+(?:city|capital)|city\s+(?:military\s+)?administration|mayor)\b/i;
/** "Ukraine's air defence", "Russia's anti-aircraft units", "Belarus's air force": the country's own defences after its possessive. */
const POSSESSIVE_DEFENCES =
  /^['’]s\s+(?:own\s+)?(?:air[\s-]+defen[cs]es?|anti-aircraft|air\s+force|defen[cs]e\s+forces)\b/i;
const WHOSE_DEFENCES =
  /^,\s+whose\s+(?:own\s+)?(?:air[\s-]+defen[cs]es?|anti-aircraft|air\s+force|defen[cs]e\s+forces|military|army|armed\s+forces)\b/i;
const REPORTING = /^\s+(?:reported|reports|reporting)\b/i;
/** A capital's possessive before its side's threats or attack ("Kyiv's drones", "Moscow's latest missile attack"; rule capitalPossessive). */
const CAPITAL_POSSESSIVE =
  /^['’]s\s+(?:(?:latest|new|massive|overnight|night|renewed|combined|heavy)\s+)?(?:(?:drone|missile|air)\s+)?(?:drones|uavs|missiles|rockets|attacks?|strikes?|raids?|offensive|assault|bombardment|barrage)\b/i;
/** A capital's possessive before a national command: no city has one (rule capitalAirForce). */
const CAPITAL_COMMAND =
  /^['’]s\s+(?:air\s+forces?|general\s+staff|navy|naval\s+forces)\b(?!\s+(?:academy|base|bases|museum|school|college|institute|university|hospital|units?|airfield|depot|headquarters|building|garrison))/i;
/** A capital's possessive before what its government says ("Moscow's earlier boast", "Kyiv's version"; rule capitalStatement). */
const CAPITAL_STATEMENT =
  /^['’]s\s+(?:(?:earlier|latest|official|own|previous|initial|repeated|usual|new|first)\s+)?(?:boasts?|versions?|accounts?|assertions?|statements?|narratives?|propaganda|denials?|position|stance|story|rhetoric|announcements?|allegations?|figures?|tally|tallies)\b/i;
/** The government stepping up its war ("Moscow has stepped up its strikes", "as Kyiv intensified"; rule capitalEscalates). */
const CAPITAL_ESCALATES =
  /^\s+(?:(?:has|have|had)\s+)?(?:stepped\s+up|ramped\s+up|intensified|escalated|stepping\s+up|intensifying|escalating)\b/i;
/** A headline's present-tense downing after the capital that opens it ("Kyiv downs", "Moscow shoots down"; rule capitalDowns). */
/** The city's own office or one of its officials speaks in the sentence (rules capitalDowns, capitalShotDown). */
function cityOwnVoice(sentence: string, code: string): boolean {
  return CITY_OFFICE.test(sentence) || listOfficials().some((o) => o.region === code && sentence.includes(o.surname));
}
/** A clause's opener right before a capital (rule capitalDowns). */
const CLAUSE_OPENS_BEFORE = /\b(?:as|while|and|after)\s+$/i;
/** Right before a demonym: ", a " / ", an " opening an apposition (rule demonymApposition). */
const APPOSITION_ARTICLE = /,\s+an?\s+$/i;
/** Right after a capital that opens a sentence: "went after", "unleashed" (rule capitalOpensWentAfter). */
const CAPITAL_WENT_AFTER =
  /^\s+(?:(?:has|had|again|also|then|later)\s+)*(?:went\s+after|goes\s+after|unleashed|unleashes)\b/i;
// (also with the headline's quote opening after it: "Putin meets commanders as Kyiv 'downs 14 drones'")
const CAPITAL_DOWNS = /^\s+['‘"“]?(?:downs|shoots\s+down|intercepts|destroys|neutrali[sz]es)\b/i;
/** A capital as the subject of a past downing ("Zelensky said Kyiv had shot down four aircraft"; rule capitalShotDown). */
const CAPITAL_SHOT_DOWN =
  /^\s+(?:(?:had|has|have)\s+)?(?:(?:also|successfully|reportedly|now|already)\s+)?(?:shot\s+down|downed|intercepted|destroyed|brought\s+down|neutrali[sz]ed|repelled)\b/i;
/** A capital that speaks ("Moscow speaks of a massive attack"): the government, unless a place word comes before it. */
const CAPITAL_SPEAKS = /^\s+(?:speaks|spoke|speaking)\s+of\b/i;
/** A relative clause's opener right before its subject (rule capitalThinks). */
const RELATIVE_OPENS_BEFORE = /\b(?:that|which|what)\s+$/i;
/** A verb of judging or telling after a capital, its perfect's auxiliary first ("had considered", "touts"; rule capitalThinks). */
const CAPITAL_THINKS =
  /^\s+(?:(?:had|has|have|once|long|itself)\s+)*(?:considered|considers|called|calls|claimed|claims|described|describes|touted|touts|believed|believes|boasted|boasts|deemed|deems|thought|hailed|hails|regarded|regards|billed|bills|insisted|insists|presented|presents)\b/i;
/** Words that tell the city's own office or official speaking, not the government ("Kyiv's military administration said"). */
const CITY_OFFICE = /\b(?:administration|office|KMVA|city\s+hall)\b/i;
/** Where a clause's subject opens: the sentence's start, a report's "said (that)", a comma or a conjunction. */
const SUBJECT_OPENS = /(?:^|\b(?:said|says|claimed|claims|announced|reported|that|and|while|whereas|but)|,)\s*$/i;
/** Words that say a capital is meant as the city (rule capitalDowns stands aside). */
const CITY_MEANT = /\b(?:city|capital|Kremlin|mayor|Mayor)\b/;
const LAUNCHED_BY = /\b(?:launched|fired|sent|used|deployed)\s+by\s+$/i;
const ACCORDING_TO = /\baccording\s+to\s+$/i;
/** Weapons handed to a capital ("supplied to Kyiv", "delivered to Kiev by the US"): the government, not a place ("sent to
 * Kyiv" is where drones flew). */
const SUPPLIED_TO = /\b(?:supplied|delivered|given|provided|transferred|handed\s+over|pledged|promised|sold)\s+to\s+$/i;
/** A capital accused or blamed ("accusing Kyiv of", "blamed Moscow for", "an attack Moscow blamed on Kyiv"): the government (rule capitalAccused). */
const ACCUSED =
  /\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)(?:\s+(?:[\w'’-]+\s+){0,3}?on)?|condemn(?:s|ed|ing)?)\s+$/i;
/** After a capital: its use of weapons, "now uses drones", "has been using missiles" (rule capitalUses). */
const CAPITAL_USES =
  /^\s+(?:(?:now|still|also|increasingly|again|often)\s+)?(?:uses|used|is\s+using|was\s+using|has\s+used|has\s+been\s+using|relies\s+on|deploys|deployed)\s+(?:its\s+|long-range\s+|attack\s+|more\s+)*(?:drones|UAVs|Shaheds|missiles|rockets|(?:unmanned|uncrewed)\s+aerial\s+vehicles)\b/i;
/** Right before a capital held to account: "holding Kyiv responsible", "held Moscow fully responsible" (rule heldResponsible). */
const HOLDING = /\bh(?:old|olds|olding|eld)\s+$/i;
const HELD_RESPONSIBLE = /^\s+(?:\w+\s+)?(?:responsible|accountable)\b/i;
/** A capital waging or pressing a war or offensive ("where Kyiv has been waging an offensive"; rule capitalAccused). */
const WAGES =
  /^\s+(?:(?:has|had)\s+been\s+|is\s+|was\s+)?(?:waging|waged|wages|pressing|presses|pressed)\s+(?:(?:a|an|its|the|their)\s+)?(?:\w+\s+)?(?:war|offensive|counteroffensive|counter-offensive|campaign|attacks?|assault|incursion)\b/i;
/** After an accused capital: its people or the city's own ("accusing Kyiv residents of posting videos"; rule capitalAccused). */
const CAPITAL_PEOPLE =
  /^(?:['’]s\s+)?\s*(?:residents|people|citizens|inhabitants|city|region|oblast|air|mayor|metro|authorities)\b/i;
/** An action whose agent follows "by" ("an attempt by Kyiv", "strikes by Moscow"): the government, not a place. */
const ACTION_BY = /\b(?:attempts?|attacks?|strikes?|raids?|bids?|efforts?|provocations?)\s+by\s+$/i;
/** The second conjunct of a gapped report opens after a comma or "and / while" ("…, Moscow 121"). */
const GAPPED_BEFORE = /(?:,|;|\band|\bwhile|\bwhereas)\s*$/;
/** A government reporting ("Kyiv reports", "Ukraine says", "Russia claimed"). */
const GOVERNMENT_REPORTS = /\b(Kyiv|Kiev|Moscow|Russia|Ukraine)\s+(?:reports?|reported|says?|said|claims?|claimed)\b/;

/** The other side's government reported in `text` (the gapped report's first conjunct; a list "Russia says …: Bryansk 10, Moscow 3" is one side). */
function otherSideReported(text: string, capital: string): boolean {
  const m = GOVERNMENT_REPORTS.exec(text);
  if (!m) return false;
  const side = /^(?:Kyiv|Kiev|Ukraine)$/.test(m[1]!) ? 'UA-30' : 'RU-MOW';
  return side !== capital;
}
const NEAR_AFTER_OBLAST = /,\s*(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+city\s+of\s+)?$/i;
// ("Down south in Mykolaiv, governor … said", "Elsewhere in the Sumy region, …", "Meanwhile, in Odesa, …": a short
// adverb of place or sequence before it)
const INTRO =
  /^(?:(?:(?:Down|Up|Out|Over|Back)\s+(?:south|north|east|west)|Further\s+(?:south|north|east|west)|Elsewhere|Meanwhile|Separately),?\s+(?:in|over)\b|In|Over|Above|Across|Near|Around|Outside)\b[^,]{0,80},/;
/** "In the Kyiv, Kharkiv, Poltava and Sumy regions, …": an opening list of names under one plural head (a serial comma before
 * "and" or not: outlets differ). */
const INTRO_LIST =
  /^(?:In|Over|Above|Across)\s+the\s+\p{Lu}[^,]{0,30}(?:,\s*\p{Lu}[^,]{0,30}){0,12},?\s+(?:and|or)\s+\p{Lu}[^,]{0,30}?\s(?:regions|oblasts|provinces),/u;
const LOCATION_BEFORE_COUNTRY =
  /\b(?:over|across|in|inside|into|above|throughout|within|on|of|deep\s+in)\s+(?:the\s+)?(?:territory\s+of\s+)?$/i;
const LOCATION_AFTER_DEMONYM =
  /^\s+(?:regions?|territor(?:y|ies)|airspace|soil|skies|sky|cities|oblasts|provinces|border\s+regions?|areas?|towns|villages|land|frontier\s+regions?)\b/i;

/** A sentence-opening subordinate clause ("As fierce fighting rages around Bakhmut, …"). */
const BACKGROUND = /^["“]?\s*(?:As|While|Whilst|When|Amid|Amidst|Although|Though|Because|Since)\b([^,]{0,140}),/;
const THREAT_WORD =
  /\b(?:drones?|uavs?|missiles?|rockets?|shaheds?|bombs?|aircraft|jets?|helicopters?|targets?|projectiles?|shells?)\b/i;

/** Where a sentence-opening background clause that names no threat ends (its comma), or -1: its places are the scene, not where the main clause's threats were stopped. */
function backgroundClauseEnd(sentence: string): number {
  const m = BACKGROUND.exec(sentence);
  if (!m || THREAT_WORD.test(m[1]!)) return -1;
  return m[0].length - 1;
}

export interface Located {
  regions: string[];
  /** Places in a sentence-opening "In the Belgorod region, …": used when the count's clause has none. */
  intro: string[];
  /** Places only given as reference points ("15 km south of Voronezh"): used when nothing else places the count. */
  reference: string[];
  /** A country named as defender ("Ukrainian air defences"). */
  defender: string | null;
  /** A country code when the text placed the count in a whole country. */
  locCountry: string | null;
  /** Countries of places seen but not used (an out-of total's part, a reference point). */
  seenCountry: string | null;
  /** A country named as the place in the count's own clause. */
  segCountry: string | null;
}

export interface LocateInput {
  body: string;
  sentenceStart: number;
  sentenceText: string;
  toks: Tok[];
  countStart: number;
  countEnd: number;
  prevCountEnd: number;
  nextCountStart: number;
  segment: Segment;
  places: PlaceMention[];
  claimants: ClaimantMention[];
  /** A total written "out of a total of N": its places belong to its part. */
  outOf: boolean;
  /** Whose capital a generic "the capital" is; a function because few counts need it and it may read the whole article. */
  countryHint: () => string | null;
  /** Where the count's governing verb is, when it comes after the count. */
  verbAt?: number;
}

const IN_REGION_AFTER = /^\s*(?:,\s*|\s+in\s+(?:the\s+)?|\s+\(\s*)$/i;

/** A town followed at once by "in the <region>" / ", <region>" of another code. */
function inRegionAfter(p: PlaceMention, places: readonly PlaceMention[], body: string): boolean {
  const r = places.find((q) => q.start > p.end && q.start <= p.end + 16);
  return (
    r !== undefined &&
    r.kind === 'region' &&
    r.code !== p.code &&
    IN_REGION_AFTER.test(body.slice(p.end, r.start)) &&
    (/\b(?:region|oblast|krai|republic)\b/i.test(r.text) ||
      /^\s+(?:region|oblast|krai|republic)\b/i.test(body.slice(r.end, r.end + 10))) &&
    // ("over the Belgorod, Bryansk, Krasnodar Krai, Novgorod and Rostov regions": a list that goes on after the region is
    // no town and its region; rule listNotApposition)
    !(
      RULES.listNotApposition &&
      /^\s*,\s*$/.test(body.slice(p.end, r.start)) &&
      LIST_GOES_ON.test(body.slice(r.end, r.end + 6))
    )
  );
}
const LIST_GOES_ON = /^(?:\s*,\s*(?!and\b)\S|\s+(?:and|or)\s)/;

// (The helpers of locate() are functions here, not closures made on each call: it runs for every count, and the
// bench's loader (tsx) names each closure as it is made, which costs more than the closure's work.)

function inClaimant(inp: LocateInput, p: PlaceMention): boolean {
  return inp.claimants.some((c) => p.start >= c.start && p.end <= c.end);
}

/** Cities that are subdivisions of their own: a region named after them with "in" only says where they lie. */
const OWN_SUBDIVISION_CITIES = new Set(['UA-40', 'UA-30', 'RU-MOW', 'RU-SPE']);

/** "the capital Kyiv", "the capital, Moscow": the name says whose capital. */
function namedCapital(inp: LocateInput, p: PlaceMention): boolean {
  return (
    p.kind === 'capital' &&
    p.generic === true &&
    inp.places.some(
      (q) =>
        q !== p &&
        q.start >= p.end &&
        q.start <= p.end + 3 &&
        (q.code === 'UA-30' || q.code === 'RU-MOW' || q.code === 'BY-HM'),
    )
  );
}

/** "the capital region": the oblast around the capital. */
function capitalRegion(body: string, p: PlaceMention): boolean {
  return p.kind === 'capital' && /^\s+region\b/i.test(body.slice(p.end, p.end + 8));
}

/** Around a place in apposition: ", the Black Sea coastal city, were downed" (rule appositionAside). */
const APPOSITION_OPEN = /,\s+(?:a|an|the|\p{Lu}[\p{L}-]*['’]s)\s[^,;:()]*$/iu;
const APPOSITION_CLOSE = /^[^,;:()]*,\s+(?:were|was|had\s+been|have\s+been)\s/i;
/** Between a place and the comma of an apposition about it: nothing, or its region word ("Kursk region, the …"). */
const PLACE_TO_COMMA = /^\s*(?:region|oblast|province|krai)?\s*$/i;

/**
 * Place p is inside a noun phrase in apposition, read past to the count's passive, that describes the place right before
 * it ("16 drones aimed at Odesa, the Black Sea coastal city, were downed") or names it other than as where ("the
 * largest number since the attack on Kyiv"): it does not locate. An apposition after the count's own phrase keeps a
 * place told as where ("Nine drones, the ones over Kharkiv, were shot down").
 */
function appositionNotLocating(inp: LocateInput, p: PlaceMention, before: string): boolean {
  const m = APPOSITION_OPEN.exec(before);
  if (m === null || !APPOSITION_CLOSE.test(inp.body.slice(p.end, p.end + 80))) return false;
  // (nor one told as a target or a time's reference: "the largest number since the attack on Kyiv"; review)
  if (!LOCATIVE_BEFORE.test(before)) return true;
  const comma = p.start - before.length + m.index;
  return inp.places.some(
    (q) => q !== p && q.end <= comma && q.end >= comma - 10 && PLACE_TO_COMMA.test(inp.body.slice(q.end, comma)),
  );
}
/** A locative preposition, or a course's, right before a place (its article and a compass word between). */
const LOCATIVE_BEFORE =
  /\b(?:over|above|in|near|across|outside|(?:aimed|heading|headed|flying|directed)\s+(?:at|for|towards?|to))\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?$/i;

/**
 * "in the region Kiev", "the oblast Moscow": a translation's word order for the oblast around a city that is a region of
 * its own (rule regionBeforeCapital).
 */
const REGION_BEFORE = /\b(?:region|oblast|province)\s+$/i;
function regionBeforeCapital(body: string, p: PlaceMention): boolean {
  return (
    RULES.regionBeforeCapital &&
    REGION_BEFORE.test(body.slice(Math.max(0, p.start - 12), p.start)) &&
    // (not the city itself named after its region: "across the whole region Kyiv city saw …"; review)
    !/^(?:['’]s\b|\s+city\b)/i.test(body.slice(p.end, p.end + 8)) &&
    !/\bcity$/i.test(p.text)
  );
}

function codeOf(inp: LocateInput, p: PlaceMention): string {
  const city = p.kind === 'capital' && p.generic ? (capitalOf(inp.countryHint() ?? 'RU') ?? p.code) : p.code;
  if (capitalRegion(inp.body, p)) return CAPITAL_OBLAST[city] ?? city;
  return p.generic !== true && regionBeforeCapital(inp.body, p) ? (CITY_OBLAST[city] ?? city) : city;
}

function codesOf(inp: LocateInput, ps: PlaceMention[]): string[] {
  return [...new Set(ps.filter((p) => !namedCapital(inp, p)).map((p) => codeOf(inp, p)))].sort();
}

/** This war's two sides, each to the other. */
const OTHER_SIDE: Readonly<Record<string, string>> = { UA: 'RU', RU: 'UA' };

/** A wire dateline opening the sentence at `start` ("MOSCOW, Aug 21 (Reuters) -", "KYIV (Reuters) –"): where the story was filed. */
export function datelineAt(text: string, p: PlaceMention, start = 0): boolean {
  return (
    p.start <= start + 1 &&
    p.text.length >= 3 &&
    p.text === p.text.toUpperCase() &&
    /^[\s,(–—-]/.test(text.slice(p.end, p.end + 1))
  );
}

export function locate(inp: LocateInput): Located {
  const { body, segment } = inp;
  const reference: PlaceMention[] = [];
  const usable = inp.places.filter((p) => {
    if (p.kind === 'country' || p.kind === 'demonym' || inClaimant(inp, p)) return false;
    // "near Novotroitske in the Zaporizhzhia region": the region written after a town says where the town is (a name
    // several oblasts share is the one in that region)
    if (p.kind === 'place' && inRegionAfter(p, inp.places, body)) return false;
    // a dateline ("MOSCOW, Aug 21 (Reuters) -") says where the story was filed
    if (datelineAt(body, p, inp.sentenceStart)) return false;
    // "Moscow, Oct 25 Russian air defence…", "Kyiv (Reuters) -": a dateline at the start of a sentence
    if (
      p.start === inp.sentenceStart &&
      /^,?\s*(?:\(|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:Russia|Ukraine|Belarus)\s*[–—-])/i.test(
        body.slice(p.end, p.end + 14),
      )
    )
      return false;
    const before = body.slice(Math.max(inp.sentenceStart, p.start - 60), p.start);
    // "over the right bank of the Dnipro river", "across the Dnieper": the river, not the city
    // (rule riverNotCity)
    if (
      RULES.riverNotCity &&
      RIVER_NAMES.test(p.text) &&
      (RIVER_AFTER.test(body.slice(p.end, p.end + 8)) ||
        (THE_END.test(before) && !REGION_GOES_ON.test(body.slice(p.end, p.end + 16))))
    )
      return false;
    // "16 drones aimed at Odesa, the Black Sea coastal city, were downed": a place inside a noun phrase in apposition, read
    // past to the count's passive, describes what it follows (rule appositionAside)
    if (RULES.appositionAside && appositionNotLocating(inp, p, before)) return false;
    // "near the Minsk highway in the Odintsovo district", "over the Kyiv highway": a road named after the city it leads to
    if (RULES.roadName && p.kind !== 'sea' && ROAD_AFTER.test(body.slice(p.end, p.end + 12))) return false;
    // "announced at a press briefing in Moscow", "told a news conference in Helsinki": where the statement was made
    if (RULES.speechVenue && before.endsWith(' in ') && SPEECH_VENUE.test(before)) return false;
    // (not a distance: "30 km from Moscow" is a reference point, read below)
    if ((fromBefore(before) && !nearDistanceFrom(before)) || FROM_PLATFORM.test(before)) return false;
    // ("11 missiles launched over the Caspian Sea": a sea the launch was over, not a city a drone was "launched over"; rule
    // launchedOver, review)
    if (RULES.launchedOver && p.kind === 'sea' && LAUNCHED_OVER.test(before)) return false;
    // "launched from the Murmansk region and the Caspian region": every place of a list after "from" is an origin (rule
    // fromList)
    if (RULES.fromList && listedAfterFrom(p, inp, 0)) return false;
    // "15 Shahed UAVs sent by the Russian army via Crimea": a route, not where they were stopped (rule viaRoute)
    if (RULES.viaRoute && VIA.test(before)) return false;
    // "the city of Feodosia on the Black Sea", "Mariupol on the Sea of Azov": a sea after a place and "on the" says where
    // that place lies
    if (
      p.kind === 'sea' &&
      ON_THE_END.test(before) &&
      inp.places.some(
        (q) => q !== p && q.kind !== 'sea' && q.end < p.start && ON_THE_GAP.test(body.slice(q.end, p.start)),
      )
    )
      return false;
    // "from Moscow to the Sea of Azov": the far end of a range is no more where the threats were stopped than its start
    if (
      (before.endsWith(' to ') || before.endsWith(' the ')) &&
      TO_END.test(before) &&
      inp.places.some(
        (q) =>
          q.end < p.start &&
          q.end >= p.start - 10 &&
          TO_GAP.test(body.slice(q.end, p.start)) &&
          fromBefore(body.slice(Math.max(inp.sentenceStart, q.start - 60), q.start)) &&
          // ("14 drones flying from the Black Sea to Odesa": a course, whose end is the target, edge case 11)
          !MOTION_FROM.test(body.slice(Math.max(inp.sentenceStart, q.start - 60), q.start)),
      )
    )
      return false;
    // "aimed at Sevastopol, in Crimea", "over Sevastopol in Crimea": the land after a city that is a subdivision of its own
    // and "in" only says where that city lies
    if (
      inp.places.some(
        (q) =>
          q !== p &&
          OWN_SUBDIVISION_CITIES.has(q.code) &&
          q.code !== p.code &&
          q.end <= p.start &&
          q.end >= p.start - 12 &&
          /^\s*,?\s+in\s+(?:the\s+)?$/i.test(body.slice(q.end, p.start)),
      )
    )
      return false;
    // "over the Leningrad region, near Saint Petersburg": a city named after its own oblast says where in the oblast
    if (
      p.code in CITY_OBLAST &&
      NEAR_AFTER_OBLAST.test(before) &&
      inp.places.some(
        (q) =>
          q.code === CITY_OBLAST[p.code] &&
          q.end <= p.start &&
          q.end >= p.start - 30 &&
          /^\s*(?:region|oblast|province)?\s*,\s*(?:near|outside|close\s+to|not\s+far\s+from)\s+(?:the\s+city\s+of\s+)?$/i.test(
            body.slice(q.end, p.start),
          ),
      )
    )
      return false;
    // "over the Istra district close to the capital", "in the Kaluga region, not far from Moscow": a place after another
    // place and "close to" says where the first one is
    const near = RULES.nearAfterPlace && before.includes('near');
    if (
      (before.includes('close to') || before.includes('far from') || near) &&
      CLOSE_TO.test(before) &&
      inp.places.some(
        (q) =>
          q !== p &&
          q.kind !== 'country' &&
          q.kind !== 'demonym' &&
          q.end <= p.start &&
          (AFTER_PLACE_CLOSE_TO.test(body.slice(q.end, p.start)) ||
            (near &&
              AFTER_PLACE_COMMA_NEAR.test(body.slice(q.end, p.start)) &&
              // (not the next item of a list, "over Kyiv, near Odesa and over …", nor after a reference point, "250 km
              // north-east of Moscow, near Yaroslavl": review)
              NEAR_PLACE_ENDS.test(body.slice(p.end, p.end + 16)) &&
              !REFERENCE.test(body.slice(Math.max(0, q.start - 60), q.start)))),
      )
    ) {
      if (p.start >= segment.start && p.end <= segment.end) reference.push(p);
      return false;
    }
    // "In neighbouring Kherson Oblast, …": a place, not a reference point
    // ("over the Tver region, to Moscow's north-west": a compass point after the name makes it one too)
    if (
      (REFERENCE.test(before) && !IN_NEIGHBOURING.test(before) && !compassPart(before)) ||
      nearOrNextTo(before) ||
      seaOrRegionAround(before) ||
      (RULES.whichPlace && WHICH_PLACE.test(before)) ||
      (RULES.compassAfter && COMPASS_AFTER.test(body.slice(p.end, p.end + 24)) && /\bto\s+(?:the\s+)?$/i.test(before))
    ) {
      if (p.start >= segment.start && p.end <= segment.end) reference.push(p);
      return false;
    }
    if (
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      (METONYM.test(body.slice(p.end, p.end + 30)) ||
        (CAPITAL_SENT_AGAIN.test(body.slice(p.end, p.end + 30)) &&
          !/\b(?:around|in|over|near|above|outside|at)\s+(?:the\s+)?$/i.test(before)) ||
        // "with Moscow reporting 30 drones downed": the capital as the subject of a report (not "over Moscow reported")
        (REPORTING.test(body.slice(p.end, p.end + 30)) &&
          !/\b(?:over|in|above|near|on|at|to|towards?)\s+$/i.test(before)) ||
        // "According to Moscow, air defence destroyed 31 drones", "according to Kyiv": the government as a source
        ACCORDING_TO.test(before) ||
        // "36 of the 45 drones launched by Moscow": the government as the attacker
        LAUNCHED_BY.test(before) ||
        // ("destroying all 13 drones Moscow sent against Ukrainian territory": the government as the sender, right after the
        // threats it sent; rule capitalSentThreats)
        (RULES.capitalSentThreats && THREATS_BEFORE.test(before) && SENT_AFTER.test(body.slice(p.end, p.end + 20))) ||
        // "Kyiv's drones, 15 of them, were shot down", "Kiev's attack with 5 missiles was repelled": the government's
        // threats or attack, not a place (rule capitalPossessive)
        (RULES.capitalPossessive && CAPITAL_POSSESSIVE.test(body.slice(p.end, p.end + 40))) ||
        // "puncturing Moscow's earlier boast", "contradicting Kyiv's version": the government's word, not a place (rule
        // capitalStatement)
        (RULES.capitalStatement && CAPITAL_STATEMENT.test(body.slice(p.end, p.end + 40))) ||
        (RULES.capitalAirForce && CAPITAL_COMMAND.test(body.slice(p.end, p.end + 30))) ||
        // "launched at various regions under Kyiv's control", "Moscow-controlled territory": the government holding land,
        // not a place (rule capitalControl)
        // ("under Moscow control", "under the control of Moscow": the same, second review)
        (RULES.capitalControl &&
          ((/\bunder\s+$/i.test(before) && /^(?:['’]s)?\s+control\b/i.test(body.slice(p.end, p.end + 20))) ||
            /\bunder\s+(?:the\s+)?control\s+of\s+$/i.test(before) ||
            /^-(?:controlled|held|occupied)\b/i.test(body.slice(p.end, p.end + 20)))) ||
        // "…as Moscow went after sites around Ukraine", "as Kyiv pressed its offensive": the government acting, as the
        // subject of a verb of the war (rule capitalSubjectVerb)
        // (only after a clause's opener, and no passive: "Kyiv targeted by drones: 9 were shot down", "Kyiv shelled
        // overnight" keep the city; review)
        // ("Kiev went after the Russian capital with eleven drones": a sentence that opens on the capital and a verb that is
        // never a headline's passive; rule capitalOpensWentAfter)
        (RULES.capitalOpensWentAfter &&
          /(?:^|[.!?]\s+|\n\s*)$/.test(before) &&
          CAPITAL_WENT_AFTER.test(body.slice(p.end, p.end + 30))) ||
        (RULES.capitalSubjectVerb &&
          CLAUSE_OPENS_BEFORE.test(before) &&
          CAPITAL_WAR_VERB.test(body.slice(p.end, p.end + 30)) &&
          !PASSIVE_BY_AFTER.test(body.slice(p.end, p.end + 40))) ||
        // "the Crimean peninsula, annexed by Moscow in 2014": the government holding land (rule annexedByCapital)
        (RULES.annexedByCapital && ANNEXED_BY.test(before)) ||
        // "Kyiv rejects Russian claim of downing four jets", "the drones Moscow is said to use against Ukraine": the
        // government disputing or using, as the subject (rule capitalDisputes)
        (RULES.capitalDisputes &&
          CAPITAL_DISPUTES.test(body.slice(p.end, p.end + 30)) &&
          !/\b(?:over|in|above|near|on|at|to|towards?|around|outside)\s+(?:the\s+)?$/i.test(before)) ||
        // "…, as Moscow has stepped up its strikes on its neighbour": the government escalating (rule capitalEscalates)
        // (the capital as the subject: not "the air battle over Kyiv intensified", "the attack on Kyiv escalated"; review)
        (RULES.capitalEscalates &&
          CAPITAL_ESCALATES.test(body.slice(p.end, p.end + 30)) &&
          !/\b(?:over|in|near|above|on|at|to|towards?|around|of|outside)\s+$/i.test(before)) ||
        // "…, accusing Kyiv of a terrorist act", "blaming Moscow for the strike"; "where Kyiv has been waging an
        // offensive": the government accused, or at war (rule capitalAccused)
        (RULES.capitalAccused &&
          ((ACCUSED.test(before) && !CAPITAL_PEOPLE.test(body.slice(p.end, p.end + 30))) ||
            WAGES.test(body.slice(p.end, p.end + 40)))) ||
        // "…evidence of how boldly Kyiv now uses drones to probe Russia's air defences": the government using its
        // weapons, as the subject (rule capitalUses)
        (RULES.capitalUses &&
          CAPITAL_USES.test(body.slice(p.end, p.end + 48)) &&
          !/\b(?:over|in|above|near|on|at|to|towards?|around|outside|of)\s+(?:the\s+)?$/i.test(before)) ||
        // "…, Mayor Sergei Sobolev said, holding Kyiv responsible": the government held to account (rule heldResponsible)
        (RULES.heldResponsible && HOLDING.test(before) && HELD_RESPONSIBLE.test(body.slice(p.end, p.end + 24))) ||
        // "in a new attempt by Kyiv to destroy the bridge", "an attack by Moscow": the government acting (rule actionByCapital)
        (RULES.actionByCapital && ACTION_BY.test(before)) ||
        // "ATACMS missiles supplied to Kyiv by the US": the government receiving (rule suppliedToCapital)
        (RULES.suppliedToCapital && SUPPLIED_TO.test(before)) ||
        // "of which 38 were shot down by Kyiv": the government as the defender (defenderCountry reads its side)
        (RULES.byCapital &&
          ((DOWNED_BY.test(before) && !capitalOwn(body.slice(p.end, p.end + 30), inp.sentenceText)) ||
            (CAPITAL_ACTS.test(body.slice(p.end, p.end + 30)) &&
              !/\b(?:over|in|above|near|on|at|to|towards?)\s+$/i.test(before)))))
    )
      return false;
    // "Kyiv reports downing 134 drones, Moscow 121": a capital right before a count, after a comma, where a government
    // reported earlier in the sentence, is the second speaker of a gapped report, not a place
    if (
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      GAPPED_BEFORE.test(before) &&
      /^\s+\d/.test(body.slice(p.end, p.end + 4)) &&
      otherSideReported(body.slice(inp.sentenceStart, p.start), p.code)
    )
      return false;
    // "Kyiv downs a Russian warplane": a capital opening a headline's downing in the present is the government, not a
    // place (rule capitalDowns)
    if (
      RULES.capitalDowns &&
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      // (or after "as", "while", "and" opening its clause: "Putin meets commanders as Kyiv 'downs 14 drones'")
      (before.trim() === '' || CLAUSE_OPENS_BEFORE.test(before)) &&
      CAPITAL_DOWNS.test(body.slice(p.end, p.end + 20)) &&
      // ("Kyiv downs 12 drones aimed at the city, says Klitschko": the headline means the city; review)
      !CITY_MEANT.test(inp.sentenceText) &&
      // (after a clause's opener, not when the city's own office or official speaks: "while Kyiv intercepts all 14
      // drones aimed at it, says Klitschko", "as Kyiv downs 12 drones, Tkachenko says"; review)
      (before.trim() === '' || !cityOwnVoice(inp.sentenceText, p.code))
    )
      return false;
    // "Zelensky said Kyiv had shot down four Russian aircraft", "According to the army, Kyiv shot down a Kinzhal": a
    // capital as the subject of a past downing is the government, as in a headline's present (rule capitalShotDown)
    if (
      RULES.capitalShotDown &&
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      SUBJECT_OPENS.test(before) &&
      CAPITAL_SHOT_DOWN.test(body.slice(p.end, p.end + 40)) &&
      !CITY_MEANT.test(inp.sentenceText) &&
      // (nor when the city's own office or official speaks: "…, Kyiv's military administration said", "according to
      // Klitschko"; review)
      !cityOwnVoice(inp.sentenceText, p.code)
    )
      return false;
    // "…, Moscow speaks of a massive and coordinated attack": the government speaking (not "residents in Moscow spoke of")
    if (
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      CAPITAL_SPEAKS.test(body.slice(p.end, p.end + 20)) &&
      !/\b(?:in|over|near|at|around|from|of|outside)\s+(?:the\s+)?$/i.test(before)
    )
      return false;
    // ("…, thwarting a weapon that Moscow had considered almost impossible to stop": a capital that thinks or speaks in a
    // relative clause is the government; rule capitalThinks)
    if (
      RULES.capitalThinks &&
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.kind !== 'capital' &&
      RELATIVE_OPENS_BEFORE.test(before) &&
      CAPITAL_THINKS.test(body.slice(p.end, p.end + 40))
    )
      return false;
    // "according to the Defence Ministry in Moscow", "the air force in Kyiv said": the seat of who speaks, not where threats fell
    if (isSeat(body, inp.sentenceStart, p)) return false;
    return true;
  });
  const inSeg = usable.filter((p) => p.start >= segment.start && p.end <= segment.end);
  const seen = (p: PlaceMention): boolean =>
    p.start >= segment.start &&
    p.end <= segment.end &&
    Boolean(p.country) &&
    p.kind !== 'demonym' &&
    !inClaimant(inp, p);
  // ("The Russian ministry said it had shot down 12 drones launched from the Sumy region": a place the threats came from
  // is the attacker's, so the other side's is the country seen; rule originSide)
  // (a launch or a flight from it, not "paratroopers from Lviv")
  const origin = (p: PlaceMention): boolean => {
    const before = body.slice(Math.max(0, p.start - 60), p.start);
    return fromBefore(before) && MOTION_FROM.test(before);
  };
  // (not an occupied place, which either side may launch from: "six drones launched from Crimea" keeps its country)
  const nonOrigin = RULES.originSide ? inp.places.find((p) => seen(p) && !origin(p)) : undefined;
  const first = inp.places.find(seen);
  const flipped = first && RULES.originSide && origin(first) && !CONTESTED.has(first.code);
  const seenCountry = nonOrigin?.country ?? (flipped ? (OTHER_SIDE[first.country!] ?? null) : (first?.country ?? null));
  const segCountry = locationCountry(inp, segment.start, segment.end);
  const locCountry = segCountry ?? locationCountry(inp, inp.sentenceStart, inp.sentenceStart + inp.sentenceText.length);
  const defender = defenderCountry(inp);
  if (inp.outOf)
    return {
      regions: [],
      intro: [],
      reference: [],
      defender,
      locCountry: locCountry ?? seenCountry,
      seenCountry,
      segCountry,
    };

  // a place written just before the next count is that count's ("…, Belgorod Oblast nine and Voronezh Oblast three")
  // "Bryansk region – 6, Kursk region – 5": a place written as a label of the count
  const label = usable.filter(
    (p) =>
      p.end <= inp.countStart && p.end >= inp.prevCountEnd && /^\s*[–—:-]\s*$/.test(body.slice(p.end, inp.countStart)),
  );
  // "over the Belgorod, Bryansk and Kursk regions — 20 in total": a label that ends a list of places is the whole list
  let head = label.length === 1 ? label[0] : undefined;
  while (head !== undefined && label.length <= 12) {
    const cur = head;
    head = usable.find(
      (q) => q.end <= cur.start && q.start >= inp.prevCountEnd && LIST_JOIN.test(body.slice(q.end, cur.start)),
    );
    if (head) label.unshift(head);
  }
  const after = inSeg.filter(
    (p) =>
      p.start >= inp.countEnd &&
      p.start < inp.nextCountStart &&
      !leadsNextCount(body, p, inp.nextCountStart, inp.places),
  );
  // ("28 drones over the Smolensk, Kaluga and Tver regions: 15 over Smolensk, 8 over Kaluga …": a count with a place of its
  // own after it is no label's; the list before the colon was the total's, rule ownPlaceOverLabel)
  let chosen = label.length > 0 && !(RULES.ownPlaceOverLabel && after.length > 0) ? label : after;
  // a list of counts sharing one verb after them shares the place after the verb ("Four Grad rockets, 21 Vampire rockets and two UAVs were destroyed over Kursk")
  if (chosen.length === 0 && inp.verbAt !== undefined && inp.verbAt > inp.nextCountStart)
    chosen = inSeg.filter((p) => p.start >= inp.verbAt!);
  // "… were part of the 196 craft intercepted over Russia": a country named after the count places it, not a place before it
  const countryAfter =
    segCountry !== null &&
    inp.places.some(
      (p) =>
        p.code === segCountry &&
        p.start >= inp.countEnd &&
        p.end <= segment.end &&
        (p.kind === 'country' || p.kind === 'demonym'),
    );
  if (chosen.length === 0 && !countryAfter) {
    const background = RULES.backgroundClause ? backgroundClauseEnd(inp.sentenceText) : -1;
    chosen = inSeg.filter(
      (p) =>
        p.end <= inp.countStart &&
        p.start >= inp.prevCountEnd &&
        !speechBetween(inp.toks, p.end, inp.countStart) &&
        !(
          background >= 0 &&
          p.end <= inp.sentenceStart + background &&
          inp.countStart > inp.sentenceStart + background
        ),
    );
  }
  // "near Podolsk on the approach to Moscow": the direction names the same place again; the nearer place wins
  if (chosen.length > 1) {
    // (a list after the direction word is all direction: "heading for Kyiv and Lviv")
    const dir = new Set<PlaceMention>();
    let prev: PlaceMention | null = null;
    for (const p of [...chosen].sort((a, b) => a.start - b.start)) {
      if (
        (RULES.targetOfPart
          ? TOWARDS_PART.test(body.slice(Math.max(inp.sentenceStart, p.start - 70), p.start))
          : TOWARDS.test(body.slice(Math.max(inp.sentenceStart, p.start - 40), p.start))) ||
        // ("a missile fired in the direction of the Crimean Bridge, over the Sea of Azov": rule directionOfTarget)
        (RULES.directionOfTarget &&
          (IN_DIRECTION.test(body.slice(Math.max(inp.sentenceStart, p.start - 30), p.start)) ||
            // ("in Moscow's direction", "in the Moscow direction"; review)
            (IN_THE_BEFORE.test(body.slice(Math.max(inp.sentenceStart, p.start - 8), p.start)) &&
              DIRECTION_AFTER.test(body.slice(p.end, p.end + 14))))) ||
        (prev && dir.has(prev) && LIST_JOIN.test(body.slice(prev.end, p.start)))
      )
        dir.add(p);
      prev = p;
    }
    const kept = chosen.filter((p) => !dir.has(p));
    if (kept.length > 0 && kept.length < chosen.length) chosen = kept;
  }
  let intro: PlaceMention[] = [];
  const introMatch = INTRO_LIST.exec(inp.sentenceText) ?? INTRO.exec(inp.sentenceText);
  if (introMatch) {
    const end = inp.sentenceStart + introMatch[0].length;
    intro = usable.filter((p) => p.start >= inp.sentenceStart && p.end <= end && end <= inp.countStart);
  }
  return {
    regions: withCityRegion(body, chosen, codesOf(inp, chosen)),
    intro: codesOf(inp, intro),
    // "in districts south of St Petersburg", "50 km south of the capital": a point outside a city that is a subdivision of
    // its own is in the oblast around it
    reference: RULES.referenceOutsideCity
      ? [...new Set(codesOf(inp, reference).map((c) => CITY_OBLAST[c] ?? c))].sort()
      : codesOf(inp, reference),
    defender,
    locCountry,
    seenCountry,
    segCountry,
  };
}

/** "and the region", "and the surrounding region", "and its oblast" right after a city: the oblast around it. */
const AND_THE_REGION =
  /^\s+(?:and|&)\s+(?:the|its)\s+(?:surrounding\s+)?(?:region|oblast|province|area)\b(?!\s+of\b|['’]s\b)/i;

/** "over Kyiv and the region": a city that is a subdivision of its own, with "and the region" after it, adds its oblast. */
function withCityRegion(body: string, chosen: PlaceMention[], codes: string[]): string[] {
  for (const p of chosen) {
    const oblast = CITY_OBLAST[p.code];
    if (oblast === undefined || codes.includes(oblast) || !codes.includes(p.code)) continue;
    if (AND_THE_REGION.test(body.slice(p.end, p.end + 40))) codes = [...codes, oblast].sort();
  }
  return codes;
}

/** Usable places (not origins, references or claimant titles) inside a span: for fallbacks. */
export function placesWithin(inp: LocateInput, from: number, to: number): string[] {
  const located = locate({
    ...inp,
    segment: { ...inp.segment, start: from, end: to },
    countStart: to,
    countEnd: to,
    prevCountEnd: from,
    nextCountStart: Infinity,
    outOf: false,
  });
  return located.regions;
}

/** A preposition, "the" and a compass or border word right before a place ("over the western ", "in the southern "). */
const PLACE_PREPOSITIONS = String.raw`\b(?:over|above|in|near|across|on|to|towards?|approaching|at|of)\s+`;
/** A preposition (and "the") right before a place: the place is the count's, not the next count's label. */
const PREPOSITION_BEFORE = new RegExp(String.raw`${PLACE_PREPOSITIONS}(?:the\s+)?$`, 'i');
const PREPOSITION_COMPASS = new RegExp(
  String.raw`${PLACE_PREPOSITIONS}the\s+(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|border)\s+$`,
  'i',
);

/** The place before `p` in a list ("A and B", "A, B"), when that one was launched from (or is itself listed after
 * such a place, up to four back); rule fromList. */
function listedAfterFrom(p: PlaceMention, inp: LocateInput, depth: number): boolean {
  if (depth > 3) return false;
  const q = inp.places.find(
    (x) => x.end < p.start && x.end >= p.start - 14 && LIST_GAP_FROM.test(inp.body.slice(x.end, p.start)),
  );
  if (!q) return false;
  const before = inp.body.slice(Math.max(inp.sentenceStart, q.start - 60), q.start);
  // (not "apart from the Kursk region, the Belgorod … regions": an exception, then a place of the count's; review)
  if (APART_FROM.test(before)) return false;
  return (fromBefore(before) && !nearDistanceFrom(before)) || listedAfterFrom(q, inp, depth + 1);
}
const VIA = /\bvia\s+(?:the\s+)?(?:(?:occupied|annexed)\s+)?$/i;
// (a comma then "the" opens another phrase: "apart from the Kursk region, the Belgorod … regions"; review)
const LIST_GAP_FROM =
  /^(?:\s+(?:region|oblast|krai|territory|republic))?\s*(?:,\s*(?:(?:and|or)\s+(?:the\s+)?)?|\s+(?:and|or)\s+(?:the\s+)?)$/i;
const APART_FROM = /\b(?:apart|aside|far|away)\s+from\s+(?:the\s+)?$/i;

/** Between the second of a pair of places and the count it labels: "[Kherson and Kirovohrad] regions – " (rule dashEachList). */
const PAIR_DASH = /^\s*(?:(?:regions?|oblasts?|krais?|provinces?)\s*)?[–—-]\s*$/i;
function leadsNextCount(body: string, p: PlaceMention, nextCountStart: number, places: PlaceMention[]): boolean {
  if (!Number.isFinite(nextCountStart)) return false;
  const gap = body.slice(p.end, nextCountStart);
  // "…, in the Belgorod region – six, and in Bryansk – one": a place with a preposition labelled by a dash is the next count's
  if (
    /^\s*(?:(?:region|oblast|krai|province|republic)\s*)?[–—-]\s*$/i.test(gap) &&
    (/^[\p{L}\d]+\s*(?:[,.;]|and\b|$)/u.test(body.slice(nextCountStart, nextCountStart + 20)) ||
      (RULES.dashEachList &&
        /^[\p{L}\d]+\s+each\s*(?:[,.;]|and\b|$)/u.test(body.slice(nextCountStart, nextCountStart + 25))))
  )
    return true;
  // ("Mykolaiv region – 7, Kherson and Kirovohrad regions – 2 each": the first of two places joined by "and" before a
  // dash labels the next count as the second does; rule dashEachList)
  if (RULES.dashEachList && /^\s+and\s/i.test(gap)) {
    const q = places.find((x) => x.start > p.end && /^\s+and\s+$/i.test(body.slice(p.end, x.start)));
    if (
      q &&
      q.end < nextCountStart &&
      PAIR_DASH.test(body.slice(q.end, nextCountStart)) &&
      leadsNextCount(body, q, nextCountStart, places)
    )
      return true;
  }
  const before = body.slice(Math.max(0, p.start - 25), p.start);
  const prepositional =
    PREPOSITION_BEFORE.exec(before) ??
    // ("over the western Kursk region, five over the Bryansk region": a compass word between, rule compassBeforePlace)
    (RULES.compassBeforePlace ? PREPOSITION_COMPASS.exec(before) : null);
  if (prepositional) {
    // "…over the Oryol region, in the southern Kursk region five more": a phrase a comma opens, its count right after it
    // with nothing between, leads that count (second review)
    // ("over the Krasnodar region five drones and over the Republic of Adygea three drones": one after "and" too, rule
    // frontedPlaceItems)
    const opener = before.slice(0, prepositional.index);
    return (/,\s*$/.test(opener) || (RULES.frontedPlaceItems && /\band\s*$/.test(opener))) && /^\s+$/.test(gap);
  }
  // "over the Voronezh and Saratov Regions, six UAVs over …": the second item of a list of places
  if (
    /(?:\band|\bor|,)\s+(?:the\s+)?$/i.test(before) &&
    places.some(
      (q) =>
        q !== p &&
        q.end <= p.start &&
        q.end >= p.start - 12 &&
        /^(?:\s*,)?\s+(?:and|or)?\s*(?:the\s+)?$/.test(body.slice(q.end, p.start)),
    )
  )
    return false;
  return (
    /^[\s,]*(?:[\p{L}]+\s+){0,2}(?:[–—:-]\s*)?$/u.test(gap) &&
    !/\b(over|above|in|near|across|and)\b/i.test(gap) &&
    // ("one drone over the Russian region of Belgorod, two over the Kursk region": the next count has its own place right
    // after it, so the place before is this count's, no label of the next; rule nextOwnPlace)
    // (not after a preposition and a compass word, "over the western Kursk region, five over …", which is
    // compassBeforePlace's)
    !(
      RULES.nextOwnPlace &&
      /^[,\s]*$/.test(gap) &&
      !PREPOSITION_COMPASS.test(before) &&
      NEXT_OWN_PLACE.test(body.slice(nextCountStart, nextCountStart + 40))
    )
  );
}
/** A count with its own place right after it: "two over the Kursk region", "three drones above …" (rule nextOwnPlace). */
// (not a part of this count, "two drones heading for Moscow, one of them over the Kaluga region": review)
const NEXT_OWN_PLACE = /^[\p{L}\d]+\s+(?!of\b)(?:[\p{L}-]+\s+){0,2}?(?:over|above|in|near)\s+(?:the\s+)?\p{Lu}/u;

/** An interception verb and "by" just before a place: "shot down by", "were destroyed by the". */
const DOWNED_BY =
  /\b(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|brought\s+down|taken\s+down|knocked\s+down|repelled)\s+by\s+(?:the\s+)?$/i;

/** "Ukrainian air defences", "Russian air defence units": the country doing the intercepting. */
function defenderCountry(inp: LocateInput): string | null {
  for (const p of inp.places) {
    // "38 were shot down by Kyiv": the capital as the government that downed them
    if (
      RULES.byCapital &&
      (p.code === 'RU-MOW' || p.code === 'UA-30') &&
      p.start >= inp.sentenceStart &&
      p.end <= inp.sentenceStart + inp.sentenceText.length &&
      DOWNED_BY.test(inp.body.slice(Math.max(0, p.start - 40), p.start)) &&
      // ("by Moscow's air defences", "by Moscow air defence": the city's own)
      !capitalOwn(inp.body.slice(p.end, p.end + 30), inp.sentenceText)
    )
      return p.country;
    // "twelve drones were shot down by Russia": the country after "downed by" in the count's sentence (not "fired by")
    if (
      RULES.byDefender &&
      p.kind === 'country' &&
      p.start >= inp.sentenceStart &&
      p.end <= inp.sentenceStart + inp.sentenceText.length &&
      DOWNED_BY.test(inp.body.slice(Math.max(0, p.start - 40), p.start))
    )
      return p.code;
    // "Ukraine shoots down nine of 14 drones", "Belarus says it shot down …": the country doing the intercepting
    if (
      p.kind === 'country' &&
      p.start >= inp.sentenceStart &&
      p.end <= inp.countStart &&
      (COUNTRY_SUBJECT.test(inp.body.slice(p.end, p.end + 40)) ||
        (RULES.countrySubjectVerbs && COUNTRY_SUBJECT_MORE.test(inp.body.slice(p.end, p.end + 40))))
    )
      return p.code;
    // "of which Ukraine's air defence neutralised 721 targets": a country's possessive on its defences, in the count's own
    // clause, as the demonym ("Ukrainian air defence") below
    if (
      RULES.possessiveDefender &&
      p.kind === 'country' &&
      p.start >= inp.segment.start &&
      p.end <= inp.countStart &&
      // ("a Su-25 of Ukraine's air force": whose aircraft, as below)
      !/\bof\s+$/i.test(inp.body.slice(Math.max(0, p.start - 4), p.start)) &&
      (POSSESSIVE_DEFENCES.test(inp.body.slice(p.end, p.end + 40)) ||
        // "strikes on Ukraine, whose air defences brought down 116 drones": the relative's owner, as its possessive
        (RULES.whoseDefences && WHOSE_DEFENCES.test(inp.body.slice(p.end, p.end + 40))))
    )
      return p.code;
    if (p.kind !== 'demonym' || p.start < inp.sentenceStart || p.end > inp.sentenceStart + inp.sentenceText.length)
      continue;
    // "shot down by the air defence forces of the Russian defence ministry": the defences are the demonym's side's
    // (rule defencesOfDemonym)
    if (RULES.defencesOfDemonym && DEFENCES_OF.test(inp.body.slice(Math.max(0, p.start - 50), p.start))) return p.code;
    // "a Su-25 of the Ukrainian Air Force": whose aircraft, not who shot it down
    if (/\bof\s+the\s+$/i.test(inp.body.slice(Math.max(0, p.start - 8), p.start))) continue;
    // ("shot down a Ukrainian anti-aircraft missile over its territory": a demonym inside the count's own phrase is the
    // threat's, never the defender's; rule threatsOwnDemonym)
    if (RULES.threatsOwnDemonym && p.start >= inp.countStart && p.end <= inp.countEnd) continue;
    if (
      /^\s+(?:air[\s-]defen[cs]es?|anti-aircraft|air\s+force|navy|defenders|defence\s+forces|defense\s+forces)\b/i.test(
        inp.body.slice(p.end, p.end + 30),
      ) ||
      // ("shot down by the Ukrainian defences": the plural alone, after "by", rule bareDefences)
      (RULES.bareDefences &&
        /^\s+defen[cs]es\b/i.test(inp.body.slice(p.end, p.end + 12)) &&
        /\bby\s+(?:the\s+)?$/i.test(inp.body.slice(Math.max(0, p.start - 8), p.start)))
    )
      return p.code;
    // "The Ukrainian military downed 12 drones": the demonym's forces doing the intercepting
    if (
      p.end <= inp.countStart &&
      ((RULES.forcesVerbs ? FORCES_DOWNED : FORCES_DOWNED_BEFORE).test(inp.body.slice(p.end, p.end + 60)) ||
        // ("Russian forces bring down 31 drones": a plural subject's present, as headlines write it; rule forcesPresent)
        (RULES.forcesPresent && FORCES_DOWN_PRESENT.test(inp.body.slice(p.end, p.end + 60))))
    )
      return p.code;
    // "the Ukrainian military managed to destroy 26 drones"
    if (RULES.managedSubject && p.end <= inp.countStart && MANAGED_DOWNING.test(inp.body.slice(p.end, p.end + 70)))
      return p.code;
    // "A Belarusian fighter jet shot down …": a defending aircraft, named before the count (not "3 Ukrainian aircraft")
    if (
      p.end <= inp.countStart &&
      !/\d\s*$|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+$/i.test(
        inp.body.slice(Math.max(0, p.start - 8), p.start),
      ) &&
      /^\s+(?:fighter\s+)?(?:jets?|pilots?|warplanes?|interceptors?|fighters?)\b(?![-‐])/i.test(
        inp.body.slice(p.end, p.end + 30),
      )
    )
      return p.code;
  }
  return null;
}

function speechBetween(toks: Tok[], from: number, to: number): boolean {
  for (const t of toks) if (t.start >= from && t.end <= to && SPEECH_VERBS.has(t.low)) return true;
  return false;
}

const DIRECTION = /\b(?:towards?|in\s+the\s+direction\s+of|heading\s+for|back\s+to)\s+(?:the\s+)?$/i;
/** "by the air defence forces of the", "anti-aircraft units of the": defences owned by the demonym after them. */
const DEFENCES_OF =
  /\b(?:air[\s-]defen[cs]es?|anti-aircraft|defen[cs]e\s+forces)(?:\s+(?:forces|units|systems|troops|crews|means|assets))?\s+of\s+the\s+$/i;
/** "117 unmanned aerial vehicles of Ukraine": a weapon noun and "of" before a country name the threats' owner. */
export const WEAPON_OF =
  /\b(?:drones|uavs|vehicles|missiles|rockets|aircraft|jets|helicopters|bombs|projectiles|targets)\s+of\s+(?:the\s+)?$/i;
/** "vehicles (UAVs) of ", "missiles (ALCMs) of the ": threats, their bracketed abbreviation, then "of" (rule bracketedOwner). */
const WEAPON_ABBR_OF =
  /\b(?:drones|uavs|vehicles|missiles|rockets|aircraft|projectiles)\s+\(\s*[A-Za-z-]{2,12}(?:\s+[A-Za-z-]{2,12}){0,2}\s*\)\s+of\s+(?:the\s+)?$/i;
const OWNER_OF =
  /\b(?:forces|force|army|military|ministry|navy|guard|command|staff|service|troops|units|defenders|defen[cs]e|affairs|government|administration)\s+of\s+(?:the\s+)?$/i;

const RAID_ON =
  /\b(?:attacks?|raids?|strikes?|assaults?|offensive|bombardment|barrage|(?:declared\s+|full-scale\s+|its\s+)?war|invasion)\s+(?:against|on|of)\s+(?:the\s+)?$/i;

const WAR_IN = /\b(?:the\s+)?(?:war|invasion|conflict|fighting)\s+in\s+(?:the\s+)?$/i;

/** "over Russia", "across Russian regions", "Ukrainian airspace": a country named as the place. */
function locationCountry(inp: LocateInput, from: number, to: number): string | null {
  /** A raid's target told by a demonym ("attacks on Russian territory"): the country only when no other place tells one. */
  let raidTarget: string | null = null;
  for (const p of inp.places) {
    if (p.start < from || p.end > to) continue;
    if (inp.claimants.some((c) => p.start >= c.start && p.end <= c.end)) continue;
    // "all of Ukraine's missiles": a possessive names an owner, not a place
    // "all of Ukraine's missiles" names an owner; "in Poland's airspace" a place
    if (
      p.kind === 'country' &&
      LOCATION_BEFORE_COUNTRY.test(inp.body.slice(Math.max(0, p.start - 40), p.start)) &&
      // "the Defence Forces of Ukraine", "the Air Force of Ukraine": whose forces, not where
      !OWNER_OF.test(inp.body.slice(Math.max(0, p.start - 40), p.start)) &&
      // "during a drone raid on Ukraine", "since Russia declared war on Ukraine": the target, not where this threat was
      // stopped
      !RAID_ON.test(inp.body.slice(Math.max(0, p.start - 40), p.start)) &&
      // "since the war in Ukraine began": the war's country, not where this threat was stopped (rule warIn)
      !(RULES.warIn && WAR_IN.test(inp.body.slice(Math.max(0, p.start - 40), p.start))) &&
      // "117 unmanned aerial vehicles of Ukraine": whose threats, not where they were stopped
      !(RULES.weaponOwner && WEAPON_OF.test(inp.body.slice(Math.max(0, p.start - 40), p.start))) &&
      // ("… unmanned aerial vehicles (UAVs) of Ukraine": the same with the abbreviation between; rule bracketedOwner)
      !(RULES.bracketedOwner && WEAPON_ABBR_OF.test(inp.body.slice(Math.max(0, p.start - 48), p.start))) &&
      (!/^['’]s\b/.test(inp.body.slice(p.end, p.end + 3)) ||
        /^['’]s\s+(?:airspace|territory|skies|sky|soil|border)/i.test(inp.body.slice(p.end, p.end + 16)) ||
        // ("over Russia's regions and the Black Sea": the country's regions unnamed are the country, rule possessiveRegions)
        (RULES.possessiveRegions &&
          /^['’]s\s+(?:regions|oblasts|provinces)\b/i.test(inp.body.slice(p.end, p.end + 16))))
    )
      return p.code;
    if (
      p.kind === 'demonym' &&
      LOCATION_AFTER_DEMONYM.test(inp.body.slice(p.end, p.end + 40)) &&
      // ("the governor of Voronezh, a Russian region on the border with Ukraine, reported": an apposition that says what
      // the place before it is, not where the count was; rule demonymApposition)
      !(RULES.demonymApposition && APPOSITION_ARTICLE.test(inp.body.slice(Math.max(0, p.start - 6), p.start))) &&
      // "drones launched from Russian territory": where they came from, not where they were stopped
      !fromBefore(inp.body.slice(Math.max(0, p.start - 60), p.start)) &&
      // "one left the controlled airspace towards Russian territory": a direction, not where the count was stopped
      !(RULES.directionNotPlace && DIRECTION.test(inp.body.slice(Math.max(0, p.start - 30), p.start)))
    ) {
      // ("the attack on Ukrainian territory coincided with the downing of 55 drones over Russia": the raid's target gives
      // way to the place the count was stopped, rule raidOnDemonym)
      if (RULES.raidOnDemonym && RAID_ON.test(inp.body.slice(Math.max(0, p.start - 40), p.start))) {
        raidTarget ??= p.code;
        continue;
      }
      return p.code;
    }
  }
  return raidTarget;
}
