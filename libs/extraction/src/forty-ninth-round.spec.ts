/**
 * The forty-ninth round (issue 11, session 52): region names in spellings the gazetteer does not hold, then the dev
 * halves of fresh batches (yn–yr) (libs/extraction/README.md, "Forty-ninth round"). The first row of each switchable
 * family fails with its rule off.
 */
import { identityRows, ruleFamily } from '../test/identities';
import { nearestRegion } from './misspelt-region';

describe('a capitalised name before a region word that the gazetteer does not hold is the region it is an edit or two from', () => {
  ruleFamily('misspeltRegion', [
    [
      "Moscow's military said it had shot down 4 Ukrainian drones over the southern Briansk region, and one over the central Oryol region.",
      ['1 drone @ RU-ORL', '4 drone @ RU-BRY'],
    ],
    [
      'The statement said 7 drones were brought down over the Kursk region, and another 6 over the Bilgorod region.',
      ['6 drone @ RU-BEL', '7 drone @ RU-KRS'],
    ],
    ['Air defence destroyed 2 drones over the Tola region overnight.', ['2 drone @ RU-TUL']],
    ['Air defence destroyed 2 drones over the region of Briansk overnight.', ['2 drone @ RU-BRY']],
    ['A total of 23 drones were intercepted in the skies over the Brainsk oblast.', ['23 drone @ RU-BRY']],
  ]);
  identityRows([
    // (a name far from every region's is no region; a known name is read as before; a hyphened name's end is not a word)
    ['Air defence destroyed 2 drones over the Rasha region overnight.', []],
    ['Air defence destroyed 2 drones over the Ivano-Frankivsk region overnight.', ['2 drone @ UA-26']],
  ]);

  it('reads one edit for a short name and two for a longer one, with the same first letter, and no tie', () => {
    expect(nearestRegion('Tola')).toBe('RU-TUL');
    expect(nearestRegion('Briansk')).toBe('RU-BRY');
    expect(nearestRegion('Braynsk')).toBe('RU-BRY');
    // (two edits from "tula" is too far for a four-letter name)
    expect(nearestRegion('Tiba')).toBeNull();
    // (a different first letter is another word, not a misspelling)
    expect(nearestRegion('Pryansk')).toBeNull();
  });
});
