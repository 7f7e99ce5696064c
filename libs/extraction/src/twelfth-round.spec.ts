/**
 * The twelfth round's structures (README, "Twelfth round"): each family with invented sentences
 * (no corpus sentence); the first row of each switchable family is checked to fail with its rule switched off.
 */
import { identities, type IdentityRow as Row } from '../test/identities';

describe('"figures showing 56 of 72 brought down": the set of a bare partitive is no count of its own', () => {
  it.each<Row>([
    [
      'Most Russian missiles were intercepted, the Ukrainian military said, with early figures showing 48 of 60 brought down by its forces.',
      ['48 missile @ country UA'],
    ],
    ['The Ukrainian air force said 31 of 35 were shot down over the Kyiv region.', ['31 unknown @ UA-32']],
    ['Russian air defences shot down 17 of 20, the Belgorod governor said.', ['17 unknown @ RU-BEL']],
    // with its noun the set was read past already
    ['The Ukrainian air force said 31 of 35 drones were shot down overnight.', ['31 drone @ country UA']],
  ])('%s', (text, want) => expect(identities(text)).toEqual(want));
});
