/**
 * The debris decision (session 17): one threat downed, told only by where its debris fell, is a claim of 1 at that
 * place — claims.md edge case 6 reads "debris from five downed drones" as five downed, and one is no different — unless
 * a claim of its weapon already counts threats there (it is one of them) or the text gives it no place. Without a
 * downing word ("debris of a drone") nothing says it was downed (polarity.ts debrisOfOneDowned, document-passes.ts
 * debrisSingles).
 */
import { identityRows } from '../test/identities';

describe('one downed threat told by its debris is a claim at that place', () => {
  identityRows([
    [
      'Air defence destroyed 30 drones overnight. Debris of a downed drone damaged a warehouse in the Odesa region.',
      ['1 drone @ UA-51', '30 drone @ country UA'],
    ],
    ['A downed drone damaged a barn in the Belgorod region, the governor said.', ['1 drone @ RU-BEL']],
    ['Wreckage of one downed missile landed on a road in the Mykolaiv region.', ['1 missile @ UA-48']],
  ]);
});

describe('a debris single already counted, unplaced, or not said to be downed is no claim', () => {
  identityRows([
    [
      'Air defences destroyed 14 drones over the Kursk region. Debris of a downed drone damaged a shop in Kursk.',
      ['14 drone @ RU-KRS'],
    ],
    [
      "Ukraine's air force shot down 11 missiles. Debris from a downed missile damaged a school.",
      ['11 missile @ country UA'],
    ],
    ['Debris of a drone fell on a garage in the Lipetsk region.', []],
  ]);
});
