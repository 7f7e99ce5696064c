/**
 * The forty-second round of extraction rules (issue 11, session 45): forms that passages modelled on fresh real news
 * showed, and the dates claims are counted on (libs/extraction/README.md, "Forty-second round"). The first row of each
 * switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';
import { extractClaims } from './extract-claims';
import { withRulesOff } from './rules';

const dates = (body: string, publishedAt: string): string[] =>
  extractClaims({ articleId: 't', body, publishedAt }).map((c) => `${c.count} ${c.weapon}: ${c.eventDate}`);

describe('a date after publication, written in an earlier sentence, never dates an undated claim', () => {
  const truce =
    'Moscow has declared a truce from 8 May to 10 May.\n\nRussian air defences destroyed 21 Ukrainian drones over the Bryansk region, the defence ministry said.';
  const update =
    'Page updated 15 July 2025\n\nA drone was shot down over a forest in the Vologda region, the governor said.';
  it('leaves the claim undated (counted on the publication day)', () => {
    expect(dates(truce, '2025-05-06T08:00:00Z')).toEqual(['21 drone: null']);
    expect(dates(update, '2025-02-08T08:00:00Z')).toEqual(['1 drone: null']);
  });
  it('takes the later date with the rule off', () => {
    expect(withRulesOff(['futureDateNotInherited'], () => dates(truce, '2025-05-06T08:00:00Z'))).toEqual([
      '21 drone: 2025-05-08',
    ]);
  });
  it('still dates it by an earlier sentence on or before publication', () => {
    expect(
      dates(
        "On 3 May, Russia launched 40 drones at Kyiv.\n\nUkraine's air force said it shot down 35 of them.",
        '2025-05-06T08:00:00Z',
      ),
    ).toEqual(['35 drone: 2025-05-03']);
    expect(dates(truce, '2025-05-09T08:00:00Z')).toEqual(['21 drone: 2025-05-08']);
  });
});

describe('aircraft the threats were launched from are no claim', () => {
  ruleFamily('launchPlatform', [
    ["Ukraine's air force said it shot down 30 missiles fired by 11 Tu-95 bombers.", ['30 missile @ country UA']],
    [
      "Russia's defence ministry said air defences destroyed 12 Storm Shadow missiles launched from four Su-24 aircraft over the Black Sea.",
      ['12 missile @ country RU'],
    ],
    [
      "Kyiv's military administration said every missile fired from 4 Russian bombers was shot down over the capital.",
      [],
    ],
  ]);
  identityRows([
    // (aircraft downed beside the threats, and the defenders' jets, as before)
    [
      "Ukraine's air force said it shot down 3 Su-34 jets and 20 drones.",
      ['20 drone @ country UA', '3 aircraft @ country UA'],
    ],
    ["Ukraine's air force said 12 drones were shot down by two F-16 jets.", ['12 drone @ country UA']],
  ]);
});

describe('a part "of which" after a phrase of regions, saying what the regions do, counts regions', () => {
  ruleFamily('partOfPlaces', [
    [
      'Russian air defences brought down six Ukrainian drones in four Russian regions early this morning, three of which do not border Ukraine.',
      ['6 drone @ country RU'],
    ],
    [
      'Russian air defences brought down six drones over four regions, two of which border Ukraine.',
      ['6 drone @ country RU'],
    ],
    ['Air defences shot down six drones over four regions, two of them bordering Ukraine.', ['6 drone @ country UA']],
  ]);
  identityRows([
    // (a part of the threats, with its place or its kind)
    [
      'Air defences shot down 30 drones over five regions, 20 of them over Kursk.',
      ['20 drone @ RU-KRS', '30 drone @ country RU'],
    ],
    [
      'Air defences shot down 30 drones over five regions, 20 of which were Shaheds.',
      ['20 drone @ country UA', '30 drone @ country UA'],
    ],
  ]);
});

describe('a count after "except" is what was left out', () => {
  ruleFamily('exceptCount', [
    [
      "Russia's defence ministry said air defences repelled the attacks in all of the regions except two - Murmansk and Irkutsk.",
      [],
    ],
  ]);
  identityRows([
    ["Ukraine's air force said all the drones were shot down except for two that hit Kharkiv.", []],
    // ("apart from" adds)
    [
      "Apart from 12 drones shot down over Kursk, Russia's defence ministry said three were destroyed over Belgorod.",
      ['12 drone @ RU-KRS', '3 drone @ RU-BEL'],
    ],
  ]);
});

describe('a count whose head names a vessel is no aerial threat', () => {
  ruleFamily('vesselHead', [
    ["Russia's defence ministry said 14 uncrewed boats and 4 landing craft were destroyed in the Black Sea.", []],
  ]);
  identityRows([
    [
      "Russia's defence ministry said 14 unmanned aerial vehicles were destroyed over the Black Sea.",
      ['14 drone @ SEA-BLACK'],
    ],
  ]);
});

describe("the headline printed again reads its source's capital as the first line does", () => {
  ruleFamily('headlineRepeatedSource', [
    [
      'Six UK-supplied Storm Shadow missiles shot down - Moscow\n\nYou are here\n\nSix UK-supplied Storm Shadow missiles shot down - Moscow | 16 May 2023 | Russian air defences brought down six Storm Shadow missiles over the past day, the defence ministry said.',
      ['6 missile @ country RU'],
    ],
  ]);
  identityRows([
    [
      'Air defences downed 14 drones over Moscow region, mayor says\n\nAir defences downed 14 drones over Moscow region, mayor says. Sobyanin wrote on Telegram that there was no damage.',
      ['14 drone @ RU-MOS'],
    ],
  ]);
});

describe('no verb of the count is looked for past "in what"', () => {
  ruleFamily('inWhatClause', [
    [
      "Russia's defence ministry said air defences brought down 343 Ukrainian drones over ten regions in what appears to be the largest drone attack on Russia.",
      ['343 drone @ country RU'],
    ],
  ]);
});

describe("a capital that launches is the government, not the set's target", () => {
  ruleFamily('capitalLaunches', [
    ['Kyiv launched 38 drones at Crimea overnight. Of these, 29 were shot down.', ['29 drone @ UA-43']],
    ["Moscow fired 40 drones at Odesa overnight. Ukraine's air force said 31 were shot down.", ['31 drone @ UA-51']],
  ]);
  identityRows([
    ["Russia launched 40 drones at Kyiv overnight. Ukraine's air force said 31 were shot down.", ['31 drone @ UA-30']],
  ]);
});

describe("the place an attempt to attack names is the set's target", () => {
  ruleFamily('toAttackTarget', [
    [
      'Last Friday night, Kyiv tried to attack Crimea with 38 drones. Of these, 29 were disabled by electronic warfare and the other 9 were shot down.',
      ['29 drone @ UA-43', '9 drone @ UA-43'],
    ],
  ]);
});

describe('"over our territory", "in our skies": the region named just before', () => {
  ruleFamily('ourTerritory', [
    [
      'Air defence forces were at work in the Cherkasy region overnight. Over our territory, 27 Russian UAVs were neutralised, the head of the regional administration wrote.',
      ['27 drone @ UA-71'],
    ],
    [
      'Air defence was active in the Poltava region overnight. In our skies, nine Shahed drones were destroyed, the governor said.',
      ['9 drone @ UA-53'],
    ],
  ]);
  identityRows([
    // (a country's voice speaks for the country)
    [
      "Russia attacked the Odesa region overnight. Ukraine's air force said 50 drones were shot down over our territory.",
      ['50 drone @ country UA'],
    ],
  ]);
});

describe('projectiles or shells after an MLRS named in the sentence before are rockets', () => {
  ruleFamily('mlrsBefore', [
    [
      "Russia's Defence Ministry said Russian forces had foiled an attack with Czech-made RM-70 Vampire multiple rocket launchers over the Belgorod region. It confirmed that 11 projectiles had been destroyed in mid-air.",
      ['11 rocket @ country RU'],
    ],
    [
      'Ukraine shelled Belgorod with Grad launchers, the governor said. Air defences shot down 14 shells over the city.',
      ['14 rocket @ RU-BEL'],
    ],
  ]);
  identityRows([
    // (after missiles, projectiles stay of no named kind)
    [
      'Ukraine fired Storm Shadow missiles at Crimea. Russia said 11 projectiles had been destroyed over Crimea.',
      ['11 unknown @ UA-43'],
    ],
  ]);
});

describe('a capital that disputes a report, is said to use arms, wages the war or holds land is the government', () => {
  ruleFamily('capitalDisputes', [
    [
      "He went on to say that air defence had shot down 13 'Shahed drones' – the Iranian-made kamikaze drones Moscow is said to use against Ukrainian targets.",
      ['13 drone @ country UA'],
    ],
  ]);
  ruleFamily('capitalSubjectVerb', [
    [
      'Kyiv says its forces destroyed 14 Russian drones during the night as Moscow went after sites around Ukraine.',
      ['14 drone @ country UA'],
    ],
  ]);
  ruleFamily('annexedByCapital', [
    [
      'For its part, the Russian government said that 179 Ukrainian drones were intercepted over the past hours, including 77 over the Crimean peninsula, annexed by Moscow in 2014.',
      ['179 drone @ country RU', '77 drone @ UA-43'],
    ],
  ]);
  ruleFamily('capitalDowns', [["Putin meets commanders as Kyiv 'downs 14 drones'", ['14 drone @ country UA']]]);
  ruleFamily('denialForms', [['Kyiv rejects Russian claim of downing four Ukrainian jets', []]]);
  identityRows([
    // (the place where its preposition says so)
    ['Air defences shot down 14 drones over Moscow, which Ukraine attacked overnight.', ['14 drone @ RU-MOW']],
    [
      'Air defences were busy over the capital as Kyiv downs 14 drones aimed at the city, says Klitschko.',
      ['14 drone @ UA-30'],
    ],
  ]);
});

describe("a capitalised label's number counts nothing", () => {
  ruleFamily('labelNumber', [
    ["Dutch F-35 jets brought down Russian drones over Poland, leading to the activation of NATO's Article 4.", []],
  ]);
});

describe("a part of a placed total at a compass point only is in the total's places", () => {
  ruleFamily('compassPartOfTotal', [
    [
      'Russian air defense brought down four Ukrainian drones over Crimea, one in the north-west and three over its western part, the head of the republic said.',
      ['1 drone @ UA-43', '3 drone @ UA-43', '4 drone @ UA-43'],
    ],
    [
      'Russian air defense brought down four Ukrainian drones over Crimea, one in the north and three in the west of the peninsula.',
      ['1 drone @ UA-43', '3 drone @ UA-43', '4 drone @ UA-43'],
    ],
  ]);
  identityRows([
    // (the total told again after a headline, in a later sentence of the body)
    [
      'Russia downs four drones over Crimea: Russian-installed official\n\nRussian air defense brought down four Ukrainian drones over Crimea, one in the north-west and three over its western part, Sergei Aksenyuk, who heads the administration there, wrote on Telegram.',
      ['1 drone @ UA-43', '3 drone @ UA-43', '4 drone @ UA-43'],
    ],
    // ("more" in the east is no part of the total)
    [
      "Ukraine's air force shot down 40 drones over the Odesa region, and 12 more in the east.",
      ['12 drone @ country UA', '40 drone @ UA-51'],
    ],
  ]);
});

describe('a set whose share, told by no number, was downed is no claim', () => {
  ruleFamily('shareOfSet', [["Ukraine's air force said that out of eight missiles only half were brought down.", []]]);
  identityRows([
    ["Out of 40 drones launched, 35 were shot down, Ukraine's air force said.", ['35 drone @ country UA']],
    ["Of the 40 drones, 12 were shot down over Kyiv, Ukraine's air force said.", ['12 drone @ UA-30']],
    ["Ukraine's air force said 20 drones were shot down, half of them over Kyiv.", ['20 drone @ country UA']],
    // (a share in quotes is cut from the count's clause as one without)
    [
      'The Ukrainians say they destroyed 39 of the 76 drones launched by Russia, "most of them in the Odesa and Kyiv oblasts", the air force said.',
      ['39 drone @ country UA'],
    ],
  ]);
});

describe('a number before "hits" or "strikes" counts hits', () => {
  ruleFamily('hitsNoun', [
    [
      '73 of the 108 drones used by Russia were shot down or destroyed, although the military could not prevent 35 hits at 14 locations.',
      ['73 drone @ country UA'],
    ],
    ['Air defences shot down 20 drones, but 6 hits were recorded in the Kharkiv region.', ['20 drone @ country UA']],
  ]);
  identityRows([['Air defences shot down 20 drones over Kharkiv; 6 hit the city.', ['20 drone @ UA-63']]]);
});

describe('the reviews: forms the rules must leave alone, and the forms they were narrowed or widened to', () => {
  identityRows([
    // capitalSubjectVerb: only after a clause's opener, never a passive
    ["Kyiv targeted by drones: 9 were shot down, the city's military administration said.", ['9 drone @ UA-30']],
    // capitalDowns: the city's own voice keeps the city
    ['Odesa counts damage while Kyiv intercepts all 14 drones aimed at it, says Klitschko.', ['14 drone @ UA-30']],
    // compassPartOfTotal: a sibling item, or a total's list after a colon, is no total
    [
      "Russia's defence ministry said 25 drones were destroyed over the Bryansk region, three over the Kursk region and five in the south.",
      ['25 drone @ RU-BRY', '3 drone @ RU-KRS', '5 drone @ country RU'],
    ],
    [
      "Ukraine's air force said 52 drones were downed: 40 over the Odesa region and 12 in the east.",
      ['12 drone @ country UA', '40 drone @ UA-51', '52 drone @ country UA'],
    ],
    // shareOfSet: "all of the" is the whole set
    ["Ukraine's air force said all of the 14 drones, most of them Shaheds, were shot down.", ['14 drone @ country UA']],
    // partOfPlaces: "are" says what the threats are
    [
      "Russia's defence ministry said it shot down 30 Ukrainian drones over five regions, 20 of which are believed to be Lyutyi long-range drones.",
      ['20 drone @ country RU', '30 drone @ country RU'],
    ],
    // exceptCount: a count after "except" with a downing of its own
    [
      "Except for one drone shot down over the Kursk region, the night passed quietly, Russia's defence ministry said.",
      ['1 drone @ RU-KRS'],
    ],
    // ourTerritory: a ministry in the sentence speaks for the country
    [
      "Russia's defence ministry said the Bryansk region was attacked overnight. Over our territory, 40 drones were destroyed, the ministry said.",
      ['40 drone @ country RU'],
    ],
    // mlrsBefore: beside missiles, projectiles stay of no named kind
    [
      "Ukraine attacked the Belgorod region with Grad rockets and Storm Shadow cruise missiles, Russia's defence ministry said. It said 18 projectiles were shot down.",
      ['18 unknown @ RU-BEL'],
    ],
    // denialForms: "claim to have downed"
    ["Kyiv dismisses Moscow's claim to have downed four Ukrainian jets.", []],
  ]);
  it('gives a date after publication a day of grace (a late evening UTC is the next day in Kyiv)', () => {
    expect(
      dates(
        "Overnight on 7 May, Russia launched 40 drones at Kyiv.\n\nUkraine's air force said it shot down 35 of them.",
        '2025-05-06T21:30:00Z',
      ),
    ).toEqual(['35 drone: 2025-05-07']);
  });
});

describe('a town before a region in a list that goes on is one more item', () => {
  ruleFamily('listNotApposition', [
    [
      'According to the ministry, four unmanned aerial vehicles were shot down over the Belgorod, Bryansk, Krasnodar Krai, Novgorod and Rostov regions.',
      ['4 drone @ RU-BEL+RU-BRY+RU-KDA+RU-NGR+RU-ROS'],
    ],
  ]);
  identityRows([["Ukraine's air force said a drone was downed near Kirovsk, Luhansk region.", ['1 drone @ UA-09']]]);
});

describe('"crashed" and "came down" after a count are its own fate', () => {
  ruleFamily('crashedOwnVerb', [
    [
      "Russia's defence ministry said three drones were downed over the Kirov region; two others came down on the depot site and burned.",
      ['3 drone @ RU-KIR'],
    ],
    [
      "Russia's defence ministry said three drones were downed over the Kirov region, and two others crashed into the depot.",
      ['3 drone @ RU-KIR'],
    ],
  ]);
  identityRows([
    [
      'The Belarusian Defence Ministry said its air defence forces had hit a missile whose fragments came down near the village of Gorbakha, Brest region.',
      ['1 missile @ BY-BR'],
    ],
  ]);
});

describe('the official named two sentences before still speaks when the sentence between is theirs by surname', () => {
  ruleFamily('speakerIntroducedBefore', [
    [
      'Yurii Savchuk, the head of the Odesa regional military administration, described the attack. For three hours the Russians kept sending drones at the region, Savchuk said. Air defence destroyed 19 Shaheds. There was an impact, the regional chief added.',
      ['19 drone @ UA-51'],
    ],
  ]);
  identityRows([
    // (another speaker of the surname between)
    [
      'Yurii Savchuk, the head of the Odesa regional military administration, described the attack. Air force spokesman Ihor Savchuk said drones hit several regions. Air defence destroyed 19 Shaheds.',
      ['19 drone @ country UA'],
    ],
  ]);
});
