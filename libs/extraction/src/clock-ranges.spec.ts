/**
 * A range of hours ("between 2 and 4 am", "from 11 to 3 a.m.", "2-4 am") is a time, not a count: its first hour has no
 * clock word of its own, so it was read as a bare count (found on the fresh dev half of `sg`). Nor is an hour given with
 * its time zone ("0500 GMT", wire style: found on the fresh dev half of `si`).
 */
import { identityRows } from '../test/identities';

describe('the first hour of a range of hours is no count', () => {
  identityRows([
    [
      'Air defence destroyed eight more UAVs over the Kursk region between 2 and 4 am, the ministry said.',
      ['8 drone @ RU-KRS'],
    ],
    ["Ukraine's air force shot down 11 drones from 1 to 5 a.m. over the Sumy region.", ['11 drone @ UA-59']],
    ['Air defence destroyed 6 drones over the Oryol region between 2-4 am, the governor said.', ['6 drone @ RU-ORL']],
  ]);
});

describe('two counts joined by "and" are still counts', () => {
  identityRows([
    [
      'Two and four drones were destroyed over the Kursk and Oryol regions respectively.',
      ['2 drone @ RU-KRS', '4 drone @ RU-ORL'],
    ],
  ]);
});

describe('an hour given with its time zone is no count', () => {
  identityRows([
    ['At about 0400 GMT air defence downed five drones above the Bryansk region.', ['5 drone @ RU-BRY']],
    ['At 1300 UTC Russia destroyed two drones over the Belgorod region.', ['2 drone @ RU-BEL']],
  ]);
});
