/**
 * "was able to shoot down": in the past tense, "able to" reports what happened, as "managed to" does
 * (polarity.ts, wasAbleTo; found on dev `sa015`). A capability or a denial stays no claim.
 */
import { identityRows } from '../test/identities';

describe('"was able to shoot down N": a report', () => {
  identityRows([
    [
      'Russia launched 48 missiles and 52 drones overnight, of which the air force was able to shoot down 33 missiles and 40 drones.',
      ['33 missile @ country UA', '40 drone @ country UA'],
    ],
    [
      'Russia sent 26 drones at the city overnight. Ukrainian air defence units were able to destroy 19 of them, the air force said.',
      ['19 drone @ country UA'],
    ],
    ['Mobile fire groups were also able to intercept seven drones over the Sumy region.', ['7 drone @ UA-59']],
  ]);
});

describe('"is able to", "will be able to", "was not able to": no claim', () => {
  identityRows([
    ['The new battery is able to shoot down 40 drones a night, its commander said.', []],
    ['With the new systems Ukraine will be able to intercept 30 missiles a day.', []],
    ['Air defence was not able to shoot down 14 of the missiles, the air force admitted.', []],
    ["The crews weren't able to destroy 9 drones that flew in low.", []],
  ]);
});
