/**
 * The thirty-first round of extraction rules (issue 11, session 34): three wordings of the dev misses whose cause is
 * general — a compass word inside an official's title, the air force as the agent of "hit", and "defeated" as a
 * translation's downing verb. Each rule is switchable (rules.ts); the first row of each family fails with it off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('"the governor of the central Cherkasy region": a compass word inside the title keeps its place', () => {
  ruleFamily('compassInTitle', [
    [
      'The governor of the central Cherkasy region said air defences had destroyed one drone and that its wreckage started a fire.',
      ['1 drone @ UA-71'],
    ],
    [
      "The governor of Ukraine's southern Odesa region said air defences shot down five drones overnight.",
      ['5 drone @ UA-51'],
    ],
    ['The governor of the western Bryansk region said two drones were destroyed.', ['2 drone @ RU-BRY']],
    [
      'Ivan Petrov, the governor of the north-eastern Sumy region, said air defences shot down four drones.',
      ['4 drone @ UA-59'],
    ],
  ]);
  identityRows([
    // the title without a compass word, and a compass word with no title, are read as before
    ['The governor of the Cherkasy region said air defences had destroyed one drone.', ['1 drone @ UA-71']],
    ['Air defences shot down five drones over the southern Odesa region, the governor said.', ['5 drone @ UA-51']],
    // the count's own place still wins over the speaker's
    [
      'The governor of the central Cherkasy region said air defences shot down three drones over the Kirovohrad region.',
      ['3 drone @ UA-35'],
    ],
  ]);
});

describe('"17 UAVs were hit by the air force": the air force as the agent of "hit" is air defence', () => {
  ruleFamily('airForceHit', [
    [
      'The statement said that 17 UAVs were hit by the air force in the Kyiv, Mykolaiv, Odesa and Cherkasy regions.',
      ['17 drone @ UA-32+UA-48+UA-51+UA-71'],
    ],
    ["Seventeen drones were hit by Ukraine's air force over the Odesa region.", ['17 drone @ UA-51']],
  ]);
  identityRows([
    // a strike by an air force on things on the ground is no claim
    ['Ukrainian positions were hit by the Russian air force near Bakhmut.', []],
    ['A drone factory was hit by the air force overnight, officials said.', []],
    // the older agents are read as before
    ['Twelve drones were hit by air defence over the Kursk region, the governor said.', ['12 drone @ RU-KRS']],
  ]);
});

describe('"defeated about 17 UAVs": "defeated" with a count of threats is a downing', () => {
  ruleFamily('defeatedThreats', [
    [
      'In addition, the Air Defence Force defeated about 17 UAVs in the sky above Voronezh.',
      ['about 17 drone @ RU-VOR'],
    ],
    ['Air defence units defeated 12 enemy drones over the Odesa region overnight.', ['12 drone @ UA-51']],
  ]);
  identityRows([
    // no count of threats as the object: no claim
    ['Russian forces defeated two Ukrainian brigades near Avdiivka.', []],
    ["Ukraine's officials said the attack was defeated completely.", []],
    ['Ukraine defeated the drone attack on Kyiv overnight, the mayor said.', []],
  ]);
});
