/**
 * "while 15 more vanished from radar": a count's own verb telling it was lost from radar is no interception (claims.md,
 * edge case 6), and it does not borrow the downing verb of the count before it (polarity.ts, VANISHED; found on dev
 * `rz012`).
 */
import { identityRows } from '../test/identities';

describe('"N more vanished / disappeared from radar": no claim of its own', () => {
  identityRows([
    [
      'Ukrainian air defence destroyed 27 drones over the Mykolaiv region, while nine more vanished from radar.',
      ['27 drone @ UA-48'],
    ],
    [
      'Ukrainian air defence shot down 33 drones over the Kharkiv region, and 11 disappeared from radar, the air force said.',
      ['33 drone @ UA-63'],
    ],
    ['Of the 25 drones, 19 were shot down over the Chernihiv region and 6 vanished from radar.', ['19 drone @ UA-74']],
  ]);
});

describe('a later "N more" with a downing verb of its own still counts', () => {
  identityRows([
    [
      'Ukrainian air defence shot down 14 drones over the Poltava region; 5 more were downed over the Sumy region.',
      ['14 drone @ UA-53', '5 drone @ UA-59'],
    ],
  ]);
});
