/**
 * The twenty-sixth round's structures (README, "Twenty-sixth round"), each with invented sentences (no corpus
 * sentence) and a row where the rule could reach too far.
 */
import { ruleFamily } from '../test/identities';

describe('"destroyed a total of 18 drones launched by Russia": a total after its verb is the count', () => {
  ruleFamily('totalLaunched', [
    [
      'The air force said it had destroyed a total of 18 drones launched by Russia overnight.',
      ['18 drone @ country UA'],
    ],
    ['Air defence units shot down a total of 26 Russian drones fired at the Odesa region.', ['26 drone @ UA-51']],
    // the total a part is taken from is still a set, not a claim
    ['Ukrainian air defence shot down 20 out of a total of 25 drones launched overnight.', ['20 drone @ country UA']],
    ['Ukrainian air defence shot down 20 of a total of 25 drones launched overnight.', ['20 drone @ country UA']],
  ]);
});

describe('"debris from a downed drone": where one downed threat fell, as "debris of a downed drone"', () => {
  ruleFamily('debrisFrom', [
    ['Debris from a downed drone fell on a garage in the Holosiivskyi district of Kyiv.', ['1 drone @ UA-30']],
    [
      'Wreckage from an intercepted missile damaged a school in the Obolonskyi district of Kyiv.',
      ['1 missile @ UA-30'],
    ],
    // no participle, no downing told: a drone that fell or crashed is no claim
    ['Debris from a drone fell on a garage in the Holosiivskyi district of Kyiv.', []],
    // an instrument after "from" stays one
    ['The substation in the Sumy region was hit from a drone launched across the border.', []],
  ]);
});

describe('"a downed drone set fire to …": "set fire" is the verb, not a noun the drone modifies', () => {
  ruleFamily(
    ['setFireVerb'],
    [
      [
        'In the Shevchenkivskyi district of Kyiv, wreckage of a downed drone set fire to a parked lorry.',
        ['1 drone @ UA-30'],
      ],
      // a drone that set fire without being downed is a strike, no claim
      ['A Russian drone set fire to a warehouse in the Sumy region.', []],
      // "drone fire" as a noun is still no count of threats
      ['Five houses were damaged by drone fire in the Kharkiv region.', []],
    ],
  );
});

describe('"Ukraine, whose air defences brought down 116 drones": the relative\'s owner is the defender', () => {
  ruleFamily('whoseDefences', [
    [
      'Russia kept up its nightly strikes on Ukraine, whose air defences brought down 87 drones, according to officials.',
      ['87 drone @ country UA'],
    ],
    // another noun after "whose" tells nothing of who downed them
    ['Russia sent drones at Ukraine, whose president said 40 were shot down.', ['40 drone @ country UA']],
  ]);
});

describe('"shot down 334 drones, 93 of which fell in the Moscow region": a part fallen over a named place', () => {
  ruleFamily('partFellAt', [
    [
      'The ministry said it had shot down 212 Ukrainian drones, 61 of which fell in the Kursk region.',
      ['212 drone @ country RU', '61 drone @ RU-KRS'],
    ],
    // no place named: the part is the set's, no claim of its own
    ['The ministry said it had shot down 212 Ukrainian drones, 61 of which fell on homes.', ['212 drone @ country RU']],
    // a launched set's part that fell was not downed
    ['Russia launched 50 drones at Ukraine, 10 of which fell in the Kharkiv region.', []],
  ]);
});

describe('"both civilian and military targets": "both … and" counts nothing', () => {
  ruleFamily('bothCorrelative', [
    [
      'The ministry said 23 Ukrainian drones were destroyed over the Belgorod region, where they had been aimed at both civilian and military targets.',
      ['23 drone @ RU-BEL'],
    ],
    // "both" standing for two threats is still two
    ['Both drones were shot down over the Kursk region.', ['2 drone @ RU-KRS']],
  ]);
});

describe("\"brought down by Kiev's defence forces\": a capital's national forces are the government's", () => {
  ruleFamily('capitalNationalForces', [
    ['Of the 30 drones launched, 22 were brought down by Kiev’s defence forces.', ['22 drone @ country UA']],
    // the city's own air defence is still the city's
    ['Of the 30 drones launched, 22 were brought down by Kyiv’s air defences.', ['22 drone @ UA-30']],
  ]);
});

describe('"and the rest over other regions": a remainder over unnamed places is the total\'s', () => {
  ruleFamily('restElsewhere', [
    [
      'Air defence destroyed 61 drones: 25 over Kursk, 19 over Bryansk and the rest over other regions.',
      ['19 drone @ RU-BRY', '25 drone @ RU-KRS', '61 drone @ country RU'],
    ],
    // a remainder over a named place is still its claim
    [
      'Air defence destroyed 61 drones: 25 over Kursk, 19 over Bryansk and the rest over Belgorod.',
      ['17 drone @ RU-BEL', '19 drone @ RU-BRY', '25 drone @ RU-KRS', '61 drone @ country RU'],
    ],
  ]);
});
