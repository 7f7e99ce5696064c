/**
 * Clause segments inside a sentence, for deciding which place a count is
 * over. Cuts at ; : ( ) dashes, before "while", "whereas", "but", "as well
 * as", "including", "of which", ", with", before a relative or appositive
 * (", which", ", a region"), and before a coordinated count (", 9 over
 * Kaluga", "and five over Smolensk"). Offsets index the body.
 */
import type { PlaceMention } from '@skytally/gazetteer';
import { RULES } from './rules';

export interface Segment {
  start: number;
  end: number;
  /** How the segment was cut from the one before: by a coordinated count after "and". */
  joinedByAnd: boolean;
  /** Starts with a relative or appositive clause: its places describe, they do not locate. */
  descriptive: boolean;
  /** Comes after a colon in the sentence. */
  afterColon: boolean;
}

const NUMBER_START = String.raw`(?:at least |more than |over |about |some |around |up to |nearly |almost |another |a further |roughly |approximately )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|a hundred)\b)`;
/** "Odesa region hit", "Kharkiv struck", "the port of Izmail damaged": a place and the strike on it, as headlines write it. */
const STRUCK_PLACE = String.raw`(?:the\s+)?(?:port\s+of\s+|city\s+of\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+(?:region|oblast|province|city|port))?\s+(?:(?:is|was|were|are)\s+)?(?:hit|struck|attacked|targeted|shelled|damaged|pounded)\b(?!\s+(?:by|with)\b)`;
const STRUCK_PLACE_AT = new RegExp(`^${STRUCK_PLACE}`, 'u');
/** An interception verb opening a coordinated verb phrase with its own count ("destroyed 44 more", "shot down two"). */
const COORDINATED_VERB = String.raw`(?:intercepted|destroyed|downed|neutrali[sz]ed|eliminated|suppressed|(?:shot|brought|took)\s+down)\s+(?:an?\s|\d|one|two|three|four|five|six|seven|eight|nine|ten|all|both|another)`;
const COORDINATED_VERB_AT = new RegExp(`^${COORDINATED_VERB}`, 'i');
/** "several others were", "some more drones were": a vague count with a verb of its own (rule vagueOthersClause). */
const VAGUE_OTHERS = String.raw`(?:several|some|many|a\s+few|dozens|scores)\s+(?:more\s+|other\s+)?(?:others|more|drones|missiles|UAVs)?\s*(?:were|was|had|have)\b`;
const VAGUE_OTHERS_AT = new RegExp(`^${VAGUE_OTHERS}`, 'i');
/** "and the remainder / rest" (rule remainderClause), "and the others over …" (rule othersRemainder). */
const REMAINDER = String.raw`the\s+(?:remainder|rest|remaining|others\s+(?:over|in|above|across|near|around)\b)\b`;
const REMAINDER_AT = new RegExp(`^${REMAINDER}`, 'i');
/** ", nearly half of them", ", about a third of which", ", two-thirds of them": a hedged or fractional share of the threats just
 * counted (rule fractionShare; a bare ", half" and ", most" are cut whatever follows). */
const FRACTION_SHARE = String.raw`(?:(?:nearly|almost|close\s+to|about|around|roughly|approximately|some|more\s+than|over|well\s+over|just\s+over|less\s+than|fewer\s+than|under|just\s+under|at\s+least)\s+)?(?:half|a\s+third|a\s+quarter|a\s+fifth|one[-\s](?:third|quarter|fifth)|two[-\s]thirds|three[-\s]quarters|a\s+majority|the\s+majority|the\s+bulk)\s+of\s+(?:them|which|these|those)\s+(?:(?:were|was)\s+)?(?:over|in|above|near|across|around|on)\b`;
const FRACTION_SHARE_AT = new RegExp(`^${FRACTION_SHARE}`, 'i');
/** "and more over the Russian regions of …", "and several more in the Kaluga region": a vague further count with a place of
 * its own (rule vagueMoreClause). */
