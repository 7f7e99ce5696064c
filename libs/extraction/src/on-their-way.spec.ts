/**
 * "while on their way to Moscow": "while" opening a phrase about the same threats' course is no contrasting clause, so the
 * target stays with the count (claims.md, edge case 11; segments.ts CUT; found on fresh dev `sb002`).
 */
import { identityRows } from '../test/identities';

describe('"while on their way to / while en route to" keeps the target with the count', () => {
  identityRows([
    [
      'At least six drones were shot down by air defence units while on their way to Moscow, Mayor Sergei Sobolev said.',
      ['at_least 6 drone @ RU-MOW'],
    ],
    ['Three drones were destroyed while en route to the capital, the mayor of Moscow said.', ['3 drone @ RU-MOW']],
  ]);
});

describe('"while" before another count is still a clause of its own', () => {
  identityRows([
    [
      'Russian air defence shot down 11 drones over the Bryansk region, while 5 more were downed over the Kursk region.',
      ['11 drone @ RU-BRY', '5 drone @ RU-KRS'],
    ],
  ]);
});
