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
