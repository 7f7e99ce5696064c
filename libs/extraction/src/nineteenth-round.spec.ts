/**
 * The nineteenth round's structures (README, "Nineteenth round"), each with invented sentences (no corpus sentence)
 * and a row where the rule could reach too far.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('the office of the speaker the next sentence names places an unplaced count', () => {
  ruleFamily('anaphorOffice', [
    [
      'By morning, air defence had brought down four drones and a guided missile. The head of the Poltava OVA, Ivan Petrenko, said so.',
      ['1 missile @ UA-53', '4 drone @ UA-53'],
    ],
    [
      'Air defence forces destroyed seven Shaheds overnight. This was reported by the head of the Sumy regional military administration, Oleh Marchenko.',
      ['7 drone @ UA-59'],
    ],
  ]);
  identityRows([
    // a place of its own wins
    [
      'Air defence forces destroyed seven Shaheds over the Chernihiv region. The head of the Sumy OVA, Oleh Marchenko, said so.',
      ['7 drone @ UA-74'],
    ],
    // a speaker named two sentences on does not attribute it
    [
      'Air defence forces destroyed seven Shaheds overnight. Nobody was hurt. The head of the Sumy OVA, Oleh Marchenko, said so.',
      ['7 drone @ country UA'],
    ],
    // a speaker who names no office with a place
    [
      'Air defence forces destroyed seven Shaheds overnight. Air force spokesman Yurii Ihnat said so.',
      ['7 drone @ country UA'],
    ],
  ]);
});

describe("Ukraine's administrations abbreviated after their place are offices with a jurisdiction", () => {
  identityRows([
    ['The Kharkiv RMA said two drones had been shot down.', ['2 drone @ UA-63']],
    ['Air defence downed three drones, Odesa ODA head Oleh Kyrylenko wrote.', ['3 drone @ UA-51']],
    // the oblast around the capital, not the city
    ['Two drones were destroyed, the Kyiv OVA said.', ['2 drone @ UA-32']],
  ]);
});

describe('two counts of one weapon, each with its noun and joined by "and" alone, share a place', () => {
  ruleFamily('sameWeaponCoordinated', [
    [
      'Russia said its air defence had destroyed six Storm Shadow cruise missiles and three Neptune missiles above the Black Sea.',
      ['3 missile @ SEA-BLACK', '6 missile @ SEA-BLACK'],
    ],
  ]);
  identityRows([
    // a total and its part
    [
      'Russia said it had destroyed 120 drones, nine of them over the Kursk region.',
      ['120 drone @ country RU', '9 drone @ RU-KRS'],
    ],
  ]);
});

describe('a remainder named with a singular noun is one', () => {
  ruleFamily('singularRemainder', [
    [
      'Of the 11 drones, ten were downed over the Oryol and Lipetsk regions, five in each, while the remaining drone was destroyed over the Tula region.',
      ['1 drone @ RU-TUL', '10 drone @ RU-LIP+RU-ORL', '5 drone @ RU-LIP', '5 drone @ RU-ORL'],
    ],
  ]);
});
