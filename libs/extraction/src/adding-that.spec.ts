/**
 * ", adding that …", ", saying …": the speaker's next statement is a clause of its own, so its places do not place the
 * count before it (segments.ts; found on the fresh dev half of `se`), unless it restates that count (", adding that
 * they were shot down over …").
 */
import { identityRows } from '../test/identities';

describe('", adding that / saying …" with places of its own', () => {
  identityRows([
    [
      'Air defence systems destroyed 35 drones over the Republic of Crimea, adding that weapons systems in the Black Sea destroyed 10 naval drones.',
      ['35 drone @ UA-43'],
    ],
    [
      'Air defences downed 14 drones over the Belgorod region, saying debris fell in the Kursk region.',
      ['14 drone @ RU-BEL'],
    ],
  ]);
});

describe('", adding that they …" restates the count', () => {
  identityRows([
    [
      'The ministry said it destroyed 35 drones, adding that they were shot down over the Kursk region.',
      ['35 drone @ RU-KRS'],
    ],
  ]);
});
