/**
 * The forty-seventh round (issue 11, session 50), from the dev halves of fifteen fresh batches and from dev's misses:
 * dash lists, sites and parts of sets, participles and glosses between a count and its verb, capitals that judge,
 * downings in the infinitive and as gerunds, mixed counts, decoys, idioms and nouns that count no threat, headline and
 * bullet-list shapes, and places told around a city or after a semicolon (libs/extraction/README.md, "Forty-seventh
 * round"). The first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"Kherson and Kirovohrad regions – 2 each": a pair before a dash labels the count after it, not the one before', () => {
  ruleFamily('dashEachList', [
    [
      'In total air defence forces destroyed 20 UAVs: Odesa region – 9, Mykolaiv region – 7, Kherson and Kirovohrad regions – 2 each.',
      ['2 drone @ UA-35', '2 drone @ UA-65', '20 drone @ country UA', '7 drone @ UA-48', '9 drone @ UA-51'],
    ],
    [
      'Air defence destroyed 20 UAVs: Odesa region – 9, Mykolaiv region – 7, Kherson and Kirovohrad regions – 4.',
      ['20 drone @ country UA', '4 drone @ UA-35+UA-65', '7 drone @ UA-48', '9 drone @ UA-51'],
    ],
  ]);
  identityRows([
    // (a pair before a dash that opens a breakdown is the total's, not the first part's label)
    [
      'Russian air defences shot down 20 drones over the Kursk and Bryansk regions — 12 over the Kursk region and 8 over the Bryansk region.',
      ['12 drone @ RU-KRS', '20 drone @ RU-BRY+RU-KRS', '8 drone @ RU-BRY'],
    ],
  ]);
});

describe('a set fired at a site "in" a place is fired at that place', () => {
  ruleFamily('siteInTarget', [
    [
      'On Saturday Ukraine fired 16 cruise missiles at a Russian shipyard in Kerch. Air defences destroyed fourteen of the missiles.',
      ['14 missile @ UA-43'],
    ],
    [
      'The Ukrainian army fired 7 ballistic missiles at a site in the Bryansk region. Of these, 6 were shot down.',
      ['6 missile @ RU-BRY'],
    ],
  ]);
});

describe('a participle right after the counted phrase, then "had been", only modifies it', () => {
  ruleFamily('participleThenPerfect', [
    ['Ukraine said 51 of the 56 drones launched had been shot down.', ['51 drone @ country UA']],
    ['The air force said both missiles fired have been intercepted over Kyiv.', ['2 missile @ UA-30']],
  ]);
  identityRows([
    // (an active perfect after the noun is the threats' own verb: "drones launched had hit" is no downing)
    ['Ukraine said 12 drones launched had hit the port.', []],
  ]);
});

describe('"All missiles aimed at the capital were destroyed" is a part, not the total told again with a place', () => {
  ruleFamily('aimedPartNotRestated', [
    [
      'Ukraine said 14 of the 17 Russian missiles fired had been destroyed. All missiles aimed at the capital were destroyed, Kyiv officials wrote; it was the second attack in three days.',
      ['14 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (the threats told again with where they were downed still place the count)
    [
      'Ukraine said 14 of the 17 Russian missiles fired had been destroyed. The missiles were shot down over the Kyiv region.',
      ['14 missile @ UA-32'],
    ],
  ]);
});

describe('a capital that judges or tells in a relative clause is its government', () => {
  ruleFamily('capitalThinks', [
    [
      'Ukraine said it had brought down seven Kinzhal missiles in a single night, thwarting a weapon that Moscow had considered almost impossible to stop.',
      ['7 missile @ country UA'],
    ],
    ['Ukraine shot down six Kinzhal missiles, which Moscow touts as unstoppable.', ['6 missile @ country UA']],
  ]);
  identityRows([
    // (a capital after "over" in such a clause is still where)
    ['Air defence shot down three drones that were flying over Moscow, the mayor said.', ['3 drone @ RU-MOW']],
  ]);
});

describe('"managed to shoot them down": a downing achieved, in the infinitive, downs the whole set', () => {
  ruleFamily('managedToDownSet', [
    [
      'The Russian armed forces launched 13 Shahed drones overnight. Ukrainian forces managed to shoot them down.',
      ['13 drone @ country UA'],
    ],
    ['Russia launched 13 Shahed drones overnight. Air defence was able to destroy them.', ['13 drone @ country UA']],
  ]);
  identityRows([
    // (an attempt is no downing)
    ['Russia launched 13 Shahed drones overnight. Air defence tried to shoot them down.', []],
  ]);
});

describe('"said to have been launched" after a downed object does not govern it', () => {
  ruleFamily('reportedToHaveBeen', [
    [
      "Russia's air defence forces had allegedly shot down two missiles said to have been launched overnight by Ukraine at Crimea.",
      ['2 missile @ UA-43'],
    ],
  ]);
});

describe('"missiles and exploding drones" is one mixed count', () => {
  ruleFamily('modifiedOtherHead', [
    [
      'Ukraine said its air defences had shot down 31 of 32 missiles and exploding drones that Russia fired.',
      ['31 unknown @ country UA'],
    ],
    [
      'Ukraine said its air defences had shot down 31 of 32 missiles and exploding unmanned aerial vehicles that Russia fired.',
      ['31 unknown @ country UA'],
    ],
  ]);
  identityRows([
    // (a singular after a plural is another count's noun, as without the modifier)
    [
      'Ukraine shot down 31 drones and a cruise missile overnight.',
      ['1 missile @ country UA', '31 drone @ country UA'],
    ],
  ]);
});

describe('"one of them, it was noted, was brought down": the part downed past a short aside', () => {
  ruleFamily('oneOfAside', [
    [
      'Russia launched 34 drones at the Volga region. Only one of them, it was noted, was brought down over Tatarstan.',
      ['1 drone @ RU-TA'],
    ],
  ]);
});

describe('a headline\'s "Downing of F-16 Fighter Jet" counts one', () => {
  ruleFamily('headlineDowningOf', [
    ['Russia reports downing of US-built F-16 fighter jet', ['1 aircraft @ country RU']],
    ['Russia Reports Downing of F-16 Fighter Jet over Zaporizhzhia', ['1 aircraft @ UA-23']],
  ]);
  identityRows([
    // (a plural or a number after "of" is read as any count is)
    ['Russia reports downing of F-16 fighter jets', []],
    // (and the words before "downing" are read: review)
    [
      'Russia says it downed 3 drones, reports downing of Su-25 jet',
      ['1 aircraft @ country RU', '3 drone @ country RU'],
    ],
  ]);
});

describe('"U.S.-made" is read as "US-made"', () => {
  ruleFamily('dottedOrigin', [
    ['Russian air defence shot down two U.S.-made ATACMS missiles over the Belgorod region.', ['2 missile @ RU-BEL']],
    ['Russia Reports Downing of U.S.-Built F-16 Fighter Jet', ['1 aircraft @ country RU']],
  ]);
});

describe('round widenings that are not switchable', () => {
  identityRows([
    // ("off the south-eastern coast of": a hyphenated compass word in the reference before a coast)
    [
      'Air-defence systems destroyed three Ukrainian drones over the Black Sea, off the south-eastern coast of the Crimean peninsula.',
      ['3 drone @ SEA-BLACK'],
    ],
    // ("and a number of other places" beside named regions: country scope, as "and other regions" is)
    [
      'Air defence forces destroyed 37 Ukrainian drones over the Moscow region, the Belgorod region and a number of other places.',
      ['37 drone @ country RU'],
    ],
  ]);
});

describe('"Shooting down a Shahed drone costs …": a downing as a gerund subject is a general statement', () => {
  ruleFamily('gerundGeneric', [
    ['Shooting down a Shahed drone over Kyiv costs far more than building one, Ukraine says.', []],
    ['Intercepting a ballistic missile over Kyiv requires a Patriot battery, Ukraine says.', []],
  ]);
  identityRows([
    // (a gerund of what was done, with no present verb of cost or need, is a report)
    ['Shooting down a drone over Kyiv, air defence units protected the city, the mayor said.', ['1 drone @ UA-30']],
  ]);
});

describe('"the other four were probably decoys" is what they were, not a downing', () => {
  ruleFamily('decoysWere', [
    [
      'Ukraine said eight missiles were intercepted, adding that the other four were probably "decoys".',
      ['8 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (decoy drones shot down are a count of drones)
    [
      'Ukraine said eight drones were intercepted and four were decoy drones shot down over Kyiv.',
      ['4 drone @ UA-30', '8 drone @ country UA'],
    ],
  ]);
});

describe('"one more attempt by the Kiev regime" counts no threat', () => {
  ruleFamily('moreNotThreat', [
    [
      'Air defence destroyed five drones over Bryansk and two more over Kaluga, foiling one more attempt by the Kiev regime.',
      ['2 drone @ RU-KLU', '5 drone @ RU-BRY'],
    ],
    ['Air defence destroyed five drones over Bryansk, foiling two more attacks.', ['5 drone @ RU-BRY']],
  ]);
  identityRows([
    // ("two more" before a place or a verb is a count as before)
    [
      'Air defence destroyed five drones over Bryansk; two more were shot down over Kaluga.',
      ['2 drone @ RU-KLU', '5 drone @ RU-BRY'],
    ],
  ]);
});

describe('"brought the enemy attack drone down": "attack" inside a split downing is the threat\'s modifier', () => {
  ruleFamily('splitDownModifier', [
    ['Defenders in the Zhytomyr region brought the enemy attack drone down.', ['1 drone @ UA-18']],
    ['Defenders in the Zhytomyr region shot two strike drones down.', ['2 drone @ UA-18']],
  ]);
});

describe('"…on Saturday; Kyiv\'s top general warns …": a place\'s possessive after a semicolon opens a clause', () => {
  ruleFamily('possessiveNotListItem', [
    [
      "Russia's ministry says 46 drones destroyed on Saturday; Kyiv's top general warns a new Russian push in Kharkiv region is possible.",
      ['46 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (a semicolon before the next place of a list still continues it)
    [
      'Air defence destroyed 12 drones near Dubovoye, Belgorod Region; Razumnoye in the Kursk Region.',
      ['12 drone @ RU-BEL+RU-KRS'],
    ],
  ]);
});

describe('"the region around Moscow" is the oblast around the city', () => {
  ruleFamily('regionAround', [
    [
      'The ministry said its air defence units had destroyed 46 Ukrainian drones. Among them were seven drones over the region around Moscow.',
      ['46 drone @ country RU', '7 drone @ RU-MOS'],
    ],
    ['Air defence destroyed seven drones in the area around Kyiv overnight.', ['7 drone @ UA-32']],
  ]);
});

describe('"The total also took in 16 drones over Bryansk region …" breaks down the total told before', () => {
  ruleFamily('totalIncluded', [
    [
      'The ministry said its air defence units had destroyed 46 Ukrainian drones. Among them were seven drones over the region around Moscow, three of them flying towards the capital. The total also took in 16 drones over Bryansk region and 13 over neighbouring Oryol region, the ministry said.',
      ['13 drone @ RU-ORL', '16 drone @ RU-BRY', '3 drone @ RU-MOW', '46 drone @ country RU', '7 drone @ RU-MOS'],
    ],
  ]);
  identityRows([
    // (a part larger than the total is no part of it)
    [
      'The ministry said air defence units had destroyed 12 Ukrainian drones. The total also took in 16 drones over Bryansk region.',
      ['12 drone @ country RU'],
    ],
  ]);
});

describe('"one after another" counts nothing', () => {
  ruleFamily('oneAfterAnother', [
    ['Sobolev reported that air defence systems had intercepted, one after another, drones flying towards Moscow.', []],
  ]);
});

describe("the quotes round a weapon's name alone are read past", () => {
  ruleFamily('quotedWeaponName', [
    ['Russia launched 7 Shaheds at Kyiv. All the "Shaheds" were destroyed by the defenders.', ['7 drone @ UA-30']],
    ['Air defence shot down four «Kalibrs» over the Odesa region.', ['4 missile @ UA-51']],
  ]);
});

describe('"gunned down" is a downing (not switchable)', () => {
  identityRows([['Russia reported that 10 drones were gunned down above the capital Moscow.', ['10 drone @ RU-MOW']]]);
});

describe('a period after an ordinal attack dates the attacks, not the downing', () => {
  ruleFamily('ordinalAttackPeriod', [
    [
      'According to the mayor, this is the 14th attack on Kyiv since the start of May, and the air defence forces destroyed around 37 unmanned aircraft.',
      ['about 37 drone @ UA-30'],
    ],
  ]);
  identityRows([
    // (a tally with its own period is still one)
    ['Ukraine has shot down 3,000 drones since the start of May, the air force said.', []],
  ]);
});

describe('", or unmanned aircraft," glosses the noun and is read past', () => {
  ruleFamily('orGloss', [
    [
      'Russia reported that as many as 10 drones, or unmanned aircraft, were gunned down above the capital Moscow on Tuesday.',
      ['up_to 10 drone @ RU-MOW'],
    ],
  ]);
});

describe('"every last one of the 70-odd drones" is all of them', () => {
  ruleFamily('everyLastOne', [
    [
      'Across the weekend, the Ukrainian military said, it brought down every last one of the 70-odd exploding drones that Russia sent over.',
      ['70 drone @ country UA'],
    ],
  ]);
});

describe('count lines under a line ending on a colon are parts of the claim before', () => {
  ruleFamily('typedItemList', [
    [
      'Ukrainian air defense destroyed 95 air targets in the air battle:\n\n  • 57 Shahed-136/131 attack UAVs;\n  • 34 X-101/X-555 cruise missiles;\n  • 4 X-59 guided missiles.',
      ['34 missile @ country UA', '4 missile @ country UA', '57 drone @ country UA', '95 unknown @ country UA'],
    ],
  ]);
  identityRows([
    // (no colon above them: lines of launched threats stay what they were)
    [
      'Russia launched 95 air attack means.\n\n  • 57 Shahed-136/131 attack UAVs;\n  • 34 X-101/X-555 cruise missiles.',
      [],
    ],
  ]);
});

describe('"all four of Moscow\'s main airports" counts no threat', () => {
  ruleFamily('ofOwnersThing', [
    [
      "Air defence shot down 12 drones over Moscow overnight, forcing all four of Moscow's main airports to close.",
      ['12 drone @ RU-MOW'],
    ],
  ]);
  identityRows([
    // (an owner's threats are still counted)
    ["Air defence shot down four of Russia's drones over Kyiv.", ['4 drone @ UA-30']],
  ]);
});

describe('a place before a comma is no label of a next count that has its own place', () => {
  ruleFamily('nextOwnPlace', [
    [
      'Air defence destroyed one drone over the territory of the Russian region of Belgorod, two over the Kursk region.',
      ['1 drone @ RU-BEL', '2 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // (labels before the counts they name, as before)
    [
      'Air defence destroyed 20 drones, Belgorod Oblast nine and Voronezh Oblast three.',
      ['20 drone @ country RU', '3 drone @ RU-VOR', '9 drone @ RU-BEL'],
    ],
  ]);
});
