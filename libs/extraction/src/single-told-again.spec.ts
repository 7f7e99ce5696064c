/**
 * "Russian air defence downed a Ukrainian transport plane … He said the plane was brought down near Odesa": a single
 * threat told again with its place is the one just counted, also when the place is in the other side's country (a
 * Russian report over Ukraine): one claim there, not a Russian country claim beside it (claims.md, edge case 2;
 * extract-claims.ts, definite restatements; found on the fresh dev halves of `sd` and `se`), and one just downed is
 * in the air when told again as "destroyed" (polarity.ts, vetoReason `airBefore`).
 */
import { identityRows } from '../test/identities';

describe('a single threat told again with its place in the other side’s country', () => {
  identityRows([
    [
      'Russian air-defence systems downed a Ukrainian army transport plane and 16 drones, the spokesman said. He said the plane was brought down yesterday near Odesa.',
      ['1 aircraft @ UA-51', '16 drone @ country RU'],
    ],
  ]);
});

describe('a single threat told again three sentences on stays apart', () => {
  identityRows([
    [
      'Russian air defences shot down a Ukrainian Su-27 jet, the ministry said. It gave no details. Drones also attacked the Kursk region overnight. Later the jet was shot down near Kherson, a blogger wrote.',
      ['1 aircraft @ UA-65', '1 aircraft @ country RU'],
    ],
  ]);
});

describe('an aircraft just downed, told again as "destroyed", is no ground loss', () => {
  identityRows([
    [
      "Russian air defence forces have shot down a Mi-24 helicopter of the Ukrainian air force. The enemy helicopter was destroyed near a railway station in the Donetsk People's Republic.",
      ['1 aircraft @ UA-14'],
    ],
    // (with no downing before it, an aircraft "destroyed" near its hangar is still a loss on the ground)
    ['A Ukrainian strike hit the airfield. The helicopter was destroyed near its hangar in the Luhansk region.', []],
  ]);
});
