/**
 * "destroyed five Ukrainian drones in the Black Sea, naval drones this time": an apposition right after a drone count
 * (and its place) that calls the drones naval makes them no aerial threat (claims.md, edge case 7; extract-claims.ts
 * NAVAL_APPOSITION; found on dev `rz002`). A clause of its own about naval drones leaves the count aerial.
 */
import { identityRows } from '../test/identities';

describe('an apposition that calls the counted drones naval', () => {
  identityRows([
    ['Before dawn, Russia said it had destroyed five Ukrainian drones in the Black Sea, naval drones this time.', []],
    ['Russia said it destroyed five Ukrainian drones over the Black Sea, all of them sea drones.', []],
  ]);
});

describe('naval drones in a clause of their own', () => {
  identityRows([
    [
      'Russia said it destroyed five Ukrainian drones over the Black Sea, and naval drones were also destroyed.',
      ['5 drone @ SEA-BLACK'],
    ],
    ['Air defences shot down 12 drones over Crimea, naval drones having been sunk earlier.', ['12 drone @ UA-43']],
  ]);
});
