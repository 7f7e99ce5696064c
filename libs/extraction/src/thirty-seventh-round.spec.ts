/**
 * The thirty-seventh round of extraction rules (issue 11, session 40): dev's misses that no false claim stands beside,
 * and its counts placed in the wrong region, read for structures the rules did not know (libs/extraction/README.md,
 * "Thirty-seventh round"). The first row of each switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('a singular threat after "this" is a definite one', () => {
  ruleFamily('demonstrativeSingular', [
    ['The attack was foiled: the Russian army shot this drone down over the Moscow region.', ['1 drone @ RU-MOS']],
    ['The ministry said this drone was shot down over the Kursk region.', ['1 drone @ RU-KRS']],
  ]);
  identityRows([
    // (what is said about the type, not a downing)
    ['This drone is the Shahed-136, which Russia uses in its attacks on Ukrainian cities.', []],
    // (nor the type in an explainer: a habit, a present tense, a kind, a year; review)
    ['This Shahed is often shot down by machine gun fire, soldiers say.', []],
    ['This missile is regularly shot down by Patriot systems over Kyiv.', []],
    ['Yet this missile was intercepted over Kyiv by a Patriot system in 2023, the air force recalled.', []],
    ['This drone wave was repelled over the Kyiv region, the administration said.', []],
    // (a count elsewhere in the article counts it: the definite singular is kept only where nothing else does)
    [
      'Air defence shot down three drones over the Kursk region, the governor said. This drone was the last of them.',
      ['3 drone @ RU-KRS'],
    ],
  ]);
});

describe('a passive "shot" right before "over" or "above" is a downing', () => {
  ruleFamily('shotOver', [
    ['Ryazan governor Pavel Maltsev said that 27 UAVs had been shot over the region.', ['27 drone @ RU-RYA']],
    ['The ministry said five drones were shot over the Belgorod region.', ['5 drone @ RU-BEL']],
  ]);
  identityRows([
    // (only the count that is its subject, right before its auxiliaries)
    ['The video was shot over Kyiv as 12 drones flew in.', []],
    ['Footage was shot over Kyiv, showing 12 drones.', []],
    ['Photos of 12 drones were shot over Kyiv.', []],
    // (fired across a border or a river, or towards a place; a quantity; a camera's shot; review)
    ['Four Russian Iskander missiles were shot over the border from the Belgorod region toward Kharkiv.', []],
    ['Twelve Grad rockets were shot over the Dnipro at Kherson from the left bank, the governor said.', []],
    ['Two Russian drones were shot over a dozen times but kept flying over Kyiv.', []],
    ['The 12 Russian drones were shot over Kyiv on camera by an AFP photographer.', []],
    // (a total's "of" and an adverb after the auxiliary are the count's own; review)
    ['A total of 19 Ukrainian drones were shot over the Voronezh region, the governor said.', ['19 drone @ RU-VOR']],
    ['The ministry said 19 Ukrainian drones were also shot over the Voronezh region.', ['19 drone @ RU-VOR']],
    // (a shot aimed at something is no downing: "shot at")
    ['Russian troops shot at 12 drones over the Belgorod region.', []],
  ]);
});

describe('a clause of threats with a verb of its own after ", and" keeps its places', () => {
  ruleFamily('threatsClause', [
    [
      'Russian air defence systems destroyed 17 of the drones over the Bryansk region, and Ukrainian drones were also destroyed over the Belgorod, Voronezh and Kursk regions, the ministry said.',
      ['17 drone @ RU-BRY'],
    ],
    [
      'The ministry said 12 drones were shot down over the Kursk region, and missiles were intercepted over Belgorod.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // (a list of places after ", and" is still the count's)
    [
      'The ministry said 12 drones were shot down over the Kursk, Bryansk, and Belgorod regions.',
      ['12 drone @ RU-BEL+RU-BRY+RU-KRS'],
    ],
    // (and a count after ", and" opens its own clause as before)
    [
      'The ministry said 12 drones were shot down over the Kursk region, and five more were downed over Belgorod.',
      ['12 drone @ RU-KRS', '5 drone @ RU-BEL'],
    ],
  ]);
});

describe('a target named through a part of it is a target, not where the threats were stopped', () => {
  ruleFamily('targetOfPart', [
    [
      'The Ukrainian Air Force intercepted three missiles fired by Russian aircraft over the Black Sea and aimed at one of the ports of the Odesa region.',
      ['3 missile @ SEA-BLACK'],
    ],
    [
      'Air defence shot down 12 drones over the Mykolaiv region that were heading for energy facilities in the Odesa region, the air force said.',
      ['12 drone @ UA-48'],
    ],
  ]);
  identityRows([
    // (a city named as "the city of" is where, not a target)
    ['Air defence shot down 12 drones over the city of Odesa, the air force said.', ['12 drone @ UA-51']],
    // (the target alone still places the count: claims.md, edge case 11)
    [
      'Air defence shot down 12 drones aimed at energy facilities in the Odesa region, the air force said.',
      ['12 drone @ UA-51'],
    ],
  ]);
});

describe('a set after "out of" launched in a relative clause is the set, not a count downed', () => {
  ruleFamily('outOfLaunchedRelative', [
    [
      'All 12 of the hypersonic missiles were shot down by air defences, out of some 110 missiles of various kinds that were fired, Ukraine’s commander said.',
      ['12 missile @ country UA'],
    ],
    [
      'Ukraine’s air force said 12 missiles were shot down, out of some 110 missiles that were fired.',
      ['12 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (a count downed after "out of" stays one: "out of the 40 that had been launched, 30 were shot down")
    [
      'Ukraine’s air force said that out of the 40 missiles which had been launched, 30 were shot down.',
      ['30 missile @ country UA'],
    ],
  ]);
});

describe('threats that went off the radar were lost, not intercepted', () => {
  ruleFamily('offRadar', [
    [
      'Ukraine’s air defences brought down 298 drones, while 418 drones and six missiles slipped off the radar or were jammed, the air force said.',
      ['298 drone @ country UA'],
    ],
    ['Ukraine’s air force said six Russian drones were shot down or dropped off the radar.', []],
  ]);
  identityRows([
    // (found by radar and shot down is a downing)
    ['Ukraine’s air force said six Russian drones were detected by radar and shot down.', ['6 drone @ country UA']],
    // (a separate clause of the lost ones leaves the downed count alone)
    [
      'Ukraine’s air force said six Russian drones dropped off the radar, and four were shot down.',
      ['4 drone @ country UA'],
    ],
  ]);
});

describe('a number before "and a half" and a unit of time is a duration', () => {
  ruleFamily('andAHalfDuration', [
    [
      'Ukraine’s air defences shot down 40 drones over Kyiv in one of the heaviest attacks in three and a half years of war.',
      ['40 drone @ UA-30'],
    ],
  ]);
  identityRows([
    ['Over two and a half hours, air defences shot down 12 Russian drones over Kyiv.', ['12 drone @ UA-30']],
  ]);
});

describe('"one" after "a" and an adjective is a pronoun, not a count', () => {
  ruleFamily('adjectiveOne', [
    [
      'Russia said it shot down 59 Ukrainian drones over the Black Sea, calling the attack a particularly intense one in the Black Sea area.',
      ['59 drone @ SEA-BLACK'],
    ],
    ['Air defences shot down 12 Russian drones over Kyiv; the night was a long one.', ['12 drone @ UA-30']],
  ]);
  identityRows([
    // (a further, second or single one is still one threat)
    [
      'Air defences shot down 12 Russian drones over Kyiv, and a further one over the Kyiv region.',
      ['1 drone @ UA-32', '12 drone @ UA-30'],
    ],
    ['Air defences shot down a second one over the Kyiv region, the air force said.', ['1 unknown @ UA-32']],
  ]);
});

describe('a place’s share between commas or brackets is read past to the total’s verb, and takes it', () => {
  ruleFamily('placeShareAside', [
    [
      'Russia’s defence ministry said 23 Ukrainian drones, 14 of them over the Moscow region, were shot down overnight.',
      ['14 drone @ RU-MOS', '23 drone @ country RU'],
    ],
    [
      'Russia’s defence ministry said 23 Ukrainian drones, 14 of which were over the Moscow region, had been destroyed.',
      ['14 drone @ RU-MOS', '23 drone @ country RU'],
    ],
    [
      'Russian air defences shot down 12 Ukrainian drones (nine of them over the Kursk region), the ministry said.',
      ['12 drone @ country RU', '9 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // (a share with no number does not place the total: half of them is not all of them)
    [
      'Russia’s defence ministry said 60 Ukrainian drones, half of them over the Bryansk region, were shot down overnight.',
      [],
    ],
    // (nor does a share of threats launched become a claim)
    ['The Russian ministry said 30 Ukrainian drones, 12 of them over the Kursk region, were launched overnight.', []],
  ]);
});

describe('a report’s hedge between the verb and its object is read past', () => {
  ruleFamily('hedgeBeforeObject', [
    [
      'Russia’s air defences destroyed, according to preliminary data, 23 Ukrainian drones over the Bryansk region.',
      ['23 drone @ RU-BRY'],
    ],
    [
      'Russian air defence shot down, the governor said, 12 Ukrainian drones over the Kursk region overnight.',
      ['12 drone @ RU-KRS'],
    ],
  ]);
  identityRows([
    // (a hedge after a verb that is no downing)
    ['Russia said air defences were active, according to preliminary data, 23 Ukrainian drones were launched.', []],
    // (nor a comma pair that is a list)
    ['Russia’s air defences destroyed bridges, roads, 23 Ukrainian drones were launched at them.', []],
  ]);
});