const VAGUE_MORE = String.raw`(?:(?:many|several|some|dozens|scores|hundreds|a\s+few|a\s+number)\s+)?more\s+(?:(?:drones|UAVs|missiles|rockets)\s+)?(?:over|in|above|across|near|around)\b`;
const VAGUE_MORE_AT = new RegExp(`^${VAGUE_MORE}`, 'i');
/**
 * "Ukrainian drones were also destroyed", "Ukrainian army drones were likewise", "Russian missiles had been": threats
 * (with a modifier of their own, session 51) as the subject of a clause's own verb (rule threatsClause).
 */
const THREATS_CLAUSE_AT =
  /^(?:(?:Ukrainian|Russian|enemy|other)\s+)?(?:(?:army|military|attack|combat|kamikaze|strike)\s+)?(?:drones|UAVs|(?:unmanned|uncrewed)\s+aerial\s+vehicles|Shaheds|missiles|rockets)\s+(?:were|was|had|have)\b/i;
/** "while it was dropping bombs on …", "while they were flying over …": the threat's own doing (rule whileItWas). */
const WHILE_IT_WAS_AT = /^while\s+(?:it|they)\s+(?:was|were)\s+\p{L}+ing\b/iu;
/** "and that …" after a relative clause on threats (rule secondRelative). */
const AND_THAT_AT = /^and\s+that\b/i;
/** Threats with a relative clause of their own: "missiles that …", "drones which …" (rule secondRelative). */
const THREAT_RELATIVE =
  /\b(?:drones?|UAVs?|missiles?|rockets?|Shaheds?|ATACMS|projectiles|jets?|helicopters?|aircraft)\s+(?:that|which)\b/i;
/** "and heavy blasts rock …", "as explosions shook …" (rule blastsClause). */
const BLASTS_CLAUSE = String.raw`(?:and|as|while)\s+(?:(?:heavy|loud|powerful|several|massive|huge)\s+)?(?:blasts|explosions)\s+(?:rock|rocks|rocked|shake|shakes|shook|hit|hits|heard)\b`;
const BLASTS_CLAUSE_AT = new RegExp(`^${BLASTS_CLAUSE}`, 'i');
/**
 * ", in the sky over Krasnodar Territory six drones were shot down": a place put first, then a count with a verb of its
 * own, is a clause of its own (rule frontedPlaceClause).
 */
