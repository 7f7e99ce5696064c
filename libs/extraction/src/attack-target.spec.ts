/**
 * A count that names no place, after a sentence telling an attack on one place, was stopped there (claims.md, edge case
 * 11: the target stands in when the text gives no other place). Regional pages and wires tell the attack first ("Kazan
 * came under a series of drone attacks", "had thwarted a drone attack on … Sevastopol") and the downing a few sentences
 * on without a place; the rule walks back up to four sentences, and stops at a sentence that names another place or
 * counts something else downed. Rule `attackTargetPlace`.
 */
import { identityRows, ruleFamily } from '../test/identities';

describe('the place of an attack told before places a count that names none', () => {
  ruleFamily('attackTargetPlace', [
    [
      'On Saturday morning Kazan came under a series of drone attacks. The ministry recorded three waves. Air defence reacted quickly. Four drones were destroyed by duty air-defence crews. Two more drones were neutralised by electronic warfare.',
      ['2 drone @ RU-TA', '4 drone @ RU-TA'],
    ],
    [
      'The governor said the navy had thwarted a drone attack on the port city of Sevastopol through the night. Our forces shot down three drones with small arms near a settlement, he said.',
      ['3 drone @ UA-40'],
    ],
    [
      'Ukrainian drones tried to attack the Voronezh region in four districts. Last night air defence forces brought down 13 drones.',
      ['13 drone @ RU-VOR'],
    ],
  ]);
});

describe('but not past another place, a wider area, a total or a count placed before it', () => {
  identityRows([
    // another place between the attack and the count
    [
      'Drones attacked Kazan overnight. Debris fell in the Belgorod region. Air defence destroyed four drones.',
      ['4 drone @ country RU'],
    ],
    // a wider area in the count's sentence
    [
      'Drones attacked Zaporizhzhia overnight. Ukraine said 51 drones were shot down over its territory.',
      ['51 drone @ country UA'],
    ],
    // a total
    [
      'Russia repelled a Ukrainian drone attack on Moscow overnight. In all, 19 drones were destroyed, the ministry said.',
      ['19 drone @ country RU'],
    ],
    // a larger count after one the attack placed is a wider total
    [
      'Ukrainian drones tried to attack the Voronezh region today. Last night air defence brought down 13 drones. Over the whole night air defence destroyed 38 drones.',
      ['13 drone @ RU-VOR', '38 drone @ country RU'],
    ],
    // an attack on several places, one of them unnamed
    [
      'The ministry reported drone attacks on a number of regions and on Crimea. Air defence shot down 158 Ukrainian drones.',
      ['158 drone @ country RU'],
    ],
  ]);
});
