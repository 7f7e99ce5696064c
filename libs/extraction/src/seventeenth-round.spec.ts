/**
 * The seventeenth round's structures (README, "Seventeenth round": the `sk` batch's dev errors by cause), each with
 * invented sentences (no corpus sentence) and a row where the rule could reach too far.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe("a month told as a whole, or the attacker's total to date, is a tally (no claim)", () => {
  identityRows([
    [
      'In March, interceptor drones flew some 5,200 sorties and destroyed well over 1,300 Russian drones of various types.',
      [],
    ],
    [
      'Russia has so far sent 4,100 Shahed drones against Ukraine, of which 3,200 were shot down, the air force said.',
      [],
    ],
    // a day in the opener dates one night
    ['On March 3, air defences shot down 12 drones over Kyiv.', ['12 drone @ UA-30']],
    // "so far" tonight is the night's running total
    ['Russia has so far launched 40 drones tonight, of which 31 were shot down.', ['31 drone @ country UA']],
  ]);
});

describe('an adverb between the attacker and its verb ("Russia also fired …") still names the attacker', () => {
  identityRows([['Russia also fired 12 missiles, of which 10 were shot down.', ['10 missile @ country UA']]]);
});

describe('"and two more fell close to the bus station": a bare count and "more" before a verb of its own is its subject', () => {
  identityRows([
    [
      'The Ukrainian military fired seven rockets at Kherson; five of them were shot down by air defence systems and two more fell close to the bus station.',
      ['5 rocket @ UA-65'],
    ],
    // "two more" with no verb of its own is still a count of the interception before it
    [
      'Air defences shot down five drones over Kursk and two more over Belgorod.',
      ['2 drone @ RU-BEL', '5 drone @ RU-KRS'],
    ],
  ]);
});

describe('"fired five rockets at the civilian infrastructure of Kherson": a target named after "at the … of"', () => {
  identityRows([
    [
      'Ukrainian troops fired five rockets from HIMARS launchers at the civilian infrastructure of Kherson. All of them were shot down by air defence systems.',
      ['5 rocket @ UA-65'],
    ],
  ]);
});

describe('"around ten drones, which were neutralised close to the capital": a relative clause after the count is its verb and place', () => {
  ruleFamily('relativeAside', [
    [
      'The mayor warned of around ten enemy drones, which were neutralised close to the Russian capital on Thursday.',
      ['about 10 drone @ RU-MOW'],
    ],
    ['The mayor said twelve drones, which were flying towards Moscow, were shot down.', ['12 drone @ RU-MOW']],
    [
      'The governor said twelve drones, which were flying towards the city, were shot down over the Kursk region.',
      ['12 drone @ RU-KRS'],
    ],
    ['Russia launched 40 drones, which were later shot down over Kyiv.', ['40 drone @ UA-30']],
    // a relative clause of another verb is no downing
    ['Russia launched 40 drones, which were aimed at Kyiv.', []],
  ]);
});

describe('forces that only act do not hide the jurisdiction of the official named just before', () => {
  ruleFamily('actorKeepsJurisdiction', [
    [
      'Ivan Koval, head of the Poltava regional military administration, wrote on Telegram. Air defence forces destroyed 6 drones.',
      ['6 drone @ UA-53'],
    ],
    // a body that speaks is its own claimant, and the official's place is not its
    [
      'Ivan Koval, head of the Poltava regional military administration, wrote on Telegram. The air force said 40 drones were destroyed.',
      ['40 drone @ country UA'],
    ],
  ]);
});

describe('the sl batch: a capital announcing is its government; threats an attack "involved" were not downed by it', () => {
  identityRows([
    ['Kyiv announces the downing of 54 of 77 Russian drones overnight', ['54 drone @ country UA']],
    ['Moscow confirms 12 Ukrainian drones were shot down', ['12 drone @ country RU']],
    [
      'Ukraine destroyed 64 of the 70 drones Russia sent in an overnight attack that also involved three ballistic and two cruise missiles, the air force said.',
      ['64 drone @ country UA'],
    ],
  ]);
});

describe('"a shot-down missile": the hyphenated participle is a downing word, in a debris phrase too', () => {
  identityRows([
    ['Fragments of a shot-down missile landed in a field in the Kyiv region.', ['1 missile @ UA-32']],
    ['Russia said 12 shot-down drones fell on the Belgorod region.', ['12 drone @ RU-BEL']],
    // no downing: "debris of a drone"
    ['Debris of a drone damaged a lorry in the Khmelnytskyi region.', []],
  ]);
});
