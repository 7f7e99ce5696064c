/**
 * The thirteenth round's structures (README, "Thirteenth round"): each family with invented sentences
 * (no corpus sentence); the first row of each switchable family is checked to fail with its rule switched off.
 */
import { identityRows, ruleFamily as family } from '../test/identities';

describe('"over the Kursk region and other parts of the country", "over Crimea and various regions": a partial list is country scope', () => {
  family('partialList', [
    [
      'The Russian defence ministry said air defences had destroyed 41 Ukrainian drones over the Kursk region and other parts of the country.',
      ['41 drone @ country RU'],
    ],
    [
      'Russian air defences shot down 17 Ukrainian drones over the Tula region and other parts of Russia overnight.',
      ['17 drone @ country RU'],
    ],
    // contested land in a partial list does not tell the country: the reporting side does
    ['Headline: 18 Ukrainian drones downed over Crimea and various regions', ['18 drone @ country RU']],
    [
      "Russia's defence ministry said its air defences had intercepted 26 drones sent by Ukraine over the Crimean peninsula and in various regions of Russia.",
      ['26 drone @ country RU'],
    ],
    [
      'Ukrainian air defence shot down 30 Russian drones over the Odesa region and other parts of Ukraine.',
      ['30 drone @ country UA'],
    ],
    // a full list stays regional
    [
      'Russian air defences shot down 12 Ukrainian drones over the Kursk region and the Oryol region.',
      ['12 drone @ RU-KRS+RU-ORL'],
    ],
  ]);
});

describe('"destroyed the drones both over six regions and over Crimea": "both … and" joins two phrases, it is no count', () => {
  identityRows([
    [
      'The Russian defence ministry said its forces had destroyed the Ukrainian drones both over the territory of four regions and over the Crimean peninsula.',
      [],
    ],
    ['Ukrainian units downed the attack drones both in the air and on the approach to Odesa, the governor said.', []],
    // "both" standing for two threats stays a count
    ['Two missiles were fired at Odesa overnight. Air defence shot down both over the sea.', ['2 missile @ SEA-BLACK']],
    ['Two drones flew towards Kursk. Both were shot down over the Kursk region.', ['2 drone @ RU-KRS']],
  ]);
});

describe('"26 out of a total of 31 drones": the total after a numeral is the set the part is taken from', () => {
  identityRows([
    [
      'Ukrainian air defence shot down 37 out of a total of 45 drones with which Russia attacked the country overnight.',
      ['37 drone @ country UA'],
    ],
    [
      'Russian air defences destroyed 14 of a total of 19 drones over the Kursk region, the ministry said.',
      ['14 drone @ RU-KRS'],
    ],
    // a total after a placed count is still the interception total
    [
      'Air defence shot down 20 drones over the Kyiv region out of a total of 26.',
      ['20 drone @ UA-32', '26 drone @ country UA'],
    ],
  ]);
});

describe('"…eight drones over Voronezh and destroyed 44 more over areas west of Moscow": a coordinated verb phrase with its own count is its own clause', () => {
  identityRows([
    [
      'The ministry said it had shot down six drones over the Kursk region and destroyed 31 more over areas east of Moscow.',
      ['31 drone @ RU-MOS', '6 drone @ RU-KRS'],
    ],
    [
      'Air defences brought down nine drones over the Bryansk region and intercepted 12 more drones 40 km south of Voronezh.',
      ['12 drone @ RU-VOR', '9 drone @ RU-BRY'],
    ],
    // one verb phrase ("detected and destroyed") keeps the place before it
    ['In the Kursk region air defence detected and destroyed five drones.', ['5 drone @ RU-KRS']],
    // a bare count with no place of its own still shares the place before
    [
      'Air defence shot down six drones over the Kursk region and destroyed two more.',
      ['2 drone @ RU-KRS', '6 drone @ RU-KRS'],
    ],
  ]);
});

describe('"over Kyiv and the region": a city that is a subdivision of its own, and the oblast around it', () => {
  identityRows([
    [
      'The city administration said about 40 drones had been destroyed over Kyiv and the region overnight.',
      ['about 40 drone @ UA-30+UA-32'],
    ],
    [
      'The mayor said air defence shot down 12 drones over Moscow and the surrounding region.',
      ['12 drone @ RU-MOS+RU-MOW'],
    ],
    // another region named: that one
    ['Air defence destroyed 12 drones over Kyiv and the region of Zhytomyr.', ['12 drone @ UA-18+UA-30']],
    // the city alone
    ['The city administration said 15 drones had been destroyed over Kyiv.', ['15 drone @ UA-30']],
  ]);
});