const FRONTED_PLACE_CLAUSE = String.raw`(?:in|over|above)\s+(?:the\s+)?[^,;.:()]{0,40}?\p{Lu}[^,;.:()]{0,40}?\s+${NUMBER_START}[^,;.:()]{0,40}?\b(?:were|was|had\s+been|have\s+been)\s`;
/** ", in the Kursk and Lipetsk regions four each": a place put first, then a count of each with no verb (rule frontedEachClause). */
const FRONTED_EACH_CLAUSE = String.raw`(?:in|over|above)\s+(?:the\s+)?[^,;.:()]{0,40}?\p{Lu}[^,;.:()]{0,40}?\s+${NUMBER_START}\S*\s+(?:each|apiece)\b`;
const FRONTED_EACH_CLAUSE_AT = new RegExp(`^${FRONTED_EACH_CLAUSE}`, 'iu');
/** ", part of which were heading for Moscow": a part's own clause (rule partOfWhichCut). */
const PART_OF_WHICH_AT = /^(?:a\s+)?part\s+of\s+(?:which|them)\b/i;
const FRONTED_PLACE_CLAUSE_AT = new RegExp(`^${FRONTED_PLACE_CLAUSE}`, 'iu');
const CUT = new RegExp(
  String.raw`\s*(?:;|(?<!\d):|:(?!\d)|[()])\s*|\s+[—–]\s+|\s-\s|,?\s+(?=(?:while(?!\s+\p{L}+ing\b|\s+(?:on\s+(?:their|its|the)\s+way|en\s+route)\b)|whereas|as well as|including|among them)\b)|,?\s+(?=(?:in\s+particular|notably|particularly|especially|such\s+as)\b)|,\s+["“‘«]?(?=(?:but|of which|of them|plus|among|most|half|mostly|mainly|largely|primarily|chiefly|predominantly|the majority|some of (?:which|them)|(?:a\s+)?part of (?:which|them)|many of (?:which|them)|one of (?:which|them)|(?:dozens|scores|hundreds|several|a few|a handful) of (?:which|them))\b)|,\s+(?=with\b)|\s+(?=in\s+what\b)|,\s+(?=(?:debris|wreckage|fragments|falling)\b)|\s+(?=and\s+(?:that|said|added)\b)` +
    // "…destroyed three drones over other regions but made no comment on the Dagestan attacks": a verb phrase after
    // "but" (no comma) about something else
    String.raw`|\s+(?=but\s+(?:made|did|didn['’]t|does|gave|gives|provided|offered|declined|refused|said|says|added|noted|denied|failed|mentioned|reported|would|could)\b)` +
    String.raw`|,\s+(?=(?:which|that|where|who|a|an|the|located|home|bordering|situated)\b)` +
    // "brought down a helicopter in the Zaporozhye Region, intercepted 8 rockets …": a coordinated verb phrase is a clause of its own
    String.raw`|,\s+(?=(?:and\s+)?(?:intercepted|destroyed|downed|neutrali[sz]ed|eliminated|suppressed|(?:shot|brought|took)\s+down)\s+(?:an?\s|\d|one|two|three|four|five|six|seven|eight|nine|ten|all|both|another))` +
    // "…brought down eight drones over Voronezh and destroyed 44 more over …": also with no comma, after a count (below)
    String.raw`|\s+and\s+(?=${COORDINATED_VERB})` +
    // ", as attacks closed airports", ", in what officials called", ", amid", ", forcing": a clause about something else
    // (", adding that …", ", saying …": the speaker's next statement, with places of its own, unless it restates the
    // count: ", adding that they were shot down over …")
    String.raw`|,\s+(?=(?:as(?!\s+well)|in\s+what|amid|forcing|prompting|causing|after|before|when|days|hours|weeks|(?:adding|saying)(?!\s+(?:that\s+)?(?:they|these|those|all)\b))\b)|\s+\|\s+|\s+•\s+` +
    // "Ukraine says it downed 34 of 38 drones, Odesa region hit": a headline's clause of what was struck, not where they were stopped
    String.raw`|,\s+(?=${STRUCK_PLACE})` +
    // "…38 drones launched in a night attack that damaged a site in the Odesa region": a relative clause of the strike's harm
    String.raw`|\s+(?=(?:that|which)\s+(?:(?:had|has|have)\s+)?(?:damaged|hit|struck|killed|injured|wounded|set\s+fire|sparked|caused)\b)` +
    // "…26 drones a day after it launched its biggest attack on Kyiv": another event, at another time
    String.raw`|\s+(?=(?:(?:a|one|two|three|four|five|six|seven|several|a\s+few|\d+)\s+)?(?:days?|hours?|weeks?)\s+(?:after|before)\s+(?:it|they|he|she|we|Russia|Ukraine|Moscow|Kyiv)\s+\p{L}+ed\b)` +
    // ("Shahed-131 and 136 drones", "Kh-101 and 555 missiles": the second model of a pair, no count)
    String.raw`|,?\s+and\s+(?=${NUMBER_START}|another\b|the\s+(?:other|second)\s+(?:one\s+)?(?:over|above|in|near|at|on|off|outside)\b)(?<!\b(?:Shahed|Kh|S)-\d{2,3}\s+and\s+)` +
    // "one drone was shot down in the Moscow region and several others were destroyed in neighbouring Kaluga": a vague
    // count with a verb of its own is a clause of its own (rule vagueOthersClause)
    String.raw`|,?\s+and\s+(?=${VAGUE_OTHERS})` +
    // "five above Moscow and the remainder above five other regions": the remainder is a clause of its own (rule
    // remainderClause)
    String.raw`|,?\s+and\s+(?=${REMAINDER})` +
    String.raw`|,?\s+and\s+(?=${VAGUE_MORE})` +
    String.raw`|,\s+(?=${FRACTION_SHARE})` +
    String.raw`|,\s+(?=${FRONTED_PLACE_CLAUSE})` +
    String.raw`|,\s+(?=${FRONTED_EACH_CLAUSE})` +
    // "Russia downs 38 Ukrainian drones.. and heavy blasts rock Kyiv": blasts in a place are another event (rule
    // blastsClause)
    String.raw`|[\s.,]+(?=${BLASTS_CLAUSE})` +
    String.raw`|,\s+(?=${NUMBER_START})|,\s+and\s+(?=\p{Ll})`,
  'giu',
);
const LISTED_THE =
  /^the\s+(?:(?:(?:north|south)(?:[\s-]?(?:east|west))?|east|west)(?:ern)?\s+|central\s+|neighbou?ring\s+|border\s+)?/i;
