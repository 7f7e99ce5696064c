/**
 * Document-level rules that can be switched off, so that
 * scripts/eval-extract-cv.ts can cross-validate, outlet by outlet, whether
 * keeping each one generalises beyond the dev passages it was written for.
 * Every rule is on in production; nothing but the CV script changes this.
 */
export const RULES = {
  /** "Russia launched 22 drones at Crimea. Fifteen were shot down": an unplaced part takes the place of the set it is taken from, named just before. */
  setTargetPlace: true,
  /** "…fired at Dnipro, where air defence shot down six": a count in a ", where" clause is at the place the clause hangs on. */
  wherePlace: true,
  /** "wiped out / knocked out four helicopters at an airfield": ground destruction with other verbs than destroy/eliminate. */
  groundVerbs: true,
  /** "two over Belgorod, one over Kursk, as well as 19 drones over the seas had been destroyed": counts listed with their places share the verb after the list. */
  placedList: true,
  /** A country count repeated, within three sentences, with places in the other side's regions (a Russian report over occupied Ukraine) is one claim. */
  contestedRepeat: true,
  /** "over southern regions and Crimea": a vague place beside a named one is country scope. */
  vagueBeside: true,
  /** A headline or lede count that rounds a later body count is that claim. */
  roundedInHeadline: true,
  /** Unplaced counts of the next sentence adding up to a placed total are its parts, over its places. */
  partsInheritPlace: true,
  /** A count before a colon over lines that only name places is over those places. */
  placesListedAfter: true,
  /** A generic "rockets" in a missile story with no MLRS named is a missile. */
  missilesCalledRockets: true,
  /** Counts of different weapons joined by "and" share a place. */
  shareCoordinatedPlaces: true,
  /** "nine rockets launched by X and Y launchers were shot down", "two missiles of the Tochka-U type were intercepted": a post-modifier of any length sits between a count and its passive verb. */
  postmodifiers: true,
  /** "near A, Kharkov Region, and of B, Kherson Region", ", the settlements of B in …", "…; C in Zaporozhye Region; and D in …": one list of places after a count. */
  placeLists: true,
  /** "another drone", "a further UAV", "one more Shahed": an added count is never merged as a repeat of a later claim (unplaced, it still merges into the placed claim just before it, whose place it shares). */
  additiveCounts: true,
  /** "the Defence Ministry in Moscow", "the air force in Kyiv": a capital after an organisation and "in" is its seat, not a place. */
  seatNotPlace: true,
  /** "50 km south of Kyiv", "districts south of St Petersburg": a reference point at a city subdivision places the count in the oblast around it. */
  referenceOutsideCity: true,
  /** "117 unmanned aerial vehicles of Ukraine": a country after a weapon noun and "of" owns the threats, it is not their place. */
  weaponOwner: true,
  /** "117 drones over five regions, Moscow region among them": fewer places named than the regions counted is country scope. */
  regionsOfMany: true,
  /** "17 projectiles from the RM-70 Vampire launcher", "8 rockets of the US-made HIMARS": an MLRS named past a model number or a hyphenated word makes them rockets. */
  mlrsModifier: true,
  /** "110 of them, about 93%, had been intercepted": a share between commas is an aside the count's verb is read past. */
  percentAside: true,
  /** "23 of 29 attacking drones were destroyed": a present participle before the head noun describes it, it does not govern the count. */
  ingAdjective: true,
  /** "left the controlled airspace towards Russian territory": a country named as a direction is not the count's place. */
  directionNotPlace: true,
  /** "…in A and B, with 44 and 13 drones destroyed respectively": counts pair with as many places in order; one count over several places "respectively" is one per place. */
  respectively: true,
  /** "The most were destroyed in the Kursk region. There the military downed 15": a locative "there" is the one region the sentence before names. */
  thereAnaphora: true,
  /** A placeless repeat of a multi-place claim is that claim also when it has parts, if the parts lie within its places. */
  partsWithinTwin: true,
  /** "As fierce fighting rages around Bakhmut, jets shot down two helicopters": a sentence-opening clause naming no threat does not place the main clause's counts. */
  backgroundClause: true,
  /** "shot down over the sea": the one sea the article names, or the Black Sea off a coast it names (Sevastopol, Odesa …). */
  theSea: true,
  /** The same count of one weapon stated twice within two sentences, both with no place, is one claim even when the two mentions read different countries. */
  countryRepeat: true,
  /** "downed 19 Shaheds and a missile" … "a Kh-59 … in Dnipropetrovsk oblast and 19 Shaheds in …": a single threat restated beside a count that restates its companion is the same claim, however far apart. */
  companionRepeat: true,
  /** "intercepted 28 of the drones … All 28 attack drones fell over Poltava, …": a count just claimed, restated with "fell" and places, is that claim placed. */
  fellRestated: true,
  /** "in the Kyiv, Sumy and other regions", "… and elsewhere", "among others": places that are only some of where the count was make it country scope. */
  partialList: true,
  /** "Attack attempt on Crimea; 17 UAVs downed" over "17 drones … over the Black Sea and Crimea": a headline count placed at some of a restatement's places is that claim. */
  headlineSubset: true,
  /** "…30 drones over the Belgorod region. Another 12 drones were intercepted": an added count in a sentence naming no place is where the claim before it was. */
  additivePlace: true,
  /** "…annihilated an air target moving towards the city. Around 21:00 another three drones were annihilated": an added count takes the place of a claim of no named kind before it too. */
  additiveAfterTarget: true,
  /** "…30 drones over the Belgorod region. Another 20 were shot down elsewhere / across the country / over the sea": an added count whose sentence tells an area of its own is not placed with the claim before it. */
  additiveOwnArea: true,
  /** "9 drones destroyed by mobile fire groups and 4 more by electronic warfare over the Kherson region": two counts told in parallel share the place closing the pair. */
  parallelPlace: true,
  /** A placeless single threat repeats the nearest placed one of its country and weapon (within two sentences), not the last one. */
  nearestTwin: true,
  /** "Russia has launched 4,000 drones since the war began. Of those, 3,100 were shot down": a part of a set counted over a month or longer is a tally. */
  tallyPart: true,
  /** "The drones were launched from the Primorsko-Akhtarsk district and brought down over A, B and C": a restatement's origins are not the count's places. */
  restatedOrigin: true,
  /** "over the Belgorod (five drones), Voronezh (three drones) and Kaluga (seven drones) regions": a bracketed count with its noun after a place is a count there, and a total before such a list is over all its places. */
  bracketedCounts: true,
  /** "Residents of the Bryansk region were woken … The governor said three drones had been shot down over the region": the one region the article names before, further back than two sentences. */
  regionOfArticle: true,
  /** "Six UAVs tried to strike the Bryansk region. Air defence units brought them down …", "Every enemy target was destroyed": a launched set none of which was claimed yet, downed whole by reference in the next two sentences, is a claim of the set, placed by that sentence or else by the set's target. */
  setDowned: true,
  /** "Moscow's mayor said … This came after Ukraine said it had shot down 31 of 40 drones": a country speaking in the sentence is its speaker, not an official of the other side named in the sentence before (nor their jurisdiction its place). */
  ownSpeaker: true,
  /** "…36 UAVs of the Ukrainian Armed Forces. The drones were destroyed near A in the LPR and B in the DPR": a restatement over occupied land only places a count the other side reported. */
  restatedContested: true,
  /** "twelve of them last night and the remaining one this morning", "Two were intercepted over Istra. The other was destroyed over Shebekino": a remainder told with its numeral (when the parts leave exactly it) or as "the other(s)", placed as the part before it when it names no place. */
  statedRemainder: true,
  /** "6 JDAM guided aerial bombs", "one Kinzhal ballistic missile": a type named before its head's modifiers stays in one noun phrase. */
  typeBeforeHead: true,
  /** "…, the governor of the Krasnodar Territory said. 'More than 12 drones were suppressed by air defence forces,' he wrote": the forces are only the actor; the official named in the sentence before speaks (and their jurisdiction places the count). */
  pronounSpeaker: true,
  /** "a downed drone also damaged a warehouse", "The destruction of one of the drones, however, started a fire": a single threat downed only in its own subject phrase, whose verb is the damage it did, is where it fell (as debris), no claim. */
  downedCause: true,
  /** "debris of a downed missile damaged a roof in the Kyiv region", "a downed drone fell onto a building in Kyiv": one threat downed, told only by where its debris fell, is a claim of 1 at that place unless another claim of its weapon already counts it there (claims.md edge case 6 read for one). */
  debrisSingle: true,
  /** "12 Russian aircraft were shot down in February 2024", "3,200 drones in 2023", "… to date", "during the war": two or more threats over a named month or year, or the whole war, in the count's own phrase, are a tally. */
  periodTally: true,
  /** "Thirteen Shahed drones, designed to explode on impact, were also downed": a participle phrase between commas before the count's auxiliary describes the count; the verb after it governs. */
  participleAside: true,
  /** "brought down every drone and missile Russia fired at the capital, nine Kinzhal missiles among them": a part named after a comma with "among them" takes the interception verb of the clause before. */
  amongThem: true,
  /** "During exercises, air defence crews shot down 12 mock targets", "shot down three drones in tests": practice targets are no threats. */
  exerciseTargets: true,
  /** "…, while Israel intercepted 100 Iranian missiles": a count whose own clause is set in another war and names no place of this one is no claim. */
  otherWar: true,
  /** "of which Ukraine's air defence neutralised 721 targets": a country's possessive on its defences names the defender, as "Ukrainian air defence" does. */
  possessiveDefender: true,
  /** "Another drone was downed after midnight, while six more drones were stopped before dawn": the second added count of a placeless sentence is placed as the first (additivePlace). */
  additivePair: true,
  /** "an object brought down … over the Crimean city, occupied by the Russians since 2014": the year a place was seized is no tally's period (as periodTally's "annexed in 2014"). */
  seizedSince: true,
  /** "destroyed one of its three Ka-52 helicopters": a partitive whose numbered set follows an owner's pronoun (its, their, our) counts the part, as "one of the three". */
  possessivePartitive: true,
  /** "pieces of one of the two destroyed drones": a partitive whose numbered set is told as downed counts the set (claims.md edge case 6). */
  downedSet: true,
  /** "one of the two destroyed drones smashed windows and wrecked cars parked close by": a destroyed participle inside the count's phrase whose own verb is the damage done — the ground words after are where it fell, no ground veto. */
  damageNotGround: true,
  /** "Russian air defence shot down a Tochka-U missile" … "a Tochka-U missile near Alexandrovka in the Kherson region": a placeless single of one side and a single placed on contested land alone are one claim (contestedRepeat, for one threat). */
  contestedSingle: true,
  /** "debris from one of the destroyed drones fell near …": "one of the" + a downed participle is a member of a downed set, a count of one (and so a debris single), not "one of the largest". */
  oneOfDowned: true,
  /** "two drones that had been intercepted fell on …": a perfect passive relative clause of the count is read as "that were intercepted" is; and "parts of a missile that had been intercepted" is the debris of one downed threat. */
  perfectRelative: true,
  /** "twelve drones were shot down by Russia", "destroyed by Ukraine overnight": a country after an interception verb and "by" is the defender (after "fired by" it is the attacker). */
  byDefender: true,
  /** "around ten drones, which were neutralised near the capital", "ten drones, which were flying towards Moscow, were shot down": a non-restrictive relative clause after the count is its verb, or is read past to it. */
  relativeAside: true,
  /** "X, head of the Dnipropetrovsk regional military administration, wrote on Telegram. Air defence forces destroyed 5 drones.": forces that are only the actor do not hide the jurisdiction of the official named just before. */
  actorKeepsJurisdiction: true,
  /** "Kazan came under a series of drone attacks … Four UAVs were destroyed by duty air-defence crews": a count that names no place, up to four sentences after one that tells an attack on one place (nothing between naming another place or counting another downing), was stopped there (claims.md, edge case 11: the target when the text gives no other place). */
  attackTargetPlace: true,
  /** "ten UAVs had been recorded over Crimea; seven were shot down by air defence and three were jammed": a count that names no place, after a placed count of the same weapon in its sentence with no place between, is where that one was. */
  siblingPlace: true,
  /** "Russia sent eight drones against Ukrainian territory, and these too were destroyed", "attacked with 19 drones and one guided missile, and … shot all of them down": a set its own sentence downs by reference after it is a claim. */
  setDownedHere: true,
  /** "Russia launched 19 drones overnight. Ukraine shot all of them down": a set downed whole by reference that no place follows is a claim of the side the set was launched at. */
  wholeSetCountry: true,
  /** "22 of the drones (that) Russia launched overnight were shot down", "22 of the drones it sent had been shot down": an object relative clause with its own subject is read past to the count's verb. */
  objectRelative: true,
  /** "Ukrainian drone shot down over Russia" / "A Ukrainian drone was shot down over the Kaluga region": a headline's single over the country, placed in the next two sentences, is that claim (edge case 1). */
  headlineSingle: true,
  /** "A drone and 3 cruise missiles were shot down. The head of the Dnipropetrovsk OVA, Serhii Lysenko, said so.": the office of the speaker the next sentence names for an unplaced count places it. */
  anaphorOffice: true,
  /** "seven Storm Shadow cruise missiles and four Neptune-MD missiles above the Black Sea": counts of one weapon, each with its noun and joined by "and" alone, share a place as counts of two weapons do. */
  sameWeaponCoordinated: true,
  /** "…, while the remaining drone was downed over the Bryansk region": a remainder named with a singular noun is one. */
  singularRemainder: true,
  /** "19 missiles of various types as well as 4 drones were rendered harmless": "as well as" joins two counts before their verb as "and" does. */
  asWellAsCounts: true,
  /** "84 drones were intercepted above Russia, above occupied Crimea and above the Azov Sea": a country (or its unnamed regions) listed beside regions is country scope. */
  countryBeside: true,
  /** "one each over the Tver region, to Moscow's north-west, and the Ivanovo region": a place followed by its compass point is a reference point. */
  compassAfter: true,
  /** "4 Russian helicopters and 2 jets were shot down": a count whose side nothing tells takes that of the claim before it in its sentence. */
  sameSentenceSide: true,
  /** "had to shoot down one of its own Ka-52 helicopters": a part of the owner's own set is a count. */
  ownSetPartitive: true,
  /** "had to shoot down", "was forced to intercept": an obligation in the past that was met is a report, as "managed to" is. */
  pastObligation: true,
  /** "Three drones were shot down by two Su-35 fighters", "boats were destroyed by fire from two drones": the agent of a passive downing is not what was downed. */
  passiveAgent: true,
  /** "destroyed ten UAVs and intercepted six more over the Black Sea": an added count with its own verb, and the place closing the pair, places both. */
  parallelVerbs: true,
  /** "Ukraine says it shot down 9 drones" … "the air force said on Sunday it had destroyed nine": one claim, dated by whichever of its statements dates it. */
  dateFromRepeats: true,
  /** "said on the 20th", "on the night of the 25th": a day of the publication's month. */
  ordinalDay: true,
  /** "The Ukrainian military managed to destroy 26 drones": the demonym's forces, subject of a downing met, are its side. */
  managedSubject: true,
  /** "The Ukrainian military brought down 12 drones": the demonym's forces are the side with every verb of downing, not only "shot down". */
  forcesVerbs: true,
  /** A night told by both its days ("overnight from June 16 to 17", "Monday night" in Tuesday morning's report; a window told by its hours is dated by its start, the corpus README's convention) is dated by the morning it ended, as "overnight". */
  nightEndsDay: true,
  /** "Sobolev reported 5 more drones aimed at the capital. They, too, were shot down": "they, too" / "they were also" downs the whole set before, as "they were all" does. */
  setDownedToo: true,
  /** "The Kinzhal is one of six next-generation weapons": a part of a numbered set other than the claim before is no breakdown of it. */
  otherSetPart: true,
  /** "of which 38 were shot down by Kyiv", "the attack that Moscow has carried out": a capital as the agent of a downing, or of an attack, is its government, not a place ("by Moscow's / Moscow air defence" is the city's own). */
  byCapital: true,
  /** "Air defence had fended off five drones": "fend off" is "repel". */
  fendedOff: true,
  /** "12 drones were destroyed. They included five over the Kursk region, four over …": a breakdown of the claim before. */
  includedBreakdown: true,
  /** "One Kh-59 guided missile, too, was shot down", "Three cruise missiles, however, were …": a connective between commas is read past to the count's verb. */
  adverbAside: true,
  /** "shot down 22 missiles of different types, out of 43 air targets the Russians used": the count after ", out of" is the set. */
  commaOutOf: true,
  /** "during the incursion on 9 and 10 September", "9-10 May": the first day of a span is a date, no count. */
  daySpan: true,
  /** "Poland brought down at least four Russian drones": a country subject is the defender with every verb of downing, not only "shot down". */
  countrySubjectVerbs: true,
  /** "since the war in Ukraine began": the war's country names no place of the downing (as "the war on Ukraine"). */
  warIn: true,
  /** "Three drones that were flying towards Moscow were brought down", "missiles which were aimed at Kyiv were intercepted": a relative clause of the threats' course is read past to the count's own passive, as the reduced "drones flying towards Moscow were …" is. */
  progressiveRelative: true,
  /** "the ministry announced at a press briefing in Moscow", "told a news conference in Helsinki": where a statement was made (a briefing or conference after a speech verb) is no place of the count. */
  speechVenue: true,
  /** "Air defence managed to take 32 drones and missiles out of the sky": "take … out of the sky" is a downing, as "knock … out of the sky" is. */
  takeOutOfSky: true,
  /** "nine ballistic missiles which, according to the Ukrainian military, were shot down": a report between a relative pronoun and its passive is read past. */
  relativeReportAside: true,
  /** "Russia launched 17 drones. All the drones are reported to have been shot down": "all the drones are …" refers to the set as "all the drones were …" does. */
  allTheAre: true,
  /** "…96 drones, 53 of them over Belgorod. To those are added 24 in Voronezh, eight in Vladimir …": more parts of the claim before, as "They included …" are. */
  addedBreakdown: true,
  /** "All the enemy drones were shot down", "all the unmanned aerial vehicles were destroyed": an attacker's word before the noun (not a side's demonym), or the drones' long name, still refers to the set named before. */
  allTheModified: true,
  /** "seven were intercepted, but two others got through the defences": threats that got or broke through, evaded or penetrated the defences were not stopped (a count with no verb of its own no longer takes the interception verb before it). */
  gotThrough: true,
  /** "Five missiles, including two Kinzhals, were shot down over Kyiv": an "including" aside between commas, counts and all, is read past to the count's verb, and its counts are parts that take it. */
  includingAside: true,
  /** "Ukraine's air defence stopped 35 of them": an active "stopped" right after the defence ("air defence", "defenders", "units"), with a count as its object, is a downing, as the passive "were stopped" is. */
  activeStopped: true,
  /** "Two drones were shot down near the Minsk highway in the Odintsovo district": a city's name before "highway", "road", "street", "avenue" names a road, not the city. */
  roadName: true,
  /** "On 27 October 38 drones were shot down": after a day and its month, the next number opens a count (a day of the month is never read twice). */
  dayMonthCount: true,
  /** "Ukraine says it took 30 of them out of the air": "out of the air" is the same idiom as "out of the sky". */
  outOfTheAir: true,
  /** "Four drones that got through the outer ring were later shot down": a relative clause of where the threats went (an active past: "crossed", "approached", "got through"), read past to the count's own passive, as "that were flying towards …" is; "were later / then shot down" too. */
  motionRelative: true,
  /** "Air defence has stopped 40 of them": the perfect of the active "stopped" after the defence (rule activeStopped). */
  stoppedPerfect: true,
  /** "on the night from Sunday to Monday", "overnight Saturday to Sunday": a night told by both its weekdays is dated by the later one (the report day, as "overnight" is), not by the first weekday named. */
  weekdayNightSpan: true,
  /** "…, the head of Crimea, Sergei Aksenko, said. According to him, seven drones were shot down": a sentence with no claim that names a head of a region or an administration has a claimant who speaks for the next sentences (and whose jurisdiction places the one right after), as a governor or a mayor does. */
  headSpeaks: true,
  /** "shot down 16 (!) Russian drones", "destroyed 40 (sic) missiles": an editor's bracketed interjection is read past (blanked), so the count keeps its noun. */
  editorialAside: true,
  /** "in a new attempt by Kyiv to destroy the bridge", "an attack by Moscow": a capital after an action and "by" is the government acting, no place (as "launched by Moscow" is). */
  actionByCapital: true,
  /** "Russia launched 87 drones at Ukraine, 45 of which Ukrainian air defences shot down over the capital": a generic "the capital" is the capital of the side whose air defences the sentence names, before any other country it names. */
  capitalOfDefender: true,
  /** "destroyed five drones over three of the region's municipalities": "N of the X's <noun>" whose noun is no threat is no count (as "12 of the enemy's drones" is one). */
  ownedOtherSet: true,
  /** "In Kharkiv blasts were reported, while the air force said it had destroyed 13 drones": a count in a clause of contrast ("while", "whereas") with no place of its own does not take the place of the clause before. */
  whileOwnScene: true,
  /** "16 of the drones were downed before 2022 was out and a further 32 after the new year began", "15 on Saturday evening and 24 after midnight": a bare number followed by "before" or "after" is a share told by its time, a count of the thing in context. */
  timeBare: true,
  /** "Two drones apiece were destroyed over four regions at once: the Tambov, Volgograd, Oryol and Kaluga regions": places listed after "over N regions:" place the count when there are N of them. */
  numberedRegionsListed: true,
  /** "11 missiles were recorded in the area of Kyiv's airspace. Preliminarily, ten were destroyed": a bare count after one opening adverb and its comma counts the threats of the sentence before, as one opening its sentence does. */
  adverbOpener: true,
  /** "over the Sea of Azov near Berdyansk", "over the Black Sea off Sevastopol": a place named by the sea it was over is a reference point; the sea is where (either is accepted by the corpus, not both). */
  seaNearPlace: true,
  /** "one drone was shot down in the Moscow region and several others were destroyed in neighbouring Kaluga": "and" + a vague count with a verb of its own opens a clause of its own, whose place is not the count's before. */
  vagueOthersClause: true,
  /** "15 drones were shot down, while five others were still airborne": threats still in the air were not stopped (the count no longer takes the verb before it). */
  stillAirborne: true,
  /** "19 drones above the Krasnodar region, five above Moscow and the remainder above five other regions": "and the remainder / rest" opens a clause of its own, whose vague places are not the count's before. */
  remainderClause: true,
  /** "19 drones over the western Kursk region, five over the Bryansk region": a compass word between the preposition and the place keeps the place the first count's (it did not lead the next count). */
  compassBeforePlace: true,
  /** "four rockets of the HIMARS multiple-launch system": a verb (not a participle: "air-launched" still tells a launch) glued by a hyphen to the word before is half of a compound, not the count's verb. */
  hyphenCompound: true,
  /** "ten ATACMS missiles supplied to Kyiv by the US and launched at Crimea": a capital weapons are supplied, delivered or sent to is the government receiving them, no place. */
  suppliedToCapital: true,
  /** "the army claims to have destroyed a stock of 650 guided missiles in Lipetsk": a count after "a stock / cache / batch / shipment of" is weapons in store or in transit, no threats in the air. */
  containerOf: true,
  /** "launched during the early hours of Sunday (7)", "on Saturday night (27)": a bracketed number after a weekday is the day of the month, no count. */
  bracketedDay: true,
  /** "the Dnipro district of the city of Kyiv", "Kyiv's Dnipro district": a city's district named like a place elsewhere is the city's. */
  cityDistrict: true,
  /** "…intercepted off the coast of the Crimean⏎peninsula, and four more …": a long line that stops on a word or a comma, the next going on in lower case, is hard-wrapped prose: one sentence. */
  hardWrapped: true,
  /** "…shot down 12⏎drones over Belgorod": in a text hard-wrapped at a fixed width, a break a greedy wrap would make (the next line's first word would not fit) is a space (layout.ts, `@skytally/text`). */
  softLineBreaks: true,
  /** "🔹KYIV, Ukraine — …", "- 8 – over the Bryansk region": a bullet that opens a line (an emoji, a symbol, a dash or an asterisk before a space) is read as line breaks, so the line starts after it (layout.ts, `@skytally/text`). */
  lineBullets: true,
  /** "…71 of which were downed, while 44 decoy drones fell in open ground": "fell" before a place is the count's own verb (never a participle modifying it), so the count does not take the interception verb before it. */
  fellOwnVerb: true,
  /** "downs 9 of Iran's Shahed drones": any capitalised name's possessive before threats owns the set (as "Russia's" does), so the count takes the set's weapon. */
  namedOwner: true,
  /** "shot down 15 of the drones and jammed another seven electronically.": a bare count closed by an adverb of manner ("electronically", "successfully", "respectively") is a count of the threats before it. */
  bareAdverb: true,
  /** "two drones were shot down over the Kremlin": the Kremlin after a preposition of place is Moscow city (elsewhere it speaks for Moscow). */
  kremlinPlace: true,
  /** "two drones flying at Putin's Kremlin residence had been shot down": a course at the Kremlin names it as a place too (Moscow city). */
  kremlinCourse: true,
  /** "at least four drones, every one of which was shot down or jammed": "every one / each of which" is a relative clause on the count, as "all of which" is; its verb governs. */
  everyOneOfWhich: true,
  /** "In May, Ukraine shot down four Russian warplanes": a capitalised "May" before the verb is the month, not a hedge. */
  mayMonth: true,
  /** "an enemy Su34 fighter-bomber", "a Su25 and a Su35": an aircraft designator with its number glued, no hyphen, is an aircraft type as "Su-34" is. */
  gluedDesignator: true,
  /** "…were intercepted above Sevastopol; four or five civilians died there": a bare count whose range ends on a noun that is no threat counts something else. */
  rangeOfOther: true,
  /** "the defenders shot down on average four out of five incoming missiles", "an average of 40 drones a night": a rate, not a count. */
  averageRate: true,
  /** "claiming its air defences had stopped every drone but four": the number after "every / all <noun> but" is the exception to a whole, not a count. */
  everyBut: true,
  /** "twenty cruise missiles were launched from the Murmansk region and the Caspian region, and 17 of them were intercepted": every place of a list after "from" is an origin, not where the threats were stopped. */
  fromList: true,
  /** "destroyed 21 of the drones, but two of them hit the administrative building": a part of a set ("N of them") right before an active verb is its subject, as a bare number is. */
  partSubject: true,
  /** "15 Shahed UAVs sent by the Russian army via Crimea had been destroyed": a place after "via" is the threats' route, not where they were stopped. */
  viaRoute: true,
  /** "downed 17 drones in Kursk, one in each of Bryansk and Lipetsk, and another aircraft in Oryol": "another aircraft" after drones counted in its sentence is one more of those drones. */
  anotherAircraft: true,
  /** "over the Borovsk, Zhukov, Kirov, Mosalsk and Spas-Demensk districts": a list of districts lies in the region most of its names resolve to; a name that is a city elsewhere (Kirov) is not that other region. */
  districtList: true,
  /** "over the southern part of the region", "in the region's airspace": a part of "the region" is the region named before, as "over the region" is; and for "the region" or "there", the region the count's own sentence names as the speaker's ("governor of X", "the X regional administration") comes first. */
  regionPart: true,
  /** "between Tuesday night and Wednesday morning", "from Friday evening to Saturday morning": one night told by its evening and its morning ends on the later day, as "the night from Tuesday to Wednesday" does. */
  eveningToMorning: true,
  /** "last night" in a report stamped in the day (before 21:00 UTC, midnight in Kyiv and Moscow; noon too) is the night that ended that morning: the report day (before, only in a morning report; a stamp with no hour still reads the day before). */
  lastNightEnds: true,
  /** "said on 30/4", "at 1:20 on 11/9", "on 31/12/2025": a day and month joined by a slash after "on" is the date (day first, or month first when only that reads, or when nearer the report). */
  slashDate: true,
  /** "at about 1:50 a.m. (local time, GMT+3)": the number of a time zone's offset is no count. */
  timeZoneOffset: true,
  /** "one Kh- 59 guided air missile": a model's hyphen glued to its name with a space before the number is the model, no count. */
  spacedHyphenModel: true,
  /** "two in Kaluga, near Moscow": a place after another place, a comma and "near" says where the first one is, as "close to" does. */
  nearAfterPlace: true,
  /** "…since February 2022, when the operation began. He said that since then the army has destroyed 407 aircraft": "since then" takes the span a sentence just before opened; over a month, a cumulative tally. */
  sinceThen: true,
  /** "intercepted all of Russia's drones", "all of the missiles were destroyed": the whole set named before, as "all the drones". */
  allOfThe: true,
  /** "The Polish air force, assisted by NATO aircraft, managed to intercept at least four of them": NATO's, allied or friendly aircraft are the defenders', never the threats "of them" counts. */
  defenderAircraft: true,
  /** "Russia launched 34 drones. … the capital came under several waves of drones, but they had all been shot down": "all" is the unnumbered set its own sentence names, not a numbered set before it. */
  vagueSetFirst: true,
  /** "Kyiv, for its part, says its forces destroyed 51 drones. The air force said a further 17 drones were jammed": a count told as more of the same ("a further", "another", "also") with no side of its own takes the side of the claim in the sentence just before, before the article's attacker. */
  previousSentenceSide: true,
  /** "the air force intercepted 9 of Russia's drones": a country's possessive on the threats right after the count is their origin (the defender is the other side), not a place. */
  ownerOrigin: true,
  /** "The Moscow region came under a massive drone attack: according to the ministry, 24 drones were shot down": a count with no place after a colon is at the one place the part before it tells an attack on, as after a sentence telling it. */
  colonTarget: true,
  /** "Almost half of the drones, 45 in all, were destroyed over the Black Sea": a count's apposition closed after "in all / in total / altogether" takes the verb after it, as ", 45," does. */
  inAllApposition: true,
  /** "164 helicopters have been destroyed over the whole of the special operation", "during the conflict": two or more over the whole war, told by its Russian name or as "the conflict", are a tally. */
  operationTally: true,
  /** "The drones were eliminated by air defence. Six aircraft were intercepted over the Bryansk region": a plain "aircraft" right after a sentence telling drones downed, in an article naming no crewed type, is those drones told again. */
  aircraftAfterDrones: true,
  /** "32 drones sent against several Russian regions, Crimea among them": one region named of an unnamed set of regions is a partial list, country scope. */
  someRegionsAmong: true,
  /** "two drones over the Black Sea off Crimea and in the Kursk region": the land after a sea and "off" says where the sea is, no place of the count. */
  seaOffPlace: true,
  /** "Two drones that tried to strike the south-western Bryansk and Kursk regions were brought down": a course clause of up to 14 words (10 before) is read past to the count's own passive. */
  longCourse: true,
  /** "27 drones shot down in the Leningrad region, to which St Petersburg belongs": a place a relative clause says the one before holds is no place of the count. */
  whichPlace: true,
  /** "brought down one fighter-bomber": a hyphenated compound of two heads of one weapon is that weapon's head (a compound with another word stays a modifier: "aircraft-type drones"). */
  compoundHead: true,
  /** "The mayor of Lviv said … Officials in Odesa said air defences shot down 19 missiles": officials named by their place speak for that place, not the official before. */
  otherOfficials: true,
  /** "A rocket … was also stopped near Kamenka": a passive "stopped" with one adverb after its auxiliary ("also", "later", "all", "successfully"), a threat (or a phrase on one) its subject. */
  adverbStopped: true,
  /** "Russia's air raid on Kyiv … downed 25 cruise missiles as they neared the capital": "the capital" is the one capital its sentence names as an attack's target before the count (and no other capital), before the claimant's side. */
  capitalInSentence: true,
  /** "…destroyed an unmanned reconnaissance aircraft over the same region": the region named before, as "over the region" is (not "the same region as"). */
  sameRegion: true,
  /** "seven drones had tried to attack, three being shot down over Moscow and the other four over Bryansk": a bare count before "being" and a participle of downing in the air (shot / brought / knocked down, downed, intercepted, neutralised, jammed, suppressed) is a count. */
  beingDowned: true,
  /** "five drones that had attacked the Russian capital were destroyed": a relative clause of the threats' target, in the active past, is read past to the count's own passive verb. */
  attackRelative: true,
  /** "Kyiv downs a Russian warplane": a capital opening a sentence with a present-tense downing is the government acting, no place (not when the sentence says city, capital, Kremlin or mayor). */
  capitalDowns: true,
  /** "Russia once again launched a drone offensive against Ukraine": the article's attacker also with "again", "once again" or "overnight" before its verb. */
  attackerAdverb: true,
  /** "the Neptune-MD cruise missile was destroyed", 'the "Neptune" anti-ship missile': a model's hyphenated or quoted name is one word of a definite singular's phrase. */
  definiteHyphenModel: true,
  /** "…downs 92 drones and a missile" … "the Neptune-MD cruise missile was destroyed over the Sea of Azov": a placed definite singular gives its place to the unplaced single of its side the headline and lede told, up to eight sentences before (not an added single), and that place is the single's own. */
  definitePlacesSingle: true,
  /** "Russian forces repelled nine attacks on four front sectors": "attacks" after a number is a plural noun, not a verb of a bare count. */
  attackNounAfterCount: true,
  /** "destroyed two Ukrainian HIMARS and MLRS rocket launchers": MLRS names coordinated before a launcher noun (with no verb of its own) modify it; no count of threats. */
  coordinatedLaunchers: true,
  /** "6 missiles that the Russians aimed at the Ternopil region … were destroyed": an object relative clause of aiming (and "the Russians" as its subject) is read past to the count's own verb, up to 24 words and not past a verb of its own, ", and" or "where". */
  relativeAimed: true,
  /** "…, as Moscow has stepped up its strikes on its neighbour": a capital that steps up or intensifies (not after a preposition) is the government, no place. */
  capitalEscalates: true,
  /** "1. Volgograd: 18 drones shot down / 3. Ulyanovsk: 3 drones": a numbered list's verbless item goes on with the items before it, as a bulleted one does, with their weapon and side and no airfield. */
  numberedItems: true,
  /** "Russia fired 23 missiles and 428 drones … air defence shot down all the missiles": "all the" + a weapon is the set of that weapon, not the largest set (one count of it in the list, no exception after). */
  allOfWeapon: true,
  /** "shot down 2 Storm Shadow missiles, 6 HIMARS rockets and 67 unmanned aerial vehicles": aerial vehicles are no ground equipment of a war-loss tally. */
  aerialVehicles: true,
  /** "over the Belgorod (five unmanned aerial vehicles), Voronezh (three unmanned aerial vehicles) … regions": a bracketed count with the drones' long name, as with "(five drones)". */
  bracketedLongName: true,
  /** "downed 12 attack unmanned aerial vehicles and three cruise missiles": a modifier before the drones' long name is no verb of the count after it, as before "drones". */
  longNameHeads: true,
  /** "Kyiv's drones, 15 of them, were shot down", "Kiev's attack with 5 missiles was repelled": a capital's possessive before its side's threats or attack is the government, no place. */
  capitalPossessive: true,
  /** "six drones had been destroyed and four more shot down over the Voronezh region": a parallel count's two-word participle, as "four more intercepted over …". */
  parallelShotDown: true,
  /** "the head of the LPR specified that Kiev had fired 11 missiles at Luhansk": the article's attacker also in the older spelling. */
  kievSpelling: true,
  /** "had destroyed a total of 18 drones launched by Russia overnight": a total right after a verb of downing (adverbials between) is the count, not the launched set a part is taken from ("20 out of a total of 25 drones launched", "20 drones from a total of 25 launched" still are). */
  totalLaunched: true,
  /** "debris from a downed drone set fire to …", "wreckage from a drone that was shot down": "from" after debris, wreckage or fragments tells what they came from, as "of" does, when its downing is told within a few words; not an instrument ("an attack from a drone"). */
  debrisFrom: true,
  /** "debris of a downed drone set fire to a building": "set / started / sparked fire" is the clause's verb and its object, not a noun ("fire") the singular weapon modifies. */
  setFireVerb: true,
  /** "strikes on Ukraine, whose air defences brought down 116 drones": a country with a relative on its defences or military is the defender, as with its possessive. */
  whoseDefences: true,
  /** "shot down 334 drones, 93 of which fell in the Moscow region": a part of a set just claimed that fell over a named place was downed there. */
  partFellAt: true,
  /** "aimed at both civilian and military targets", "both drones and missiles": "both" before a coordination is the conjunction's, no count of two. */
  bothCorrelative: true,
  /** "14 were brought down by Kiev's defence forces": a capital's possessive on national forces (defence forces, army, military, ministry) is the government as the defender, not the city's own air defence (unless the sentence is about the city: "the city military administration said"). */
  capitalNationalForces: true,
  /** "20 over Kursk, 18 over Bryansk and the rest over other regions": a remainder over unnamed places is already in the total, no claim of its own. */
  restElsewhere: true,
  /** "the destruction of two HIMARS multiple rocket launchers": an MLRS name before a launcher noun is the launcher's name, ground equipment, not its rockets (unless downed in the air, over a place or intercepted, where translations name the rockets so). */
  mlrsLauncherHead: true,
  /** "a Ukrainian missile brought the helicopter down": in a split "brought … down" the object follows the verb, so the count before it is its subject, not a threat downed. */
  splitDownObject: true,
  /** "destroyed a Russian surveillance aircraft above the Sea of Azov": "above" right after the aircraft's phrase puts it in the air, as "over" does (not "in a field above Zaporizhzhia"). */
  aboveAirContext: true,
  /** "five aircraft-type unmanned aircraft", "four Orlan-10 unmanned aircraft": "unmanned" right before an aircraft head makes a drone, whatever modifier or type name came before it. */
  uncrewedAircraft: true,
  /** "Two Pantsir systems shot nine drones down on the approach to Moscow": a number word inside a noun phrase starts another count. */
  numberEndsPhrase: true,
  /** "shot down a Russian A-50", "three UJ-22s", "two KN-23s", "a Tu-141": type designators as heads, with the weapon their type is (an A-50 an aircraft, a UJ-22 or Tu-141 a drone, a KN-23 or X-59 a missile). */
  modelNames: true,
  /** "shot down six unmanned aerial systems": "unmanned aerial system(s)" is a drone, as "unmanned aerial vehicle(s)" is. */
  aerialSystems: true,
  /** "six Kalibr rockets", "Kh-59 rockets", "cruise rockets": a missile's type or kind before a generic "rocket(s)" is a missile (translations write missiles so), as an MLRS name before "missiles" is a rocket. */
  missileTypeRockets: true,
  /** "shot down 4,260 drones in December", "has to date shot down 320", "320 since September": two or more over a named month (no day), to date, or since a month, are a tally of a month or longer, as "during March" and "in March 2024" are. */
  monthTally: true,
  /** "one hundred and twenty drones over the Kursk region": the "and" inside a number written out does not cut the count from its place. */
  hundredAnd: true,
  /** "40 drones and all the missiles were shot down": a coordinated "all (of) the <threats>" after a count is read past to the verb they share. */
  allTheCoordinated: true,
  /** "Denis Pushilin, the Russian-installed head of Donetsk, said", "…, the pro-Moscow leader of Luhansk", "…, the governor for Moscow": the official speaks for the place the title is of. */
  appointedOfficial: true,
  /** "the Kyiv governor", "Andrei Volkov, the governor for Moscow": a governor of Moscow or Kyiv governs the oblast (the city has a mayor). */
  capitalGovernor: true,
  /** "…, accusing Kyiv of a terrorist act", "blaming Moscow for the strike", "where Kyiv has been waging an offensive": a capital accused, or waging war, is its government, not a place. */
  capitalAccused: true,
  /** "…drones heading for Moscow and brought down nearly 150 more over other regions", "seven near the capital and another 14 in neighbouring regions": a vague place right after a count is its own, country scope, whatever the clause named before. */
  ownVaguePlace: true,
  /** "The Russian military hit 22 UAVs in the Samara region": the military or army as the subject of an active "hit" of drones or missiles downs them, as "air defences hit" does. */
  militaryHit: true,
  /** "15 drones, 14 of them Shaheds, were shot down", "…, most of them Shaheds, …", "(12 of them Shaheds)": an aside telling what the threats were is read past to the count's own verb, as an ", including …," aside is. */
  typeAside: true,
  /** "12 were destroyed by air defence and another two by mobile fire groups": a bare count with the interceptor its gapped verb had ("by the National Guard", "by electronic warfare") is a count of the threats before. */
  bareByAgent: true,
  /** "nine drones, by preliminary information, were shot down", "…, reportedly, …": a hedge between commas is read past to the count's own verb, as ", the ministry said," is. */
  hedgeAside: true,
  /** "roughly a score of enemy drones": "a score of" is twenty, a count only with a weapon noun. */
  aScoreOf: true,
  /** "33 drones over Russian regions, nearly half of them over the Bryansk region", "…, about a third of them over Kursk": a hedged or fractional share's place is the share's, not the total's, as ", half of them over …" is. */
  fractionShare: true,
  /** "four UAVs attacking the city had been brought down", "drones targeting Kyiv were shot down": a present participle of the attack after the count modifies it, read past to the count's own passive verb. */
  attackingModifier: true,
  /** "destroyed four drones, two missiles and a Tochka-U missile over the Belgorod region": the place after a list of counts of different weapons, the sentence's last, is every item's, not only the last two's; a part after the list ("…, including 20 drones over Kharkiv", "…, 7 of them over Bryansk") is no item of it. */
  listSharesPlace: true,
  /** "Zelensky said Kyiv had shot down four Russian aircraft", "Moscow shot down 20 drones, the ministry said": a capital as the subject of a past downing is the government, not a place, as "Kyiv downs" opening a headline is (not when the sentence speaks of the city, its mayor, the capital, a city office or administration, or names the capital's known official). */
  capitalShotDown: true,
  /** "downed 14 drones over Crimea and more over the Russian regions of Belgorod and Kursk", "and several more in the Kaluga region": a vague further count's place is its own, not the count's before, when that count has a place of its own. */
  vagueMoreClause: true,
  /** "One of the drones, manoeuvring among residential blocks in Odesa, struck a nine-storey building", "133 of them have since reached their destinations": a partitive whose own clause has it strike, reach its target or suffer another fate is no part of the downing before. */
  partStruck: true,
  /** "22 aircraft had been shot down" in an article another of whose sentences tells drones downed, and that names no crewed type, pilots, choppers or airliners: a plain "aircraft" is the drones (as right after such a sentence); not beside a drone count of its own sentence. */
  aircraftInDroneArticle: true,
  /** "24 drones that had Russian territory as their target were destroyed", "drones which had been aimed at Moscow were shot down": a relative clause right after the count, its own verb first, is read past to the count's own passive verb. */
  relativeModifier: true,
  /** "Governor Igor Morin of the Voronezh region said …", "Mayor Ivan Sokol of Kharkiv": the place after a governor's or mayor's title and name is theirs, as before the title. */
  titleNameOfPlace: true,
  /** "Russian forces launched 80 drones overnight. … Air defences shot down 60 of them": a side's forces launching or firing a count of threats tell the article's attacker, as "Russia launched" does (the other side defends). */
  demonymAttacker: true,
  /** "126 enemy unmanned craft of the aircraft type", "two Orlan reconnaissance craft": a "craft" a drone's modifier names is a drone, not a generic head that takes its weapon from the context. */
  uncrewedCraft: true,
  /** "Two Gripen jets shot down drones", "Four mobile fire groups destroyed Shahed drones": a count before an active downing verb that has a threat as its object counts the shooters, not a claim (a bare plural object; a verb after a plural noun that names no threat ends the counted phrase). */
  countedShooters: true,
  /** "28 drones over the Smolensk, Kaluga and Tver regions: 15 over Smolensk, 8 over Kaluga and 5 over Tver": a count after a colon with a place of its own is at that place, not at the list of places before the colon (a label only when the count has no place after it). */
  ownPlaceOverLabel: true,
  /** "over the past 100 days", "during the summer", "between January and June", "since their introduction", "Since January 1, …": a span of a month or more told without a month's or a year's name makes the count a tally, in the count's own phrase or as the opener of its clause (not after a superlative or "first", not in another clause). */
  periodSpans: true,
  /** Counts in sentences that report no event: a rate ("8 out of every 10", "nine in ten", "On average, …"), a yes/no question or a counterfactual ("Had 40 drones been shot down …, residents would …"), a count inside a denied clause ("denied that 20 drones …") or a report called false ("The report that 30 drones … was false"), unexploded threats made safe, jets intercepting (escorting) aircraft, a general statement about a single threat ("A drone shot down over Moscow can close …"). */
  notReports: true,
  /** "Russian air defences intercepted six drones. Three were over the Bryansk region and three over the Kursk region": a sentence opening on a bare count that "was / were over / above / across" a named place, right after a claim, breaks that claim down (not "in": "Two were in Shebekino" tells people). */
  copularPlaced: true,
  /** "Over the Caspian Sea, air defences shot down two drones flying towards Dagestan": the place an opening "Over / Above / Across / Off …" names, not the course's target, when the count's only place after it is that course (claims.md, edge case 11; not "In Kyiv, Zelensky said …"). */
  introOverCourse: true,
  /** "Ukraine admitted that 20 of its drones had been shot down", "two of their cruise missiles": a part of a set named with its owner's pronoun and no number takes the set's weapon. */
  pronounSetPartitive: true,
  /** "3 dozen drones", "2 dozen missiles": digits before "dozen" are dozens, as "three dozen" is. */
  digitDozen: true,
  /** "over the right bank of the Dnipro river", "across the Dnieper", "on the left bank of the Dnipro": the river is not the city of Dnipro. */
  riverNotCity: true,
  /** "destroying 15 Shaheds prepared for launch", "nine Kalibr missiles were destroyed aboard the ship", "destroyed 20 drones before they could be launched", "… and 20 Shahed drones stored there": threats destroyed before they were airborne (claims.md, edge case 7). */
  storedThreats: true,
  /** "The governor of the southern Mykolaiv region said … 12 drones over his region": "his / her / their (own) region" is the speaker's region named as theirs earlier in the sentence (an unnamed one stays country scope). */
  speakersOwnRegion: true,
  /** "KYIV (Reuters) – Ukraine's air force said it had shot down all 33 drones …": a dateline opening a restatement is where the story was filed, not a place that restatement gives the claim before. */
  restatedDateline: true,
  /** "Of these, 29 were flying illegally over the Belgorod region": a part of the claim before, told where it flew ("were flying over"), is placed there as "were over" is. */
  flyingOverPart: true,
  /** "The enemy attacked with 112 Shahed-type UAVs … 74 drones were shot down in the north, south and east of the country": when nothing names a side, the types of threat only one side of this war fires tell the defender (not with both kinds named, nor in an article about another war). */
  typesTellSide: true,
  /** "The governor of the central Cherkasy region said …", "the mayor of Ukraine's southern Odesa region": a compass or border word between an official's title and their place keeps the place the title's (the claimant and the region they speak for). */
  compassInTitle: true,
  /** "17 UAVs were hit by the air force in the Kyiv … regions", "hit by Ukraine's air force": the air force as the agent of a passive "hit" is the air defence (Ukraine's reports name it so). */
  airForceHit: true,
  /** "the Air Defence Force defeated about 17 UAVs": "defeated" with a count of threats as its object, as translations of Ukrainian reports write a downing. */
  defeatedThreats: true,
  /** "Some 428 drones were used against the capital … the air force intercepted 403 of the 428": a set sent at "the capital" unnamed places its parts at the defender's capital, not at Moscow (the gazetteer's default for an unnamed capital). */
  genericCapitalTarget: true,
  /** "The attack on Ukrainian territory coincided with the downing of 55 drones over Russia": a demonym's territory after an attack noun is the raid's target, which gives way to a place that tells where the count was stopped. */
  raidOnDemonym: true,
  /** "shot down by the air defence forces of the Russian defence ministry": defences "of the" demonym are that side's (an aircraft "of the Ukrainian Air Force" is still its owner's). */
  defencesOfDemonym: true,
  /** "Russia launched 30 drones at Kyiv overnight. Air defence shot down 25 drones approaching the capital": an unnamed capital is the attacked side's, when the article names who attacked. */
  capitalOfAttacked: true,
  /** "We have intercepted and destroyed more than 620 Shahed drones" over the body's "since September last year … over 620 Shahed drones": a count the article tells elsewhere as a tally over a month or longer is that tally, not a claim, unless its own sentence names a day or a night. */
  tallyRestated: true,
  /** "Kyiv denies Russia shot down four Ukrainian jets", "Moscow rejects Ukraine's claim it downed two helicopters", "refutes Russian report that …", "The claim that … was dismissed by Moscow as fiction", "Reports about a Russian jet shot down … are untrue": denials without "that", with other verbs of denial, and reports called false after "about". */
  denialForms: true,
  /** "Kyiv denies Russia's claims, saying its air defence shot down 12 drones over Kyiv": a count in a clause of its own after a denial (", saying", ", but", "; ") is the denier's report, not the report denied. */
  denialClauseOnly: true,
  /** "Information about a Russian jet shot down …", "The mayor wrote about a drone shot down over Odesa": "about" before the article "a" is the preposition, not the qualifier of "about one". */
  aboutAnArticle: true,
  /** "Around 200 Shaheds stored in the hangars were destroyed", "Ten Shahed drones awaiting launch were destroyed": threats stored or readied, told between the count and its passive verb, were never in the air (claims.md, edge case 7). */
  storedBeforeVerb: true,
  /** "Over the course of the war, Ukraine says it has destroyed 174 cruise missiles": a sentence that opens on the whole war tells a tally, as "During the war," does. */
  courseOpener: true,
  /** "Vyacheslav Gladkov, who governs the Belgorod region, said two drones had been shot down", "…, who is mayor of Kyiv,": an official's office told in a relative clause after their name places their claims as "…, the governor of the Belgorod region," does. */
  whoGovernsPlace: true,
  /** "Russia launched 44 air attack assets: 28 missiles and 16 drones. Every one of the missiles was shot down": "every one of the" and a noun downs the set that noun names, not the largest set before. */
  everyOneOfNoun: true,
  /** "Four missiles fired from a Czech-made RM-70 Vampire multiple rocket launcher": the pieces of hyphened words and model numbers between a count and an MLRS type do not use up the words the type is looked for in. */
  mlrsReach: true,
  /** "Ukraine says it shot down seven missiles fired by Tu-95 bombers from somewhere near the Caspian Sea": a place after "from somewhere near / around / in" is where the threats came from, as after "from near". */
  fromSomewhere: true,
  /** "Air defence destroyed seven drones over the Sumy region. Five of the drones were shot down by the East Air Command": one share of the placed claim just before, told in the next sentence with "of them" or "of the drones" and no place of its own, is over the claim's places. */
  partitivePartPlace: true,
  /** "Ten drones hit six locations, while debris of downed drones fell in three others": "N others" after a preposition of place counts places, not threats. */
  placeOthers: true,
  /** "one drone was destroyed in the Kherson region, four aircraft in the Mykolaiv region and seven drones in the Odesa region": a plain "aircraft" item between a drone count and a count of drones or of no noun, in an article naming no crewed type, is drones. */
  aircraftInDroneList: true,
  /** "Six Storm Shadow missiles shot down - Moscow", "Four drones shot down – Kyiv", "…, says Moscow", "…, Moscow says": a capital after a dash or a comma that ends a headline is the government saying it, not where the threats were stopped. */
  headlineDashSource: true,
  /** "Sobyanin said another drone flying towards Moscow had been shot down, bringing the total to 21": a running total an official of one city or region tells is over the place of the claim it adds up, just before it, when it names none of its own (a ministry's stays country scope). */
  runningTotalPlace: true,
  /** "Air defences shot down five drones. One of the drones blew up in a village": a part that "blew up" met another fate than the downing, as one that "exploded" did. */
  partBlewUp: true,
  /** "Russia's Defence Ministry reported 45 drones destroyed, 39 of them in three regions bordering Ukraine": a part "of them" counts the threats, and the regions after it are where (not "over three of the border regions", which counts places). */
  partInRegions: true,
  /** "Air defences brought down a missile fired in the direction of the Crimean Bridge, over the Sea of Azov": "in the direction of" a place is the threat's course, as "towards" it is, which gives way to where it was stopped. */
  directionOfTarget: true,
  /** "…about 14 drones were shot down over Kyiv. 'Air defence destroyed almost 14 aerial targets,' he wrote": a count of threats of no named kind, within two sentences of the same count of a named kind in the same country and at the same places or none, is that statement told again. */
  unknownRestated: true,
  /** "…shot down three Kalibr cruise missiles. The missiles were fired from a ship in the Black Sea and were aimed at Odesa Oblast": the set told again in the next sentence with its target, and no place of its own, is placed at the target (claims.md, edge case 11). */
  aimedRestated: true,
  /** "Moscow has declared a truce from 8 May … Air defences destroyed 21 drones over the Bryansk region", published 6 May: a date written in an earlier sentence that lies after the day after the article's publication (a day's grace for time zones) never dates an undated claim (it is counted on the publication day). */
  futureDateNotInherited: true,
  /** "Air defences destroyed 34 of 40 cruise missiles launched overnight from nine strategic bombers", "fired by 11 Tu-95 bombers": a count of aircraft the threats were launched from is no claim. */
  launchPlatform: true,
  /** "…six drones in four Russian regions early this morning, three of which do not border Ukraine": a part "of which" after a phrase of regions, saying what the regions do, counts regions. */
  partOfPlaces: true,
  /** "Air defences repelled the attacks in all of the regions except two", "in every region except for three": a count after "except (for)" that the verb before leaves out, among places, is no claim. */
  exceptCount: true,
  /** "14 uncrewed boats and 4 landing craft destroyed in the Black Sea": a count whose head names a vessel is no aerial threat, whatever crews it. */
  vesselHead: true,
  /** "Six Storm Shadow missiles shot down - Moscow\n\nYou are here\n\nSix Storm Shadow missiles shot down - Moscow | 16 May 2023 | …": a later sentence that opens with the first line again reads its capital as the first line does (rule headlineDashSource). */
  headlineRepeatedSource: true,
  /** "Air defences brought down 343 drones in what appears to be the largest drone attack": no verb of the count is looked for past "in what". */
  inWhatClause: true,
  /** "Kyiv tried to attack Crimea with 38 drones. Of these, … the other 9 were shot down": a capital that launches is the government, not a target the set's parts are placed at. */
  capitalLaunches: true,
  /** "Kyiv tried to attack Crimea with 38 drones. Of these, … the other 9 were shot down": the place an attempt to attack names is the set's target. */
  toAttackTarget: true,
  /** "Air defence was at work in the Cherkasy region … Over our territory, 27 Russian UAVs were neutralised": "our territory", "our skies" is the region named just before, as "our region" is. */
  ourTerritory: true,
  /** "…foiled an attack with RM-70 Vampire multiple rocket launchers. It confirmed that 11 projectiles had been destroyed": projectiles or shells after an MLRS named in their sentence or the one before are rockets. */
  mlrsBefore: true,
  /** "Kyiv rejects Russian claim of downing four Ukrainian jets", "the kamikaze drones Moscow is said to use against Ukraine": a capital that disputes a report or is said to use arms is the government, not a place. */
  capitalDisputes: true,
  /** "Dutch F-35 jets brought down Russian drones over Poland, leading to the activation of NATO's Article 4": a capitalised label's number (Article, Flight, Resolution, Unit …) names one, it counts nothing. */
  labelNumber: true,
  /** "Air defence brought down four drones over Crimea, one in the north-west and three over its western part": a part of a placed total, in its sentence, at a compass point only is in the total's places. */
  compassPartOfTotal: true,
  /** "So if earlier, out of eight or fourteen missiles only half were brought down": a set after "out of" or "of the", whose share told by no number ("half", "most") was downed, is no claim. */
  shareOfSet: true,
  /** "73 of the 108 drones were shot down, although the military could not prevent 35 hits at 14 locations", "6 hits were recorded": a number before "hits" or "strikes" followed by a preposition, an auxiliary or a stop counts hits, not threats. */
  hitsNoun: true,
  /** "Kyiv says its forces destroyed 14 drones during the night as Moscow went after sites around Ukraine": a capital as the subject of a verb of the war it wages is the government. */
  capitalSubjectVerb: true,
  /** "…including 77 over the Crimean peninsula, annexed by Moscow in 2014": a capital that annexed or holds land is the government. */
  annexedByCapital: true,
  /** "Yurii Savchuk, head of the Odesa regional military administration, described the attack. … Savchuk said. Air defence destroyed 19 Shaheds.": the speaker of the sentence before, named there by surname, speaks for the place they were introduced with. */
  speakerIntroducedBefore: true,
  /** "over the Belgorod, Bryansk, Krasnodar Krai, Novgorod and Rostov regions": a town's name before a region is one more item of a list that goes on after the region, not a town in that region. */
  listNotApposition: true,
  /** "Three drones were downed over the Kirov region; two others came down on the depot site and burned", "…, and two others crashed into the depot": "crashed" and "came down" after a count are its own fate, not a participle. */
  crashedOwnVerb: true,
  /** "Twelve Ukrainian drones went for the Russian capital Moscow … The other eight were hit": a set on its course to one place is sent there, as an attack's set is. */
  courseSet: true,
  /** "Ukraine fired three missiles at Crimea. According to the ministry, the missiles were destroyed above the Dzhankoi area": the set's noun with "the", no "all", downs the whole set of the launch sentence just before. */
  definitePluralSet: true,
  /** "About 40 drones attacked Kyiv. The air force said it downed 35 drones across the country": a count told over a wider area than the set's target is not placed there. */
  widerThanSetTarget: true,
  /** "Six ATACMS missiles had been used against Sevastopol. Air defence intercepted five of them": a set "used against" or "aimed at" a place is a set sent there, as an attack's is. */
  usedAgainstSet: true,
  /** "Belarus said it had shot down a Ukrainian anti-aircraft missile over its territory": a demonym inside the count's own phrase is the threat's side, never the defender's. */
  threatsOwnDemonym: true,
  /** "Three of these missiles were shot down by the Ukrainian defences": "defences" alone after "by the" and a demonym is that side's air defence. */
  bareDefences: true,
  /** "…downed 186 drones and 16 missiles, but hits from 10 missiles and 26 drones were recorded at nine locations": counts after "hits from / by / of" got through; they and the items after them do not take the interception verb before them. */
  hitsRecorded: true,
  /** "Tehran's downing in 2020 of a Ukrainian passenger plane", "shot down two airliners": a civilian aircraft is no aerial threat, and its downing no interception claim. */
  civilianAircraft: true,
  /** "at least six fighter planes at the base had been neutralised", "Thirty enemy helicopters were neutralised, together with manpower and equipment": "neutralised" aircraft are read as "destroyed" ones are, so the same tests of a loss on the ground apply (drones "neutralised in the area of the airfield" stay a downing); "patrol boats were neutralised by fire from two drones" names no threat downed. */
  neutralisedAsDestroyed: true,
  /** "…brought down every one of the 31 Russian drones. '…assets brought down all enemy drones in the Kyiv, Poltava … regions'": a restatement of the count before places it with any verb of a downing, not only "shot down" or "destroyed". */
  restatementVerbs: true,
  /** "Russian drone brought down over Kyiv region", "Enemy bomber neutralised near Kupiansk": a headline's singular threat without its article is one with every participle of a downing, as with "shot down". */
  headlineVerbs: true,
  /** "A total of 47 drones launched by Ukraine were destroyed over …": a total whose "launched" only modifies the threats, before the passive downing it is the subject of, is the count downed, not a set launched. */
  totalLaunchedSubject: true,
  /** "…the Ukrainian air force said. 22 drones launched by Ukraine destroyed": a side named after "launched / fired / sent by" is the threats' own, as a demonym before them is ("22 Ukrainian drones"). */
  launchedByOrigin: true,
  /** "— forty-seven UAVs over the territory of the Belgorod region;": a list line or a listed count whose number is a ten or a teen in words is read as one in digits or a small number word is. */
  tensInLists: true,
  /** "Russia launched 60 drones, more than 45 of which Ukraine's air defences shot down over the capital": a country's possessive on its defences tells whose capital "the capital" is, as "Ukrainian air defences" does. */
  possessiveDefences: true,
  /** "Alexander Drozdov, governor of the region of Leningrad, said …", "launched from the region of Murmansk": "the region of X", as translations from French, Spanish or Italian write it, is read as "the X region" in an official's title and after an origin's "from". */
  regionOfPlace: true,
  /** "MOSCOW (Reuters) - Residents of the Bryansk region were woken … The governor said three drones had been shot down over the region": a capital's dateline (Moscow, Kyiv, Minsk) is where a bureau filed the story, not a region the text names before "the region"; a regional city's dateline ("KHARKIV (AP) —") still is one. */
  datelineNotScene: true,
  /** "KYIV, March 3 (Reuters) - In February, interceptor drones … destroyed over 1,400": a wire dateline opening a line is a sentence of its own, so the sentence after it opens on its own first word for every rule that reads an opening. */
  datelineSentence: true,
  /** "Patriot launchers behind a soldier during a drill at Warsaw's Babice Airport": "launcher" is a weapon, not a word of an attack, so the sentence tells no attack on the place after "at" (a later unplaced count is not put there). */
  launcherNotAttack: true,
  /** "intercepted a salvo … aimed at the capital Kyiv. All 19 projectiles were destroyed": a course set at one place tells the attack that places a later count. */
  aimedAtTarget: true,
  /** 'he said the defences had "repelled an attack by six drones"': the defences as the subject of repelling an attack's size make it a claim, as air defence does. */
  defencesRepelled: true,
  /** "The UAE Ministry of Defence says its air defences intercepted 198 drones", "Pakistan had claimed that it shot down 48 Indian drones": the Gulf states, India and Pakistan, Armenia and Azerbaijan name other wars too, whose counts are not this one's (an article that mentions Ukraine elsewhere does not make them Ukraine's), in a sentence that names none of this war's places or sides ("the prisoner swap, mediated by the UAE, came hours after Russia launched 100 drones" is this war's). */
  moreOtherWars: true,
  /** "The UAE Ministry of Defence says its air defences intercepted 198 drones and destroyed 136 of the 170 ballistic missiles": a later clause of a sentence set in another war before its count, naming no place or side of its own, is set in that war too (not in a sentence that names this war's places or sides: "Russia attacked the Izmail port across the Danube from Romania with 30 drones, of which 20 were shot down"). */
  otherWarClause: true,
  /** "The Russian ministry said it had shot down 12 drones launched from the Sumy region": a place the threats were launched from is the attacker's, so when nothing else tells the side, the defender is the other side, not the country of that place (an occupied place, "launched from Donetsk", tells no side). */
  originSide: true,
  /** "37 drones launched by Ukraine and 5 tactical missiles had been destroyed over five Russian regions": who launched the first item of a list of counts does not break the list, whose items share its place. */
  launcherInList: true,
  /** "Moscow reported the interception of more than 200 drones launched by Ukraine": the count after a downing noun and "of" is what was downed, not a set launched that a part is taken from. */
  downingOfLaunched: true,
  /** "22 UAVs belonging to the Armed Forces of Ukraine had been destroyed", "three reconnaissance drones, which have been shot down": a passive in the perfect is read wherever the simple one is ("were destroyed", "which were shot down"), as far after the count. */
  perfectPassive: true,
  /** "27 of the 27 attack drones the occupier sent this time have been shot down": "the occupier", "the aggressor", "the Kremlin", "the Kyiv regime" as the subject of an object relative clause, as "the occupiers" and "Russia" were. */
  relativeSubjectNouns: true,
  /** "The SBU says over 40 aircraft were destroyed": "over" before a number is a quantity, not a place in the air, so the aircraft are still a loss on the ground unless the text puts them in the air. */
  overQuantity: true,
  /** "the Air Defence Force defeated roughly 17 UAVs": "roughly", "approximately", "circa" before the count of "defeated", as "about" was. */
  defeatedQualifiers: true,
  /** "shot down 20 kamikaze-drones", "attack-UAVs", "drones-kamikaze": a threat's noun glued by a hyphen to its modifier is the phrase's head, as "kamikaze drones" is, not a participle like "Iran-made" ("anti-aircraft" is no head; "FPV-drones", "sea-drones" are no aerial threat, as "FPV drones" are not). */
  hyphenHead: true,
  /** "Eight Iranian-designed Shaheds were destroyed": a word glued by a hyphen into a compound ("Iranian-designed") is no modal ("designed to") or negator denying the verb after it. */
  compoundNotNegator: true,
  /** "The Russian capital Moscow has once again come under drone attack … destroyed 5 of them": the perfect "has come under attack" tells an attack on the place before it, as "came under attack" does. */
  perfectUnderAttack: true,
  /** "The Russian capital Moscow has come under drone attack": a place in apposition to the same place just after it is one mention, told as an attack's target by the words around the last. */
  appositionTarget: true,
  /** "In the Belgorod district, 12 drones struck the settlements of … . Eight of them were shot down": the place a launch sentence opens with ("In the X,") is where its attack fell, a target as "struck X" is. */
  openingScene: true,
  /** "12 drones struck the settlements of Dubovoye and Razumnoye, the villages of Nikolskoye …": places listed after a launch sentence's target are targets too. */
  targetList: true,
  /** "Russia repelled a drone attack over the Bryansk region. Air defence destroyed four drones, the Defence Ministry in Moscow said": a capital named as the seat of who speaks does not keep the count from the attack's place told before. */
  seatNoScene: true,
  /** "…another drone attack on the Odesa region. Having launched Shaheds from occupied Crimea, the enemy sent them at the coast. Air defence destroyed 11": a place the threats were launched from is no target of the attack and does not stop the look back for one. */
  originNotTarget: true,
  /** "Air defence units, in the course of combat work to protect the region's airspace, destroyed two drones": the region whose sky they protect is the one named before, as "over the region" is. */
  protectsRegionSky: true,
  /** "…carried out drone attacks on the military airfield in Kursk. … Only two of them were shot down": the place of an attacked site is the attack's target. */
  attackOnFacility: true,
  /** "Air defence was at work in the Astrakhan region tonight … one UAV was shot down in the sky over our region": "our region" is the one named before, as "the region" is. */
  ourRegion: true,
  /** "\"4 planes and 3 helicopters of the aggressor were shot down\"": a count joined by "and" right after the count before is its coordinate, not a part of it (so the pair restates an earlier pair as one). */
  coordinateNotPart: true,
  /** "Russia repelled a drone attack over the Bryansk region. Air defence destroyed four drones of Ukraine": a country that owns the threats ("drones of Ukraine") does not keep the count from the attack's place told before, as "Ukrainian drones" does not. */
  ownerNoScene: true,
  /** "Volgograd: 18 drones / Rostov: three drones", "Tula region – five": a count in words after a list line's place and colon or dash is read as one in digits is. */
  wordsAfterPlace: true,
  /** "Moscow Mayor Sergei Sobolev said … Later Sobolev reported five more UAVs downed": an official introduced with the place they govern speaks for it wherever the article names them again by name alone. */
  officialNamedAgain: true,
  /** "26 above Kyiv, four over the Kyiv region and 15 above provinces next to it": regions with no determiner and no name are a place no subdivision holds (country scope, claims.md edge case 4), not the speaker's. */
  barePluralRegions: true,
  /** "Drones flew at the capital, Moscow Mayor Sergei Sobolev said. … 'All eight were brought down,' the mayor wrote": a bare "the mayor" or "the governor" is the nearest official introduced with that title and their place. */
  bareTitleAgain: true,
  /** "Air defences destroyed 125 drones overnight. The ministry listed 36 more over the Bryansk region, 27 over Voronezh and 15 over Belgorod": a list after a verb of listing (listed, counted, tallied, itemised) right after a claim is its breakdown, as a verbless list is. */
  listedBreakdown: true,
  /** "The Russian army shot this drone down": a singular threat after "this" is a definite one, as after "the". */
  demonstrativeSingular: true,
  /** "27 UAVs had been shot over the region": a passive "shot" right before "over" or "above" is a downing, as "shot down" is. */
  shotOver: true,
  /** "destroyed 17 of the drones over the Bryansk region, and Ukrainian drones were also destroyed over the Belgorod … regions" (also "Ukrainian army drones were likewise …", a modifier before the threats; session 51): a clause of threats with a verb of its own after ", and" keeps its places. */
  threatsClause: true,
  /** "three missiles … over the Black Sea and aimed at one of the ports of the Odesa region": a target named through a part of it ("one of the ports of", "energy facilities in") is a target too, not where they were stopped. */
  targetOfPart: true,
  /** "All 12 … were shot down, out of some 110 missiles of various kinds that were fired": a set after "out of" launched in a relative clause is the set, not a count downed. */
  outOfLaunchedRelative: true,
  /** "six missiles slipped off the radar or were jammed", "were shot down or dropped off the radar": off the radar is lost from it, so the disjunction is no claim (claims.md, edge case 6). */
  offRadar: true,
  /** "in one of the heaviest attacks in three and a half years of war": a number before "and a half" and a unit of time is a duration, not a count. */
  andAHalfDuration: true,
  /** "a particularly intense one in the Black Sea area", "the night was a long one": "one" after "a" and an adjective is a pronoun, not a count (not "a single one", "a further one", "a second one"). */
  adjectiveOne: true,
  /** "23 Ukrainian drones, 14 of them over the Moscow region, were shot down": a place's share between commas is read past to the total's verb, as a type's share is, and the share takes the same verb. */
  placeShareAside: true,
  /** "Russia's air defences destroyed, according to preliminary data, 23 Ukrainian drones": a report's hedge between commas, between the verb and its object, is read past. */
  hedgeBeforeObject: true,
  /** "Sixteen drones, the largest number in a month, were shot down", "A Su-25, a Russian attack jet, was downed": a noun phrase in apposition between commas is read past to the count's passive. */
  appositionAside: true,
  /** "shot down one of Russia's fighter jets", "one of the enemy's drones": an owner's possessive after "one of" is the set's determiner, so "one" is a count of one. */
  oneOfPossessive: true,
  /** "shot down one of the costliest fighter jets", "one of the newest Shahed drones": a superlative set of threats is one threat of it (not "one of the largest drone attacks"). */
  oneOfSuperlativeThreats: true,
  /** "shot down one of the Kh-101 missiles over Kyiv": a model's name written with a hyphen inside the set after "one of" is read on to its number, so "one" is a count of one. */
  oneOfModel: true,
  /** "in the region Kiev", "the oblast Moscow": a translation's "region" before a capital's name is the oblast around it, as "the Kiev region" is. */
  regionBeforeCapital: true,
  /** "eleven projectiles from the Ukrainian military's Czech-made RM-70 Vampire launcher": an owner's possessive before the MLRS named after the count is read past, so they are rockets. */
  mlrsOwner: true,
  /** "shot down two Ka-52 helicopters and a Mi-8 over Kherson": a count whose noun is a type designator is a named count, so two such counts joined by "and" share the place after them as other named counts of one weapon do. */
  designatorNoun: true,
  /** "brought down one more Su-34 fighter-bomber", "two more Ka-52 helicopters": a type designator after "more" or "other" names the threat, as a weapon's noun does. */
  moreDesignator: true,
  /** "puncturing Moscow's earlier boast", "contradicting Kyiv's version", "by Moscow's figures": a capital's possessive before what its government says is the government, not a place. */
  capitalStatement: true,
  /** "If 16 drones were shot down over Odesa, the port would be safe", "unless 20 drones are shot down", "unclear whether all 16 drones were shot down": a count that opens a clause of condition or open question as its subject, its own verb finite after it, is no report (not "even if", "as if", "if only", an "if" further back, nor a downing told as a participle). */
  conditionClause: true,
  /** "Sixteen drones are usually shot down over the Sumy region", "Every night, air defence shoots down 40 drones": a habit told in the present (an adverb of habit, or "every night" before the verb in its clause or opening the sentence) is no report. */
  habitPresent: true,
  /** "Could 30 drones be shot down over Moscow in one night?": a question that opens with a modal or "do", whose own verb is the downing (no clause, "to" or report between), is no report ("Could the 40 drones shot down over Moscow signal …?" stays). */
  modalQuestion: true,
  /** "Three drones, picked up by air defence and jammed by electronic warfare, came down over the Bryansk region", "Four drones that electronic warfare suppressed came down over …": the downing told inside an aside or relative clause of the count, whose own verb is only the fall, governs the count. */
  downedAsideFell: true,
  /** "All of the Iranian-made Shahed-136 kamikaze drones were destroyed", "all the Russian missiles were downed": an origin's or a model's capitalised words and their hyphens before the head of "all (of) the" are read past to it, so the whole set named before is claimed. */
  allTheOrigin: true,
  /** "Ten drones were detected over the territory of Crimea … Seven drones were shot down": a set told as detected, spotted or tracked over one place is a set sent there, whose parts a later sentence that names no place downs there, as a launch's target places them. */
  detectedSetTarget: true,
  /** "Seven drones were shot down, the head of the Bryansk region said", "the head of Crimea installed by Russia said": a head's title of a place, with no name after it, is an official speaking for that place, as "the governor of" is (not "the head of the region's police"). */
  headOfPlace: true,
  /** "Twelve drones were shot down over Crimea, and a further three drones were jammed by electronic warfare": a count that adds to the placed count before it in its sentence ("another", "a further", "three more") and names no place is where that one was, its place between them notwithstanding. */
  additiveSiblingPlace: true,
  /** "Ukraine's capital, Kyiv, came under a drone attack overnight. … forces neutralised 48 drones": a place named in apposition between commas is the subject of the attack after its closing comma, so it is the attack's target. */
  appositionAttacked: true,
  /** "Kyiv came under a drawn-out Russian drone attack": three words (not two) between the article and the attack noun still tell the place attacked. */
  attackNounModifiers: true,
  /** "shot down one of the attack drones", "one of the enemy missiles": an attacker's word before the set's head after "one of" ("attack", "enemy", "incoming", "kamikaze") is read past, so "one" is a count of one (not "one of the enemy attacks"). */
  oneOfAttackers: true,
  /** "Ukraine says ten drones shot downUkrainian officials said …", "the morning of 28 SeptemberSeven enemy Shaheds were destroyed": a line break lost between a word in lower case (or a month's name) and the next line's capitalised word is a sentence break. */
  gluedLineBreak: true,
  /** "intercepted 110 drones launched at close to a dozen Russian regions", "116 drones that had been aimed at 14 regions, Ryazan and Moscow among them": a count told right after as sent at a number of regions is over them all, country scope, whatever places its sentence names. */
  widerTargetOfCount: true,
  /** "Russian forces sent 365 drones … against Ukraine, … claiming its air defences had brought down seven cruise missiles": a count whose own sentence tells a launch or an attack at a whole country is not placed by an earlier sentence's attack on one place. */
  countryTargetSentence: true,
  /** "launched at various regions under Kyiv's control", "over Moscow-controlled territory": a capital holding land is its government, not a place. */
  capitalControl: true,
  /** "Kyiv came under a Russian drone attack. Russian air defence shot down 20 Ukrainian drones": a count of threats of the attacked place's own country is not placed by that attack. */
  targetNotOwnThreats: true,
  /** "Air defence shot down all but one of the attack drones": "one" after "all but" is what was not shot down, no count of one. */
  allButOneOf: true,
  /** "29 of the drones fell to air defences above the Belgorod region", "one fell to Russian anti-aircraft fire", "19 drones fell prey to mobile fire groups": "fell (prey) to" an air defence is a downing, as "fell" alone is not. */
  fellToAirDefence: true,
  /** "Air defences destroyed 136 drones. Of those, 33 fell over the Kursk region", "…brought down three drones above Crimea. One fell over the peninsula's north and the remaining two over its west": a part of a set just downed that "fell over" a place was downed there (a part after "of those / them" or "of the downed …", or parts that add up to the set; not a part of a set its own sentence names, nor one that then hit something). */
  fellOverPart: true,
  /** "…16 drones and 7 missiles that Russia fired during the night, Kyiv's air force said": a capital's air force, general staff or navy is its country's, so the capital is the government, not a place (a capital's air defences stay the city's). */
  capitalAirForce: true,
  /** "brought down 11 missiles launched over the Caspian Sea", "missiles fired above the Sea of Azov": a sea right after "launched" or "fired" and "over" / "above" is where they were launched, an origin (not a city: "drones launched over Kyiv"). */
  launchedOver: true,
  /** "…listed ten drone impacts and four ballistic missile impacts at nine locations", "12 impacts were recorded": impacts, or hits and strikes after a weapon's words, are what got through, counted as such, not threats. */
  weaponImpacts: true,
  /** "Ukrainian air defence brought down one enemy drone." in the lede, "…destroyed one Shahed over the Kherson region" paragraphs later: a single threat over the country in the lede is the one a later sentence places, however far (claims.md, edge cases 1 and 2); not one told as another: "Later,", "Separately,", a time of its own, a part of another total. */
  ledeSinglePlacedLater: true,
  /** "destroyed two drones above Crimea overnight, plus 91 more over Russian territory": a bare count whose own clause places it over a whole country is there, not where the count it refers back to was (the country right after the count, and no "the region's" after it). */
  ownCountryPlace: true,
  /** "Three of the drones were brought down over the Kursk region, while the fourth was destroyed above Belgorod": "the" and the ordinal after a count one less, in its sentence, is one more, as "a fourth" is (claims.md, edge case 9); not "the fourth hit …", nor "on the third". */
  theNextOrdinal: true,
  /** "Russia sent attack drones toward Odesa Oblast. Air defence units destroyed one of them": "one of them" right after an active verb of downing with an air defence as its subject is one downed, as "one of them was destroyed" is (not "A drone destroyed one of them"). */
  oneOfThemObject: true,
  /** "But what brought the missile down onto homes …": a split "brought … down" right before "onto" with its cause in question ("what", "whether") tells where a threat fell, not a downing. */
  downOnto: true,
  /** "said Serhiy Lysak, head of the Odesa city military administration" (the list has him in the Dnipropetrovsk region, his office until 2025), "the governor of the Vologda region Georgy Filatov": an office written in the claimant's own words places them before the officials' list does; the list, which knows surnames and not people, places only a name with no office of its own ("Marchenko said"). */
  writtenOfficeFirst: true,
  /** "…said the head of the capital's military administration, Oleksii Marchenko. \"All the targets were destroyed,\" Marchenko said": a surname alone that the officials' list knows is the person named before with that surname, in that mention's office, as "Mr Sobolev" is (the list knows surnames, and others share them). */
  listedSurnameNamedBefore: true,
  /** "Nexta posted: \"#Ukrainian forces brought down a #Russian helicopter over the #Luhansk region\"": a hashtag's "#" before a word, as quoted posts write them, is blanked, so that the word reads as it would without it (a noun phrase, a place, a claimant); not a "#" glued to a word or a link ("t.co/x#War"), nor an entity's "&#". */
  hashtagWords: true,
  /** "six HARM missiles, a Storm Shadow and nine HIMARS multiple rocket launch systems were destroyed": "launch" before a noun it modifies ("launch systems", "launch sites", "launch vehicles") is no verb of launching, and the counts before it take the verb after it. */
  launchCompound: true,
  /** "destroyed more than 32 drones by 6:30, in what was Russia's seventh attack on Kyiv in the month of July": a comment on the event after ", in what" ends the count's clause, so its period ("in the month of July", "this year") makes no month-long tally of the count. */
  inWhatTally: true,
  /** "shot down a Russian Su-34 while it was dropping guided bombs on the Zaporizhzhia region": "while it was …ing" (or "they were") tells what the threat itself was doing, as "while flying over …" does, so its place is where it was downed: no clause of its own. */
  whileItWas: true,
  /** "According to Kyiv's military administration, six of them were intercepted": a place's name in the possessive before "military administration" names that administration, as "the Kyiv city military administration" does; the claim is placed in its jurisdiction. */
  possessiveAdministration: true,
  /** "managed to intercept seven of the eight cruise missiles, but they could not stop the ballistic missile or the Kinzhal": a count with no verb of its own after a negated verb of stopping or downing ("could not stop", "couldn't intercept", "failed to shoot down") since the count before is what was not downed; it does not take that count's verb of downing (a negation in an aside, "a step the world does not recognise", is none). */
  negatedVerbBetween: true,
  /** "our defenders 'grounded' an enemy drone": the Ukrainian slang for a downing that other translations give as 'landed', in scare quotes as that one is. */
  groundedSlang: true,
  /** "Belarus used its aviation to bring down a Russian Shahed", "Ukraine used the battery to shoot down all three of the missiles": an active, past "used / employed" with its object before "to" tells what the means did, as "managed to" does; not a passive ("were used to intercept the drones": what they were deployed for), a modal or a habit ("used to shoot down"). */
  usedToDown: true,
  /** "…the military shot down three drones. Debris of one of them damaged private houses. The head of the Volyn regional military administration reported this on Telegram": the sentence that only attributes a claim may come after one short aside that neither speaks nor downs (an aftermath), and its office places the claim as it would right after it. */
  anaphorAfterAside: true,
  /** "…had earlier said it thwarted an attack aimed at targets in the Bryansk region. Specifically, … air-defence systems had intercepted 4 Ukrainian UAVs": a sentence opening "Specifically," / "In particular," / "Namely," details the one before, so a count it does not place is at the one region that sentence names (not when it names a place of its own, nor several before). */
  elaborationOpener: true,
  /** "Two of the drones were destroyed over the Kaluga region, and the other three close to one of Moscow's ring roads": a bare number before "close to" or "next to" counts the thing in context, as one before "near" does. */
  bareCloseTo: true,
  /** "…, Mayor Sergei Sobolev and the Russian Defense Ministry said, holding Kyiv responsible": a capital "held responsible" or "accountable" is its government, not a place, as one accused is. */
  heldResponsible: true,
  /** "destroyed five ATACMS missiles that the United States had sent to Ukraine and that Kyiv fired at the Crimean peninsula": a second relative clause ("and that …") on threats that already have one goes on telling them, so its place is theirs; "and that" is no cut there. */
  secondRelative: true,
  /** "Russia launched more than 65 Shahed drones and a missile overnight … Air defences brought down 46 of them": a part larger than one ("46 of them") is not of the single threat named last ("a missile") but of the set named before it (drones). */
  partOfLargerSet: true,
  /** "…108 Ukrainian drones intercepted across various regions, evidence of how boldly Kyiv now uses drones to probe Russia's air defences": a capital as the subject of using its weapons ("uses drones", "has been using missiles") is its government, not a place. */
  capitalUses: true,
  /** "the attack included seven Iranian-made Shahed drones and five cruise missiles, which were destroyed": a ", which" clause of downing after a pair of counts joined by "and" tells both downed, when the first count has no verb of its own (not one launched: "launched seven drones and five missiles, which were destroyed" keeps the launch). */
  pairWhichRelative: true,
  /** "Russia sent 52 attack drones against Ukraine overnight. Air defence shot down 37 of them": a country that "sent" threats is the article's attacker, as one that launched them is, so the downing is the other side's. */
  sentAttacker: true,
  /** "Ukraine had sent 23 kamikaze drones against the Crimean Peninsula. Air-defence systems destroyed 15 of them": the place a set was "sent" against or at is its target, which places the parts a later sentence downs, as it does for a set launched at a place. */
  sentTarget: true,
  /** "they intercepted every single (!) Kinzhal": "every single" is all of them, a number the words do not give, not one. */
  everySingle: true,
  /** "destroyed 118 fixed-wing unmanned aerial vehicles (UAVs) of Ukraine": a bracketed abbreviation between the threats and "of Ukraine" leaves the country their owner, as "vehicles of Ukraine" is (weaponOwner), not where they were stopped. */
  bracketedOwner: true,
  /** "One F-16 put all four of its air-to-air missiles into cruise missiles and then used its cannon to shoot down three more": an aircraft counted before a verb of downing, with no downing of its own, is the interceptor, so the bare count after the verb is of the threats named before it, not of aircraft. */
  interceptorNotThreat: true,
  /** "Air defence detected two Ukrainian drones over the Ryazan region and destroyed them", "picked up a drone … and shot it down": a count seen by a verb of detection and then downed by a verb after "and" that takes it back as "it" or "them" is a claim, as "detected and destroyed two drones" is. */
  detectedAndDowned: true,
  /** "Odesa region – 9, Mykolaiv region – 7, Kherson and Kirovohrad regions – 2 each": places before a dash and a count with "each" label that count, both of a pair joined by "and", not the count before them. */
  dashEachList: true,
  /** "Ukraine fired 16 cruise missiles at a Russian shipyard in Kerch. Air defences destroyed fourteen of the missiles": a set fired at a site in a place is fired at that place, whose parts a later sentence downs there. */
  siteInTarget: true,
  /** "51 of the 56 drones launched had been shot down": a participle after the counted phrase with "had / has / have been" after it only modifies, as one with "were" after it does; the count's verb is the passive. */
  participleThenPerfect: true,
  /** "14 of the 17 missiles fired had been destroyed. All missiles aimed at the capital were destroyed": the threats aimed at one place are a part of the count before, not its restatement with a place. */
  aimedPartNotRestated: true,
  /** "…brought down seven Kinzhal missiles, thwarting a weapon that Moscow had considered almost impossible to stop": a capital that judges or tells in a relative clause is its government, not a place. */
  capitalThinks: true,
  /** "Russia launched 13 Shahed drones. Ukrainian forces managed to shoot them down": a downing achieved ("managed / was able / succeeded to") in the infinitive downs the whole set, as "shot them down" does. */
  managedToDownSet: true,
  /** "…had shot down two missiles said to have been launched overnight by Ukraine": "said / reported / believed to have been" after a downed object opens a reduced relative; the verb before the count governs it. */
  reportedToHaveBeen: true,
  /** "shot down 31 of 32 missiles and exploding drones": a count of two weapons is mixed (unknown) also when one modifier of the threat's kind stands before the second head, as "missiles and drones" is. */
  modifiedOtherHead: true,
  /** "Only one of them, it was noted, was brought down over Tatarstan": "one of them" downed in its own passive also past a short aside between commas. */
  oneOfAside: true,
  /** "Russia Reports Downing of U.S.-Built F-16 Fighter Jet": a headline's downing noun with a singular threat after "of" and no article, closing the line, counts one. */
  headlineDowningOf: true,
  /** "two U.S.-made ATACMS missiles": a dotted two-letter origin glued by a hyphen is read as "US-made", so the number and its noun stay one phrase. */
  dottedOrigin: true,
  /** "Shooting down a Shahed drone costs far more than building one": a sentence opening on downing one threat as a gerund, then a present verb of what that takes, is a general statement, not a report. */
  gerundGeneric: true,
  /** "…eight missiles were intercepted, adding that the other four were probably "decoys"": a count the sentence says were decoys is what they were, not a downing. */
  decoysWere: true,
  /** "…two more over Kaluga, foiling what it called one more attempt by the Kiev regime": "N more" before a noun that counts no threat (attempts, attacks, waves, times, people) is no bare count. */
  moreNotThreat: true,
  /** "The defenders opened fire and brought the enemy attack drone down": "attack" / "strike" before the threat's head inside a split "brought … down" is its modifier, not a verb that ends the object. */
  splitDownModifier: true,
  /** "Ministry says 46 drones destroyed on Saturday; Kyiv's top general warns a new push in Kharkiv region is possible": a place's possessive after a semicolon opens a clause of its own, not an item of a list of places. */
  possessiveNotListItem: true,
  /** "Among them were seven drones over the region around Moscow": a city after "the region / area around" is the centre of the land meant, a reference point (the oblast around a city region), as after "surrounding". */
  regionAround: true,
  /** "…destroyed 46 Ukrainian drones. The total also took in 16 drones over Bryansk region and 13 over neighbouring Oryol region": parts of the total told before, as "They included …" are. */
  totalIncluded: true,
  /** "…had intercepted, one after another, drones flying towards Moscow": "one after another" counts nothing. */
  oneAfterAnother: true,
  /** "All the "Shaheds" were destroyed by the defenders": the quotes round a weapon's name alone are read past, as if it were written bare. */
  quotedWeaponName: true,
  /** "…this is the 14th attack on Kyiv since the start of May, and the air defence forces destroyed around 37 drones": a period after an ordinal attack dates the attacks counted, not the downing. */
  ordinalAttackPeriod: true,
  /** "as many as 10 drones, or unmanned aircraft, were gunned down": a gloss of the noun after ", or" between commas is read past to the count's passive, as an apposition is. */
  orGloss: true,
  /** "it brought down every last one of the 70-odd exploding drones that Russia sent over": "every last one of the N" is all N, as "every one of the N" is. */
  everyLastOne: true,
  /** "…destroyed 95 air targets in the air battle: / • 57 Shahed-136/131 attack UAVs; / • 34 X-101/X-555 cruise missiles;": lines that are a count and its threats alone, under a line ending on a colon, are parts of the claim before. */
  typedItemList: true,
  /** "…shot down 12 drones over Moscow overnight, forcing all four of Moscow's main airports to close": a number before "of" a name's things that are no threats counts those things. */
  ofOwnersThing: true,
  /** "…destroyed one drone over the territory of the Russian region of Belgorod, two over the Kursk region": a place before a comma is no label of the next count when that count has its own place right after it. */
  nextOwnPlace: true,
  /** "Ukraine attacked Moscow … Air defences destroyed 37 more drones over other parts of western Russia": a count over "parts of" a land is not placed by the one place an attack before it targeted. */
  partsOfWider: true,
  /** "Russia launched 134 drones at Kyiv and other cities of Ukraine. Of these, air defence shot down 52": a target named with "and other cities" beside it does not place the set's parts. */
  andOtherTargets: true,
  /** "seven missiles launched from the U.S.-supplied M142 High Mobility Artillery Rocket System, or Himars": a launcher named in words ("… Rocket System", "a rocket launcher") after the count fires rockets (claims.md, edge case 8). */
  rocketSystemNamed: true,
  /** "of which 37 were brought down over Moscow and the others over the Bryansk, Kaluga … regions": "and the others" with a place of their own open a clause, as "and the rest" does. */
  othersRemainder: true,
  /** "four drones had been shot down …, while another UAV had fallen onto a building": a count whose own verb tells it falling onto or striking something does not take the downing verb of the count before it. */
  ownImpactVerb: true,
  /** "Myanmar junta says downed 12 'terrorist' drones over capital" (a related story's line): a count that a state outside this war tells, in a sentence naming none of the war's lands, is no claim (the gazetteer knows only RU, UA, BY and PL). */
  foreignStateActor: true,
  /** "A Ukrainian MiG-29 fighter was destroyed in an air battle near Slavyansk": an aircraft destroyed in an air battle, a dogfight or aerial combat was in the air, not a ground loss. */
  airBattle: true,
  /** "destroyed one more Russian Su-34 fighter-bomber": a side's adjective between "one more" and a type designator is part of the counted phrase, as in "one more Su-34". */
  moreSideDesignator: true,
  /** "reports in foreign media of a Russian plane supposedly downed over Ukraine were untrue": a report placed "in the media" between its noun and "of" / "that" and called false is denied, as "reports of … were untrue" is. */
  reportsInMedia: true,
  /** "We intercepted the 'one-of-a-kind' Kinzhals": an article inside a hyphened compound ("-a-kind", "-a-million") counts nothing. */
  hyphenedArticle: true,
  /** "had shot down 13 Ukrainian drones over the Belgorod region that day and intercepted 9 rockets": a second verb phrase with no place of its own, right after the first's place, is over that place. */
  coordinatedVerbPlace: true,
  /** "Russian forces bring down 31 drones": a demonym's forces as the subject of a downing verb in the plural present tell the defending side, as "Russian forces shot down" does. */
  forcesPresent: true,
  /** "…brought down dozens of drones … in raids that left one person dead and five others hurt": "N others hurt / injured / killed" counts people, and takes no downing verb from the count before. */
  othersHurt: true,
  /** "Russia downs 38 Ukrainian drones.. and heavy blasts rock Kyiv": blasts or explosions that rock a place open a clause of another event, whose place is not the count's. */
  blastsClause: true,
  /** "…destroyed 19 drones. … the ministry, which specified that four were over the territory of the Republic of Crimea, two over the Black Sea, …": a breakdown told after "specified / added that" in the sentence after a claim is read as one with no interception word. */
  specifiedThatPlaced: true,
  /** "destroyed 66 Ukrainian unmanned aircraft in western Russia and in the Crimea region": a compass part of a whole country in the count's clause makes it wider than the region named beside it (country scope). */
  countryPartWider: true,
  /** "the F-16 fighters were on the point of shooting down the drone when it left the airspace": a downing "on the point / verge / brink of" is all but done, so no claim. */
  onThePointOf: true,
  /** "shot down 4 drones over the Briansk region", "another 6 over the Bilgorod region": a capitalised name the gazetteer does not hold, right before a region word, is the region whose name it is within an edit or two of (misspelt-region.ts). */
  misspeltRegion: true,
  /** "destroyed 208 Ukrainian drones over Russia's regions and the Black Sea": a country's regions unnamed, in the possessive, are the country as the place, as "over Russian regions" is. */
  possessiveRegions: true,
  /** "…was destroyed over the Rostov region – 45, in the sky over Krasnodar Territory six drones were shot down": a place put first after a comma, then a count with a verb of its own, opens a clause of its own. */
  frontedPlaceClause: true,
  /** "Voronezh region governor … said that several drones had been destroyed over the region. Before this, on the night of September 9, Russian air defence systems had shot down 126 drones": a sentence opening on an earlier event ("Before this", "Prior to that", "The night before") is not placed by the jurisdiction of the official named in the sentence before. */
  earlierEventOpener: true,
  /** "Nine Russian military aircraft - four fighter jets and five military helicopters - were shot down": a breakdown of a count between dashes or brackets, only counts of their own weapons, is read past to the count's verb, which its parts take too. */
  breakdownAside: true,
  /** "eliminated 31 drones above the Black Sea and the north-west of the Crimean peninsula": a compass part with its article ("the north-west of") is part of the place after it, not a point outside it as "north-west of" is. */
  compassPartOf: true,
  /** "two nearer the capital, over the Moscow region's Istra district": "nearer / closer" with no "to" names a reference point, as "closer to" does. */
  nearerWithoutTo: true,
  /** "destroyed three Vilkha MLRS rockets, two Tochka-U tactical missiles and one drone over the Belgorod Region": a type's model letter after its hyphen, then words before the head, stays in the counted phrase (which then ends at the head, so the list shares its place). */
  modelLetterHead: true,
  /** "Five UAVs were destroyed and two were intercepted over the territory of the Republic of Crimea": a count with its own passive downing and no place, then "and N were …" placed, is over that place too. */
  passivePairPlace: true,
  /** "twelve of them were shot down in the Moscow region, among them five headed towards Moscow": a bare count before a course participle ("headed / heading / bound … for / towards") is a count of the threats in context, as "five flying towards Moscow" is. */
  headedBare: true,
  /** "Russian air defence on Tuesday evening intercepted or destroyed, within three hours, 114 Ukrainian drones": a time between commas after the verb is read past to its object, as a report's hedge is. */
  timeAsideObject: true,
  /** "…destroyed 114 Ukrainian drones, part of which were heading for Moscow": ", (a) part of which / of them" opens a part's clause, as ", some of which" does, whose course does not place the whole. */
  partOfWhichCut: true,
  /** "…a total six fixed-wing Ukrainian drones in four regions of Russia, three of them with no border with Ukraine": a part "of them / of which" with or without a border, or not bordering, after a phrase of regions counts regions, as "three of which do not border Ukraine" does. */
  partOfPlacesWith: true,
  /** "…one over the territory of the Tula region and another over that of Kaluga, both of them next to the Moscow region": a place something is "next to" is a reference point, as one it is "adjacent to" is. */
  nextToReference: true,
  /** "near the settlements of Poltava, Novovodyanoye and Novokrasnyanka in the Lugansk People's Republic": a one-word name in a list of settlements that "in (the) <region>" closes is a settlement there, not the larger place that shares its name. */
  settlementsInRegion: true,
  /** "Thirty-six Ukrainian … unmanned aerial vehicles were detected, intercepted and destroyed by the duty air defence systems": a detection followed by a series of verbs ("detected, intercepted and destroyed") reports the downing, as "detected and destroyed" does. */
  detectedSeries: true,
  /** "Two Kalibr cruise missiles, which Russia launched at Ukraine on the night of July 13, were shot down": a date's day inside a relative clause between commas does not stop it from being read past to the count's own verb. */
  relativeWithDate: true,
  /** "Russia fired a total of 81 drones and two Iskander-M ballistic missiles at Ukraine, of which 69 were shot down": a bare count after "of which / of them", whose set is two counts of different weapons joined by "and", is of weapon unknown, as "69 of which" is. */
  ofWhichMixed: true,
  /** "He said the drones had been intercepted in one of the districts, without saying which one.": an interrogative "which / what one" closing a clause counts nothing. */
  whichOne: true,
  /** "The largest numbers of craft – eleven each – were intercepted over the Belgorod and Voronezh regions": "each" inside a count's apposition is read past to its close and the verb after. */
  eachInApposition: true,
  /** "…three unmanned aerial vehicles were detected over Kyiv. Air defence forces and means shot all three objects down": a count of generic objects or targets as many as the threats of one weapon counted in the sentence before, a sentence that downs nothing (a detection, a launch), is of that weapon. */
  objectsOfSet: true,
  /** "…intercepted three British Storm Shadow cruise missiles and eleven American HIMARS projectiles, and have reported the destruction of nine drones in Donetsk, Lugansk and Kherson": a later count whose clause has a verb of its own before it ("have reported the destruction of") is no next item of a list whose place it would share. */
  gapToCount: true,
  /** "Four … guided aerial bombs, five American HARM anti-radar missiles and 44 HIMARS, Vampire and Alder rockets were destroyed": types named in a list of capitalised names before their one head are one counted phrase, so the list of counts reaches its verb. */
  namedTypesList: true,
  /** "In the Tver Region six aircraft were intercepted, in the Kursk and Lipetsk regions four each, …": a place put first after a comma, then a count of each with no verb, opens a clause of its own. */
  frontedEachClause: true,
  /** "The air force said the missiles, of which it shot down three, were aimed at …, while the drones, of which 13 were downed, came from several directions": a bare count after ", of which / of them" takes the weapon of the plural head right before the comma. */
  ofWhichNoun: true,
  /** "…destroying all 13 drones Moscow sent against Ukrainian territory": a capital right after the threats and before a verb of sending is the government that sent them, not a place. */
  capitalSentThreats: true,
  /** "Of the neutralised unmanned vehicles, 42 were of the Shahed model": "unmanned / uncrewed vehicles", without "aerial", are drones to a later bare count, as "unmanned aerial vehicles" are. */
  unmannedVehicles: true,
  /** "On 1 April the ministry said air defence had intercepted seven drones above the waters": a bare "over / above the waters" is the sea the article names, as "over the sea" is. */
  theWaters: true,
  /** "Officials in the Novgorod region, directly south of the Leningrad region, said four drones had been shot down above that region": a clause between commas that names only a reference point ("south of", "next to") says where the place before it lies; the count takes that place. */
  referenceAside: true,
  /** "The authorities recorded hits at 12 locations, and fragments of downed drones fell at four more": "N more" after the preposition of an earlier count of places ("at", "in", "on") counts more of those places, not threats. */
  morePlacesAfter: true,
  /** "The occupiers kept up their attacks on the Nikopol and Synelnykivskyi districts of Dnipropetrovsk region. Air defence destroyed four drones": the region after "districts of" an attacked place names where that target lies, not another place of the attack. */
  attackedDistrictsOf: true,
  /** "Drones struck the Kirovske military airfield in occupied Crimea, wiping out two Russian helicopters": aircraft destroyed right after a strike the sentence told on an airfield are lost on the ground (claims.md, edge case 7). */
  airfieldStruckBefore: true,
  /** "President Zelensky said almost all of the 72 flying objects had been shot down": the set of which "almost / nearly all" were downed is no count downed (the corpus annotates no claim). */
  nearlyAllOf: true,
  /** "86 … unmanned aerial vehicles. 49 unmanned aircraft – over the territory of the Belgorod region, 14 – over …": a line of counts and places with no verb reads a two-word noun after its first count, as it reads "UAVs". */
  twoWordNounList: true,
  /** "108 Shahed-type attack unmanned aircraft and drones of other types have been confirmed downed": "unmanned aircraft" joined to drones is one drone count, not a mixed one. */
  uncrewedAircraftAnd: true,
  /** "Over the Krasnodar region five drones and over the Republic of Adygea three drones were destroyed", "of which over the Kursk region 19 and over the Belgorod region two were destroyed": a count before the next item's fronted place goes on with the list to its verb. */
  frontedPlaceItems: true,
  /** "Kiev went after the Russian capital with eleven unmanned aerial vehicles …, and every one of the drones was brought down": a capital opening a sentence with "went after" or "unleashed" is the government attacking, not a place. */
  capitalOpensWentAfter: true,
  /** "…destroyed 17 Ukrainian UAVs. Ten of the air targets were hit in the Krasnodar Region, six in the Belgorod Region": air targets "hit" in or over a place are downed there, as drones "hit" there are. */
  targetsHitIn: true,
  /** "…destroyed 17 Ukrainian UAVs. Ten of the air targets were hit in the Krasnodar Region, six in the Belgorod Region and one in the Bryansk Region": counts of no named kind in the next sentence, adding up to a total of one weapon, are its parts, of that weapon. */
  unknownPartsOfTotal: true,
  /** "Ukrainian forces shot down all but 12 of the drones launched that day": a count after "all but" is of the threats not downed, no claim. */
  allButCount: true,
  /** "Kamikaze drones struck Ukraine's Kyiv region. … Earlier, Ukraine reported the destruction of 17 kamikaze drones during the past day": a sentence that opens on an earlier report is not placed by the attack told before it. */
  earlierReportOpener: true,
  /** "Russian air defence alone rendered at least 18 Ukrainian drones harmless on their approach to Moscow": "rendered / made … harmless" with the count between is a downing, as "rendered harmless" is. */
  renderedObjectHarmless: true,
  /** "…shot down six Ukrainian drones during the night and another 17 this morning": "another / a further N" closed by a time ("this morning", "in the afternoon", "overnight", "on Monday") is a bare count of the threats before. */
  additiveTimeBare: true,
  /** "More than 45 Ukrainian drones had been destroyed, the governor of Voronezh, a Russian region on the border with Ukraine, reported": a demonym in an apposition (", a Russian region") says what the place before it is, not where the count was. */
  demonymApposition: true,
  /** "9:25am: Kyiv mayor reports 'explosion', Ukraine downs 16 missiles": a country as the subject of the count's own downing speaks for the whole land, so the official named before does not place the count. */
  countryDownsCount: true,
  /** "One more drone, which was flying in the direction of Lviv region, was eliminated over another region in the west of Ukraine": "over another region" is where it was stopped, unnamed, so the count's course gives it no place (country scope). */
  anotherRegion: true,
  /** "…attacked with 87 Shahed-type UAVs from the directions: Bryansk, Kursk, Millerovo, Primorsko-Akhtarsk RF": a list of launch directions after a colon names where the attack came from, so its places tell no side. */
  directionsColon: true,
  /** "…destroyed 36 of the occupiers' UAVs, 19 were knocked off course (locationally lost)", "24 lost in location": a count its own clause tells as lost from tracking is no interception (claims.md, edge case 6). */
  locationallyLost: true,
  /** "The drones were shot down over the waters of the Black Sea (25 craft), over Crimea (six), …": a count in brackets after its place with a generic noun ("craft", "units") is read as one with "drones" is. */
  bracketedGenericNoun: true,
  /** "The missiles, three of which were shot down, …, while the drones, 12 of which were brought down, came in …": a count before ", … of which / of them" takes the weapon of the plural head right before the comma, as one after it does (rule ofWhichNoun). */
  countOfWhichNoun: true,
  /** "…its anti-aircraft defence destroyed eleven Russian missiles directed at the capital": a generic capital the threats were aimed at is the capital of the side their origin attacks. */
  originAimedCapital: true,
  /** "In 2024 Ukraine's defence forces shot down over 12.7 thousand RF missiles and attack UAVs, 38 aircraft, seven helicopters …" in an article of 2025: a sentence opening on a year before the article's is that year's tally, no claim. */
  pastYearTally: true,
  /** "…14 more had been intercepted over the Sea of Azov and over the annexed Black Sea peninsula of Crimea": a sea's name before "peninsula", "port", "city" or "coast of" describes the land on its shore, and is no place of its own. */
  seaOfShore: true,
  /** "Going by the figures Sobolev has published, seven drones in all that were flying towards the Russian capital were downed": a total's "in all / in total" before a relative clause is read past to the count's verb. */
  inAllRelative: true,
};

export type RuleName = keyof typeof RULES;

export const RULE_NAMES = Object.keys(RULES) as RuleName[];

/** Runs `fn` with the named rules off (the others on), then switches them all back on. */
export function withRulesOff<T>(off: readonly RuleName[], fn: () => T): T {
  for (const r of RULE_NAMES) RULES[r] = !off.includes(r);
  try {
    return fn();
  } finally {
    for (const r of RULE_NAMES) RULES[r] = true;
  }
}
