/**
 * A restatement that places the count before it may be the second clause of its sentence: "All the drones took off
 * from Russia's Oryol region, and the downings happened over the regions of …" (extract-claims.ts restatingClause;
 * found on the fresh dev half of `sd`). Only that clause places the count: a place in the first clause does not.
 */
import { identityRows } from '../test/identities';

describe('", and the downings happened over …" places the count before it', () => {
  identityRows([
    [
      "Ukraine's air force said it brought down 34 drones overnight out of 56 fired by Russia. All the drones took off from Russia's Oryol region, and the downings happened over the Kharkiv, Poltava and Sumy regions.",
      ['34 drone @ UA-53+UA-59+UA-63'],
    ],
    [
      "Ukraine's air force said it brought down 34 drones overnight. Russian drones attacked Kharkiv, and the downings happened over the Sumy and Poltava regions.",
      ['34 drone @ UA-53+UA-59'],
    ],
  ]);
});

describe('a second clause that is no restatement places nothing', () => {
  identityRows([
    [
      "Ukraine's air force said it brought down 34 drones overnight. Russian drones attacked Kharkiv, and the damage was worst in the Sumy region.",
      ['34 drone @ country UA'],
    ],
  ]);
});
