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

describe('a set sent at "the capital" unnamed: its parts at the defender\'s capital', () => {
  ruleFamily('genericCapitalTarget', [
    [
      'President Volodymyr Zelensky called the attack calculated, stressing that some 428 drones were used against the capital alone. The Ukrainian Air Force said it had managed to intercept 403 of the 428 drones.',
      ['403 drone @ UA-30'],
    ],
  ]);
  identityRows([
    // a Russian defender's unnamed capital is Moscow, as before
    [
      'Ukraine launched 30 drones in an attack on the capital overnight. Russian air defences shot down 25 of them, the ministry said.',
      ['25 drone @ RU-MOW'],
    ],
    // a capital named is read as named
    [
      'Russia launched 40 drones in an attack on Kyiv overnight. The Ukrainian Air Force said it had intercepted 35 of the 40 drones.',
      ['35 drone @ UA-30'],
    ],
  ]);
});

describe("the side a count is on: a raid's target and the owner of the defences", () => {
  ruleFamily('raidOnDemonym', [
    [
      'The attack on Ukrainian territory coincided with the downing of 55 drones over Russia, according to the report.',
      ['55 drone @ country RU'],
    ],
  ]);
  ruleFamily('defencesOfDemonym', [
    [
      '"Three fixed-wing unmanned aerial vehicles were shot down by the air defence forces of the Russian defence ministry," the governor wrote.',
      ['3 drone @ country RU'],
    ],
  ]);
  identityRows([
    // a demonym's territory as the place itself, and an aircraft "of the" air force it belongs to, are read as before
    ['Air defences shot down 14 drones over Russian territory overnight.', ['14 drone @ country RU']],
    ['A Su-25 of the Ukrainian Air Force was shot down near Bakhmut, the ministry said.', ['1 aircraft @ UA-14']],
  ]);
});

describe('a set "used against" a place: its parts stopped there', () => {
  ruleFamily('usedAgainstSet', [
    [
      "In a statement, Russia's defence ministry said six American ATACMS missiles had been used against Sevastopol. Air defence intercepted five of them.",
      ['5 missile @ UA-40'],
    ],
    [
      'Russia used against Ukraine 40 Shahed drones overnight. Air defences shot down 35 of them.',
      ['35 drone @ country UA'],
    ],
  ]);
  identityRows([
    // "used" without a target, and a weapon used by the defenders, are read as before
    [
      'Air defence crews used 12 missiles overnight and shot down ten drones over the Kharkiv region.',
      ['10 drone @ UA-63'],
    ],
  ]);
});

describe('the defender told by the words around the count, not inside it', () => {
  ruleFamily('threatsOwnDemonym', [
    [
      'The ministry said air defences had shot down a Ukrainian anti-aircraft missile overnight.',
      ['1 missile @ country RU'],
    ],
    [
      'Russia said it had shot down a Ukrainian anti-aircraft missile over the Belgorod region.',
      ['1 missile @ RU-BEL'],
    ],
  ]);
  ruleFamily('bareDefences', [
    ['Three missiles were shot down by the Ukrainian defences.', ['3 missile @ country UA']],
    [
      'Russia fired 20 cruise missiles overnight. Three of them were shot down by the Ukrainian defences.',
      ['3 missile @ country UA'],
    ],
  ]);
  identityRows([
    // the demonym before the defenders' own words, and "defences" with no "by", are read as before
    ['Ukrainian anti-aircraft gunners shot down 3 drones over the Kharkiv region.', ['3 drone @ UA-63']],
    ['The Ukrainian defences were breached by 12 drones overnight.', []],
  ]);
});

describe('"hits from 10 missiles and 26 drones were recorded": counts of hits are no interceptions', () => {
  ruleFamily('hitsRecorded', [
    [
      'Russia attacked Ukraine overnight with 212 drones and 26 missiles. Air defence units downed or intercepted 186 drones and 16 missiles, but hits from 10 missiles and 26 drones were recorded at nine locations.',
      ['16 missile @ country UA', '186 drone @ country UA'],
    ],
    [
      'Russia attacked Ukraine overnight with 212 drones. Air defence shot down 186 drones; hits by 10 missiles and 26 drones were recorded at nine locations.',
      ['186 drone @ country UA'],
    ],
  ]);
  identityRows([
    // a list of downed threats after the claim is still read with its verb
    [
      'Russia attacked Ukraine overnight. Air defence shot down 186 drones, 10 missiles and 26 guided bombs, the air force said.',
      ['10 missile @ country UA', '186 drone @ country UA', '26 bomb @ country UA'],
    ],
  ]);
});

describe('a civilian aircraft is no aerial threat', () => {
  ruleFamily('civilianAircraft', [
    [
      "Relations between Ukraine and Iran are tense because of Tehran's downing in 2020 of a Ukrainian passenger plane, in which all 176 people aboard were killed.",
      [],
    ],
  ]);
  identityRows([
    // military aircraft, transport ones included, are read as before
    ['Air defences shot down a Ukrainian Su-25 jet over the Donetsk region.', ['1 aircraft @ UA-14']],
    [
      'Russian air defences shot down two Ukrainian transport aircraft over the Belgorod region.',
      ['2 aircraft @ RU-BEL'],
    ],
  ]);
});
