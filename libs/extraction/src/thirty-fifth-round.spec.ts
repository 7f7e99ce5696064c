/**
 * The thirty-fifth round of extraction rules (issue 11, session 38): found by metamorphic tests of the dev corpus under
 * rewordings that keep every claim (libs/extraction/README.md, "Thirty-fifth round"): a count or a set written in words
 * where the rules read digits, and places joined by "&". The first row of the switchable family fails with its rule off.
 */
import { findPlaces } from '@skytally/gazetteer';
import { identityRows, ruleFamily } from '../test/identities';

describe('a list line\'s count in words after its place ("Rostov: three drones"), as one in digits', () => {
  ruleFamily('wordsAfterPlace', [
    [
      'The ministry listed the regions:\n1. Volgograd: 18 drones shot down\n2. Rostov: 15 drones destroyed\n3. Ulyanovsk: three drones\n4. Voronezh: two drones',
      ['15 drone @ RU-ROS', '18 drone @ RU-VGG', '2 drone @ RU-VOR', '3 drone @ RU-ULY'],
    ],
    [
      'Air defences destroyed 41 drones overnight. Volgograd region: 18. Rostov region: three. Voronezh region: 2.',
      ['18 drone @ RU-VGG', '2 drone @ RU-VOR', '3 drone @ RU-ROS', '41 drone @ country RU'],
    ],
    [
      'Air defences destroyed 30 drones overnight. Tula region – twenty-one. Oryol region – nine.',
      ['21 drone @ RU-TUL', '30 drone @ country RU', '9 drone @ RU-ORL'],
    ],
  ]);
  identityRows([
    // (a line with no claim before it is no breakdown)
    ['Kursk: three drones flew over the city at night, witnesses said.', []],
    // (nor a clock time in words, "one more", "one of": review)
    [
      'Russian air defences shot down 18 drones over the Volgograd region overnight.\nRostov: eleven fifteen',
      ['18 drone @ RU-VGG'],
    ],
    [
      "Ukraine's air defences shot down 18 drones over the Kyiv region overnight.\nLviv: seven thirty",
      ['18 drone @ UA-32'],
    ],
    [
      'Russian air defences shot down 18 drones over the Volgograd region overnight.\nRostov: one more time',
      ['18 drone @ RU-VGG'],
    ],
    [
      'Russian air defences shot down 18 drones over the Volgograd region overnight.\nKursk: one of the targets',
      ['18 drone @ RU-VGG'],
    ],
  ]);
});

describe('"six out of eight drones": a set in words after "out of", as one in digits', () => {
  identityRows([
    ['Ukraine says it downed thirty-four out of thirty-eight Russian drones.', ['34 drone @ country UA']],
    ['Ukraine says it downed 34 out of thirty-eight Russian drones.', ['34 drone @ country UA']],
    ['The air force said six out of eight missiles were shot down over the Kyiv region.', ['6 missile @ UA-32']],
    ["Ukraine's air defences shot down twelve out of the fifteen drones.", ['12 drone @ country UA']],
  ]);
});

describe('regions joined by "&" are one list, as with "and"', () => {
  it.each([
    ['over the Kyiv, Zhytomyr & Vinnytsia regions', ['UA-05', 'UA-18', 'UA-32']],
    ['over the regions of Kyiv, Zhytomyr & Vinnytsia', ['UA-05', 'UA-18', 'UA-32']],
    ['over the Kursk & Belgorod regions', ['RU-BEL', 'RU-KRS']],
  ])('%s', (phrase, codes) => {
    const found = findPlaces(`Drones were shot down ${phrase}.`).map((p) => p.code);
    expect([...new Set(found)].sort()).toEqual(codes);
  });
});
