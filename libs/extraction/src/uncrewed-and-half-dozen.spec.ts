/**
 * Two words the lexicon and the number reader did not know (found on the fresh dev halves of `sd` and `se`):
 * an aircraft with no crew is a drone wherever its word stands, in a count's own phrase or as the set a bare count
 * after it takes its weapon from (lexicon.ts WEAPON_MODIFIERS; extract-claims.ts weaponWordsOf), and "a dozen and a
 * half" is 18 (numbers.ts).
 */
import { identityRows } from '../test/identities';

describe('"unmanned / uncrewed / pilotless aircraft" are drones', () => {
  identityRows([
    ['An uncrewed aircraft heading for Moscow was shot down, the mayor said.', ['1 drone @ RU-MOW']],
    ['Two pilotless aircraft were intercepted over the Oryol region.', ['2 drone @ RU-ORL']],
    [
      'Air defences destroyed most of the unmanned aircraft, 30 over the Bryansk region and 22 over the Kursk region.',
      ['22 drone @ RU-KRS', '30 drone @ RU-BRY'],
    ],
  ]);
});

describe('an aircraft with a crew, or with no word about one, stays an aircraft', () => {
  identityRows([
    ['A crewed reconnaissance aircraft was shot down over the Black Sea.', ['1 aircraft @ SEA-BLACK']],
    [
      'Air defences destroyed most of the aircraft, 3 over the Bryansk region and 2 over the Kursk region.',
      ['2 aircraft @ RU-KRS', '3 aircraft @ RU-BRY'],
    ],
  ]);
});

describe('"a dozen and a half" is 18', () => {
  identityRows([
    ['The military said roughly a dozen and a half missiles were intercepted over Kyiv.', ['about 18 missile @ UA-30']],
    ['Air defence destroyed two dozen and a half drones over the Odesa region.', ['30 drone @ UA-51']],
    ['A dozen drones were shot down over the Kursk region, and half of them were Shaheds.', ['12 drone @ RU-KRS']],
  ]);
});
