/**
 * The thirty-ninth round of extraction rules (issue 11, session 42): structures of English news that dev's misses
 * showed and the rules did not read (libs/extraction/README.md, "Thirty-ninth round"). The first row of each
 * switchable family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('a downing told in an aside or relative clause governs a count whose own verb is its fall', () => {
  ruleFamily('downedAsideFell', [
    [
      'Three drones, picked up by on-duty air defence assets and jammed by electronic warfare equipment, came down over the Bryansk region.',
      ['3 drone @ RU-BRY'],
    ],
    [
      'Four drones that air defence on duty picked up and electronic warfare suppressed came down over the Bryansk region.',
      ['4 drone @ RU-BRY'],
    ],
    ['Three drones, suppressed by electronic warfare, crashed in the Kursk region.', ['3 drone @ RU-KRS']],
    ['Three drones, suppressed by electronic warfare, were destroyed over the Kursk region.', ['3 drone @ RU-KRS']],
  ]);
  identityRows([
    // (an aside or relative of another verb, or a downing denied, is no downing)
    ['Three drones, launched from Sumy, came down over the Bryansk region.', []],
    ['Three drones, detected by radar, crashed in the Bryansk region.', []],
    ['Two drones that had not been shot down crashed into a house in the Kursk region.', []],
    ['Three drones that air defence failed to shoot down crashed in the Kursk region.', []],
    ['Two drones, which air defence could not intercept, fell in the Kursk region.', []],
  ]);
});

describe('an origin or a model before the head of "all (of) the" is read past to the whole set named before', () => {
  ruleFamily('allTheOrigin', [
    [
      'Russia launched 44 Shahed drones at Ukraine overnight. All of the Iranian-made Shahed-136 kamikaze drones were destroyed.',
      ['44 drone @ country UA'],
    ],
    [
      'Russia launched 44 Shahed drones at Ukraine overnight. All the Russian drones were shot down.',
      ['44 drone @ country UA'],
    ],
    [
      'Russia launched 44 Shahed drones and 6 Kh-101 missiles at Ukraine overnight. All of the Russian Kh-101 missiles were destroyed.',
      ['6 missile @ country UA'],
    ],
  ]);
  identityRows([
    // (not a remainder, "nearly all", nor a set that struck)
    [
      'Russia launched 44 Shahed drones at Ukraine overnight. Nearly all of the Iranian-made drones were destroyed.',
      [],
    ],
    ['Russia launched 44 Shahed drones at Ukraine overnight. All the Russian drones hit their targets.', []],
    [
      'Russia launched 44 Shahed drones at Ukraine overnight. Four hit targets; all the other Iranian-made drones were destroyed.',
      [],
    ],
  ]);
});

describe('a set told as detected over one place sends its parts a later sentence downs there', () => {
  ruleFamily('detectedSetTarget', [
    [
      'Ten drones were detected over the territory of Crimea overnight, the head of the peninsula said. According to him, seven drones were shot down by air defence forces.',
      ['7 drone @ UA-43'],
    ],
    ['Ten drones were detected over Crimea overnight. All of them were shot down.', ['10 drone @ UA-43']],
    ['Seven drones were recorded in the airspace of Kyiv overnight. Five were shot down.', ['5 drone @ UA-30']],
  ]);
  identityRows([
    // (a part that names its own place, or more than the set, is not placed by it)
    [
      'Ten drones were detected over Crimea overnight. Seven drones were shot down over Sevastopol.',
      ['7 drone @ UA-40'],
    ],
    ['Ten drones were detected over Crimea overnight. Air defence shot down 15 drones.', ['15 drone @ country UA']],
  ]);
});

describe('"the head of" a place, unnamed, speaks for that place', () => {
  ruleFamily('headOfPlace', [
    ['Seven drones were shot down, the head of the Kharkiv region said.', ['7 drone @ UA-63']],
    ['Seven drones were shot down, the head of Crimea said.', ['7 drone @ UA-43']],
    ['The head of Crimea installed by Russia said on Tuesday that seven drones were shot down.', ['7 drone @ UA-43']],
  ]);
  identityRows([
    // (not the head of a thing the place has)
    ['Seven drones were shot down, the head of the Kharkiv region’s police said.', ['7 drone @ country UA']],
    ['Seven drones were shot down, the head of Crimea’s parliament said.', ['7 drone @ country UA']],
    ['Seven drones were shot down, the head of the Kharkiv city council said.', ['7 drone @ country UA']],
  ]);
});

describe('a count that adds to a placed count in its sentence is where that one was', () => {
  ruleFamily('additiveSiblingPlace', [
    [
      'Twelve drones were shot down over Crimea, and a further 3 drones were jammed by electronic warfare.',
      ['12 drone @ UA-43', '3 drone @ UA-43'],
    ],
    [
      'Twelve drones were shot down over Crimea and Kursk, and another three drones were suppressed.',
      ['12 drone @ RU-KRS+UA-43', '3 drone @ RU-KRS+UA-43'],
    ],
  ]);
  identityRows([
    // (one that names its own place keeps it; one that does not add is not placed so)
    [
      'Twelve drones were shot down over Crimea, and another three drones were shot down over Kursk.',
      ['12 drone @ UA-43', '3 drone @ RU-KRS'],
    ],
    [
      'Twelve drones were shot down over Crimea; separately, three drones were suppressed by electronic warfare.',
      ['12 drone @ UA-43', '3 drone @ country UA'],
    ],
  ]);
});

describe('a place in apposition is the subject of the attack after its closing comma', () => {
  ruleFamily('appositionAttacked', [
    [
      'Ukraine’s capital, Kyiv, came under a Russian drone attack during the night. Ukrainian forces neutralised 48 drones.',
      ['48 drone @ UA-30'],
    ],
    ['The port city, Odesa, was attacked overnight. Air defences shot down 12 drones.', ['12 drone @ UA-51']],
  ]);
  ruleFamily('attackNounModifiers', [
    [
      'Kyiv came under a drawn-out Russian drone attack during the night. Ukrainian forces neutralised 48 drones.',
      ['48 drone @ UA-30'],
    ],
  ]);
});