describe('"in the Kaluga region, 180 km south-west of the capital Moscow", "the Istra district close to the capital": reference points', () => {
  identityRows([
    [
      'On Monday Russian air defence shot down a Ukrainian drone in the Tula region, less than 200 km south of the capital Moscow.',
      ['1 drone @ RU-TUL'],
    ],
    [
      'Air defence destroyed one drone over the Odintsovo district close to the capital, the ministry said.',
      ['1 drone @ RU-MOS'],
    ],
    ['A drone was shot down in the Kaluga region, not far from the Russian capital, Moscow.', ['1 drone @ RU-KLU']],
    // "close to" with no place before it is where the threat was stopped
    ['Russian air defence shot down one drone close to Belgorod overnight.', ['1 drone @ RU-BEL']],
  ]);
});

describe('"shot down one drone over A and the other over B": the second of a pair is a single threat of its own', () => {
  identityRows([
    [
      'Air defence shot down one drone over the Tver region and the other over the Moscow region, the ministry said.',
      ['1 drone @ RU-MOS', '1 drone @ RU-TVE'],
    ],
    [
      'Russian air defence destroyed one missile over the Belgorod region, the second over the Kursk region.',
      ['1 missile @ RU-BEL', '1 missile @ RU-KRS'],
    ],
    // placed nowhere the gazetteer knows: country scope, not a repeat of the first
    [
      'Air defence shot down one drone over the Kaluga region and the other over a motorway, the ministry said.',
      ['1 drone @ RU-KLU', '1 drone @ country RU'],
    ],
    // "the other" with a noun of its own is no count
    ['Air defence shot down one drone over the Kaluga region, and the other drones hit a depot.', ['1 drone @ RU-KLU']],
  ]);
});

describe('"five were put out of action by electronic warfare": an EW phrase with its agent is a downing', () => {
  identityRows([
    [
      'Nine Ukrainian drones were shot down by air defence systems. Separately, four were put out of action by electronic warfare.',
      ['4 drone @ country RU', '9 drone @ country RU'],
    ],
    [
      'The ministry said three drones were knocked out of action by electronic warfare over the Bryansk region.',
      ['3 drone @ RU-BRY'],
    ],
    // out of action with no EW agent is not read
    ['Three drones were put out of action over the Bryansk region, the governor said.', []],
  ]);
});

describe('"41 drones over Crimea -- annexed by Russia in 2014 --", "shot 900 out of the sky last month": whose period a year names', () => {
  family('periodTally', [
    ['The air force says it shot 940 of the 1,700 Russian drones out of the sky last month.', []],
    [
      'It said air defences shot down 33 drones over Crimea -- annexed by Russia in 2014 -- as well as 20 drones over the Black Sea.',
      ['20 drone @ SEA-BLACK', '33 drone @ UA-43'],
    ],
    ['Russian air defences shot down 14 drones over Crimea (annexed in 2014) overnight.', ['14 drone @ UA-43']],
    // a single threat last month is one downing
    ['Last month air defence shot down a drone over the Kursk region.', ['1 drone @ RU-KRS']],
  ]);
});

describe('"one Tu-141 (VR-2 Strizh) drone": a model\'s other designation in brackets is an aside', () => {
  identityRows([
    [
      'Russian air defence shot down one Ukrainian Tu-143 (VR-3 Reis) drone over the Bryansk region.',
      ['1 drone @ RU-BRY'],
    ],
    ['Air defence destroyed two Kh-101 (X-101) missiles over the Kyiv region.', ['2 missile @ UA-32']],
    // a number in brackets is still a count
    [
      'Air defence destroyed drones over the Kursk region (five) and the Bryansk region (two).',
      ['2 drone @ RU-BRY', '5 drone @ RU-KRS'],
    ],
  ]);
});

describe('"downed 26 drones from Moscow to the Sea of Azov": a range names the extent, not where the threats were stopped', () => {
  identityRows([
    ['Russia says it downed 31 Ukrainian drones from Moscow to the Black Sea', ['31 drone @ country RU']],
    ['Ukrainian air defences shot down 40 Russian drones from Kharkiv to Odesa overnight.', ['40 drone @ country UA']],
    // a place of its own after the range stays
    ['Air defence shot down 12 drones flying from Belgorod to Kursk over the Kursk region.', ['12 drone @ RU-KRS']],
  ]);
});

