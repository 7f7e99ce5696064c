/**
 * The forty-ninth round (issue 11, session 52): region names in spellings the gazetteer does not hold, then the dev
 * halves of fresh batches (yn–yr) (libs/extraction/README.md, "Forty-ninth round"). The first row of each switchable
 * family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';
import { nearestRegion } from './misspelt-region';

describe('a capitalised name before a region word that the gazetteer does not hold is the region it is an edit or two from', () => {
  ruleFamily('misspeltRegion', [
    [
      "Moscow's military said it had shot down 4 Ukrainian drones over the southern Briansk region, and one over the central Oryol region.",
      ['1 drone @ RU-ORL', '4 drone @ RU-BRY'],
    ],
    [
      'The statement said 7 drones were brought down over the Kursk region, and another 6 over the Bilgorod region.',
      ['6 drone @ RU-BEL', '7 drone @ RU-KRS'],
    ],
    ['Air defence destroyed 2 drones over the Tola region overnight.', ['2 drone @ RU-TUL']],
    ['Air defence destroyed 2 drones over the region of Briansk overnight.', ['2 drone @ RU-BRY']],
    ['A total of 23 drones were intercepted in the skies over the Brainsk oblast.', ['23 drone @ RU-BRY']],
  ]);
  identityRows([
    // (a name far from every region's is no region; a known name is read as before; a hyphened name's end is not a word)
    ['Air defence destroyed 2 drones over the Rasha region overnight.', []],
    ['Air defence destroyed 2 drones over the Ivano-Frankivsk region overnight.', ['2 drone @ UA-26']],
  ]);

  it('reads one edit for a short name and two for a longer one, with the same first letter, and no tie', () => {
    expect(nearestRegion('Tola')).toBe('RU-TUL');
    expect(nearestRegion('Briansk')).toBe('RU-BRY');
    expect(nearestRegion('Braynsk')).toBe('RU-BRY');
    // (two edits from "tula" is too far for a four-letter name)
    expect(nearestRegion('Tiba')).toBeNull();
    // (a different first letter is another word, not a misspelling)
    expect(nearestRegion('Pryansk')).toBeNull();
  });
});

describe("a country's regions in the possessive, unnamed, are the country as the place", () => {
  ruleFamily('possessiveRegions', [
    [
      "Russian air defences downed and destroyed 208 Ukrainian drones over Russia's regions and the Black Sea during the night.",
      ['208 drone @ country RU'],
    ],
    [
      "Air defence systems destroyed 41 drones over Ukraine's regions and the Sea of Azov overnight.",
      ['41 drone @ country UA'],
    ],
  ]);
  identityRows([
    ["Air defences destroyed 20 drones over three of Russia's regions overnight.", ['20 drone @ country RU']],
  ]);
});

describe('a place put first after a comma, then a count with a verb of its own, opens a clause', () => {
  ruleFamily('frontedPlaceClause', [
    [
      'According to the ministry, the largest number of drones was destroyed over the Rostov region – 45, in the sky over Krasnodar Territory six drones were shot down.',
      ['45 drone @ RU-ROS', '6 drone @ RU-KDA'],
    ],
  ]);
  identityRows([
    // (a place after the comma with no count of its own is still the count's)
    ['Air defence destroyed 12 drones, in the skies over the Kursk region.', ['12 drone @ RU-KRS']],
  ]);
});

describe('a sentence opening on an earlier event is not placed by the official named in the sentence before', () => {
  ruleFamily('earlierEventOpener', [
    [
      'Voronezh region governor Alexander Gusarov said that several drones had been destroyed over the region and that nobody was hurt. Before this, on the night of September 9, Russian air defence systems had shot down 126 drones.',
      ['126 drone @ country RU'],
    ],
  ]);
  identityRows([
    // ("Earlier" as often opens the same official's earlier statement of the night: still theirs to place)
    [
      'Gladkov said air defence had shot down two drones. Earlier, air defence destroyed one more drone.',
      ['1 drone @ RU-BEL', '2 drone @ RU-BEL'],
    ],
    ['The Kursk governor said nobody was hurt. Air defence forces destroyed 5 drones.', ['5 drone @ RU-KRS']],
  ]);
});

describe('a breakdown of a count between dashes is read past to the verb, which its parts take too', () => {
  ruleFamily('breakdownAside', [
    [
      'Nine Russian military aircraft - four fighter jets and five military helicopters - were shot down on Saturday over the Bryansk region.',
      ['4 aircraft @ RU-BRY', '5 aircraft @ RU-BRY', '9 aircraft @ RU-BRY'],
    ],
    [
      'Nine drones — four Shaheds and five Gerberas — were shot down over the Bryansk region.',
      ['4 drone @ RU-BRY', '5 drone @ RU-BRY', '9 drone @ RU-BRY'],
    ],
  ]);
  identityRows([
    [
      'Eleven air targets - nine drones and two missiles - were destroyed over the Kursk region.',
      ['11 unknown @ RU-KRS', '2 missile @ RU-KRS', '9 drone @ RU-KRS'],
    ],
  ]);
});

describe('a compass part with its article is part of the place after it, not a point outside it', () => {
  ruleFamily('compassPartOf', [
    [
      'On-duty air defence assets eliminated 31 Ukrainian drones above the Black Sea and the north-west of the Crimean peninsula.',
      ['31 drone @ SEA-BLACK+UA-43'],
    ],
    ['Air defence destroyed 5 drones over the north of the Kursk region.', ['5 drone @ RU-KRS']],
  ]);
});

describe('"nearer" with no "to" names a reference point, as "closer to" does', () => {
  ruleFamily('nearerWithoutTo', [
    [
      "Air defence systems destroyed three drones over the Kaluga region and two nearer the capital, over the Moscow region's Istra district.",
      ['2 drone @ RU-MOS', '3 drone @ RU-KLU'],
    ],
  ]);
});

describe("a type's model letter, then words before the head, stays in the counted phrase", () => {
  ruleFamily('modelLetterHead', [
    [
      'It said that air defence systems on duty destroyed three Vilkha MLRS rockets, two Tochka-U tactical missiles and one drone over the Belgorod Region.',
      ['1 drone @ RU-BEL', '2 missile @ RU-BEL', '3 rocket @ RU-BEL'],
    ],
  ]);
  identityRows([
    [
      'Air defence destroyed two Kinzhal-K hypersonic missiles and four drones over the Kyiv region.',
      ['2 missile @ UA-32', '4 drone @ UA-32'],
    ],
  ]);
});

describe('a count with its own passive downing and no place, then "and N were …" placed, is over that place too', () => {
  ruleFamily('passivePairPlace', [
    [
      'Five UAVs were destroyed and two were intercepted over the territory of the Republic of Crimea, two UAVs were destroyed over the Bryansk Region.',
      ['2 drone @ RU-BRY', '2 drone @ UA-43', '5 drone @ UA-43'],
    ],
  ]);
});

describe('a bare count before a course participle and its preposition counts the threats in context', () => {
  ruleFamily('headedBare', [
    [
      'According to the Russian Ministry of Defence, twelve drones were shot down in the Moscow region, among them five headed towards Moscow.',
      ['12 drone @ RU-MOS', '5 drone @ RU-MOW'],
    ],
    ['Air defence destroyed 12 drones, five bound for Moscow.', ['12 drone @ country RU', '5 drone @ RU-MOW']],
  ]);
});

describe('a time between commas after the verb is read past to its object', () => {
  ruleFamily('timeAsideObject', [
    [
      'Russian air defence intercepted or destroyed, within three hours, 114 Ukrainian drones.',
      ['114 drone @ country RU'],
    ],
    ['Air defence destroyed, on Tuesday night, 40 drones over the Kursk region.', ['40 drone @ RU-KRS']],
  ]);
});

describe('", part of which" opens a part\'s clause, whose course does not place the whole', () => {
  ruleFamily('partOfWhichCut', [
    [
      'Russian air defence destroyed 114 Ukrainian drones, part of which were heading for Moscow.',
      ['114 drone @ country RU'],
    ],
  ]);
});

describe('a part "of them" with or without a border, after a phrase of regions, counts regions', () => {
  ruleFamily('partOfPlacesWith', [
    [
      "Russia's air defence systems brought down a total of six Ukrainian drones in four regions of Russia, three of them with no border with Ukraine.",
      ['6 drone @ country RU'],
    ],
  ]);
});

describe('a place something is "next to" is a reference point', () => {
  ruleFamily('nextToReference', [
    [
      'The air defences also destroyed one drone over the territory of the Tula region and another over that of Kaluga, both of them next to the Moscow region.',
      ['1 drone @ RU-KLU', '1 drone @ RU-TUL'],
    ],
  ]);
});

describe('a one-word name in a list of settlements closed by "in (the) <region>" is a settlement there', () => {
  ruleFamily('settlementsInRegion', [
    [
      "Air defence destroyed six drones near the settlements of Poltava, Novovodyanoye and Novokrasnyanka in the Lugansk People's Republic and Ambarnoye in the Kharkov Region.",
      ['6 drone @ UA-09+UA-63'],
    ],
    [
      'Air defence destroyed six drones near the villages of Sumy and Krasnopillia in the Kharkiv region.',
      ['6 drone @ UA-63'],
    ],
  ]);
  identityRows([
    // (a region named as such before the list stays)
    [
      'Air defence destroyed six drones over the Poltava region and the villages of Bilky and Zorya in the Kharkiv region.',
      ['6 drone @ UA-53+UA-63'],
    ],
  ]);
});

describe('a detection followed by a series of verbs reports the downing', () => {
  ruleFamily('detectedSeries', [
    [
      'Thirty-six Ukrainian aircraft-type unmanned aerial vehicles were detected, intercepted and destroyed by the duty air defence systems, the ministry said.',
      ['36 drone @ country RU'],
    ],
  ]);
});

describe("a date's day inside a relative clause between commas is read past to the count's verb", () => {
  ruleFamily('relativeWithDate', [
    [
      'Two Kalibr cruise missiles, which Russia launched at Ukraine on the night of July 13, were shot down in the Khmelnytskyi and Mykolaiv regions.',
      ['2 missile @ UA-48+UA-68'],
    ],
  ]);
});

describe('a bare count after "of which", whose set is two counts of different weapons, is of weapon unknown', () => {
  ruleFamily('ofWhichMixed', [
    [
      'Overnight into Sunday, Russia fired a total of 81 drones and two Iskander-M ballistic missiles at Ukraine, of which 69 were shot down or intercepted, the Ukrainian Air Force said.',
      ['69 unknown @ country UA'],
    ],
  ]);
  identityRows([
    ['Russia launched 40 drones at Ukraine overnight, of which 31 were shot down.', ['31 drone @ country UA']],
  ]);
});

describe('an interrogative "which one" closing a clause counts nothing', () => {
  ruleFamily('whichOne', [
    [
      'Governor Ivan Petrov of the Voronezh region said the drones had been intercepted in one of the districts, without saying which one.',
      [],
    ],
  ]);
});

describe('"each" inside a count\'s apposition is read past to its close and the verb after', () => {
  ruleFamily('eachInApposition', [
    [
      'The largest numbers of drones – eleven each – were intercepted over the Belgorod and Voronezh regions.',
      ['11 drone @ RU-BEL', '11 drone @ RU-VOR'],
    ],
  ]);
});

describe('generic objects as many as the threats of one weapon counted in the sentence before are those threats', () => {
  ruleFamily('objectsOfSet', [
    [
      '"In the course of the latest air-raid alert three unmanned aerial vehicles were detected over Kyiv. Air defence forces and means shot all three objects down," said Serhii Popenko, head of the Kyiv City Military Administration.',
      ['3 drone @ UA-30'],
    ],
  ]);
  identityRows([['Air defence shot down three targets over Kyiv.', ['3 unknown @ UA-30']]]);
});

describe('a later count whose clause has a verb of its own before it is no next item of a list', () => {
  ruleFamily('gapToCount', [
    [
      'Likewise, they have intercepted three British Storm Shadow cruise missiles and eleven American HIMARS projectiles, and have reported the destruction of nine drones in Donetsk, Lugansk and Kherson.',
      ['11 rocket @ country RU', '3 missile @ country RU', '9 drone @ UA-09+UA-14+UA-65'],
    ],
  ]);
});

describe('types named in a list of capitalised names before their one head are one counted phrase', () => {
  ruleFamily('namedTypesList', [
    [
      'Four guided aerial bombs, five HARM missiles and 44 HIMARS, Vampire and Alder rockets were destroyed over the Belgorod region by Russian air defence.',
      ['4 bomb @ RU-BEL', '44 rocket @ RU-BEL', '5 missile @ RU-BEL'],
    ],
  ]);
  identityRows([
    [
      'Russian air defence destroyed 12 HIMARS, Vampire and Grad rockets over the Belgorod region.',
      ['12 rocket @ RU-BEL'],
    ],
  ]);
});

describe('a place put first after a comma, then a count of each with no verb, opens a clause', () => {
  ruleFamily('frontedEachClause', [
    [
      'In the Tver Region six drones were intercepted, in the Kursk and Lipetsk regions four each, two more were downed over the Tambov Region.',
      ['2 drone @ RU-TAM', '4 drone @ RU-KRS', '4 drone @ RU-LIP', '6 drone @ RU-TVE'],
    ],
  ]);
});

describe('a bare count after ", of which" takes the weapon of the plural head right before the comma', () => {
  ruleFamily('ofWhichNoun', [
    [
      "Russia fired 10 missiles and 40 drones at Ukraine overnight. Ukraine's air force said the missiles, of which it shot down three, were aimed at northern regions, while the drones, of which 13 were downed, came from several directions.",
      ['13 drone @ country UA', '3 missile @ country UA'],
    ],
  ]);
});

describe('a capital right after the threats and before a verb of sending is the government that sent them', () => {
  ruleFamily('capitalSentThreats', [
    [
      "Ukraine's air defence units destroyed all 13 drones Moscow sent against Ukrainian territory, the air force said.",
      ['13 drone @ country UA'],
    ],
  ]);
});