const BRACKETED_COUNT = /^\s*\(\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s*\)$/i;
const DESCRIPTIVE = /^(?:which|that|where|who|a|an|the|located|home|bordering|situated)\b/i;
/** ", which were (later) neutralised …": a relative clause of an interception; or one read past to the count's own
 * downing (", which were flying towards the city, were shot down …"). */
const DOWNING_RELATIVE =
  /^which\s+(?:(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+)?|[^,;.]{1,80},\s+(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?)(?:shot\s+down|downed|destroyed|intercepted|neutrali[sz]ed|brought\s+down|eliminated)\b/i;

export function segmentsOf(sentence: string, base: number, places: PlaceMention[]): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let joinedByAnd = false;
  let afterColon = false;
  let sawColon = false;
  CUT.lastIndex = 0;
  for (let m = CUT.exec(sentence); m !== null; m = CUT.exec(sentence)) {
    if (m[0].length === 0) {
      CUT.lastIndex++;
      continue;
    }
    const cutEnd = m.index + m[0].length;
    if (!RULES.partOfWhichCut && /^,\s+["“‘«]?$/.test(m[0]) && PART_OF_WHICH_AT.test(sentence.slice(cutEnd))) continue;
    if (!RULES.frontedEachClause && /^,\s+$/.test(m[0]) && FRONTED_EACH_CLAUSE_AT.test(sentence.slice(cutEnd)))
      continue;
    if (!RULES.frontedPlaceClause && /^,\s+$/.test(m[0]) && FRONTED_PLACE_CLAUSE_AT.test(sentence.slice(cutEnd)))
      continue;
    if (!RULES.blastsClause && BLASTS_CLAUSE_AT.test(sentence.slice(cutEnd)) && /^[\s.,]+$/.test(m[0])) continue;
    if (/^,?\s+and\s+$/i.test(m[0])) {
      const more = VAGUE_MORE_AT.test(sentence.slice(cutEnd));
      if (more && !RULES.vagueMoreClause) continue;
      // ("destroyed three drones and several more over the Kursk region": with no place before "and", the place is both
      // counts'; review)
      if (
        more &&
        !places.some(
          (p) => p.start >= base + from && p.end <= base + m.index && p.kind !== 'country' && p.kind !== 'demonym',
        )
      )
        continue;
      const vague = VAGUE_OTHERS_AT.test(sentence.slice(cutEnd));
      const remainder = !vague && REMAINDER_AT.test(sentence.slice(cutEnd));
      if ((vague && !RULES.vagueOthersClause) || (remainder && !RULES.remainderClause)) continue;
      // ("of which 37 were brought down over Moscow and the others over the Bryansk, Kaluga … regions": "the others" with a
      // place of their own are a remainder; rule othersRemainder)
      if (remainder && !RULES.othersRemainder && /^the\s+others\b/i.test(sentence.slice(cutEnd))) continue;
      // ("one drone was shot down and several others were jammed over the Kaluga region": with no place before "and", the
      // place closing the sentence is both clauses'; review of the twenty-second round)
      if ((vague || remainder) && !places.some((p) => p.start >= base + from && p.end <= base + m.index)) continue;
    }
    // (with the rule off, only the shares no older cut reads: "the bulk", "a third" and a bare "half" are cut as before)
    if (
      !RULES.fractionShare &&
      /^,\s+$/.test(m[0]) &&
      FRACTION_SHARE_AT.test(sentence.slice(cutEnd)) &&
      !/^(?:the|an?|half)\b/i.test(sentence.slice(cutEnd))
    )
      continue;
    // ("shot down a Su-34 while it was dropping bombs on the Zaporizhzhia region": what the threat itself was doing, as
    // "while flying over …" is, where it was downed; rule whileItWas)
    // (a look at the first letter before the regex: the loop reads every cut of every sentence with a claim)
    if (RULES.whileItWas && (sentence.charCodeAt(cutEnd) | 32) === 119 && WHILE_IT_WAS_AT.test(sentence.slice(cutEnd)))
      continue;
    const threatsClause =
      RULES.threatsClause && /^,\s+and\s+$/i.test(m[0]) && THREATS_CLAUSE_AT.test(sentence.slice(cutEnd));
    // "five ATACMS missiles that the US had sent to Ukraine and that Kyiv fired at the Crimean peninsula": a second
    // relative clause on the same threats goes on telling them (rule secondRelative)
    if (
      RULES.secondRelative &&
      (sentence.charCodeAt(cutEnd) | 32) === 97 &&
      /^\s+$/.test(m[0]) &&
      AND_THAT_AT.test(sentence.slice(cutEnd)) &&
      THREAT_RELATIVE.test(sentence.slice(from, m.index))
    )
      continue;
    // "one hundred and twenty drones over …": the "and" inside a number written out is no clause break (rule hundredAnd)
    if (RULES.hundredAnd && /^\s+and\s+$/i.test(m[0]) && /\b(?:hundred|thousand)$/i.test(sentence.slice(0, m.index)))
      continue;
    // ", and Vasilyevka in the Zaporozhye Region": the lower-case look-ahead of ", and" matches capitals too under the `i` flag;
    // a capitalised word after ", and" continues a list of names, it does not open a clause
    // (but "…, and Ukrainian drones were also destroyed over …" opens a clause of threats with a verb of its own, rule
    // threatsClause)
    if (
      /^,\s+and\s+$/i.test(m[0]) &&
      /^\p{Lu}/u.test(sentence.slice(cutEnd)) &&
      !/^(?:[\d]|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Another)\b)/.test(sentence.slice(cutEnd)) &&
      !threatsClause
    )
      continue;
    // "detected and destroyed two drones" is one verb phrase: "and <verb> N" opens a clause of its own only after a count
    if (
      /^\s+and\s+$/i.test(m[0]) &&
      COORDINATED_VERB_AT.test(sentence.slice(cutEnd)) &&
      !HAS_COUNT.test(sentence.slice(from, m.index))
    )
      continue;
    // "near A, Kharkov Region, and of B, Kherson Region", ", the settlements of B in …", "…; C in the Zaporozhye Region; and D in …":
    // a list of places after one count goes on through ", and of", ", the villages of" and semicolons
    if (RULES.placeLists && continuesPlaceList(m[0], sentence, cutEnd, base, places)) continue;
    // "ten drones, which were neutralised close to the capital": a relative clause that tells the count's own downing
    // places it, as the same words without the comma do
    if (RULES.relativeAside && /^,\s+$/.test(m[0]) && DOWNING_RELATIVE.test(sentence.slice(cutEnd))) continue;
    // ", and Tver" inside a list of places is not a clause break (a demonym of threats with their own verb opens one)
    if (/,\s+and\s+$/i.test(m[0]) && places.some((p) => p.start === base + cutEnd) && !threatsClause) continue;
    // ", the Kaluga region" after a list? keep lists of places together
    if (
      /^,\s+$/.test(m[0]) &&
      places.some((p) => p.start >= base + cutEnd && p.start <= base + cutEnd + 4) &&
      !DESCRIPTIVE.test(sentence.slice(cutEnd)) &&
      !STRUCK_PLACE_AT.test(sentence.slice(cutEnd))
    )
      continue;
    // "over the Kursk Region, the Penza Region and the Tula Region": a list of places, each with its article
    // "in the northern Kyiv region, the eastern Dnipropetrovsk region and …": a compass word may stand before each
    const listed = LISTED_THE.exec(sentence.slice(cutEnd))?.[0].length;
    if (
      /^,\s+$/.test(m[0]) &&
      listed !== undefined &&
      places.some((p) => p.start === base + cutEnd + listed) &&
      // (…, "over the Bryansk region (12), the Kursk region (10) and …": a count in brackets after each)
      places.some((p) => p.end === base + m.index || BRACKETED_COUNT.test(sentence.slice(p.end - base, m.index)))
    )
      continue;
    pushSeg(out, sentence, base, from, m.index, joinedByAnd, afterColon);
    if (m[0].includes(':')) sawColon = true;
    afterColon = sawColon;
    joinedByAnd = /\band\s+$/i.test(m[0]);
    from = cutEnd;
  }
  pushSeg(out, sentence, base, from, sentence.length, joinedByAnd, afterColon);
  return out;
}

const LIST_LEAD =
  /^(?:and\s+)?(?:(?:of|in|near|over|above|around|outside|close\s+to)\s+)?(?:the\s+)?(?:(?:settlements?|villages?|towns?|cit(?:y|ies)|districts?|areas?)\s+of\s+)?/i;
const PLACE_WORDS = new Set(
  "and of in near over above around outside close to the settlement settlements village villages town towns city cities district districts area areas region regions oblast krai republic vicinity outskirts people’s people's s".split(
    ' ',
  ),
);
const HAS_COUNT = new RegExp(String.raw`(?:^|\s)${NUMBER_START}`, 'i');

/** The cut `cut` (ending at `cutEnd`) only separates items of one list of places: a place follows its lead words, and up to the next semicolon no count. */
function continuesPlaceList(
  cut: string,
  sentence: string,
  cutEnd: number,
  base: number,
  places: PlaceMention[],
): boolean {
  const semicolon = /^\s*;\s*$/.test(cut);
  if (!semicolon && !/^,\s+(?:and\s+)?$/i.test(cut)) return false;
  const rest = sentence.slice(cutEnd);
  const lead = LIST_LEAD.exec(rest)![0];
  // a plain ", the" or ", and" is decided by the other rules; this one needs list words or a semicolon
  if (!semicolon && !/(?:of|in|near|over|above|around|outside|to)\s+(?:the\s+)?$|\bof\s+$/i.test(lead)) return false;
  // the item is a name (a village the gazetteer may not know) and its piece names a known place ("Bryanka in the LPR")
  if (!/^\p{Lu}/u.test(rest.slice(lead.length))) return false;
  const item = rest.split(/;|,\s+and\s|\.\s/)[0]!;
  // the item runs to its first known place ("Bryanka in the Lugansk People's Republic")
  const place = places.find(
    (p) =>
      p.kind !== 'country' &&
      p.kind !== 'demonym' &&
      p.start >= base + cutEnd &&
      p.end <= base + cutEnd + Math.min(item.length, 100),
  );
  if (!place) return false;
  // ("…on Saturday; Kyiv's top general warns …": a place's possessive opens a clause about its people, not a list item;
  // rule possessiveNotListItem)
  if (RULES.possessiveNotListItem && /^['’]s\b/.test(rest.slice(place.end - base - cutEnd))) return false;
  const piece = rest.slice(0, place.end - base - cutEnd);
  // no count in the item, and names and place words only up to its place: a lower-case word of any other kind opens a clause
  if (HAS_COUNT.test(item)) return false;
  return (piece.match(/\b\p{Ll}[\p{L}'’]*/gu) ?? []).every((w) => PLACE_WORDS.has(w));
}

function pushSeg(
  out: Segment[],
  sentence: string,
  base: number,
  from: number,
  to: number,
  joinedByAnd: boolean,
  afterColon: boolean,
): void {
  if (to <= from) return;
  const text = sentence.slice(from, to);
  // the sentence's first clause is never a description of something before it ("The largest number … was destroyed")
  out.push({
    start: base + from,
    end: base + to,
    joinedByAnd,
    descriptive: from > 0 && DESCRIPTIVE.test(text),
    afterColon,
  });
}