describe('"…, taking the total brought down since Saturday to 26": a running total is no claim at its last part\'s place', () => {
  identityRows([
    [
      'The ministry said four drones had been destroyed over the Oryol and Kursk regions, taking the total shot down since Friday to 19.',
      ['19 drone @ country RU', '4 drone @ RU-KRS+RU-ORL'],
    ],
    [
      'Two more drones were shot down over the Tula region, bringing the number of downed drones to 17, the ministry said.',
      ['17 drone @ country RU', '2 drone @ RU-TUL'],
    ],
    // a place of its own stays
    [
      'Air defence shot down three drones over Bryansk, taking the total to 12 over the Bryansk region since midnight.',
      ['12 drone @ RU-BRY', '3 drone @ RU-BRY'],
    ],
  ]);
});

describe('"… shot down two S-200 missiles. The missiles were downed over the Sea of Azov": a restatement over a sea places the claim', () => {
  identityRows([
    [
      'The ministry said Russian air defence shot down three Ukrainian Neptune missiles. The missiles were downed over the Black Sea.',
      ['3 missile @ SEA-BLACK'],
    ],
    [
      "Ukraine's air force said it destroyed four Kalibr missiles overnight. The missiles were shot down over the Black Sea.",
      ['4 missile @ SEA-BLACK'],
    ],
  ]);
});

describe('"…, the mayor said. Besides, the ministry said air defence shot down two missiles": another body speaking is not the official named before', () => {
  identityRows([
    [
      'The Belgorod governor said the attack damaged a house. The ministry said air defence shot down four drones.',
      ['4 drone @ country RU'],
    ],
    [
      'Drones were shot down near the city, Moscow mayor Sergei Sobolev said. Separately, the defence ministry said two missiles were destroyed. The missiles were downed over the Black Sea.',
      ['2 missile @ SEA-BLACK'],
    ],
    // with no other speaker the official's jurisdiction still places the sentence after
    ['The Belgorod governor said the attack damaged a house. Air defence shot down four drones.', ['4 drone @ RU-BEL']],
  ]);
});

describe('"over the city of Feodosia on the Black Sea": a sea after a place and "on the" says where the place lies', () => {
  identityRows([
    [
      'Air defence shot down a missile over the port city of Berdiansk on the Sea of Azov, the occupation authorities said.',
      ['1 missile @ UA-23'],
    ],
    ['The governor said three drones were brought down near Yevpatoria on the Black Sea coast.', ['3 drone @ UA-43']],
    // a sea of its own in a list stays a place
    ['Air defence shot down 12 drones over Crimea and on the Black Sea.', ['12 drone @ SEA-BLACK+UA-43']],
  ]);
});

describe('"According to Moscow, air defence destroyed 31 drones": a capital as a source is its government', () => {
  identityRows([
    ['According to Moscow, Russian air defence destroyed 27 Ukrainian drones.', ['27 drone @ country RU']],
    ['According to Kyiv, air defence destroyed 31 Russian drones overnight.', ['31 drone @ country UA']],
    // a place of the count stays
    ['According to Kyiv, air defence destroyed 31 Russian drones over the Kyiv region.', ['31 drone @ UA-32']],
  ]);
});

describe('"drone attacks hit three regions, and one of the aircraft was brought down": a plain "aircraft" after drones is those drones', () => {
  identityRows([
    [
      'Ukrainian drones attacked six Russian regions overnight, and air defence shot down four aircraft over the Kursk region.',
      ['4 drone @ RU-KRS'],
    ],
    [
      'Drone attacks hit the Oryol and Tula regions, and one of the aircraft was brought down in the Kaluga region.',
      ['1 drone @ RU-KLU'],
    ],
    // a manned type or modifier, no drone named before, or an airfield (aircraft on the ground): an aircraft
    [
      'Ukraine launched 20 drones overnight, and air defence shot down two military aircraft over the Kursk region.',
      ['2 aircraft @ RU-KRS'],
    ],
    ['Air defence shot down six aircraft over the Kursk region.', ['6 aircraft @ RU-KRS']],
    ['Drones struck the Millerovo airfield last year, when officials said four aircraft had been destroyed.', []],
  ]);
});

describe('"air defences destroyed a hypersonic missile during a raid on Kyiv": air defence destroys in the air, so the raid is the attack', () => {
  identityRows([
    [
      "Ukraine's air defences destroyed a Russian cruise missile during a raid on Kyiv last week.",
      ['1 missile @ UA-30'],
    ],
    ['Russian anti-aircraft units destroyed six drones during the raid on the Belgorod region.', ['6 drone @ RU-BEL']],
    // with another subject a raid is still a strike on the ground
    ['Ukrainian forces destroyed two helicopters during a raid on the airfield.', []],
    ['Ukrainian forces destroyed two Russian helicopters in a strike, the general staff said.', []],
  ]);
});
