/**
 * The forty-eighth round (issue 11, session 51), from the dev halves of fresh batches (xw–ya and later): threats
 * with a verb of their own after ", and", parts of a land and targets with others beside them, launchers named in
 * words, "the others over …", a count's own impact, and counts told by states outside this war
 * (libs/extraction/README.md, "Forty-eighth round"). The first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"…, and Ukrainian army drones were likewise destroyed over …": threats with a modifier and a verb of their own open a clause', () => {
  ruleFamily('threatsClause', [
    [
      'Russian air defence systems intercepted and destroyed 17 drones over Bryansk Oblast, and Ukrainian army drones were likewise intercepted and destroyed over the Belgorod, Voronezh and Kursk oblasts.',
      ['17 drone @ RU-BRY'],
    ],
    [
      'Air defence destroyed 9 drones over the Kursk region, and Ukrainian attack drones were also shot down over the Oryol region.',
      ['9 drone @ RU-KRS'],
    ],
  ]);
});

describe('a count over "parts of" a land is not placed by the one place an attack before it targeted', () => {
  ruleFamily('partsOfWider', [
    [
      'Ukraine attacked Moscow on Sunday with dozens of drones, the biggest attack on the capital. Russian air defences destroyed 37 more drones over other parts of western Russia within three hours, the defence ministry said.',
      ['37 drone @ country RU'],
    ],
    [
      'Ukrainian drones attacked Kazan overnight. Air defence crews destroyed 12 drones over parts of the Volga region, the ministry said.',
      ['12 drone @ country RU'],
    ],
  ]);
  identityRows([
    // (with no "parts of", the attack's one target still places the count)
    [
      'Ukrainian drones attacked Kazan overnight. Four UAVs were destroyed by duty air-defence crews.',
      ['4 drone @ RU-TA'],
    ],
  ]);
});

describe('a target named with "and other cities" beside it does not place the parts of the set', () => {
  ruleFamily('andOtherTargets', [
    [
      'Russia launched 134 drones at Kyiv and other cities of Ukraine. Of these, the air force shot down 52 drones, officials said.',
      ['52 drone @ country UA'],
    ],
    [
      'Russia fired 40 missiles at Odesa as well as several other regions overnight. Air defence destroyed 31 of them.',
      ['31 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (a set sent at one place still places its parts there)
    ['Russia launched 22 drones at Crimea. Fifteen were shot down.', ['15 drone @ UA-43']],
  ]);
});

describe('missiles "launched from" a launcher named in words are rockets (claims.md, edge case 8)', () => {
  ruleFamily('rocketSystemNamed', [
    [
      'According to the occupation authorities in Melitopol, air defences brought down seven missiles launched from the U.S.-supplied M142 High Mobility Artillery Rocket System, or Himars.',
      ['7 rocket @ UA-23'],
    ],
    [
      'Russian air defence shot down four missiles fired by a multiple rocket launcher over the Belgorod region.',
      ['4 rocket @ RU-BEL'],
    ],
  ]);
  identityRows([
    // (missiles fired from an aircraft stay missiles)
    ['Ukrainian air defence shot down two missiles fired from a Su-34 bomber.', ['2 missile @ country UA']],
  ]);
});

describe('"and the others over …" with a place of their own open a clause, as "and the rest" does', () => {
  ruleFamily('othersRemainder', [
    [
      'The statement said 281 drones were destroyed overnight, of which 37 were brought down over Moscow and the others over the Bryansk, Kaluga and Tula regions.',
      ['281 drone @ country RU', '37 drone @ RU-MOW'],
    ],
    [
      'Air defences shot down 12 drones over the Kursk region and the others over the Belgorod region.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // ("the others were jammed" names no place: the place before still is the count's)
    ['Air defences shot down 12 drones over the Kursk region and the others were jammed.', ['12 drone @ RU-KRS']],
  ]);
});

describe('a count whose own verb tells it falling onto or striking something takes no downing verb from the count before', () => {
  ruleFamily('ownImpactVerb', [
    [
      'The mayor wrote that four drones had been shot down in the Mozhaysk district of the Moscow region, while another UAV had fallen onto a building under construction.',
      ['4 drone @ RU-MOS'],
    ],
  ]);
  identityRows([
    // (a part that fell over a named place is still where it was downed)
    [
      'Air defence destroyed five drones over the Kursk region and another fell in the Belgorod region.',
      ['5 drone @ RU-KRS'],
    ],
  ]);
});

describe('a count told by a state outside this war, in a sentence naming none of its lands, is no claim', () => {
  ruleFamily('foreignStateActor', [
    [
      "Myanmar junta says downed 12 'terrorist' drones over capital. Ukraine said Friday it destroyed all 17 missiles from a new wave of overnight attacks on Kyiv.",
      ['17 missile @ UA-30'],
    ],
  ]);
  identityRows([
    // (a maker of the arms is no actor)
    ["Ukraine's air force said it shot down 25 Iranian-made drones.", ['25 drone @ country UA']],
  ]);
});
